"""The embedded store: one GeoPackage file holding reports, mentions, claims, sites and reviews.

The file is a real GeoPackage (GDAL, QGIS and pyogrio open its ``sites`` and ``claims`` layers in
EPSG:4326), written with :mod:`sqlite3` directly so that every change is one SQLite
transaction: an ingest or a review either commits whole or leaves the file as it was, even when
the process is killed midway. The store uses SQLite's write-ahead log, so a killed writer's
uncommitted pages sit in ``<store>-wal`` where readers ignore them (a rollback journal would
instead leave a "hot" journal that read-only readers such as GDAL refuse to open). While a
connection is open the store is the ``.gpkg`` plus its ``-wal``/``-shm`` files; closing the last
connection folds the log back into the ``.gpkg``.

The ``sites`` and ``claims`` layers hold records with reviews already applied, so the file is a
usable map layer on its own; reviews live in their own table keyed by the deterministic
claim/site ids, so they survive re-ingest and re-merging.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from gazetteer.model import Precision
from geodata.errors import ReportError, ReviewError, StoreError
from geodata.model import (
    Claim,
    DatePrecision,
    EventDate,
    Mention,
    Report,
    Resolution,
    ReviewState,
    Role,
    Stance,
)
from geodata.query import filter_frame
from geodata.records import (
    CLAIM_COLUMNS,
    COLUMN_TYPES,
    GEOMETRY,
    REPORT_COLUMNS,
    SITE_COLUMNS,
    Review,
    claim_record,
    report_record,
    site_record,
)
from geodata.sites import merge_sites

__all__ = ["IngestResult", "Store", "decode_gpkg_geometry", "encode_gpkg_geometry"]

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10400  # GeoPackage 1.4
SRS_ID = 4326
_SQLITE_MAGIC = b"SQLite format 3\x00"
# The OGC WKT of EPSG:4326 as GeoPackage readers expect it in gpkg_spatial_ref_sys.
_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

_FEATURE_TABLES = ("sites", "claims")
_CLAIM_EXTRA = ("mention_id", "date_text")
_MENTION_COLUMNS = (
    "mention_id", "report_id", "surface", "start", "end", "sentence", "sentence_start",
    "resolved", "name", "country", "admin1", "lat", "lon", "precision", "score", "source",
    "occupied", "geometry_json",
)  # fmt: skip
_REVIEW_COLUMNS = (
    "target_id", "target_kind", "state", "lat", "lon", "name", "source", "note", "reviewer",
    "created_at",
)  # fmt: skip
_EXTRA_TYPES = {
    "mention_id": "TEXT", "date_text": "TEXT", "sentence_start": "INTEGER", "resolved": "BOOLEAN",
    "admin1": "TEXT", "score": "REAL", "source": "TEXT", "geometry_json": "TEXT",
    "target_id": "TEXT", "target_kind": "TEXT", "state": "TEXT", "note": "TEXT",
    "reviewer": "TEXT", "created_at": "DATETIME",
}  # fmt: skip
_TABLES: Mapping[str, tuple[str, tuple[str, ...], str | None]] = {
    # name: (data_type, columns, unique key)
    "reports": ("attributes", REPORT_COLUMNS, "report_id"),
    "mentions": ("attributes", _MENTION_COLUMNS, "mention_id"),
    "claims": ("features", (*CLAIM_COLUMNS, *_CLAIM_EXTRA), "claim_id"),
    "sites": ("features", SITE_COLUMNS, "site_id"),
    "reviews": ("attributes", _REVIEW_COLUMNS, None),
}

Progress = Callable[[Report], None]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one ingest did: reports added, replaced (same id, new content) and skipped (known)."""

    added: int = 0
    replaced: int = 0
    skipped: int = 0
    claims: int = 0  # claims written in this batch
    sites: int = 0  # sites in the store after re-merging


def _q(name: str) -> str:
    """Quote an SQL identifier (several columns, like ``end``, are SQL keywords)."""
    return '"' + name.replace('"', '""') + '"'


def _utc_stamp(moment: dt.datetime) -> str:
    """GeoPackage DATETIME text: UTC with milliseconds and a Z."""
    utc = moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _default_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- GeoPackage geometry blobs -----------------------------------------------------------------

