"""The load service: extract, batch, write, count, and report failures per file and per article.

One service for every way articles reach the graph: `edkg load` and `edkg
demo` (`Loader.load`: paths), `POST /articles` (`Loader.write`: documents
already extracted) and, later, the feeds. Each gets the same retries, batching
and failure isolation.

Why two threads: extraction is Python work and writing is mostly waiting for
Neo4j, so the main thread extracts the next files (itself, or through worker
processes with `jobs` > 1, `loaders.parallel`) while a writer thread sends
the previous batch; a bounded queue between them keeps memory flat (a file is
read, extracted, turned into pending articles and forgotten).

Failure isolation: a file that cannot be read, or an article Neo4j refuses
(a value it cannot store), is recorded as a failure with its reason and the
load goes on. An exception of our own code (a TypeError, a KeyError, a query
Neo4j cannot compile) is a bug, not bad input: the file or article it broke on
is reported as an *internal error* with its traceback (`Failure.traceback`;
the CLI prints it once), the rest is written; and when every article of a
batch breaks on it, it is raised, since no article is at fault.

Why retries here, on top of the driver's: `execute_write` retries one
transaction for `max_transaction_retry_time` (30 s, `graph.driver`), which
does not cover a server that is restarting (a start takes tens of seconds).
The loader retries the schema and each batch with exponential backoff until
`retry_seconds` have passed since the first failure, then stops with one
line that says where Neo4j was expected and how far the load got. Retrying a
batch is always safe: batches are whole-article transactions and the writer
classifies articles inside the transaction, so a batch that did commit
before the connection broke is not written twice; every attempt of one batch
carries the same stamp (`graph.writer.new_stamp`), so the retry recognises
its own commit and still reports those articles `new` (the summary must not
say "0 new / 300 unchanged" after a commit whose acknowledgement was lost).

An article with an impossible date (`2025-13-45`) is refused before writing,
as a failure that names it and says why; the rest of its file loads.
"""

from __future__ import annotations

import queue
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlparse

from neo4j import Driver

from core.errors import GraphAuthError, GraphError, GraphRefusedError, GraphUnavailableError
from graph.counts import WriteStats
from graph.errors import is_driver_error, translate
from graph.rows import PendingArticle, article_key, date_problem
from graph.schema import apply_schema
from graph.writer import FAILED, BatchResult, GraphWriter, new_stamp
from loaders.models import DocumentExtraction
from loaders.parallel import Crash, Extracted, Reading, extract_all, extract_one
from loaders.pipeline import Extractor
from loaders.walking import walk

RETRY_SECONDS = 60.0
"""How long a load waits for an unreachable Neo4j (from the first failure) before giving up."""
_FIRST_DELAY, _MAX_DELAY = 0.5, 8.0
T = TypeVar("T")


@dataclass(slots=True)
class Failure:
    source: str
    reason: str
    traceback: str | None = None
    """Set for an internal error (a bug of ours, not the input's fault): where it was raised."""

    @property
    def internal(self) -> bool:
        return self.traceback is not None


@dataclass(slots=True)
class LoadReport:
    stats: WriteStats = field(default_factory=WriteStats)
    files: int = 0
    failures: list[Failure] = field(default_factory=list)
    dangling: int = 0
    refused: int = 0
    """Articles refused before writing (an impossible date); counted as failed once the load ends."""
    seconds: float = 0.0

    @property
    def failed_files(self) -> list[str]:
        return list(dict.fromkeys(f.source for f in self.failures))

    @property
    def internal_errors(self) -> list[Failure]:
        return [f for f in self.failures if f.internal]


def _graph_error(exc: BaseException) -> GraphError | None:
    """The project's kind of a failure of the graph (`graph.errors.translate`), or None for anything else."""
    if isinstance(exc, GraphError):
        return exc
    return translate(exc) if is_driver_error(exc) else None


def _unavailable(exc: BaseException) -> bool:
    """True for errors that mean "Neo4j cannot do it right now", worth waiting for (not wrong credentials)."""
    error = _graph_error(exc)
    if error is None or isinstance(error, GraphAuthError):
        return False
    return isinstance(error, GraphUnavailableError) or error.retryable


