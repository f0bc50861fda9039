"""Export site or claim frames to GeoJSON (RFC 7946), GeoPackage (with QGIS styles), KML and CSV.

Every export is written to a temp file in the target's folder and moved into place with
``os.replace``, so a reader never sees half a file and a failed export leaves the old one.
Coordinates are WGS84 longitude/latitude everywhere; regions stay polygons (never a falsely
precise point), and text from reports is HTML-escaped wherever it lands in HTML (KML balloons).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import math
import os
import re
import shutil
import sqlite3
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from geodata.errors import ExportError
from geodata.model import Role
from geodata.records import COLUMN_TYPES
from geodata.styles import AREA_FILL_ALPHA, ROLE_COLORS, ROLE_LABELS, kml_color, role_qml, role_sld

__all__ = ["FORMATS", "export", "rfc7946_geometries", "rfc7946_geometry"]

FORMATS = ("geojson", "gpkg", "kml", "csv")
POINT_DIGITS = 6  # ~0.1 m
AREA_DIGITS = 5  # ~1 m, plenty for region outlines
KML_NS = "http://www.opengis.net/kml/2.2"
_POLYGONAL = ("Polygon", "MultiPolygon")
_POLYGONAL_IDS = (3, 6)  # shapely.get_type_id of Polygon, MultiPolygon
_TEXT = pd.StringDtype("pyarrow")  # Arrow-backed text: nulls stay null, written as TEXT
_GEOJSON_CHUNK = 20_000  # features encoded per json.dumps call while streaming
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export(
    frame: gpd.GeoDataFrame,
    path: Path | str,
    fmt: str,
    *,
    layer: str = "sites",
    extra_layers: Mapping[str, pd.DataFrame] | None = None,
) -> Path:
    """Write ``frame`` (and, for gpkg and kml, ``extra_layers``) to ``path`` in format ``fmt``.

    ``fmt`` is one of ``geojson``, ``gpkg``, ``kml``, ``csv``. GeoJSON and CSV hold one layer,
    so ``extra_layers`` is refused for them; export each layer to its own file instead. Frames
    without a CRS are taken as WGS84 longitude/latitude; others are reprojected. Returns the
    path written. Raises ExportError for an unknown format, a missing folder, or coordinates
    outside WGS84 ranges.
    """
    fmt = fmt.lower().lstrip(".")
    writers: dict[str, Callable[[Path, dict[str, pd.DataFrame]], None]] = {
        "geojson": _write_geojson,
        "gpkg": _write_gpkg,
        "kml": _write_kml,
        "csv": _write_csv,
    }
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    if extra_layers and fmt in ("geojson", "csv"):
        raise ExportError(
            f"{fmt} holds a single layer; export {', '.join(extra_layers)} to separate files "
            "or use gpkg"
        )
    layers = {layer: _prepare(frame, layer)}
    for name, extra in (extra_layers or {}).items():
        if name in layers:
            raise ExportError(f"layer name {name!r} is used twice; give each layer its own name")
        layers[name] = _prepare(extra, name)

    target = Path(path)
    if not target.parent.is_dir():
        raise ExportError(f"folder {target.parent} does not exist; create it first")
    tmp_dir = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        tmp = tmp_dir / target.name
        writers[fmt](tmp, layers)
        os.replace(tmp, target)
    except (OSError, sqlite3.Error, pyogrio.errors.DataSourceError) as err:
        raise ExportError(f"cannot write {target}: {err}") from err
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    return target


# --- shared preparation ------------------------------------------------------------------------


def _prepare(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Check a layer frame, reproject it to WGS84 and check its coordinate ranges."""
    if not isinstance(frame, pd.DataFrame):
        raise ExportError(f"layer {name!r} must be a (Geo)DataFrame, got {type(frame).__name__}")
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.name not in frame.columns:
        return frame.reset_index(drop=True)
    gdf = frame
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs(4326)
    geoms = gdf.geometry.dropna()
    geoms = geoms[~geoms.is_empty]
    if len(geoms):
        minx, miny, maxx, maxy = geoms.total_bounds
        if minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
            raise ExportError(
                f"layer {name!r} has coordinates outside longitude [-180, 180] / latitude "
                "[-90, 90]; set the frame's CRS or check for swapped lat/lon"
            )
    return gdf.reset_index(drop=True)


