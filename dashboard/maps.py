"""Build the folium map of sites: one layer per role, areas for regions, legend and controls.

:func:`build_map` is pure: it takes frames (and the outline basemap as a dict) and returns a
``folium.Map`` whose web assets are inlined (see :mod:`dashboard.offline`), so the same map
draws in Streamlit, in a saved HTML file and behind an air gap.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, MacroElement
from folium.plugins import FastMarkerCluster, HeatMap, MarkerCluster, MeasureControl
from folium.template import Template
from folium.utilities import JsCode

from dashboard import data
from dashboard.errors import DashboardError
from dashboard.offline import make_offline
from dashboard.popups import POPUP_CSS, site_popup_html, site_tooltip
from dashboard.styles import (
    ICON_PX,
    ROLES,
    STANCES,
    Legend,
    cluster_icon_js,
    marker_svg,
    polygon_style,
    role_style,
    uncertainty_style,
)

Basemap = Literal["light", "osm", "satellite", "offline"]
BASEMAPS: tuple[str, ...] = ("light", "osm", "satellite", "offline")
# Above this many points in one role, markers are built in the browser from one data array
# (FastMarkerCluster) instead of one folium object each; popups become compact.
FAST_THRESHOLD = 1000
MAX_LINES = 5000
DEFAULT_CENTER = (49.0, 31.0)  # Ukraine and its neighbours
DEFAULT_ZOOM = 5
OUTLINE_PANE = "outlines"
_AREA_PRECISIONS = frozenset({"region", "country"})
_ESRI_URL = (
    "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}"
)
_LIGHT_URL = (
    "https://server.arcgisonline.com/ArcGIS/rest/services/Canvas/World_Light_Gray_Base/MapServer"
    "/tile/{z}/{y}/{x}"
)
_ESRI_ATTR = "Tiles &copy; Esri, Maxar, Earthstar Geographics, and the GIS User Community"
_BUNDLED = "bundled"


class _Verbatim(Element):  # type: ignore[misc]
    """Text added to the page as it is; branca would compile it as a Jinja template first."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


class _VerbatimRender(MacroElement):  # type: ignore[misc]
    """Render like MacroElement, minus compiling megabytes of generated JS as a template."""

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        module = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = module.get(part)
            if macro is not None:
                getattr(figure, part).add_child(
                    _Verbatim(macro(self, kwargs)), name=self.get_name()
                )
        for child in self._children.values():
            child.render(**kwargs)


class _Outlines(folium.GeoJson, _VerbatimRender):  # type: ignore[misc]
    """The outline basemap (a megabyte of GeoJSON) rendered without template compilation."""


class _Bind(MacroElement):  # type: ignore[misc]
    """Bind a popup or tooltip to the parent layer from a JSON string.

    folium's own Popup and Tooltip paste their HTML into a JavaScript template literal, where
    a report's ``${...}`` would run; JSON-encoding the (already escaped) HTML cannot.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            {{ this._parent.get_name() }}.{{ this.method }}({{ this.html|tojson }}
            {%- if this.options %}, {{ this.options|tojson }}{% endif %});
        {% endmacro %}"""
    )

    def __init__(self, method: str, html_text: str, options: dict[str, Any] | None = None) -> None:
        super().__init__()
        self._name = "Bind"
        self.method = method
        self.html = html_text
        self.options = options or {}


def _popup(html_text: str) -> _Bind:
    return _Bind("bindPopup", html_text, {"maxWidth": 400})


def _tooltip(html_text: str) -> _Bind:
    return _Bind("bindTooltip", html_text)


class _RoleCluster(FastMarkerCluster, _VerbatimRender):  # type: ignore[misc]
    """FastMarkerCluster that adds its markers in one ``addLayers`` call (chunked loading)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = (function(){
                {{ this.callback }}
                var data = {{ this.data|tojson }};
                var cluster = L.markerClusterGroup({{ this.options|tojavascript }});
                {%- if this.icon_create_function is not none %}
                cluster.options.iconCreateFunction = {{ this.icon_create_function.strip() }};
                {%- endif %}
                var markers = new Array(data.length);
                for (var i = 0; i < data.length; i++) { markers[i] = callback(data[i]); }
                cluster.addLayers(markers);
                cluster.addTo({{ this._parent.get_name() }});
                return cluster;
            })();
        {% endmacro %}"""
    )


