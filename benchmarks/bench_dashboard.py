"""Dashboard benchmark: the pure parts of a first map and a filter change on 100k sites.

``run()`` builds 100,000 synthetic sites (and one claim each), then times what the app does:
filter the frame, build the folium map and render its HTML (first map), and re-filter the frame
for a new role/text/source filter (filter change). No asserts; the numbers go to BENCHMARKS.md.
"""

from __future__ import annotations

import time
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from dashboard.maps import build_map, render_html
from dashboard.queries import Filters, filter_claims, filter_sites

N_SITES = 100_000
ROLES = np.array(["launch_site", "instructor_location", "strike_target", "other"])
STANCES = np.array(["alleged", "confirmed", "denied"])
REVIEW = np.array(["machine", "accepted", "rejected", "corrected"])


def synthetic_frames(n: int = N_SITES, seed: int = 7) -> tuple[gpd.GeoDataFrame, pd.DataFrame]:
    """``n`` random point sites over eastern Europe with the store's columns, and their claims."""
    rng = np.random.default_rng(seed)
    lat = rng.uniform(44.0, 56.0, n)
    lon = rng.uniform(22.0, 40.0, n)
    days = pd.to_datetime("2022-09-01") + pd.to_timedelta(rng.integers(0, 900, n), unit="D")
    dates = days.strftime("%Y-%m-%d").to_numpy()
    ids = np.char.add("s", np.arange(n).astype(str))
    sites = gpd.GeoDataFrame(
        {
            "site_id": ids,
            "role": ROLES[rng.integers(0, 4, n)],
            "name": np.char.add("Place ", np.arange(n).astype(str)),
            "country": np.where(lat > 51.5, "BY", "UA"),
            "admin1": "",
            "lat": lat,
            "lon": lon,
            "precision": "settlement",
            "gazetteer_id": "synthetic",
            "occupied": False,
            "stance": STANCES[rng.integers(0, 3, n)],
            "claimants": np.where(rng.random(n) < 0.5, "Agency A", "Agency B; Agency C"),
            "n_claims": 1,
            "n_sources": rng.integers(1, 5, n),
            "source_note": "",
            "first_date": dates,
            "last_date": dates,
            "outlets": "Wire",
            "source_titles": "Synthetic report",
            "source_urls": "https://news.example/x",
            "evidence": np.char.add("Drones were launched near place ", np.arange(n).astype(str)),
            "score": 0.5,
            "review_state": REVIEW[rng.integers(0, 4, n)],
            "review_note": "",
            "uncertainty_m": 2000.0,
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
    claims = pd.DataFrame(
        {
            "claim_id": np.char.add("c", np.arange(n).astype(str)),
            "site_id": ids,
            "report_id": np.char.add("r", (np.arange(n) // 3).astype(str)),
            "role": sites["role"].to_numpy(),
            "claimant": "Agency A",
            "stance": sites["stance"].to_numpy(),
            "event_date": dates,
            "published": dates,
            "review_state": sites["review_state"].to_numpy(),
        }
    )
    return sites, claims


def _timed(fn: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def run() -> dict[str, Any]:
    """Time the first map and a filter change on ``N_SITES`` synthetic sites (seconds)."""
    sites, claims = synthetic_frames()
    first = Filters(review_states={"machine", "accepted", "corrected"})
    changed = Filters(
        roles={"launch_site", "strike_target"},
        min_sources=2,
        text="place 1",
        review_states={"machine", "accepted", "corrected"},
    )

    def first_map() -> int:
        shown = filter_sites(sites, first)
        filter_claims(claims, first, shown["site_id"])
        return len(render_html(build_map(shown, outlines=None)))

    t_first, html_len = _timed(first_map)
    t_first_outlines, _ = _timed(lambda: render_html(build_map(filter_sites(sites, first))))
    t_filter, shown = _timed(lambda: filter_sites(sites, changed))
    t_claims, _ = _timed(lambda: filter_claims(claims, changed, shown["site_id"]))
    t_filter_map, _ = _timed(lambda: render_html(build_map(shown, outlines=None)))
    return {
        "sites": len(sites),
        "shown_first": int(len(filter_sites(sites, first))),
        "first_map_s": round(t_first, 3),
        "first_map_with_outlines_s": round(t_first_outlines, 3),
        "first_map_html_mb": round(html_len / 1e6, 1),
        "filter_change_s": round(t_filter + t_claims, 3),
        "filter_change_shown": int(len(shown)),
        "filter_change_with_map_s": round(t_filter + t_claims + t_filter_map, 3),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
