"""The GeoPackage store: validity, atomic ingest, re-ingest, reviews and filters."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pyogrio
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from store_fixtures import (  # noqa: E402
    CRIMEA,
    KYIV,
    ODESA,
    build_store,
    make_claim,
    make_report,
    sample_batch,
)

from geodata.errors import ReportError, ReviewError, StoreError  # noqa: E402
from geodata.model import ReviewState, Role  # noqa: E402
from geodata.records import site_record  # noqa: E402
from geodata.sites import merge_sites, site_id_for  # noqa: E402
from geodata.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CRIMEA_SITE = site_id_for(CRIMEA.source, Role.LAUNCH_SITE)
KYIV_SITE = site_id_for(KYIV.source, Role.STRIKE_TARGET)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_store(tmp_path / "store.gpkg")
    yield s
    s.close()


def _snapshot(path: Path) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """Counts and (site id, review state) pairs, read through GDAL and through the store."""
    gdal_sites = pyogrio.read_dataframe(path, layer="sites")
    with Store.open(path, create=False) as s:
        counts = s.counts()
    assert len(gdal_sites) == counts["sites"]
    return counts, sorted(zip(gdal_sites["site_id"], gdal_sites["review_state"], strict=True))


# --- a real GeoPackage -------------------------------------------------------------------------


def test_store_is_a_geopackage_gdal_reads(store: Store) -> None:
    layers = dict(pyogrio.list_layers(store.path))
    assert {"sites", "claims", "reports", "mentions", "reviews"} <= set(layers)
    for layer, n in (("sites", 4), ("claims", 8)):
        frame = pyogrio.read_dataframe(store.path, layer=layer)
        assert frame.crs.to_epsg() == 4326
        assert len(frame) == n
    sites = pyogrio.read_dataframe(store.path, layer="sites")
    kyiv = sites.loc[sites["site_id"] == KYIV_SITE].geometry.iloc[0]
    assert (kyiv.x, kyiv.y) == (KYIV.lon, KYIV.lat)
    assert set(sites.geometry.geom_type) == {"Point", "Polygon"}
    conn = sqlite3.connect(store.path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert conn.execute("PRAGMA user_version").fetchone()[0] in (10300, 10400)
    finally:
        conn.close()


def test_counts_and_frames(store: Store) -> None:
    assert store.counts() == {"reports": 3, "mentions": 8, "claims": 8, "sites": 4, "reviews": 0}
    sites = store.sites_frame()
    assert sites.crs.to_epsg() == 4326
    assert list(store.reports_frame()["report_id"]) == ["r1", "r2", "r3"]
    claims = store.claims_frame()
    assert claims["geometry"].isna().sum() == 1  # the unresolved mention is kept, unplaced


def test_claims_round_trip_through_the_store(store: Store) -> None:
    originals = {c.claim_id: c for _, cs in sample_batch() for c in cs}
    rebuilt = {c.claim_id: c for c in store.claims()}
    assert rebuilt == originals
    crimea = next(c for c in rebuilt.values() if c.mention.surface == "Crimea")
    assert crimea.mention.resolution is not None
    assert crimea.mention.resolution.geometry == CRIMEA.geometry


# --- opening -----------------------------------------------------------------------------------


def test_random_bytes_are_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "junk.gpkg"
    junk = os.urandom(4096)
    path.write_bytes(junk)
    with pytest.raises(StoreError, match="not a GeoPackage"):
        Store.open(path)
    assert path.read_bytes() == junk


def test_truncated_store_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "store.gpkg"
    build_store(path).close()
    damaged = path.read_bytes()[:2048] + os.urandom(2048)
    path.write_bytes(damaged)
    with pytest.raises(StoreError):
        Store.open(path)
    assert path.read_bytes() == damaged


def test_other_sqlite_databases_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a GeoPackage"):
        Store.open(path)
    assert path.read_bytes() == before


def test_missing_store_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "none.gpkg", create=False)
    assert not (tmp_path / "none.gpkg").exists()


# --- ingest ------------------------------------------------------------------------------------


def test_reingest_skips_known_reports_and_keeps_reviews(store: Store) -> None:
    store.review(CRIMEA_SITE, ReviewState.ACCEPTED, note="matches imagery")
    before = store.counts()
    result = store.ingest(sample_batch())
    assert (result.added, result.replaced, result.skipped) == (0, 0, 3)
    assert store.counts() == before
    crimea = store.sites_frame().set_index("site_id").loc[CRIMEA_SITE]
    assert crimea["review_state"] == "accepted" and crimea["review_note"] == "matches imagery"


def test_changed_report_replaces_its_claims_and_surviving_reviews_stay(store: Store) -> None:
    r2_old, r2_claims = sample_batch()[1]
    crimea_claim = r2_claims[0]
    kyiv_claim = r2_claims[1]
    store.review(crimea_claim.claim_id, ReviewState.ACCEPTED, note="checked")
    store.review(kyiv_claim.claim_id, ReviewState.REJECTED)
    # Same report id, new text: the Crimea sentence is unchanged, Kyiv is gone, Odesa is new.
    body = r2_old.body.replace("Kyiv was again under attack.", "Odesa was under attack.")
    r2 = make_report("r2", body, source="Other Daily", published=r2_old.published)
    new_claims = [
        make_claim(r2, "Crimea", Role.LAUNCH_SITE, CRIMEA, claimant=crimea_claim.claimant),
        make_claim(r2, "Odesa", Role.STRIKE_TARGET, ODESA),
    ]
    result = store.ingest([(r2, new_claims)])
    assert (result.added, result.replaced, result.skipped) == (0, 1, 0)
    claims = store.claims_frame().set_index("claim_id")
    assert kyiv_claim.claim_id not in claims.index
    assert claims.loc[crimea_claim.claim_id, "review_state"] == "accepted"
    assert claims.loc[crimea_claim.claim_id, "review_note"] == "checked"
    assert (claims["report_id"] == "r2").sum() == 2
    sites = store.sites_frame().set_index("site_id")
    assert sites.loc[KYIV_SITE, "n_claims"] == 1  # only r1's claim is left
    assert site_id_for(ODESA.source, Role.STRIKE_TARGET) in sites.index


def test_new_claims_join_a_reviewed_site_and_the_review_stays(store: Store) -> None:
    store.review(KYIV_SITE, ReviewState.CORRECTED, lat=50.44, lon=30.52, note="district")
    r4 = make_report("r4", "Kyiv was struck once more.", source="Fourth Outlet")
    store.ingest([(r4, [make_claim(r4, "Kyiv", Role.STRIKE_TARGET, KYIV)])])
    kyiv = store.sites_frame().set_index("site_id").loc[KYIV_SITE]
    assert kyiv["n_claims"] == 3 and kyiv["n_sources"] == 3
    assert (kyiv["lat"], kyiv["lon"]) == (50.44, 30.52)
    assert (kyiv["machine_lat"], kyiv["machine_lon"]) == (KYIV.lat, KYIV.lon)


def _full_merge_records(store: Store) -> list[dict]:
    """Site records as a from-scratch merge of every stored claim gives them (no reviews)."""
    reports = store.reports()
    return [site_record(s, None, reports) for s in merge_sites(store.claims(), reports)]


def test_touched_sites_remerge_equals_a_full_remerge(store: Store) -> None:
    store.review(KYIV_SITE, ReviewState.CORRECTED, lat=50.44, lon=30.52)
    r5 = make_report("r5", "Odesa and Kyiv were hit.", source="Fifth Outlet")
    store.ingest(
        [
            (
                r5,
                [
                    make_claim(r5, "Odesa", Role.STRIKE_TARGET, ODESA),
                    make_claim(r5, "Kyiv", Role.STRIKE_TARGET, KYIV, claimant="Air Force"),
                ],
            )
        ]
    )
    odesa_site = site_id_for(ODESA.source, Role.STRIKE_TARGET)
    assert odesa_site in set(store.sites_frame()["site_id"])
    # r5 changes: Odesa (its only report) is gone, so its site must go; Crimea gains a claim.
    r5b = make_report("r5", "Crimea launched them; Kyiv was hit.", source="Fifth Outlet")
    store.ingest([(r5b, [make_claim(r5b, "Crimea", Role.LAUNCH_SITE, CRIMEA),
                         make_claim(r5b, "Kyiv", Role.STRIKE_TARGET, KYIV)])])  # fmt: skip
    sites = store.sites_frame()
    expected = _full_merge_records(store)
    assert list(sites["site_id"]) == [r["site_id"] for r in expected]  # same rows, same order
    assert odesa_site not in set(sites["site_id"])
    machine = ("role", "machine_name", "machine_lat", "machine_lon", "n_claims", "n_sources",
               "claimants", "source_note", "first_date", "last_date", "outlets", "evidence",
               "score", "stance")  # fmt: skip
    for row, rec in zip(sites.to_dict("records"), expected, strict=True):
        assert {c: row[c] for c in machine} == {c: rec[c] for c in machine}
    kyiv = sites.set_index("site_id").loc[KYIV_SITE]
    assert (kyiv["lat"], kyiv["review_state"]) == (50.44, "corrected")  # the review survived


def test_failing_iterator_leaves_the_store_untouched(store: Store) -> None:
    before = _snapshot(store.path)
    r5 = make_report("r5", "Odesa was hit at night.")

    def batch():
        yield r5, [make_claim(r5, "Odesa", Role.STRIKE_TARGET, ODESA)]
        raise ValueError("the reader broke")

    with pytest.raises(ValueError, match="the reader broke"):
        store.ingest(batch())
    assert _snapshot(store.path) == before
    assert "r5" not in set(store.reports_frame()["report_id"])


def test_malformed_items_are_refused_and_nothing_is_written(store: Store) -> None:
    before = _snapshot(store.path)
    r5 = make_report("r5", "Odesa was hit at night.")
    r1 = sample_batch()[0][0]
    foreign = make_claim(r1, "Kyiv", Role.STRIKE_TARGET, KYIV)
    with pytest.raises(ReportError, match="pair each report with its own claims"):
        store.ingest([(r5, [make_claim(r5, "Odesa", Role.STRIKE_TARGET, ODESA)]), (r5, [foreign])])
    with pytest.raises(ReportError, match="not a \\(Report"):
        store.ingest([("not a report", [])])  # type: ignore[list-item]
    assert _snapshot(store.path) == before


_CHILD = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, {tests!r})
    from store_fixtures import KYIV, make_claim, make_report
    from geodata.model import Role
    from geodata.store import Store

    mode, path, marker = sys.argv[1], sys.argv[2], sys.argv[3]
    store = Store.open(path, create=False)

    def batch():
        for i in range(2000):
            # Long bodies overflow SQLite's page cache, so pages reach the file before the kill.
            body = f"Kyiv was hit, item {{i}}. " + "Filler words for size. " * 400
            r = make_report(f"bulk{{i}}", body, source=f"Outlet {{i}}")
            yield r, [make_claim(r, "Kyiv", Role.STRIKE_TARGET, KYIV)]

    def progress(report):
        if report.report_id == "bulk400":
            if mode == "exit":
                os._exit(3)
            open(marker, "w").close()
            time.sleep(60)  # the parent kills us here, mid-transaction

    store.ingest(batch(), progress=progress)
    """
)


