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


class GraphError(EdkgError):
    """The graph database failed or refused a request.

    Raised by `graph.errors`, the one place that reads the Neo4j driver's exceptions: no layer above `graph/`
    catches a driver class. `retryable` says whether the same work may succeed if tried again (the server was
    restarting, a deadlock, memory under pressure), as the driver judged it; `code` is Neo4j's status code when
    the server answered (`Neo.ClientError.Statement.SyntaxError`), else the driver's exception class name.
    """

    def __init__(self, message: str, *, code: str = "", retryable: bool = False):
        super().__init__(message)
        self.code = code
        self.retryable = retryable


class GraphUnavailableError(GraphError):
    """Neo4j cannot be reached (down, restarting, connection lost, wrong address)."""

    def __init__(self, message: str, *, code: str = "", retryable: bool = True):
        super().__init__(message, code=code, retryable=retryable)


class GraphAuthError(GraphUnavailableError):
    """Neo4j refused the configured credentials (or their rights): a setting to fix, never worth a retry."""

    def __init__(self, message: str, *, code: str = "", retryable: bool = False):
        super().__init__(message, code=code, retryable=retryable)


class GraphBusyError(GraphError):
    """Neo4j is up but could not do the work now: memory exhausted, a deadlock, a query terminated."""


class GraphTimeoutError(GraphError):
    """A transaction ran past its timeout (the server stopped it)."""


class QueryError(GraphError):
    """Neo4j cannot run a query the project wrote (syntax, semantics, a missing parameter, a type): a bug of ours,
    never the input's fault."""


class GraphRefusedError(GraphError):
    """Neo4j refused the request for what it holds or asks (a constraint, a value out of range)."""


class InputError(EdkgError):
    """An input file or request body cannot be read as an article."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NotFoundError(EdkgError):
    """An id names nothing in the graph."""
