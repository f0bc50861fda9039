"""'Add a report' in the dashboard with the real reading pipeline (not a stand-in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import data

pytestmark = pytest.mark.slow

PASTED = """Overnight drones launched from Cape Chauda struck a grain terminal in Izmail, the
regional governor said on Tuesday. Iranian instructors are stationed in Dzhankoi, the
National Resistance Center claimed.
"""


def test_pasted_report_reaches_the_map(tmp_path: Path, full_cache_dir: Path) -> None:
    store = tmp_path / "s.gpkg"
    summary = data.ingest_documents(store, [("pasted.txt", PASTED.encode("utf-8"))],
                                    extract=data.default_extractor(full_cache_dir))
    assert summary.added == 1 and summary.claims >= 3
    sites = data.load_frames(store).sites
    by_role = {(r["name"], r["role"]) for _, r in sites.iterrows()}
    assert ("Cape Chauda", "launch_site") in by_role
    assert ("Izmayil", "strike_target") in by_role
    assert any(role == "instructor_location" and "Dzhankoy" in name for name, role in by_role)
