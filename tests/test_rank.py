"""Ranking and the data it ranks on: country points, region populations, capitals, context
strength, abbreviations. Tables of invented places, so that no case is tuned to a real answer."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import shapely

from gazetteer import boundaries, sources
from gazetteer.boundaries import RegionRecord, main_centroid
from gazetteer.core import Gazetteer
from gazetteer.geonames import RawPlace
from gazetteer.index import build_index, load_index
from gazetteer.model import Place, Precision
from gazetteer.rank import REGION_IMPORTANCE, Hints, importance, lies_in, rank
from gazetteer.settings import Settings
from tests.conftest import C, R, S, rp

# --- the centre of a country's main landmass ----------------------------------------------------


def _box(x0: float, y0: float, x1: float, y1: float) -> list[list[float]]:
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]


def _country(geometry: dict[str, Any] | None, lat: float = 1.0, lon: float = 1.0) -> RegionRecord:
    return RegionRecord(kind="country", iso_3166_2="AA", country="AA", name="Testland",
                        lat=lat, lon=lon, source="test:aa", geometry=geometry)


def test_centre_is_of_the_largest_part_not_the_label_point() -> None:
    mainland = _box(0.0, 0.0, 10.0, 10.0)
    island = _box(50.0, 0.0, 51.0, 1.0)
    rec = _country({"type": "MultiPolygon", "coordinates": [[island], [mainland]]},
                   lat=9.0, lon=1.0)  # a label point in a corner
    lat, lon = main_centroid(rec)  # type: ignore[misc]
    assert lon == pytest.approx(5.0, abs=0.01)
    assert lat == pytest.approx(5.0, abs=0.1)


def test_centre_weights_each_degree_by_its_true_area() -> None:
    # a band from the equator to 80N: a degree near the pole holds little land, so the centre
    # lies well south of the band's middle (40N): the integral of lat*cos(lat) over cos(lat)
    a = math.radians(80.0)
    expected = math.degrees((a * math.sin(a) + math.cos(a) - 1.0) / math.sin(a))
    rec = _country({"type": "Polygon", "coordinates": [_box(0.0, 0.0, 10.0, 80.0)]})
    lat, lon = main_centroid(rec)  # type: ignore[misc]
    assert lat == pytest.approx(expected, abs=0.3)
    assert lat < 35.0 and lon == pytest.approx(5.0, abs=0.01)


def test_centre_of_a_crescent_is_moved_onto_its_land() -> None:
    # a U shape: the centre of its area lies in the gap between the arms
    u_shape = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [8.0, 10.0], [8.0, 2.0], [2.0, 2.0],
               [2.0, 10.0], [0.0, 10.0], [0.0, 0.0]]
    rec = _country({"type": "Polygon", "coordinates": [u_shape]})
    lat, lon = main_centroid(rec)  # type: ignore[misc]
    poly = shapely.Polygon(u_shape)
    assert not poly.contains(poly.centroid)
    assert poly.contains(shapely.Point(lon, lat))
    assert poly.centroid.distance(shapely.Point(lon, lat)) < 3.0


def test_no_polygon_no_centre() -> None:
    assert main_centroid(_country(None)) is None


def test_every_country_point_lies_in_its_country() -> None:
    shapes = {r.country: boundaries.shape_of(r) for r in boundaries.load_countries()}
    for place in sources.country_places():
        shape = shapes[place.country]
        assert shape is not None
        assert shape.buffer(0.01).contains(shapely.Point(place.lon, place.lat)), place.name


# --- capitals and region populations at build time ----------------------------------------------


def test_only_the_most_populous_namesake_is_the_capital() -> None:
    cities = [
        rp("Capitol City", "AA", "AA.01", 1.0, 1.0, S, 20_000, "test:small"),
        rp("Capitol City", "AA", "AA.02", 2.0, 2.0, S, 700_000, "test:big"),
        rp("Capitol City", "BB", "BB.01", 3.0, 3.0, S, 900_000, "test:abroad"),
        rp("Other Town", "AA", "AA.01", 1.0, 1.5, S, 5_000, "test:other"),
    ]
    assert sources.capital_sources(cities, {"AA": "Capitol City", "BB": ""}) == {"test:big"}


def test_regions_get_the_population_of_their_towns() -> None:
    region = RawPlace(name="North", alt_names=(), country="AA", admin1="AA-01", lat=1.0,
                      lon=1.0, precision=R, population=0, source="test:r1", feature="ADM1")
    empty = RawPlace(name="South", alt_names=(), country="AA", admin1="AA-02", lat=2.0,
                     lon=2.0, precision=R, population=0, source="test:r2", feature="ADM1")
    sea = RawPlace(name="Sea", alt_names=(), country="", admin1="AA-01", lat=1.0, lon=1.0,
                   precision=R, population=0, source="curated:9", feature="CURATED")
    towns = [rp("A", "AA", "AA-01", 1.0, 1.0, S, 1_000, "test:a"),
             rp("B", "AA", "AA-01", 1.1, 1.0, S, 2_500, "test:b"),
             rp("C", "AA", "AA.02", 2.0, 2.0, S, 9_000, "test:c")]  # an unmapped GeoNames code
    out = {p.source: p.population for p in
           sources.with_region_populations([region, empty, sea, *towns])}
    assert out["test:r1"] == 3_500
    assert out["test:r2"] == 0  # unknown, not small
    assert out["curated:9"] == 0
    assert out["test:a"] == 1_000


# --- importance and context ----------------------------------------------------------------------


def _place(pid: int, name: str, country: str, admin1: str, prec: Precision, pop: int,
           lat: float = 10.0, lon: float = 10.0) -> Place:
    return Place(place_id=pid, name=name, country=country, admin1=admin1, lat=lat, lon=lon,
                 precision=prec, population=pop, source=f"test:{pid}")


def _top(places: list[Place], hints: Hints | None = None) -> Place:
    return rank([(p, 1.0, False) for p in places], hints or Hints(), None)[0].place


def test_region_importance_follows_its_population_when_known() -> None:
    unknown = _place(1, "X", "AA", "AA-01", R, 0)
    small = _place(2, "X", "AA", "AA-02", R, 20_000)
    large = _place(3, "X", "AA", "AA-03", R, 5_000_000)
    assert importance(unknown) == REGION_IMPORTANCE
    assert importance(small) < importance(unknown) < importance(large)


@pytest.mark.parametrize(("region_pop", "city_pop", "winner"), [
    (20_000, 650_000, "city"),      # a small parish yields to a big city of its name abroad
    (5_000_000, 40_000, "region"),  # a large state beats a small town of its name abroad
    (0, 40_000, "region"),          # a region of unknown size still beats a small town
    (380_000, 410_000, "city"),     # a province and a city abroad of about the same size
    (3_000_000, 120_000, "region"),  # a large county beats a large town of its name abroad
])
def test_bare_name_region_or_city_by_size(region_pop: int, city_pop: int, winner: str) -> None:
    region = _place(1, "Harbourton", "AA", "AA-04", R, region_pop)
    city = _place(2, "Harbourton", "BB", "BB-01", S, city_pop, lat=-30.0, lon=100.0)
    top = _top([region, city])
    assert top is (city if winner == "city" else region)


@pytest.mark.parametrize(("home_pop", "abroad_pop", "hints", "winner"), [
    # a named country: a world city abroad beats a village at home ...
    (1_000, 9_000_000, Hints(countries=frozenset({"AA"})), "abroad"),
    # ... but a town at home beats a somewhat larger town abroad
    (50_000, 200_000, Hints(countries=frozenset({"AA"})), "home"),
    # a named region is strong evidence: its village beats the world city
    (1_000, 9_000_000, Hints(regions=frozenset({"AA-01"}), countries=frozenset({"AA"})), "home"),
    # no context: the bigger place
    (50_000, 200_000, Hints(), "abroad"),
])
def test_how_much_context_outweighs_population(home_pop: int, abroad_pop: int, hints: Hints,
                                               winner: str) -> None:
    home = _place(1, "Newbury Cross", "AA", "AA-01", S, home_pop)
    abroad = _place(2, "Newbury Cross", "BB", "BB-01", S, abroad_pop, lat=-30.0, lon=100.0)
    top = _top([home, abroad], hints)
    assert top is (home if winner == "home" else abroad)


# --- abbreviations -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def abbrev_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    tmp: Path = tmp_path_factory.mktemp("abbrev-gaz")
    places = [
        rp("Unitedland", "AA", "", 50.0, 0.0, C, 60_000_000, "test:aa", ("UL", "U.L.")),
        # a small town whose own name has the abbreviation's letters, in a focus country
        rp("Ul", "RU", "RU-IRK", 55.0, 99.0, S, 4_000, "test:ul"),
    ]
    build_index(places, tmp / "index", "abbrev")
    return Gazetteer(load_index(tmp / "index", "abbrev"), Settings(cache_dir=tmp))


@pytest.mark.parametrize(("query", "source"), [
    ("UL", "test:aa"),    # capitals: the abbreviation
    ("U.L.", "test:aa"),
    ("Ul", "test:ul"),    # written as a name: the town
])
def test_capitalised_short_name_is_an_abbreviation(abbrev_gazetteer: Gazetteer, query: str,
                                                   source: str) -> None:
    assert abbrev_gazetteer.geocode(query)[0].source == source


# --- the full gazetteer --------------------------------------------------------------------------


@pytest.mark.slow
def test_one_capital_per_country_name(full_gazetteer: Gazetteer) -> None:
    capitals = [p for p in full_gazetteer.lookup("Washington")
                if p.precision is Precision.SETTLEMENT and p.capital]
    assert [p.admin1 for p in capitals] == ["US-DC"]


@pytest.mark.slow
def test_regions_carry_a_population(full_gazetteer: Gazetteer) -> None:
    regions = [p for p in full_gazetteer.lookup("Kherson") if p.precision is Precision.REGION]
    assert regions and all(p.population > 100_000 for p in regions)


def test_a_cyrillic_name_gives_no_record_its_own_name_bonus() -> None:
    # two villages of one region, romanised two ways: the text in Cyrillic matches one
    # record's own (Latin) name exactly and the other's only as an alternate; which spelling a
    # record took says nothing about which place the text means, so size decides
    hamlet = _place(1, "Hvardovo", "AA", "AA-01", S, 700)
    town = _place(2, "Gvardovo", "AA", "AA-01", S, 12_000, lat=10.4)
    matches = [(hamlet, 1.0, False), (town, 0.9, False)]
    assert rank(matches, Hints(), None, cyrillic=True)[0].place is town
    # a Latin name keeps the bonus: the record that bears it is what the text spells
    assert rank(matches, Hints(), None, cyrillic=False)[0].place is hamlet


def test_a_region_asked_for_is_not_a_country_of_the_same_name() -> None:
    country = _place(1, "Harbourland", "AA", "", Precision.COUNTRY, 5_000_000)
    region = _place(2, "Harbourland", "AA", "AA-07", R, 1_000_000)
    top = rank([(country, 1.0, False), (region, 1.0, False)], Hints(), "region")[0].place
    assert top is region


def test_a_region_named_in_the_context_brings_the_city_it_encloses() -> None:
    # Sevastopol's territory lies on the Crimean peninsula, Kyiv inside its oblast
    assert Hints(frozenset({"UA-43"})).regions == {"UA-43", "UA-40"}
    assert Hints(frozenset({"UA-32", "UA-63"})).regions == {"UA-32", "UA-30", "UA-63"}
    # (not the other way round: the city does not bring the region)
    assert Hints(frozenset({"UA-40"})).regions == {"UA-40"}
    assert lies_in("UA-40", "UA-43") and lies_in("UA-43", "UA-43")
    assert not lies_in("UA-43", "UA-40") and not lies_in("UA-30", "UA-63")
