"""Merge claims into sites: one site per (gazetteer record, role), with independent-source counts.

Several outlets often relay one claimant's statement; counting outlets would overstate how well
supported a site is. ``merge_sites`` therefore counts *independent sources*: each distinct
claimant once (however many outlets quote it), and each outlet's own unattributed reporting once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from geodata.model import Claim, Report, Role, Site, Stance

__all__ = ["claim_date", "merge_sites", "normalise_claimant", "site_id_for", "site_stance"]

_ARTICLES = frozenset({"the", "a", "an"})
# Country qualifiers that do not change who is speaking ("X of Ukraine" is X).
_QUALIFIER_PHRASES = ("of ukraine",)
_QUALIFIER_WORDS = frozenset({"ukrainian", "ukraine's", "ukraines"})
_NON_WORD = re.compile(r"[^\w']+", re.UNICODE)


def normalise_claimant(name: str) -> str:
    """Reduce a claimant's name to a key that ignores case, spacing, articles and country tags.

    >>> normalise_claimant("the National Resistance Center")
    'national resistance center'
    >>> normalise_claimant("National  Resistance Center of Ukraine")
    'national resistance center'
    """
    text = name.casefold().replace("\u2019", "'")
    for phrase in _QUALIFIER_PHRASES:
        text = text.replace(phrase, " ")
    words = [w.strip("'") for w in _NON_WORD.split(text)]
    kept = [w for w in words if w and w not in _ARTICLES and w not in _QUALIFIER_WORDS]
    return " ".join(kept)


def site_id_for(source: str, role: Role) -> str:
    """Deterministic site id from the gazetteer source and the role (stable across re-ingest)."""
    key = f"{source}\x00{role.value}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def claim_date(claim: Claim, report: Report | None) -> dt.date | None:
    """The date a claim is about: its event date, else its report's publication date."""
    if claim.event_date is not None:
        return claim.event_date.date
    return report.published if report is not None else None


def site_stance(stances: Iterable[Stance]) -> Stance:
    """A site's stance: denied only if every claim denies, confirmed if any confirms."""
    seen = list(stances)
    if seen and all(s is Stance.DENIED for s in seen):
        return Stance.DENIED
    if any(s is Stance.CONFIRMED for s in seen):
        return Stance.CONFIRMED
    return Stance.ALLEGED


@dataclass(frozen=True, slots=True)
class _SourceKey:
    """One independent source: a claimant (normalised) or an outlet's own reporting."""

    kind: str  # "claimant" or "outlet"
    key: str


def _outlet(report: Report | None, report_id: str) -> str:
    if report is not None and report.source.strip():
        return report.source.strip()
    return report_id


def merge_sites(claims: Iterable[Claim], reports: Mapping[str, Report]) -> list[Site]:
    """Group claims by (gazetteer source, role) into sites, sorted by role, name and id.

    Claims whose mention was not resolved to a place cannot be put on a map and are left out.
    ``reports`` maps report ids to reports; it supplies publication dates (when a claim has no
    event date) and outlets (to count sources). A claim whose report is missing still counts,
    with its report id standing in for the outlet.
    """
    groups: dict[tuple[str, Role], list[Claim]] = defaultdict(list)
    for claim in claims:
        res = claim.mention.resolution
        if res is None:
            continue
        groups[(res.source, claim.role)].append(claim)

    sites = [
        _make_site(source, role, members, reports) for (source, role), members in groups.items()
    ]
    sites.sort(key=lambda s: (s.role.value, s.resolution.name.casefold(), s.site_id))
    return sites


