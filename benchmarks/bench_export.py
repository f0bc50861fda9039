"""Benchmark: export of many synthetic sites to GeoJSON and GeoPackage, and the ingest rate.

``run()`` returns figures only (no assertions on time). Run it with
``.venv/bin/python -m benchmarks.bench_export``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely

from gazetteer.model import Precision
from geodata.export import export
from geodata.model import Claim, Mention, Report, Resolution, Role, Stance, content_hash
from geodata.records import SITE_COLUMNS
from geodata.store import Store

ROLES = [r.value for r in Role]


def synthetic_sites(n: int, *, seed: int = 7, polygon_share: float = 0.05) -> gpd.GeoDataFrame:
    """``n`` fake sites over eastern Europe with the site columns; a share of them are polygons."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    geoms = []
    for i in range(n):
        lat, lon = rng.uniform(44.0, 56.0), rng.uniform(22.0, 45.0)
        row: dict[str, Any] = {c: "" for c in SITE_COLUMNS}
        row.update(
            site_id=f"{i:016x}", role=rng.choice(ROLES), name=f"Place {i}", country="UA",
            lat=lat, lon=lon, n_claims=rng.randint(1, 9), n_sources=rng.randint(1, 4),
            score=rng.random(), uncertainty_m=0.0, occupied=False, machine_lat=lat,
            machine_lon=lon, first_date="2024-10-01", last_date="2024-10-20",
            review_state="machine", evidence=f"Synthetic sentence number {i} about a place.",
        )  # fmt: skip
        rows.append(row)
        if rng.random() < polygon_share:
            geoms.append(shapely.Point(lon, lat).buffer(0.3, quad_segs=8))
        else:
            geoms.append(shapely.Point(lon, lat))
    return gpd.GeoDataFrame(rows, geometry=geoms, crs=4326)


def synthetic_batch(
    n_reports: int, claims_per_report: int = 3, *, seed: int = 11, prefix: str = "bench"
):
    """``n_reports`` fake reports with a few resolved claims each, over a pool of places."""
    rng = random.Random(seed)
    places = [
        Resolution(
            name=f"Town {k}",
            country="UA",
            admin1="",
            lat=rng.uniform(44, 52),
            lon=rng.uniform(22, 40),
            precision=Precision.SETTLEMENT,
            score=0.9,
            source=f"bench:{k}",
        )  # fmt: skip
        for k in range(max(10, n_reports // 5))
    ]
    batch = []
    for i in range(n_reports):
        picks = rng.sample(places, claims_per_report)
        body = " ".join(f"Drones struck {p.name} overnight." for p in picks)
        report = Report(
            report_id=f"{prefix}{i}", title=f"Bench {i}", body=body, sha256=content_hash(body),
            source=f"Outlet {i % 17}", published=dt.date(2024, 10, 1 + i % 28),
        )  # fmt: skip
        claims = []
        offset = 0
        for p in picks:
            sentence = f"Drones struck {p.name} overnight."
            start = body.index(p.name, offset)
            s_start = body.rfind("Drones", 0, start)
            mention = Mention(
                report_id=report.report_id, surface=p.name, start=start,
                end=start + len(p.name), sentence=sentence, sentence_start=s_start, resolution=p,
            )  # fmt: skip
            claims.append(Claim(mention, rng.choice(list(Role)), Stance.ALLEGED))
            offset = start + len(p.name)
        batch.append((report, claims))
    return batch


def _timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def run(n_sites: int = 100_000, n_reports: int = 2_000) -> dict[str, Any]:
    """Time exports of ``n_sites`` sites and the ingest of ``n_reports`` reports."""
    frame = synthetic_sites(n_sites)
    out: dict[str, Any] = {"n_sites": n_sites, "n_reports": n_reports}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fmt in ("geojson", "gpkg"):
            path = folder / f"sites.{fmt}"
            out[f"export_{fmt}_s"] = round(_timed(lambda p=path, f=fmt: export(frame, p, f)), 2)
            out[f"export_{fmt}_mb"] = round(path.stat().st_size / 1e6, 1)
        batch = synthetic_batch(n_reports)
        with Store.open(folder / "bench.gpkg") as store:
            seconds = _timed(lambda: store.ingest(batch))
            out["ingest_s"] = round(seconds, 2)
            out["ingest_reports_per_s"] = round(n_reports / seconds, 1)
            # A small follow-up batch pays for re-merging every stored claim.
            more = synthetic_batch(50, seed=99, prefix="late")
            out["ingest_50_more_s"] = round(_timed(lambda: store.ingest(more)), 2)
            out["counts"] = store.counts()
    return out


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