def _fast_callback(role: str) -> str:
    """JS building one marker from a compact data row (every text in the row is pre-escaped).

    Row: lat, lon, name, stance, n_sources, dates, review state, site id, country. The tooltip
    and popup are composed here rather than shipped as HTML, which keeps 100k rows small.
    """
    icons = {stance: marker_svg(role, stance) for stance in STANCES}
    noun = json.dumps(role_style(role).noun)
    half = ICON_PX // 2
    return (
        "(function () {"
        f" var icons = {json.dumps(icons)}; var noun = {noun};"
        " return function (row) {"
        "  var icon = L.divIcon({html: icons[row[3]] || icons.alleged,"
        f"   className: 'dm-marker dm-marker-{role}', iconSize: [{ICON_PX}, {ICON_PX}],"
        f"   iconAnchor: [{half}, {half}]}});"
        "  var marker = L.marker([row[0], row[1]], {icon: icon});"
        "  marker.bindTooltip(row[2] + ' · ' + noun + ' · ' + row[3] + ' [' + row[7] + ']');"
        "  marker.bindPopup(function () {"
        "   return '<div class=\"dm-popup\"><b>' + row[2] + '</b> (' + row[8] + ')<br>' + noun"
        "    + ' · ' + row[3] + ' · ' + row[4] + ' independent source(s)<br>' + row[5]"
        "    + ' · review: ' + row[6] + '<br><span style=\"color:#777\">site ' + row[7]"
        "    + ' (select it in the table for sources and quotes)</span></div>';"
        "  }, {maxWidth: 360});"
        "  return marker;"
        " };"
        "})()"
    )


def _escaped(values: pd.Series) -> list[str]:
    return [html.escape(str(v)) if v is not None and v == v else "" for v in values]


def _finite_points(frame: pd.DataFrame) -> pd.DataFrame:
    lat = pd.to_numeric(frame["lat"], errors="coerce")
    lon = pd.to_numeric(frame["lon"], errors="coerce")
    ok = lat.between(-90, 90) & lon.between(-180, 180)
    return frame.loc[ok.fillna(False)]


def _is_area(frame: pd.DataFrame) -> np.ndarray:
    """Rows drawn as areas: region/country precision with a polygon geometry."""
    precise = frame["precision"].isin(_AREA_PRECISIONS).to_numpy()
    if "geometry" not in frame:
        return np.zeros(len(frame), dtype=bool)
    geoms = np.asarray(frame["geometry"].to_numpy(), dtype=object)
    kinds = shapely.get_type_id(geoms)  # 3 Polygon, 6 MultiPolygon
    return precise & np.isin(kinds, (3, 6))


def _claims_by_site(claims: pd.DataFrame | None, site_ids: pd.Series) -> dict[str, list[Any]]:
    if claims is None or claims.empty:
        return {}
    own = claims.loc[claims["site_id"].isin(set(site_ids))].drop(
        columns="geometry", errors="ignore"
    )
    grouped: dict[str, list[Any]] = {}
    for record in own.to_dict("records"):
        grouped.setdefault(str(record["site_id"]), []).append(record)
    return grouped


def _area_layer(role: str, areas: pd.DataFrame, claims: Mapping[str, list[Any]]) -> folium.GeoJson:
    features = []
    for record in areas.drop(columns="geometry").to_dict("records"):
        features.append(record)
    geoms = areas["geometry"].to_numpy()
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": shapely.geometry.mapping(geom),
                "properties": {
                    "popup": site_popup_html(rec, claims.get(str(rec["site_id"]), ())),
                    "tooltip": site_tooltip(rec),
                },
            }
            for rec, geom in zip(features, geoms, strict=True)
        ],
    }
    style = polygon_style(role)
    return folium.GeoJson(
        collection,
        name=f"{role_style(role).label}: areas",
        style_function=lambda _feature: style,
        highlight_function=lambda _feature: {"weight": 3, "fillOpacity": 0.3},
        on_each_feature=JsCode(
            "function (feature, layer) {"
            " layer.bindPopup(feature.properties.popup, {maxWidth: 400});"
            " layer.bindTooltip(feature.properties.tooltip);"
            "}"
        ),
        control=False,
    )