_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def encode_gpkg_geometry(geom: BaseGeometry | None, srs_id: int = SRS_ID) -> bytes | None:
    """GeoPackage binary of a geometry: 'GP' header, SRS id, XY envelope (not for points), WKB.

    Empty or missing geometries are stored as NULL.
    """
    if geom is None or geom.is_empty:
        return None
    wkb = shapely.to_wkb(geom, output_dimension=2, byte_order=1, flavor="iso")
    if geom.geom_type == "Point":
        return b"GP" + bytes([0, 0b0000_0001]) + struct.pack("<i", srs_id) + wkb
    minx, miny, maxx, maxy = geom.bounds
    header = b"GP" + bytes([0, 0b0000_0011]) + struct.pack("<i", srs_id)
    return header + struct.pack("<4d", minx, maxx, miny, maxy) + wkb


def decode_gpkg_geometry(blob: bytes | None) -> BaseGeometry | None:
    """Shapely geometry of a GeoPackage geometry blob (None for NULL or an empty geometry)."""
    if blob is None:
        return None
    if len(blob) < 8 or blob[:2] != b"GP":
        raise StoreError("a geometry in the store is not GeoPackage binary; the file is damaged")
    flags = blob[3]
    if flags & 0b0001_0000:  # empty geometry flag
        return None
    envelope = _ENVELOPE_BYTES.get((flags >> 1) & 0b111)
    if envelope is None:
        raise StoreError("a geometry in the store has an invalid envelope code")
    return shapely.from_wkb(bytes(blob[8 + envelope :]))


# --- the store ---------------------------------------------------------------------------------


