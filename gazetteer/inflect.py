"""Guess the dictionary (nominative) form of an inflected Slavic place name.

News text declines names: "у Києві", "біля Гладківки", "в Джанкое", "near Kharkova" in a
transliterated sentence. The gazetteer holds nominatives, so the caller tries each candidate this
module proposes against the index and keeps those that exist. Over-generating is cheap, missing
the right form is not, so rules are generous and the index does the filtering.

Rules are suffix replacements for Ukrainian, Russian and Belarusian nouns and adjectives, in
Cyrillic and in their common Latin transliterations. A replacement written ``*`` means "the bare
stem", tried both as is (Donetsku -> Donetsk) and with the Ukrainian vowel alternation of a closed
last syllable, о/е -> і and є -> ї (Харкова -> Харків, Києва -> Київ, Рогу -> Ріг).
"""

from __future__ import annotations

import heapq
import itertools
import re
from functools import lru_cache

from gazetteer.normalize import normalize
from gazetteer.translit import has_cyrillic

MAX_CANDIDATES = 12
_PER_WORD = 6

_Rule = tuple[str, tuple[str, ...], str]

# (ending, replacements best first, rule name). All matching rules apply, in table order.
_CYR_NOUN: tuple[_Rule, ...] = (
    ("ці", ("ка", "ця"), "loc/dat -ка/-ця (Гладківці)"),
    ("цы", ("ка", "ца"), "be loc -ка/-ца"),
    ("зі", ("га", "г*"), "loc -га/-г (Празі, Розі)"),
    ("сі", ("ха",), "loc -ха"),
    ("дзе", ("да",), "be loc -да (Лідзе)"),
    ("сце", ("ст",), "be loc -ст (Брэсце)"),
    ("ве", ("ў",), "be loc -ў (Магілёве)"),
    ("кви", ("ковь",), "ru gen/loc -ковь, its o dropped (Церкви)"),
    ("ковью", ("ковь",), "ru ins -ковь (Церковью)"),
    ("ії", ("ія",), "gen -ія (Росії)"),
    ("ією", ("ія",), "ins -ія (Росією)"),
    ("ію", ("ія",), "acc -ія"),
    ("ии", ("ия",), "ru gen/loc -ия (России)"),
    ("ией", ("ия",), "ru ins -ия"),
    ("ию", ("ия",), "ru acc -ия"),
    ("ах", ("и", "ы", "і"), "loc pl (Сумах)"),
    ("ях", ("і", "и"), "loc pl soft"),
    ("ами", ("и", "ы"), "ins pl (Сумами)"),
    ("ями", ("і", "и"), "ins pl soft"),
    ("ам", ("и", "ы"), "dat pl"),
    ("ів", ("и", "і"), "gen pl (Татарбунарів, Чернівців)"),
    ("чей", ("чи",), "ru gen pl -чи (Барановичей, Ляховичей)"),
    ("иц", ("ицы",), "ru gen pl -ицы, no ending (Лельчиц)"),
    ("ою", ("а",), "ins -а (Одесою)"),
    ("ею", ("я", "а"), "ins -я"),
    ("єю", ("я",), "ins -я"),
    ("ой", ("а",), "ru ins -а (Одессой)"),
    ("ей", ("я",), "ru ins -я"),
    ("ові", ("*", "о"), "dat -ові"),
    ("еві", ("ь", "*"), "dat -еві"),
    ("ом", ("*", "о"), "ins -ом (Києвом, Дніпром)"),
    ("ьем", ("ье",), "ru ins neut -ье (Запорожьем)"),
    ("ем", ("ь", "*", "е"), "ins -ем"),
    ("ём", ("ь",), "ru ins -ём"),
    ("і", ("а", "*", "я", "о", "ь"), "loc/dat (Одесі, Києві, Дніпрі)"),
    ("е", ("а", "*", "о", "ь", "я"), "ru loc (Одессе, Киеве)"),
    ("и", ("а", "ь", "я"), "gen -а (Одеси)"),
    ("ы", ("а", "*"), "ru gen -а (Одессы)"),
    ("у", ("а", "*", "о"), "acc -а, gen/dat/loc masc (Донецьку)"),
    ("ью", ("ье",), "ru dat neut -ье (Запорожью)"),
    ("ю", ("я", "ь"), "acc -я, dat masc soft"),
    ("а", ("*", "о", "ь"), "gen masc/neut (Харкова, Дніпра)"),
    ("ья", ("ье",), "ru gen neut -ье (Запорожья)"),
    ("я", ("ь",), "gen masc soft (Гомеля)"),
)
_CYR_ADJ: tuple[_Rule, ...] = (
    ("ьому", ("ій",), "adj loc/dat soft"),
    ("ього", ("ій",), "adj gen soft"),
    ("ому", ("ий", "е", "ый", "ое", "ой"), "adj loc/dat masc (Залізному)"),
    ("ого", ("ий", "е", "ый", "ое", "ой"), "adj gen masc (Кривого)"),
    ("ему", ("ий", "ее"), "adj dat soft"),
    ("его", ("ий", "ее"), "adj gen soft"),
    ("ими", ("і", "ие"), "adj ins pl"),
    ("ыми", ("ые",), "adj ins pl"),
    ("ім", ("ий", "е"), "adj loc masc"),
    ("ом", ("ый", "ий", "ой", "ое"), "ru adj loc masc (Красном)"),
    ("ым", ("ый", "ы"), "adj ins masc"),
    ("им", ("ий", "і", "ие"), "adj ins masc"),
    ("ої", ("а",), "adj gen fem (Нової)"),
    ("ій", ("а", "я"), "adj loc/dat fem (Білій)"),
    ("ою", ("а",), "adj ins fem"),
    ("ую", ("ая",), "ru adj acc fem"),
    ("ой", ("ая", "ый"), "ru adj fem (Новой)"),
    ("ей", ("яя",), "ru adj fem soft"),
    ("ай", ("ая",), "be adj fem"),
    ("ага", ("ы", "ае"), "be adj gen masc"),
    ("аму", ("ы", "ае"), "be adj dat masc"),
    ("их", ("і", "ие"), "adj pl"),
    ("ых", ("ые",), "ru adj pl"),
    # (a soft stem's plural: Горішні Плавні, "у Горішніх Плавнях", "Горішнім Плавням")
    ("іх", ("і",), "adj pl soft (Горішніх)"),
    ("іми", ("і",), "adj ins pl soft"),
    ("ім", ("і",), "adj dat pl soft"),
    ("у", ("а",), "adj acc fem (Білу)"),
    # a Ukrainian adjectival name in its Russian spelling (Степное for Степне)
    ("ское", ("ське",), "ru neut adj, uk -ське (Приморское)"),
    ("цкое", ("цьке",), "ru neut adj, uk -цьке"),
    ("ое", ("е",), "ru neut adj, uk -е (Степное)"),
)
_LAT_NOUN: tuple[_Rule, ...] = (
    ("tsi", ("ka", "tsia", "tsya"), "loc/dat -ka/-tsia (Hladkivtsi)"),
    ("zi", ("ha", "h*", "ga"), "loc -ha/-h (Prazi, Rozi)"),
    ("si", ("kha",), "loc -kha"),
    ("dzie", ("da",), "be loc -da (Lidzie)"),
    ("iieiu", ("iia",), "ins -iia (Rosiieiu)"),
    ("ieiu", ("ia",), "ins -ia"),
    ("iiu", ("iia",), "acc -iia"),
    ("ii", ("iia", "iya", "ia"), "gen -iia/-iya (Rosii, Rossii)"),
    ("iey", ("iya",), "ru ins -iya"),
    ("iyu", ("iya",), "ru acc -iya"),
    ("iakh", ("i",), "loc pl soft"),
    ("yakh", ("i",), "loc pl soft"),
    ("akh", ("y", "i"), "loc pl (Sumakh)"),
    ("amy", ("y",), "ins pl (Sumamy)"),
    ("ami", ("y", "i"), "ins pl"),
    ("am", ("y",), "dat pl"),
    ("oiu", ("a",), "ins -a (Odesoiu)"),
    ("oyu", ("a",), "ins -a"),
    ("eiu", ("ia", "a"), "ins -ia (Vinnytseiu)"),
    ("eyu", ("ya",), "ins -ya"),
    ("oy", ("a",), "ru ins -a (Odessoy)"),
    ("ovi", ("*", "o"), "dat -ovi"),
    ("evi", ("*",), "dat -evi"),
    ("om", ("*", "o"), "ins -om (Kyievom)"),
    ("em", ("*", "e"), "ins -em"),
    ("i", ("a", "*", "ia", "o"), "loc/dat (Odesi, Kyievi, Dnipri)"),
    ("e", ("a", "*", "o", "ya"), "ru loc (Odesse, Kieve)"),
    ("y", ("a", "*"), "gen -a (Odesy)"),
    ("u", ("a", "*", "o"), "acc -a, gen/dat/loc masc (Donetsku)"),
    ("iu", ("ia",), "acc/dat -ia (Zaporizhzhiu)"),
    ("yu", ("ya",), "acc -ya"),
    ("a", ("*", "o"), "gen masc/neut (Kharkova, Dnipra)"),
)
_LAT_ADJ: tuple[_Rule, ...] = (
    ("omu", ("yi", "e", "yy", "iy", "oye"), "adj loc/dat masc (Zaliznomu)"),
    ("oho", ("yi", "e"), "adj gen masc"),
    ("ogo", ("yy", "iy", "oye", "oy"), "ru adj gen masc"),
    ("ovo", ("yy", "iy"), "ru adj gen masc (spoken)"),
    ("emu", ("iy", "ii"), "adj dat soft"),
    ("ego", ("iy",), "adj gen soft"),
    ("ykh", ("i", "ye", "yye"), "adj pl"),
    ("ikh", ("i", "iye"), "adj pl"),
    ("ymy", ("i",), "adj ins pl"),
    ("ym", ("yi", "yy", "y"), "adj ins/loc masc"),
    ("im", ("yi", "i"), "adj loc masc"),
    ("om", ("yy", "iy", "oy", "y"), "ru adj loc masc"),
    ("oiu", ("a",), "adj ins fem"),
    ("oyu", ("aya", "a"), "adj ins fem"),
    ("uiu", ("a",), "adj acc fem"),
    ("uyu", ("aya",), "ru adj acc fem"),
    ("oi", ("a", "aya"), "adj gen/loc fem (Novoi)"),
    ("oy", ("aya", "a"), "ru adj fem (Novoy)"),
    ("oj", ("aja",), "adj fem (scholarly)"),
    ("ii", ("a",), "adj loc/dat fem (Bilii)"),
    ("ey", ("yaya",), "ru adj fem soft"),
    ("u", ("a",), "adj acc fem (Bilu)"),
)

