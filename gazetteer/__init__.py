"""Offline gazetteer: resolve place names in any common spelling to ranked, sourced candidates."""

from gazetteer.errors import GazetteerError
from gazetteer.model import Candidate, Place, Precision

__all__ = ["Candidate", "GazetteerError", "Place", "Precision"]
