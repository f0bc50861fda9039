"""Popup HTML: everything a report says is shown as text, with its sources and review state."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from dashboard_fixtures import HOSTILE_IMG, HOSTILE_SCRIPT, sample

from dashboard.popups import (
    safe_url,
    site_id_from_tooltip,
    site_popup_html,
    site_tooltip,
)

SITES, CLAIMS = sample()


def record(site_id: str) -> dict:
    return SITES.loc[SITES["site_id"] == site_id].iloc[0].to_dict()


def claims_of(site_id: str) -> list[dict]:
    return CLAIMS.loc[CLAIMS["site_id"] == site_id].to_dict("records")


class Tags(HTMLParser):
    """Collects the tags and attributes a browser would build from the HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text += data


def parse(html_text: str) -> Tags:
    parser = Tags()
    parser.feed(html_text)
    return parser


@pytest.mark.parametrize(
    "make",
    [
        lambda: site_popup_html(record("s-evil"), claims_of("s-evil")),
        lambda: site_popup_html(record("s-evil")),
        lambda: site_tooltip(record("s-evil")),
    ],
)
def test_hostile_report_shows_as_text(make) -> None:
    out = make()
    parsed = parse(out)
    tags = {tag for tag, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    assert "javascript:" not in out
    assert HOSTILE_SCRIPT in parsed.text  # the reader still sees what the report said


def test_hostile_text_appears_verbatim_for_the_reader() -> None:
    text = parse(site_popup_html(record("s-evil"), claims_of("s-evil"))).text
    assert HOSTILE_IMG in text  # claimant, evidence and outlet, as text
    assert "Title " + HOSTILE_SCRIPT in text  # the title is kept, unlinked


def test_popup_quotes_evidence_names_claimants_and_lists_every_source() -> None:
    out = site_popup_html(record("s-launch"), claims_of("s-launch"))
    parsed = parse(out)
    assert "“Drones flew from Northfield airstrip.”" in parsed.text
    assert "Test Agency · alleged · 2024-10-17" in parsed.text
    assert "Border Service · alleged · 2024-10-20" in parsed.text
    links = [a["href"] for tag, a in parsed.tags if tag == "a"]
    assert links == ["https://news.example/rep-a", "https://news.example/rep-b"]
    assert "Wire One" in parsed.text and "Wire Two" in parsed.text
    assert "Independent sources: 2" in parsed.text
    assert "review: machine" in parsed.text
    assert "2024-10-01 – 2024-10-20" in parsed.text
    assert "± 0.5 km" in parsed.text


def test_popup_without_claims_uses_the_site_lists() -> None:
    parsed = parse(site_popup_html(record("s-strike")))
    assert [a["href"] for tag, a in parsed.tags if tag == "a"] == ["https://news.example/s-strike"]
    assert "“Drones flew from Rivertown.”" in parsed.text
    assert "review: machine" in parsed.text


def test_undated_and_unnamed_are_said_plainly() -> None:
    text = parse(site_popup_html(record("s-other"))).text
    assert "Claimed by: not named" in text
    text = parse(site_popup_html(record("s-instr"))).text
    assert "When: date not stated" in text and "review: accepted" in text


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://news.example/a?b=1&c=2", True),
        ("http://news.example/", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("java\tscript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//news.example/x", False),
        ('https://x.example/"onmouseover="alert(1)', False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(url, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok


def test_safe_url_escapes_ampersands() -> None:
    assert safe_url("https://a.example/?x=1&y=2") == "https://a.example/?x=1&amp;y=2"


def test_tooltip_carries_the_site_id_back() -> None:
    tip = site_tooltip(record("s-launch"))
    assert site_id_from_tooltip(tip) == "s-launch"
    assert site_id_from_tooltip(parse(tip).text) == "s-launch"
    assert site_id_from_tooltip("no id here") is None
    assert site_id_from_tooltip(None) is None
