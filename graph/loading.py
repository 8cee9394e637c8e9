"""Loading files into the graph: extract, batch, write, count, and report failures per file.

Why two threads: extraction is Python work and writing is mostly waiting for
Neo4j, so the main thread extracts the next files while a writer thread sends
the previous batch; a bounded queue between them keeps memory flat (a file is
read, extracted, turned into pending articles and forgotten). A file that
cannot be read, or an article Neo4j refuses, is recorded as a failure with
its reason and the load goes on; an unreachable server stops it.
"""
from __future__ import annotations

import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from neo4j import Driver
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from edkg.errors import GraphUnavailableError
from graph.counts import WriteStats
from graph.rows import PendingArticle, article_key
from graph.writer import FAILED, BatchResult, GraphWriter
from loaders.models import DocumentExtraction

STDIN = "-"


class Extracting(Protocol):
    """What the loader needs of `loaders.pipeline.Extractor`."""

    def extract_file(self, path: Path) -> DocumentExtraction: ...

    def extract_text(self, text: str, source: str = "request") -> DocumentExtraction: ...


@dataclass(slots=True)
class Failure:
    source: str
    reason: str


@dataclass(slots=True)
class LoadReport:
    stats: WriteStats = field(default_factory=WriteStats)
    files: int = 0
    failures: list[Failure] = field(default_factory=list)
    dangling: int = 0
    seconds: float = 0.0

    @property
    def failed_files(self) -> list[str]:
        return list(dict.fromkeys(f.source for f in self.failures))


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    """Files as given, folders as their files (recursively, sorted, hidden ones skipped), `-` as is.

    A path that does not exist is passed on, so the extractor reports it as a failed file.
    """
    for raw in paths:
        if str(raw) == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        else:
            yield path


def pending_articles(doc: DocumentExtraction) -> list[PendingArticle]:
    """A document's articles with their keys (`file:<name>#<n>` counts from 1)."""
    return [PendingArticle(extraction, article_key(extraction.article, n))
            for n, extraction in enumerate(doc.articles, start=1)]


class Loader:
    """Loads paths with one extractor and one writer; reports progress through callbacks."""

    def __init__(self, driver: Driver, database: str, extractor: Extracting, *,
                 writer: GraphWriter | None = None,
                 on_file: Callable[[str], None] | None = None,
                 on_batch: Callable[[BatchResult, int], None] | None = None):
        self.driver = driver
        self.database = database
        self.extractor = extractor
        self.writer = writer or GraphWriter(driver, database)
        self.on_file = on_file or (lambda source: None)
        self.on_batch = on_batch or (lambda result, articles: None)

    def load(self, paths: Iterable[str | Path]) -> LoadReport:
        """Load every path (after applying the schema); failures are collected, not raised."""
        from graph.schema import apply_schema

        started = time.perf_counter()
        try:
            apply_schema(self.driver, self.database)
        except (ServiceUnavailable, SessionExpired, AuthError) as exc:
            raise GraphUnavailableError(f"Neo4j is unavailable: {exc}") from exc
        report = LoadReport()
        batches: queue.Queue[list[PendingArticle] | None] = queue.Queue(maxsize=2)
        errors: list[BaseException] = []
        writer = threading.Thread(target=self._write_loop, args=(batches, report, errors), name="edkg-writer",
                                  daemon=True)
        writer.start()
        try:
            for batch in self.writer.batches(self._articles(paths, report)):
                if errors:
                    break
                batches.put(batch)
        finally:
            batches.put(None)
            writer.join()
        report.seconds = time.perf_counter() - started
        if errors:
            raise errors[0]
        return report

    def _documents(self, paths: Iterable[str | Path]) -> Iterator[DocumentExtraction]:
        for path in expand_paths(paths):
            if path == STDIN:
                yield self.extractor.extract_text(sys.stdin.read(), source=STDIN)
            else:
                yield self.extractor.extract_file(Path(path))

    def _articles(self, paths: Iterable[str | Path], report: LoadReport) -> Iterator[PendingArticle]:
        for doc in self._documents(paths):
            report.files += 1
            if doc.error:
                report.failures.append(Failure(doc.source, doc.error))
            else:
                yield from pending_articles(doc)
            self.on_file(doc.source)

    def _write_loop(self, batches: queue.Queue, report: LoadReport, errors: list[BaseException]) -> None:
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
            except BaseException as exc:  # surfaced by load() in the main thread
                errors.append(exc)

    def _write_isolating(self, batch: list[PendingArticle], report: LoadReport) -> list[BatchResult]:
        """Write a batch; if Neo4j refuses it, write its articles one by one to find the culprit."""
        try:
            return [self.writer.write(batch)]
        except (ServiceUnavailable, SessionExpired, AuthError) as exc:
            raise GraphUnavailableError(f"Neo4j became unavailable: {exc}") from exc
        except (Neo4jError, ValueError, TypeError) as exc:
            if len(batch) > 1:
                return [r for p in batch for r in self._write_isolating([p], report)]
            failed = BatchResult()
            failed.stats.articles_failed = 1
            failed.outcomes[batch[0].id] = FAILED
            report.failures.append(Failure(batch[0].source, f"article {batch[0].id}: {exc}"))
            return [failed]
