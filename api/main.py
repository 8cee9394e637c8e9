"""The FastAPI application: `create_app(settings)` builds it, uvicorn serves it.

Why a factory: the tests build an app on their own Neo4j server and `edkg serve`
builds one from the environment, with nothing global in between. The lifespan
opens the one async driver (a connection pool) and closes it on shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.deadlines import ExpensiveGate
from api.errors import install_error_handlers
from api.mcp_http import mount_mcp
from api.middleware import REQUEST_ID_HEADER, RequestContextMiddleware
from api.models import ErrorResponse
from api.queries import GraphReader
from api.routes import ROUTERS
from api.warmup import WARM_LIMIT, WARM_PLANS
from core import __version__
from core.settings import Settings, get_settings
from graph.browser import browser_origins
from graph.driver import open_async_driver

DESCRIPTION = """\
The knowledge graph of Vietnam's economic diplomacy: officials, ministries,
provinces, countries, agreements, topics and events read from Vietnamese news
about the Ministry of Industry and Trade (MOIT), with the sentence every fact
was read from.

Every answer that fails has the shape `{"error": {"code", "message", "detail"}}`.
Every response carries an `X-Request-ID` header (the one sent, or a new one).
"""

TAGS = [
    {"name": "health", "description": "Service and graph status, counts."},
    {
        "name": "entities",
        "description": "Search officials, organisations, provinces, countries, agreements, "
        "topics and events; one entity; its neighbourhood.",
    },
    {"name": "paths", "description": "How two entities are connected."},
    {"name": "agreements", "description": "Agreements, their parties, topics, status and evidence."},
    {
        "name": "provinces",
        "description": "Provinces and their agreements: which Chinese provinces have MoUs with MOIT?",
    },
    {"name": "officials", "description": "Who met whom, when, where, about what."},
    {"name": "topics", "description": "Who discussed a topic with MOIT."},
    {"name": "articles", "description": "An article and the facts read from it."},
    {"name": "export", "description": "Subgraphs for Gephi, Cytoscape and networkx."},
    {"name": "ingest", "description": "Add an article (the only write route; needs API_KEY)."},
    {"name": "sources", "description": "The feeds and sitemaps `edkg watch` reads, and how fresh each one is."},
    {
        "name": "explore",
        "description": "The reads behind the explorer page (`/explore`): suggestions as you "
        "type, an entity's timeline.",
    },
]

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "an id names nothing in the graph"},
    422: {"model": ErrorResponse, "description": "a parameter is invalid or out of range"},
    503: {
        "model": ErrorResponse,
        "description": "Neo4j cannot be reached, is overloaded, or too many expensive "
        "reads run at once (with Retry-After)",
    },
    504: {"model": ErrorResponse, "description": "the read's time budget was spent"},
}


def create_app(settings: Settings | None = None) -> FastAPI:
    """The application for `settings` (default: the environment's)."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        driver = open_async_driver(settings)
        app.state.reader = GraphReader(driver, settings.neo4j_database)
        if settings.api_warm_plans:
            with contextlib.suppress(TimeoutError):  # a server that says nothing: the requests will find out
                await asyncio.wait_for(app.state.reader.warm(WARM_PLANS), WARM_LIMIT)
        try:
            async with app.state.mcp.running():  # the MCP endpoint at /mcp (api/mcp_http.py)
                yield
        finally:
            await driver.close()

    app = FastAPI(
        title="edkg: Vietnam's economic diplomacy knowledge graph",
        version=__version__,
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        responses=ERROR_RESPONSES,
        docs_url=None,
        redoc_url=None,
    )  # /docs and /redoc on vendored bundles: api/explorer/pages.py
    app.state.settings = settings
    app.state.expensive_gate = ExpensiveGate(settings.api_expensive_concurrency, settings.api_expensive_wait)
    install_error_handlers(app)
    if settings.cors_origins:
        # the local Browser's own origins stay allowed, or its `:play` preflight for the guide would be refused
        app.add_middleware(
            CORSMiddleware,
            allow_origins=[*settings.cors_origins, *browser_origins(settings)],
            allow_methods=["GET"],
            allow_headers=["*"],
            expose_headers=[REQUEST_ID_HEADER],
        )
    app.add_middleware(RequestContextMiddleware, settings=settings)  # request ids, budgets (api/deadlines.py)
    for router in ROUTERS:
        app.include_router(router)
    app.state.mcp = mount_mcp(app, settings)
    return app
