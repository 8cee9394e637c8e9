"""A small, explicit exception hierarchy (in the manner of httpx).

Every error the project raises on purpose derives from `EdkgError`, so the CLI
can print one clear line and exit non-zero, and the API can map each kind to
an HTTP status, without catching unrelated bugs.
"""

from __future__ import annotations


class EdkgError(Exception):
    """Base of every deliberate error of the project."""


class ConfigurationError(EdkgError):
    """A setting is missing or contradicts another."""


class ProvisioningError(EdkgError):
    """The local Neo4j server could not be installed, started or stopped."""


class MissingToolError(ProvisioningError):
    """Java or Maven is not installed or too old."""


class PortInUseError(ProvisioningError):
    """A port the local server needs is taken by another process."""


class GraphUnavailableError(EdkgError):
    """Neo4j cannot be reached (down, restarting, wrong address or credentials)."""


class InputError(EdkgError):
    """An input file or request body cannot be read as an article."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NotFoundError(EdkgError):
    """An id names nothing in the graph."""
