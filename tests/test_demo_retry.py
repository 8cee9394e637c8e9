"""`edkg demo` meets a Neo4j that is not up yet: its load waits (retrying with backoff) and completes.

The bug this guards against: the demo called the `load` command function directly, typer's old-style default
for `retry_seconds` arrived as an `OptionInfo`, and the first retry failed with `float + OptionInfo`. Here a real
`edkg demo --no-serve` runs against the test server (NEO4J_URI and NEO4J_PASSWORD given, so the demo provisions
nothing) while that server is stopped; a thread starts it a few seconds later.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from neo4j import Driver

from core.settings import PROJECT_ROOT, Settings
from graph.loading import pending_articles
from graph.local_server import LocalNeo4j
from graph.writer import has_facts
from loaders.pipeline import Extractor
from tests.conftest import CORPUS, wipe

pytestmark = pytest.mark.neo4j

EDKG = Path(sys.executable).with_name("edkg")


def _sample_article_ids() -> set[str]:
    """The sample corpus's articles that a load writes (not duplicates, something read from them)."""
    return {
        p.id
        for doc in Extractor().extract_paths([CORPUS])
        for p in pending_articles(doc)
        if not p.extraction.article.duplicate_of and has_facts(p)
    }


def test_demo_waits_for_a_neo4j_that_starts_late_and_loads_the_sample(
    driver: Driver, neo4j_server: LocalNeo4j, test_settings: Settings, tmp_path: Path
):
    wipe(driver, test_settings.neo4j_database)
    env = {
        "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",
        "HOME": str(tmp_path),
        "NEO4J_URI": test_settings.neo4j_uri,
        "NEO4J_PASSWORD": test_settings.resolved_password() or "",
        "NEO4J_HOME": str(test_settings.neo4j_home),
        "NEO4J_BOLT_PORT": str(test_settings.neo4j_bolt_port),
        "NEO4J_HTTP_PORT": str(test_settings.neo4j_http_port),
    }
    neo4j_server.stop()
    starter = threading.Thread(target=lambda: (time.sleep(4), neo4j_server.start()))
    try:
        starter.start()
        proc = subprocess.run(
            [str(EDKG), "demo", "--no-serve", "--corpus", str(CORPUS)],
            env=env,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        starter.join()
        neo4j_server.start()  # running again for the tests after this one, whatever happened
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "Neo4j unreachable" in output and "retrying in" in output  # it did meet the stopped server
    assert "OptionInfo" not in output and "Traceback" not in output
    assert "edkg is ready" in output
    loaded = {r["id"] for r in driver.execute_query("MATCH (a:Article) RETURN a.id AS id")[0]}
    assert loaded == _sample_article_ids() and loaded