def _add_points(
    group: folium.FeatureGroup,
    role: str,
    points: pd.DataFrame,
    claims: Mapping[str, list[Any]],
    *,
    cluster: bool,
) -> None:
    if len(points) > FAST_THRESHOLD:
        first = points["first_date"].astype("string").fillna("")
        last = points["last_date"].astype("string").fillna("")
        dates = first.where((first == last) | (last == ""), first + " – " + last)
        columns = [
            points["lat"].astype(float).round(6).tolist(),
            points["lon"].astype(float).round(6).tolist(),
            _escaped(points["name"]),
            _escaped(points["stance"]),
            _escaped(points["n_sources"]),
            _escaped(dates.replace("", "date not stated")),
            _escaped(points["review_state"]),
            _escaped(points["site_id"]),
            _escaped(points["country"]),
        ]
        rows = [list(row) for row in zip(*columns, strict=True)]
        fast = _RoleCluster(
            data=[],
            callback=_fast_callback(role),
            icon_create_function=cluster_icon_js(role),
            chunkedLoading=True,
            control=False,
        )
        fast.data = rows
        group.add_child(fast)
        return
    target: folium.map.Layer | folium.FeatureGroup = group
    if cluster:
        target = MarkerCluster(icon_create_function=cluster_icon_js(role), control=False)
        group.add_child(target)
    circle_style = uncertainty_style(role)
    half = ICON_PX // 2
    for record in points.drop(columns="geometry", errors="ignore").to_dict("records"):
        location = (float(record["lat"]), float(record["lon"]))
        popup = site_popup_html(record, claims.get(str(record["site_id"]), ()))
        marker = folium.Marker(
            location,
            icon=folium.DivIcon(
                html=marker_svg(role, str(record.get("stance", ""))),
                icon_size=(ICON_PX, ICON_PX),
                icon_anchor=(half, half),
                class_name=f"dm-marker dm-marker-{role}",
            ),
        )
        marker.add_child(_popup(popup))
        marker.add_child(_tooltip(site_tooltip(record)))
        marker.add_to(target)
        radius = record.get("uncertainty_m")
        if isinstance(radius, int | float) and np.isfinite(radius) and radius > 0:
            folium.Circle(location, radius=float(radius), interactive=False, **circle_style).add_to(
                group
            )


def _role_group(
    role: str, frame: pd.DataFrame, claims: Mapping[str, list[Any]], *, cluster: bool
) -> folium.FeatureGroup:
    label = role_style(role).label
    group = folium.FeatureGroup(name=f"{label} ({len(frame)})", show=True)
    areas = _is_area(frame)
    if areas.any():
        group.add_child(_area_layer(role, frame.loc[areas], claims))
    points = _finite_points(frame.loc[~areas])
    if len(points):
        _add_points(group, role, points, claims, cluster=cluster)
    return group


def _add_basemaps(m: folium.Map, basemap: str) -> None:
    folium.TileLayer(
        _LIGHT_URL, attr=_ESRI_ATTR, name="Light grey (Esri)", max_zoom=16, show=basemap == "light"
    ).add_to(m)
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap", show=basemap == "osm").add_to(m)
    folium.TileLayer(
        _ESRI_URL,
        attr=_ESRI_ATTR,
        name="Satellite (Esri World Imagery)",
        max_zoom=19,
        show=basemap == "satellite",
    ).add_to(m)


def _outline_features(outlines: Mapping[str, Any]) -> dict[str, Any]:
    """The outline collection with only geometry and a name, to keep the page small."""
    features = [
        {
            "type": "Feature",
            "geometry": f.get("geometry"),
            "properties": {"name": html.escape(str((f.get("properties") or {}).get("name", "")))},
        }
        for f in outlines.get("features", [])
        if isinstance(f, Mapping) and f.get("geometry")
    ]
    return {"type": "FeatureCollection", "features": features}


def _add_outlines(m: folium.Map, outlines: Mapping[str, Any]) -> None:
    # A pane between the tiles (z 200) and vector overlays (z 400): outlines sit under markers
    # and show land when tiles cannot load.
    folium.map.CustomPane(OUTLINE_PANE, z_index=250, pointer_events=False).add_to(m)
    _Outlines(
        _outline_features(outlines),
        name="Country outlines (offline basemap)",
        pane=OUTLINE_PANE,
        style_function=lambda _f: {
            "color": "#5b5b5b",
            "weight": 0.8,
            "fillColor": "#f4f1ea",
            "fillOpacity": 0.6,
        },
        interactive=False,
        smooth_factor=1.0,
    ).add_to(m)


def _lines_group(sites: pd.DataFrame, claims: pd.DataFrame) -> folium.FeatureGroup | None:
    """Launch site → strike target lines for pairs reported in the same report."""
    needed = {"report_id", "site_id", "role"}
    if claims.empty or not needed <= set(claims.columns):
        return None
    where = sites.set_index("site_id")[["lat", "lon"]]
    shown = claims.loc[claims["site_id"].isin(where.index)]
    launch = shown.loc[shown["role"] == "launch_site", ["report_id", "site_id"]]
    strike = shown.loc[shown["role"] == "strike_target", ["report_id", "site_id"]]
    pairs = launch.merge(strike, on="report_id", suffixes=("_from", "_to"))
    pairs = pairs.groupby(["site_id_from", "site_id_to"]).size().reset_index(name="reports")
    if pairs.empty:
        return None
    group = folium.FeatureGroup(name="Launch site → strike target (same report)", show=True)
    for row in pairs.head(MAX_LINES).itertuples(index=False):
        a, b = where.loc[row.site_id_from], where.loc[row.site_id_to]
        folium.PolyLine(
            [(float(a["lat"]), float(a["lon"])), (float(b["lat"]), float(b["lon"]))],
            color="#8B0000",
            weight=1.5 + min(int(row.reports), 5) * 0.5,
            opacity=0.7,
            dash_array="8 6",
        ).add_child(_tooltip(f"reported together in {int(row.reports)} report(s)")).add_to(group)
    return group


