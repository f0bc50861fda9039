"""The dashboard's exceptions: one root; each subclass is also a builtin callers may catch."""


class DashboardError(Exception):
    """Root of every error raised by the dashboard's pure modules."""


class FilterError(DashboardError, ValueError):
    """A filter value (from a widget or from the URL) cannot be understood."""


class DataLoadError(DashboardError, OSError):
    """The store, the outline basemap or a vendored asset cannot be read."""


class AssetError(DashboardError, LookupError):
    """A map element links a web asset that is not vendored under ``dashboard/static``."""
