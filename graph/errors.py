"""The Neo4j driver's exceptions, translated once into `core.errors` where the driver is used.

Why here: the driver's classes are coarse (a memory-pool exhaustion and a deadlock are both `TransientError`, a
transaction timeout is a `ClientError`) and they used to be caught, each a little differently, by the loader, the
watcher, the CLI, the API and the MCP server. `translate` reads the status code first, then the class, and gives
one `GraphError` kind; `translated()` wraps the code that talks to the driver (it works around `await`s too), so
the layers above see only `core.errors`. A programming error (a `TypeError`, a `KeyError`) is never translated: it
stays what it is and surfaces as an internal error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from neo4j.exceptions import (
    AuthError,
    DatabaseUnavailable,
    DriverError,
    Forbidden,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from core.errors import (
    GraphAuthError,
    GraphBusyError,
    GraphError,
    GraphRefusedError,
    GraphTimeoutError,
    GraphUnavailableError,
    QueryError,
)

DRIVER_ERRORS = (Neo4jError, DriverError)
"""Every exception the driver raises on purpose derives from one of these two."""

OUR_MISTAKES = (
    "Neo.ClientError.Statement.SyntaxError",
    "Neo.ClientError.Statement.SemanticError",
    "Neo.ClientError.Statement.ParameterMissing",
    "Neo.ClientError.Statement.TypeError",
)
"""Status codes of errors in the text of a query the project wrote: the input is not at fault."""


def is_driver_error(exc: BaseException) -> bool:
    return isinstance(exc, DRIVER_ERRORS)


def _retryable(exc: BaseException) -> bool:
    is_retryable = getattr(exc, "is_retryable", None)
    return bool(is_retryable()) if callable(is_retryable) else False


def translate(exc: BaseException) -> GraphError:
    """The `GraphError` for an exception of the Neo4j driver (or of the server, through it).

    By status code first (`exc.code`), then by class. The result's `__cause__` is the driver's exception (set by
    `translated`), so a log still shows what the driver said.
    """
    code = getattr(exc, "code", None) or ""
    reason = code or type(exc).__name__
    message = getattr(exc, "message", None) or str(exc) or reason
    retry = _retryable(exc)
    if "TransactionTimedOut" in code:
        return GraphTimeoutError(f"the query ran past its time limit ({reason})", code=reason)
    if "Terminated" in code or "LockClientStopped" in code:
        return GraphBusyError(f"the query was terminated by the database ({reason})", code=reason, retryable=True)
    if "OutOfMemory" in code or "MemoryLimit" in code or "MemoryPool" in code:
        return GraphBusyError(f"the graph database is short of memory ({reason})", code=reason, retryable=True)
    if "DatabaseUnavailable" in code or "DatabaseNotFound" in code or isinstance(exc, DatabaseUnavailable):
        return GraphUnavailableError(f"the database is unavailable ({reason})", code=reason)
    if isinstance(exc, (AuthError, Forbidden)) or code.startswith("Neo.ClientError.Security"):
        return GraphAuthError(f"Neo4j refused the credentials or their rights ({reason}): {message}", code=reason)
    if isinstance(exc, (ServiceUnavailable, SessionExpired)):
        return GraphUnavailableError(f"Neo4j cannot be reached ({reason}): {message}", code=reason)
    if code.startswith("Neo.TransientError"):
        return GraphBusyError(f"the graph database is busy ({reason})", code=reason, retryable=True)
    if code.startswith(OUR_MISTAKES):
        return QueryError(f"a query of the project cannot run ({reason}): {message}", code=reason)
    if code.startswith("Neo.ClientError"):
        return GraphRefusedError(f"the graph database refused the request ({reason}): {message}", code=reason)
    if code.startswith("Neo.DatabaseError"):
        return GraphError(f"the graph database failed ({reason}): {message}", code=reason, retryable=retry)
    if isinstance(exc, DriverError) and "Connection" in type(exc).__name__:  # the pool, a broken connection
        return GraphUnavailableError(f"the connection to Neo4j failed ({reason})", code=reason)
    return GraphError(f"the graph database failed ({reason}): {message}", code=reason, retryable=retry)


@contextmanager
def translated() -> Iterator[None]:
    """Run a block that uses the driver; its exceptions leave as `GraphError`s (chained), nothing else changes."""
    try:
        yield
    except DRIVER_ERRORS as exc:
        raise translate(exc) from exc
