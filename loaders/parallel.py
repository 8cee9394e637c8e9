"""Extracting a stream of inputs in order, in this process or in worker processes (`edkg load --jobs N`).

Why worker processes: extraction is pure Python (the GIL), so threads would
not use a second core; with `jobs` > 1 the files go to `jobs` processes while
the caller (the loader's writer) works on what came back.

Why this shape:
- Results come back in input order, whatever the order the workers finish in:
  the first of two copies of an article is the one loaded, as with one job.
- Duplicates are flagged here, in the main process, in input order (each
  worker's Extractor is made with `dedup=False`): `--jobs 2` flags exactly the
  articles `--jobs 1` flags.
- Memory is bounded: inputs go out in chunks of `chunk` files and at most
  `2 * jobs` chunks are in flight; the next chunk is sent only when the oldest
  one has been handed on. Not `Pool.imap`: its feeder thread reads the whole
  input ahead and its result buffer grows without bound when the consumer
  (the writer, waiting for Neo4j) is slower than the workers.
- One job can still run in a worker process (`offload`, what `edkg load --bulk` does): one reader sees every
  input in order, so its results are those of this process (the 10,000 synthetic articles of the benchmark,
  compared) with nothing to replay, and the caller's own work on them runs on the other core.
- Chunks, not single files: one round trip per file would cost more than
  extracting a short article.
- Workers are spawned, not forked: the parent has threads (the writer, rich's
  progress bar, the driver's pool), and forking a process with threads can
  copy a held lock into the child.
- An exception raised by our own code while extracting one input is a bug,
  not bad input: it comes back as a `Crash` with its traceback (the input is
  reported as failed, the others go on, and the caller shows the traceback),
  never as an "unreadable file".

- The graph of one job, whatever `jobs`: every stage that reads across documents asks the `Resolver` (a person's
  id among namesakes, an entity's canonical name, a role completed from an earlier article, a pinyin alias), and a
  stage's output depends only on its page and the resolver's answers. So a worker's resolver writes down every
  question and answer (`Resolver.log`), and the main process asks its own resolver the same questions in input
  order (`Resolver.replay`): where every answer agrees, the worker's result is the one this process would have
  read, and the main resolver has learned from it what one job learns; where one differs (the worker had not read
  a name another worker read first), the replay's changes are taken back and the main process reads that input
  again itself, in its place. Measured: 14 of the 130 inputs of `tests/data`, `data/corpus` and the first 100
  real dev articles (pages that lean on one another) are read again, 11 of 2,000 synthetic articles; the
  replay costs the main process about 4% of the extraction's time (2026-12-06). Before, with each worker
  resolving alone, 32 of those 130 came out differently from one job.
- What this process reads itself (a document read again, standard input) and what the documents of one worker
  taught it are sent with the next chunk of every other worker (`learned`: the questions asked again there), so
  the workers' resolvers answer as this one does more often (17 documents read again without it, 14 with).
- Chunks are dealt to the workers in turn (chunk k to worker k mod `jobs`),
  not to whichever is free: which documents are read twice then depends only
  on the inputs, `jobs` and `chunk`, never on timing (the graph is one job's
  either way). Results are taken in input order anyway, so a free worker
  could not hand on its chunk sooner.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from loaders.models import DocumentExtraction
from loaders.pipeline import Extractor
from loaders.resolution import Call, Resolver
from loaders.walking import STDIN, Input, Refused

CHUNK_FILES = 16
"""Files sent to a worker at a time (small articles: enough to amortise the round trip)."""


IN_PROCESS_BELOW = 1_000
"""Without `--jobs`, a load of fewer files than this reads them in the command's own process: a worker process
takes ~4 s to start (its gazetteers and automata), the time one process reads ~500–1,000 articles in (4–8 ms each)."""


def default_jobs(files: int) -> int:
    """Extraction processes when `--jobs` is not given: one per core for a large load (the graph is the same
    whatever the number, `loaders/parallel.py`; 2 jobs read 1.25–1.27x the articles/s of one job on a quiet
    machine, docs/performance.md), the command's own process for a small one (`IN_PROCESS_BELOW`)."""
    return (os.cpu_count() or 1) if files >= IN_PROCESS_BELOW else 1


