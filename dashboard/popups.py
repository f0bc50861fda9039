"""Popup and tooltip HTML for sites. Every piece of report text is escaped here.

Report text is untrusted (a report may contain ``<script>`` or ``<img onerror=...>``), so every
value taken from a frame goes through :func:`html.escape`, and links are kept only when they
are absolute http(s) URLs.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from dashboard.styles import role_style

MAX_CLAIMS_SHOWN = 6
MAX_QUOTE_CHARS = 600
_LIST_SEP = " | "
_UNSAFE_URL_CHARS = re.compile(r"[\s\x00-\x1f\x7f<>\"'`\\]")
_TOOLTIP_ID = re.compile(r"\[([A-Za-z0-9_.:-]+)\]\s*$")


def esc(value: Any) -> str:
    """Text of ``value`` made safe for HTML (None and NaN become an empty string)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def safe_url(url: Any) -> str | None:
    """``url`` escaped for an ``href`` if it is an absolute http(s) URL, else None.

    >>> safe_url("javascript:alert(1)") is None
    True
    """
    if not isinstance(url, str) or not url or _UNSAFE_URL_CHARS.search(url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return html.escape(url, quote=True)


def _clip(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _link(url: Any, label: str) -> str:
    href = safe_url(url)
    if href is None:
        return esc(label)
    return f'<a href="{href}" target="_blank" rel="noopener noreferrer">{esc(label)}</a>'


def _dates(first: Any, last: Any) -> str:
    first_s, last_s = _text(first), _text(last)
    if first_s and last_s and first_s != last_s:
        return f"{esc(first_s)} – {esc(last_s)}"
    return esc(first_s or last_s) or "date not stated"


def _precision(site: Mapping[str, Any]) -> str:
    precision = _text(site.get("precision")) or "unknown precision"
    radius = site.get("uncertainty_m")
    if isinstance(radius, int | float) and math.isfinite(radius) and radius > 0:
        return f"{esc(precision)}, ± {radius / 1000:.1f} km"
    return esc(precision)


def _claim_item(claim: Mapping[str, Any]) -> str:
    quote = _clip(_text(claim.get("evidence")))
    who = _text(claim.get("claimant")) or "claimant not named"
    when = _text(claim.get("event_date")) or _text(claim.get("published")) or "date not stated"
    title = _text(claim.get("report_title")) or _text(claim.get("report_id")) or "untitled report"
    outlet = _text(claim.get("outlet")) or "outlet not stated"
    return (
        '<li class="dm-claim">'
        f"<blockquote>“{esc(quote)}”</blockquote>"
        f"<div>{esc(who)} · {esc(claim.get('stance'))} · {esc(when)}</div>"
        f"<div>{_link(claim.get('url'), title)} — {esc(outlet)}"
        f" · review: {esc(claim.get('review_state'))}</div>"
        "</li>"
    )


def _site_sources(site: Mapping[str, Any]) -> str:
    titles = [t for t in _text(site.get("source_titles")).split(_LIST_SEP) if t]
    urls = [u for u in _text(site.get("source_urls")).split(_LIST_SEP) if u]
    outlets = [o for o in _text(site.get("outlets")).split(_LIST_SEP) if o]
    items = [f"<li>{_link(u, t)}</li>" for t, u in zip(titles, urls, strict=False)]
    items += [f"<li>{esc(t)}</li>" for t in titles[len(urls) :]]
    items += [f"<li>{_link(u, u)}</li>" for u in urls[len(titles) :]]
    outlet_line = f"<div>Outlets: {esc(', '.join(outlets))}</div>" if outlets else ""
    return f"{outlet_line}<ul>{''.join(items)}</ul>" if items or outlets else ""


def site_popup_html(site: Mapping[str, Any], claims: Iterable[Mapping[str, Any]] = ()) -> str:
    """Popup HTML of one site: what is alleged, by whom, when, from which sources, and review.

    ``claims`` are the site's claim records; each is listed with its quoted sentence, claimant,
    stance, date and its report's title, outlet and link. Without claims the site's own
    evidence and source lists are shown.
    """
    style = role_style(_text(site.get("role")))
    claim_list = list(claims)
    place = ", ".join(p for p in (_text(site.get("admin1")), _text(site.get("country"))) if p)
    note = esc(site.get("source_note"))
    review_note = esc(site.get("review_note"))
    head = (
        f'<div class="dm-popup"><b>{esc(site.get("name"))}</b>'
        f' <span style="color:#555">({esc(place)})</span>'
        f"<div><b>{esc(style.noun)}</b> · {esc(site.get('stance'))} · {_precision(site)}</div>"
        f"<div>Claimed by: {esc(site.get('claimants')) or 'not named'}</div>"
        f"<div>When: {_dates(site.get('first_date'), site.get('last_date'))}</div>"
        f"<div>Independent sources: <b>{esc(site.get('n_sources'))}</b>"
        + (f" ({note})" if note else "")
        + f" · review: <b>{esc(site.get('review_state'))}</b>"
        + (f" — {review_note}" if review_note else "")
        + "</div>"
    )
    if claim_list:
        shown = claim_list[:MAX_CLAIMS_SHOWN]
        more = len(claim_list) - len(shown)
        body = "<ol>" + "".join(_claim_item(c) for c in shown) + "</ol>"
        if more > 0:
            body += f"<div>…and {more} more claims in the table below the map.</div>"
    else:
        quote = _clip(_text(site.get("evidence")))
        body = f"<blockquote>“{esc(quote)}”</blockquote>" if quote else ""
        body += _site_sources(site)
    footer = f'<div style="color:#777;font-size:11px">site {esc(site.get("site_id"))}</div>'
    return f"{head}{body}{footer}</div>"


def site_tooltip(site: Mapping[str, Any]) -> str:
    """Hover text of a site; ends with ``[site_id]`` so a click can be traced back to the row."""
    style = role_style(_text(site.get("role")))
    return (
        f"{esc(site.get('name'))} · {esc(style.noun)} · "
        f"{esc(site.get('stance'))} [{esc(site.get('site_id'))}]"
    )


def site_id_from_tooltip(tooltip: Any) -> str | None:
    """The site id at the end of a tooltip text returned by the map, or None."""
    if not isinstance(tooltip, str):
        return None
    match = _TOOLTIP_ID.search(html.unescape(tooltip))
    return match.group(1) if match else None


POPUP_CSS = (
    ".dm-popup{font:12px/1.4 sans-serif;max-width:380px}"
    ".dm-popup blockquote{margin:4px 0;padding:2px 6px;border-left:3px solid #999;"
    "color:#222;font-style:italic}"
    ".dm-popup ol{padding-left:18px;margin:4px 0}.dm-popup ul{padding-left:18px;margin:4px 0}"
)
