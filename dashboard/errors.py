"""The dashboard's exceptions: one root."""


class DashboardError(Exception):
    """Root of every error raised by the dashboard's pure modules."""
