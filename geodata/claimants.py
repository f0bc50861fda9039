"""Who makes a claim, and whether they allege, confirm or deny it.

Attribution is read from the sentence around a place mention with patterns over its surface:
"X said/claimed/reported/told ...", "..., X said.", "..., said X.", "according to X",
"citing X" (when X's subject is a news outlet), "Y quoted X as saying", "revealed by X". The
subject is the capitalised name that ends just before the verb (after skipping auxiliaries,
adverbs and an appositive in commas), or a name with a lower-case head ("the Ukrainian
military"). Titles before a person's name are dropped: "White House spokesman John Kirby" and
"Foreign Minister John Kirby" both give "John Kirby", so one person counts once whatever title a
report gives them. Leading articles are trimmed.

Anaphoric subjects ("he", "the ministry", "the government body") are resolved to the most recent
named claimant in the earlier sentences of the same kind (a person for "he"/"she", anything for
the others). A quoted sentence with no attribution of its own takes the claimant of the quote
before it, or of the sentence right after it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from gazetteer.translit import has_cyrillic
from geodata import cues
from geodata.model import Stance
from geodata.sentences import SpanCache, SpanError, check_span, split_sentences

__all__ = ["Attribution", "attributions", "find_claimant", "find_stance"]


def _alt(words: Sequence[str]) -> str:
    body = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    )
    return rf"(?:{body})"


_NAMEWORD = r"(?:[A-Z][\w'’.&-]*|[A-Z]{2,})"
_CONNECT = r"(?:of|the|for|and|on|de|al|el|von|van|der|du|da|bin|ibn|al-)"
_NAME = rf"{_NAMEWORD}(?:\s+(?:{_CONNECT}\s+)*{_NAMEWORD})*"
_LOWHEAD_WORDS = (
    "officials", "official", "sources", "source", "diplomats", "intelligence", "military",
    "ministry", "government", "authorities", "media", "officers", "spokesman", "spokeswoman",
    "spokesperson", "analysts", "experts", "partisans", "resistance", "command", "army",
    "forces", "police", "activists", "residents", "witnesses", "report", "reports", "side",
    "leadership", "delegation", "agency", "outlets", "underground",
)
_LOWHEAD_SET = frozenset(_LOWHEAD_WORDS)
_LOWHEAD = rf"(?:{'|'.join(_LOWHEAD_WORDS)})\b"


def _alt_by_initial(words: Sequence[str]) -> str:
    """:func:`_alt`, with the words grouped by their first character (case-sensitive only).

    The same alternatives in the same order for each first character, so the same matches;
    but the regex engine tries a word's few alternatives instead of all of them.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]).replace(r"\ ", r"\s+"))
    return "(?:" + "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()
    ) + ")"


