"""Loading files into the graph: extract, batch, write, count, and report failures per file.

Why two threads: extraction is Python work and writing is mostly waiting for
Neo4j, so the main thread extracts the next files while a writer thread sends
the previous batch; a bounded queue between them keeps memory flat (a file is
read, extracted, turned into pending articles and forgotten). A file that
cannot be read, or an article Neo4j refuses, is recorded as a failure with
its reason and the load goes on.

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
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar
from urllib.parse import urlparse

from neo4j import Driver
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired

from core.errors import GraphUnavailableError
from graph.counts import WriteStats
from graph.rows import PendingArticle, article_key, date_problem
from graph.writer import FAILED, BatchResult, GraphWriter, new_stamp
from loaders.models import DocumentExtraction

STDIN = "-"
RETRY_SECONDS = 60.0
"""How long a load waits for an unreachable Neo4j (from the first failure) before giving up."""
_FIRST_DELAY, _MAX_DELAY = 0.5, 8.0
T = TypeVar("T")


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
    refused: int = 0
    """Articles refused before writing (an impossible date); counted as failed once the load ends."""
    seconds: float = 0.0

    @property
    def failed_files(self) -> list[str]:
        return list(dict.fromkeys(f.source for f in self.failures))


@dataclass(frozen=True, slots=True)
class Refused:
    """A folder entry that is reported as failed without being opened (see `expand_paths`)."""

    path: Path
    reason: str


def _refusal(child: Path) -> str | None:
    """Why a folder entry that is not a directory cannot be read as a file, or None when it is a regular file.

    Why: silently skipping it would lose an input without a word, and opening a FIFO found in a folder
    blocks forever when nothing writes to it. A FIFO named explicitly is read (`edkg load <(cmd)`).
    """
    try:
        mode = child.stat().st_mode
    except FileNotFoundError:
        return "broken symbolic link (its target does not exist)" if child.is_symlink() else None
    except OSError as exc:
        return f"cannot access ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    kind = "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    return f"not a regular file ({kind}); name it explicitly to read it"


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str | Path | Refused]:
    """Files as given, folders as their files (recursively, sorted, hidden ones skipped), `-` as is.

    A path that does not exist is passed on, so the extractor reports it as a failed file; a folder
    entry that is not a regular file (a FIFO, a socket, a broken link) comes out as `Refused`.
    """
    for raw in paths:
        if str(raw) == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_dir() or any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                reason = _refusal(child)
                yield child if reason is None else Refused(child, reason)
        else:
            yield path


def _unavailable(exc: BaseException) -> bool:
    """True for errors that mean "Neo4j is not reachable right now", worth waiting for."""
    if isinstance(exc, AuthError):
        return False  # wrong credentials do not heal by waiting
    if isinstance(exc, (ServiceUnavailable, SessionExpired)):
        return True
    return isinstance(exc, (Neo4jError, DriverError)) and exc.is_retryable()


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
    """Loads paths with one extractor and one writer; reports progress through callbacks."""

    def __init__(
        self,
        driver: Driver,
        database: str,
        extractor: Extracting,
        *,
        writer: GraphWriter | None = None,
        on_file: Callable[[str], None] | None = None,
        on_batch: Callable[[BatchResult, int], None] | None = None,
        on_retry: Callable[[str, float], None] | None = None,
        uri: str | None = None,
        retry_seconds: float = RETRY_SECONDS,
    ):
        self.driver = driver
        self.database = database
        self.extractor = extractor
        self.writer = writer or GraphWriter(driver, database)
        self.on_file = on_file or (lambda source: None)
        self.on_batch = on_batch or (lambda result, articles: None)
        self.on_retry = on_retry or (lambda reason, delay: None)
        self.uri = uri
        self.retry_seconds = retry_seconds

    def _retrying(self, action: Callable[[], T], report: LoadReport) -> T:
        """Run `action`, retrying with exponential backoff while Neo4j is unreachable.

        Gives up once `retry_seconds` have passed since the start of the first failed attempt (an attempt
        under way inside the driver's own retries can overrun that by up to its `max_transaction_retry_time`)
        with a GraphUnavailableError that says how many articles were committed, since a re-run of the same
        command skips them and continues.
        """
        deadline: float | None = None
        delay = _FIRST_DELAY
        while True:
            attempt_started = time.monotonic()
            try:
                return action()
            except Exception as exc:
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
        """Load every path (after applying the schema); failures are collected, not raised."""
        from graph.schema import apply_schema

        started = time.perf_counter()
        report = LoadReport()
        try:
            self._retrying(lambda: apply_schema(self.driver, self.database), report)
        except AuthError as exc:
            raise GraphUnavailableError(
                f"Neo4j refused the credentials at {_address(self.uri)}: {_one_line(exc)}"
            ) from exc
        batches: queue.Queue[list[PendingArticle] | None] = queue.Queue(maxsize=2)
        errors: list[BaseException] = []
        writer = threading.Thread(
            target=self._write_loop, args=(batches, report, errors), name="edkg-writer", daemon=True
        )
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
        report.stats.articles_failed += report.refused
        if errors:
            raise errors[0]
        return report

    def _documents(self, paths: Iterable[str | Path]) -> Iterator[DocumentExtraction]:
        for path in expand_paths(paths):
            if isinstance(path, Refused):
                yield DocumentExtraction(source=str(path.path), error=path.reason)
            elif path == STDIN:
                yield self.extractor.extract_text(sys.stdin.read(), source=STDIN)
            else:
                yield self.extractor.extract_file(Path(path))

    def _articles(self, paths: Iterable[str | Path], report: LoadReport) -> Iterator[PendingArticle]:
        for doc in self._documents(paths):
            report.files += 1
            if doc.error:
                report.failures.append(Failure(doc.source, doc.error))
            else:
                for pending in pending_articles(doc):
                    problem = date_problem(pending.extraction.article.date)
                    if problem is None:
                        yield pending
                    else:
                        report.refused += 1  # added to the stats by load(): the writer thread owns them
                        report.failures.append(Failure(doc.source, f"article {pending.id}: {problem}"))
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
        stamp = new_stamp()  # one per write, kept across retries: see the module docstring
        try:
            return [self._retrying(lambda: self.writer.write(batch, stamp), report)]
        except AuthError as exc:
            raise GraphUnavailableError(
                f"Neo4j refused the credentials at {_address(self.uri)}: {_one_line(exc)}"
            ) from exc
        except (Neo4jError, ValueError, TypeError) as exc:
            if len(batch) > 1:
                return [r for p in batch for r in self._write_isolating([p], report)]
            failed = BatchResult()
            failed.stats.articles_failed = 1
            failed.outcomes[batch[0].id] = FAILED
            report.failures.append(Failure(batch[0].source, f"article {batch[0].id}: {exc}"))
            return [failed]