# A stem ending in a vowel followed by a soft ending: Джанкоя, Джанкоє, Dzhankoe, Dzhankoia.
_CYR_J_STEM = re.compile("(?<=[аоеуиыі])(?:я|ю|ї|е|є|єм|ем|ём)$")
_LAT_J_STEM = re.compile("(?<=[aeou])(?:ia|ya|iu|yu|ie|ye|e|iem|yem|em)$")

# Ukrainian alternation in the last closed syllable of a consonant stem.
_CYR_ALT = re.compile("(є|[ое])([^аеєиіїоуюяьыэё]+)$")
_CYR_ALT_MAP = {"є": "ї", "о": "і", "е": "і"}
_LAT_ALT = re.compile("(ie|ye|o|e)([^aeiouy]+)$")
_LAT_ALT_MAP = {"ie": "i", "ye": "yi", "o": "i", "e": "i"}

# A word ending in a hard consonant: a zero-ending genitive plural may be it.
_ZERO_PLURAL = re.compile("[бвгґджзклмнпрстфхцчшщ]$")

_FEM = re.compile("(?:а|я|a|ia|ya|aya|aja)$")
_NEUT = re.compile("(?:о|е|o|e|ое|ее|ае|oye)$")
_PLUR = re.compile("(?:и|ы|і|ие|ые|y|i|ye|iye|yye)$")


