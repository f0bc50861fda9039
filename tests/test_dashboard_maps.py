"""The folium map: layers per role, areas for regions, controls, and no CDN links."""

from __future__ import annotations

import re

import folium
import pytest
from dashboard_fixtures import (
    HOSTILE_SCRIPT,
    claim,
    claims_frame,
    sample,
    site,
    sites_frame,
    tiny_outlines,
)
from folium.plugins import FastMarkerCluster, HeatMap, MarkerCluster, MeasureControl
from streamlit_folium import _get_header

from dashboard.errors import DashboardError
from dashboard.maps import FAST_THRESHOLD, build_map, render_html
from dashboard.styles import Legend

SITES, CLAIMS = sample()
_ASSET_LINK = re.compile(r'<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"', re.I)


def walk(element):
    yield element
    for child in element._children.values():
        yield from walk(child)


def groups(m: folium.Map) -> dict[str, folium.FeatureGroup]:
    return {g.layer_name: g for g in m._children.values() if isinstance(g, folium.FeatureGroup)}


@pytest.fixture(scope="module")
def full_map() -> folium.Map:
    return build_map(SITES, claims=CLAIMS, lines=True, heatmap=True, outlines=tiny_outlines())


def test_one_layer_per_role_present_with_counts(full_map: folium.Map) -> None:
    names = set(groups(full_map))
    assert {
        "Launch sites (2)",
        "Iranian instructor locations (1)",
        "Strike targets (3)",
        "Other mentions (1)",
    } <= names


def test_only_roles_with_sites_get_a_layer() -> None:
    m = build_map(SITES.loc[SITES["role"] == "other"], outlines=None)
    assert [n for n in groups(m) if "(" in n] == ["Other mentions (1)"]


def test_region_sites_are_polygons_and_points_are_markers(full_map: folium.Map) -> None:
    launch = groups(full_map)["Launch sites (2)"]
    areas = [e for e in walk(launch) if isinstance(e, folium.GeoJson)]
    assert len(areas) == 1
    (feature,) = areas[0].data["features"]
    assert feature["geometry"]["type"] == "Polygon"
    assert "Southern Peninsula" in feature["properties"]["popup"]
    markers = [e for e in walk(launch) if type(e) is folium.Marker]  # Circle subclasses Marker
    assert len(markers) == 1  # the airstrip; the region is not also a pin
    assert "dm-marker-launch_site" in markers[0].icon.options["class_name"]


def test_points_show_their_precision_as_a_circle(full_map: folium.Map) -> None:
    launch = groups(full_map)["Launch sites (2)"]
    circles = [e for e in walk(launch) if isinstance(e, folium.Circle)]
    assert [c.options["radius"] for c in circles] == [500.0]


def test_clusters_sit_inside_each_role_layer(full_map: folium.Map) -> None:
    for name, group in groups(full_map).items():
        if "(" in name and "→" not in name:
            assert any(isinstance(e, MarkerCluster) for e in walk(group)) or name.startswith(
                "Launch"
            ), name


def test_controls_basemaps_heatmap_lines(full_map: folium.Map) -> None:
    children = list(full_map._children.values())
    assert any(isinstance(c, folium.LayerControl) for c in children)
    assert any(isinstance(c, MeasureControl) for c in children)
    assert any(isinstance(c, Legend) for c in children)
    assert any(isinstance(c, HeatMap) for c in children)
    tiles = {c.layer_name for c in children if isinstance(c, folium.TileLayer)}
    assert {"Satellite (Esri World Imagery)", "Light grey (Esri)", "OpenStreetMap"} <= tiles
    lines = groups(full_map)["Launch site → strike target (same report)"]
    polylines = [e for e in walk(lines) if isinstance(e, folium.PolyLine)]
    # rep-a names the airstrip (launch) and Rivertown (target); no other report pairs them
    assert len(polylines) == 1
    assert polylines[0].locations == [[52.1, 30.9], [50.4, 30.5]]


def test_offline_outlines_layer_under_the_markers(full_map: folium.Map) -> None:
    outline = [
        c for c in full_map._children.values()
        if isinstance(c, folium.GeoJson) and c.layer_name.startswith("Country outlines")
    ]  # fmt: skip
    assert len(outline) == 1
    assert outline[0].options["pane"] == "outlines"
    assert [f["properties"]["name"] for f in outline[0].data["features"]] == [
        "Squareland",
        "Northland &lt;b&gt;",
    ]


