"""Cyrillic <-> Latin transliteration for Ukrainian, Russian and Belarusian place names.

Three systems, each defined per language:

``national``
    Ukrainian: the official 2010 table (Cabinet of Ministers resolution 55), with its
    word-initial forms ``ye yi y yu ya`` for є ї й ю я and ``zgh`` for зг. Russian: there is no
    system English-language news follows to the letter; we use the one most wire services and
    Wikipedia use, i.e. BGN/PCGN with the marks dropped: ``ye`` for е at the start of a word and
    after a vowel or soft/hard sign, ``yo`` for ё, ``y`` for й and ы, ``kh ts zh``, soft and hard
    signs dropped, and a word-final -ий/-ый written ``y`` (Нижний -> Nizhny). A Cyrillic word
    whose letters fit both Ukrainian and Russian (Джанкой) is read as Ukrainian, the language most
    names in our reports are written in, so Джанкой -> ``Dzhankoi``, the spelling English news
    uses. Belarusian: the 2007 national romanisation used on road signs (ž š č ŭ, ie/je, ĺ ń ś ć ź).
``bgn``
    BGN/PCGN for each language (Ukrainian 1965, Russian 1947, Belarusian 1979), with ASCII ``'``
    for the soft sign and ``"`` for the hard sign or apostrophe.
``scholarly``
    The scientific transliteration (ISO/R 9:1968 style): ž š č šč c j ja ju je ji, х as ``ch``,
    soft sign ``ʹ``.

Characters that are not Cyrillic pass through unchanged. Upper/lower case is kept per word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from gazetteer.errors import InvalidQueryError

SYSTEMS: tuple[str, ...] = ("national", "bgn", "scholarly")
LANGUAGES: tuple[str, ...] = ("uk", "ru", "be")

_CYR_RANGE = "\u0400-\u04ff"
_APOS = "'\u2019\u02bc`"
#: A Cyrillic word: letters, with apostrophes allowed between letters (м'ясо, Знам'янка).
_WORD_RE = re.compile(f"[{_CYR_RANGE}](?:[{_CYR_RANGE}]|[{_APOS}](?=[{_CYR_RANGE}]))*")
_HAS_CYR_RE = re.compile(f"[{_CYR_RANGE}]")

_VOWELS = "аеёиоуыэюяіїє"

# Letters that decide the language (see detect_language).
_UK_ONLY = frozenset("іїєґ")
_RU_MARKS = frozenset("ыэъё")
_BE_WITH_I = frozenset("ыэё")
_NOT_UK = frozenset("ыэъёў")
_NOT_RU = frozenset("іїєґў")
_NOT_BE = frozenset("ищъїє")

# Letters spelled the same in every system and language.
_COMMON = dict(zip("абвдзклмнопрстуф", "abvdzklmnoprstuf", strict=True))
# Cyrillic letters of other languages, so that no Cyrillic survives transliteration.
_EXTRA = {
    "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dzh", "ѓ": "g", "ќ": "k",
    "ѕ": "dz", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "ѣ": "e", "ѳ": "f", "ѵ": "i", "ӏ": "",
}
# Letters a language does not have, written as its neighbours would write them, so that a word
# forced into the wrong language (lang="uk" on a Russian word) still comes out Latin.
_FOREIGN_ASCII = {
    "ы": "y", "э": "e", "ъ": "", "ё": "io", "ў": "u", "і": "i", "ї": "i", "є": "ie", "ґ": "g",
    "и": "y", "щ": "shch", "ь": "",
}
_FOREIGN_SCHOLARLY = {
    "ы": "y", "э": "è", "ъ": "ʺ", "ё": "ë", "ў": "ŭ", "і": "i", "ї": "ji", "є": "je", "ґ": "g",
    "и": "y", "щ": "šč", "ь": "ʹ",
}


@dataclass(frozen=True, slots=True)
class _Scheme:
    """One (language, system) table: context rules as regex substitutions, then a translate."""

    table: dict[int, str]
    subs: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]

    def apply(self, word: str) -> str:
        """Transliterate one lower-case Cyrillic word."""
        for pattern, repl in self.subs:
            word = pattern.sub(repl, word)
        return word.translate(self.table)


def _table(letters: dict[str, str], apostrophe: str, foreign: dict[str, str]) -> dict[int, str]:
    merged: dict[str, str] = {**_EXTRA, **foreign, **_COMMON, **letters}
    for apo in _APOS:
        merged[apo] = apostrophe
    return str.maketrans(merged)


def _lookup(mapping: dict[str, str]) -> Callable[[re.Match[str]], str]:
    return lambda m: mapping[m.group()]


_AFTER_VOWEL = f"(?:^|(?<=[{_VOWELS}ъь{_APOS}]))"
_BE_AFTER_VOWEL = f"(?:^|(?<=[{_VOWELS}ўь{_APOS}]))"


# зг is written zgh so that it is not read as ж (Згурівка -> Zghurivka, not Zhurivka).
_ZGH: tuple[re.Pattern[str], str] = (re.compile("зг"), "zgh")


def _build_schemes() -> dict[tuple[str, str], _Scheme]:
    uk_national = _Scheme(
        _table(
            {"г": "h", "ґ": "g", "е": "e", "є": "ie", "ж": "zh", "и": "y", "і": "i", "ї": "i",
             "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
             "ю": "iu", "я": "ia"},
            "", _FOREIGN_ASCII,
        ),
        (
            # The 2010 table writes є ї й ю я differently at the start of a word.
            (re.compile("^[єїйюя]"),
             _lookup({"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"})),
            _ZGH,
        ),
    )
    uk_bgn = _Scheme(
        _table(
            {"г": "h", "ґ": "g", "е": "e", "є": "ye", "ж": "zh", "и": "y", "і": "i", "ї": "yi",
             "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "'",
             "ю": "yu", "я": "ya"},
            '"', _FOREIGN_ASCII,
        ),
        # BGN marks this pair with a middle dot (z·h); we write zgh so it cannot read as ж.
        (_ZGH,),
    )
    uk_scholarly = _Scheme(
        _table(
            {"г": "h", "ґ": "g", "е": "e", "є": "je", "ж": "ž", "и": "y", "і": "i", "ї": "ji",
             "й": "j", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ь": "ʹ",
             "ю": "ju", "я": "ja"},
            "ʼ", _FOREIGN_SCHOLARLY,
        ),
        (),
    )
    ru_letters = {"г": "g", "е": "e", "ж": "zh", "и": "i", "й": "y", "х": "kh", "ц": "ts",
                  "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya"}
    ru_national = _Scheme(
        _table({**ru_letters, "ё": "yo", "ъ": "", "ь": ""}, "", _FOREIGN_ASCII),
        (
            # News spelling: Нижний -> Nizhny, Красный -> Krasny.
            (re.compile("(?<=[^аеёиоуыэюяіїє])[иы]й$"), "y"),
            (re.compile(f"{_AFTER_VOWEL}е|(?<=й)е"), "ye"),
            (re.compile("(?<=[жчшщ])ё"), "o"),
        ),
    )
    ru_bgn = _Scheme(
        _table({**ru_letters, "ё": "ë", "ъ": '"', "ь": "'"}, '"', _FOREIGN_ASCII),
        (
            (re.compile(f"{_AFTER_VOWEL}е|(?<=й)е"), "ye"),
            (re.compile(f"{_AFTER_VOWEL}ё|(?<=й)ё"), "yë"),
        ),
    )
    ru_scholarly = _Scheme(
        _table(
            {"г": "g", "е": "e", "ё": "ë", "ж": "ž", "и": "i", "й": "j", "х": "ch", "ц": "c",
             "ч": "č", "ш": "š", "щ": "šč", "ъ": "ʺ", "ы": "y", "ь": "ʹ", "э": "è", "ю": "ju",
             "я": "ja"},
            "ʼ", _FOREIGN_SCHOLARLY,
        ),
        (),
    )
    be_national = _Scheme(
        _table(
            {"г": "h", "ґ": "g", "е": "ie", "ё": "io", "ж": "ž", "і": "i", "й": "j", "х": "ch",
             "ц": "c", "ч": "č", "ш": "š", "ў": "ŭ", "ы": "y", "ь": "", "э": "e", "ю": "iu",
             "я": "ia", "и": "i", "щ": "šč", "ъ": ""},
            "", _FOREIGN_SCHOLARLY,
        ),
        (
            # A soft sign merges into the consonant before it: ль -> ĺ.
            (re.compile("[злнсц]ь"),
             _lookup({"зь": "ź", "ль": "ĺ", "нь": "ń", "сь": "ś", "ць": "ć"})),
            (re.compile(f"{_BE_AFTER_VOWEL}[еёюя]"),
             _lookup({"е": "je", "ё": "jo", "ю": "ju", "я": "ja"})),
        ),
    )
    be_bgn = _Scheme(
        _table(
            {"г": "h", "ґ": "g", "е": "ye", "ё": "yo", "ж": "zh", "і": "i", "й": "y",
             "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ў": "w", "ы": "y", "ь": "'", "э": "e",
             "ю": "yu", "я": "ya"},
            '"', _FOREIGN_ASCII,
        ),
        (),
    )
    be_scholarly = _Scheme(
        _table(
            {"г": "h", "ґ": "g", "е": "e", "ё": "ë", "ж": "ž", "і": "i", "й": "j", "х": "ch",
             "ц": "c", "ч": "č", "ш": "š", "ў": "ŭ", "ы": "y", "ь": "ʹ", "э": "è", "ю": "ju",
             "я": "ja"},
            "ʼ", _FOREIGN_SCHOLARLY,
        ),
        (),
    )
    return {
        ("uk", "national"): uk_national, ("uk", "bgn"): uk_bgn, ("uk", "scholarly"): uk_scholarly,
        ("ru", "national"): ru_national, ("ru", "bgn"): ru_bgn, ("ru", "scholarly"): ru_scholarly,
        ("be", "national"): be_national, ("be", "bgn"): be_bgn, ("be", "scholarly"): be_scholarly,
    }


_SCHEMES = _build_schemes()
_NATIONAL = {lang: _SCHEMES[(lang, "national")] for lang in LANGUAGES}


def has_cyrillic(text: str) -> bool:
    """True when ``text`` holds at least one Cyrillic character."""
    # isascii() is a flag lookup: most text callers see is ASCII and skips the scan
    return not text.isascii() and _HAS_CYR_RE.search(text) is not None


def detect_language(word: str) -> str | None:
    """Guess "uk", "ru" or "be" for a Cyrillic word from the letters only that language uses.

    ў, or і together with ы/э/ё, means Belarusian; і ї є ґ mean Ukrainian; ы э ъ ё mean Russian.
    A word without such letters (Гомель, Москва) and a word with no Cyrillic give None.

    >>> detect_language("Київ"), detect_language("Гомель"), detect_language("Магілёў")
    ('uk', None, 'be')
    """
    letters = set(word.lower())
    if "ў" in letters:
        return "be"
    if "і" in letters and letters & _BE_WITH_I:
        return "be"
    if letters & _UK_ONLY:
        return "uk"
    if letters & _RU_MARKS:
        return "ru"
    return None


def possible_languages(text: str) -> tuple[str, ...]:
    """The languages whose alphabet holds every Cyrillic letter of ``text``, in uk, ru, be order.

    Empty for text without Cyrillic, and for a mix no single alphabet covers.
    """
    if not has_cyrillic(text):
        return ()
    letters = set(text.lower())
    out = []
    if not letters & _NOT_UK:
        out.append("uk")
    if not letters & _NOT_RU:
        out.append("ru")
    if not letters & _NOT_BE:
        out.append("be")
    return tuple(out)


def _recase(original: str, latin: str) -> str:
    if not latin or original.islower():
        return latin
    if original.isupper() and len(original) > 1:
        return latin.upper()
    if original[0].isupper():
        return latin[0].upper() + latin[1:]
    return latin


def _check(system: str, lang: str | None) -> None:
    if system not in SYSTEMS:
        raise InvalidQueryError(
            f"unknown transliteration system {system!r}; use one of {', '.join(SYSTEMS)}"
        )
    if lang is not None and lang not in LANGUAGES:
        raise InvalidQueryError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")


def to_latin(text: str, system: str = "national", lang: str | None = None) -> str:
    """Write the Cyrillic words of ``text`` in Latin letters with one ``system``.

    ``lang`` None reads each word's language from its letters; a word that could be any of them
    takes the language detected for the whole text, else Ukrainian.

    >>> to_latin("Київ"), to_latin("Київ", "bgn"), to_latin("Київ", "scholarly")
    ('Kyiv', 'Kyyiv', 'Kyjiv')
    """
    _check(system, lang)
    if not has_cyrillic(text):
        return text
    fallback = lang or detect_language(text) or "uk"

    def word(m: re.Match[str]) -> str:
        original = m.group()
        low = original.lower()
        scheme = _SCHEMES[(lang or detect_language(low) or fallback, system)]
        return _recase(original, scheme.apply(low))

    return _WORD_RE.sub(word, text)


def lower_to_latin(text: str) -> str:
    """``to_latin(text, "national")`` for text already in lower case (the hot path of keys)."""
    fallback = detect_language(text) or "uk"
    schemes = _NATIONAL

    def word(m: re.Match[str]) -> str:
        low = m.group()
        return schemes[detect_language(low) or fallback].apply(low)

    return _WORD_RE.sub(word, text)


def latin_variants(text: str) -> set[str]:
    """Every distinct Latin spelling of ``text`` over all systems and the languages it may be in.

    A word whose letters fix the language (Київ) is spelled in that language only; an ambiguous
    one (Гомель) in each language whose alphabet fits. Empty for text without Cyrillic.
    """
    if not has_cyrillic(text):
        return set()
    detected = detect_language(text)
    langs: tuple[str | None, ...] = (
        (detected,) if detected is not None else possible_languages(text) or (None,)
    )
    return {to_latin(text, system, lang) for lang in langs for system in SYSTEMS}


# --- Latin -> Cyrillic -----------------------------------------------------------------------

_LAT_VOWELS = frozenset("aeiouy")
_LAT_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f]|['\u2019\u02bc](?=\w))*")
_LAT_SINGLE = {
    "a": "а", "b": "б", "v": "в", "d": "д", "z": "з", "k": "к", "l": "л", "m": "м", "n": "н",
    "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "w": "в", "q": "к",
    "c": "ц", "ž": "ж", "š": "ш", "č": "ч", "ŭ": "ў", "ï": "ї", "ë": "ё", "è": "е",
}
_DIGRAPHS = {"shch": "щ", "šč": "щ", "zh": "ж", "kh": "х", "ts": "ц", "ch": "ч", "sh": "ш"}
_SOFT_VOWEL = {"e": 0, "i": 1, "u": 2, "a": 3, "o": 4}
_SOFT = {
    "uk": ("є", "ї", "ю", "я", "йо"),
    "ru": ("е", "и", "ю", "я", "ё"),
    "be": ("е", "і", "ю", "я", "ё"),
}


def _word_to_cyrillic(word: str, lang: str) -> str:
    out: list[str] = []
    i, n = 0, len(word)
    soft = _SOFT[lang]
    while i < n:
        ch = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        prev = word[i - 1] if i else ""
        after_vowel = prev in _LAT_VOWELS
        if lang == "uk" and word.startswith("zgh", i):
            out.append("зг")
            i += 3
            continue
        for digraph, cyr in _DIGRAPHS.items():
            if word.startswith(digraph, i):
                if lang == "be" and digraph == "ch":
                    cyr = "ч"
                out.append(cyr)
                i += len(digraph)
                break
        else:
            step = 1
            if ch in "yj":
                softens = nxt in _SOFT_VOWEL and (nxt != "i" or i == 0 or after_vowel)
                if softens and nxt != "o" or ch == "j" and nxt in _SOFT_VOWEL or (
                    nxt == "o" and (i == 0 or after_vowel or lang != "uk")
                ):
                    out.append(soft[_SOFT_VOWEL[nxt]])
                    step = 2
                elif i == 0 or after_vowel or ch == "j":
                    out.append("й")
                elif lang == "ru" and i == n - 1:
                    out.append("ий" if prev in "kgh" else "ый")
                elif lang == "uk":
                    out.append("и")
                else:
                    out.append("ы")
            elif ch == "i":
                soft_pair = nxt in ("e", "u", "a") and lang != "ru" or nxt == "o" and lang == "be"
                if i > 0 and soft_pair:
                    out.append(soft[_SOFT_VOWEL[nxt]])
                    step = 2
                elif lang == "uk" and after_vowel:
                    # ї before в/н (Київ, Україна), й elsewhere (Джанкой, Гайсин)
                    out.append("ї" if nxt in ("v", "n") else "й")
                elif after_vowel and i == n - 1:
                    out.append("й")
                elif lang == "ru":
                    out.append("и")
                else:
                    out.append("і")
            elif ch == "e":
                if lang == "be" or lang == "ru" and (i == 0 or after_vowel):
                    out.append("э")
                else:
                    out.append("е")
            elif ch == "h":
                out.append("х" if lang == "ru" else "г")
            elif ch == "g":
                out.append("ґ" if lang == "uk" else "г")
            elif ch == "x":
                out.append("кс")
            elif ch in "'\u2019\u02bc":
                out.append("ʼ" if nxt in _LAT_VOWELS else "ь")
            elif ch in "źĺńść":
                out.append({"ź": "зь", "ĺ": "ль", "ń": "нь", "ś": "сь", "ć": "ць"}[ch])
            else:
                out.append(_LAT_SINGLE.get(ch, ch))
            i += step
    return "".join(out)


def to_cyrillic(text: str, lang: str = "uk") -> str:
    """Best-effort Latin -> Cyrillic, the inverse of the ``national`` system for ``lang``.

    Exact for Ukrainian words written with the 2010 table up to letters the table merges (ї/й
    after a vowel, ь and the apostrophe, which it drops); approximate otherwise.

    >>> to_cyrillic("Zaporizhzhia"), to_cyrillic("Kyiv")
    ('Запоріжжя', 'Київ')
    """
    _check("national", lang)

    def word(m: re.Match[str]) -> str:
        original = m.group()
        return _recase(original, _word_to_cyrillic(original.lower(), lang))

    return _LAT_WORD_RE.sub(word, text)
