"""Merging claims into sites, and the flat site/claim records built from them."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from store_fixtures import (  # noqa: E402
    BARANOVICHI_AB,
    CRIMEA,
    IRAN,
    KYIV,
    make_claim,
    make_report,
    sample_batch,
)

from gazetteer.boundaries import load_curated  # noqa: E402
from gazetteer.model import AREA_RADIUS_M, CURATED_PREFIX, Precision  # noqa: E402
from geodata.errors import ReviewError  # noqa: E402
from geodata.model import ReviewState, Role, Stance  # noqa: E402
from geodata.records import (  # noqa: E402
    CLAIM_COLUMNS,
    COUNTRY_RADIUS_M,
    REGION_RADIUS_M,
    SITE_COLUMNS,
    Review,
    claim_record,
    site_record,
)
from geodata.sites import merge_sites, normalise_claimant, site_id_for, site_stance  # noqa: E402


def _sites():
    batch = sample_batch()
    reports = {r.report_id: r for r, _ in batch}
    claims = [c for _, cs in batch for c in cs]
    return {(s.resolution.name, s.role): s for s in merge_sites(claims, reports)}, reports


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the National Resistance Center", "National Resistance Center of Ukraine"),
        ("Ukrainian military intelligence", "military intelligence"),
        ("  The   General Staff ", "general staff"),
        ("Ukraine\u2019s Air Force", "the air force"),
    ],
)
def test_claimant_spellings_of_one_source_normalise_alike(a: str, b: str) -> None:
    assert normalise_claimant(a) == normalise_claimant(b)


def test_distinct_claimants_stay_distinct() -> None:
    assert normalise_claimant("the General Staff") != normalise_claimant("the Air Force")
    assert normalise_claimant("x") == normalise_claimant(normalise_claimant("x"))


def test_sites_group_by_gazetteer_source_and_role() -> None:
    sites, _ = _sites()
    assert set(sites) == {
        ("Kyiv", Role.STRIKE_TARGET),
        ("Crimea", Role.LAUNCH_SITE),
        ("Baranovichi air base", Role.INSTRUCTOR_LOCATION),
        ("Iran", Role.OTHER),
    }
    assert len(sites[("Kyiv", Role.STRIKE_TARGET)].claims) == 2
    # The unresolved mention cannot be placed: no site for it.
    assert all(s.resolution is not None for s in sites.values())


def test_same_place_with_two_roles_gives_two_sites() -> None:
    r = make_report("x", "Drones from Crimea struck Crimea again.")
    claims = [
        make_claim(r, "Crimea", Role.LAUNCH_SITE, CRIMEA),
        make_claim(r, "Crimea", Role.STRIKE_TARGET, CRIMEA, occurrence=1),
    ]
    sites = merge_sites(claims, {"x": r})
    assert sorted(s.role for s in sites) == [Role.LAUNCH_SITE, Role.STRIKE_TARGET]
    assert len({s.site_id for s in sites}) == 2


def test_site_id_is_stable_and_depends_on_role() -> None:
    assert site_id_for("geonames:703448", Role.STRIKE_TARGET) == site_id_for(
        "geonames:703448", Role.STRIKE_TARGET
    )
    assert site_id_for("geonames:703448", Role.STRIKE_TARGET) != site_id_for(
        "geonames:703448", Role.LAUNCH_SITE
    )
    sites, _ = _sites()
    kyiv = sites[("Kyiv", Role.STRIKE_TARGET)]
    assert kyiv.site_id == site_id_for(KYIV.source, Role.STRIKE_TARGET)


def test_outlets_quoting_one_claimant_count_once() -> None:
    sites, _ = _sites()
    crimea = sites[("Crimea", Role.LAUNCH_SITE)]
    assert crimea.n_sources == 1
    assert crimea.source_note.startswith("2 outlets, 1 independent source: both quote")
    assert "National Resistance Center" in crimea.source_note
    assert len(crimea.claimants) == 1


def test_unattributed_claims_count_per_outlet() -> None:
    sites, _ = _sites()
    kyiv = sites[("Kyiv", Role.STRIKE_TARGET)]
    # One claim quotes city officials; the other outlet reports it without attribution.
    assert kyiv.n_sources == 2
    assert "Other Daily reports it unattributed" in kyiv.source_note


def test_one_outlet_repeating_itself_is_one_source() -> None:
    r = make_report("x", "Kyiv was hit. Later Kyiv was hit again.")
    claims = [
        make_claim(r, "Kyiv", Role.STRIKE_TARGET, KYIV),
        make_claim(r, "Kyiv", Role.STRIKE_TARGET, KYIV, occurrence=1),
    ]
    (site,) = merge_sites(claims, {"x": r})
    assert site.n_sources == 1
    assert site.source_note.startswith("1 outlet, 1 independent source")


def test_dates_use_event_date_else_publication() -> None:
    sites, _ = _sites()
    kyiv = sites[("Kyiv", Role.STRIKE_TARGET)]
    assert kyiv.first_date == dt.date(2024, 10, 17)  # event date of r1's claim
    assert kyiv.last_date == dt.date(2024, 10, 21)  # r2 published, no event date
    base = sites[("Baranovichi air base", Role.INSTRUCTOR_LOCATION)]
    # r3 has no date at all: only r1's publication date counts.
    assert base.first_date == base.last_date == dt.date(2024, 10, 18)


def test_undated_site_has_no_dates() -> None:
    r = make_report("x", "Kyiv was hit.", published=None)
    (site,) = merge_sites([make_claim(r, "Kyiv", Role.STRIKE_TARGET, KYIV)], {"x": r})
    assert site.first_date is None and site.last_date is None


@pytest.mark.parametrize(
    ("stances", "expected"),
    [
        ([Stance.DENIED, Stance.DENIED], Stance.DENIED),
        ([Stance.DENIED, Stance.ALLEGED], Stance.ALLEGED),
        ([Stance.ALLEGED, Stance.CONFIRMED], Stance.CONFIRMED),
        ([Stance.DENIED, Stance.CONFIRMED], Stance.CONFIRMED),
        ([Stance.ALLEGED], Stance.ALLEGED),
    ],
)
def test_site_stance(stances: list[Stance], expected: Stance) -> None:
    assert site_stance(stances) is expected


def test_site_record_columns_and_values() -> None:
    sites, reports = _sites()
    crimea = sites[("Crimea", Role.LAUNCH_SITE)]
    rec = site_record(crimea, None, reports)
    assert set(SITE_COLUMNS) <= set(rec)
    assert rec["geometry"].geom_type == "Polygon"  # a region is its polygon, not a point
    assert rec["uncertainty_m"] > 50_000
    assert rec["n_claims"] == 2 and rec["n_sources"] == 1
    assert rec["outlets"] == "Example Wire | Other Daily"
    assert rec["source_urls"] == "https://news.example/r1 | https://news.example/r2"
    # Evidence is the sentence of the surest claim (r2's, confidence 0.8).
    assert rec["evidence"].startswith("A second outlet repeated")
    assert rec["first_date"] == "2024-10-18" and rec["review_state"] == "machine"
    assert rec["occupied"] is True


def test_point_sites_have_no_uncertainty_and_countries_without_polygon_have_a_radius() -> None:
    sites, reports = _sites()
    kyiv = site_record(sites[("Kyiv", Role.STRIKE_TARGET)], None, reports)
    assert kyiv["geometry"].geom_type == "Point" and kyiv["uncertainty_m"] == 0
    assert (kyiv["geometry"].x, kyiv["geometry"].y) == (KYIV.lon, KYIV.lat)
    iran = site_record(sites[("Iran", Role.OTHER)], None, reports)
    assert iran["geometry"].geom_type == "Point"
    assert iran["uncertainty_m"] == COUNTRY_RADIUS_M
    assert IRAN.geometry is None


def test_a_district_known_by_its_centre_is_a_district_sized_circle_its_own_site() -> None:
    # "Bucha district" is pinned on Bucha with a district's radius of doubt, and it is not the
    # town's site: a strike on the district does not say the town was hit
    town = replace(KYIV, name="Bucha", admin1="UA-32", lat=50.54741, lon=30.20879,
                   source="geonames:711350")
    district = replace(town, name="Bucha district", precision=Precision.REGION,
                       source="geonames:711350#district")
    report = make_report("d1", "Drones hit the Bucha district. In Bucha seven houses burned.")
    claims = [make_claim(report, "Bucha district", Role.STRIKE_TARGET, district),
              make_claim(report, "Bucha", Role.STRIKE_TARGET, town, occurrence=1)]
    sites = {s.resolution.name: s for s in merge_sites(claims, {"d1": report})}
    assert set(sites) == {"Bucha", "Bucha district"}
    rec = site_record(sites["Bucha district"], None, {"d1": report})
    assert rec["geometry"].geom_type == "Point"
    assert rec["uncertainty_m"] == AREA_RADIUS_M["district"] < REGION_RADIUS_M
    assert site_record(sites["Bucha"], None, {"d1": report})["uncertainty_m"] == 0


def test_a_curated_feature_with_a_radius_is_drawn_that_size_not_as_a_default_region() -> None:
    # a cape or a spit from the curated table is a few km across, not a 150 km region circle
    rows = [r for r in load_curated() if r.radius_km is not None]
    assert rows, "the packaged curated table gives some features a radius"
    small = min(rows, key=lambda r: r.radius_km or 0.0)
    feature = replace(KYIV, name=small.name, admin1=small.admin1, lat=small.lat, lon=small.lon,
                      precision=Precision.REGION, source=f"{CURATED_PREFIX}{small.row}")
    report = make_report("c1", f"Drones were launched from {small.name} overnight.")
    [site] = merge_sites([make_claim(report, small.name, Role.LAUNCH_SITE, feature)],
                         {"c1": report})
    rec = site_record(site, None, {"c1": report})
    assert rec["geometry"].geom_type == "Point"
    assert rec["uncertainty_m"] == small.radius_km * 1000 < REGION_RADIUS_M
    # a curated region without a radius keeps the default
    bare = [r for r in load_curated() if r.radius_km is None and r.precision is Precision.REGION]
    if bare:
        other = replace(feature, source=f"{CURATED_PREFIX}{bare[0].row}")
        [site] = merge_sites([make_claim(report, small.name, Role.LAUNCH_SITE, other)],
                             {"c1": report})
        assert site_record(site, None, {"c1": report})["uncertainty_m"] == REGION_RADIUS_M


def test_claim_record_and_unresolved_claim() -> None:
    batch = sample_batch()
    r3, claims = batch[2]
    rec = claim_record(claims[0], r3, None)
    assert set(CLAIM_COLUMNS) <= set(rec)
    assert rec["name"] == BARANOVICHI_AB.name and rec["stance"] == "denied"
    assert rec["published"] is None and rec["outlet"] == "Third Post"
    unresolved = claim_record(claims[1], r3, None)
    assert unresolved["site_id"] is None and unresolved["geometry"] is None
    assert unresolved["lat"] is None and unresolved["name"] == "unnamed place"


def test_corrected_review_moves_the_point_and_keeps_the_machine_one() -> None:
    sites, reports = _sites()
    crimea = sites[("Crimea", Role.LAUNCH_SITE)]
    review = Review(crimea.site_id, ReviewState.CORRECTED, note="airfield", lat=45.1, lon=33.9)
    rec = site_record(crimea, review, reports)
    assert (rec["lat"], rec["lon"]) == (45.1, 33.9)
    assert (rec["machine_lat"], rec["machine_lon"]) == (CRIMEA.lat, CRIMEA.lon)
    assert rec["geometry"].geom_type == "Point" and rec["uncertainty_m"] == 0
    assert rec["review_state"] == "corrected" and rec["review_note"] == "airfield"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"state": ReviewState.CORRECTED}, "needs lat and lon, or a name"),
        ({"state": ReviewState.CORRECTED, "lat": 50.0}, "both lat and lon"),
        ({"state": ReviewState.CORRECTED, "lat": 95.0, "lon": 30.0}, "swapped"),
        ({"state": ReviewState.CORRECTED, "lat": float("nan"), "lon": 30.0}, "finite"),
        ({"state": ReviewState.ACCEPTED, "lat": 50.0, "lon": 30.0}, "use state 'corrected'"),
    ],
)
def test_invalid_reviews_are_refused(kwargs: dict, message: str) -> None:
    with pytest.raises(ReviewError, match=message):
        Review("abc", **kwargs)


def test_surname_and_full_name_are_one_claimant() -> None:
    from geodata.sites import _full_name_keys

    assert _full_name_keys(["john kirby", "kirby", "national resistance center"]) == {
        "kirby": "john kirby"}
    # a surname shared by two people stays ambiguous and is not merged
    assert _full_name_keys(["john kirby", "anna kirby", "kirby"]) == {}
