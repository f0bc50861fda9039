"""Map styles by role, shared by every output: colours, QGIS QML, OGC SLD and KML colours.

One palette so the dashboard, the KML and the QGIS styles agree: launch sites red, instructor
locations purple, strike targets blue, other mentions grey. Region polygons are filled
semi-transparently so what lies beneath stays readable.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping

from geodata.model import Role

__all__ = [
    "AREA_FILL_ALPHA",
    "ROLE_COLORS",
    "ROLE_LABELS",
    "kml_color",
    "role_qml",
    "role_sld",
]

ROLE_COLORS: Mapping[Role, str] = {
    Role.LAUNCH_SITE: "#d62728",
    Role.INSTRUCTOR_LOCATION: "#9467bd",
    Role.STRIKE_TARGET: "#1f4e9c",
    Role.OTHER: "#8c8c8c",
}
ROLE_LABELS: Mapping[Role, str] = {
    Role.LAUNCH_SITE: "Launch site",
    Role.INSTRUCTOR_LOCATION: "Instructor location",
    Role.STRIKE_TARGET: "Strike target",
    Role.OTHER: "Other mention",
}
AREA_FILL_ALPHA = 0.35  # opacity of region fills


def _rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def kml_color(hex_color: str, alpha: float = 1.0) -> str:
    """KML's ``aabbggrr`` colour of an ``#rrggbb`` colour with the given opacity."""
    r, g, b = _rgb(hex_color)
    return f"{round(alpha * 255):02x}{b:02x}{g:02x}{r:02x}"


def _option(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, "Option", {"name": name, "type": "QString", "value": value})


def _qml_symbol(symbols: ET.Element, index: int, role: Role, kind: str) -> None:
    r, g, b = _rgb(ROLE_COLORS[role])
    symbol = ET.SubElement(
        symbols,
        "symbol",
        {"type": kind, "name": str(index), "alpha": "1", "clip_to_extent": "1", "force_rhr": "0"},
    )
    if kind == "fill":
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleFill", "enabled": "1",
                                                "pass": "0", "locked": "0"})  # fmt: skip
        opts = ET.SubElement(layer, "Option", {"type": "Map"})
        _option(opts, "color", f"{r},{g},{b},{round(AREA_FILL_ALPHA * 255)}")
        _option(opts, "style", "solid")
        _option(opts, "outline_color", f"{r},{g},{b},255")
        _option(opts, "outline_style", "solid")
        _option(opts, "outline_width", "0.6")
        _option(opts, "outline_width_unit", "MM")
    else:
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleMarker", "enabled": "1",
                                                "pass": "0", "locked": "0"})  # fmt: skip
        opts = ET.SubElement(layer, "Option", {"type": "Map"})
        _option(opts, "color", f"{r},{g},{b},255")
        _option(opts, "name", "circle")
        _option(opts, "outline_color", "35,35,35,255")
        _option(opts, "outline_style", "solid")
        _option(opts, "outline_width", "0.4")
        _option(opts, "size", "3.2")
        _option(opts, "size_unit", "MM")


def role_qml(kind: str = "marker") -> str:
    """A QGIS style (QML) with a categorized renderer on ``role``.

    ``kind`` is ``marker`` for point layers or ``fill`` for polygon layers (QGIS draws a
    feature only with a symbol of its own geometry family).
    """
    if kind not in ("marker", "fill"):
        raise ValueError(f"kind must be 'marker' or 'fill', got {kind!r}")
    root = ET.Element("qgis", {"version": "3.28.0", "styleCategories": "Symbology"})
    renderer = ET.SubElement(
        root,
        "renderer-v2",
        {"type": "categorizedSymbol", "attr": "role", "symbollevels": "0",
         "enableorderby": "0", "forceraster": "0", "referencescale": "-1"},
    )  # fmt: skip
    categories = ET.SubElement(renderer, "categories")
    symbols = ET.SubElement(renderer, "symbols")
    for index, role in enumerate(Role):
        ET.SubElement(
            categories,
            "category",
            {"value": role.value, "symbol": str(index), "label": ROLE_LABELS[role],
             "render": "true"},
        )  # fmt: skip
        _qml_symbol(symbols, index, role, kind)
    body = ET.tostring(root, encoding="unicode")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body


_SLD = "http://www.opengis.net/sld"
_OGC = "http://www.opengis.net/ogc"


def role_sld(layer: str, kind: str = "marker") -> str:
    """An OGC SLD 1.0 style for ``layer`` with one rule per role (points or filled areas)."""
    ET.register_namespace("", _SLD)
    ET.register_namespace("ogc", _OGC)
    root = ET.Element(f"{{{_SLD}}}StyledLayerDescriptor", {"version": "1.0.0"})
    named = ET.SubElement(root, f"{{{_SLD}}}NamedLayer")
    ET.SubElement(named, f"{{{_SLD}}}Name").text = layer
    user = ET.SubElement(named, f"{{{_SLD}}}UserStyle")
    ET.SubElement(user, f"{{{_SLD}}}Name").text = f"{layer} by role"
    fts = ET.SubElement(user, f"{{{_SLD}}}FeatureTypeStyle")
    for role in Role:
        rule = ET.SubElement(fts, f"{{{_SLD}}}Rule")
        ET.SubElement(rule, f"{{{_SLD}}}Name").text = role.value
        ET.SubElement(rule, f"{{{_SLD}}}Title").text = ROLE_LABELS[role]
        flt = ET.SubElement(rule, f"{{{_OGC}}}Filter")
        eq = ET.SubElement(flt, f"{{{_OGC}}}PropertyIsEqualTo")
        ET.SubElement(eq, f"{{{_OGC}}}PropertyName").text = "role"
        ET.SubElement(eq, f"{{{_OGC}}}Literal").text = role.value
        color = ROLE_COLORS[role]
        if kind == "fill":
            sym = ET.SubElement(rule, f"{{{_SLD}}}PolygonSymbolizer")
            fill = ET.SubElement(sym, f"{{{_SLD}}}Fill")
            _css(fill, "fill", color)
            _css(fill, "fill-opacity", str(AREA_FILL_ALPHA))
            stroke = ET.SubElement(sym, f"{{{_SLD}}}Stroke")
            _css(stroke, "stroke", color)
            _css(stroke, "stroke-width", "1.5")
        else:
            sym = ET.SubElement(rule, f"{{{_SLD}}}PointSymbolizer")
            graphic = ET.SubElement(sym, f"{{{_SLD}}}Graphic")
            mark = ET.SubElement(graphic, f"{{{_SLD}}}Mark")
            ET.SubElement(mark, f"{{{_SLD}}}WellKnownName").text = "circle"
            fill = ET.SubElement(mark, f"{{{_SLD}}}Fill")
            _css(fill, "fill", color)
            stroke = ET.SubElement(mark, f"{{{_SLD}}}Stroke")
            _css(stroke, "stroke", "#232323")
            ET.SubElement(graphic, f"{{{_SLD}}}Size").text = "9"
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def _css(parent: ET.Element, name: str, value: str) -> None:
    ET.SubElement(parent, f"{{{_SLD}}}CssParameter", {"name": name}).text = value
