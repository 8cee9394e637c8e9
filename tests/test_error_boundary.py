"""The error boundary against the real server: the driver's exceptions become `core.errors` kinds in one place
(`graph.errors`), and the API answers each kind with its status (`api.errors.outcome`).

- refused credentials: `GraphAuthError`; the API answers 503 (its own configuration, not the client's fault);
- nothing listening where the server should be (what the driver sees of a stopped server):
  `GraphUnavailableError`; the API answers 503 with Retry-After;
- a Cypher syntax error in a query of ours: `QueryError`; the API answers 500 and logs the traceback, never a
  400 that would blame the client;
- a `TypeError` (a programming error) is not translated at all: it stays a `TypeError`.

The tests with no server (a closed port) are in the offline suite.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from pydantic import SecretStr
from starlette.requests import Request

from api.main import create_app
from api.queries import GraphReader, ReadTransaction, fetch
from core.errors import (
    EdkgError,
    GraphAuthError,
    GraphError,
    GraphRefusedError,
    GraphUnavailableError,
    InputError,
    QueryError,
)
from core.settings import Settings
from graph.driver import open_driver
from graph.errors import translated
from loaders.fetching import FetchError
from tests.conftest import make_offline_settings, make_test_settings


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wrong_password(settings: Settings) -> Settings:
    return make_test_settings(neo4j_password=SecretStr((settings.resolved_password() or "") + "-wrong"))


@pytest.mark.neo4j
def test_refused_credentials_are_a_graph_auth_error(neo4j_server: Any, test_settings: Settings) -> None:
    with (
        open_driver(_wrong_password(test_settings)) as driver,
        pytest.raises(GraphAuthError) as caught,
        translated(),
    ):
        driver.execute_query("RETURN 1")
    assert caught.value.code == "Neo.ClientError.Security.Unauthorized"
    assert not caught.value.retryable
    assert isinstance(caught.value, GraphUnavailableError) and isinstance(caught.value, EdkgError)


def test_no_server_is_a_graph_unavailable_error(test_settings: Settings) -> None:
    port = _closed_port()
    settings = make_test_settings(neo4j_uri=f"bolt://127.0.0.1:{port}", neo4j_password=SecretStr("irrelevant"))
    # an auto-commit query: `execute_query` would first retry for the driver's 30 s
    with (
        open_driver(settings) as driver,
        driver.session() as session,
        pytest.raises(GraphUnavailableError) as caught,
        translated(),
    ):
        session.run("RETURN 1").consume()
    assert not isinstance(caught.value, GraphAuthError)
    assert caught.value.retryable and caught.value.code == "ServiceUnavailable"


@pytest.mark.neo4j
def test_a_syntax_error_of_ours_is_a_query_error(driver: Driver, test_settings: Settings) -> None:
    with pytest.raises(QueryError) as caught, translated():
        driver.execute_query("MATC (n) RETURN n", database_=test_settings.neo4j_database)
    assert caught.value.code == "Neo.ClientError.Statement.SyntaxError"
    assert caught.value.__cause__ is not None  # the driver's own exception stays chained for the log


@pytest.mark.neo4j
def test_a_refused_request_is_a_graph_refused_error(driver: Driver, test_settings: Settings) -> None:
    with pytest.raises(GraphRefusedError), translated():
        driver.execute_query("RETURN 1 / $zero", zero=0, database_=test_settings.neo4j_database)


@pytest.mark.neo4j
def test_a_programming_error_is_not_translated(driver: Driver, test_settings: Settings) -> None:
    records, _, _ = driver.execute_query("RETURN 1 AS one", database_=test_settings.neo4j_database)
    with pytest.raises(TypeError), translated():
        records[0]["one"] + "1"
    with pytest.raises(KeyError), translated():
        records[0]["two"]


# -- the API's answers ---------------------------------------------------------------------------------------------


def _client(settings: Settings) -> Iterator[TestClient]:
    """The real application, plus one route that runs a query with a syntax error through the API's reader."""
    app = create_app(settings)

    async def broken_query(request: Request) -> list[dict[str, Any]]:
        reader: GraphReader = request.app.state.reader

        async def work(tx: ReadTransaction) -> list[dict[str, Any]]:
            return await fetch(tx, "MATC (n) RETURN n LIMIT 1", {})

        return await reader.transaction(work)

    app.add_api_route("/broken-query", broken_query)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def api(neo4j_server: Any, test_settings: Settings) -> Iterator[TestClient]:
    yield from _client(test_settings)