@dataclass(frozen=True, slots=True)
class Crash:
    """An exception our own code raised while extracting one input (a bug, not bad input)."""

    source: str
    error: str  # "TypeError: unsupported operand …"
    traceback: str


Extracted = DocumentExtraction | Crash


class Reading(Protocol):
    """What `extract_one` needs of an `Extractor` (tests pass a stand-in)."""

    def extract_file(self, path: Path) -> DocumentExtraction: ...

    def extract_stream(self, stream: BinaryIO | None = None, source: str = "-") -> DocumentExtraction: ...


def extract_one(extractor: Reading, item: Input) -> Extracted:
    """One input as a DocumentExtraction (an unreadable one with its `error`), or a Crash for a bug."""
    source = str(item.path) if isinstance(item, Refused) else str(item)
    try:
        if isinstance(item, Refused):
            return DocumentExtraction(source=source, error=item.reason)
        if item == STDIN:
            return extractor.extract_stream(source=STDIN)
        return extractor.extract_file(Path(item))
    except Exception as exc:  # a bug in one input's extraction must not stop the others
        return Crash(source, f"{type(exc).__name__}: {exc}", traceback.format_exc())


_worker: Extractor | None = None


def worker_reader(max_bytes: int, alone: bool = False) -> Extractor:
    """The Extractor a worker process reads with. `alone`: the only worker, which reads every input in order,
    so its own Resolver answers as the caller's would; else one that logs its questions (`Resolver.log`), which
    the caller replays in input order. Duplicates are flagged by the caller (`hand_on`), so not here."""
    reader = Extractor(max_bytes=max_bytes, dedup=False)
    if not alone:
        reader.resolver.log = []
    return reader


def _start_worker(max_bytes: int, alone: bool = False) -> None:
    global _worker
    _worker = worker_reader(max_bytes, alone)


Read = tuple[Extracted, list[Call]]
"""A worker's result for one input and the questions its resolver was asked reading it (none for a lone reader)."""


def read_one(reader: Extractor, item: Input) -> Read:
    """One input read by `reader`, with the log of its resolver's questions if it keeps one (`Resolver.log`)."""
    resolver = reader.resolver
    if resolver.log is None:
        return extract_one(reader, item), []
    resolver.log = []
    result = extract_one(reader, item)
    log, resolver.log = resolver.log, []
    return result, log


def _extract_chunk(items: list[Input], learn: list[list[Call]]) -> list[Read]:
    assert _worker is not None, "the worker was not initialised"
    learned(_worker.resolver, learn)
    return [read_one(_worker, item) for item in items]


def learned(resolver: Resolver, logs: list[list[Call]]) -> None:
    """Let a worker's resolver learn what the documents the other workers read taught the caller's (their
    questions, asked again here): it then answers as the caller's does more often, so fewer documents are read
    twice."""
    for log in logs:
        for call in log:
            resolver.answer(call)


