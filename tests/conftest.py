"""Shared fixtures: a real Neo4j server for the tests, never a mock.

The tests run against their own server home (`.neo4j/test`, Bolt 17687, HTTP
17474 by default) so that `make test` never wipes the graph a user loaded with
`make demo`. The session fixture starts that server when it is not running
and stops it at the end only if it started it (it leaves it as it found it).
TEST_NEO4J_HOME / TEST_NEO4J_BOLT_PORT / TEST_NEO4J_HTTP_PORT move it; TEST_API_PORT
is where the end-to-end test serves the API (the Browser's guide).

Every test that needs the server carries the `neo4j` marker, so `pytest -m "not neo4j"` is a suite that runs
without one; a test that uses the server's fixtures without the marker is refused at collection
(`pytest_collection_modifyitems`). The shared fixtures live here, none is imported from a module.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

from core.settings import PROJECT_ROOT, Settings

SHARED = PROJECT_ROOT.parent / "shared"
CORPUS = PROJECT_ROOT / "data" / "corpus"


SERVER_FIXTURES = frozenset({"neo4j_server", "driver", "empty_graph", "sample_graph"})
"""Fixtures that start or use the test server: a test using any of them (directly or through another fixture)
must be marked `neo4j`."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Refuse a test that uses the server without the `neo4j` marker: it would start a server in the offline
    suite (`-m "not neo4j"`), or fail there for want of one."""
    unmarked = [
        item.nodeid
        for item in items
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())) and item.get_closest_marker("neo4j") is None
    ]
    if unmarked:
        raise pytest.UsageError("tests that use the Neo4j server must be marked `neo4j`:\n  " + "\n  ".join(unmarked))


def make_test_settings(**overrides: object) -> Settings:
    """Settings for the test server, independent of the user's environment and `.env`."""
    bolt = int(os.environ.get("TEST_NEO4J_BOLT_PORT", "17687"))
    values = dict(
        neo4j_home=Path(os.environ.get("TEST_NEO4J_HOME", PROJECT_ROOT / ".neo4j" / "test")),
        neo4j_bolt_port=bolt,
        neo4j_http_port=int(os.environ.get("TEST_NEO4J_HTTP_PORT", "17474")),
        neo4j_uri=f"bolt://127.0.0.1:{bolt}",
        neo4j_user="neo4j",
        neo4j_password=None,
        neo4j_database="neo4j",
        neo4j_heap="1g",
        neo4j_pagecache="512m",
        # the test server's Browser opens on the guide served by the test API on this port (test_browser_e2e)
        api_host="127.0.0.1",
        api_port=int(os.environ.get("TEST_API_PORT", "18000")),
        # the tests start many apps on graphs they rewrite; the one that asks a canonical question cold turns it on
        api_warm_plans=False,
        # budgets of a loaded machine: a test asserts what the API answers, not how fast (a search answered 504
        # under 2 s on a shared 2-core machine failed tests that do not ask about time); the deadline tests set
        # their own small budgets (test_api_deadlines, test_mcp)
        api_read_timeout=60.0,
        api_search_timeout=60.0,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


OFFLINE_PASSWORD = "offline-never-sent"
"""The password of the settings of tests whose requests never reach Neo4j (`make_offline_settings`)."""


def make_offline_settings(**overrides: object) -> Settings:
    """Test settings with a placeholder password, for tests whose requests never reach Neo4j: the driver connects
    lazily, so they run without a server (`-m "not neo4j"`), and one that did reach a server would be refused."""
    return make_test_settings(**{"neo4j_password": OFFLINE_PASSWORD, **overrides})


@pytest.fixture(scope="session")
def test_settings() -> Settings:
    return make_test_settings()


@pytest.fixture(scope="session")
def neo4j_server(test_settings: Settings):
    from graph.local_server import LocalNeo4j

    server = LocalNeo4j(test_settings)
    was_running = server.pid() is not None
    server.start()
    yield server
    if not was_running:
        server.stop()


@pytest.fixture(scope="session")
def driver(neo4j_server, test_settings: Settings) -> Iterator[Driver]:
    from graph.driver import open_driver

    with open_driver(test_settings) as drv:
        yield drv


def wipe(driver: Driver, database: str = "neo4j") -> None:
    """Delete every node and relationship (the schema stays)."""
    from graph.schema import wipe_graph

    wipe_graph(driver, database)


@pytest.fixture
def empty_graph(driver: Driver, test_settings: Settings) -> Driver:
    """A driver on an empty graph with the schema applied."""
    from graph.schema import apply_schema

    apply_schema(driver, test_settings.neo4j_database)
    wipe(driver, test_settings.neo4j_database)
    return driver


def load_sample(driver: Driver, database: str) -> None:
    """Empty the graph, then load every file of the sample corpus with the extractor and the writer."""
    from graph.loading import Loader
    from loaders.pipeline import Extractor

    wipe(driver, database)
    report = Loader(driver, database, Extractor()).load([CORPUS])
    assert not report.failures, f"the sample corpus did not load: {report.failures}"
    assert report.stats.articles_new >= 5, f"too few articles loaded from {CORPUS}: {report.stats}"


@pytest.fixture(scope="module")
def sample_graph(driver: Driver, test_settings: Settings) -> Driver:
    """A driver on the test server holding exactly the sample corpus (data/corpus) loaded through the real pipeline.

    Why module-scoped, wiping and loading: other test modules empty the shared test server between tests, so each
    reading module starts from exactly the graph `edkg load data/corpus` builds. A missing extractor or writer makes
    the fixture raise, so the reading tests fail rather than skip.
    """
    load_sample(driver, test_settings.neo4j_database)
    return driver
