"""The example clients answer the canonical question on the sample corpus.

Each runs as a user would run it (a subprocess, settings from the environment,
outside the checkout so no `.env` interferes) against the test server loaded
with data/corpus through the real pipeline.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from core.settings import PROJECT_ROOT, Settings

pytestmark = pytest.mark.neo4j

EXAMPLES = PROJECT_ROOT / "examples"


def _run_example(script: str, settings: Settings, cwd) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEO4J_")}
    env.update(
        NEO4J_URI=settings.neo4j_uri,
        NEO4J_USER=settings.neo4j_user,
        NEO4J_HOME=str(settings.neo4j_home),
        NEO4J_BOLT_PORT=str(settings.neo4j_bolt_port),
        NEO4J_DATABASE=settings.neo4j_database,
    )
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script)], capture_output=True, text=True, env=env, cwd=cwd, timeout=120
    )


@pytest.mark.parametrize("script", ["canonical_question_driver.py", "canonical_question_py2neo.py"])
def test_example_answers_hainan_and_shandong(sample_graph, test_settings, tmp_path, script):
    done = _run_example(script, test_settings, tmp_path)
    assert done.returncode == 0, done.stderr
    provinces = [line for line in done.stdout.splitlines() if line.startswith("- ")]
    assert len(provinces) == 2
    assert any("Hải Nam (province:cn-hi)" in line for line in provinces)
    assert any("Sơn Đông (province:cn-sd)" in line for line in provinces)


def test_py2neo_speaks_bolt_4_with_neo4j_5(sample_graph, test_settings):
    """py2neo 2021.2.4 (end of life) knows Bolt up to 4.3; Neo4j 5.26 still accepts it."""
    from py2neo import Graph

    graph = Graph(
        test_settings.neo4j_uri,
        auth=(test_settings.neo4j_user, test_settings.resolved_password()),
        name=test_settings.neo4j_database,
    )
    assert graph.run("RETURN 1 AS one").evaluate() == 1
    connection = next(iter(graph.service.connector._pools.values()))._free_list[0]
    assert connection.protocol_version[0] == 4