def _gender(form: str, adjective: bool) -> str:
    """A coarse grammatical tag ("f", "n", "p", "m") read off a nominative's ending."""
    if _FEM.search(form):
        return "f"
    if _NEUT.search(form):
        return "n"
    if adjective and _PLUR.search(form) and not form.endswith(("yi", "iy", "yy", "ий", "ый", "ій")):
        return "p"
    if not adjective and _PLUR.search(form) and not form.endswith(("ий", "yi", "iy", "yy")):
        return "p"
    return "m"


def _stems(stem: str, cyr: bool, alternate: bool = True) -> list[str]:
    """The stem and its variants; ``alternate=False`` for a Russian ending, after which the
    Ukrainian vowel alternation cannot have happened (Давосе is Давос, never Давіс)."""
    alt_re, alt_map = (_CYR_ALT, _CYR_ALT_MAP) if cyr else (_LAT_ALT, _LAT_ALT_MAP)
    out = [stem]
    m = alt_re.search(stem) if alternate else None
    if m is not None:
        alternated = stem[: m.start()] + alt_map[m.group(1)] + m.group(2)
        # Before a final в the alternation is the rule (Харкова -> Харків, Києва -> Київ);
        # elsewhere it is the exception (Порту -> Порт, but Рогу -> Ріг).
        out.insert(0 if m.group(2) in ("в", "v") else 1, alternated)
    # A fleeting vowel: Городка -> Городок, Кременця -> Кременець.
    if cyr and re.search("[^аеєиіїоуюяьыэё]к$", stem):
        out.append(stem[:-1] + "ок")
    if cyr and re.search("[^аеєиіїоуюяьыэё]ць?$", stem):
        out.append(stem.rstrip("ь")[:-1] + "ець")
    # ... and before a final л or н: Орла -> Орел (Орёл)
    if cyr and re.search("[^аеєиіїоуюяьыэё][лн]$", stem):
        out.append(stem[:-1] + "е" + stem[-1])
    return out


