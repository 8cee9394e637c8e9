"""Fetching web pages into the graph: one URL (`edkg load URL`, `POST /articles {url}`) or whole feeds and
sitemaps (`edkg watch`).

A page goes fetch (`loaders.fetching`) -> main text and metadata
(`loaders.webpage`, trafilatura) -> the project's own extractor
(`Extractor.extract_text` with url, title, date and language, so cleaning,
splitting and duplicate detection apply as to any file) -> the writer
(`GraphWriter`, the same new/unchanged/changed/duplicate classification as
`edkg load`) -> the page itself kept on its Article and linked to the source
that listed it (`graph.sources.record_pages`).

A source check (`Watcher.check`):
1. a conditional GET with the ETag / Last-Modified of the previous check: a
   304 reads nothing and fetches no page (only pages that failed transiently
   before are tried again);
2. the entries of the feed or sitemap (a sitemap index: each child sitemap is
   a source of its own, checked in the same run);
3. entries already known — listed before, or the canonical URL of a loaded
   article — are skipped without a request, unless the entry's `lastmod` is
   later than the one recorded (a changed article, fetched again and
   replaced by the writer); pages that failed for good are skipped too;
4. each remaining page is fetched and loaded; a page that fails is recorded
   with its reason (5xx and timeouts are tried again on the next runs, up to
   `PAGE_ATTEMPTS`, then given up) and the run goes on;
5. the Source node records the check: status, validators, counts, errors.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver

from core.errors import GraphRefusedError
from core.vocabulary import WriteOutcome
from graph.counts import WriteStats
from graph.errors import translated
from graph.rows import PendingArticle, date_problem
from graph.sources import LIST_CAP, PageRow, child_sources, known_urls, now_iso, read_source, record_pages, save_source
from graph.writer import GraphWriter
from loaders.feeds import Entry, FeedError, parse_listing
from loaders.fetching import FEED_TYPES, PAGE_TYPES, Fetched, Fetcher, FetchError, compress
from loaders.models import DocumentExtraction
from loaders.webpage import PageError, WebPage, read_page

PAGE_ATTEMPTS = 3
"""Runs in which a page that failed transiently (5xx, timeout) is tried before it is given up."""
MAX_NEW_PER_SOURCE = 200
"""Pages fetched from one source in one run (a first check of a big sitemap is spread over several runs)."""
MAX_SITEMAP_DEPTH = 2


@dataclass(slots=True)
class PageResult:
    """What became of one page: an outcome of the writer, or `failed` / `skipped` with the reason."""

    url: str
    outcome: str  # new, changed, unchanged, duplicate, no_facts, failed, skipped
    article_ids: list[str] = field(default_factory=list)
    reason: str | None = None
    transient: bool = False
    title: str | None = None
    date: str | None = None
    fetch_failed: bool = False  # the page could not be fetched (vs fetched but unreadable)
    outcomes: dict[str, str] = field(default_factory=dict)  # article id -> the writer's outcome
    entities: int = 0
    relations: int = 0


@dataclass(slots=True)
class SourceResult:
    url: str
    status: str = "checked"  # checked, not_modified, failed
    kind: str | None = None
    entries: int = 0
    known: int = 0
    pages: list[PageResult] = field(default_factory=list)
    error: str | None = None

    def count(self, outcome: str) -> int:
        return sum(1 for p in self.pages if p.outcome == outcome)


@dataclass(slots=True)
class WatchReport:
    sources: list[SourceResult] = field(default_factory=list)
    stats: WriteStats = field(default_factory=WriteStats)
    requests: int = 0
    seconds: float = 0.0

    @property
    def pages(self) -> list[PageResult]:
        return [p for s in self.sources for p in s.pages]


class PageLoader:
    """Fetch one page and write it: the part `edkg load URL`, the API and the watcher share."""

    def __init__(self, driver: Driver, database: str, fetcher: Fetcher, extractor: Any) -> None:
        self.driver = driver
        self.database = database
        self.fetcher = fetcher
        self.extractor = extractor
        self.writer = GraphWriter(driver, database)

    def fetch_page(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> tuple[WebPage | None, Fetched]:
        """(WebPage, Fetched) of a page, or (None, Fetched) on 304; raises FetchError or PageError."""
        fetched = self.fetcher.get(url, accept=PAGE_TYPES, etag=etag, last_modified=last_modified)
        if fetched.not_modified:
            return None, fetched
        return read_page(fetched.body, fetched.url), fetched

    def extract(self, page: WebPage) -> DocumentExtraction:
        doc: DocumentExtraction = self.extractor.extract_text(
            page.document(), source=page.url, url=page.url, title=page.title, date=page.date, lang=page.lang
        )
        return doc

    def load(
        self,
        url: str,
        *,
        stats: WriteStats | None = None,
        source: str | None = None,
        entry: Entry | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> PageResult:
        """Fetch, extract and write one page; never raises for a bad page (the result says why)."""
        try:
            page, fetched = self.fetch_page(url, etag=etag, last_modified=last_modified)
        except FetchError as exc:
            skipped = exc.reason == "disallowed by robots.txt"
            return PageResult(
                url,
                "skipped" if skipped else WriteOutcome.FAILED,
                reason=exc.reason,
                transient=exc.transient,
                fetch_failed=True,
            )
        except PageError as exc:
            return PageResult(url, WriteOutcome.FAILED, reason=str(exc))
        if page is None:
            return PageResult(url, WriteOutcome.UNCHANGED, reason="not modified (304)")
        doc = self.extract(page)
        if doc.error:
            return PageResult(url, WriteOutcome.FAILED, reason=doc.error, title=page.title, date=page.date)
        pending = [
            PendingArticle(x, page.url if n == 1 else f"{page.url}#{n}") for n, x in enumerate(doc.articles, start=1)
        ]
        problems = [problem for p in pending if (problem := date_problem(p.extraction.article.date))]
        if problems:  # refused before writing, as `edkg load` does (the writer's own check is the last guard)
            return PageResult(
                url, WriteOutcome.FAILED, reason=f"not written: {problems[0]}", title=page.title, date=page.date
            )
        result = PageResult(url, WriteOutcome.UNCHANGED, [p.id for p in pending], title=page.title, date=page.date)
        outcomes: dict[str, str] = {}
        try:
            with translated():
                for batch in self.writer.batches(pending):
                    written = self.writer.write(batch)
                    outcomes.update(written.outcomes)
                    if stats is not None:
                        stats += written.stats
        except GraphRefusedError as exc:  # an article Neo4j refuses (a constraint, a value): this page fails
            return PageResult(url, WriteOutcome.FAILED, reason=f"not written: {exc}", title=page.title, date=page.date)
        # an outage (GraphUnavailableError, GraphBusyError) ends the run, the CLI's loop tries again; a query of
        # ours Neo4j cannot run (QueryError) or the writer refusing what the extractor made (ValueError) is a bug,
        # never "a failed page"
        result.outcomes = {p.id: outcomes.get(p.id, WriteOutcome.NO_FACTS) for p in pending}
        result.entities = sum(len(p.extraction.entities) for p in pending)
        result.relations = sum(len(p.extraction.relations) for p in pending)
        ranked = (
            WriteOutcome.NEW,
            WriteOutcome.CHANGED,
            WriteOutcome.DUPLICATE,
            WriteOutcome.UNCHANGED,
            WriteOutcome.NO_FACTS,
        )
        result.outcome = min(outcomes.values(), key=ranked.index, default=WriteOutcome.NO_FACTS)
        html_gz = compress(fetched.body)
        rows = [
            PageRow(
                _stored_id(p),
                html_gz,
                fetched.url,
                entry.url if entry else None,
                entry.lastmod if entry else None,
                fetched.etag,
                fetched.last_modified,
            )
            for p in pending
            if outcomes.get(p.id) != WriteOutcome.NO_FACTS
        ]
        record_pages(self.driver, self.database, rows, source)
        if result.outcome == WriteOutcome.NO_FACTS:
            result.reason = "nothing read from the page (no entity, no relation)"
        return result


def _stored_id(p: PendingArticle) -> str:
    """The Article node a page's article is stored as (a near-duplicate is the article it repeats)."""
    return p.extraction.article.duplicate_of or p.id