def _geometry_column(frame: pd.DataFrame) -> str | None:
    if isinstance(frame, gpd.GeoDataFrame) and frame.geometry.name in frame.columns:
        return str(frame.geometry.name)
    return None


def rfc7946_geometry(geom: BaseGeometry | None) -> BaseGeometry | None:
    """The geometry as RFC 7946 wants it: rounded, polygon exteriors counter-clockwise.

    Points and lines keep 6 decimals, polygons 5; holes are made clockwise.
    """
    shaped: BaseGeometry | None = rfc7946_geometries(np.array([geom], dtype=object))[0]
    return shaped


def rfc7946_geometries(geoms: Any) -> np.ndarray:
    """``rfc7946_geometry`` over a whole array at once (vectorised shapely, no per-row Python).

    Missing and empty geometries become None; polygons and multipolygons are rounded to 5
    decimals and oriented (exteriors counter-clockwise, holes clockwise); every other geometry
    is rounded to 6 decimals. Z values are dropped.
    """
    arr = np.asarray(geoms, dtype=object)
    out = np.empty(len(arr), dtype=object)
    type_ids = shapely.get_type_id(arr)  # -1 for None
    present = (type_ids >= 0) & ~shapely.is_empty(arr)
    polygonal = present & np.isin(type_ids, _POLYGONAL_IDS)
    other = present & ~polygonal
    if other.any():
        out[other] = shapely.transform(arr[other], lambda xy: np.round(xy, POINT_DIGITS))
    if polygonal.any():
        rounded = shapely.transform(arr[polygonal], lambda xy: np.round(xy, AREA_DIGITS))
        out[polygonal] = shapely.orient_polygons(rounded, exterior_cw=False)
    return out


def _plain(value: Any, column: str) -> Any:
    """A JSON-ready flat value: None for missing, ints as ints, dates as ISO strings."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        if COLUMN_TYPES.get(column) == "DATE":
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return " | ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _plain_column(series: pd.Series, column: str) -> list[Any]:
    """``_plain`` over a whole column, with fast paths for numpy numbers, flags and strings."""
    dtype = series.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "biu":
        return series.to_numpy().tolist()  # Python bools and ints
    if isinstance(dtype, np.dtype) and dtype.kind == "f":
        values = series.to_numpy()
        missing = np.isnan(values)
        if not missing.any():
            return values.tolist()
        boxed = values.astype(object)
        boxed[missing] = None
        return boxed.tolist()
    if isinstance(dtype, pd.StringDtype):
        return series.to_numpy(dtype=object, na_value=None).tolist()
    # Object, datetime and extension columns: plain strings pass through, the rest is converted.
    return [v if type(v) is str else _plain(v, column) for v in series.to_numpy(dtype=object)]


def _columns(frame: pd.DataFrame) -> tuple[list[str], list[list[Any]]]:
    """Attribute column names of a layer frame and each column's plain values."""
    geo = _geometry_column(frame)
    columns = [str(c) for c in frame.columns if c != geo]
    return columns, [_plain_column(frame[c], c) for c in columns]


def _shaped(frame: pd.DataFrame) -> np.ndarray:
    """RFC 7946 geometries of a layer frame (all None when it has no geometry column)."""
    if _geometry_column(frame):
        return rfc7946_geometries(frame.geometry.array)
    return np.full(len(frame), None, dtype=object)


def _rows(frame: pd.DataFrame) -> tuple[list[str], list[dict[str, Any]], np.ndarray]:
    """Attribute columns, plain property dicts and RFC 7946 geometries of a layer frame."""
    columns, values = _columns(frame)
    props = [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]
    if not columns:
        props = [{} for _ in range(len(frame))]
    return columns, props, _shaped(frame)


# --- GeoJSON -----------------------------------------------------------------------------------


