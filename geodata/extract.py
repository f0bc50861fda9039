"""The reading pipeline: report -> place mentions -> resolutions -> claims.

1. :mod:`geodata.recognize` finds mention spans.
2. Resolution uses the document as context: regions and countries named in the same sentence
   (or, failing that, anywhere in the report) and the coordinates of the report's unambiguous
   places; a sentence that speaks of an air base or airfield asks for a facility.
3. :mod:`geodata.roles`, :mod:`geodata.claimants` and :mod:`geodata.dates` read, for each
   mention, what the report alleges about it, who says so, how, and when.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from gazetteer.core import DEMONYMS, SMALL_PLACE, Gazetteer, is_colloquial_region
from gazetteer.model import (
    CURATED_PREFIX,
    Candidate,
    Place,
    Precision,
    area_of_centre,
    area_radius_m,
    is_area_of_centre,
)
from gazetteer.normalize import area_unit
from gazetteer.rank import CYRILLIC_COUNTRIES, Hints, haversine_km, lies_in
from gazetteer.translit import has_cyrillic
from geodata import claimants, cues, dates, roles
from geodata.model import Claim, Mention, Report, Resolution, Role, Stance
from geodata.recognize import Found, Recognizer
from geodata.rolemodel import RoleModel, features, load_model
from geodata.sentences import split_sentences

_FACILITY_CUE = re.compile(
    r"\b(?:air\s*bases?|airbases?|airfields?|air\s*fields?|airports?|aerodromes?|"
    r"military\s+bases?|launch\s+(?:sites?|pads?)|аеродром\w*|авіабаз\w*|авиабаз\w*)\b",
    re.IGNORECASE,
)
_FACILITY_AFTER = re.compile(r"\s+(?:air\s*base|airbase|airfield|air\s*field|airport|aerodrome|"
                             r"military\s+base)\b", re.IGNORECASE)
_DEMONYM_RE = re.compile(r"\b(" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
#: a regional administration named by its oblast's adjective or name (see
#: ``Extractor._authority_regions``)
_AUTHORITY = re.compile(
    r"(?<![\w'’-])(?P<cyr>[А-ЯІЇЄҐ][а-яіїєґё'’ʼ-]+(?:ськ|цьк|зьк|ск|цк|зк)\w*)\s+"
    r"(?:(?:обласн|областн)\w*\s+(?:(?:військов|военн|державн|государственн)\w*\s+)?"
    r"(?:адміністрац|администрац)\w*|(?:ОВА|ОДА|ОГА|ОВГА)\b)"
    r"|\b(?P<lat>[A-Z][a-z'’-]+)\s+(?:Regional|Oblast)\s+(?:Military\s+|State\s+)?"
    r"Administration\b")
#: the words without one of which ``_AUTHORITY`` cannot match
_AUTHORITY_WORDS = ("обласн", "областн", "ОВА", "ОДА", "ОГА", "ОВГА", "Regional", "Oblast")
#: how a name matches when the gazetteer guessed (by spelling or by sound)
_GUESSES = frozenset({"fuzzy", "phonetic"})
#: how far down a misspelt name's readings an air base the project lists may stand
_LISTED_BASE_RANK = 3
_ANCHOR_MIN_SCORE = 0.6
#: ... or, for a city of this many people named in a case form, this score
_ANCHOR_CITY = 100_000
_ANCHOR_CITY_SCORE = 0.45
#: A guessed reading (by spelling or sound) this far from every place the report confidently
#: names is a namesake elsewhere, not the place: the mention stays, unplaced ("near the village
#: of X, across the Danube" is no town in Anatolia)
_FAR_GUESS_KM = 500.0
#: ... and a village outside the report's oblasts this far from all its placed towns
_STRAY_KM = 100.0
_VILLAGE = 20_000
#: what stands between a place and the place said to contain it: "X in Y", "X, near the Y"
_CONTAINER_GAP = re.compile(r",?\s+(?i:in|near|outside|of|в|у|біля|под|під)\s+(?i:the\s+)?")
#: the noun a settlement's name may carry before a comma ("Pervomaiske village, ...")
_OWN_NOUN = r"village|town|settlement"
#: ... or after the place and its noun, set off by a comma: "Pervomaiske (village), Mykolaiv"
_APPOSED = re.compile(rf"(?:\s+(?i:{_OWN_NOUN}))?,\s+")
#: what goes on from one item of a list to the next
_LIST_ON = re.compile(r",\s+|,?\s+(?i:and|or|та|і|и)\s+")
#: ... or between a place and the one it contains, as its possessive: "Kharkiv's X district"
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
#: a comma alone after a big city begins a list, not the area it lies in: "атакували
#: Краматорськ, Нікопольщину та Харківщину" (the city is not one of the Nikopol district)
_BARE_COMMA = re.compile(r",\s+")
#: the score of a place known only by the region the text puts it in
_CONTAINER_ONLY_SCORE = 0.3
#: how sure the reading of a name alone as a country must be to keep it against a village
_SURE_COUNTRY = 0.5
#: how much surer a later reading of a name must be to replace the report's first one
_SURER = 0.25
#: what stands between a place and the region that contains it: "Izmail, Odesa region",
#: "Makariv in the Kyiv region", "Ізмаїльський район Одеської області" (a genitive),
#: "Ніжинському районі на Чернігівщині", "Смела, что в Черкасской области", "Фастові
#: (Київська область)"
_CONTAINED_GAP = re.compile(r",?\s+(?:(?i:(?:which\s+is\s+|що\s+|что\s+)?(?:in|of|в|у|на))"
                            r"\s+(?:(?i:the)\s+)?)?|\s*\(\s*"
                            # (or the place's own noun before the comma: "Pervomaiske village,
                            # Mykolaiv district")
                            rf"|\s+(?i:{_OWN_NOUN}|city|hamlet),\s+"
                            # (or a noun in apposition: "Primorsko-Akhtarsk, a city in Russia's
                            # Krasnodar Territory")
                            r"|,\s+(?i:an?|the)\s+(?:[a-z-]+\s+)?(?i:city|town|village|port"
                            r"|settlement|district)\s+(?i:in|of)\s+(?:(?i:the)\s+|\w+['’]s\s+)?")
#: a list item's area after a dash: "launch areas: Chauda – Crimea", "Гвардійське - тимчасово
#: окупована територія Криму"
_DASH_GAP = re.compile(r"\s+[–—-]\s+(?:[a-zа-яіїєґё'’-]+\s+){0,3}")
#: a district named before its city in the genitive: "Шевченківському районі Києва"
_DISTRICT_END = re.compile(r"(?i:район\w*|district)$")
#: How far from its city's point a city district's point may lie (Kyiv's outer ones: 13 km)
_CITY_DISTRICT_KM = 20.0
#: "of the city", after a district, with no name: the city the text named before
_OF_THE_CITY = re.compile(r"\s+(?:міста|города|(?i:of\s+the\s+city))\b"
                          r"(?!\s+(?i:of\s+)?[A-ZА-ЯІЇЄҐ])")
#: what stands between a district and the city it is part of: "Советском районе Брянска",
#: "районам города Харькова", "the Shevchenkivskyi district of Kharkiv"
_OF_CITY_GAP = re.compile(r"\s+(?:(?i:of)\s+(?:(?i:the\s+city\s+of)\s+)?"
                          r"|(?:міста|города|м\.|г\.)\s*"
                          # (the plural noun of a list of districts: "районах Запорожья")
                          r"|(?i:районах|районів|районов|районы|райони|districts)\s+"
                          r"(?:(?:міста|города)\s+)?)?")
#: how far from its centre a raion surely reaches, and how far it may (the 2020 raions are
#: large and their centres may lie at an edge: Mezhova, in Synelnykove raion, lies 89 km east
#: of Synelnykove): a reading within the first stays; one beyond it gives way to a namesake
#: within the second
_RAION_REACH_KM = 80.0
_RAION_EDGE_KM = 100.0
#: ... and of a community (hromada): most are under 40 km across
_HROMADA_REACH_KM = 25.0
_HROMADA_EDGE_KM = 35.0
#: a city this big is divided into districts of its own
_CITY_WITH_DISTRICTS = 100_000


@dataclass(frozen=True, slots=True)
class MentionReading:
    """A mention with everything read about it (the unit of ``dronemap extract``)."""

    mention: Mention
    roles: tuple[Role, ...]
    claimant: str
    stance: str
    date: str | None
    date_precision: str | None
    confidence: float
    cues: tuple[str, ...]

    def to_dict(self, report: Report) -> dict[str, Any]:
        m = self.mention
        r = m.resolution
        return {
            "report": report.report_id,
            "surface": m.surface,
            "start": m.start,
            "end": m.end,
            "name": r.name if r else None,
            "country": r.country if r else None,
            "admin1": r.admin1 if r else None,
            "lat": round(r.lat, 6) if r else None,
            "lon": round(r.lon, 6) if r else None,
            "precision": r.precision.value if r else None,
            "occupied": r.occupied if r else False,
            "roles": [x.value for x in self.roles],
            "claimant": self.claimant,
            "stance": self.stance,
            "date": self.date,
            "date_precision": self.date_precision,
            "score": round(r.score, 4) if r else 0.0,
            "role_confidence": round(self.confidence, 3),
            "cues": list(self.cues),
            "source": r.source if r else None,
            "sentence": m.sentence,
            "title": report.title,
            "outlet": report.source,
            "url": report.url,
            "published": report.published.isoformat() if report.published else None,
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    report: Report
    readings: tuple[MentionReading, ...]
    claims: tuple[Claim, ...]


class Extractor:
    """Reads reports with one gazetteer; reusable across many reports."""

    def __init__(self, gazetteer: Gazetteer, *, countries: str = "alleged",
                 role_model: RoleModel | None | Literal["packaged"] = "packaged") -> None:
        """``countries`` (see :class:`geodata.recognize.Recognizer`): by default a country is
        kept where the text locates something in it: an origin ("from Iran"), a part ("the
        western regions of Ukraine"), or an allegation (instructors "in Belarus").

        ``role_model`` reads the mentions the rules leave as ``other`` (see
        :mod:`geodata.rolemodel`); the package's own by default, None for the rules alone."""
        self.gaz = gazetteer
        self.recognizer = Recognizer(gazetteer, countries=countries)
        self.role_model = load_model() if role_model == "packaged" else role_model
        self._cache: dict[tuple[object, ...], list[Candidate]] = {}

    def _geocode(self, surface: str, hints: Hints, anchors: tuple[tuple[float, float], ...],
                 prefer: str | None, limit: int = 1) -> list[Candidate]:
        key = (surface, hints.regions, hints.countries, anchors, prefer, limit)
        got = self._cache.get(key)
        if got is None:
            got = self.gaz.geocode(surface, limit=limit, hints=hints, anchors=anchors,
                                   prefer=prefer)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = got
        return got

    def _river(self, surface: str, hints: Hints,
               anchors: tuple[tuple[float, float], ...]) -> Candidate | None:
        """The river a name on a river's bank or after "river" stands for ("на другом берегу
        Днепра" is the Dnipro, not the city), if the gazetteer lists one by that name."""
        queries = ([f"річка {surface}", f"река {surface}"] if has_cyrillic(surface)
                   else [f"{surface} River"])
        for query in queries:
            got = self._geocode(query, hints, anchors, "region")
            if got and got[0].precision is Precision.REGION \
                    and _RIVER_KEY.search(got[0].matched_name):
                return got[0]
        return None

    def _authority_regions(self, body: str) -> list[tuple[str, str]]:
        """The oblasts (admin1 and country) whose regional administrations the text names:
        "Херсонська обласна військова адміністрація", "Одесской ОВА", "the Kherson Regional
        Military Administration". The recognizer leaves such bodies out as mentions."""
        out: list[tuple[str, str]] = []
        if not any(word in body for word in _AUTHORITY_WORDS):
            return out  # (the pattern would try every capitalised word of the report)
        for m in _AUTHORITY.finditer(body):
            query = f"{m.group('cyr')} область" if m.group("cyr") else f"{m.group('lat')} region"
            top = self._geocode(query, Hints(), (), "region")
            if top and top[0].precision is Precision.REGION and top[0].match not in _GUESSES \
                    and not is_area_of_centre(top[0].place):
                out.append((top[0].place.admin1, top[0].place.country))
        return out

    def extract(self, report: Report) -> Extraction:
        return self._extract(report, self.role_model)[0]

    def samples(self, report: Report) -> list[tuple[MentionReading, frozenset[str]]]:
        """Each mention as the rules alone read it, with what the role model would see of it
        (the training samples of :func:`geodata.rolemodel.fit`)."""
        extraction, spans = self._extract(report, None)
        return [(r, mention_features(report.body, r.mention, spans))
                for r in extraction.readings]

    def _extract(self, report: Report, model: RoleModel | None
                 ) -> tuple[Extraction, list[tuple[int, int]]]:
        body = report.body
        found = self.recognizer.find(body)
        sentences = split_sentences(body) or [(0, len(body))]
        starts = [s for s, _ in sentences]

        def sentence_of(pos: int) -> int:
            return max(0, bisect.bisect_right(starts, pos) - 1)

        # first pass: resolve without context to learn the document's areas and anchors
        first: list[Candidate | None] = []
        unambiguous: list[bool] = []
        # a city that names its region, said to contain the place before it ("Hladivtsi in
        # Kherson"), places its neighbours as the region would
        capital_of: list[str | None] = []
        # a city that bears its oblast's name is the oblast's centre, a city with districts
        # whatever people GeoNames counts in it (Kherson's figure is a wartime 66,000)
        centre: list[bool] = []
        for k, f in enumerate(found):
            cands = _trusted(f, self._geocode(f.query or f.surface, Hints(), (), f.kind, limit=2))
            first.append(cands[0] if cands else None)
            centre.append(len(cands) == 2 and cands[0].precision is Precision.SETTLEMENT
                          and cands[1].precision is Precision.REGION
                          and bool(cands[0].place.admin1)
                          and cands[1].place.admin1 == cands[0].place.admin1
                          and cands[1].place.name == cands[0].place.name)
            # fuzzy answers are filtered by score, so one survivor does not mean one place; nor
            # does a town for a district ("Вознесенському районах": a quarter of Donetsk named
            # Voznesenskyi, where the context may find the raion of Voznesensk)
            unambiguous.append(len(cands) == 1 and cands[0].match != "fuzzy"
                               and not (f.kind == "district"
                                        and cands[0].precision is Precision.SETTLEMENT))
            # (or before it, as its possessive: "Kharkiv's Kyivskyi district")
            capital_of.append(
                cands[0].place.admin1 if len(cands) == 2
                and ((k > 0 and (_CONTAINER_GAP.fullmatch(body, found[k - 1].end, f.start)
                                 or (_DISTRICT_END.search(found[k - 1].surface) is not None
                                     and body[found[k - 1].end:f.start].isspace())
                                 # (or after a comma, closing no list: "in Pervomaiske,
                                 # Mykolaiv, causing a fire")
                                 or (_APPOSED.fullmatch(body, found[k - 1].end, f.start)
                                     and not (k + 1 < len(found) and _LIST_ON.fullmatch(
                                         body, f.end, found[k + 1].start))
                                     and not (k > 1 and _LIST_ON.fullmatch(
                                         body, found[k - 2].end, found[k - 1].start)))))
                     or (k + 1 < len(found)
                         and _POSSESSIVE_GAP.fullmatch(body, f.end, found[k + 1].start)))
                and cands[0].precision is Precision.SETTLEMENT
                and cands[1].precision is Precision.REGION
                and cands[1].place.admin1 == cands[0].place.admin1 else None)
        doc_regions: set[str] = set()
        doc_countries: set[str] = set()
        sent_regions: dict[int, set[str]] = {}
        sent_countries: dict[int, set[str]] = {}
        for f, c, region_of in zip(found, first, capital_of, strict=True):
            if c is None:
                continue
            si = sentence_of(f.start)
            if region_of:
                sent_regions.setdefault(si, set()).add(region_of)
                sent_countries.setdefault(si, set()).add(c.place.country)
            if c.precision is Precision.REGION and not is_area_of_centre(c.place):
                # (a district known by its centre is read from its town, a guess too weak
                # to steer the report's other names)
                doc_regions.add(c.place.admin1)
                doc_countries.add(c.place.country)
                sent_regions.setdefault(si, set()).add(c.place.admin1)
                sent_countries.setdefault(si, set()).add(c.place.country)
            elif c.precision is Precision.COUNTRY or f.kind == "region":
                doc_countries.add(c.place.country)
                sent_countries.setdefault(si, set()).add(c.place.country)
        # (the sentences whose only context is a people's adjective: "the Russian military
        # carried out attacks on X, Y": that names the attacker, not where X lies, so the
        # report's oblast still steers X, where the report is about one)
        only_demonyms: set[int] = set()
        for si, (s, e) in enumerate(sentences):
            for m in _DEMONYM_RE.finditer(body, s, e):
                country, region = DEMONYMS[m.group(1).lower()]
                if si not in sent_countries and si not in sent_regions:
                    only_demonyms.add(si)
                sent_countries.setdefault(si, set()).add(country)
                if region:
                    sent_regions.setdefault(si, set()).add(region)
                    only_demonyms.discard(si)
        for admin1, country in self._authority_regions(body):
            # the oblast whose administration tells the report is where its places likelier
            # lie ("Херсонська обласна військова адміністрація" before a list of villages)
            doc_regions.add(admin1)
            doc_countries.add(country)
        doc_hints = Hints(frozenset(doc_regions), frozenset(doc_countries))
        # the big cities each sentence names, by oblast: a sentence that names two or more
        # outside the oblasts of the report is a round-up of the country ("по Харькову, а во
        # Львове ..., взрывы в Киеве и Днепре"), where those oblasts do not steer its names
        sent_cities: dict[int, set[str]] = {}
        for f, c, hub in zip(found, first, centre, strict=True):
            if c is not None and f.kind is None and _sure_big_city(c, hub) \
                    and c.place.admin1 not in doc_regions:
                sent_cities.setdefault(sentence_of(f.start), set()).add(c.place.admin1)
        # the report's confidently placed settlements, one list for every mention: other places
        # near them are likelier readings of an ambiguous name. (A big city's name in a case
        # form, "у Харкові", scores lower for the inflection alone; it is no less sure.)
        # (a name that several places bear is read in the report's oblasts where one of them
        # lies there: "Kamianske" in a round-up of the Zaporizhzhia region anchors its village
        # there, not the city of the Dnipro region that the name alone reads as)
        steering = list(first)
        if doc_regions:
            for k, (f, c) in enumerate(zip(found, first, strict=True)):
                if c is not None and f.kind is None and not unambiguous[k] \
                        and c.place.admin1 not in doc_regions \
                        and c.precision is Precision.SETTLEMENT:
                    local = self._geocode(f.query or f.surface, doc_hints, (), f.kind)
                    if local and local[0].place.admin1 in doc_regions \
                            and local[0].precision is Precision.SETTLEMENT:
                        steering[k] = local[0]
        doc_anchors = tuple(dict.fromkeys(
            _anchor(c) for c in steering
            if c is not None and _sure(c)
            and (c.precision in (Precision.SETTLEMENT, Precision.FACILITY)
                 or is_area_of_centre(c.place))))[:12]
        # (and the oblast of each: a village outside the report's oblasts is a stray namesake
        # when it is far from the anchors inside them and from its towns, however near it lies
        # to another stray)
        anchor_places = {_anchor(c): c.place for c in steering if c is not None}

        # the oblasts of the report's big cities: a district it names without an oblast is
        # likelier a district of one of them ("Слобідський район міста" after "Харків")
        # (not a district read as a place of a city's size: "Дніпровського району" as Kyiv's
        # district would make Kyiv the context of its own reading)
        # (nor a quarter of a city that the tables list as a town: "з Дніпровського" read as
        # Kyiv's Dniprovskyi would bring Kyiv in)
        city_regions = frozenset(
            c.place.admin1 for f, c, hub in zip(found, first, centre, strict=True)
            if c is not None and f.kind != "district" and c.place.admin1
            and _sure_big_city(c, hub) and not self.gaz.is_city_quarter(c.place))
        district_hints = Hints(frozenset(doc_regions) | city_regions, frozenset(doc_countries))

        weapons = model is not None and _WEAPON_WORD.search(body) is not None
        events = _LazyEvents(body, sentences, report)
        readings: list[MentionReading] = []
        claims: list[Claim] = []
        spans = [(f.start, f.end) for f in found]
        # one name, one settlement per report: the first reading of a name, where a report
        # introduces the place with its context, stands for its later mentions ("Ukraine's
        # Orlivka terminal ... the attack on Orlivka"), unless a later one is far surer
        settled: dict[str, Resolution] = {}
        contained: dict[str, Resolution] = {}  # names placed in the region the text puts them in
        districted: dict[str, Resolution] = {}  # ... and in the district it names beside them
        #: the area after an unknown village it was pinned on, by the area's index: the
        #: village's start, name and the source of the area's reading out of context
        pinned: dict[int, tuple[int, str, str]] = {}
        for k, f in enumerate(found):
            si = sentence_of(f.start)
            s_start, s_end = sentences[si]
            own = first[k]
            regions = set(sent_regions.get(si, set()))
            countries = set(sent_countries.get(si, set()))
            if own is not None:  # a place is not its own context
                regions.discard(own.place.admin1 if own.precision is Precision.REGION
                                and not is_area_of_centre(own.place) else "")
            # (a district or hromada may be one of the report's big cities)
            city_district = bool(city_regions) \
                and area_unit(f.query or f.surface) in ("district", "hromada")
            if si in only_demonyms and doc_regions:
                # (the report's oblasts, not the attacker's country, which would steer a
                # district to a namesake in occupied land: "a Russian strike on the
                # Shevchenkivskyi district" in a report on Kharkiv)
                hints = replace(district_hints if city_district else doc_hints,
                                countries=doc_hints.countries | countries)
            elif regions or countries:
                hints = Hints(frozenset(regions), frozenset(countries))
            elif city_district:
                hints = district_hints
            elif len(sent_cities.get(si, set())
                     - {own.place.admin1 if own is not None else ""}) >= 2:
                hints = Hints(frozenset(), frozenset(doc_countries))  # a round-up
            else:
                hints = doc_hints
            if _OCCUPIED_RIGHT_BEFORE.search(body, max(s_start, f.start - 40), f.start):
                # "occupied Donetsk City": a place Russia occupies is Ukraine's, whatever the
                # sentence says of Russians ("Russian authorities have cleared the runway")
                hints = replace(hints, countries=(hints.countries - _ATTACKER_COUNTRIES)
                                | {"UA"})
            anchors = doc_anchors
            if own is not None:  # nor its own anchor ("Очакова" first read as a Moscow district)
                mine = {_anchor(own), _anchor(steering[k] or own)}
                anchors = tuple(a for a in doc_anchors if a not in mine)
            prefer = f.kind
            if prefer is None and (_facility_cue_before(body, s_start, f.start)
                                   or _FACILITY_AFTER.match(body, f.end)):
                prefer = "facility"
            if unambiguous[k] and prefer == f.kind and own is not None:
                cands = [own]  # one place bears this name: context cannot change it
            else:
                read = self._geocode(f.query or f.surface, hints, anchors, prefer)
                cands = _trusted(f, read)
                if read and not cands and read[0].match == "fuzzy":
                    cands = _listed_base(self._geocode(f.query or f.surface, hints, anchors,
                                                       "facility"))
            if f.kind is None and _is_river(body, f.start, f.end):
                river = self._river(f.query or f.surface, hints, anchors)
                if river is not None:
                    cands = [river]
            if own is not None and own.precision is Precision.COUNTRY \
                    and own.score >= _SURE_COUNTRY and cands \
                    and cands[0].precision is Precision.SETTLEMENT \
                    and cands[0].place.population < SMALL_PLACE:
                # a country's name is the country, not a village in the text's oblast that
                # also bears it ("в Молдове" in a report on Odesa oblast, not Krutoiarivka)
                cands = [own]
            if cands and f.kind is None and cands[0].precision is Precision.SETTLEMENT \
                    and cands[0].place.population < SMALL_PLACE \
                    and _in_a_list_of_regions(body, found, first, k):
                # "Ростовская область, Краснодарский край, Крым": an item of a list of regions
                # is the region, not a village of its name inside a sibling (Krym, Rostov)
                areas = self._geocode(f.query or f.surface, hints, anchors, "region")
                if areas and areas[0].precision is Precision.REGION \
                        and not is_area_of_centre(areas[0].place):
                    cands = areas
            if f.how == "country-if-alleged" and cands and cands[0] is not None:
                capital = self._namesake_capital(f.surface, cands[0])
                if capital is not None:  # "a meeting in Luxembourg": the city
                    cands = [capital]
                    f = replace(f, how="name", top_precision=capital.precision)
            beside = _list_neighbours(body, found, first, k)
            resolution = _resolution(cands[0]) if cands and cands[0] \
                and not _far_guess(cands[0], anchors + tuple(map(_anchor, beside)), hints) \
                and not _stray_village(cands[0], _inside(anchors, anchor_places, hints), hints) \
                and not _foreign_guess(f, cands[0], doc_hints, hints) else None
            if resolution is None and cands and beside \
                    and cands[0].place.country not in {c.place.country for c in beside}:
                # (not where the turned-down reading lies in the neighbours' country: a stray
                # village of a round-up stays unplaced, as _stray_village says)
                resolution = self._in_neighbours_country(f, beside, prefer)
            if k + 1 < len(found):
                last = _last_listed_district(body, found, k)
                if last + 1 < len(found):
                    resolution = self._district_of_city(
                        body, f, resolution, found[last + 1], first[last + 1], hints, anchors,
                        gap_from=found[last].end) or resolution
            city = _city_named_before(found, first, k, body)
            if city is not None:
                resolution = _a_district_of(city, resolution) or resolution
            district = _clause_district(body, found, k)
            genitive = k + 1 < len(found) \
                and _CONTAINED_GAP.fullmatch(body, f.end, found[k + 1].start) is not None \
                and not (own is not None and _sure_big_city(own)
                         and _BARE_COMMA.fullmatch(body, f.end, found[k + 1].start))
            # (the district's genitive after a list's plural noun owns every item, not the
            # next item after a comma: "Покровская, Славянская и Межевская громады
            # Синельниковского района")
            after = _district_after_list(body, found, k)
            named = after if after is not None else k + 1 if genitive else district
            lister = _listed_after_district(body, found, k)
            for d in (named, lister, _clause_district_of_hromada(body, found, k)):
                # (a district that owns the list, or whose genitive follows the place, says
                # outright that the place lies in it)
                moved = self._in_named_district(f, resolution, found[d],
                                                self._area_in_context(found, first, d, hints),
                                                hints, prefer, owned=d in (lister, after)
                                                or (genitive and d == k + 1)) \
                    if d is not None else None
                if moved is not None:
                    resolution = districted[f.surface] = moved
                    break
            else:
                # (a later mention of a hromada the text put in a district is still there:
                # "у Покровській громаді" after "Синельниківщина ... у Покровській громаді")
                resolution = districted.get(f.surface, resolution)
            outer = self._area_in_context(found, first, k + 1, hints) \
                if k + 1 < len(found) else None
            container = self._named_container(body, f, cands[0] if cands else None,
                                              found[k + 1], outer, unambiguous[k + 1]) \
                if outer is not None else None
            if container is not None and not cands:
                # (an unknown village pinned on the area after it, as that area's name reads
                # without context; where the context reads the area otherwise, the village
                # follows it: see below)
                pinned[k + 1] = (f.start, f.surface, container.source)
            if container is not None:
                resolution = contained[f.surface] = container
                # (and an earlier mention of the name the text had not yet placed is there
                # too: "упал на дом в городе X. ... в городе X, Флорештский район")
                for told in readings:
                    if told.mention.surface == f.surface and told.mention.resolution is None:
                        _repin(readings, claims, told.mention.start, container)
            elif f.surface in contained and (
                    resolution is None or resolution.precision is Precision.SETTLEMENT):
                # (a later mention of a village the text put in a region is still there)
                resolution = contained[f.surface]
            elif resolution is not None and (
                    resolution.precision is Precision.SETTLEMENT
                    # (a city's district, once placed, is not another city's later on)
                    or (f.surface in settled
                        and area_unit(f.query or f.surface) == "district")):
                earlier = settled.get(f.surface)
                if earlier is None or earlier.score + _SURER < resolution.score:
                    settled[f.surface] = resolution
                elif earlier.source != resolution.source:
                    resolution = earlier
            if k in pinned and resolution is not None \
                    and resolution.precision is Precision.REGION \
                    and resolution.source != pinned[k][2]:
                # the area an unknown village was pinned on reads otherwise in its context
                # ("село X в Золочівській громаді" after "Богодухівському районі": the Kharkiv
                # oblast's Zolochiv community, not the Lviv oblast's): the village follows it
                start, surface, _ = pinned[k]
                moved = replace(resolution, score=min(resolution.score, _CONTAINER_ONLY_SCORE))
                _repin(readings, claims, start, moved)
                contained[surface] = moved
                if surface in districted:
                    districted[surface] = moved
            mention = Mention(report_id=report.report_id, surface=f.surface, start=f.start,
                              end=f.end, sentence=body[s_start:s_end], sentence_start=s_start,
                              resolution=resolution)
            reading = self._read(report, sentences, si, f, spans, events, mention)
            if model is not None and weapons:
                reading = _modelled(model, reading, body, spans,
                                    readings[-1] if readings else None)
            unstruck = _not_a_target(body, f, resolution) \
                if Role.STRIKE_TARGET in reading.roles else None
            if unstruck is not None:
                reading = replace(reading, roles=_without_strike(reading.roles),
                                  cues=(*reading.cues, unstruck))
            if resolution is not None and Role.LAUNCH_SITE in reading.roles \
                    and resolution.country in _DEFENDER_COUNTRIES and not resolution.occupied \
                    and resolution.precision is not Precision.COUNTRY \
                    and _OF_DEFENDER_AFTER.match(body, found[_list_end(body, found, k)].end) \
                    and not _OCCUPIED_BEFORE.search(body, max(s_start, f.start - 60), f.start):
                # "Шахеды залетели в Беларусь с территории Черниговской и Киевской областей
                # Украины": what the text itself places in free Ukraine is no launch site of
                # the attacker's, only the way its drones came
                kept = tuple(r for r in reading.roles if r is not Role.LAUNCH_SITE)
                reading = replace(reading, roles=kept or (Role.OTHER,),
                                  cues=(*reading.cues, "other:defender_launch"))
            if resolution is not None and resolution.precision is Precision.COUNTRY:
                reading = replace(reading, roles=_without_strike(reading.roles))
                if Role.LAUNCH_SITE in reading.roles \
                        and resolution.country in _DEFENDER_COUNTRIES \
                        and not _OCCUPIED_BEFORE.search(body, max(s_start, f.start - 60),
                                                        f.start):
                    # "drones launched from Ukraine" are Ukraine's own; the attacker's fly
                    # from its occupied part ("launched from occupied areas in Ukraine")
                    kept = tuple(r for r in reading.roles if r is not Role.LAUNCH_SITE)
                    reading = replace(reading, roles=kept or (Role.OTHER,),
                                      cues=(*reading.cues, "other:defender_launch"))
                if f.how == "country-if-alleged" and reading.roles == (Role.OTHER,):
                    continue
            if readings:
                reading = _bracketed(readings[-1], reading, body) or reading
            if lister is not None and not any(r in _ALLEGED_ROLES for r in reading.roles):
                # the places a district spells out after a dash share what it is alleged to
                # be: "Постраждала Синельниківщина – Межівська, Покровська громади"
                shared = next((tuple(r for r in _ALLEGED_ROLES if r in x.roles)
                               for x in reversed(readings[-12:])
                               if x.mention.start == found[lister].start), ())
                if shared:
                    reading = replace(reading, roles=shared, cues=(
                        *reading.cues, *(f"{_CUE_NAMES[r]}:listed_part" for r in shared)))
            if readings and _struck_container(readings[-1], reading, body):
                # the city whose struck district the text names was struck in it
                reading = replace(reading, roles=(Role.STRIKE_TARGET,),
                                  cues=(*reading.cues, "strike:container"))
            if district is not None and Role.STRIKE_TARGET in reading.roles:
                # the district opening the clause only says where the struck village named
                # in brackets lies: "у Куп'янському районі пошкоджено будинок (с. X)"
                _unstrike(readings, claims, found[district].start, "container:bracketed")
            readings.append(reading)
            event = events[si]
            for role in reading.roles:
                claims.append(Claim(mention=mention, role=role,
                                    stance=Stance(reading.stance), claimant=reading.claimant,
                                    event_date=event, confidence=reading.confidence))
        _unstrike_containers(readings, claims, body)
        _unlaunch_containers(readings, claims, body)
        _struck_by_debris_after(readings, claims, body, sentences)
        return Extraction(report, tuple(readings), tuple(claims)), spans

    def _area_in_context(self, found: list[Found], first: list[Candidate | None], d: int,
                         hints: Hints) -> Candidate | None:
        """The reading of the area ``found[d]`` that a place is said to lie in: its reading
        alone, unless that is in a country the sentence's context does not name; then its
        reading in that context, if it has one there ("the Ivanivska community of Berezivskyi
        district, Odesa region" lies in no Polish district of that sound)."""
        alone = first[d]
        if alone is None or not hints.countries or alone.place.country in hints.countries:
            return alone
        local = self._geocode(found[d].query or found[d].surface, hints, (), found[d].kind)
        return local[0] if local and local[0].place.country in hints.countries else None

    def _named_container(self, body: str, f: Found, own: Candidate | None, nxt: Found,
                         outer: Candidate | None, outer_sure: bool) -> Resolution | None:
        """The region the text puts a settlement or district in, where no reading of it lies
        in it: "the village of X in the Belgorod region", with X in no table, is somewhere in
        Belgorod Oblast; so is "село Тишанка Белгородской области" read as a namesake in
        another oblast, and "Дністровському районі Чернівецької області", a district named
        after a river, not after the Moldovan town it would otherwise be read through.

        Only an unknown name, a guess (fuzzy or by sound) or a small place gives way: "Kyiv,
        Kyiv region" and "Sevastopol, Crimea" name a city and the region around it.
        """
        if outer is None or outer.precision is not Precision.REGION \
                or not _CONTAINED_GAP.fullmatch(body, f.end, nxt.start):
            return None
        if own is None:
            # (an unknown village in a district the text names is somewhere in that district,
            # pinned on its centre: "у населеному пункті X, Y району"; so is one whose spelling
            # guesses were all turned down)
            if f.how not in ("unresolved", "fuzzy"):
                return None
            return _resolution(replace(outer, score=min(outer.score, _CONTAINER_ONLY_SCORE)))
        if is_area_of_centre(outer.place):
            # (a district is pinned on its centre, a guess for what lies in it: it gives way
            # only to a reading in another oblast, a spelling guess, "у селі X Богодухівського
            # району" read as a namesake in Luhansk oblast, or a village, "в селі Чайкине
            # Новгород-Сіверського району" read as its namesake in Crimea, when one district
            # bears that name; not a city's district, whose villages the text cannot mean)
            if own.precision is Precision.SETTLEMENT \
                    and own.place.admin1 != outer.place.admin1 \
                    and (own.match in _GUESSES
                         or (own.place.population < SMALL_PLACE and outer_sure
                             and not outer.place.source.endswith("#city-district"))):
                return _resolution(replace(outer, score=min(outer.score, own.score)))
            return None
        if (own.precision is not Precision.SETTLEMENT and not is_area_of_centre(own.place)) \
                or (own.match not in _GUESSES and own.place.population >= SMALL_PLACE) \
                or self.gaz.covers(outer.place, own.lat, own.lon) is not False:
            return None
        return _resolution(replace(outer, score=min(outer.score, own.score)))

    def _in_named_district(self, f: Found, resolution: Resolution | None, named: Found,
                           district: Candidate | None, hints: Hints, prefer: str | None,
                           owned: bool = False) -> Resolution | None:
        """A place the text puts in a district named after its centre ("Покровській громаді
        Синельниківського району", "у Куп'янському районі пошкоджено будинок (с. X)") lies
        within a raion's reach of that centre: where its reading does not and a namesake
        does, the namesake (three towns share "Покровська громада"); where no reading does
        and its reading is in another country, the district itself, pinned on its centre.
        A district the text says the place lies in, ``owned`` (one that owns the list the place
        is in, "the Kupiansk district's A, B and C", or whose genitive follows the place,
        "Первомайской общине Никопольского района"), is where a name no reading places near
        it lies, however common the name. A community (hromada) counts only where it owns the
        village ("Toretske of the Shakhove community"), within a community's smaller reach.
        None where nothing changes."""
        unit = area_unit(named.surface)
        if district is None or not is_area_of_centre(district.place) \
                or (unit != "district" and not (unit == "hromada" and owned)
                    and not is_colloquial_region(named.surface)):
            return None
        if unit == "hromada" and (f.kind is not None or is_colloquial_region(f.surface) or (
                resolution is not None and resolution.precision is not Precision.SETTLEMENT)):
            return None  # (only a village lies in a community: "На X-щині у Y громаді")
        # (a community is smaller: "Toretske of the Shakhove community" lies within a
        # community's reach of Shakhove, not at Toretsk, 37 km off)
        reach, edge = (_HROMADA_REACH_KM, _HROMADA_EDGE_KM) if unit == "hromada" \
            else (_RAION_REACH_KM, _RAION_EDGE_KM)
        pin = _resolution(replace(district, score=min(district.score, _CONTAINER_ONLY_SCORE)))
        if resolution is None:
            # (a village no table lists: somewhere in that district)
            return pin if owned or f.how in ("unresolved", "fuzzy") else None
        if resolution.precision not in (Precision.SETTLEMENT, Precision.REGION):
            return None
        centre = (district.lat, district.lon)
        if haversine_km(resolution.lat, resolution.lon, *centre) <= reach:
            return None
        cands = self._geocode(f.query or f.surface, hints, (centre,), prefer, limit=10)
        near = [c for c in _trusted(f, cands)
                if c.place.country == district.place.country
                and c.precision is resolution.precision
                and haversine_km(c.lat, c.lon, *centre) <= edge]
        sure = [c for c in near if haversine_km(c.lat, c.lon, *centre) <= reach]
        if near:
            return _resolution((sure or near)[0])
        return pin if owned or resolution.country != district.place.country else None

    def _district_of_city(self, body: str, f: Found, resolution: Resolution | None, nxt: Found,
                          city: Candidate | None, hints: Hints,
                          anchors: tuple[tuple[float, float], ...], gap_from: int
                          ) -> Resolution | None:
        """A district named with the city it is part of ("в Советском районе Брянска", "по
        Холодногорскому району Харькова"; or a list of them, "в Днепровском и Шевченковском
        районах Запорожья", the city after the list's last item, which ends at ``gap_from``)
        lies in that city, not at a namesake district elsewhere:
        where its reading is not in the city, the city's district, pinned on the city's point.
        None where the text names no city after a district, or the reading is already there, or
        the reading is a district of the oblast named after the city: "the Izmail district of
        Odesa", "the Chuhuiv district of Kharkiv" name the oblast by its centre (in Ukrainian
        and Russian the oblast is named by its adjective, so a city's genitive is the city)."""
        if city is None or city.precision is not Precision.SETTLEMENT \
                or city.place.population < _CITY_WITH_DISTRICTS or not _sure(city) \
                or area_unit(f.query or f.surface) != "district" \
                or not _OF_CITY_GAP.fullmatch(body, gap_from, nxt.start):
            return None
        if _in_city(resolution, city):
            return None
        if resolution is not None and resolution.precision is Precision.REGION \
                and not has_cyrillic(nxt.surface) \
                and any(c.precision is Precision.REGION and c.place.country == resolution.country
                        and c.place.admin1 == resolution.admin1 and not is_area_of_centre(c.place)
                        for c in self._geocode(nxt.query or nxt.surface, hints, anchors,
                                               "region")[:3]):
            return None
        return _a_district_of(city, resolution)

    def _in_neighbours_country(self, f: Found, beside: list[Candidate], prefer: str | None
                               ) -> Resolution | None:
        """The reading of a list item that no reading in the report's context places, in the
        one country its neighbours in the list lie in: "із російських Орла, Курська,
        Брянська, Міллєрова" is Millerovo, not the village of a Ukrainian oblast that once bore
        the name (turned down as a stray there). None where no such reading is near them."""
        countries = {c.place.country for c in beside}
        if len(countries) != 1:
            return None
        there = Hints(frozenset(), frozenset(countries))
        near = tuple(map(_anchor, beside))
        cands = _trusted(f, self._geocode(f.query or f.surface, there, near, prefer))
        if not cands or cands[0].place.country not in countries \
                or all(haversine_km(cands[0].lat, cands[0].lon, lat, lon) > _FAR_GUESS_KM
                       for lat, lon in near):
            return None
        return _resolution(cands[0])

    def _namesake_capital(self, surface: str, country: Candidate) -> Candidate | None:
        """The capital that bears its country's name (Luxembourg, Djibouti), if there is one."""
        if country.precision is not Precision.COUNTRY:
            return None
        for c in self._geocode(surface, Hints(), (), None, limit=5):
            p = c.place
            if p.capital and p.country == country.place.country \
                    and p.precision is Precision.SETTLEMENT:
                return c
        return None

    def _read(self, report: Report, sentences: list[tuple[int, int]], si: int, f: Found,
              spans: list[tuple[int, int]], events: _LazyEvents, mention: Mention
              ) -> MentionReading:
        body = report.body
        sent = sentences[si]
        prev = sentences[si - 1] if si > 0 else None
        # the other mentions the readers can see: those of this sentence and the one before
        # (found spans are in text order, so two bisections find them)
        others = [sp for sp in _spans_between(spans, (prev or sent)[0], sent[1])
                  if sp != (f.start, f.end)]
        reading = roles.classify(body, sent, (f.start, f.end), others, prev_sentence=prev)
        if not reading.cues and si + 1 < len(sentences):
            # a heading on its own line, and what happened there on the next
            following = sentences[si + 1]
            reading = roles.classify_heading(body, sent, (f.start, f.end), following,
                                             _spans_between(spans, *following)) or reading
        prev_sents = tuple(sentences[max(0, si - 3):si])
        who = claimants.find_claimant(body, sent, (f.start, f.end), prev_sentences=prev_sents)
        stance = claimants.find_stance(body, sent, (f.start, f.end), who)
        found_roles = reading.roles
        denied = tuple(r for r in reading.negated if r is not Role.STRIKE_TARGET)
        if denied and found_roles == (Role.OTHER,):
            # "there are no Iranian personnel in X": a denial of that allegation. (A strike
            # stated in the negative, "no attacks on X were reported", alleges nothing.)
            found_roles, stance = denied, Stance.DENIED
        event = events[si]
        return MentionReading(mention, found_roles, who, stance.value,
                              event.date.isoformat() if event else None,
                              event.precision.value if event else None,
                              reading.confidence, reading.cues)


class _LazyEvents:
    """The event date of each sentence, read once and only for sentences with mentions."""

    def __init__(self, body: str, sentences: list[tuple[int, int]], report: Report) -> None:
        self._body = body
        self._sentences = sentences
        self._published = report.published
        self._done: dict[int, Any] = {}

    def __getitem__(self, si: int) -> Any:
        if si not in self._done:
            self._done[si] = dates.find_event_date(self._body, self._sentences[si],
                                                   self._published)
        return self._done[si]


#: Where the drones the reports are about take off, not where they strike: a strike reported
#: in Russia (Belgorod, "Russia's St. Petersburg") is Ukraine's, which the strike layer leaves
#: out, as it does strikes the text itself calls Ukrainian.
_ATTACKER_COUNTRIES = frozenset({"RU"})
#: The country the drones strike: as a whole, it is no launch site of theirs (what flies from
#: "Ukraine" is Ukraine's), only its occupied part is
_DEFENDER_COUNTRIES = frozenset({"UA"})
#: the defender's name right after a place, which it puts there: "... областей Украины",
#: "the Chernihiv region of Ukraine"
_OF_DEFENDER_AFTER = re.compile(r"\s+(?:(?i:of)\s+Ukraine|Украины|України)\b")
_OCCUPIED_BEFORE = re.compile(r"(?i:occupied|окупован|оккупирован|захоплен|захвачен)")
#: ... right before a place, perhaps after a compass word: "northern occupied Donetsk City",
#: "окупованому Мелітополі"
_OCCUPIED_RIGHT_BEFORE = re.compile(r"(?i:occupied|окупован\w*|оккупирован\w*)\s+$")


#: a place set beside the one before it: in brackets, after up to three words ("X (Y)",
#: "X (тимчасово окупований Y)", "X (ТОТ Y)"), or after a dash at the end of a clause ("X – Y.")
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:[^\W\d_][\w.'’-]*\s+){0,3}")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_APPOSITION_DASH = re.compile(r"\s+[–—-]\s+")
_APPOSITION_END = re.compile(r"\s*(?:[.;)]|$)")
_ALLEGED_ROLES = (Role.LAUNCH_SITE, Role.INSTRUCTOR_LOCATION, Role.STRIKE_TARGET)
#: the prefix of a role's cues
_CUE_NAMES = {Role.LAUNCH_SITE: "launch", Role.INSTRUCTOR_LOCATION: "instructor",
              Role.STRIKE_TARGET: "strike"}


def _bracketed(before: MentionReading, reading: MentionReading,
               body: str) -> MentionReading | None:
    """The reading of a place set beside the one before it ("X (Y)", "X – Y."), when one of
    the two contains the other: the area around the place alleges nothing itself ("пуски з
    Гвардійського (ТОТ АР Крим)", "Чауда (окупований Крим)": a launch site and its region);
    the place within the area shares what the area is alleged to be ("з тимчасово окупованого
    Криму (мис Чауда)": drones launched from Crimea, at Cape Chauda). None otherwise."""
    inner, outer = before.mention, reading.mention
    a, b = inner.resolution, outer.resolution
    if a is None or b is None or inner.sentence_start != outer.sentence_start:
        return None
    gap = body[inner.end:outer.start]
    bracket = _BRACKET_OPEN.fullmatch(gap) is not None \
        and _BRACKET_CLOSE.match(body, outer.end) is not None
    if not bracket and not (_APPOSITION_DASH.fullmatch(gap)
                            and _APPOSITION_END.match(body, outer.end)):
        return None
    if _contains(b, a):
        if not any(r in _ALLEGED_ROLES for r in reading.roles):
            return None
        return replace(reading, roles=(Role.OTHER,),
                       cues=(*reading.cues, "other:bracketed_area"))
    shared = tuple(r for r in _ALLEGED_ROLES if r in before.roles and r not in reading.roles)
    if not bracket or not shared or not _contains(a, b):
        return None
    kept = tuple(r for r in reading.roles if r is not Role.OTHER)
    return replace(reading, roles=(*kept, *shared),
                   cues=(*reading.cues, *(f"{_CUE_NAMES[r]}:bracketed_part" for r in shared)))


def _contains(outer: Resolution, inner: Resolution, enclosed: bool = False) -> bool:
    """Whether ``outer`` is a country or first-level region holding ``inner`` (the gazetteer's
    first-level regions are Natural Earth's); with ``enclosed``, a region holds the city of its
    own status that it encloses too (see ``lies_in``)."""
    if outer.precision is Precision.COUNTRY:
        return inner.precision is not Precision.COUNTRY and inner.country == outer.country
    return outer.precision is Precision.REGION and outer.source.startswith("naturalearth:") \
        and bool(outer.admin1) and inner.source != outer.source \
        and (lies_in(inner.admin1, outer.admin1) if enclosed else inner.admin1 == outer.admin1)


def _struck_container(before: MentionReading, reading: MentionReading, body: str) -> bool:
    """Whether ``reading``, which alleges nothing itself, names the city whose district was
    struck right before it: "у Новобаварському районі Харкова", "the Pecherskyi district of
    Kyiv" (a district within the city's reach). A region named after a struck place ("X
    district of Y Oblast", "в Шостці Сумської області") only says where the place lies: every
    annotator of the held-out sets marks it ``other``, and so do we."""
    inner, outer = before.mention, reading.mention
    if Role.STRIKE_TARGET not in before.roles or reading.roles != (Role.OTHER,):
        return False
    return inner.resolution is not None and outer.resolution is not None \
        and _DISTRICT_END.search(inner.surface) is not None \
        and outer.resolution.precision is Precision.SETTLEMENT \
        and inner.sentence_start == outer.sentence_start \
        and _CONTAINED_GAP.fullmatch(body, inner.end, outer.start) is not None \
        and haversine_km(inner.resolution.lat, inner.resolution.lon,
                         outer.resolution.lat, outer.resolution.lon) <= _CITY_DISTRICT_KM


#: the cues of rules that found a role (or one that lacked only military context in its
#: clause); any other cue is the rules' reason for none ("other:shootdown",
#: "negated:strike:...", "container:...", "partitive:..."), which the model does not overrule
_ROLE_CUE_PREFIXES = ("strike:", "launch:", "instructor:", "context:")


#: a weapon named anywhere in a report: the model reads only reports about weapons (in a
#: story about an election or a flood, "attacked" and "damaged" mean other things)
_WEAPON_WORD = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w) for w in cues.WEAPON_NOUNS) + r")\b|(?<![\w])(?:"
    + "|".join(re.escape(w) for w in cues.CYR_WEAPONS) + "))")


