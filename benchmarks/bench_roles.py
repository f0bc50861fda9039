"""Claim readers: time per call of role classification, claimant finding and sentence splitting.

Mentions are the gold spans of the GeoWebNews benchmark (``../shared/eval/gwn`` beside the
checkout, skipped when absent: ordinary world news, where few sentences speak of drones) and,
for the example reports the package ships with, the spans the recogniser finds (news about drone
strikes, where cues are common). Every mention is read the way ``geodata.extract`` reads it: its
sentence, the other mentions of the report, the previous sentence(s). The figures are absolute
(calls per second, microseconds per call) because the old code is not kept for a side-by-side
run; the share of calls the cue prefilter answers without running any pattern is reported
alongside.

Run it with ``.venv/bin/python -m benchmarks.bench_roles``.
"""

from __future__ import annotations

import bisect
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from geodata import claimants, roles
from geodata.reports import iter_reports
from geodata.sentences import split_sentences

GWN = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gwn"
EXAMPLES = Path(__file__).resolve().parent.parent / "geodata" / "reports"

_Job = tuple[str, tuple[int, int], tuple[int, int], list[tuple[int, int]],
             tuple[int, int] | None, tuple[tuple[int, int], ...]]


def _gwn_spans() -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}
    with (GWN / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("start") is not None:
                spans.setdefault(row["report"], []).append((row["start"], row["end"]))
    return spans


def _jobs(body: str, spans: list[tuple[int, int]]) -> Iterator[_Job]:
    """One classify/find_claimant call per mention, with the arguments extract passes."""
    sentences = split_sentences(body) or [(0, len(body))]
    starts = [s for s, _ in sentences]
    spans = sorted(set(spans))
    for span in spans:
        si = max(0, bisect.bisect_right(starts, span[0]) - 1)
        sent = sentences[si]
        if not (sent[0] <= span[0] and span[1] <= sent[1]):
            continue  # a gold span across a sentence break
        others = [o for o in spans if o != span]
        prev = sentences[si - 1] if si else None
        yield body, sent, span, others, prev, tuple(sentences[max(0, si - 3) : si])


def _gwn_jobs() -> list[_Job]:
    if not (GWN / "gold.jsonl").exists():
        return []
    spans = _gwn_spans()
    jobs: list[_Job] = []
    for report in iter_reports([GWN / "reports"]):
        if isinstance(report, Exception) or report.report_id not in spans:
            continue
        jobs.extend(_jobs(report.body, spans[report.report_id]))
    return jobs


def _example_jobs() -> list[_Job]:
    from gazetteer.core import Gazetteer
    from geodata.recognize import Recognizer

    recognizer = Recognizer(Gazetteer.load())
    jobs: list[_Job] = []
    for report in iter_reports([EXAMPLES]):
        if isinstance(report, Exception):
            continue
        found = recognizer.find(report.body)
        jobs.extend(_jobs(report.body, [(f.start, f.end) for f in found]))
    return jobs


def _time(jobs: list[_Job], call: Any, *, min_seconds: float = 1.0) -> tuple[float, float]:
    """Mean microseconds per call over repeated passes of ``jobs``, and the slowest job.

    The slowest job is the worst of the per-job *best* times over the passes, so a pause of
    the shared machine does not pass for a slow input.
    """
    best = [float("inf")] * len(jobs)
    calls = 0
    t0 = time.perf_counter()
    while True:
        for i, job in enumerate(jobs):
            t = time.perf_counter()
            call(job)
            best[i] = min(best[i], time.perf_counter() - t)
        calls += len(jobs)
        if time.perf_counter() - t0 >= min_seconds and calls >= 3 * len(jobs):
            break
    mean = (time.perf_counter() - t0) / calls
    return mean * 1e6, max(best) * 1e6


def _classify(job: _Job) -> Any:
    body, sent, span, others, prev, _ = job
    return roles.classify(body, sent, span, others, prev_sentence=prev)


def _claimant(job: _Job) -> Any:
    body, sent, span, _, _, prevs = job
    return claimants.find_claimant(body, sent, span, prev_sentences=prevs)


def _figures(name: str, jobs: list[_Job], out: dict[str, Any]) -> None:
    if not jobs:
        return
    skipped = sum(1 for j in jobs if not roles.cue_rules(j[0][j[1][0] : j[1][1]]))
    mean, worst = _time(jobs, _classify)
    out[f"{name}: mentions"] = len(jobs)
    out[f"{name}: classify µs/call (mean)"] = round(mean, 1)
    out[f"{name}: classify µs/call (worst)"] = round(worst, 1)
    out[f"{name}: classify calls/s"] = round(1e6 / mean)
    share = round(skipped / len(jobs), 3)
    out[f"{name}: share of calls whose sentence holds no cue word (prefilter answers)"] = share
    mean, worst = _time(jobs, _claimant)
    out[f"{name}: find_claimant µs/call (mean)"] = round(mean, 1)
    out[f"{name}: find_claimant µs/call (worst)"] = round(worst, 1)


def _run_on_sentence() -> dict[str, Any]:
    """A pathological input: one 11,000-character sentence with no full stop."""
    chunk = ("drones were seen near Alpha and officials said attacks on Beta continued, "
             "according to the regional governor, ")
    body = chunk * (11_000 // len(chunk))
    span = (0, len(body))
    mention = (body.index("Alpha", 5000), body.index("Alpha", 5000) + 5)
    t = time.perf_counter()
    roles.classify(body, span, mention)
    classify_s = time.perf_counter() - t
    t = time.perf_counter()
    claimants.find_claimant(body, span, mention)
    claim_s = time.perf_counter() - t
    t = time.perf_counter()
    split_sentences(body.replace(", ", ". A ") * 10)
    split_s = time.perf_counter() - t
    return {
        "run-on sentence (11,000 chars): classify ms": round(classify_s * 1e3, 2),
        "run-on sentence (11,000 chars): find_claimant ms": round(claim_s * 1e3, 2),
        "split_sentences on 200,000 chars of short sentences, ms": round(split_s * 1e3, 1),
    }


def _start_up() -> dict[str, Any]:
    """Import of the rule module, and compiling every rule, in a fresh process (rules are
    compiled the first time a clause reaches them; a long run pays the second figure once)."""
    code = ("import time; t = time.perf_counter(); import geodata.roles as r; "
            "a = time.perf_counter(); [x.pattern for x in r.RULES]; "
            "print(a - t, time.perf_counter() - a)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parent.parent)
    imported, compiled = (float(x) for x in done.stdout.split())
    return {"import of geodata.roles in a fresh process, s": round(imported, 2),
            "compiling all its rules, s (once per process, as clauses first reach them)":
                round(compiled, 2)}


def run() -> dict[str, Any]:
    out: dict[str, Any] = {"title": "Claim readers (roles, claimants)"}
    notes: list[str] = []
    out.update(_start_up())
    for rule in roles.RULES:  # (compiled before anything is timed)
        rule.pattern  # noqa: B018
    gwn = _gwn_jobs()
    if gwn:
        _figures("GWN", gwn, out)
    else:
        notes.append(f"GeoWebNews not found at {GWN}: skipped")
    _figures("examples", _example_jobs(), out)
    out.update(_run_on_sentence())
    out["notes"] = notes
    return out


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
