"""Vendored web assets: every link folium makes is replaced by an inlined copy."""

from __future__ import annotations

import base64

import folium
import pytest
from folium.plugins import Fullscreen, HeatMap, MarkerCluster, MeasureControl

from dashboard import data
from dashboard.errors import AssetError, DataLoadError
from dashboard.offline import VENDORED, asset_uri, make_offline


def decoded(uri: str) -> str:
    assert uri.startswith("data:")
    return base64.b64decode(uri.split(",", 1)[1]).decode("utf-8")


@pytest.mark.parametrize("name", sorted(VENDORED))
def test_every_vendored_asset_exists_and_is_text(name: str) -> None:
    body = decoded(asset_uri(name))
    assert len(body) > 100
    assert "sourceMappingURL" not in body


def test_stylesheet_images_are_inlined() -> None:
    css = decoded(asset_uri("leaflet_css"))
    assert "url(images/" not in css
    assert 'url("data:image/png;base64,' in css
    assert "url(images/" not in decoded(asset_uri("leaflet_measure_css"))


def test_make_offline_rewrites_map_and_plugins_and_drops_unused() -> None:
    m = folium.Map(tiles=None)
    MarkerCluster().add_to(m)
    HeatMap([[0, 0, 1]]).add_to(m)
    MeasureControl().add_to(m)
    make_offline(m)
    names = [name for name, _ in m.default_js]
    assert names == ["leaflet"]  # jQuery, Bootstrap and awesome-markers are dropped
    page = m.get_root().render()
    assert "https://cdn" not in page and "code.jquery.com" not in page
    assert folium.Map.default_js[0][1].startswith("https://")  # the class is left alone


def test_unvendored_plugin_is_an_error_not_a_cdn_link() -> None:
    m = folium.Map(tiles=None)
    Fullscreen().add_to(m)
    with pytest.raises(AssetError, match="not vendored"):
        make_offline(m)


def test_static_paths_cannot_escape_the_package() -> None:
    with pytest.raises(DataLoadError, match="inside dashboard/static"):
        data.read_static("../data.py")
    with pytest.raises(DataLoadError, match="missing"):
        data.read_static("vendor/nothing.js")


def test_licences_ship_with_every_vendored_package() -> None:
    folders = {path.split("/")[1] for path in VENDORED.values()}
    for folder in folders:
        assert b"Copyright" in data.read_static(f"vendor/{folder}/LICENSE")
