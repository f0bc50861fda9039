"""Checks on the shipped example reports and the extra annotated test reports.

The example reports (``geodata/reports``) are retellings of the seed articles in our own words;
the extra reports (``tests/data/extra``) are synthetic reports with a hand-made gold file. These
tests keep both usable: front matter well formed, gold lines valid and anchored in their report,
no sentence shared with the seed articles, and every seed place spelling kept in the retelling.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from gazetteer.model import Precision
from geodata.model import Role, Stance

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "geodata" / "reports"
EXTRA = ROOT / "tests" / "data" / "extra"
EXTRA_REPORTS = EXTRA / "reports"
GOLD = EXTRA / "gold.jsonl"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "eval" / "seed_gold.jsonl"
GWN_REPORTS = SHARED / "eval" / "gwn" / "reports"

REQUIRED_KEYS = ("title", "source", "published")
GOLD_KEYS = ("report", "surface", "canonical", "country", "lat", "lon", "precision", "role",
             "evidence")
RUN_LENGTH = 9  # word runs this long shared with a seed count as copied text
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)


# --- helpers ------------------------------------------------------------------------------------

def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split a report into its YAML front matter (a mapping) and its body; raise ValueError."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        raise ValueError("report must start with a '---' line, YAML, and a closing '---' line")
    meta = yaml.safe_load(match.group(1))
    if not isinstance(meta, dict):
        raise ValueError("front matter must be a YAML mapping of keys to values")
    return meta, match.group(2)


def as_iso_date(value: object) -> dt.date:
    """Return ``value`` as a date if it is an ISO date (YAML date or 'YYYY-MM-DD'), else raise."""
    if isinstance(value, dt.datetime):
        raise ValueError(f"published must be a date without a time, got {value!r}")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)
    raise ValueError(f"published must be an ISO date like 2022-10-23, got {value!r}")


def word_runs(text: str, n: int = RUN_LENGTH) -> set[str]:
    """All runs of ``n`` consecutive lower-cased words in ``text`` (the copy detector's unit)."""
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def squash(text: str) -> str:
    """Collapse whitespace so quotes can be compared across line breaks."""
    return " ".join(text.split())


def gold_problems(row: dict[str, Any], bodies: dict[str, str]) -> list[str]:
    """Say what is wrong with one gold line (empty list when it is valid)."""
    problems = [f"missing key {k!r}" for k in GOLD_KEYS if k not in row]
    if problems:
        return problems
    if row["role"] not in {r.value for r in Role}:
        problems.append(f"unknown role {row['role']!r}")
    if row["precision"] not in {p.value for p in Precision}:
        problems.append(f"unknown precision {row['precision']!r}")
    if "stance" in row and row["stance"] not in {s.value for s in Stance}:
        problems.append(f"unknown stance {row['stance']!r}")
    country = row["country"]
    is_iso2 = isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country) is not None
    # Seas belong to no single country; they are the only (region-level) exception.
    is_sea = country == "" and row["precision"] == Precision.REGION.value
    if not (is_iso2 or is_sea):
        problems.append(f"country must be an ISO 3166-1 alpha-2 code, got {country!r}")
    lat, lon = row["lat"], row["lon"]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon)):
        problems.append(f"lat/lon must be numbers, got {lat!r}, {lon!r}")
    elif not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90
              and -180 <= lon <= 180):
        problems.append(f"coordinates out of range: {lat!r}, {lon!r}")
    body = bodies.get(row["report"])
    if body is None:
        problems.append(f"report {row['report']!r} does not exist")
        return problems
    surface, evidence = row["surface"], row["evidence"]
    if not surface or surface not in body:
        problems.append(f"surface {surface!r} does not occur in the report body")
    if squash(evidence) not in squash(body):
        problems.append(f"evidence {evidence!r} is not a quote from the report body")
    if surface not in evidence:
        problems.append(f"evidence does not contain the surface {surface!r}")
    return problems


def load_bodies(folder: Path) -> dict[str, str]:
    return {p.name: split_front_matter(p.read_text(encoding="utf-8"))[1]
            for p in sorted(folder.glob("*.md")) if p.name != "README.md"}


