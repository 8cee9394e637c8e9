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


def test_a_module_that_reads_it_while_collecting_is_skipped_whole(tmp_path: Path) -> None:
    module = tmp_path / "test_reads_gold.py"
    module.write_text(
        "from pathlib import Path\nfrom tests.shared_eval import require\n"
        f"GOLD = Path({str(tmp_path / 'gold.json')!r})\nrequire(GOLD, module=True)\n"
        "QUESTIONS = GOLD.read_text()\n\ndef test_never_runs():\n    assert False\n",
        encoding="utf-8",
    )
    result = pytest.main(["-q", "-p", "no:cacheprovider", "-rs", str(module)])
    assert result == pytest.ExitCode.NO_TESTS_COLLECTED or result == pytest.ExitCode.OK
