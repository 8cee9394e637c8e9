"""The extraction is the same whatever the process's string hashing: ids, order and all.

Why a test of its own: Python salts `str` hashes per process (PYTHONHASHSEED), so iterating a set of strings can
order facts differently from one run to the next; the graph's ids are deterministic by design, and so must be
the order in which an article's facts are written (the JSON contract, the evidence kept first).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "real" / "articles"


def _extract(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run(
        [sys.executable, "-m", "edkg", "extract", str(ARTICLES), "--format", "json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_the_real_articles_extract_the_same_under_two_hash_seeds() -> None:
    assert _extract("1") == _extract("2")