def _error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}, body
    error: dict[str, Any] = body["error"]
    return error


@pytest.mark.neo4j
def test_the_api_answers_refused_credentials_with_503(neo4j_server: Any, test_settings: Settings) -> None:
    for client in _client(_wrong_password(test_settings)):
        response = client.get("/health")
        error = _error(response, 503)
        assert error["code"] == "graph_unavailable"
        assert error["detail"] == {"reason": "Neo.ClientError.Security.Unauthorized"}
        assert "wrong" not in response.text and "password" not in response.text.lower()


def test_the_api_answers_a_stopped_server_with_503_and_retry_after() -> None:
    port = _closed_port()
    settings = make_test_settings(neo4j_uri=f"bolt://127.0.0.1:{port}", neo4j_password=SecretStr("irrelevant"))
    for client in _client(settings):
        response = client.get("/health")
        assert _error(response, 503)["code"] == "graph_unavailable"
        assert response.headers["Retry-After"].isdigit()


@pytest.mark.neo4j
def test_the_api_answers_a_syntax_error_of_its_own_with_500_and_logs_it(
    api: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="edkg.api")
    response = api.get("/broken-query", headers={"X-Request-ID": "req-syntax"})
    error = _error(response, 500)
    assert error["code"] == "internal_error" and error["detail"] == {"request_id": "req-syntax"}
    assert "MATC" not in response.text and "SyntaxError" not in response.text
    logged = [r for r in caplog.records if r.name == "edkg.api" and r.levelno == logging.ERROR]
    assert logged and logged[-1].exc_info is not None, "the traceback of a bug must reach the server log"
    assert isinstance(logged[-1].exc_info[1], QueryError)


def test_every_graph_error_kind_is_an_edkg_error() -> None:
    for kind in (GraphError, GraphUnavailableError, GraphAuthError, QueryError, GraphRefusedError):
        assert issubclass(kind, EdkgError)


def test_input_and_fetch_errors_are_answered_by_the_one_table() -> None:
    """A body that is no article is a 422 naming the field; a page the API could not fetch a 502 (the routes
    raise, `api.errors` answers)."""
    app = create_app(make_offline_settings())

    def empty_text() -> None:
        raise InputError("text", "the text is empty")

    def unreachable_page() -> None:
        raise FetchError("https://example.org/a", "connection refused", transient=True)

    app.add_api_route("/empty-text", empty_text)
    app.add_api_route("/unreachable-page", unreachable_page)
    with TestClient(app, raise_server_exceptions=False) as client:
        error = _error(client.get("/empty-text"), 422)
        assert error == {
            "code": "invalid_request",
            "message": "the text is empty",
            "detail": [{"loc": ["body", "text"], "msg": "the text is empty"}],
        }
        error = _error(client.get("/unreachable-page"), 502)
        assert error["code"] == "fetch_failed" and error["detail"] == {"url": "https://example.org/a"}
        assert "connection refused" in error["message"]


def test_only_graph_errors_reads_the_drivers_exceptions() -> None:
    """The driver's exceptions are read in one module, graph/errors.py, which translates them: the rest of graph/,
    the API, the CLI, the loaders and the ground floor see `core.errors` kinds."""
    root = Path(__file__).resolve().parent.parent
    readers = [
        str(path.relative_to(root))
        for package in ("core", "loaders", "graph", "cypher", "api", "edkg")
        for path in sorted((root / package).rglob("*.py"))
        if "neo4j.exceptions" in path.read_text(encoding="utf-8")
    ]
    assert readers == ["graph/errors.py"]
