"""The geodata package's exceptions: one root, each subclass also a builtin."""


class GeodataError(Exception):
    """Root of every error raised by geodata."""


class ReportError(GeodataError, ValueError):
    """A report cannot be read: binary, empty, not UTF-8, too large, or malformed front matter.

    ``path`` names the offending file so batch callers can report it and carry on.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


class GoldError(GeodataError, ValueError):
    """An evaluation gold file is malformed."""


class StoreError(GeodataError, OSError):
    """The store cannot be opened, read or written."""


class ReviewError(GeodataError, ValueError):
    """A review names an unknown claim or site, or an invalid correction."""


class ExportError(GeodataError, ValueError):
    """An export cannot be written (unknown format, bad filter, unwritable path)."""


class ModelError(GeodataError, ValueError):
    """The role model cannot be read (missing, corrupt, fitted on other features) or fitted."""
