"""Run every benchmark module and write BENCHMARKS.md with the machine and the date.

Each module ``benchmarks/bench_*.py`` has ``run() -> dict``: a mapping of figure names to values
(numbers or strings), optionally with a ``"notes"`` list of strings. Figures are measured side by
side with a baseline in the same process wherever the benchmark has one, and reported as ratios.

Each module runs in a process of its own (``--child NAME`` prints its result as JSON), so a peak
memory figure is that benchmark's alone, not the high-water mark of the ones that ran before it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

MODULES = ["bench_gazetteer", "bench_extract", "bench_roles", "bench_export", "bench_dashboard"]


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    return {
        "CPU": cpu or "unknown",
        "cores": str(os.cpu_count()),
        "memory": mem or "unknown",
        "OS": platform.platform(),
        "Python": sys.version.split()[0],
    }


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        if value == 0 or 0.01 <= abs(value) < 1e6:
            return f"{value:,.3f}".rstrip("0").rstrip(".")
        return f"{value:.3g}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _child(name: str) -> int:
    """Run one benchmark module in this process and print its result, doc and time as JSON."""
    mod = importlib.import_module(f"benchmarks.{name}")
    t0 = time.perf_counter()
    result = dict(mod.run())
    took = time.perf_counter() - t0
    print(json.dumps({"result": result, "doc": mod.__doc__ or "", "took": took}))
    return 0


def _run_isolated(name: str) -> dict[str, Any] | None:
    """Run one benchmark module in a fresh interpreter; None when it cannot be imported."""
    if importlib.util.find_spec(f"benchmarks.{name}") is None:
        return None
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--child", name],
                          stdout=subprocess.PIPE, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark {name} failed (exit {proc.returncode})")
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=Path("BENCHMARKS.md"))
    parser.add_argument("--only", nargs="*", default=None, help="module names to run")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child)
    lines = ["# Benchmarks", "",
             f"Written by `make bench` on {dt.date.today().isoformat()}.", "", "## Machine", ""]
    lines += [f"- **{k}**: {v}" for k, v in machine().items()]
    for name in args.only or MODULES:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        out = _run_isolated(name)
        if out is None:
            print(f"skipping {name}: no module benchmarks.{name}", file=sys.stderr)
            continue
        result, took = out["result"], out["took"]
        notes = result.pop("notes", [])
        title = result.pop("title", name)
        lines += ["", f"## {title}", "", out["doc"].strip(), "",
                  "| figure | value |", "|---|---|"]
        lines += [f"| {k} | {_fmt(v)} |" for k, v in result.items()]
        for note in notes:
            lines += ["", f"- {note}"]
        lines += ["", f"_(benchmark ran in {took:.1f} s)_"]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