#: a public body or official of the place named right before it ("Kyiv police", "the Sumy
#: city council", "Odesa's governor")
_BODY_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?i:city|regional|oblast|district|local)\s+)?"
                         r"(?i:police|authorities|officials|mayor|governor|administration|"
                         r"council|prosecutors?|prosecutor['’]s)\b")


#: a count before the place, in a tally by place ("10 drones in X, 4 in Y") ...
_TALLY_BEFORE = re.compile(r"\b\d+\s+(?:[\w-]+\s+){0,2}?(?i:in|over|above)\s+(?:(?i:the)\s+)?$")
#: ... of drones destroyed
_DOWNED = re.compile(rf"(?i:\b(?:destroyed|{'|'.join(cues.SHOOTDOWN)})\b)")


def _modelled(model: RoleModel, reading: MentionReading, body: str,
              spans: list[tuple[int, int]], before: MentionReading | None) -> MentionReading:
    """``reading`` with the roles the model reads, where the rules read none and gave no
    reason for none. A country stays as the rules read it (a country is never a pin), and so
    does a region named as the container of the place before it ("X in the Y region"): the
    region of a struck village was not struck as a whole, nor is one that holds the settlements
    struck ("settlements in the Y region"). ``before`` is the reading of the mention before."""
    r = reading.mention.resolution
    if reading.roles != (Role.OTHER,) or r is None or r.precision is Precision.COUNTRY \
            or any(not c.startswith(_ROLE_CUE_PREFIXES) for c in reading.cues):
        return reading
    if before is not None and r.precision is Precision.REGION and r.admin1 \
            and before.mention.resolution is not None \
            and before.mention.resolution.admin1 == r.admin1 \
            and (_CONTAINER_GAP.fullmatch(body, before.mention.end, reading.mention.start)
                 or _CONTAINED_GAP.fullmatch(body, before.mention.end, reading.mention.start)
                 or _DASH_GAP.fullmatch(body, before.mention.end, reading.mention.start)):
        return reading
    if _BODY_AFTER.match(body, reading.mention.end):
        return reading  # "Kyiv police showed the aftermath": the place of who tells it
    m = reading.mention
    if _TALLY_BEFORE.search(body, max(m.sentence_start, m.start - 40), m.start) \
            and _DOWNED.search(m.sentence):
        return reading  # "20 drones were destroyed: 10 in X, 4 in Y": a tally of shoot-downs
    if r.precision is Precision.REGION and roles.SETTLEMENTS_IN.search(
            body, max(0, reading.mention.start - 40), reading.mention.start):
        return reading  # "settlements in the X region": the region holds the places struck
    got = model.read(mention_features(body, reading.mention, spans))
    if not got:
        return reading
    return replace(reading, roles=tuple(role for role, _ in got),
                   confidence=round(got[0][1], 2),
                   cues=(*reading.cues, *(f"model:{role.value}" for role, _ in got)))


