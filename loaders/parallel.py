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
  compared), and the caller's own work on them runs on the other core.
- Chunks, not single files: one round trip per file would cost more than
  extracting a short article.
- Workers are spawned, not forked: the parent has threads (the writer, rich's
  progress bar, the driver's pool), and forking a process with threads can
  copy a held lock into the child.
- An exception raised by our own code while extracting one input is a bug,
  not bad input: it comes back as a `Crash` with its traceback (the input is
  reported as failed, the others go on, and the caller shows the traceback),
  never as an "unreadable file".

- Canonical names in input order: an entity's name in the graph is the first
  spelling read for its id (`Resolver.canonical`), so a worker keeps every
  name as read (`_ReadNames`) and the main process names the entities of each
  document in input order with its own Resolver, as one job does.

What a worker does not share (measured on the 95 files of `tests/data` and
`data/corpus`, where articles deliberately lean on one another: 19 of them
differ from one job, the sample corpus and synthetic corpora do not): each worker's Resolver
remembers only the people and roles it read itself, so a name read in a file
another worker extracts may be resolved differently — an English article's
`Nguyen Hong Dien` gets its marked spelling in an event's name only if the same
worker read it marked, a role read without its ministry is completed from the
worker's own memory, a pinyin alias is generated only where the Hán-Việt name
was read. Files go to the workers in chunks of neighbouring files, so most of
that context is kept; `--jobs 1` keeps the strict single-reader order.

- Chunks are dealt to the workers in turn (chunk k to worker k mod `jobs`),
  not to whichever is free: what a worker remembers then depends only on the
  inputs, `jobs` and `chunk`, never on timing, so two runs of `--jobs 2` over
  the same files give the same graph (with a shared pool they differed: 620 of
  10,000 synthetic articles between two runs, 2026-12-03). Results are taken in
  input order anyway, so a free worker could not hand on its chunk sooner.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from core.text import strip_diacritics
from loaders.models import DocumentExtraction, Entity
from loaders.pipeline import Extractor
from loaders.resolution import Resolver
from loaders.walking import STDIN, Input, Refused

CHUNK_FILES = 16
"""Files sent to a worker at a time (small articles: enough to amortise the round trip)."""


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


_NAMED_HERE = "\x00canonical name and aliases here\x00"
"""Where a worker's `_ReadNames.canonical` would have named the entity: the main process names it there."""


class _ReadNames(Resolver):
    """A worker's resolver: entities keep the name they were read with and get a marker where the canonical
    name's aliases go (`_name_in_order` replaces it in the main process, in input order); the names are still
    recorded, so `name(id)` answers inside the worker, and the aliases only the worker can generate (pinyin of
    a Hán-Việt name) are added as `Resolver.canonical` adds them."""

    def canonical(self, entity: Entity) -> Entity:
        first = self._names.setdefault(entity.id, entity.name)
        if entity.name != first and first == strip_diacritics(first) and strip_diacritics(entity.name) == first:
            self._names[entity.id] = entity.name  # as `Resolver.canonical`: the marked spelling, once read
        entity.aliases.append(_NAMED_HERE)
        for alias in self._aliases.get(entity.id, ()):
            if alias != entity.name and alias not in entity.aliases:
                entity.aliases.append(alias)
        return entity


def _name_in_order(resolver: Resolver, entity: Entity) -> None:
    """Give an entity from a worker the name and aliases `resolver.canonical` gives it in input order."""
    if _NAMED_HERE not in entity.aliases:
        return
    at = entity.aliases.index(_NAMED_HERE)
    named = Entity(entity.id, entity.label, entity.name, aliases=entity.aliases[:at])
    resolver.canonical(named)
    entity.name = named.name
    later = entity.aliases[at + 1 :]
    entity.aliases = named.aliases + [a for a in later if a not in named.aliases and a != named.name]


_worker: Extractor | None = None


def worker_reader(max_bytes: int, alone: bool = False) -> Extractor:
    """The Extractor a worker process reads with. `alone`: the only worker, which reads every input in order,
    so its own Resolver names entities as the caller's would (and its later stages, an event's name, read those
    names); else `_ReadNames`. Duplicates are flagged by the caller (`hand_on`), so not here."""
    reader = Extractor(max_bytes=max_bytes, dedup=False)
    if not alone:
        reader.resolver = _ReadNames()
    return reader


def _start_worker(max_bytes: int, alone: bool = False) -> None:
    global _worker
    _worker = worker_reader(max_bytes, alone)


def _extract_chunk(items: list[Input]) -> list[Extracted]:
    assert _worker is not None, "the worker was not initialised"
    return [extract_one(_worker, item) for item in items]


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
    core. One worker reads every input in order, as this process would, so the results are those of one job
    in process (measured: the same 10,000 synthetic articles; two workers differ, see the module docstring):
    it names entities itself, with its own Resolver, and this process's `extractor` learns no names.

    `ahead`: chunks in flight (default `2 * jobs`); a caller that works in bursts (a batch of 500 articles
    written at once) asks for a batch's worth, so the workers go on reading meanwhile instead of waiting."""
    if jobs <= 1 and not offload:
        for item in items:
            yield extract_one(extractor, item)
        return
    context = multiprocessing.get_context("spawn")
    with ExitStack() as stack:
        workers = [
            stack.enter_context(
                ProcessPoolExecutor(
                    max_workers=1,
                    mp_context=context,
                    initializer=_start_worker,
                    initargs=(extractor.max_bytes, jobs <= 1),
                )
            )
            for _ in range(max(1, jobs))
        ]
        pending: deque[Future[list[Extracted]] | None] = deque()  # None: standard input, at its place
        try:
            for number, batch in enumerate(_chunks(items, chunk)):
                worker = workers[number % len(workers)]  # dealt in turn: see the module docstring
                pending.append(None if batch == [STDIN] else worker.submit(_extract_chunk, batch))
                if len(pending) >= (ahead or 2 * jobs):
                    yield from _in_order(extractor, pending.popleft())
            while pending:
                yield from _in_order(extractor, pending.popleft())
        finally:
            for future in pending:
                if future is not None:
                    future.cancel()


def _in_order(extractor: Extractor, future: Future[list[Extracted]] | None) -> Iterator[Extracted]:
    """A chunk's results in order, their duplicates flagged and entities named in input order (see the module
    docstring); standard input is read and extracted here, by `extractor` itself, once everything before it was."""
    if future is None:
        yield extract_one(extractor, STDIN)
        return
    for result in future.result():
        yield hand_on(extractor, result)


def hand_on(extractor: Extractor, result: Extracted) -> Extracted:
    """What the caller's process does to a worker's result, in input order: duplicates flagged, entities named."""
    if isinstance(result, DocumentExtraction):
        extractor.flag_duplicates(result)
        for article in result.articles:
            for entity in article.entities:
                _name_in_order(extractor.resolver, entity)
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