def _write_geojson(tmp: Path, layers: dict[str, pd.DataFrame]) -> None:
    """Stream the FeatureCollection out chunk by chunk, column-wise.

    Each property column is turned into JSON texts at once with the json module's own
    encoders (so every value is written exactly as ``json.dumps`` would), then each feature is
    one ``%`` formatting of a per-layer template. The file equals ``json.dumps`` of the whole
    collection with compact separators, without building it in memory.
    """
    ((name, frame),) = layers.items()
    geo = _geometry_column(frame)
    columns = [str(c) for c in frame.columns if c != geo]
    keys = ",".join(encode_basestring(c).replace("%", "%%") + ":%s" for c in columns)
    template = '{"type":"Feature","geometry":%s,"properties":{' + keys + "}}"
    head = _dumps({"type": "FeatureCollection", "name": name})[:-1] + ',"features":['
    with tmp.open("w", encoding="utf-8") as out:
        out.write(head)
        for start in range(0, len(frame), _GEOJSON_CHUNK):
            part = frame.iloc[start : start + _GEOJSON_CHUNK]
            texts = [_json_texts(_plain_column(part[c], c), c) for c in columns]
            geometries = _geojson_geometries(part.geometry.array) if geo else ["null"] * len(part)
            if start:
                out.write(",")
            out.write(",".join(template % row for row in zip(geometries, *texts, strict=True)))
        out.write("]}")


def _dumps(obj: Any) -> str:
    # json.dumps uses the C encoder; json.dump to a file would stream through the slow one.
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _json_texts(values: list[Any], column: str) -> list[str]:
    """JSON texts of a column of plain values, as ``json.dumps`` would write each of them."""
    kinds = set(map(type, values))
    if kinds <= {str}:
        return list(map(encode_basestring, values))
    if kinds <= {int}:
        return list(map(int.__repr__, values))
    if kinds <= {float} and all(map(math.isfinite, values)):
        return list(map(float.__repr__, values))
    return [_json_text(v, column) for v in values]


def _json_text(value: Any, column: str) -> str:
    """The JSON text of one plain value; non-finite numbers are refused (JSON has none)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return str(encode_basestring(value))
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(
                f"column {column!r} holds {value!r}, which JSON cannot carry; "
                "replace infinite values with a number, or with NaN to write null"
            )
        return float.__repr__(value)
    raise ExportError(f"column {column!r} holds a {type(value).__name__}, not a plain value")


def _geojson_geometries(geoms: Any) -> list[str]:
    """GeoJSON texts of geometries shaped as ``rfc7946_geometries`` does ("null" for none).

    Points, by far the most common, are rounded straight from the coordinate array without
    rebuilding geometry objects; everything else goes through ``rfc7946_geometries``.
    """
    arr = np.asarray(geoms, dtype=object)
    out = np.full(len(arr), "null", dtype=object)
    type_ids = shapely.get_type_id(arr)
    present = (type_ids >= 0) & ~shapely.is_empty(arr)
    points = present & (type_ids == 0)
    if points.any():
        xy = np.round(shapely.get_coordinates(arr[points]), POINT_DIGITS)
        xs = map(float.__repr__, xy[:, 0].tolist())
        ys = map(float.__repr__, xy[:, 1].tolist())
        out[points] = [
            f'{{"type":"Point","coordinates":[{x},{y}]}}' for x, y in zip(xs, ys, strict=True)
        ]
    others = np.flatnonzero(present & ~points)
    if len(others):
        shaped = rfc7946_geometries(arr[others])
        kinds = shapely.get_type_id(shaped)
        polygonal = np.isin(kinds, _POLYGONAL_IDS)
        if polygonal.any():
            names = np.where(kinds[polygonal] == 3, "Polygon", "MultiPolygon").tolist()
            texts = _polygon_texts(shaped[polygonal])
            out[others[polygonal]] = [
                f'{{"type":"{kind}","coordinates":{text}}}'
                for kind, text in zip(names, texts, strict=True)
            ]
        rest = ~polygonal  # lines and collections: rare, so one geometry at a time
        for i, geom in zip(others[rest].tolist(), shaped[rest], strict=True):
            out[i] = _dumps(_json_coords(mapping(geom)))
    texts_out: list[str] = out.tolist()
    return texts_out


def _polygon_texts(geoms: np.ndarray) -> list[str]:
    """JSON coordinate arrays of polygons and multipolygons, built from flat coordinate arrays.

    Numbers are written with ``float.__repr__``, as ``json.dumps`` writes them.
    """
    parts, part_owner = shapely.get_parts(geoms, return_index=True)
    rings, ring_owner = shapely.get_rings(parts, return_index=True)
    coords, coord_owner = shapely.get_coordinates(rings, return_index=True)
    xs = map(float.__repr__, coords[:, 0].tolist())
    ys = map(float.__repr__, coords[:, 1].tolist())
    pairs = [f"[{x},{y}]" for x, y in zip(xs, ys, strict=True)]
    ring_texts = [f"[{','.join(chunk)}]" for chunk in _grouped(pairs, coord_owner, len(rings))]
    part_texts = [f"[{','.join(chunk)}]" for chunk in _grouped(ring_texts, ring_owner, len(parts))]
    is_polygon = (shapely.get_type_id(geoms) == 3).tolist()
    return [
        chunk[0] if single else f"[{','.join(chunk)}]"
        for chunk, single in zip(
            _grouped(part_texts, part_owner, len(geoms)), is_polygon, strict=True
        )
    ]


def _grouped(items: list[str], owners: np.ndarray, n_owners: int) -> list[list[str]]:
    """``items`` split into ``n_owners`` runs, given each item's (non-decreasing) owner index."""
    ends = np.cumsum(np.bincount(owners, minlength=n_owners)).tolist()
    return [items[start:end] for start, end in zip([0, *ends[:-1]], ends, strict=True)]