def mention_features(body: str, mention: Mention, spans: Sequence[tuple[int, int]]
                     ) -> frozenset[str]:
    """What the role model sees of ``mention`` (see :func:`geodata.rolemodel.features`);
    ``spans`` are every place mention of the body, in text order."""
    start = mention.sentence_start
    end = start + len(mention.sentence)
    r = mention.resolution
    return features(body, (start, end), (mention.start, mention.end),
                    _spans_between(spans, start, end),
                    r.precision.value if r is not None else None)


def _spans_between(spans: Sequence[tuple[int, int]], start: int, end: int
                   ) -> Sequence[tuple[int, int]]:
    """The mention spans (in text order) that start in ``[start, end)``, found by bisection."""
    return spans[bisect.bisect_left(spans, (start, -1)):bisect.bisect_left(spans, (end, -1))]


def _trusted(f: Found, cands: list[Candidate]) -> list[Candidate]:
    """The readings of ``f`` worth keeping: none but a guess for a place the text introduces
    that the recognizer could not place (a fuzzy namesake is no answer for "the village of X",
    nor a foreign town that sounds alike for "у селі Завадське")."""
    if f.how == "unresolved" and cands and (
            cands[0].match == "fuzzy"
            or (has_cyrillic(f.surface) and cands[0].place.country not in CYRILLIC_COUNTRIES)):
        return []
    return cands


