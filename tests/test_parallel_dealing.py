"""`edkg load --jobs N` reads what one job reads, though each worker's resolver knows only part of the inputs.

Each worker remembers only the names it read itself and what the main process sent it, so a worker may resolve
a shared name otherwise than one job would (`loaders/parallel.py`). The main process replays each worker's
questions to its own resolver in input order and reads again, itself, a document whose answers differ. These
tests pin that: N jobs give one job's documents, and without the replay they would not.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from neo4j import Driver

from core.settings import Settings
from graph.loading import Loader
from graph.writer import GraphWriter
from loaders import walking
from loaders.parallel import (
    IN_PROCESS_BELOW,
    Extracted,
    _chunks,
    default_jobs,
    extract_all,
    extract_one,
    hand_on,
    worker_reader,
)
from loaders.pipeline import Extractor
from tests.conftest import wipe
from tests.test_load_fixtures import dump

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "data" / "real"


def _leaning_inputs(real: int) -> list[walking.Input]:
    """Files that lean on one another: the hand-written ones of `tests/data` and `data/corpus` (the same people
    in English and Vietnamese, roles named once) and the first `real` dev articles of the real set."""
    hand = [
        item
        for item in walking.walk([ROOT / "tests" / "data", ROOT / "data" / "corpus"])
        if REAL not in Path(str(getattr(item, "path", item))).parents
    ]
    names = json.loads((REAL / "gold.json").read_text(encoding="utf-8"))["splits"]["dev"]
    return [*hand, *(REAL / "articles" / name for name in sorted(names)[:real])]


def _workers_alone(items: list[walking.Input], jobs: int, chunk: int) -> list[Extracted]:
    """What `jobs` workers would give with no replay: chunk k read by reader k mod `jobs`, duplicates flagged."""
    caller = Extractor()
    readers = [worker_reader(caller.max_bytes) for _ in range(jobs)]
    results: list[Extracted] = []
    for number, batch in enumerate(_chunks(items, chunk)):
        reader = readers[number % jobs]
        results.extend(hand_on(caller, extract_one(reader, item)) for item in batch)
    return results


def test_two_jobs_give_the_documents_of_one_job_though_workers_alone_would_not() -> None:
    items = _leaning_inputs(60)
    one = list(extract_all(Extractor(), items, jobs=1))
    assert _workers_alone(items, jobs=2, chunk=1) != one  # else this test would prove little
    for chunk in (1, 5):
        assert list(extract_all(Extractor(), items, jobs=2, chunk=chunk)) == one


@pytest.mark.neo4j
def test_two_jobs_load_the_graph_of_one_job_from_files_that_lean_on_one_another(
    empty_graph: Driver, test_settings: Settings
) -> None:
    """`edkg load --jobs 2` against the real server: the canonical dump equals the one of `--jobs 1`, node for
    node and property for property (names, aliases, evidence), on the files where workers alone would differ."""
    driver, db = empty_graph, test_settings.neo4j_database
    items = [Path(str(item)) for item in _leaning_inputs(60) if not isinstance(item, walking.Refused)]
    graphs = []
    for jobs in (1, 2):
        wipe(driver, db)
        writer = GraphWriter(driver, db, batch_articles=20)
        report = Loader(driver, db, Extractor(), writer=writer, jobs=jobs).load(items)
        assert report.stats.articles_new > 60
        graphs.append(dump(driver))
    assert graphs[0] == graphs[1]
    wipe(driver, db)


def test_without_jobs_a_small_load_reads_in_process_and_a_large_one_on_every_core() -> None:
    assert default_jobs(5) == 1  # `edkg load data/corpus`: a worker's start-up would cost more than it saves
    assert default_jobs(IN_PROCESS_BELOW) == (os.cpu_count() or 1)
