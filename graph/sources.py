"""The watcher's state in Neo4j: Source nodes, LISTED links, and the pages kept on fetched articles.

Why in the graph and not in a state file: `GET /sources` must report each
source's last check, last new article and errors, a cron job and the API may
run on different machines, and a backup of the graph then carries the state
with it. The state is small: one node per feed or sitemap, one relationship
per listed article (`url` as listed, `lastmod` as listed), and two
properties on each fetched Article (`html_gz`, `fetched_url`).

Every statement is in `cypher/sources/`; only `graph.model.SOURCE` and
`graph.model.LISTED` are named there.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from neo4j import Driver, ManagedTransaction

import cypher

CHECK_PROPERTIES = frozenset({"checked_at", "status", "retry_counts"})
"""What every check of a source rewrites even when nothing changed: when it was checked, what the server
answered (200, then 304) and how often each pending page has been tried. A rerun that finds nothing new
changes nothing else in the graph (tests/test_watch.py)."""
LIST_CAP = 200
"""Entries kept in each of a Source's URL lists (pages to retry, pages that failed for good, last errors)."""


def now_iso() -> str:
    """Now in UTC, to the second, as ISO text (what GET /sources shows; sorts as text)."""
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _statement(name: str) -> str:
    return "\n".join(cypher.statements(f"sources/{name}.cypher"))


def _read(driver: Driver, database: str, name: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of a read statement. Notifications off: on a graph nothing was watched in yet, Neo4j warns that
    `LISTED.lastmod` is an unknown property, which is expected and would only litter the watcher's output."""
    with driver.session(database=database, default_access_mode="READ", notifications_min_severity="OFF") as session:
        return session.execute_read(lambda tx: [r.data() for r in tx.run(_statement(name), params)])


def read_source(driver: Driver, database: str, url: str) -> dict[str, Any]:
    """The stored state of a source (empty when it was never checked)."""
    rows = _read(driver, database, "read_source", url=url)
    return dict(rows[0]["source"]) if rows else {}


def child_sources(driver: Driver, database: str, url: str) -> list[str]:
    """The sitemaps a sitemap index listed when it was last read."""
    return [r["url"] for r in _read(driver, database, "children", url=url)]


def save_source(driver: Driver, database: str, url: str, props: dict[str, Any]) -> None:
    """Set a source's properties (None removes one); creates the Source on its first check."""
    driver.execute_query(_statement("save_source"), url=url, props=props, now=now_iso(), database_=database)


def known_urls(driver: Driver, database: str, urls: Iterable[str]) -> dict[str, str | None]:
    """The URLs already loaded (as listed by a source, or as an article's key), each with its recorded lastmod."""
    wanted = list(dict.fromkeys(urls))
    if not wanted:
        return {}
    return {r["url"]: r["lastmod"] for r in _read(driver, database, "known_urls", urls=wanted) if r["known"]}


@dataclass(slots=True)
class PageRow:
    """A fetched page and where it was listed, for the article(s) read from it."""

    article_id: str
    html_gz: bytes
    fetched_url: str
    listed_url: str | None = None
    lastmod: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def record_pages(driver: Driver, database: str, rows: list[PageRow], source: str | None) -> None:
    """Keep the pages on their articles (when not kept yet) and link them to the source that listed them.

    One transaction, run right after the articles' own: an article that did not get its page (a crash in
    between) gets it from the next fetch of the same page, since the page is only ever set when missing.
    """
    if not rows:
        return
    page_rows = [{"id": r.article_id, "html": r.html_gz, "fetched_url": r.fetched_url} for r in rows]
    listed = [
        {
            "id": r.article_id,
            "url": r.listed_url,
            "lastmod": r.lastmod,
            "etag": r.etag,
            "last_modified": r.last_modified,
        }
        for r in rows
        if r.listed_url
    ]

    def work(tx: ManagedTransaction) -> None:
        tx.run(_statement("page_props"), rows=page_rows).consume()
        if source and listed:
            tx.run(_statement("link_listed"), source=source, rows=listed).consume()

    with driver.session(database=database) as session:
        session.execute_write(work)


def list_sources_query() -> str:
    """The read query of GET /sources (`$offset`, `$limit`; one row: `total`, `sources`)."""
    return _statement("list_sources")
