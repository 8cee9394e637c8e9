"""Without the shared evaluation material, every test that needs it is skipped with one clear reason."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_eval import SCORER, require


def test_a_missing_file_skips_with_its_name(tmp_path: Path) -> None:
    missing = tmp_path / "eval" / "score.py"
    with pytest.raises(pytest.skip.Exception, match=f"{missing} is missing: this test needs the shared evaluation"):
        require(SCORER.parent, missing)


def test_present_files_do_not_skip() -> None:
    require(Path(__file__))
