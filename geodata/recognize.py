"""Find place mentions in a report body: spans of text that name a place.

The scanner walks the body's word tokens once. At each capitalised token it looks up the
longest phrase (up to five tokens, allowing connectors such as "of" and a trailing generic word
such as "region") in the gazetteer's name trie, so its cost grows with the text, not with the
gazetteer. Tokens the trie does not know are offered to the gazetteer's inflection and fuzzy
matching only where the text itself says a place follows ("the village of X", "in X", "X in the
Y region", "A and X" after a place), which keeps ordinary capitalised words out.

Filters then drop what is not a mention of a place: people ("John Kirby", and "Kirby" after it),
organisations and outlets named after a place ("Kyiv Independent", "National Resistance Center of
Ukraine"), and countries used as actors rather than places ("Iran denied", "Russia's attack").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from wordfreq import zipf_frequency

from gazetteer.core import DEMONYMS, SMALL_PLACE, Gazetteer, is_colloquial_region
from gazetteer.errors import InvalidQueryError
from gazetteer.index import OWN_GENERIC, PRIMARY, Hit, NameIndex
from gazetteer.model import Candidate, Place, Precision, is_area_of_centre, is_country_part
from gazetteer.normalize import (
    country_part,
    designated_name,
    english_adjective_noun,
    normalize,
    strip_generic,
)
from gazetteer.rank import EAST_SLAVIC_COUNTRIES, FOCUS_COUNTRIES
from gazetteer.sources import REGION_ABBREVIATIONS
from gazetteer.translit import has_cyrillic
from geodata import cues

# A word: letters joined by inner apostrophes and by hyphens that continue a name
# ("Ivano-Frankivsk", "Rostov-on-Don", "Приморсько-Ахтарськ"), but not a possessive "'s" nor a
# lowercase suffix ("London-based", "Kyiv-born"); the dotted country abbreviations, and the
# dotted abbreviations that open a name ("St. Petersburg").
TOKEN = re.compile(
    r"U\.S\.(?:A\.)?|U\.K\.|U\.A\.E\."
    r"|(?:St|Ste|Mt|Ft)\.(?=\s+[A-Z])"  # "St. Petersburg": the abbreviation opens the name
    r"|[^\W\d_]+(?:['’ʼ‘](?![sS]\b)[^\W\d_]+"
    r"|-(?=[^\W\d_]*[A-ZА-ЯІЇЄҐЎ]|(?:on|upon|sur|sous|de|du|la|le|na|nad|pod|am|an|im|en|"
    r"del|di|da|na|над|на|под|пiд|під|де|ди|ла|ле|дю|дель|да|сюр)-)[^\W\d_]+)*"
)

CONNECTORS = {"of", "on", "upon", "de", "la", "del", "na", "nad", "pod", "am", "an", "im",
              "the", "exclusion"}  # ("the Chornobyl exclusion zone")
GENERIC_TAIL = {"region", "regions", "oblast", "oblasts", "province", "provinces", "krai",
                "kray", "district", "districts", "raion", "rayon", "republic", "governorate",
                "areas", "peninsula", "spit", "island", "islands", "bay", "strait", "territory",
                "область", "області", "областю", "области", "областью", "обл", "областей",
                "край", "краю", "краї", "крае", "краем", "края", "район", "району", "районі",
                "районе", "районом", "района", "півострів", "півострова", "півострові",
                "полуостров", "полуострова", "полуострове", "community", "громада", "громади",
                "громаді", "громаду", "громадою", "громады", "громаде", "громадой", "община",
                "общине", "общины", "общину", "общиной", "zone", "hromada", "тергромада",
                "тергромади", "тергромаді", "тергромаду", "тергромадою", "регион", "региона",
                "регионе", "региону", "регионом", "регіон", "регіону", "регіоні", "регіоном",
                "регіона",
                # (a starosta okruh's: "Івотському старостинському окрузі")
                "округ", "округу", "окрузі", "округа", "округом", "округе", "okruh",
                # (or by its office's name: "в Песчанском старостате")
                "старостат", "старостату", "старостаті", "старостате", "старостата",
                "старостатом"}
# The kind of community between its name and "громада" may stand inside the phrase:
# "Вилківська (міська) територіальна громада", "Kutsurubska territorial community"
COMMUNITY_QUALIFIERS = frozenset(
    [stem + end for stem in ("територіальн", "міськ", "сільськ", "селищн")
     for end in ("а", "ої", "ій", "у", "ою")]
    + [stem + end for stem in ("территориальн", "городск", "сельск", "поселков")
       for end in ("ая", "ой", "ую", "ою")]
    + ["territorial", "urban", "rural", "municipal", "starosta"]
    + [stem + end for stem in ("старостинськ", "старостинск")
       for end in ("ий", "ого", "ому", "им", "ім", "ом", "ый")])
# A word shaped like a Slavic surname, Latin or Cyrillic ("Zelensky", "Kudrytskiy",
# "Shevchenko", "Ivanova", "Kovalchuk", "Лукашенко")
_SURNAME = re.compile(
    r"[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’ʼ-]{2,}(?:sky|skyi|skiy|skyy|ski|ska|skaya|skaia|tskyi|enko|"
    r"ov|ova|ev|eva|yov|yova|in|ina|yn|yna|uk|chuk|iuk|yuk|ych|ich|vich|ovych|ko|ets|yak|iak|"
    r"ський|ский|ська|ская|енко|ов|ова|ев|ева|ін|іна|ин|ина|ук|чук|юк|ич|вич|ович|ко|ець)")

# Particles inside Arabic and Hebrew personal names ("Kamal Abu Sadiq", "Hamad bin Isa"): a
# name before one is a person's first name
_NAME_PARTICLES = frozenset({"abu", "bin", "ibn", "bint", "ben"})

#: the areas that own the places after them in English ("the Kupiansk district's X")
_EN_AREA_OWNERS = frozenset({"district", "region", "oblast", "raion", "community", "hromada",
                             "province"})

# titles before a person's name in running text ("the acting mayor, Artem Kobzar")
_PERSON_TITLES = frozenset({"mayor", "governor", "spokesman", "spokeswoman", "spokesperson",
                            "minister", "president", "commander", "adviser", "advisor",
                            "deputy", "secretary", "chairman", "chairwoman", "director",
                            "colonel", "general", "chief", "head", "official", "resident"})
# a title after a name and a comma: "Volodymyr Kohut, acting head of the region, said"
# (capitalised too: "Volodymyr Vovkotrub, Secretary of the City Council")
_TITLE_AFTER = re.compile(r",\s+(?i:(?:the|a|an|its|acting|deputy|former|regional|city|local)\s+)*"
                          rf"(?i:{'|'.join(sorted(_PERSON_TITLES))})\b")
# an age before a name: "80-year-old Volodymyr", "a 45-year-old Oleh"
_AGED = re.compile(r"\b\d{1,3}[- ]years?[- ]old\s+$")
# a title "of" a country, region or city and a comma, before the holder's name: "The President
# of Moldova, Maia Sandu, said"
_TITLE_OF = re.compile(rf"\b(?i:{'|'.join(sorted(_PERSON_TITLES))})\s+of\s+(?:the\s+)?"
                       r"[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}\s*,\s*$")

# Plural designators close a coordinated list whose members are all regions ("the Mykolaiv,
# Kherson and Odesa regions"); the designator is not part of any member's name.
PLURAL_TAIL = {"regions", "oblasts", "areas", "provinces", "districts", "hromadas", "communities",
               "областей", "регіонів", "регионов", "областях", "областями"}
# Stems of Ukrainian/Russian nouns for a part of a country, which take it in the genitive
_CYR_PARTITIVE = ("півд", "півн", "схід", "сход", "захід", "заход", "юг", "север", "восток",
                  "запад", "територ", "территор", "регіон", "регион", "област", "міст", "город",
                  "кордон", "границ", "неб")
#: an upper-case Cyrillic abbreviation that ends a facility's name: АЕС/АЭС (a nuclear power
#: plant), ТЕС/ТЭС, ТЕЦ/ТЭЦ, ГЕС/ГЭС (thermal, heat and hydro power plants)
_CYR_FACILITY_ABBREVIATION = re.compile(r"[АТГ][ЕЭ][СЦ]")
_CYR_PLURAL_REGION = {"областями", "областях", "областей", "областям", "області", "области"}
# Lowercase Ukrainian/Russian designators before a name, and geographic nouns after an
# adjectival name, that belong to the mention ("мису Чауда", "Азовського моря").
CYR_DESIGNATORS = {"мис", "мису", "мисі", "мисом", "мыс", "мыса", "мысе", "мысом", "острів",
                   "острові", "острова", "остров", "коса", "косі", "косе",
                   "ар"}  # (АР Крим: the Autonomous Republic)
CYR_SETTLEMENT_WORDS = cues.CYR_SETTLEMENT_WORDS  # ("у селі Гладківка": see cues)
#: "населений пункт" (an inhabited place), the official word for any settlement
_CYR_PUNKT = frozenset({"пункт", "пункта", "пункті", "пункте", "пункту", "пунктом", "пунктах",
                        "пунктів", "пунктов", "пунктами"})
_CYR_INHABITED = ("населен",)
CYR_GEO_NOUNS = {"море", "моря", "морі", "морем", "морю", "озеро", "озера", "озері",
                 "затока", "затоки", "затоці", "затоку", "затокою", "залив", "залива", "заливе",
                 "заливу", "заливом", "протока", "протоки", "протоці", "протоку", "протокою",
                 "пролив", "пролива", "проливе", "проливу", "проливом", "океан", "океану",
                 "океана", "океані", "океане", "океаном", "півострів", "півострова",
                 "півострові", "полуостров", "полуострова", "полуострове", "коса", "косі",
                 "водосховище", "водосховища", "водосховищі", "водосховищем",
                 "водохранилище", "водохранилища", "водохранилищу", "водохранилищем"}
# Tails the gazetteer's own designator rules may not know: strip them and look up the rest.
_AREA_TAILS = {"peninsula", "spit", "island", "islands", "bay", "strait", "area", "territory",
               "півострів",
               "півострова", "півострові", "полуостров", "полуострова", "полуострове"}
DESIGNATORS = {"village", "town", "city", "settlement", "hamlet", "urban-type", "township",
               "село", "селі", "селище", "селищі", "місто", "місті", "город", "городе",
               "поселок", "посёлок", "деревня"}
LOCATIVE = {"in", "at", "near", "from", "outside", "around", "to", "towards", "toward", "into",
            "over", "across", "throughout", "inside", "within", "via", "between", "off", "past",
            "в", "у", "на", "з", "із", "зі", "під", "біля", "поблизу", "над", "по", "до",
            "из", "под", "возле", "около", "во", "со", "ко", "к", "при", "через", "близ",
            "вблизи", "поруч", "коло"}
# Weapons named like places or common nouns ("Герань" is Geran, "Гербера" a decoy drone), in
# any case form: never place mentions.
WEAPON_STEMS = ("shahed", "geran", "gerbera", "шахед", "геран", "гербер", "lancet", "ланцет",
                "iskander", "іскандер", "искандер", "kalibr", "калібр", "калибр", "kinzhal",
                "кинджал", "кинжал",
                # Iran's other drone families, which a town or a first name may also spell
                "mohajer", "мохаджер", "мохаджир", "arash", "араш")
# Rocket artillery named like towns ("Град", "Ураган"): a weapon where the word stands in quotes
# by itself ("випустивши 483 снаряди з мінометів, артилерії, "Градів"").
_QUOTED_WEAPON_STEMS = ("град", "ураган", "смерч", "торнадо", "grad", "uragan", "smerch")
_QUOTES = frozenset('"«»“”„')
#: ... or before the kind of weapon it is ("Grad multiple rocket launchers", "Grad rockets",
#: "Град РСЗВ", "Ураган реактивні")
_ARTILLERY_AFTER = re.compile(r"\s+(?i:multiple[\s-]+(?:launch\s+)?rocket|rocket|MLRS|launcher"
                              r"|РСЗВ|РСЗО|реактивн|ракет|снаряд)")
# A military command or grouping named in quotes after its noun ("Повітряне командування
# «Схід»", "группировка войск «Север»", "ОК «Південь»", Operational Command "South"): the
# unit's name, not a place.
_UNIT_NOUN_STEMS = ("командуван", "командован", "угрупован", "группировк", "угрупуван",
                    "command", "grouping")
_UNIT_ACRONYMS = frozenset({"ок", "пк", "пвк", "оск", "осув"})
# Countries that write their place names in Cyrillic.
CYRILLIC_COUNTRIES = frozenset({"UA", "RU", "BY", "BG", "MK", "RS", "ME", "KZ", "KG", "TJ",
                                "MN"})
# Function words that open a sentence or a heading ("After Paris, ...", "Unlike Kyiv"): a
# capitalised one before a name does not make the two one name.
FUNCTION_WORDS = {"after", "before", "since", "until", "unlike", "like", "besides", "despite",
                  "beyond", "following", "during", "when", "while", "whereas", "as", "if",
                  "although", "though", "because", "for", "with", "without", "by", "and",
                  "but", "or", "nor", "so", "yet", "even", "only", "also", "then", "now",
                  "today", "yesterday", "here", "there", "both", "all", "every", "each",
                  "once", "what", "why", "how", "where", "whether", "than", "of", "on",
                  "this", "that", "these", "those", "a", "an", "the", "its", "their", "his",
                  "her", "our", "meanwhile", "however", "earlier", "later", "according",
                  "about", "against", "amid", "among", "under", "above", "below", "beside",
                  "per", "via", "including", "except", "not", "no", "some", "many",
                  "most", "several", "other", "another", "regarding", "concerning",
                  "considering", "towards", "toward", "throughout", "across", "around",
                  # (numbers, which may open a sentence before a place's name as a modifier)
                  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                  "eleven", "twelve", "dozens", "hundreds", "thousands",
                  # Ukrainian and Russian conjunctions, and the adverbs that open a sentence
                  "а", "і", "й", "и", "та", "але", "но", "однак", "однако", "проте",
                  "крім", "окрім", "кроме", "помимо",
                  *(w for w in cues.CYR_OPENING_WORDS if " " not in w)}
#: the sides of a place in English adjectives: "southern Ukraine", "the northeastern part of"
COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central",
                                "northeastern", "northwestern", "southeastern", "southwestern"})
# Words that may stand capitalised before a place without making it part of a name.
QUALIFIERS = {*COMPASS_ADJECTIVES, "occupied", "greater", "upper", "lower", "north", "south",
              "east", "west", "north-eastern", "north-western", "south-eastern", "south-western",
              "annexed", "liberated", "in", "the"}
# Heads of organisation names: "<Org head> of <Country>" is an organisation, not a place.
ORG_HEADS = {"center", "centre", "ministry", "council", "service", "services", "forces",
             "agency", "bank", "university", "embassy", "directorate", "committee", "office",
             "department", "guard", "navy", "army", "corps", "court", "party", "union",
             "administration", "command", "staff", "institute", "academy", "president",
             "government", "parliament", "church", "museum", "police", "people",
             "federation", "assembly", "security"}
# Heads that end the name of a public body: "Kyiv City Military Administration", "Federal
# Security Service" (not buildings such as a "World Trade Centre", which are places).
_BODY_HEADS = {"administration", "ministry", "council", "service", "services", "agency",
               "committee", "department", "directorate", "command", "staff", "police", "guard",
               "forces", "army", "navy", "government", "office", "court", "parliament",
               "assembly", "bank", "university", "institute", "academy", "party", "union",
               "corps", "security",
               # (an airline: "Qeshm Fars Air", "Iran Air Cargo"; "Lida Air Base" keeps its
               # place, the noun right after the name not being one of these)
               "air", "airways", "cargo"}
#: what a public body named in lower case after a place says of its level, and its head
_LOWER_BODY_LEVELS = frozenset({"city", "regional", "oblast", "district", "military", "state",
                                "municipal", "region"})
_LOWER_BODY_HEADS = ("administration", "prosecutor", "police", "government", "council")
# Words between the items of a Cyrillic list of oblasts
_LIST_LINKS = frozenset({"та", "і", "й", "и", "а", "у", "в", "на", "над"})
#: (and of hromadas: "Сумську та Шосткинську громади"; "громади" is also a singular's form,
#: which only another listed adjective before it turns into the list's noun)
_CYR_PLURAL_HROMADA = frozenset({"громади", "громад", "громадах", "громадами", "громадам",
                                 "громады", "общины", "общин", "общинах", "общинами", "общинам"})
_CYR_PLURAL_DISTRICT = frozenset({"районів", "районах", "районами", "районов", "районам",
                                  "райони", "районы"})
#: the singular nouns of those units, which may close a list too, loosely
_CYR_SINGULAR_UNITS = frozenset({"область", "областю", "району", "районі", "район", "районом",
                                 "районе", "района", "громада", "громаду", "громаді", "громадою",
                                 "община", "общину", "общине", "общиной"})
#: (and of seas: "акватория Черного и Азовского морей")
_CYR_PLURAL_SEA = frozenset({"морей", "морів", "морях", "морями"})
#: the endings of a Cyrillic adjective of another shape, a sea's ("Черного", "Чорному")
_CYR_ADJECTIVE_END = re.compile(r"(?:ого|ому|ом|ым|им|е|ое|і)$")
# what comes between a list's noun and its first item: "в таких областях, як Полтавська"
_LIST_OPENERS = frozenset({"як", "как", "таких", "такие", "зокрема", "частности"})
#: (and words that hedge the last items: "у Сумській, Харківській та частково - Дніпропетровській
#: областях")
_LIST_HEDGES = frozenset({"частково", "частично", "також", "также", "ще", "еще", "ещё",
                          "зокрема", "особливо", "особенно"})
_CONJUNCTIONS = frozenset({"та", "і", "й", "и", "або", "или"})
#: ... and the others a list may end on before its noun: "у Харківській, Полтавській та інших
#: областях"
_LIST_OTHERS = frozenset({"інших", "іншій", "інші", "других", "другой", "другие", "иных", "иные",
                          "сусідніх", "соседних"})
_LIST_GAP = re.compile(r",?\s*(?:(?:и|і|та|й)\s+)?")
#: the same, perhaps with a hedge before the next item ("та частково Вознесенського")
_HEDGED_LIST_GAP = re.compile(_LIST_GAP.pattern
                              + rf"(?:(?:{'|'.join(sorted(_LIST_HEDGES))})\s+)?")
_SENTENCE_PUNCT = frozenset(".!?;")
#: Street words, after which a capitalised word names the street ("по улице Киевская")
_CYR_STREET_WORDS = frozenset({
    "вулиця", "вулиці", "вулицю", "вулицею", "вул", "улица", "улице", "улицу", "улицей", "ул",
    "проспект", "проспекту", "проспекті", "проспекте", "просп", "пр-т", "провулок", "провулку",
    "переулок", "переулке", "бульвар", "бульварі", "бульваре", "бул", "площа", "площі",
    "площадь", "площади"})
#: Verbs of saying, after which a capitalised word names the speaker
_CYR_SAYING = (*cues.CYR_SPEECH, "добавля", "говори", "отмеча", "пише", "сказал", "сказав",
               "зазнач", "каже", "відзнач", "подчеркну", "підкресл", "отмети", "написа",
               "наголос", "уточн", "додав", "добави",
               # (warned: "в 14:50 Федоров предупредил об угрозе")
               "предупред", "попереди", "попередж",
               "словам")  # ("за словами Григорова", "по словам Иванова": according to)


def _after_saying(body: str, prev: _Tok | None, tok: _Tok) -> bool:
    """Whether the Cyrillic word ``tok`` follows a verb of saying right before it, where a
    capitalised word names the speaker ("..., добавляет Федоров")."""
    return prev is not None and has_cyrillic(tok.text) and prev.low.startswith(_CYR_SAYING) \
        and _adjacent(body, prev, tok)


def _before_saying(body: str, tok: _Tok, nxt: _Tok | None) -> bool:
    """Whether the Cyrillic word ``tok``, shaped like a surname, is the subject of a verb of
    saying right after it ("Деталі: Федоров повідомив, що ..."; not "голова Черноморска
    рассказал", the mayor of a town, nor "в окупованому Криму підтвердили США")."""
    return nxt is not None and has_cyrillic(tok.text) and nxt.low.startswith(_CYR_SAYING) \
        and _adjacent(body, tok, nxt) and _SURNAME.fullmatch(tok.text) is not None


def _after_listed_adjective(toks: Sequence[_Tok], i: int) -> bool:
    """Whether the list item before ``toks[i]`` is an adjective too ("Харківської, Сумської
    області"), not a noun ("Брянска, Ростовской области")."""
    k = i - 1
    while k >= 0 and toks[k].low in _LIST_LINKS:
        k -= 1
    return k >= 0 and _CYR_REGION_ADJECTIVE.search(toks[k].low) is not None


#: the shape of a Cyrillic oblast or district adjective, in any case ("Сумської", "Київською",
#: "Ростовской", "Донецька"): not a town's genitive ("Брянска")
_CYR_N_ADJECTIVE = re.compile(r"(?:льн|чн|тн|рн)(?:ий|ого|ому|им|ім|ый|ом|ым|ая|ой|ою)$")
_CYR_REGION_ADJECTIVE = re.compile(r"(?:(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ій|а|ої|у|ою|е|і|их|ими)"
                                   r"|(?:ск|цк|зк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими))$")


#: the singular oblast nouns an earlier item of a list may carry for a later one
_CYR_SINGULAR_REGION = frozenset({"області", "области", "обл", "областi", "область", "областью",
                                  "областю"})
#: the oblast nouns, singular or plural, that an earlier list item may say for a later one
_CYR_REGION_NOUNS = _CYR_SINGULAR_REGION | _CYR_PLURAL_REGION


def _unit_name(body: str, toks: Sequence[_Tok], i: int) -> bool:
    """Whether ``toks[i]`` opens a quoted name right after a military unit's noun or acronym
    ("командування «Схід»", "группировки войск «Восток»", 'Operational Command "South"')."""
    if i == 0 or body[toks[i].start - 1:toks[i].start] not in _QUOTES:
        return False
    k = i - 1
    if toks[k].low in ("войск", "військ", "forces", "of") and k > 0:
        k -= 1  # "группировка войск «Север»", "угруповання військ «Хортиця»"
    if toks[k].low in ("forces", "of") and k > 0:
        k -= 1  # "Group of Forces "North""
    return toks[k].low.startswith(_UNIT_NOUN_STEMS) or toks[k].low in _UNIT_ACRONYMS \
        or (toks[k].low == "group" and toks[k].cap)


def _elided_noun(body: str, toks: Sequence[_Tok], i: int) -> str | None:
    """The oblast, hromada or district noun a list item leaves out after "в/у/на/над" because
    an earlier item of its sentence said it ("в Херсонской области - три, в Николаевской -
    один", "пять дронов на Николаевскую область и два - на Одесскую", "по три над Курской и
    Брянской областями, по два над Орловской", "над Белгородской областью, ... три над
    Пензенской и два над Воронежской"): the item ends at a dash, a comma, "и" or the
    sentence's end, and an earlier item has the noun."""
    preps = ("в", "у", "во", "на", "над")
    after = body[toks[i].end:toks[i].end + 3].lstrip(" ")
    if after[:1] not in ("-", "–", "—", ",", ".", ";", ")", "") \
            and not (i + 1 < len(toks) and toks[i + 1].low in ("и", "і", "й", "та")):
        return None
    if i >= 3 and toks[i - 1].low in ("и", "і", "й", "та") \
            and _CYR_REGION_ADJECTIVE.search(toks[i - 2].low) is not None \
            and toks[i - 3].low in preps:
        i -= 2  # the second of two items after one preposition: "по два — в Белгородской и
        # Орловской" is read as its first is
    elif i == 0 or toks[i - 1].low not in preps:
        return None
    for k in range(i - 2, max(i - 40, -1), -1):
        if _SENTENCE_PUNCT.intersection(body[toks[k].end:toks[k + 1].start]):
            return None
        if k > 0 and _CYR_REGION_ADJECTIVE.search(toks[k - 1].low) is not None:
            if toks[k].low in _CYR_REGION_NOUNS:
                return "областях"
            if toks[k].low.startswith(("громад", "общин")):
                # (or a hromada: "у Покровській громаді – четверо, у Новопавлівській – двоє")
                return "громадах"
            if toks[k].low.startswith("район"):
                # (or a district: "в Купянском районе повреждены дома, в Изюмском – дома")
                return "районах"
    return None


_LIST_OPENING_MARKS = frozenset(":—–")
#: the nouns whose singular genitive is also their plural: "області", "громади"
_SINGULAR_OR_PLURAL = frozenset({"області", "области", "громади", "громады", "общины"})


def _list_noun(body: str, toks: Sequence[_Tok], i: int) -> str | None:
    """The plural oblast or district noun a listed adjective at ``toks[i]`` shares, if any.

    After the list, the items may carry their own counts and prepositions ("15 - у Одеській,
    3 - у Миколаївській та 1 - у Вінницькій областях").
    """
    nouns = _CYR_PLURAL_REGION | _CYR_PLURAL_DISTRICT | _CYR_PLURAL_HROMADA | _CYR_PLURAL_SEA
    j, seen = i + 1, 0
    while j < len(toks) and seen < 40:
        t = toks[j]
        gap = body[toks[j - 1].end:t.start]
        if _SENTENCE_PUNCT.intersection(gap):
            break
        if "(" in gap and ")" not in gap:
            # an aside in brackets within the list ("Одесской (X, Y) и Черкасской областей")
            close = body.find(")", t.start, t.start + 200)
            if close == -1:
                break
            while j < len(toks) and toks[j].start < close:
                j += 1
            continue
        if t.low in _CYR_SINGULAR_UNITS and j > i + 1 \
                and any(toks[k].low in _CONJUNCTIONS for k in range(i + 1, j)) \
                and all(_CYR_REGION_ADJECTIVE.search(toks[k].low) for k in range(i, j)
                        if toks[k].cap) \
                and len({toks[k].low[-3:] for k in range(i, j) if toks[k].cap}) == 1:
            # (a singular noun may close a list of two or more adjectives, loosely:
            # "Вінницька та Івано-Франківська область", "Деснянський та Солом'янський район";
            # not a list of villages before their district, "Завадське та Одноробівка
            # Богодухівського району"; and the adjectives agree in case: "по Краматорську та
            # Слов'янську Краматорського району" names two towns, then their district)
            return t.low
        if t.low in nouns:
            if t.low in _SINGULAR_OR_PLURAL and (
                    (j == i + 1 and not _after_listed_adjective(toks, i))
                    or (j > i + 1 and toks[j - 1].low[-3:] != toks[i].low[-3:])):
                # (the singular's form too: "из Брянска, Ростовской области и ..." names one
                # oblast; only after another listed adjective is it the list's plural noun,
                # and the adjectives of one list agree in case: "в Первомайську, Первомайської
                # громади" is a town, then its hromada)
                return None
            return t.low
        if not (t.cap and has_cyrillic(t.text)) and t.low not in _LIST_LINKS \
                and t.low not in _LIST_HEDGES and t.low not in _LIST_OTHERS \
                and not t.text.isdigit():
            break
        j, seen = j + 1, seen + 1
    for j in range(i - 1, max(-1, i - 40), -1):
        t = toks[j]
        if _SENTENCE_PUNCT.intersection(body[t.end:toks[j + 1].start]):
            return None
        if t.low in _CYR_PLURAL_REGION and t.low not in ("області", "области"):
            # (a singular noun before a name is that name's own designator; and "з районів
            # X та Y" are the areas of X and Y, not districts)
            return t.low
        if not (t.cap and has_cyrillic(t.text)) and t.low not in _LIST_LINKS \
                and t.low not in _LIST_OPENERS:
            # (a plural district noun, perhaps with its city, may open the list with a colon:
            # "у семи районах столиці: Дарницькому, Дніпровському", "в районах Харькова: ...")
            # (or with its oblast: "у трьох районах Київської області – X, Y та Z")
            noun = j if _plural_district(toks, j) else j - 1 \
                if j > 0 and _plural_district(toks, j - 1) else j - 2 \
                if j > 1 and t.low in ("області", "области") and toks[j - 1].cap \
                and _plural_district(toks, j - 2) else None
            # (or a dash: "дісталося двом районам — X та Y")
            if noun is not None:
                gap = body[toks[noun].end:toks[min(noun + 3, i)].start]
                if _LIST_OPENING_MARKS.intersection(gap) or " - " in gap:
                    return toks[noun].low
            return None
    return None


#: the Russian numerals after which a plural noun takes the genitive singular ("четыре района")
_PAUCAL = frozenset({"два", "две", "три", "четыре", "оба", "обоих"})


def _plural_district(toks: Sequence[_Tok], j: int) -> bool:
    """Whether ``toks[j]`` is a plural district noun, or the singular genitive that follows
    two, three or four in Russian ("четыре района Харькова - X, Y, Z и W")."""
    return toks[j].low in _CYR_PLURAL_DISTRICT or (
        toks[j].low == "района" and j > 0 and toks[j - 1].low in _PAUCAL)


# A public body named by a Cyrillic place adjective: its level, then what it is ("міська
# військова адміністрація", "обласна рада"), or its acronym ("ОВА", "ОДА").
_CYR_BODY_LEVELS = ("міськ", "обласн", "районн", "селищн", "сільськ", "городск", "областн",
                    "окружн")
#: the nouns of a body's department (of the police, say) or of a prosecutor's office, which may
#: also follow the adjective of its place right away ("Краматорської окружної прокуратури")
_CYR_DEPARTMENTS = ("відділ", "отдел", "управлін", "управлен", "прокуратур")
_CYR_BODY_HEADS = ("військов", "военн", "державн", "государств", "рад", "совет", "адміністр",
                   "администр", "суд", *_CYR_DEPARTMENTS)
#: the nouns of services an adjective before them names ("Пограничная полиция", "Национальной
#: полиции", "Державна прикордонна служба")
_CYR_SERVICE_NOUNS = ("полиц", "поліці", "служб")
_CYR_BODY_ACRONYMS = {"ова", "мва", "гва", "ода", "рда", "ога", "вца"}
#: the acronyms of services whose regional branches take the region's genitive
_CYR_SERVICE_ACRONYMS = frozenset({"дснс", "гсчс", "мнс", "мчс", "гунп", "умвс", "гувд", "гумвд",
                                   "гу", "тцк"})


def _service_branch(body: str, prev: _Tok, tok: _Tok) -> bool:
    """Whether ``tok`` follows a service's acronym as the region of its branch ("ГСЧС
    Черниговщины", "ДСНС Київщини")."""
    return prev.text.isupper() and prev.low in _CYR_SERVICE_ACRONYMS \
        and _adjacent(body, prev, tok)


def _cyrillic_body(toks: Sequence[_Tok], k: int) -> bool:
    """Whether the words from ``toks[k]`` name a public body after a place adjective."""
    word = toks[k].low
    if word in _CYR_BODY_ACRONYMS and toks[k].text.isupper():
        return True
    # (or a department named by the place's adjective alone: "Калинівського відділу
    # «Вінницький центр контролю та профілактики хвороб»")
    return (word.startswith(_CYR_BODY_LEVELS) and k + 1 < len(toks)
            and toks[k + 1].low.startswith(_CYR_BODY_HEADS)) \
        or word.startswith(_CYR_DEPARTMENTS)


# Capitalised words after a place that turn it into a name of something else.
NAME_TAILS = {"independent", "post", "times", "pravda", "herald", "tribune", "journal",
              "daily", "news", "telegraph", "gazette", "city", "military", "regional",
              "oblast", "state", "university", "airlines", "dynamo", "international",
              "airport", "police", "council", "administration",
              # (more outlets: "Asia Economy", "Middle East Monitor", "Shropshire Star")
              "economy", "monitor", "today", "observer", "express", "chronicle", "standard",
              "star", "insider", "weekly", "review", "reporter",
              # (a channel named like a place: "the Baza Telegram channel")
              "telegram",
              # (Ukrainian state administrations by their Latin acronyms: "the Zaporizhzhia OVA",
              # "the Kyiv RSA", a regional state administration)
              "ova", "oda", "mva", "rva", "rda", "rma", "cma", "oma", "rsa",
              # (a unit named after a place: "the IRGC's Quds Force")
              "force"}
# Words after which a country is a place, not an actor ("in Ukraine"; not "to Russia", which
# is a recipient, nor "against Ukraine" or "with Iran").
COUNTRY_LITERAL_BEFORE = {"in", "at", "near", "outside", "into", "over", "across", "throughout",
                          "inside", "within", "via", "beyond", "entering", "leaving", "entered",
                          "reached", "visited", "towards", "toward", "в", "у", "на", "по",
                          "над", "з", "із", "зі", "из", "с", "до"}
# Nouns naming a part of a country: "the western regions of Ukraine", "the territory of Belarus".
PARTITIVE_NOUNS = {"regions", "region", "territory", "territories", "part", "parts", "north",
                   "south", "east", "west", "cities", "towns", "villages", "areas", "border",
                   "borders", "skies", "airspace", "coast", "rest", "oblasts", "provinces",
                   "map", "interior", "outskirts"}
_BORDER_WORDS = {"border", "borders", "frontier"}
# people sent somewhere: "sent instructors to Belarus", "brought to Russia"
_SENDING_WORDS = frozenset(cues.SENDING)
# "from the direction of Belarus", "з боку Білорусі", "со стороны Беларуси": the way something
# came, a place if the report alleges something there
#: "from" before a country: an origin, so the country is a place
_COUNTRY_FROM = frozenset({"from", "з", "із", "зі", "из"})
_DIRECTION_NOUNS = {"direction", "directions", "боку", "напрямку", "напрямків", "стороны",
                    "сторони", "направления", "направлений"}
_PARTITIVE_SKIP = {"the", "a", "an", "occupied", "annexed", *COMPASS_ADJECTIVES, "and", "or",
                   "all", "of", "temporarily", "other", "several", "many", "most", "some"}
COUNTRY_PLACE_NOUNS = {"territory", "territories", "capital", "soil", "airspace", "border",
                       "borders", "coast", "south", "north", "east", "west", "regions",
                       "region", "cities", "city", "skies", "side", "interior", "border's"}
# Capitalised head words that make the capitalised words before them a named place that the
# gazetteer may not list: streets, buildings, landmarks, water bodies, counties.
PLACE_HEADS = {"street", "avenue", "road", "boulevard", "lane", "square", "bridge", "park",
               "airport", "stadium", "station", "church", "cathedral", "hospital", "river",
               "lake", "mountain", "mountains", "county", "township", "parish", "valley",
               "beach", "harbor", "harbour", "canal", "dam", "reservoir", "forest", "desert",
               "peninsula", "gulf", "coast", "plaza", "highway", "motorway", "port"}
COUNTRY_MODES = ("alleged", "places", "all")
_COMMON_ZIPF = 3.3
#: what a capital does as its government: speaks, denies, wants ("Moscow said", "Tehran
#: provides", "Kyiv has denied"), or owns its acts ("Kyiv's recent attacks", "Moscow's war")
_ACTOR_AFTER = re.compile(
    r"(?:['’]s\s+(?:[a-z-]+\s+)?(?:attacks?|strikes?|war|invasion|forces|troops|military|"
    r"government|officials?|leadership|decision|position|claims?|support|response|allies|ally|"
    r"envoy|ambassador|regime|retaliation|aggression|policy|demands?)\b"
    rf"|\s+(?:(?:{'|'.join(re.escape(a) for a in cues.AUXILIARIES)})\s+){{0,2}}"
    rf"(?:{'|'.join(re.escape(v) for v in cues.STATE_VERBS)}|continues|continued|seeks|"
    r"sought|retaliated|retaliates|"
    # (a campaign stepped up: "as Moscow has stepped up attacks on the railways")
    r"steps\s+up|stepped\s+up|stepping\s+up|escalated|escalates|intensified|intensifies)\b)")
#: ... or is spoken of as one: "no immediate comment from Moscow", "a response from Tehran"
_ACTOR_BEFORE = re.compile(r"\b(?i:comments?|response|reaction|word|statement|retaliation)"
                           r"\s+from\s+$")
#: the clock time before a city named for its time zone (see _clock_city)
_CLOCK_BEFORE = re.compile(r"(?:\b\d{1,2}[:.]\d{2}|(?<![\w'’-])(?:утра|вечера|дня|ночи|ранку|"
                           r"вечора))\s+(?:по|за)\s+$")
_CLOCK_BEFORE_EN = re.compile(r"(?:\b\d{1,2}[:.]\d{2}|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm))\s+$")
_TIME_AFTER = re.compile(r"\s+time\b")


def _clock_city(body: str, tok: _Tok) -> bool:
    """Whether the word names a city's clock, not the city: "в 7:30 утра по Минску", "at 9 a.m.
    Kyiv time" (not "по Киеву" alone, which is where a strike fell)."""
    start = max(0, tok.start - 30)
    return _CLOCK_BEFORE.search(body, start, tok.start) is not None \
        or (_TIME_AFTER.match(body, tok.end) is not None
            and _CLOCK_BEFORE_EN.search(body, start, tok.start) is not None)


def _branded(body: str, tok: _Tok) -> bool:
    """Whether the word is joined by a dot to a capitalised word of another script before it,
    as an outlet's brand names its city ("Depo.Чернігів"); not "с.Гоголеве", an abbreviation,
    nor a missing space ("Kyiv.Kharkiv")."""
    k = tok.start - 1
    if k < 1 or body[k] != ".":
        return False
    j = k
    while j > 0 and body[j - 1].isalpha():
        j -= 1
    return k - j >= 2 and body[j].isupper() and has_cyrillic(body[j:k]) != has_cyrillic(tok.text)


#: the landmarks and streets that bear a person's name before them
_NAMED_LANDMARKS = frozenset({"monument", "statue", "memorial", "street", "avenue", "boulevard",
                              "lane", "prospect", "embankment"})
#: a Cyrillic town at least this big is no common word at a sentence's start
_CYR_NAMED_TOWN = 5_000
#: (Cyrillic words that are also towns of this size or more: the names of such towns score up
#: to about 3.8 in word lists, the common words they share a spelling with 4.2 and more)
_TOWN = 20_000
_VERY_COMMON_CYR_ZIPF = 4.2
#: a Cyrillic word at least this common ("совета", "мира", "союза") read as a case form of a
#: foreign place is the word
_COMMON_CYR_NOUN_ZIPF = 5.0
#: how many people a place needs for two capitalised words after a locative preposition to be
#: read as its declined name
_LOCATED_PAIR_PLACE = 1_000
_ALT_COMMON_ZIPF = 3.0
_VERY_COMMON_ZIPF = 5.0
#: a Cyrillic word this common opening a sentence is the word, not a foreign city's alternate
#: ("Попал" 4.85, Bhopal's "Popal"; "Париж" is 4.4)
_COMMON_CYR_OPENER_ZIPF = 4.7
#: an English word this common in a headline that capitalises every word is the word, even
#: where a region bears it ("Shoot Down": County Down, 5.9; "Washington" is 5.1, "England" 5.1)
_HEADLINE_WORD_ZIPF = 5.5
# All-capital abbreviations are organisations, agencies and time zones (IRNA, EST, NATO), except
# these, which name countries.
# all-capital names of places, which are no acronyms of something else ("DPR", "ДНР")
_ABBREVIATIONS = frozenset({"US", "USA", "UK", "UAE", "U.S.", "U.S.A.", "U.K.", "U.A.E.", "РФ"}
                           | REGION_ABBREVIATIONS)
_UNCACHED = object()  # a phrase the phrase cache has not seen
_SENTENCE_END = re.compile(r"[.!?…:\n][\"'”’»)\]]*\s*$")


@dataclass(frozen=True, slots=True)
class Found:
    """A recognised place mention before resolution."""

    start: int
    end: int
    surface: str
    kind: str | None  # "region", "facility", "settlement" when the text says so
    how: str  # "name" (in the trie), "inflection", "fuzzy"; "unresolved": named as a place by
    #           the text ("the village of X") with no gazetteer reading better than a guess
    top_precision: Precision
    query: str | None = None  # what to geocode when it is not the surface itself


class _Tok(NamedTuple):
    """A word token (internal; built for every word of every report, so kept minimal).

    A named tuple so that :func:`_tokens_of` can build a body's tokens in bulk without a Python
    call per word; tokens are told apart by identity (``is``), never compared by value.
    """

    start: int
    end: int
    text: str
    cap: bool  # the first letter is a capital
    low: str  # ``text.lower()``

    def __repr__(self) -> str:
        return f"_Tok({self.start}, {self.end}, {self.text!r})"


class Recognizer:
    """Finds place mentions with a :class:`Gazetteer`'s names."""

    def __init__(self, gazetteer: Gazetteer, *, countries: str = "alleged") -> None:
        """``countries`` says which country mentions to keep: ``"alleged"`` (where the text
        locates something in the country: an origin, a part of it, or, decided later by the
        pipeline, an allegation), ``"places"`` (every use as a place, "the war in Ukraine") or
        ``"all"`` (actors too, "Iran denied", as world-news geoparsing benchmarks count them).
        """
        if countries not in COUNTRY_MODES:
            raise ValueError(f"countries must be one of {COUNTRY_MODES}, got {countries!r}")
        self.gaz = gazetteer
        self.countries = countries
        self._phrase_cache: dict[str, tuple[str | None, Precision, int] | None] = {}

    # -- lookups --------------------------------------------------------------------------------
    def _lookup(self, phrase: str) -> tuple[str | None, Precision, int] | None:
        """(kind, most important precision, best population) if the phrase is a known name.

        A phrase that is ordinary English ("The", "White House") only counts when it is a
        place's own name: many places list translations of their names as alternates
        (Casablanca is "White House"), and those must not turn prose into places.
        """
        cached = self._phrase_cache.get(phrase, _UNCACHED)
        if cached is not _UNCACHED:
            return cached  # type: ignore[return-value]
        result = None
        if _plausible_name(phrase):
            idx = self.gaz.index
            key = normalize(phrase)
            hits = idx.lookup_exact(key) if key else []
            hits = self._uncommon_hits(phrase, hits)
            kind = None
            if not hits:  # ("Donetsk Airport" may be listed, and ordinary words, or not)
                base, kind = strip_generic(phrase)
                if kind is not None and base and base != key:
                    hits = idx.lookup_exact(base)
                    if not hits and kind == "district":
                        # "the Zvenihorod district": named after its centre, Zvenyhorodka
                        hits = [h for _form, h in self.gaz.district_centre_hits(base)]
                    if not hits and (bare := designated_name(phrase)):
                        # a town whose own name is an adjective: "Bilhorod-Dnistrovskyi region"
                        hits = [h for h in idx.lookup_exact(bare) if h.flags & PRIMARY]
                    if not hits and kind == "district" and has_cyrillic(phrase) \
                            and " " in phrase.strip():
                        # (the unit's noun must not choose how the name before it is spelt
                        # in Latin: "общины" is Russian by its "ы", "Близнюковской" is not)
                        own, _noun = strip_generic(f"{phrase.strip().rsplit(None, 1)[0]} район")
                        if own != base:
                            hits = [h for _form, h in self.gaz.district_centre_hits(own)]
                    if not hits and kind == "district" and has_cyrillic(phrase):
                        # a declined listed district ("Новобаварском районе"): the
                        # gazetteer undoes the case of the whole phrase
                        top = self._best(phrase)
                        if top is not None and top.match == "inflection":
                            hits = idx.lookup_exact(normalize(top.place.name))
                        elif top is not None and top.match == "generic" \
                                and top.place.precision is Precision.REGION:
                            # (or reads the adjective as the district's own name, which the
                            # stripped base missed: "Новгород-Северском районе")
                            hits = [h for h in idx.lookup_exact(normalize(top.matched_name))
                                    if h.place_id == top.place.place_id]
                    if kind == "region":
                        hits = [h for h in hits if idx.precision_code(h.place_id) in
                                (Precision.REGION, Precision.COUNTRY)] or hits
                else:
                    kind = None
                words = phrase.split()
                if not hits and len(words) > 1 and _CYR_FACILITY_ABBREVIATION.fullmatch(words[-1]):
                    # a declined facility ("Хмельницкой АЭС", "Запорізької АЕС"): the
                    # gazetteer undoes the case of the whole phrase, if it lists the facility
                    top = self._best(phrase)
                    if top is not None and top.match == "inflection" \
                            and top.place.precision is Precision.FACILITY:
                        hits = idx.lookup_exact(normalize(top.place.name))
                # (the name without its designator is what may be an ordinary word or an
                # acronym: "NATO territory")
                named = " ".join(words[:-1]) if len(words) > 1 \
                    and normalize(" ".join(words[:-1])) == base else phrase
                hits = self._uncommon_hits(named, hits)
            if hits:
                best_prec = min((idx.precision_code(h.place_id) for h in hits),
                                key=lambda p: -p.rank)  # the least precise = most important
                if best_prec is Precision.COUNTRY and _region_of_alias(idx, hits):
                    best_prec, kind = Precision.REGION, kind or "region"
                pop = max(idx.population(h.place_id) for h in hits)
                result = (kind, best_prec, pop)
                if pop < SMALL_PLACE and " " not in phrase and has_cyrillic(phrase):
                    result = self._inflected_city(phrase) or result
        if len(self._phrase_cache) > 200_000:
            self._phrase_cache.clear()
        self._phrase_cache[phrase] = result
        return result

    def _best(self, phrase: str) -> Candidate | None:
        """The gazetteer's best reading of a phrase, if it has one."""
        try:
            top = self.gaz.geocode(phrase, limit=1)
        except InvalidQueryError:
            return None
        return top[0] if top else None

    def _joins_a_neighbour(self, first: str, second: str) -> bool:
        """Whether the word after a hyphen names a place of its own beside ``first``: its
        country, or a place of the same country (a route, "Shostka-Kyiv"); not a foreign
        namesake of the second half of one name ("Zabłocie-Kolonia": Kolonia is Cologne)."""
        there, here = self._best(second), self._best(first)
        return there is not None and here is not None \
            and (there.precision is Precision.COUNTRY or there.place.country == here.place.country)

    def _listed_next(self, body: str, toks: Sequence[_Tok], k: int) -> bool:
        """Whether token ``k`` is a known settlement's one-word name that a list goes on
        from ("X, Zaliznychne, Y" or "X, Zaliznychne and Y")."""
        if k + 1 >= len(toks) or not toks[k].cap:
            return False
        known = self._lookup(toks[k].text)
        if known is None or known[0] is not None or known[1] is not Precision.SETTLEMENT:
            return False
        after = toks[k + 1]
        return body[toks[k].end:after.start] == ", " or after.low in {"and", "or"}

    def _known_alone(self, word: str) -> Candidate | None:
        """The gazetteer's reading of a word as a place by itself (a case form, not a guess
        at a misspelling), if it has one."""
        top = self._best(word)
        return top if top is not None and top.match != "fuzzy" else None

    def _foreign_reading(self, word: str) -> bool:
        """Whether the gazetteer reads a Cyrillic word as a place where Cyrillic is not written
        ("Совета" as Soweto): a case form only by the letters of a foreign name."""
        top = self._best(word)
        return top is not None and top.place.country not in CYRILLIC_COUNTRIES

    def _inflected_city(self, word: str) -> tuple[str | None, Precision, int] | None:
        """A Cyrillic word that names only small places may be a case form of a larger one
        ("Львове": a village, and Lviv's Russian locative); the gazetteer weighs both."""
        top = self._best(word)
        if top is None or top.match != "inflection" or top.place.population < SMALL_PLACE:
            return None
        return (None, top.place.precision, top.place.population)

    def _town_airfield(self, body: str, tok: _Tok, noun: _Tok) -> Found | None:
        """An airfield, a port or a power plant named by its town's adjective ("Кременчугский
        аэродром", "Моздокського аеродрому", "Одеському порту", "Харьковскую ТЭЦ-5"): the
        town, read as a district's centre is ("Кременчугский район"), is what the gazetteer
        places; the mention is the facility."""
        top = self._best(f"{tok.text} район")
        if top is None or top.match == "fuzzy" or top.score < 0.5 \
                or not is_area_of_centre(top.place):
            return None
        town = self.gaz.index.place(top.place.place_id)
        return Found(tok.start, noun.end, body[tok.start:noun.end], "facility", "name",
                     town.precision, query=town.name)

    def _plant_in_words(self, body: str, tok: _Tok, noun: _Tok) -> Found | None:
        """A power plant the gazetteer lists, named in full words and declined ("Трипільської
        теплоелектростанції", the Trypillia TPP, which its table lists as "Трипільська ТЕС")."""
        phrase = body[tok.start:noun.end]
        acronym = next(a for p, a in _CYR_PLANT_ACRONYM_OF.items() if noun.low.startswith(p))
        for query in (phrase, f"{tok.text} {acronym}"):
            top = self._best(query)
            if top is not None and top.precision is Precision.FACILITY \
                    and top.match != "fuzzy":
                return Found(tok.start, noun.end, phrase, "facility", top.match, top.precision,
                             query=None if query == phrase else query)
        return None

    def _with_next(self, body: str, tok: _Tok, nxt: _Tok) -> Found | None:
        """A Cyrillic word read with the next as one mention: a hyphenated town, or a port."""
        if body[tok.end:tok.end + 1] in _HYPHENS and nxt.cap and nxt.start == tok.end + 1:
            return self._hyphenated(body, tok, nxt)
        if nxt.low in _CYR_PORT_NOUNS and tok.low.endswith(_CYR_ADJECTIVE_ENDS) \
                and _adjacent(body, tok, nxt):
            return self._town_airfield(body, tok, nxt)
        return None

    def _hyphenated(self, body: str, tok: _Tok, nxt: _Tok) -> Found | None:
        """A hyphenated Cyrillic compound that the gazetteer reads as one town of the Cyrillic
        countries, though no table spells it so ("Белгород-Днестровск")."""
        phrase = body[tok.start:nxt.end]
        top = self._best(phrase)
        if top is None or top.score < 0.5 or top.place.country not in CYRILLIC_COUNTRIES \
                or top.precision is not Precision.SETTLEMENT:
            return None
        return Found(tok.start, nxt.end, phrase, None, top.match, top.precision)

    def _inflected_pair(self, body: str, tok: _Tok, nxt: _Tok, located: bool = False
                        ) -> Found | None:
        """Two capitalised Cyrillic words that decline a two-word name together ("в Кривом
        Роге", "у Білій Церкві"), which neither word does alone: a town's, or where the text
        says a place follows (``located``: after a locative preposition, "у Петропавлівській
        Борщагівці", after "мешканці", or as a list's next item) a village's too."""
        phrase = body[tok.start:nxt.end]
        top = self._best(phrase)
        if top is None or top.match != "inflection" \
                or top.place.country not in CYRILLIC_COUNTRIES \
                or top.place.population < (_LOCATED_PAIR_PLACE if located
                                           else SMALL_PLACE):
            return None
        return Found(tok.start, nxt.end, phrase, None, "inflection", top.place.precision)

    def _names_country(self, word: str) -> bool:
        """Whether a Cyrillic word is, in some case, a country's name or adjective
        ("Російської", "Білорусі")."""
        if not has_cyrillic(word) or len(word) < 4:
            return False
        top = self._best(word)
        return top is not None and top.precision is Precision.COUNTRY and top.score >= 0.4

    def _uncommon_hits(self, phrase: str, hits: list[Hit]) -> list[Hit]:
        """Drop hits that only exist because a common English phrase is listed as a name.

        Very common phrases (zipf >= 5: "The", "We", "White House") count only as the own name
        of an important place; common ones (zipf >= 3: "Crimea", "Kiev") as any name of an
        important place or the own name of any place. Country abbreviations ("US", "UK") keep
        all their hits.
        """
        if not hits or phrase in _ABBREVIATIONS:
            return hits
        idx = self.gaz.index
        cyrillic = has_cyrillic(phrase)
        if cyrillic and _CYR_DISTRICT_PHRASE.fullmatch(phrase):
            # an adjective with "район" after it names a district, however common the
            # adjective: "Індустріальний район", "Центральный район"
            return hits
        if cyrillic and phrase.isupper():
            # a Cyrillic word in capitals: a dateline ("МОСКВА") names an important place
            # under any of its names; anything else is an acronym ("ТАСС")
            return [h for h in hits if _important(idx.precision_code(h.place_id),
                                                  idx.population(h.place_id))]
        z = _VERY_COMMON_ZIPF if phrase.isupper() else _zipf(phrase.lower())
        if z < _ALT_COMMON_ZIPF:
            return hits
        out = []
        for h in hits:
            prec = idx.precision_code(h.place_id)
            if cyrillic and prec is not Precision.COUNTRY \
                    and idx.population(h.place_id) < 1_000_000 \
                    and idx.place(h.place_id).country not in EAST_SLAVIC_COUNTRIES:
                # a common Ukrainian or Russian word ("Так", "Аэродром") that transliterates to
                # a foreign place's name (Tak, Thailand; Aerodrom, a Skopje municipality) is
                # the word
                continue
            important = _important(prec, idx.population(h.place_id))
            own = bool(h.flags & (PRIMARY | OWN_GENERIC))
            # (a facility listed under three words or more is that facility, however common
            # the words: "Chernobyl Nuclear Power Plant")
            facility = prec is Precision.FACILITY and len(phrase.split()) >= 3
            if (z >= _VERY_COMMON_ZIPF and own and important) \
                    or (z < _VERY_COMMON_ZIPF and (own or important or facility)):
                out.append(h)
        return out

    # -- scanning -------------------------------------------------------------------------------
    def find(self, body: str) -> list[Found]:
        toks = self._tokens(body)
        self._accepted_ends: set[int] = set()
        found: list[Found] = []
        persons: set[str] = set()
        n = len(toks)
        resume = 0  # the first token after the last mention found
        # only a capitalised word opens a mention, so the walk visits those alone
        for i in compress(range(n), map(attrgetter("cap"), toks)):
            if i < resume:
                continue  # inside a mention already found
            tok = toks[i]
            # (an acronym's plural or case form names things, not a place: "KABs", "UAVs",
            # "четыре КАБа", "ДТЕКу")
            if tok.low == "the" or tok.low.startswith(WEAPON_STEMS) \
                    or _ACRONYM_PLURAL.fullmatch(tok.text) or (
                    tok.low.startswith(_QUOTED_WEAPON_STEMS)
                    and (body[tok.start - 1:tok.start] in _QUOTES
                         and body[tok.end:tok.end + 1] in _QUOTES
                         or _ARTILLERY_AFTER.match(body, tok.end))) \
                    or _unit_name(body, toks, i) \
                    or _clock_city(body, tok) or _branded(body, tok):
                # (nor a city's clock: "в 7:30 утра по Минску", "9 a.m. Kyiv time"; nor an
                # outlet's: "передає Depo.Чернігів")
                continue
            # the second part of a name no table lists whose first part names no place either
            # ("Krzywowierzba-Kolonia", not Cologne's Polish name), unlike "the Kyiv-Lviv train"
            head = i - 1 if i > 0 and body[toks[i - 1].end:tok.start] in _HYPHENS else i - 2
            if head >= 0 and toks[head].cap and _compound_end(body, toks, head) == i \
                    and toks[head].end not in self._accepted_ends \
                    and self._lookup(toks[head].text) is None:
                continue
            # (a model name and a modifier both need a hyphen right after the word)
            if body[tok.end:tok.end + 1] in _HYPHENS and (
                    _is_model_name(body, tok)
                    or (self.countries != "all" and _is_modifier(body, tok))):
                continue
            hit = self._longest(body, toks, i)
            if hit is None:
                plant = self._named_plant(body, toks, i)
                if plant is not None:  # "the Zmiivska thermal plant"
                    found.append(plant[0])
                    self._accepted_ends.add(plant[0].end)
                    resume = plant[1] + 1
                    continue
            if hit is not None and hit[0] == i + 1 \
                    and toks[i + 1].low in _CYR_PLURAL_REGION | _CYR_PLURAL_HROMADA \
                    and found and (found[-1].query or "").endswith((" область", " громада")) \
                    and _LIST_GAP.fullmatch(body, found[-1].end, tok.start):
                # the last of "Днепропетровскую, Николаевскую и Одесскую области": the plural
                # noun closes the list; it is no part of the last item's name
                hit = None
            if hit is not None and hit[0] == i and hit[2] is Precision.SETTLEMENT \
                    and has_cyrillic(tok.text) and _in_a_list(body, toks, i):
                # "Харківська, Донецька та Луганська області": a listed adjective is its
                # oblast, though the same word is a city's genitive (Донецька, of Donetsk); and
                # "Шевченківський та Холодногірський райони" its district, though a district
                # elsewhere bears the bare adjective
                oblast = self._listed_oblast(body, toks, i)
                if oblast is not None:
                    found.append(oblast)
                    self._accepted_ends.add(oblast.end)
                    continue
            if hit is not None and hit[0] == i and i + 1 < n and has_cyrillic(tok.text):
                # the word and the next read together, whatever the word alone names: a
                # compound town clipped or misspelt ("Белгород-Днестровск", not Belgorod), or
                # the port of the town an adjective names ("В Одесском порту", not Siberia's
                # Odesskoye, which the adjective's case form also spells)
                pair = self._with_next(body, tok, toks[i + 1])
                if pair is not None:
                    found.append(pair)
                    self._accepted_ends.add(pair.end)
                    resume = i + 2
                    continue
            if hit is not None and hit[0] == i and tok.low in _EN_NAME_ADJECTIVES \
                    and i + 1 < n and toks[i + 1].cap and _adjacent(body, tok, toks[i + 1]) \
                    and self._lookup(body[tok.start:toks[i + 1].end]) is None \
                    and ((nxt := self._lookup(toks[i + 1].text)) is None
                         or not _important(nxt[1], nxt[2])):
                # "Velyka Rohozianka": a two-word name no table lists (though a village abroad
                # may bear its second word: "Verkhnia Tersa", not Russia's Tersa)
                hit = None
            if hit is not None and hit[2] is Precision.COUNTRY and has_cyrillic(tok.text) \
                    and _settlement_named(body, toks, i):
                hit = None  # "с. Малый Бурлук": a village, whatever country "Малый" may spell
            if hit is not None and hit[0] == i and not _important(hit[2], hit[3]) \
                    and has_cyrillic(tok.text) and i + 1 < n and toks[i + 1].cap \
                    and _adjacent(body, tok, toks[i + 1]) \
                    and not _CYR_SK_ADJECTIVE.search(toks[i + 1].low) \
                    and _settlement_named(body, toks, i):
                # "у селі Суха Каменка": two words name the village, though a hamlet bears the
                # first (not "у місті Чугуїв Харківської області", nor a city's name)
                hit = None
            if hit is not None:
                j, kind, prec, pop = hit
                first = i
                query: str | None = None
                how = "name"
                if i > 0 and (toks[i - 1].low in CYR_DESIGNATORS or toks[i - 1].low in
                              _LANDFORM_HEADS) and _adjacent(body, toks[i - 1], toks[i]):
                    # "мису Чауда", "cape Chauda", "the River Danube": the designator is part
                    # of the mention
                    first = i - 1
                    if toks[first].low in _LANDFORM_HEADS and not self.gaz.index.lookup_exact(
                            normalize(body[toks[first].start:toks[j].end])):
                        # (where the tables do not list the whole, looked up with the noun
                        # after the name, "Dnipro River", or by the name alone, as an area)
                        query = body[tok.start:toks[j].end]
                        turned = f"{query} {toks[first].text}"
                        if self.gaz.index.lookup_exact(normalize(turned)):
                            query = turned
                        kind = "region"
                        top = self._best(query)
                        if top is None or top.precision is Precision.SETTLEMENT:
                            # (a town that bears the name is no reading of "the River Thames":
                            # the mention stands unplaced)
                            query, how, prec = None, "unresolved", Precision.REGION
                elif kind is None and _settlement_named(body, toks, i):
                    kind = "settlement"  # "в селе Степное": the name of a settlement
                f = Found(toks[first].start, toks[j].end, body[toks[first].start:toks[j].end],
                          kind, how, prec, query)
                # ("Азовське море", "Кримському мосту": the noun after the name makes the
                # whole phrase a known sea or facility, whatever the name alone may be)
                bridge = self._cyrillic_named_noun(body, toks, i, j, f)
                if bridge is not None:
                    f, j = bridge
                part = self._country_part(body, toks, first, f) \
                    if f.top_precision is Precision.COUNTRY and f.kind is None else None
                if part is not None:  # "southern Ukraine": an area, whatever the country is
                    found.append(part)
                    self._accepted_ends.add(part.end)
                    resume = j + 1
                    continue
                if bridge is not None or self._keep(body, toks, i, j, f, pop, persons):
                    end = _compound_end(body, toks, j) \
                        if f.kind is None and not _important(prec, pop) else None
                    if end == j + 1 and self._joins_a_neighbour(f.surface, toks[end].text):
                        end = None  # "the Nosivka-Nizhyn road", "Primorsko-Akhtarsk-Russia"
                    if end is not None and f.how == "name" and f.query is None:
                        # a small place's name that opens a longer one no table lists
                        # ("Zabłocie-Kolonia", "Cuhureștii de Jos"): the whole stands, unplaced
                        found.append(_unplaced(f.start, toks[end].end,
                                               body[f.start:toks[end].end]))
                        self._accepted_ends.add(toks[end].end)
                        resume = end + 1
                        continue
                    if f.top_precision is Precision.COUNTRY and f.kind is None \
                            and self.countries == "alleged" \
                            and self._country_reading(body, toks, i, j) == "maybe":
                        f = replace(f, how="country-if-alleged")
                    tail = _tail_after(body, toks, j) or (
                        self._listed_facility(body, toks, f.start, j) if f.kind is None else None)
                    if tail is not None and f.kind is None \
                            and f.top_precision is not Precision.COUNTRY:
                        # "Saky airfield", "the Pervomaisk hromada": the common noun belongs
                        # to the mention. A facility's name alone is looked up, unless it is
                        # listed under the whole phrase ("Donetsk airport"); a district, hromada
                        # or county is looked up whole, so that it is the area around its town
                        j, tail_kind = tail
                        whole = body[f.start:toks[j].end]
                        listed = tail_kind is None \
                            or bool(self.gaz.index.lookup_exact(normalize(whole)))
                        f = replace(f, end=toks[j].end, surface=whole, kind=tail_kind,
                                    query=None if listed else f.surface)
                    f = self._landform_of(body, toks, first, f)
                    found.append(f)
                    self._accepted_ends.add(f.end)
                    if j + 1 < n and toks[j + 1].low in PLURAL_TAIL \
                            and _adjacent(body, toks[j], toks[j + 1]):
                        _mark_coordinated_regions(body, found, toks[j + 1].low)
                resume = j + 1
                continue
            # one of "Київською, Сумською та Житомирською областями": an adjective that names
            # a region with the plural designator at the end of the list
            f4 = self._listed_oblast(body, toks, i)
            if f4 is not None:
                found.append(f4)
                self._accepted_ends.add(f4.end)
                continue
            # one of "the Solomianskyi, Sviatoshynskyi and Dniprovskyi districts": a district's
            # adjective that is no name by itself, named by the plural noun after the list
            item = self._listed_district(body, toks, i)
            if item is not None:
                f5, plural = item
                found.append(f5)
                self._accepted_ends.add(f5.end)
                _mark_coordinated_regions(body, found, plural)
                continue
            # a named street, building or landmark ("Royal Street", "Walker County")
            f3 = _headed_place(body, toks, i)
            if f3 is not None:
                found.append(f3[0])
                self._accepted_ends.add(f3[0].end)
                resume = f3[1] + 1
                continue
            # unknown capitalised word: maybe a person's name (remember the surname) or an
            # inflected / misspelt place the text introduces as a place
            if tok.low in persons:
                continue  # (a speaker named earlier: "За словами Григорова ... мова Григорова")
            if tok.low in _CYR_COMPASS_NOUNS:
                continue  # (a quarter of the sky as a front's name: see _keep)
            f2 = self._introduced(body, toks, i, found)
            if f2 is not None and i + 1 < n and _adjacent(body, tok, toks[i + 1]) \
                    and (_cyrillic_body(toks, i + 1)
                         or (toks[i + 1].low.startswith(_CYR_SERVICE_NOUNS)
                             and f2.kind is None and f2.how == "inflection"
                             and f2.top_precision is Precision.SETTLEMENT)):
                # "у Київській міській військовій адміністрації": a public body; so is a
                # town's name in a case form that is an adjective before a service's noun ("в
                # Пограничной полиции": the Border Police, not Pogranichny)
                f2 = None
            elif f2 is not None and f2.kind is None and f2.how == "inflection" \
                    and f2.end == tok.end and _zipf(tok.low) >= _COMMON_CYR_NOUN_ZIPF \
                    and self._foreign_reading(tok.text):
                f2 = None  # "председателя Совета обороны": the council, not Soweto
            elif f2 is not None and f2.kind is None and f2.how == "inflection" \
                    and f2.end == tok.end and _zipf(tok.low) >= _COMMON_ZIPF \
                    and i + 1 < n and toks[i + 1].cap and _adjacent(body, tok, toks[i + 1]) \
                    and self._names_country(toks[i + 1].text):
                # "с Республикой Молдова": the country's title, not a village (not a city
                # before a people's adjective: "У Харкові російські дрони")
                f2 = None
            part = self._country_part(body, toks, i, f2) if f2 is not None \
                and f2.top_precision is Precision.COUNTRY else None
            if part is not None:  # "на півдні України"
                f2 = part
            elif f2 is not None and f2.top_precision is Precision.COUNTRY \
                    and self.countries != "all":
                reading = self._country_reading(body, toks, i, i)
                if reading is None:
                    f2 = None  # "противник атакував Україну": the country as a whole
                elif reading == "maybe" and self.countries == "alleged":
                    f2 = replace(f2, how="country-if-alleged")
            if f2 is None and i > 0 and _after_saying(body, toks[i - 1], tok):
                persons.add(tok.low)
            if f2 is not None and f2.end == tok.end and not has_cyrillic(tok.text) \
                    and (end := _compound_end(body, toks, i)) is not None:
                # ("in Cuhureștii de Jos": the whole name the text introduces, unplaced)
                f2 = _unplaced(f2.start, toks[end].end, body[f2.start:toks[end].end])
            if f2 is not None:
                last = next(k for k in range(i, n) if toks[k].end >= f2.end)
                resume = last + 1
                bridge = self._cyrillic_named_noun(body, toks, i, last, f2)
                if bridge is not None:
                    f2, last = bridge
                    resume = last + 1
                found.append(f2)
                self._accepted_ends.add(f2.end)
            elif i + 1 < n and toks[i + 1].cap and _adjacent(body, tok, toks[i + 1]) \
                    and _zipf(tok.low) < 3.0 and tok.low not in LOCATIVE \
                    and not tok.text.isupper() \
                    and not self._cyrillic_descriptor(body, toks, i,
                                                      self._important_at(body, toks, i + 1)):
                # (an acronym is not a first name: "АР Крим"; nor a word describing the place
                # after it: "Оккупированный Крым")
                persons.add(toks[i + 1].low)
        found = _list_members(body, found)
        _mark_regions_of(body, found)
        return _with_closing_noun(body, found)

    def _cyrillic_named_noun(self, body: str, toks: Sequence[_Tok], i: int, j: int, f: Found
                           ) -> tuple[Found, int] | None:
        """A Cyrillic adjectival name with a facility or geographic noun after it ("Крымском
        мосту", "Азовское море"): the whole phrase, when the gazetteer knows it as such."""
        if j + 1 >= len(toks) or not has_cyrillic(f.surface) \
                or not _adjacent(body, toks[j], toks[j + 1]):
            return None
        noun = toks[j + 1].low
        facility = noun.startswith(_CYR_FACILITY_NOUNS)
        if not facility and noun not in CYR_GEO_NOUNS:
            return None
        phrase = body[f.start:toks[j + 1].end]
        top = self._best(phrase)
        want = Precision.FACILITY if facility else Precision.REGION
        if top is None or top.precision is not want:
            return None
        return replace(f, end=toks[j + 1].end, surface=phrase,
                       kind="facility" if facility else "region", top_precision=want,
                       query=phrase), j + 1

    def _listed_facility(self, body: str, toks: Sequence[_Tok], start: int, j: int
                         ) -> tuple[int, str | None] | None:
        """Up to three lower-case words after the name from ``start`` to ``toks[j]`` that make
        the phrase a facility the gazetteer lists ("Kerch bridge", "Ladyzhyn thermal power
        plant"): (index of the last word, "facility"), the longest such phrase."""
        last = j
        while last + 1 < len(toks) and last < j + 3:
            t = toks[last + 1]
            if t.cap or not t.text.isalpha() or not _adjacent(body, toks[last], t):
                break
            last += 1
        idx = self.gaz.index
        for k in range(last, j, -1):
            hits = idx.lookup_exact(normalize(body[start:toks[k].end]))
            if any(idx.precision_code(h.place_id) is Precision.FACILITY for h in hits):
                return k, "facility"
        return None

    def _country_part(self, body: str, toks: Sequence[_Tok], i: int, f: Found) -> Found | None:
        """The country ``f`` (its first word at ``toks[i]``) with the compass word before it
        that names a part of it ("southern Ukraine", "the east of Ukraine", "на півдні
        України"), where the gazetteer draws that part; else None."""
        if body[f.end:f.end + 2] in ("'s", "’s"):
            return None  # "west of Ukraine's capital": of the capital, not of the country
        for back in (1, 2):  # ("south-eastern Ukraine"; "south of Ukraine")
            if i - back < 0 or not _adjacent(body, toks[i - back], toks[i - back + 1]):
                return None
            if i - back - 1 >= 0 and toks[i - back - 1].cap and toks[i - back].cap \
                    and _adjacent(body, toks[i - back - 1], toks[i - back]):
                return None  # a name's words: "the National Resistance Center of Ukraine"
            start = toks[i - back].start
            phrase = body[start:f.end]
            if country_part(phrase) is None:
                continue
            # (unless lower-case words after it make it a facility the gazetteer lists: "the
            # South Ukraine nuclear plant")
            last = i
            while last + 1 < len(toks) and toks[last + 1].end <= f.end:
                last += 1
            plant = self._facility_from(body, toks, start, last)
            if plant is not None:
                return plant[0]
            if _FORCES_OF.search(body, max(0, start - 40), start):
                return None  # "Сили оборони півдня України", "Defense Forces of the South"
            top = self._best(phrase)
            if top is None or top.precision is not Precision.REGION \
                    or not is_country_part(top.place):
                return None
            return Found(start, f.end, phrase, "region", "name", Precision.REGION, query=phrase)
        return None

    def _named_plant(self, body: str, toks: Sequence[_Tok], i: int
                     ) -> tuple[Found, int] | None:
        """A power plant the gazetteer lists under a name whose first word is no place
        ("the Zmiivska thermal plant", "Trypilska thermal power plant"): the whole phrase, and
        the index of its last word."""
        if i + 1 >= len(toks) or toks[i + 1].low not in _POWER_PLANT_WORDS \
                or has_cyrillic(toks[i].text):
            return None
        return self._facility_from(body, toks, toks[i].start, i)

    def _facility_from(self, body: str, toks: Sequence[_Tok], start: int, j: int
                       ) -> tuple[Found, int] | None:
        """The facility the gazetteer lists that the words from ``start`` to ``toks[j]`` begin,
        with lower-case words after them (see :meth:`_listed_facility`): the mention, and the
        index of its last word."""
        tail = self._listed_facility(body, toks, start, j)
        if tail is None:
            return None
        end = toks[tail[0]].end
        return Found(start, end, body[start:end], "facility", "name",
                     Precision.FACILITY), tail[0]

    def _listed_district(self, body: str, toks: Sequence[_Tok], i: int
                         ) -> tuple[Found, str] | None:
        """A Latin word of a list that a plural "districts" or "hromadas" closes ("the
        Holosiivsky and Darnytsky districts"), looked up with the singular noun; and that
        plural noun."""
        tok = toks[i]
        if has_cyrillic(tok.text):
            return None
        plural = _english_list_noun(body, toks, i)
        unit = _PLURAL_UNITS.get(plural or "")
        if plural is None or unit is None:
            return None
        query = f"{tok.text} {unit}"
        res = self._lookup(query)
        if res is None or res[1] is Precision.COUNTRY:
            return None
        return Found(tok.start, tok.end, tok.text, "district", "name", res[1], query=query), plural

    def _listed_oblast(self, body: str, toks: Sequence[_Tok], i: int) -> Found | None:
        """One adjective of a Cyrillic list of oblasts or districts that shares one plural
        noun, after the list ("Київською, Сумською та Житомирською областями", "Конотопського
        та Сумського районів") or before it ("в таких областях, як Полтавська, Сумська")."""
        tok = toks[i]
        if not has_cyrillic(tok.text):
            return None
        shaped = _CYR_REGION_ADJECTIVE.search(tok.low) is not None
        # (a city district may bear an adjective in -н-: "Индустриальный", "Центральному")
        district_shaped = _CYR_N_ADJECTIVE.search(tok.low) is not None
        if not shaped and not district_shaped and _CYR_ADJECTIVE_END.search(tok.low) is None:
            return None
        noun = _list_noun(body, toks, i) or (_elided_noun(body, toks, i) if shaped else None)
        if district_shaped and noun is not None and noun.startswith("район"):
            shaped = True
        if noun in _CYR_PLURAL_SEA:
            # a sea's adjective has no oblast's shape ("Черного"): the sea in its own case
            for query in (f"{tok.text} моря", f"{tok.text} море", f"{tok.text} морі"):
                top = self._known_alone(query)
                if top is not None and top.precision is Precision.REGION:
                    return Found(tok.start, tok.end, tok.text, "region", "name",
                                 Precision.REGION, query=query)
            return None
        if noun is None or not shaped:
            return None
        if noun.startswith("облас"):
            query, kind = f"{tok.text} область", "region"
        elif noun.startswith(("громад", "общин")):
            query, kind = f"{tok.text} громада", "district"
        else:
            query, kind = f"{tok.text} район", "district"
        res = self._lookup(query)
        if res is None or (kind == "region" and res[1] is not Precision.REGION):
            return None
        return Found(tok.start, tok.end, tok.text, kind, "name", res[1], query=query)

    def _tokens(self, body: str) -> list[_Tok]:
        """Word tokens; a hyphenated pair that is not itself a name ("Amsterdam-London") is
        split into its parts."""
        toks, hyphenated = _tokens_of(body)
        # (walked backwards so that splitting a token leaves the indices before it valid)
        for k in reversed(hyphenated):
            text = toks[k].text
            if self._lookup(text) is not None:
                continue
            pos = toks[k].start
            if all(self._lookup(p) is not None for p in text.split("-") if p):
                parts: list[_Tok] = []
                for part in text.split("-"):
                    if part:
                        parts.append(_Tok(pos, pos + len(part), part, part[:1].isupper(),
                                          part.lower()))
                    pos += len(part) + 1
                toks[k:k + 1] = parts
                continue
            # a hyphenated name with its country joined on, as a translated launch list
            # writes it ("Primorsko-Akhtarsk-Russia"): the name, then the country
            head, _, last = text.rpartition("-")
            tail = self._lookup(last) if last[:1].isupper() else None
            if head and (self._names_country(last)
                         or (tail is not None and tail[1] is Precision.COUNTRY)) \
                    and self._lookup(head) is not None:
                cut = pos + len(head)
                toks[k:k + 1] = [_Tok(pos, cut, head, True, head.lower()),
                                 _Tok(cut + 1, cut + 1 + len(last), last, True, last.lower())]
        return toks

    def _longest(self, body: str, toks: Sequence[_Tok], i: int
                 ) -> tuple[int, str | None, Precision, int] | None:
        """Longest known phrase starting at token i: (last token index, kind, precision, pop).

        A phrase may run over capitalised words, connectors ("Sea of Azov") and a singular
        designator ("Kherson region"); a plural designator ends a list and stays outside.
        """
        # (called at every capitalised word, so _adjacent and the cache probe are inlined)
        cache = self._phrase_cache
        start = toks[i].start
        last = i
        last_end = toks[i].end
        for j in range(i + 1, min(i + 6, len(toks))):
            t = toks[j]
            if body[last_end:t.start] not in _ADJACENT_GAPS:
                break
            low = t.low
            if low in PLURAL_TAIL:
                break
            if low in _CYR_GENITIVE_UNITS and j + 1 < len(toks) and toks[j + 1].cap \
                    and _adjacent(body, t, toks[j + 1]) \
                    and not _CYR_SK_ADJECTIVE.search(toks[j - 1].low):
                break  # "Этулия района Вулканешты": the unit is the next name's ("of district Y")
            if t.cap or low in CONNECTORS or low in GENERIC_TAIL or low == "and" \
                    or low in COMMUNITY_QUALIFIERS:
                last = j  # ("and" only inside a name: "Bosnia and Herzegovina")
                last_end = t.end
            else:
                break
        for j in range(last, i - 1, -1):
            end_tok = toks[j]
            if j > i and not (end_tok.cap or end_tok.low in GENERIC_TAIL):
                continue
            phrase = body[start:end_tok.end]
            res = cache[phrase] if phrase in cache else self._lookup(phrase)
            if res is None and j > i and end_tok.low in _AREA_TAILS:
                inner = self._lookup(body[start:toks[j - 1].end])
                noun = english_adjective_noun(toks[j - 1].text)
                # (an adjective's noun, and any "territory", must be a region or a country:
                # "the Crimean peninsula", "Russian territory", not "NATO territory")
                areas_only = end_tok.low == "territory"
                if inner is None and noun is not None:
                    inner = self._lookup(body[start:toks[j - 1].start] + noun)
                    areas_only = True
                if inner is not None and areas_only \
                        and inner[1] not in (Precision.REGION, Precision.COUNTRY):
                    inner = None
                if inner is not None:
                    # ("Russian territory" is the country, and counts as a country does)
                    res = (None if inner[1] is Precision.COUNTRY else "region", inner[1],
                           inner[2])
            if res is not None:
                return j, res[0], res[1], res[2]
        return None

    def _keep(self, body: str, toks: Sequence[_Tok], i: int, j: int, f: Found, pop: int,
              persons: set[str]) -> bool:
        first = toks[i]
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        single = i == j
        # (whether the mention opens a sentence, _sentence_start(body, toks, i), is asked last in
        # each test below: it is the dearest to answer and most mentions never need it)
        important = _important(f.top_precision, pop)
        if self.countries != "all" and body[toks[j].end:toks[j].end + 1] == "-" \
                and _is_modifier(body, toks[j]):
            return False  # "New York-based": an adjective, not a place mention
        # 0. a military axis named by a town's adjective ("на Одеському чи Миколаївському
        # напрямках", "на Покровском направлении") is a front, not the town
        if has_cyrillic(first.text) and _axis_after(body, toks, j):
            return False
        # 0. a web address names an outlet ("Delo.ua", "Censor.net"), not a place
        if _DOMAIN.match(body, toks[j].end):
            return False
        # (so does a name right after the outlet's kind: "the Telegram channel Baza")
        if single and prev is not None and prev.low in _OUTLET_KINDS:
            return False
        # 0. a quarter of the sky, capitalised as a front's name ("збили дрони на Півночі,
        # Сході та Півдні", "на Севере, Востоке и Юге"), is no place a table lists as "Восток"
        if single and first.low in _CYR_COMPASS_NOUNS:
            return False
        # 0. a capital standing for its government, as a country does ("Moscow said", "Kyiv's
        # recent attacks", "no comment from Moscow"): an actor, not a place (the world's news
        # counts it as a toponym, so only outside "all"; not "officials in Kyiv said")
        if self.countries != "all" and single and f.kind is None \
                and f.top_precision is not Precision.COUNTRY \
                and not (prev is not None and prev.low in COUNTRY_LITERAL_BEFORE) \
                and (_ACTOR_AFTER.match(body, toks[j].end)
                     or _ACTOR_BEFORE.search(body, max(0, first.start - 40), first.start)):
            top = self._best(first.text)
            if top is not None and top.place.capital:
                return False
        # (a people's adjective is no small place that bears it as a name: "the Tatar name")
        if single and first.low in DEMONYMS and not important:
            return False
        # 0a. a place adjective naming a public body in Ukrainian or Russian, whose other words
        # are lower-case: "Київській міській військовій адміністрації", "Харківської ОВА"
        if nxt is not None and _adjacent(body, toks[j], nxt) and _cyrillic_body(toks, j + 1):
            return False
        # 0b. a service's acronym before a place's genitive names its branch there: "ГСЧС
        # Черниговщины", "ДСНС Київщини" (the service, not the region)
        if prev is not None and _service_branch(body, prev, first):
            return False
        # 1. ordinary words that are also small places ("Police", "March", "Even", "Сили")
        if single and f.kind is None and not important:
            z = _zipf(first.low)
            if pop >= _TOWN and has_cyrillic(first.text):
                # word lists count a Cyrillic town's name as a word ("Конотоп", "Умань" score
                # like common words); only a truly common one ("Сили", "Щастя") is the word
                if z >= _VERY_COMMON_CYR_ZIPF:
                    return False
            elif z >= _COMMON_ZIPF or (z >= 2.5 and not (has_cyrillic(first.text)
                                                         and pop >= _CYR_NAMED_TOWN)
                                       and f.top_precision is not Precision.FACILITY
                                       and _sentence_start(body, toks, i)):
                # (a Cyrillic town's name counts as a middling word, being written often: at
                # a sentence's start it is still the town, "Корюківка: пошкоджено склад"; so
                # is a facility the project lists, "ДніпроГЕС пошкоджено")
                return False
        # 1a. a common word opening a sentence, or in a headline that capitalises every word,
        # that is also a mid-sized foreign city ("Independence is costly", "Mobile phones",
        # "Drone Strike On Enterprise And Homes"): the word (a Cyrillic city's name is the
        # word only where rule 1 says so: "Днепр и область стали целью" is Dnipro)
        if single and f.kind is None and important \
                and f.top_precision not in (Precision.COUNTRY, Precision.REGION) \
                and pop < 1_000_000 and _zipf(first.low) >= (
                    _VERY_COMMON_CYR_ZIPF if has_cyrillic(first.text) else 4.0) \
                and (_sentence_start(body, toks, i) or _title_case_line(body, first.start)):
            return False
        if single and f.kind is None and f.top_precision is Precision.REGION \
                and not has_cyrillic(first.text) and _zipf(first.low) >= _HEADLINE_WORD_ZIPF \
                and _title_case_line(body, first.start):
            return False  # (and a region's, when the word is among the commonest)
        # (and a Cyrillic word as common as "Попал", hit, opening a sentence, that spells a
        # foreign city's Latin alternate: Bhopal's "Popal")
        if single and f.kind is None and important and has_cyrillic(first.text) \
                and _zipf(first.low) >= _COMMON_CYR_OPENER_ZIPF \
                and _sentence_start(body, toks, i):
            top = self._best(first.text)
            if top is not None and top.place.country not in CYRILLIC_COUNTRIES:
                return False
        # 1b. a place's name followed by a capitalised word that names no place is a person's
        # first name, the word the surname, which is remembered: after a small place's name
        # any such word ("Oleh Petrenko said"), after a city's below a million one shaped like a
        # Slavic surname ("Volodymyr Zelensky", "Vladimir Putin"; not "Vladimir Ivanovo"). A
        # Cyrillic word naming a country in some case is not a surname ("Приморсько-Ахтарськ
        # Російської Федерації"), nor is a region's adjective before its noun ("Приморское
        # Запорожской области").
        # (a facility's capitalised noun is no surname: "the Ilsky Oil Refinery")
        facility_named = nxt is not None and nxt.cap \
            and (_tail_after(body, toks, j) or (0, None))[1] == "facility"
        if single and f.kind is None and nxt is not None and nxt.cap and not facility_named \
                and _adjacent(body, first, nxt) \
                and ((not important and nxt.low not in GENERIC_TAIL
                      and not (j + 2 < len(toks) and toks[j + 2].low in GENERIC_TAIL))
                     or (f.top_precision is not Precision.COUNTRY
                         and (pop < 1_000_000 or f.top_precision is Precision.REGION)
                         and (_SURNAME.fullmatch(nxt.text) is not None
                              # (or any surname, before what the person said: "Артем Кобзар
                              # повідомив", "Volodymyr Kohut said")
                              or (j + 2 < len(toks)
                                  and _speaks(body, toks[j + 1], toks[j + 2]))
                              # (or any, before the person's title: "Volodymyr Kohut, acting
                              # head of the oblast administration")
                              or _TITLE_AFTER.match(body, nxt.end) is not None
                              # (or any, set off by commas after the title: "the head of the
                              # administration, Volodymyr Kohut, said")
                              # (a surname, not a common word: "..., Cavan Institute, ...")
                              or (body[nxt.end:nxt.end + 1] == ","
                                  and body[:first.start].rstrip().endswith(",")
                                  and _zipf(nxt.low) < _COMMON_ZIPF)))) \
                and self._lookup(nxt.text) is None and not self._names_country(nxt.text):
            persons.add(nxt.low)
            return False
        # 1b'. a small place's name between a quotation or a comma and a verb of saying is the
        # speaker's surname ('... ongoing," Fedorov wrote', '..., Fedorov said'), not a village
        if single and f.kind is None and not important and nxt is not None \
                and _speaks(body, first, nxt) \
                and body[max(0, first.start - 3):first.start].rstrip()[-1:] in (",", '"', "”", "»"):
            persons.add(first.low)
            return False
        # 1c. a small place's name before a name particle and a capitalised word is a person's
        # first name ("Kamal Abu Sadiq")
        if single and f.kind is None and not important and nxt is not None \
                and nxt.low in _NAME_PARTICLES and _adjacent(body, first, nxt) \
                and j + 2 < len(toks) and toks[j + 2].cap \
                and _adjacent(body, nxt, toks[j + 2]):
            return False
        # 1d. a name after an age ("said 80-year-old Volodymyr, who lives nearby") is a
        # person's, whatever the place it also names (not a place naming what it qualifies:
        # "a 300-year-old Lviv church", "a 55-year-old Severn, Md. man")
        if single and f.kind is None and _AGED.search(body, max(0, first.start - 24),
                                                      first.start) \
                and not (nxt is not None and _adjacent(body, first, nxt) and not nxt.cap) \
                and not (nxt is not None and nxt.cap
                         and body[first.end:nxt.start].strip() == ","):
            persons.add(first.low)
            return False
        # 1e. a town's name after a title and before another capitalised word is a first name
        # ("Sumy's acting mayor, Artem Kobzar, said")
        if single and f.kind is None and prev is not None and prev.low in _PERSON_TITLES \
                and not prev.cap and body[prev.end:first.start].strip() in ("", ",") \
                and nxt is not None and nxt.cap and _adjacent(body, first, nxt) \
                and f.top_precision not in (Precision.COUNTRY, Precision.REGION):
            persons.add(nxt.low)
            return False
        # 1f. two capitalised words after a title "of" a place and a comma are its holder's
        # name ("The President of Moldova, Maia Sandu, said"), whatever places they spell
        if single and f.kind is None and nxt is not None and nxt.cap \
                and _adjacent(body, first, nxt) and f.top_precision is not Precision.COUNTRY \
                and _TITLE_OF.search(body, max(0, first.start - 60), first.start):
            persons.update((first.low, nxt.low))
            return False
        # 2. surnames of people seen earlier in the text
        if single and first.low in persons:
            return False
        # 2a. the speaker named after a verb of saying ("..., добавляет Федоров", "заявил
        # Кулеба"): a small place's name there is a surname
        if single and f.kind is None and not important and _after_saying(body, prev, first):
            persons.add(first.low)
            return False
        # 3. part of a person's or organisation's name: a capitalised non-place word before it
        # (not a short Cyrillic acronym before a region or city: "аннексированный РФ Крым";
        # nor a number: "Eight Kharkiv residents"; nor a common word in a headline that
        # capitalises every word: "Russia Attacks Kharkiv With Drones")
        if prev is not None and prev.cap and _adjacent(body, prev, first) \
                and prev.low not in QUALIFIERS and prev.low not in DEMONYMS \
                and prev.low not in LOCATIVE and prev.low not in FUNCTION_WORDS \
                and prev.low not in CYR_DESIGNATORS and prev.low not in CYR_SETTLEMENT_WORDS \
                and prev.low not in _LANDFORM_HEADS \
                and prev.low not in _CYR_HEADS_OF_PLACES \
                and prev.end not in self._accepted_ends \
                and not prev.low.endswith("'s") \
                and not (important and has_cyrillic(prev.text) and prev.text.isupper()
                         and len(prev.text) <= 3) \
                and f.top_precision is not Precision.COUNTRY and f.kind is None \
                and not _sentence_start(body, toks, i) \
                and not (_zipf(prev.low) >= _COMMON_ZIPF and _title_case_line(body, first.start)) \
                and not self._cyrillic_descriptor(
                    body, toks, i - 1,
                    # (a facility named in several words: "Обстріл Запорізької АЕС")
                    important or (not single and f.top_precision is Precision.FACILITY)):
            persons.add(first.low)
            return False
        # 4. a place name heading an organisation or outlet ("Kyiv Independent", "Kyiv City
        # Military Administration", "Federal Security Service")
        if nxt is not None and nxt.cap and _adjacent(body, toks[j], nxt) \
                and not facility_named:
            # (not a facility named with capitals: "the Ilsky Oil Refinery", "Saky Airfield")
            if nxt.low in NAME_TAILS:
                return False
            k = j + 1
            while k < len(toks) and k <= j + 3 and toks[k].cap \
                    and _adjacent(body, toks[k - 1], toks[k]):
                if toks[k].low in _BODY_HEADS and k > j + 1:
                    return False
                k += 1
        # ... or a small place's name before a landmark or street named after a person ("a
        # playground near the Bandera monument", "on Shevchenko street")
        if single and f.kind is None and not important and nxt is not None \
                and nxt.low in _NAMED_LANDMARKS and _adjacent(body, toks[j], nxt):
            return False
        # ... written in lower case with its level: "the Izmail district prosecutor's
        # office", "the Odesa regional military administration" (not "Toronto police", whose
        # city is a place the text locates the police in)
        # (also after a possessive, "Kyiv's city military administration", and a region's
        # "region government")
        k = first_level = j + 2 if j + 2 < len(toks) and toks[j + 1].low == "s" \
            and body[toks[j].end:toks[j + 1].start] in ("'", "’") else j + 1
        while k < len(toks) and k <= j + 3 and toks[k].low in _LOWER_BODY_LEVELS \
                and _adjacent(body, toks[k - 1], toks[k]):
            k += 1
        if k < len(toks) and (k > first_level or (toks[j].low in _LOWER_BODY_LEVELS
                                                  and not toks[j].cap)) \
                and not toks[k].cap \
                and _adjacent(body, toks[k - 1], toks[k]) \
                and toks[k].low.startswith(_LOWER_BODY_HEADS):
            return False
        # 5. "<Org head> of X" ("National Resistance Center of Ukraine"), and a person "of" a
        # country ("the foreign minister, Ann Smith of Ruritania") speaks for it
        if prev is not None and prev.low in {"of"} and i >= 2:
            head = toks[i - 2]
            if head.cap and head.low in ORG_HEADS:
                return False
            if head.cap and f.top_precision is Precision.COUNTRY \
                    and self._lookup(head.text) is None and _adjacent_words(body, head, prev):
                return False
        # 6. countries count only where the text treats them as places
        if f.top_precision is Precision.COUNTRY and f.kind is None:
            return self.countries == "all" \
                or self._country_reading(body, toks, i, j) is not None
        return True

    def _prominent_or_oblast_town(self, place: Place) -> bool:
        """:func:`_prominent`, or the town an oblast or region of the focus countries is named
        after, whatever the tables count of its people (GeoNames gives Kherson 66,000)."""
        if _prominent(place):
            return True
        if place.precision is not Precision.SETTLEMENT or place.country not in FOCUS_COUNTRIES:
            return False
        idx = self.gaz.index
        return any(idx.precision_code(h.place_id) is Precision.REGION
                   and idx.place(h.place_id).admin1 == place.admin1
                   for h in idx.lookup_exact(normalize(place.name)))

    def _important_at(self, body: str, toks: Sequence[_Tok], i: int) -> bool:
        """Whether the name starting at ``toks[i]`` is a country, a region or a large city."""
        hit = self._longest(body, toks, i)
        return hit is not None and _important(hit[2], hit[3])

    def _cyrillic_descriptor(self, body: str, toks: Sequence[_Tok], k: int,
                             important: bool) -> bool:
        """Whether the capitalised Cyrillic word ``toks[k]`` before a place describes it rather
        than opening a name. Russian and Ukrainian capitalise only the first word of a body's
        name, so a capitalised word there is a person's first name, a place, or a word that
        is capitalised for opening the sentence: a country in some case ("окупований Росією
        Крим") or, before a region or large city, the sentence's first word ("Оккупированный
        Крым")."""
        word = toks[k]
        if not has_cyrillic(word.text):
            return False
        if self._names_country(word.text):
            return True
        return important and _sentence_start(body, toks, k)

    def _country_reading(self, body: str, toks: Sequence[_Tok], i: int, j: int) -> str | None:
        """How the text uses a country name: "place", "maybe" (only if something is alleged
        there) or None (an actor: "Iran denied", "drones supplied to Russia", "war against
        Ukraine", "ties with Iran").

        A country is the place itself after "from" (an origin) and as the whole of which a part
        is named ("the western regions of Ukraine"); after locative prepositions ("in Ukraine")
        it is a place too, but such mentions locate nothing on a map unless the report alleges
        something there, so the pipeline keeps them only with a role.
        """
        if body[toks[j].end:toks[j].end + 2] in ("'s", "’s"):
            # a possessive country owns something ("Russia's support"), unless that is a
            # part of it ("Ukraine's south")
            after = toks[j + 2] if j + 2 < len(toks) and toks[j + 1].low == "s" else None
            if after is None or after.low not in PARTITIVE_NOUNS | COUNTRY_PLACE_NOUNS:
                return None
            return "place"
        # a country that names a border ("the Belarus border", "the Belarus-Ukraine border")
        k = j + 1
        if k < len(toks) and body[toks[j].end:toks[k].start] in _HYPHENS:
            partner = self._lookup(toks[k].text)
            if partner is not None and partner[1] is Precision.COUNTRY:
                k += 1
        if k < len(toks) and toks[k].low in _BORDER_WORDS \
                and body[toks[k - 1].end:toks[k].start] == " ":
            return "place"
        reach = 3
        for back in range(1, 9):
            if i - back < 0 or back > reach:
                break
            t = toks[i - back]
            gap = body[t.end:toks[i - back + 1].start]
            if "\n" in gap or any(ch in gap for ch in ".!?;:()"):
                break  # the sentence or the clause starts after t
            if t.low in ("and", "or") and back <= 3:
                # the last of a list whose first item comes after "from" or a part's "of":
                # "from annexed Crimea and western Russia", "territories of Kherson Oblast,
                # Crimea, and Belarus" (not a preposition that may govern the first item
                # alone: "training in Iran, and the US estimates")
                reach = back + 4
            if back > 3 and t.low not in _COUNTRY_FROM and t.low != "of":
                if t.low not in _PARTITIVE_SKIP and not t.cap:
                    break
                continue
            if t.low in _COUNTRY_FROM:
                return "place"
            if back == 1 and t.low.startswith(_CYR_PARTITIVE):
                if i >= 3 and toks[i - 2].low.startswith("оборон") \
                        and toks[i - 3].cap:
                    return None  # a command named after the part: "Сили оборони півдня України"
                return "place"  # "на юг Украины", "півдня України": a part, in the genitive
            if back == 1 and t.low in _DIRECTION_NOUNS:
                return "maybe"
            if back == 1 and t.low == "to" and any(
                    toks[k].low in _SENDING_WORDS for k in range(max(0, i - 6), i - 1)):
                return "maybe"  # "sent instructors to Belarus": where people went, not a recipient
            if t.low == "of":
                head = next((toks[k] for k in range(i - back - 1, max(i - back - 4, -1), -1)
                             if toks[k].low not in _PARTITIVE_SKIP), None)
                if head is not None and head.low in _DIRECTION_NOUNS:
                    return "maybe"
                return "place" if head is not None and head.low in PARTITIVE_NOUNS else None
            if t.low in COUNTRY_LITERAL_BEFORE:
                return "maybe"
            if t.low == "with" and i - back > 0 and toks[i - back - 1].low in _BORDER_WORDS:
                return "place"  # "the border with Romania"
            if t.low == "against" and back > 1 and toks[i - 1].low in COMPASS_ADJECTIVES:
                return "maybe"  # "drones against southern Ukraine" aim at a part of it
            if t.low not in _PARTITIVE_SKIP and not t.cap:
                break
        return None

    def _landform_of(self, body: str, toks: Sequence[_Tok], i: int, f: Found) -> Found:
        """``f``, or the landform it is named after with "of": "the Cape of Chauda" is Cape
        Chauda, where the gazetteer lists the landform without the "of". A port named so, "the
        port of Pivdennyi", keeps its name as the mention and is looked up as the port, where
        the tables list it under that phrase (the town is not the port)."""
        if i < 2 or toks[i - 1].low != "of" \
                or toks[i - 2].low not in _LANDFORM_HEADS | _PORT_HEADS \
                or not _adjacent(body, toks[i - 2], toks[i - 1]) \
                or not _adjacent(body, toks[i - 1], toks[i]):
            return f
        if toks[i - 2].low in _PORT_HEADS:
            port = f"port of {f.surface}"
            return f if self._lookup(port) is None else replace(f, query=port)
        named = f"{toks[i - 2].text} {f.surface}"
        if self._lookup(named) is None:
            return f
        return replace(f, start=toks[i - 2].start, surface=body[toks[i - 2].start:f.end],
                       query=named)

    def _introduced(self, body: str, toks: Sequence[_Tok], i: int,
                    found: Sequence[Found]) -> Found | None:
        """An unknown capitalised word the text presents as a place; resolved by the gazetteer's
        inflection and fuzzy matching.

        English needs a cue ("the village of X", "in X", "A and X" after a place, "X in the Y
        region"). In Ukrainian and Russian, where place names decline, a capitalised word inside
        a sentence is tried as it stands, with a lowercase designator before it ("мису Чауда")
        or a geographic noun after it ("Азовського моря") kept in the mention.
        """
        tok = toks[i]
        cyrillic = has_cyrillic(tok.text)
        # (three letters name a place only as the case form of a prominent one: "Сум", the
        # genitive of Суми; a three-letter acronym or word is read no further)
        short = len(tok.text) < 4
        if short and not (cyrillic and len(tok.text) == 3 and not tok.text.isupper()):
            return None
        if cyrillic and _axis_after(body, toks, i):
            return None  # "на Покровском направлении": a front, not the town
        # an all-capital word is an acronym ("ТАСС") unless it names a prominent place (a
        # dateline: "МОСКВА, 24 октября")
        capitals = cyrillic and tok.text.isupper()
        if cyrillic and not capitals and _CAMEL.search(tok.text):
            return None  # an acronym in mixed case: "ударів по місту БпЛА"
        # (capitalisation inside a Cyrillic sentence marks a proper noun, so word frequency,
        # which counts place names too, is no filter there)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        next_cap = nxt is not None and nxt.cap and _adjacent(body, tok, nxt)
        # "Cape X", "Mount X": a landform noun that opens a name says the next word names one
        landform = not cyrillic and next_cap and tok.low in _LANDFORM_HEADS
        if landform and self._longest(body, toks, i + 1) is not None:
            return None  # "the River Danube": read from the known name, with its designator
        if not cyrillic and _zipf(tok.low) >= 2.5 and not landform:
            return None
        prev = toks[i - 1] if i > 0 else None
        prev2 = toks[i - 2] if i > 1 else None
        if prev is not None and _service_branch(body, prev, tok):
            return None
        cue = False
        only_region = False  # (a sentence-opening colloquial form must name a region)
        only_prominent = False  # (another sentence-opening word must inflect a prominent place)
        as_named = False  # (... or, if it is a very common word, name one as it stands)
        described = False  # (after a capitalised descriptor it must name a prominent place)
        before_name = False  # (... unless a full name follows the case form of a town)
        kind: str | None = None
        head = tok  # first token of the mention (a designator may precede the name)
        tail = tok  # last token
        if cyrillic and nxt is not None and nxt.low.startswith(_CYR_PLANT_NOUNS) \
                and _adjacent(body, tok, nxt):
            plant = self._plant_in_words(body, tok, nxt)
            if plant is not None:
                return plant
        if cyrillic and nxt is not None \
                and (nxt.low.startswith(_CYR_AIRFIELD_NOUNS) or nxt.low in _CYR_PORT_NOUNS
                     or nxt.low.partition("-")[0] in _CYR_PLANT_ACRONYMS) \
                and tok.low.endswith(_CYR_ADJECTIVE_ENDS) and _adjacent(body, tok, nxt):
            airfield = self._town_airfield(body, tok, nxt)
            if airfield is not None:
                return airfield
        if cyrillic:
            if prev is not None and prev.low in CYR_DESIGNATORS and _adjacent(body, prev, tok):
                cue, head, kind = True, prev, "region"
            elif _settlement_named(body, toks, i):
                cue, kind = True, "settlement"
            elif prev is not None and prev.low in _CONJUNCTIONS \
                    and _last_settlement_ends(body, found, prev.start):
                cue, kind = True, "settlement"  # "у селах X та Y": the second is one too
            if nxt is not None and nxt.low in CYR_GEO_NOUNS and _adjacent(body, tok, nxt):
                cue, tail, kind = True, nxt, "region"
            if not cue:
                if prev is not None and prev.cap and _adjacent(body, prev, tok) \
                        and prev.low not in LOCATIVE and prev.low not in FUNCTION_WORDS \
                        and not _acronym(prev.text) \
                        and not (prev.low in _CYR_HEADS_OF_PLACES
                                 and _sentence_start(body, toks, i - 1)):
                    # the second word of a person's name ("Вночі X", "ППО X": not one), unless
                    # the word before describes a prominent place ("Захоплений Крим")
                    if not self._cyrillic_descriptor(body, toks, i - 1, True):
                        return None
                    described = True
                if next_cap and nxt is not None:
                    two = self._inflected_pair(
                        body, tok, nxt, located=prev is not None and (
                            (prev.low in LOCATIVE or prev.low in _CYR_RESIDENTS)
                            and _adjacent(body, prev, tok)
                            or (prev.low in _CONJUNCTIONS and bool(found)
                                and _LIST_TAIL.fullmatch(body, found[-1].end, prev.start)
                                is not None)))
                    if two is not None:
                        return two
                if next_cap and nxt is not None and self._lookup(nxt.text) is None \
                        and not _acronym(nxt.text) and not _locative_form(prev, tok) \
                        and self._longest(body, toks, i + 1) is None \
                        and not self._names_country(nxt.text):
                    if prev is None or prev.low not in _CYR_HEADS_OF_PLACES:
                        # a first name before a surname (not before an acronym: "У Києві ППО",
                        # "атакував Полтавщину БпЛА")
                        return None
                    # (but after the head of a town its genitive comes before the head's name:
                    # "мер Харькова Игорь Терехов", if the town is a prominent one, or any
                    # town's case form before a full name, "мер Корюківки Ратан Ахмедов",
                    # where the word after the head cannot be the first name)
                    described = True
                    before_name = i + 2 < len(toks) and toks[i + 2].cap \
                        and _adjacent(body, nxt, toks[i + 2])
                # (after a colon a capitalised word opens a list item more often than a
                # sentence: "з трьох напрямків: Приморсько-Ахтарська, Сещі")
                # (a colloquial region name, "Полтавщина", may open a sentence)
                cue = (prev is not None and prev.low in LOCATIVE) \
                    or not _sentence_start(body, toks, i) \
                    or body[max(0, tok.start - 3):tok.start].rstrip().endswith(":")
                if not cue and is_colloquial_region(tok.text):
                    cue, kind, only_region = True, "region", True
                elif not cue and not next_cap and _zipf(tok.low) < _COMMON_OPENER_ZIPF:
                    # a case form of a prominent place opening a sentence: "Одесу атакували"
                    # (not a common word that resembles one: "Работы", Rabat)
                    cue = only_prominent = True
                elif not cue and not next_cap and tok.low not in FUNCTION_WORDS:
                    # a prominent place's name as frequent as a word, opening a sentence:
                    # "Москва заявила", "Крим залишається" (not "Крім того", nor a first name
                    # before a surname)
                    cue = only_prominent = as_named = True
        elif landform:
            cue = True
        elif prev is not None and (prev.low in DESIGNATORS or (
                prev.low == "of" and prev2 is not None and prev2.low.rstrip("s") in DESIGNATORS)) \
                and _adjacent(body, prev, tok):
            cue, kind = True, "settlement"  # (not "the mayor of the city, Rustem Nuriev")
        elif prev is not None and prev.low == "s" and prev2 is not None \
                and prev2.low in _EN_AREA_OWNERS and body[prev.start - 1:prev.start] in "'’" \
                and _adjacent(body, prev, tok):
            cue, kind = True, "settlement"  # "the Kupiansk district's X"
        elif prev is not None and prev.low in {"and", "or"} and found \
                and 0 < prev.start - found[-1].end <= 6:
            cue = True  # coordinated with a place just before
        elif found and body[found[-1].end:tok.start] == ", " and _in_settlement_list(body, found) \
                and (after := _after_name(body, toks, i, next_cap)) is not None \
                and (body[toks[after - 1].end:toks[after].start] == ", "
                     or toks[after].low in {"and", "or"}):
            # inside a list of settlements: "X, Y and Z" after one the text introduced, or after
            # two known ones ("Kanivske, Orikhove, Novodarivka")
            cue, kind = True, "settlement"
        elif found and body[found[-1].end:tok.start] == ", " and found[-1].kind is None \
                and found[-1].top_precision is Precision.SETTLEMENT and nxt is not None \
                and ((body[tok.end:nxt.start] == ", " and nxt.cap)
                     or (nxt.low in {"and", "or"} and i + 2 < len(toks) and toks[i + 2].cap)):
            cue, kind = True, "settlement"  # between a known settlement and the list's next
        elif prev is not None and prev.low == "on" and prev2 is not None \
                and prev2.low in _EN_ATTACK_NOUNS and nxt is not None \
                and (body[tok.end:nxt.start] == ", " or nxt.low in {"and", "or"}):
            cue, kind = True, "settlement"  # the first of a list of targets: "attacks on X, Y"
        elif prev is not None and not prev.cap and nxt is not None \
                and body[tok.end:nxt.start] == ", " and self._listed_next(body, toks, i + 1):
            cue, kind = True, "settlement"  # the first of a list: "including X, Y, Z"
        elif nxt is not None and nxt.low in {"in", "near"} and i + 2 < len(toks) \
                and self._lookup(toks[i + 2].text if toks[i + 2].low != "the" else
                                 toks[min(i + 3, len(toks) - 1)].text) is not None:
            cue = True  # "X in the Kherson region"
        elif prev is not None and prev.low in {"in", "near", "outside", "at"} \
                and _adjacent(body, prev, tok):
            # (not "In 2015, X asked": the preposition governs the year; but "in Velyka
            # Rohozianka" is a village's two-word name)
            cue = not next_cap or tok.low in _EN_NAME_ADJECTIVES
        adjective_pair = not cyrillic and cue and next_cap and tok.low in _EN_NAME_ADJECTIVES
        if adjective_pair:
            kind = kind or "settlement"
        if prev is not None and prev.low.rstrip(".") in _CYR_STREET_WORDS:
            return None  # "по улице Киевская": a street's name, not a place
        if not cue or (head is tail and (_after_saying(body, prev, tok)
                                         or (_before_saying(body, tok, nxt)
                                             and (prev is None
                                                  or not _adjacent(body, prev, tok)
                                                  or (prev.low not in LOCATIVE
                                                      and prev.low not in _CYR_HEADS_OF_PLACES))))
                       and not is_colloquial_region(tok.text)):
            # (the speaker after a verb of saying, or before it: "..., добавляет Федоров",
            # "Деталі: Федоров повідомив", "в 14:30 Федоров сообщил", not "У Херсоні
            # повідомили"; a region may speak through its officials: "повідомила Одещина")
            return None
        options: list[tuple[_Tok, _Tok]] = [(head, tail)]
        if tail is tok and next_cap and not cyrillic and nxt is not None:
            options.insert(0, (head, nxt))
            if landform:
                del options[1:]  # (not "Cape" alone)
        # a settlement word before two capitalised words: a two-word village the text
        # introduces ("с. Малый Бурлук", "у селі Нова Гута"); not the village and the region
        # or city after it ("у селі X Херсонської області"), nor a town and the word that opens
        # a sentence whose stop is missing ("по городу Черноморску Бывшее название")
        pair = False
        if cyrillic and kind == "settlement" and tail is tok and next_cap and nxt is not None \
                and not _CYR_SK_ADJECTIVE.search(nxt.low):  # ("X Богодухівського району")
            alone = self._known_alone(nxt.text)
            pair = alone is None or not _important(alone.precision, alone.place.population)
            if pair:
                town = self._known_alone(tok.text)
                pair = town is None or town.place.population < SMALL_PLACE \
                    or town.place.country not in EAST_SLAVIC_COUNTRIES
        if pair or adjective_pair:
            assert nxt is not None
            pair, options = True, [(head, nxt)]
        for first, last in options:
            phrase = body[first.start:last.end]
            query = None
            try:
                cands = self.gaz.geocode(phrase, limit=1, prefer=kind)
                if not cands and first is not tok:
                    # a designator the gazetteer does not strip ("АР Крим"): the name alone
                    query = body[tok.start:last.end]
                    cands = self.gaz.geocode(query, limit=1, prefer=kind)
            except InvalidQueryError:
                return None
            # "the village of X", "у селі X", "Cape X": the text says X is a place even where
            # no gazetteer lists it; the mention then stands, unresolved, for an analyst to place
            unknown = Found(first.start, last.end, phrase, kind, "unresolved",
                            Precision.REGION if landform else Precision.SETTLEMENT) \
                if landform or (kind == "settlement" and (first is last or pair)) else None
            if not cands:
                if unknown is not None:
                    return unknown
                continue
            fuzzy = cands[0].match == "fuzzy"
            if landform and fuzzy and not cands[0].matched_name.startswith(tok.low):
                return unknown  # "Cape Peron" is no fuzzy "Capbreton"
            if fuzzy and (len(phrase) < 6 or (cyrillic and first is last)):
                if unknown is not None:
                    return unknown
                continue
            if fuzzy and len(key := normalize(phrase)) >= len(cands[0].matched_name) + 3 \
                    and key.endswith(cands[0].matched_name):
                continue  # a place's name after a company's prefix: "Ukrzaliznytsia"
            top = cands[0].place
            if short and (cands[0].match != "inflection" or not _prominent(top)
                          or top.country not in FOCUS_COUNTRIES):
                continue
            if capitals and (not _prominent(top) or (
                    len(tok.text) <= 4 and cands[0].match in ("inflection", "phonetic"))):
                # (a word of four capitals read only as a case form is an acronym: "КОВА", the
                # Kyiv oblast military administration, is no form of Kyiv)
                continue
            if cyrillic and first is last and top.country not in CYRILLIC_COUNTRIES \
                    and not _prominent(top):
                # a foreign surname in Cyrillic ("Канані"), not a foreign village; a village
                # the text introduces is one, which no table lists ("у селі Завадське")
                if unknown is not None:
                    return unknown
                continue
            if only_prominent and (cands[0].match not in (_NAMED_MATCHES if as_named
                                                          else ("inflection",))
                                   or not self._prominent_or_oblast_town(top)
                                   or top.country not in FOCUS_COUNTRIES
                                   or not _same_initial(tok.text, top.name)):
                # (common words decline into foreign names: "Работы", Rabat; and into a town's
                # odd alternate: "Військові", of the military, is "Viysk", Biysk)
                continue
            if described and not self._prominent_or_oblast_town(top) \
                    and not (before_name and cands[0].match == "inflection"
                             and top.precision is Precision.SETTLEMENT
                             and top.country in FOCUS_COUNTRIES):
                continue
            if only_region and (cands[0].precision is not Precision.REGION
                                or cands[0].place.country not in CYRILLIC_COUNTRIES):
                continue
            if cyrillic and first is last and _zipf(tok.low) >= 4.0 and not _prominent(top) \
                    and kind != "settlement":
                # a common word that a minor place also bears ("Сили"), unless the text calls
                # it a village ("в селе Новое")
                continue
            return Found(first.start, last.end, phrase, kind, cands[0].match, cands[0].precision,
                         query=query)
        return None


#: the kinds of outlet a name right after them belongs to ("the Telegram channel Baza"; not
#: "канал", which is also a canal: "канал Бистре")
_OUTLET_KINDS = frozenset({"channel", "newspaper", "tabloid", "outlet", "газета", "газети",
                           "газеты", "издание", "видання"})
#: power plants in full words, in any case ("гідроелектростанції", "теплоэлектроцентрали"),
#: with the acronym the gazetteer's tables write them by
_CYR_PLANT_ACRONYM_OF = {"гідроелектростанці": "ГЕС", "теплоелектростанці": "ТЕС",
                         "теплоелектроцентрал": "ТЕЦ", "гидроэлектростанци": "ГЭС",
                         "теплоэлектростанци": "ТЭС", "теплоэлектроцентрал": "ТЭЦ"}
_CYR_PLANT_NOUNS = tuple(_CYR_PLANT_ACRONYM_OF)
#: Airfield nouns after a town's adjective ("Кременчугский аэродром") and the adjective's ends
_CYR_AIRFIELD_NOUNS = (*cues.CYR_AIRFIELDS, "аеропорт", "аэропорт")
#: a seaport named by its town's adjective, in any case ("Одеському порту", "Измаильский порт")
_CYR_PORT_NOUNS = frozenset({"порт", "порту", "порта", "порті", "порте", "портом"})
#: a power plant named by its town's adjective ("Харьковскую ТЭЦ-5", "Кременчуцької ГЕС")
_CYR_PLANT_ACRONYMS = frozenset({"тэс", "тэц", "гэс", "аэс", "гаэс", "тес", "тец", "гес", "аес",
                                 "гаес"})
#: (a town's adjective in any case: "Кременчуцьку", "Харьковскую")
_CYR_ADJECTIVE_ENDS = tuple(
    [stem + end for stem in ("ськ", "цьк", "зьк") for end in ("ий", "а", "ого", "ому", "им", "ій",
                                                              "у")]
    + [stem + end for stem in ("ск", "цк", "зк") for end in ("ий", "ая", "ого", "ому", "им", "ой",
                                                           "ую", "ом")])
#: English landform nouns that open a name ("Cape Chauda", "Mount Ai-Petri", "Lake Sasyk")
# English nouns of attack whose "on" introduces the places attacked
_EN_ATTACK_NOUNS = frozenset(cues.ATTACK_NOUNS) | {"fire", "airstrike", "airstrikes"}


def _in_settlement_list(body: str, found: Sequence[Found]) -> bool:
    """Whether the last mention found is a settlement in a list: one the text introduced as a
    settlement, or a known one after another that a comma joins to it."""
    last = found[-1]
    if last.kind == "settlement":
        return True
    return last.kind is None and last.top_precision is Precision.SETTLEMENT \
        and len(found) > 1 and found[-2].top_precision is Precision.SETTLEMENT \
        and body[found[-2].end:last.start] == ", "


_LANDFORM_HEADS = frozenset({"cape", "mount", "lake", "isle", "island", "spit", "bay", "gulf",
                             "river"})
#: the four quarters as Ukrainian and Russian nouns, in their case forms
_CYR_COMPASS_NOUNS = frozenset({
    "північ", "півночі", "північчю", "південь", "півдня", "півдні", "півднем", "схід", "сходу",
    "сході", "сходом", "захід", "заходу", "заході", "заходом", "север", "севера", "северу",
    "севере", "севером", "юг", "юга", "югу", "юге", "югом", "восток", "востока", "востоку",
    "востоке", "востоком", "запад", "запада", "западу", "западе", "западом"})
#: the nouns of a port named with "of" ("the port of X"), which the tables may list as one
_PORT_HEADS = frozenset({"port", "seaport"})
#: Ukrainian adjectives that open two-word village names, transliterated ("Velyka Rohozianka",
#: "Mala Danylivka", "Nova Hrebla"): before another capitalised word they are part of a name,
#: not a first name or a place of their own
_EN_NAME_ADJECTIVES = frozenset({
    "velyka", "velykyi", "velyke", "mala", "malyi", "male", "nova", "novyi", "nove", "stara",
    "staryi", "stare", "verkhnia", "verkhnii", "verkhnie", "nyzhnia", "nyzhnii", "nyzhnie",
    "serednia"})

# TOKEN as the one group of a pattern that splits a body into [gap, word, gap, word, ..., gap].
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
_new_tok = tuple.__new__  # builds a _Tok from a tuple of its fields, without a Python call


#: the nouns for the residents of a place, whose genitive follows ("мешканці Великого
#: Бурлука"): a village's two-word name there is one, as after a locative preposition
_CYR_RESIDENTS = frozenset({"мешканці", "мешканців", "мешканка", "мешканець", "жителі",
                            "жителів", "жителька", "житель", "жители", "жителей", "жительница"})
#: what may stand between a list's last mention and the conjunction before its next item:
#: more items ("X, Y та Z": Y unknown)
_LIST_TAIL = re.compile(r"(?:\s*,\s*[А-ЯІЇЄҐ][\w'’-]*)*\s*")


def _last_settlement_ends(body: str, found: Sequence[Found], at: int) -> bool:
    """Whether the last mention found is a settlement that ends just before ``at``, perhaps
    with the community or district it lies in after it ("у селах X та Y", "у селах X
    Зміївської громади та Y")."""
    if len(found) > 1 and found[-1].surface.lower().endswith(cues.CYR_AREA_GENITIVES) \
            and not body[found[-2].end:found[-1].start].strip():
        last = found[-2]  # (the settlement, before the area it lies in)
        return last.kind == "settlement" and 0 < at - found[-1].end <= 6
    return bool(found) and found[-1].kind == "settlement" and 0 < at - found[-1].end <= 6



def _tokens_of(body: str) -> tuple[list[_Tok], list[int]]:
    """The words of ``body`` as tokens, in order, and the indices of the capitalised ones with
    a hyphen (before any hyphenated pair is split).

    A report has a token per word, so the fields are computed a column at a time by C-level
    built-ins (the offsets are running sums of the lengths of the words and of the gaps between
    them) and zipped into tokens, rather than by a Python call per word.
    """
    pieces = _TOKEN_SPLIT.split(body)
    offsets = list(accumulate(map(len, pieces), initial=0))
    texts = pieces[1::2]
    caps = list(map(str.isupper, map(itemgetter(0), texts)))
    lows = map(str.lower, texts)
    fields = zip(offsets[1:-1:2], offsets[2::2], texts, caps, lows, strict=True)
    toks = list(map(_new_tok, repeat(_Tok), fields))
    hyphenated = [k for k in compress(range(len(caps)), caps) if "-" in texts[k]]
    return toks, hyphenated


_FACILITY_TAILS = {"airfield", "airbase", "airport", "aerodrome", "airstrip", "refinery", "base"}
#: a facility noun after "oil" ("the Ilsky oil refinery", "the Tikhoretsk oil depot")
_OIL_FACILITIES = {"refinery", "depot", "terminal"}
#: a command or force named after a part of the country ("Сили оборони півдня України",
#: "Силы обороны юга Украины", "Defense Forces of the South of Ukraine")
_FORCES_OF = re.compile(r"(?i:оборони|обороны|командування|командования|forces\s+of|"
                        r"command\s+of)\s+(?:(?i:the)\s+)?$")
#: the words after a name that make it a power plant's ("Zmiivska thermal plant")
_POWER_PLANT_WORDS = {"thermal", "hydroelectric", "hydropower", "hydro", "nuclear", "combined"}
#: Cyrillic nouns of facilities named by an adjective before them: bridges, airfields, plants
_CYR_FACILITY_NOUNS = ("міст", "мост", "аеродром", "аэродром", "аеропорт", "аэропорт", "завод",
                       "гес", "аес", "тэц", "тец", "нпз")
_DISTRICT_TAILS = {"district", "raion", "rayon", "hromada", "community", "municipality", "county"}
#: a unit's noun in the genitive, which names the unit of the name after it when it stands
#: after a noun ("Этулия района Вулканешты", "село X району Y") rather than an adjective
#: ("Сумського району", where it is the adjective's)
_CYR_GENITIVE_UNITS = frozenset({"района", "району", "области", "області", "округа", "округу",
                                 "громады", "громади"})


#: the heads of a town or village, whose name may follow "мер міста", "глава села"
#: (in any case: "мера міста Артема Семеніхіна", "главы города")
_CYR_HEADS_OF_PLACES = frozenset({
    "мер", "мера", "меру", "мером", "мері", "мэр", "мэра", "мэру", "мэром", "мэре",
    "голова", "голови", "голові", "голову", "головою", "глава", "главы", "главе", "главу",
    "главой", "староста", "старости", "старосты", "старості", "старосте", "старосту",
    "старостою", "старостой", "очільник", "очільника", "очільнику", "очільником",
    "начальник", "начальника", "начальнику", "начальником"})
#: an adjective in -ськ-/-цьк-/-зьк- (-ск-, -цк-, -зк-), in any case: a region's or district's
#: name ("Харківської", "Богодухівського", "Курской")
_CYR_SK_ADJECTIVE = re.compile(r"(?:сь|ць|зь|с|ц|з)к(?:ий|ій|ый|ой|ая|а|ої|ого|ому|им|ім|у|ою|ую"
                               r"|ые|і|их|ими|ие|ое|е)$")
#: what stands between an abbreviation and the name after it
_ABBREVIATION_GAPS = (". ", ".\u00a0", ".")


def _settlement_named(body: str, toks: Sequence[_Tok], i: int) -> bool:
    """Whether a Cyrillic word that introduces a settlement stands right before token ``i``:
    "у селі X", "в селе X", "у населеному пункті X" (the official "inhabited place"), or its
    abbreviation: "с. X", "смт. X", "м. X"."""
    if i < 1:
        return False
    prev = toks[i - 1].low
    if body[toks[i - 1].end:toks[i].start] in _ABBREVIATION_GAPS:
        # "с. Казачья Лопань", "смт. Козача Лопань", "м. Суми" (not the end of a unit joined to
        # what comes before: "150 кв.м. Повреждены", square metres)
        start = toks[i - 1].start
        return prev in cues.CYR_SETTLEMENT_ABBREVIATIONS and toks[i - 1].text.islower() \
            and (start == 0 or body[start - 1] not in "./")
    if not _adjacent(body, toks[i - 1], toks[i]):
        return False
    if prev in CYR_SETTLEMENT_WORDS:
        # (not the person after "мер міста", "глава села": the mayor of the town, named)
        return i < 2 or toks[i - 2].low not in _CYR_HEADS_OF_PLACES
    return prev in _CYR_PUNKT and i >= 2 and toks[i - 2].low.startswith(_CYR_INHABITED) \
        and _adjacent(body, toks[i - 2], toks[i - 1])


def _tail_after(body: str, toks: Sequence[_Tok], j: int) -> tuple[int, str | None] | None:
    """A lower-case facility or district noun right after the name ending at token ``j``:
    (index of its last token, the kind it asks for)."""
    if j + 1 >= len(toks):
        return None
    t = toks[j + 1]
    # (a capitalised facility noun is the facility's too: "the Ilsky Oil Refinery")
    if (t.cap and not (t.low in _FACILITY_TAILS or t.low == "oil")) \
            or (t.low not in _FACILITY_TAILS and t.low not in {"air", "military", "oil"}
                and t.low not in _DISTRICT_TAILS) or not _adjacent(body, toks[j], t):
        return None
    if t.low in _FACILITY_TAILS:
        return j + 1, "facility"
    if t.low == "oil" and j + 2 < len(toks) and toks[j + 2].low in _OIL_FACILITIES \
            and _adjacent(body, t, toks[j + 2]):
        return j + 2, "facility"
    if t.low == "air" and j + 2 < len(toks) and toks[j + 2].low in {"base", "bases"} \
            and _adjacent(body, t, toks[j + 2]):
        return j + 2, "facility"
    if t.low == "military" and j + 2 < len(toks) and _adjacent(body, t, toks[j + 2]):
        # "Kirovske military airfield", "the Saky military air base"
        found = _tail_after(body, toks, j + 1)
        if found is not None and found[1] == "facility":
            return found
    if t.low in _DISTRICT_TAILS:
        return j + 1, None
    return None


def _headed_place(body: str, toks: Sequence[_Tok], i: int) -> tuple[Found, int] | None:
    """1-3 capitalised words followed by a capitalised place head: (mention, last index)."""
    j = i
    while j < len(toks) and j < i + 4:
        t = toks[j]
        if not t.cap or (j > i and not _adjacent(body, toks[j - 1], t)):
            return None
        if j > i and t.low in PLACE_HEADS:
            if toks[i].low in {"the", "a", "an"} or _zipf(toks[i].low) >= 5.0 \
                    or toks[i].low in DEMONYMS:
                # (nor a people's adjective: "two Ukrainian Danube River ports" name the river)
                return None
            if _title_case_line(body, t.start) \
                    and any(_zipf(toks[k].low) >= _COMMON_ZIPF for k in range(i, j)):
                return None  # "Russia Attacks Ukrainian Danube Port": a headline's words
            f = Found(toks[i].start, t.end, body[toks[i].start:t.end], "facility"
                      if t.low not in {"county", "township", "parish", "valley", "river",
                                       "lake", "mountains", "forest", "desert", "gulf",
                                       "coast", "peninsula"} else "region", "pattern",
                      Precision.FACILITY)
            return f, j
        j += 1
    return None


#: how common a Cyrillic word that opens a sentence may be and still be tried as a case form of
#: a prominent place ("Одесу" 3.9, "Москву" 4.9; "Кроме" 5.5, "Усього" 4.9 is foreign-only)
_COMMON_OPENER_ZIPF = 5.0
#: the population from which a city is important (see :func:`_important`)
_LARGE_CITY = 100_000
#: How the gazetteer may match a very common word that opens a sentence for it to name a place
_NAMED_MATCHES = ("exact", "alternate", "inflection")
#: a capitalised Cyrillic adjective and the word for a district
_CYR_DISTRICT_PHRASE = re.compile(r"[А-ЯЇІЄҐЁ][\w'’]*\s+район(?:і|а|у|е|ом)?")


def _same_initial(word: str, name: str) -> bool:
    """Whether a Cyrillic word begins with the sound its place's own name begins with ("Одесу",
    Odesa; "Ейск", Yeysk; not "Військові", Biysk): a common word opening a sentence must be
    that place's name in some case, not a look-alike of one of its alternates."""
    a = normalize(word).removeprefix("y")[:1]
    b = normalize(name).removeprefix("y")[:1]
    return not a or not b or a == b


def _important(precision: Precision, population: int) -> bool:
    """A country, a region, or a city of ``_LARGE_CITY`` people or more: a place a common word
    or a capitalised neighbour does not easily stand for."""
    return precision in (Precision.COUNTRY, Precision.REGION) or population >= _LARGE_CITY


def _prominent(place: Place) -> bool:
    """A place a common word may still name: a country, a region or city of the countries the
    reports are about, or any city of a million."""
    if place.precision is Precision.COUNTRY or place.population >= 1_000_000:
        return True
    return place.country in FOCUS_COUNTRIES and (
        place.precision is Precision.REGION or place.population >= _LARGE_CITY)


#: a top-level domain right after a name: the name is part of a web address
_DOMAIN = re.compile(r"\.(?i:ua|ru|by|com|net|org|info|news|media|online|today|tv|fm)\b"
                     # (or any dotted name in quotes: 'reference to "Krym.Realii"'; and Radio
                     # Liberty's regional desks without them: "Crimea.Realii", "Север.Реалии")
                     r"|\.\w+[\"”»]|\.(?i:realii|реалии|реалії)\b")


def _region_of_alias(idx: NameIndex, hits: Sequence[Hit]) -> bool:
    """Whether a name that a country lists only as an alternate is a region of that country's
    own ("Gaza Strip" is an alternate of the Palestinian territories and of the Gaza region):
    the phrase names the region, not the country."""
    countries = {idx.place(h.place_id).country for h in hits
                 if idx.precision_code(h.place_id) is Precision.COUNTRY}
    if any(h.flags & PRIMARY for h in hits
           if idx.precision_code(h.place_id) is Precision.COUNTRY):
        return False
    return any(idx.precision_code(h.place_id) is Precision.REGION
               and idx.place(h.place_id).country in countries for h in hits)


def _sentence_start(body: str, toks: Sequence[_Tok], i: int) -> bool:
    if i == 0:
        return True
    return bool(_SENTENCE_END.search(body[toks[i - 1].end:toks[i].start])) \
        or _starts_line(body, toks[i].start)


def _plausible_name(phrase: str) -> bool:
    """Cheap checks that rule a phrase out before any lookup."""
    if len(phrase) <= 2 and phrase not in _ABBREVIATIONS:
        return False
    if phrase.isupper() and len(phrase) <= 3 and phrase not in _ABBREVIATIONS:
        return False
    return phrase.lower() not in QUALIFIERS


#: a capital right after a small letter, as in an acronym written in mixed case ("БпЛА"), not
#: after a hyphen ("Івано-Франківськ")
_CAMEL = re.compile(r"[a-zа-яіїєґё][A-ZА-ЯІЇЄҐЁ]")


def _acronym(word: str) -> bool:
    """A word in capitals, or with two capitals at least ("ППО", "БпЛА"): no first name."""
    return word.isupper() or sum(c.isupper() for c in word) >= 2


def _locative_form(prev: _Tok | None, tok: _Tok) -> bool:
    """A capitalised word in the locative after "в"/"у" ("у Львові", "в Москве"): a place,
    not a first name, whatever capitalised word follows ("у Львові Андрій Садовий заявив").
    (A genitive after "у" may be a person who has something: "у Олега".)"""
    return prev is not None and prev.low in ("в", "у", "во") \
        and tok.low.endswith(("і", "ї", "е", "у", "ю"))


@lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    """How common a word is in the language of its script (English, Ukrainian or Russian)."""
    if has_cyrillic(word):
        return max(zipf_frequency(word, "uk"), zipf_frequency(word, "ru"))
    return zipf_frequency(word, "en")


def _is_model_name(body: str, tok: _Tok) -> bool:
    """Weapon and model designations: "Shahed-136", "Geran-2"."""
    return body[tok.end:tok.end + 1] in "-‑" and body[tok.end + 1:tok.end + 2].isdigit() \
        if tok.end < len(body) else False


def _is_modifier(body: str, tok: _Tok) -> bool:
    """A name joined to a lowercase word makes an adjective ("Kyiv-based", "Moscow-occupied"):
    it qualifies something else and locates nothing by itself."""
    return body[tok.end:tok.end + 1] == "-" and body[tok.end + 1:tok.end + 2].islower()


def _after_name(body: str, toks: Sequence[_Tok], i: int, next_cap: bool) -> int | None:
    """The index of the token after the name ``toks[i]`` opens: the next one, or the one after
    that where a Ukrainian adjective and a capitalised word name a village together ("Verkhnia
    Tersa"); None at the end of the text."""
    j = i + 2 if next_cap and toks[i].low in _EN_NAME_ADJECTIVES else i + 1
    return j if j < len(toks) else None


#: what joins the items of a list of places
_LIST_GAPS = frozenset({",", "and", ", and", "or", ", or", "та", "і", "й", "и", ",  and"})


#: the nouns that close a Cyrillic list of oblasts, districts, hromadas or seas (plural, or
#: the singular a list may loosely end with: "Вінницька та Івано-Франківська область")
_CYR_CLOSING_NOUNS = _CYR_PLURAL_REGION | _CYR_PLURAL_DISTRICT | _CYR_PLURAL_HROMADA \
    | _CYR_SINGULAR_UNITS | _CYR_PLURAL_SEA
_CLOSING_NOUN_RE = re.compile(r"\s+([^\W\d_]+)")


def _with_closing_noun(body: str, found: list[Found]) -> list[Found]:
    """The last item of a Cyrillic list with the plural noun the items share, as the text
    writes it: "Кременчуцькому та Лубенському районах" names "Лубенському районах" (each item is
    still looked up as before, with the singular noun)."""
    out = list(found)
    for k in range(1, len(out)):
        f, before = out[k], out[k - 1]
        m = _CLOSING_NOUN_RE.match(body, f.end)
        if m is None or m.group(1).lower() not in _CYR_CLOSING_NOUNS \
                or f.kind not in ("region", "district") or not has_cyrillic(f.surface) \
                or not _HEDGED_LIST_GAP.fullmatch(body, before.end, f.start) \
                or (k + 1 < len(out) and out[k + 1].start < m.end()):
            continue
        out[k] = replace(f, end=m.end(), surface=body[f.start:m.end()],
                         query=f.query or f.surface)
    return out


#: the nouns of a military axis ("напрямок", "направление"), by their stems, and what may
#: join the adjectives before one ("Одеському чи Миколаївському")
_AXIS_STEMS = ("напрям", "направлен")
_AXIS_LINKS = _CONJUNCTIONS | {"чи", "а"}


def _axis_after(body: str, toks: Sequence[_Tok], j: int) -> bool:
    """Whether the Cyrillic name ending at token ``j`` is (one of a list of) adjectives before
    an axis noun: "Одеському чи Миколаївському напрямках"."""
    k = j + 1
    while k < len(toks) and k <= j + 6:
        t = toks[k]
        if _SENTENCE_PUNCT.intersection(body[toks[k - 1].end:t.start]):
            return False
        if t.low.startswith(_AXIS_STEMS):
            return True
        if not (t.cap and has_cyrillic(t.text)) and t.low not in _AXIS_LINKS:
            return False
        k += 1
    return False


def _mark_coordinated_regions(body: str, found: list[Found], noun: str = "regions") -> None:
    """Mark the members of "A, B and C regions" (the last ones found) as regions, and those of
    "A and B districts" or "A and B hromadas" as districts, each looked up with the noun."""
    unit = _PLURAL_UNITS.get(noun)
    k = len(found) - 1
    while k >= 0:
        f = found[k]
        query = f.query or f.surface
        found[k] = replace(f, kind="region") if unit is None else \
            replace(f, kind="district",
                    query=query if query.endswith(f" {unit}") else f"{query} {unit}")
        if k == 0:
            break
        gap = body[found[k - 1].end:f.start].strip()
        if gap.lower() not in _LIST_GAPS and not _UNKNOWN_ITEM_GAP.fullmatch(gap):
            break
        k -= 1


#: the gap between two members of a list that holds one more member no table knows, which
#: does not end the list ("Kiev, Poltava, Mykolaie, and Odessa regions")
_UNKNOWN_ITEM_GAP = re.compile(r"(?:,|,?\s*(?:and|or|та|і|й|и))\s+[A-ZА-ЯІЇЄҐ][\w'’-]*"
                               r"(?:,|,?\s+(?:and|or|та|і|й|и))")

#: the plural designators of districts, with the singular a member is looked up with
_PLURAL_UNITS = {"districts": "district", "hromadas": "hromada", "communities": "community"}


def _english_list_noun(body: str, toks: Sequence[_Tok], i: int) -> str | None:
    """The plural designator that closes a list of capitalised words from ``toks[i]`` on
    ("Solomianskyi, Sviatoshynskyi, and Dniprovskyi districts"), if there is one."""
    k = i
    while k + 1 < len(toks) and k < i + 12:
        nxt = toks[k + 1]
        if nxt.low in PLURAL_TAIL:
            return nxt.low if body[toks[k].end:nxt.start] == " " else None
        m = k + 2 if nxt.low in ("and", "or") and k + 2 < len(toks) else k + 1
        if not toks[m].cap or body[toks[k].end:toks[m].start].strip().lower() not in _LIST_GAPS:
            return None
        k = m
    return None


#: "the regions of", "the provinces of": the names after it are regions
_REGIONS_OF = re.compile(r"\b(?i:regions|oblasts|provinces|region|oblast|province)\s+of\s+$")


def _mark_regions_of(body: str, found: list[Found]) -> None:
    """Mark the places of "the regions of A, B and C" (and "the region of A") as regions."""
    k = 0
    while k < len(found):
        f = found[k]
        if f.kind is None and _REGIONS_OF.search(body, max(0, f.start - 20), f.start):
            while k < len(found):
                g = found[k]
                if g.kind is None and g.top_precision is not Precision.COUNTRY:
                    found[k] = replace(g, kind="region")
                if k + 1 == len(found) or body[g.end:found[k + 1].start].strip().lower() \
                        not in _LIST_GAPS:
                    break
                k += 1
        k += 1


#: an item of a Cyrillic list of settlements: one or two capitalised words ("Чарівне", "Томина
#: Балка", "Малої Токмачки")
_CYR_LIST_ITEM = r"[А-ЯІЇЄҐ][а-яіїєґё'’ʼ-]+(?:[ -][А-ЯІЇЄҐ][а-яіїєґё'’ʼ-]+)?"
#: the step to the next item: a comma, or a conjunction that ends the list (a settlement word
#: may follow it: "..., Понятівка та місто Херсон")
_CYR_LIST_STEP = re.compile(
    rf",\s+(?P<item>{_CYR_LIST_ITEM})"
    rf"|(?:,?\s+(?:та|і|й|и)\s+(?:(?:{'|'.join(sorted(CYR_SETTLEMENT_WORDS))})\s+)?)"
    rf"(?P<final>{_CYR_LIST_ITEM})")
#: what closes a list: the end of the clause after its last item, or "та інші" (and others)
_CYR_LIST_CLOSED = re.compile(r"\s*(?:[.,;:!?)\n]|$)")
_CYR_LIST_OTHERS = re.compile(r",?\s+(?:та|і|и)\s+(?:інші|інших|ін\.|другие|других|др\.)")
#: a head noun right before a list that says its items are settlements ("по населених пунктах
#: X, Y", "серію сіл: X, Y", "на територію X, Y")
_CYR_LIST_HEAD = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(CYR_SETTLEMENT_WORDS))}|пунктах|пунктів|пунктов|територію"
    rf"|территорию|территории|території)[:\s]\s*)$", re.IGNORECASE)


