"""The shared evaluation material (`../shared/eval`: the scorer, the gold) and one way to do without it.

Why one helper: this material lives next to the checkout, not in it. When it is
missing, every test that needs it is skipped with the same reason naming the
missing file, instead of one test skipping and its neighbour failing with a
bare `exit status 2` from a scorer that is not there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED

EVAL = SHARED / "eval"
SCORER = EVAL / "score.py"
GOLD = EVAL / "gold_seeds.json"


def require(*paths: Path, module: bool = False) -> None:
    """Skip the calling test (or fixture) unless every one of `paths` exists, naming the first missing one.
    `module=True` at the top of a test module that reads the material while collecting (a parametrize list):
    the whole module is skipped instead of the collection failing, which would stop every other test."""
    for path in paths:
        if not path.exists():
            pytest.skip(
                f"{path} is missing: this test needs the shared evaluation material next to the checkout ({SHARED})",
                allow_module_level=module,
            )
