"""Every file the dashboard reads and every call it makes to the store, in one module.

The rest of the dashboard is pure: it receives frames and dicts from here. Wiring the dashboard
to a different store or data layout is a change to this file only.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geopandas as gpd

from dashboard.errors import DataLoadError
from geodata.errors import GeodataError

if TYPE_CHECKING:
    from geodata.model import Claim, Report

STORE_ENV = "DRONEMAP_STORE"
DEFAULT_STORE = Path("data/dronemap.gpkg")
OUTLINES_PACKAGE = "gazetteer"
OUTLINES_FILE = "data/countries.geojson"
EXPORT_FORMATS: Mapping[str, tuple[str, str]] = {
    # format -> (file suffix, MIME type)
    "geojson": (".geojson", "application/geo+json"),
    "gpkg": (".gpkg", "application/geopackage+sqlite3"),
    "kml": (".kml", "application/vnd.google-earth.kml+xml"),
    "csv": (".csv", "text/csv"),
}
MAX_UPLOAD_BYTES = 5_000_000

Extractor = Callable[["Report"], Sequence["Claim"]]
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class Frames:
    """What the map and tables show: the store's sites and claims (EPSG:4326)."""

    sites: gpd.GeoDataFrame
    claims: gpd.GeoDataFrame


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What an "Add a report" did, in counts the app can show."""

    added: int
    replaced: int
    skipped: int
    claims: int
    sites: int


def store_path(argv: Sequence[str], environ: Mapping[str, str]) -> Path:
    """The store to open: ``--store PATH`` in ``argv``, else ``$DRONEMAP_STORE``, else the default.

    >>> store_path(["--store", "x.gpkg"], {})
    PosixPath('x.gpkg')
    """
    parser = argparse.ArgumentParser(prog="dashboard", add_help=False, allow_abbrev=False)
    parser.add_argument("--store", default=None)
    known, _ = parser.parse_known_args(list(argv))
    if known.store:
        return Path(known.store)
    if environ.get(STORE_ENV):
        return Path(environ[STORE_ENV])
    return DEFAULT_STORE


def load_frames(path: Path) -> Frames:
    """Read every site and claim from the store at ``path`` (opened read-only)."""
    from geodata.store import Store

    try:
        with Store.open(path, readonly=True) as store:
            return Frames(sites=store.sites_frame(), claims=store.claims_frame())
    except GeodataError as err:
        raise DataLoadError(str(err)) from err


def review(
    path: Path,
    target_id: str,
    state: str,
    *,
    note: str = "",
    lat: float | None = None,
    lon: float | None = None,
    name: str | None = None,
) -> None:
    """Record an analyst's review of a claim or site in the store (one transaction)."""
    from geodata.store import Store

    try:
        with Store.open(path, create=False) as store:
            store.review(target_id, state, note=note, lat=lat, lon=lon, name=name or None)
    except GeodataError as err:
        raise DataLoadError(str(err)) from err


def default_extractor(cache_dir: Path | None = None) -> Extractor:
    """The reading pipeline (gazetteer + ``geodata.extract``) as a report -> claims function.

    Loading the gazetteer takes seconds (minutes when its index is first built), so callers
    should keep the result (the app caches it).
    """
    from gazetteer.core import Gazetteer
    from gazetteer.errors import GazetteerError
    from gazetteer.settings import Settings
    from geodata.extract import Extractor as Reader

    try:
        settings = Settings(cache_dir=cache_dir) if cache_dir else Settings()
        reader = Reader(Gazetteer.load(settings))
    except GazetteerError as err:
        raise DataLoadError(f"cannot load the gazetteer to read reports: {err}") from err

    def extract(report: Report) -> Sequence[Claim]:
        return reader.extract(report).claims

    return extract


def ingest_documents(
    path: Path,
    documents: Sequence[tuple[str, bytes]],
    *,
    extract: Extractor,
    progress: Progress | None = None,
) -> IngestSummary:
    """Read pasted or uploaded reports, extract their claims and store them in one batch.

    ``documents`` are ``(name, raw bytes)`` pairs. Every document is read and checked before the
    store is touched, and the store writes the batch in one transaction, so a bad document
    raises DataLoadError naming it and nothing is written. ``progress(done, total, name)`` is
    called after each document is read and after the batch is stored.
    """
    from geodata.reports import report_from_bytes
    from geodata.store import Store

    if not documents:
        raise DataLoadError("nothing to add: paste a report or choose files to upload")
    total = len(documents) + 1
    items: list[tuple[Report, Sequence[Claim]]] = []
    for done, (name, raw) in enumerate(documents, start=1):
        if len(raw) > MAX_UPLOAD_BYTES:
            raise DataLoadError(f"{name}: larger than {MAX_UPLOAD_BYTES} bytes; split it up")
        try:
            # the same checks as files on disk: binary, encoding, HTML reduced to its text
            report = report_from_bytes(raw, name=name, path=name, max_bytes=MAX_UPLOAD_BYTES)
            items.append((report, list(extract(report))))
        except (GeodataError, ValueError) as err:
            message = str(err) if str(err).startswith(name) else f"{name}: {err}"
            raise DataLoadError(message) from err
        if progress is not None:
            progress(done, total, name)
    try:
        with Store.open(path) as store:
            result = store.ingest(items)
    except GeodataError as err:
        raise DataLoadError(f"nothing was stored: {err}") from err
    if progress is not None:
        progress(total, total, "stored")
    return IngestSummary(result.added, result.replaced, result.skipped, result.claims, result.sites)


def export_bytes(frame: gpd.GeoDataFrame, fmt: str) -> bytes:
    """The bytes of ``frame`` written by the store's exporter in ``fmt`` (a download's content)."""
    from geodata.export import export

    if fmt not in EXPORT_FORMATS:
        raise DataLoadError(f"unknown export format {fmt!r}; choose from {sorted(EXPORT_FORMATS)}")
    suffix = EXPORT_FORMATS[fmt][0]
    with tempfile.TemporaryDirectory(prefix="dronemap-export-") as tmp:
        target = Path(tmp) / f"export{suffix}"
        try:
            export(frame, target, fmt)
        except GeodataError as err:
            raise DataLoadError(f"cannot export as {fmt}: {err}") from err
        return target.read_bytes()


@lru_cache(maxsize=1)
def country_outlines() -> dict[str, Any]:
    """The offline basemap: Natural Earth country outlines shipped in ``gazetteer``'s data.

    Cached: the file is read once per process. Raises DataLoadError when it is missing.
    """
    try:
        text = resources.files(OUTLINES_PACKAGE).joinpath(OUTLINES_FILE).read_text("utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as err:
        raise DataLoadError(
            f"cannot read {OUTLINES_PACKAGE}/{OUTLINES_FILE} ({err}); reinstall dronemap "
            "with `make install` to restore the offline basemap"
        ) from err
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise DataLoadError(f"{OUTLINES_PACKAGE}/{OUTLINES_FILE} is not a GeoJSON collection")
    return data


@lru_cache(maxsize=64)
def read_static(relpath: str) -> bytes:
    """The bytes of a vendored asset under ``dashboard/static`` (cached per process)."""
    if relpath.startswith("/") or ".." in Path(relpath).parts:
        raise DataLoadError(f"asset path {relpath!r} must stay inside dashboard/static")
    try:
        node = resources.files("dashboard").joinpath("static")
        for part in relpath.split("/"):
            node = node.joinpath(part)
        return node.read_bytes()
    except OSError as err:
        raise DataLoadError(
            f"vendored asset dashboard/static/{relpath} is missing; reinstall dronemap"
        ) from err