def _json_coords(obj: Any) -> Any:
    """Tuples to lists, so the JSON nests exactly as GeoJSON readers expect."""
    if isinstance(obj, dict):
        return {k: _json_coords(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_json_coords(v) for v in obj]
    return obj


# --- GeoPackage --------------------------------------------------------------------------------


def _write_gpkg(tmp: Path, layers: dict[str, pd.DataFrame]) -> None:
    styled: list[tuple[str, str, str]] = []  # (layer, geometry column, symbol kind)
    for name, frame in layers.items():
        geo = _geometry_column(frame)
        if geo is None:
            pyogrio.write_dataframe(
                _gpkg_attributes(frame), tmp, layer=name, driver="GPKG", use_arrow=True
            )
            continue
        geometry = frame.geometry.array
        type_ids = set(np.unique(shapely.get_type_id(geometry)).tolist()) - {-1}
        attrs = _gpkg_attributes(frame.drop(columns=[geo]))
        out = gpd.GeoDataFrame(attrs, geometry=geometry, crs=frame.crs or 4326)
        pyogrio.write_dataframe(
            out,
            tmp,
            layer=name,
            driver="GPKG",
            geometry_type="Unknown" if len(type_ids) != 1 else None,
            use_arrow=True,
        )
        kind = "fill" if type_ids and type_ids <= set(_POLYGONAL_IDS) else "marker"
        styled.append((name, "geom", kind))
    _add_layer_styles(tmp, styled)


def _gpkg_attributes(frame: pd.DataFrame) -> pd.DataFrame:
    """Text-like columns as plain strings (null for missing) so GDAL types them as text.

    Numeric and flag columns pass through; every other column goes through ``_plain`` and is
    given pandas' string dtype, so Arrow sees a string column even when all values are null.
    """
    out: dict[str, Any] = {}
    for column in frame.columns:
        series = frame[column]
        if isinstance(series.dtype, pd.StringDtype):
            out[column] = series.array.astype(_TEXT)  # already plain text: no per-value work
        elif pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series):
            values = _plain_column(series, str(column))
            text = [v if v is None or type(v) is str else str(v) for v in values]
            out[column] = pd.array(text, dtype=_TEXT)
        else:
            out[column] = series.array
    return pd.DataFrame(out, index=pd.RangeIndex(len(frame)), columns=frame.columns)