def _list_members(body: str, found: list[Found]) -> list[Found]:
    """``found`` with the unknown or common-word names of a Cyrillic list of settlements added
    as settlements: the text names them as it names their neighbours ("Херсон, Білозерка,
    Чарівне, Томина Балка": Чарівне, "charming", is a village there).

    A list runs from a place by commas to a last item after "та/і/й/и". Its unknown items
    count when they stand before one of its settlements, or anywhere in it when a settlement
    noun heads the list ("по населених пунктах X, Y та Z") or two of its items are known
    places (one a settlement), and it ends where a clause does or with "та інші". An item the
    recogniser read as two places ("Тараса Шевченка", a village named after the poet:
    "Тараса" is no Taraz) is one.
    """
    if not found:
        return found
    starts = [f.start for f in found]
    drop: set[int] = set()  # indexes into found
    added: list[Found] = []
    k = 0
    while k < len(found):
        a = found[k]
        # (a list may open with a city its oblast is named after, "Херсон"; not with a listed
        # adjective, whose list is of districts or hromadas)
        if a.top_precision not in (Precision.SETTLEMENT, Precision.REGION) \
                or a.kind == "district" or not has_cyrillic(a.surface):
            k += 1
            continue
        items: list[tuple[int, int, str]] = []
        pos = a.end
        closed = False
        while (m := _CYR_LIST_STEP.match(body, pos)) is not None:
            name = "item" if m.group("item") else "final"
            items.append((m.start(name), m.end(name), m.group(name)))
            pos = m.end()
            if name == "final":
                closed = _CYR_LIST_CLOSED.match(body, pos) is not None
                break
        else:
            closed = _CYR_LIST_OTHERS.match(body, pos) is not None
        if not items:
            k += 1
            continue
        # the mentions inside each item, by index
        members: list[list[int] | None] = []  # (None: a mention runs on past the item)
        for s, e, _ in items:
            inside = range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e))
            members.append(None if any(found[j].end > e for j in inside) else list(inside))
        whole = [js is not None and len(js) == 1
                 and (found[js[0]].start, found[js[0]].end) == items[n][:2]
                 for n, js in enumerate(members)]  # (the item is one mention, as it stands)
        settled = [n for n, js in enumerate(members)
                   if whole[n] and js and found[js[0]].top_precision is Precision.SETTLEMENT]
        headed = _CYR_LIST_HEAD.search(body, max(0, a.start - 40), a.start) is not None
        last_settled = settled[-1] if settled else -1
        # (two of its places, one a settlement, make it a list of places without a head)
        known = any(whole) and (bool(settled) or a.top_precision is Precision.SETTLEMENT)
        for n, (s, e, text) in enumerate(items):
            js = members[n]
            if js is None or whole[n] \
                    or any(found[j].top_precision is not Precision.SETTLEMENT for j in js) \
                    or len(js) > 1 and all(found[j].how == "name" for j in js):
                # read as it stands, or partly a region, or two names a comma fell out between
                # ("Комишани Наддніпрянське")
                continue
            if not (n < last_settled or (closed and (headed or known))):
                continue
            drop.update(js)
            added.append(_unplaced(s, e, text))
        k = max(k + 1, bisect.bisect_left(starts, items[-1][1]))
    if not added:
        return found
    kept = [f for j, f in enumerate(found) if j not in drop]
    return sorted([*kept, *added], key=attrgetter("start"))


