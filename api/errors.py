"""One JSON error shape for every error answer: `{"error": {"code", "message", "detail"}}`.

Why: clients (and the tests) handle one shape whatever failed: a bad
parameter (422), an unknown id (404), a graph that is down (503).
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired
from starlette.exceptions import HTTPException as StarletteHTTPException

from edkg.errors import GraphUnavailableError, NotFoundError

log = logging.getLogger("edkg.api")

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          409: "conflict", 422: "invalid_request", 503: "graph_unavailable"}


class InvalidParameter(Exception):
    """A parameter FastAPI cannot check by itself (e.g. a label outside graph.model): answered with 422."""

    def __init__(self, name: str, value: Any, message: str):
        super().__init__(message)
        self.name = name
        self.value = value
        self.message = message


def error_response(status: int, message: str, detail: Any = None, code: str | None = None) -> JSONResponse:
    body = {"error": {"code": code or _CODES.get(status, "error"), "message": message, "detail": detail}}
    return JSONResponse(jsonable_encoder(body), status_code=status)


async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{key: value for key, value in err.items() if key != "url"} for err in exc.errors()]
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


async def _unavailable(request: Request, exc: Exception) -> JSONResponse:
    log.warning("graph unavailable: %s: %s", type(exc).__name__, exc)
    return error_response(503, "the graph database is unavailable", {"reason": type(exc).__name__})


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(InvalidParameter, _invalid_parameter)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(NotFoundError, _not_found)
    for exc_type in (ServiceUnavailable, SessionExpired, AuthError, GraphUnavailableError):
        app.add_exception_handler(exc_type, _unavailable)

