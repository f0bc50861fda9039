"""Pure filtering of the site and claim frames, and the filters' round trip through the URL.

Nothing here reads files or touches Streamlit: the app turns widgets into a :class:`Filters`,
calls :func:`filter_sites` / :func:`filter_claims`, and stores the filters in the URL with
:func:`filters_to_query_params` so a view can be shared and reloaded.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

import pandas as pd

from dashboard.errors import FilterError
from dashboard.styles import REVIEW_STATES, ROLES, STANCES

MAX_TEXT = 200
CLAIMANT_SEP = "; "
QueryParams = Mapping[str, str | Sequence[str]]

# URL keys, kept short so shared links stay readable.
_SET_KEYS = {
    "roles": "role",
    "claimants": "claimant",
    "stances": "stance",
    "countries": "country",
    "review_states": "review",
}
_ALLOWED = {"roles": ROLES, "stances": STANCES, "review_states": REVIEW_STATES}


def _frozen(value: Iterable[str] | str) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    return frozenset(str(v) for v in value)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the analyst asked to see. Empty sets and ``None`` mean "no restriction".

    Dates select sites whose reported period ``[first_date, last_date]`` overlaps
    ``[date_from, date_to]``; undated sites are kept only when ``include_undated``.
    ``text`` matches place names and evidence sentences, case-insensitively.
    """

    roles: frozenset[str] = field(default_factory=frozenset)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_undated: bool = True
    claimants: frozenset[str] = field(default_factory=frozenset)
    stances: frozenset[str] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)
    min_sources: int = 0
    review_states: frozenset[str] = field(default_factory=frozenset)
    text: str = ""

    def __post_init__(self) -> None:
        for name in _SET_KEYS:
            object.__setattr__(self, name, _frozen(getattr(self, name)))
        for name, allowed in _ALLOWED.items():
            unknown = sorted(getattr(self, name) - set(allowed))
            if unknown:
                raise FilterError(
                    f"unknown {name.replace('_', ' ')} {unknown}; choose from {list(allowed)}"
                )
        if isinstance(self.min_sources, bool) or not isinstance(self.min_sources, int):
            raise FilterError(f"min_sources must be a whole number, got {self.min_sources!r}")
        if self.min_sources < 0:
            raise FilterError(f"min_sources cannot be negative, got {self.min_sources}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise FilterError(
                f"date range starts {self.date_from} after it ends {self.date_to}; swap them"
            )
        if len(self.text) > MAX_TEXT:
            raise FilterError(f"search text is longer than {MAX_TEXT} characters; shorten it")


@dataclass(frozen=True, slots=True)
class MapView:
    """Where the map looks: centre and zoom, kept in the URL beside the filters."""

    lat: float
    lon: float
    zoom: int

    def __post_init__(self) -> None:
        if not (math.isfinite(self.lat) and -90 <= self.lat <= 90):
            raise FilterError(f"map latitude {self.lat!r} is outside [-90, 90]")
        if not (math.isfinite(self.lon) and -180 <= self.lon <= 180):
            raise FilterError(f"map longitude {self.lon!r} is outside [-180, 180]")
        if not 0 <= self.zoom <= 22:
            raise FilterError(f"map zoom {self.zoom!r} is outside [0, 22]")


# --- filtering ---------------------------------------------------------------------------------


def _iso(column: pd.Series) -> pd.Series:
    """ISO date strings cut to ``YYYY-MM-DD`` (or shorter when only a month or year is known)."""
    return column.astype("string").str.slice(0, 10)


def _any_claimant(claimants: pd.Series, wanted: frozenset[str]) -> pd.Series:
    padded = CLAIMANT_SEP + claimants.fillna("").astype(str) + CLAIMANT_SEP
    mask = pd.Series(False, index=claimants.index)
    for name in wanted:
        mask |= padded.str.contains(CLAIMANT_SEP + name + CLAIMANT_SEP, regex=False)
    return mask


def _text_mask(frame: pd.DataFrame, text: str, columns: Sequence[str]) -> pd.Series:
    mask = pd.Series(False, index=frame.index)
    for column in columns:
        if column in frame:
            values = frame[column].fillna("").astype(str)
            mask |= values.str.contains(text, case=False, regex=False)
    return mask


def _date_mask(first: pd.Series, last: pd.Series, filters: Filters) -> pd.Series:
    first, last = _iso(first), _iso(last)
    first, last = first.fillna(last), last.fillna(first)
    dated = first.notna()
    inside = pd.Series(True, index=first.index)
    if filters.date_from is not None:
        # A month or year ("2024-10") lasts to its end: the suffix sorts after every extension.
        inside &= (last.fillna("") + "\uffff") >= filters.date_from.isoformat()
    if filters.date_to is not None:
        inside &= first.fillna("") <= filters.date_to.isoformat()
    return (dated & inside) | (~dated & filters.include_undated)


