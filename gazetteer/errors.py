"""The gazetteer's exceptions: one root; each subclass is also a builtin exception."""


class GazetteerError(Exception):
    """Root of every error the gazetteer raises."""


class InvalidQueryError(GazetteerError, ValueError):
    """A name or context that cannot be a place name (empty, binary, absurdly long)."""


class DataError(GazetteerError, OSError):
    """A data file (GeoNames dump, curated table, region file) is missing or malformed."""


class CacheError(GazetteerError, OSError):
    """The on-disk index cannot be read or written. A corrupt cache is rebuilt, not raised."""
