"""Small site and claim frames for the dashboard tests, with exactly the store's columns.

The places, outlets and sentences are invented for these tests (coordinates are plain numbers),
and one report is hostile: its title, outlet, claimant and sentence carry HTML and script.
Import the helpers directly (this is not a conftest).
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
from shapely.geometry import Point, Polygon

SITE_COLUMNS = (
    "site_id", "role", "name", "country", "admin1", "lat", "lon", "precision", "gazetteer_id",
    "occupied", "stance", "claimants", "n_claims", "n_sources", "source_note", "first_date",
    "last_date", "outlets", "source_titles", "source_urls", "evidence", "score", "review_state",
    "review_note", "uncertainty_m",
)  # fmt: skip
CLAIM_COLUMNS = (
    "claim_id", "site_id", "report_id", "role", "name", "country", "lat", "lon", "precision",
    "gazetteer_id", "surface", "start", "end", "claimant", "stance", "event_date",
    "date_precision", "published", "report_title", "outlet", "url", "evidence", "confidence",
    "score", "review_state", "review_note",
)  # fmt: skip

HOSTILE_SCRIPT = "<script>alert('pwned')</script>"
HOSTILE_IMG = '<img src=x onerror="alert(1)">'
HOSTILE_URL = "javascript:alert(document.cookie)"
REGION = Polygon([(33.0, 44.5), (36.0, 44.5), (36.0, 46.0), (33.0, 46.0), (33.0, 44.5)])


def site(site_id: str, role: str, name: str, lat: float, lon: float, **kw: Any) -> dict[str, Any]:
    """One site record with plausible defaults; ``kw`` overrides any column."""
    rec: dict[str, Any] = {
        "site_id": site_id, "role": role, "name": name, "country": "UA", "admin1": "UA-01",
        "lat": lat, "lon": lon, "precision": "settlement", "gazetteer_id": f"test:{site_id}",
        "occupied": False, "stance": "alleged", "claimants": "Test Agency", "n_claims": 1,
        "n_sources": 1, "source_note": "", "first_date": "2024-10-17", "last_date": "2024-10-17",
        "outlets": "Wire One", "source_titles": f"Report on {name}",
        "source_urls": f"https://news.example/{site_id}", "evidence": f"Drones flew from {name}.",
        "score": 0.8, "review_state": "machine", "review_note": "", "uncertainty_m": 2000.0,
    }  # fmt: skip
    rec.update(kw)
    rec["geometry"] = kw.get("geometry", Point(rec["lon"], rec["lat"]))
    return rec


def claim(claim_id: str, site_rec: dict[str, Any], report_id: str, **kw: Any) -> dict[str, Any]:
    """One claim record about ``site_rec`` from ``report_id``; ``kw`` overrides any column."""
    rec: dict[str, Any] = {
        "claim_id": claim_id, "site_id": site_rec["site_id"], "report_id": report_id,
        "role": site_rec["role"], "name": site_rec["name"], "country": site_rec["country"],
        "lat": site_rec["lat"], "lon": site_rec["lon"], "precision": site_rec["precision"],
        "gazetteer_id": site_rec["gazetteer_id"], "surface": site_rec["name"], "start": 0,
        "end": len(site_rec["name"]), "claimant": "Test Agency", "stance": "alleged",
        "event_date": "2024-10-17", "date_precision": "day", "published": "2024-10-18",
        "report_title": f"Title of {report_id}", "outlet": "Wire One",
        "url": f"https://news.example/{report_id}", "evidence": site_rec["evidence"],
        "confidence": 0.7, "score": 0.8, "review_state": "machine", "review_note": "",
    }  # fmt: skip
    rec.update(kw)
    rec["geometry"] = site_rec["geometry"]
    return rec


def sites_frame(records: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    """A sites GeoDataFrame (EPSG:4326) with the store's column order."""
    return gpd.GeoDataFrame(records, columns=[*SITE_COLUMNS, "geometry"], crs="EPSG:4326")


