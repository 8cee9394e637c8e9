"""`GET /sources`: the feeds and sitemaps `edkg watch` reads, and how fresh each one is.

Why a route of its own: whoever relies on the graph needs to know how current
it is — when each source was last checked, what it answered, when it last
brought a new article, and what failed (the source itself, or pages it
listed). The state is the watcher's Source nodes (`graph/sources.py`); the
query is `cypher/sources/list_sources.cypher`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import ReaderDep
from api.models import Page
from api.queries import fetch
from graph.sources import list_sources_query

router = APIRouter(tags=["sources"])


class Source(BaseModel):
    url: str = Field(description="the feed or sitemap URL")
    kind: str | None = Field(None, description="rss, atom, sitemap or sitemapindex (known after a first read)")
    title: str | None = None
    parent: str | None = Field(None, description="the sitemap index that listed this sitemap")
    added_at: str | None = Field(None, description="first check, ISO UTC")
    checked_at: str | None = Field(None, description="last check, ISO UTC")
    status: int | str | None = Field(
        None,
        description="the last answer: 200, 304 (not modified), an HTTP error code, or `error` (network, not a feed)",
    )
    conditional: bool = Field(
        False, description="whether the next check is a conditional GET (ETag or Last-Modified known)"
    )
    last_modified: str | None = None
    entries: int | None = Field(None, description="entries in the last full read")
    articles: int = Field(0, description="loaded articles this source listed")
    last_new_at: str | None = Field(None, description="when this source last brought a new or changed article")
    last_new_url: str | None = None
    new_total: int | None = None
    errors: int | None = Field(None, description="consecutive failed checks (0 once a check succeeds)")
    last_error: str | None = None
    last_error_at: str | None = None
    page_errors: list[str] = Field(
        default_factory=list, description="`url: reason` of the pages that failed in the last run that fetched pages"
    )
    retry_urls: list[str] = Field(default_factory=list, description="pages tried again on the next run (5xx, timeouts)")
    failed_urls: list[str] = Field(default_factory=list, description="pages given up (not retried)")


@router.get(
    "/sources",
    response_model=Page[Source],
    summary="Watched feeds and sitemaps, and their freshness",
    description="Every source `edkg watch` reads, by URL: its last check and answer, when it last brought "
    "a new article, how many loaded articles it listed, and its errors.",
)
async def sources(
    reader: ReaderDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> Page[Source]:
    query = list_sources_query()

    async def work(tx: Any) -> list[dict[str, Any]]:
        return await fetch(tx, query, {"offset": offset, "limit": limit})

    row = (await reader.transaction(work))[0]
    items = [Source(**{k: v for k, v in s.items() if v is not None}) for s in row["sources"]]
    return Page[Source](total=row["total"], limit=limit, offset=offset, items=items)