class Store:
    """A dronemap store in one GeoPackage file. Open it with :meth:`Store.open`.

    >>> with Store.open(Path("data/dronemap.gpkg")) as store:  # doctest: +SKIP
    ...     store.ingest([(report, claims)])
    ...     store.sites_frame(roles=["launch_site"], min_sources=2)
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, clock: Callable[[], dt.datetime]
    ) -> None:
        self.path = path
        self._conn = conn
        self._clock = clock
        self._lock = threading.RLock()

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        readonly: bool = False,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> Store:
        """Open the store at ``path``, creating an empty one when it does not exist and ``create``.

        Raises StoreError when the file is missing (and ``create`` is false), is not a
        GeoPackage, is a GeoPackage of something else, or is corrupt; such a file is never
        changed. ``clock`` (returning aware datetimes) stamps ingests and reviews.
        """
        path = Path(path)
        clock = clock or _default_clock
        if path.is_dir():
            raise StoreError(f"{path} is a directory; give the path of a .gpkg file")
        if not path.exists():
            if not create or readonly:
                raise StoreError(
                    f"no store at {path}; run `dronemap ingest` first or check the path"
                )
            _create_store(path, clock())
        _check_header(path)
        try:
            if readonly:
                uri = f"{path.resolve().as_uri()}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 10000")
            _check_store(conn, path)
        except sqlite3.DatabaseError as err:
            raise StoreError(
                f"{path} cannot be read as a GeoPackage ({err}); restore it from a backup or "
                "choose a new path"
            ) from err
        return cls(path, conn, clock)

    def close(self) -> None:
        """Close the underlying connection; the store cannot be used afterwards."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole on success, rolled back on any exception."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as err:
                raise StoreError(f"cannot write to {self.path}: {err}") from err
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as err:
                self._conn.execute("ROLLBACK")
                raise StoreError(f"cannot commit to {self.path}: {err}") from err

    # -- ingest ----------------------------------------------------------------------------------

    def ingest(
        self,
        items: Iterable[tuple[Report, Sequence[Claim]]],
        *,
        progress: Progress | None = None,
    ) -> IngestResult:
        """Store a batch of reports with their claims, then re-merge sites over all claims.

        A report whose content hash is already stored is skipped; one with a known id but new
        content replaces that report's claims. The batch is atomic: any exception (bad input,
        a failing iterator, a full disk) leaves the store exactly as before, and the exception
        propagates. ``progress`` is called with each report after it has been staged.
        """
        added = replaced = skipped = n_claims = 0
        touched: set[str] = set()  # sites whose claims this batch adds or removes
        try:
            with self._transaction() as conn:
                stamp = _utc_stamp(self._clock())
                reviews = self._latest_reviews()
                for index, item in enumerate(items):
                    report, claims = _check_item(index, item)
                    known = conn.execute(
                        "SELECT report_id FROM reports WHERE sha256 = ? LIMIT 1", (report.sha256,)
                    ).fetchone()
                    if known is not None:
                        skipped += 1
                    else:
                        existing = conn.execute(
                            "SELECT 1 FROM reports WHERE report_id = ?", (report.report_id,)
                        ).fetchone()
                        if existing is not None:
                            touched |= self._delete_report(report.report_id)
                            replaced += 1
                        else:
                            added += 1
                        n_claims += self._insert_report(report, claims, stamp, reviews, touched)
                    if progress is not None:
                        progress(report)
                if touched:
                    self._remerge(reviews, touched)
                n_sites = self._count("sites")
                if added or replaced:
                    self._touch_contents(stamp)
        except sqlite3.Error as err:
            raise StoreError(f"ingest into {self.path} failed and was undone: {err}") from err
        return IngestResult(added, replaced, skipped, n_claims, n_sites)

    def _delete_report(self, report_id: str) -> set[str]:
        """Delete a report with its mentions and claims; return the ids of the sites they fed."""
        rows = self._conn.execute(
            "SELECT DISTINCT site_id FROM claims WHERE report_id = ? AND site_id IS NOT NULL",
            (report_id,),
        ).fetchall()
        for table in ("claims", "mentions", "reports"):
            self._conn.execute(f"DELETE FROM {table} WHERE report_id = ?", (report_id,))
        return {row[0] for row in rows}

    def _insert_report(
        self,
        report: Report,
        claims: Sequence[Claim],
        stamp: str,
        reviews: Mapping[str, Review],
        touched: set[str],
    ) -> int:
        self._insert("reports", report_record(report, stamp), REPORT_COLUMNS)
        # The same span read twice with the same role is one claim: keep the surest reading.
        unique: dict[str, Claim] = {}
        for claim in claims:
            kept = unique.get(claim.claim_id)
            if kept is None or claim.confidence > kept.confidence:
                unique[claim.claim_id] = claim
        for claim in unique.values():
            mention_id = _mention_id(claim.mention)
            self._insert("mentions", _mention_row(mention_id, claim.mention), _MENTION_COLUMNS,
                         ignore=True)  # fmt: skip
            rec = claim_record(claim, report, reviews.get(claim.claim_id))
            rec["mention_id"] = mention_id
            rec["date_text"] = claim.event_date.text if claim.event_date else ""
            self._insert("claims", rec, _TABLES["claims"][1])
            if rec["site_id"]:
                touched.add(rec["site_id"])
        return len(unique)

    def _remerge(self, reviews: Mapping[str, Review], site_ids: Iterable[str]) -> None:
        """Rebuild the given sites from their stored claims (dropping sites left without any).

        A site depends only on its own claims and their reports (``merge_sites`` groups by
        gazetteer source and role, and the claims table stores that group's ``site_id``), so
        re-merging just the sites a batch touched gives the same rows as re-merging them all,
        at a cost that grows with the batch rather than with the store.
        """
        ids = sorted(site_ids)
        claims: list[Claim] = []
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            claims += self._load_claims(f"WHERE c.site_id IN ({marks})", tuple(chunk))
            self._conn.execute(f"DELETE FROM sites WHERE site_id IN ({marks})", chunk)
        reports = self._load_reports(sorted({c.mention.report_id for c in claims}))
        for site in merge_sites(claims, reports):
            self._insert("sites", site_record(site, reviews.get(site.site_id), reports),
                         SITE_COLUMNS)  # fmt: skip

    def _insert(
        self, table: str, record: Mapping[str, Any], columns: Sequence[str], *, ignore: bool = False
    ) -> None:
        names = list(columns)
        values = [_sql_value(record.get(name)) for name in names]
        if _TABLES[table][0] == "features":
            names.insert(0, "geom")
            values.insert(0, encode_gpkg_geometry(record.get(GEOMETRY)))
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        marks = ", ".join("?" * len(names))
        cols = ", ".join(_q(n) for n in names)
        self._conn.execute(f"{verb} INTO {table} ({cols}) VALUES ({marks})", values)

    def _touch_contents(self, stamp: str) -> None:
        """Refresh last_change and the layer extents in gpkg_contents."""
        for table in _TABLES:
            self._conn.execute(
                "UPDATE gpkg_contents SET last_change = ? WHERE table_name = ?", (stamp, table)
            )
        for table in _FEATURE_TABLES:
            bounds = self._bounds(table)
            self._conn.execute(
                "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                "WHERE table_name = ?",
                (*bounds, table),
            )

    def _bounds(self, table: str) -> tuple[float | None, ...]:
        geoms = [
            decode_gpkg_geometry(row[0])
            for row in self._conn.execute(f"SELECT geom FROM {table} WHERE geom IS NOT NULL")
        ]
        shapes = [g for g in geoms if g is not None]
        if not shapes:
            return (None, None, None, None)
        return tuple(float(v) for v in shapely.total_bounds(shapes))

    # -- reviews ---------------------------------------------------------------------------------

    def review(
        self,
        target_id: str,
        state: ReviewState | str,
        *,
        note: str = "",
        lat: float | None = None,
        lon: float | None = None,
        name: str | None = None,
        source: str = "",
        reviewer: str = "",
    ) -> Review:
        """Record a review of a claim or site and apply it to that row; the latest review wins.

        Raises ReviewError for an unknown id, an unknown state, invalid coordinates, or a
        ``corrected`` review with neither a position nor a name.
        """
        try:
            state = ReviewState(state)
        except ValueError as err:
            choices = ", ".join(s.value for s in ReviewState)
            raise ReviewError(f"unknown review state {state!r}; choose from {choices}") from err
        review = Review(
            target_id=target_id, state=state, note=note, lat=lat, lon=lon, name=name,
            source=source, reviewer=reviewer, created_at=self._clock(),
        )  # fmt: skip
        stamp = _utc_stamp(review.created_at or self._clock())
        with self._transaction():
            kind = self._target_kind(target_id)
            row: dict[str, Any] = {
                "target_id": target_id, "target_kind": kind, "state": state.value,
                "lat": lat, "lon": lon, "name": name, "source": source, "note": note,
                "reviewer": reviewer, "created_at": stamp,
            }  # fmt: skip
            self._insert("reviews", row, _REVIEW_COLUMNS)
            if kind == "claim":
                self._rewrite_claim(target_id, review)
            else:
                self._rewrite_site(target_id, review)
            self._touch_contents(stamp)
        return review

    def _target_kind(self, target_id: str) -> str:
        if self._conn.execute("SELECT 1 FROM claims WHERE claim_id = ?", (target_id,)).fetchone():
            return "claim"
        if self._conn.execute("SELECT 1 FROM sites WHERE site_id = ?", (target_id,)).fetchone():
            return "site"
        raise ReviewError(
            f"no claim or site with id {target_id!r}; list ids with `dronemap sites` or "
            "the claim_id/site_id columns of an export"
        )

    def _rewrite_claim(self, claim_id: str, review: Review) -> None:
        claims = self._load_claims("WHERE c.claim_id = ?", (claim_id,))
        reports = self._load_reports([claims[0].mention.report_id])
        claim = claims[0]
        row = self._conn.execute(
            "SELECT mention_id, date_text FROM claims WHERE claim_id = ?", (claim_id,)
        ).fetchone()
        rec = claim_record(claim, reports.get(claim.mention.report_id), review)
        rec["mention_id"], rec["date_text"] = row
        self._conn.execute("DELETE FROM claims WHERE claim_id = ?", (claim_id,))
        self._insert("claims", rec, _TABLES["claims"][1])

    def _rewrite_site(self, site_id: str, review: Review) -> None:
        claims = self._load_claims("WHERE c.site_id = ?", (site_id,))
        reports = self._load_reports(sorted({c.mention.report_id for c in claims}))
        sites = [s for s in merge_sites(claims, reports) if s.site_id == site_id]
        if len(sites) != 1:
            raise StoreError(f"site {site_id} no longer matches its claims; re-run ingest")
        self._conn.execute("DELETE FROM sites WHERE site_id = ?", (site_id,))
        self._insert("sites", site_record(sites[0], review, reports), SITE_COLUMNS)

    def _latest_reviews(self) -> dict[str, Review]:
        rows = self._conn.execute(
            "SELECT target_id, state, note, lat, lon, name, source, reviewer FROM reviews "
            "WHERE fid IN (SELECT MAX(fid) FROM reviews GROUP BY target_id)"
        ).fetchall()
        out: dict[str, Review] = {}
        for target_id, state, note, lat, lon, name, source, reviewer in rows:
            out[target_id] = Review(
                target_id=target_id, state=ReviewState(state), note=note or "", lat=lat, lon=lon,
                name=name, source=source or "", reviewer=reviewer or "",
            )  # fmt: skip
        return out

    def reviews_frame(self) -> pd.DataFrame:
        """Every review ever made, oldest first (the latest per id is the one in force)."""
        with self._lock:
            cols = ", ".join(_q(c) for c in _REVIEW_COLUMNS)
            rows = self._conn.execute(f"SELECT {cols} FROM reviews ORDER BY fid").fetchall()
        return pd.DataFrame(rows, columns=list(_REVIEW_COLUMNS))

    # -- reading ---------------------------------------------------------------------------------

    def sites_frame(self, **filters: Any) -> gpd.GeoDataFrame:
        """Sites with their record columns and geometry (EPSG:4326), filtered (``filter_frame``)."""
        frame = _merge_order(self._feature_frame("sites", SITE_COLUMNS))
        return filter_frame(frame, **filters) if filters else frame

    def claims_frame(self, **filters: Any) -> gpd.GeoDataFrame:
        """Claims with their record columns and geometry (EPSG:4326), filtered.

        ``min_sources`` keeps the claims of sites with at least that many independent sources.
        """
        frame = self._feature_frame("claims", CLAIM_COLUMNS)
        min_sources = filters.pop("min_sources", None)
        if min_sources is not None:
            sites = filter_frame(
                self._feature_frame("sites", SITE_COLUMNS), min_sources=min_sources
            )
            frame = frame.loc[frame["site_id"].isin(set(sites["site_id"]))]
        return filter_frame(frame, **filters) if filters else frame

    def reports_frame(self) -> pd.DataFrame:
        """The stored reports (``REPORT_COLUMNS``), ordered by report id."""
        with self._lock:
            cols = ", ".join(_q(c) for c in REPORT_COLUMNS)
            rows = self._conn.execute(f"SELECT {cols} FROM reports ORDER BY report_id").fetchall()
        return pd.DataFrame(rows, columns=list(REPORT_COLUMNS))

    def counts(self) -> dict[str, int]:
        """Row counts of every table: reports, mentions, claims, sites, reviews."""
        with self._lock:
            return {table: self._count(table) for table in _TABLES}

    def reports(self) -> dict[str, Report]:
        """Every stored report as a :class:`Report`, by id."""
        with self._lock:
            return self._load_reports()

    def claims(self) -> list[Claim]:
        """Every stored claim, rebuilt as :class:`Claim` values (machine readings, no reviews)."""
        with self._lock:
            return self._load_claims()

    def _count(self, table: str) -> int:
        return int(self._conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def _feature_frame(self, table: str, columns: Sequence[str]) -> gpd.GeoDataFrame:
        with self._lock:
            cols = ", ".join(_q(c) for c in columns)
            rows = self._conn.execute(f"SELECT geom, {cols} FROM {table} ORDER BY fid").fetchall()
        frame = pd.DataFrame([r[1:] for r in rows], columns=list(columns))
        for name in columns:
            if COLUMN_TYPES.get(name) == "BOOLEAN":
                frame[name] = frame[name].astype(bool)
        geoms = [decode_gpkg_geometry(r[0]) for r in rows]
        return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, index=frame.index), crs=SRS_ID)

    def _load_reports(self, ids: Sequence[str] | None = None) -> dict[str, Report]:
        sql = "SELECT report_id, title, body, sha256, outlet, url, published, path FROM reports"
        queries: list[tuple[str, tuple[str, ...]]] = [(sql, ())]
        if ids is not None:
            queries = [
                (f"{sql} WHERE report_id IN ({', '.join('?' * len(chunk))})", tuple(chunk))
                for chunk in _chunks(list(ids))
            ]
        out: dict[str, Report] = {}
        for query, params in queries:
            for rid, title, body, sha, outlet, url, published, path in self._conn.execute(
                query, params
            ):
                out[rid] = Report(
                    report_id=rid, title=title or "", body=body, sha256=sha,
                    source=outlet or "", url=url or "",
                    published=dt.date.fromisoformat(published) if published else None,
                    path=path or "",
                )  # fmt: skip
        return out

    def _load_claims(self, where: str = "", params: tuple[Any, ...] = ()) -> list[Claim]:
        mcols = ", ".join(f"m.{_q(c)}" for c in _MENTION_COLUMNS)
        sql = (
            f"SELECT c.role, c.stance, c.claimant, c.event_date, c.date_precision, c.date_text, "
            f"c.confidence, {mcols} FROM claims c JOIN mentions m ON m.mention_id = c.mention_id "
            f"{where} ORDER BY c.fid"
        )
        claims: list[Claim] = []
        for row in self._conn.execute(sql, params):
            role, stance, claimant, event, date_precision, date_text, confidence = row[:7]
            mention = _mention_from_row(dict(zip(_MENTION_COLUMNS, row[7:], strict=True)))
            event_date = (
                EventDate(dt.date.fromisoformat(event), DatePrecision(date_precision), date_text)
                if event
                else None
            )
            claims.append(
                Claim(
                    mention=mention,
                    role=Role(role),
                    stance=Stance(stance),
                    claimant=claimant or "",
                    event_date=event_date,
                    confidence=float(confidence),
                )  # fmt: skip
            )
        return claims


