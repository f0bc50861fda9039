"""Sentence spans over a report body, tuned to news text.

Offsets index the body unchanged, so a mention's span can be located in its sentence by plain
comparison. The splitter is rule-based (no model): a boundary is terminal punctuation (optionally
followed by closing quotes or brackets) before whitespace and a sentence-like start (or, in
Cyrillic text, a full stop right before a capital where the space was lost), unless the
token before it is a known abbreviation or an initial; a blank line always ends a sentence; a
single line break ends one when the next line is a bullet or does not continue the line (see
``_line_continues``).

It also holds the span checks shared by the claim readers (roles, claimants, dates).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Generic, TypeVar

from geodata.cues import ABBREVIATIONS, CYR_PLACE_ABBREVIATIONS, SENTENCE_STARTERS
from geodata.errors import GeodataError

__all__ = ["SpanCache", "SpanError", "check_span", "split_sentences"]

_V = TypeVar("_V")


class SpanError(GeodataError, ValueError):
    """A character span does not fit the text it is said to index."""


def check_span(text: str, span: tuple[int, int], what: str) -> None:
    """Raise :class:`SpanError` unless ``span`` is a non-empty range inside ``text``."""
    start, end = span
    if not (isinstance(start, int) and isinstance(end, int)):
        raise SpanError(f"{what} span {span!r} must be two ints (start, end)")
    if not 0 <= start < end <= len(text):
        raise SpanError(
            f"{what} span {span!r} is outside the text of length {len(text)}; "
            "pass offsets into the same body string, with start < end"
        )


# Terminal punctuation, then closing quotes/brackets, then the whitespace run that follows; or
# a full stop whose space a Cyrillic text lost after a word ("...сообщил Иван Федоров.В
# Пологовском районе"; not after an abbreviation of three letters: "обл.Одеса")
_END = re.compile(r"(?:[.!?]+|…)[\"'”’»)\]]*(?=\s)|(?<=[а-яіїєґё]{4})\.(?=[А-ЯІЇЄҐЁ])")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_BULLET = re.compile(r"[ \t]*(?:[-*•▪‣–—]|\d{1,3}[.)])\s+")
_INITIAL = re.compile(r"(?:\b[A-Z]\.){1,4}$")
_CONTINUATION_END = re.compile(
    r"(?:[,;:(\-–—/&]|\b(?:the|a|an|of|in|on|at|to|from|and|or|by|for|with|that|which))$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences in ``text``, in order.

    Spans are trimmed of surrounding whitespace and never overlap; ``text[start:end]`` is the
    sentence exactly as written.

    >>> text = 'Gen. Smith arrived on Oct. 3. "It was calm," he said.\\n\\nA headline'
    >>> [text[a:b] for a, b in split_sentences(text)]
    ['Gen. Smith arrived on Oct. 3.', '"It was calm," he said.', 'A headline']
    """
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        for line_start, line_end in _line_groups(text, block_start, block_end):
            cut = line_start
            for m in _END.finditer(text, line_start, line_end):
                if _is_boundary(text, m.start(), m.end(), line_end):
                    spans.append((cut, m.end()))
                    cut = m.end()
            spans.append((cut, line_end))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s is not None]


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs: the text between blank lines (a list of short items that a paragraph ending
    in a colon opens, one item a paragraph, is one with it: "Завдано ударів по:\n\nX,\n\nY.")."""
    out: list[tuple[int, int]] = []
    pos = 0
    listing = ""  # the punctuation that ended the list's last paragraph, while one runs on
    for m in _BLANK_LINE.finditer(text):
        listing = _join_item(text, out, pos, m.start(), listing)
        pos = m.end()
    _join_item(text, out, pos, len(text), listing)
    return out


#: how many words and characters a paragraph of a list may hold to be one of its items
_WORDS_IN_PARAGRAPH_ITEM = 6
_PARAGRAPH_ITEM_CHARS = 80


def _join_item(text: str, out: list[tuple[int, int]], start: int, end: int,
               listing: str) -> str:
    """Append the paragraph ``text[start:end]`` to ``out``, or join it to the last one as an
    item of the list that paragraph opened; return the punctuation a list that runs on ends
    with, or "" where none does."""
    item = text[start:end].strip()
    if listing and len(item) <= _PARAGRAPH_ITEM_CHARS \
            and len(item.split()) <= _WORDS_IN_PARAGRAPH_ITEM \
            and (item.endswith((",", ";")) or item.endswith(".") and listing in ",;"):
        out[-1] = (out[-1][0], end)
        return item[-1] if item[-1] in ",;" else ""
    out.append((start, end))
    return ":" if item.endswith(":") else ""


def _line_groups(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph at line breaks that end a sentence (headlines, captions, bullets)."""
    groups: list[tuple[int, int]] = []
    cut = start
    pos = text.find("\n", start, end)
    while pos != -1:
        if not _line_continues(text, cut, pos, end):
            groups.append((cut, pos))
            cut = pos + 1
        pos = text.find("\n", pos + 1, end)
    groups.append((cut, end))
    return groups


_NONSPACE = re.compile(r"\S")
#: How much of a line's end and of the text after a full stop the decisions look at; bounded
#: so that splitting stays linear in the length of the text.
_LOOK = 200