def _listed_base(cands: list[Candidate]) -> list[Candidate]:
    """The air base or other facility the project lists among a misspelt name's readings, if
    one is: "з Курська, Шаталовго, Орла" names Shatalovo's base, where the town of that name,
    a guess, is not trusted."""
    return [c for c in cands[:_LISTED_BASE_RANK] if c.match == "fuzzy"
            and c.precision is Precision.FACILITY
            and c.place.source.startswith(CURATED_PREFIX)][:1]


def _far_guess(c: Candidate, anchors: Sequence[tuple[float, float]], hints: Hints) -> bool:
    """Whether a guessed reading of a settlement lies far from all of (at least two) anchors of
    the report and outside every region its context names (the places the project lists
    itself are no namesakes)."""
    return c.match in _GUESSES and len(anchors) >= 2 \
        and _outside_context(c, anchors, hints, _FAR_GUESS_KM)


def _list_neighbours(body: str, found: Sequence[Found], first: Sequence[Candidate | None],
                     k: int) -> list[Candidate]:
    """The sure readings of the items beside ``found[k]`` in a list, which a guess at it may
    lie near though the report's own places are far: "з Курська, Міллєрового, Шаталовго,
    Орла" names launch areas in Russia in a report on Ukrainian towns."""
    near = []
    for j in (k - 1, k + 1):
        a, b = (j, k) if j < k else (k, j)
        c = first[j] if 0 <= j < len(found) else None
        if c is not None and _sure(c) and c.precision is not Precision.COUNTRY \
                and _LIST_JOIN.fullmatch(body, found[a].end, found[b].start):
            near.append(c)
    return near


