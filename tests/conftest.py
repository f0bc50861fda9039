"""Shared fixtures: a tiny in-memory gazetteer built through the real index code, and the full
gazetteer (built once per machine into the user cache, shared by xdist workers via a file lock).
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer.geonames import RawPlace
from gazetteer.model import Precision

SHARED = Path(__file__).resolve().parents[2] / "shared"
if not SHARED.exists():  # CI clones main with shared/ beside it
    SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "eval" / "seed_gold.jsonl"
GWN = SHARED / "eval" / "gwn"

S, R, C, F = Precision.SETTLEMENT, Precision.REGION, Precision.COUNTRY, Precision.FACILITY


def rp(name: str, country: str, admin1: str, lat: float, lon: float, prec: Precision,
       pop: int, source: str, alts: tuple[str, ...] = (), occupied: bool = False) -> RawPlace:
    return RawPlace(name=name, alt_names=alts, country=country, admin1=admin1, lat=lat, lon=lon,
                    precision=prec, population=pop, source=source, occupied=occupied,
                    feature="PPL" if prec is S else "X")


# Real coordinates (GeoNames / Natural Earth label points); a deliberately tiny world.
TINY_PLACES = [
    rp("Ukraine", "UA", "", 49.0, 31.4, C, 44_000_000, "geonames:690791", ("Україна", "Украина")),
    rp("Belarus", "BY", "", 53.5, 28.0, C, 9_400_000, "geonames:630336", ("Беларусь",)),
    rp("Kherson", "UA", "UA-65", 46.6964, 33.5787, R, 0, "naturalearth:UA-65",
       ("Kherson Oblast", "Херсонська область")),
    rp("Donetsk", "UA", "UA-14", 48.145, 37.7933, R, 0, "naturalearth:UA-14",
       ("Donetsk Oblast", "Донецька область")),
    rp("Crimea", "UA", "UA-43", 45.3115, 34.2784, R, 0, "naturalearth:UA-43",
       ("Autonomous Republic of Crimea", "Крим"), occupied=True),
    rp("Gomel", "BY", "BY-HO", 52.4, 29.9, R, 0, "naturalearth:BY-HO", ("Homyel", "Гомель")),
    rp("Kyiv", "UA", "UA-30", 50.45466, 30.5238, S, 2_952_301, "geonames:703448",
       ("Kiev", "Київ", "Киев")),
    rp("Kherson", "UA", "UA-65", 46.63695, 32.61458, S, 300_000, "geonames:706448",
       ("Херсон",)),
    rp("Hladkivka", "UA", "UA-65", 46.41114, 32.6405, S, 2912, "geonames:708805",
       ("Gladkovka", "Гладківка")),
    rp("Hladkivka", "UA", "UA-14", 48.03556, 37.81009, S, 41_500, "geonames:13608551",
       ("Гладківка",)),
    rp("Dzhankoy", "UA", "UA-43", 45.7131, 34.39273, S, 41_731, "geonames:709334",
       ("Dzhankoi", "Džankoj", "Джанкой"), occupied=True),
    rp("Mykolaivka", "UA", "UA-65", 46.75, 32.2, S, 900, "test:mykolaivka-kherson"),
    rp("Mykolaivka", "UA", "UA-14", 48.85, 37.6, S, 15_000, "test:mykolaivka-donetsk"),
    rp("Mykolaivka", "UA", "UA-43", 45.08, 33.6, S, 2_500, "test:mykolaivka-crimea"),
    rp("Gomel", "BY", "BY-HO", 52.4345, 30.9754, S, 480_000, "geonames:627907",
       ("Homyel", "Гомель")),
    rp("Mikulichi", "BY", "BY-HO", 51.85, 30.167, S, 0, "curated:1",
       ("Mykulichi", "Мікулічы")),
    rp("Lida", "BY", "BY-HR", 53.88333, 25.29972, S, 103_262, "geonames:626081", ("Ліда",)),
    rp("Lida air base", "BY", "BY-HR", 53.878, 25.373, F, 0, "curated:3", ("Lida airfield",)),
]


def build_tiny(tmp: Path) -> object:
    from gazetteer.core import Gazetteer
    from gazetteer.index import build_index, load_index
    from gazetteer.settings import Settings

    build_index(TINY_PLACES, tmp / "index", "tiny")
    return Gazetteer(load_index(tmp / "index", "tiny"), Settings(cache_dir=tmp))


@pytest.fixture(scope="session")
def tiny_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> object:
    return build_tiny(tmp_path_factory.mktemp("tiny-gaz"))


def _full_cache_dir() -> Path:
    env = os.environ.get("DRONEMAP_TEST_CACHE")
    if env:
        return Path(env)
    from gazetteer.settings import default_cache_dir

    return default_cache_dir()


@pytest.fixture(scope="session")
def full_gazetteer() -> Iterator[object]:
    """The real gazetteer; the first worker to get the lock builds the cache, others wait."""
    from gazetteer.core import Gazetteer
    from gazetteer.settings import Settings

    cache = _full_cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    with (cache / ".test-build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            gaz = Gazetteer.load(Settings(cache_dir=cache))
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    yield gaz


@pytest.fixture(scope="session")
def full_cache_dir(full_gazetteer: object) -> Path:
    return _full_cache_dir()