def _refused(exc: BaseException) -> bool:
    """True when Neo4j refused what an article holds (a value it cannot store): the article fails, not the load.
    A query of ours it cannot run (`QueryError`) is a bug, not a refusal."""
    return isinstance(_graph_error(exc), GraphRefusedError)


def _one_line(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _address(uri: str | None) -> str:
    """The server's address without any user information (a URI must never leak a password)."""
    if not uri:
        return "the configured address"
    parsed = urlparse(uri)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{parsed.hostname or ''}{port}"


def pending_articles(doc: DocumentExtraction) -> list[PendingArticle]:
    """A document's articles with their keys (`file:<name>#<n>` counts from 1)."""
    return [
        PendingArticle(extraction, article_key(extraction.article, n))
        for n, extraction in enumerate(doc.articles, start=1)
    ]


class Loader:
    """The load service: one extractor (or `jobs` worker processes) and one writer; progress through callbacks.

    With `jobs` > 1 the workers are spawned processes (`loaders.parallel`): a script that loads with them needs
    Python's `if __name__ == "__main__":` guard, as for any use of multiprocessing.
    """

    def __init__(
        self,
        driver: Driver,
        database: str,
        extractor: Reading,
        *,
        writer: GraphWriter | None = None,
        on_file: Callable[[str], None] | None = None,
        on_batch: Callable[[BatchResult, int], None] | None = None,
        on_retry: Callable[[str, float], None] | None = None,
        uri: str | None = None,
        retry_seconds: float = RETRY_SECONDS,
        jobs: int = 1,
    ):
        self.driver = driver
        self.database = database
        self.extractor = extractor
        self.writer = writer or GraphWriter(driver, database)
        self.on_file = on_file or (lambda source: None)
        self.on_batch = on_batch or (lambda result, articles: None)
        self.on_retry = on_retry or (lambda reason, delay: None)
        self.uri = uri
        self.retry_seconds = float(retry_seconds)
        self.jobs = max(1, int(jobs))

    def _retrying(self, action: Callable[[], T], report: LoadReport) -> T:
        """Run `action`, retrying with exponential backoff while Neo4j is unreachable.

        Gives up once `retry_seconds` have passed since the start of the first failed attempt (an attempt
        under way inside the driver's own retries can overrun that by up to its `max_transaction_retry_time`)
        with a GraphUnavailableError that says how many articles were committed, since a re-run of the same
        command skips them and continues. Wrong credentials are not waited for.
        """
        deadline: float | None = None
        delay = _FIRST_DELAY
        while True:
            attempt_started = time.monotonic()
            try:
                return action()
            except Exception as exc:
                if isinstance(_graph_error(exc), GraphAuthError):
                    raise GraphAuthError(
                        f"Neo4j refused the credentials at {_address(self.uri)}: {_one_line(exc)}"
                    ) from exc
                if not _unavailable(exc):
                    raise
                now = time.monotonic()
                # counted from the start of the first failed attempt, which includes the driver's own retries
                deadline = deadline if deadline is not None else attempt_started + self.retry_seconds
                if now >= deadline:
                    raise GraphUnavailableError(
                        f"Neo4j is unavailable at {_address(self.uri)}: {_one_line(exc)}; "
                        f"{report.stats.articles_seen} articles were loaded, "
                        "rerun the same command to continue"
                    ) from exc
                wait = min(delay, _MAX_DELAY, deadline - now)
                self.on_retry(_one_line(exc, 120), wait)
                time.sleep(wait)
                delay *= 2

    def load(self, paths: Iterable[str | Path]) -> LoadReport:
        """Extract and write every file the paths name (`loaders.walking`); failures are collected, not raised."""
        if isinstance(self.extractor, Extractor):
            return self.write(extract_all(self.extractor, walk(paths), self.jobs))
        return self.write(extract_one(self.extractor, item) for item in walk(paths))  # a stand-in: in process

    def write(self, documents: Iterable[Extracted], *, schema: bool = True) -> LoadReport:
        """Write extracted documents (after applying the schema, unless `schema` is False)."""
        started = time.perf_counter()
        report = LoadReport()
        if schema:
            self._retrying(lambda: apply_schema(self.driver, self.database), report)
        batches: queue.Queue[list[PendingArticle] | None] = queue.Queue(maxsize=2)
        errors: list[BaseException] = []
        writer = threading.Thread(
            target=self._write_loop, args=(batches, report, errors), name="edkg-writer", daemon=True
        )
        writer.start()
        try:
            for batch in self.writer.batches(self._articles(documents, report)):
                if errors:
                    break
                batches.put(batch)
        finally:
            batches.put(None)
            writer.join()
        report.seconds = time.perf_counter() - started
        report.stats.articles_failed += report.refused
        if errors:
            raise errors[0]
        return report

    def _articles(self, documents: Iterable[Extracted], report: LoadReport) -> Iterator[PendingArticle]:
        return articles_of(documents, report, self.on_file)

    def _write_loop(
        self, batches: queue.Queue[list[PendingArticle] | None], report: LoadReport, errors: list[BaseException]
    ) -> None:
        while (batch := batches.get()) is not None:
            if errors:
                continue  # drain so the producer never blocks
            try:
                combined = BatchResult()
                for result in self._write_isolating(batch, report):
                    combined.stats += result.stats
                    combined.dangling += result.dangling
                    combined.outcomes.update(result.outcomes)
                report.stats += combined.stats
                report.dangling += combined.dangling
                self.on_batch(combined, len(batch))
            except BaseException as exc:  # surfaced by write() in the main thread
                errors.append(exc)

    def _write_isolating(self, batch: list[PendingArticle], report: LoadReport) -> list[BatchResult]:
        """Write a batch; if it breaks on something other than an unreachable Neo4j, write its articles one by
        one to find the culprit (see the module docstring for refusals and bugs)."""
        stamp = new_stamp()  # one per write, kept across retries: see the module docstring
        try:
            return [self._retrying(lambda: self.writer.write(batch, stamp), report)]
        except GraphUnavailableError:
            raise
        except Exception as exc:
            failures: list[Failure] = []
            results = (
                self._one_by_one(batch, report, failures) if len(batch) > 1 else [_failed(batch[0], exc, failures)]
            )
            if len(batch) > 1 and len(failures) == len(batch) and all(f.internal for f in failures):
                raise  # every article broke on it: a bug of ours, not one article's content
            report.failures.extend(failures)  # one list.extend: the main thread appends to it too
            return results

    def _one_by_one(
        self, batch: list[PendingArticle], report: LoadReport, failures: list[Failure]
    ) -> list[BatchResult]:
        results: list[BatchResult] = []
        for pending in batch:
            try:
                results.append(self._retrying(partial(self.writer.write, [pending], new_stamp()), report))
            except GraphUnavailableError:
                raise
            except Exception as exc:
                results.append(_failed(pending, exc, failures))
        return results


def _failed(pending: PendingArticle, exc: Exception, failures: list[Failure]) -> BatchResult:
    """The result of an article that could not be written, and its failure: refused by Neo4j, or a bug of ours."""
    failed = BatchResult()
    failed.stats.articles_failed = 1
    failed.outcomes[pending.id] = FAILED
    if _refused(exc):
        failures.append(Failure(pending.source, f"article {pending.id}: Neo4j refused it: {_one_line(exc)}"))
    else:
        trace = "".join(traceback.format_exception(exc))
        error = f"{type(exc).__name__}: {_one_line(exc)}"
        failures.append(Failure(pending.source, f"article {pending.id}: internal error ({error})", trace))
    return failed


def articles_of(
    documents: Iterable[Extracted], report: LoadReport, on_file: Callable[[str], None] | None = None
) -> Iterator[PendingArticle]:
    """The articles to write from extracted documents, as every load reads them (the transactional load and
    `edkg load --bulk`): a file our code crashed on or could not read is a failure, an article with an impossible
    date is refused (counted in `report.refused`, added to the stats by the writer's owner); `on_file` hears of
    each file read."""
    for doc in documents:
        report.files += 1
        if isinstance(doc, Crash):
            report.failures.append(Failure(doc.source, f"internal error ({doc.error})", doc.traceback))
        elif doc.error:
            report.failures.append(Failure(doc.source, doc.error))
        else:
            for pending in pending_articles(doc):
                problem = date_problem(pending.extraction.article.date)
                if problem is None:
                    yield pending
                else:
                    report.refused += 1
                    report.failures.append(Failure(doc.source, f"article {pending.id}: {problem}"))
        if on_file is not None:
            on_file(doc.source)