def _inside(anchors: tuple[tuple[float, float], ...], places: dict[tuple[float, float], Place],
            hints: Hints) -> tuple[tuple[float, float], ...]:
    """The anchors that lie in a region the context names or are towns, or all of them when
    none is (a list of villages in one oblast may hold namesakes from another that anchor each
    other: "Надіївка" and "Придніпровське" of a Kherson round-up both read in the Dnipro
    region; "an air base near Minsk" is near the city, whatever region the sentence names)."""
    return tuple(a for a in anchors
                 if places[a].admin1 in hints.regions or places[a].population >= _VILLAGE) \
        or anchors


def _stray_village(c: Candidate, anchors: Sequence[tuple[float, float]], hints: Hints) -> bool:
    """Whether a village or small town read by its name lies outside every oblast the report
    names and far from all its placed towns, in the same country: "Раківка" in a round-up of
    the Kherson region is a village there that no table lists, not the namesake 250 km away in
    another oblast. The mention then stays unplaced, for an analyst to place."""
    return c.place.population < _VILLAGE and c.place.country in CYRILLIC_COUNTRIES \
        and bool(anchors) and any(r.split("-")[0] == c.place.country for r in hints.regions) \
        and _outside_context(c, anchors, hints, _STRAY_KM)


def _outside_context(c: Candidate, anchors: Sequence[tuple[float, float]], hints: Hints,
                     km: float) -> bool:
    """Whether a settlement reading (not one the project lists itself, which is no namesake)
    lies outside every region the context names and over ``km`` from every anchor."""
    return c.precision is Precision.SETTLEMENT \
        and not c.place.source.startswith(CURATED_PREFIX) \
        and c.place.admin1 not in hints.regions \
        and all(haversine_km(c.lat, c.lon, lat, lon) > km for lat, lon in anchors)