def _in_a_list(body: str, toks: Sequence[_Tok], i: int) -> bool:
    """Whether ``toks[i]`` is joined to a word beside it by a comma or a conjunction (an item
    of "Харківська, Донецька та Луганська", not "Приморское Запорожской области")."""
    def joined(a: int, b: int) -> bool:
        return a >= 0 and b < len(toks) and (
            "," in body[toks[a].end:toks[b].start] or toks[b].low in _CONJUNCTIONS
            or toks[a].low in _CONJUNCTIONS)
    return joined(i, i + 1) or joined(i - 1, i)


def _adjacent_words(body: str, a: _Tok, b: _Tok) -> bool:
    return body[a.end:b.start].strip() == ""


# What may stand between two words of one name.
_ADJACENT_GAPS = (" ", "-", "\u00a0")
_HYPHENS = ("-", "‑")


#: an acronym with a plural s ("KABs", "UAVs", "MLRSs") or a Cyrillic case ending ("КАБа")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s|[А-ЯЁІЇЄҐ]{2,}[а-яёіїєґ]{1,3}")


def _adjacent(body: str, a: _Tok, b: _Tok) -> bool:
    return body[a.end:b.start] in _ADJACENT_GAPS


def _unplaced(start: int, end: int, text: str) -> Found:
    """A settlement the text names and no table lists: the mention stands, unresolved, for an
    analyst to place."""
    return Found(start, end, text, "settlement", "unresolved", Precision.SETTLEMENT)