def _add_layer_styles(path: Path, styled: list[tuple[str, str, str]]) -> None:
    """Add QGIS's ``layer_styles`` table with a default role style per spatial layer."""
    if not styled:
        return
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(
                """CREATE TABLE IF NOT EXISTS layer_styles (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256),
                    f_table_schema TEXT(256), f_table_name TEXT(256),
                    f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT,
                    styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30),
                    ui TEXT(30), update_time DATETIME DEFAULT CURRENT_TIMESTAMP)"""
            )
            conn.execute(
                "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, "
                "description, last_change) VALUES ('layer_styles', 'attributes', "
                "'layer_styles', 'QGIS layer styles', ?)",
                (now,),
            )
            for layer, geom_column, kind in styled:
                conn.execute(
                    "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                    "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, "
                    "description, owner, ui, update_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        "", "", layer, geom_column, f"{layer} by role", role_qml(kind),
                        role_sld(layer, kind), 1,
                        "Colours features by role; region polygons filled semi-transparently",
                        "dronemap", None, now,
                    ),
                )  # fmt: skip
    finally:
        conn.close()


# --- KML ---------------------------------------------------------------------------------------


def _write_kml(tmp: Path, layers: dict[str, pd.DataFrame]) -> None:
    ET.register_namespace("", KML_NS)
    kml = ET.Element(f"{{{KML_NS}}}kml")
    doc = _sub(kml, "Document")
    _sub(doc, "name", "dronemap export")
    for role in Role:
        _kml_style(doc, role)
    single = len(layers) == 1
    for name, frame in layers.items():
        parent = doc
        if not single:
            parent = _sub(doc, "Folder")
            _sub(parent, "name", name)
        _, props, geoms = _rows(frame)
        if "role" not in frame.columns:  # e.g. the reports table: no role, no style
            for prop, geom in zip(props, geoms, strict=True):
                _placemark(parent, prop, geom, None)
            continue
        by_role: dict[Role, list[tuple[dict[str, Any], Any]]] = {}
        for prop, geom in zip(props, geoms, strict=True):
            role = _role(prop.get("role"))
            by_role.setdefault(role, []).append((prop, geom))
        for role in Role:
            if role not in by_role:
                continue
            folder = _sub(parent, "Folder")
            _sub(folder, "name", ROLE_LABELS[role] if single else f"{name}: {ROLE_LABELS[role]}")
            for prop, geom in by_role[role]:
                _placemark(folder, prop, geom, role)
    tree = ET.ElementTree(kml)
    ET.indent(tree)
    tree.write(tmp, encoding="utf-8", xml_declaration=True)


def _role(value: Any) -> Role:
    try:
        return Role(value)
    except ValueError:
        return Role.OTHER


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    child = ET.SubElement(parent, f"{{{KML_NS}}}{tag}")
    if text is not None:
        child.text = _xml_text(text)
    return child


def _xml_text(text: str) -> str:
    """Text XML 1.0 can carry: control characters it forbids become U+FFFD, visibly."""
    return _XML_FORBIDDEN.sub("\ufffd", text)


def _kml_style(doc: ET.Element, role: Role) -> None:
    style = _sub(doc, "Style")
    style.set("id", f"role-{role.value}")
    icon = _sub(style, "IconStyle")
    _sub(icon, "color", kml_color(ROLE_COLORS[role]))
    _sub(icon, "scale", "1.0")
    line = _sub(style, "LineStyle")
    _sub(line, "color", kml_color(ROLE_COLORS[role]))
    _sub(line, "width", "2")
    poly = _sub(style, "PolyStyle")
    _sub(poly, "color", kml_color(ROLE_COLORS[role], AREA_FILL_ALPHA))
    _sub(poly, "fill", "1")
    _sub(poly, "outline", "1")


