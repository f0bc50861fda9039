"""Read report files (text, Markdown or HTML) into :class:`geodata.model.Report` values.

A report file may open with a YAML front matter block (``title``, ``source``, ``url``,
``published``) between two ``---`` lines. Everything after the closing delimiter line is the
body, kept exactly as written, because every character offset in the pipeline indexes it.
Without front matter, the whole text is the body and the title and publication date are
inferred from its first lines.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from geodata.errors import ReportError
from geodata.model import Report, content_hash

REPORT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
DEFAULT_MAX_BYTES = 5_000_000

# How many non-empty lines at the top of a body are searched for a publication date.
DATE_SEARCH_LINES = 10
# Years outside this range are taken for something else (a count, a model number).
_MIN_YEAR, _MAX_YEAR = 1900, 2100
# Share of control characters above which a decoded file is treated as binary.
_MAX_CONTROL_SHARE = 0.05
_MAX_TITLE_CHARS = 300

_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<meta>.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
    re.DOTALL | re.MULTILINE,
)
_OPENING_LINE = re.compile(r"\A---[ \t]*\r?\n")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# Each pattern names its groups day/month/year; the month group is a number or a month name.
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\s*,?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\d.])"),
)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)


def split_front_matter(text: str) -> tuple[dict[str, Any], str, int]:
    """Split a report text into its front matter mapping, its body and the body's offset.

    ``body == text[offset:]`` always holds. Text without front matter gives ``({}, text, 0)``.

    >>> split_front_matter('---\\ntitle: "A"\\n---\\nBody')
    ({'title': 'A'}, 'Body', 19)

    Raises ReportError when the block is opened but never closed, is not valid YAML, or is not
    a mapping of keys to values.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        if _OPENING_LINE.match(text):
            raise ReportError(
                "front matter opened with '---' on the first line is never closed; "
                "add a closing '---' line after the metadata, or remove the first line"
            )
        return {}, text, 0
    try:
        meta = yaml.safe_load(match.group("meta"))
    except yaml.YAMLError as err:
        raise ReportError(
            f"front matter is not valid YAML ({_one_line(err)}); quote values that contain "
            "':' or '#', e.g. title: \"Strikes: the latest\""
        ) from err
    except ValueError as err:  # YAML reads 2022-13-45 as a date and the calendar refuses it
        raise ReportError(
            f"front matter holds an impossible date ({err}); write dates as YYYY-MM-DD"
        ) from err
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ReportError(
            f"front matter must be a mapping of keys to values (title: ..., source: ...), "
            f"got a {type(meta).__name__}"
        )
    offset = match.end()
    return {str(key): value for key, value in meta.items()}, text[offset:], offset


def parse_report(text: str, *, report_id: str, path: str = "") -> Report:
    """Build a Report from the text of a report file.

    Front matter gives ``title``, ``source``, ``url`` and ``published`` (an ISO date). What it
    does not give is inferred from the body: the title is the first non-empty line, and the
    publication date is the first plausible date in the first lines ("23 October 2022",
    "October 14, 2022", "2022-10-14", "14.10.2022"), or None.

    Raises ReportError naming the report when the front matter is malformed, ``published`` is
    not a date, or the body is empty.
    """
    where = path or report_id
    try:
        meta, body, _ = split_front_matter(text)
    except ReportError as err:
        raise ReportError(str(err), path=where) from err
    if not body.strip():
        raise ReportError(
            "the report has no body text after its front matter; put the article text "
            "below the closing '---' line",
            path=where,
        )
    title = _text_field(meta, "title", where) or _title_from_body(body)
    published = _published(meta.get("published"), where)
    if published is None and not _text_field(meta, "published", where):
        published = find_published_date(body)
    return Report(
        report_id=report_id,
        title=title,
        body=body,
        sha256=content_hash(text),
        source=_text_field(meta, "source", where),
        url=_text_field(meta, "url", where),
        published=published,
        path=path,
    )


