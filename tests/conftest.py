"""Shared fixtures: a real Neo4j server for the tests, never a mock.

The tests run against their own server home (`.neo4j/test`, Bolt 17687, HTTP
17474 by default) so that `make test` never wipes the graph a user loaded with
`make demo`. The session fixture starts that server when it is not running
and stops it at the end only if it started it (it leaves it as it found it).
TEST_NEO4J_HOME / TEST_NEO4J_BOLT_PORT / TEST_NEO4J_HTTP_PORT move it; TEST_API_PORT
is where the end-to-end test serves the API (the Browser's guide).
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


def make_test_settings(**overrides) -> Settings:
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
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


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