#: lower-case particles inside a place's name ("Cuhureștii de Jos", "Nowe Miasto nad Pilicą")
_PLACE_PARTICLES = frozenset({"de", "del", "di", "da", "do", "nad", "pod", "am", "sur"})


def _compound_end(body: str, toks: Sequence[_Tok], j: int) -> int | None:
    """The last token of a name that goes on after the capitalised word ``toks[j]``, joined by a
    hyphen ("Zabłocie-Kolonia") or a name particle ("Cuhureștii de Jos"), if there is one."""
    if j + 1 >= len(toks):
        return None
    nxt = toks[j + 1]
    if nxt.cap and body[toks[j].end:nxt.start] in _HYPHENS:
        return j + 1
    if nxt.low in _PLACE_PARTICLES and not nxt.cap and j + 2 < len(toks) \
            and toks[j + 2].cap and body[toks[j].end:nxt.start] == " " \
            and body[nxt.end:toks[j + 2].start] == " ":
        return j + 2
    return None


#: the short words a title-case headline may leave in lower case
_TITLE_MINOR = frozenset({"a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at",
                          "to", "for", "with", "by", "from", "as", "into", "onto", "over", "near",
                          "after", "amid", "per", "via", "vs", "s"})
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


#: a speech verb right after a name: "said" (and "повідомив", "сообщил": ``cues.CYR_SPEECH``)
_SPEECH_WORDS = frozenset(cues.SPEECH_VERBS)


def _speaks(body: str, name: _Tok, verb: _Tok) -> bool:
    """Whether ``verb`` follows the word ``name`` as what a person said ("Kobzar said",
    "Кобзар повідомив"), with nothing but a space between."""
    return body[name.end:verb.start] == " " and not verb.cap \
        and (verb.low in _SPEECH_WORDS or verb.low.startswith(cues.CYR_SPEECH))


def _title_case_line(body: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a headline in title case: "Russia Attacks Kharkiv
    With Drones, Fires Break Out". Every word but the short ones of ``_TITLE_MINOR`` is
    capitalised, and there are at least four, so a capital says nothing of a name there."""
    start = body.rfind("\n", 0, pos) + 1
    end = body.find("\n", pos)
    if end < 0:
        end = len(body)
    if end - start > 200:
        return False
    words = [w for w in _LATIN_WORD.findall(body, start, end) if w.lower() not in _TITLE_MINOR]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def _starts_line(body: str, pos: int) -> bool:
    k = pos - 1
    # (past a list's bullet too: "- Військові попереджали", "▪️ Дрон влучив")
    while k >= 0 and body[k] in " \t\"'“‘«(-–—•·*▪\ufe0f":
        k -= 1
    return k < 0 or body[k] == "\n"