def extract_all(
    extractor: Extractor,
    items: Iterable[Input],
    jobs: int = 1,
    chunk: int = CHUNK_FILES,
    *,
    offload: bool = False,
    ahead: int = 0,
) -> Iterator[Extracted]:
    """Every item extracted, in order; `jobs` > 1 extracts in that many worker processes (see the module).

    `offload` with one job: the one reader runs in a worker process instead of this one, so that what the caller
    does with each result (`edkg load --bulk` turns it into import files) runs beside the extraction, on another
    core. One worker reads every input in order, as this process would, so its results are those of one job
    in process: it names entities itself, with its own Resolver, and this process's `extractor` learns no names.

    `ahead`: chunks in flight (default `2 * jobs`); a caller that works in bursts (a batch of 500 articles
    written at once) asks for a batch's worth, so the workers go on reading meanwhile instead of waiting."""
    if jobs <= 1 and not offload:
        for item in items:
            yield extract_one(extractor, item)
        return
    alone = jobs <= 1
    context = multiprocessing.get_context("spawn")
    with ExitStack() as stack:
        workers = [
            stack.enter_context(
                ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=context,
                    initializer=_start_worker,
                    initargs=(extractor.max_bytes, alone),
                )
            )
            for _ in range(max(1, jobs))
        ]
        order = _InOrder(extractor, len(workers), alone)
        pending: deque[_Chunk] = deque()
        logged = extractor.resolver.log
        if not alone:
            extractor.resolver.log = []  # what this process reads itself is taught to the workers
        try:
            for number, batch in enumerate(_chunks(items, chunk)):
                at = number % len(workers)  # dealt in turn: see the module docstring
                if batch == [STDIN]:
                    pending.append(_Chunk(batch, None, at))
                else:
                    pending.append(_Chunk(batch, workers[at].submit(_extract_chunk, batch, order.unseen(at)), at))
                if len(pending) >= (ahead or 2 * jobs):
                    yield from order.hand_on(pending.popleft())
            while pending:
                yield from order.hand_on(pending.popleft())
        finally:
            extractor.resolver.log = logged
            for waiting in pending:
                if waiting.future is not None:
                    waiting.future.cancel()


@dataclass(frozen=True, slots=True)
class _Chunk:
    """Inputs sent to worker `at` (`future`: their results), or standard input (`future` None), read here."""

    items: list[Input]
    future: Future[list[Read]] | None
    at: int


class _InOrder:
    """The caller's side of `extract_all`: each worker's results taken in input order, checked against the
    caller's resolver (`Resolver.replay`), read again here where it answers otherwise; and, per worker, the
    logs of the documents it did not read itself, sent with its next chunk (`learned`)."""

    def __init__(self, extractor: Extractor, workers: int, alone: bool) -> None:
        self.extractor = extractor
        self.alone = alone
        self._unseen: list[list[list[Call]]] = [[] for _ in range(workers)]
        self.read_again = 0
        """Documents a worker's resolver read otherwise than one job's, read again in this process."""

    def unseen(self, worker: int) -> list[list[Call]]:
        """The logs to send with worker `worker`'s next chunk (emptied: each is sent once)."""
        logs, self._unseen[worker] = self._unseen[worker], []
        return logs

    def hand_on(self, chunk: _Chunk) -> Iterator[Extracted]:
        """A chunk's results in order, their duplicates flagged and their resolution that of one job (see the
        module docstring); standard input is read and extracted here, once everything before it was."""
        if chunk.future is None:
            result, log = read_one(self.extractor, STDIN)
            self._taught(log, chunk.at, by_worker=False)
            yield result
            return
        for item, (result, log) in zip(chunk.items, chunk.future.result(), strict=True):
            if self.alone:
                yield hand_on(self.extractor, result)
            elif self.extractor.resolver.replay(log):
                self._taught(log, chunk.at, by_worker=True)
                yield hand_on(self.extractor, result)
            else:  # the worker's resolver answered otherwise than one job's: read it again here, in order
                self.read_again += 1
                result, log = read_one(self.extractor, item)
                self._taught(log, chunk.at, by_worker=False)
                yield result

    def _taught(self, log: list[Call], at: int, *, by_worker: bool) -> None:
        if self.alone or not log:
            return
        for worker, logs in enumerate(self._unseen):
            if worker != at or not by_worker:
                logs.append(log)


def hand_on(extractor: Extractor, result: Extracted) -> Extracted:
    """What the caller's process does to a worker's result whose resolution it accepted: duplicates flagged."""
    if isinstance(result, DocumentExtraction):
        extractor.flag_duplicates(result)
    return result


def _chunks(items: Iterable[Input], size: int) -> Iterator[list[Input]]:
    """Runs of `size` inputs; standard input alone in its own chunk (it is read in this process)."""
    batch: list[Input] = []
    for item in items:
        if item == STDIN:
            if batch:
                yield batch
                batch = []
            yield [STDIN]
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
