"""The `neo4j` marker is a check, not a habit: a test that uses the server's fixtures without it is refused at
collection (tests/conftest.py), so `pytest -m "not neo4j"` never starts a server and never fails for want of one."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")
INI = """
[pytest]
markers =
    neo4j: needs the real Neo4j server
"""


def test_a_test_using_the_server_without_the_marker_is_refused(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makeini(INI)
    pytester.makepyfile(
        test_unmarked="def test_reads_the_graph(driver):\n    pass\n",
        test_marked="import pytest\n\n\n@pytest.mark.neo4j\ndef test_reads_the_graph(driver):\n    pass\n",
    )
    result = pytester.runpytest("-m", "not neo4j", "-p", "no:cacheprovider")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*must be marked `neo4j`*", "*test_unmarked.py::test_reads_the_graph*"])
    assert "test_marked.py" not in result.stderr.str()


def test_marked_tests_are_left_out_of_the_offline_suite(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makeini(INI)
    pytester.makepyfile(
        test_some="import pytest\n\n\n@pytest.mark.neo4j\ndef test_online(driver):\n    pass\n\n\n"
        "def test_offline():\n    pass\n"
    )
    result = pytester.runpytest("-m", "not neo4j", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, deselected=1)
