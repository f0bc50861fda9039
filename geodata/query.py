"""Filter site or claim frames: the one filtering function shared by the store, CLI and dashboard.

``filter_frame`` works on any frame with the record columns (``geodata.records``): site frames
(dated by ``first_date``/``last_date``) and claim frames (dated by ``event_date``, else
``published``). It never changes the frame it is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

from geodata.errors import ExportError
from geodata.model import ReviewState, Role, Stance
from geodata.sites import normalise_claimant

__all__ = ["filter_frame"]


def _values(name: str, given: Iterable[object] | str, allowed: type | None = None) -> set[str]:
    """Turn a filter argument into a set of strings, checking enum members when ``allowed``."""
    items = [given] if isinstance(given, str) else list(given)
    out: set[str] = set()
    for item in items:
        value = item.value if hasattr(item, "value") else str(item)
        value = str(value).strip()
        if allowed is not None:
            choices = {m.value for m in allowed}  # type: ignore[attr-defined]
            if value not in choices:
                raise ExportError(
                    f"unknown {name} {value!r}; choose from {', '.join(sorted(choices))}"
                )
        out.add(value)
    return out


def _date(name: str, value: dt.date | str) -> str:
    """ISO date string of a filter bound (accepts dates, datetimes and ISO strings)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError as err:
        raise ExportError(f"{name} must be a date like 2024-10-17, got {value!r}") from err


def _column(frame: pd.DataFrame, name: str, filter_name: str) -> pd.Series:
    if name not in frame.columns:
        raise ExportError(f"filter {filter_name!r} needs a {name!r} column, which this frame lacks")
    return frame[name]


def _as_text(series: pd.Series) -> pd.Series:
    return series.astype(object).where(series.notna(), "").astype(str)


def filter_frame(
    frame: pd.DataFrame,
    *,
    roles: Iterable[Role | str] | str | None = None,
    since: dt.date | str | None = None,
    until: dt.date | str | None = None,
    min_sources: int | None = None,
    countries: Iterable[str] | str | None = None,
    review_states: Iterable[ReviewState | str] | str | None = None,
    claimants: Iterable[str] | str | None = None,
    stances: Iterable[Stance | str] | str | None = None,
    text: str | None = None,
) -> pd.DataFrame:
    """Rows of ``frame`` that pass every given filter (``None`` means "do not filter").

    - ``roles``, ``review_states``, ``stances``: keep rows whose value is one of these.
    - ``since``/``until``: keep rows whose dates overlap [since, until]; undated rows are
      dropped when either bound is given.
    - ``min_sources``: keep sites with at least that many independent sources.
    - ``countries``: ISO 3166-1 alpha-2 codes, any case.
    - ``claimants``: keep rows quoting one of these claimants (compared after
      ``normalise_claimant``, so "the X of Ukraine" matches "X").
    - ``text``: case-insensitive substring of the name or the evidence sentence.

    Raises ExportError for an unknown role, state or stance, a malformed date, or a filter the
    frame has no column for.
    """
    keep = pd.Series(True, index=frame.index)
    if roles is not None:
        keep &= _column(frame, "role", "roles").isin(_values("role", roles, Role))
    if review_states is not None:
        wanted = _values("review state", review_states, ReviewState)
        keep &= _column(frame, "review_state", "review_states").isin(wanted)
    if stances is not None:
        keep &= _column(frame, "stance", "stances").isin(_values("stance", stances, Stance))
    if countries is not None:
        wanted = {c.upper() for c in _values("country", countries)}
        keep &= _as_text(_column(frame, "country", "countries")).str.upper().isin(wanted)
    if min_sources is not None:
        if isinstance(min_sources, bool) or not isinstance(min_sources, int) or min_sources < 0:
            raise ExportError(f"min_sources must be a whole number >= 0, got {min_sources!r}")
        keep &= _column(frame, "n_sources", "min_sources").fillna(0) >= min_sources
    if since is not None or until is not None:
        first, last = _date_bounds(frame)
        dated = first.ne("") & last.ne("")
        keep &= dated
        if since is not None:
            keep &= last >= _date("since", since)
        if until is not None:
            keep &= first <= _date("until", until)
    if claimants is not None:
        wanted = {normalise_claimant(c) for c in _values("claimant", claimants)} - {""}
        column = "claimants" if "claimants" in frame.columns else "claimant"
        cells = _as_text(_column(frame, column, "claimants"))
        keep &= cells.map(
            lambda cell: any(normalise_claimant(p) in wanted for p in cell.split(";"))
        )
    if text is not None and text.strip():
        needle = text.strip().casefold()
        hay = (
            _as_text(_column(frame, "name", "text"))
            + "\n"
            + _as_text(_column(frame, "evidence", "text"))
        )
        keep &= hay.str.casefold().str.contains(needle, regex=False)
    return frame.loc[keep]


def _date_bounds(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """First and last ISO date of each row ("" when undated), for site or claim frames."""
    if "first_date" in frame.columns and "last_date" in frame.columns:
        first, last = _as_text(frame["first_date"]), _as_text(frame["last_date"])
        return first.str[:10], last.str[:10]
    if "event_date" in frame.columns:
        date = _as_text(frame["event_date"])
        if "published" in frame.columns:
            date = date.where(date != "", _as_text(frame["published"]))
        return date.str[:10], date.str[:10]
    raise ExportError("date filters need first_date/last_date or event_date columns")