def read_report(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read one report file; ``report_id`` is the file name.

    HTML files (``.html``/``.htm`` or text starting with ``<!doctype html``/``<html``) are
    reduced to their article text with trafilatura, which also supplies the title and date
    when the page states them.

    Raises ReportError naming the file when it cannot be read, is larger than ``max_bytes``,
    is empty, is binary, is not UTF-8, or holds no article text.
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    return report_from_bytes(data, name=path.name, path=str(path), max_bytes=max_bytes)


def report_from_bytes(
    data: bytes, *, name: str, path: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> Report:
    """Build a Report from the raw bytes of a file called ``name`` (an upload, say).

    Applies the same checks as :func:`read_report` (size, empty, binary, UTF-8, HTML);
    ``name`` becomes the report id and its suffix decides whether the bytes are HTML.
    """
    where = path or name
    if len(data) > max_bytes:
        raise ReportError(
            f"the report is {len(data):,} bytes, over the {max_bytes:,}-byte limit; split it",
            path=where,
        )
    text = _decode(data, where)
    if not text.strip():
        raise ReportError("the file is empty or holds only whitespace", path=where)
    if Path(name).suffix.lower() in HTML_SUFFIXES or _HTML_START.match(text):
        return _report_from_html(text, report_id=name, path=path)
    return parse_report(text, report_id=name, path=path)


def iter_reports(paths: Iterable[Path]) -> Iterator[Report | ReportError]:
    """Read every report under ``paths``, yielding a ReportError for each file that fails.

    Directories are walked recursively in sorted order, taking only ``.txt``, ``.md``,
    ``.markdown``, ``.html`` and ``.htm`` files and skipping hidden files and directories.
    A file named directly is read whatever its suffix. A bad file does not stop the walk.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files = _report_files(path)
        elif path.exists():
            files = [path]
        else:
            yield ReportError("no such file or directory; check the path", path=str(path))
            continue
        for file in files:
            try:
                yield read_report(file)
            except ReportError as err:
                yield err


def find_published_date(body: str, *, max_lines: int = DATE_SEARCH_LINES) -> dt.date | None:
    """The first plausible calendar date stated in the first ``max_lines`` non-empty lines.

    >>> find_published_date("Headline\\n\\n23 October 2022, 07:41 PM\\nText")
    datetime.date(2022, 10, 23)
    """
    lines = [line for line in body.splitlines() if line.strip()][:max_lines]
    for line in lines:
        found: list[tuple[int, dt.date]] = []
        for pattern in _DATE_PATTERNS:
            for match in pattern.finditer(line):
                date = _date_from_match(match)
                if date is not None:
                    found.append((match.start(), date))
        if found:
            return min(found, key=lambda item: item[0])[1]
    return None


def _date_from_match(match: re.Match[str]) -> dt.date | None:
    month_text = match.group("month").lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text]
    year, day = int(match.group("year")), int(match.group("day"))
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:  # 31 February, month 13: not a date, keep looking
        return None


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReportError(
                f"the file is {size:,} bytes, over the {max_bytes:,}-byte limit; split it or "
                "raise max_bytes if it really is one report",
                path=str(path),
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise ReportError(f"cannot be read ({err.strerror or err})", path=str(path)) from err
    if len(data) > max_bytes:  # the file grew while we looked at it
        raise ReportError(f"the file is over the {max_bytes:,}-byte limit", path=str(path))
    return data


def _decode(data: bytes, where: str) -> str:
    """Decode UTF-8 (a leading byte-order mark is dropped); refuse binary and other encodings."""
    if b"\x00" in data:
        raise ReportError(
            "the file is binary (it contains NUL bytes), not a text report", path=where
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if _control_share(data.decode("latin-1")) > _MAX_CONTROL_SHARE:
            raise ReportError("the file is binary, not a text report", path=where) from err
        raise ReportError(
            f"the file is not UTF-8 (invalid byte 0x{data[err.start]:02x} at offset "
            f"{err.start}); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.txt",
            path=where,
        ) from err
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise ReportError(
            "the file looks binary (mostly control characters), not a text report", path=where
        )
    return text


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL_CHARS.findall(text)) / len(text)


def _report_from_html(html: str, *, report_id: str, path: str) -> Report:
    # Imported here: trafilatura pulls in lxml and friends, which plain-text runs do not need.
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True)
    body = _document_field(document, "text")
    if not body.strip():
        raise ReportError(
            "no article text could be extracted from this HTML page; save the article "
            "text as a .txt file instead",
            path=path,
        )
    published = _parse_iso_date(_document_field(document, "date"))
    return Report(
        report_id=report_id,
        title=_clip(_document_field(document, "title")) or _title_from_body(body),
        body=body,
        sha256=content_hash(html),
        source=_document_field(document, "sitename").strip(),
        url=_document_field(document, "url").strip(),
        published=published if published is not None else find_published_date(body),
        path=path,
    )


def _document_field(document: Any, name: str) -> str:
    """A text field of trafilatura's result, which is a Document, a dict or None."""
    if document is None:
        return ""
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    return str(value) if value else ""


def _is_readme(name: str) -> bool:
    """A folder's README describes the reports; it is not one (only skipped in directory walks)."""
    return Path(name).stem.upper() in {"README", "LICENSE", "LICENCE", "CHANGELOG"}


def _report_files(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        found.extend(
            Path(dirpath, name)
            for name in filenames
            if not name.startswith(".")
            and Path(name).suffix.lower() in REPORT_SUFFIXES
            and not _is_readme(name)
        )
    return sorted(found)


def _text_field(meta: dict[str, Any], key: str, where: str) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, str | int | float | dt.date):
        return str(value).strip()
    raise ReportError(
        f"front matter field {key!r} must be a single value, got a {type(value).__name__}",
        path=where,
    )


def _published(value: Any, where: str) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None  # (an empty field says no more than a missing one)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    date = _parse_iso_date(str(value)) if isinstance(value, str) else None
    if date is None:
        raise ReportError(
            f"front matter 'published' must be an ISO date like 2022-10-14, got {value!r}",
            path=where,
        )
    return date


def _parse_iso_date(text: str) -> dt.date | None:
    """An ISO 8601 date or date-time (``2022-10-14``, ``2022-10-14T08:00:00Z``) as a date."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _title_from_body(body: str) -> str:
    for line in body.splitlines():
        title = line.strip().lstrip("#").strip()
        if title:
            return _clip(title)
    return ""


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_TITLE_CHARS else text[: _MAX_TITLE_CHARS - 1] + "…"


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())
