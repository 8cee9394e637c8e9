"""`edkg load --jobs N` deals chunks of files to its workers in turn, so its result depends on the inputs only.

Each worker remembers only the names it read itself (`loaders/parallel.py`), so which files a worker reads
decides how a shared name is resolved. With a shared pool that was whichever worker was free: two runs over the
same files could give different graphs. These tests pin the rule: chunk k goes to worker k mod N.
"""

from __future__ import annotations

import json
from pathlib import Path

from loaders import walking
from loaders.parallel import Extracted, _chunks, extract_all, extract_one, hand_on, worker_reader
from loaders.pipeline import Extractor

REAL = Path(__file__).resolve().parent / "data" / "real"


def _real_dev_articles(count: int) -> list[walking.Input]:
    """The first `count` dev articles of the real set: real pages that share people and bodies across files."""
    names = json.loads((REAL / "gold.json").read_text(encoding="utf-8"))["splits"]["dev"]
    return [REAL / "articles" / name for name in sorted(names)[:count]]


def _dealt_in_turn(items: list[walking.Input], jobs: int, chunk: int) -> list[Extracted]:
    """What `extract_all` must give: `jobs` readers in this process, chunk k read by reader k mod `jobs`."""
    caller = Extractor()
    readers = [worker_reader(caller.max_bytes) for _ in range(jobs)]
    results: list[Extracted] = []
    for number, batch in enumerate(_chunks(items, chunk)):
        reader = readers[number % jobs]
        results.extend(hand_on(caller, extract_one(reader, item)) for item in batch)
    return results


def test_two_jobs_give_what_readers_dealt_chunks_in_turn_give() -> None:
    items = _real_dev_articles(100)
    expected = _dealt_in_turn(items, jobs=2, chunk=1)
    for _ in range(2):
        assert list(extract_all(Extractor(), items, jobs=2, chunk=1)) == expected


def test_which_worker_reads_a_file_changes_what_it_remembers() -> None:
    """Why dealing matters: the same files dealt otherwise read differently (else the test above proves little)."""
    items = _real_dev_articles(100)
    assert _dealt_in_turn(items, jobs=2, chunk=1) != _dealt_in_turn(items, jobs=1, chunk=1)
