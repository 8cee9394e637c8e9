"""One router per resource; `ROUTERS` is what `api.main.create_app` mounts.

`browser` serves Neo4j Browser's guide and style sheet (outside the OpenAPI document); `explore` the explorer's
reads, and `api.explorer.pages` the explorer page, its static files and the offline `/docs` and `/redoc`.
"""

from __future__ import annotations

from api.explorer import pages
from api.routes import (
    agreements,
    articles,
    browser,
    entities,
    explore,
    export,
    health,
    ingest,
    officials,
    paths,
    provinces,
    sources,
    topics,
)

ROUTERS = [
    health.router,
    entities.router,
    paths.router,
    agreements.router,
    provinces.router,
    officials.router,
    topics.router,
    articles.router,
    export.router,
    browser.router,
    ingest.router,
    sources.router,
    explore.router,
    pages.router,
]
