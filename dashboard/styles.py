"""How each role and stance looks on the map: colour, shape, inline SVG symbols and the legend.

Colours are from the Okabe-Ito palette (distinguishable with common colour-vision deficiencies)
and every role also has its own shape, so the map reads correctly in greyscale too. The stance
changes the fill: alleged is filled, confirmed is filled with a heavy outline, denied is hollow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from branca.element import MacroElement
from jinja2 import Template

ROLES: tuple[str, ...] = ("launch_site", "instructor_location", "strike_target", "other")
STANCES: tuple[str, ...] = ("alleged", "confirmed", "denied")
REVIEW_STATES: tuple[str, ...] = ("machine", "accepted", "rejected", "corrected")
ICON_PX = 20
_OUTLINE = "#1a1a1a"


@dataclass(frozen=True, slots=True)
class RoleStyle:
    """The look of one role: legend label, colour and marker shape."""

    role: str
    label: str  # plural, for the legend and layer control
    noun: str  # singular, for popups
    colour: str
    shape: str  # triangle | square | circle | diamond


ROLE_STYLES: dict[str, RoleStyle] = {
    "launch_site": RoleStyle("launch_site", "Launch sites", "launch site", "#D55E00", "triangle"),
    "instructor_location": RoleStyle(
        "instructor_location",
        "Iranian instructor locations",
        "Iranian instructor location",
        "#0072B2",
        "square",
    ),
    "strike_target": RoleStyle(
        "strike_target", "Strike targets", "strike target", "#F0E442", "circle"
    ),
    "other": RoleStyle("other", "Other mentions", "other mention", "#999999", "diamond"),
}


def role_style(role: str) -> RoleStyle:
    """The style of ``role``; unknown roles are drawn like ``other`` rather than dropped."""
    return ROLE_STYLES.get(role, ROLE_STYLES["other"])


def _shape(shape: str, size: int, fill: str, stroke: str, width: float, dash: str) -> str:
    s, m, p = size, size / 2, width + 1
    common = f'fill="{fill}" stroke="{stroke}" stroke-width="{width}"{dash}'
    if shape == "triangle":
        return f'<polygon points="{m},{p} {s - p},{s - p} {p},{s - p}" {common}/>'
    if shape == "square":
        return f'<rect x="{p}" y="{p}" width="{s - 2 * p}" height="{s - 2 * p}" {common}/>'
    if shape == "diamond":
        return f'<polygon points="{m},{p} {s - p},{m} {m},{s - p} {p},{m}" {common}/>'
    circle = f'<circle cx="{m}" cy="{m}" r="{m - p}" {common}/>'
    # A strike target gets a crosshair so it reads as a target, not just a dot.
    cross = (
        f'<path d="M{m} {p - 1}V{s - p + 1}M{p - 1} {m}H{s - p + 1}" stroke="{_OUTLINE}" '
        'stroke-width="1"/>'
    )
    return circle + cross


def marker_svg(role: str, stance: str, size: int = ICON_PX) -> str:
    """An inline SVG symbol for a site of ``role`` held with ``stance`` (trusted markup)."""
    style = role_style(role)
    if stance == "denied":
        fill, stroke, width, dash = "#ffffff", style.colour, 2.0, ' stroke-dasharray="3 2"'
    elif stance == "confirmed":
        fill, stroke, width, dash = style.colour, _OUTLINE, 2.5, ""
    else:
        fill, stroke, width, dash = style.colour, _OUTLINE, 1.2, ""
    body = _shape(style.shape, size, fill, stroke, width, dash)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" '
        f'viewBox="0 0 {size} {size}" role="img" aria-label="{style.label}, {stance}">{body}</svg>'
    )


def cluster_icon_js(role: str) -> str:
    """JavaScript ``iconCreateFunction`` colouring a role's clusters in the role's colour."""
    style = role_style(role)
    text = "#1a1a1a" if style.role in {"strike_target", "other"} else "#ffffff"
    return (
        "function(cluster) {"
        " var n = cluster.getChildCount();"
        " var s = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 46;"
        f" return L.divIcon({{html: '<div style=\"background:{style.colour};color:{text};"
        f"border:2px solid {_OUTLINE};border-radius:50%;width:' + s + 'px;height:' + s + 'px;"
        "font:bold 12px sans-serif;line-height:' + (s - 4) + 'px;text-align:center;"
        "opacity:0.9\">' + n + '</div>',"
        f" className: 'dm-cluster dm-cluster-{style.role}', iconSize: L.point(s, s)}});"
        " }"
    )


def polygon_style(role: str) -> dict[str, Any]:
    """Leaflet path style for region- or country-level sites: translucent with a dashed edge."""
    colour = role_style(role).colour
    return {
        "color": colour,
        "weight": 2,
        "dashArray": "6 4",
        "fillColor": colour,
        "fillOpacity": 0.18,
    }


def uncertainty_style(role: str) -> dict[str, Any]:
    """Leaflet path style for the circle showing how far a point may be off."""
    colour = role_style(role).colour
    return {"color": colour, "weight": 1, "dash_array": "2 4", "fill": True, "fill_opacity": 0.05}


def legend_html() -> str:
    """The legend's HTML: one row per role, the stance fills, areas and uncertainty circles."""
    rows = [
        f'<div class="dm-row">{marker_svg(r, "alleged", 16)}<span>{s.label}</span></div>'
        for r, s in ROLE_STYLES.items()
    ]
    stances = "".join(
        f'<span class="dm-stance">{marker_svg("other", st, 14)} {st}</span>' for st in STANCES
    )
    area = (
        '<svg width="16" height="12"><rect x="1" y="1" width="14" height="10" fill="#999" '
        'fill-opacity="0.2" stroke="#555" stroke-dasharray="3 2"/></svg>'
    )
    ring = (
        '<svg width="16" height="16"><circle cx="8" cy="8" r="6" fill="none" stroke="#555" '
        'stroke-dasharray="2 2"/></svg>'
    )
    return (
        '<div class="dm-legend-title">What the reports allege</div>'
        + "".join(rows)
        + f'<div class="dm-row dm-stances">{stances}</div>'
        + f'<div class="dm-row">{area}<span>region- or country-level place</span></div>'
        + f'<div class="dm-row">{ring}<span>how far the point may be off</span></div>'
    )


_LEGEND_CSS = (
    ".dm-legend{background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;"
    "box-shadow:0 1px 4px rgba(0,0,0,.4);font:12px/1.35 sans-serif;color:#1a1a1a;max-width:240px}"
    ".dm-legend .dm-row{display:flex;align-items:center;gap:6px;margin:2px 0}"
    ".dm-legend .dm-legend-title{font-weight:bold;margin-bottom:3px}"
    ".dm-legend .dm-stance{display:inline-flex;align-items:center;gap:2px;margin-right:6px}"
    ".dm-marker{background:none;border:none}"
    ".leaflet-container{background:#dfe9f2}"
)


class Legend(MacroElement):  # type: ignore[misc]
    """A Leaflet control in the map's corner explaining symbols; our own markup, no report text."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
            {{ this.get_name() }}.onAdd = function () {
                var div = L.DomUtil.create('div', 'dm-legend');
                div.innerHTML = {{ this.html|tojson }};
                L.DomEvent.disableClickPropagation(div);
                return div;
            };
            {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, position: str = "bottomleft", extra_css: str = "") -> None:
        super().__init__()
        self._name = "Legend"
        self.position = position
        self.html = legend_html()
        self.css = _LEGEND_CSS + extra_css
