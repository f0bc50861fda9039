"""Read what a sentence alleges about one place mention: launch site, instructor location, target.

A small, explainable rule engine. The sentence is first *masked*: the mention being classified
becomes ``⟦T:Name⟧`` and every other known place mention ``⟦P:Name⟧``, so rules see place
slots rather than place names and never depend on which places they are. Each rule is a pattern
over the masked clause that relates a trigger (a cue word) to an *object* phrase: the phrase
its preposition governs, or its subject for passives. The object grammar accepts designators
("the village of X", "the X region"), modifiers ("temporarily occupied X"), coordinated lists
("A, B and C"; "A and B in the C region, and in D in E") and a leading common noun ("power
stations in X"). A rule fires for the mention only when the ``⟦T⟧`` slot lies inside that
object. Apposition ("X, Y Oblast") is not coordination, so Y does not inherit X's role;
partitives ("the northern regions of X") do not pass the role on to X.

Rules that say a place has *no* role (shoot-downs, meetings, the war as a whole, a place used
for its government as in "Kyiv warned") block any role whose trigger is farther from the
mention. A negation between a trigger and its object cancels that rule. Clauses are cut at
";", " but ", " while ", " whereas ", "(al)though" and dashes; rules never cross them. (A
semicolon between the items of a list that "such as", "including" or a colon opened cuts none.)

Region containers. When the text puts people "in the C region", C is itself an instructor
location (the text says they are in it); a region named only in apposition ("in X, C Oblast")
keeps the role ``other``.

Three readings work on the whole sentence rather than one pattern: the Ukrainian Air Force's
launch list after a colon or dash ("з напрямків: Курськ, Орел – РФ; мис Чауда – Крим") makes
every place after it a launch site; a strike whose subject is Ukraine or its forces ("the SSO
struck a depot in X") removes ``strike_target`` from X, since the reports map what Russia's
drones hit; and debris that damaged something ("debris damaged houses in X") does not let the
shoot-down cue block the strike on X.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from geodata import cues
from geodata.model import Role
from geodata.sentences import SpanCache, SpanError, check_span

__all__ = ["RoleReading", "classify", "mask"]


@dataclass(frozen=True, slots=True)
class RoleReading:
    """The roles read for one mention, how sure the rules are, and which cues fired."""

    roles: tuple[Role, ...]
    confidence: float
    cues: tuple[str, ...] = ()
    #: roles the sentence states in the negative ("there were no instructors in X"): what a
    #: denial says is not there; the pipeline records them as denied claims
    negated: tuple[Role, ...] = ()

    def __post_init__(self) -> None:
        if not self.roles:
            raise ValueError("a reading has at least one role; use (Role.OTHER,) for none")
        if Role.OTHER in self.roles and len(self.roles) > 1:
            raise ValueError("Role.OTHER cannot be combined with another role")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be in [0, 1], got {self.confidence!r}")


# --- pattern pieces -----------------------------------------------------------------------


def _alt(words: Iterable[str]) -> str:
    """A case-insensitive alternation of words, longest first; spaces match any whitespace."""
    parts = sorted({w for w in words}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts)
    return rf"(?i:\b(?:{body})\b)"


_STOP_WORDS = sorted(cues.words("""
in on at from to by with near over against into onto toward towards across within without of
for about after before during since until and or but nor so yet while whereas although though
that which who whom whose where when if because as than is are was were be been being has have
had do does did will would can could may might must shall should not no never it they them he
she we you i there said says say also the a an its their this these those his her our
through via past
"""))

PH = r"⟦[TP]:[^⟧]*⟧"
_DET = _alt(["the", "a", "an", "its", "their", "this", "these", "those", "his", "her"])
_WORD = r"[A-Za-z][\w'’-]*"
_MOD = rf"(?!{_alt(_STOP_WORDS)}){_WORD}"
#: (a possessive "'s" is not part of the name: "Ukraine's river ports X" owns X)
_CAPWORD = r"[A-Z](?:[\w-]|['’](?!s\b))*"
_CAPSEQ = rf"{_CAPWORD}(?:\s+{_CAPWORD}){{0,3}}"
#: A capitalised phrase right before a place slot, alone or with one modifier between (not a
#: stop word such as "and"), modifies it ("Russian-occupied ⟦T⟧", "Russian occupied ⟦T⟧"); it
#: is not a name of its own.
_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTH_NAMES = (r"january|february|march|april|may|june|july|august|september|october|"
                r"november|december|jan|feb|aug|sept?|oct|nov|dec")
#: (a weekday or a month is no name: "the attack on Monday on the port of X")
_CALENDAR = rf"(?i:{_WEEKDAYS}|{_MONTH_NAMES})\b"
_NAME = rf"(?:{PH}|(?!{_CALENDAR}){_CAPSEQ}(?![\w-]|['’](?!s\b))(?!\s+(?:{_MOD}\s+)?⟦))"
_DESIG = _alt(cues.DESIGNATORS)
#: (a quoted name counts as one word: 'the "Amstor" shopping centre')
#: (and a count: "over 20 settlements in X")
#: (an opening quotation mark may come first: 'fired from the "eastern coast of X"')
_PRE = (rf"(?:(?:[\"“«](?=\w))?(?:{_DET}|{_MOD}|(?:(?i:over|more\s+than|at\s+least|about|around"
        rf"|up\s+to|nearly|almost)\s+)?\d[\d,.]*\+?|[\"“«][^\"“”«»]{{1,40}}[\"”»])\s+)")
_ITEM = (
    # (a place may qualify the designator: "the big ⟦P⟧ ports of ⟦T⟧ and ⟦P⟧")
    rf"{_PRE}{{0,4}}?(?:(?:⟦P:[^⟧]*⟧\s+)?{_DESIG}\s+(?i:of)\s+{_PRE}{{0,3}}?)?"
    # an appositive head before the name: "places including the capital, ⟦T⟧"
    # (or its owner's: "Ukraine's largest dam, the ⟦T⟧")
    rf"(?:(?:(?i:the)|(?:{_CAPWORD}|{PH})['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?i:capital|city|port|town|village|dam|plant|station|refinery|terminal)\s*,\s+"
    rf"(?:(?i:the)\s+)?)?"
    # (a district may own it: "the ⟦P⟧ district's ⟦T⟧")
    rf"(?:⟦P:[^⟧]*⟧\s+{_DESIG}['’]s\s+)?"
    # (a possessor runs on to the place it owns: "⟦P⟧'s capital ⟦T⟧", "⟦P⟧'s southern ⟦T⟧",
    # past a place that qualifies it: "⟦P⟧'s ⟦P⟧ ports ⟦T⟧ and ⟦T⟧")
    # (two designators may follow: "the ⟦P⟧ port town of ⟦T⟧")
    # (but a district that owns the place after it is not the item, as "⟦T⟧'s ⟦P⟧" is not:
    # "the ⟦T⟧ district's ⟦P⟧")
    rf"{_NAME}(?!\s+{_DESIG}['’]s\s+⟦)(?:['’]s(?:\s+(?:(?:{_MOD}|⟦P:[^⟧]*⟧)\s+){{0,2}}(?:{PH}|{_CAPSEQ}))?)?(?:\s+(?:{_DESIG}(?:\s+{_DESIG})?|(?:[a-z][\w-]*\s+){{0,2}}?{_alt(cues.FACILITY_HEADS)}))?"
    # a place in brackets restates where the item is: "Cape X (occupied Y)", "Y (Cape X)"
    rf"(?:\s*\(\s*{_PRE}{{0,3}}?{PH}\s*\))?"
    # (or an aside in brackets that names no place, or names it after more words: "Millerovo
    # (RF)", "Primorsk (temporarily captured part of Zaporizhzhia region)")
    rf"(?:\s*\((?:[^()⟦⟧;.]|⟦P:[^⟧]*⟧){{1,70}}\))?"
    # (or after a dash, up to the next comma: "from Cape X – Y, as well as Z")
    rf"(?:\s+[–—]\s+{PH}(?=\s*[,;.]))?"
    # (a quotation may end after it: 'launched from the territory of Belarus" and Crimea')
    r"[”»\"]?"
)
#: A list item may repeat the preposition: "from A and from B", "to A, to B and to C"; with
#: the preposition repeated, a comma alone joins items ("to A in B, to C in D").
_AGAIN = r"(?:(?i:from|to|at)\s+)?"
#: (a comma alone joins items when the next has its own locative qualifier, "A, B in C, and D
#: in E"; otherwise "A, B" is apposition and B is where A lies)
#: (a list that ends "and others" or "etc." needs no "and" between its names: "A, B, C and
#: others"; and a semicolon, left in a clause only between the items of a list, always joins)
_LIST_END_OTHERS = (rf"(?=(?:\s*,\s*{PH})*\s*[,;]?\s+(?i:and|or)\s+(?i:others|more|other\s+\w+)\b"
                    rf"|(?:\s*,\s*{PH})*\s*,?\s*(?i:etc)\b"
                    # (or "among others", after items that may have words before their names)
                    rf"|(?:\s*,\s*(?:[\w'’-]+\s+){{0,5}}?{PH})*\s*,?\s+(?i:among\s+others?)\b)")
#: a compass direction: "south", "southeast", "north-west"
_COMPASS_POINT = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
#: (a compass point may say where in the country an item lies, and so join it by a comma
#: alone: "X in the northeast, Y in the south and Z")
_COMPASS_IN = (rf"(?:\s+(?i:in\s+the\s+(?:far\s+)?(?:{_COMPASS_POINT}(?:ern)?|cent(?:re|er)))"
               r"(?=\s*[,;.)]|\s+(?i:and|or)\s|\s*$))")
#: three or more bare names joined by commas alone up to the clause's end, as translated
#: summaries list them: "from the directions of Orel, Kursk, Primorsko-Akhtarsk - Russia"
#: (not an address, which runs from a town to its district and region: "Balaklia, Izyum
#: district, Kharkiv region")
_BARE_ITEM = (r"⟦[TP]:(?![^⟧]*_(?i:district|region|oblast|county|voivodeship|krai|province"
              r"|raion|hromada|community|area)⟧)[^⟧]*⟧")
_BARE_LIST = rf"{_BARE_ITEM}(?:\s*,\s*{_BARE_ITEM}){{2,}}(?=\s*(?:[.;:!?)]|\s[-–—]\s|$))"
_LIST = (
    rf"(?:{_BARE_LIST}|"
    rf"{_ITEM}{_COMPASS_IN}?(?:\s*,\s*(?:(?i:from|to|at)\s+{_ITEM}|{_ITEM}(?=\s+(?i:in|near)\s+"
    rf"(?:(?i:the)\s+)?⟦)|{_ITEM}{_COMPASS_IN}|{_ITEM}{_LIST_END_OTHERS})|\s*;\s*{_ITEM})*"
    rf"(?:(?:\s*[,;]\s*{_AGAIN}{_ITEM})*[,;]?\s+(?i:and|or|as\s+well\s+as|&)\s+{_AGAIN}{_ITEM}"
    rf"{_COMPASS_IN}?"
    rf"(?:\s*;\s*{_ITEM}(?:\s*,\s*{_ITEM}{_LIST_END_OTHERS})*)*)"
    rf"{{0,2}})"
)
_LINK = r"(?:\s+|,?\s+(?i:and)\s+)(?i:in|near|outside|around|of|inside|within)\s+"
#: A common noun phrase leading to the places, in up to two steps: "facilities in X", "port and
#: industrial facilities in the south of X", "one of the schools of the X district".
#: (or a set the places belong to: "several occupied regions, including X and Y")
#: (a participle may place the noun: "the shopping centre located in X")
_LEAD = (rf"(?:{_PRE}{{1,4}}?(?:(?i:and|&)\s+{_PRE}{{1,3}}?)?(?:(?i:located|situated)\s+)?"
         rf"(?i:in|at|near|outside|around|across|throughout|inside|of|over)\s+"
         rf"|{_PRE}{{0,3}}?(?:⟦P:[^⟧]*⟧(?:\s+{_MOD})?|{_MOD}),?\s+"
         rf"(?i:including|such\s+as|notably|especially|particularly|in\s+particular"
         rf"|along\s+with|together\s+with)"
         rf"\s+){{0,2}}")
#: An object phrase: optional leading common noun phrase, then a chain of place lists.
OBJ = rf"(?P<obj>{_LEAD}{_LIST}(?:{_LINK}{_LIST})*)"
#: the last word of a facility's own name ("Trypilska TPP", "Zmiiv thermal power plant")
_FACILITY_TAIL = (r"(?i:TPP|CHP|HPP|NPP|TES|TETs|plant|station|substation|terminal|depot|refinery"
                  r"|airfield|airbase|airport|port|dam|bridge|factory|works)(?:-\d+)?")
#: what a strike leaves of a facility
_DESTROYED = ["destroyed", "wrecked", "razed", "demolished", "obliterated"]
#: A subject phrase for passives: a list of places, possibly possessive with a head noun.
#: (a place may be located by another after "of" or "in": "the Izmail district of Odesa came
#: under attack")
#: a list's closing words that leave it open: "X, Y and Z, among other cities, were hit"
_AMONG_OTHERS = r"(?:,?\s+(?i:among\s+others?(?:\s+(?:cities|towns|places|locations|areas|" \
    r"regions|settlements|targets|sites))?))"

SUBJ = rf"(?P<obj>{_LEAD}{_LIST}(?:{_LINK}{_LIST})*(?:['’]s(?:\s+{_WORD}){{1,3}}?)?)" \
    rf"{_AMONG_OTHERS}?"


_GAP_BANNED = [
    w for w in _STOP_WORDS
    if w not in {"the", "a", "an", "its", "their", "this", "these", "those", "his", "her", "our"}
]


def _gap(n: int, *, allow: str = "", ban: str = "", quoted: bool = False) -> str:
    """Up to ``n`` plain words between a trigger and what it governs (lazy, no punctuation).

    With ``quoted``, a short quoted phrase counts as one word ('struck "military sites" in').
    A weekday with its "on" ("were reported on Monday in X") or a time of day with its
    preposition ("took place at dawn in X") counts as one word too, and so does a weapon's
    type ("an attack by UAVs of the Shahed-136 type on X"). ``allow`` lifts words from the
    banned list, ``ban`` adds to it.
    """
    banned = [w for w in _GAP_BANNED if w not in allow.split()] + ban.split()
    quote = r"|[\"“][^\"“”]{1,40}[\"”]" if quoted else ""
    return (rf"(?:\s+(?:(?!{_alt(banned)})[\w'’-]+(?:/[\w'’-]+)*|{PH}{quote}|{_TIME_PHRASE}"
            rf"|{_OF_TYPE}|{_WITH_WEAPON}))"
            rf"{{0,{n}}}?")


#: a named body or person: "Ukrinform", "the State Emergency Service of Ukraine"
_NAMED_BODY = (r"(?:(?i:the)\s+)?[A-Z][\w'’.-]*"
               r"(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w'’.-]*){0,6}")
#: who tells what follows, opening a sentence: "According to him, in X, ..."
_ACCORDING_TO = (r"(?i:according\s+to)\s+(?:(?i:him|her|them|the\s+\w+(?:\s+\w+)?)|"
                 rf"{_NAMED_BODY})")
#: who told it before, opening the sentence: "As previously reported by Ukrinform, in X ..."
_REPORTED_BY = (r"(?i:as\s+(?:(?:was|previously|earlier|already)\s+)*reported\s+(?:by|in)\s+)"
                rf"{_NAMED_BODY}")
_OPENING_ATTRIBUTION = re.compile(rf"\W*(?:{_ACCORDING_TO}|{_REPORTED_BY}),")
#: Adverbs that may open a sentence before its place: "Thus, in X, ..." (or who tells it)
_OPENING_ADVERB = (r"(?i:thus|also|meanwhile|in\s+addition|in\s+particular|in\s+turn|"
                   r"overnight|earlier|later|then|so|besides|moreover|at\s+night|in\s+total|"
                   r"at\s+the\s+same\s+time|additionally|separately|furthermore|"
                   rf"{_ACCORDING_TO}|{_REPORTED_BY})")
#: the start of a sentence, with an adverb that may open it ("Thus, in X, ...")
_SENTENCE_OPENING = rf"^\W*(?:{_OPENING_ADVERB},?\s+)?"
#: A time phrase that may stand between a subject and its verb: "X this night suffered",
#: "X overnight came under attack"
_WHEN = (r"(?i:(?:this|last|that|on\s+\w+day)\s+(?:night|morning|evening|afternoon|week)|"
         r"overnight|yesterday|today|tonight|again|also|once\s+again)")
#: a weapon's model told as its type, one word in a gap: "UAVs of the Shahed-136 type"
_OF_TYPE = r"(?i:of\s+the\s+[\w-]+\s+type)"
#: and so does the weapon it was done with: "hit a car with a kamikaze drone in X"
_WITH_WEAPON = (r"(?i:with|using)\s+(?:(?i:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                rf"{_alt(cues.WEAPON_NOUNS)}\b")
#: a weekday or a time of day with its preposition, one word in a gap ("on Monday", "at dawn")
_MONTHS = rf"(?:{_MONTH_NAMES})\.?"
_TIME_PHRASE = (rf"(?i:(?:early\s+)?on\s+(?:{_WEEKDAYS})"
               r"(?:\s+(?:morning|night|evening|afternoon))?\b"
               # (or a date: "early on September 13", "on 13 September")
               rf"|(?:early\s+)?on\s+(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTHS})"
               r"(?![\w-])"
               # (or a night: "on the night of 9-10 February", "on the night of May 3")
               rf"|(?:early\s+)?on\s+the\s+night\s+of\s+(?:\d{{1,2}}(?:\s*[-–]\s*|\s+to\s+)\d{{1,2}}"
               rf"\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?|\d{{1,2}}\s+{_MONTHS}"
               rf"|(?:{_WEEKDAYS})(?:\s+(?:to|into)\s+(?:{_WEEKDAYS}))?)(?![\w-])"
               # (or a time of day: "took place at dawn in X", "in the early morning in X")
               r"|at\s+(?:dawn|daybreak|sunrise|night|midnight|noon)\b"
               r"|in\s+the\s+(?:early\s+)?(?:morning|evening|afternoon|night)\b"
               # (or the night's end: "overnight Friday and into early Saturday morning")
               rf"|(?:and\s+)?into\s+(?:the\s+)?(?:early\s+)?(?:(?:{_WEEKDAYS})(?![\w-])"
               r"(?:\s+(?:morning|night|evening|afternoon)\b)?|morning\b))")


_IRANIAN = _alt(cues.IRANIAN)
_PERSONNEL = _alt(cues.PERSONNEL)
#: Iran's Revolutionary Guards, who are personnel by themselves ("the IRGC are training ...")
_IRGC = (r"(?i:\b(?:the\s+)?(?:irgc|islamic\s+revolutionary\s+guard\s+corps|(?:iranian\s+)?"
         r"revolutionary\s+guards|quds\s+force)\b)")
#: Iranian personnel, either way round: "Iranian instructors", "instructors from Iran's IRGC"
#: (an embassy's staff are diplomats: "the staff of the Iranian Embassy in Kyiv")
_DIPLOMATIC = r"(?i:embass(?:y|ies)|consulates?|diplomatic|diplomats?|ambassadors?)\b"
_ACTOR = (rf"(?:(?:{_IRANIAN}|(?i:\b(?:irgc|iran|iranian|quds)-(?:linked|affiliated|connected)))"
          rf"(?:\s+(?!{_DIPLOMATIC})[\w-]+){{0,2}}?\s+{_PERSONNEL}|{_PERSONNEL}\s+(?i:from|of)\s+"
          rf"(?:(?i:the)\s+)?(?:{_IRANIAN}(?!\s+{_DIPLOMATIC})|(?i:iran\b|⟦P:iran[^⟧]*⟧)|"
          # ("instructors from the Islamic Revolutionary Guard Corps of Iran (IRGC)")
          rf"{_IRGC}(?:\s+(?i:of)\s+(?i:iran\b|⟦P:iran[^⟧]*⟧))?)(?!-)"
          rf"(?:\s+[A-Z(][\w()-]*){{0,5}})")
_WEAK_ACTOR = r"(?i:\bIranians\b)"
_PRESENCE = _alt(cues.PRESENCE)
_LOCPREP = r"(?i:in|at|inside|within|near|on\s+the\s+territory\s+of|into|to|around|throughout)"
_ACTOR_GAP = (
    r"(?:(?!\b(?i:that|said|says|say|told|tells|claimed|claims|where|which|who|whom|while"
    r"|because|after|before|when|if|but)\b)[^;:\"“”])"
)
_LAUNCH = _alt(cues.LAUNCH_WORDS)
_SUPPLY = _alt(cues.SUPPLY_WORDS)
_WEAPON = _alt(cues.WEAPON_NOUNS)
_NOT_COMPOUND = r"(?!\s+(?i:drones?|uavs?|helicopters?|aircraft|craft|jets?|munitions?)\b)"
_FACILITY = _alt(["air base", "air bases", "airbase", "airbases", "airfield", "airfields",
                  "airport", "airports", "base", "bases", "military airfield", "aerodrome"])
_USE_TO_LAUNCH = (
    r"(?i:\bus(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:to|for|as)\s+(?:\w+\s+)?"
    r"(?:launch\w*|fir(?:e|ing)|strik\w*|attack\w*|carry\s+out|conduct\w*|stag\w+))"
)


#: a word: a run of word characters, with a Ukrainian apostrophe inside kept ("б'ють" is one
#: word, as "бʼють" with the modifier letter already is; "Russia's" stays two)
_WORD_RE = re.compile(r"\w+(?:(?<=[а-яіїєґ])['’](?=[а-яіїєґ])\w+)*", re.IGNORECASE)


def _first_word(entry: str) -> str:
    """The first word of a cue entry, case-folded: what the prefilter looks for."""
    m = _WORD_RE.search(entry)
    return m.group(0).casefold() if m else entry.casefold()


@dataclass(frozen=True, slots=True)
class _Words:
    """Words a rule needs: any of ``exact``, or any word that starts with one of ``prefixes``.

    Words are case-folded runs of word characters, the way :func:`_index` cuts a text.
    """

    exact: frozenset[str]
    prefixes: tuple[str, ...] = ()
    #: the prefixes as one pattern (set by :func:`_w`): one C call per word to test them
    prefix_re: re.Pattern[str] | None = None

    def present(self, words: AbstractSet[str]) -> bool:
        """Whether one of the words occurs in ``words``."""
        if not self.exact.isdisjoint(words):
            return True
        return self.prefix_re is not None and any(map(self.prefix_re.match, words))

    def positions(self, index: Mapping[str, list[int]]) -> list[int]:
        """Where the words start in the text that ``index`` was built from."""
        out: list[int] = []
        for w in self.exact:
            out.extend(index.get(w, ()))
        if self.prefixes:
            for w, at in index.items():
                if w.startswith(self.prefixes) and w not in self.exact:
                    out.extend(at)
        return out


def _w(*groups: Iterable[str], prefixes: Iterable[str] = ()) -> _Words:
    """The first words of cue entries (and stems) as a :class:`_Words`."""
    stems = tuple(p.casefold() for p in prefixes)
    pattern = re.compile("|".join(re.escape(p) for p in sorted(stems, key=len, reverse=True))) \
        if stems else None
    return _Words(frozenset(_first_word(e) for g in groups for e in g), stems, pattern)


#: the compiled patterns of the rules, by their source: a rule is compiled the first time a
#: clause gets as far as trying it (the object grammar makes the sources long, and compiling
#: all of them takes half a minute, which every process would otherwise pay on import)
_COMPILED: dict[str, re.Pattern[str]] = {}


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    role: Role
    source: str
    confidence: float
    guard_supply: bool = False
    #: not where the weapon is said to have entered a place first: the place it came from is
    #: on its route ("entered Belarus from the direction of X", "на територію Білорусі з боку X")
    guard_route: bool = False
    #: not where an aircraft "was launched" (took off) from the place: "a fighter jet was
    #: launched from X" says where a jet took off, not a weapon
    guard_aircraft: bool = False
    agent: bool = False  # a "by" agent after the match must be a weapon or an attack
    #: not right after an attack's noun: "удару з боку Росії" names who attacked
    guard_attacker: bool = False
    military: bool = False  # the clause must speak of weapons or armed force
    #: ... or, for a colloquial cue ("дісталося і X"), the report anywhere
    report_force: bool = False
    backward: bool = False  # the trigger follows the place (passives, "X ... used to launch")
    #: Words a match can start with ("head" rules); the pattern is only tried there.
    heads: _Words | None = None
    #: Words that must all be in the clause (after the mention for "object"/"slot" rules).
    needs: tuple[_Words, ...] = ()
    #: "head": the match starts at a head word; "object": it starts with the object phrase;
    #: "slot": it starts right before the mention itself.
    start: str = "head"
    slot_head: bool = False  # a place slot can also start the match
    initial: bool = False  # the match must open its clause or follow a comma or colon
    shootdown: bool = False  # a shoot-down cue: debris that damaged something yields to strikes
    #: the rule's "other" holds the mention against strike, launch and instructor cues; a
    #: rule that only says what else the sentence tells of the place (a power cut) holds none
    blocks: bool = True

    @property
    def pattern(self) -> re.Pattern[str]:
        compiled = _COMPILED.get(self.source)
        if compiled is None:
            compiled = _COMPILED[self.source] = re.compile(self.source)
        return compiled


def _rule(
    name: str, role: Role, pattern: str, confidence: float, *,
    heads: _Words | None = None, needs: Sequence[_Words] = (), start: str = "head",
    **kw: bool,
) -> _Rule:
    if start == "head" and heads is None:
        raise ValueError(f"rule {name!r} starts at a head word but names none")
    return _Rule(name, role, pattern, confidence, heads=heads, needs=tuple(needs), start=start,
                 **kw)


# --- Cyrillic (Ukrainian and Russian) pieces: stems, since the words inflect --------------


def _stem_alternatives(stems: Iterable[str]) -> str:
    """``stems`` as one alternation, escaped, the longest first."""
    return "|".join(re.escape(x) for x in sorted(set(stems), key=len, reverse=True))


def _stem(stems: Iterable[str]) -> str:
    """Any word that starts with one of ``stems`` (case-insensitive, whole word start)."""
    return rf"(?i:(?<![\w'’-])(?:{_stem_alternatives(stems)})[\w'’-]*)"


def _cword(words: Iterable[str]) -> str:
    """One of ``words`` as a whole word (case-insensitive); spaces match any whitespace."""
    body = "|".join(w.replace(" ", r"\s+") for w in words)
    return rf"(?i:(?<![\w'’-])(?:{body})(?![\w'’-]))"


_CW = r"[^\s.;,:!?⟦⟧\"“”()]+"
#: a lower-case Ukrainian or Russian adjective in the instrumental, the case after "під"/"под"
#: ("вражеским", "масованою"; not the threat of an attack: "під загрозою")
_CYR_INSTRUMENTAL_ADJECTIVE = (r"(?!(?i:загроз|угроз))[а-яіїєґё'’ʼ-]+(?:им|ым|ім|ою|ой|ей|ими|ыми)"
                               r"(?![\w'’ʼ-])")
#: (a word in quotes counts: a weapon's name, 'вдарили "шахедами" по X')
_CGAP = rf"(?:\s+(?:[\"“«]?{_CW}[\"”»]?|{PH})){{0,4}}?"
#: a count of more of what was named before: "5", "another one", "two more houses"
_COUNT_MORE = (r"(?:(?i:another|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)"
               r"(?:(?i:more|one|other)\s+)?(?:[a-z][\w-]*\s+)?")
#: buildings a weapon may fall on ("fell on a two-story building near X")
_HIT_BUILDINGS = ["building", "buildings", "house", "houses", "home", "homes", "roof",
                  "block", "apartment", "school", "hospital", "warehouse", "enterprise",
                  "facility", "substation", "garage"]
#: what else a strike damages, which a round-up counts ("3 cars in X were damaged")
_DAMAGED_OWNINGS = ["cars", "vehicles", "premises"]
#: (stems) the same in Ukrainian and Russian, and other facilities: "впали на покрівлю",
#: "попал в подъезд дома", "знищили склад у X" (not weapons shot down)
_CYR_HIT_BUILDINGS = ("будин", "будівл", "покрівл", "дах", "під'їзд", "під’їзд", "підʼїзд",
                      "квартир", "гараж", "склад", "підприємств", "школ", "лікарн", "дом",
                      "здани", "крыш", "подъезд", "предприяти", "больниц", "автомоб", "автівк",
                      "машин", "цех", "завод", "об'єкт", "об’єкт", "обʼєкт", "объект", "підстанц",
                      "подстанц", "нафтобаз", "нефтебаз", "депо", "ангар", "казарм", "штаб",
                      "аеродром", "аэродром", "інфраструктур", "инфраструктур")
#: what fell or got in, Ukrainian and Russian (stems)
_CYR_FELL_IN = (*cues.CYR_FELL, "впав", "упав", "потрапив", "влетіл", "влетів", "влетел")
#: (stems) bad weather in English, Ukrainian and Russian
_WEATHER = ("погодн", "негод", "непогод", "снігопад", "снегопад", "ожеледиц", "гололед",
            "шторм", "буревій", "ураган", "weather", "storm", "snowfall", "blizzard", "icing")
#: (stems) damaged, or hit: "пошкоджено", "поражены"
_CYR_DAMAGED_OR_HIT = (*cues.CYR_DAMAGED, "поражен", "уражен", "поразил", "уразил")
#: (stems) destroyed (buildings, or weapons shot down)
_CYR_DESTROYED = ("знищил", "знищен", "уничтож", "зруйнувал", "разрушил")
#: a fall on a building: "падіння уламків БпЛА на двоповерхову будівлю", "упали на крышу дома"
_CYR_FELL_ON_BUILDING = (rf"{_stem(_CYR_FELL_IN)}\w*(?:\s+{_CW}){{0,3}}?\s+"
                         rf"{_cword(['на', 'в', 'у', 'во'])}\s+(?:{_CW}\s+){{0,2}}?"
                         rf"{_stem(_CYR_HIT_BUILDINGS)}")
#: "did not spare" (with "не"): "не оминула атака і X", "не минулося без руйнувань у X"
_CYR_SPARED = ("оминул", "обминул", "минул", "обійшл", "обошл")
#: "X got it", "it was loud in X": "дісталося і X", "гучно було в X"
_CYR_GOT_IT = ["дісталося", "дісталось", "досталось", "досталося", "гучно", "громко"]
#: plural areas a number may count ("шести областях", "двох громад", "трех регионов")
_CYR_AREAS_COUNTED = [f"{stem}{end}" for stem, ends in (
    ("област", ("ях", "ей", "і")), ("регіон", ("ах", "ів")), ("регион", ("ах", "ов")),
    ("громад", ("ах", "ам", "")), ("район", ("ах", "ам", "ів", "ов")),
    ("област", ("ям",)))
    for end in ends]
#: (not a preposition of direction: "з боку моря на X" is where the drones went)
#: (and "one of" may open it: "по одній із громад X", "з одного з аеродромів X")
#: (a place abbreviation may stand before the name: "атаковали г. X", "по с. Y")
#: (a colon may close those words: "атакували серію сіл: X, Y"; and a common noun may come
#: first as an item of its own: "по райцентру, а также территориям X и Y громад", "у
#: райцентрі, X, Y громадах")
_CPRE = (rf"(?:{_CW}(?:\s*,\s*|\s*,?\s+{_cword(['а також', 'а также', 'та', 'і', 'й', 'и'])}"
         rf"\s+))?"
         rf"(?:{_cword(cues.CYR_PARTITIVES)}\s+{_cword(['з', 'із', 'зі', 'из'])}\s+)?"
         rf"(?:(?!{_cword(['на', 'до', 'к', 'ко', 'по', 'проти', 'против'])}\s){_CW}\s*:?\s+)"
         rf"{{0,2}}?"
         # (areas counted before a dash that names them: "у шести областях – на X, Y")
         rf"(?:{_cword(_CYR_AREAS_COUNTED)}\s+[–—]\s+(?:{_cword(['на', 'у', 'в', 'по'])}\s+)?)?"
         rf"(?:{_cword(cues.CYR_PLACE_ABBREVIATIONS)}\.\s*)?")
_CPREP = _cword(["у", "в", "во", "на", "з", "із", "зі", "с", "со", "из", "над", "по", "під",
                 "под", "біля", "возле", "поблизу", "около"])
_CCONJ = rf"(?:\s*,\s*|\s+{_cword(['та', 'і', 'й', 'и', 'або', 'или', 'а також', 'а также'])}\s+)"
#: A Cyrillic object phrase: up to two words ("району", "мису") before a place slot, and a
#: coordinated list of such ("з A та з району B").
#: a community or district in the genitive, masked as a place: where the place before it lies
_CAREA_OF = rf"⟦[PT]:[^⟧]*?_(?i:{'|'.join(cues.CYR_AREA_GENITIVES)})⟧"
#: a place's locative qualifier inside a list item: "Чауди в Криму" (the container itself gets
#: no point role, see ``_CONTAINER``)
_CLOC = (rf"(?:\s+{_cword(['в', 'у', 'біля', 'поблизу', 'возле', 'около'])}\s+{PH}"
         # (or the country it lies in, perhaps written in lower case: "на території росії")
         rf"|\s+{_cword(['на території', 'на территории'])}\s+(?:{PH}|{_CW})"
         # (or the community or district it lies in: "селах X ⟦P:Зміївської_громади⟧ та Y")
         rf"|\s+{_CAREA_OF})?")
#: (an abbreviation may follow the name before the brackets: "краю РФ (східний берег ...)")
#: (and a list in brackets may name the places in an area: "районів X (Y, Z – РФ)"; the
#: clause may end inside the brackets, at the dash)
_CABBR = r"(?:⟦P:[А-ЯІЇЄҐ]{2,4}⟧|[А-ЯІЇЄҐ]{2,4}(?!\w))"
#: (what was hit may be named first and the place after it: "по рейсовому автобусу в X", "по
#: объектам инфраструктуры в городе X")
_CIN_WORDS = ("в", "у", "на", "біля", "поблизу", "возле", "около")
_CWHAT_IN = rf"(?:{_CW}\s+){{1,5}}?{_cword(_CIN_WORDS)}\s+(?:{_CW}\s+)?"
#: (a hedge may stand between the bracketed items: "(X, Y, по предварительным данным, – Z)")
_CHEDGED = rf"(?:{_CCONJ}|\s*,(?:\s+{_CW}){{1,4}}\s*,?\s*[–—-]\s*)"
_CITEM = (rf"{_CPRE}{PH}{_CLOC}(?:\s+{_CABBR})?"
          rf"(?:\s*\(\s*(?:{_CPRE}{PH}(?:{_CHEDGED}{PH})*(?:\s*[–—-]\s*{_CABBR})?|{_CABBR}"
          rf"|[А-ЯІЇЄҐ][а-яіїєґё'’ʼ-]+)"
          rf"\s*(?:\)|$))?")
#: (a place the weapons flew through or past is no item of the list: "з X, через Y")
_CROUTE = _cword(["через", "повз", "мимо", "вздовж", "вдоль"])
#: a heading: "в бік X", "у напрямку X", "в сторону X", "в направлении X"
_CTOWARD = (rf"{_cword(['в', 'у'])}\s+(?i:бік|сторону|напрямку|напрямі|направлении|"
            rf"направлению)\s")
#: (an item may repeat the verb's object by a word and a dash: "п'ять дронів на X, а два - на Y")
#: (and an item may be introduced by its kind, abbreviated: "с. X Зміївської громади, с. Y")
_CLIST_REST = (rf"(?:{_CCONJ}(?:{_CW}\s+[–—-]\s+)?(?:{_CPREP}\s+)?(?:(?!{_CROUTE}){_CW}\s+)?"
               rf"(?:{_cword(cues.CYR_PLACE_ABBREVIATIONS)}\.\s*)?{PH}{_CLOC})*")
COBJ = rf"(?P<obj>{_CITEM}{_CLIST_REST})"
#: (the facilities hit, with the place in the genitive after them: "в об'єкти критичної
#: інфраструктури X району", "по объектам энергетики Y")
_CWHAT_OF_NOUNS = (*cues.apostrophes("обʼєкт", "енергообʼєкт"), "объект", "энергообъект",
                   "інфраструктур", "инфраструктур", "підприєм", "предприят", "підстанц",
                   "подстанц")
_CWHAT_OF = rf"{_stem(_CWHAT_OF_NOUNS)}(?:\s+{_CW}){{0,3}}?\s+"
#: (or the kind of the places listed after it: "по таким населённым пунктам, как X, Y")
_CSUCH_AS = (rf"{_cword(['такі', 'таких', 'таким', 'такими', 'такие', 'такую', 'таку'])}"
             rf"(?:\s+{_CW}){{1,2}}?\s*,?\s+{_cword(['як', 'как'])}\s+")
#: the object of a strike, which may name what was hit first (see ``_CWHAT_IN``, ``_CWHAT_OF``)
COBJ_HIT = rf"(?P<obj>(?:{_CWHAT_IN}|{_CWHAT_OF}|{_CSUCH_AS})?{_CITEM}{_CLIST_REST})"
#: fires ("пожежа", "пожар", "загорання", "возгорание")
_CYR_FIRES = ("пожеж", "пожар", "займан", "загоран", "возгоран")
#: what starts them: "внаслідок атаки", "в результаті цього", "після удару", "через падіння уламків"
_CYR_FIRE_CAUSES = ("внаслідок", "результаті", "результате", "вследствие", "після", "после",
                    *cues.CYR_STRIKE_NOUNS, "влучан", "попадан", "приліт", "прильот", "прилет",
                    "падін", "падени", "уламк", "обломк")
#: the people of a place (for strike:cyr_residents_hurt, with ``_CYR_HURT``)
#: not right after the people who fled a place ("переселенців з X", "беженцы из Y"): a
#: chain of fixed-width lookbehinds, one per word form
_CNOT_DISPLACED = "".join(rf"(?<!(?i:{w}))" for w in (
    "переселенців", "переселенці", "переселенцев", "переселенцы", "біженців", "біженці",
    "беженцев", "беженцы", "евакуйованих", "эвакуированных", "переміщених осіб",
    "перемещенных лиц"))
#: the threat of something: "риск атак", "загроза ударів", "угроза обстрела"
_CYR_THREATS = ("риск", "ризик", "угроз", "загроз", "небезпек", "опасност")
#: taking the hurt to care elsewhere, and the care ("доставили в больницу в X", "звернулися по
#: медичну допомогу в X", "госпитализированы в X")
_CYR_TAKEN = ("доставил", "доставлен", "доправил", "доправлен", "госпитализ", "госпіталіз",
              "отвезл", "відвезл", "перевезл", "перевезен", "эвакуирова", "евакуйова")
#: turning to care, which must be named ("обратились за медицинской помощью в X", not
#: "обратили внимание на удар в X")
_CYR_SOUGHT = ("обратил", "звернул")
_CYR_CARE = ("больниц", "лікарн", "госпітал", "госпитал", "шпитал", "медзаклад", "медучрежд",
             "медицинск", "медичн", "реанімац", "реанимац")
#: (the care named: "в больницу", "за медицинской помощью", "по медичну допомогу")
_CYR_TO_CARE = (rf"{_cword(['в', 'у', 'во', 'до', 'за', 'по'])}\s+{_stem(_CYR_CARE)}"
                rf"(?:\s+{_CW})?\s+")
#: how hits are counted where they fell: "impacts were registered in X"
_RECORDED = ("registered", "recorded", "reported", "confirmed")
#: what a site is "the site of": "на місці удару", "на месте попадания"
_CYR_SITE_OF = ("удар", "влучан", "попадан", "прильот", "прилет")
_CYR_RESIDENTS = ("жител", "житель", "мешканц", "мешканк", "мешканець")
#: Russians, and their training (for instructor:cyr_trained_in)
_CYR_RUSSIANS = ("російськ", "российск", "росіян", "россиян")
_CYR_TRAINING = ("навча", "навчи", "тренув", "трениров", "тренир", "обуча", "обучен", "вчат",
                 "вчил")
#: Launch verbs whose "по" names the target ("запустили ракету по X")
_CYR_LAUNCH_AT = ("запусти", "запуска", "запустя", "выпусти", "випусти", "выпуска", "випуска")
#: ... and the launch nouns and participles ("пуски", "запущених", "випущені")
_CYR_LAUNCHED = ("пуск", "запуск", "запущ", "випущ", "выпущ")
#: Ukrainian verbs of steering weapons, which also take "у" ("спрямував у прибережну зону X")
_CYR_STEER = ("спрямува", "спрямову")
#: Verbs of aiming weapons, whose "на" names the target ("направил на X дроны")
_CYR_AIM = ("направил", "направля", "направи", *_CYR_STEER, "спрямувал",
            # (and of dropping them: "сбросили две авиабомбы на X", "скинули КАБи на X")
            "сброси", "сбрасыва", "скину", "скида")
#: The longer gap of a launch verb and its "з/из" ("випустили по Україні 14 дронів типу
#: «Shahed-131/136» з ...")
_CGAP_LONG = rf"(?:\s+(?:[\"“«]?{_CW}[\"”»]?|{PH})){{0,8}}?"  # (a weapon's name in quotes too)
#: "from" in Ukrainian and Russian
_CFROM_WORDS = ("з", "із", "зі", "зо", "с", "со", "из")
_CFROM = _cword(_CFROM_WORDS)
#: "in particular", "namely", "including"
_CYR_NAMELY = ("зокрема", "в тому числі", "у тому числі", "в частности", "в том числе",
               "а саме", "а именно")
#: (drones "спрямували з акваторії моря" were steered over the sea, not launched there)
_CNOT_STEERED = (rf"(?!{_stem(['спрямува', 'спрямов'])}[^;.]{{0,80}}?\s{_CFROM}\s+"
                 rf"{_stem(['акватор'])})")
#: a place in the instrumental after "з/с" is "with" it, not "from" it: "кордон із Білоруссю",
#: "граница с Россией", "межує з Курщиною"
_CWITH_PLACE = (r"⟦[PT]:[^⟧]*?(?:ою|ею|єю|ами|ями|ом|ем|ём|ью|ией|областю|"
                r"(?P<with_double>\w)(?P=with_double)ю)⟧")
#: (ends right before the "\s+з" of a partitive "одній із", which is no "from": see
#: ``cues.CYR_PARTITIVES``; one fixed-width look-behind per word, as ``re`` requires)
_CNOT_PARTITIVE = "".join(rf"(?<!(?i:\b{w}))" for w in cues.CYR_PARTITIVES)
#: What ends the reach of a place that opens its clause ("У X ... пошкоджено"): a relative
#: clause, or a contrasting one ("У X збили дрони, а в Y пошкоджено ...")
_CYR_PLACE_FIRST_STOP = (
    rf"{_cword(['що', 'что', 'де', 'где'])}|,\s*{_cword(['а', 'але', 'но', 'однак', 'однако'])}\s"
)
_CIN = _cword(["у", "в", "во", "на", "біля", "під", "под", "возле", "поблизу", "около"])
_CLOC = _cword(["у", "в", "во"])
#: an area masked as a place: a district, hromada or oblast ("⟦P:Бучанському_районі⟧")
_CAREA_SLOT = r"⟦P:[^⟧]*?_(?i:район|громад|област|общин)[^⟧]*⟧"
#: a part of a town, before the town's genitive: "у центрі X", "на околиці X", "в пригороде X"
_CPART_OF = _stem(["центр", "околиц", "окраин", "передміст", "пригород"])
#: the word that introduces a settlement before its name: "у селі X", "в населеному пункті X"
_CSETTLEMENT = (rf"(?:{_stem(['населен'])}\s+{_stem(['пункт'])}"
                rf"|{_stem(['сел', 'міст', 'город', 'селищ', 'поселк', 'посёлк', 'деревн'])}"
                rf"|{_cword(['смт', 'пгт'])}"
                # (or its abbreviation: "в г. Чугуеве пострадала женщина")
                rf"|{_cword(cues.CYR_SETTLEMENT_ABBREVIATIONS)}\.)")


#: what a harm is put down to: "внаслідок російського удару", "вследствие атаки", "в результате
#: обстрела"
def _caused_by(causes: Sequence[str], harms: Sequence[str]) -> str:
    """A cause: one of ``causes``, up to two words, then a word starting with one of ``harms``
    ("внаслідок російського удару")."""
    return rf"{_cword(causes)}\s+(?:{_CW}\s+){{0,2}}?{_stem(harms)}"


_CYR_STRIKE_CAUSES = ("удар", "атак", "обстріл", "обстрел")
#: (people are hurt "through" or "after" a strike too: "через удар", "після атаки")
_CYR_HARM_CAUSES = ("внаслідок", "через", "после", "після", "в результате", "в результаті",
                    "у результаті")
_CYR_CAUSED_BY = _caused_by(("внаслідок", "вследствие", "в результате", "в результаті",
                             "у результаті"), _CYR_STRIKE_CAUSES)


def _place_first(name: str, role: Role, middle: str) -> _Rule:
    """A rule for a place that opens its clause and the harm told after it ("У X дрон влучив у
    будинок"), or what caused whatever happened there ("В X вследствие удара отключили свет"):
    "у/в/на", ``middle`` (which holds the object), then a strike word or a cause."""
    return _rule(name, role, rf"{_cword(['у', 'в', 'во', 'на'])}\s+{middle}"
                 rf"(?:(?!{_CYR_PLACE_FIRST_STOP})[^.;]){{0,160}}?"
                 rf"(?:{_stem(cues.CYR_STRIKE_AFTER)}|{_CYR_CAUSED_BY})", 0.75,
                 backward=True, initial=True, heads=_w(["у", "в", "во", "на"]),
                 needs=[_ws((*cues.CYR_STRIKE_AFTER, "внаслідок", "вследствие", "результат"))])


def _ws(stems: Iterable[str]) -> _Words:
    """Cyrillic stems as prefilter words."""
    return _w([], prefixes=stems)


#: the weapons in the instrumental, with up to two words before them: "ударними безпілотниками",
#: "дронами-камікадзе", «Шахедами» in quotes (the place attacked comes after them)
_CYR_BY_WEAPONS = (rf"(?:{_CW}\s+){{0,2}}?(?:(?i:(?<![\w'’-])[\"«“„]?"
                   rf"(?:{_stem_alternatives(cues.CYR_WEAPONS)})[\w'’]*?(?:ами|ями|ом|ем|ою)"
                   rf"(?:-[\w'’]+)?)[\"»”]?"
                   # (or an abbreviation, which does not decline, with the type's name: "ударным
                   # БпЛА "Герань-2" типа "Shahed"")
                   rf"|(?<![\w'’-])(?:БпЛА|БПЛА|УБпЛА)(?:\s+[\"«“„][^\"»”⟦]{{1,20}}[\"»”])?"
                   rf"(?:\s+(?:типа|типу)\s+[\"«“„]?[\w-]{{1,20}}[\"»”]?)?)(?![\w'’-])\s+"
                   # (what follows "з/из" is where they came from: "шахедами із напрямків X")
                   rf"(?!{_cword(['з', 'із', 'зі', 'з-під', 'из', 'с', 'со'])}\s)")
#: "suffered", with the places after it ("Постраждали X та Y", "Потерпали X і Y громади")
_CYR_SUFFERED_VERBS = ("постраждал", "пострадал", "потерпал", "потерпіл")
#: "became" in Ukrainian and Russian, and the target nouns a place became
_CYR_BECAME = ("став", "стала", "стало", "стали", "стає", "стають", "стал", "становится",
               "становятся")
_CYR_TARGET_NOUNS = ("ціллю", "цілями", "цілей", "целью", "целями", "целей", "мішенню",
                     "мішенями", "мишенью", "мишенями")
#: the quarters and directions a launch is told from ("з півдня", "с юго-востока", "з напрямку")
_CYR_QUARTERS = ("півд", "півн", "сход", "заход", "південн", "північн", "юг", "юга", "север",
                 "восток", "запад", "юго", "северо", "напрям", "направлен")
#: people hurt or killed ("поранені", "получили ранения", "загинули", "погибли")
_CYR_CASUALTIES = ("ранен", "ранени", "поранен", "травмован", "загину", "загибл", "погиб",
                   "постраждал", "пострадал")
#: ... and, said of the people of a place, any harm to them ("постраждав", "травми")
_CYR_HURT = (*_CYR_CASUALTIES, "постражда", "пострада", "травм")
#: being left without (power): "залишився/залишились/лишилися/остался без ..."
_CYR_LEFT = ("залишил", "залишив", "лишил", "лишив", "остал", "оставил")
#: what a place is left without after a strike on its grid
_CYR_UTILITIES = ("світл", "свет", "електр", "электр", "тепл", "водопостач", "водоснабж",
                  "газопостач", "газоснабж")
_L, _I, _S, _O = Role.LAUNCH_SITE, Role.INSTRUCTOR_LOCATION, Role.STRIKE_TARGET, Role.OTHER
#: troops and crews; being based somewhere; steering, launching and striking (the stems of
#: ``launch:cyr_based_forces``)
_CYR_FORCES = ("військов", "военн", "розрахунк", "расчет", "расчёт", "оператор", "екіпаж",
               "экипаж")
_CYR_BASED = ("базу", "дислок", "розміщ", "размещ", "розташов", "располож")
_CYR_OPERATE = ("керува", "керую", "управля", "запуска", "запустил", "пуск",
                "нанесен", "наносил", "завдава", "завдан")

#: One item of a list after a label and its colon ("launch areas: X – Russia, Y"): the place
#: opens the list or follows a comma or a conjunction (not a dash: that is the item's area)
_LABEL_ITEM = (r"(?P<obj>(?:[^.;:()⟦]|⟦P:[^⟧]*⟧){0,80}?"
               r"(?:(?<=:)|(?<=,)|(?<=\sand)|(?<=\sта)|(?<=\sі)|(?<=\sй)|(?<=\sи))\s*"
               r"⟦T:[^⟧]*⟧)")
#: The same after a dash ("Райони пусків - X, Y та Z"): no item reaches past another dash
#: ("X – рф" names X's country)
_DASHED_ITEM = (r"(?P<obj>(?:(?!\s-\s)[^.;:()⟦–—]|⟦P:[^⟧]*⟧){0,80}?"
                r"(?:(?<=[–—-])|(?<=,)|(?<=\sand)|(?<=\sта)|(?<=\sі)|(?<=\sй)|(?<=\sи))\s*"
                r"⟦T:[^⟧]*⟧)")
#: Air bases a text says are used for launching: "авіабаза в X використовується для запуску"
_CYR_BASES = (*cues.CYR_AIRFIELDS, "летовищ")
#: Nouns of the area or point a launch is made from: "райони пусків", "места запуска"
_CYR_AREA_NOUNS = ("район", "місц", "мест", "точк", "локац")

_FROM = _w(["from"])
_FACILITY_WORDS = _w(["air", "airbase", "airbases", "airfield", "airfields", "airport",
                      "airports", "base", "bases", "military", "aerodrome"])
_USE_WORDS = _w(["use", "uses", "used", "using"])
_IRANIAN_WORDS = _w(cues.IRANIAN)
_PERSONNEL_WORDS = _w(cues.PERSONNEL)
#: where an Iranian actor phrase can start: "Iranian instructors", "instructors from Iran"
_ACTOR_HEADS = _w(cues.IRANIAN, cues.PERSONNEL)
_PRESENCE_WORDS = _w(cues.PRESENCE)
_SENDING_WORDS = _w(cues.SENDING)
#: operations on the ground, which are "launched" too: no weapon flew from where they started
_GROUND_OPERATION = (r"(?i:\b(?:incursions?|offensives?|counter-?offensives?|invasions?|"
                     r"ground\s+operations?|raids?\s+(?:into|across)|breakthroughs?)\b)")
#: Ukraine or its forces as the subject of a strike
_UA_ACTOR = (r"(?:(?i:\b(?:ukrainian|ukraine['’]s)\s+(?:[\w-]+\s+){0,2}?(?:forces|military|army|"
             r"navy|troops|drones?|uavs?|units|defenders|intelligence|operatives|soldiers|"
             r"marines|special\s+operations\s+forces|special\s+forces|sea\s+drones?|"
             r"security\s+service))\b|"
             r"(?:(?<![\s\S])|(?<=[,;:(\"“]\s)|(?<=\bthat\s)|(?<=\band\s)|(?<=\bsaid\s))"
             r"(?:Ukraine\b|⟦P:(?i:ukraine)[^⟧]*⟧)|\b(?:SSO|GUR|SBU|HUR)\b"
             # (Ukraine's Defence Forces, as Ukrainian outlets name them in English: "Defense
             # Forces attacked Russian radar stations in X")
             r"|(?<!Russian\s)(?<!Russia's\s)(?<!Russia’s\s)\bDefen[cs]e\s+Forces\b(?!\s+of\s+"
             r"(?!Ukraine)))")
#: Russia's forces acting later in the clause: a strike after them is theirs again
_RU_ATTACKER = (r"(?i:\b(?:russia|russian|russia's|russia’s|moscow|the\s+enemy|the\s+occupiers)"
                r"(?:\s+(?:forces|troops|army|military|drones|missiles))?\s+(?:\w+\s+)?"
                r"(?:retaliat\w*|responded|struck|hit|attacked|launched|fired)\b|"
                r"\bby\s+(?:the\s+)?(?:russia|russian|moscow|enemy|occupiers|shaheds?|drones?|"
                r"missiles?))")
#: Iran or Tehran when the text's place mentions masked them ("⟦P:Tehran⟧ sent ...")
_IRAN_SLOT = r"⟦P:(?i:iran|tehran)[^⟧]*⟧"
_RUSSIA_SLOT = r"⟦P:(?i:russia|moscow)[^⟧]*⟧"
#: Ukraine's forces in Ukrainian or Russian: "ЗСУ", "Сили оборони", "українські дрони"
_CYR_UA_ACTOR = (r"(?<![\w'’-])(?:ЗСУ|ВСУ|СБУ|ГУР|ССО|(?i:сили|сил|силы)\s+(?i:оборони|обороны)"
                 r"|(?i:українськ|украинск)\w*\s+(?i:військов|военн|сил|дрон|бпла|безпілотник|"
                 r"беспилотник|армі|арми)\w*)(?![\w'’-])")
#: what brings another clause or actor in: a conjunction, a speech verb, Russia's forces (the
#: enemy's drones a warning is about: "ВСУ предупреждали об атаке вражеских дронов на X")
_CYR_OTHER_ACTOR = ("росі", "росси", "ворог", "ворож", "вражеск", "окупант", "оккупант",
                    "противник", "попередж", "предупрежд")
_CYR_OTHER_CLAUSE = (rf"{_cword(['що', 'что', 'а', 'але', 'но', 'де', 'где'])}"
                     rf"|{_stem(_CYR_OTHER_ACTOR)}"
                     rf"|{_cword(['рф'])}|{_stem(cues.CYR_SPEECH)}")
#: Iran in Cyrillic, masked as a place or not ("з ⟦P:Ірану⟧", "Иран опровергает")
_CYR_IRAN = rf"(?:{_IRAN_SLOT}|⟦P:{_stem(['іран', 'иран'])}⟧|{_stem(['іран', 'иран'])})"
_DEBRIS_WORD = _alt((*cues.DEBRIS, "parts"))
#: Iranian personnel in Ukrainian or Russian: "іранські інструктори", "іранських сил"
_CYR_ACTOR = (rf"{_stem(cues.CYR_IRANIAN)}(?:\s+{_CW}){{0,2}}?\s+"
              rf"{_stem(cues.CYR_PERSONNEL + cues.CYR_FORCES)}")
_FLIGHT_WORDS = _w(["flew", "flying", "flown", "approached", "entered", "headed", "came",
                     "arrived"])

#: a compass direction as a noun: "the south", "southeast", "the north-west"
_COMPASS_WORD = rf"(?i:{_COMPASS_POINT})\b"
#: where a place of a range lies: "from X in the west to Y in the east"
_COMPASS = rf"(?:\s+(?i:in|on)\s+the\s+(?:far\s+)?{_COMPASS_POINT}(?:ern)?\b)?"
#: An attack as a noun phrase: "the attack", "last night's massive drone strike"
_ATTACK_NP = (r"(?:(?i:the|a|an|this|that|today['’]s|last\s+night['’]s|russian|russia['’]s|enemy|"
              r"overnight|night|nighttime|massive|drone|missile|combined|latest|another)\s+)*"
              r"(?i:attacks?|strikes?|shelling|bombardment|raids?|explosions?|hits?)")
#: Harm an attack did: "caught fire", "a fire", "damaged", "killed"
_HARM_WORDS_LIST = ("fire", "fires", "damaged", "destroyed", "injured", "wounded", "killed",
                    "hit", "struck", "blaze", "collapsed")
_HARM = _alt((*_HARM_WORDS_LIST, "caught fire"))
#: weapons brought down (not debris, nor a crash)
_SHOT_DOWN_VERB = r"(?i:shot\s+down|downed|intercepted|neutrali[sz]ed|brought\s+down)"
#: what was harmed is no weapon: "In X, air defence destroyed 20 drones" is a shoot-down (the
#: weapon may come after a preposition: "damage from drones")
_NO_WEAPON_OBJECT = (rf"(?!(?:\s+(?!(?i:from|by|after|during|in|of)\b)[\w'’-]+){{0,3}}?"
                     rf"\s+{_WEAPON}\b)")
#: harm told late in a clause that opens with its place (``strike:in_x_harm``)
_LATE_HARM_LIST = ("damage", "damaged", "damaging", "destroyed", "destroying", "killed",
                   "killing", "injured", "injuring", "wounded", "wounding", "hurt", "smashed",
                   "shattered")
_LATE_HARM = _alt((*_LATE_HARM_LIST, "caught fire", "set on fire"))
_LATE_HARM_WORDS = _w(_LATE_HARM_LIST, ["caught", "set"])
_HARM_WORDS = _w(_HARM_WORDS_LIST)
#: the bullets of a list's lines
_BULLETS = "•*▪‣"
#: a bullet, or a dash, that may open a line before a heading place (and the area the line
#: is about, with a colon: "Izium district: X - a house burned; Y - ...")
_HEAD_MARK = rf"\s*(?:[{_BULLETS}]|[-–—](?=\s))?\s*(?:⟦P:[^⟧]*⟧\s*:\s*)?"
#: what a heading line may tell of its place after the dash (in English)
_HEAD_HARM_LIST = (*_HARM_WORDS_LIST, "burned", "burnt", "damage")
#: what moves people or things elsewhere after the harm ("injured were taken to a hospital in X")
_MOVED = (r"(?i:taken|brought|evacuated|transported|hospitali[sz]ed|moved|sent|delivered|"
          r"transferred|rushed)\b")
#: what a harm put down to something in a place may be caused by
_CAUSE = (r"(?i:attacks?|strikes?|shelling|bombardment|debris|fragments|wreckage|fall|falling|"
          r"drones?|missiles?|shaheds?|explosions?|hits?|impact)")

#: a list item's bullet, and a conjunction before the last item
_CBULLET = r"(?:[-–—•*]\s+)"
#: (a list's items may be told by their kind: "міста X, Y, селища Z, села W")
_CKIND = rf"(?:{_cword(cues.CYR_SETTLEMENT_WORDS)}\s+)?"
_CLIST_CONJ = _cword(["та", "і", "й", "и", "а також", "а также"])
#: what a place suffers: "зазнала ударів / двох хвиль атак / обстрілу / нальоту"
_CYR_SUFFERED_WHAT = (*cues.CYR_STRIKE_NOUNS, "хвил", "волн", "наліт", "нальот", "налет",
                      "бомбардуван", "бомбардировк")

#: flying, and its participles ("летевших", "летящих", "летячі"): what drones flew at
_CYR_FLYING = (*cues.CYR_FLYING, "летевш", "летівш", "летящ", "летяч")
#: moving or heading somewhere, and the words for "towards" ("в сторону X", "у напрямку Y")
_CYR_HEADING = (*_CYR_FLYING, "направлял", "рухал", "рухают", "рухаю", "двигал", "двигают",
                "прямува", "прямую")
#: not right after a relative pronoun ("які летіли", "которые направлялись")
_CNOT_RELATIVE = "".join(rf"(?<!{w} )" for w in ("які", "яка", "який", "що", "которые",
                                                  "которая", "который", "что"))
#: guns fired "from" ("обстреливала из артиллерии X", "з мінометів"): the weapon, not a place
_CYR_GUNS = ("артилер", "артиллер", "мінометів", "миномет", "гармат", "пушек", "пушк", "гаубиц",
             "танк", "рсзв", "реактивн", "ствольн", "стрілецьк", "стрелков")
#: ... told between a strike verb and its object: "обстреливала из артиллерии X"
_CYR_FROM_GUNS = (rf"{_cword(['з', 'із', 'зі', 'из'])}\s+{_stem(_CYR_GUNS)}[\w'’]*"
                  rf"(?:\s+{_CW})?\s+")
#: the power cut: "отключение электроэнергии", "знеструмлення", "блекаут"
_CYR_POWER_CUT = (*cues.CYR_OUTAGE, "отключен", "відключен", "знеструмленн", "обесточиван",
                  "блэкаут", "блекаут",
                  # (and the customers who lost it: "Після обстрілу 26 тисяч абонентів у X -
                  # без електропостачання")
                  "абонент", "споживач", "потребител")
#: harm done: damage, fire, people hurt
#: windows knocked out: "вибило вікна", "повыбивало окна"
_CYR_KNOCKED_OUT = ("вибил", "вибит", "выбил", "выбит", "повибива", "повыбива")
_CYR_HARMED = _stem(["пошкод", "ушкод", "поврежд", "зруйн", "разруш", "загор", "пожеж", "пожар",
                     "поран", "ранен", "постражд", "пострада", "загин", "погиб",
                     *_CYR_KNOCKED_OUT])
#: no harm told after the place in its sentence ("..., поврежден жилой дом")
_NO_HARM_AFTER = rf"(?![^.;!?]*?{_CYR_HARMED})"
#: what hit the place, told later in the sentence: "..., де пролунали вибухи"
_CYR_HARM_AFTER = rf"(?=[^.;!?]*?(?<![\w'’-]){_stem(cues.CYR_STRIKE_PREP)})"
#: a drone that "прилетел/прилетів" (arrived); "прилет" is also the slang for a hit
_CYR_ARRIVED = ("прилеті", "прилета", "прилете", "прилёт")
_CYR_TOWARDS = ("в сторону", "у бік", "в бік", "в напрямку", "у напрямку", "в направлении",
                "курсом на")


#: "because of the air defence at work": "из-за работы ПВО", "через роботу ППО"
_CYR_AIR_DEFENCE_WORK = (r"(?i:из-за|через|внаслідок|вследствие)\s+(?i:работы|роботу|роботи)\s+"
                         r"(?:(?i:сил)\s+)?(?:ПВО|ППО)\b")


RULES: tuple[_Rule, ...] = (
    # --- launch sites
    # (the launch told with its weapons and their heading first: "launched dozens of attack
    # drones towards X overnight from Y")
    _rule("launch:verb_from", _L, rf"{_LAUNCH}"
          rf"{_gap(9, allow='of at on them it by towards toward', quoted=True)}"
          # (a hedge may come first: "17 launches of drones, possibly from X")
          rf"(?:,?\s+(?i:possibly|probably|presumably|likely|reportedly|allegedly|apparently))?"
          rf"\s+(?i:from)\s+"
          rf"(?:(?i:within|inside)\s+)?{OBJ}", 0.85, guard_supply=True, guard_aircraft=True,
          heads=_w(cues.LAUNCH_WORDS), needs=[_FROM]),
    # a base set up to launch: "set up a base at X to train and launch drones" (people taken
    # somewhere "to launch" are not enough: the seed annotation keeps such places instructor
    # locations only)
    _rule("launch:base_to_launch", _L, rf"(?i:set\s+up|established|built|turned)\s+"
          rf"(?:(?i:a|an|the|its)\s+)?(?:[\w-]+\s+){{0,2}}?(?i:base|hub|site|launch\s+site|"
          rf"launchpad)\s+(?i:at|in|on|near)\s+{OBJ}\s+(?:(?i:in\s+order)\s+)?(?i:to)\s+"
          rf"(?:[\w-]+\s+(?i:and)\s+)?(?i:launch|fire)\b", 0.7,
          heads=_w(["set", "established", "built", "turned"]),
          needs=[_w(["launch", "fire"]), _w(["base", "hub", "site", "launchpad"])]),
    # "launched from A in B and from C in D": the repeated "from" continues the launch list
    # past the first item's locative qualifier
    _rule("launch:from_again", _L, rf"{_LAUNCH}[^;]{{0,160}}?\s(?i:from)\s[^;]{{0,80}}?"
          rf"\s(?i:and|or)\s+(?i:from)\s+(?P<obj>{_ITEM})", 0.75, guard_supply=True,
          heads=_w(cues.LAUNCH_WORDS), needs=[_FROM]),
    # a second weapon and its "from" in the same launch sentence: "launched two missiles from
    # the airspace over X and 23 drones from the areas of Y (Z), V and W" (the last "from"
    # before the place)
    _rule("launch:from_later", _L, rf"{_LAUNCH}[^;.]{{0,250}}?\s(?i:and)\s[^;.]{{0,80}}?"
          rf"{_WEAPON}[^;.]{{0,40}}?\s(?i:from)\s+(?=(?:(?!\s(?i:from)\s)[^;.])*?⟦T:){OBJ}",
          0.7, guard_supply=True, heads=_w(cues.LAUNCH_WORDS),
          needs=[_FROM, _w(["and"]), _w(cues.WEAPON_NOUNS)]),
    # drones in flight come from where they were launched: "drones flew in from X"; and the
    # distributive "the Shaheds came in three streams: one from X, one from Y"
    # ("entered X from Y": Y is where the route came from, not where the drone took off)
    _rule("launch:flew_from", _L, rf"{_WEAPON}\s+(?:[\w-]+\s+){{0,2}}?(?:(?i:flew|flying|flown|"
          rf"approached|headed|came\s+in|arrived)\b[^;.]{{0,60}}?|(?i:entered)\b[^;.⟦]{{0,60}}?)"
          rf"\s(?i:from)\s+"
          rf"(?:(?i:the\s+direction\s+of)\s+)?{OBJ}", 0.6, guard_supply=True, guard_route=True,
          heads=_w(cues.WEAPON_NOUNS), needs=[_FROM, _FLIGHT_WORDS]),
    # the weapon named with its origin and then what it did: "drones from X attacked Y",
    # "missiles from X hit Y" (the origin of a supply is guarded: "drones from Iran supplied")
    _rule("launch:weapon_from_struck", _L, rf"{_WEAPON}\s+(?i:from)\s+"
          rf"(?:(?i:the\s+territory\s+of|occupied|annexed)\s+)?{OBJ}"
          rf"(?=(?:(?!{_SUPPLY})[^;.⟦]){{0,60}}?\b(?:"
          rf"{_alt(cues.STRIKE_TRANSITIVE)}|(?i:hit|flew|headed|slammed\s+into|crashed\s+into)\b))",
          0.65, guard_supply=True, heads=_w(cues.WEAPON_NOUNS),
          needs=[_FROM, _w(cues.STRIKE_TRANSITIVE, ["hit", "flew", "headed", "slammed",
                                                    "crashed"])]),
    # the attack told with its weapon and their origin: "the enemy attacked with several
    # waves of Shahed drones from X", "Russia struck Y with missiles from Z"
    # (in translated prose the "with" may be missing: "troops attacked 31 UAVs from X")
    _rule("launch:attacked_with", _L, rf"{_alt(cues.STRIKE_TRANSITIVE)}\s+"
          rf"(?:(?:(?:[\w'’-]+|{PH})\s+){{0,3}}?(?i:with)\s+"
          rf"(?:(?!{_SUPPLY})[^;.⟦]){{0,60}}?|(?:\d+\s+)?(?:[\w'’-]+\s+){{0,2}}?){_WEAPON}"
          rf"\s+(?i:from)\s+"
          rf"(?:(?i:the\s+territory\s+of|occupied|annexed)\s+)?{OBJ}", 0.7, guard_supply=True,
          heads=_w(cues.STRIKE_TRANSITIVE), needs=[_FROM, _w(cues.WEAPON_NOUNS)]),
    # bases the drones came from: "drones flew ... from Russian bases on the eastern shore of X"
    _rule("launch:from_bases", _L, rf"(?i:\bfrom)\s+(?:[\w'’-]+\s+){{0,2}}?"
          rf"(?i:bases?|air\s+bases?|airbases?|airfields?|launch\s+sites?|launch\s+pads?|"
          rf"launchpads?)\s+(?i:on|in|at|near|around|along)\s+{OBJ}", 0.7, guard_supply=True,
          heads=_FROM, needs=[_w(cues.WEAPON_NOUNS)]),
    _rule("launch:one_from", _L, rf"(?i:\b(?:one|another|others|group|wave|stream))\s+"
          rf"(?i:from)\s+(?:(?i:the\s+direction\s+of)\s+)?{OBJ}", 0.6, guard_supply=True,
          heads=_w(["one", "another", "others", "group", "wave", "stream"]),
          needs=[_FROM, _FLIGHT_WORDS, _w(cues.WEAPON_NOUNS)]),
    _rule("launch:facility", _L, rf"(?i:\blaunch(?:ing)?)\s+{_alt(cues.LAUNCH_FACILITIES)}"
          rf"\s+(?i:in|at|near|on|around|outside|of)\s+{OBJ}", 0.85,
          heads=_w(["launch", "launching"]), needs=[_w(cues.LAUNCH_FACILITIES)]),
    # the directions first, then the places: "the drones came in waves from the south and
    # southeast: from X and Y"
    _rule("launch:compass_then_from", _L, rf"(?i:\bfrom)\s+(?i:the\s+)?{_COMPASS_WORD}"
          rf"(?:\s*(?:,|and|or)\s+(?:(?i:the)\s+)?{_COMPASS_WORD})*\s*[:–—-]\s*"
          rf"(?i:from)\s+{OBJ}", 0.7, guard_supply=True, heads=_FROM,
          needs=[_w(cues.WEAPON_NOUNS)]),
    _rule("launch:direction", _L, rf"(?i:\bfrom\s+the\s+directions?\s+of)\s+{OBJ}", 0.6,
          guard_route=True, heads=_FROM, needs=[_w(["direction", "directions"])]),
    # (a part of them may be said to come from there: "numerous rocket attacks, some from X";
    # a clause may tell of the attacks first: "the attacks, which lasted all night, came from
    # annexed X")
    _rule("launch:attacks_from", _L, rf"{_alt(cues.ATTACK_NOUNS)}{_gap(3, allow='of on')}"
          rf"(?:\s*,\s*(?i:which|that)\s+[^,;.⟦]{{1,60}},\s*(?i:came|originated))?"
          rf"(?:\s*,\s*(?i:some|many|most|several|others|part)(?:\s+of\s+them)?)?"
          rf"\s+(?i:from)\s+(?:(?i:the\s+territory\s+of|(?:\w+-)?(?:annexed|occupied))\s+)?"
          rf"{OBJ}", 0.8, guard_supply=True,
          heads=_w(cues.ATTACK_NOUNS), needs=[_FROM]),
    _rule("launch:base_used", _L, rf"{_FACILITY}\s+(?i:in|at|near|of)\s+{OBJ}"
          rf"[^;]{{0,140}}?{_USE_TO_LAUNCH}", 0.75, backward=True,
          heads=_FACILITY_WORDS, needs=[_USE_WORDS]),
    # a place used for attacks: "Russia uses X for drone attacks", "the use of occupied
    # territories, in particular the X area, for drone attacks on Ukraine"
    _rule("launch:used_for", _L, rf"(?i:\bus(?:e|es|ed|ing))\s+(?:(?i:of)\s+)?{OBJ}"
          rf"(?:\s+(?i:area|areas|territory))?,?\s+(?i:to|for)\s+(?:[\w-]+\s+)?"
          rf"(?i:launch\w*|attacks|strikes)\b", 0.7, heads=_USE_WORDS),
    _rule("launch:name_base_used", _L, rf"{OBJ}\s+{_FACILITY}[^;]{{0,100}}?{_USE_TO_LAUNCH}",
          0.75, backward=True, start="object", needs=[_FACILITY_WORDS, _USE_WORDS]),
    # (not a ground operation launched from there: "from where incursions into X were launched")
    _rule("launch:from_where", _L, rf"{OBJ},?\s+(?i:from\s+(?:where|which))\s+"
          rf"(?:(?!{_GROUND_OPERATION})[^;]){{0,80}}?"
          rf"(?:{_LAUNCH}|{_alt(cues.ATTACK_NOUNS)}|(?i:attacked|struck))", 0.75, backward=True,
          start="object", needs=[_FROM, _w(["where", "which"])]),
    # "an airfield near X, where Russian forces launch Shaheds at ...": the launching happens
    # there (not "X, where drones launched from Y struck")
    # (a participle may describe the place first: "X, located at the tip of Y, where ...")
    _rule("launch:where_launch", _L, rf"{OBJ}(?:,\s+(?i:located|situated|lying)\s+[^,;.]{{1,80}})?"
          rf",?\s+(?i:where)\s+(?:(?!{_WEAPON})[\w'’-]+\s+)"
          rf"{{0,4}}?(?i:launch(?:es|ed|ing)?|(?:fire|fires|fired|firing)\s+(?:[\w-]+\s+){{0,3}}?"
          rf"(?:at|on|toward|towards))\b(?![^;.]{{0,60}}?\b(?i:from)\b)", 0.7, backward=True,
          start="object", needs=[_w(["where"]), _w(cues.LAUNCH_WORDS)]),
    _rule("launch:based_forces", _L, rf"(?<!Iranian\s)(?i:\b(?:forces|personnel|troops|units|"
          rf"servicemen|crews|operators|military))(?:\s+(?i:based|stationed|deployed|located|"
          rf"positioned)\s+(?i:in|at|near|on)|,?\s+(?i:operating|working)\s+(?:[a-z]+ly\s+)?"
          rf"(?i:from|out\s+of))\s+{OBJ}[^;]{{0,120}}?(?i:\blaunch\w*|\bfir(?:e|ing)"
          rf"|(?:carry\s+out|conduct\w*)\s+(?:\w+\s+)?(?:attacks|strikes)|to\s+attack|"
          rf"to\s+strike|\bpilot(?:s|ed|ing)\b|\bsteer(?:s|ed|ing)?\b)", 0.65,
          heads=_w(["forces", "personnel", "troops", "units", "servicemen", "crews", "operators",
                    "military"]),
          needs=[_w(["based", "stationed", "deployed", "located", "positioned", "operating",
                     "working"])]),
    # the launches counted in the passive: "20 launches were recorded from the Kursk region",
    # or made or planned so: "drone launches are currently being planned from within X"
    _rule("launch:recorded_from", _L, rf"(?i:\blaunch(?:es)?|\bstarts)\b[^;.]{{0,60}}?"
          rf"(?i:were|was|are|is|have\s+been|has\s+been|had\s+been)"
          rf"(?:\s+(?:\w+ly|(?i:now|already|still|also)))?"
          rf"(?:\s+(?i:being))?\s+(?i:recorded|registered|detected|spotted|observed|tracked|"
          rf"logged|planned|prepared|conducted|carried\s+out|made)(?:,?\s+\w+ly)?,?"
          rf"\s+(?i:from)\s+(?:(?i:within|inside)\s+)?{OBJ}",
          0.75, heads=_w(["launch", "launches", "starts"]), needs=[_FROM]),
    # "the shelling came from the airspace of X": the aircraft or drones were launched there
    _rule("launch:airspace", _L, rf"(?i:\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?airspace\s+of)\s+{OBJ}",
          0.7, heads=_FROM, needs=[_w(["airspace"])]),
    _rule("launch:cyr_airspace", _L, rf"{_CFROM}\s+(?i:повітряного\s+простору|воздушного\s+"
          rf"пространства)\s+{COBJ}", 0.7, heads=_w(["з", "із", "зі", "с", "со", "из"]),
          needs=[_ws(["простор", "пространств"])]),
    _rule("launch:departed", _L, rf"(?i:\b(?:left|departed|lifted\s+off|lift\s+off|"
          rf"lifting\s+off|flew\s+out))\s+(?i:from)\s+{OBJ}", 0.7, military=True,
          heads=_w(["left", "departed", "lifted", "lift", "lifting", "flew"]), needs=[_FROM]),
    _rule("launch:crews_to", _L, rf"(?i:\b(?:moved|relocated|redeployed|deployed|transferred|"
          rf"sent|brought|shifted|moving|sending))(?:\s+[\w-]+){{0,2}}?\s+(?i:launch|drone|"
          rf"shahed|uav)\s+(?i:crews|units|teams|operators|launchers|trucks|vehicles|batteries)"
          rf"\s+(?i:to|into)\s+{OBJ}", 0.75,
          heads=_w(["moved", "relocated", "redeployed", "deployed", "transferred", "sent",
                    "brought", "shifted", "moving", "sending"]),
          needs=[_w(["crews", "units", "teams", "operators", "launchers", "trucks", "vehicles",
                     "batteries"])]),
    # --- Iranian instructors and personnel
    _rule("instructor:moved_to", _I, rf"{_ACTOR}[^;.:\"“”]{{0,40}}?(?i:\b(?:moved|relocated|"
          rf"withdrawn|pulled|transferred|redeployed|brought|sent|returned|evacuated)\b)"
          rf"[^;.:\"“”]{{0,60}}?\b(?i:to|into)\s+{OBJ}", 0.75, heads=_ACTOR_HEADS,
          needs=[_PERSONNEL_WORDS, _w(["moved", "relocated", "withdrawn", "pulled",
                                       "transferred", "redeployed", "brought", "sent",
                                       "returned", "evacuated"])]),
    _rule("instructor:actor_presence", _I, rf"{_ACTOR}{_ACTOR_GAP}{{0,90}}?\b{_PRESENCE}"
          rf"(?:\s+[\w-]+){{0,3}}?\s+{_LOCPREP}\s+{OBJ}", 0.8,
          heads=_ACTOR_HEADS, needs=[_PERSONNEL_WORDS, _PRESENCE_WORDS]),
    # the personnel named in a quotation that ends before the verb of their presence: '"a
    # group of Iranian instructors, who are guarded by ..." was seen in X'
    _rule("instructor:quoted_actor", _I, rf"{_ACTOR}[^\"“”;]{{0,160}}?[\"”]\s+"
          rf"(?:[\w-]+\s+){{0,2}}?\b{_PRESENCE}(?:\s+[\w-]+){{0,3}}?\s+{_LOCPREP}\s+{OBJ}",
          0.7, heads=_ACTOR_HEADS, needs=[_PERSONNEL_WORDS, _PRESENCE_WORDS]),
    # the personnel train or teach people somewhere: "Iranian instructors are training Russian
    # soldiers in the C region"
    _rule("instructor:training_in", _I, rf"(?:{_ACTOR}|{_IRGC}){_ACTOR_GAP}{{0,120}}?"
          rf"\b(?i:train\w*|teach\w*|taught)\b[^;.:\"“”]{{0,80}}?\s{_LOCPREP}\s+{OBJ}", 0.7,
          heads=_ACTOR_HEADS, needs=[_PERSONNEL_WORDS, _w([], prefixes=["train", "teach",
                                                                         "taught"])]),
    # training told as held somewhere, with the Iranians who give it in the sentence: "the
    # training sessions are held at X and are run by Iran's Revolutionary Guards"
    _rule("instructor:training_held", _I, rf"(?i:\b(?:training|trainings|courses|classes|"
          rf"lessons|drills|exercises)\b)(?:\s+(?i:sessions|programmes?|programs?|courses))?"
          rf"(?:\s+(?i:for|of)(?:\s+[\w-]+){{1,4}}?)?"
          rf"\s+(?:(?i:are|is|were|was|have\s+been|has\s+been|being|also|reportedly)\s+)*"
          rf"(?i:held|conducted|organi[sz]ed|run|given|taking\s+place|takes?\s+place|"
          rf"took\s+place)\s+(?i:at|in|on)\s+{OBJ}", 0.7,
          heads=_w(["training", "trainings", "courses", "classes", "lessons", "drills",
                    "exercises"]), needs=[_IRANIAN_WORDS]),
    # the personnel visited a place: "Iranian engineers visited the X plant", "a visit by
    # Iranian engineers to X"
    _rule("instructor:visited", _I, rf"(?:{_ACTOR}{_ACTOR_GAP}{{0,90}}?\b(?i:visited|visiting|"
          rf"toured|inspected)|(?i:visits?|trips?)\s+(?i:by|of)\s+(?:(?i:an?|the)\s+)?"
          rf"(?:[\w-]+\s+){{0,3}}?{_ACTOR}\s+(?i:to))\s+(?:(?i:the|a|an)\s+)?{OBJ}", 0.7,
          heads=_w(cues.IRANIAN, cues.PERSONNEL, ["visit", "visits", "trip", "trips", "the"]),
          needs=[_PERSONNEL_WORDS, _w(["visited", "visiting", "toured", "inspected", "visit",
                                       "visits", "trip", "trips"])]),
    _rule("instructor:actor_in", _I, rf"{_ACTOR}\s+(?i:in|at|inside|within|on\s+the\s+territory"
          rf"\s+of)\s+{OBJ}", 0.75, heads=_ACTOR_HEADS, needs=[_PERSONNEL_WORDS]),
    # Iran as the subject and "its" people: "Iran has (no) instructors in X", "Tehran denies
    # that its military advisers are in X"
    _rule("instructor:iran_has", _I, rf"(?:(?i:\b(?:iran|tehran)\b)|{_IRAN_SLOT})"
          rf"[^;.:\"“”]{{0,60}}?"
          rf"(?i:\b(?:has|had|have|keeps|kept|its|their))\s+(?:(?i:no|any|some|several|its|"
          rf"own)\s+)?(?:[\w-]+\s+){{0,2}}?{_PERSONNEL}(?:\s+(?i:are|were|is|was|have\s+been|"
          rf"had\s+been))?(?:\s+(?i:stationed|based|present|deployed|working))?"
          rf"\s+(?i:in|at|inside|within|"
          rf"on\s+the\s+territory\s+of)\s+{OBJ}", 0.7,
          heads=_w(["iran", "tehran"]), slot_head=True, needs=[_PERSONNEL_WORDS]),
    # Russians trained where the text names Iran or Iranians: "Russian operators are receiving
    # drone training in X", "Russian crews were trained in X by Iranian instructors" (the
    # trainees named: Ukrainians trained abroad to down Iranian drones are no such thing);
    # trainees told as staff where the text names Iran: "200 people are being trained in X"
    _rule("instructor:trained_in", _I, rf"(?:(?i:\b(?:russian|russians|russia['’]s))|"
          rf"(?<!Ukrainian\s)(?<!Iranian\s)\b(?i:people|workers|employees|students|"
          rf"{_PERSONNEL}))"
          rf"(?:\s+[\w-]+){{0,4}}?\s+(?:(?i:are|were|is|was|have|has|had|been|being|still|also|"
          rf"reportedly|allegedly|now)\s+)*(?i:(?:receiv\w*|undergo\w*|underwent|began|begun|"
          rf"started|getting|got|get)\s+(?:[\w-]+\s+){{0,2}}?training|trained)\b"
          rf"(?:\s+(?!(?i:in|at)\b)(?:[\w-]+|⟦P:[^⟧]*⟧)){{0,9}}?\s+(?i:in|at)\s+{OBJ}", 0.65,
          heads=_w(["russian", "russians", "russia's", "russia’s", "people", "workers",
                    "employees", "students"], cues.PERSONNEL),
          needs=[_w(["training", "trained"]), _w(["iran", "iranian", "iranians", "tehran"],
                                                  cues.IRANIAN)]),
    # Russians sent to Iran to be trained: "Russia had sent its personnel to X for such
    # training", "Moscow sent operators to X for training on the drones"
    _rule("instructor:sent_for_training", _I, rf"(?:{_RUSSIA_SLOT}|(?i:\b(?:russia|moscow|the\s+"
          rf"kremlin)\b))[^;.:\"“”]{{0,40}}?\b{_alt(cues.SENDING)}\s+(?:[\w-]+\s+){{0,3}}?"
          rf"{_PERSONNEL}\s+(?i:to)\s+{OBJ}\s+(?i:for)\s+(?:[\w-]+\s+){{0,3}}?"
          rf"(?i:training|instruction|courses)\b", 0.7,
          heads=_w(["russia", "moscow", "the"]), slot_head=True,
          needs=[_SENDING_WORDS, _PERSONNEL_WORDS, _w(["training", "instruction", "courses"])]),
    # the Guards as the personnel a state sent: "Iran has sent members of its Islamic
    # Revolutionary Guard Corps to a base in X"
    _rule("instructor:state_sent_guards", _I, rf"(?:\bIran\b|\bTehran\b|{_IRAN_SLOT})\S*\s+"
          rf"(?:(?i:has|had|have)\s+)?(?:(?:\w+ly|(?i:also|again|already))\s+)?"
          rf"{_alt(cues.SENDING)}\s+(?:(?i:members|units|officers|some)\s+(?i:of)\s+)?"
          rf"(?:(?i:its)\s+)?{_IRGC}\s+(?i:to|into|in)\s+{OBJ}", 0.75,
          heads=_w(["iran", "tehran"]), slot_head=True,
          needs=[_SENDING_WORDS, _w(["irgc", "revolutionary", "quds", "guards"])]),
    _rule("instructor:where_actor", _I, rf"{OBJ},?\s+(?i:where)\s+(?:(?i:the|a|an|some)\s+)?"
          rf"{_ACTOR}\s+(?:(?i:are|were|is|was|have\s+been|had\s+been)\s+)?{_PRESENCE}", 0.75,
          backward=True, start="object", needs=[_w(["where"]), _IRANIAN_WORDS]),
    _rule("instructor:sent_to", _I, rf"\b{_alt(cues.SENDING)}(?:\s+[\w-]+){{0,2}}?\s+{_ACTOR}"
          rf"\s+(?i:to|into|in)\s+{OBJ}", 0.8, heads=_SENDING_WORDS,
          needs=[_IRANIAN_WORDS, _PERSONNEL_WORDS]),
    _rule("instructor:state_sent", _I, rf"(?:\bIran\b|\bTehran\b|\bIRGC\b|{_IRAN_SLOT}|"
          rf"(?i:\bthe\s+iranian\s+"
          rf"(?:government|regime|authorities|military)))\S*\s+(?:(?i:has|had|have)\s+)?"
          rf"(?:(?i:denie[sd]|deny|denying|rejected|rejects|refused|refuses|admitted|admits|"
          rf"acknowledged|confirmed|confirms|stopped|started|began|of)\s+)?"
          rf"(?:(?:\w+ly|(?i:also|again|already|even))\s+)?{_alt(cues.SENDING)}\s+"
          rf"(?:[\w-]+\s+){{0,3}}?{_PERSONNEL}\s+"
          # (with what they were sent to do between: "sent instructors to work with attack
          # drones in X")
          rf"(?:(?i:to)\s+(?:[\w-]+\s+){{1,5}}?)?"
          rf"(?i:to|into|in)\s+{OBJ}", 0.75, heads=_w(["iran", "tehran", "irgc", "the"]),
          slot_head=True,
          needs=[_SENDING_WORDS, _PERSONNEL_WORDS]),
    # --- strike targets
    _rule("strike:cue_prep", _S, rf"{_alt(cues.STRIKE_WORDS)}{_NOT_COMPOUND}"
          rf"{_gap(5, allow='of by with were was been are is has have had and also', quoted=True)}"
          rf"\s+(?i:on|upon|in|at|against|across|onto|into|throughout)\s+{OBJ}", 0.75,
          heads=_w(cues.STRIKE_WORDS)),
    # a strike or a hit near a place ("a Shahed strike was recorded near X"; not the ground
    # fighting of "attacks near X" in a General Staff summary)
    _rule("strike:near", _S, r"(?<![\w-])(?i:strikes?|struck|hits?|explosions?|blasts?)"
          r"(?=[^.;]{0,80}?\b(?i:near)\b)"  # (a quick end where no "near" follows)
          rf"{_gap(5, allow='of by with were was been are is has have had')}"
          rf"\s+(?i:near)\s+{OBJ}", 0.7,
          heads=_w(["strike", "strikes", "struck", "hit", "hits", "explosion", "explosions",
                    "blast", "blasts"]), needs=[_w(["near"])]),
    _rule("strike:launch_at", _S, rf"(?i:\blaunch\w*|\bsen[dt]\w*)"
          rf"(?:\s+[\w\"“”«»/-]+){{0,3}}?\s+[\"“«]?{_WEAPON}[\"”»]?"
          rf"{_gap(3, allow='of from')}"
          rf"\s+(?i:at|against|on|toward|towards|into)\s+{OBJ}", 0.75,
          heads=_w([], prefixes=["launch", "send", "sent"]), needs=[_w(cues.WEAPON_NOUNS)]),
    # (not the noun of a blaze: "a fire broke out on X" says nothing of what started it)
    _rule("strike:fire_at", _S, rf"(?i:\b(?:fired|fires|fire|firing|hurled|lobbed|aimed))"
          rf"(?!\s+(?i:broke|breaks|break|started|starts|erupted|raged|rages|spread|spreads|"
          rf"was|is|has|had|engulfed|burned|burning)\b)"
          rf"{_gap(6, allow='of from')}\s+(?i:at|against|on|upon|toward|towards|into)\s+{OBJ}",
          0.75, heads=_w(["fired", "fires", "fire", "firing", "hurled", "lobbed", "aimed"])),
    # (a list that "as well as" joins may close with a comma: "X, as well as Y, were hit")
    _rule("strike:passive", _S, rf"{SUBJ},?\s+(?:(?i:again|also|reportedly|repeatedly)\s+)?"
          rf"(?:(?i:was|were|is|are|has\s+been|have\s+been|had\s+been|being|got|gets)\s+"
          rf"(?:(?i:again|also|once\s+again|\w+ly|(?:the\s+)?(?:most|worst|hardest))\s+){{0,2}}"
          rf"{_alt(cues.STRIKE_PASSIVE)}"
          rf"|(?i:came|comes|is|was|were|are|(?:has|have)\s+come|remains?|remained)\s+under\s+"
          rf"(?:[\w-]+\s+){{0,5}}?"
          rf"(?i:attack|attacks|fire|bombardment|shelling))",
          0.8, backward=True, agent=True, start="object",
          needs=[_w(cues.STRIKE_PASSIVE, ["under"])]),
    # the place with its surroundings: "the city of X and its surroundings were hit the hardest"
    _rule("strike:passive_surroundings", _S, rf"{SUBJ}\s+(?i:and\s+(?:its|their)\s+"
          rf"(?:surroundings|outskirts|suburbs|environs|vicinity)),?\s+"
          rf"(?i:was|were|has\s+been|have\s+been|had\s+been)\s+"
          rf"(?:(?i:again|also|\w+ly|(?:the\s+)?(?:most|worst|hardest))\s+){{0,2}}"
          rf"{_alt(cues.STRIKE_PASSIVE)}", 0.8, backward=True, agent=True, start="object",
          needs=[_w(["surroundings", "outskirts", "suburbs", "environs", "vicinity"]),
                 _w(cues.STRIKE_PASSIVE)]),
    # what was damaged in a place, told before its passive verb: "8 houses in X and 5 in Y
    # were damaged", "private houses in X, and private houses in Y were damaged"
    _rule("strike:buildings_in_x_damaged", _S,
          rf"(?<![\w-]){_alt([*_HIT_BUILDINGS, *_DAMAGED_OWNINGS])}"
          rf"\s+(?i:in|at)\s+(?:⟦P:[^⟧]*⟧[^;.⟦]{{0,30}}?(?:,|\s(?i:and))\s+{_COUNT_MORE}"
          rf"(?i:in|at)\s+)?{OBJ}(?:[^;.⟦]|⟦[PT]:[^⟧]*⟧){{0,80}}?\s"
          rf"(?i:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?i:\w+ly)\s+)?"
          rf"(?i:damaged|destroyed)\b", 0.75, backward=True,
          heads=_w(_HIT_BUILDINGS, _DAMAGED_OWNINGS)),
    # the harm's verb left out for a second place: "Two houses were damaged in X and another
    # one in Y", "a man was killed in X and 2 more in Y"
    _rule("strike:elided_second", _S,
          rf"(?i:damaged|destroyed|hit|killed|injured|wounded)\s+(?:[^;.⟦]{{0,30}}?\s)?"
          rf"(?i:in|at)\s+⟦P:[^⟧]*⟧\s*(?:,\s*)?(?i:and)\s+{_COUNT_MORE}(?i:in|at)\s+{OBJ}",
          0.7, heads=_w(["damaged", "destroyed", "hit", "killed", "injured", "wounded"])),
    # ... or taken up with "as was": "a house was damaged, as was another in the village of X"
    _rule("strike:as_was_another", _S,
          rf"(?i:damaged|destroyed|hit|killed|injured|wounded)\s*,?\s+(?i:as)\s+(?i:was|were)"
          rf"\s+(?:[^;.⟦]{{0,30}}?\s)?(?i:in|at)\s+{OBJ}",
          0.7, heads=_w(["damaged", "destroyed", "hit", "killed", "injured", "wounded"]),
          needs=[_w(["as"])]),
    # a facility told destroyed in the passive: "the X thermal power plant was completely
    # destroyed" (only a facility: "drones were destroyed over the X region" is a shoot-down)
    _rule("strike:facility_destroyed", _S,
          rf"(?:(?i:the)\s+)?(?P<obj>⟦T:[^⟧]*?_{_FACILITY_TAIL}⟧"
          rf"|⟦T:[^⟧]*⟧\s+(?:[a-z][\w-]*\s+){{0,2}}?{_alt((*cues.FACILITY_HEADS, 'port'))})"
          rf"\s+(?:(?i:itself|also)\s+)?(?i:was|were|has\s+been|have\s+been|had\s+been)\s+"
          rf"(?:(?i:\w+ly|almost|nearly)\s+){{0,2}}{_alt(_DESTROYED)}\b",
          0.75, backward=True, start="object", needs=[_w(_DESTROYED)]),
    # a power cut tells where the grid failed, not where the drones hit: "X was left without
    # electricity", "X and Y communities were cut off from electricity", "X remained in the
    # dark after the shelling" (the place is "other" unless a cue of its own says it was
    # struck: the substation hit may be far away; so for every ``other:*outage*`` rule)
    _rule("other:left_without", _O, rf"{SUBJ}(?:\s+(?:(?!(?i:was|were)\b)[\w-]+)){{0,6}}?\s+"
          rf"(?i:was|were|is|are|has\s+been|have\s+been|had\s+been|remains?|remained)\s+"
          rf"(?:(?i:again|still|partly|largely|completely|also|temporarily)\s+)?"
          rf"(?:(?i:left)\s+(?i:without\s+(?:any\s+)?(?:power|electricity|light|heating|heat|"
          rf"water)|[\"“]?in\s+(?:the\s+)?dark(?:ness)?)|(?i:cut\s+off\s+from\s+(?:the\s+)?"
          rf"(?:power|electricity|light|heating|heat|water))|(?i:de-?energi[sz]ed)\b)",
          0.65, blocks=False, backward=True,
          start="object", needs=[_w(["left", "cut", "de-energized", "deenergized",
                                     "de-energised", "deenergised"])]),
    # (an appositive may stand between: "Reni and Izmail, the two Danube ports, have suffered")
    # (or a time: "X this night suffered from a drone attack")
    _rule("strike:suffered", _S, rf"{SUBJ}(?:,(?:[^,;⟦]|⟦P:[^⟧]*⟧){{1,80}},|\s+{_WHEN})?\s+"
          rf"(?:(?i:has|have|had|also|again)\s+)?(?i:suffered|"
          rf"suffers|endured|faced|experienced)\s+(?:(?i:from)\s+)?"
          rf"(?:[\w-]+\s+){{0,4}}?(?:{_alt(cues.ATTACK_NOUNS)}|(?i:explosions|bombardment|"
          rf"fire|drones))", 0.8, backward=True, start="object",
          needs=[_w(["suffered", "suffers", "endured", "faced", "experienced"])]),
    # an attack told in the passive with its weapon, then its place: "an attack was carried
    # out with the Shahed drone in X"
    _rule("strike:carried_out", _S, rf"{_alt(cues.ATTACK_NOUNS)}\s+(?i:was|were|has\s+been|"
          rf"have\s+been|had\s+been)\s+(?i:carried\s+out|conducted|made|launched|committed)"
          rf"(?:\s+(?i:with|by|using)(?:\s+[\w'’-]+){{1,4}}?)?\s+(?i:in|on|at|against)\s+{OBJ}",
          0.75, heads=_w(cues.ATTACK_NOUNS)),
    # civilians hurt or killed in a place: "injured two people in X", "a man was hurt in X"
    # (in a sentence or a report that speaks of force: a round-up's "A person was killed in X")
    _rule("strike:casualties_in", _S, rf"(?:{_alt(cues.CASUALTY_VERBS)}"
          rf"(?:\s+(?i:at\s+least|up\s+to|more\s+than|about|some|several|\d+|\w+teen|one|two|"
          rf"three|four|five|six|seven|eight|nine|ten|a|an|the|local|other|elderly|young))*"
          rf"\s+{_alt(cues.CASUALTY_NOUNS)}|{_alt(cues.CASUALTY_NOUNS)}\s+"
          rf"(?:(?i:was|were|has\s+been|have\s+been|had\s+been|got)\s+)?"
          rf"(?:(?i:also|reportedly|\w+ly)\s+){{0,2}}{_alt(cues.CASUALTY_VERBS)})"
          rf"(?:\s+[\w-]+){{0,3}}?\s+(?i:in|at|near)\s+{OBJ}", 0.7, military=True,
          report_force=True, heads=_w(cues.CASUALTY_VERBS, cues.CASUALTY_NOUNS),
          needs=[_w(cues.CASUALTY_VERBS)]),
    # what an attack damaged, then where: "a blast wave damaged the windows of a school in X"
    # (what was damaged is no weapon: "destroyed drones in X" is a shoot-down, not this)
    # (or the damage done: "damage to buildings and vehicles in X")
    _rule("strike:damaged_in", _S, rf"(?i:\b(?:damaged|shattered|blew\s+out|set\s+fire\s+to"
          rf"|damage\s+to))"
          rf"(?:\s+(?!{_WEAPON}\b|targets?\b)[\w'’-]+){{1,10}}?\s+(?i:in|at|near)\s+{OBJ}",
          0.7, military=True, heads=_w(["damaged", "shattered", "blew", "set", "damage"])),
    # where the power went: "it led to power cuts in parts of X", "blackouts across X after
    # the strikes" (the Cyrillic "знеструмлено X" is ``other:cyr_outage``)
    _rule("other:outage_in", _O, rf"(?i:\b(?:power\s+(?:cuts?|outages?)|blackouts?|outages?))"
          rf"(?:\s+(?!{_WEAPON}\b)[\w'’-]+){{0,3}}?\s+(?i:in|across|throughout|at)\s+{OBJ}",
          0.65, blocks=False,
          heads=_w(["power", "blackout", "blackouts", "outage", "outages"])),
    # who lost the power, then where: "2,000 households were disconnected in X due to the
    # attacks"
    _rule("other:disconnected_in", _O, rf"(?i:\b(?:households|homes|consumers|subscribers|"
          rf"customers|residents|people|families))\s+(?i:were|was|have\s+been|had\s+been|"
          rf"remain|remained|are)\s+(?:(?i:left|temporarily|still)\s+)?(?i:disconnected|"
          rf"de-?energi[sz]ed|cut\s+off)"
          rf"(?:\s+(?!{_WEAPON}\b)[\w'’-]+){{0,3}}?\s+(?i:in|across|throughout)\s+{OBJ}", 0.65,
          blocks=False, heads=_w(["households", "homes", "consumers", "subscribers",
                                   "customers", "residents", "people", "families"]),
          needs=[_w(["disconnected", "de-energized", "de-energised", "deenergized", "cut"])]),
    # "knocked out power to parts of X", "cut electricity in X": the attack took the power
    _rule("strike:power_to", _S, rf"(?i:\b(?:knock(?:ed|ing|s)?\s+out|cut(?:ting|s)?(?:\s+off)?"
          rf"|disrupt(?:ed|ing|s)?)\s+(?:the\s+)?(?:power|electricity)(?:\s+supplies?)?"
          rf"\s+(?:to|in))\s+{OBJ}", 0.65, military=True,
          heads=_w(["knocked", "knocking", "knock", "knocks", "cut", "cutting", "cuts",
                    "disrupted", "disrupting", "disrupts"])),
    # hits counted where they fell: "impacts were registered in the areas of X and Y", "the
    # impact occurred in X"
    _rule("strike:impacts_in", _S, rf"(?i:\b(?:impacts?|hits?|strikes?|explosions?))\s+"
          rf"(?:(?i:were|was|have\s+been|has\s+been|had\s+been)\s+"
          rf"(?i:{'|'.join(_RECORDED)})|(?i:occurred|took\s+place|happened))"
          rf"\s+(?i:in|at|on)\s+{OBJ}", 0.7,
          heads=_w(["impacts", "hits", "strikes", "explosions", "impact", "hit", "strike",
                    "explosion"]),
          needs=[_w([*_RECORDED, "occurred", "took", "happened"])]),
    # the attack's aftermath named where it is: "there are consequences in X, Y and Z"
    _rule("strike:consequences_in", _S, rf"(?i:\b(?:there\s+(?:are|were)\s+)?consequences"
          rf"(?:\s+of\s+(?:the\s+)?(?:attacks?|strikes?|shelling))?"
          rf"(?:\s+(?:were|have\s+been)\s+(?:recorded|reported|registered))?\s+in)\s+{OBJ}",
          0.65, military=True, heads=_w(["consequences"])),
    _rule("strike:transitive", _S, rf"{_alt(cues.STRIKE_TRANSITIVE)}{_NOT_COMPOUND}\s+{OBJ}",
          0.75, military=True, heads=_w(cues.STRIKE_TRANSITIVE)),
    _rule("strike:transitive_bare", _S, rf"(?i:\b(?:to|will|would|could|can|may|might|they|"
          rf"drones?|missiles?|shaheds?|uavs?|rockets?|forces|troops|have|has|had|russia|"
          rf"russians|enemy)\s+"
          rf"(?:(?:also|again|reportedly|allegedly|then|later|repeatedly|twice|once)\s+)?"
          rf"(?:attack|strike|hit|target)|"
          rf"{PH}\s+(?:(?i:also|again|reportedly|then|later|repeatedly)\s+)?(?i:hit|struck)|"
          # (the strikes as the subject: "enemy strikes hit X", "the shelling affected X")
          # (or the attack: "the Russian attack is reported to have affected X")
          rf"(?i:\b(?:strikes?|attacks?|airstrikes?|raids?|shelling|shells|bombs)\s+"
          rf"(?:(?:is|are|was|were)\s+(?:reported|said)\s+to\s+have\s+|(?:has|have|had)\s+)?"
          rf"(?:also\s+)?(?:hit|struck|affected|impacted)))(?!\s+back)"
          rf"{_NOT_COMPOUND}\s+{OBJ}", 0.7, military=True,
          heads=_w(["to", "will", "would", "could", "can", "may", "might", "they", "drones",
                    "missiles", "shaheds", "uavs", "rockets", "forces", "troops", "drone",
                    "missile", "shahed", "uav", "rocket", "have", "has", "had", "strikes",
                    "attacks", "airstrikes", "shelling", "shells", "bombs", "russia", "attack",
                    "strike", "airstrike", "raid", "raids",
                    "russians", "enemy"]),
          slot_head=True, needs=[_w(["attack", "strike", "hit", "target", "struck",
                                     "affected", "impacted"])]),
    # (the weapons may stand between: "used drones and guided aerial bombs against X")
    _rule("strike:used_against", _S, rf"(?i:\b(?:used|deployed|employed|directed|sent|"
          rf"aimed))\s+(?:(?:[\w-]+,?\s+){{0,6}}?{_WEAPON}\s+)?"
          rf"(?:(?i:in|for)\s+(?:[\w-]+\s+){{0,2}}?)?(?i:against)\s+{OBJ}", 0.7,
          military=True, heads=_w(["used", "deployed", "employed", "directed", "sent", "aimed"]),
          needs=[_w(["against"])]),
    # (a wider place may come first: "In the X region, in Y, the attack damaged ...")
    # (an adverb may open the sentence: "Thus, in X, the enemy hit an energy facility")
    _rule("strike:in_x_damage", _S, rf"{_SENTENCE_OPENING}"
          rf"(?:(?i:in|at)\s+(?:(?!⟦T)[^,;]){{1,60}}?,\s+)?"
          # (its district may follow, as an apposition too: "In X, Y district, a house ...")
          rf"(?i:in|at)\s+{OBJ}(?:\s*,\s+(?:(?i:in|at)\s+[^,;⟦]{{0,30}})?⟦P:[^⟧]*⟧)?\s*,\s+"
          rf"(?:(?:[\w'’-]+\s+){{0,8}}?(?i:damaged|destroyed|hit|struck|attacked|set\s+fire\s+to|"
          rf"caught\s+fire|was\s+damaged|were\s+damaged|exploded|injured|wounded|killed|"
          rf"ignited|fell|landed|crashed|burned|burnt|shelled|bombed|targeted|"
          rf"suffered\s+(?:[\w-]+\s+){{0,2}}?damage)\b{_NO_WEAPON_OBJECT}"
          # ("In X, Russian forces used FPV drones and artillery")
          rf"|(?:[\w'’-]+\s+){{0,4}}?(?i:used|deployed|employed)\s+(?:[\w-]+\s+){{0,3}}?"
          rf"{_WEAPON}\b"
          # ("In X, during the morning attack by drones, ...")
          rf"|(?:(?i:during|after|amid|in)\s+)?(?i:a|an|the)\s+(?:[\w-]+\s+)?"
          rf"(?i:strike|attack|hit|explosion|blast)s?"
          rf"\b)", 0.7, backward=True,
          start="object", needs=[_w(["damaged", "destroyed", "hit", "struck", "attacked", "fire",
                                     "exploded", "injured", "wounded", "killed", "ignited",
                                     "fell", "landed", "crashed", "burned", "burnt", "shelled",
                                     "bombed", "targeted", "used", "deployed", "employed",
                                     "suffered", "strike", "attack", "explosion", "blast",
                                     "strikes",
                                     "attacks", "explosions", "blasts"])]),
    # the harm may come later, after who tells of it or what else happened there: "In X, the
    # governor said shelling had killed two people", "In the X region of central Y, rescuers
    # pulled four people from the rubble after a drone destroyed a stable" (no other place
    # comes between, and what was destroyed is no weapon: "In X, air defence destroyed 20
    # drones" is a shoot-down)
    _rule("strike:in_x_harm", _S, rf"{_SENTENCE_OPENING}"
          rf"(?i:in|at)\s+{OBJ}(?:\s+(?:[^,;⟦]|⟦P:[^⟧]*⟧){{1,60}}?)?\s*,\s+"
          rf"[^;⟦]{{0,200}}?\b{_LATE_HARM}\b{_NO_WEAPON_OBJECT}", 0.6,
          military=True, report_force=True, backward=True, start="object",
          needs=[_LATE_HARM_WORDS]),
    # harm in a place put down to an attack: "in the X region 64 towns were left without
    # electricity as a result of Russian shelling"
    _rule("strike:in_x_result", _S, rf"(?i:in|at)\s+{OBJ}[^;.]{{0,120}}?\b(?i:(?:without|"
          rf"cut\s+off\s+from)\s+"
          rf"(?:power|electricity|heat|heating|water|light)|damaged|destroyed|shattered|injured|"
          rf"wounded|killed|caught\s+fire|blackouts?|outages?|power\s+cuts?)\b[^;.]{{0,60}}?"
          rf"(?i:as\s+a\s+result\s+of|due\s+to|because\s+of|following|caused\s+by|after|"
          rf"(?:damaged|hit|destroyed|shattered)\s+(?:in|by))\s+"
          rf"(?:(?i:the\s+)?(?i:wreckage|debris|fragments)\s+(?i:from|of)\s+)?"
          rf"(?:(?i:a|an|the|russian|russia['’]s|enemy|overnight|massive|another|night|downed|"
          rf"intercepted)\s+)*"
          rf"(?i:shelling|attacks?|strikes?|bombardment|drones?|missiles?|shaheds?)\b", 0.65,
          heads=_w(["in", "at"]),
          needs=[_w(["result", "due", "because", "following", "caused", "after", "damaged", "hit",
                     "destroyed", "shattered"]),
                 _w(["shelling", "attack", "attacks", "strike", "strikes", "bombardment", "drone",
                     "drones", "missile", "missiles", "shahed", "shaheds"])]),
    # the places an attack reached, told as a range after it: "drones targeting almost all
    # regions, from the eastern regions of X and Y to the port city of Z, as well as the
    # capital, W"
    _rule("strike:range", _S, rf"{_alt(cues.STRIKE_WORDS)}\b(?:[^;.⟦]|⟦P:[^⟧]*⟧){{0,80}}?,\s+"
          rf"(?P<obj>(?i:from)\s+{_LEAD}{_LIST}{_COMPASS}\s+(?i:to)\s+{_LEAD}{_LIST}{_COMPASS}"
          rf"(?:,?\s+(?i:as\s+well\s+as|and)\s+(?:(?i:the)\s+[\w-]+(?:\s+[\w-]+)?,\s+)?"
          rf"{_LEAD}{_LIST})?)", 0.65,
          heads=_w(cues.STRIKE_WORDS), needs=[_FROM, _w(["to"])]),
    # a bombardment "of" its target: "this week's bombardment of X", "the shelling of Y"
    _rule("strike:noun_of", _S, rf"(?i:\b(?:bombardments?|shelling|bombings?|pounding|blitz)"
          rf"\s+of)\s+{OBJ}", 0.7,
          heads=_w(["bombardment", "bombardments", "shelling", "bombing", "bombings", "pounding",
                    "blitz"]), needs=[_w(["of"])]),
    # what armed force destroyed: "Russia's destruction of the X dam" (not the weapons it
    # destroyed over a place: "the destruction of 20 drones over X")
    _rule("strike:destruction_of", _S, rf"(?i:\bdestruction\s+of)\s+"
          rf"(?!(?:[\w'’-]+\s+){{0,3}}?{_WEAPON}){OBJ}", 0.65, military=True,
          heads=_w(["destruction"]), needs=[_w(["of"])]),
    # a place among the targets, and what it was named with: "X was among the targets along
    # with the Y plant"
    _rule("strike:among_targets", _S, rf"{SUBJ}\s+(?i:was|were|is|are)\s+(?i:among|one\s+of)\s+"
          rf"(?:(?i:the)\s+)?(?:[\w-]+\s+){{0,2}}?(?i:targets)\b", 0.7, backward=True,
          start="object", needs=[_w(["targets"])]),
    _rule("strike:among_targets_with", _S, rf"(?i:among|one\s+of)\s+(?:(?i:the)\s+)?"
          rf"(?:[\w-]+\s+){{0,2}}?(?i:targets)\s+(?i:along\s+with|together\s+with|alongside)"
          rf"\s+{OBJ}", 0.7, heads=_w(["among", "one"]), needs=[_w(["targets"])]),
    # harm in a place, then its cause: "A fire has broken out at a power facility in X due to
    # a Russian drone attack"
    _rule("strike:harm_in_due", _S, rf"\b{_HARM}\b(?:\s+[\w'’-]+){{0,7}}?\s+(?i:in|at)\s+{OBJ}"
          rf"[^;.]{{0,40}}?\b(?i:as\s+a\s+result\s+of|due\s+to|because\s+of|caused\s+by)\s+"
          rf"{_ATTACK_NP}", 0.7, heads=_HARM_WORDS,
          needs=[_w(["result", "due", "because", "caused"])]),
    # where an attack was concentrated: "the enemy attack on the south was concentrated in X
    # and Y regions", "the brunt of the strikes fell on X"
    _rule("strike:concentrated", _S, rf"(?:{_ATTACK_NP}[^;.⟦]{{0,60}}?\s(?i:was|were|is|are|"
          rf"has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?i:concentrated|focused|centred|centered)"
          rf"|(?i:brunt)\s+of\s+{_ATTACK_NP}\s+(?i:fell|was|were))"
          rf"\s+(?i:in|on|at|upon|over)\s+{OBJ}", 0.7,
          heads=_w(["brunt"], cues.ATTACK_NOUNS, ["the", "a", "an", "this", "that", "russian",
                                                  "enemy", "overnight", "night", "massive",
                                                  "drone", "missile", "combined", "latest"]),
          needs=[_w(["concentrated", "focused", "centred", "centered", "brunt"])]),
    # the toll of an attack in a place: "the number of injured in X has risen", "the death
    # toll in X"
    _rule("strike:toll_in", _S, r"(?i:number\s+of\s+(?:the\s+)?(?:injured|wounded|dead|killed|"
          r"victims|casualties)|(?:death|casualty)\s+toll)\s+(?i:in|at)\s+"
          rf"{OBJ}", 0.7, military=True, heads=_w(["number", "death", "casualty"]),
          needs=[_w(["injured", "wounded", "dead", "killed", "victims", "casualties", "toll"])]),
    # an attack, then where it bore down, in a participle clause: "Russia launched 476 drones
    # from several directions, focusing mainly on the X, Y and Z regions"
    _rule("strike:focusing_on", _S, rf"(?:{_LAUNCH}|{_alt(cues.ATTACK_NOUNS)}|(?i:attacked|"
          rf"struck|fired))\b[^;.⟦]{{0,120}}?,\s*(?i:focusing|concentrating|focused|"
          rf"concentrated)\s+(?:\w+ly\s+)?(?i:on|upon)\s+{OBJ}", 0.7,
          heads=_w(cues.LAUNCH_WORDS, cues.ATTACK_NOUNS, ["attacked", "struck", "fired"]),
          needs=[_w(["focusing", "concentrating", "focused", "concentrated"])]),
    # a sentence that opens with the attack and goes on to its harm in a place: "As a result
    # of the attack, an industrial warehouse caught fire in X"
    _rule("strike:result_harm_in", _S, rf"(?i:as\s+a\s+result\s+of|following|after|during)\s+"
          rf"{_ATTACK_NP}\s*,[^;.]{{0,120}}?\b{_HARM}\b"
          rf"(?:\s+(?!{_MOVED})[\w'’-]+){{0,5}}?\s+(?i:in|at|of)\s+{OBJ}", 0.65,
          initial=True, heads=_w(["as", "following", "after", "during"]),
          needs=[_HARM_WORDS]),
    # the harm's cause located in a place: "As a result of the fall of a downed drone in the
    # private sector of X, a house was destroyed"
    _rule("strike:result_in_harm", _S, rf"(?i:as\s+a\s+result\s+of|due\s+to|because\s+of)\s+"
          rf"(?=[^,;⟦]{{0,80}}?\b{_CAUSE}\b)[^,;⟦]{{0,80}}?\s(?i:in|of|on|at)\s+{OBJ}\s*,"
          rf"[^;.]{{0,80}}?\b{_HARM}\b", 0.65,
          initial=True, heads=_w(["as", "due", "because"]), needs=[_HARM_WORDS]),
    # debris that fell or landed on a place: "fragments of a drone landed on a building in X"
    _rule("strike:debris_fell", _S, rf"{_DEBRIS_WORD}(?:\s+[\w'’-]+){{0,6}}?\s+"
          rf"{_alt(cues.FELL)}[^;.⟦]{{0,60}}?\s(?i:in|on|onto|at|near)\s+{OBJ}", 0.7,
          heads=_w(cues.DEBRIS, ["parts"]), needs=[_w(cues.FELL)]),
    # a weapon that came down on a place: "24 missiles landed in the vicinity of X", "a drone
    # crashed into a building in Y" (not "were shot down and fell in a field": see the
    # shoot-down rules, which outrank this one in the same clause)
    _rule("strike:weapon_landed", _S, rf"{_WEAPON}\b(?:\s+[\w'’-]+){{0,2}}?\s+"
          rf"(?i:landed|crashed|exploded|impacted)\b[^;.⟦]{{0,50}}?\s"
          rf"(?i:in|on|onto|into|at|near)\s+{OBJ}", 0.65,
          heads=_w(cues.WEAPON_NOUNS), needs=[_w(["landed", "crashed", "exploded", "impacted"])]),
    # ... or fell on a building there: "a Russian missile fell on Monday evening on a
    # two-story building near X" (not "fell in a field")
    _rule("strike:weapon_fell_on", _S, rf"{_WEAPON}\b(?:\s+[\w'’-]+){{0,2}}?\s+"
          rf"(?i:fell|crashed)\b[^;.⟦]{{0,40}}?\s(?i:on|onto|into)\s+(?:(?i:a|an|the)\s+)?"
          rf"(?:[\w'’-]+\s+){{0,2}}?(?i:{_alt(_HIT_BUILDINGS)})\b[^;.⟦]{{0,30}}?\s"
          rf"(?i:in|near|at|outside)\s+{OBJ}", 0.7,
          heads=_w(cues.WEAPON_NOUNS), needs=[_w(["fell", "crashed"])]),
    # (the fall may come first: "внаслідок падіння уламків у X", "в результате падения
    # обломков в X"; or a downed drone may fall: "один из сбитых дронов упал на территорию
    # предприятия в X"; or one of the drones the sentence before told of: "Один з них впав на
    # територію кладовища в X")
    _rule("strike:cyr_debris_fell", _S,
          rf"(?:{_stem((*cues.CYR_DEBRIS, 'частин'))}[^.;!?⟦]{{0,60}}?{_stem(cues.CYR_FELL)}|"
          rf"{_stem(['збит', 'сбит'])}(?:\s+{_CW}){{1,2}}?\s+{_stem(cues.CYR_FELL)}|"
          rf"{_cword(['один', 'одна', 'одне', 'одно'])}\s+{_cword(['з', 'із', 'зі', 'из'])}\s+"
          rf"{_cword(['них'])}\s+{_stem(_CYR_FELL_IN)}|"
          rf"{_stem(['падін', 'падени'])}\s+"
          rf"(?:{_CW}\s+){{0,2}}?{_stem(cues.CYR_DEBRIS)})[^.;!?⟦]{{0,40}}?\s"
          rf"{_cword(['на', 'в', 'у', 'во', 'біля', 'возле'])}\s+{COBJ_HIT}", 0.7,
          heads=_ws((*cues.CYR_DEBRIS, "частин", "падін", "падени", "збит", "сбит", "один",
                     "одна", "одне", "одно")),
          needs=[_ws(_CYR_FELL_IN)]),
    # the target named as such: "the main target was the southern parts of X"
    _rule("strike:target_was", _S, rf"(?i:\btargets?)\s+(?i:was|were|is|are|became)\s+"
          rf"{OBJ}", 0.7, heads=_w(["target", "targets"]),
          needs=[_w(["was", "were", "is", "are", "became"])]),
    # --- no role: these block farther role cues
    _rule("other:destroyed_weapons", _O, rf"(?i:destroyed|destroying|eliminated)\s+"
          rf"(?:[\w-]+\s+){{0,4}}?(?i:drones?|uavs?|shaheds?|missiles?|rockets?|targets)"
          rf"(?:\s+[\w-]+){{0,3}}?\s+(?i:over|near|above|in|around|outside)\s+{OBJ}", 0.7,
          heads=_w(["destroyed", "destroying", "eliminated"])),
    # the passive of the same: "twenty attack UAVs were destroyed in the X region" (who did it
    # may stand between: "were destroyed by air defence forces in X")
    _rule("other:weapons_destroyed", _O, rf"{_WEAPON}\s+(?i:were|was|have\s+been|has\s+been|"
          rf"had\s+been|being)\s+(?:\w+ly\s+)?(?i:destroyed|eliminated|downed|intercepted|"
          rf"shot\s+down|neutrali[sz]ed)(?:\s+[\w-]+){{0,5}}?\s+(?i:over|near|above|in|around|"
          rf"outside)\s+{OBJ}", 0.7, heads=_w(cues.WEAPON_NOUNS), shootdown=True,
          needs=[_w(["destroyed", "eliminated", "downed", "intercepted", "shot", "neutralised",
                     "neutralized"])]),
    # a transport or passenger aircraft that takes off or flies from a place is no launch:
    # "an Il-76 cargo plane took off from X"
    _rule("other:aircraft_from", _O, rf"(?i:\b(?:cargo|transport|passenger|civilian|"
          rf"commercial|il-76s?|boeings?|airbus(?:es)?|airliners?|flights?))\b"
          rf"(?:\s+[\w-]+){{0,3}}?\s+(?i:took\s+off|takes\s+off|taking\s+off|take\s+off|"
          rf"flew|flies|flying|departed|left|arrived)\s+(?i:from|at|in)\s+{OBJ}", 0.7,
          heads=_w(["cargo", "transport", "passenger", "civilian", "commercial", "il",
                    "boeing", "boeings", "airbus", "airbuses", "airliner", "airliners",
                    "flight", "flights"]),
          needs=[_w(["took", "takes", "taking", "take", "flew", "flies", "flying", "departed",
                     "left", "arrived"])]),
    # Ukraine's own strikes (on launch sites, air bases, depots) are not what the drones hit:
    # "Ukraine hit a drone storage site at X", "Ukrainian Special Forces struck X"
    _rule("other:ukrainian_strike", _O, rf"(?:{_UA_ACTOR}(?:\s*\([^)]{{1,20}}\))?"
          rf"(?:\s+(?i:said|says|claimed|announced)\s+(?:(?i:that)\s+)?(?i:it|they))?"
          rf"{_gap(4, allow='of to', ban='russia russian moscow kremlin enemy occupiers')}\s+"
          rf"(?:{_alt(cues.STRIKE_WORDS)}|(?i:carried\s+out|conducted))|(?i:\bukrainian|"
          rf"\bukraine['’]s)\s+(?:[\w-]+\s+)?(?i:strikes?|attacks?|raids?))\b"
          rf"(?P<obj>(?:(?!{_RU_ATTACKER})[^;]){{0,200}}?⟦T:[^⟧]*⟧)",
          0.7, heads=_w(["ukraine", "ukrainian", "ukraine's", "ukraine’s", "sso", "gur", "sbu",
                         "hur", "defense", "defence"]),
          slot_head=True, needs=[_w(cues.STRIKE_WORDS, ["carried", "conducted"])]),
    # a strike on "the Russian X airfield" is Ukraine's, whoever the text names as striking
    _rule("other:russian_base_struck", _O, rf"{_alt(cues.STRIKE_WORDS)}\s+(?:[\w-]+\s+){{0,2}}?"
          rf"(?i:the|a|an)\s+(?i:russian)\s+(?:[\w-]+\s+)?(?P<obj>⟦T:[^⟧]*⟧)"
          rf"(?:\s+(?i:military|naval|strategic))?\s*(?:_|\s)?(?i:air\s*base|airfield|aerodrome|"
          rf"naval\s+base|base|depot|arsenal|ship|warship|headquarters|command\s+post)", 0.7,
          heads=_w(cues.STRIKE_WORDS), needs=[_w(["russian"])]),
    # the places of a direction given in brackets after it: "launched from the southeastern
    # direction (X and Y)", "атакував з півдня (мис X, Y)"
    _rule("launch:direction_brackets", _L, rf"(?i:\bfrom\s+the\s+(?:[\w-]+\s+){{0,2}}?"
          rf"directions?|\bfrom\s+the\s+(?:north|south|east|west)[\w-]*)\s*\(\s*{OBJ}", 0.75,
          heads=_w(["from"]), needs=[_w(["direction", "directions"], prefixes=["north", "south",
                                                                             "east", "west"])]),
    _rule("launch:cyr_direction_brackets", _L, rf"{_CFROM}\s+(?:{_CW}\s+){{0,2}}?"
          rf"{_stem(_CYR_QUARTERS)}\s*\(\s*{COBJ}", 0.75, heads=_w(_CFROM_WORDS),
          needs=[_ws(_CYR_QUARTERS)]),
    # a weapon's origin in brackets after it, as air force summaries list them: "2 Iskander-M
    # missiles (from X)", "2 балістичні ракети Іскандер-М (з X)"
    _rule("launch:weapon_brackets", _L, rf"{_WEAPON}(?:\s+[\w/-]+){{0,3}}?\s*\(\s*"
          rf"(?i:launched\s+)?(?i:from)\s+(?:(?i:the)\s+)?{OBJ}", 0.7, guard_supply=True,
          heads=_w(cues.WEAPON_NOUNS), needs=[_FROM]),
    _rule("launch:cyr_weapon_brackets", _L, rf"{_stem(cues.CYR_WEAPONS)}(?:\s+{_CW}){{0,3}}?"
          rf"\s*\(\s*(?:{_stem(cues.CYR_LAUNCH)}\s+)?{_CFROM}\s+{COBJ}", 0.7, guard_supply=True,
          heads=_ws(cues.CYR_WEAPONS), needs=[_w(_CFROM_WORDS)]),
    # a base the attacker is said to use for its strikes: "the X airfield, which the Russians
    # actively use for airstrikes on Ukraine"
    _rule("launch:used_for_strikes", _L, rf"{SUBJ},?\s+(?i:which|that)\s+(?:[\w'’-]+\s+){{0,3}}?"
          rf"(?i:uses?|used|using)\s+(?:(?i:it|them)\s+)?(?i:for|to\s+launch|to\s+carry\s+out)"
          rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?i:strikes|airstrikes|air\s+strikes|attacks|launches|"
          rf"drones|missiles)\b", 0.7, backward=True, start="object", military=True,
          needs=[_w(["use", "uses", "used", "using"])]),
    # a launch site named by a copula: "another possible launch site may be the village of X",
    # "X is a likely launch area"
    _rule("launch:site_is", _L, rf"(?i:launch(?:ing)?\s+(?:sites?|areas?|points?|pads?|"
          rf"locations?|positions?))\s+(?i:is|was|are|were|may\s+be|might\s+be|could\s+be|"
          rf"would\s+be|remains?|became)\s+{OBJ}", 0.75, heads=_w(["launch", "launching"])),
    _rule("launch:is_site", _L, rf"{OBJ}\s+(?i:is|was|are|were|may\s+be|might\s+be|could\s+be|"
          rf"remains?|became|serves\s+as|served\s+as)\s+(?:(?i:a|an|the|another|one|also)\s+)*"
          rf"(?:(?i:possible|likely|probable|main|key|major|new|potential|alleged|reported)\s+)?"
          rf"(?:(?i:drone|uav|shahed)\s+)?(?i:launch(?:ing)?\s+(?:sites?|areas?|points?|pads?|"
          rf"locations?|positions?|grounds?))\b", 0.75, backward=True, start="object",
          needs=[_w(["launch", "launching"])]),
    # a labelled list of launch areas: "(launch areas: Kursk – Russia, Chauda – Crimea)"
    _rule("launch:label", _L, rf"(?i:launch(?:ing)?\s+(?:areas?|sites?|points?|locations?|"
          rf"positions?))\s*:{_LABEL_ITEM}", 0.8, heads=_w(["launch", "launching"])),
    _rule("other:shootdown", _O, rf"{_alt(cues.SHOOTDOWN)}"
          rf"{_gap(5, allow='was were been by is are of')}\s+"
          rf"(?i:over|near|above|in|around|outside|close\s+to|on\s+approach\s+to)\s+{OBJ}", 0.7,
          heads=_w(cues.SHOOTDOWN), shootdown=True),
    # ... or the place first: "In the X region, three drones were shot down by air defence"
    # (the weapons downed, in the passive or as the object: not debris, nor "a downed drone
    # hit a house")
    _rule("other:in_x_shootdown", _O, rf"{_SENTENCE_OPENING}"
          rf"(?i:in|over|above)\s+{OBJ}(?:\s+(?:[^,;⟦]|⟦P:[^⟧]*⟧){{1,60}}?)?\s*,\s+"
          rf"[^;.⟦]{{0,80}}?(?:(?i:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
          rf"{_SHOT_DOWN_VERB}|{_SHOT_DOWN_VERB}\s+(?:\d+|(?i:all|several|most|two|three|four|"
          rf"five|six|seven|eight|nine|ten|dozens\s+of))\s+(?:[\w-]+\s+){{0,2}}?{_WEAPON})\b",
          0.65,
          backward=True, start="object", shootdown=True,
          needs=[_w(["shot", "downed", "intercepted", "neutralised", "neutralized", "brought"])]),
    # (a bare "attack" is the war only when its object is the country: "Russia's attack on
    # Ukraine"; "Russia's attack on Kyiv" is a strike)
    _rule("other:war", _O, rf"(?:(?i:\b(?:russia['’]s|russian|moscow['’]s|kremlin['’]s))\s+"
          rf"(?:(?i:full-scale|unprovoked|ongoing|brutal)\s+(?i:attack|assault|offensive|"
          rf"{'|'.join(cues.WAR_NOUNS)})|(?i:{'|'.join(cues.WAR_NOUNS)})"
          rf"|(?i:attack|assault|offensive)(?=\s+(?i:on|against)\s+⟦T:(?i:ukrain)))"
          rf"|{_alt(cues.WAR_NOUNS)})\s+"
          rf"(?i:on|against|of|in|with)\s+{OBJ}", 0.7,
          heads=_w(["russia", "russian", "moscow", "kremlin"], cues.WAR_NOUNS),
          needs=[_w(["on", "against", "of", "in", "with"])]),
    # the place whose official speaks ("Kyiv Mayor Vitali Klitschko said", "the X region's
    # governor reported"): the office, not something alleged of the place
    _rule("other:official_of", _O, r"(?:[,;:\"“(]\s*|\b(?i:and|that|but|while|as|when|after|"
          r"in|by)\s+)?(?:(?i:the)\s+)?(?P<obj>⟦T:[^⟧]*⟧)(?:['’]s)?\s+(?:(?i:deputy|acting)\s+)?"
          r"(?i:mayor|governor)\b", 0.7, start="slot", needs=[_w(["mayor", "governor"])]),
    # where drones flew is no target by itself ("six flew toward Russia, Belarus and X"; they
    # may have strayed or been shot down on the way)
    _rule("other:flew_toward", _O, r"\b(?i:flew|flying|flown|headed|heading)\s+"
          rf"(?:(?i:back|on|off)\s+)?(?i:toward|towards)\s+{OBJ}", 0.6,
          heads=_w(["flew", "flying", "flown", "headed", "heading"]),
          needs=[_w(["toward", "towards"])]),
    # a dateline, the place a report was filed from, in capitals before a dash (perhaps after
    # a date, its country or the agency): "KYIV (Reuters) - ...", "KYIV, Dec 2 - ...", "KYIV,
    # Ukraine (AP) — ..." (no allegation there; read where the sentence speaks of what a strike
    # rule or the role model might take it for)
    _rule("other:dateline", _O, r"^\W*(?P<obj>⟦T:[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+)*⟧)"
          r"(?:\s*,\s*(?:⟦P:[^⟧\n]{1,30}⟧|[^\n–—⟦]){1,30}?)?(?:\s*\([^)\n⟦]{1,30}\))?"
          # (the dash itself may be where the clause was cut)
          r"(?:\s*[–—-]\s|\s*$)", 0.8,
          start="slot", needs=[_w([*cues.WEAPON_NOUNS, *_HARM_WORDS_LIST, *_LATE_HARM_LIST,
                                     "attack", "attacks", "strike", "strikes"])]),
    # what the weather did is no strike: "через погодні умови без світла залишилися села у X
    # громаді", "power was cut in X due to bad weather"
    _rule("other:weather", _O, r"(?i:через|из-за|внаслідок|вследствие|due\s+to|because\s+of)\s+"
          rf"(?:[\w'’-]+\s+){{0,2}}?{_stem(_WEATHER)}[^.;]{{0,160}}?(?P<obj>⟦T:[^⟧]*⟧)", 0.7,
          heads=_w(["через", "из", "внаслідок", "вследствие", "due", "because"]),
          needs=[_w([], prefixes=_WEATHER)]),
    # explosions told as the air defence's own ("взрывы из-за работы ПВО раздавались в X",
    # "у X лунали вибухи через роботу ППО"): the guns firing, no hit
    _rule("other:cyr_air_defence_at_work", _O,
          rf"{_CYR_AIR_DEFENCE_WORK}[^.;⟦]{{0,80}}?(?P<obj>⟦T:[^⟧]*⟧)", 0.7,
          heads=_w(["из", "через", "внаслідок", "вследствие"]),
          needs=[_w(["ПВО", "ППО"])]),
    _rule("other:cyr_air_defence_at_work_after", _O,
          rf"(?P<obj>⟦T:[^⟧]*⟧)[^.;⟦]{{0,60}}?{_CYR_AIR_DEFENCE_WORK}", 0.7,
          backward=True, start="object", needs=[_w(["ПВО", "ППО"])]),
    # where air-raid alerts sounded or air defence worked, which says no strike by itself:
    # "air defense systems were activated across several regions, including X and Y"
    _rule("other:air_alert", _O, r"(?i:\b(?:alerts?|alarms?|sirens?)|\bair\s+defen[cs]e"
          r"(?:\s+(?:systems?|forces|units))?)\s+(?:(?:was|were|is|are|has\s+been|have\s+been)"
          r"\s+)?(?i:activated|active|working|operating|engaged|sounded|declared|issued)"
          rf"{_gap(2)}\s+(?i:in|across|over|throughout)\s+{OBJ}", 0.6,
          heads=_w(["alert", "alerts", "alarm", "alarms", "siren", "sirens", "air"]),
          needs=[_w(["activated", "active", "working", "operating", "engaged", "sounded",
                     "declared", "issued"])]),
    # (or after the title: "Oleh Kiper, governor of the X region", "the mayor of X")
    _rule("other:official_of_after", _O, r"\b(?i:mayor|governor|head|chief)\s+(?i:of)\s+"
          r"(?:(?i:the)\s+)?(?P<obj>⟦T:[^⟧]*⟧)", 0.7,
          heads=_w(["mayor", "governor", "head", "chief"]), needs=[_w(["of"])]),
    _rule("other:event", _O, rf"{_alt(cues.EVENT_NOUNS)}{_gap(2)}\s+(?i:in|at)\s+{OBJ}", 0.7,
          heads=_w(cues.EVENT_NOUNS), needs=[_w(["in", "at"])]),
    _rule("other:state_actor", _O, rf"(?:^|[,;:\"“(]\s*|\b(?i:and|that|but|while|as|when|"
          rf"after|in\s+response,?)\s+)(?P<obj>⟦T:[^⟧]*⟧)(?:['’]s\s+(?:[\w-]+\s+){{0,3}}?)?"
          rf"\s*(?:{_alt(cues.AUXILIARIES)}\s+){{0,2}}(?:\w+ly\s+)?{_alt(cues.STATE_VERBS)}",
          0.7, backward=True, start="slot", needs=[_w(cues.STATE_VERBS)]),
    # --- Ukrainian and Russian
    _rule("launch:cyr_from", _L, rf"{_CNOT_STEERED}{_stem(cues.CYR_LAUNCH)}{_CGAP_LONG}\s+"
          rf"{_CFROM}\s+{COBJ}",
          0.85, guard_supply=True, guard_aircraft=True, heads=_ws(cues.CYR_LAUNCH)),
    # the origin told first, before the launch: "З X ворог запустив 20 дронів", "из акватории
    # X выпустила ракеты" (up to four words between: the subject, an adverb)
    _rule("launch:cyr_from_fronted", _L, rf"{_CFROM}\s+{COBJ}(?:\s+{_CW}){{0,4}}?\s+"
          rf"{_stem(cues.CYR_LAUNCH)}", 0.75, guard_supply=True, guard_aircraft=True,
          heads=_w(["з", "із", "зі", "из", "с", "со"]), needs=[_ws(cues.CYR_LAUNCH)]),
    # "X, де розташований полігон, звідки окупанти запускають дрони", "X, откуда запускают":
    # the launching happens there
    # (or after another relative clause: "X, где расположен полигон и откуда проходят
    # запуски")
    _rule("launch:cyr_from_where", _L, rf"(?P<obj>{PH})[^.;!?]{{0,120}}?"
          rf"(?:,|\s{_cword(['и', 'і', 'й', 'та', 'а'])})\s+"
          rf"(?:{_cword(['звідки', 'откуда'])}|{_cword(['з', 'із', 'с', 'со'])}\s+"
          rf"{_cword(['якого', 'якої', 'яких', 'которого', 'которой', 'которых'])})"
          rf"(?:\s+{_CW}){{0,4}}?\s+{_stem(cues.CYR_LAUNCH)}", 0.7, backward=True,
          start="object", needs=[_w(["звідки", "откуда", "якого", "якої", "яких", "которого",
                                     "которой", "которых"]), _ws(cues.CYR_LAUNCH)]),
    # Russian forces based somewhere and steering or firing drones from there: "російські
    # військові, які базуються в X, керували БпЛА", "расчеты, размещенные в X, запускают"
    # (Iranians based there are instructors: ``instructor:*``)
    _rule("launch:cyr_based_forces", _L, rf"(?<!ранськ[іиа]\s)(?<!ранських\s)(?<!ранск[иа]е\s)"
          rf"(?<!ранских\s){_stem(_CYR_FORCES)},?(?:\s+{_cword(['які', 'которые', 'що', 'что'])})?"
          rf"\s+{_stem(_CYR_BASED)}(?:\s+{_CW}){{0,2}}?\s+{_cword(['в', 'у', 'на'])}\s+{COBJ}"
          rf"[^;]{{0,120}}?{_stem(_CYR_OPERATE)}", 0.65,
          heads=_ws(_CYR_FORCES), needs=[_ws(_CYR_BASED)]),
    # weapons used from a place were launched there: "дрони застосовуються з X", "применяют
    # с территории X"
    _rule("launch:cyr_used_from", _L, rf"{_stem(cues.CYR_EMPLOY)}(?:\s+{_CW}){{0,3}}?\s+"
          rf"{_CFROM}\s+(?!{_CWITH_PLACE}){COBJ}", 0.7, guard_supply=True, military=True,
          heads=_ws(cues.CYR_EMPLOY)),
    # drones that flew from a place were launched there: "Вони летіли з мису X (Крим) та Y
    # області" (a route over the sea, "з акваторії", or from a side is no launch site; nor
    # where they came in from, "залетіли з X", "прилетел из X в Y": a border crossed)
    _rule("launch:cyr_flew_from", _L, rf"(?<![\w'’-]){_stem(cues.CYR_FLYING)}{_CGAP}\s+"
          rf"{_CFROM}\s+"
          rf"(?!{_stem(['акватор', 'напрям', 'направлен', 'бок', 'сторон'])})(?!{_CWITH_PLACE})"
          rf"{COBJ}", 0.65,
          guard_supply=True, military=True, heads=_ws(cues.CYR_FLYING)),
    # drones flying at a place were aimed at it: "20 летевших на Одесщину шахедов", "дрони
    # летіли на Київ" (a participle too)
    _rule("strike:cyr_flew_at", _S, rf"(?<![\w'’-]){_stem(_CYR_FLYING)}{_CGAP}\s+"
          rf"{_cword(['на'])}\s+{COBJ_HIT}", 0.65,
          military=True, heads=_w([], prefixes=_CYR_FLYING)),
    # (or headed that way: "шахеди рухалися в напрямку Y, де пролунали вибухи"; not drones
    # described by where they headed, whose fate the sentence tells: "дроны, которые
    # направлялись в сторону X, сбиты")
    _rule("strike:cyr_headed_to", _S, rf"{_CNOT_RELATIVE}(?<![\w'’-]){_stem(_CYR_HEADING)}"
          rf"{_CGAP}\s+{_cword(_CYR_TOWARDS)}\s+{COBJ_HIT}"
          rf"(?![^.;!?]*?{_stem(cues.CYR_SHOOTDOWN)}){_CYR_HARM_AFTER}", 0.6,
          military=True, heads=_w([], prefixes=_CYR_HEADING)),
    # attacks "from" a place came from it: "атака дронів з Курська", "удары с территории X",
    # "завдали удару чотирма керованими авіаційними ракетами Х-59 із X"
    # (not "удар з повітря по X": no preposition between "з" and the place)
    _rule("launch:cyr_attacks_from", _L, rf"{_stem(cues.CYR_STRIKE_NOUNS)}"
          rf"{_CGAP_LONG}{_CNOT_PARTITIVE}\s+{_CFROM}\s+(?!{_cword(cues.CYR_SIDE_WORDS)})"
          rf"(?!{_stem(_CYR_GUNS)})"
          rf"(?!{_CWITH_PLACE})"
          rf"(?=(?:(?!{_CPREP}\s){_CW}\s+){{0,2}}⟦){COBJ}", 0.75,
          guard_supply=True, heads=_ws(cues.CYR_STRIKE_NOUNS), needs=[_w(_CFROM_WORDS)]),
    # ... and the places it names next as part of that area: "атакував з території РФ,
    # зокрема з Орла, Брянська та Міллєрово"
    _rule("launch:cyr_from_namely", _L, rf"{_stem(cues.CYR_STRIKE_NOUNS)}"
          rf"{_CGAP_LONG}{_CNOT_PARTITIVE}\s+{_CFROM}\s+(?:{_CW}\s+){{0,2}}?{PH},?\s+"
          rf"{_cword(_CYR_NAMELY)}\s+{_CFROM}\s+{COBJ}", 0.75,
          heads=_ws(cues.CYR_STRIKE_NOUNS), needs=[_w(_CFROM_WORDS), _w(_CYR_NAMELY)]),
    # a second "з" after the first launch list: "запустили ракети з X і дрони з районів Y"
    # a later "з" of the same launch sentence: "запустили ракети з X, а дрони - з Y та Z"
    # (the object runs from the last "з" before the place to the place; other places in it
    # are list items, not a genitive container right before it)
    # ("більшість із яких летіли на X": a relative pronoun after "із" is no launch area)
    # (nor the "з" of where people came from: "гуртожитки, де мешкали переселенці з X")
    _rule("launch:cyr_from_again", _L, rf"{_CNOT_STEERED}{_stem(cues.CYR_LAUNCH)}"
          rf"[^;.]{{0,300}}?{_CNOT_DISPLACED}\s{_CFROM}\s+"
          rf"(?!{_cword(cues.CYR_RELATIVES)})(?P<obj>(?:(?!\s{_CFROM}\s|\s{_CROUTE}\s"
          # (nor past a launch verb or a heading: "з цих аеродромів запускаються БпЛА в бік X")
          rf"|\s{_stem(cues.CYR_LAUNCH)}|\s{_CTOWARD}"
          rf"|,\s*(?i:що|что|де|где)\s)[^;.⟦]"
          rf"|⟦P:[^⟧]*⟧(?={_CCONJ}|\s+(?:в|у|біля|поблизу)\s))"
          rf"{{0,80}}?⟦T:[^⟧]*⟧)", 0.75,
          guard_supply=True, guard_aircraft=True, heads=_ws(cues.CYR_LAUNCH)),
    # "Шахеди з Криму атакували Одесу", "дроны из Брянской области атаковали X"
    _rule("launch:cyr_weapon_from_struck", _L, rf"{_stem(cues.CYR_WEAPONS)}\s+{_CFROM}\s+"
          rf"{COBJ}(?=(?:(?!{_stem(cues.CYR_SUPPLY)})[^;.⟦]){{0,60}}?"
          rf"{_stem(cues.CYR_STRIKE_OBJECT)})", 0.65,
          guard_supply=True, heads=_ws(cues.CYR_WEAPONS),
          needs=[_w(_CFROM_WORDS), _ws(cues.CYR_STRIKE_OBJECT)]),
    _rule("launch:cyr_direction", _L, rf"{_cword(cues.CYR_DIRECTION)}\s+{COBJ}", 0.6,
          heads=_w(["з", "із", "с"]), needs=[_ws(["напрям", "направлен"])]),
    _rule("launch:cyr_side", _L, rf"{_cword(cues.CYR_SIDE)}\s+{COBJ}", 0.6, guard_supply=True,
          guard_route=True, guard_attacker=True, heads=_w(["з", "із", "с", "со"]),
          needs=[_w(cues.CYR_SIDE_WORDS), _ws(cues.CYR_WEAPONS)]),
    # an airfield used for launching: "Авіабаза в X використовується росією для запуску
    # безпілотників", "аэродром в X используют для атак" (the Cyrillic launch:base_used)
    _rule("launch:cyr_base_used", _L, rf"{_stem(_CYR_BASES)}\s+{_CIN}\s+{COBJ}"
          rf"[^;.]{{0,100}}?{_stem(cues.CYR_USE)}(?:\s+{_CW}){{0,3}}?\s+{_cword(['для'])}\s+"
          rf"{_stem(cues.CYR_LAUNCH + cues.CYR_STRIKE_NOUNS)}", 0.75,
          heads=_ws(_CYR_BASES), needs=[_ws(cues.CYR_USE), _w(["для"])]),
    # a labelled list of launch areas: "(райони пусків: Курськ – рф, Чауда – Крим)" (each
    # item, not the area after its dash)
    _rule("launch:cyr_label", _L, rf"{_stem(_CYR_AREA_NOUNS)}\s+{_stem(['пуск', 'запуск'])}"
          rf"\s*:{_LABEL_ITEM}", 0.8, heads=_ws(_CYR_AREA_NOUNS), needs=[_ws(["пуск", "запуск"])]),
    _rule("launch:cyr_label_dash", _L, rf"{_stem(_CYR_AREA_NOUNS)}\s+{_stem(['пуск', 'запуск'])}"
          rf"\s*[–—-]{_DASHED_ITEM}", 0.8, heads=_ws(_CYR_AREA_NOUNS),
          needs=[_ws(["пуск", "запуск"])]),
    _rule("launch:cyr_facility", _L, rf"{_stem(['пуск'])}\s+{_stem(cues.CYR_FACILITY)}\s+{_CIN}"
          rf"\s+{COBJ}", 0.85, heads=_ws(["пуск"]), needs=[_ws(cues.CYR_FACILITY)]),
    _rule("instructor:cyr_actor", _I, rf"{_CYR_ACTOR}[^.;!?\"«»“”]{{0,60}}?\s{_CIN}\s+"
          rf"{COBJ}", 0.8,
          heads=_ws(cues.CYR_IRANIAN), needs=[_ws(cues.CYR_PERSONNEL + cues.CYR_FORCES)]),
    # Russians trained where the text names Iran (the Cyrillic instructor:trained_in):
    # "російські фахівці розпочали тренування з безпілотниками в X", "российские официальные
    # лица проводили тренировки в X"
    _rule("instructor:cyr_trained_in", _I, rf"{_stem(_CYR_RUSSIANS)}"
          rf"(?:\s+{_CW}){{0,4}}?\s+{_stem(_CYR_TRAINING)}[^.;!?\"«»“”]{{0,60}}?\s{_CIN}\s+"
          rf"{COBJ}", 0.65, heads=_ws(_CYR_RUSSIANS),
          needs=[_ws(_CYR_TRAINING), _ws(("іран", "иран"))]),
    # arrival with "до": "іранські інструктори прибули до X", "перекинуті до X"
    _rule("instructor:cyr_actor_to", _I, rf"{_CYR_ACTOR}[^.;!?\"«»“”]{{0,40}}?"
          rf"{_stem(cues.CYR_SENDING + cues.CYR_ARRIVAL)}[^.;!?\"«»“”⟦]{{0,30}}?\s"
          rf"{_cword(['до'])}\s+{COBJ}", 0.75,
          heads=_ws(cues.CYR_IRANIAN),
          needs=[_ws(cues.CYR_PERSONNEL + cues.CYR_FORCES), _w(["до"])]),
    # the people moved somewhere, the verb first: "росіяни доставили іранських радників на
    # територію окупованих X та Y", "перекинули іранських інструкторів до X"
    _rule("instructor:cyr_brought_actor", _I, rf"{_stem(cues.CYR_SENDING + cues.CYR_ARRIVAL)}"
          rf"(?:\s+{_CW}){{0,2}}?\s+{_CYR_ACTOR}\s+(?:{_CIN}|{_cword(['до'])})\s+"
          rf"(?:{_CW}\s+){{0,3}}?{COBJ}", 0.75,
          heads=_ws(cues.CYR_SENDING + cues.CYR_ARRIVAL),
          needs=[_ws(cues.CYR_IRANIAN), _ws(cues.CYR_PERSONNEL + cues.CYR_FORCES)]),
    # "інструктори з Ірану ... на полігонах у X" (a word in quotes may stand between:
    # 'для навчання застосуванню "шахідів" було помічено')
    _rule("instructor:cyr_from_iran", _I, rf"{_stem(cues.CYR_PERSONNEL)}\s+"
          rf"{_cword(['з', 'із', 'из'])}\s+{_CYR_IRAN}"
          rf"(?:[^.;!?\"«»“”]|[\"«“][^.;!?\"«»“”]{{1,20}}[\"»”]){{0,100}}?\s{_CIN}\s+{COBJ}",
          0.75, heads=_ws(cues.CYR_PERSONNEL)),
    # Iran and its people sent somewhere, or there: "Іран заперечує відправлення інструкторів
    # у Крим", "Иран опровергает сведения о присутствии своих военных в X"
    _rule("instructor:cyr_iran_sent", _I, rf"{_CYR_IRAN}"
          rf"[^.;!?\"«»“”]{{0,100}}?{_stem(cues.CYR_SENDING)}(?:\s+{_CW}){{0,3}}?\s+"
          rf"{_stem(cues.CYR_PERSONNEL)}[^.;!?\"«»“”]{{0,40}}?\s(?:{_CIN}|{_cword(['до'])})\s+"
          rf"{COBJ}", 0.7,
          heads=_ws(["іран", "иран"]), slot_head=True,
          needs=[_ws(cues.CYR_SENDING), _ws(cues.CYR_PERSONNEL)]),
    # (the place before the people: "Иран направил в аннексированный Крым военных")
    _rule("instructor:cyr_iran_sent_to", _I, rf"{_CYR_IRAN}"
          rf"[^.;!?\"«»“”]{{0,100}}?{_stem(cues.CYR_SENDING)}\s+(?:{_CIN}|{_cword(['до'])})\s+"
          rf"(?:{_CW}\s+){{0,2}}?{COBJ}\s+(?:{_CW}\s+){{0,2}}?{_stem(cues.CYR_PERSONNEL)}", 0.7,
          heads=_ws(["іран", "иран"]), slot_head=True,
          needs=[_ws(cues.CYR_SENDING), _ws(cues.CYR_PERSONNEL)]),
    # ("ударні дрони", strike drones, is an adjective: no strike)
    # (a dash may stand for the verb: "Одне влучання – у X районі")
    # litotes: "не оминула атака і X", "без руйнувань не минулося і у X" (did not spare it),
    # and the colloquial "дісталося і X" (X got it too), "гучно було в X" (loud: shelled)
    _rule("strike:cyr_not_spared", _S, rf"(?<![\w'’-]){_cword(['не'])}\s+"
          rf"{_stem(_CYR_SPARED)}(?:\s+{_CW}){{0,2}}?\s+"
          rf"(?:{_cword(['і', 'й', 'и', 'також', 'также'])}\s+)?"
          rf"(?:{_cword(['у', 'в', 'на', 'по'])}\s+)?{COBJ_HIT}", 0.7, military=True,
          report_force=True, heads=_w(["не"]), needs=[_ws(_CYR_SPARED)]),
    _rule("strike:cyr_got_it", _S, rf"(?<![\w'’-]){_cword(_CYR_GOT_IT)}"
          rf"(?:\s+{_cword(['було', 'было', 'стало'])})?(?:\s+{_CW}){{0,2}}?(?:\s+[–—])?\s+"
          rf"(?:{_cword(['і', 'й', 'и', 'також', 'также'])}\s+)?"
          rf"(?:{_cword(['у', 'в', 'во', 'на', 'по'])}\s+)?{COBJ_HIT}", 0.65, military=True,
          report_force=True, heads=_w(_CYR_GOT_IT)),
    # (not a flight from one place into the next: "прилетел из X в Y через Z" is a route)
    # (nor where the power went, told between them: "в результате атаки произошло отключение
    # электроэнергии в населенных пунктах X": see ``other:cyr_outage``)
    _rule("strike:cyr_prep", _S, rf"(?!(?i:ударн))(?!{_stem(_CYR_ARRIVED)}{_CGAP}\s+{_CFROM}\s)"
          rf"(?<![\w'’-]){_stem(cues.CYR_STRIKE_PREP)}(?![^.;!?⟦]*?{_stem(_CYR_POWER_CUT)})"
          rf"[\"”»]?{_CGAP}(?:\s+[–—-])?\s+"
          rf"{_cword(['по', 'на', 'в', 'у', 'во', 'проти', 'против'])}:?\s+{COBJ_HIT}", 0.75,
          heads=_ws(cues.CYR_STRIKE_PREP)),
    # fires that an attack started, in a place: "Внаслідок атаки виникла пожежа у X", or
    # "Внаслідок цього спалахнуло 5 пожеж у X, селах Y та Z" after a sentence that speaks of
    # force (not a fire alone: "Велика пожежа на полігоні на мисі X, звідки запускають дрони")
    _rule("strike:cyr_fire_in", _S, rf"(?<![\w'’-]){_stem(_CYR_FIRE_CAUSES)}[^.;!?⟦]{{0,60}}?"
          rf"(?<![\w'’-]){_stem(_CYR_FIRES)}{_CGAP}\s+"
          rf"{_cword(['у', 'в', 'во', 'на'])}\s+{COBJ_HIT}", 0.65, heads=_ws(_CYR_FIRE_CAUSES),
          needs=[_ws(_CYR_FIRES)], military=True),
    # and the next object after a dash that stands for the verb again: "вдарили по X, а два –
    # по Y", "Одне влучання – у X, інше – у Y"
    _rule("strike:cyr_prep_elided", _S, rf"(?!(?i:ударн))(?<![\w'’-])"
          rf"{_stem(cues.CYR_STRIKE_PREP)}[^.;!?⟦]{{0,40}}?"
          rf"{_cword(['по', 'на', 'в', 'у', 'во'])}\s+(?:[^.;!?⟦,]|⟦P:[^⟧]*⟧){{0,60}}?"
          rf",\s+(?:{_cword(['а', 'і', 'и', 'та', 'й'])}\s+)?{_CW}\s*[–—]\s*"
          rf"{_cword(['по', 'на', 'в', 'у', 'во'])}\s+{COBJ_HIT}", 0.7,
          heads=_ws(cues.CYR_STRIKE_PREP)),
    # what a weapon was launched at: "запустили ракету по торговому центру в X", "випустили
    # дрони по X" (a launch verb with "по": the target, not the launch site)
    _rule("strike:cyr_launch_at", _S, rf"(?<![\w'’-]){_stem(_CYR_LAUNCH_AT)}"
          rf"(?:\s+{_CW}){{0,3}}?\s+{_cword(['по'])}\s+{COBJ_HIT}", 0.75,
          heads=_w([], prefixes=["запус", "выпус", "випус"]),
          needs=[_ws(cues.CYR_WEAPONS)]),
    # launched towards a place: "пуски 22 шахедів у напрямку X та Y областей", "выпустил
    # беспилотники в направлении X" (not the drones' course alone: "рухаються у напрямку X")
    _rule("strike:cyr_launch_toward", _S, rf"(?<![\w'’-]){_stem((*_CYR_LAUNCH_AT, *_CYR_LAUNCHED))}"
          rf"(?:\s+[\"“«]?{_CW}[\"”»]?){{0,4}}?\s+{_cword(['у', 'в'])}\s+"
          rf"{_cword(['напрямку', 'напрямі', 'направлении', 'бік', 'сторону'])}"
          rf"\s+{COBJ_HIT}", 0.7,
          heads=_w([], prefixes=["запус", "выпус", "випус", "пуск", "запущ", "випущ", "выпущ"]),
          needs=[_ws(cues.CYR_WEAPONS)]),
    # where weapons were sent: "враг направил на X более десятка БПЛА", "спрямували дрони на X"
    # "Основні напрямки удару – X та Y", "главные направления атаки: X": where the blow fell
    _rule("strike:cyr_directions", _S, rf"{_stem(['напрямк', 'напрямок', 'направлени'])}\s+"
          rf"{_stem(['удар', 'атак'])}\s*[–—:-]\s*{COBJ}", 0.7,
          heads=_ws(["напрямк", "напрямок", "направлени"]), needs=[_ws(["удар", "атак"])]),
    # (a Ukrainian "спрямував у" is aimed too: "ворог спрямував у прибережну зону X")
    _rule("strike:cyr_aimed_at", _S, rf"(?<![\w'’-])(?:{_stem(_CYR_AIM)}"
          rf"(?:\s+{_CW}){{0,3}}?\s+{_cword(['на'])}|{_stem(_CYR_STEER)}"
          rf"(?:\s+{_CW}){{0,3}}?\s+{_cword(['у', 'в'])})\s+{COBJ_HIT}", 0.7,
          heads=_w([], prefixes=["направ", "спрям", "сброс", "сбрас", "скину", "скида"]),
          needs=[_ws(cues.CYR_WEAPONS)]),
    # "під прицілом ворога була інфраструктура X": what was in the enemy's sights
    # (the weapons' own sights too, or the enemy's: "Под их прицелом оказались X, Y")
    _rule("strike:cyr_sights", _S, rf"{_cword(['під', 'под'])}"
          rf"(?:\s+{_cword(['їх', 'їхнім', 'их', 'ворожим', 'вражеским'])})?\s+"
          rf"{_cword(['прицілом', 'прицелом'])}"
          rf"(?P<obj>(?:[^.;!?⟦]|⟦P:[^⟧]*⟧){{0,100}}?⟦T:[^⟧]*⟧)", 0.7,
          heads=_w(["під", "под"]), needs=[_ws(["приціл", "прицел"])]),
    # (the weapon may come between: "атакували за допомоги іранських дронів X")
    _rule("strike:cyr_object", _S, rf"{_stem(cues.CYR_STRIKE_OBJECT)}\s+"
          rf"(?:{_cword(cues.CYR_BY_MEANS)}(?:\s+{_CW}){{1,3}}?\s+|{_CYR_BY_WEAPONS}"
          rf"|{_CYR_FROM_GUNS})?{COBJ_HIT}",
          0.75, heads=_ws(cues.CYR_STRIKE_OBJECT)),
    # the areas after a dash that spell out the place struck: "атаковала юг X области –
    # Килийский и Измаильский районы"
    _rule("strike:cyr_apposition", _S, rf"{_stem(cues.CYR_STRIKE_OBJECT)}\s+"
          rf"(?:{_CW}\s+){{0,3}}?⟦P:[^⟧]*⟧\s+[–—]\s+{COBJ_HIT}", 0.7,
          heads=_ws(cues.CYR_STRIKE_OBJECT)),
    # "вкрили вогнем X", "накрыли огнем X": covered with fire
    _rule("strike:cyr_covered_fire", _S, rf"{_stem(['вкри', 'накри', 'накры'])}\s+"
          rf"{_cword(['вогнем', 'огнем'])}\s+{COBJ_HIT}", 0.75,
          heads=_ws(["вкри", "накри", "накры"]), needs=[_ws(["вогн", "огн"])]),
    # a place in the genitive after a strike noun: "внаслідок обстрілів критичної
    # інфраструктури Донеччини", "атака Харкова" (not the weapon's or attacker's genitive)
    # the people of a place hurt in the attack: "жителі X та Y районів отримали поранення
    # внаслідок атак", "жители X пострадали"
    _rule("strike:cyr_residents_hurt", _S, rf"{_stem(_CYR_RESIDENTS)}\s+{COBJ}"
          rf"(?:\s+{_stem(['район', 'област', 'громад', 'общин'])})?"
          rf"(?=[^.;!?]{{0,60}}?{_stem(_CYR_HURT)})", 0.7, military=True,
          heads=_ws(_CYR_RESIDENTS), needs=[_ws(_CYR_HURT)]),
    # (the harm told first: "Поранення отримали жителі X", "Травмы получили жители Y")
    _rule("strike:cyr_hurt_residents", _S, rf"{_stem(_CYR_HURT)}[^.;!?⟦]{{0,40}}?"
          rf"{_stem(_CYR_RESIDENTS)}\s+{COBJ}", 0.7, military=True,
          heads=_ws(_CYR_HURT), needs=[_ws(_CYR_RESIDENTS)]),
    _rule("strike:cyr_genitive", _S, rf"{_stem(cues.CYR_STRIKE_NOUNS)}"
          rf"(?:\s+(?!{_CPREP}\s|{_stem(cues.CYR_AGENTS)})[а-яіїєґё'’ʼ-]+){{0,3}}?\s+"
          rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*)"
          # (the attacker's genitive has its target after it: "атаки X на Y")
          rf"(?!\s+{_cword(['на', 'по', 'проти', 'против'])}\s)", 0.65,
          heads=_ws(cues.CYR_STRIKE_NOUNS)),
    # the places that suffered, right after the verb: "пострадали Одесская, Харьковская и
    # Сумская области"
    # (a district's centre may come first, unnamed: "Потерпали райцентр, X й Y громади")
    _rule("strike:cyr_suffered", _S, rf"{_stem(_CYR_SUFFERED_VERBS)}\s+"
          rf"(?:{_cword(['райцентр', 'місто', 'город'])}{_CCONJ})?"
          rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*)", 0.65, heads=_ws(_CYR_SUFFERED_VERBS)),
    # a place in the genitive after a damage verb and what was hit: "Постраждали населені
    # пункти X та Y районів", "пошкоджено будинки X"
    _rule("strike:cyr_damaged_genitive", _S, rf"{_stem(cues.CYR_DAMAGED)}"
          rf"(?:\s+(?!{_CPREP}\s|{_stem(cues.CYR_AGENTS)})[а-яіїєґё'’ʼ-]+){{1,3}}?\s+"
          rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*)", 0.65,
          heads=_ws(cues.CYR_DAMAGED)),
    # what was damaged, each with its settlement in brackets: "поврежден частный дом (с. X),
    # хозяйственное сооружение (с. Y)", "пошкоджено авто (м. X)"; or what was hit, with the
    # places listed in brackets: "поражены объекты на десяти аэродромах (X, Y и Z)"
    _rule("strike:cyr_damaged_bracket", _S, rf"{_stem(_CYR_DAMAGED_OR_HIT)}"
          rf"(?:[^.;!?()⟦]|⟦P:[^⟧]*⟧|\((?:[^()⟦]|⟦P:[^⟧]*⟧){{0,60}}\)){{0,160}}?"
          rf"\(\s*(?:{_cword(cues.CYR_PLACE_ABBREVIATIONS)}\.?\s*)?"
          rf"(?:⟦P:[^⟧]*⟧{_CCONJ})*(?P<obj>⟦T:[^⟧]*⟧)(?:{_CCONJ}⟦P:[^⟧]*⟧)*\s*\)",
          0.65, heads=_ws(_CYR_DAMAGED_OR_HIT)),
    # the threat of attacks declared in a place is an alert, not an attack there: "Риск
    # воздушных атак объявлен в X, Y и Z областях", "Загроза атак БпЛА оголошена в X"
    _rule("other:cyr_threat", _O, rf"(?<![\w'’-]){_stem(_CYR_THREATS)}(?:\s+{_CW}){{0,2}}?\s+"
          rf"{_stem(cues.CYR_STRIKE_NOUNS)}(?:\s+{_CW}){{0,4}}?\s+"
          rf"{_cword(['в', 'у', 'на', 'по'])}\s+{COBJ}", 0.7, heads=_ws(_CYR_THREATS),
          needs=[_ws(cues.CYR_STRIKE_NOUNS)]),
    # where the hurt were taken for care is no place of the attack: "Пострадавших доставили в
    # больницу в X", "обратились за медицинской помощью в соседней X", "госпіталізували до X"
    _rule("other:cyr_taken_to_care", _O, rf"(?<![\w'’-])(?:{_stem(_CYR_TAKEN)}"
          rf"(?:\s+{_CW}){{0,4}}?\s+(?:{_CYR_TO_CARE})?"
          rf"|{_stem(_CYR_SOUGHT)}(?:\s+{_CW}){{0,4}}?\s+{_CYR_TO_CARE})"
          rf"{_cword(['в', 'у', 'во', 'до'])}\s+(?:{_CW}\s+)?{COBJ}", 0.7,
          heads=_ws((*_CYR_TAKEN, *_CYR_SOUGHT))),
    # what lost power, named right after: "после ударов обесточены X, Y"
    _rule("other:cyr_outage", _O, rf"{_stem(cues.CYR_OUTAGE)}(?:\s+{_CW}){{0,2}}?\s+"
          rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*)", 0.6, blocks=False, heads=_ws(cues.CYR_OUTAGE)),
    # the place as the subject left without power: "X залишився без світла через влучання
    # ракети", "X остался без электричества"
    _rule("other:cyr_left_without", _O, rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*)"
          rf"(?:\s+(?:{_CW}|⟦P:[^⟧]*⟧)){{0,3}}?\s+{_stem(_CYR_LEFT)}\s+{_cword(['без'])}\s+"
          rf"{_stem(_CYR_UTILITIES)}", 0.6, blocks=False, backward=True, start="object",
          needs=[_ws(_CYR_LEFT)]),
    # ... or where people are without power, after it or before it: "без світла залишилися 26
    # тисяч людей на X", "26 тисяч абонентів у X - без електропостачання"
    _rule("other:cyr_without_in", _O, rf"(?<![\w'’-])(?i:без)\s+{_stem(_CYR_UTILITIES)}\w*"
          rf"(?:\s+(?:{_CW}|⟦P:[^⟧]*⟧)){{0,6}}?\s+{_cword(['у', 'в', 'во', 'на'])}\s+"
          rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*){_NO_HARM_AFTER}", 0.6, blocks=False,
          heads=_w(["без"]), needs=[_ws(_CYR_UTILITIES)]),
    _rule("other:cyr_then_without", _O, rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*){_NO_HARM_AFTER}"
          rf"(?:[^.;!?⟦]|⟦P:[^⟧]*⟧){{0,80}}?(?<![\w'’-])(?i:без)\s+{_stem(_CYR_UTILITIES)}",
          0.6, blocks=False, backward=True, start="object",
          needs=[_w(["без"]), _ws(_CYR_UTILITIES)]),
    # "«Герани» отработали по X": military slang for a strike
    _rule("strike:cyr_worked_on", _S, rf"{_stem(cues.CYR_WORKED_ON)}{_CGAP}\s+"
          rf"{_cword(['по'])}\s+{COBJ_HIT}", 0.7, military=True,
          heads=_ws(cues.CYR_WORKED_ON)),
    # "X зазнала двох хвиль ударів", "X подверглась атаке": the places suffered the attack
    _rule("strike:cyr_suffered", _S, rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*)"
          # (a relative clause may say where the place lies: "X, що в Y, пережила атаку")
          rf"(?:\s*,\s+{_cword(['що', 'что', 'яка', 'який', 'которая', 'который'])}"
          rf"(?:\s+(?:{_CW}|{PH})){{1,4}}?\s*,)?"
          rf"(?:\s+{_CW}){{0,3}}?\s+"
          rf"{_stem(cues.CYR_SUFFERED)}(?:\s+{_CW}){{0,4}}?\s+"
          rf"{_stem(_CYR_SUFFERED_WHAT)}", 0.75,
          backward=True, start="object", needs=[_ws(cues.CYR_SUFFERED)]),
    # what came under fire, named after it, perhaps as a list after a colon: "Под обстрел
    # попали регионы:\n- X,\n- Y", "під ударом опинилися X та Y"
    # (or where, the areas counted before a dash that names them: "під ударами опинилися
    # об'єкти енергетики у шести областях – на X, Y")
    _rule("strike:cyr_under_attack_after", _S, rf"{_cword(['під', 'под'])}\s+"
          rf"{_stem(cues.CYR_UNDER)}(?:(?:\s+(?!{_CPREP}\s)[\"«“„]?{_CW}[\"»”]?){{0,5}}?\s*:?"
          rf"\s*[\"«“„]?"
          rf"|(?:\s+(?!{_CPREP}\s){_CW}){{0,6}}?\s+{_cword(['у', 'в', 'на'])}\s+{_CW}\s+"
          rf"{_cword(_CYR_AREAS_COUNTED)}\s*[–—:]\s*(?:{_cword(['на', 'у', 'в'])}\s+)?)"
          rf"(?P<obj>{_CBULLET}?{_CKIND}{PH}"
          rf"(?:\s*[,;]?\s*{_CBULLET}?(?:{_CLIST_CONJ}\s+)?{_CKIND}{PH})*)",
          0.7, heads=_w(["під", "под"]), needs=[_ws(cues.CYR_UNDER)]),
    # "X і Y опинилися під ударом", "X знову під обстрілом": the places came under attack
    # (the attack may be told with adjectives: "оказалась под вражеским огнем", "под
    # массированной ночной атакой")
    _rule("strike:cyr_under_attack", _S, rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*)(?:\s+{_CW}){{0,4}}?\s+"
          rf"(?:{_stem(['опинил', 'оказал', 'потрапил', 'попал', 'бул', 'был'])}\s+)?"
          rf"{_cword(['під', 'под'])}\s+(?:{_CYR_INSTRUMENTAL_ADJECTIVE}\s+){{0,3}}?"
          rf"{_stem(cues.CYR_UNDER)}", 0.75,
          backward=True, start="object", needs=[_w(["під", "под"]), _ws(cues.CYR_UNDER)]),
    # ... and the place after the verb: "під ворожим ударом БпЛА опинився X"
    _rule("strike:cyr_under_attack_after", _S, rf"{_cword(['під', 'под'])}\s+"
          rf"(?:{_CYR_INSTRUMENTAL_ADJECTIVE}\s+){{0,3}}?{_stem(cues.CYR_UNDER)}"
          # (the weapons may be named in quotes: "под атакой "Шахедов" находился X")
          rf"(?:\s+[\"«“]?{_CW}[\"»”]?){{0,3}}?\s+"
          rf"{_stem(['опини', 'оказал', 'потрапи', 'попал', 'находил', 'перебува'])}"
          # (a "namely" may stand between the verb and the place: "оказался, в частности, X")
          rf"(?:\s*,\s*{_cword(_CYR_NAMELY)}\s*,)?\s+"
          rf"(?:{_CW}\s+){{0,2}}?{COBJ_HIT}", 0.75,
          heads=_w(["під", "под"]), needs=[_ws(cues.CYR_UNDER)]),
    # "X і область знову стали однією з цілей ворога", "X стал целью": the place became a target
    _rule("strike:cyr_became_target", _S, rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*)"
          rf"(?:\s+{_CW}){{0,3}}?\s+{_cword(_CYR_BECAME)}\s+"
          rf"(?:{_cword(['однією', 'одною', 'одной', 'одним'])}\s+{_cword(['з', 'із', 'из'])}\s+)?"
          rf"{_cword(_CYR_TARGET_NOUNS)}", 0.7, backward=True, start="object",
          needs=[_w(_CYR_TARGET_NOUNS)]),
    # the place as an object that opens the clause: "Львівщину вночі атакували дрони"
    # (a time adverb may come first: "Вночі X атакували"; a date between: "X 1 січня атакувало")
    _rule("strike:cyr_object_first", _S, rf"(?:^\W*|[,;:\"“«(]\s*|"
          rf"{_cword(['а', 'і', 'й', 'та', 'и', 'але', 'но'])}\s+)"
          rf"(?:{_cword(cues.CYR_OPENING_WORDS)}\s+){{0,2}}"
          rf"(?P<obj>{PH}(?:{_CCONJ}{PH})*)(?:\s+(?:{_CW}|⟦P:[^⟧]*⟧|\d{{1,2}})){{0,3}}?\s+"
          rf"{_cword(cues.CYR_STRIKE_OBJECT_FIRST)}", 0.7, start="slot",
          needs=[_w(cues.CYR_STRIKE_OBJECT_FIRST)]),
    # (the place may close a list: "у Полтавській і Черкаській областях постраждали")
    # a heading place, a dash, and the harm there: "• X район – пошкоджено вікна й покрівлі",
    # "X region – a fire broke out at a warehouse"
    _rule("strike:heading_dash", _S, rf"{_HEAD_MARK}(?P<obj>⟦T:[^⟧]*⟧)"
          rf"\s+[–—-]\s+(?:(?!{_CYR_PLACE_FIRST_STOP})[^.;⟦]){{0,80}}?"
          rf"(?:{_stem(cues.CYR_STRIKE_AFTER)}|\b{_alt(_HEAD_HARM_LIST)}\b)", 0.7,
          start="slot", needs=[_w(_HEAD_HARM_LIST, prefixes=cues.CYR_STRIKE_AFTER)]),
    # the place first, then the attacks there: "У X зафіксовано дві атаки дронами", "У X
    # другу добу тривають обстріли" (not attacks as a topic: "у X обговорили захист від атак",
    # "говорили про атаки")
    # (not the area a relative clause puts a place in: "X, що в Y, пережила атаку")
    _rule("strike:cyr_place_attack", _S, rf"(?<!\bщо\s)(?<!\bчто\s)"
          rf"{_cword(['у', 'в', 'во', 'на'])}\s+"
          rf"(?P<obj>⟦T:[^⟧]*⟧)(?:(?!{_CYR_PLACE_FIRST_STOP})[^.;]){{0,100}}?"
          rf"(?<!\bвід\s)(?<!\bот\s)(?<!\bпро\s)(?<!\bщодо\s)(?<!\bо\s)(?<!\bоб\s)(?<!\bз\s)"
          rf"(?:(?<![\w'’-])(?i:атак|обстріл|обстрел)(?!\w*\s+(?:на|по|проти|против)\s+⟦)"
          # (or the work "at the site of the strike": "у X тривають пошуково-рятувальні роботи
          # на місці російського удару")
          rf"|(?<![\w'’-])(?i:на\s+(?:місці|месте))\s+(?:{_CW}\s+){{0,2}}?"
          rf"{_stem(_CYR_SITE_OF)})", 0.65,
          backward=True, initial=True, heads=_w(["у", "в", "во", "на"]),
          needs=[_ws(["атак", "обстріл", "обстрел", *_CYR_SITE_OF])]),
    # people hurt or killed in a place as a result of a strike told after it: "несколько
    # человек получили ранения в городе X в результате удара беспилотника"
    _rule("strike:cyr_casualties_in", _S, rf"{_stem(_CYR_CASUALTIES)}"
          rf"(?:\s+(?:{_CW}|⟦P:[^⟧]*⟧)){{0,3}}?\s+{_CIN}\s+(?:{_CW}\s+){{0,2}}?{COBJ}"
          rf"[^.;]{{0,80}}?"
          rf"{_caused_by(_CYR_HARM_CAUSES, (*_CYR_STRIKE_CAUSES, 'прил', 'попадан', 'влучан'))}",
          0.7, heads=_ws(_CYR_CASUALTIES)),
    # (the area first and the place within it struck: "В ⟦P⟧ районе в ⟦T⟧ дрон попал в дом";
    # the area is only where the place lies)
    _place_first("strike:cyr_place_first", _S,
                 rf"(?:{_CAREA_SLOT},?\s+{_CLOC}\s+){{0,2}}(?:{_CPART_OF}\s+)?"
                 rf"(?:{_CSETTLEMENT}\s+)?"
                 rf"(?P<obj>(?:⟦P:[^⟧]*⟧{_CCONJ})*⟦T:[^⟧]*⟧)"
                 rf"(?!,?\s+{_CLOC}\s+(?:{_CSETTLEMENT}\s+)?⟦P:)"),
    # ... or debris or a drone that fell on or got into a building there: "у X районі уламки
    # потрапили в під'їзд будинку", "в X обломки упали на крышу дома" (not a drone that fell in
    # a field)
    _rule("strike:cyr_place_fell_on", _S, rf"{_cword(['у', 'в', 'во', 'на'])}\s+"
          rf"(?P<obj>⟦T:[^⟧]*⟧)(?:(?!{_CYR_PLACE_FIRST_STOP})[^.;]){{0,60}}?"
          rf"{_stem((*cues.CYR_DEBRIS, *cues.CYR_WEAPONS))}[^.;]{{0,30}}?"
          rf"{_CYR_FELL_ON_BUILDING}", 0.7,
          backward=True, initial=True, heads=_w(["у", "в", "во", "на"]),
          needs=[_ws(_CYR_FELL_IN), _ws(_CYR_HIT_BUILDINGS)]),
    # ... or told the other way round, the building first: "дрон упал на дом в городе X",
    # "уламки впали на дах будинку у X"
    _rule("strike:cyr_fell_on_in", _S, rf"(?<![\w'’-]){_CYR_FELL_ON_BUILDING}\w*"
          rf"(?:\s+(?!{_cword(['в', 'у', 'во'])}\s){_CW}){{0,3}}?\s+"
          rf"{_cword(['в', 'у', 'во'])}\s+{COBJ_HIT}", 0.7,
          heads=_ws(_CYR_FELL_IN), needs=[_ws(_CYR_HIT_BUILDINGS)]),
    # ... or the weapon first, then where, then the building it fell on or got into: "два дрона
    # в X и Y общинах попали в здания магазина"
    _rule("strike:cyr_weapon_in_fell_on", _S,
          rf"(?<![\w'’-]){_stem((*cues.CYR_DEBRIS, *cues.CYR_WEAPONS))}\w*\s+"
          rf"{_cword(['в', 'у', 'во'])}\s+{COBJ}(?:\s+{_CW})?\s+{_CYR_FELL_ON_BUILDING}", 0.7,
          heads=_ws((*cues.CYR_DEBRIS, *cues.CYR_WEAPONS)),
          needs=[_ws(_CYR_FELL_IN), _ws(_CYR_HIT_BUILDINGS)]),
    # ... but debris that fell there without damage struck nothing: "У X районі падіння
    # уламка без руйнувань і постраждалих", "в X падение обломков без повреждений"
    _rule("other:cyr_fell_unharmed", _O, rf"{_cword(['у', 'в', 'во', 'на'])}\s+"
          rf"(?P<obj>⟦T:[^⟧]*⟧)(?:(?!{_CYR_PLACE_FIRST_STOP})[^.;]){{0,60}}?"
          rf"{_stem(['падін', 'падени'])}[^.;]{{0,40}}?{_cword(['без'])}\s+"
          rf"{_stem(['руйнуван', 'пошкоджен', 'ушкоджен', 'разрушени', 'повреждени'])}", 0.75,
          backward=True, initial=True, heads=_w(["у", "в", "во", "на"]),
          needs=[_ws(["падін", "падени"]), _w(["без"])]),
    # (and the area itself is only where the place lies: no role, whatever the model reads)
    _place_first("other:cyr_area_first", _O,
                 rf"(?P<obj>{_CAREA_SLOT.replace('⟦P:', '⟦T:')}),?\s+{_CLOC}\s+"
                 rf"(?:{_CSETTLEMENT}\s+)?⟦P:[^⟧]*⟧"),
    # a place as the label of what happened there: "Корюковка: из-за попадания дронов
    # загорелся ангар" (a line of a regional round-up)
    # (or debris that fell on a building there: "X район: падіння уламків БпЛА на будівлю")
    _rule("strike:cyr_label", _S, rf"(?P<obj>⟦T:[^⟧]*⟧)\s*:\s+(?:(?!{_CYR_PLACE_FIRST_STOP})"
          rf"[^.;:]){{0,160}}?(?:{_stem(cues.CYR_STRIKE_AFTER)}|{_CYR_FELL_ON_BUILDING})", 0.7,
          start="slot", initial=True,
          needs=[_ws((*cues.CYR_STRIKE_AFTER, *_CYR_FELL_IN))]),
    # Ukraine's own strikes, told in Ukrainian or Russian: "ЗСУ нанесли удар по X", "СБУ
    # атакувала нафтобазу в X" (the place is not a target of the drones the reports are about)
    # (nothing between them may bring in another actor or clause: "ЗСУ повідомили, що
    # росіяни атакували X", "Сили оборони збили дрони, а ворог атакував X")
    _rule("other:cyr_ukrainian_strike", _O, rf"{_CYR_UA_ACTOR}(?:(?!{_CYR_OTHER_CLAUSE})"
          rf"[^.;!?«»“”,]){{0,60}}?"
          rf"{_stem(cues.CYR_STRIKE_PREP + cues.CYR_STRIKE_OBJECT)}"
          rf"(?P<obj>(?:[^.;!?⟦]|⟦P:[^⟧]*⟧){{0,80}}?⟦T:[^⟧]*⟧)", 0.7,
          heads=_w(["зсу", "всу", "сбу", "гур", "сили", "сил", "силы"],
                   prefixes=["українськ", "украинск"])),
    # what was destroyed may be a facility, not weapons: "уничтожили цеха по производству ракет
    # в X", "знищили склад у X" (a strike there, not a shoot-down)
    _rule("strike:cyr_destroyed_facility", _S, rf"{_stem(_CYR_DESTROYED)}\w*"
          rf"(?:\s+{_CW})?\s+{_stem(_CYR_HIT_BUILDINGS)}[^.;⟦]{{0,80}}?\s"
          rf"{_cword(['в', 'у', 'во', 'на', 'під', 'под', 'біля', 'возле'])}\s+{COBJ_HIT}", 0.7,
          heads=_ws(_CYR_DESTROYED), needs=[_ws(_CYR_HIT_BUILDINGS)]),
    _rule("other:cyr_shootdown", _O, rf"{_stem(cues.CYR_SHOOTDOWN)}"
          rf"(?!\w*(?:\s+{_CW})?\s+{_stem(_CYR_HIT_BUILDINGS)}){_CGAP}\s+"
          rf"{_cword(['над', 'біля', 'поблизу', 'під', 'возле', 'под', 'около', 'у', 'в', 'на'])}"
          rf"\s+{COBJ}", 0.7, heads=_ws(cues.CYR_SHOOTDOWN), shootdown=True),
    # (the sky over the place told first: "Этой ночью над X сбили «Шахед»", "Над Y збито
    # два дрони"; not where the sentence goes on to damage: "..., уламки пошкодили будинок")
    _rule("other:cyr_over_shootdown", _O, rf"(?<![\w'’-]){_cword(['над'])}\s+{COBJ}"
          rf"(?:\s+{_CW}){{0,3}}?\s+{_stem(cues.CYR_SHOOTDOWN)}(?![^.;!?]*?{_CYR_HARMED})",
          0.7,
          heads=_w(["над"]), needs=[_ws(cues.CYR_SHOOTDOWN)], shootdown=True),
)

#: (a dash before "з"/"из" stands for a verb left out, "ракети з X, а дрони – з Y", and one
#: before a bare name up to a comma restates where the item before it lies, "from Cape X –
#: Crimea, and Y": no cut)
_DASH_GOES_ON = (r"(?!\s*(?i:з|із|зі|с|со|из)\s"
                 r"|\s*[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]*)?\s*[,;.]"
                 # (nor one before the areas that spell out what came before it: "атаковала
                 # юг X области – Килийский и Измаильский районы")
                 r"|\s*[А-ЯІЇЄҐ][\w'’-]*(?:\s*,\s*[А-ЯІЇЄҐ][\w'’-]*)*\s+(?:и|і|й|та)\s+"
                 r"[А-ЯІЇЄҐ][\w'’-]*\s+(?:районы|райони|области|області|громади|громады)\b)")
#: a dash that stands for a verb left out: after a conjunction and one word, before a
#: preposition ("і два – на Y", "а решта – по Y" repeat the verb of the clause before with
#: another object), or after the directions of an attack ("напрямки удару – X": "are")
_ELIDED_VERB = (
    (re.compile(r"(?:,|\s(?i:і|и|та|й|а))\s+[\w'’-]+\s*$"),
     re.compile(r"\s*(?i:на|по|в|у|до|над)\s")),
    (re.compile(r"(?i:напрям\w*|направлени\w*)\s+(?i:удар|атак)\w*\s*$"), re.compile(r"")),
    # (or after a hit, before where it was: "Одне влучання – у X районі", "удар – по Y")
    (re.compile(r"(?<![\w'’-])(?i:влучан|попадан|прил[іе]т|удар)\w*\s*$"),
     re.compile(r"\s*(?i:на|по|в|у|во)\s")),
    # (or between a place that opens the clause and the harm done there: "У X – двоє
    # поранених, у Y – пошкоджено будинок", "В X — «прилет»")
    (re.compile(r"(?:^|[\s,;:(])(?i:у|в|во|на)\s+(?:[\w'’-]+\s+)?[А-ЯІЇЄҐ][\w'’-]*\s*$"),
     re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?[«\"“]?(?i:поранен|ранен|загинул|загибл|погиб|"
                r"постражд|пострадал|пошкоджен|поврежден|зруйнован|разрушен|прил[іеё]т|прильот|"
                r"влучан|попадан|вибух|взрыв|\d+-(?:річн|летн))")),
    # (and after areas counted, before the places that are they: "у шести областях – на X,
    # Y", "двох громад – X та Y")
    (re.compile(rf"(?<![\w'’-]){_cword(_CYR_AREAS_COUNTED)}\s*$"),
     re.compile(r"\s*(?:(?i:на|по|в|у|во)\s|[А-ЯІЇЄҐ])")),
)


def _elided_verb(body: str, start: int, cut: re.Match[str]) -> bool:
    """Whether the dash ``cut`` stands for a verb left out (see ``_ELIDED_VERB``)."""
    return any(before.search(body, max(start, cut.start() - 30), cut.start())
               and after.match(body, cut.end()) for before, after in _ELIDED_VERB)


#: conjunctions that set a clause against the one before it
_CONTRASTS = "but|while|whereas|але|проте|однак|однако|но"
_CLAUSE_CUT = re.compile(
    rf";|\s+(?i:{_CONTRASTS}|although|though)\s+"
    rf"|\s+[—–]\s+{_DASH_GOES_ON}|—{_DASH_GOES_ON}"
)
#: (stems) what does not stop goes on: "не припиняються обстріли", "не стихают атаки"
_CYR_UNCEASING = ("припин", "вщух", "стих", "прекращ", "прекрат", "утих")
_NEGATION = re.compile(r"(?i:\b(?:not|never|no|neither|nor|none)\b"
                       # ("not the first time they attack X", "not only X", "no less than")
                       r"(?!\s+(?:the\s+first|for\s+the\s+first|only|less|fewer)\b)"
                       r"|n['’]t\b"
                       # (not a place left "without power", which is the harm)
                       r"|\bwithout\b(?!\s+(?:any\s+)?(?:power|electricity|light|heat)))|"
                       + _cword(cues.CYR_NEGATIONS)
                       # ("не менее 13 ударов", "не раз": at least, more than once)
                       # ("не оминула атака і X": did not spare it; "не припиняються
                       # обстріли": they go on)
                       + r"(?!\s+(?i:менее|меньше|менш|менше|более|больше|більш|більше|раз"
                       + "".join(rf"|{stem}\w*" for stem in (*_CYR_SPARED, *_CYR_UNCEASING))
                       + r")\b)")
#: A noun phrase cue whose verb, after the object, is negated: "attacks on X have not been
#: reported", "strikes on X did not happen".
_NEGATED_AFTER = re.compile(
    r"\s+(?i:have|has|had|were|was|are|is|did|do|does)(?:\s+(?i:not|never)\b|n['’]t\b)"
)
#: Falling debris, and damage it did: "debris damaged five houses in X" is a hit on X
#: (or the fall of a downed drone: "the fall of the downed drone in X destroyed a house")
_DEBRIS = re.compile(f"(?i:{'|'.join(cues.DEBRIS + cues.CYR_DEBRIS)}"
                     r"|\bfall(?:ing)?\s+of\b|падіння|падения)")
#: debris opening the next clause: "shot down over X, and debris from one caused a fire"
_DEBRIS_NEXT = re.compile(r"\s*[,;]?\s*(?:(?i:and|but|while|а|і|и|та|но)\s+)?(?:(?i:the)\s+)?"
                          rf"(?i:{'|'.join(cues.DEBRIS + cues.CYR_DEBRIS)})")


def _damage_of(clause: str, cue: int, tpos: int) -> bool:
    """Whether the clause tells of damage done where the place at ``tpos`` is: after the
    shoot-down cue, or before it with no other place between ("будинок зруйновано внаслідок
    падіння уламків збитого дрона в X")."""
    if _DAMAGE.search(clause, cue):
        return True
    before = _DAMAGE.search(clause, 0, cue)
    return before is not None and "⟦P:" not in clause[before.end():tpos]


#: how sure a place is struck where debris from a downed drone damaged something
_DEBRIS_DAMAGE_CONFIDENCE = 0.65
_DAMAGE = re.compile(r"(?i:\b(?:damag\w*|destroy\w*|shatter\w*|smashed|blown\s+out|blew\s+out|"
                     r"hit|struck|set\s+fire|caught\s+fire|"
                     r"(?:caus|start|spark|trigger)\w*\s+(?:a\s+)?fires?|"
                     r"injur\w*|wound\w*|killed|hurt)\b|"
                     # (not where there is none: "пострадавших нет", "без пострадавших")
                     r"(?<![\w])(?<!без\s)(?:пошкод|ушкод|поврежд|повред|зруйн|разруш|загор|поран|"
                     r"ранен|постражд|пострада|травм|загин|погиб|пожеж|пожар|займан|зайнял|"
                     rf"возгоран|{'|'.join(_CYR_KNOCKED_OUT)})"
                     r"\w*+(?!\s+(?i:нет|немає|нема|не)\b)"
                     # (or fell on a building: "уламки впали на дах будинку")
                     rf"|{_CYR_FELL_ON_BUILDING})")
#: "пошкоджень немає" (there is no damage) after a Ukrainian or Russian cue
#: (a time phrase may stand before it: "на X останніми днями не повідомлялося")
_CYR_NONE_AFTER = re.compile(r"(?:\s+[а-яіїєґё'’ʼ]+){0,3}?"
                             r"\s+(?i:немає|нема|нет|не\s+було|не\s+было|не\s+зафіксовано|"
                             r"не\s+зафиксировано|не\s+сообщал\w*|не\s+повідомлял\w*|"
                             r"не\s+надходил\w*|не\s+поступал\w*)(?![\w])")
_PLURAL_PARTS = ("regions", "districts", "provinces")
_PARTITIVE = re.compile(
    rf"{_alt(cues.PARTITIVES)}\s+(?i:of)\s+(?:{_DET}\s+)?$"
)
_PRONOUN_PRESENCE = re.compile(
    rf"(?i:\b(?:they|their|them|these|those)\b)(?:\s+[\w'’-]+){{0,3}}?\s+{_PRESENCE}"
    rf"(?:\s+[\w-]+){{0,3}}?\s+{_LOCPREP}\s+{OBJ}"
)
#: the same in Ukrainian and Russian: "Вони перебувають також на X"
_CYR_PRONOUN_PRESENCE = re.compile(
    rf"{_cword(cues.CYR_PRONOUNS)}(?:\s+{_CW}){{0,3}}?\s+{_stem(cues.CYR_PRESENCE)}"
    rf"(?:\s+{_CW}){{0,3}}?\s+{_CIN}\s+{COBJ}"
)
_ACTOR_RE = re.compile(_ACTOR)
#: Iranian personnel named in Ukrainian or Russian: "іранські інструктори", "фахівці з Ірану"
_CYR_ACTOR_RE = re.compile(
    rf"{_CYR_ACTOR}|{_stem(cues.CYR_PERSONNEL)}\s+{_cword(['з', 'із', 'из'])}\s+{_CYR_IRAN}"
)
_WEAK_PRESENCE = re.compile(
    rf"{_WEAK_ACTOR}\s+(?:(?i:are|were|is|was|have\s+been|had\s+been|have|had)\s+)?{_PRESENCE}"
    rf"(?:\s+[\w-]+){{0,2}}?\s+{_LOCPREP}\s+{OBJ}"
)
_MILITARY = re.compile(_alt(cues.MILITARY_ACTIVITY))
_EVENT = re.compile(_alt(cues.EVENT_NOUNS))
#: a comma and a contrasting conjunction (or the Cyrillic "а"), which opens a clause of its own
_CONTRAST = re.compile(rf",\s+(?i:а|{_CONTRASTS})\s")
#: manned aircraft, in Ukrainian and Russian: fighters, planes, helicopters
_CYR_AIRCRAFT = r"истребител|винищувач|самол[её]т|літак|вертол[её]т|гелікоптер"
#: an aircraft as the subject of "was launched" (right before the match), or of "which took
#: off" after a clause on where it flew ("a fighter jet was on duty over ⟦P⟧, which took off")
_AIRCRAFT_LAUNCHED = re.compile(
    r"(?i:\b(?:fighters?|jets?|interceptors?|helicopters?|aircraft|planes?|airplanes?)\b)"
    r"(?:[^.;⟦]{0,60}?\b(?i:was|were|has\s+been|have\s+been|had\s+been)(?:\s+\w+ly)?"
    r"|(?:(?!(?i:drones?|uavs?|shaheds?|missiles?|rockets?)\b)[^.;⟦]|⟦P:[^⟧]*⟧){0,100}?"
    r",\s+(?i:which|that))\s+$"
    # (or right before the verb, its subject: "fighters took off from X four times")
    r"|(?i:\b(?:fighters?|jets?|interceptors?|helicopters?|aircraft|planes?|airplanes?|"
    r"warplanes?))\s+(?:\w+ly\s+)?$"
    rf"|(?i:{_CYR_AIRCRAFT})\w*\s+$"
    # (in Ukrainian and Russian: "истребитель ВВС ⟦P⟧, который вылетел из X")
    rf"|(?i:{_CYR_AIRCRAFT})\w*"
    r"(?:(?!(?i:дрон|шахед|бпла|беспилот|безпілот|ракет))[^.;⟦]|⟦P:[^⟧]*⟧){0,100}?"
    r",\s+(?i:который|которые|який|які|що)\s+$")
#: an aircraft as the subject right after the verb, the origin told first: "с аэродрома X
#: взлетел истребитель ВВС", "з аеродрому X злетів літак" (a jet took off, no weapon)
_AIRCRAFT_AFTER = re.compile(rf"\w*\s+(?:[\w'’-]+\s+){{0,2}}?"
                             rf"(?i:{_CYR_AIRCRAFT}|перехватчик|перехоплювач)")
#: a weapon entering a place: "entered Belarus", "entered Belarusian airspace", "flew into X",
#: "на територію Білорусі ...
#: залетіло", "проникли у повітряний простір Білорусі" (the place is masked, ⟦P:...⟧)
_ROUTE_RE = re.compile(
    r"(?i:\b(?:entered|entering|enters|crossed(?:\s+into)?|flew\s+into|penetrated|strayed\s+into))"
    r"\s+(?:(?:[\w'’-]+\s+){0,2}?⟦P:|(?:(?i:the)\s+)?[A-Z][\w'’-]*\s+(?i:airspace)\b)|"
    r"(?<![\w])(?:на\s+(?:територі[юї]|территори[юи])|в\s+(?:повітряний|воздушн\w*)\s+"
    r"простр\w*|у\s+повітряний\s+простір)\s+⟦P:"
    # (a country need not be masked: "вошёл на территорию Белоруссии")
    r"|(?<![\w])(?:на\s+(?:територію|территорию))\s+[А-ЯІЇЄҐ]")
#: (not "Iranian-made drones": a compound adjective says where they come from, not that they
#: were supplied to where the sentence launches them)
_SUPPLY_RE = re.compile(rf"(?<![-‑]){_SUPPLY}|{_stem(cues.CYR_SUPPLY)}")
_MILITARY_CONTEXT = re.compile(_alt(cues.MILITARY_CONTEXT))
_CYR_MILITARY = re.compile(_stem(cues.CYR_WEAPONS))
#: (plural only: the drones, not "It is reported that ...")
#: (or a phrase that points back to it: "Внаслідок цього ...", "As a result of this, ...")
_OPENING_PRONOUN = re.compile(
    r"\W*(?:They|Вони|Они|(?:Внаслідок|В\s+результаті|В\s+результате|Вследствие)\s+(?:цього|этого)"
    r"|As\s+a\s+result(?:\s+of\s+(?:this|that|it))?,)(?![\w])")
#: (a word of the agent may be quoted: 'attacked by "Shahed" type kamikaze drones')
_BAD_AGENT = re.compile(rf"\s+(?i:by)\s+(?!(?:[\"“”«»]?[\w-]+[\"“”«»]?\s+){{0,3}}?[\"“«]?"
                        rf"{_alt(cues.MILITARY_CONTEXT)})")
_SUPPLY_TO = re.compile(rf"\s+(?i:to)\s+{_NAME}")


@dataclass(frozen=True, slots=True)
class _Hit:
    rule: str
    role: Role
    distance: int  # characters from the trigger to the mention, for confidence
    depth: int  # characters between the mention and the near edge of its object phrase
    confidence: float
    blocks: bool = True


_FAR = 1 << 20
_REACH = 400


def _slots(
    body: str,
    span: tuple[int, int],
    mention: tuple[int, int] | None,
    others: Sequence[tuple[int, int]],
) -> list[tuple[int, int, str]]:
    """The place slots of a masked span: body offsets and the text that replaces each."""
    start, end = span
    found: list[tuple[int, int, str]] = []
    if mention is not None:
        found.append((mention[0], mention[1], "T"))
    for o in others:
        if o == mention or not (start <= o[0] < o[1] <= end):
            continue
        if any(o[0] < b and a < o[1] for a, b, _ in found):
            continue
        found.append((o[0], o[1], "P"))
    found.sort()
    # the dot of an abbreviated designator ("Сумской обл.") belongs to the name, not the
    # sentence: the slot takes it
    return [(a, b + 1 if b < end and body[b] == "." and _ABBREVIATED.search(body, a, b) else b,
             f"⟦{kind}:{_SLOT_NAME.sub('_', body[a:b])}⟧") for a, b, kind in found]


_SLOT_NAME = re.compile(r"[^\w.'’-]+")
_ABBREVIATED = re.compile(r"(?i:\s(?:обл|вобл))$")


#: a Cyrillic slot of one word: two of them side by side are two items of a list that lost the
#: comma between them ("Комишани Наддніпрянське"), unless the second is a region's colloquial
#: name, which contains the first ("Чугуєві Харківщини"); a district's or an oblast's name is
#: more than one word, and the place after it is its container ("Новобаварском районе Харькова")
_ONE_WORD_SLOT = re.compile(r"⟦[TP]:[А-ЯІЇЄҐ][^⟧_]*⟧")


def _masked(body: str, span: tuple[int, int], slots: Sequence[tuple[int, int, str]]) -> str:
    out: list[str] = []
    pos = span[0]
    last = ""
    for a, b, text in slots:
        gap = body[pos:a]
        if gap == " " and _ONE_WORD_SLOT.fullmatch(last) and _ONE_WORD_SLOT.fullmatch(text) \
                and "щин" not in text:
            gap = ","  # (the same length: offsets into the masked text stay those of the body)
        out.append(gap)
        out.append(text)
        pos, last = b, text
    out.append(body[pos : span[1]])
    return "".join(out)


def mask(
    body: str,
    span: tuple[int, int],
    mention: tuple[int, int] | None,
    others: Sequence[tuple[int, int]] = (),
) -> str:
    """The text of ``span`` with the mention as ``⟦T:Name⟧`` and other places as ``⟦P:Name⟧``.

    Spaces and punctuation inside names become underscores so a slot is one token. Other
    mentions that overlap the mention or fall partly outside the span are left as text.
    """
    return _masked(body, span, _slots(body, span, mention, others))


class _Shift:
    """Maps body offsets outside the slots of a masked span to offsets in the masked text."""

    __slots__ = ("_ends", "_starts", "_deltas", "_origin")

    def __init__(self, span: tuple[int, int], slots: Sequence[tuple[int, int, str]]) -> None:
        self._origin = span[0]
        self._starts = [a for a, _, _ in slots]
        self._ends = [b for _, b, _ in slots]
        deltas = [0]
        for a, b, text in slots:
            deltas.append(deltas[-1] + len(text) - (b - a))
        self._deltas = deltas

    def __call__(self, pos: int) -> int | None:
        """The masked offset of body offset ``pos``; None inside a slot."""
        k = bisect.bisect_right(self._starts, pos)
        if k and pos < self._ends[k - 1]:
            return None
        return pos - self._origin + self._deltas[k]


@dataclass(slots=True)
class _SentenceCues:
    """What the prefilter knows of one sentence: its words and the rules they allow."""

    body: str
    span: tuple[int, int]
    words: frozenset[str]
    rules: tuple[_Rule, ...]
    directions: bool  # a word a launch list after a colon needs ("напрямків", "directions")
    offsets: list[int] | None = None  # body offsets of the words, in order (filled lazily)
    folded: list[str] | None = None  # the case-folded words, in the same order
    cuts: list[tuple[int, int]] | None = None  # body spans of the clause cuts

    def detail(self) -> tuple[list[int], list[str], list[tuple[int, int]]]:
        """Word offsets, folded words and clause cuts, read once for all mentions."""
        if self.offsets is None or self.folded is None or self.cuts is None:
            s, e = self.span
            self.offsets = [m.start() for m in _WORD_RE.finditer(self.body, s, e)]
            self.folded = list(map(str.casefold, _WORD_RE.findall(self.body, s, e)))
            # (a dash inside brackets, "(X, Y, – Z)", cuts no clause)
            # (nor one that stands for a verb left out: "три дрони на X, а два – на Y")
            self.cuts = _list_semicolons_kept(self.body, s, e, [
                m.span() for m in _CLAUSE_CUT.finditer(self.body, s, e)
                if self.body.count("(", s, m.start()) <= self.body.count(")", s, m.start())
                and not _elided_verb(self.body, s, m)])
        return self.offsets, self.folded, self.cuts


#: what opens a list whose items semicolons may separate: "settlements such as A; the X
#: district's B, C; ...", "the following villages: A; B"
_LIST_OPENER = re.compile(r"(?i:\bsuch\s+as\b|\bincluding\b|\bnamely\b|\bзокрема\b|"
                          r"\bсеред\s+них\b|\bв\s+том\s+числе\b|\bа\s+именно\b)|:")
#: the lower-case words a list item between semicolons may hold besides its names
_LIST_ITEM_WORDS = frozenset(cues.words("""
the and or of in near also s
district region community hromada oblast raion village villages town towns city settlement
settlements і та й и в у на районі районе громаді общине селі селе село села селище
"""))


def _list_semicolons_kept(body: str, start: int, end: int,
                          cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clause cuts without the semicolons that separate the items of one list: after a
    list opener ("such as", "including", a colon), a semicolon cuts no clause when the stretch
    after it up to the next one holds only names and the words that join and place them ("the
    Kharkiv district's Kozacha Lopan, Lukiantsi and Zelene")."""
    if not any(body[a:b] == ";" for a, b in cuts):
        return cuts
    kept: list[tuple[int, int]] = []
    clause_start = start  # where the clause before the cut began
    in_list = False
    for k, (a, b) in enumerate(cuts):
        if body[a:b] == ";":
            in_list = in_list or _LIST_OPENER.search(body, clause_start, a) is not None
            nxt = cuts[k + 1][0] if k + 1 < len(cuts) else end
            if in_list and (_names_only(body[b:nxt]) or _AND_OTHERS.match(body, b, nxt)):
                continue
        kept.append((a, b))
        clause_start, in_list = b, False
    return kept


#: the end of a list: "; and others", "; etc."
_AND_OTHERS = re.compile(r"\s*(?i:(?:and|or)\s+(?:others|more|other\s+\w+)\b|etc\b)")


def _names_only(text: str) -> bool:
    """Whether ``text`` holds names (capitalised words) and list words alone, and a name."""
    words = _WORD_RE.findall(text.rstrip(" .!?\"'”»"))
    return any(w[:1].isupper() for w in words) and all(
        w[:1].isupper() or w.isdigit() or w.casefold() in _LIST_ITEM_WORDS for w in words)


def _read_sentence_cues(body: str, span: tuple[int, int]) -> _SentenceCues:
    """The prefilter's view of ``body[span]``."""
    words = frozenset(map(str.casefold, _WORD_RE.findall(body, span[0], span[1])))
    directions = any(w.startswith(_DIRECTION_STEMS) or w in _DIRECTION_WORDS for w in words)
    return _SentenceCues(body, span, words, _viable(words), directions)


#: :func:`_read_sentence_cues`, cached: the mentions of a sentence share it
_sentence_cues: SpanCache[_SentenceCues] = SpanCache(_read_sentence_cues)


def _prefilter_index() -> tuple[dict[str, list[int]], list[tuple[int, _Words, bool]],
                                  list[tuple[_Rule, frozenset[int]]]]:
    """The rules' word sets numbered once: exact word -> sets holding it, the sets with
    prefixes (and whether all their prefixes are non-ASCII stems), and for each rule the
    numbers of the sets it needs (its head and needed words)."""
    number: dict[int, int] = {}
    sets: list[_Words] = []

    def num(ws: _Words) -> int:
        if id(ws) not in number:
            number[id(ws)] = len(sets)
            sets.append(ws)
        return number[id(ws)]

    reqs = [(r, frozenset(([] if r.heads is None or r.slot_head else [num(r.heads)])
                          + [num(n) for n in r.needs])) for r in RULES]
    by_word: dict[str, list[int]] = {}
    for k, ws in enumerate(sets):
        for w in ws.exact:
            by_word.setdefault(w, []).append(k)
    prefixed = [(k, ws, not any(p.isascii() for p in ws.prefixes))
                for k, ws in enumerate(sets) if ws.prefix_re is not None]
    return by_word, prefixed, reqs


_BY_WORD, _PREFIXED, _REQS = _prefilter_index()
_FIRST = itemgetter(0)


def _reqs_by_set() -> tuple[dict[int, list[tuple[int, _Rule, frozenset[int]]]],
                            list[tuple[int, _Rule]]]:
    """Each rule (with its place in ``RULES``) under one of the sets it needs, its lowest
    numbered: a sentence weighs only the rules filed under a set it turned on, not all of
    them. The rules that need no set come apart."""
    by_set: dict[int, list[tuple[int, _Rule, frozenset[int]]]] = {}
    free: list[tuple[int, _Rule]] = []
    for k, (r, needed) in enumerate(_REQS):
        if needed:
            by_set.setdefault(min(needed), []).append((k, r, needed))
        else:
            free.append((k, r))
    return by_set, free


_REQS_BY_SET, _FREE_RULES = _reqs_by_set()


def _stem_index() -> dict[str, tuple[int, ...]]:
    """stem -> the numbers of the word sets that list it among their prefixes."""
    by_stem: dict[str, list[int]] = {}
    for k, ws, _ in _PREFIXED:
        for p in ws.prefixes:
            by_stem.setdefault(p, []).append(k)
    return {p: tuple(ks) for p, ks in by_stem.items()}


_BY_STEM = _stem_index()
_LONGEST_STEM = max(map(len, _BY_STEM), default=0)


@lru_cache(maxsize=200_000)
def _sets_of(word: str) -> tuple[int, ...]:
    """The numbers of the word sets that ``word`` (case-folded) turns on, exactly or by a
    prefix.

    Remembered per word: a report's words are mostly words every report uses ("the", "said",
    "drones"), so each is tested against the prefixed sets once, not once per sentence.
    """
    # (each of the word's beginnings looked up among the stems, instead of a pattern per set:
    # a word has a dozen beginnings, the rules a hundred sets with stems)
    by_stem = {k for n in range(1, min(len(word), _LONGEST_STEM) + 1)
               for k in _BY_STEM.get(word[:n], ())}
    return (*_BY_WORD.get(word, ()), *by_stem)


def _viable(words: AbstractSet[str]) -> tuple[_Rule, ...]:
    """The rules whose head and needed words all occur in ``words`` (others cannot match).

    One dictionary probe per word of the sentence finds the word sets present, those with
    prefixes (stems of inflected words) included (see :func:`_sets_of`).
    """
    on: set[int] = set()
    for w in words:
        on.update(_sets_of(w))
    found = [*_FREE_RULES]
    for k in on:
        found.extend((n, r) for n, r, needed in _REQS_BY_SET.get(k, ()) if needed <= on)
    found.sort(key=_FIRST)  # (in the order of RULES, as the rules are tried)
    return tuple(r for _, r in found)


_NOTHING = RoleReading((Role.OTHER,), 0.5, ())
#: A launch list after a colon, as the Ukrainian Air Force writes it: "з напрямків:",
#: "із трьох напрямків:", "с направлений:", "from the directions:" (or as the media retell
#: it: "атака велась по трем направлениям:", "за трьома напрямками:")
_DIRECTION_LIST = re.compile(
    r"(?i:(?<![\w])(?:з|із|зі|с|со|по|за)\s+(?:\w+\s+)?(?:напрямк\w*|направлени\w*)\s*(?::|[—–-]\s|"
    r",?\s+(?:включаючи|зокрема|включая|в\s+тому\s+числі|в\s+том\s+числе)\s)|"
    r"\bfrom\s+(?:the\s+)?(?:\w+\s+)?directions?(?:\s+of)?\s*(?::|[—–-]\s))"
)
#: the words without which ``_DIRECTION_LIST`` cannot match (checked once per sentence)
_DIRECTION_STEMS = ("напрямк", "направлени")
_DIRECTION_WORDS = frozenset({"direction", "directions"})
#: what ends such a list before the mention: a sentence-like break or another clause verb
#: (or its subject: "from the Belarusian direction - they fly along the X")
_LIST_END = re.compile(
    r"[.!?]\s|(?i:\b(?:which|that|where|while|they|we|he|she)\b"
    r"|(?<![\w])(?:що|який|яких|де)(?![\w]))"
)
#: a place of such a list that only says where an item lies: after "в/у" ("мыса Чауда в
#: Крыму") or in brackets ("из Ейска (восточное побережье Азовского моря)")
#: (an adjective or two may stand between: "мис Чауда у тимчасово окупованому Криму")
_LISTED_CONTAINER = re.compile(r"\s(?:в|у|во|in)\s+(?:[\w'’-]+\s+){0,2}?$|\([^)]*$",
                               re.IGNORECASE)
#: an area in the genitive right after a listed name, which it says where that lies
#: ("Приморсько-Ахтарськ Краснодарського краю")
_GENITIVE_AREA = re.compile(r"(?i:краю|края|області|области|району|района)")
_NAME_RIGHT_BEFORE = re.compile(r"[А-ЯІЇЄҐ][\w'’-]*\s+$")
_PRONOUN_HEADS = _w(["they", "their", "them", "these", "those"], cues.CYR_PRONOUNS)
#: the presence words and the Iranian words a pronoun's sentence (or the one before) needs
_PRONOUN_PRESENCE_WORDS = _w(cues.PRESENCE, prefixes=cues.CYR_PRESENCE)
_PRONOUN_ACTOR_WORDS = _w(cues.IRANIAN, prefixes=(*cues.CYR_IRANIAN, "іран", "иран"))
_WEAK_HEADS = _w(["iranians"])


def cue_rules(text: str) -> tuple[str, ...]:
    """Names of the rules that could fire in ``text``: the cheap prefilter ``classify`` runs.

    An empty answer means ``classify`` reads every mention in the text as ``other`` without
    masking the sentence or running a single pattern.
    """
    words = frozenset(w.casefold() for w in _WORD_RE.findall(text))
    names = [r.name for r in _viable(words)]
    if _PRONOUN_HEADS.present(words) and _PRONOUN_PRESENCE_WORDS.present(words):
        names.append("instructor:pronoun_presence")
    if _WEAK_HEADS.present(words):
        names.append("instructor:iranians_presence")
    return tuple(names)


#: a place standing alone on its line as a heading (after a bullet, before a colon)
_HEADING_LINE_BEFORE = re.compile(rf"(?:^|\n)[ \t]*(?:[{_BULLETS}\ufe0f]+|[-–—])?[ \t]*")
_HEADING_LINE_AFTER = re.compile(r"[ \t]*:?[ \t]*\n")
#: the harm that the line after a heading tells (not a power cut, which is no strike)
_HEADING_HARM = re.compile(
    rf"{_stem(s for s in cues.CYR_STRIKE_AFTER if not s.startswith(cues.CYR_OUTAGE))}"
    rf"|{_alt((*_HEAD_HARM_LIST, 'caught fire'))}")


def classify_heading(body: str, sentence: tuple[int, int], mention: tuple[int, int],
                     following: tuple[int, int], others: Sequence[tuple[int, int]] = ()
                     ) -> RoleReading | None:
    r"""A strike on a place that heads its own line, told by the sentence on the next line
    without naming another place ("Бориспільський район\nВнаслідок падіння уламків
    пошкоджено будинок", "Brovary district\nA garage caught fire"); None otherwise.

    >>> text = "Brovary district\nA garage caught fire."
    >>> classify_heading(text, (0, 16), (0, 16), (17, len(text))).roles
    (<Role.STRIKE_TARGET: 'strike_target'>,)
    """
    start, end = mention
    line_start = body.rfind("\n", 0, start) + 1
    if not (sentence[0] <= start and end <= sentence[1] <= following[0]) \
            or not _HEADING_LINE_BEFORE.fullmatch(body, max(0, line_start - 1), start) \
            or not _HEADING_LINE_AFTER.match(body, end) \
            or any(following[0] <= s < following[1] for s, _ in others):
        return None
    if _HEADING_HARM.search(body, following[0], following[1]) is None:
        return None
    return RoleReading((Role.STRIKE_TARGET,), 0.65, ("strike:heading_line",))


def classify(
    body: str,
    sentence: tuple[int, int],
    mention: tuple[int, int],
    others: Sequence[tuple[int, int]] = (),
    *,
    prev_sentence: tuple[int, int] | None = None,
) -> RoleReading:
    """Read the roles that the sentence alleges for the place at ``mention``.

    ``others`` are the spans of the other place mentions in the body (any that fall in the
    sentence help the rules see lists); ``prev_sentence`` lets a presence sentence with a
    pronoun ("Their presence was noticed in ...") borrow its Iranian actor from the sentence
    before. Raises :class:`~geodata.sentences.SpanError` when a span does not fit.

    Most mentions in ordinary news stop at the prefilter: no cue word of any rule stands in
    the sentence (before the mention for rules whose cue precedes it, after it for the others).

    >>> text = "Russian forces launched drones from Alpha at Beta."
    >>> classify(text, (0, len(text)), (36, 41), [(45, 49)]).roles
    (<Role.LAUNCH_SITE: 'launch_site'>,)
    """
    check_span(body, sentence, "sentence")
    check_span(body, mention, "mention")
    if not (sentence[0] <= mention[0] and mention[1] <= sentence[1]):
        raise SpanError(
            f"mention {mention!r} is not inside sentence {sentence!r}; pass the sentence that "
            "contains the mention (see geodata.sentences.split_sentences)"
        )
    if prev_sentence is not None:
        check_span(body, prev_sentence, "previous sentence")
    cues_ = _sentence_cues(body, sentence)
    words = cues_.words
    if cues_.directions:
        listed = _DIRECTION_LIST.search(body, sentence[0], mention[0])
        if listed is not None and not _LIST_END.search(body, listed.end(), mention[0]):
            if _LISTED_CONTAINER.search(body, listed.end(), mention[0]) \
                    or (_GENITIVE_AREA.search(body, mention[0], mention[1])
                        and _NAME_RIGHT_BEFORE.search(body, listed.end(), mention[0])):
                # (the area a listed name lies in: "Приморсько-Ахтарськ Краснодарського краю",
                # "мис Чауда у тимчасово окупованому Криму")
                return RoleReading((Role.OTHER,), 0.6, ("container:launch:direction_list",))
            # "атакував ... з напрямків: Курськ, Орел – РФ; мис Чауда – Крим": everything the
            # list names after the colon is where the drones came from
            return RoleReading((Role.LAUNCH_SITE,), 0.7, ("launch:direction_list",))
    pronoun = _PRONOUN_HEADS.present(words) and _PRONOUN_PRESENCE_WORDS.present(words)
    weak = _WEAK_HEADS.present(words)
    if not (cues_.rules or pronoun or weak):
        return _NOTHING
    offsets, folded, cuts = cues_.detail()
    k_before = bisect.bisect_left(offsets, mention[0])
    before = frozenset(folded[:k_before])
    after = frozenset(folded[bisect.bisect_left(offsets, mention[1]) :])
    lead = _SlotLead(body, sentence, mention)
    rules = tuple(r for r in cues_.rules if _may_fire(r, before, after, lead))
    pronoun = pronoun and _PRONOUN_HEADS.present(before) and (
        _PRONOUN_ACTOR_WORDS.present(words)
        or (prev_sentence is not None
            and _PRONOUN_ACTOR_WORDS.present(_sentence_cues(body, prev_sentence).words))
    )
    weak = weak and _WEAK_HEADS.present(before)
    if not (rules or pronoun or weak):
        return _NOTHING
    slots = _slots(body, sentence, mention, others)
    masked = _masked(body, sentence, slots)
    shift = _Shift(sentence, slots)
    tpos = masked.index("⟦T:")
    clause_start, clause_end = _clause(cuts, shift, tpos, len(masked))
    tend = masked.index("⟧", tpos) + 1
    if clause_end < len(masked) and _HEADING.fullmatch(masked, clause_start, tpos) \
            and _DASH_AFTER.match(masked, tend):
        # a heading place and a dash, "• X район – пошкоджено вікна": the dash introduces
        # what happened there, it does not start another clause
        cuts = [c for c in cuts if (shift(c[0]) or 0) > tend + 3]
        clause_start, clause_end = _clause(cuts, shift, tpos, len(masked))
    clause = masked[clause_start:clause_end]
    tpos -= clause_start
    if len(clause) > 2 * _REACH:
        # Cues relate to places within a few hundred characters; cropping keeps run-on
        # "sentences" (tables, lists without punctuation) from slowing every rule down.
        lo = max(0, tpos - _REACH)
        hi = min(len(clause), tpos + _REACH)
        lo = clause.rfind(" ", 0, lo) + 1 if lo else 0
        clause_start, clause, tpos = clause_start + lo, clause[lo:hi], tpos - lo

    def where(words_: _Words) -> list[int]:
        out = []
        for i in range(k_before):
            if folded[i] in words_.exact or (words_.prefixes
                                             and folded[i].startswith(words_.prefixes)):
                p = shift(offsets[i])
                if p is not None and 0 <= p - clause_start <= tpos:
                    out.append(p - clause_start)
        return out

    military = any(r.military for r in rules) and _speaks_of_force(body, sentence, prev_sentence)
    hits = _match_rules(clause, tpos, rules, where, military,
                        lambda: _speaks_of_force(body, (0, len(body)), None))
    if pronoun or weak:
        hits.extend(_pronoun_presence(clause, tpos, masked[:clause_start], body, prev_sentence,
                                      others, where))
    return _decide(hits)


def _speaks_of_force(body: str, sentence: tuple[int, int],
                     prev_sentence: tuple[int, int] | None) -> bool:
    """Whether the sentence speaks of weapons or armed force, or opens with a pronoun ("They
    flew from X", "Вони летіли з X") after a sentence that does."""
    def forceful(span: tuple[int, int]) -> bool:
        return _MILITARY_CONTEXT.search(body, *span) is not None \
            or _CYR_MILITARY.search(body, *span) is not None

    return forceful(sentence) or (
        prev_sentence is not None
        and _OPENING_PRONOUN.match(body, sentence[0], sentence[1]) is not None
        and forceful(prev_sentence))


class _SlotLead:
    """Whether what stands right before a mention lets a "slot" rule match there: read once
    per mention, on the first slot rule that asks, and shared by the others."""

    __slots__ = ("_body", "_sentence", "_mention", "_ok")

    def __init__(self, body: str, sentence: tuple[int, int], mention: tuple[int, int]) -> None:
        self._body = body
        self._sentence = sentence
        self._mention = mention
        self._ok: bool | None = None

    def ok(self) -> bool:
        if self._ok is None:
            # the mention opens the sentence or follows punctuation or a conjunction
            # (or a time adverb or conjunction that opens the clause: "Вночі X атакували")
            start = self._mention[0]
            lead = _OPENING_TIME.sub(
                "", self._body[max(self._sentence[0], start - 20) : start].rstrip())
            lead = lead.rstrip()
            self._ok = not lead or bool(_SLOT_LEAD.search(lead)
                                        or _OPENING_CONJUNCTION.search(lead))
        return self._ok


def _may_fire(
    rule: _Rule, before: AbstractSet[str], after: AbstractSet[str], lead: _SlotLead,
) -> bool:
    """Whether the rule's cue words stand where a match around the mention needs them."""
    if rule.start == "head":
        assert rule.heads is not None
        return rule.slot_head or rule.heads.present(before)
    if not all(n.present(after) for n in rule.needs):
        return False
    if rule.start == "slot":
        return lead.ok()
    return True


# what may stand before a "slot" match, or a clause cut that puts the mention first (a
# bullet, too)
_SLOT_LEAD = re.compile(
    r"(?:[,;:\"“(—–•*]|(?:^|\s)-|\b(?i:and|that|but|while|whereas|although|though|as|when|after|"
    r"response)|(?:^|[,;:\"“(])\s*(?i:the))$"  # (", the X region's governor")
)
#: a place that heads its line (after a bullet, if any), and the dash after it
_HEADING = re.compile(_HEAD_MARK)
_DASH_AFTER = re.compile(r"\s+[–—-]\s")


def _clause(
    cuts: Sequence[tuple[int, int]], shift: _Shift, tpos: int, length: int
) -> tuple[int, int]:
    """Masked offsets of the clause that holds the target slot at ``tpos``."""
    start, end = 0, length
    for a, b in cuts:
        ma, mb = shift(a), shift(b - 1)
        if ma is None or mb is None:
            continue  # a cut inside a place name is not a cut
        mb += 1
        if mb <= tpos:
            start = mb
        elif ma > tpos:
            end = ma
            break
    return start, end


def _note(name: str) -> _Hit:
    """An explanation-only hit: a rule that matched but was cancelled; it blocks nothing."""
    return _Hit(name, Role.OTHER, _FAR, _FAR, 0.6, blocks=False)


def _matches(
    rule: _Rule, clause: str, tpos: int, where: Callable[[_Words], list[int]],
) -> Iterable[re.Match[str]]:
    """The rule's matches that start at or before the target slot, leftmost first.

    A "head" rule is tried only where one of its head words starts; an "object" rule, whose
    match starts with the object phrase, only at word and slot starts from the object floor
    (no object phrase reaches back past a word the object grammar never holds); a "slot" rule
    only at punctuation and conjunctions just before the slot. Trying a pattern only where a
    match can start, and never after the slot, is what keeps a call cheap.
    """
    if rule.start == "head":
        assert rule.heads is not None
        starts = where(rule.heads)
        if rule.slot_head:
            k = clause.find("⟦", 0, tpos + 1)
            while k >= 0:  # (each slot up to the target's)
                starts.append(k)
                k = clause.find("⟦", k + 1, tpos + 1)
    elif rule.start == "object":
        floor = _object_floor(clause, tpos)
        opening = _OPENING_ATTRIBUTION.match(clause)
        if opening is not None and opening.end() >= floor:
            floor = 0  # (the sentence's opening words may come before its object phrase)
        starts = [m.start() for m in _OBJECT_START.finditer(clause, floor, tpos + 1)]
    else:
        starts = [m.start() for m in _SLOT_START.finditer(clause, max(0, tpos - 80), tpos + 1)]
    for p in sorted(set(starts)):
        m = rule.pattern.match(clause, p)
        if m is not None:
            yield m


#: what may stand before a clause-opening match (a bullet too: "• У X пошкоджено будинок")
_OPENERS = ("", ",", ":", ";", "—", "–", "-", "(", '"', "“", "«", "•", "▪", "‣", "*")
#: a time adverb that may open a clause before the words a rule needs first
#: (or a time or date phrase: "В ночь на 17 сентября", "У ніч проти 4 листопада", "После
#: полуночи", "В 00.08 28 сентября", "О 04:18")
_TIME_CORE = (rf"(?:{_cword(cues.CYR_OPENING_WORDS)}|{_stem(cues.CYR_MONTHS)}"
              rf"|{_cword(cues.CYR_TIME_NOUNS)}|\d{{1,2}}[.:]\d{{2}}(?!\d))")  # (a clock time)
#: (a year may close the date: "В ночь на 25 сентября 2023 года")
_TIME_TOKEN = (rf"(?:{_TIME_CORE}|\d{{1,2}}(?:[.:]\d{{2}})?(?:-?(?:го|е|є))?|(?:19|20)\d\d"
               rf"|{_cword(cues.CYR_TIME_LINKS)})")
_OPENING_TIME = re.compile(rf"(?:^|(?<=[\s,;:(\"“«]))(?=(?:\S+\s+){{0,5}}?{_TIME_CORE})"
                           rf"{_TIME_TOKEN}(?:\s+{_TIME_TOKEN}){{0,7}}$")
#: who tells what follows, opening a Ukrainian or Russian clause: "За його словами", "по словам
#: мэра", "За даними ОВА"
_CYR_OPENING_ATTRIBUTION = re.compile(
    r"(?:^|(?<=[\s,;:(\"“«]))(?i:за\s+(?:його|її|їх|їхніми)\s+словами|по\s+(?:его|ее|её|их)\s+"
    r"словам|(?:за\s+словами|по\s+словам|за\s+даними|по\s+данным)(?:\s+[\w'’-]+){1,3}?)"
    r"\s*,?$")
#: a conjunction that opens a clause as a comma would ("А в X ...", "And in X ...", "що в X",
#: "said that following the attack, ...")
_OPENING_CONJUNCTION = re.compile(
    r"(?:^|[\s,;:(\"“«])(?i:а|і|й|и|та|але|но|также|також|що|что|and|but|that)$")
#: A place reached through "in/near/of" after another place ("Cape X in Crimea", "the X plant
#: in the Y region") only says where the first one lies: it is not itself the launch site or
#: the target. (Instructor locations keep containers: "housed in the C region" says they are
#: in C.)
_POINT_ROLES = frozenset({Role.LAUNCH_SITE, Role.STRIKE_TARGET})
#: an attack's noun, in any case, right before "з боку"/"со стороны"
_ATTACK_RIGHT_BEFORE = re.compile(
    rf"(?<![\w'’-]){_stem(cues.CYR_STRIKE_NOUNS)}\w*\s+$")
#: hits before the words for debris: "влучання та падіння уламків", "попадания и обломки"
_HITS_BESIDE = re.compile(r"(?<![\w'’-])(?i:влучан|попадан|прил[іеё]т|прильот)\w*\s+"
                          r"(?i:та|і|й|и|а\s+також|а\s+также)\s+(?:[\w'’-]+\s+)?$")
_CONTAINER = re.compile(
    r"⟧(?:['’]s)?(?:\s+(?!(?i:and|or)\b)[\w'’-]+){0,3}?\s+"
    r"(?i:in|near|outside|inside|within|of|в|у|біля|поблизу|возле|около)\s+"
    # ("from X in the west to Y": a compass point, not a container)
    r"(?!(?i:the\s+(?:far\s+)?(?:north|south|east|west)\w*\s+(?:to|and)\s))"
    r"(?:[\w'’-]+\s+){0,3}?$"
    # "the port of X on the Danube": "on" right after a place locates it on a river or coast
    r"|⟧\s+(?i:on)\s+(?:(?i:the)\s+)?$"
    # (and "на березі/на берегу Y" locates what comes before: "X, расположенный на берегу Y")
    r"|⟧[^⟦]{0,40}?\s(?i:на\s+(?:берегу|березі|узбережжі|побережье|побережьи))\s+$"
)
#: settlements counted before an area: "nine settlements in the X region came under strikes",
#: "24 towns and villages across the Y district" (a round-up that counts the places struck, and
#: usually names them: the area holds them, it was not struck as a whole; uncounted, "attacked
#: settlements in the X region", the area is the nearest the report comes to a target)
SETTLEMENTS_IN = re.compile(
    r"(?<![\w-])(?:\d[\d,]*|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|dozens\s+of|hundreds\s+of))\s+"
    r"(?:(?i:towns|cities)\s+(?i:and)\s+)?"
    r"(?i:settlements|villages|towns|communities|hromadas|localities|populated\s+areas)"
    r"\s+(?i:in|across)\s+(?:(?i:the)\s+)?$")
#: the same in Ukrainian and Russian, the area in the genitive after the counted communities or
#: villages: "по нескольким общинах ⟦T:Сумской_области⟧", "у п'яти громадах ⟦T:Сумщини⟧"
_CSETTLEMENTS_COUNTED = re.compile(
    r"(?<![\w'’-])(?:\d+|(?i:кільк\w*|декільк\w*|нескольк\w*|ряд[іуе]|дв(?:ох|ом|ум|ух|а|і|е)"
    r"|три|вісім"
    r"|тр(?:ьох|ьом|ех|ём|ем)|чотир\w*|четыр\w*|п['’]?ят\w*|шест\w*|шіст\w*|сем[иь]\w*"
    r"|сім\w*|вос[ье]м\w*|вісьм\w*|дев['’]?ят\w*|десят\w*))\s+"
    r"(?i:громад(?:ах|ам|ами)?|общин(?:ах|ам|ами)?|сел(?:ах|ам|ами)?|сіл|"
    # (and districts: "атаку на три райони ⟦T:Харківщини⟧")
    r"район(?:и|ів|ах|ам|ами|ы|ов)|"
    r"населен\w+\s+пункт(?:ах|ам|ами|ів|ов))\s+"
    r"(?=⟦T:[^⟧]*?(?:_(?i:області|области|району|района|громади|громады|общины|краю|края)"
    r"|(?i:щини|щины|ччини|ччины))⟧)")


def _counted_before(clause: str, start: int, tpos: int) -> bool:
    """Whether counted communities or villages stand right before the area slot at ``tpos``."""
    end = clause.find("⟧", tpos) + 1  # (the lookahead reads the slot itself)
    return any(m.end() == tpos
               for m in _CSETTLEMENTS_COUNTED.finditer(clause, max(start, tpos - 60), end))


#: a community or district named right after a place, in the genitive: where that place lies
#: ("селах ⟦P:X⟧ ⟦T:Зміївської_громади⟧"), not an item of the list
#: (after a comma too, where the place before is no listed area's adjective: "у
#: ⟦P:Первомайську⟧, ⟦T:Первомайської_громади⟧", not "⟦P:Балаклійської⟧,
#: ⟦T:Зміївської_громади⟧")
_AREA_ADJECTIVE_ENDS = ("ської", "ського", "цької", "цького", "зької", "зького", "ской", "ского",
                        "цкой", "цкого", "зкой", "зкого")
_AREA_OF_SLOT = re.compile(rf"⟧\s{{1,2}}{_CAREA_OF}$|"
                           + "".join(rf"(?<!{end})" for end in _AREA_ADJECTIVE_ENDS)
                           + rf"⟧,\s{{1,2}}{_CAREA_OF}$")
#: a district, hromada or oblast right before the place, which lies in it ("в ⟦P:X_районе⟧ в
#: ⟦T⟧"): the area contains the place, not the other way round
_AREA_BEFORE = re.compile(rf"{_CAREA_SLOT},?\s+{_CLOC}\s+"
                          rf"(?:{_CSETTLEMENT}\s+)?$")
#: a slot that owns a place named after it ("⟦T⟧'s southern ⟦P⟧")
_POSSESSOR = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?⟦")
#: a slot describing a settlement named after it ("the ⟦T:Black Sea⟧ port of ⟦P:Odesa⟧"); the
#: second form, ending at the slot, says that slot is that settlement, not in a container
_SETTLEMENT_NOUNS = r"(?i:(?:port|town|village|capital|hub|settlement)s?|city|cities)"
_NAMED_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,1}}?{_SETTLEMENT_NOUNS}\s+(?i:of)\s+⟦")
_NAMED_AFTER_END = re.compile(rf"\b{_SETTLEMENT_NOUNS}\s+(?i:of)\s+$")
_OBJECT_START = re.compile(r"(?<!\w)[A-Za-z]|⟦")
#: (or the slot itself after a bullet that opens the clause: "- X громада: удары дронами")
_SLOT_START = re.compile(r"^|[,;:\"“(]|\b(?i:and|that|but|while|as|when|after|in)\b"
                         r"|(?<=^[-–—•▪‣*] )⟦|(?<=^[-–—•▪‣*])⟦")
_NOT_IN_OBJECT = frozenset(w for w in _STOP_WORDS) - {
    "the", "a", "an", "its", "their", "this", "these", "those", "his", "her", "of", "and", "or",
    "as", "in", "near", "outside", "around", "inside", "within", "at", "across", "throughout",
}
_OBJ_TOKEN = re.compile(r"⟦[TP]:[^⟧]*⟧|[\w'’-]+|[^\w\s'’-]")


def _object_floor(clause: str, tpos: int) -> int:
    """The earliest position an object phrase holding the slot at ``tpos`` can start.

    Object phrases (see ``OBJ``) hold place slots, capitalised words, commas, "&", and
    lower-case words other than the stop words outside a small set (articles, "of", "and",
    "or", "as", locative prepositions); they never hold a word that starts with a digit or a
    non-Latin letter, nor other punctuation. The last such barrier before the slot bounds it.
    """
    floor = 0
    for m in _OBJ_TOKEN.finditer(clause, 0, tpos):
        tok = m.group(0)
        first = tok[0]
        if first == "⟦" or first in "'’-" or ("A" <= first <= "Z"):
            continue
        if first in ",&":
            continue
        if "a" <= first <= "z":
            lead = _WORD_RE.match(tok)
            if lead is None or lead.group(0).lower() not in _NOT_IN_OBJECT:
                continue
        floor = m.end()
    return floor


def _match_rules(
    clause: str, tpos: int, rules: Sequence[_Rule], where: Callable[[_Words], list[int]],
    military: bool, at_war: Callable[[], bool],
) -> list[_Hit]:
    """Run the viable rules over the clause; keep the first match per rule whose object holds T.

    ``military`` says whether the sentence speaks of armed force anywhere (an ambiguous strike
    verb in one clause takes its sense from the others: "Russia used drones, but these have
    mainly targeted X"); ``at_war`` whether the report does.
    """
    hits: list[_Hit] = []
    tlen = clause.index("⟧", tpos) + 1 - tpos
    for rule in rules:
        for m in _matches(rule, clause, tpos, where):
            obj_start, obj_end = m.span("obj")
            if not obj_start <= tpos < obj_end:
                continue
            lead = clause[: m.start()].rstrip()
            if rule.initial:
                # (a time adverb may come first: "Ночью на X дрон атаковал ...", and who
                # tells it: "За його словами у X ...")
                lead = _OPENING_TIME.sub("", _CYR_OPENING_ATTRIBUTION.sub("", lead)).rstrip()
                if lead[-1:] not in _OPENERS and not _OPENING_CONJUNCTION.search(lead):
                    continue
            if _POSSESSOR.match(clause, tpos + tlen) or _NAMED_AFTER.match(clause, tpos + tlen):
                # "Ukraine's capital Kyiv", "the Black Sea port of Odesa": the place owns or
                # describes the item the rule is about; it is not the item
                hits.append(_note(f"modifier:{rule.name}"))
                continue
            # (a match that opens with the place itself looks at what stands before it: "на
            # мисі X в окупованому Y, звідки запускають" places X in Y)
            lead_from = m.start() if m.start() < tpos or rule.start != "object" \
                else max(0, tpos - 60)
            if rule.role in _POINT_ROLES and (
                    (_CONTAINER.search(clause, lead_from, tpos)
                     or SETTLEMENTS_IN.search(clause, lead_from, tpos)
                     or _counted_before(clause, lead_from, tpos))
                    and not _NAMED_AFTER_END.search(clause, lead_from, tpos)
                    and not _AREA_BEFORE.search(clause, lead_from, tpos)
                    or _AREA_OF_SLOT.search(clause, max(0, tpos - 4), tpos + tlen)):
                hits.append(_note(f"container:{rule.name}"))
                continue
            part = _PARTITIVE.search(clause[obj_start:tpos])
            # ("the regions of A and B" are A and B themselves)
            if part and not (part.group(0).lower().startswith("areas")
                             and clause.count("⟦", obj_start) > 1) \
                    and not (part.group(0).lower().startswith(_PLURAL_PARTS)
                             and clause.count("⟦", obj_start, obj_end) > 1) \
                    and not (rule.role in (Role.STRIKE_TARGET, Role.LAUNCH_SITE)
                             and part.group(0).lower().startswith("part")):
                # ("the areas of A, B and C" are the places' surroundings, not parts of A; a
                # strike on "the southern parts of X" hits X, a launch from "the Belarusian part
                # of X" comes from X)
                hits.append(_note(f"partitive:{rule.name}"))
                continue
            if rule.backward:
                distance, depth = m.end() - tpos - tlen, obj_end - tpos - tlen
                w_start, w_end = obj_end, m.end()
            else:
                distance, depth = tpos - m.start(), tpos - obj_start
                w_start, w_end = max(0, m.start() - 25), obj_start
                # (a negation in the clause before "..., а"/"but" is that clause's: "жертв
                # немає, а всі влучання зафіксовані у X")
                w_start = w_end - len(_CONTRAST.split(clause[w_start:w_end])[-1])
            # (searched in place, so that a word the window cuts is no word of its own: the
            # "ні" of "у Херсоні" is no negation)
            if rule.role is not Role.OTHER and (
                    _NEGATION.search(clause, w_start, w_end)
                    or (not rule.backward and (_NEGATED_AFTER.match(clause, obj_end)
                                               or _CYR_NONE_AFTER.match(clause, obj_end)))
                    or (rule.backward and _CYR_NONE_AFTER.match(clause, m.end()))):
                hits.append(_note(f"negated:{rule.name}"))
                continue
            if rule.guard_supply and (
                _SUPPLY_RE.search(clause[max(0, m.start() - 40) : obj_start])
                or _SUPPLY_TO.match(clause, obj_end)
            ):
                hits.append(_note(f"supply:{rule.name}"))
                continue
            if rule.guard_aircraft and (
                    _AIRCRAFT_LAUNCHED.search(clause, max(0, m.start() - 100), m.start())
                    or _AIRCRAFT_AFTER.match(clause, m.end())):
                hits.append(_note(f"aircraft:{rule.name}"))
                continue
            if rule.guard_attacker and _ATTACK_RIGHT_BEFORE.search(clause, max(0, m.start() - 40),
                                                                   m.start()):
                hits.append(_note(f"attacker:{rule.name}"))
                continue
            if rule.guard_route and _ROUTE_RE.search(clause, max(0, m.start() - 100), obj_start):
                hits.append(_note(f"route:{rule.name}"))
                continue
            if rule.shootdown and _HITS_BESIDE.search(clause, max(0, m.start() - 40), m.start()):
                # (debris told beside hits: "влучання та падіння уламків у X" is a strike)
                hits.append(_note(f"hits:{rule.name}"))
                continue
            if rule.shootdown \
                    and (_DEBRIS.search(clause, max(0, m.start() - 40), tpos)
                         # (not where the debris did damage in another place it names:
                         # "shot down over X, debris damaged a car in Y")
                         or (_DEBRIS_NEXT.match(clause, obj_end) and "⟦" not in clause[obj_end:])) \
                    and _damage_of(clause, m.start(), tpos) \
                    and not (_CONTAINER.search(clause, lead_from, tpos)
                             and not _NAMED_AFTER_END.search(clause, lead_from, tpos)):
                # debris that damaged something: the place was hit after all ("уламки в X
                # зруйнували будинок", "через падіння збитих дронів на X є пошкодження"); not
                # the area around the place hit ("fell in the X district of Y Oblast")
                hits.append(_Hit(f"damage:{rule.name}", Role.STRIKE_TARGET, distance, depth,
                                 _DEBRIS_DAMAGE_CONFIDENCE))
                break
            if rule.agent and _BAD_AGENT.match(clause, m.end()):
                hits.append(_note(f"agent:{rule.name}"))
                continue
            if rule.military and not military and not (rule.report_force and at_war()):
                hits.append(_note(f"context:{rule.name}"))
                continue
            conf = max(0.3, rule.confidence - min(0.2, 0.002 * distance))
            hits.append(_Hit(rule.name, rule.role, distance, depth, conf, rule.blocks))
            break
    return hits


def _pronoun_presence(
    clause: str,
    tpos: int,
    before: str,
    body: str,
    prev_sentence: tuple[int, int] | None,
    others: Sequence[tuple[int, int]],
    where: Callable[[_Words], list[int]],
) -> list[_Hit]:
    """Presence said of a pronoun or of bare "Iranians", with the actor found elsewhere."""
    hits: list[_Hit] = []
    for p in sorted(where(_PRONOUN_HEADS)):
        m = _PRONOUN_PRESENCE.match(clause, p) or _CYR_PRONOUN_PRESENCE.match(clause, p)
        if m is None:
            continue
        a, b = m.span("obj")
        if not a <= tpos < b:
            continue
        earlier = [before + clause[: m.start()]]
        if prev_sentence is not None:
            earlier.append(mask(body, prev_sentence, None, others))
        actor_before = any(_ACTOR_RE.search(t) or _CYR_ACTOR_RE.search(t) for t in earlier)
        if actor_before and not _NEGATION.search(clause[m.start() : a]):
            hits.append(_Hit("instructor:pronoun_presence", Role.INSTRUCTOR_LOCATION,
                             tpos - m.start(), tpos - a, 0.65))
            break
    for p in sorted(where(_WEAK_HEADS)):
        m = _WEAK_PRESENCE.match(clause, p)
        if m is None:
            continue
        a, b = m.span("obj")
        if not a <= tpos < b:
            continue
        # ("The Iranians are based in X" after a sentence on their drone training: the
        # military context may be the sentence before)
        military = _MILITARY.search(clause) or (
            prev_sentence is not None
            and _MILITARY.search(body, prev_sentence[0], prev_sentence[1]))
        if military and not _EVENT.search(clause):
            hits.append(_Hit("instructor:iranians_presence", Role.INSTRUCTOR_LOCATION,
                             tpos - m.start(), tpos - a, 0.6))
            break
    return hits


_RULE_ROLE = {"launch": Role.LAUNCH_SITE, "instructor": Role.INSTRUCTOR_LOCATION,
              "strike": Role.STRIKE_TARGET}


_UKRAINIAN_STRIKES = frozenset({"other:ukrainian_strike", "other:russian_base_struck",
                                "other:cyr_ukrainian_strike"})


def _decide(hits: list[_Hit]) -> RoleReading:
    """Keep each role's tightest cue unless a no-role cue holds the mention at least as tightly.

    Tightness is the depth of the mention inside the cue's object phrase: in "Russia's attack
    on X" both the strike cue and the war cue govern X directly, and the war cue wins the tie.
    """
    fired = tuple(dict.fromkeys(h.rule for h in hits))
    if any(h.rule in _UKRAINIAN_STRIKES for h in hits):
        # Ukraine's own strike on the place: whatever else struck there, it is not the target
        # of the drones the reports are about
        hits = [h for h in hits if h.role is not Role.STRIKE_TARGET]
    blocking = [h.depth for h in hits if h.role is Role.OTHER and h.blocks]
    nearest_block = min(blocking, default=None)
    best: dict[Role, _Hit] = {}
    for h in hits:
        if h.role is Role.OTHER:
            continue
        if nearest_block is not None and nearest_block <= h.depth:
            continue
        held = best.get(h.role)
        if held is None or (h.depth, h.distance) < (held.depth, held.distance):
            best[h.role] = h
    if not best:
        confidence = 0.7 if blocking else 0.5
        negated = tuple(dict.fromkeys(
            _RULE_ROLE[name.split(":", 2)[1]] for name in fired
            if name.startswith("negated:") and name.split(":", 2)[1] in _RULE_ROLE))
        return RoleReading((Role.OTHER,), confidence, fired,
                           negated if nearest_block is None else ())
    order = [Role.LAUNCH_SITE, Role.INSTRUCTOR_LOCATION, Role.STRIKE_TARGET]
    roles = tuple(r for r in order if r in best)
    confidence = round(max(best[r].confidence for r in roles), 3)
    return RoleReading(roles, confidence, fired)