def load_gold(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


EXAMPLE_FILES = sorted(p for p in EXAMPLES.glob("*.md") if p.name != "README.md")
EXTRA_FILES = sorted(EXTRA_REPORTS.glob("*.md"))


# --- the helpers catch what they are meant to catch ---------------------------------------------

@pytest.mark.parametrize("text", [
    "no front matter at all\n",
    "---\ntitle: x\nbody without a closing line\n",
    "---\n- a list\n- not a mapping\n---\nbody\n",
])
def test_split_front_matter_rejects_malformed(text: str) -> None:
    with pytest.raises(ValueError, match="front matter|must start"):
        split_front_matter(text)


@pytest.mark.parametrize("value", ["23 October 2022", "2022-10", dt.datetime(2022, 10, 23, 7), 5])
def test_as_iso_date_rejects_non_iso(value: object) -> None:
    with pytest.raises(ValueError, match="published"):
        as_iso_date(value)


def test_gold_problems_flags_each_fault() -> None:
    bodies = {"r.md": "Drones hit Odesa overnight."}
    good = {"report": "r.md", "surface": "Odesa", "canonical": "Odesa", "country": "UA",
            "lat": 46.48, "lon": 30.74, "precision": "settlement", "role": "strike_target",
            "evidence": "Drones hit Odesa"}
    assert gold_problems(good, bodies) == []
    faults = {
        "role": "target", "precision": "city", "country": "Ukraine", "lat": 146.0,
        "surface": "Odessa", "evidence": "Drones struck Odesa", "report": "missing.md",
    }
    for key, bad in faults.items():
        assert gold_problems({**good, key: bad}, bodies), f"bad {key} was not flagged"
    assert gold_problems({**good, "stance": "maybe"}, bodies)


def test_word_runs_detect_a_copied_sentence() -> None:
    seed = word_runs("The quick brown fox jumps over the lazy dog near the river bank.")
    copied = "He wrote that the quick brown fox jumps over the lazy dog near the barn."
    assert word_runs(copied) & seed
    assert not word_runs("A fast brown fox leapt over a sleepy dog by the river.") & seed


# --- front matter -------------------------------------------------------------------------------

def test_there_are_reports_to_check() -> None:
    assert len(EXAMPLE_FILES) >= 5
    assert 12 <= len(EXTRA_FILES) <= 16


@pytest.mark.parametrize("path", EXAMPLE_FILES + EXTRA_FILES, ids=lambda p: p.name)
def test_report_front_matter(path: Path) -> None:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    for key in REQUIRED_KEYS:
        assert isinstance(meta.get(key), str | dt.date) and str(meta[key]).strip(), (
            f"{path.name}: front matter needs a non-empty {key!r}"
        )
    published = as_iso_date(meta["published"])
    assert dt.date(2022, 2, 24) <= published <= dt.date(2030, 1, 1)
    if "url" in meta:
        assert str(meta["url"]).startswith("https://"), f"{path.name}: url must be https"
    assert body.strip(), f"{path.name}: empty body"


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_example_reports_say_they_are_retold(path: Path) -> None:
    meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
    assert meta.get("retold") is True
    assert "own words" in str(meta.get("note", ""))


@pytest.mark.parametrize("path", EXTRA_FILES, ids=lambda p: p.name)
def test_extra_reports_are_short_and_labelled_synthetic(path: Path) -> None:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    n_words = len(re.findall(r"\w+", body))
    assert 150 <= n_words <= 450, f"{path.name}: {n_words} words, expected 150-450"
    assert re.search(r"synthetic|синтетичн|синтетическ", str(meta["source"]), re.IGNORECASE)


# --- the extra gold -----------------------------------------------------------------------------

def test_extra_gold_lines_are_valid() -> None:
    bodies = load_bodies(EXTRA_REPORTS)
    gold = load_gold(GOLD)
    assert gold, "gold.jsonl is empty"
    problems = [
        f"line {i}: {p}" for i, row in enumerate(gold, 1) for p in gold_problems(row, bodies)
    ]
    assert problems == []


def test_extra_gold_is_one_line_per_report_surface_role() -> None:
    keys = [(r["report"], r["surface"], r["role"]) for r in load_gold(GOLD)]
    duplicates = {k for k in keys if keys.count(k) > 1}
    assert duplicates == set()


def test_every_extra_report_is_annotated() -> None:
    annotated = {r["report"] for r in load_gold(GOLD)}
    assert annotated == {p.name for p in EXTRA_FILES}


def test_extra_gold_covers_every_role_and_a_denial() -> None:
    gold = load_gold(GOLD)
    assert {r["role"] for r in gold} == {r.value for r in Role}
    assert any(r.get("stance") == Stance.DENIED.value for r in gold)


def test_a_surface_names_one_place_per_report() -> None:
    places: dict[tuple[str, str], set[str]] = {}
    for row in load_gold(GOLD):
        places.setdefault((row["report"], row["surface"]), set()).add(row["canonical"])
    assert {k: v for k, v in places.items() if len(v) > 1} == {}


# --- the retellings against the seeds -----------------------------------------------------------

def _seed_runs() -> set[str]:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is not available")
    runs: set[str] = set()
    for folder in (SEEDS, GWN_REPORTS):
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            runs |= word_runs(path.read_text(encoding="utf-8"))
    return runs


def test_no_text_shared_with_the_seed_articles() -> None:
    seed = _seed_runs()
    files = EXAMPLE_FILES + EXTRA_FILES + [EXAMPLES / "README.md", EXTRA / "README.md", GOLD]
    shared = {p.name: sorted(word_runs(p.read_text(encoding="utf-8")) & seed)[:3] for p in files}
    assert {name: runs for name, runs in shared.items() if runs} == {}


def test_each_seed_has_a_retelling() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is not available")
    stems = {p.stem for p in SEEDS.glob("*.txt")}
    assert stems <= {p.stem for p in EXAMPLE_FILES}


def test_retellings_keep_every_seed_place_spelling() -> None:
    if not SEED_GOLD.is_file():
        pytest.skip(f"{SEED_GOLD} is not available")
    missing = []
    for row in load_gold(SEED_GOLD):
        retold = EXAMPLES / (Path(row["report"]).stem + ".md")
        if not retold.is_file():
            missing.append(f"{retold.name}: no retelling")
            continue
        _, body = split_front_matter(retold.read_text(encoding="utf-8"))
        if not re.search(rf"(?<!\w){re.escape(row['surface'])}(?!\w)", body):
            missing.append(f"{retold.name}: {row['surface']!r}")
    assert missing == []