def _foreign_guess(f: Found, c: Candidate, doc: Hints, hints: Hints) -> bool:
    """Whether an uncertain reading of a name in Latin letters (a guess, or a case ending read
    off it) puts a settlement in a country the report never names while it names others: "the
    village of Ulasi" in a report on Belarus is no Turkish Ulaş."""
    return (c.match in _GUESSES or c.match == "inflection") \
        and c.precision is Precision.SETTLEMENT and not has_cyrillic(f.surface) \
        and bool(doc.countries - {""}) and c.place.country not in doc.countries \
        and c.place.country not in hints.countries \
        and not c.place.source.startswith(CURATED_PREFIX)


def _sure_big_city(c: Candidate, centre: bool = False) -> bool:
    """Whether a first reading is a city of ``_ANCHOR_CITY`` people, or an oblast's ``centre``,
    sure enough to steer."""
    return c.precision is Precision.SETTLEMENT \
        and (centre or c.place.population >= _ANCHOR_CITY) and _sure(c)


def _in_city(resolution: Resolution | None, city: Candidate) -> bool:
    """Whether ``resolution`` lies in ``city``, as its districts do."""
    return resolution is not None and haversine_km(resolution.lat, resolution.lon, city.lat,
                                                   city.lon) <= _CITY_DISTRICT_KM


def _a_district_of(city: Candidate, resolution: Resolution | None) -> Resolution | None:
    """A district of ``city`` pinned on the city's point, where ``resolution`` does not lie in
    the city; None where it does. (Named for the city, not "Bryansk district", the raion around
    it.)"""
    if _in_city(resolution, city):
        return None
    area = replace(area_of_centre(city.place, "city-district"),
                   name=f"a district of {city.place.name}")
    return _resolution(replace(city, place=area, score=min(city.score, _CONTAINER_ONLY_SCORE)))