def test_bundled_outlines_are_used_by_default() -> None:
    m = build_map(SITES.iloc[:1])
    outline = [c for c in m._children.values() if isinstance(c, folium.GeoJson)]
    assert len(outline[0].data["features"]) > 100  # Natural Earth has ~250 countries


def test_rendered_html_has_no_remote_js_or_css(full_map: folium.Map) -> None:
    page = render_html(full_map)
    links = _ASSET_LINK.findall(page)
    assert links, "the page should link its assets"
    assert all(link.startswith("data:") for link in links), [x[:60] for x in links]
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "code.jquery" not in page


def test_streamlit_folium_gets_only_inlined_assets(full_map: folium.Map) -> None:
    # st_folium loads every element's default_js/default_css itself, and keeps the header.
    links = [
        url
        for e in walk(full_map)
        for _, url in [*getattr(e, "default_js", []), *getattr(e, "default_css", [])]
    ]
    assert links and all(u.startswith("data:") for u in links)
    assert "http" not in "".join(_ASSET_LINK.findall(_get_header(full_map)))


def test_large_roles_use_one_data_array_not_marker_objects() -> None:
    n = FAST_THRESHOLD + 5
    recs = [site(f"s{i}", "strike_target", f"P{i}", 45 + i * 1e-3, 30.0) for i in range(n)]
    recs[0]["name"] = f"Bad {HOSTILE_SCRIPT}"
    m = build_map(sites_frame(recs), outlines=None)
    group = groups(m)[f"Strike targets ({n})"]
    fast = [e for e in walk(group) if isinstance(e, FastMarkerCluster)]
    assert len(fast) == 1 and len(fast[0].data) == n
    assert not any(type(e) is folium.Marker for e in walk(group))
    assert fast[0].data[0][2] == "Bad &lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;"
    page = render_html(m)
    assert HOSTILE_SCRIPT not in page
    assert all(x.startswith("data:") for x in _ASSET_LINK.findall(page))


def test_template_literal_injection_cannot_run() -> None:
    # folium's Popup/Tooltip paste text into JS `...` literals; ours must JSON-encode instead.
    evil = "x`; alert(1); `${alert(2)}"
    rec = site("s1", "launch_site", evil, 50.0, 30.0, evidence=evil)
    page = render_html(
        build_map(
            sites_frame([rec]),
            claims=claims_frame([claim("c1", rec, "r1", evidence=evil)]),
            outlines=None,
        )
    )
    assert "alert(2)" in page  # the text is there, as data...
    # ...but only inside double-quoted (JSON or attribute) strings, never in code or a `literal`.
    outside_strings = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', page)
    assert "alert(1)" not in outside_strings
    assert "alert(2)" not in outside_strings


def test_unknown_basemap_and_missing_columns_raise() -> None:
    with pytest.raises(DashboardError, match="choose from"):
        build_map(SITES, basemap="watercolour", outlines=None)
    with pytest.raises(DashboardError, match="lacks columns"):
        build_map(SITES.drop(columns="stance"), outlines=None)


def test_empty_frame_gives_a_usable_map() -> None:
    m = build_map(SITES.iloc[:0], outlines=tiny_outlines())
    assert m.location == [49.0, 31.0]
    assert "leaflet" in render_html(m)


def test_initial_view_fits_the_allegations_not_faraway_mentions() -> None:
    from dashboard.maps import _initial_view

    frame = sites_frame([
        site("a", "launch_site", "Lida", 53.88, 25.30),
        site("b", "strike_target", "Kyiv", 50.45, 30.52),
        site("c", "other", "Canberra", -35.28, 149.13),
    ])
    _center, _zoom, bounds = _initial_view(frame, None, None)
    assert bounds is not None
    (south, west), (north, east) = bounds
    assert south > 40 and east < 40  # Canberra, an "other" mention, does not stretch the view
    only_other = sites_frame([site("c", "other", "Canberra", -35.28, 149.13)])
    _c, _z, b2 = _initial_view(only_other, None, None)
    assert b2 is not None and b2[0][0] < -30
