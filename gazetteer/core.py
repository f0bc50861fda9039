"""The :class:`Gazetteer`: load the cached index and answer ``geocode`` queries."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz, process
from shapely import Point
from shapely.geometry import box, mapping, shape
from shapely.prepared import PreparedGeometry, prep

from gazetteer import boundaries, sources
from gazetteer.errors import CacheError, InvalidQueryError
from gazetteer.index import (
    ALTERNATE,
    GENERIC,
    OWN_GENERIC,
    PRIMARY,
    Hit,
    NameIndex,
    fingerprint_of,
    install_index,
    load_index,
)
from gazetteer.inflect import district_centre_forms, nominative_candidates, russian_spellings
from gazetteer.model import (
    CURATED_PREFIX,
    Candidate,
    Place,
    Precision,
    area_of_centre,
    is_area_of_centre,
    part_of_country,
)
from gazetteer.normalize import (
    area_unit,
    country_part,
    designated_name,
    english_adjective_noun,
    loose_key,
    normalize,
    sk_reading,
    sk_town,
    strip_generic,
)
from gazetteer.rank import (
    CYRILLIC_COUNTRIES,
    EAST_SLAVIC_COUNTRIES,
    FOCUS_COUNTRIES,
    QUALITY,
    Hints,
    fuzzy_quality,
    haversine_km,
    rank,
)
from gazetteer.settings import Settings
from gazetteer.translit import has_cyrillic

log = logging.getLogger(__name__)

# Demonyms and adjectives that name a country or region in context ("Belarusian settlements",
# "occupied Crimean peninsula"). Linguistic facts, not place answers.
DEMONYMS = {
    "ukrainian": ("UA", None), "ukraine's": ("UA", None),
    "russian": ("RU", None), "belarusian": ("BY", None), "belarussian": ("BY", None),
    "iranian": ("IR", None), "syrian": ("SY", None), "moldovan": ("MD", None),
    "polish": ("PL", None), "romanian": ("RO", None), "georgian": ("GE", None),
    "turkish": ("TR", None), "crimean": ("UA", "UA-43"), "tatar": ("RU", "RU-TA"),
    # (a language named like a place: "Farsi speakers" is no Afghan village Qal'ah-ye Farsi)
    "farsi": ("IR", None),
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*", re.UNICODE)
_BLOCK_CAP = 2000
# "UK", "U.S.", "DPRK": written in capitals, a short name is an abbreviation, and the place that
# lists it as one is meant, not a place whose ordinary name has those letters (the Siberian town
# of Uk). Such abbreviations are the only short all-capital names the index keeps
# (:func:`gazetteer.geonames.usable_name` drops codes), so they match as alternate names.
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,4}")
_RESULT_CACHE_SIZE = 100_000
#: a population under which a Cyrillic name may rather be a case form of a larger place's
#: ("Львове": a village, and Lviv's Russian locative)
SMALL_PLACE = 10_000
#: A city big enough to be divided into districts named after its quarters, and how far from
#: its point such a quarter lies: Kyiv's outer quarters (Holosiiv, Sviatoshyn) are 12-13 km
#: from its centre, the nearest raion centres outside it (Vyshhorod, Brovary) 18-20 km.
_BIG_CITY = 300_000
#: Ukraine's oblast centres have over 200,000 people but Uzhhorod (about 115,000): a smaller
#: town's "region" that no oblast answers is its raion
_OBLAST_CENTRE = 200_000
_CITY_REACH_KM = 14.0
#: the smallest town whose "-щина" names its surroundings (Хотинщина: Khotyn, 9,000 people; a
#: hromada centre is rarely smaller)
_SURROUNDED_TOWN = 5_000
#: How far outside a region's packaged polygon (simplified to at most 0.05 deg) a point may lie
#: and still be in it: 0.1 deg, about 10 km
_COVER_MARGIN_DEG = 0.1
#: the widest country whose parts a compass word names as thirds of it (Ukraine is 18 degrees
#: wide, Russia spans the globe)
_PART_MAX_WIDTH_DEG = 25.0
#: the countries whose names a Ukrainian text may spell the Russian way ("Річицю": Rechytsa)
_RUSSIAN_SPEAKING = ("RU", "BY")

#: a name this many places of a country bear as their own is a common village name there; a
#: town of that country that only lists it as an unrelated alternate (a former name) is no
#: reading of it, and a village that does is a weaker one, by ``_FORMER_NAME``
_COMMON_OWN_NAME = 3
_FORMER_NAME = 0.5


#: how near (rapidfuzz ratio) a key must be to a place's own name to spell it otherwise
_SPELLING_RATIO = 80


def _near_spelling(key: str, own: str) -> bool:
    """Whether ``key`` is near in letters to the name ``own``: not a former or foreign name
    of the place ("Smil" for Izmail) but a spelling of its own."""
    return fuzz.ratio(key, own) >= _SPELLING_RATIO


def _spelling_of(key: str, own: str) -> bool:
    """Whether ``key`` spells the name ``own`` otherwise ("sloviansk" and "slovyansk"), not a
    name of another form ("oleksandrivka" for Donetsk's Oleksandrivskyi district): near in
    letters, and within a letter in length, as no ending of another word is."""
    return abs(len(key) - len(own)) <= 1 and _near_spelling(key, own)


def validate_name(name: object, max_length: int, what: str = "name") -> str:
    """Return ``name`` stripped, or raise :class:`InvalidQueryError` saying what is wrong."""
    if isinstance(name, bytes | bytearray):
        raise InvalidQueryError(f"the {what} must be text, not bytes; decode it as UTF-8 first")
    if not isinstance(name, str):
        raise InvalidQueryError(f"the {what} must be a string, got {type(name).__name__}")
    text = name.strip()
    if not text:
        raise InvalidQueryError(f"the {what} is empty; give a place name such as 'Kyiv'")
    if len(text) > max_length:
        raise InvalidQueryError(
            f"the {what} is {len(text)} characters long; a place name has at most {max_length}")
    if _CONTROL.search(text):
        raise InvalidQueryError(
            f"the {what} contains control or replacement characters; is it binary data?")
    if not any(ch.isalpha() for ch in text):
        raise InvalidQueryError(f"the {what} {text!r} contains no letters")
    return text


class Gazetteer:
    """Offline geocoder over GeoNames, Natural Earth regions and a curated table.

    >>> gaz = Gazetteer.load()                       # doctest: +SKIP
    >>> gaz.geocode("Dzhankoi", context="Crimea")[0].name   # doctest: +SKIP
    'Dzhankoy'
    """

    def __init__(self, index: NameIndex, settings: Settings | None = None) -> None:
        self.index = index
        self.settings = settings or Settings()
        # answers are immutable, so repeated queries (a corpus names Kyiv thousands of times)
        # are served from memory
        self._results: dict[tuple[object, ...], tuple[Candidate, ...]] = {}
        # what a name matches, before ranking (see _matches_of)
        self._match_memo: dict[tuple[object, ...], dict[int, tuple[float, str, str, bool]]] = {}
        # the readings of a key that ranking does not change, by key (see _remembered)
        self._fuzzy_memo: dict[str, tuple[tuple[int, float, str], ...]] = {}
        self._declined_memo: dict[str, tuple[tuple[str, Hit], ...]] = {}
        self._centre_memo: dict[str, tuple[tuple[str, Hit], ...]] = {}
        self._part_memo: dict[tuple[str, str], tuple[Candidate, ...]] = {}
        self._big_cities: list[Place] | None = None  # built on first need
        self._city_regions: frozenset[tuple[str, str]] | None = None  # built on first need
        self._shapes: dict[str, PreparedGeometry | None] = {}  # region polygons, on first need

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def load(cls, settings: Settings | None = None, *, rebuild: bool = False) -> Gazetteer:
        """Load the cached index, building it first if it is missing, stale or corrupt."""
        settings = settings or Settings()
        cache = settings.cache_dir
        dumps = sources.added_dumps(cache)
        fingerprint = fingerprint_of(sources.data_files() + dumps)
        index_dir = cache / f"index-{fingerprint}"
        if not rebuild and index_dir.exists():
            try:
                gaz = cls(load_index(index_dir, fingerprint), settings)
                _mark_used(index_dir)
                return gaz
            except CacheError as err:
                log.warning("rebuilding the gazetteer index: %s", err)
                shutil.rmtree(index_dir, ignore_errors=True)
        log.info("building the gazetteer index in %s (once; takes a minute)", index_dir)
        places = sources.collect(dumps)
        index_dir = install_index(places, cache, fingerprint, _load_geometries())
        _remove_other_indexes(cache, keep=index_dir)
        return cls(load_index(index_dir, fingerprint), settings)

    def _declined_whole(self, text: str) -> list[tuple[str, Hit]]:
        """Listed names a declined Cyrillic phrase with its designator is a case form of
        ("Шевченківському районі" -> "Шевченківський район")."""
        return _remembered(self._declined_memo, text, self._declined_whole_of)

    def _declined_whole_of(self, text: str) -> list[tuple[str, Hit]]:
        phrases = [normalize(form) for form in dict(nominative_candidates(text))]
        whole = [(key, hit) for key in phrases for hit in self.index.lookup_exact(key)]
        if not whole:
            # (a Russian -овский/-евский adjective of a district the tables name in
            # Ukrainian, -івський: "Ковпаковском районе" is Sumy's Kovpakivskyi district)
            phrases = [_RUSSIAN_OVSK.sub("ivsk", key) for key in phrases
                       if _RUSSIAN_OVSK.search(key)]
            whole = [(key, hit) for key in phrases for hit in self.index.lookup_exact(key)]
        return whole

    def _names_no_raion(self, place: Place) -> bool:
        """Whether ``place`` is a Ukrainian or Russian city that is a first-level region of its
        own (Kyiv, Sevastopol, Moscow): no raion is centred on it, so "Київський район" or
        "Московский район" names another city's quarter. (Belarus's Minsk district is real.)"""
        if place.country not in ("UA", "RU"):
            return False
        if self._city_regions is None:
            idx = self.index
            self._city_regions = frozenset(
                (p.country, p.admin1) for p in (idx.place(pid) for pid in range(len(idx))
                                                if idx.precision_code(pid) is Precision.REGION)
                if p.city_region)
        return (place.country, place.admin1) in self._city_regions

    def is_city_quarter(self, place: Place) -> bool:
        """Whether ``place`` is a settlement lying within a bigger city of at least
        ``_BIG_CITY`` people, as a quarter the tables list as a town of its own does (Kyiv's
        Dniprovskyi, 358,000 people in GeoNames)."""
        return place.precision is Precision.SETTLEMENT and self._in_a_big_city(place)

    def _in_a_big_city(self, place: Place) -> bool:
        """Whether ``place`` lies within ``_CITY_REACH_KM`` of a bigger city of at least
        ``_BIG_CITY`` people, as a city's quarter does (Podil in Kyiv, Saltivka in Kharkiv)."""
        if self._big_cities is None:
            idx = self.index
            big = sorted((idx.place(pid) for pid in range(len(idx))
                          if idx.population(pid) >= _BIG_CITY
                          and idx.precision_code(pid) is Precision.SETTLEMENT),
                         key=lambda c: c.lat)
            # a populous quarter the tables list as a place of its own (Kyiv's Desna) is not
            # a city whose quarters districts are named after
            self._big_cities = [c for c in big if not _in_bigger(c, big)]
        return _in_bigger(place, self._big_cities)

    # -- geometry --------------------------------------------------------------------------------
    def _country_part(self, direction: str, country: str) -> list[Candidate]:
        """The part of a country a compass word names ("southern Ukraine"): the third of the
        country's area towards that side (both thirds for "south-eastern", the middle third
        each way for "central"), an area with its own polygon and a point inside it. Only for a
        country of the reports' region under 25 degrees wide: the south of a country as long
        as Russia is a region of its own by convention (the North Caucasus), not a third.
        (Remembered: cutting the polygon takes milliseconds.)"""
        return _remembered(self._part_memo, (direction, country),
                           lambda key: self._country_part_of(*key))

    def _country_part_of(self, direction: str, country: str) -> list[Candidate]:
        top = self.geocode(country, limit=1)
        if not top or top[0].precision is not Precision.COUNTRY \
                or top[0].place.country not in FOCUS_COUNTRIES or top[0].geometry is None:
            return []
        whole = shape(top[0].geometry)
        minx, miny, maxx, maxy = whole.bounds
        if maxx - minx > _PART_MAX_WIDTH_DEG:
            return []
        # (thirds of the area, not of the bounding box: a peninsula would pull a third of the
        # box to itself, and "southern Ukraine" is more than Crimea)
        lat1, lat2 = (_area_cut(whole, q, along_lat=True) for q in (1 / 3, 2 / 3))
        lon1, lon2 = (_area_cut(whole, q, along_lat=False) for q in (1 / 3, 2 / 3))
        lats = {"south": (miny, lat1), "north": (lat2, maxy), "centre": (lat1, lat2)}
        lons = {"west": (minx, lon1), "east": (lon2, maxx), "centre": (lon1, lon2)}
        sides = direction.split("-")
        lat_band = next((lats[s] for s in sides if s in lats), (miny, maxy))
        lon_band = next((lons[s] for s in sides if s in lons), (minx, maxx))
        part = whole.intersection(box(lon_band[0], lat_band[0], lon_band[1], lat_band[1]))
        if part.is_empty:
            return []
        point = part.centroid if part.contains(part.centroid) else part.representative_point()
        place = part_of_country(top[0].place, direction, round(point.y, 4), round(point.x, 4))
        return [replace(top[0], place=place, geometry=mapping(part))]

    def geometry(self, place: Place) -> dict[str, Any] | None:
        """The polygon (GeoJSON mapping, lon/lat) of a region or country, if we have one.

        Only the region itself has its polygon: a curated feature of region precision inside
        it (Cape Chauda in Crimea, a spit, a zone) is not the whole of its admin-1 region.
        """
        key = _polygon_key(place)
        return self.index.geometry(key) if key else None

    def covers(self, place: Place, lat: float, lon: float) -> bool | None:
        """Whether the region or country ``place`` covers the point, give or take
        ``_COVER_MARGIN_DEG`` (the packaged polygons are simplified); None without a polygon."""
        key = _polygon_key(place)
        if not key:
            return None
        if key not in self._shapes:
            geo = self.index.geometry(key)
            self._shapes[key] = prep(shape(geo).buffer(_COVER_MARGIN_DEG)) if geo else None
        covering = self._shapes[key]
        return None if covering is None else covering.covers(Point(lon, lat))

    # -- context ---------------------------------------------------------------------------------
    def hints(self, context: str | None) -> Hints:
        """Regions, countries and anchor points named in a context text."""
        if not context:
            return Hints()
        text = context[: self.settings.max_context_length]
        regions: set[str] = set()
        countries: set[str] = set()
        found: list[str] = []
        words = _WORD.findall(text)
        for w in words:
            demo = DEMONYMS.get(w.lower())
            if demo:
                countries.add(demo[0])
                if demo[1]:
                    regions.add(demo[1])
        i = 0
        while i < len(words):
            matched = 0
            for n in range(min(5, len(words) - i), 0, -1):
                phrase = " ".join(words[i:i + n])
                if n == 1 and not phrase[:1].isupper():
                    continue
                hit = self._area_lookup(phrase)
                if hit is not None:
                    place = self.index.place(hit)
                    found.append(f"{phrase} -> {place.name}")
                    if place.precision is Precision.REGION:
                        regions.add(place.admin1)
                        countries.add(place.country)
                    else:
                        countries.add(place.country)
                    matched = n
                    break
            i += max(matched, 1)
        return Hints(frozenset(regions), frozenset(countries), tuple(found))

    def _area_lookup(self, phrase: str) -> int | None:
        """Place id of the region or country a phrase names exactly, or None."""
        base, kind = strip_generic(phrase)
        keys = [base] if kind == "region" else [normalize(phrase)]
        if kind not in (None, "region"):
            return None
        best: tuple[int, int] | None = None
        for key in keys:
            if not key:
                continue
            for hit in self.index.lookup_exact(key):
                prec = self.index.precision_code(hit.place_id)
                if prec not in (Precision.REGION, Precision.COUNTRY):
                    continue
                if kind is None and not hit.flags & (PRIMARY | ALTERNATE):
                    continue
                if kind is None and prec is Precision.REGION and not phrase[:1].isupper():
                    # a bare region name counts only when capitalised ("Crimea", not "crimea")
                    continue
                rank_key = (0 if prec is Precision.COUNTRY else 1, hit.flags)
                if best is None or rank_key < best:
                    best = rank_key
                    best_id = hit.place_id
        return best_id if best is not None else None

    # -- exact lookup ----------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Place]:
        """Every place whose name, alternate name or transliteration is exactly ``name`` once
        normalised (no inflection, no fuzziness, no ranking by context), most important first.

        >>> [p.source for p in Gazetteer.load().lookup("Джанкой")][:1]  # doctest: +SKIP
        ['geonames:709334']
        """
        text = validate_name(name, self.settings.max_name_length)
        places = [self.index.place(h.place_id) for h in self.index.lookup_exact(normalize(text))]
        places.sort(key=lambda p: (-p.precision.rank, -p.population, p.place_id))
        return places

    # -- geocoding -------------------------------------------------------------------------------
    def geocode(self, name: str, context: str | None = None, limit: int = 5, *,
                anchors: Sequence[tuple[float, float]] = (), prefer: str | None = None,
                hints: Hints | None = None) -> list[Candidate]:
        """Ranked candidates for a place name, best first; [] when nothing matches well enough.

        ``context`` is free text around the name ("in the Kherson region", "Gomel Oblast"):
        regions and countries it names raise the places inside them. ``anchors`` are (lat, lon)
        points of other places in the same text. ``prefer`` asks for a precision ("facility",
        "settlement", "region") when the text says what kind of place it is.
        """
        cache_key = (name, context, limit, tuple(anchors), prefer, hints)
        cached = self._results.get(cache_key) if isinstance(name, str) else None
        if cached is not None:
            return list(cached)
        text = validate_name(name, self.settings.max_name_length)
        if context is not None and not isinstance(context, str):
            raise InvalidQueryError("the context must be a string")
        if limit < 1:
            raise InvalidQueryError("limit must be at least 1")
        if hints is None:
            hints = self.hints(context) if context else Hints()
        full = normalize(text)
        part = country_part(text) if " " in full and not self.index.has_exact(full) else None
        if part is not None:  # "southern Ukraine", "на сході України"
            parts = self._country_part(*part)
            if parts:
                self._results[cache_key] = tuple(parts)
                return parts
        if " " not in full and self.index.has_exact(full):
            base, kind = full, None  # a known single word carries no designator
        else:
            base, kind = strip_generic(text)
        wanted = kind if kind in ("region", "facility", "settlement", "district") else prefer
        matches = self._matches_of(text, base, kind, full, hints.regions)
        if not matches:
            self._results[cache_key] = ()
            return []
        abbreviation = _ABBREVIATION.fullmatch(text) is not None
        if kind is None and _WATER_WORD.search(full):
            matches = self._water_first(matches)
        triples = [(self.index.place(pid),
                    min(q, QUALITY["alternate"]) if abbreviation and how == "exact" else q, via)
                   for pid, (q, how, _nm, via) in matches.items()]
        # "Pavlohrad district" read through its centre is the district, an area; so is a
        # town's "-щина" ("Нежинщина", the Nizhyn area: in practice its raion)
        unit = area_unit(text) if kind == "district" \
            else "district" if is_colloquial_region(text) else None
        if unit in ("hromada", "starosta-okruh"):
            # a hromada is a Ukrainian unit: "Кілійська громада" is Kiliya's, not a town abroad
            # whose name reads alike (Kyzyl)
            triples = [t for t in triples
                       if t[0].country == "UA" or t[0].precision is not Precision.SETTLEMENT]
        elif unit == "district" and has_cyrillic(text):
            # and a "район" one of the countries that have raions: "Обонському районі", a
            # misspelt Kyiv district, is no district of Eaubonne near Paris
            triples = [t for t in triples if t[0].country in _RAION_COUNTRIES
                       or t[0].precision is not Precision.SETTLEMENT]
        fuzzy = any(m[1] == "fuzzy" for m in matches.values())
        # (a district query may drop candidates below, so it ranks them all)
        scored = rank(triples, hints, wanted, anchors,
                      limit=None if fuzzy or kind == "district" else limit,
                      cyrillic=has_cyrillic(text))
        out: list[Candidate] = []
        scored = [s for s in scored
                  if matches[s.place.place_id][1] != "fuzzy" or s.score >= self.settings.min_score]
        for s in scored:
            if len(out) == limit:
                break
            q, how, matched_name, via = matches[s.place.place_id]
            place = s.place
            if kind == "district" and via and place.precision is Precision.REGION \
                    and place.country in ("UA", "RU") \
                    and self.index.feature(place.place_id) != "CURATED":
                # nor is "Kyiv district" the city of Kyiv or its oblast (a district the
                # project lists itself is one: "Дністровський район")
                continue
            if via and place.precision is Precision.SETTLEMENT:
                area = unit or ("district" if kind == "region" and _raion_of_town(place)
                                else None)
                if area == "district" and self._in_a_big_city(place):
                    area = "city-district"  # Kyiv's "Подільський район" around its Podil
                elif area == "district" and kind == "district" and self._names_no_raion(place):
                    continue  # "Київський район" is a city's quarter elsewhere, not Kyiv's
                if area:
                    place = area_of_centre(place, area)
            out.append(Candidate(place=place, score=round(s.score, 6), match=how,
                                 matched_name=matched_name, reasons=s.reasons,
                                 geometry=self.geometry(s.place)))
        if len(self._results) >= _RESULT_CACHE_SIZE:
            self._results.clear()
        self._results[cache_key] = tuple(out)
        return out

    def _water_first(self, matches: dict[int, tuple[float, str, str, bool]]
                     ) -> dict[int, tuple[float, str, str, bool]]:
        """Without the first-level regions named after a sea or gulf, when the sea itself
        matched: "Red Sea" is the sea, not Sudan's Red Sea State (which the text calls so)."""
        def water(pid: int) -> bool:
            place = self.index.place(pid)
            return place.precision is Precision.REGION and self.index.feature(pid) == "CURATED" \
                and _WATER_WORD.search(normalize(place.name)) is not None
        if not any(water(pid) for pid in matches):
            return matches
        return {pid: m for pid, m in matches.items()
                if self.index.feature(pid) not in ("ADM1", "ADM1C")}

    def _own_key(self, place_id: int) -> str:
        """The normalised own name of a place, which its other names are weighed against."""
        return normalize(self.index.place(place_id).name)

    def _by_own_name(self, key: str, hit: Hit) -> bool:
        """Whether ``key`` names the place of ``hit`` by its own name or a spelling of it, not
        by a former or foreign one."""
        return bool(hit.flags & PRIMARY) or _near_spelling(key, self._own_key(hit.place_id))

    def _matches_of(self, text: str, base: str, kind: str | None, full: str,
                    context_regions: frozenset[str]) -> dict[int, tuple[float, str, str, bool]]:
        """:meth:`_matches`, remembered: a report reads each of its names with the hints and
        anchors of every sentence that names it, and only the regions among them change what
        the name matches, and only for a district, whose centres they choose (the answer is
        shared: callers only read it)."""
        key = (text, base, kind, full, context_regions if kind == "district" else None)
        return _kept(self._match_memo, key,
                     lambda _key: self._matches(text, base, kind, full, context_regions))

    def _matches(self, text: str, base: str, kind: str | None, full: str | None = None,
                 context_regions: frozenset[str] = frozenset()
                 ) -> dict[int, tuple[float, str, str, bool]]:
        """place id -> (match quality, how, matched key, via generic) for a query;
        ``context_regions`` are the admin-1 codes its context names."""
        found: dict[int, tuple[float, str, str, bool]] = {}

        def named_whole(pid: int, match: tuple[float, str, str, bool]) -> bool:
            # whether the whole phrase is the place's own name or a spelling of it, not a
            # name some record merely lists (a hromada's record listing "X district")
            return match[2] == full and not match[3] and (
                match[1] == "exact" or _spelling_of(full, self._own_key(pid)))

        def add(pid: int, quality: float, how: str, key: str, via: bool) -> None:
            old = found.get(pid)
            if via and old is not None and named_whole(pid, old):
                return  # the whole phrase is its name: no reading of a part says more
            if old is None or quality > old[0]:
                found[pid] = (quality, how, key, via)

        if full is None:
            full = normalize(text)
        keys = [(full, False)]
        # (a district's or hromada's adjective turned back into a town's name with "-sk",
        # "Покровська" -> Pokrovsk, is one reading of it among the others its centre's forms
        # give, Pokrov's and Pokrovske's: not the name the text wrote)
        derived_base = False
        # (a stem of two letters is no name of its own: "Ельский район" is Yelsk's, not the
        # district of a place that lists "Ель" among its names; see district_centre_forms)
        if kind is not None and len(base) >= 3 and base != full:
            keys.append((base, True))
            bare = designated_name(text)
            derived_base = kind == "district" and bare is not None and sk_reading(base)
            if bare and bare != base:  # a town whose own name is an adjective
                keys.append((bare, True))
        for key, via_generic in keys:
            hits = self.index.lookup_exact(key)
            if via_generic and key != base and any(h.flags & PRIMARY for h in hits):
                # a town whose own name is an adjective, not a place listing it as an alternate
                hits = [h for h in hits if h.flags & PRIMARY]
            # (a name that many places of a country bear as their own is a village's name
            # there, which a city of that country may list among its former ones: Donetsk was
            # once Oleksandrivka; "Hull" is still the English city's, whatever Canada has)
            owners = Counter(self.index.place(h.place_id).country for h in hits
                             if h.flags & PRIMARY)
            for hit in hits:
                how = _how_exact(hit.flags)
                q = QUALITY[how]
                unrelated = how == "alternate"
                if unrelated and _spelling_of(key, self._own_key(hit.place_id)):
                    # a spelling of the place's own name ("Sloviansk" for Slovyansk) says more
                    # than an unrelated alternate (a former or foreign name)
                    q, unrelated = QUALITY["transliteration"], False
                elif unrelated and owners[self.index.place(hit.place_id).country] \
                        >= _COMMON_OWN_NAME:
                    if self.index.population(hit.place_id) >= SMALL_PLACE:
                        # (a town's former name is history, no reading: in Cyrillic, where a
                        # record's own romanisation earns nothing, even a weaker reading would
                        # win on size, and "Олександрівка" would be Donetsk)
                        continue
                    q *= _FORMER_NAME  # (a village renamed may still be called so)
                if via_generic and derived_base and key == base:
                    # (through a name the place only lists as a former or foreign one, the
                    # reading is weaker still: Nikopol was Slaviansk in the 1780s)
                    how, q = "inflection", QUALITY["inflection"] * (
                        QUALITY["alternate"] if unrelated else 1.0)
                elif via_generic:
                    how, q = "generic", QUALITY["generic"]
                derived = not hit.flags & (PRIMARY | ALTERNATE) and bool(hit.flags & GENERIC)
                add(hit.place_id, q, how, key, via_generic or derived)
        centres: set[int] = set()  # places read as a district's centre

        def drop_centres(listed: Iterable[int]) -> None:
            # the whole phrase is a listed name ("Шевченківський район", a city district): then
            # it is that place, and no town is read as the centre of a district of that name,
            # unless the town lies in a region the context names and the listed places do not
            # ("Днепровском районе" in a report on Dnipropetrovsk oblast is Dnipro's, not Kyiv's)
            here = any(self.index.place(pid).admin1 in context_regions for pid in listed)
            for pid in list(centres):
                if here or self.index.place(pid).admin1 not in context_regions:
                    del found[pid]
                    centres.discard(pid)

        if kind == "district" and base:
            listed = list(found)
            # a town the stem itself names is read as the district's centre too ("Samarsky
            # district" as Samara's), a reading the whole phrase overrules where it is a
            # place's own name or a spelling of it (Dnipro's Samarskyi district), not where
            # some record merely lists it
            if any(named_whole(pid, found[pid]) for pid in listed):
                centres.update(pid for pid in listed if found[pid][2] == base
                               and found[pid][3]
                               and self.index.precision_code(pid) is Precision.SETTLEMENT)
            for form, hit in self.district_centre_hits(base):
                if self.index.precision_code(hit.place_id) is Precision.SETTLEMENT:
                    if hit.place_id not in found:
                        centres.add(hit.place_id)
                    q = QUALITY["inflection"]
                    if _how_exact(hit.flags) == "alternate" \
                            and not _near_spelling(form, self._own_key(hit.place_id)):
                        # (a centre named by a former name is a weaker reading: Izmail was
                        # Smil, but "Смілянська громада" is Smila's)
                        q *= QUALITY["alternate"]
                    add(hit.place_id, q, "inflection", form, True)
            whole_listed = [pid for pid in listed
                            if found[pid][2] == full and not found[pid][3]]
            if whole_listed:
                drop_centres(whole_listed)
        cyrillic = has_cyrillic(text)
        if kind is not None and cyrillic \
                and not any(key == full for _q, _how, key, _via in found.values()):
            # the whole phrase declined may be a listed name, which the town its adjective
            # comes from does not outweigh ("Київському районі" is Kharkiv's Kyivskyi district)
            whole = self._declined_whole(text)
            if whole:
                drop_centres([hit.place_id for _key, hit in whole])
            for key, hit in whole:
                add(hit.place_id, QUALITY["inflection"], "inflection", key, False)
        if not found:  # phonetic keys are the fallback for spellings no source lists
            for key, via_generic in keys:
                lkey = loose_key(key)
                if lkey:
                    for hit in self.index.lookup_loose(lkey):
                        add(hit.place_id, QUALITY["phonetic"], "phonetic", lkey, via_generic)
        # a Cyrillic word that only names small places may be a case form of a city ("Львове"
        # is a village's name and Lviv's Russian locative), and so may one that only spells the
        # name of a town abroad ("Ірані", Iran's locative, is Irani, Brazil, transliterated):
        # the inflections are weighed too
        if found and not (cyrillic and (max(q for q, *_ in found.values()) < 0.95 or max(
                self.index.population(pid) for pid in found) < SMALL_PLACE
                or all(self._foreign_town(pid) for pid in found))):
            return found
        # a Cyrillic word may be an inflected form even when a phonetic key also matches
        # ("России" is Russia's genitive, not the Italian village Rossi)
        if not cyrillic and _is_common_word(full):
            return found  # an ordinary English word is not an inflected or misspelt place
        stem_source = base if kind is not None else text
        forms = [f for f, _rule in nominative_candidates(stem_source)]
        for form in forms:
            fkey = normalize(form)
            for hit in self.index.lookup_exact(fkey):
                q = QUALITY["inflection"]
                if not self._by_own_name(fkey, hit):
                    # (a case form of a former or foreign name is a weaker reading than one of
                    # a place's own: "у Смілі" is Smila's, not Izmail's, once called Smil)
                    q *= QUALITY["alternate"]
                add(hit.place_id, q, "inflection", fkey, kind is not None)
            town = sk_town(fkey) if kind is None else None
            if town is not None:
                # an adjective of a town in -sk names what is the town's ("Славянской ТЭС",
                # Sloviansk's power plant), a weaker reading than a place of the name itself
                # (by its own name or a spelling of it, not a former one: Dnipro was
                # Dnipropetrovsk, whose oblast keeps the adjective)
                for hit in self.index.lookup_exact(town):
                    if self.index.precision_code(hit.place_id) is Precision.SETTLEMENT \
                            and self._by_own_name(town, hit):
                        add(hit.place_id, QUALITY["inflection"] * 0.9, "inflection", town,
                            False)
            if len(fkey) <= 3:
                # a stem of three letters sounds like too many names to be read as one:
                # "Мені" (to me) is no form of "Мін" and so of Minsk Oblast
                continue
            for hit in self.index.lookup_loose(loose_key(fkey)):
                add(hit.place_id, QUALITY["inflection-phonetic"], "inflection", fkey,
                    kind is not None)
        # colloquial Ukrainian/Russian region names: "Одещина", "Миколаївщиною" -> the oblast,
        # weighed beside what the word's other readings found (a village's name, "Смоленщина",
        # or a district's adjective, "Орловский")
        stem_hits, regions = self._colloquial_regions(text)
        for stem, pid in regions:
            add(pid, QUALITY["inflection"], "inflection", stem, True)
        if found and not regions:
            # (a word only a phonetic key matched may yet be a Russian place written in
            # Ukrainian: "Міллєрово", Миллерово, spelt out beats sounding alike)
            if cyrillic and kind is None \
                    and all(how == "phonetic" for _q, how, *_ in found.values()):
                spelt = self._russian_spellings(text, forms)
                if spelt:
                    return spelt
            return found
        if not found:
            # a town's surroundings ("Нежинщина", the Nizhyn area): the town stands for them,
            # as a district's centre does for the district
            for stem, pid in stem_hits:
                if self.index.population(pid) >= _SURROUNDED_TOWN:
                    add(pid, QUALITY["inflection"] * 0.9, "inflection", stem, True)
        # a landform designator the name tables lack: "Kerch peninsula" -> Kerch
        words = text.split()
        if not found and len(words) > 1 and words[-1].lower() in _LANDFORM_TAILS:
            inner = self._matches(" ".join(words[:-1]), "", None)
            noun = english_adjective_noun(words[-2])
            if not inner and noun is not None:
                # an English adjective of a region or country: the "Crimean peninsula"
                inner = {pid: m for pid, m in self._matches(
                    " ".join([*words[:-2], noun]), "", None).items()
                    if self.index.precision_code(pid) in (Precision.REGION, Precision.COUNTRY)}
            for pid, (q, how, key, _via) in inner.items():
                add(pid, q * 0.9, how, key, True)
        if not found and cyrillic and kind is None:
            found.update(self._russian_spellings(text, forms))
        if found:
            return found
        for key, penalty in [(base or full, 1.0)] + [(normalize(f), 0.95) for f in forms[:2]]:
            for pid, q, mkey in self._fuzzy(key):
                add(pid, q * penalty, "fuzzy", mkey, kind is not None)
        return found

    def _colloquial_regions(self, text: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
        """The places of Ukraine, Russia and Belarus a colloquial "-щина" form's stems name
        (stem, place id), and among them the regions it stands for: the oblast named like
        the stem ("Харківщина"), or the oblast of an oblast centre named so (Білгородщина:
        the Belgorod oblast, whose centre the stem "Білгород" names)."""
        stem_hits = [(stem, hit.place_id) for stem in _region_stems(text)
                     for hit in self.index.lookup_exact(normalize(stem))
                     if self.index.place(hit.place_id).country in EAST_SLAVIC_COUNTRIES]
        regions = [(stem, pid) for stem, pid in stem_hits
                   if self.index.precision_code(pid) is Precision.REGION]
        if not regions:
            for stem, pid in stem_hits:
                town = self.index.place(pid)
                if town.precision is not Precision.SETTLEMENT \
                        or town.population < _OBLAST_CENTRE:
                    continue
                regions += [(stem, hit.place_id)
                            for hit in self.index.lookup_exact(normalize(town.name))
                            if self.index.precision_code(hit.place_id) is Precision.REGION
                            and self.index.place(hit.place_id).admin1 == town.admin1]
        if any(not self.index.place(pid).city_region for _stem, pid in regions):
            # "Київщина" is the oblast, not the city that is a region of its own
            regions = [(stem, pid) for stem, pid in regions
                       if not self.index.place(pid).city_region]
        return stem_hits, regions

    def _russian_spellings(self, text: str, forms: Sequence[str]
                           ) -> dict[int, tuple[float, str, str, bool]]:
        """Places of Russia or Belarus that ``text`` or one of its nominative ``forms`` names
        when read as Ukrainian spelling of Russian: "Річицю" is Rechytsa, Речица (a place of
        Ukraine has its Ukrainian name in the tables)."""
        found: dict[int, tuple[float, str, str, bool]] = {}
        for form in dict.fromkeys([text, *forms]):
            for spelling in russian_spellings(form):
                key = normalize(spelling)
                for hit in self.index.lookup_exact(key):
                    if hit.place_id not in found \
                            and self.index.place(hit.place_id).country in _RUSSIAN_SPEAKING:
                        found[hit.place_id] = (QUALITY["inflection-phonetic"], "inflection",
                                               key, False)
        return found

    def _foreign_town(self, pid: int) -> bool:
        """A settlement under a million people in a country that does not write Cyrillic."""
        place = self.index.place(pid)
        return place.precision is Precision.SETTLEMENT and place.population < 1_000_000 \
            and place.country not in CYRILLIC_COUNTRIES

    def district_centre_hits(self, base: str) -> list[tuple[str, Hit]]:
        """(name form, index hit) for the places a district may be named after, given the
        stem of its name: a district is named after its centre, often in a form the tables
        lack ("Berezivskyi district", "Zvenihorod district": Berezivka, Zvenyhorodka)."""
        return _remembered(self._centre_memo, base, self._district_centre_hits_of)

    def _district_centre_hits_of(self, base: str) -> list[tuple[str, Hit]]:
        return [(form, hit) for form in district_centre_forms(base)
                for hit in self.index.lookup_exact(form)]

    def _fuzzy(self, key: str) -> list[tuple[int, float, str]]:
        """Fuzzy matches for a normalised key: (place id, quality, matched key).

        Candidates are blocked on the key's first and last letters (a misspelling rarely hits
        both ends), each block capped, so a lookup costs a few thousand comparisons at most;
        the answer is remembered, as a report spells a name the tables lack the same way
        each time.
        """
        return _remembered(self._fuzzy_memo, key, self._fuzzy_of)

    def _fuzzy_of(self, key: str) -> list[tuple[int, float, str]]:
        if len(key) < 5 or _is_common_word(key):
            return []
        width = 4 if len(key) >= 8 else 3
        pool = set(islice(self.index.exact.iterkeys(key[:width]), _BLOCK_CAP))
        pool.update(k[::-1] for k in islice(self.index.rev.iterkeys(key[::-1][:width]),
                                            _BLOCK_CAP))
        if not pool:
            return []
        min_ratio = self.settings.fuzzy_min_ratio
        # (in a fixed order: the matcher keeps the first of equal scores, and a set's order
        # changes with the hash seed from one run to the next)
        results = process.extract(key, sorted(pool), scorer=fuzz.ratio, score_cutoff=min_ratio,
                                  limit=8)
        out = []
        for mkey, ratio, _ in results:
            q = fuzzy_quality(ratio, min_ratio)
            for hit in self.index.lookup_exact(mkey):
                out.append((hit.place_id, q, mkey))
        return out


#: the words of a body of water's name, in a normalised key (Latin letters): "Red Sea",
#: "Persian Gulf", "Червоне море" (chervone more), "Перській затоці" (perskii zatotsi),
#: "Ормузский пролив" (ormuzskyi prolyv)
_WATER_WORD = re.compile(r"\b(?:sea|ocean|gulf|strait|straits|reservoir|mor[eiaiu]\w*|"
                         r"okean\w*|zatok\w*|zatots\w*|zal[iy]v\w*|protok\w*|protots\w*|"
                         r"prol[iy]v\w*|vodoskhovyshch\w*|vodokhranylyshch\w*)\b")
_LANDFORM_TAILS = {"peninsula", "spit", "island", "islands", "bay", "strait", "area", "coast",
                   "territory",
                   "півострів", "півострова", "півострові", "полуостров", "полуострова",
                   "полуострове", "коса", "косі", "косе"}
_SHCHYNA = re.compile(r"^(?P<stem>[^\W\d_](?:[^\W\d_]|['’ʼ-]){2,}?)(?P<suf>щин|ччин|чин)"
                      r"(?:а|и|у|і|ою|ой|е|ы)$", re.IGNORECASE)


_K = TypeVar("_K")
_T = TypeVar("_T")
_V = TypeVar("_V")


def _kept(memo: dict[_K, _V], key: _K, compute: Callable[[_K], _V]) -> _V:
    """``compute(key)``, kept in ``memo`` for the next time (the gazetteer's answers depend
    on the key alone). Past ``_RESULT_CACHE_SIZE`` keys the memo starts afresh."""
    got = memo.get(key)
    if got is None:
        got = compute(key)
        if len(memo) >= _RESULT_CACHE_SIZE:
            memo.clear()
        memo[key] = got
    return got


def _remembered(memo: dict[_K, tuple[_T, ...]], key: _K,
                compute: Callable[[_K], list[_T]]) -> list[_T]:
    """:func:`_kept`, as a fresh list each time, so that no caller can change the kept
    answer."""
    def frozen(k: _K) -> tuple[_T, ...]:
        return tuple(compute(k))

    kept: tuple[_T, ...] = _kept(memo, key, frozen)
    return list(kept)


def is_colloquial_region(word: str) -> bool:
    """Whether a word has the form of a colloquial Ukrainian/Russian region name
    ("Полтавщина", "Вінниччиною"); only the form: the gazetteer decides which region."""
    return _SHCHYNA.match(word.strip()) is not None


def _area_cut(whole: Any, share: float, *, along_lat: bool) -> float:
    """The latitude (or longitude) below (west of) which lies ``share`` of ``whole``'s area,
    found by halving the interval (to a hundredth of a degree)."""
    minx, miny, maxx, maxy = whole.bounds
    lo, hi = (miny, maxy) if along_lat else (minx, maxx)
    total = whole.area
    while hi - lo > 0.01:
        mid = (lo + hi) / 2
        cut = box(minx, miny, maxx, mid) if along_lat else box(minx, miny, mid, maxy)
        if whole.intersection(cut).area < share * total:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _polygon_key(place: Place) -> str | None:
    """The key of the polygon that is ``place`` itself: its admin-1 code for a region, its
    country code for a country; None for a curated feature of region precision inside a region
    (Cape Chauda is not Crimea), an area known by its centre (a district is not its oblast) and
    anything else."""
    if place.source.startswith(CURATED_PREFIX) or is_area_of_centre(place):
        return None
    if place.precision is Precision.REGION:
        return place.admin1 or None
    if place.precision is Precision.COUNTRY:
        return place.country or None
    return None


def _raion_of_town(place: Place) -> bool:
    """Whether a town's "region" that no oblast answered is its raion ("Bilhorod-Dnistrovskyi
    region"): a town of Ukraine, Belarus or Russia smaller than an oblast centre."""
    return place.country in EAST_SLAVIC_COUNTRIES and place.population < _OBLAST_CENTRE


#: the countries whose districts Ukrainian and Russian call "район": those that write Cyrillic
#: and the other former Soviet republics (Moldova's "Вулканештский район", Lithuania's
#: "Вильнюсский район")
_RAION_COUNTRIES = CYRILLIC_COUNTRIES | {"MD", "UZ", "TM", "AZ", "AM", "GE", "LT", "LV", "EE"}


def _in_bigger(place: Place, cities: list[Place]) -> bool:
    """Whether ``place`` lies within ``_CITY_REACH_KM`` of a more populous one of ``cities``
    (sorted by latitude, so only the band of 0.2 degrees around the place is looked at)."""
    start = bisect_left(cities, place.lat - 0.2, key=lambda c: c.lat)
    stop = bisect_right(cities, place.lat + 0.2, key=lambda c: c.lat)
    return any(
        c.place_id != place.place_id and c.population > place.population
        and haversine_km(c.lat, c.lon, place.lat, place.lon) <= _CITY_REACH_KM
        for c in cities[start:stop])


#: a Russian adjective's -ов-/-ев- before -ськ- (in the normalised key), Ukrainian -ів-
_RUSSIAN_OVSK = re.compile(r"(?<=[^aeiouy])i?[oe]vsk(?=[a-z]{0,3}\b)")


def _region_stems(text: str) -> list[str]:
    """Oblast names a colloquial "-щина" form may stand for: Харківщина -> Харків.

    The suffix attaches to the city name with regular changes: с+щ (Одеса -> Одещина),
    ц+ч (Вінниця -> Вінниччина, Донецьк -> Донеччина), с+ч and ц -> т+ч in Russian (Одесса ->
    Одесчина, Донецк -> Донетчина),
    dropped -ськ or -ський (Дніпропетровськ -> Дніпропетровщина, Новгород-Сіверський ->
    Новгород-Сіверщина), dropped -а/-и/-ка/-е/-о (Полтава,
    Суми, Охтирка, Синельникове), -н- after a final vowel (Рівне -> Рівненщина), -ин- after
    one in -а (Шостка -> Шосткинщина), Ukrainian о -> і before it (Синельникове ->
    Синельниківщина), and an adjectival city (Хмельницький -> Хмельниччина).
    All candidates are checked against the region names of the index; none is a place by
    itself.
    """
    m = _SHCHYNA.match(text.strip())
    if m is None:
        return []
    stem = m.group("stem")
    if m.group("suf").lower() in ("ччин", "чин"):
        base = stem[:-1] if stem.lower().endswith("ч") else stem
        forms = [base + "ця", base + "цьк", base + "цк", base + "цький", base + "цкий", stem,
                 base + "ч"]  # (and a town in -ч: Бахмач -> Бахмаччина)
        if stem.lower().endswith("т"):
            # Russian ц -> т before the suffix: Донецк -> Донетчина
            # (and an adjectival city: Хмельницкий -> Хмельнитчина)
            forms += [stem[:-1] + "цк", stem[:-1] + "ца", stem[:-1] + "цкий"]
        if stem.lower().endswith("с"):
            # Russian с+ч: Одесса -> Одесчина, Черкассы -> Черкасчина (the oblast's adjective
            # too, as for -щина below)
            forms += [stem + "а", stem + "са", stem + "и", stem + "ы", stem + "сы",
                      stem + "ська область", stem + "ская область"]
        return forms
    forms = [stem, stem + "а", stem + "и", stem + "ськ", stem + "ск", stem + "са", stem + "си",
             stem + "я", stem + "ка", stem + "е", stem + "о",
             stem + "ський", stem + "ский",  # (Новгород-Сіверський -> Новгород-Сіверщина)
             # the oblast's own adjective, where its centre's name is not the stem: Орловщина,
             # the Орловская область, whose centre is Орёл
             stem + "ська область", stem + "ская область"]
    # (a town in -ка drops it: Охтирка -> Охтирщина; so does one in -е/-о: Синельникове,
    # Синельниково -> Синельниковщина)
    if len(stem) > 3 and stem.lower().endswith("н") and stem[-2].lower() in "аеєиіїоуюяы":
        # a name ending in a vowel takes -н- before the suffix: Рівне -> Рівненщина, Ічня ->
        # Ічнянщина
        forms.append(stem[:-1])
    low = stem.lower()
    if len(low) > 4 and low[-2] == "е" and low[-1] in "нв" and low[-3] not in "аеєиіїоуюяы":
        # a Russian neuter name loses the vowel the suffix needs: Ровно -> Ровенщина
        forms.append(stem[:-2] + stem[-1] + "о")
    if low.endswith(("ин", "ін")) and len(stem) > 4:
        forms.append(stem[:-2] + "а")  # -ин- after a town in -а: Шостка -> Шосткинщина
    if low.endswith("ів") and len(stem) > 4:
        # Ukrainian о -> і in the closed syllable: Синельникове -> Синельниківщина
        forms += [stem[:-2] + "ове", stem[:-2] + "ово"]
    return forms


def _how_exact(flags: int) -> str:
    """How an exact key hit relates to the place's names (flags are OR-ed over its names)."""
    if flags & PRIMARY:
        return "exact"
    if flags & OWN_GENERIC:
        return "generic"  # its own name without the designator: "Lida" for "Lida air base"
    if flags & ALTERNATE or flags & GENERIC:
        return "alternate"
    return "transliteration"


@lru_cache(maxsize=4096)
def _is_common_word(key: str) -> bool:
    """True for ordinary English words, which must not be fuzzily turned into places."""
    if " " in key:
        return False
    from wordfreq import zipf_frequency  # imported on first use: it is slow to import

    return zipf_frequency(key, "en") >= 2.5


def _load_geometries() -> dict[str, dict[str, Any]]:
    """Region and country polygons by code, for the index to store."""
    out: dict[str, dict[str, Any]] = {}
    for rec in boundaries.load_regions():
        if rec.geometry is not None and rec.iso_3166_2:
            out.setdefault(rec.iso_3166_2, rec.geometry)
    for crec in boundaries.load_countries():
        if crec.geometry is not None:
            out[crec.country] = crec.geometry
    return out


#: how long an index no process has loaded is kept beside a newer one: another checkout or
#: version of the package may share the cache, and a running process may still read it
_UNUSED_INDEX_SECONDS = 24 * 3600


def _mark_used(index_dir: Path) -> None:
    """Record that a process loaded ``index_dir`` now (its modification time)."""
    with contextlib.suppress(OSError):
        os.utime(index_dir)


def _remove_other_indexes(cache: Path, keep: Path) -> None:
    """Remove the indexes of other inputs that no process has loaded for a day."""
    now = time.time()
    for old in cache.glob("index-*"):
        if old == keep or not old.is_dir():
            continue
        try:
            unused = now - old.stat().st_mtime > _UNUSED_INDEX_SECONDS
        except OSError:
            continue
        if unused:
            shutil.rmtree(old, ignore_errors=True)