def _word_forms(word: str, adjective: bool) -> list[tuple[str, str, str]]:
    """Nominative guesses for one lower-case word: (form, rule, gender tag), best first."""
    cyr = has_cyrillic(word)
    out: list[tuple[str, str, str]] = []
    front: list[tuple[str, str, str]] = []
    j_stem = (_CYR_J_STEM if cyr else _LAT_J_STEM).search(word)
    if j_stem is not None and not adjective:
        base = word[: j_stem.start()]
        for tail in ("й",) if cyr else ("i", "y"):
            out.append((base + tail, "soft stem -й (Джанкоя)", "m"))
    rules = {
        (True, True): _CYR_ADJ, (True, False): _CYR_NOUN,
        (False, True): _LAT_ADJ, (False, False): _LAT_NOUN,
    }[(cyr, adjective)]
    for ending, replacements, name in rules:
        if not word.endswith(ending):
            continue
        stem = word[: -len(ending)]
        if len(stem) < 2:
            continue
        if name.startswith("ru ") and stem.endswith(("ськ", "цьк", "зьк")):
            # a soft sign before к is Ukrainian spelling, so no Russian ending follows it:
            # "Покровське" is a name (a neuter adjective), not Покровск's locative "Покровске"
            continue
        for repl in replacements:
            if repl.endswith("*"):
                bare = stem + repl[:-1]
                stems = _stems(bare, cyr, alternate=not name.startswith("ru "))
                if stems[0] != bare:  # Києві: the alternated stem (Київ) beats Києва
                    front.append((stems[0], name, "m"))
                    stems = stems[1:]
                out.extend((s, name, "m") for s in stems)
            else:
                form = stem + repl
                out.append((form, name, _gender(form, adjective)))
    if cyr and not adjective and len(word) >= 3 and _ZERO_PLURAL.search(word) \
            and not word.endswith(("ськ", "цьк", "зьк", "ск", "цк")):
        # a town named in the plural has no ending in its genitive: "Сум" (Суми), "Черкасс"
        # (Черкассы), "Прилук"; a fleeting е stands before a final н ("Лубен", Лубни). (A name
        # in -ськ is a town's nominative: "Брянськ" is Bryansk, not a plural's genitive.)
        for tail in ("и", "і", "ы"):
            out.append((word + tail, "gen pl, no ending (Сум)", "p"))
        if re.search("[^аеєиіїоуюяьыэё]ен$", word):
            out.append((word[:-2] + "ни", "gen pl, fleeting е (Лубен)", "p"))
    seen: set[str] = {word}
    unique = []
    for form, rule, tag in front + out:
        if form not in seen:
            seen.add(form)
            unique.append((form, rule, tag))
    return unique


def _recase(original: str, form: str) -> str:
    if original.isupper() and len(original) > 1:
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def nominative_candidates(text: str) -> list[tuple[str, str]]:
    """Candidate dictionary forms of a possibly inflected place name, each with its rule.

    Best first, at most :data:`MAX_CANDIDATES` (twice that for a hyphenated compound, whose
    parts decline separately), never the input itself nor a form with the same
    :func:`~gazetteer.normalize.normalize` key (the caller has tried that key already: Джанкої
    and Джанкой are both ``dzhankoi``). A multi-word name is
    read as adjectives + a final noun and the words are de-inflected together, preferring
    combinations whose genders agree.

    >>> [form for form, _ in nominative_candidates("Києві")][:2]
    ['Київ', 'Києва']
    """
    return list(_nominative_candidates(text))


@lru_cache(maxsize=16384)
def _nominative_candidates(text: str) -> tuple[tuple[str, str], ...]:
    """:func:`nominative_candidates`, remembered: the gazetteer undoes the case of a name for
    each reading of it a report asks for, and a report names its places again and again."""
    return tuple(_nominative_forms(text))


