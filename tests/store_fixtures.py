"""Hand-made reports, resolutions and claims for the sites, store and export tests.

The report bodies are invented for these tests; the coordinates are public gazetteer facts.
Import the helpers directly (this is not a conftest, which other test files share).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from gazetteer.model import Precision
from geodata.model import (
    Claim,
    DatePrecision,
    EventDate,
    Mention,
    Report,
    Resolution,
    Role,
    Stance,
    content_hash,
)
from geodata.store import Store

# A clockwise (left-hand) ring on purpose: exporters must turn it counter-clockwise.
CRIMEA_POLYGON: dict[str, Any] = {
    "type": "Polygon",
    "coordinates": [
        [[32.5, 45.3], [33.6, 46.2], [36.6, 45.4], [35.0, 44.4], [33.5, 44.4], [32.5, 45.3]]
    ],
}

KYIV = Resolution(
    name="Kyiv", country="UA", admin1="UA-30", lat=50.45466, lon=30.5238,
    precision=Precision.SETTLEMENT, score=0.95, source="geonames:703448",
)  # fmt: skip
CRIMEA = Resolution(
    name="Crimea", country="UA", admin1="UA-43", lat=45.3, lon=34.4, precision=Precision.REGION,
    score=0.8, source="naturalearth:UA-43", occupied=True, geometry=CRIMEA_POLYGON,
)  # fmt: skip
BARANOVICHI_AB = Resolution(
    name="Baranovichi air base", country="BY", admin1="BY-BR", lat=53.0967, lon=26.0314,
    precision=Precision.FACILITY, score=0.9, source="curated:7",
)  # fmt: skip
IRAN = Resolution(
    name="Iran", country="IR", admin1="", lat=32.0, lon=53.0, precision=Precision.COUNTRY,
    score=0.7, source="naturalearth:IR",
)  # fmt: skip
ODESA = Resolution(
    name="Odesa", country="UA", admin1="UA-51", lat=46.4775, lon=30.7326,
    precision=Precision.SETTLEMENT, score=0.9, source="geonames:698740",
)  # fmt: skip


def make_report(
    report_id: str,
    body: str,
    *,
    source: str = "Example Wire",
    published: dt.date | None = dt.date(2024, 10, 20),
    title: str | None = None,
    url: str | None = None,
) -> Report:
    """A report whose sha256 follows its body, so a changed body means a changed report."""
    return Report(
        report_id=report_id,
        title=title if title is not None else f"Report {report_id}",
        body=body,
        sha256=content_hash(body),
        source=source,
        url=url if url is not None else f"https://news.example/{report_id}",
        published=published,
        path=f"reports/{report_id}.txt",
    )


def make_claim(
    report: Report,
    surface: str,
    role: Role,
    resolution: Resolution | None,
    *,
    stance: Stance = Stance.ALLEGED,
    claimant: str = "",
    event_date: dt.date | None = None,
    confidence: float = 0.8,
    occurrence: int = 0,
) -> Claim:
    """A claim on the ``occurrence``-th appearance of ``surface`` in the report body."""
    starts = [m.start() for m in re.finditer(re.escape(surface), report.body)]
    start = starts[occurrence]
    end = start + len(surface)
    s_start = max(report.body.rfind(". ", 0, start) + 2, 0) if ". " in report.body[:start] else 0
    s_end = report.body.find(". ", end)
    sentence = report.body[s_start : (s_end + 1 if s_end != -1 else len(report.body))]
    mention = Mention(
        report_id=report.report_id, surface=surface, start=start, end=end, sentence=sentence,
        sentence_start=s_start, resolution=resolution,
    )  # fmt: skip
    return Claim(
        mention=mention,
        role=role,
        stance=stance,
        claimant=claimant,
        event_date=EventDate(event_date, DatePrecision.DAY, "on that day") if event_date else None,
        confidence=confidence,
    )


def sample_batch() -> list[tuple[Report, list[Claim]]]:
    """Three reports from two outlets: Kyiv struck, drones launched from Crimea and Belarus."""
    r1 = make_report(
        "r1",
        "Drones hit Kyiv overnight, city officials said. The resistance group said the drones "
        "were launched from Crimea. Instructors were seen at Baranovichi air base.",
        source="Example Wire",
        published=dt.date(2024, 10, 18),
    )
    r2 = make_report(
        "r2",
        "A second outlet repeated that launches came from Crimea, citing the same group. "
        "Kyiv was again under attack. Nobody mentioned Iran.",
        source="Other Daily",
        published=dt.date(2024, 10, 21),
    )
    r3 = make_report(
        "r3",
        "Officials denied that instructors were ever at Baranovichi air base. "
        "An unnamed place came up as well.",
        source="Third Post",
        published=None,
    )
    c1 = [
        make_claim(r1, "Kyiv", Role.STRIKE_TARGET, KYIV, claimant="city officials",
                   event_date=dt.date(2024, 10, 17), confidence=0.9),
        make_claim(r1, "Crimea", Role.LAUNCH_SITE, CRIMEA,
                   claimant="the National Resistance Center", confidence=0.7),
        make_claim(r1, "Baranovichi air base", Role.INSTRUCTOR_LOCATION, BARANOVICHI_AB,
                   confidence=0.6),
    ]  # fmt: skip
    c2 = [
        make_claim(r2, "Crimea", Role.LAUNCH_SITE, CRIMEA,
                   claimant="National Resistance Center of Ukraine", confidence=0.8),
        make_claim(r2, "Kyiv", Role.STRIKE_TARGET, KYIV, confidence=0.85),
        make_claim(r2, "Iran", Role.OTHER, IRAN, confidence=0.5),
    ]  # fmt: skip
    c3 = [
        make_claim(r3, "Baranovichi air base", Role.INSTRUCTOR_LOCATION, BARANOVICHI_AB,
                   stance=Stance.DENIED, claimant="Officials", confidence=0.7),
        make_claim(r3, "unnamed place", Role.OTHER, None, confidence=0.3),
    ]  # fmt: skip
    return [(r1, c1), (r2, c2), (r3, c3)]


def build_store(path: Path) -> Store:
    """A store at ``path`` holding ``sample_batch()``."""
    store = Store.open(path)
    store.ingest(sample_batch())
    return store
