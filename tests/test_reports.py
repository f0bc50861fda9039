"""Reading report files: front matter, inferred metadata, exact body offsets, bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geodata.errors import ReportError
from geodata.model import Report, content_hash
from geodata.reports import (
    find_published_date,
    iter_reports,
    parse_report,
    read_report,
    report_from_bytes,
    split_front_matter,
)

GWN = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gwn"

BODY = "Headline about a depot\n\nOfficials in Eastford said the depot burned.\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


# ----------------------------------------------------------------------------- front matter


def test_front_matter_fields_are_read_from_a_file(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Depot hit overnight\nsource: Example Wire\n"
        "url: https://example.org/a\npublished: 2022-10-14\n---\n" + BODY
    )
    path = write(tmp_path, "007_depot.md", text)
    report = read_report(path)
    assert report.report_id == "007_depot.md"
    assert report.title == "Depot hit overnight"
    assert report.source == "Example Wire"
    assert report.url == "https://example.org/a"
    assert report.published == dt.date(2022, 10, 14)
    assert report.body == BODY
    assert report.sha256 == content_hash(text)
    assert report.path == str(path)


def test_quoted_yaml_front_matter_and_quoted_date() -> None:
    text = (
        '---\ntitle: "Article 012: a headline"\nsource: "Corpus"\npublished: "2021-03-09"\n---\nX'
    )
    report = parse_report(text, report_id="012.txt")
    assert (report.title, report.source, report.published) == (
        "Article 012: a headline",
        "Corpus",
        dt.date(2021, 3, 9),
    )
    assert report.body == "X"


@pytest.mark.parametrize(
    "text, offset",
    [
        ("---\ntitle: A\n---\nbody", 17),
        ("---\r\ntitle: A\r\n---\r\nbody\r\n", 20),
        ("---\n---\n\n  body with leading blank line  \n\n", 8),
        ("---\ntitle: A\n...\nbody", 17),
        ("no front matter\n---\nstill body", 0),
    ],
)
def test_body_is_text_after_the_closing_line_byte_for_byte(text: str, offset: int) -> None:
    _, body, found = split_front_matter(text)
    assert found == offset
    assert body == text[offset:]


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(
        alphabet=st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")), max_size=30
    ),
    body=st.text(min_size=1, max_size=200),
)
def test_split_front_matter_keeps_any_body_exactly(title: str, body: str) -> None:
    text = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n{body}"
    meta, got, offset = split_front_matter(text)
    assert meta == {"title": title}
    assert got == body == text[offset:]


@pytest.mark.parametrize(
    "text, message",
    [
        ("---\ntitle: Strikes: the latest\n---\nbody", "not valid YAML"),
        ("---\n- a\n- b\n---\nbody", "must be a mapping"),
        ("---\ntitle: A\npublished: last week\n---\nbody", "'published' must be an ISO date"),
        ("---\ntitle: A\npublished: 2022-13-45\n---\nbody", "impossible date"),
        ("---\ntitle: [a, b]\n---\nbody", "'title' must be a single value"),
        ("---\ntitle: A\nbody without a closing line\n", "never closed"),
        ("---\ntitle: A\n---\n  \n", "no body text"),
    ],
)
def test_malformed_front_matter_is_a_report_error_naming_the_report(
    text: str, message: str
) -> None:
    with pytest.raises(ReportError, match=message) as info:
        parse_report(text, report_id="bad_one.txt")
    assert "bad_one.txt" in str(info.value)
    assert info.value.path == "bad_one.txt"


# ----------------------------------------------------------------------------- inferred metadata


def test_without_front_matter_title_and_date_come_from_the_text() -> None:
    text = "\n\n# Drones reported over the river port\n\n23 October 2022, 07:41 PM\nText.\n"
    report = parse_report(text, report_id="r.txt")
    assert report.title == "Drones reported over the river port"
    assert report.published == dt.date(2022, 10, 23)
    assert report.body == text
    assert report.source == "" and report.url == ""


def test_front_matter_without_published_falls_back_to_the_text() -> None:
    report = parse_report("---\ntitle: T\n---\nT\nOctober 14, 2022\nBody", report_id="r.txt")
    assert report.published == dt.date(2022, 10, 14)
    # an empty field is no date either, not a malformed one
    for empty in ('""', "''", '" "'):
        report = parse_report(f"---\ntitle: T\npublished: {empty}\n---\nT\nOctober 14, 2022\n"
                              "Body", report_id="r.txt")
        assert report.published == dt.date(2022, 10, 14)


@pytest.mark.parametrize(
    "top, expected",
    [
        ("23 October 2022, 07:41 PM", dt.date(2022, 10, 23)),
        ("Published October 14, 2022 at noon", dt.date(2022, 10, 14)),
        ("Oct. 3, 2021", dt.date(2021, 10, 3)),
        ("1st Sept 2023", dt.date(2023, 9, 1)),
        ("Updated 2022-10-14T08:00", dt.date(2022, 10, 14)),
        ("Kyiv, 14.10.2022 - agency", dt.date(2022, 10, 14)),
        ("31 February 2022 was never a day; 2022-03-01 was", dt.date(2022, 3, 1)),
        ("Model 2022-99-99 then nothing", None),
        ("Around 300 drones since the spring", None),
        ("In 1066 May 5 something", None),
    ],
)
def test_find_published_date(top: str, expected: dt.date | None) -> None:
    assert find_published_date(f"Headline\n\n{top}\nMore text.") == expected


def test_first_date_wins_and_dates_deep_in_the_text_are_ignored() -> None:
    assert find_published_date("A\nMarch 2, 2020 and 2021-01-01\n") == dt.date(2020, 3, 2)
    deep = "\n".join(f"line {n}" for n in range(12)) + "\n2022-10-14\n"
    assert find_published_date(deep) is None
    assert find_published_date(deep, max_lines=20) == dt.date(2022, 10, 14)


# ----------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20 + b"text", "binary"),
        ("Caf\u00e9 in Eastford".encode("latin-1"), "not UTF-8.*iconv"),
        (b"\xff\xfe\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 5, "binary"),
    ],
)
def test_bad_files_give_clear_errors_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(ReportError, match=message) as info:
        read_report(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "word " * 100)
    with pytest.raises(ReportError, match="over the 100-byte limit"):
        read_report(path, max_bytes=100)
    assert read_report(path, max_bytes=500).body == "word " * 100


def test_missing_file_is_a_report_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="cannot be read"):
        read_report(tmp_path / "nope.txt")


def test_byte_order_mark_is_dropped_so_front_matter_is_found(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf---\ntitle: T\n---\nBody")
    report = read_report(path)
    assert (report.title, report.body) == ("T", "Body")


def test_report_from_bytes_applies_the_file_checks_to_uploads() -> None:
    report = report_from_bytes(b"---\ntitle: T\n---\nBody", name="upload.md")
    assert (report.report_id, report.title, report.body, report.path) == (
        "upload.md",
        "T",
        "Body",
        "",
    )
    assert "fuel depot" in report_from_bytes(HTML_PAGE.encode(), name="page.html").body
    with pytest.raises(ReportError, match="upload.txt: the file is binary"):
        report_from_bytes(b"a\x00b", name="upload.txt")
    with pytest.raises(ReportError, match="over the 4-byte limit"):
        report_from_bytes(b"12345", name="upload.txt", max_bytes=4)


# ----------------------------------------------------------------------------- directories


def test_directory_walk_yields_reports_and_errors_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "Second report\nText.")
    write(tmp_path, "a.md", "---\ntitle: First\n---\nText.")
    write(tmp_path, "sub/c.html", "<html><body><article><p>" + "Words here. " * 20 + "</p>"
          "</article></body></html>")  # fmt: skip
    write(tmp_path, "sub/d.txt", b"\x00\x01binary")
    write(tmp_path, "sub/notes.json", '{"not": "a report"}')
    write(tmp_path, ".hidden.txt", "Hidden\nText.")
    write(tmp_path, ".git/e.txt", "Hidden dir\nText.")
    results = list(iter_reports([tmp_path]))
    names = [
        Path(r.path).name if isinstance(r, ReportError) and r.path else r.report_id
        for r in results
        if isinstance(r, Report | ReportError)
    ]
    assert names == ["a.md", "b.txt", "c.html", "d.txt"]
    assert [type(r) for r in results] == [Report, Report, Report, ReportError]
    assert "binary" in str(results[3])


def test_named_files_and_missing_paths(tmp_path: Path) -> None:
    named = write(tmp_path, "odd.report", "A title\nBody.")
    results = list(iter_reports([named, tmp_path / "missing"]))
    assert isinstance(results[0], Report) and results[0].title == "A title"
    assert isinstance(results[1], ReportError) and "no such file" in str(results[1])


# ----------------------------------------------------------------------------- HTML


HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Depot burns after overnight attack</title>
<meta property="article:published_time" content="2022-10-17T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/subscribe">Subscribe now</a></nav>
<article><h1>Depot burns after overnight attack</h1>
<p>Officials in Eastford said a fuel depot was struck in the early hours &amp; burned
until morning, according to the regional governor.</p>
<p>The governor added that air defence units shot down most of the drones before they
reached the town, and no casualties were reported.</p></article>
<footer>Copyright Example Media</footer></body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.HTM", "saved_as.txt"])
def test_html_is_reduced_to_its_article_text(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, HTML_PAGE)
    report = read_report(path)
    assert "fuel depot was struck in the early hours & burned" in report.body
    assert "<p>" not in report.body and "Subscribe now" not in report.body
    assert report.title == "Depot burns after overnight attack"
    assert report.published == dt.date(2022, 10, 17)
    assert report.sha256 == content_hash(HTML_PAGE)


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", "<html><head></head><body></body></html>")
    with pytest.raises(ReportError, match="no article text"):
        read_report(path)


# ----------------------------------------------------------------------------- GeoWebNews


@pytest.mark.skipif(not GWN.is_dir(), reason="shared GeoWebNews data not present")
def test_every_gwn_gold_span_indexes_the_parsed_body() -> None:
    reports = {r.report_id: r for r in iter_reports([GWN / "reports"]) if isinstance(r, Report)}
    assert len(reports) == 200
    checked = 0
    for name in ("gold.jsonl", "toponyms_nocoord.jsonl"):
        for line in (GWN / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            body = reports[row["report"]].body
            assert body[row["start"] : row["end"]] == row["surface"], row
            checked += 1
    assert checked == 2599 + 119