class Watcher:
    """Checks sources and loads what is new; progress goes through `on_page` / `on_source`."""

    def __init__(
        self,
        driver: Driver,
        database: str,
        fetcher: Fetcher,
        extractor: Any,
        *,
        max_new: int = MAX_NEW_PER_SOURCE,
        on_source: Callable[[str], None] | None = None,
        on_page: Callable[[PageResult], None] | None = None,
    ) -> None:
        self.driver = driver
        self.database = database
        self.fetcher = fetcher
        self.pages = PageLoader(driver, database, fetcher, extractor)
        self.max_new = max_new
        self.on_source = on_source or (lambda url: None)
        self.on_page = on_page or (lambda result: None)

    def run(self, urls: Iterable[str]) -> WatchReport:
        started = time.perf_counter()
        before = self.fetcher.requests
        report = WatchReport()
        for url in dict.fromkeys(urls):
            self.check(url, report)
        report.requests = self.fetcher.requests - before
        report.seconds = time.perf_counter() - started
        return report

    def check(self, url: str, report: WatchReport, *, parent: str | None = None, depth: int = 0) -> None:
        """Check one source (and the children of a sitemap index); failures are recorded, never raised."""
        self.on_source(url)
        result = SourceResult(url)
        report.sources.append(result)
        state = read_source(self.driver, self.database, url)
        props: dict[str, Any] = {"checked_at": now_iso(), "parent": parent}
        try:
            fetched = self.fetcher.get(
                url, accept=FEED_TYPES, etag=state.get("etag"), last_modified=state.get("last_modified")
            )
            listing = None if fetched.not_modified else parse_listing(fetched.body)
        except (FetchError, FeedError) as exc:
            reason = exc.reason if isinstance(exc, FetchError) else str(exc)
            result.status, result.error = "failed", reason
            props.update(
                status=getattr(exc, "status", None) or "error",
                last_error=reason,
                last_error_at=props["checked_at"],
                errors=int(state.get("errors") or 0) + 1,
            )
            save_source(self.driver, self.database, url, props)
            return
        props.update(status=fetched.status, errors=0, last_error=None)
        entries: list[Entry] = []
        if listing is None:
            result.status = "not_modified"
            result.kind = state.get("kind")
        else:
            result.kind = listing.kind
            entries = listing.entries
            props.update(
                kind=listing.kind,
                title=listing.title,
                entries=len(entries) + len(listing.sitemaps),
                etag=fetched.etag,
                last_modified=fetched.last_modified,
            )
        result.entries = len(entries)
        save_source(self.driver, self.database, url, props)  # the Source exists before pages link to it
        children = (
            [c.url for c in listing.sitemaps]
            if listing is not None
            else child_sources(self.driver, self.database, url)
            if state.get("kind") == "sitemapindex"
            else []
        )
        if depth < MAX_SITEMAP_DEPTH:
            for child in children:
                self.check(child, report, parent=url, depth=depth + 1)
        self._load_entries(url, state, entries, result, report)

    def _load_entries(
        self, url: str, state: dict[str, Any], entries: list[Entry], result: SourceResult, report: WatchReport
    ) -> None:
        retry = dict(zip(state.get("retry_urls") or [], state.get("retry_counts") or [], strict=False))
        failed = list(state.get("failed_urls") or [])
        gave_up = set(failed)
        known = known_urls(self.driver, self.database, [e.url for e in entries] + list(retry))
        todo: dict[str, Entry] = {}
        for entry in entries:
            if entry.url in gave_up or entry.url in retry:
                continue
            if entry.url in known and not _newer(entry.lastmod, known[entry.url]):
                result.known += 1
                continue
            todo[entry.url] = entry
        for retry_url in retry:
            if retry_url not in known:
                todo.setdefault(retry_url, next((e for e in entries if e.url == retry_url), Entry(retry_url)))
        new_retry: dict[str, int] = {}
        page_errors = dict(_split_error(e) for e in state.get("page_errors") or [])
        last_new: PageResult | None = None
        batch = list(todo.values())[: self.max_new]
        for entry in batch:
            page = self.pages.load(entry.url, stats=report.stats, source=url, entry=entry)
            result.pages.append(page)
            self.on_page(page)
            if page.outcome in (WriteOutcome.NEW, WriteOutcome.CHANGED):
                last_new = page
            page_errors.pop(entry.url, None)
            if page.outcome in (WriteOutcome.FAILED, WriteOutcome.NO_FACTS):
                page_errors[entry.url] = page.reason or page.outcome
            if page.outcome == WriteOutcome.FAILED:
                attempts = retry.get(entry.url, 0) + 1
                if page.transient and attempts < PAGE_ATTEMPTS:
                    new_retry[entry.url] = attempts
                else:
                    failed.append(entry.url)
            elif page.outcome == WriteOutcome.NO_FACTS:
                failed.append(entry.url)
        tried = {e.url for e in batch}
        for retry_url in retry:
            if retry_url not in tried and retry_url not in known:  # no room in this run: kept for the next
                new_retry.setdefault(retry_url, retry[retry_url])
        failed_urls = list(dict.fromkeys(failed))[-LIST_CAP:]
        pending = set(new_retry) | set(failed_urls)
        props: dict[str, Any] = {
            "retry_urls": list(new_retry)[:LIST_CAP],
            "retry_counts": list(new_retry.values())[:LIST_CAP],
            "failed_urls": failed_urls,
            "page_errors": [f"{u}: {r}" for u, r in page_errors.items() if u in pending],
        }
        if last_new is not None:
            props.update(
                last_new_at=now_iso(),
                last_new_url=last_new.url,
                new_total=int(state.get("new_total") or 0)
                + sum(1 for p in result.pages if p.outcome in (WriteOutcome.NEW, WriteOutcome.CHANGED)),
            )
        save_source(self.driver, self.database, url, props)


