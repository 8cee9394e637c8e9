"""`GET /browser/guide.html` and `GET /browser/style.grass`: the Neo4j Browser guide and style sheet.

Why the API serves them: Neo4j Browser's `:play <url>` and `:style <url>` fetch
remote content with the page's `fetch`, from a host on the server's allow-list
(`NEO4J_BROWSER_ALLOWLIST`); the API is the project's one HTTP server, already
running next to Neo4j. The Browser page lives on another origin (Neo4j's HTTP
port), so both answers carry CORS headers for that origin, and `:play` sends
`pragma` and `cache-control` request headers, which makes the browser ask with
a preflight `OPTIONS` first: it is answered here too.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

import cypher
from api.browser_guide import render_guide
from api.deps import SettingsDep
from core.settings import Settings
from graph.browser import GUIDE_PATH, STYLE_PATH, browser_origins

router = APIRouter()

GUIDE_MEDIA_TYPE = "text/html; charset=utf-8"
STYLE_MEDIA_TYPE = "text/plain; charset=utf-8"  # GraSS has no registered media type; the Browser reads text
_PREFLIGHT_HEADERS = "pragma, cache-control, content-type"


def _cors_headers(request: Request, settings: Settings) -> dict[str, str]:
    """CORS headers for the Browser's origin (and the configured ones); nothing for other origins."""
    origin = request.headers.get("origin")
    headers = {"Vary": "Origin", "Cache-Control": "no-cache"}
    if origin and origin in {*browser_origins(settings), *settings.cors_origins}:
        headers["Access-Control-Allow-Origin"] = origin
    return headers


def _preflight(request: Request, settings: Settings) -> Response:
    headers = _cors_headers(request, settings)
    if "Access-Control-Allow-Origin" in headers:
        headers.update(
            {
                "Access-Control-Allow-Methods": "GET, OPTIONS",
                "Access-Control-Allow-Headers": _PREFLIGHT_HEADERS,
                "Access-Control-Max-Age": "600",
            }
        )
    return Response(status_code=204, headers=headers)


# Not in the OpenAPI document: these are assets of Neo4j Browser, not answers of the graph API.
@router.get(GUIDE_PATH, include_in_schema=False)
async def guide(request: Request, settings: SettingsDep) -> Response:
    """The guide for `:play <url>`; its runnable blocks are the saved queries, filled in on each request.

    Its links name the API by `Settings.api_url` (API_PUBLIC_URL, else the bind address), never by the
    request's Host header, which the client chooses: a forged Host would put its links into the guide."""
    return Response(
        render_guide(settings.api_url), media_type=GUIDE_MEDIA_TYPE, headers=_cors_headers(request, settings)
    )


@router.get(STYLE_PATH, include_in_schema=False)
async def style(request: Request, settings: SettingsDep) -> Response:
    """The GraSS style sheet for `:style <url>`."""
    return Response(
        cypher.read("browser/style.grass"), media_type=STYLE_MEDIA_TYPE, headers=_cors_headers(request, settings)
    )


@router.options(GUIDE_PATH, include_in_schema=False)
async def guide_preflight(request: Request, settings: SettingsDep) -> Response:
    return _preflight(request, settings)


@router.options(STYLE_PATH, include_in_schema=False)
async def style_preflight(request: Request, settings: SettingsDep) -> Response:
    return _preflight(request, settings)
