"""Ranking candidates: how likely each place is to be the one a name refers to.

A candidate's score is the product of two probabilities, each in [0, 1]:

``score = match_quality * share``

* ``match_quality`` says how surely the words name this place at all: 1.0 for the place's own
  name, a little less for an alternate name or a derived transliteration, less again for a phonetic
  key or a de-inflected form, and a calibrated value for a fuzzy match (see
  :func:`fuzzy_quality`).
* ``share`` distributes belief among all places the words could name (a softmax):
  ``exp(A*importance + B*context + C*coherence + D*kind_fit + E*own_name + F*focus
  + G*script)``
  normalised over the candidates,
  where

  - ``importance`` (0..1) grows with admin level and log population (:func:`importance`); a
    region's population is that of the GeoNames towns inside it;
  - ``context`` (0..1) is 1 inside a region named in the context, 0.4 inside a named country
    when no region is named, 0.2 elsewhere in the named region's country, 0 outside every named
    area, and 0.3 when the context names none (:func:`context_fit`);
  - ``coherence`` (0..1) is 1 within 100 km of another place of the same text, falling to 0 at
    1,000 km, 0.5 when there is none (:func:`coherence`);
  - ``own_name`` is 1 when the words are the place's own name, not an alternate; ``focus``
    is 1 for the countries the reports are about (:data:`FOCUS_COUNTRIES`), and ``script``
    is 1 for a place in a country that writes in Cyrillic when the words are written in
    Cyrillic (:data:`CYRILLIC_COUNTRIES`);
  - ``kind_fit`` (0..1) rewards the precision the query asked for ("X region" wants a region,
    "X air base" a facility) and, for a bare name, prefers a settlement to a region of that name.

An ambiguous name therefore returns many candidates, each with a low score; context raises the
right one. The weights were set by reasoning about the orders of magnitude involved (a city of
three million against a village of one thousand must win without context, one named region must
outweigh a 40-fold population difference) and are checked by the tests' tables, not fitted to them.
A country named somewhere in the text is weaker evidence than a named region: it is worth about
a 70-fold population difference (``B_CONTEXT * COUNTRY_FIT`` against ``A_IMPORTANCE / 6.5`` per
tenfold), so it picks a town of its own over a similar town abroad, but a world city abroad still
beats a village of the named country that shares its name.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from gazetteer.model import CURATED_PREFIX, Place, Precision

A_IMPORTANCE = 7.0
B_CONTEXT = 5.0
C_COHERENCE = 1.5
D_KIND = 4.0
E_OWN_NAME = 2.0
NAMESAKE_CITY_POPULATION = 50_000
# a city this large abroad is as likely a reading of a bare name as a region that shares it
RIVAL_CITY_POPULATION = 100_000
# a region of unknown population weighs like a city of about 340,000
REGION_IMPORTANCE = 0.85
# a facility, and a curated place of unknown population, weigh like a town of about 3,000
FACILITY_IMPORTANCE = 0.55
# context fit of a place inside a country the text names, when it names no region
COUNTRY_FIT = 0.4
F_FOCUS = 1.5
# The countries the reports are about: a mild prior for places there, so that "Odessa" is the
# Ukrainian port before the Texan town. Documented in README; it moves ties, not evidence.
FOCUS_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "IR", "SY", "GE", "PL", "RO", "LT", "LV",
                             "EE", "KZ", "TR", "BG", "AM", "AZ"})
# A name written in Cyrillic most likely names a place where Cyrillic is written: "Саках"
# (Saky's locative) is the Crimean town, not Şəki in Azerbaijan, although both reduce to the
# same Latin key. Weighed like the focus prior: it moves near-ties, not a city against a village.
G_SCRIPT = 1.5
CYRILLIC_COUNTRIES = frozenset({"UA", "RU", "BY", "BG", "RS", "MK", "KZ", "KG", "TJ", "MN"})
#: the countries whose own languages are Ukrainian, Russian and Belarusian: where "-щина" names a
#: town's surroundings, and whose places Ukrainian and Russian words name as they stand
EAST_SLAVIC_COUNTRIES = frozenset({"UA", "RU", "BY"})

# match quality by how the name matched
QUALITY = {
    "exact": 1.0,
    "alternate": 0.9,
    "generic": 0.97,
    "transliteration": 0.93,
    "phonetic": 0.9,
    "inflection": 0.85,
    "inflection-phonetic": 0.8,
}


#: cities of their own first-level status that a region encloses: a context naming the region
#: names the ground they stand on too ("Balaklava in Crimea" lies in Sevastopol's territory)
ENCLOSED_CITIES = {"UA-43": "UA-40", "UA-32": "UA-30", "RU-MOS": "RU-MOW", "RU-LEN": "RU-SPE",
                   "BY-MI": "BY-HM"}


def lies_in(admin1: str, region: str) -> bool:
    """Whether a place of first-level region ``admin1`` lies in ``region``, counting the city
    the region encloses (Sevastopol's territory lies in Crimea)."""
    return admin1 == region or ENCLOSED_CITIES.get(region) == admin1


@dataclass(frozen=True, slots=True)
class Hints:
    """What a context says about where to look (a region named brings the city it encloses:
    see ``ENCLOSED_CITIES``)."""

    regions: frozenset[str] = frozenset()  # ISO 3166-2 codes
    countries: frozenset[str] = frozenset()  # ISO 3166-1 alpha-2
    found: tuple[str, ...] = field(default=())  # human-readable: what was recognised

    def __post_init__(self) -> None:
        enclosed = {ENCLOSED_CITIES[r] for r in self.regions if r in ENCLOSED_CITIES}
        if not enclosed <= self.regions:
            object.__setattr__(self, "regions", self.regions | enclosed)

    @property
    def empty(self) -> bool:
        return not (self.regions or self.countries)


def fuzzy_quality(ratio: float, min_ratio: float) -> float:
    """Map a rapidfuzz ratio (0-100) to match quality.

    At the acceptance threshold a fuzzy match is as likely wrong as right (0.45); a ratio of 100
    (which only happens for keys differing in spaces) approaches a phonetic match (0.85).
    """
    if ratio < min_ratio:
        return 0.0
    span = max(100.0 - min_ratio, 1e-9)
    return 0.45 + 0.4 * (ratio - min_ratio) / span


def importance(place: Place) -> float:
    """Prior importance in [0, 1] from admin level and population."""
    if place.precision is Precision.COUNTRY:
        return 1.0
    if place.precision is Precision.REGION:
        if not place.population:
            return REGION_IMPORTANCE  # population unknown
        return min(1.0, math.log10(place.population + 10) / 6.5)
    if place.precision is Precision.FACILITY:
        return FACILITY_IMPORTANCE
    if not place.population and place.source.startswith(CURATED_PREFIX):
        # a village or city district the project lists because reports name it: its
        # population is not recorded, which says nothing of how likely the reading is
        return FACILITY_IMPORTANCE
    pop_prior = min(1.0, math.log10(place.population + 10) / 6.5)
    return max(pop_prior, 0.95) if place.capital else pop_prior


@lru_cache(maxsize=4096)
def _countries_of(regions: frozenset[str]) -> frozenset[str]:
    """The countries of ISO 3166-2 region codes ("UA-65" -> "UA"): read once per set of
    regions, not once per candidate that ``rank`` weighs against it."""
    return frozenset(r.split("-")[0] for r in regions)


def context_fit(place: Place, hints: Hints) -> float:
    if hints.empty:
        return 0.3
    if place.admin1 and place.admin1 in hints.regions:
        return 1.0
    if place.precision is Precision.REGION and place.admin1 in hints.regions:
        return 1.0
    if hints.regions and place.country in _countries_of(hints.regions):
        return 0.2  # the right country, another region: "Kherson region" rules it out
    if place.country in hints.countries:
        return 0.2 if hints.regions else COUNTRY_FIT
    return 0.0


_KM_PER_DEGREE = 6371.0 * math.pi / 180.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km on a sphere of radius 6371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def coherence(place: Place, anchors: Sequence[tuple[float, float]]) -> float:
    """1 within 100 km of an anchor, falling linearly to 0 at 1,000 km; 0.5 without anchors.

    Distances use the equirectangular approximation (within a few per cent of great-circle
    distance below 1,000 km, which is all this scale distinguishes) because ranking computes
    one per candidate and anchor.
    """
    if not anchors:
        return 0.5
    lat, lon = place.lat, place.lon
    c = math.cos(math.radians(lat))
    best = math.inf
    for a, b in anchors:
        dlat = lat - a
        dlon = ((lon - b + 180.0) % 360.0 - 180.0) * c
        d2 = dlat * dlat + dlon * dlon
        if d2 < best:
            best = d2
    d = _KM_PER_DEGREE * math.sqrt(best)
    if d <= 100:
        return 1.0
    return max(0.0, 1.0 - (d - 100) / 900)


def kind_fit(place: Place, wanted: str | None, via_generic: bool,
             namesake_city: bool = False, rival_city: bool = False) -> float:
    """How well the place's precision fits what the query asked for.

    For a bare name, a region yields to a settlement of the same name inside it (its namesake
    capital: "Kherson" is the city) but otherwise outranks towns that share its name
    ("Florida" is the state, not a village called Florida); against a large city of that
    name elsewhere (``rival_city``) the kind says nothing and importance decides ("Gaza").
    """
    prec = place.precision
    if wanted == "region":
        if prec is Precision.REGION and place.city_region:
            return 0.6  # "Kyiv region" is the oblast around the city where both are regions
        # (a country fits less well: what a text calls a region is part of one)
        return 1.0 if prec is Precision.REGION else 0.6 if prec is Precision.COUNTRY else 0.0
    if wanted == "facility":
        return 1.0 if prec is Precision.FACILITY else 0.2 if prec is Precision.SETTLEMENT else 0.0
    if wanted in ("settlement", "district"):
        return 1.0 if prec is Precision.SETTLEMENT else 0.3
    # a bare name: settlements and countries are what bare names usually mean
    if prec is Precision.REGION:
        return 0.2 if namesake_city else 0.6 if rival_city else 0.7
    if prec is Precision.FACILITY:
        return 0.3 if via_generic else 0.5
    return 0.6


@dataclass(frozen=True, slots=True)
class Scored:
    place: Place
    score: float
    quality: float
    share: float
    reasons: tuple[str, ...]


def rank(matches: Sequence[tuple[Place, float, bool]], hints: Hints, wanted: str | None,
         anchors: Sequence[tuple[float, float]] = (), limit: int | None = None,
         cyrillic: bool = False) -> list[Scored]:
    """Score ``(place, match_quality, via_generic)`` triples; best first (``limit`` of them).

    A place matched by its own name (quality 1.0) gains ``E_OWN_NAME`` over places that only
    list the words among their alternate names ("Salisbury" is the English town before it is
    Harare's colonial name). ``cyrillic`` says the words were written in Cyrillic.
    """
    if not matches:
        return []
    # A region shares its name with a city of its own (Kherson, Kyiv) or of its country
    # (Washington, New York): the city is what a bare name means, and the city is "inside"
    # wherever its namesake region is.
    settled = {p.admin1 for p, _q, _v in matches if p.precision is Precision.SETTLEMENT
               and p.admin1}
    cities = {p.country for p, _q, _v in matches if p.precision is Precision.SETTLEMENT
              and p.population >= NAMESAKE_CITY_POPULATION}
    namesakes = [p.precision is Precision.REGION and (p.admin1 in settled or p.country in cities)
                 for p, _q, _v in matches]
    large = {p.country for p, _q, _v in matches if p.precision is Precision.SETTLEMENT
             and p.population >= RIVAL_CITY_POPULATION}
    region_fit: dict[str, float] = {}
    for (place, _q, _v), is_namesake in zip(matches, namesakes, strict=True):
        if is_namesake:
            f = context_fit(place, hints)
            region_fit[place.country] = max(region_fit.get(place.country, 0.0), f)
    logits = []
    fits = []
    for (place, quality, via_generic), namesake in zip(matches, namesakes, strict=True):
        fit = kind_fit(place, wanted, via_generic, namesake,
                       rival_city=bool(large - {place.country}))
        # its own name: as it stands, or without a designator the text also used
        # (not for a name written in Cyrillic: which of two romanisations, "Hvardiiske" or
        # "Hvardiyske", a record took as its own name says nothing about the place)
        own = (quality >= QUALITY["exact"] and not namesake and not cyrillic) \
            or (quality >= QUALITY["generic"] and wanted is not None and fit >= 1.0)
        ctx = context_fit(place, hints)
        if place.precision is Precision.SETTLEMENT and place.population >= \
                NAMESAKE_CITY_POPULATION and place.country in region_fit:
            ctx = max(ctx, region_fit[place.country])
        fits.append(ctx)
        prior = importance(place)
        if wanted == "district" and via_generic and place.precision is Precision.SETTLEMENT \
                and not place.population:
            # the centre a district or hromada is named after, of unrecorded population (GeoNames
            # lists such seats with 0): an administrative centre, not a hamlet, whatever its size
            prior = FACILITY_IMPORTANCE
        logits.append(
            A_IMPORTANCE * prior
            + B_CONTEXT * ctx
            + (C_COHERENCE * coherence(place, anchors) if anchors else C_COHERENCE * 0.5)
            + D_KIND * fit
            + (E_OWN_NAME if own else 0.0)
            + (F_FOCUS if place.country in FOCUS_COUNTRIES else 0.0)
            + (G_SCRIPT if cyrillic and place.country in CYRILLIC_COUNTRIES else 0.0)
        )
    top = max(logits)
    weights = [math.exp(x - top) for x in logits]
    total = sum(weights)
    order = sorted(range(len(matches)),
                   key=lambda i: (-min(1.0, matches[i][1] * weights[i] / total),
                                  -matches[i][0].population, matches[i][0].place_id))
    out = []
    for i in order[:limit]:
        place, quality, via_generic = matches[i]
        share = weights[i] / total
        reasons = []
        if not hints.empty:
            if fits[i] >= 1.0:
                reasons.append("inside the area named in the context")
            elif fits[i] == 0.0:
                reasons.append("outside every area named in the context")
        if anchors and coherence(place, anchors) >= 1.0:
            reasons.append("near other places of the text")
        if via_generic:
            reasons.append(f"matched as a {wanted or 'named area'}")
        out.append(Scored(place, min(1.0, quality * share), quality, share, tuple(reasons)))
    return out
