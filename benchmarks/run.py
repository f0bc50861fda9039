"""Run every benchmark module and write BENCHMARKS.md with the machine and the date.

Each module ``benchmarks/bench_*.py`` has ``run() -> dict``: a mapping of figure names to values
(numbers or strings), optionally with a ``"notes"`` list of strings. Figures are measured side by
side with a baseline in the same process wherever the benchmark has one, and reported as ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=Path("BENCHMARKS.md"))
    parser.add_argument("--only", nargs="*", default=None, help="module names to run")
    args = parser.parse_args(argv)
    lines = ["# Benchmarks", "",
             f"Written by `make bench` on {dt.date.today().isoformat()}.", "", "## Machine", ""]
    lines += [f"- **{k}**: {v}" for k, v in machine().items()]
    for name in args.only or MODULES:
        try:
            mod = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as err:
            print(f"skipping {name}: {err}", file=sys.stderr)
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        result = dict(mod.run())
        took = time.perf_counter() - t0
        notes = result.pop("notes", [])
        title = result.pop("title", name)
        lines += ["", f"## {title}", "", (mod.__doc__ or "").strip(), "",
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
