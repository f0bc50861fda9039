"""Flat, typed records of sites, claims and reports: the one place that defines their columns.

The store's layers, the dashboard's tables and every export use these records, so a column is
added here once. A record is a ``dict`` of column name to a plain value (str, int, float, bool or
None; dates as ISO strings) plus the key ``geometry`` holding a shapely geometry (or None).
Reviews are applied here too: a corrected position replaces the machine one, which is kept in
``machine_lat``/``machine_lon`` (and ``machine_name``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import shapely
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from gazetteer.boundaries import curated_radius_m
from gazetteer.model import Precision, area_radius_m, check_coordinates
from geodata.errors import ReviewError
from geodata.model import Claim, Report, Resolution, ReviewState, Site
from geodata.sites import site_id_for, site_stance

__all__ = [
    "CLAIM_COLUMNS",
    "COLUMN_TYPES",
    "COUNTRY_RADIUS_M",
    "GEOMETRY",
    "REGION_RADIUS_M",
    "REPORT_COLUMNS",
    "SITE_COLUMNS",
    "Review",
    "claim_record",
    "report_record",
    "resolution_geometry",
    "site_record",
    "uncertainty_m",
]

GEOMETRY = "geometry"

SITE_COLUMNS: tuple[str, ...] = (
    "site_id", "role", "name", "country", "admin1", "lat", "lon", "precision", "gazetteer_id",
    "occupied", "stance", "claimants", "n_claims", "n_sources", "source_note", "first_date",
    "last_date", "outlets", "source_titles", "source_urls", "evidence", "score", "review_state",
    "review_note", "uncertainty_m", "machine_lat", "machine_lon", "machine_name",
)  # fmt: skip

CLAIM_COLUMNS: tuple[str, ...] = (
    "claim_id", "site_id", "report_id", "role", "name", "country", "lat", "lon", "precision",
    "gazetteer_id", "surface", "start", "end", "claimant", "stance", "event_date",
    "date_precision", "published", "report_title", "outlet", "url", "evidence", "confidence",
    "score", "review_state", "review_note", "machine_lat", "machine_lon", "machine_name",
)  # fmt: skip

REPORT_COLUMNS: tuple[str, ...] = (
    "report_id", "sha256", "title", "outlet", "url", "published", "path", "body", "ingested_at",
)  # fmt: skip

# GeoPackage column types (also tell exporters which columns are numbers, flags or dates).
COLUMN_TYPES: Mapping[str, str] = {
    **{name: "TEXT" for name in (*SITE_COLUMNS, *CLAIM_COLUMNS, *REPORT_COLUMNS)},
    **{name: "REAL" for name in (
        "lat", "lon", "machine_lat", "machine_lon", "score", "confidence", "uncertainty_m")},
    **{name: "INTEGER" for name in ("n_claims", "n_sources", "start", "end")},
    **{name: "DATE" for name in ("first_date", "last_date", "event_date", "published")},
    "occupied": "BOOLEAN",
    "ingested_at": "DATETIME",
}  # fmt: skip

# Stand-in radii when a region or country has no polygon: rough half-widths, so the map draws
# an honest circle of doubt rather than a falsely precise point.
REGION_RADIUS_M = 150_000.0
COUNTRY_RADIUS_M = 600_000.0
_M_PER_DEG = 111_320.0
_LIST_SEP = " | "


@dataclass(frozen=True, slots=True)
class Review:
    """A person's verdict on a claim or site, keyed by its deterministic id.

    ``corrected`` needs a corrected position (``lat`` and ``lon``) or a corrected ``name``;
    the other states take neither. ``source`` says where the correction comes from.
    """

    target_id: str
    state: ReviewState
    note: str = ""
    lat: float | None = None
    lon: float | None = None
    name: str | None = None
    source: str = ""
    reviewer: str = ""
    created_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        if not self.target_id:
            raise ReviewError("a review needs the id of a claim or site")
        if not isinstance(self.state, ReviewState):
            raise ReviewError(f"state must be a ReviewState, got {self.state!r}")
        if (self.lat is None) != (self.lon is None):
            raise ReviewError("give both lat and lon for a corrected position, or neither")
        if self.lat is not None and self.lon is not None:
            try:
                check_coordinates(float(self.lat), float(self.lon))
            except (TypeError, ValueError) as err:
                raise ReviewError(f"invalid corrected position: {err}") from err
        has_fix = self.lat is not None or (self.name is not None and self.name.strip() != "")
        if self.state is ReviewState.CORRECTED and not has_fix:
            raise ReviewError("a 'corrected' review needs lat and lon, or a name")
        if self.state is not ReviewState.CORRECTED and (self.lat is not None or self.name):
            raise ReviewError(
                f"state {self.state.value!r} takes no corrected position or name; "
                "use state 'corrected'"
            )


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def resolution_geometry(res: Resolution) -> BaseGeometry:
    """The shape to draw for a resolution: its polygon for regions and countries, else a point.

    A polygon is used only when the resolution carries a valid (Multi)Polygon GeoJSON mapping;
    a malformed one is ignored and the point (with ``uncertainty_m``) stands in.
    """
    if res.precision in (Precision.REGION, Precision.COUNTRY) and res.geometry is not None:
        poly = _polygon(res.geometry)
        if poly is not None:
            return poly
    return Point(res.lon, res.lat)


def _polygon(mapping: Mapping[str, Any]) -> BaseGeometry | None:
    try:
        geom = shape(mapping)
    except (AttributeError, KeyError, TypeError, ValueError, shapely.errors.GEOSException):
        return None
    if geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
        if geom.geom_type not in ("Polygon", "MultiPolygon"):
            return None
    return geom


def uncertainty_m(res: Resolution, geometry: BaseGeometry) -> float:
    """Radius of doubt in metres: 0 for points, the equal-area radius of a polygon, the average
    unit's radius for an area known by its centre (a district, hromada or county), the curated
    table's radius for a feature it lists (a sea, a spit, a cape), else a default.

    The polygon radius uses a spherical approximation (degrees scaled by the cosine of the
    latitude), good to a few percent at the scale of regions.
    """
    if res.precision in (Precision.FACILITY, Precision.SETTLEMENT):
        return 0.0
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        lat = geometry.centroid.y
        area = geometry.area * _M_PER_DEG**2 * math.cos(math.radians(lat))
        return round(math.sqrt(max(area, 0.0) / math.pi), 1)
    known = area_radius_m(res.source)  # an area known by its centre
    if known is None:
        known = curated_radius_m(res.source)
    if known is not None:
        return known
    return REGION_RADIUS_M if res.precision is Precision.REGION else COUNTRY_RADIUS_M


def _apply_review(record: dict[str, Any], review: Review | None) -> None:
    """Write the review into a record in place (state, note, corrected position and name)."""
    record["machine_lat"] = record["lat"]
    record["machine_lon"] = record["lon"]
    record["machine_name"] = record["name"]
    if review is None:
        record["review_state"] = ReviewState.MACHINE.value
        record["review_note"] = ""
        return
    record["review_state"] = review.state.value
    record["review_note"] = review.note
    if review.state is not ReviewState.CORRECTED:
        return
    if review.lat is not None and review.lon is not None:
        record["lat"], record["lon"] = float(review.lat), float(review.lon)
        record[GEOMETRY] = Point(float(review.lon), float(review.lat))
        if "uncertainty_m" in record:
            record["uncertainty_m"] = 0.0
    if review.name:
        record["name"] = review.name


def _claim_score(claim: Claim) -> float:
    """How sure we are of the claim on the map: geocoding score times role confidence."""
    res = claim.mention.resolution
    return round((res.score if res is not None else 0.0) * claim.confidence, 4)


def claim_record(claim: Claim, report: Report | None, review: Review | None) -> dict[str, Any]:
    """The flat record of one claim (``CLAIM_COLUMNS`` plus ``geometry``), review applied.

    A claim whose mention is unresolved has no site, no coordinates and no geometry.
    """
    m, res = claim.mention, claim.mention.resolution
    rec: dict[str, Any] = {
        "claim_id": claim.claim_id,
        "site_id": site_id_for(res.source, claim.role) if res is not None else None,
        "report_id": m.report_id,
        "role": claim.role.value,
        "name": res.name if res is not None else m.surface,
        "country": res.country if res is not None else "",
        "lat": res.lat if res is not None else None,
        "lon": res.lon if res is not None else None,
        "precision": res.precision.value if res is not None else None,
        "gazetteer_id": res.source if res is not None else None,
        "surface": m.surface,
        "start": m.start,
        "end": m.end,
        "claimant": claim.claimant,
        "stance": claim.stance.value,
        "event_date": _iso(claim.event_date.date) if claim.event_date else None,
        "date_precision": claim.event_date.precision.value if claim.event_date else None,
        "published": _iso(report.published) if report is not None else None,
        "report_title": report.title if report is not None else "",
        "outlet": report.source if report is not None else "",
        "url": report.url if report is not None else "",
        "evidence": m.sentence,
        "confidence": claim.confidence,
        "score": _claim_score(claim),
        GEOMETRY: resolution_geometry(res) if res is not None else None,
    }
    _apply_review(rec, review)
    return rec


def _joined(values: list[str], sep: str) -> str:
    seen: list[str] = []
    for v in values:
        if v and v not in seen:
            seen.append(v)
    return sep.join(seen)


def site_record(
    site: Site, review: Review | None, reports: Mapping[str, Report] | None = None
) -> dict[str, Any]:
    """The flat record of one site (``SITE_COLUMNS`` plus ``geometry``), review applied.

    ``reports`` supplies outlets, titles and links of the site's reports; without it the
    report ids stand in for outlets.
    """
    reports = reports or {}
    res = site.resolution
    geometry = resolution_geometry(res)
    site_reports = [reports.get(c.mention.report_id) for c in site.claims]
    best = max(site.claims, key=lambda c: (c.confidence, _claim_score(c)))
    stances = [c.stance for c in site.claims]
    rec: dict[str, Any] = {
        "site_id": site.site_id,
        "role": site.role.value,
        "name": res.name,
        "country": res.country,
        "admin1": res.admin1,
        "lat": res.lat,
        "lon": res.lon,
        "precision": res.precision.value,
        "gazetteer_id": res.source,
        "occupied": bool(res.occupied),
        "stance": site_stance(stances).value,
        "claimants": "; ".join(site.claimants),
        "n_claims": len(site.claims),
        "n_sources": site.n_sources,
        "source_note": site.source_note,
        "first_date": _iso(site.first_date),
        "last_date": _iso(site.last_date),
        "outlets": _joined(
            [
                (r.source or r.report_id) if r is not None else c.mention.report_id
                for r, c in zip(site_reports, site.claims, strict=True)
            ],
            _LIST_SEP,
        ),
        "source_titles": _joined([r.title for r in site_reports if r is not None], _LIST_SEP),
        "source_urls": _joined([r.url for r in site_reports if r is not None], _LIST_SEP),
        "evidence": best.mention.sentence,
        "score": max(_claim_score(c) for c in site.claims),
        "uncertainty_m": uncertainty_m(res, geometry),
        GEOMETRY: geometry,
    }
    _apply_review(rec, review)
    return rec


def report_record(report: Report, ingested_at: str | None = None) -> dict[str, Any]:
    """The flat record of a report (``REPORT_COLUMNS``); ``ingested_at`` is an ISO timestamp."""
    return {
        "report_id": report.report_id,
        "sha256": report.sha256,
        "title": report.title,
        "outlet": report.source,
        "url": report.url,
        "published": _iso(report.published),
        "path": report.path,
        "body": report.body,
        "ingested_at": ingested_at,
    }
