"""Matching keys for place names: an exact key, a phonetic key, and generic-designator removal.

``normalize`` gives the key two spellings of one name share when they differ only in case,
script (Cyrillic is transliterated with the national system), diacritics, apostrophes and
punctuation. ``loose_key`` goes further, so that the common transliteration variants of one
Slavic name (Dzhankoy/Dzhankoi/Džankoj, Gomel/Homyel, Odessa/Odesa) meet. ``strip_generic``
splits "Kherson Oblast", "village of X" or "X airfield" into the name and what kind of place it is.

All three are pure, never raise on a string, and are idempotent. They run on every name of the
gazetteer at build time, so they use translate tables and precompiled patterns.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from gazetteer.translit import has_cyrillic, lower_to_latin, to_latin

# --- normalize -------------------------------------------------------------------------------

#: Apostrophe-like marks are deleted, not spaced: Kam'ianets and Kamianets are one word.
_APOSTROPHES = "'\u2019\u02bc`\u00b4\u2018\u02b9\u02ba\u2032\u201b\"\u201c\u201d\u02bb\u02bd"

# Letters NFD does not split into base + mark. Czech/Belarusian háčeks become the English digraph
# (not the bare letter) so that Džankoj and Dzhankoy, Baranavičy and Baranavichy meet.
_SPECIAL = {
    "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k", "ſ": "s", "ŋ": "ng", "ə": "e",
    "č": "ch", "š": "sh", "ž": "zh", "&": " and ",
}


def _fold_once(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch in _APOSTROPHES:
        return ""
    if ch.isspace() or ch == "_":
        return " "
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf"):
        return ""
    if cat[0] in "PSZ" or cat == "Cc":
        return " "
    decomposed = unicodedata.normalize("NFD", ch)
    if len(decomposed) > 1:
        base = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me"))
        if base and base != ch:
            base = unicodedata.normalize("NFC", base)
            # A Cyrillic letter with an unusual mark (ӂ) lands on a plain Cyrillic letter.
            return to_latin(base, "national", "uk") if has_cyrillic(base) else base
    return ch


def _fold_char(ch: str) -> str:
    """What one character becomes in a key; applied until nothing changes, so keys are stable."""
    out = ch
    for _ in range(4):
        step = "".join(_fold_once(c) for c in unicodedata.normalize("NFKC", out).casefold())
        if step == out:
            break
        out = step
    return out


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled in lazily, one code point at a time."""

    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        self[key] = value
        return value


_FOLD = _FoldTable()
for _cp in range(128):
    _FOLD[_cp]  # noqa: B018 - warm the ASCII part so the fast path below can share it
_ASCII_FOLD = {cp: _FOLD[cp] for cp in range(128)}
_SAINT_RE = re.compile(r"\bst\b")
_STRAY_MARK_RE = re.compile("[\u0300-\u036f\u0483-\u0489]")


def _normalize_pass(text: str) -> str:
    if text.isascii():
        s = text.lower().translate(_ASCII_FOLD)
    else:
        s = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
        if has_cyrillic(s):
            # A stray accent (stress marks in dictionaries: Ки́їв) would split the word.
            s = lower_to_latin(_STRAY_MARK_RE.sub("", s))
        s = s.translate(_FOLD)
    if "st" in s:
        s = _SAINT_RE.sub("saint", s)
    return " ".join(s.split())