@pytest.mark.parametrize("mode", ["exit", "sigkill"])
def test_killed_ingest_leaves_the_store_as_it_was(tmp_path: Path, mode: str) -> None:
    path = tmp_path / "store.gpkg"
    build_store(path).close()
    before = _snapshot(path)
    before_bytes = path.read_bytes()
    script = tmp_path / "child.py"
    script.write_text(_CHILD.format(tests=str(Path(__file__).parent)))
    marker = tmp_path / "started"
    child = subprocess.Popen(
        [sys.executable, str(script), mode, str(path), str(marker)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    try:
        if mode == "sigkill":
            deadline = time.monotonic() + 60
            while not marker.exists():
                assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
                assert time.monotonic() < deadline, "child never started writing"
                time.sleep(0.05)
            os.kill(child.pid, signal.SIGKILL)
        code = child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
    assert code == (3 if mode == "exit" else -signal.SIGKILL)
    # The dead writer really wrote (its uncommitted pages are in the write-ahead log) ...
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 1_000_000
    # ... but not into the store file, which GDAL (read-only) and the store read as before.
    assert path.read_bytes() == before_bytes
    assert _snapshot(path) == before
    with Store.open(path) as s:
        assert not any(rid.startswith("bulk") for rid in s.reports_frame()["report_id"])
        assert s.ingest(sample_batch()).skipped == 3  # still writable


# --- reviews -----------------------------------------------------------------------------------


def test_review_unknown_id_and_bad_values(store: Store) -> None:
    with pytest.raises(ReviewError, match="no claim or site with id"):
        store.review("feedbeef00000000", ReviewState.ACCEPTED)
    with pytest.raises(ReviewError, match="unknown review state"):
        store.review(KYIV_SITE, "maybe")
    with pytest.raises(ReviewError, match="outside"):
        store.review(KYIV_SITE, ReviewState.CORRECTED, lat=30.5, lon=250.0)
    with pytest.raises(ReviewError, match="needs lat and lon, or a name"):
        store.review(KYIV_SITE, ReviewState.CORRECTED)
    assert store.counts()["reviews"] == 0


def test_corrected_site_replaces_coordinates_in_frames_and_in_the_file(store: Store) -> None:
    store.review(CRIMEA_SITE, ReviewState.CORRECTED, lat=45.09, lon=33.97, name="Saky airfield")
    crimea = store.sites_frame().set_index("site_id").loc[CRIMEA_SITE]
    assert (crimea["lat"], crimea["lon"], crimea["name"]) == (45.09, 33.97, "Saky airfield")
    assert (crimea["machine_lat"], crimea["machine_lon"]) == (CRIMEA.lat, CRIMEA.lon)
    assert crimea["machine_name"] == "Crimea"
    assert crimea.geometry.geom_type == "Point"
    gdal = pyogrio.read_dataframe(store.path, layer="sites").set_index("site_id")
    assert gdal.loc[CRIMEA_SITE, "review_state"] == "corrected"
    assert (gdal.loc[CRIMEA_SITE].geometry.x, gdal.loc[CRIMEA_SITE].geometry.y) == (33.97, 45.09)
    # A later review wins, and undoing the correction brings the polygon back.
    store.review(CRIMEA_SITE, ReviewState.ACCEPTED)
    crimea = store.sites_frame().set_index("site_id").loc[CRIMEA_SITE]
    assert crimea.geometry.geom_type == "Polygon" and crimea["lat"] == CRIMEA.lat
    assert list(store.reviews_frame()["state"]) == ["corrected", "accepted"]


def test_reviewing_a_claim(store: Store) -> None:
    claim = sample_batch()[0][1][0]
    store.review(claim.claim_id, ReviewState.REJECTED, note="wrong city", reviewer="ana")
    row = store.claims_frame().set_index("claim_id").loc[claim.claim_id]
    assert row["review_state"] == "rejected" and row["review_note"] == "wrong city"
    assert store.reviews_frame().iloc[-1]["target_kind"] == "claim"


# --- filters -----------------------------------------------------------------------------------


def _names(frame) -> set[str]:
    return set(frame["name"])


ALL_SITES = {"Kyiv", "Crimea", "Baranovichi air base", "Iran"}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ALL_SITES),
        ({"roles": ["launch_site"]}, {"Crimea"}),
        ({"roles": [Role.STRIKE_TARGET, Role.OTHER]}, {"Kyiv", "Iran"}),
        ({"min_sources": 2}, {"Kyiv", "Baranovichi air base"}),
        ({"countries": ["by"]}, {"Baranovichi air base"}),
        ({"since": dt.date(2024, 10, 20)}, {"Kyiv", "Crimea", "Iran"}),
        ({"until": "2024-10-17"}, {"Kyiv"}),
        ({"since": "2024-10-19", "until": "2024-10-20"}, {"Kyiv", "Crimea"}),
        ({"claimants": ["National Resistance Center of Ukraine"]}, {"Crimea"}),
        ({"stances": ["alleged"]}, ALL_SITES),
        ({"stances": ["denied"]}, set()),
        ({"text": "AIR BASE"}, {"Baranovichi air base"}),
        ({"text": "repeated that launches"}, {"Crimea"}),
        ({"review_states": ["machine"]}, ALL_SITES),
    ],
)
def test_site_filters(store: Store, filters: dict, expected: set[str]) -> None:
    assert _names(store.sites_frame(**filters)) == expected


def test_review_state_filter_follows_reviews(store: Store) -> None:
    store.review(KYIV_SITE, ReviewState.REJECTED)
    assert _names(store.sites_frame(review_states=["rejected"])) == {"Kyiv"}
    assert "Kyiv" not in _names(store.sites_frame(review_states=["machine", "accepted"]))


def test_claim_filters(store: Store) -> None:
    assert len(store.claims_frame(stances=["denied"])) == 1
    assert set(store.claims_frame(min_sources=2)["name"]) == {"Kyiv", "Baranovichi air base"}
    # Claims are dated by event date, else publication; r3 is undated.
    assert set(store.claims_frame(until="2024-10-17")["report_id"]) == {"r1"}
    assert len(store.claims_frame(claimants=["city officials"])) == 1


def test_bad_filter_values_are_refused(store: Store) -> None:
    from geodata.errors import ExportError

    with pytest.raises(ExportError, match="unknown role 'launchpad'"):
        store.sites_frame(roles=["launchpad"])
    with pytest.raises(ExportError, match="must be a date"):
        store.sites_frame(since="last week")
    with pytest.raises(ExportError, match="min_sources"):
        store.sites_frame(min_sources=-1)
