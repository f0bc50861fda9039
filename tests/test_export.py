"""Exports: GeoJSON (RFC 7946), GeoPackage with QGIS styles, KML and CSV, read back with GDAL."""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import Point, mapping

sys.path.insert(0, str(Path(__file__).parent))

from store_fixtures import KYIV, build_store, make_claim, make_report  # noqa: E402

from geodata.errors import ExportError  # noqa: E402
from geodata.export import FORMATS, export  # noqa: E402
from geodata.model import Role  # noqa: E402
from geodata.store import Store  # noqa: E402

KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("store") / "store.gpkg"
    s = build_store(path)
    # A hostile report: markup and a script URL must come out inert.
    evil = make_report(
        "evil",
        "Kyiv <script>alert(1)</script> was hit & burned.",
        source="=cmd|' /C calc'!A0",
        url="javascript:alert(2)",
        title="<b>bold</b>",
    )
    s.ingest([(evil, [make_claim(evil, "Kyiv", Role.STRIKE_TARGET, KYIV)])])
    return s


def _signed_area(ring: list[list[float]]) -> float:
    """Shoelace area: positive for counter-clockwise rings."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False)) / 2


def check_rfc7946(doc: dict[str, Any]) -> None:
    """Assert the RFC 7946 rules we promise: no crs, lon/lat ranges, winding, flat properties."""
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    for feature in doc["features"]:
        assert feature["type"] == "Feature"
        for value in feature["properties"].values():
            assert value is None or isinstance(value, (str, int, float, bool)), value
        geom = feature["geometry"]
        if geom is None:
            continue
        polygons: list[list[list[list[float]]]] = []
        points: list[list[float]] = []
        if geom["type"] == "Point":
            points = [geom["coordinates"]]
        elif geom["type"] == "Polygon":
            polygons = [geom["coordinates"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["coordinates"]
        else:
            pytest.fail(f"unexpected geometry type {geom['type']}")
        for poly in polygons:
            assert _signed_area(poly[0]) > 0, "exterior ring must be counter-clockwise"
            for hole in poly[1:]:
                assert _signed_area(hole) < 0, "holes must be clockwise"
            points += [p for ring in poly for p in ring]
        for lon, lat, *rest in points:
            assert not rest
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def _read_all(path: Path) -> gpd.GeoDataFrame:
    """Every spatial layer of a file (KML folders become layers) stacked together."""
    frames = []
    for name, geometry_type in pyogrio.list_layers(path):
        if geometry_type is None:
            continue
        frame = pyogrio.read_dataframe(path, layer=name)
        if len(frame):
            frames.append(frame)
    return pd.concat(frames, ignore_index=True)


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_through_gdal(store: Store, tmp_path: Path, fmt: str) -> None:
    sites = store.sites_frame()
    path = export(sites, tmp_path / f"sites.{fmt}", fmt)
    back = _read_all(path)
    assert len(back) == len(sites) == 4
    assert sorted(back.geometry.geom_type) == sorted(sites.geometry.geom_type)
    if fmt == "csv":
        assert back.crs is None  # CSV carries no CRS; the wkt column is lon/lat
    else:
        assert back.crs.to_string() in ("EPSG:4326", "OGC:CRS84")
    names = back["name"] if "name" in back.columns else back["Name"]  # LIBKML folds the case
    kyiv = back.loc[names == "Kyiv"].geometry.iloc[0]
    assert kyiv.x == pytest.approx(KYIV.lon, abs=1e-6)
    assert kyiv.y == pytest.approx(KYIV.lat, abs=1e-6)
    crimea = back.loc[names == "Crimea"].geometry.iloc[0]
    original = sites.loc[sites["name"] == "Crimea"].geometry.iloc[0]
    assert crimea.geom_type == "Polygon"
    assert crimea.normalize().equals_exact(original.normalize(), 1e-5)


def test_geojson_is_rfc7946(store: Store, tmp_path: Path) -> None:
    path = export(store.sites_frame(), tmp_path / "sites.geojson", "geojson")
    doc = json.loads(path.read_text(encoding="utf-8"))
    check_rfc7946(doc)
    by_name = {f["properties"]["name"]: f for f in doc["features"]}
    assert by_name["Kyiv"]["geometry"]["coordinates"] == [30.5238, 50.45466]
    assert by_name["Crimea"]["geometry"]["type"] == "Polygon"  # a region stays a region
    props = by_name["Crimea"]["properties"]
    assert props["n_sources"] == 1 and isinstance(props["n_sources"], int)
    assert props["first_date"] == "2024-10-18" and props["review_note"] == ""
    assert by_name["Iran"]["properties"]["uncertainty_m"] > 0


def test_rfc7946_check_catches_clockwise_rings() -> None:
    bad = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [0, 0]]]},
            }
        ],
    }
    with pytest.raises(AssertionError, match="counter-clockwise"):
        check_rfc7946(bad)
    with pytest.raises(AssertionError):
        check_rfc7946({"type": "FeatureCollection", "crs": {}, "features": []})


def test_geojson_reprojects_and_rounds(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"name": ["a"], "n": [3]}, geometry=[Point(30.12345678, 50.98765432)], crs=4326
    ).to_crs(3857)
    doc = json.loads(export(frame, tmp_path / "a.geojson", "geojson").read_text())
    assert doc["features"][0]["geometry"]["coordinates"] == [30.123457, 50.987654]
    assert doc["features"][0]["properties"] == {"name": "a", "n": 3}


@settings(max_examples=25, deadline=None)
@given(
    lon=st.floats(-180, 180, allow_nan=False),
    lat=st.floats(-90, 90, allow_nan=False),
)
def test_geojson_point_round_trip_property(tmp_path_factory, lon: float, lat: float) -> None:
    path = tmp_path_factory.mktemp("prop") / "p.geojson"
    frame = gpd.GeoDataFrame({"name": ["p"]}, geometry=[Point(lon, lat)], crs=4326)
    back = pyogrio.read_dataframe(export(frame, path, "geojson"))
    assert math.isclose(back.geometry.iloc[0].x, lon, abs_tol=6e-7)
    assert math.isclose(back.geometry.iloc[0].y, lat, abs_tol=6e-7)


def test_gpkg_layers_and_styles(store: Store, tmp_path: Path) -> None:
    path = export(
        store.sites_frame(),
        tmp_path / "all.gpkg",
        "gpkg",
        extra_layers={"claims": store.claims_frame(), "reports": store.reports_frame()},
    )
    layers = dict(pyogrio.list_layers(path))
    assert {"sites", "claims", "reports", "layer_styles"} <= set(layers)
    assert len(pyogrio.read_dataframe(path, layer="claims")) == len(store.claims_frame())
    assert len(pyogrio.read_dataframe(path, layer="reports")) == 4
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT f_table_name, f_geometry_column, styleQML, styleSLD, useAsDefault "
            "FROM layer_styles"
        ).fetchall()
    finally:
        conn.close()
    assert sorted(r[0] for r in rows) == ["claims", "sites"]
    for _, geom_column, qml, sld, default in rows:
        assert geom_column == "geom" and default == 1
        root = ET.fromstring(qml.split("\n", 1)[1])
        renderer = root.find("renderer-v2")
        assert renderer is not None
        assert renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "role"
        values = {c.get("value") for c in renderer.iter("category")}
        assert values == {r.value for r in Role}
        ET.fromstring(sld)  # well-formed


def test_polygon_only_layer_gets_semi_transparent_fills(tmp_path: Path) -> None:
    frame = gpd.GeoDataFrame(
        {"role": ["launch_site"]}, geometry=[shapely.box(33, 45, 34, 46)], crs=4326
    )
    path = export(frame, tmp_path / "areas.gpkg", "gpkg", layer="areas")
    conn = sqlite3.connect(path)
    try:
        (qml,) = conn.execute("SELECT styleQML FROM layer_styles").fetchone()
    finally:
        conn.close()
    root = ET.fromstring(qml.split("\n", 1)[1])
    symbol = root.find("renderer-v2/symbols/symbol")
    assert symbol is not None and symbol.get("type") == "fill"
    color = next(o.get("value") for o in root.iter("Option") if o.get("name") == "color")
    assert 0 < int(color.split(",")[3]) < 255


def test_kml_structure_and_escaping(store: Store, tmp_path: Path) -> None:
    path = export(store.sites_frame(), tmp_path / "sites.kml", "kml")
    root = ET.parse(path).getroot()
    assert root.tag == f"{KML}kml"
    doc = root.find(f"{KML}Document")
    assert doc is not None
    styles = {s.get("id") for s in doc.findall(f"{KML}Style")}
    assert styles == {f"role-{r.value}" for r in Role}
    folders = {f.findtext(f"{KML}name") for f in doc.findall(f"{KML}Folder")}
    assert folders == {"Launch site", "Instructor location", "Strike target", "Other mention"}
    marks = {p.findtext(f"{KML}name"): p for p in doc.iter(f"{KML}Placemark")}
    assert marks["Crimea"].find(f"{KML}Polygon") is not None
    kyiv = marks["Kyiv"]
    point = kyiv.findtext(f"{KML}Point/{KML}coordinates")
    assert point is not None and point.startswith("30.5238,50.45466")
    data = {d.get("name"): d.findtext(f"{KML}value") for d in kyiv.iter(f"{KML}Data")}
    sites = store.sites_frame()
    assert data["n_claims"] == "3"
    assert data["site_id"] == sites.loc[sites["name"] == "Kyiv", "site_id"].iloc[0]


def test_kml_descriptions_escape_report_text(store: Store, tmp_path: Path) -> None:
    path = export(store.claims_frame(), tmp_path / "claims.kml", "kml", layer="claims")
    root = ET.parse(path).getroot()

    def data(mark: ET.Element) -> dict[str, str | None]:
        return {d.get("name") or "": d.findtext(f"{KML}value") for d in mark.iter(f"{KML}Data")}

    (evil,) = [m for m in root.iter(f"{KML}Placemark") if data(m)["report_id"] == "evil"]
    description = evil.findtext(f"{KML}description") or ""
    # The balloon is HTML: report text inside it is escaped and a script URL is not a link.
    assert "<script>" not in description and "&lt;script&gt;alert(1)" in description
    assert "href" not in description and "javascript:alert(2)" in description
    assert "&lt;b&gt;bold&lt;/b&gt;" in description and "&amp; burned" in description
    # ExtendedData keeps the raw text (XML-escaped by the serializer, not HTML-escaped).
    assert data(evil)["evidence"] == "Kyiv <script>alert(1)</script> was hit & burned."


def test_csv_has_wkt_and_defuses_formulas(store: Store, tmp_path: Path) -> None:
    path = export(store.claims_frame(), tmp_path / "claims.csv", "csv", layer="claims")
    table = pd.read_csv(path, encoding="utf-8", keep_default_na=False)
    assert list(table.columns)[-1] == "wkt"
    assert "claim_id" in table.columns and "evidence" in table.columns
    evil = table.loc[table["report_id"] == "evil"].iloc[0]
    assert evil["outlet"].startswith("'=")  # a spreadsheet will not run it
    unresolved = table.loc[table["surface"] == "unnamed place"].iloc[0]
    assert unresolved["wkt"] == ""
    kyiv = shapely.from_wkt(table.loc[table["name"] == "Kyiv", "wkt"].iloc[0])
    assert (kyiv.x, kyiv.y) == (KYIV.lon, KYIV.lat)


def test_failed_export_keeps_the_old_file(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "sites.geojson"
    target.write_text("old")
    with pytest.raises(ExportError, match="unknown export format 'shp'"):
        export(store.sites_frame(), target, "shp")
    bad = gpd.GeoDataFrame({"name": ["x"]}, geometry=[Point(50.0, 200.0)], crs=4326)
    with pytest.raises(ExportError, match="swapped lat/lon"):
        export(bad, target, "geojson")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sites.geojson"]  # no temp left


def test_export_refusals(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export(store.sites_frame(), tmp_path / "nope" / "x.geojson", "geojson")
    with pytest.raises(ExportError, match="single layer"):
        export(
            store.sites_frame(), tmp_path / "x.csv", "csv", extra_layers={"c": store.sites_frame()}
        )


def test_filters_apply_before_export(store: Store, tmp_path: Path) -> None:
    frame = store.sites_frame(roles=["launch_site"])
    doc = json.loads(export(frame, tmp_path / "l.geojson", "geojson").read_text())
    assert [f["properties"]["name"] for f in doc["features"]] == ["Crimea"]


def test_empty_frame_exports(tmp_path: Path) -> None:
    empty = gpd.GeoDataFrame({"name": pd.Series([], dtype=object)}, geometry=[], crs=4326)
    for fmt in ("geojson", "kml", "csv", "gpkg"):
        path = export(empty, tmp_path / f"e.{fmt}", fmt)
        assert path.exists()
    assert json.loads((tmp_path / "e.geojson").read_text())["features"] == []


def _mixed_frame(n: int) -> gpd.GeoDataFrame:
    """``n`` rows of points, clockwise polygons with holes, multipolygons, lines and gaps."""
    rng = np.random.default_rng(3)
    geoms: list[Any] = []
    for i in range(n):
        x, y = float(rng.uniform(-179, 178)), float(rng.uniform(-89, 88))
        kind = i % 6
        if kind == 0:  # clockwise exterior, counter-clockwise hole: both need flipping
            outer = [(x, y), (x, y + 0.9), (x + 0.9, y + 0.9), (x + 0.9, y)]
            hole = [(x + 0.2, y + 0.2), (x + 0.6, y + 0.2), (x + 0.6, y + 0.6), (x + 0.2, y + 0.6)]
            geoms.append(shapely.Polygon(outer, [hole]))
        elif kind == 1:
            geoms.append(
                shapely.MultiPolygon(
                    [
                        shapely.box(x, y, x + 0.3, y + 0.3, ccw=False),
                        shapely.box(x + 0.5, y, x + 0.9, y + 0.4),
                    ]
                )
            )
        elif kind == 2:
            geoms.append(shapely.LineString([(x, y), (x + 0.123456789, y + 0.987654321)]))
        elif kind == 3 and i % 4 == 3:
            geoms.append(None)
        else:
            geoms.append(shapely.Point(x + 1e-9 * i, y - 1e-9 * i))
    return gpd.GeoDataFrame(
        {
            "name": [
                None if i % 7 == 0 else f'place "{i}" \\ 100% {{x}}\n\u2014\x01' for i in range(n)
            ],
            "n": np.arange(n, dtype=np.int64),
            "score": [float("nan") if i % 5 == 0 else i / 3 for i in range(n)],
            "flag": [i % 2 == 0 for i in range(n)],
            "100%s": ["=1+1" if i % 3 == 0 else "" for i in range(n)],
            "when": pd.Series(
                [None if i % 4 == 0 else dt.date(2024, 1 + i % 12, 1) for i in range(n)],
                dtype=object,
            ),
        },
        geometry=geoms,
        crs=4326,
    )


def _reference_geojson(frame: gpd.GeoDataFrame, name: str) -> str:
    """What the exporter must write, built the slow obvious way: one feature at a time."""

    def plain(value: Any) -> Any:
        if isinstance(value, float) and math.isnan(value):
            return None
        if isinstance(value, dt.date):
            return value.isoformat()
        return value.item() if isinstance(value, np.generic) else value

    features = []
    rows = frame.drop(columns="geometry").to_dict("records")
    for row, geom in zip(rows, frame.geometry, strict=True):
        shaped = None
        if geom is not None and not geom.is_empty:
            polygonal = geom.geom_type in ("Polygon", "MultiPolygon")
            shaped = shapely.transform(geom, lambda xy, d=5 if polygonal else 6: np.round(xy, d))
            if polygonal:
                shaped = shapely.orient_polygons(shaped)
        features.append(
            {
                "type": "Feature",
                "geometry": json.loads(json.dumps(mapping(shaped))) if shaped else None,
                "properties": {k: plain(v) for k, v in row.items()},
            }
        )
    doc = {"type": "FeatureCollection", "name": name, "features": features}
    return json.dumps(doc, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def test_streamed_geojson_equals_json_dumps_of_the_collection(tmp_path: Path) -> None:
    frame = _mixed_frame(300)
    path = export(frame, tmp_path / "mixed.geojson", "geojson", layer="mixed")
    assert path.read_text(encoding="utf-8") == _reference_geojson(frame, "mixed")


@pytest.mark.parametrize("fmt", FORMATS)
def test_large_frame_round_trip_is_rounded_and_wound_everywhere(tmp_path: Path, fmt: str) -> None:
    frame = _mixed_frame(360)
    frame = frame[frame.geometry.geom_type != "LineString"].reset_index(drop=True)
    path = export(frame, tmp_path / f"big.{fmt}", fmt, layer="big")
    if fmt == "geojson":
        check_rfc7946(json.loads(path.read_text(encoding="utf-8")))
    back = _read_all(path)
    originals = dict(zip(frame["n"].tolist(), frame.geometry, strict=True))
    ids = back["n"].astype(int).tolist()
    assert sorted(ids) == sorted(originals)  # every row came back once, with or without shape
    names = back["name"] if "name" in back.columns else back["Name"]
    assert names.str.contains("\u2014").sum() == frame["name"].notna().sum()
    for n, geom in zip(ids, back.geometry, strict=True):
        original = originals[n]
        if original is None:
            assert geom is None or geom.is_empty
            continue
        if fmt == "gpkg":  # GeoPackage keeps full precision; the text formats round
            assert geom.equals_exact(original, 0)
            continue
        polygonal = original.geom_type in ("Polygon", "MultiPolygon")
        digits = 5 if polygonal else 6
        coords = shapely.get_coordinates(geom)
        assert np.array_equal(coords, np.round(coords, digits)), "coordinates must be rounded"
        assert geom.normalize().equals_exact(original.normalize(), 10.0**-digits)
        for poly in getattr(geom, "geoms", [geom]) if polygonal else []:
            assert poly.exterior.is_ccw, "exterior rings must be counter-clockwise"
            assert all(not ring.is_ccw for ring in poly.interiors), "holes must be clockwise"


def test_geojson_refuses_infinite_numbers_and_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "inf.geojson"
    target.write_text("old")
    frame = gpd.GeoDataFrame({"score": [1.0, math.inf]}, geometry=[Point(1, 2)] * 2, crs=4326)
    with pytest.raises(ExportError, match="'score' holds inf"):
        export(frame, target, "geojson")
    assert target.read_text() == "old"