# --- helpers -----------------------------------------------------------------------------------


def _merge_order(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Sites in ``merge_sites`` order (role, machine name casefolded, id), whatever their fids.

    Re-merging only touched sites and rewriting reviewed ones re-inserts rows, so insertion
    order drifts; sorting here keeps every listing and export in one stable order.
    """
    if frame.empty:
        return frame
    keys = pd.DataFrame(
        {
            "role": frame["role"].astype(str),
            "name": [str(n).casefold() for n in frame["machine_name"].fillna("")],
            "site_id": frame["site_id"].astype(str),
        }
    )
    order = keys.sort_values(["role", "name", "site_id"], kind="stable").index
    return frame.loc[order].reset_index(drop=True)


def _chunks(values: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    """``values`` in slices small enough for one SQL ``IN (...)`` list each."""
    return [values[i : i + size] for i in range(0, len(values), size)]


def _sql_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return _utc_stamp(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _mention_id(mention: Mention) -> str:
    res = mention.resolution
    key = f"{mention.report_id}\x00{mention.start}\x00{mention.end}\x00{res.source if res else ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _mention_row(mention_id: str, m: Mention) -> dict[str, Any]:
    res = m.resolution
    row: dict[str, Any] = {
        "mention_id": mention_id, "report_id": m.report_id, "surface": m.surface,
        "start": m.start, "end": m.end, "sentence": m.sentence,
        "sentence_start": m.sentence_start, "resolved": res is not None,
    }  # fmt: skip
    if res is not None:
        row.update(
            name=res.name, country=res.country, admin1=res.admin1, lat=res.lat, lon=res.lon,
            precision=res.precision.value, score=res.score, source=res.source,
            occupied=res.occupied,
            geometry_json=json.dumps(res.geometry) if res.geometry is not None else None,
        )  # fmt: skip
    return row


def _mention_from_row(row: Mapping[str, Any]) -> Mention:
    resolution = None
    if row["resolved"]:
        resolution = Resolution(
            name=row["name"], country=row["country"] or "", admin1=row["admin1"] or "",
            lat=float(row["lat"]), lon=float(row["lon"]), precision=Precision(row["precision"]),
            score=float(row["score"]), source=row["source"], occupied=bool(row["occupied"]),
            geometry=json.loads(row["geometry_json"]) if row["geometry_json"] else None,
        )  # fmt: skip
    return Mention(
        report_id=row["report_id"], surface=row["surface"], start=int(row["start"]),
        end=int(row["end"]), sentence=row["sentence"], sentence_start=int(row["sentence_start"]),
        resolution=resolution,
    )  # fmt: skip


def _check_item(index: int, item: object) -> tuple[Report, Sequence[Claim]]:
    """Validate one batch item: a (Report, claims) pair whose claims belong to that report."""
    if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Report)):
        raise ReportError(f"batch item {index} is not a (Report, list of Claim) pair")
    report, claims = item
    for claim in claims:
        if not isinstance(claim, Claim):
            raise ReportError(
                f"claims of report {report.report_id!r} hold a {type(claim).__name__}, not a Claim",
                path=report.path or None,
            )
        if claim.mention.report_id != report.report_id:
            raise ReportError(
                f"a claim of report {report.report_id!r} points at report "
                f"{claim.mention.report_id!r}; pair each report with its own claims",
                path=report.path or None,
            )
    return report, claims


def _check_header(path: Path) -> None:
    """Refuse files that are not SQLite before SQLite can touch them."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as err:
        raise StoreError(f"cannot read {path}: {err}") from err
    if head != _SQLITE_MAGIC:
        raise StoreError(
            f"{path} is not a GeoPackage (no SQLite header); it was left untouched. "
            "Choose another path for the store, or restore the file from a backup"
        )


def _check_store(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse corrupt files, GeoPackages of other programs, and other SQLite databases."""
    status = conn.execute("PRAGMA quick_check").fetchone()[0]
    if status != "ok":
        raise StoreError(f"{path} is corrupt ({status}); restore it from a backup")
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != GPKG_APPLICATION_ID:
        raise StoreError(f"{path} is an SQLite database but not a GeoPackage; choose another path")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(set(_TABLES) - tables)
    if missing:
        raise StoreError(
            f"{path} is a GeoPackage but not a dronemap store (no {', '.join(missing)} tables); "
            "choose another path"
        )


def _create_store(path: Path, now: dt.datetime) -> None:
    """Write an empty store to a temp file beside ``path`` and move it into place."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"cannot create the folder for {path}: {err}") from err
    tmp = path.with_name(f".{path.name}.creating")
    try:
        tmp.unlink(missing_ok=True)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.executescript(_schema_sql(_utc_stamp(now)))
            # Write-ahead logging: a writer killed mid-batch leaves only uncommitted WAL frames,
            # which every reader (GDAL's read-only ones too) ignores; the file stays as it was.
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        tmp.replace(path)
    except (OSError, sqlite3.Error) as err:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot create a store at {path}: {err}") from err


def _schema_sql(stamp: str) -> str:
    """DDL of a new store: GeoPackage metadata tables, our tables, and their registration."""
    parts = [
        f"PRAGMA application_id = {GPKG_APPLICATION_ID};",
        f"PRAGMA user_version = {GPKG_USER_VERSION};",
        "BEGIN;",
        """CREATE TABLE gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
            organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
            definition TEXT NOT NULL, description TEXT);""",
        """CREATE TABLE gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id)
                REFERENCES gpkg_spatial_ref_sys(srs_id));""",
        """CREATE TABLE gpkg_geometry_columns (
            table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
            z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));""",
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, "
        "'undefined', 'undefined cartesian coordinate reference system');",
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, "
        "'undefined', 'undefined geographic coordinate reference system');",
        f"INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', {SRS_ID}, 'EPSG', 4326, "
        f"'{_WGS84_WKT}', 'longitude/latitude coordinates in decimal degrees on WGS 84');",
    ]
    descriptions = {
        "reports": "news reports read, with their text and content hash",
        "mentions": "place names found in reports and where they were resolved",
        "claims": "one allegation per row: a report says a place has a role",
        "sites": "claims merged per place and role, with independent-source counts",
        "reviews": "human reviews of claims and sites, latest per id in force",
    }
    for table, (data_type, columns, key) in _TABLES.items():
        cols = ["fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
        if data_type == "features":
            cols.append("geom GEOMETRY")
        for name in columns:
            sql_type = _EXTRA_TYPES.get(name) or COLUMN_TYPES.get(name, "TEXT")
            unique = " NOT NULL UNIQUE" if name == key else ""
            cols.append(f"{_q(name)} {sql_type}{unique}")
        parts.append(f"CREATE TABLE {table} ({', '.join(cols)});")
        srs = SRS_ID if data_type == "features" else "NULL"
        parts.append(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
            f"last_change, srs_id) VALUES ('{table}', '{data_type}', '{table}', "
            f"'{descriptions[table]}', '{stamp}', {srs});"
        )
        if data_type == "features":
            parts.append(
                f"INSERT INTO gpkg_geometry_columns VALUES ('{table}', 'geom', 'GEOMETRY', "
                f"{SRS_ID}, 0, 0);"
            )
    parts += [
        "CREATE INDEX claims_report ON claims (report_id);",
        "CREATE INDEX claims_site ON claims (site_id);",
        "CREATE INDEX mentions_report ON mentions (report_id);",
        "CREATE INDEX reports_sha ON reports (sha256);",
        "CREATE INDEX reviews_target ON reviews (target_id);",
        "COMMIT;",
    ]
    return "\n".join(parts)