def _placemark(folder: ET.Element, prop: dict[str, Any], geom: Any, role: Role | None) -> None:
    mark = _sub(folder, "Placemark")
    name = prop.get("name") or prop.get("title") or prop.get("report_id") or "unnamed"
    _sub(mark, "name", str(name))
    _sub(mark, "description", _kml_description(prop))
    if role is not None:
        _sub(mark, "styleUrl", f"#role-{role.value}")
    extended = _sub(mark, "ExtendedData")
    for key, value in prop.items():
        data = _sub(extended, "Data")
        data.set("name", _xml_text(key))
        _sub(data, "value", "" if value is None else str(value))
    if geom is not None:  # already rounded and oriented by _rows
        _kml_geometry(mark, geom)


def _link(url: str, label: str) -> str:
    """An HTML link for http(s) URLs only; anything else is shown as escaped text."""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}">{html.escape(label or url)}</a>'
    return html.escape(f"{label} ({url})" if label else url)


def _kml_description(prop: dict[str, Any]) -> str:
    """Balloon HTML: every value from a report is HTML-escaped; only http(s) links are linked."""
    lines = []
    for key, label in (("evidence", "Evidence"), ("claimants", "Claimants"),
                       ("claimant", "Claimant"), ("stance", "Stance"),
                       ("source_note", "Sources")):  # fmt: skip
        if prop.get(key):
            lines.append(f"<b>{label}:</b> {html.escape(str(prop[key]))}")
    first = prop.get("first_date") or prop.get("event_date") or prop.get("published")
    last = prop.get("last_date")
    if first:
        span = f"{first} to {last}" if last and last != first else str(first)
        lines.append(f"<b>Dates:</b> {html.escape(span)}")
    urls = str(prop.get("source_urls") or prop.get("url") or "").split(" | ")
    titles = str(prop.get("source_titles") or prop.get("report_title") or "").split(" | ")
    titles += [""] * (len(urls) - len(titles))
    links = [_link(u.strip(), t.strip()) for u, t in zip(urls, titles, strict=False) if u.strip()]
    if links:
        lines.append("<b>Reports:</b> " + "; ".join(links))
    return "<br/>".join(lines)


def _kml_coords(coords: Any) -> str:
    return " ".join(f"{x!r},{y!r}" for x, y, *_ in coords)


def _kml_geometry(parent: ET.Element, geom: BaseGeometry) -> None:
    kind = geom.geom_type
    if kind == "Point":
        _sub(_sub(parent, "Point"), "coordinates", _kml_coords(geom.coords))
    elif kind == "LineString":
        _sub(_sub(parent, "LineString"), "coordinates", _kml_coords(geom.coords))
    elif kind == "Polygon":
        poly = _sub(parent, "Polygon")
        outer = _sub(_sub(poly, "outerBoundaryIs"), "LinearRing")
        _sub(outer, "coordinates", _kml_coords(geom.exterior.coords))
        for hole in geom.interiors:
            inner = _sub(_sub(poly, "innerBoundaryIs"), "LinearRing")
            _sub(inner, "coordinates", _kml_coords(hole.coords))
    else:  # Multi* and collections
        multi = _sub(parent, "MultiGeometry")
        for part in getattr(geom, "geoms", []):
            _kml_geometry(multi, part)


# --- CSV ---------------------------------------------------------------------------------------


def _write_csv(tmp: Path, layers: dict[str, pd.DataFrame]) -> None:
    ((_, frame),) = layers.items()
    columns, values = _columns(frame)
    table = pd.DataFrame(dict(zip(columns, values, strict=True)), columns=columns)
    for column in columns:
        if not pd.api.types.is_numeric_dtype(table[column]):
            table[column] = table[column].map(_csv_safe)
    if _geometry_column(frame) is not None:
        wkt = shapely.to_wkt(_shaped(frame), rounding_precision=POINT_DIGITS)
        table["wkt"] = np.where(pd.isna(wkt), "", wkt)
    table.to_csv(tmp, index=False, encoding="utf-8")


def _csv_safe(value: Any) -> Any:
    """Defuse spreadsheet formulas in text cells (a leading ' stops =, +, -, @ being run)."""
    if isinstance(value, str) and value.startswith(_CSV_FORMULA_START):
        return "'" + value
    return value
