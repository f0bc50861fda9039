"""The dashboard's one I/O module: store path, loading, export, ingest and review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_fixtures import KYIV, build_store, make_claim

from dashboard import data
from dashboard.errors import DataLoadError
from geodata.model import Role


def test_store_path_precedence() -> None:
    assert data.store_path(["--store", "a.gpkg"], {"DRONEMAP_STORE": "b.gpkg"}) == Path("a.gpkg")
    assert data.store_path(["--other", "x"], {"DRONEMAP_STORE": "b.gpkg"}) == Path("b.gpkg")
    assert data.store_path([], {}) == data.DEFAULT_STORE
    assert data.store_path(["--st", "a.gpkg"], {}) == data.DEFAULT_STORE  # no abbreviations


def test_load_frames_and_missing_store(tmp_path: Path) -> None:
    build_store(tmp_path / "s.gpkg").close()
    frames = data.load_frames(tmp_path / "s.gpkg")
    assert len(frames.sites) == 4 and len(frames.claims) >= 6
    with pytest.raises(DataLoadError, match="no store at"):
        data.load_frames(tmp_path / "absent.gpkg")


@pytest.mark.parametrize("fmt", sorted(data.EXPORT_FORMATS))
def test_export_bytes_writes_exactly_the_frame(tmp_path: Path, fmt: str) -> None:
    build_store(tmp_path / "s.gpkg").close()
    sites = data.load_frames(tmp_path / "s.gpkg").sites
    two = sites.loc[sites["role"].isin(["strike_target", "launch_site"])]
    blob = data.export_bytes(two, fmt)
    if fmt == "geojson":
        assert len(json.loads(blob)["features"]) == 2
    elif fmt == "csv":
        assert blob.decode("utf-8-sig").strip().count("\n") == 2  # header + 2 rows
    elif fmt == "kml":
        assert blob.count(b"<Placemark") == 2
    else:
        assert blob.startswith(b"SQLite format 3")
    with pytest.raises(DataLoadError, match="choose from"):
        data.export_bytes(two, "shp")


def _kyiv_extractor(report):
    return [make_claim(report, "Kyiv", Role.STRIKE_TARGET, KYIV)]


def test_ingest_documents_adds_and_reports_progress(tmp_path: Path) -> None:
    store = tmp_path / "s.gpkg"
    seen: list[tuple[int, int, str]] = []
    summary = data.ingest_documents(
        store,
        [("new.txt", b"Drones struck Kyiv overnight, officials said.")],
        extract=_kyiv_extractor,
        progress=lambda d, t, what: seen.append((d, t, what)),
    )
    assert summary.added == 1 and summary.claims == 1
    assert seen == [(1, 2, "new.txt"), (2, 2, "stored")]
    assert "Kyiv" in set(data.load_frames(store).sites["name"])


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe\x00bad", "^bad.txt: the file is binary"),
        (b"caf\xe9 au lait, a latin-1 report", "^bad.txt: .*not UTF-8"),
        (b"   ", "^bad.txt: the file is empty"),
    ],
)
def test_bad_document_writes_nothing(tmp_path: Path, raw: bytes, message: str) -> None:
    store = tmp_path / "s.gpkg"
    build_store(store).close()
    before = store.read_bytes()
    good = ("good.txt", b"Drones struck Kyiv again, officials said.")
    with pytest.raises(DataLoadError, match=message):
        data.ingest_documents(store, [good, ("bad.txt", raw)], extract=_kyiv_extractor)
    assert store.read_bytes() == before


def test_ingest_needs_something(tmp_path: Path) -> None:
    with pytest.raises(DataLoadError, match="nothing to add"):
        data.ingest_documents(tmp_path / "s.gpkg", [], extract=_kyiv_extractor)


def test_review_is_applied_and_unknown_ids_explained(tmp_path: Path) -> None:
    store = tmp_path / "s.gpkg"
    build_store(store).close()
    sites = data.load_frames(store).sites
    kyiv = sites.loc[sites["name"] == "Kyiv", "site_id"].iloc[0]
    data.review(store, kyiv, "rejected", note="wrong city")
    after = data.load_frames(store).sites.set_index("site_id")
    assert after.loc[kyiv, "review_state"] == "rejected"
    with pytest.raises(DataLoadError, match="no claim or site"):
        data.review(store, "nope", "accepted")


def test_country_outlines_are_a_feature_collection() -> None:
    outlines = data.country_outlines()
    assert outlines["type"] == "FeatureCollection" and len(outlines["features"]) > 100