def _city_named_before(found: Sequence[Found], first: Sequence[Candidate | None], k: int,
                       body: str) -> Candidate | None:
    """The city a district "of the city" (``found[k]``: "у Заводському районі міста") is part
    of: the last city with districts the text named before it, in its sentence or the two
    before, if it names one."""
    if area_unit(found[k].surface) != "district" or not _OF_THE_CITY.match(body, found[k].end):
        return None
    stops = 0
    for j in range(k - 1, -1, -1):
        stops += sum(body.count(p, found[j].end, found[j + 1].start) for p in ".!?")
        if stops > 2:
            return None
        c = first[j]
        if c is not None and c.precision is Precision.SETTLEMENT and _sure(c) \
                and c.place.population >= _CITY_WITH_DISTRICTS:
            return c
    return None


def _sure(c: Candidate) -> bool:
    """Whether a first reading is sure enough to steer the report's other names: a good score,
    or a big city's name in a case form, which scores lower for the inflection or the sound
    alone ("Києва")."""
    return c.score >= _ANCHOR_MIN_SCORE or (
        c.match in ("inflection", "phonetic") and c.score >= _ANCHOR_CITY_SCORE
        and c.place.population >= _ANCHOR_CITY)


def _anchor(c: Candidate) -> tuple[float, float]:
    """A reading's point as the document's anchors hold it."""
    return (round(c.lat, 2), round(c.lon, 2))


def _not_a_target(body: str, f: Found, resolution: Resolution | None) -> str | None:
    """Why a place read as struck is not a target of the drones the map is about (the cue
    to record), or None:

    * a place in the attacker's country (see ``_ATTACKER_COUNTRIES``);
    * a river: "warehouses on the Danube River were destroyed" struck what stands on it;
    * a place in no country, a sea, a strait or a continent: "ports in the Black Sea" were
      struck, the sea was not (a launch from the sea stays);
    * a place whose attacks they are: "one of Kyiv's largest attacks" (a government named by
      its capital).
    """
    if resolution is not None and resolution.country in _ATTACKER_COUNTRIES:
        return "other:attacker_territory"
    if _ATTACKS_OF.match(body, f.end):
        return "other:attacker"
    if _is_river(body, f.start, f.end):
        return "other:river"
    if resolution is not None and not resolution.country:
        return "other:no_country"
    return None


#: a possessive before the attacks it made: "Kyiv's largest attacks", "Kyiv’s drone strikes"
_ATTACKS_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?i:attacks?|strikes?|barrages?|raids?|"
                         r"offensives?|counteroffensives?)\b")
_RIVER_AFTER = re.compile(r"\s+(?:River|river)\b")
#: a gazetteer key that names a river: "richka dnipro", "reka dunai", "dnieper river"
_RIVER_KEY = re.compile(r"^(?:richka|reka)\s|\sriver$")
_RIVER_NAME = re.compile(r"(?i:\sriver)$")
_RIVER_BEFORE = re.compile(r"(?i:\b(?:river|річк\w*|ріка|ріки|рек[аиеу]|реке|рекой|banks?\s+of"
                           r"(?:\s+the)?|берег|берега|березі|берегу|берегом))\s+$")


def _is_river(body: str, start: int, end: int) -> bool:
    """Whether the mention names a river: "the Danube River", "річка Дунай", "на реке Дунай", "на
    берегу Днепра" (a bank is a river's: a sea has shores and coasts)."""
    return bool(_RIVER_AFTER.match(body, end) or _RIVER_NAME.search(body, start, end)
                or _RIVER_BEFORE.search(body, max(0, start - 16), start))


def _without_strike(found: tuple[Role, ...]) -> tuple[Role, ...]:
    """The roles without ``strike_target``; ``other`` if none is left.

    Used for a whole country, which is not a strike target ("attacks across Ukraine" locate no
    target), and for a place in the attacker's country (see ``_ATTACKER_COUNTRIES``). Launch
    sites and instructor locations stay: "launched from Belarus" and "instructors seen in
    Belarus" are what the reports allege, at country precision.
    """
    return _without(found, Role.STRIKE_TARGET)


def _without(found: tuple[Role, ...], role: Role) -> tuple[Role, ...]:
    """The roles without ``role``; ``other`` if none is left."""
    return tuple(r for r in found if r is not role) or (Role.OTHER,)


def _facility_cue_before(body: str, sentence_start: int, pos: int) -> bool:
    window = body[max(sentence_start, pos - 120):pos]
    return bool(_FACILITY_CUE.search(window))


#: a settlement named in brackets after what happened in it: "пошкоджено будинок (с. X)"
_BRACKETED_SETTLEMENT = re.compile(r"\(\s*(?:(?i:с|сел|смт|м|пос|пгт|х|д)\.|(?i:село|селище))"
                                   r"\s*$")


def _clause_district(body: str, found: Sequence[Found], k: int) -> int | None:
    """The index of the district that opens the clause of a settlement named in brackets at
    its end ("у Куп'янському районі пошкоджено приватний будинок (с. Курганне)"), if any."""
    f = found[k]
    bracket = _BRACKETED_SETTLEMENT.search(body, max(0, f.start - 12), f.start)
    if bracket is None:
        return None
    for j in range(k - 1, max(-1, k - 6), -1):
        between = body[found[j].end:bracket.start()]
        if "\n" in between or ";" in between:
            return None
        if area_unit(found[j].surface) == "district":
            # (earlier items may have brackets of their own: "будинок (м. X), будинок (с. Y)")
            return j if between.count("(") == between.count(")") else None
    return None


def _recast(readings: list[MentionReading], claims: list[Claim], at: int,
            roles: tuple[Role, ...], cue: str) -> None:
    """Give ``readings[at]`` the roles ``roles``, with ``cue`` as the reason, and its claims
    likewise: one per role, where its claims stood (a reading's claims differ in role only)."""
    reading = readings[at]
    readings[at] = replace(reading, roles=roles, cues=(*reading.cues, cue))
    start = reading.mention.start
    first = next((i for i, c in enumerate(claims) if c.mention.start == start), None)
    if first is None:
        return
    rest = [c for c in claims if c.mention.start != start]
    claims[:] = [*rest[:first], *(replace(claims[first], role=role) for role in roles),
                 *rest[first:]]


def _reading_at(readings: list[MentionReading], start: int) -> int | None:
    """The index of the (latest) reading of the mention at ``start``, if any."""
    return next((i for i in range(len(readings) - 1, -1, -1)
                 if readings[i].mention.start == start), None)


def _repin(readings: list[MentionReading], claims: list[Claim], start: int,
           resolution: Resolution) -> None:
    """Place the reading of the mention at ``start``, and its claims, at ``resolution``."""
    at = _reading_at(readings, start)
    if at is None:
        return
    mention = replace(readings[at].mention, resolution=resolution)
    readings[at] = replace(readings[at], mention=mention)
    claims[:] = [replace(c, mention=mention) if c.mention.start == start else c for c in claims]


def _unstrike(readings: list[MentionReading], claims: list[Claim], start: int,
              cue: str) -> None:
    """Take ``strike_target`` from the reading of the mention at ``start``, and from its
    claims, giving ``cue`` as the reason."""
    at = _reading_at(readings, start)
    if at is not None and Role.STRIKE_TARGET in readings[at].roles:
        _recast(readings, claims, at, _without_strike(readings[at].roles), cue)


#: the rules that read a region as struck for opening the clause of what happened in it ("In
#: the X region, drones hit ...", "У X області ...": see ``_unstrike_containers``)
_OPENING_STRIKES = frozenset({"strike:in_x_damage", "strike:in_x_harm", "strike:in_x_result",
                              "strike:cyr_place_attack", "strike:cyr_place_first"})


def _unstrike_containers(readings: list[MentionReading], claims: list[Claim], body: str
                         ) -> None:
    """Take ``strike_target`` from a region whose sentence names a struck place inside it,
    where the region only says where that place lies: it opens the clause of the place after
    it ("In the Kharkiv region, Russian forces attacked Chuhuiv", "в Черниговской области дроны
    атаковали Нежинский район") or follows the place ("атакували Шостку на Сумщині"). A region
    the attack is said to be on stays struck ("атакували Одеську область, пошкоджено порт в
    Ізмаїльському районі")."""
    for i, r in enumerate(readings):
        res = r.mention.resolution
        if Role.STRIKE_TARGET not in r.roles or res is None or not res.admin1 \
                or res.precision is not Precision.REGION \
                or area_radius_m(res.source) is not None:
            continue
        strikes = [c for c in r.cues if c.startswith(("strike:", "model:"))]
        opening = all(c in _OPENING_STRIKES or c.startswith("model:") for c in strikes)
        # (a region after the place opens a clause of its own if a rule read it so: "Крім
        # удару по X, у Сумській області ворог атакував й інші села")
        follows = not any(c in _OPENING_STRIKES for c in strikes)
        for j, other in enumerate(readings):
            inner = other.mention.resolution
            if j == i or other.mention.sentence_start != r.mention.sentence_start \
                    or Role.STRIKE_TARGET not in other.roles or inner is None \
                    or inner.admin1 != res.admin1 \
                    or not (inner.precision in (Precision.SETTLEMENT, Precision.FACILITY)
                            or area_radius_m(inner.source) is not None):
                continue
            if (opening and j > i) or (follows and j == i - 1 and _CONTAINED_GAP.fullmatch(
                    body, other.mention.end, r.mention.start)):
                _unstrike(readings, claims, r.mention.start, "container:struck_inside")
                break


