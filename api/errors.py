"""One JSON error shape for every error answer: `{"error": {"code", "message", "detail"}}`; one error boundary.

Why: clients (and the tests) handle one shape whatever failed: a bad
parameter (422), an unknown id (404), a budget spent (504), a graph that is
down, hung, out of memory or busy (503 with `Retry-After`). The Neo4j driver's
exceptions are translated once, where the driver is used (`graph.errors`), into
`core.errors` kinds; `outcome` here is the one table from those kinds to HTTP
answers (the MCP tools use it too). A query the API wrote that Neo4j cannot run
(`QueryError`), and any exception nobody expected (a `TypeError`, a `KeyError`),
is a 500 in the same shape that names the request id and nothing of the
internals; the traceback goes to the server log.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.deadlines import Busy, DeadlineExceeded
from core.errors import (
    EdkgError,
    GraphAuthError,
    GraphBusyError,
    GraphError,
    GraphRefusedError,
    GraphTimeoutError,
    GraphUnavailableError,
    InputError,
    NotFoundError,
    QueryError,
)
from graph.errors import is_driver_error, translate
from loaders.fetching import FetchError

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
    502: "fetch_failed",
    503: "graph_unavailable",
    504: "timeout",
}

DEFAULT_RETRY_AFTER = 2
"""Seconds, when the app has no settings (`Settings.api_retry_after` otherwise)."""


class InvalidParameter(EdkgError):
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
    """How an error is answered."""

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
_INTERNAL = Outcome(500, "internal_error", "internal error; quote the request id when reporting it", retry=False)


def outcome(exc: EdkgError) -> Outcome:
    """The answer to a deliberate error of the project: the one table from `core.errors` kinds to statuses.

    Credentials Neo4j refuses are the API's configuration, not the client's: 503, like a server that is down.
    A `QueryError` is a query of ours the server cannot run (a bug): 500. Kinds not named here (a setting,
    a provisioning step) cannot be the client's fault either: 500.
    """
    if isinstance(exc, NotFoundError):
        return Outcome(404, "not_found", str(exc), retry=False)
    if isinstance(exc, InvalidParameter):
        return Outcome(422, "invalid_request", exc.message, retry=False)
    if isinstance(exc, InputError):  # a body that cannot be read as an article (`source` names the field)
        return Outcome(422, "invalid_request", exc.reason, retry=False)
    if isinstance(exc, FetchError):  # a page the API was asked to fetch: the other server's failure
        return Outcome(502, "fetch_failed", f"the page could not be fetched: {exc.reason}", retry=False)
    if isinstance(exc, DeadlineExceeded):
        return _TIMEOUT
    if isinstance(exc, Busy):
        return Outcome(503, "busy", str(exc))
    if isinstance(exc, GraphTimeoutError):
        return _TIMEOUT
    if isinstance(exc, (GraphUnavailableError, GraphAuthError)):
        return _UNAVAILABLE
    if isinstance(exc, GraphBusyError):
        return _TERMINATED if "Terminated" in exc.code or "LockClientStopped" in exc.code else _BUSY
    if isinstance(exc, QueryError):
        return _INTERNAL
    if isinstance(exc, GraphRefusedError):
        return _REFUSED
    if isinstance(exc, GraphError):
        return _DB_ERROR
    return _INTERNAL


def _retry_after(request: Request) -> str:
    settings = getattr(request.app.state, "settings", None)
    return str(getattr(settings, "api_retry_after", DEFAULT_RETRY_AFTER))


def request_id(request: Request) -> str | None:
    rid = request.scope.get("state", {}).get("request_id")
    return rid if isinstance(rid, str) else None


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


async def _edkg(request: Request, exc: EdkgError) -> JSONResponse:
    """Every deliberate error of the project, answered by `outcome`."""
    answer = outcome(exc)
    if answer.status == 500:  # handled inside the app: nothing re-raises it, so its traceback is logged here
        log.error("internal error request_id=%s: %s", request_id(request), type(exc).__name__, exc_info=exc)
        return _internal_answer(request)
    headers = {"Retry-After": _retry_after(request)} if answer.retry and answer.status == 503 else None
    if isinstance(exc, GraphError):
        log.warning("%s (%d) request_id=%s: %s", answer.code, answer.status, request_id(request), exc.code)
        detail: Any = {"reason": exc.code or type(exc).__name__}
    elif isinstance(exc, DeadlineExceeded):
        detail = {"budget_seconds": exc.budget}
    elif isinstance(exc, Busy):
        detail = {"slots": exc.slots}
    elif isinstance(exc, InputError):
        detail = [{"loc": ["body", exc.source], "msg": exc.reason}]
    elif isinstance(exc, FetchError):
        detail = {"url": exc.url}
    else:
        detail = None
    return error_response(answer.status, answer.message, detail, code=answer.code, headers=headers)


async def _internal(request: Request, exc: Exception) -> JSONResponse:
    """Anything else: the error shape with the request id, nothing of the exception (Starlette re-raises it
    after this answer, so the server logs its traceback). A driver exception that reached this far (code that
    talks to the driver outside `graph.errors.translated`) is translated first and answered as its kind."""
    if is_driver_error(exc):
        translated = translate(exc)
        translated.__cause__ = exc
        return await _edkg(request, translated)
    log.error("internal error request_id=%s: %s", request_id(request), type(exc).__name__)
    return _internal_answer(request)


def _internal_answer(request: Request) -> JSONResponse:
    rid = request_id(request)
    # answered outside the request-id middleware (Starlette's outermost layer): the header is set here
    return error_response(
        500,
        _INTERNAL.message,
        {"request_id": rid},
        headers={"X-Request-ID": rid} if rid else None,
    )


_E = TypeVar("_E", bound=Exception)


def _install(app: FastAPI, kind: type[_E], handle: Callable[[Request, _E], Awaitable[JSONResponse]]) -> None:
    """Register `handle` for `kind` (Starlette types every handler as taking any exception)."""

    async def handler(request: Request, exc: Exception) -> JSONResponse:
        return await handle(request, exc) if isinstance(exc, kind) else await _internal(request, exc)

    app.add_exception_handler(kind, handler)


def install_error_handlers(app: FastAPI) -> None:
    _install(app, RequestValidationError, _validation)
    _install(app, InvalidParameter, _invalid_parameter)
    _install(app, StarletteHTTPException, _http)
    _install(app, EdkgError, _edkg)
    app.add_exception_handler(Exception, _internal)
