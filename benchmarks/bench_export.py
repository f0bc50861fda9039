"""Benchmark: export of many synthetic sites to GeoJSON and GeoPackage, and the ingest rate.

``run()`` returns figures only (no assertions on time). Run it with
``.venv/bin/python -m benchmarks.bench_export``.

Each export is timed best-of-``repeats`` (wall and CPU seconds of the best run), next to a
baseline in the same run on the same frame: geopandas' own ``to_file`` with the same driver.
The baseline writes plain GDAL output (no RFC 7946 rounding or winding, no ``layer_styles``),
so it is what the format costs without our guarantees; ``*_vs_baseline`` is ours / baseline.
Ingest is measured as a rate for one large batch, then as the cost of a small follow-up batch
at two store sizes: each ingest re-merges the sites its batch touches, so that cost should
stay flat as the store grows.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
import tempfile
import time
from collections.abc import Callable
from functools import partial
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


def _timed(fn: Callable[[], object], repeats: int = 1) -> tuple[float, float]:
    """Best wall-clock seconds over ``repeats`` runs, and the CPU seconds of that run."""
    best = (math.inf, math.inf)
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
    return best


def run(n_sites: int = 100_000, n_reports: int = 2_000, repeats: int = 3) -> dict[str, Any]:
    """Time exports of ``n_sites`` sites (ours and a geopandas baseline) and ingest."""
    frame = synthetic_sites(n_sites)
    out: dict[str, Any] = {"n_sites": n_sites, "n_reports": n_reports, "repeats": repeats}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fmt, driver in (("geojson", "GeoJSON"), ("gpkg", "GPKG")):
            path = folder / f"sites.{fmt}"
            base = folder / f"baseline.{fmt}"
            wall, cpu = _timed(partial(export, frame, path, fmt), repeats)
            b_wall, b_cpu = _timed(
                partial(_fresh, base, partial(frame.to_file, base, driver=driver)), repeats
            )
            out[f"export_{fmt}_s"] = round(wall, 2)
            out[f"export_{fmt}_cpu_s"] = round(cpu, 2)
            out[f"baseline_{fmt}_s"] = round(b_wall, 2)
            out[f"baseline_{fmt}_cpu_s"] = round(b_cpu, 2)
            out[f"export_{fmt}_vs_baseline"] = round(wall / b_wall, 2)
            out[f"export_{fmt}_mb"] = round(path.stat().st_size / 1e6, 1)
            out[f"baseline_{fmt}_mb"] = round(base.stat().st_size / 1e6, 1)
        with Store.open(folder / "bench.gpkg") as store:
            batch = synthetic_batch(n_reports)
            seconds, _ = _timed(lambda: store.ingest(batch))
            out["ingest_s"] = round(seconds, 2)
            out["ingest_reports_per_s"] = round(n_reports / seconds, 1)
            # A small follow-up batch, at this store size and again at four times it.
            more = synthetic_batch(50, seed=99, prefix="late")
            out[f"ingest_50_more_at_{n_reports}_s"] = round(
                _timed(lambda: store.ingest(more))[0], 2
            )
            store.ingest(synthetic_batch(3 * n_reports, seed=23, prefix="bulk"))
            more = synthetic_batch(50, seed=98, prefix="later")
            key = f"ingest_50_more_at_{4 * n_reports}_s"
            out[key] = round(_timed(lambda: store.ingest(more))[0], 2)
            out["counts"] = store.counts()
    return out


def _fresh(path: Path, write: Callable[[], object]) -> None:
    """Run ``write`` on a path that does not exist yet (GDAL's GPKG driver would append)."""
    path.unlink(missing_ok=True)
    write()


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