# Case-sensitive: "States" in "United States" is not the verb.
_SPEECH = re.compile(rf"\b{_alt_by_initial(cues.SPEECH_VERBS)}\b")
_TAIL_WORDS = (
    r"has|have|had|was|were|is|are|been|also|earlier|previously|again|officially|repeatedly|"
    r"publicly|falsely|reportedly|later|then|now"
)
_TAIL = re.compile(
    rf"(?:\s+|,)*(?:\b(?i:{_TAIL_WORDS}|on\s+\w+(?:\s+\d+)?|in\s+a\s+statement|"
    r"\w+ly)\s*)*$"
)
_APPOSITIVE = re.compile(r",[^,;\"“”]{1,90},\s*$")
_SUBJ_ANAPHOR = re.compile(
    rf"(?:^|[\s,\"“”‘’'(])(?P<name>(?i:{_alt(cues.ANAPHORS_PERSON + cues.ANAPHORS_ANY)}))\s*$"
)
_SUBJ_DEFINITE = re.compile(
    rf"(?:^|[\s,\"“”‘’'(])(?P<name>(?i:the)\s+(?:[a-z][\w'’-]*\s+){{0,3}}"
    rf"(?:{_LOWHEAD}|(?i:{_alt(cues.ORG_WORDS + cues.PERSON_TITLES)})))\s*$"
)
_SUBJ_HEAD = re.compile(rf"(?P<name>(?:{_NAME}['’]?s?\s+)(?:[a-z][\w-]*\s+){{0,2}}{_LOWHEAD})\s*$")
_SUBJ_NAME = re.compile(rf"(?P<name>{_NAME})\s*$")
_SUBJ_BARE_HEAD = re.compile(
    rf"(?:^|[\s,])(?P<name>(?:(?!(?:with|and|of|in|on|at|by|for|to|from|that|as|but)\b)"
    rf"[a-z][\w-]*\s+){{0,2}}{_LOWHEAD})\s*$"
)
_LOCATED_HEAD = re.compile(
    r"\b(?i:a|an|the)\s+(?P<np>(?:[a-z][\w-]*\s+){1,3}(?:in|from|at|of)\s+)$"
)
# Lower case only: a description's head noun, never a capitalised name.
_HEADNOUN = rf"(?:{_LOWHEAD}|\b{_alt(cues.ORG_WORDS + cues.PERSON_TITLES)}\b)"
_AFTER_NAME = re.compile(
    rf"\s+(?:(?i:the|a|an)\s+)?(?P<name>{_NAME}(?:\s+{_LOWHEAD})?|"
    rf"(?:(?!(?:that|which|who|whether|if)\b)[a-z][\w-]*\s+){{0,3}}{_HEADNOUN})"
)
_ACCORDING = re.compile(
    rf"(?i:according\s+to)\s+(?:(?i:the|a|an)\s+)?(?P<name>{_NAME}(?:\s+{_LOWHEAD})?|"
    rf"(?:[a-z][\w-]*\s+){{0,2}}{_LOWHEAD})"
)
_CITING = re.compile(
    rf"(?i:citing)\s+(?:(?i:the|a|an)\s+)?(?P<name>{_NAME}(?:\s+{_LOWHEAD})?|"
    rf"(?:[a-z][\w-]*\s+){{0,2}}{_LOWHEAD})"
)
_QUOTED = re.compile(
    rf"(?i:quoted)\s+(?:(?i:the|a|an)\s+)?(?P<name>{_NAME}|(?i:him|her|them))\s+(?i:as\s+saying)"
)
_BY_AGENT = re.compile(
    rf"\s+(?i:by)\s+(?:(?i:the|a|an)\s+)?(?P<name>{_NAME}(?:\s+{_LOWHEAD})?|"
    rf"(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,1}}{_LOWHEAD})"
)
_PASSIVE_VERB = re.compile(r"\b(?i:revealed|reported|confirmed|claimed|stated)\b")
_BY = re.compile(r"\s(?i:by)\s")
_ARTICLE = re.compile(r"^(?i:the|a|an)\s+")
_POSSESSOR = re.compile(r"^.*['’]s\s+")
_TITLE = re.compile(rf"^(?:.*\s)?(?i:{_alt(cues.PERSON_TITLES)})\s+(?=[A-Z])")
_ORG = re.compile(rf"\b(?i:{_alt(cues.ORG_WORDS)})\b")
_MEDIA = re.compile(rf"\b(?i:{_alt(cues.MEDIA_WORDS)})\b")
_INVERTIBLE = cues.words(
    "said says added adds wrote writes claimed claims reported reports stated states alleged "
    "alleges noted notes explained warned insisted continued"
)
_PRONOUNS = cues.words("he she him her they them it we i")
_QUOTE_CHARS = "\"“”‘'«»"
#: what may stand (before spaces) right before an inverted attribution verb: ', said X'
_LEAD_MARKS = frozenset("," + _QUOTE_CHARS)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker found in a sentence: the name as written, where it is, and its verb."""

    name: str
    start: int  # body offset of the name
    end: int
    verb: str
    verb_start: int
    anaphoric: bool = False


def attributions(body: str, span: tuple[int, int]) -> list[Attribution]:
    """Every attribution in the sentence ``span`` of ``body``, in text order.

    Anaphoric subjects are returned as written with ``anaphoric=True``; resolve them with
    :func:`find_claimant`.
    """
    check_span(body, span, "sentence")
    return list(_cached_attributions(body, span))


#: :func:`attributions` of a checked span, shared: every mention of a sentence, and the
#: mentions of the next three sentences, read the same attributions.
_cached_attributions: SpanCache[tuple[Attribution, ...]] = SpanCache(
    lambda body, span: tuple(_attributions(body, span)))
_WORD = re.compile(r"\w+")
#: Words without which a sentence holds no attribution (case-folded): the cheap prefilter.
_CUE_WORDS = frozenset(
    [w.split()[0].casefold() for w in cues.SPEECH_VERBS]
    + ["according", "citing", "revealed", "reported", "confirmed", "claimed", "stated"]
)
_CYR_CUES = tuple(
    {w.casefold() for w in cues.CYR_SPEECH} | {w.split()[0] for w in cues.CYR_ACCORDING}
)
#: How far before a verb its subject is looked for: names and appositives are short, and
#: run-on "sentences" (tables, lists) would otherwise cost time quadratic in their length.
_SUBJECT_REACH = 400


def _attributions(body: str, span: tuple[int, int]) -> list[Attribution]:
    start, end = span
    text = body[start:end]
    cyrillic = has_cyrillic(text)
    words = _WORD.findall(text)
    # isdisjoint stops at the first cue word and builds no set
    if _CUE_WORDS.isdisjoint(map(str.casefold, words)) and not (
            cyrillic and any(w.casefold().startswith(_CYR_CUES) for w in words)):
        return []
    found: list[Attribution] = []
    for m in _SPEECH.finditer(text):
        verb = m.group(0)
        if text[: m.start()].rstrip()[-1:] in _LEAD_MARKS:
            got = _subject_after(text, m) or _subject_before(text, m.start())
        else:
            got = _subject_before(text, m.start())
        if got is None:
            continue
        a, b, name, anaphoric = got
        if verb.lower() == "quoted":
            quoted = _QUOTED.match(text, m.start())
            if quoted:
                a, b = quoted.span("name")
                name = quoted.group("name")
                anaphoric = name.lower() in {"him", "her", "them"}
        found.append(Attribution(name, start + a, start + b, verb, start + m.start(), anaphoric))
    for pattern, label in ((_ACCORDING, "according to"), (_CITING, "citing")):
        for m in pattern.finditer(text):
            name = m.group("name").strip()
            a = m.start("name")
            found.append(
                Attribution(name, start + a, start + a + len(name), label, start + m.start())
            )
    # "was revealed by X" needs " by ", which most sentences lack
    passives = _PASSIVE_VERB.finditer(text) if _BY.search(text) else ()
    for m in passives:
        agent = _BY_AGENT.match(text, m.end())
        if agent and re.search(r"\b(?i:was|were|been|is|are)\s+$", text[: m.start()]):
            name = agent.group("name").strip()
            a = agent.start("name")
            found.append(Attribution(name, start + a, start + a + len(name), m.group(0),
                                     start + m.start()))
    if cyrillic:
        found.extend(_cyrillic_attributions(text, start))
    found = _prefer_cited(found)
    found.sort(key=lambda x: x.verb_start)
    return found


def _cyr_stems(stems: Sequence[str]) -> str:
    body = "|".join(re.escape(x) for x in sorted(set(stems), key=len, reverse=True))
    return rf"(?i:(?<![\w'’-])(?:{body})[\w'’-]*)"


_CYR_UPPER = "А-ЯІЇЄҐЁ"
#: A Cyrillic claimant phrase: words up to a comma, stop, quote or clause word (at most six).
_CYR_TOKEN = r"[^\s,.;:!?«»\"“”()—–]+"
_CYR_PHRASE = rf"{_CYR_TOKEN}(?:\s+(?!(?:що|что|і|и|та|але|но)\b){_CYR_TOKEN}){{0,5}}"
_CYR_VERB = re.compile(_cyr_stems(cues.CYR_SPEECH))
_CYR_AFTER = re.compile(rf"\s+(?:(?i:в|у|во)\s+)?(?P<name>{_CYR_PHRASE})")
_CYR_BEFORE = re.compile(
    rf"(?P<name>[{_CYR_UPPER}][\w'’-]*(?:\s+[\w'’-]+){{0,4}}?)\s+(?:(?i:також|также|ще|уже|"
    rf"вже|официально|офіційно)\s+)?(?:(?i:не|ні)\s+)?$"
)
_CYR_ACCORDING_WORDS = "|".join(w.replace(" ", r"\s+") for w in cues.CYR_ACCORDING)
_CYR_ACCORDING = re.compile(
    rf"(?i:(?<![\w])(?:{_CYR_ACCORDING_WORDS}))\s+(?P<name>{_CYR_PHRASE})"
)
_CYR_TITLED = re.compile(rf"^(?:[а-яіїєґё][\w'’-]*\s+){{1,4}}(?=[{_CYR_UPPER}])")


def _cyrillic_attributions(text: str, origin: int) -> list[Attribution]:
    """Ukrainian and Russian attribution: "..., повідомили Повітряні сили ЗСУ", "Генштаб
    заявив", "за даними командування", "повідомили в Міноборони", "по данным ...".

    A name after a verb that starts the clause (after a comma or at the start) is the speaker;
    otherwise the capitalised phrase right before the verb is. A title in lower case before a
    person's name is dropped ("речниці Наталії Гуменюк" -> "Наталії Гуменюк").
    """
    found: list[Attribution] = []
    for m in _CYR_VERB.finditer(text):
        lead = text[: m.start()].rstrip()
        name_m: re.Match[str] | None = None
        if not lead or lead[-1] in ",—–:\"»”":
            name_m = _CYR_AFTER.match(text, m.end())
        if name_m is None:
            before = _CYR_BEFORE.search(text, max(0, m.start() - 120), m.start())
            if before is not None:
                name_m = before
        if name_m is None:
            continue
        name = _cyr_clean(name_m.group("name"))
        if name:
            a = name_m.start("name")
            found.append(Attribution(name, origin + a, origin + a + len(name_m.group("name")),
                                     m.group(0), origin + m.start()))
    for m in _CYR_ACCORDING.finditer(text):
        name = _cyr_clean(m.group("name"))
        if name:
            a = m.start("name")
            found.append(Attribution(name, origin + a, origin + a + len(m.group("name")),
                                     "according to", origin + m.start()))
    return found


def _cyr_clean(name: str) -> str:
    """Trim a Cyrillic claimant: a lower-case title before a capitalised name goes."""
    name = " ".join(name.split()).strip(" ,.;:")
    titled = _CYR_TITLED.match(name)
    if titled and len(name.split()) - len(titled.group(0).split()) >= 2:
        name = name[titled.end() :]
    return name


def _subject_before(text: str, verb_start: int) -> tuple[int, int, str, bool] | None:
    """The subject that ends right before a verb: a pronoun, a named head or a name.

    A subject followed by an appositive in commas ("X, an adviser to Y, said") is read before
    the appositive; "a leader in X said" gives the whole description, not the place.
    """
    origin = max(0, verb_start - _SUBJECT_REACH)
    if origin:
        got = _subject_before(text[origin:], verb_start - origin)
        return None if got is None else (got[0] + origin, got[1] + origin, got[2], got[3])
    before = text[:verb_start]
    tail = _TAIL.search(before, _tail_from(before))
    cut = tail.start() if tail else len(before)
    head = before[:cut]
    appositive = _search_appositive(head + "," if "," in before[cut:] else head)
    if appositive:
        got = _named_subject(head[: appositive.start()])
        if got is not None:
            return got
    anaphor = _search_suffix(_SUBJ_ANAPHOR, head, _ANAPHOR_WORDS, 1)
    if anaphor:
        return anaphor.start("name"), anaphor.end("name"), anaphor.group("name"), True
    definite = _search_suffix(_SUBJ_DEFINITE, head, _DEFINITE_WORDS, 1)
    if definite and not any(ch.isupper() for ch in definite.group("name")[1:]):
        name = definite.group("name")
        return definite.start("name"), definite.end("name"), name, _is_anaphor(name)
    return _named_subject(head)


def _named_subject(head: str) -> tuple[int, int, str, bool] | None:
    """A named subject ending ``head``: a name with a lower-case head, a name, or a head."""
    name_from = _suffix_start(head, _NAME_RUN)
    # _SUBJ_HEAD and _SUBJ_BARE_HEAD end in a lower-case head word: most heads do not
    ends_in_head = _ends_in_lowhead(head)
    for pattern in (_SUBJ_HEAD, _SUBJ_NAME, _SUBJ_BARE_HEAD):
        if pattern is _SUBJ_BARE_HEAD:
            m = _search_suffix(pattern, head, _BARE_HEAD_WORDS, 1) if ends_in_head else None
        elif pattern is _SUBJ_HEAD and not ends_in_head:
            m = None
        else:
            m = pattern.search(head, name_from)
        if m is None or _starts_quote_tail(head, m.start("name")):
            continue
        start = m.start("name")
        if pattern is _SUBJ_NAME:
            located = _search_suffix(_LOCATED_HEAD, head[:start], _LOCATED_WORDS)
            if located:
                start = located.start("np")
        return start, m.end("name"), head[start : m.end("name")], False
    return None


# The subject patterns end in ``$``, so ``search`` over a window tries every start position and
# each attempt may run to the end: time quadratic in the window (and _TAIL tries its twenty
# words at every word). A match can only start inside the suffix that its characters, or its
# few words, can cover, so the searches above start there. ``search(text, pos)`` still sees the
# text before ``pos`` for ``\b``, look-behinds and ``^`` (which matches only at the real start),
# so the leftmost match found is the one a search from 0 finds. The suffixes are found with
# these patterns matched against the reversed text:
#: what a ``_TAIL`` match can cover: spaces and commas, then only words and spaces;
_TAIL_RUN = re.compile(r"[\w\s]*[\s,]*")
#: what it covers when it holds no word: the spaces and commas right before the verb;
_SPACE_RUN = re.compile(r"[\s,]*")
#: what a name can cover (``_SUBJ_NAME``, ``_SUBJ_HEAD``): name characters and spaces.
_NAME_RUN = re.compile(r"[\w'’.&\s-]*")
#: The last word of every phrase ``_TAIL`` takes ("reportedly", "in a statement", "on May 3");
#: "on Monday" ends in any word, so the word before the last is tested against ``_ON``.
_TAIL_LAST = re.compile(rf"(?i:{_TAIL_WORDS}|statement|\w+ly|\d+)")
_ON = re.compile(r"(?i:on)")
_NON_WORD = re.compile(r"\W")


def _tail_from(before: str) -> int:
    """Where a ``_TAIL`` match (auxiliaries and adverbs before a verb) can start in ``before``.

    Usually the last word is the subject's ("the ministry said"), and the tail is just the
    spaces and commas after it; otherwise the tail lies in the words after the last comma.
    """
    # The tail's words are whole \w-runs (``\b`` before, a space or the end after): the last
    # one, or "on" before it, is what follows any comma or quote in the last two words.
    words = [_NON_WORD.split(w)[-1] for w in before.rsplit(None, 2)[-2:]]
    if words and (_TAIL_LAST.fullmatch(words[-1])
                  or (len(words) == 2 and _ON.fullmatch(words[0]))):
        return _suffix_start(before, _TAIL_RUN)
    return _suffix_start(before, _SPACE_RUN)


def _last_words(n: int) -> re.Pattern[str]:
    """The suffix, read backwards, that holds the last ``n`` words however they are spaced."""
    return re.compile(rf"\s*(?:\S+\s+){{0,{n - 1}}}\S*")


def _most_words(phrases: Sequence[str]) -> int:
    return max(len(p.split()) for p in phrases)


#: A pronoun or "the ministry" (``_SUBJ_ANAPHOR``, after one character before it).
_ANAPHOR_WORDS = _last_words(_most_words(cues.ANAPHORS_PERSON + cues.ANAPHORS_ANY))
#: "the", up to three words and a head (``_SUBJ_DEFINITE``, after one character before it).
_DEFINITE_WORDS = _last_words(4 + _most_words(cues.ORG_WORDS + cues.PERSON_TITLES))
#: Up to two words and a head (``_SUBJ_BARE_HEAD``, after one character before it).
_BARE_HEAD_WORDS = _last_words(3)
#: An article, up to three words and a preposition (``_LOCATED_HEAD``).
_LOCATED_WORDS = _last_words(5)


def _suffix_start(text: str, run: re.Pattern[str]) -> int:
    """Where the longest suffix of ``text`` that ``run`` matches, read backwards, begins."""
    m = run.match(text[::-1])
    return len(text) - (m.end() if m else 0)


def _search_suffix(
    pattern: re.Pattern[str], text: str, run: re.Pattern[str], lead: int = 0
) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern anchored at the end whose match lies in the
    suffix that ``run`` covers, after ``lead`` characters of context ("[\\s,(]the ministry")."""
    return pattern.search(text, max(0, _suffix_start(text, run) - lead))