def filter_sites(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of the sites ``frame`` that pass ``filters`` (same type, original order)."""
    mask = pd.Series(True, index=frame.index)
    if filters.roles:
        mask &= frame["role"].isin(filters.roles)
    if filters.stances:
        mask &= frame["stance"].isin(filters.stances)
    if filters.countries:
        mask &= frame["country"].isin(filters.countries)
    if filters.review_states:
        mask &= frame["review_state"].isin(filters.review_states)
    if filters.min_sources:
        mask &= pd.to_numeric(frame["n_sources"], errors="coerce").fillna(0) >= filters.min_sources
    if filters.claimants:
        mask &= _any_claimant(frame["claimants"], filters.claimants)
    if filters.date_from is not None or filters.date_to is not None:
        mask &= _date_mask(frame["first_date"], frame["last_date"], filters)
    elif not filters.include_undated:
        mask &= frame["first_date"].notna() | frame["last_date"].notna()
    if filters.text.strip():
        mask &= _text_mask(frame, filters.text.strip(), ("name", "evidence"))
    return frame.loc[mask]


def filter_claims(claims: pd.DataFrame, filters: Filters, site_ids: Iterable[str]) -> pd.DataFrame:
    """The claims of the shown sites that themselves pass the claim-level filters.

    A site is shown when any of its claims fits; its table lists only the claims that fit
    (for example only the ones made by the chosen claimant).
    """
    mask = claims["site_id"].isin(set(site_ids))
    if filters.stances:
        mask &= claims["stance"].isin(filters.stances)
    if filters.review_states:
        mask &= claims["review_state"].isin(filters.review_states)
    if filters.claimants:
        mask &= claims["claimant"].fillna("").isin(filters.claimants)
    if filters.date_from is not None or filters.date_to is not None:
        when = claims["event_date"].fillna(claims["published"])
        mask &= _date_mask(when, when, filters)
    return claims.loc[mask]


def summary_counts(sites: pd.DataFrame, claims: pd.DataFrame | None = None) -> dict[str, int]:
    """How much is shown: sites, claims and sites per role (every role present, maybe 0).

    >>> summary_counts(pd.DataFrame({"role": ["other"], "n_claims": [2]}))["claims"]
    2
    """
    per_role = sites["role"].value_counts() if len(sites) else pd.Series(dtype=int)
    if claims is not None:
        n_claims = len(claims)
    elif "n_claims" in sites:
        n_claims = int(pd.to_numeric(sites["n_claims"], errors="coerce").fillna(0).sum())
    else:
        n_claims = 0
    out = {"sites": len(sites), "claims": n_claims}
    for role in ROLES:
        out[role] = int(per_role.get(role, 0))
    return out


def date_bounds(sites: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """The earliest and latest dates of ``sites`` (for the timeline slider), or None if undated."""
    values = pd.concat([_iso(sites["first_date"]), _iso(sites["last_date"])]).dropna()
    days = pd.to_datetime(values, errors="coerce", format="ISO8601").dropna()
    if days.empty:
        return None
    return days.min().date(), days.max().date()


def options(sites: pd.DataFrame, column: str) -> list[str]:
    """The sorted distinct values of ``column`` (claimants split on ``"; "``) for a widget."""
    if column not in sites or sites.empty:
        return []
    values = sites[column].dropna().astype(str)
    if column == "claimants":
        values = values.str.split(CLAIMANT_SEP).explode()
    return sorted(v for v in values.unique() if v)


# --- the URL -----------------------------------------------------------------------------------


def _as_list(value: str | Sequence[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _one(params: QueryParams, key: str) -> str | None:
    values = _as_list(params.get(key, []))
    return values[-1] if values else None


def _date(value: str | None, key: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise FilterError(f"URL parameter {key}={value!r} is not a date like 2024-10-17") from err


def filters_to_query_params(filters: Filters) -> dict[str, str | list[str]]:
    """URL parameters for ``filters``; defaults are left out so plain links stay short."""
    out: dict[str, str | list[str]] = {}
    for name, key in _SET_KEYS.items():
        values = sorted(getattr(filters, name))
        if values:
            out[key] = values
    if filters.date_from is not None:
        out["from"] = filters.date_from.isoformat()
    if filters.date_to is not None:
        out["to"] = filters.date_to.isoformat()
    if not filters.include_undated:
        out["undated"] = "0"
    if filters.min_sources:
        out["min_sources"] = str(filters.min_sources)
    if filters.text:
        out["q"] = filters.text
    return out


def filters_from_query_params(params: QueryParams) -> Filters:
    """The :class:`Filters` encoded in URL ``params`` (unknown keys are ignored).

    Raises FilterError for a value that cannot be read, naming the parameter.
    """
    kwargs: dict[str, Any] = {}
    for name, key in _SET_KEYS.items():
        if key in params:
            kwargs[name] = frozenset(v for v in _as_list(params[key]) if v != "")
    kwargs["date_from"] = _date(_one(params, "from"), "from")
    kwargs["date_to"] = _date(_one(params, "to"), "to")
    undated = _one(params, "undated")
    if undated not in (None, "0", "1"):
        raise FilterError(f"URL parameter undated={undated!r} must be 0 or 1")
    kwargs["include_undated"] = undated != "0"
    min_sources = _one(params, "min_sources")
    if min_sources is not None:
        if not min_sources.isdigit():
            raise FilterError(f"URL parameter min_sources={min_sources!r} must be a whole number")
        kwargs["min_sources"] = int(min_sources)
    kwargs["text"] = _one(params, "q") or ""
    return Filters(**kwargs)


def view_to_query_params(view: MapView) -> dict[str, str]:
    """URL parameters for the map view (5 decimals is about a metre)."""
    return {"lat": f"{view.lat:.5f}", "lon": f"{view.lon:.5f}", "z": str(view.zoom)}


def view_from_query_params(params: QueryParams) -> MapView | None:
    """The map view in URL ``params``, or None when it is absent or unreadable."""
    lat, lon, zoom = _one(params, "lat"), _one(params, "lon"), _one(params, "z")
    if lat is None or lon is None or zoom is None:
        return None
    try:
        return MapView(float(lat), float(lon), int(zoom))
    except (ValueError, FilterError):
        return None


FILTER_FIELDS = tuple(f.name for f in fields(Filters))