def _nominative_forms(text: str) -> list[tuple[str, str]]:
    words = text.split()
    if not words or len(words) > 4:
        return []
    if len(words) == 1 and "-" in text.strip("-"):
        # a hyphenated compound: its last part declines (Приморсько-Ахтарська), and often
        # its first too (Новгороді-Сіверському, Ростове-на-Дону)
        merged: list[tuple[str, str]] = []
        seen_keys = {normalize(text)}
        for form, rule in _phrase(words, text)[:MAX_CANDIDATES // 2] + _compound(text):
            key = normalize(form)
            if key not in seen_keys:
                seen_keys.add(key)
                merged.append((form, rule))
        return merged[:MAX_CANDIDATES * 2]
    return _phrase(words, text)


def _compound(word: str) -> list[tuple[str, str]]:
    """Candidates for a hyphenated name whose parts decline separately: each part of four
    letters or more may be a declined noun or adjective, up to a lowercase part ("на"), which
    stays with all that follows it."""
    options: list[list[tuple[str, str, int]]] = []
    parts = word.split("-")
    fixed = False  # (after a preposition the rest stays: Ростове-на-Дону)
    for k, part in enumerate(parts):
        choices: list[tuple[str, str, int]] = []
        fixed = fixed or (k > 0 and not part[:1].isupper())
        if len(part) >= 4 and not fixed:
            low = part.lower()
            nouns = _word_forms(low, adjective=False)
            adjs = _word_forms(low, adjective=True)
            # (a later part is more often an adjective: Новгород-Сіверський)
            first, second = (adjs, nouns) if k == len(parts) - 1 and k > 0 else (nouns, adjs)
            forms = first[:3] + second[:3] + first[3:] + second[3:]
            choices = [(_recase(part, form), rule, rank)
                       for rank, (form, rule, _tag) in enumerate(forms[:_PER_WORD])]
        choices.append((part, "", 2 if choices else 0))
        options.append(choices)
    ranked = heapq.nsmallest(MAX_CANDIDATES + MAX_CANDIDATES // 2, itertools.product(*options),
                             key=lambda combo: sum(c[2] for c in combo))
    return [("-".join(c[0] for c in combo), "; ".join(c[1] for c in combo if c[1]))
            for combo in ranked]


def _phrase(words: list[str], text: str) -> list[tuple[str, str]]:
    """:func:`nominative_candidates` for the words of ``text``, read as adjectives + a noun."""
    own = normalize(text)
    options: list[list[tuple[str, str, str, int]]] = []
    for i, word in enumerate(words):
        low = word.lower()
        last = i == len(words) - 1
        choices: list[tuple[str, str, str, int]] = []
        if len(low) >= 3 and any(c.isalpha() for c in low):
            if last and len(words) == 1:
                # A lone word may be an adjectival name (Рівному -> Рівне): interleave.
                nouns = _word_forms(low, adjective=False)
                adjs = _word_forms(low, adjective=True)
                forms = nouns[:5] + adjs[:4] + nouns[5:] + adjs[4:]
            elif last:
                forms = _word_forms(low, adjective=False)
            else:
                forms = _word_forms(low, adjective=True) or _word_forms(low, adjective=False)
            for rank, (form, rule, tag) in enumerate(forms):
                choices.append((_recase(word, form), rule, tag, rank))
        # Keeping a word as it is costs a little: in a declined phrase every word declines.
        keep = (word, "", "?", 3 if choices else 0)
        choices = choices[: MAX_CANDIDATES if len(words) == 1 else _PER_WORD]
        choices.append(keep)
        options.append(choices)

    def cost(combo: tuple[tuple[str, str, str, int], ...]) -> int:
        total = sum(c[3] for c in combo)
        noun_tag = combo[-1][2]
        for adj in combo[:-1]:
            if adj[2] not in ("?", noun_tag) and noun_tag != "?":
                total += 4
        return total

    ranked = heapq.nsmallest(
        MAX_CANDIDATES * 3, itertools.product(*options), key=cost
    )
    result: list[tuple[str, str]] = []
    seen = {text, own}
    for combo in ranked:
        form = " ".join(c[0] for c in combo)
        key = normalize(form)
        if form in seen or key in seen:
            continue
        seen.update((form, key))
        rule = "; ".join(c[1] for c in combo if c[1])
        result.append((form, rule))
        if len(result) == MAX_CANDIDATES:
            break
    return result


#: How a Ukrainian district (raion) adjective is made from its centre's name, undone on the
#: stem :func:`~gazetteer.normalize.strip_generic` leaves ("Berezivskyi" -> "bereziv"): the
#: suffix -ка, a final vowel or -е/-о is dropped (Березівка, Суми, Синельникове), a closed
#: last syllable turns о into і (Лозова -> Лозівський), к/ч before -ський become ц
#: (Кременчук -> Кременчуцький), ш is lost (Золотоноша -> Золотоніський) and a name in -ськ
#: keeps it (Новомосковськ -> Новомосковський). Latin transliterated stems only; the index filters.
# (a neuter town in -ske keeps its ending in the adjective: Shakhtarske, Шахтарська громада)
_DISTRICT_ENDINGS = ("ka", "a", "e", "y", "i", "o", "", "sk", "ske", "skoe")


def district_centre_forms(stem: str) -> list[str]:
    """Names the centre of a district may have, given the stem of its adjective or a
    back-formed English name ("zvenihorod" from "Zvenihorod district" -> "zvenihorodka").

    >>> district_centre_forms("bereziv")[:2]
    ['berezivka', 'bereziva']
    >>> "lozova" in district_centre_forms("loziv")
    True
    >>> "mukacheve" in district_centre_forms("mukachiv")  # Мукачівський район: Мукачеве
    True
    >>> "yuzhne" in district_centre_forms("yuzhnen")
    True
    >>> "bucha" in district_centre_forms("buchan")
    True
    >>> "romny" in district_centre_forms("romen")
    True
    >>> "sarny" in district_centre_forms("sarnen")  # Сарненський район: Сарни
    True
    >>> "kalush" in district_centre_forms("kalu"), "varash" in district_centre_forms("vara")
    (True, True)
    >>> "volnovakha" in district_centre_forms("volnova")  # Волноваський район: Волноваха
    True
    >>> "dnipro" in district_centre_forms("dniprov")
    True
    >>> "velykyi burluk" in district_centre_forms("velykoburlut")
    True
    >>> "stary saltov" in district_centre_forms("starosaltov")  # Старосалтовская: Старый Салтов
    True
    >>> "bila tserkva" in district_centre_forms("bilotserkiv")  # Білоцерківський: Біла Церква
    True
    >>> "bilopillia" in district_centre_forms("bilopil")  # Білопільська громада: Білопілля
    True
    >>> "vorozhba" in district_centre_forms("vorozhbian")  # Ворожбянська громада: Ворожба
    True
    >>> "vorozhba" in district_centre_forms("vorozhbyan")
    True
    >>> "nova vodolaha" in district_centre_forms("novovodolaz")  # Нововодолазька: Нова Водолага
    True
    >>> "verkhnia syrovatka" in district_centre_forms("verkhnosyrovat")  # Верхньосироватська
    True
    >>> "khotin" in district_centre_forms("khotyn")  # Хотинская громада, in Russian: Хотінь
    True
    >>> "velyka pysarivka" in district_centre_forms("velykopysarev")  # Великописаревская
    True
    >>> "yarmolyntsi" in district_centre_forms("yarmolynet")  # Ярмолинецька: Ярмолинці
    True
    >>> "dunaivtsi" in district_centre_forms("dunaievet")  # Дунаєвецька громада: Дунаївці
    True
    >>> "blyzniuky" in district_centre_forms("blyzniukiv")  # Близнюківська громада: Близнюки
    True
    >>> "verbky" in district_centre_forms("verbkov")  # Вербковская громада: Вербки
    True
    >>> "seredyna buda" in district_centre_forms("seredyno bud")  # Середино-Будська: Середина-Буда
    True
    >>> district_centre_forms("el")  # Ельский район: Ельск
    ['elsk']
    >>> "marhanets" in district_centre_forms("marhanet"), "derhachi" in district_centre_forms(
    ...     "derhachiv"), "derhachi" in district_centre_forms("derhachev")
    (True, True, True)
    """
    if len(stem) < 2 or has_cyrillic(stem):
        return []
    if len(stem) < 3:
        # a Russian town in -sk makes its adjective in -skii over the same letters: Ельск ->
        # Ельский (stem "el"), Орск -> Орский; a stem this short names nothing else
        return [stem + "sk"]
    stems = [stem]
    if stem.endswith("sk") and len(stem) > 5:
        # a noun that kept the "sk" ("pokrovsk" from Покровська) may not have it: Pokrov
        stems.append(stem[:-2])
    if stem.endswith("ts"):
        stems += [stem[:-2] + "k", stem[:-2] + "ch"]  # Kremenchutskyi -> Kremenchuk
    elif stem.endswith("t") and len(stem) > 5:
        # (the "-skyi" stripped from "-tskyi" leaves a bare t: Кременчуцький, kremenchut-;
        # a town in -ець keeps its ц: Марганець -> Марганецька громада, marhanet-)
        stems += [stem[:-1] + "k", stem[:-1] + "ch", stem + "s"]
        if stem.endswith("et") and stem[-3] not in "aeiouy":
            # a plural name in -tsi puts an e before the ts: Ярмолинці -> Ярмолинецька, and
            # the є of a closed syllable is its ї: Дунаївці -> Дунаєвецька (dunaievet-)
            plural = stem[:-2] + "ts"
            stems.append(plural)
            if re.search(r"ie[^aeiouy]ts$", plural):
                stems.append(plural[:-4] + plural[-3:])
    m = re.search(r"i([^aeiouy]+)$", stem)
    if m is not None:  # Lozivskyi -> Lozova, Synelnykivskyi -> Synelnykove
        stems.append(stem[:m.start()] + "o" + m.group(1))
        if len(stem) > 5:
            # ... or е, which a closed syllable also turns into і: Мукачеве ->
            # Мукачівський (mukachiv-)
            stems.append(stem[:m.start()] + "e" + m.group(1))
    m = re.search(r"(?<=[^aeiouy])[ye]([^aeiouy]+)$", stem)
    if m is not None and m.start() >= 3:
        # a Ukrainian і that a Russian text spells и or е: Хотінська громада as "Хотинская"
        # (khotyn-: Хотінь), Великописарівська as "Великописаревская" (Велика Писарівка)
        stems.append(stem[:m.start()] + "i" + m.group(1))
    if stem.endswith("en") and len(stem) > 4:
        stems.append(stem[:-1])  # a neuter name in -e takes -n- before -skyi: Yuzhne
        if stem[-3] not in "aeiouy":
            # a plural name in -ny puts a vowel back before -skyi: Romny -> Romenskyi; or
            # adds -en- to the stem: Sarny -> Sarnenskyi
            stems.insert(1, stem[:-2] + "n")
            if stem[-3] == "n":
                stems.insert(2, stem[:-2])
    if stem[-1] in "aeiouy" and len(stem) > 3:
        # ш and х are lost before -ський: Калуш -> Калуський, Вараш -> Вараський,
        # Волноваха -> Волноваський
        stems += [stem + "sh", stem + "kh"]
    if stem.endswith("an") and len(stem) > 4:
        stems.append(stem[:-2])  # a name in -a takes -an- before -skyi: Bucha -> Buchanskyi
        if stem.endswith(("ian", "yan")) and len(stem) > 5:
            # or -ян- after a labial: Ворожба -> Ворожбянська ("Vorozhbyanska" spells it ya)
            stems.append(stem[:-3])
    if stem.endswith(("kyn", "kin")) and len(stem) > 5:
        stems.append(stem[:-2])  # and one in -ka may take -kyn-: Shostka -> Shostkynskyi
    if stem.endswith("i") and len(stem) > 4:
        stems.append(stem[:-1] + "osh")  # ш before -ський is lost: Zolotonosha -> Zolotoniskyi
    if stem.endswith("iv") and len(stem) > 5:
        stems.append(stem[:-1])  # a plural name in -i takes -iv-: Derhachi -> Derhachivska
    if stem.endswith("ev") and len(stem) > 5:
        stems.append(stem[:-2] + "i")  # and -ev- in Russian: Дергачи -> Дергачевская
    if len(stem) > 4 and stem[-1] in "lntsdzc" and stem[-2] in "aeiouy":
        # a neuter name in -ля, -ня, -ття, -сся doubles its consonant: Білопілля -> Білопільська
        stems.append(stem + stem[-1] + "i")
    if len(stem) > 5 and stem.endswith("z"):
        # г before -ськ- is з: Нова Водолага -> Нововодолазька (Прага, Празька)
        stems.append(stem[:-1] + "h")
    if len(stem) > 5 and re.search(r"[^aeiouy][io]v$", stem):
        # a vowel put into a final -kv-, -tv- before -skyi: Біла Церква -> Білоцерківський
        stems.append(stem[:-2] + "v")
    out: list[str] = []
    for s in stems:
        for ending in _DISTRICT_ENDINGS:
            form = s + ending
            if form != stem and form not in out:
                out.append(form)
    if stem.endswith("iv") and len(stem) > 5 and stem[-3] not in "aeiouy":
        out.append(stem[:-2] + "y")  # ... or in -y: Blyzniuky -> Blyzniukivska
    if stem.endswith("ov") and len(stem) > 5 and stem[-3] not in "aeiouy":
        out.append(stem[:-1])  # a neuter name in -o takes -v- before -skyi: Dnipro, Dniprovskyi
        out.append(stem[:-2])  # and a Russian one may have no -o: Днепр, Днепровский
        out.append(stem[:-2] + "y")  # and a plural in -y, in Russian: Вербки -> Вербковская
    # a centre named with an adjective makes one compound word: Великий Бурлук ->
    # Великобурлуцька громада, Велика Олександрівка -> Великоолександрівський
    for prefix, adjectives in _COMPOUND_PREFIXES:
        if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
            # (the stem itself too: Старосалтовский, starosaltov-, is Старый Салтов's)
            out += [f"{adjective} {form[len(prefix):]}" for form in [stem, *out]
                    if form.startswith(prefix) for adjective in adjectives]
            break
    head = re.split(r"[- ]", stem, maxsplit=1)[0]
    if head != stem and len(head) > 3 and head.endswith("o"):
        # the first half of a hyphenated centre in -a joins its adjective with -o: Середина-Буда
        # -> Середино-Будська громада (the hyphen is a space once normalised)
        out += [f"{head[:-1]}a{form[len(head):]}" for form in out
                if form.startswith(head) and form[len(head)] in "- "]
    return out


#: the first halves of compound district adjectives, with the adjective each stands for in the
#: centre's name (masculine, feminine, neuter; Ukrainian, then Russian as the index spells it)
_COMPOUND_PREFIXES = (
    ("velyko", ("velykyi", "velyka", "velyke")), ("veliko", ("veliki", "velikaia", "velikoe")),
    ("novo", ("novyi", "nova", "nove", "novy", "novaia", "novoe")),
    ("staro", ("staryi", "stara", "stare", "stary", "staraia", "staroe")),
    ("malo", ("malyi", "mala", "male", "maly", "malaia", "maloe")),
    ("bilo", ("bilyi", "bila", "bile")), ("belo", ("bely", "belaia", "beloe")),
    # (the index spells the soft endings both ways: Verkhnya Syrovatka, Verkhnia Syrovatka)
    *((prefix, ("verkhnii", "verkhniy", "verkhnia", "verkhnya", "verkhnie", "verkhnye",
                "verkhni")) for prefix in ("verkhnyo", "verkhno")),
    ("verkhne", ("verkhnii", "verkhniy", "verkhniaia", "verkhnyaya", "verkhnee", "verkhnie")),
    *((prefix, ("nyzhnii", "nyzhniy", "nyzhnia", "nyzhnya", "nyzhnie", "nyzhnye", "nyzhni"))
      for prefix in ("nyzhnyo", "nyzhno")),
    ("nizhne", ("nizhnii", "nizhniy", "nizhniaia", "nizhnyaya", "nizhnee", "nizhnie")),
)


#: Ukrainian letters and endings with their usual Russian counterparts, for a place of Russia or
#: Belarus written in Ukrainian: і for е (Річиця, Речица; Світлогорськ, Светлогорск), є for е
#: (Бєлгород), the soft -ськ/-цьк without the sign, -ця for -ца
_UK_TO_RU = (("і", "е"), ("є", "е"), ("ськ", "ск"), ("цьк", "цк"), ("зьк", "зк"))
_RUSSIAN_ONLY = frozenset("ыэъё")


def russian_spellings(word: str) -> list[str]:
    """The Russian spellings a Ukrainian-written place name may have, best first: its і and є
    as е (then its і as и), its soft "-ськ" hard, a final "-ця" as "-ца", and once more with
    и as ы (Ukrainian и often stands for Russian ы). Empty for a word without Ukrainian letters.

    >>> russian_spellings("Річиця")[0]
    'Речица'
    >>> "Светлогорск" in russian_spellings("Світлогорськ")
    True
    >>> "Миллерово" in russian_spellings("Міллєрово")
    True
    >>> russian_spellings("Речица")
    []
    """
    low = word.lower()
    if not has_cyrillic(word) or _RUSSIAN_ONLY.intersection(low) \
            or not any(ch in low for ch in "іїєґ"):
        return []
    forms: list[str] = []
    # (і is also Russian и: Міллєрово, Миллерово)
    for i_as in ("е", "и"):
        out = word.replace("і", i_as).replace("І", i_as.upper())
        for uk, ru in _UK_TO_RU[1:]:
            out = out.replace(uk, ru).replace(uk.capitalize(), ru.capitalize())
        if out.endswith("ця"):
            out = out[:-2] + "ца"
        forms.append(out)
        if "и" in out:
            forms.append(out.replace("и", "ы"))
    return [f for f in dict.fromkeys(forms) if f != word]
