"""Offline gazetteer: resolve place names in any common spelling to ranked, sourced candidates."""

from gazetteer.errors import GazetteerError
from gazetteer.model import Candidate, Place, Precision

__all__ = ["Candidate", "GazetteerError", "Place", "Precision"]


def __getattr__(name: str) -> object:
    # Lazy: importing the package must stay cheap for modules that only need the values.
    if name == "Gazetteer":
        from gazetteer.core import Gazetteer

        return Gazetteer
    if name == "Settings":
        from gazetteer.settings import Settings

        return Settings
    raise AttributeError(name)