# (cached, as are area_unit and strip_generic: the recognizer, the gazetteer and the readers
# each ask again for the names of every mention, and a corpus names the same places over and
# over)
@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The exact matching key of a name: the form two spellings share if they are one name.

    NFKC, casefold, Cyrillic in the national system, diacritics off (č š ž as ch sh zh),
    apostrophes deleted, other punctuation as spaces, "st" as "saint", "&" as "and", single
    spaces. Idempotent.

    >>> normalize("  Kam’yanets-Podilsky "), normalize("Київ"), normalize("St. Petersburg")
    ('kamyanets podilsky', 'kyiv', 'saint petersburg')
    >>> normalize("Zmiivska thermal plant"), normalize("Зміївська ТЕС"), normalize("Tes")
    ('zmiivska tpp', 'zmiivska tpp', 'tes')
    """
    out = _normalize_pass(text)
    # Scripts other than Latin and Cyrillic can need a second look (marks between jamo, etc.).
    for _ in range(3):
        if out.isascii():
            break
        again = _normalize_pass(out)
        if again == out:
            break
        out = again
    if _POWER_PLANT_HINT.search(out):
        for pattern, short in _POWER_PLANTS:
            out = pattern.sub(short, out)
    return out


#: A power plant's kind, spelled out or abbreviated in English, Ukrainian or Russian, as one
#: key: "Zmiivska thermal plant", "Zmiivska TPP" and "Зміївська ТЕС" name one plant. (An
#: abbreviation only after a name: "TES" alone is a place in Mongolia.)
_POWER_PLANTS = tuple((re.compile(pattern), short) for pattern, short in (
    (r"\bnuclear (?:power )?(?:plant|station)\b|(?<=\w )(?:aes)\b", "npp"),
    (r"\b(?:hydroelectric|hydropower|hydro power|hydro electric)(?: power)? (?:plant|station)\b"
     r"|(?<=\w )(?:hes|ges)\b", "hpp"),
    (r"\b(?:combined heat and power|heat and power|thermal power and heating) (?:plant|station)\b"
     r"|(?<=\w )(?:tets|tec)\b", "chp"),
    (r"\bthermal (?:power )?(?:plant|station)\b|(?<=\w )tes\b", "tpp"),
))
_POWER_PLANT_HINT = re.compile(r"\b(?:nuclear|hydro|thermal|heat|aes|hes|ges|tets|tec|tes)")


# --- loose_key -------------------------------------------------------------------------------
# loose_key works on a normalized string in three steps: multi-letter spellings of one sound
# become one upper-case symbol, single letters are mapped, then symbols are written back out.
# Symbols are written with letters the first step reads back as the same symbol, so a key fed to
# loose_key again comes out unchanged.

_DIGRAPH_SYMBOL = {
    "shch": "Q",  # щ: shch / šč
    "dzh": "J",  # дж: dzh / dž
    "dj": "J",  # дж as French and Dutch write it (Djankoi)
    "zh": "Z",  # ж
    "kh": "H",  # х: kh / h; г: h (uk, be) / g (ru) / gh (uk зг) - all one symbol
    "gh": "H",
    "ch": "C",  # ч
    "sh": "S",  # ш
    "ts": "T",  # ц: ts / tz (German) / c (Belarusian, Polish, scholarly)
    "tz": "T",
    "ph": "f",  # Greek-derived spellings
}
_DIGRAPH_RE = re.compile("|".join(sorted(_DIGRAPH_SYMBOL, key=len, reverse=True)))
_SINGLE = str.maketrans(
    {
        "h": "H", "g": "H",  # Gomel = Homel, Belgorod = Bilhorod's consonants
        "y": "I", "i": "I", "j": "I",  # Kyiv = Kyyiv = Kyjiv: й, и, і, ы runs are one vowel
        "c": "T",  # ц (ch is taken before this); English c keeps one symbol too
        "w": "v",  # German / Polish w
        "q": "k",
    }
)
_IE_RE = re.compile("I+(?=e)")  # ye / ie / je -> e: Homyel = Gomel, Sievierodonetsk = Severo...
_DOUBLE_RE = re.compile(r"([a-zA-Z])\1+")  # Odessa = Odesa, Zaporizhzhia = Zaporizhia
_OUTPUT = str.maketrans(
    {"Q": "shch", "J": "dzh", "Z": "zh", "H": "g", "C": "ch", "S": "sh", "T": "c", "I": "i"}
)


def _first(m: re.Match[str]) -> str:
    return m.group(1)


def _symbol(m: re.Match[str]) -> str:
    return _DIGRAPH_SYMBOL[m.group()]


def loose_key(text: str) -> str:
    """A phonetic skeleton of ``normalize(text)`` where transliteration variants meet.

    Rules, each for one kind of variant: dzh/dž/dj -> one symbol (Dzhankoy, Džankoj, Djankoi);
    kh/h/g/gh -> one symbol (Kharkiv/Charkov aside, Gomel = Homel, uk зг = zgh); y/i/j runs -> one
    vowel (Kyiv = Kyyiv, Dzhankoy = Dzhankoi); ts/tz/c -> one symbol (Vitsebsk = Vicebsk); a
    y/i/j before e dropped (Homyel = Gomel, Sievierodonetsk = Severodonetsk); w -> v; q -> k;
    ph -> f; doubled letters collapsed (Odessa = Odesa, Zaporizhzhia = Zaporizhia). Soft signs and
    apostrophes are already gone in ``normalize``. Idempotent; keys are case-folded.

    >>> loose_key("Dzhankoy") == loose_key("Džankoj") == loose_key("Джанкой")
    True
    """
    s = normalize(text)
    for _ in range(3):
        if not s:
            return s
        s = _DIGRAPH_RE.sub(_symbol, s)
        s = s.translate(_SINGLE)
        s = _IE_RE.sub("", s)
        s = _DOUBLE_RE.sub(_first, s).translate(_OUTPUT)
        # Collapsing can leave a bare "st" (stt), which normalize would read as "saint".
        s = _SAINT_RE.sub("saint", s) if "st" in s else s
        # ... or a word normalize spells otherwise ("0 ajes" -> "0 aes", read as the
        # abbreviation of a nuclear plant): the skeleton is taken again, so that it is a
        # fixed point
        again = normalize(s)
        if again == s:
            return s
        s = again
    return s


# --- strip_generic ---------------------------------------------------------------------------
# Generic designators as they look after normalize (so Cyrillic ones are in national Latin).

_REGION_WORDS = (
    "oblast", "oblasti", "oblasty", "oblastiu", "oblastyu", "oblasts", "oblastei", "oblastey",
    "voblast", "voblasts", "voblasc", "voblasti", "vobl", "obl",
    "region", "regions", "rehion", "rehioni", "rehiona", "rehionu", "rehionom", "rehyon",
    "rehyona", "rehyone", "rehyonu", "rehyonom", "province", "governorate", "guberniya",
    "krai", "kraiu", "kraia", "kraie", "krae", "kraiem", "kray", "krayu", "kraya", "kraye",
    "krayem", "territory", "autonomous republic", "republic", "respublika",
    "respubliki", "respublitsi", "respublike",
)
_COMMUNITY_WORDS = (
    "hromada", "hromady", "hromadi", "hromadu", "hromadoiu", "hromadoyu", "community",
    # (the Russian forms, "громаде", "громады", "громадой", which may transliterate with g)
    "hromade", "hromadoi", "hromadoy", "gromada", "gromady", "gromade", "gromadu", "gromadoi",
    "gromadoy",
    "obshchina", "obshchine", "obshchiny", "obshchyna", "obshchyne", "obshchyny",
    "obshchinu", "obshchynu", "obshchinoi", "obshchynoi", "obshchinoy", "obshchynoy",
    # (the short "тергромада", territorial community)
    "terhromada", "terhromady", "terhromadi", "terhromadu", "terhromadoiu", "terhromadoyu",
)
_DISTRICT_WORDS = (
    "raion", "raionu", "raioni", "raione", "raiona", "raionom", "rayon", "rayona", "rayone",
    "rayonu", "rayonom", "rajon", "district", "districts", "county", "okrug", "okruh",
    # (a starosta okruh by its office's name: "в Песчанском старостате")
    "starostat", "starostatu", "starostati", "starostate", "starostata", "starostatom",
    *_COMMUNITY_WORDS, "municipality", "municipal district",
)
_COMMUNITY_TAIL = re.compile(rf" (?:{'|'.join(_COMMUNITY_WORDS)})$")
# A starosta okruh, the part of a hromada around one of its villages ("Івотський
# старостинський округ", "в Івотському старостинському окрузі", "the Ivot starosta district")
_STAROSTA_OKRUH = re.compile(r"^(?:the )?(?P<name>.+?) (?:(?:starostynsk|starostinsk)\w* "
                             r"(?:okruh|okrug|okruz)\w*|starosta (?:okruh|okrug|district)"
                             r"|starostat\w*)$")
_COUNTY_TAIL = re.compile(r" county$")
_FACILITY_WORDS = (
    "air base", "airbase", "air field", "airfield", "airport", "aerodrome", "airstrip",
    "military airfield", "air force base", "naval base", "military base", "training ground",
    "training range", "test site", "launch site", "drone base",
)
# Not "town" (Cape Town) and not "port" (Zaliznyi Port is a village).
_SETTLEMENT_WORDS = ("village", "city", "settlement", "hamlet")
_REGION_PREFIX = (
    "autonomous republic of", "republic of", "respublika", "oblast", "region of", "province of",
    "krai", "kray", "oblasti",
)
_DISTRICT_PREFIX = ("district of", "raion", "rayon")
_SETTLEMENT_PREFIX = (
    "village of", "town of", "city of", "settlement of", "urban type settlement of",
    "urban type settlement", "selo", "smt", "hamlet of",
)
_FACILITY_PREFIX = ("airfield", "air base", "airport", "aerodrome")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _suffix_re(words: tuple[str, ...], between: str | None = None) -> re.Pattern[str]:
    """A name, then one of ``words``; words matching ``between`` may stand between them."""
    gap = f"(?: {between})*" if between else ""
    return re.compile(rf"^(?:the )?(?P<name>.+?){gap} (?:{_alternation(words)})$")


def _prefix_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^(?:the )?(?:{_alternation(words)}) (?P<name>.+)$")


# Suffix patterns first: "Kherson region" is likelier than a prefix reading.
# The kind of a community between its name and the designator: "Вилківська (міська)
# територіальна громада", "Kutsurubska territorial community", "селищної громади"
_QUALIFIER_END = r"(?:a|aia|aya|aja|oi|oy|oj|oe|ii|iy|u|uiu|oiu|oyu|oho|ogo|omu|iei)"
_COMMUNITY_QUALIFIER = (
    rf"(?:(?:terytorialn|territorialn|terrytoryaln|misk|silsk|selyshchn|horodsk|gorodsk|selsk|"
    rf"poselkov){_QUALIFIER_END}|territorial|urban|rural|municipal)"
)

_GENERIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_suffix_re(_FACILITY_WORDS), "facility"),
    (_STAROSTA_OKRUH, "district"),
    (_suffix_re(_REGION_WORDS), "region"),
    (_suffix_re(_DISTRICT_WORDS, between=_COMMUNITY_QUALIFIER), "district"),
    (_prefix_re(_REGION_PREFIX), "region"),
    (_prefix_re(_DISTRICT_PREFIX), "district"),
    (_prefix_re(_SETTLEMENT_PREFIX), "settlement"),
    (_prefix_re(_FACILITY_PREFIX), "facility"),
    (_suffix_re(_SETTLEMENT_WORDS), "settlement"),
)

# Adjectival forms of a region or district name: Khersonska, Херсонской (khersonskoi),
# Donetskaya, Krasnodarskiy, Homielskaja, Kharkivskyi. The group before "sk" is the stem.
_ADJ_RE = re.compile(
    r"^(?P<stem>.+?)(?:sk|(?<=[zc])k)(?:aya|aia|aja|aya|oy|oi|oj|oho|ogo|ovo|omu|oiu|oyu|uiu|uyu|iy|yi|yy"
    r"|ii|ij|y|i|a|e|oe|oye|oie|ie|ye|u|om|ym|im|ykh|ikh)$"
)
# Stems whose noun keeps the "sk" (Donetsk, not Donet), and irregular noun forms. Facts of
# geography, not rules: each is the stem of a region or district centre that ends in -sk or
# whose adjective does not contain the noun.
_SK_STEMS = frozenset(
    {
        "donet", "luhan", "lugan", "kur", "bryan", "smolen", "min", "pin", "viteb", "vitseb",
        "viceb", "murman", "om", "tom", "novosibir", "arkhangel", "krasnoyar", "ulyanov",
        "ulianov", "khabarov", "irkut", "chelyabin", "cheliabin", "saran", "kramator",
        "slovian", "slavyan", "slavian", "lysychan", "lisichan", "berdian", "berdyan", "pokrov",
        "dnipropetrov", "dnepropetrov", "ivano frankiv", "ivano frankov", "sievierodonet",
        "severodonet", "polot", "polat", "lipet", "vicieb",
    }
)
_IRREGULAR_STEMS = {
    "ode": "odesa", "odes": "odessa", "poltav": "poltava", "samar": "samara",
    "nizhegorod": "nizhny novgorod", "yaroslav": "yaroslavl", "cherka": "cherkasy",
    "zaporiz": "zaporizhzhia", "zaporozh": "zaporozhye",
    "zaporizh": "zaporizhzhia", "sum": "sumy", "vinnyt": "vinnytsia", "vinnit": "vinnytsia",
    "cherkas": "cherkasy", "chernivet": "chernivtsi", "chernovit": "chernovtsy",
    "zakarpat": "zakarpattia", "rivnen": "rivne", "roven": "rovno", "khmelnyt": "khmelnytskyi",
    "khmelnit": "khmelnytskyi", "kropyvnyt": "kropyvnytskyi", "kropivnit": "kropyvnytskyi",
    "moskov": "moskva", "hrodzen": "hrodna", "grodnen": "grodno",
    "tul": "tula", "kaluzh": "kaluga", "orlov": "oryol", "penzen": "penza",
    # a two-word town name joined in its adjective (Кривий Ріг -> Криворізький)
    "kryvoriz": "kryvyi rih", "kryvorozh": "kryvyi rih",
}


def _noun_from_adjective(word: str) -> str | None:
    m = _ADJ_RE.match(word)
    if m is None or len(m.group("stem")) < 2:
        return None
    stem = m.group("stem")
    if stem in _IRREGULAR_STEMS:
        return _IRREGULAR_STEMS[stem]
    if stem in _SK_STEMS:
        return stem + "sk"
    return stem


def sk_reading(base: str) -> bool:
    """Whether ``base``, a district's or region's adjective turned into its centre's name, got
    its "-sk" from the short list of towns named so: "Покровська" is Pokrovsk's, but may be
    Pokrov's or Pokrovske's too, whose names hold no "-sk".

    >>> sk_reading("pokrovsk"), sk_reading("bohodukhiv")
    (True, False)
    """
    return base.endswith("sk") and base[:-2] in _SK_STEMS


def sk_town(key: str) -> str | None:
    """The town in -sk that an adjective's normalised key names, where the short list of such
    towns has its stem: "slavianskaia" (Славянская ТЭС) -> "slaviansk"; None otherwise.

    >>> sk_town("slavianskaia"), sk_town("kharkivska")
    ('slaviansk', None)
    """
    noun = _noun_from_adjective(key)
    return noun if noun is not None and noun != key and sk_reading(noun) else None


def designated_name(text: str) -> str | None:
    """The name before a region or district designator, as written but normalized, when
    ``strip_generic`` would reduce it as an adjective: "Bilhorod-Dnistrovskyi region" ->
    "bilhorod dnistrovskyi" (a town whose own name is an adjective); None otherwise.

    >>> designated_name("Bilhorod-Dnistrovskyi region")
    'bilhorod dnistrovskyi'
    >>> designated_name("Kherson region") is None
    True

    The adjective that ends a compound name comes back in the nominative, as towns are
    listed:

    >>> designated_name("Новгород-Сіверського району")
    'novhorod siverskyi'
    """
    found = _designator(normalize(text))
    if found is None:
        return None
    name, kind = found
    if kind in ("region", "district") and _noun_from_adjective(name) is not None:
        return _OBLIQUE_SKYI.sub(r"\1skyi", normalize(name)) or None
    return None


#: the oblique cases of the adjective that ends a compound town's name, transliterated: the
#: genitive "Новгород-Сіверського", dative "-ському", locative "-ському"/"-ском", instrumental
#: "-ським", or the nominative spelt otherwise ("Novhorod-Siversky") (only after a first
#: part: a one-word adjective is a district's, made from its centre's name, and the villages
#: named with it in the nominative are other places)
_OBLIQUE_SKYI = re.compile(r"(?<=\w \w)(\w*)sk(?:oho|omu|om|ym|im|y|iy|ii|ij)$")


@lru_cache(maxsize=65536)
def area_unit(text: str) -> str | None:
    """The kind of area a district-designated name is: "hromada" for a community ("Kutsurubska
    hromada", "громада"), "starosta-okruh" for the part of one around a village ("Івотський
    старостинський округ"), "county" for a county, "district" for a raion, district or okrug;
    None when ``text`` has no district designator.

    >>> area_unit("Pavlohrad district"), area_unit("Бучанський район")
    ('district', 'district')
    >>> area_unit("Kutsurubska hromada"), area_unit("Івотському старостинському окрузі")
    ('hromada', 'starosta-okruh')
    >>> area_unit("Песчанском старостате")
    'starosta-okruh'
    >>> area_unit("Pavlohrad") is None
    True
    """
    key = normalize(text)
    found = _designator(key)
    if found is None or found[1] != "district":
        return None
    if _STAROSTA_OKRUH.match(key):
        return "starosta-okruh"
    if _COMMUNITY_TAIL.search(key):
        return "hromada"
    return "county" if _COUNTY_TAIL.search(key) else "district"


def _designator(key: str) -> tuple[str, str] | None:
    """(the name, the kind of its designator) for a normalized key that has one, else None."""
    for pattern, kind in _GENERIC_RULES:
        m = pattern.match(key)
        if m is not None:
            return m.group("name").removeprefix("the "), kind
    return None


def english_adjective_noun(word: str) -> str | None:
    """The place name an English adjective in -ean/-ian may come from ("Crimean" -> "Crimea"),
    as written; None for other words. Callers check that the name is a region or country.
    """
    return word[:-1] if word.lower().endswith(("ean", "ian")) else None


@lru_cache(maxsize=65536)
def strip_generic(text: str) -> tuple[str, str | None]:
    """Split a generic designator off a name: ("kherson", "region") for "Kherson Oblast".

    Kinds: "region" (oblast, krai, province, republic of), "district" (raion, district,
    hromada), "settlement" (village of, town of, city of), "facility" (air base, airfield,
    airport). "Port" is never stripped: Zaliznyi Port is a village. An adjectival region name
    (Khersonska, Херсонської, Donetskaya, Krasnodarskiy) is reduced to its noun ("kherson",
    "donetsk", "krasnodar"). The name comes back normalized; with no designator the result is
    ``(normalize(text), None)``.
    """
    key = normalize(text)
    for pattern, kind in _GENERIC_RULES:
        m = pattern.match(key)
        if m is None:
            continue
        name = m.group("name")
        if name.startswith("the "):
            name = name[4:]
        if kind in ("region", "district"):
            noun = _noun_from_adjective(name)
            if noun is not None:
                name = noun
        name = normalize(name)
        if name:
            return name, kind
    return key, None


# --- parts of a country ----------------------------------------------------------------------

#: the first letters of a compass word, by the direction it names (English, Ukrainian, Russian)
_COMPASS_STEMS = (
    ("south", ("south", "півд", "юж", "юг")), ("north", ("north", "півн", "север")),
    ("east", ("east", "схід", "сход", "східн", "восто")),
    ("west", ("west", "захід", "заход", "західн", "запад")),
    ("centre", ("central", "centre", "center", "центр")),
)
_COMPASS_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)?"
_COUNTRY_PART = re.compile(
    rf"(?i:the\s+)?(?P<dir>{_COMPASS_WORD})(?:\s+(?i:part|parts|regions)\s+of|\s+(?i:of))?\s+"
    rf"(?i:the\s+)?(?P<country>\S.*)")


def _direction(word: str) -> str | None:
    """The direction a compass word names ("south-eastern": south-east), or None."""
    parts: list[str] = []
    rest = word.casefold()
    while rest:
        rest = rest.lstrip("-о")  # (the linking vowel of "південно-східній", "юго-восток")
        for direction, stems in _COMPASS_STEMS:
            stem = next((s for s in stems if rest.startswith(s)), None)
            if stem is not None:
                parts.append(direction)
                rest = rest[len(stem):]
                # (the rest of this word: "ern", "ні", "ному"; a compound goes on after "-")
                cut = rest.find("-")
                head, rest = (rest, "") if cut < 0 else (rest[:cut], rest[cut:])
                if head.startswith(("east", "west")):  # "southeastern", "northwest"
                    rest = head + rest
                if stem == "центр" and not head:
                    return None  # a bare "центр" ends a body's name ("Національний центр")
                break
        else:
            return None
    if not parts or len(parts) > 2 or ("centre" in parts and len(parts) > 1) \
            or (len(parts) == 2 and (parts[0] not in ("south", "north")
                                     or parts[1] not in ("east", "west"))):
        return None
    return "-".join(parts)


def country_part(text: str) -> tuple[str, str] | None:
    """(direction, the rest of the phrase) for a compass word before a name: the part of a
    country it names, if the rest is a country.

    >>> country_part("southern Ukraine"), country_part("the south-east of Ukraine")
    (('south', 'Ukraine'), ('south-east', 'Ukraine'))
    >>> country_part("півдні України"), country_part("юго-восточной Украины")
    (('south', 'України'), ('south-east', 'Украины'))
    >>> country_part("Central Ukraine"), country_part("Southern Bug"), country_part("Kyiv")
    (('centre', 'Ukraine'), ('south', 'Bug'), None)
    >>> country_part("центрі України"), country_part("центр України")
    (('centre', 'України'), None)
    """
    m = _COUNTRY_PART.fullmatch(text.strip())
    if m is None:
        return None
    direction = _direction(m.group("dir"))
    return None if direction is None else (direction, m.group("country"))
