"""Values of the reading pipeline: reports, mentions, claims and sites.

All are frozen, slotted and validated; each carries its provenance (report id, character
offsets into the report body, and the gazetteer source of its coordinates).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from gazetteer.model import Precision, check_coordinates


class Role(StrEnum):
    """What a report alleges about a place."""

    LAUNCH_SITE = "launch_site"
    INSTRUCTOR_LOCATION = "instructor_location"
    STRIKE_TARGET = "strike_target"
    OTHER = "other"


class Stance(StrEnum):
    """How the claimant holds the claim."""

    ALLEGED = "alleged"
    CONFIRMED = "confirmed"
    DENIED = "denied"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"  # the date is the Monday of that week
    MONTH = "month"
    YEAR = "year"


class ReviewState(StrEnum):
    MACHINE = "machine"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CORRECTED = "corrected"


def content_hash(text: str) -> str:
    """Stable id of a report's content: hex SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Report:
    """A news report: metadata from front matter (or inferred) and the body text.

    ``report_id`` is the file name the report was read from (``001_x.txt``) or a name given by
    the caller; ``sha256`` is the hash of the whole file text. Offsets everywhere index ``body``.
    """

    report_id: str
    title: str
    body: str
    sha256: str
    source: str = ""
    url: str = ""
    published: dt.date | None = None
    path: str = ""

    def __post_init__(self) -> None:
        if not self.report_id:
            raise ValueError("report_id cannot be empty")
        if not self.body.strip():
            raise ValueError(f"report {self.report_id!r} has an empty body")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) into a report body."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where a mention was resolved: the gazetteer's answer flattened, with its source."""

    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    precision: Precision
    score: float
    source: str
    occupied: bool = False
    geometry: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        check_coordinates(self.lat, self.lon)
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score must be in [0, 1], got {self.score!r}")


@dataclass(frozen=True, slots=True)
class EventDate:
    """When the reported event happened, as far as the text tells."""

    date: dt.date
    precision: DatePrecision
    text: str = ""  # the words that gave it ("early on Thursday", "Oct. 17")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a report body, with its resolution (None if unresolved)."""

    report_id: str
    surface: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    resolution: Resolution | None = None

    def __post_init__(self) -> None:
        Span(self.start, self.end)
        if len(self.surface) != self.end - self.start:
            raise ValueError(
                f"surface {self.surface!r} does not fit span [{self.start}, {self.end})"
            )


@dataclass(frozen=True, slots=True)
class Claim:
    """One allegation: a report says place X has role R, per claimant C, with a stance."""

    mention: Mention
    role: Role
    stance: Stance
    claimant: str = ""
    event_date: EventDate | None = None
    confidence: float = 0.5  # of the role reading, in [0, 1]

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be in [0, 1], got {self.confidence!r}")

    @property
    def claim_id(self) -> str:
        """Deterministic id: report, span and role."""
        m = self.mention
        key = f"{m.report_id}\x00{m.start}\x00{m.end}\x00{self.role.value}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Site:
    """Claims about the same place with the same role, merged across reports.

    ``n_sources`` counts independent sources: claims from different outlets that all quote the
    same claimant count once; ``source_note`` says so in words.
    """

    site_id: str
    role: Role
    resolution: Resolution
    claims: tuple[Claim, ...]
    first_date: dt.date | None
    last_date: dt.date | None
    n_sources: int
    claimants: tuple[str, ...] = ()
    source_note: str = ""

    def __post_init__(self) -> None:
        if not self.claims:
            raise ValueError("a site needs at least one claim")
        if self.n_sources < 1:
            raise ValueError("a site has at least one source")
