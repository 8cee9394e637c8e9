"""The API key that guards the write route (`POST /articles`).

Why this shape:
- No key configured means ingestion is off (503 "ingestion disabled: set
  API_KEY"), never "open to anyone": a forgotten variable must not turn a
  read-only service into a writable one.
- The key is accepted as `Authorization: Bearer <key>` or `X-API-Key: <key>`
  and compared with `secrets.compare_digest` on bytes, so the comparison time
  does not reveal how many leading characters were right.
- The check returns a ready error response instead of raising: the shared
  HTTPException handler maps 503 to `graph_unavailable`, which would be a
  misleading code here, and this module must not touch `api.errors`.
- Nothing here logs or echoes what the client sent: a wrong key is as secret
  as a right one (it may be a typo of it).
"""

from __future__ import annotations

import secrets

from fastapi.responses import JSONResponse
from starlette.requests import Request

from api.errors import error_response
from core.settings import Settings

DISABLED_MESSAGE = "ingestion disabled: set API_KEY"


def presented_key(request: Request) -> str | None:
    """The key the client sent (Bearer token first, then X-API-Key), or None."""
    authorization = request.headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return request.headers.get("x-api-key") or None


def check_api_key(request: Request, settings: Settings) -> JSONResponse | None:
    """None when the request carries the configured key; else the 503 or 401 answer in the error shape."""
    if settings.api_key is None or not settings.api_key.get_secret_value():
        return error_response(503, DISABLED_MESSAGE, code="ingestion_disabled")
    given = presented_key(request)
    expected = settings.api_key.get_secret_value().encode("utf-8")
    if given is None or not secrets.compare_digest(given.encode("utf-8", "surrogatepass"), expected):
        response = error_response(
            401,
            "a valid API key is required: send `Authorization: Bearer <key>` or `X-API-Key: <key>`"
            if given is None
            else "invalid API key",
        )
        response.headers["WWW-Authenticate"] = "Bearer"
        return response
    return None