def _search_appositive(head: str) -> re.Match[str] | None:
    """``_APPOSITIVE.search(head)``, tried only where it can match: the last comma but one.

    The appositive ends at the last comma (only spaces follow it) and, holding no comma, starts
    at the comma before.
    """
    return _APPOSITIVE.search(head, max(0, head.rfind(",", 0, head.rfind(","))))


def _ends_in_lowhead(head: str) -> bool:
    """Whether ``head`` ends in a lower-case head word, alone or right after a comma, as
    ``_SUBJ_HEAD`` and ``_SUBJ_BARE_HEAD`` require (a cheap test that rules both out)."""
    words = head.rsplit(None, 1)
    return bool(words) and words[-1].rpartition(",")[2] in _LOWHEAD_SET


def _starts_quote_tail(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside an open quotation (a name there is quoted, not a speaker)."""
    opens = sum(text[:pos].count(c) for c in "“«") + text[:pos].count('"')
    closes = sum(text[:pos].count(c) for c in "”»")
    return (opens - closes) % 2 == 1 if '"' in text[:pos] else opens > closes


def _subject_after(text: str, verb: re.Match[str]) -> tuple[int, int, str, bool] | None:
    """Inverted attribution: ', said the ministry.' or ', says Ukraine.'"""
    if verb.group(0) not in _INVERTIBLE or text[: verb.start()].rstrip()[-1:] not in _LEAD_MARKS:
        return None
    m = _AFTER_NAME.match(text, verb.end())
    if m is None:
        return None
    name = m.group("name")
    return m.start("name"), m.end("name"), name, _is_anaphor(name)


def _is_anaphor(name: str) -> bool:
    """A lower-case subject that points back ("the ministry") rather than describing."""
    if any(ch.isupper() for ch in name):
        return False
    words = _ARTICLE.sub("", name.lower()).split()
    phrase = "the " + " ".join(words)
    return phrase in cues.ANAPHORS_ANY or phrase in cues.ANAPHORS_PERSON or len(words) <= 2


def _prefer_cited(found: list[Attribution]) -> list[Attribution]:
    """Drop a news outlet's own attribution when it cites its source ("The Post, citing X")."""
    citing = [a for a in found if a.verb == "citing"]
    if not citing:
        return found
    out = []
    for a in found:
        if a.verb != "citing" and _MEDIA.search(a.name) and any(
            0 <= c.verb_start - a.end < 40 or 0 <= a.verb_start - c.end < 60 for c in citing
        ):
            continue
        if a.verb == "citing" and not any(
            _MEDIA.search(b.name) for b in found if b is not a and b.verb != "citing"
        ):
            continue
        out.append(a)
    return out


# Sentence adverbs that open a sentence before its subject ("Earlier, the ministry said ...",
# "Раніше ГУР повідомило ...") and are no part of the claimant's name.
_LEAD_ADVERB = re.compile(
    r"^(?:earlier|meanwhile|also|later|however|separately|previously|раніше|також|тим\s+часом|"
    r"нагадаємо|водночас|ранее|также|между\s+тем|кроме\s+того)\b[,\s]*",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def _clean(name: str) -> str:
    """Trim articles, possessors, sentence adverbs and person titles from a claimant name.

    Cached: the same few names come back for every mention that a sentence and its neighbours
    hold, and the result depends on the name alone.
    """
    name = " ".join(name.split())
    name = _LEAD_ADVERB.sub("", name)
    name = _ARTICLE.sub("", name)
    owned = _POSSESSOR.sub("", name)
    if owned != name and owned[:1].isupper() and not _ORG.search(owned):
        name = owned
    if not _ORG.search(name):
        titled = _TITLE.match(name)
        if titled and re.match(r"[A-Z]", name[titled.end() :]):
            name = name[titled.end() :]
    return name.strip(" ,.;:")


def _is_person(name: str, earlier: Sequence[str]) -> bool:
    """A name without organisation words, of two words or the surname of an earlier name."""
    if _ORG.search(name) or not name[:1].isupper():
        return False
    return len(name.split()) >= 2 or any(
        e != name and e.endswith(" " + name) for e in earlier
    )


def _resolve(anaphor: str, earlier: list[Attribution]) -> str:
    """The most recent named claimant that an anaphor can point to ('' if none)."""
    wants_person = anaphor.lower() in cues.ANAPHORS_PERSON
    named = [a for a in earlier if not a.anaphoric]
    names = [_clean(a.name) for a in named]
    for name in reversed(names):
        if not wants_person or _is_person(name, names):
            return name
    if names:
        return names[-1]
    # A description with no antecedent ("the army") names itself; a bare pronoun names no one.
    return "" if anaphor.lower() in _PRONOUNS else _clean(anaphor)


def find_claimant(
    body: str,
    sentence: tuple[int, int],
    mention: tuple[int, int],
    *,
    prev_sentences: Sequence[tuple[int, int]] = (),
) -> str:
    """Name who makes the claim about the place at ``mention``, as written; '' when no one.

    ``prev_sentences`` (spans, oldest first) are searched for the antecedent of "he", "the
    ministry" and the like.

    >>> text = "Drones hit Alpha overnight, the Ukrainian Air Force said."
    >>> find_claimant(text, (0, len(text)), (11, 16))
    'Ukrainian Air Force'
    """
    check_span(body, sentence, "sentence")
    check_span(body, mention, "mention")
    if not (sentence[0] <= mention[0] and mention[1] <= sentence[1]):
        raise SpanError(f"mention {mention!r} is not inside sentence {sentence!r}")
    if sentence[1] - sentence[0] > _LONG:
        # a run-on "sentence" (a table, a list without stops): read around the mention only
        sentence = (max(sentence[0], mention[0] - _LONG // 2),
                    min(sentence[1], mention[1] + _LONG // 2))
    here = _cached_attributions(body, sentence)
    prev = [(max(a, b - _LONG), b) for a, b in prev_sentences]
    for span in prev:
        check_span(body, span, "sentence")
    if not here:
        return _from_quote_context(body, sentence, prev)
    best = _governing(body, here, mention)
    if best.anaphoric:
        before_here = [a for a in here if a.end <= best.start]
        return _resolve(best.name, _earlier(body, prev) + before_here)
    return _clean(best.name)


def _earlier(body: str, prev: Sequence[tuple[int, int]]) -> list[Attribution]:
    """The attributions of the (checked) previous sentences, oldest first.

    Read only when an anaphor or a quote needs an antecedent: most mentions have a named
    claimant in their own sentence.
    """
    earlier: list[Attribution] = []
    for span in prev:
        earlier.extend(_cached_attributions(body, span))
    return earlier


_CLAUSE_CUT = re.compile(r";|\s(?:while|whereas|but|although|though)\s|\s[—–]\s")
#: Sentences longer than this are read in a window of this size around the mention.
_LONG = 2000


def _governing(body: str, here: Sequence[Attribution], mention: tuple[int, int]) -> Attribution:
    """The attribution that governs a mention: the nearest one before it in its clause
    ("X said ... mention"), else the nearest after it ("mention ..., X said"), else the nearest.
    """
    def same_clause(a: int, b: int) -> bool:
        return _CLAUSE_CUT.search(body, a, b) is None

    before = [a for a in here if a.verb_start < mention[0] and same_clause(a.verb_start,
                                                                             mention[0])]
    if before:
        return max(before, key=lambda a: a.verb_start)
    after = [a for a in here if min(a.start, a.verb_start) >= mention[1]
             and same_clause(mention[1], min(a.start, a.verb_start))]
    if after:
        return min(after, key=lambda a: min(a.start, a.verb_start))
    return min(here, key=lambda a: _distance(a, mention))


def _distance(a: Attribution, mention: tuple[int, int]) -> int:
    lo, hi = min(a.start, a.verb_start), max(a.end, a.verb_start)
    if mention[0] >= hi:
        return mention[0] - hi
    if mention[1] <= lo:
        return lo - mention[1]
    return 0


def _from_quote_context(
    body: str, sentence: tuple[int, int], prev: Sequence[tuple[int, int]]
) -> str:
    """A quoted sentence without its own attribution: use the quote before or after it."""
    text = body[sentence[0] : sentence[1]]
    if not text or text[0] not in _QUOTE_CHARS:
        return ""
    earlier = _earlier(body, prev)
    if earlier:
        last = earlier[-1]
        if any(c in body[last.start - 200 if last.start > 200 else 0 : last.end + 200]
               for c in _QUOTE_CHARS):
            return _resolve(last.name, earlier) if last.anaphoric else _clean(last.name)
    following = split_sentences(body[sentence[1] : sentence[1] + 600])
    if following:
        a, b = following[0]
        nxt = _cached_attributions(body, (sentence[1] + a, sentence[1] + b))
        named = [x for x in nxt if not x.anaphoric]
        if named:
            return _clean(named[0].name)
        if nxt:
            return _resolve(nxt[0].name, earlier)
    return ""


_DENY = re.compile(rf"\b(?i:{_alt(cues.DENY_WORDS)})\b")
_FALSITY = re.compile(rf"\b(?i:{_alt(cues.FALSITY_WORDS)})\b")
_CONFIRM = re.compile(rf"\b(?i:{_alt(cues.CONFIRM_WORDS)})\b")
_CONFIRM_NEG = re.compile(rf"\b(?i:{_alt(cues.CONFIRM_NEGATORS)})\s+(?:\w+\s+)?$|n['’]t\s+$")
_OWN_VOICE_CONFIRM = re.compile(r"\b(?i:we|i)\s+(?:(?i:can|could|now|hereby)\s+)*"
                                r"(?i:confirm|acknowledge|admit)\b")
_CYR_DENY = tuple(cues.CYR_DENY)
_CYR_CONFIRM = tuple(cues.CYR_CONFIRM)
_CYR_NOT = re.compile(r"(?<![\w])(?i:не|ні|нет)\s+(?:\w+\s+)?$")
_QUOTED_TEXT = re.compile(r"[\"“‘'«]([^\"”’'»]{3,})[\"”’'»]")


def find_stance(
    body: str, sentence: tuple[int, int], mention: tuple[int, int], claimant: str
) -> Stance:
    """How ``claimant`` holds the claim in this sentence: denied, confirmed or (default) alleged.

    Denied when the claimant's own attribution verb denies ("X denied", "X rejected the
    claims") or when its quoted words call the claim untrue ("lies", "not true", "never");
    confirmed when its verb confirms or admits, or it speaks as "we can confirm", and that is
    not negated ("could not confirm"). Anything else is alleged.

    >>> text = "Officials in Alpha denied that drones flew from there, the ministry said."
    >>> find_stance(text, (0, len(text)), (13, 18), "ministry")
    <Stance.ALLEGED: 'alleged'>
    """
    check_span(body, sentence, "sentence")
    check_span(body, mention, "mention")
    text = body[sentence[0] : sentence[1]]
    own = [a for a in _cached_attributions(body, sentence) if _same_speaker(a, claimant)]
    for a in own:
        stance = _verb_stance(a.verb)
        if stance is None:  # "said": whether it is negated does not matter
            continue
        verb_at = a.verb_start - sentence[0]
        if _CONFIRM_NEG.search(text[max(0, verb_at - 30) : verb_at]):
            continue
        if _CYR_NOT.search(text[max(0, verb_at - 12) : verb_at]):
            continue
        return stance
    if own:
        return _quoted_stance(text)
    return Stance.ALLEGED


@functools.lru_cache(maxsize=1024)
def _verb_stance(verb: str) -> Stance | None:
    """The stance an attribution verb states unless negated: denied, confirmed or none."""
    folded = verb.casefold()
    if _DENY.fullmatch(verb) or folded.startswith(_CYR_DENY):
        return Stance.DENIED
    if _CONFIRM.fullmatch(verb) or folded.startswith(_CYR_CONFIRM):
        return Stance.CONFIRMED
    return None


@functools.lru_cache(maxsize=256)
def _quoted_stance(text: str) -> Stance:
    """The stance of a sentence's quoted words: "we can confirm", "lies", else alleged.

    Cached on the sentence text: find_stance reads it once for each mention the sentence holds.
    """
    quoted = " ".join(m.group(1) for m in _QUOTED_TEXT.finditer(text))
    if _OWN_VOICE_CONFIRM.search(quoted):
        return Stance.CONFIRMED
    if _FALSITY.search(quoted):
        return Stance.DENIED
    return Stance.ALLEGED


def _same_speaker(a: Attribution, claimant: str) -> bool:
    """Whether an attribution in the sentence is the claimant's (by name, or an anaphor)."""
    if a.anaphoric:
        return True
    name = _clean(a.name)
    return bool(claimant) and (name == claimant or claimant in name or name in claimant)