def _line_continues(text: str, line_start: int, pos: int, end: int) -> bool:
    """Whether the single line break at ``pos`` inside a paragraph only wraps one sentence.

    The line is ``text[line_start:pos]`` and the rest of the paragraph runs to ``end``. A
    bullet always starts a new sentence. Otherwise the break is a wrap when the line ends
    mid-phrase (comma, hyphen, article, preposition) or the next line starts in lower case.
    Short lines without final punctuation followed by a capitalised line (headlines, captions,
    bylines) end there.
    """
    nxt = _NONSPACE.search(text, pos + 1, end)
    if nxt is None:
        return False
    bullet = _BULLET.match(text, pos + 1, end)
    if bullet:
        # a list of short items that a line ending in a colon opens, items ending in commas,
        # runs on as one sentence ("Під ударом були області:\n- Одеська,\n- Миколаївська.");
        # longer items are statements of their own
        opener = _LIST_OPENS.search(text, max(line_start, pos - _LOOK), pos)
        return opener is not None and _short_item(text, bullet.end(), end, opener.group(1))
    stripped = text[max(line_start, pos - _LOOK) : pos].rstrip()
    if not stripped and (pos - _LOOK <= line_start or not text[line_start:pos].strip()):
        return False
    if _CONTINUATION_END.search(stripped):
        return True
    return text[nxt.start()].islower()


#: a line that opens a list of short items, or one such item that the next continues
_LIST_OPENS = re.compile(r"([:,])\s*$")
_WORDS_IN_ITEM = 4


def _short_item(text: str, start: int, end: int, before: str) -> bool:
    """Whether the list item at ``start`` is a few words only (a name, not a statement) that
    punctuation joins to the list: a comma after it, or a full stop after the last item
    (``before`` is the punctuation that ended the line before)."""
    line_end = text.find("\n", start, end)
    item = text[start : end if line_end == -1 else line_end].rstrip()
    if len(item) > 60 or len(item.split()) > _WORDS_IN_ITEM:
        return False
    return item.endswith((",", ";")) or (before == "," and item.endswith("."))


def _is_boundary(text: str, punct_start: int, punct_end: int, limit: int) -> bool:
    """Decide whether the punctuation at ``punct_start`` ends a sentence."""
    nxt = _NONSPACE.search(text, punct_end, limit)
    if nxt is None:
        return True
    first = text[nxt.start()]
    # The next sentence starts with a capital, a digit, an opening quote or bracket.
    if not (first.isupper() or first.isdigit() or first in "\"'“‘«(["
            or _BULLET.match(text, nxt.start(), limit)):
        return False
    if text[punct_start] != ".":
        return True
    token = _token_before(text, punct_start)
    bare = token.rstrip(".").lower()
    if punct_end - punct_start > 1 and text[punct_start:punct_end].startswith("..."):
        return True
    if bare in ABBREVIATIONS:
        # "Oct. 17" or "Gen. Smith": the abbreviation binds to what follows.
        return False
    if bare in CYR_PLACE_ABBREVIATIONS and token.islower() \
            and not _after_number(text, punct_start - len(token)):
        # "с. Казачья Лопань", "м. Суми": the name follows; but after a number the same letters
        # are units and years, which may end a sentence ("у 2023 р.", "2022 г.", "500 м.")
        return False
    if _INITIAL.search(text[max(0, punct_start - 12) : punct_start] + "."):
        # "U.S. officials" or "John F. Kennedy": an initial, unless a common sentence opener
        # follows ("... by the U.S. The move ...").
        next_word = _NEXT_WORD.match(text, nxt.start(), limit)
        return bool(next_word and next_word.group(0) in SENTENCE_STARTERS)
    return True


_NEXT_WORD = re.compile(r"[\w']+")
_NUMBER_BEFORE = re.compile(r"\d[\d\s.,]*$")


def _after_number(text: str, pos: int) -> bool:
    """Whether a number (then spaces) ends right before ``pos``."""
    return _NUMBER_BEFORE.search(text, max(0, pos - 12), pos) is not None
_TOKEN_CHARS = frozenset(".&'-")


def _token_before(text: str, pos: int) -> str:
    """The run of word characters, dots, ampersands, apostrophes and hyphens ending at ``pos``
    (at most ``_LOOK`` characters), read backwards so that the cost is the token's length."""
    start = pos
    floor = max(0, pos - _LOOK)
    while start > floor and (text[start - 1].isalnum() or text[start - 1] == "_"
                             or text[start - 1] in _TOKEN_CHARS):
        start -= 1
    return text[start:pos]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Narrow a span to its non-whitespace content; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


class SpanCache(Generic[_V]):
    """``compute(body, span)``, kept for the other mentions that read the same span.

    The readers take each sentence once per mention it holds (and as a neighbour of the next
    ones), so they share what they computed for it. Entries are keyed by the body's identity and
    the span and hold the body, so a new string at a recycled ``id`` never hits; past ``size``
    entries the cache starts afresh.
    """

    __slots__ = ("_compute", "_items", "_size")

    def __init__(self, compute: Callable[[str, tuple[int, int]], _V], size: int = 256) -> None:
        self._compute = compute
        self._size = size
        self._items: dict[tuple[int, int, int], tuple[str, _V]] = {}

    def __call__(self, body: str, span: tuple[int, int]) -> _V:
        key = (id(body), span[0], span[1])
        got = self._items.get(key)
        if got is not None and got[0] is body:
            return got[1]
        value = self._compute(body, span)
        if len(self._items) >= self._size:
            self._items.clear()
        self._items[key] = (body, value)
        return value