def _initial_view(
    sites: pd.DataFrame, center: Sequence[float] | None, zoom: int | None
) -> tuple[tuple[float, float], int, list[list[float]] | None]:
    if center is not None:
        return (float(center[0]), float(center[1])), zoom or DEFAULT_ZOOM, None
    points = _finite_points(sites) if len(sites) else sites
    # fit the allegations, not every passing mention of a faraway capital
    if "role" in points.columns and (points["role"] != "other").any():
        points = points[points["role"] != "other"]
    if len(points) == 0:
        return DEFAULT_CENTER, zoom or DEFAULT_ZOOM, None
    lat, lon = points["lat"].astype(float), points["lon"].astype(float)
    bounds = [[lat.min(), lon.min()], [lat.max(), lon.max()]]
    return (float(lat.mean()), float(lon.mean())), zoom or DEFAULT_ZOOM, bounds


def build_map(
    sites: pd.DataFrame,
    *,
    claims: pd.DataFrame | None = None,
    basemap: str = "light",
    heatmap: bool = False,
    cluster: bool = True,
    lines: bool = False,
    center: Sequence[float] | None = None,
    zoom: int | None = None,
    outlines: Mapping[str, Any] | None | Literal["bundled"] = _BUNDLED,
    height: int | str = "100%",
) -> folium.Map:
    """The map of ``sites`` (a sites frame, already filtered) with every layer and control.

    One feature group per role (toggled in the layer control, clustered inside), region- and
    country-level sites as dashed translucent areas, uncertainty circles around points, an
    optional heatmap and launch→target lines (from ``claims``), three online basemaps
    (``basemap`` picks the one shown; ``"offline"`` shows none) over the bundled country
    outlines, a measure tool and a legend. ``outlines=None`` leaves the outlines out.
    Without ``center`` the map fits the sites.
    """
    if basemap not in BASEMAPS:
        raise DashboardError(f"unknown basemap {basemap!r}; choose from {list(BASEMAPS)}")
    missing = {"site_id", "role", "name", "lat", "lon", "precision", "stance"} - set(sites.columns)
    if missing:
        raise DashboardError(
            f"the sites frame lacks columns {sorted(missing)}; load it from the store"
        )
    start, start_zoom, bounds = _initial_view(sites, center, zoom)
    m = folium.Map(
        location=start, zoom_start=start_zoom, tiles=None, control_scale=True, height=height
    )
    _add_basemaps(m, basemap)
    if outlines is _BUNDLED:
        outlines = data.country_outlines()
    if outlines is not None:
        _add_outlines(m, outlines)
    by_site = _claims_by_site(claims, sites["site_id"]) if len(sites) <= 4 * FAST_THRESHOLD else {}
    for role in ROLES:
        frame = sites.loc[sites["role"] == role]
        if len(frame):
            _role_group(role, frame, by_site, cluster=cluster).add_to(m)
    unknown = sites.loc[~sites["role"].isin(ROLES)]
    if len(unknown):
        _role_group("other", unknown, by_site, cluster=cluster).add_to(m)
    if heatmap and len(sites):
        points = _finite_points(sites)
        weights = pd.to_numeric(points.get("n_claims", 1), errors="coerce")
        heat = np.column_stack(
            [points["lat"].astype(float), points["lon"].astype(float), np.asarray(weights, float)]
        )
        HeatMap(heat.tolist(), name="Heatmap of shown sites", radius=18, show=True).add_to(m)
    if lines and claims is not None:
        group = _lines_group(sites, claims)
        if group is not None:
            group.add_to(m)
    MeasureControl(
        position="topleft",
        primary_length_unit="kilometers",
        secondary_length_unit="miles",
        primary_area_unit="sqkilometers",
    ).add_to(m)
    legend = Legend(extra_css=POPUP_CSS)
    m.add_child(legend)
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    if bounds is not None:
        m.fit_bounds(bounds, max_zoom=9, padding=(20, 20))
    make_offline(m)
    return m


def render_html(m: folium.Map) -> str:
    """The complete standalone HTML page of ``m`` (what a saved map file contains)."""
    return str(m.get_root().render())
