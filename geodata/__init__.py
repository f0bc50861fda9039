"""From report text to claims, sites, a store and GIS exports."""

from geodata.errors import GeodataError

__all__ = ["GeodataError"]