def claims_frame(records: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    """A claims GeoDataFrame (EPSG:4326) with the store's column order."""
    return gpd.GeoDataFrame(records, columns=[*CLAIM_COLUMNS, "geometry"], crs="EPSG:4326")


def sample() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Seven sites over all roles (one a region polygon, one hostile) and their claims."""
    s = [
        site("s-launch", "launch_site", "Northfield airstrip", 52.1, 30.9,
             precision="facility", uncertainty_m=500.0, claimants="Test Agency; Border Service",
             n_claims=2, n_sources=2, first_date="2024-10-01", last_date="2024-10-20"),
        site("s-region", "launch_site", "Southern Peninsula", 45.3, 34.5, precision="region",
             geometry=REGION, uncertainty_m=150000.0, claimants="Border Service",
             first_date="2024-09-02", last_date="2024-09-02", stance="confirmed"),
        site("s-instr", "instructor_location", "Lakeside base", 53.0, 26.0, country="BY",
             admin1="BY-BR", claimants="Monitor Group", review_state="accepted",
             first_date=None, last_date=None),
        site("s-strike", "strike_target", "Rivertown", 50.4, 30.5, n_claims=3, n_sources=3,
             claimants="City Council", first_date="2024-11-05", last_date="2024-11-06"),
        site("s-strike2", "strike_target", "Hilltown", 50.9, 29.9, stance="denied",
             claimants="Ministry", review_state="rejected", first_date="2023-05-01",
             last_date="2023-05-01"),
        site("s-other", "other", "Far Country", 32.0, 53.0, country="IR", admin1="",
             precision="country", uncertainty_m=600000.0, claimants=""),
        site("s-evil", "strike_target", f"Evil {HOSTILE_SCRIPT}", 49.0, 32.0,
             claimants=f"Mr {HOSTILE_IMG}", evidence=f"It said {HOSTILE_SCRIPT} and {HOSTILE_IMG}",
             outlets=f"Outlet {HOSTILE_IMG}", source_titles=f"Title {HOSTILE_SCRIPT}",
             source_urls=HOSTILE_URL, review_note=HOSTILE_IMG),
    ]  # fmt: skip
    by_id = {r["site_id"]: r for r in s}
    c = [
        claim("c1", by_id["s-launch"], "rep-a", claimant="Test Agency"),
        claim("c2", by_id["s-launch"], "rep-b", claimant="Border Service", outlet="Wire Two",
              event_date="2024-10-20"),
        claim("c3", by_id["s-region"], "rep-c", claimant="Border Service", stance="confirmed",
              event_date="2024-09-02"),
        claim("c4", by_id["s-instr"], "rep-d", claimant="Monitor Group", event_date=None,
              published=None, review_state="accepted"),
        claim("c5", by_id["s-strike"], "rep-a", claimant="City Council", event_date="2024-11-05"),
        claim("c6", by_id["s-strike"], "rep-e", claimant="City Council", event_date="2024-11-06"),
        claim("c7", by_id["s-strike2"], "rep-f", claimant="Ministry", stance="denied",
              event_date="2023-05-01", review_state="rejected"),
        claim("c8", by_id["s-other"], "rep-b", claimant="", event_date=None),
        claim("c9", by_id["s-evil"], "rep-evil", claimant=f"Mr {HOSTILE_IMG}",
              evidence=f"It said {HOSTILE_SCRIPT} and {HOSTILE_IMG}",
              report_title=f"Title {HOSTILE_SCRIPT}", outlet=f"Outlet {HOSTILE_IMG}",
              url=HOSTILE_URL),
    ]  # fmt: skip
    return sites_frame(s), claims_frame(c)


def tiny_outlines() -> dict[str, Any]:
    """A two-country outline collection standing in for the Natural Earth file."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "Squareland"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[22, 44], [40, 44], [40, 52], [22, 52], [22, 44]]],
                },
            },
            {
                "type": "Feature",
                "properties": {"name": "Northland <b>"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[23, 52], [32, 52], [32, 56], [23, 56], [23, 52]]],
                },
            },
        ],
    }
