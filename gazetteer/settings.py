"""One frozen settings object for the gazetteer, with documented defaults.

Environment variables are read only by entry points (the CLI), which pass a ``Settings`` in.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/dronemap`` or ``~/.cache/dronemap``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dronemap"


@dataclass(frozen=True, slots=True)
class Settings:
    """How the gazetteer is built and queried.

    cache_dir:        where the built index lives (rebuilt when its inputs change).
    min_score:        candidates scoring below this are not returned (the "nothing matched well
                      enough" threshold; 0.2 keeps ordinary English words out).
    fuzzy_min_ratio:  rapidfuzz ratio (0-100) below which a fuzzy match is not considered.
    max_name_length:  longer queries are rejected as not being place names.
    """

    cache_dir: Path = field(default_factory=default_cache_dir)
    min_score: float = 0.2
    fuzzy_min_ratio: float = 84.0
    max_name_length: int = 200
    max_context_length: int = 20_000

    def __post_init__(self) -> None:
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError("min_score must be in [0, 1]")
        if not 0.0 <= self.fuzzy_min_ratio <= 100.0:
            raise ValueError("fuzzy_min_ratio must be in [0, 100]")
