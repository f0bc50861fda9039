"""The dronemap dashboard: ``streamlit run dashboard/app.py -- --store PATH``.

The only module that imports Streamlit. It reads widgets, calls the pure functions of
:mod:`dashboard.queries` and :mod:`dashboard.maps`, and renders; all file and store access goes
through :mod:`dashboard.data`. Filters and the map view live in the URL.
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any

import streamlit as st
from streamlit_folium import st_folium

from dashboard import data, maps, queries
from dashboard.errors import DashboardError
from dashboard.popups import safe_url, site_id_from_tooltip
from dashboard.styles import REVIEW_STATES, ROLE_STYLES, ROLES, STANCES

SITE_TABLE = [
    "name", "role", "stance", "country", "admin1", "precision", "claimants", "n_sources",
    "n_claims", "first_date", "last_date", "review_state", "site_id",
]  # fmt: skip
CLAIM_TABLE = [
    "name", "role", "claimant", "stance", "event_date", "outlet", "report_title", "url",
    "evidence", "review_state", "claim_id", "site_id",
]  # fmt: skip
DEFAULT_REVIEW = ("machine", "accepted", "corrected")
FOCUS_ZOOM = 10


# --- cached loaders (the only caching in the dashboard) ----------------------------------------


@st.cache_data(show_spinner="Reading the store…", max_entries=4)
def load_frames(path: str, stamp: float) -> data.Frames:
    """Sites and claims of the store; ``stamp`` (file mtime) makes a changed store reload."""
    return data.load_frames(Path(path))


@st.cache_resource(show_spinner=False)
def outlines() -> dict[str, Any] | None:
    """The offline country outlines, read once per server process (None if missing)."""
    try:
        return data.country_outlines()
    except DashboardError:
        return None


@st.cache_resource(show_spinner="Loading the gazetteer (first time only)…")
def extractor() -> data.Extractor:
    """The reading pipeline, loaded once per server process."""
    cache = os.environ.get("DRONEMAP_CACHE")
    return data.default_extractor(Path(cache) if cache else None)


def _stamp(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# --- widgets -----------------------------------------------------------------------------------


def _params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _sidebar(sites: Any, start: queries.Filters) -> tuple[queries.Filters, dict[str, Any]]:
    """Draw the filter widgets, seeded from ``start`` (the URL); return filters and map options."""
    sb = st.sidebar
    sb.header("Filters")
    roles = sb.multiselect(
        "Roles", ROLES, default=sorted(start.roles) or list(ROLES), key="f_roles",
        format_func=lambda r: ROLE_STYLES[r].label,
    )  # fmt: skip
    date_from = date_to = None
    bounds = queries.date_bounds(sites) if len(sites) else None
    if bounds is not None and bounds[0] < bounds[1]:
        lo, hi = bounds
        chosen = sb.slider(
            "Reported period (timeline)", min_value=lo, max_value=hi, key="f_dates",
            value=(max(lo, start.date_from or lo), min(hi, start.date_to or hi)),
        )  # fmt: skip
        if tuple(chosen) != (lo, hi):
            date_from, date_to = chosen
    undated = sb.checkbox("Include undated sites", value=start.include_undated, key="f_undated")
    claimant_options = sorted(set(queries.options(sites, "claimants")) | start.claimants)
    claimants = sb.multiselect(
        "Claimant", claimant_options, default=sorted(start.claimants), key="f_claimants"
    )
    stances = sb.multiselect("Stance", STANCES, default=sorted(start.stances), key="f_stances")
    country_options = sorted(set(queries.options(sites, "country")) | start.countries)
    countries = sb.multiselect(
        "Country", country_options, default=sorted(start.countries), key="f_countries"
    )
    min_sources = sb.number_input(
        "Minimum independent sources", min_value=0, max_value=1000, step=1,
        value=start.min_sources, key="f_min_sources",
    )  # fmt: skip
    review = sb.multiselect(
        "Review state", REVIEW_STATES, default=sorted(start.review_states), key="f_review"
    )
    text = sb.text_input("Search place names and evidence", value=start.text, key="f_text")
    sb.header("Map")
    options = {
        "basemap": sb.selectbox(
            "Basemap",
            maps.BASEMAPS,
            key="m_basemap",
            format_func={
                "light": "Light grey",
                "osm": "OpenStreetMap",
                "satellite": "Satellite (Esri)",
                "offline": "Offline outlines only",
            }.get,
        ),  # fmt: skip
        "cluster": sb.checkbox("Cluster markers", value=True, key="m_cluster"),
        "heatmap": sb.checkbox("Heatmap", value=False, key="m_heatmap"),
        "lines": sb.checkbox("Lines launch site → strike target", value=False, key="m_lines"),
        "follow": sb.checkbox(
            "Keep the map view in the URL",
            value=False,
            key="m_follow",
            help="Reruns the page after each pan or zoom so the link reopens this view.",
        ),  # fmt: skip
    }
    filters = queries.Filters(
        roles=frozenset(r for r in roles if set(roles) != set(ROLES)),
        date_from=date_from, date_to=date_to, include_undated=undated,
        claimants=frozenset(claimants), stances=frozenset(stances),
        countries=frozenset(countries), min_sources=int(min_sources),
        review_states=frozenset(review), text=text.strip(),
    )  # fmt: skip
    return filters, options


def _start_filters() -> queries.Filters:
    params = _params()
    try:
        start = queries.filters_from_query_params(params)
    except DashboardError as err:
        st.warning(f"Ignored the filters in the link: {err}")
        start = queries.Filters()
    if "review" not in params:
        start = queries.Filters(**{**_as_kwargs(start), "review_states": DEFAULT_REVIEW})
    return start


def _as_kwargs(filters: queries.Filters) -> dict[str, Any]:
    return {name: getattr(filters, name) for name in queries.FILTER_FIELDS}


def _sync_url(filters: queries.Filters, view: queries.MapView | None) -> None:
    wanted: dict[str, Any] = dict(queries.filters_to_query_params(filters))
    if view is not None:
        wanted.update(queries.view_to_query_params(view))
    if _params() != {k: v if isinstance(v, list) else [v] for k, v in wanted.items()}:
        st.query_params.from_dict(wanted)


def _selected_row(key: str, frame: Any) -> Any | None:
    state = st.session_state.get(key)
    rows = getattr(getattr(state, "selection", None), "rows", None) or (
        state.get("selection", {}).get("rows") if isinstance(state, dict) else None
    )
    if rows and rows[0] < len(frame):
        return frame.iloc[rows[0]]
    return None


def _safe_links(frame: Any) -> Any:
    """The claims table with unsafe (non-http) links blanked, so no javascript: URL is clickable."""
    if "url" not in frame:
        return frame
    return frame.assign(url=frame["url"].map(lambda u: u if safe_url(u) is not None else None))


# --- panels ------------------------------------------------------------------------------------


def _downloads(sites: Any, claims: Any) -> None:
    st.subheader("Download what is shown")
    layer = st.radio("Layer", ("sites", "claims"), horizontal=True, key="dl_layer")
    frame = sites if layer == "sites" else claims
    cols = st.columns(len(data.EXPORT_FORMATS))
    for col, (fmt, (suffix, mime)) in zip(cols, data.EXPORT_FORMATS.items(), strict=True):
        col.download_button(
            fmt.upper(), data=functools.partial(data.export_bytes, frame, fmt),
            file_name=f"dronemap-{layer}{suffix}", mime=mime, key=f"dl_{fmt}",
            on_click="ignore", disabled=frame.empty,
        )  # fmt: skip


def _add_report(store: Path) -> None:
    with st.expander("Add a report"), st.form("add_report", clear_on_submit=False):
        text = st.text_area("Paste a report (front matter with title/source/url/date optional)")
        name = st.text_input("Name for the pasted report", value="pasted-report.txt")
        files = st.file_uploader(
            "…or upload report files", accept_multiple_files=True,
            type=["txt", "md", "markdown", "html", "htm"],
        )  # fmt: skip
        if not st.form_submit_button("Read and add to the store"):
            return
        documents = [(f.name, f.getvalue()) for f in files or []]
        if text.strip():
            documents.insert(0, (name.strip() or "pasted-report.txt", text.encode("utf-8")))
        bar = st.progress(0.0, text="Reading…")
        try:
            summary = data.ingest_documents(
                store, documents, extract=extractor(),
                progress=lambda done, total, what: bar.progress(done / total, text=what),
            )  # fmt: skip
        except DashboardError as err:
            st.error(f"Nothing was added. {err}")
            return
        load_frames.clear()
        st.success(
            f"Added {summary.added}, replaced {summary.replaced}, skipped {summary.skipped} "
            f"known report(s); {summary.claims} claim(s); the store now holds {summary.sites} "
            "sites."
        )


def _review(store: Path, site: Any, claims: Any) -> None:
    with st.expander("Review", expanded=site is not None):
        if site is None:
            st.info("Select a site in the table or click one on the map to review its claims.")
            return
        own = claims.loc[claims["site_id"] == site["site_id"]]
        targets = {f"site {site['site_id']}: {site['name']} (all claims)": site["site_id"]}
        for rec in own.itertuples():
            targets[f"claim {rec.claim_id}: {rec.claimant or 'unnamed'}, {rec.stance}"] = (
                rec.claim_id
            )
        with st.form("review"):
            label = st.selectbox("What to review", list(targets))
            state = st.radio("Decision", ("accepted", "rejected", "corrected"), horizontal=True)
            note = st.text_input("Note (why)")
            st.caption("For a correction give a new position and/or name:")
            c1, c2, c3 = st.columns(3)
            lat = c1.number_input("lat", value=float(site["lat"]), format="%.5f")
            lon = c2.number_input("lon", value=float(site["lon"]), format="%.5f")
            new_name = c3.text_input("name", value=str(site["name"]))
            if not st.form_submit_button("Save review"):
                return
        corrected = state == "corrected"
        try:
            data.review(
                store, targets[label], state, note=note,
                lat=lat if corrected else None, lon=lon if corrected else None,
                name=new_name if corrected else None,
            )  # fmt: skip
        except DashboardError as err:
            st.error(f"The review was not saved. {err}")
            return
        load_frames.clear()
        st.success("Review saved.")
        st.rerun()


def main() -> None:
    """Render the dashboard once (Streamlit reruns this on every interaction)."""
    st.set_page_config(page_title="dronemap", page_icon="🗺️", layout="wide")
    store = data.store_path(sys.argv[1:], os.environ)
    st.title("Alleged Shahed launch sites, Iranian instructors and strike targets")
    try:
        frames = load_frames(str(store), _stamp(store))
    except DashboardError as err:
        st.error(f"{err}")
        _add_report(store)
        return
    filters, options = _sidebar(frames.sites, _start_filters())
    sites = queries.filter_sites(frames.sites, filters)
    claims = queries.filter_claims(frames.claims, filters, sites["site_id"])
    counts = queries.summary_counts(sites, claims)
    per_role = ", ".join(f"{counts[r]} {ROLE_STYLES[r].label.lower()}" for r in ROLES)
    st.sidebar.markdown(
        f"**Showing {counts['sites']} of {len(frames.sites)} sites** "
        f"({counts['claims']} claims): {per_role}"
    )
    st.caption(f"Store: `{store}` · every point links to the sentence and report it comes from.")

    selected = _selected_row("sites_table", sites)
    view = queries.view_from_query_params(_params())
    focus: tuple[float, float] | None = None
    if selected is not None:
        focus = (float(selected["lat"]), float(selected["lon"]))
        view = queries.MapView(focus[0], focus[1], FOCUS_ZOOM)
    m = maps.build_map(
        sites, claims=claims, basemap=options["basemap"], heatmap=options["heatmap"],
        cluster=options["cluster"], lines=options["lines"], outlines=outlines(),
        center=(view.lat, view.lon) if view else None, zoom=view.zoom if view else None,
    )  # fmt: skip
    returned = ["last_object_clicked_tooltip"]
    if options["follow"]:
        returned += ["center", "zoom"]
    state = st_folium(
        m, key="map", height=620, use_container_width=True, returned_objects=returned,
        center=focus, zoom=FOCUS_ZOOM if focus else None,
    )  # fmt: skip
    state = state or {}
    if options["follow"] and state.get("center") and state.get("zoom") is not None:
        centre = state["center"]
        view = queries.MapView(float(centre["lat"]), float(centre["lng"]), int(state["zoom"]))
    _sync_url(filters, view)

    clicked = site_id_from_tooltip(state.get("last_object_clicked_tooltip"))
    if clicked is not None and clicked in set(sites["site_id"]):
        selected = sites.loc[sites["site_id"] == clicked].iloc[0]

    tab_sites, tab_claims = st.tabs([f"Sites ({len(sites)})", f"Claims ({len(claims)})"])
    with tab_sites:
        st.dataframe(
            sites[[c for c in SITE_TABLE if c in sites]], key="sites_table", on_select="rerun",
            selection_mode="single-row", hide_index=True, width="stretch",
        )  # fmt: skip
    with tab_claims:
        st.dataframe(
            _safe_links(claims[[c for c in CLAIM_TABLE if c in claims]]), hide_index=True,
            width="stretch",
            column_config={"url": st.column_config.LinkColumn("url")},
        )  # fmt: skip
    _downloads(sites, claims)
    _review(store, selected, frames.claims)
    _add_report(store)


main()