def _split_error(text: str) -> tuple[str, str]:
    """`url: reason` (as stored in `page_errors`) -> (url, reason); a URL holds no ": "."""
    url, _, reason = text.partition(": ")
    return url, reason


def _newer(listed: str | None, recorded: str | None) -> bool:
    """An entry's lastmod later than the one recorded when it was loaded (both ISO; unknown is not newer)."""
    return bool(listed and recorded and listed > recorded)


def load_urls(
    driver: Driver,
    database: str,
    urls: Iterable[str],
    extractor: Any,
    report: Any,
    *,
    policy: Any = None,
    on_page: Callable[[PageResult], None] | None = None,
) -> list[PageResult]:
    """`edkg load URL…`: fetch and load each page into `report` (a `graph.loading.LoadReport`); a page that
    cannot be fetched or read is a failure with its reason, like an unreadable file."""
    from graph.loading import Failure

    results: list[PageResult] = []
    with Fetcher(policy) as fetcher:
        loader = PageLoader(driver, database, fetcher, extractor)
        for url in urls:
            result = loader.load(url, stats=report.stats)
            results.append(result)
            report.files += 1
            if result.outcome in (WriteOutcome.FAILED, "skipped"):
                report.failures.append(Failure(url, result.reason or result.outcome))
            if on_page is not None:
                on_page(result)
    return results
