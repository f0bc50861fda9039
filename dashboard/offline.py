"""Serve Leaflet and its plugins from vendored files so a map draws without internet access.

folium links its JavaScript and CSS from public CDNs; behind an air gap the map stays blank.
:func:`make_offline` rewrites every link of a map (and of layers added to it later) to a
``data:`` URI built from the npm builds under ``dashboard/static/vendor`` (see its README for
versions and licences). Such a map also renders the same way through ``st_folium``, which
loads the same link lists inside its component frame.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from posixpath import dirname, join, normpath

from branca.element import Element
from folium.elements import JSCSSMixin

from dashboard import data
from dashboard.errors import AssetError

# folium's asset name -> vendored file under dashboard/static.
VENDORED: Mapping[str, str] = {
    "leaflet": "vendor/leaflet/leaflet.js",
    "leaflet_css": "vendor/leaflet/leaflet.css",
    "markerclusterjs": "vendor/leaflet.markercluster/leaflet.markercluster.js",
    "markerclustercss": "vendor/leaflet.markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "vendor/leaflet.markercluster/MarkerCluster.Default.css",
    "leaflet-heat.js": "vendor/leaflet.heat/leaflet-heat.js",
    "leaflet_measure_js": "vendor/leaflet-measure/leaflet-measure.min.js",
    "leaflet_measure_css": "vendor/leaflet-measure/leaflet-measure.css",
}
# Assets folium links by default that the dashboard never uses (font icons, Bootstrap, jQuery):
# our symbols are inline SVG, so these are dropped rather than vendored.
UNUSED: frozenset[str] = frozenset(
    {
        "jquery",
        "bootstrap",
        "awesome_markers",
        "bootstrap_css",
        "glyphicons_css",
        "awesome_markers_font_css",
        "awesome_markers_css",
        "awesome_rotate_css",
    }
)
_MIME = {".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml"}
_CSS_URL = re.compile(r"url\(\s*(['\"]?)(?!data:|#|https?:)([^'\")]+)\1\s*\)")
_SOURCE_MAP = re.compile(rb"^//# sourceMappingURL=.*$", re.MULTILINE)


def _mime(relpath: str) -> str:
    for suffix, mime in _MIME.items():
        if relpath.endswith(suffix):
            return mime
    raise AssetError(f"no MIME type known for {relpath}; add its suffix to offline._MIME")


def _data_uri(mime: str, payload: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}"


@lru_cache(maxsize=32)
def asset_uri(name: str) -> str:
    """The ``data:`` URI of the vendored asset folium calls ``name``.

    Images a stylesheet refers to (``url(images/layers.png)``) are inlined too, because
    relative URLs mean nothing inside a ``data:`` stylesheet.
    """
    try:
        relpath = VENDORED[name]
    except KeyError as err:
        raise AssetError(
            f"web asset {name!r} is not vendored; add its npm build under dashboard/static/vendor "
            "and map it in dashboard.offline.VENDORED"
        ) from err
    payload = data.read_static(relpath)
    if relpath.endswith(".css"):
        folder = dirname(relpath)

        def inline(match: re.Match[str]) -> str:
            target = normpath(join(folder, match.group(2)))
            return f'url("{_data_uri(_mime(target), data.read_static(target))}")'

        payload = _CSS_URL.sub(inline, payload.decode("utf-8")).encode("utf-8")
    else:
        payload = _SOURCE_MAP.sub(b"", payload)
    return _data_uri(_mime(relpath), payload)


def _walk(element: Element) -> Iterator[Element]:
    yield element
    for child in list(element._children.values()):
        yield from _walk(child)


def _offline_links(links: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, asset_uri(name)) for name, _ in links if name not in UNUSED]


def make_offline(element: Element) -> Element:
    """Point every JS/CSS link of ``element`` and its descendants at vendored ``data:`` URIs.

    Call it on a finished map, and again on any layer added later (``feature_group_to_add``).
    Raises AssetError naming any asset that is neither vendored nor known to be unused, so a
    new plugin cannot silently reintroduce a CDN link. Returns ``element`` for chaining.
    """
    for node in _walk(element):
        if isinstance(node, JSCSSMixin):
            # Instance attributes shadow the class lists, leaving folium's classes untouched.
            node.default_js = _offline_links(list(node.default_js))
            node.default_css = _offline_links(list(node.default_css))
    return element
