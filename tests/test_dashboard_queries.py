"""Filtering of site/claim frames and the filters' round trip through URL parameters."""

from __future__ import annotations

import datetime as dt

import pytest
from dashboard_fixtures import sample
from hypothesis import given
from hypothesis import strategies as st

from dashboard.errors import FilterError
from dashboard.queries import (
    Filters,
    MapView,
    date_bounds,
    filter_claims,
    filter_sites,
    filters_from_query_params,
    filters_to_query_params,
    options,
    summary_counts,
    view_from_query_params,
    view_to_query_params,
)
from dashboard.styles import REVIEW_STATES, ROLES, STANCES

SITES, CLAIMS = sample()


def ids(frame) -> set[str]:
    return set(frame["site_id"])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), set(SITES["site_id"])),
        (Filters(roles={"launch_site"}), {"s-launch", "s-region"}),
        (Filters(stances={"denied"}), {"s-strike2"}),
        (Filters(countries={"BY", "IR"}), {"s-instr", "s-other"}),
        (Filters(min_sources=2), {"s-launch", "s-strike"}),
        (Filters(review_states={"machine", "accepted"}), ids(SITES) - {"s-strike2"}),
        (Filters(claimants={"Border Service"}), {"s-launch", "s-region"}),
        (Filters(claimants={"Border"}), set()),  # whole names only
        (Filters(text="LAKESIDE"), {"s-instr"}),  # case-insensitive, place name
        (Filters(text="drones flew from hill"), {"s-strike2"}),  # evidence sentence
        (Filters(text="<script>"), {"s-evil"}),
        # period overlap: s-launch runs 2024-10-01..2024-10-20
        (
            Filters(date_from=dt.date(2024, 10, 15), date_to=dt.date(2024, 10, 31)),
            {"s-launch", "s-evil", "s-other", "s-instr"},
        ),
        (
            Filters(date_from=dt.date(2024, 10, 15), include_undated=False),
            {"s-launch", "s-evil", "s-other", "s-strike"},
        ),
        (Filters(date_to=dt.date(2023, 12, 31), include_undated=False), {"s-strike2"}),
        (Filters(roles={"strike_target"}, min_sources=3), {"s-strike"}),
    ],
)
def test_filter_sites(filters: Filters, expected: set[str]) -> None:
    assert ids(filter_sites(SITES, filters)) == expected


def test_month_precision_dates_overlap_the_days_of_that_month() -> None:
    sites = SITES.assign(first_date="2024-10", last_date="2024-10")
    got = filter_sites(sites, Filters(date_from=dt.date(2024, 10, 31)))
    assert len(got) == len(sites)
    assert filter_sites(sites, Filters(date_from=dt.date(2024, 11, 1))).empty


def test_filter_keeps_frame_type_and_crs() -> None:
    got = filter_sites(SITES, Filters(roles={"other"}))
    assert got.crs == SITES.crs and got.geometry.name == "geometry"


def test_filter_claims_follow_sites_and_claim_level_filters() -> None:
    shown = filter_sites(SITES, Filters(claimants={"Border Service"}))
    got = filter_claims(CLAIMS, Filters(claimants={"Border Service"}), shown["site_id"])
    assert set(got["claim_id"]) == {"c2", "c3"}  # c1 (Test Agency) is left out
    assert set(filter_claims(CLAIMS, Filters(), ["s-strike"])["claim_id"]) == {"c5", "c6"}


def test_summary_counts() -> None:
    counts = summary_counts(SITES, CLAIMS)
    assert counts["sites"] == 7 and counts["claims"] == 9
    assert counts["strike_target"] == 3 and counts["launch_site"] == 2
    assert summary_counts(SITES.iloc[:0])["sites"] == 0
    assert summary_counts(SITES.iloc[:0])["other"] == 0


def test_date_bounds_and_options() -> None:
    assert date_bounds(SITES) == (dt.date(2023, 5, 1), dt.date(2024, 11, 6))
    assert date_bounds(SITES.assign(first_date=None, last_date=None)) is None
    assert "Border Service" in options(SITES, "claimants")
    assert "Test Agency; Border Service" not in options(SITES, "claimants")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"roles": {"launchpad"}}, "unknown roles"),
        ({"stances": {"maybe"}}, "unknown stances"),
        ({"min_sources": -1}, "negative"),
        ({"date_from": dt.date(2024, 2, 1), "date_to": dt.date(2024, 1, 1)}, "swap"),
        ({"text": "x" * 500}, "shorten"),
    ],
)
def test_bad_filters_raise_with_a_fix(kwargs: dict, message: str) -> None:
    with pytest.raises(FilterError, match=message):
        Filters(**kwargs)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"from": "yesterday"}, "not a date"),
        ({"min_sources": "two"}, "whole number"),
        ({"undated": "maybe"}, "0 or 1"),
        ({"role": ["nope"]}, "unknown roles"),
    ],
)
def test_bad_query_params_raise(params: dict, message: str) -> None:
    with pytest.raises(FilterError, match=message):
        filters_from_query_params(params)


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
_dates = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))


@st.composite
def filters_strategy(draw: st.DrawFn) -> Filters:
    a, b = draw(st.one_of(st.none(), _dates)), draw(st.one_of(st.none(), _dates))
    if a and b and a > b:
        a, b = b, a
    return Filters(
        roles=draw(st.frozensets(st.sampled_from(ROLES))),
        date_from=a,
        date_to=b,
        include_undated=draw(st.booleans()),
        claimants=draw(st.frozensets(_text.filter(bool), max_size=3)),
        stances=draw(st.frozensets(st.sampled_from(STANCES))),
        countries=draw(st.frozensets(st.text("ABCDEFGHIJ", min_size=2, max_size=2))),
        min_sources=draw(st.integers(0, 50)),
        review_states=draw(st.frozensets(st.sampled_from(REVIEW_STATES))),
        text=draw(_text),
    )


@given(filters_strategy())
def test_query_params_round_trip(filters: Filters) -> None:
    assert filters_from_query_params(filters_to_query_params(filters)) == filters


def test_default_filters_make_an_empty_url() -> None:
    assert filters_to_query_params(Filters()) == {}


def test_map_view_round_trip_and_bad_views() -> None:
    view = MapView(50.45466, 30.5238, 9)
    assert view_from_query_params(view_to_query_params(view)) == view
    assert view_from_query_params({"lat": "95", "lon": "0", "z": "3"}) is None
    assert view_from_query_params({"lat": "50"}) is None