def _make_site(
    source: str, role: Role, members: list[Claim], reports: Mapping[str, Report]
) -> Site:
    # Order claims deterministically: by date, then report, then position.
    def order(c: Claim) -> tuple[str, str, int]:
        d = claim_date(c, reports.get(c.mention.report_id))
        return (d.isoformat() if d else "9999", c.mention.report_id, c.mention.start)

    members = sorted(members, key=order)
    dates = [
        d for c in members if (d := claim_date(c, reports.get(c.mention.report_id))) is not None
    ]
    best = max(members, key=lambda c: (_res_score(c), c.confidence))
    resolution = best.mention.resolution
    assert resolution is not None  # groups only hold resolved claims
    if resolution.geometry is None:
        # Keep a polygon if any claim of this place carries one.
        for c in members:
            if c.mention.resolution is not None and c.mention.resolution.geometry is not None:
                resolution = c.mention.resolution
                break

    sources, outlets, display = _count_sources(members, reports)
    return Site(
        site_id=site_id_for(source, role),
        role=role,
        resolution=resolution,
        claims=tuple(members),
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
        n_sources=max(1, len(sources)),
        claimants=tuple(display[s.key] for s in sources if s.kind == "claimant"),
        source_note=_source_note(members, reports, sources, outlets, display),
    )


def _res_score(claim: Claim) -> float:
    return claim.mention.resolution.score if claim.mention.resolution is not None else 0.0


def _count_sources(
    members: Sequence[Claim], reports: Mapping[str, Report]
) -> tuple[list[_SourceKey], list[str], dict[str, str]]:
    """Independent sources (in first-seen order), outlets, and a display name per claimant key."""
    sources: list[_SourceKey] = []
    outlets: list[str] = []
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    full_names = _full_name_keys(normalise_claimant(c.claimant) for c in members
                                 if c.claimant.strip())
    for c in members:
        outlet = _outlet(reports.get(c.mention.report_id), c.mention.report_id)
        if outlet not in outlets:
            outlets.append(outlet)
        key = normalise_claimant(c.claimant) if c.claimant.strip() else ""
        key = full_names.get(key, key)
        if key:
            spellings[key][" ".join(c.claimant.split())] += 1
            src = _SourceKey("claimant", key)
        else:
            src = _SourceKey("outlet", outlet)
        if src not in sources:
            sources.append(src)
    # Most frequent spelling wins; Counter keeps first-seen order among ties.
    display = {key: counts.most_common(1)[0][0] for key, counts in spellings.items()}
    return sources, outlets, display


def _full_name_keys(keys: Iterable[str]) -> dict[str, str]:
    """Map a one-word claimant key to the one longer key that ends with it.

    Reports name a person in full once and by surname afterwards ("John Kirby" ... "Kirby");
    both are one claimant. A surname shared by two full names stays as it is.
    """
    distinct = set(keys)
    out: dict[str, str] = {}
    for short in distinct:
        if " " in short:
            continue
        longer = [k for k in distinct if k != short and k.split()[-1] == short]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _source_note(
    members: Sequence[Claim],
    reports: Mapping[str, Report],
    sources: Sequence[_SourceKey],
    outlets: Sequence[str],
    display: Mapping[str, str],
) -> str:
    """Say in words how many outlets and independent sources back a site, and who they quote.

    Example: ``2 outlets, 1 independent source: both quote the National Resistance Center``.
    """
    head = f"{_plural(len(outlets), 'outlet')}, {_plural(len(sources), 'independent source')}"
    quoted_by: dict[str, list[str]] = defaultdict(list)
    for c in members:
        if not c.claimant.strip():
            continue
        key = normalise_claimant(c.claimant)
        outlet = _outlet(reports.get(c.mention.report_id), c.mention.report_id)
        if key and outlet not in quoted_by[key]:
            quoted_by[key].append(outlet)
    parts: list[str] = []
    for src in sources:
        if src.kind == "claimant":
            who = display[src.key]
            n = len(quoted_by[src.key])
            if n == len(outlets) and n == 2:
                parts.append(f"both quote {who}")
            elif n == len(outlets) and n > 2:
                parts.append(f"all {n} quote {who}")
            else:
                parts.append(f"{_plural(n, 'outlet')} {'quotes' if n == 1 else 'quote'} {who}")
        else:
            parts.append(f"{src.key} reports it unattributed")
    return f"{head}: {'; '.join(parts)}" if parts else head
