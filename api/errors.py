"""One JSON error shape for every error answer: `{"error": {"code", "message", "detail"}}`; one error boundary.

Why: clients (and the tests) handle one shape whatever failed: a bad
parameter (422), an unknown id (404), a budget spent (504), a graph that is
down, hung, out of memory or busy (503 with `Retry-After`). Every exception of
the Neo4j driver is mapped here, once (`classify_neo4j`), and a catch-all
handler answers anything else with a 500 in the same shape that names the
request id and nothing of the internals (the traceback goes to the server log).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import (
    AuthError,
    DatabaseUnavailable,
    DriverError,
    Forbidden,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.deadlines import Busy, DeadlineExceeded
from core.errors import GraphUnavailableError, NotFoundError

log = logging.getLogger("edkg.api")

_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    422: "invalid_request",
    431: "headers_too_large",
    500: "internal_error",
    503: "graph_unavailable",
    504: "timeout",
}

DEFAULT_RETRY_AFTER = 2
"""Seconds, when the app has no settings (`Settings.api_retry_after` otherwise)."""


class InvalidParameter(Exception):
    """A parameter FastAPI cannot check by itself (e.g. a label outside graph.model): answered with 422."""

    def __init__(self, name: str, value: Any, message: str):
        super().__init__(message)
        self.name = name
        self.value = value
        self.message = message


def _renderable(value: Any) -> Any:
    """What the client sent, echoed in a 422's detail, made renderable: JSON has no NaN or Infinity (they
    become text), and bytes that are not UTF-8 (a body of invalid bytes) are shown with replacement
    characters; either used to make rendering the error fail with a bare 500 (found by schemathesis)."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, dict):
        return {key: _renderable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_renderable(item) for item in value]
    return value


def error_response(
    status: int, message: str, detail: Any = None, code: str | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"error": {"code": code or _CODES.get(status, "error"), "message": message, "detail": detail}}
    return JSONResponse(_renderable(jsonable_encoder(_renderable(body))), status_code=status, headers=headers)


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a database failure is answered."""

    status: int
    code: str
    message: str
    retry: bool = True


_UNAVAILABLE = Outcome(503, "graph_unavailable", "the graph database is unavailable")
_BUSY = Outcome(503, "graph_busy", "the graph database is overloaded (memory or load); retry shortly")
_TIMEOUT = Outcome(504, "timeout", "the query did not finish within its time budget", retry=False)
_TERMINATED = Outcome(503, "query_terminated", "the query was terminated by the database; retry shortly")
_DB_ERROR = Outcome(503, "graph_error", "the graph database failed to answer")
_REFUSED = Outcome(400, "query_refused", "the graph database refused the request", retry=False)
_OURS = Outcome(500, "internal_error", "internal error: the API sent the database a query it cannot run", retry=False)
_OUR_MISTAKES = (
    "Neo.ClientError.Statement.SyntaxError",
    "Neo.ClientError.Statement.SemanticError",
    "Neo.ClientError.Statement.ParameterMissing",
    "Neo.ClientError.Statement.TypeError",
)
"""Errors in the text of the API's own queries: the request is not at fault (500 in the error shape)."""


def classify_neo4j(exc: BaseException) -> Outcome:
    """The answer to an exception of the Neo4j driver (or of the server, through it).

    By GQL/Neo4j status code first, since the classes are coarse: a memory-pool exhaustion and a deadlock are
    both `TransientError`, a transaction timeout is a `ClientError`.
    """
    code = getattr(exc, "code", None) or ""
    if "TransactionTimedOut" in code:
        return _TIMEOUT
    if "Terminated" in code or "LockClientStopped" in code:
        return _TERMINATED
    if "OutOfMemory" in code or "MemoryLimit" in code or "MemoryPool" in code:
        return _BUSY
    if "DatabaseUnavailable" in code or "DatabaseNotFound" in code:
        return _UNAVAILABLE
    if isinstance(exc, (ServiceUnavailable, SessionExpired, DatabaseUnavailable, AuthError, Forbidden)):
        return _UNAVAILABLE
    if code.startswith("Neo.TransientError"):
        return _BUSY
    if code.startswith(_OUR_MISTAKES):
        return _OURS
    if code.startswith("Neo.ClientError"):
        return _REFUSED
    if code.startswith("Neo.DatabaseError"):
        return _DB_ERROR
    if isinstance(exc, DriverError):  # connection pool, broken records, a transaction or session in a bad state
        return _UNAVAILABLE if "Connection" in type(exc).__name__ else _DB_ERROR
    return _DB_ERROR


def _retry_after(request: Request) -> str:
    settings = getattr(request.app.state, "settings", None)
    return str(getattr(settings, "api_retry_after", DEFAULT_RETRY_AFTER))


def request_id(request: Request) -> str | None:
    return request.scope.get("state", {}).get("request_id")


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{key: value for key, value in err.items() if key not in ("url", "ctx")} for err in exc.errors()]
    return error_response(422, "invalid request parameters", errors)


async def _invalid_parameter(request: Request, exc: InvalidParameter) -> JSONResponse:
    return error_response(422, exc.message, [{"loc": ["query", exc.name], "msg": exc.message, "input": exc.value}])


async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    response = error_response(exc.status_code, str(exc.detail))
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _not_found(request: Request, exc: NotFoundError) -> JSONResponse:
    return error_response(404, str(exc))


async def _neo4j(request: Request, exc: Exception) -> JSONResponse:
    outcome = classify_neo4j(exc)
    reason = getattr(exc, "code", None) or type(exc).__name__
    log.warning("%s (%d) request_id=%s: %s", outcome.code, outcome.status, request_id(request), reason)
    headers = {"Retry-After": _retry_after(request)} if outcome.retry else None
    return error_response(outcome.status, outcome.message, {"reason": reason}, code=outcome.code, headers=headers)


async def _unavailable(request: Request, exc: GraphUnavailableError) -> JSONResponse:
    log.warning("graph unavailable request_id=%s: %s", request_id(request), type(exc).__name__)
    return error_response(
        503, _UNAVAILABLE.message, {"reason": type(exc).__name__}, headers={"Retry-After": _retry_after(request)}
    )


async def _deadline(request: Request, exc: DeadlineExceeded) -> JSONResponse:
    return error_response(504, _TIMEOUT.message, {"budget_seconds": exc.budget})


async def _busy(request: Request, exc: Busy) -> JSONResponse:
    return error_response(
        503, str(exc), {"slots": exc.slots}, code="busy", headers={"Retry-After": _retry_after(request)}
    )


async def _internal(request: Request, exc: Exception) -> JSONResponse:
    """Anything else: the error shape with the request id, nothing of the exception (it is logged, with its
    traceback, by the server)."""
    rid = request_id(request)
    log.error("internal error request_id=%s: %s", rid, type(exc).__name__)
    # answered outside the request-id middleware (Starlette's outermost layer): the header is set here
    return error_response(
        500,
        "internal error; quote the request id when reporting it",
        {"request_id": rid},
        headers={"X-Request-ID": rid} if rid else None,
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(InvalidParameter, _invalid_parameter)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(Neo4jError, _neo4j)
    app.add_exception_handler(DriverError, _neo4j)
    app.add_exception_handler(GraphUnavailableError, _unavailable)
    app.add_exception_handler(DeadlineExceeded, _deadline)
    app.add_exception_handler(Busy, _busy)
    app.add_exception_handler(Exception, _internal)