def _unlaunch_containers(readings: list[MentionReading], claims: list[Claim], body: str
                         ) -> None:
    """Take ``launch_site`` from a region that right after a launch site inside it only says
    where the site lies: "launched from Cape Chauda, Crimea, and Primorsko-Akhtarsk" names two
    launch sites, and Crimea as where the first one is. (A region listed on its own, "from
    Crimea and the Kursk region", stays one.)"""
    for i in range(1, len(readings)):
        r, before = readings[i], readings[i - 1]
        res, inner = r.mention.resolution, before.mention.resolution
        if Role.LAUNCH_SITE not in r.roles or Role.LAUNCH_SITE not in before.roles \
                or res is None or inner is None or res.precision is not Precision.REGION \
                or inner.source.startswith("naturalearth:") \
                or not _contains(res, inner, enclosed=True) \
                or before.mention.sentence_start != r.mention.sentence_start \
                or not _CONTAINED_GAP.fullmatch(body, before.mention.end, r.mention.start):
            continue
        _recast(readings, claims, i, _without(r.roles, Role.LAUNCH_SITE),
                "container:launch_inside")


#: a shoot-down, damage, and debris that did damage (English, Ukrainian and Russian)
_SHOT_DOWN = re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, cues.SHOOTDOWN))})\b"
                        rf"|(?<![\w'’-])(?:{'|'.join(cues.CYR_SHOOTDOWN)}))")
_DAMAGE = (r"(?i:\bdamag|\bdestroy|\bset\s+fire|\bfires?\b|\bhit\b|пошкод|ушкод|зруйн|поврежд"
           r"|повред|разруш|пожеж|пожар|загор|займан|возгоран)")
_DEBRIS_DAMAGED = re.compile(
    rf"(?i:\b(?:{'|'.join(cues.DEBRIS)})\b|(?<![\w'’-])(?:{'|'.join(cues.CYR_DEBRIS)}))"
    rf"[^.!?]{{0,120}}?{_DAMAGE}")


#: the rules that read a place as where weapons were shot down (the only reason for none
#: that the debris after it may overrule)
_SHOOTDOWN_CUES = frozenset({"other:destroyed_weapons", "other:weapons_destroyed",
                             "other:shootdown", "other:in_x_shootdown", "other:cyr_shootdown"})


#: the rules that read debris falling on a place (which a shoot-down cancels)
_DEBRIS_FELL_CUES = frozenset({"strike:cyr_debris_fell", "strike:debris_fell"})
#: the reasons a place was read as unstruck that damage told after may overrule
_OVERRULABLE_CUES = _SHOOTDOWN_CUES | _DEBRIS_FELL_CUES
#: a sentence that opens with the consequence of what the sentence before told, and is damage
_CONSEQUENT_DAMAGE = re.compile(
    r"\W*(?i:унаслідок|внаслідок|в\s+результаті|в\s+результате|вследствие|as\s+a\s+result)"
    rf"(?i:\s+(?:цього|этого|чого|чего|of\s+(?:this|that|it)))?\b[^.!?]{{0,120}}?{_DAMAGE}")


#: a sentence that opens with damage: "Пошкоджень зазнали будинки", "Damaged were two houses"
#: (and does not deny it: "Пошкоджень немає")
_DAMAGE_FIRST = re.compile(rf"\W*{_DAMAGE}(?![^.!?]*(?<![\w'’-])(?i:немає|нема|нет|не|ні|no|"
                           r"not|none|without|без)(?![\w'’-]))")


def _struck_by_debris_after(readings: list[MentionReading], claims: list[Claim], body: str,
                            sentences: Sequence[tuple[int, int]]) -> None:
    """Strike the one place of a shoot-down sentence whose next sentence, naming no place,
    tells the damage the debris did there ("... shot down all drones over the Lviv region.
    Unfortunately, their remnants damaged a vital infrastructure facility")."""
    starts = [r.mention.start for r in readings]
    for si in range(len(sentences) - 1):
        s, e = sentences[si]
        ns, ne = sentences[si + 1]
        # (the areas the place lies in do not count, whether the rules said so or named them
        # without a cue beside a place they read: "В X области обломки упали в Y общине Z
        # района")
        here = [i for i, p in enumerate(starts) if s <= p < e
                and not any(c.startswith("container:") for c in readings[i].cues)]
        here = [i for i in here if readings[i].cues] or here
        if not here or any(ns <= p < ne for p in starts):
            continue
        if not all(readings[i].roles == (Role.OTHER,) and _unstruck_place(readings[i])
                   for i in here):
            continue
        fell = all(_DEBRIS_FELL_CUES.intersection(readings[i].cues) for i in here)
        # (debris that fell there, whose consequence the next sentence tells: "... про
        # падіння уламків в X районі. Унаслідок цього пошкоджені авто"; or the damage itself:
        # "... падіння уламків у X, Y та Z районах. Пошкоджень зазнали будинки"; a shoot-down
        # over one place, whose debris the next sentence says did damage)
        if not (fell and (_CONSEQUENT_DAMAGE.match(body, ns, ne)
                          or _DAMAGE_FIRST.match(body, ns, ne))) \
                and not (len(here) == 1 and _SHOT_DOWN.search(body, s, e)
                         and _DEBRIS_DAMAGED.search(body, ns, ne)):
            continue
        for i in here:
            _recast(readings, claims, i, (Role.STRIKE_TARGET,), "strike:debris_next_sentence")


def _unstruck_place(r: MentionReading) -> bool:
    """Whether a reading is a place below a country that only a shoot-down or a fall of
    debris was read at."""
    res = r.mention.resolution
    return res is not None and res.precision is not Precision.COUNTRY \
        and all(c in _OVERRULABLE_CUES for c in r.cues)


def _list_end(body: str, found: Sequence[Found], k: int, kind: str | None = None) -> int:
    """The index of the last item of the list of places that ``found[k]`` opens or is in, or
    ``k`` itself; with ``kind``, of the items of that kind only."""
    j = k
    while j + 1 < len(found) and (kind is None or found[j + 1].kind == kind) \
            and _LIST_JOIN.fullmatch(body, found[j].end, found[j + 1].start):
        j += 1
    return j


def _district_after_list(body: str, found: Sequence[Found], k: int) -> int | None:
    """The index of the district whose genitive follows the list that ``found[k]`` opens or
    is in, after its last item ("Покровская, Славянская и Межевская громады Синельниковского
    района"), if that item is a hromada or district and ``found[k]`` is not the last."""
    last = _list_end(body, found, k)
    if last == k or last + 1 >= len(found) \
            or area_unit(found[last].surface) not in ("hromada", "district") \
            or area_unit(found[last + 1].surface) != "district" \
            or not _CONTAINED_GAP.fullmatch(body, found[last].end, found[last + 1].start):
        return None
    return last + 1


def _last_listed_district(body: str, found: Sequence[Found], k: int) -> int:
    """The index of the last district of the list that ``found[k]`` opens or is in ("в
    Днепровском и Шевченковском районах Запорожья"), or ``k`` itself."""
    return _list_end(body, found, k, "district")


def _listed_after_district(body: str, found: Sequence[Found], k: int) -> int | None:
    """The index of the district whose places the list holding ``found[k]`` spells out after a
    dash or a colon ("Синельниковщина - Межевская, Славянская, Покровская громады",
    "Синельниківський район: Покровська та Васильківська громади") or owns ("the Kupiansk
    district's A, B and C"), if any."""
    j = k
    while j > 0 and _LIST_JOIN.fullmatch(body, found[j - 1].end, found[j].start):
        j -= 1
    if j == 0 or not _LIST_DASH.fullmatch(body, found[j - 1].end, found[j].start):
        return None
    named = found[j - 1].surface
    return j - 1 if area_unit(named) == "district" or is_colloquial_region(named) else None


def _clause_district_of_hromada(body: str, found: Sequence[Found], k: int) -> int | None:
    """The index of the district named earlier in the sentence of a hromada, with nothing but
    hromadas and words between ("На Нікопольщині постраждав райцентр, Марганецька,
    Покровська громади": Pokrov's hromada, not Pokrovsk's), or last in the sentence before,
    if any."""
    if area_unit(found[k].query or found[k].surface) != "hromada":
        return None
    for j in range(k - 1, max(-1, k - 8), -1):
        between = body[found[j].end:found[k].start]
        unit = area_unit(found[j].query or found[j].surface)
        district = unit == "district" or (unit is None and is_colloquial_region(found[j].surface))
        if any(ch in between for ch in ".;!?\n"):
            # (or the place right before, in the sentence before: "Синельниківщина була під
            # ударом. Окрім постраждалих у Покровській громаді ...")
            return j if district and j == k - 1 \
                and sum(between.count(ch) for ch in ".;!?") <= 1 else None
        if district:
            return j
        if unit != "hromada":
            return None
    return None


#: what stands between a district and the list of its places
#: (or, in English, a possessive: "the Kupiansk district's A, B and C")
_LIST_DASH = re.compile(r"\s*[–—:-]\s*|['’]s\s+")


#: what joins the items of a list: "A, B", "A и B", "A, а также B"
#: (past a name no table lists: "Dvorichna, Synkivka, Petropavlivka")
_LIST_JOIN = re.compile(r"\s*,\s*(?:[A-ZА-ЯІЇЄҐ][\w'’-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’-]*)?\s*,\s*)?"
                        r"(?:(?i:а\s+также|а\s+також|and|и|і|та|й)\s+)?"
                        r"|\s+(?i:and|и|і|та|й)\s+")


def _in_a_list_of_regions(body: str, found: Sequence[Found], first: Sequence[Candidate | None],
                          k: int) -> bool:
    """Whether ``found[k]`` is an item of a list whose other items are all regions
    ("Ростовская область, Краснодарский край, Крым", "над Ростовской областью и Крымом")."""
    siblings = 0
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(found):
            a, b = (found[j + step], found[j]) if step < 0 else (found[j], found[j + step])
            if not _LIST_JOIN.fullmatch(body, a.end, b.start):
                break
            c = first[j + step]
            if c is None or c.precision is not Precision.REGION:
                return False
            siblings += 1
            j += step
    return siblings >= 1


def _resolution(c: Candidate) -> Resolution:
    p = c.place
    return Resolution(name=p.name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                      precision=p.precision, score=c.score, source=p.source,
                      occupied=p.occupied, geometry=c.geometry)

