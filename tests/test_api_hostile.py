"""Hostile requests against the API: the error boundary, request hygiene and the HTTP limits of `edkg serve`.

- Non-finite JSON numbers (`NaN`, `Infinity`, `-Infinity`, `1e999`) in `POST /articles`: 422 in the error shape
  (they used to reach the error answer, which could not render them: a bare 500).
- A percent-encoded CR/LF (and other control characters) in a path: one access-log line, escaped.
- A forged Host header: the Browser guide still names the API by its settings.
- An exception nobody expected: 500 in the error shape with the request id and nothing of the exception.
- Every Neo4j status code the driver can raise maps to the documented answer (503 + Retry-After, 504, 4xx).
- A real `edkg serve`: a 100 kB header, 300 header fields -> 431 in the error shape; a request head never
  finished -> the connection is closed after API_TIMEOUT_REQUEST_HEAD.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import subprocess
import time
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient
from neo4j.exceptions import Neo4jError
from pydantic import SecretStr

from api.errors import outcome
from api.main import create_app
from core.settings import Settings
from graph.errors import translate
from tests.conftest import OFFLINE_PASSWORD, make_offline_settings
from tests.reliability_helpers import EDKG, edkg_env

KEY = "hostile-test-key-0123456789abcdef"


def error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}, body
    return body["error"]


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """An app with an API key; nothing here reaches the database."""
    with TestClient(create_app(make_offline_settings(api_key=SecretStr(KEY))), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize(
    "body",
    [
        b'{"text": NaN}',
        b'{"text": "Bo Cong Thuong", "title": Infinity}',
        b'{"text": "x", "date": -Infinity}',
        b'{"text": "x", "url": 1e999}',
        b'{"text": "x", "extra": [1, 2, -1e400]}',
    ],
)
def test_non_finite_json_numbers_are_a_422(client: TestClient, body: bytes, caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.WARNING)
    response = client.post(
        "/articles", content=body, headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    )
    detail = error(response, 422)["detail"]
    assert "finite" in json.dumps(detail)
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"


def test_control_characters_in_a_path_cannot_forge_access_log_lines(
    client: TestClient, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO, logger="edkg.api.access")
    forged = "x%0D%0AGET /admin 200 0.1ms request_id=forged%0A%1B[31m%E2%80%A8"
    client.get(f"/articles/{forged}")
    lines = [r.getMessage() for r in caplog.records if r.name == "edkg.api.access"]
    assert lines, "the request was not logged"
    line = lines[-1]
    assert "\r" not in line and "\n" not in line and "\x1b" not in line and "\u2028" not in line, repr(line)
    assert "\\x0d\\x0a" in line and "\\x1b" in line and "\\u2028" in line, line


def test_a_forged_host_header_never_reaches_the_guide():
    settings = make_offline_settings(api_public_url="https://kg.example.org/api")
    with TestClient(create_app(settings)) as client:
        guide = client.get("/browser/guide.html", headers={"Host": "evil.example"}).text
    assert "evil.example" not in guide
    assert "https://kg.example.org/api/" in guide


def test_an_unexpected_exception_is_a_500_in_the_error_shape_with_the_request_id(caplog: pytest.LogCaptureFixture):
    app = create_app(make_offline_settings())

    def explode() -> None:
        raise RuntimeError("secret internals: /etc/shadow")

    app.add_api_route("/explode", explode)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/explode", headers={"X-Request-ID": "req-12345"})
    body = error(response, 500)
    assert body["code"] == "internal_error" and body["detail"] == {"request_id": "req-12345"}
    assert "secret" not in response.text and "RuntimeError" not in response.text
    assert response.headers["X-Request-ID"] == "req-12345"


@pytest.mark.parametrize(
    "code, status, answer, retry",
    [
        ("Neo.TransientError.General.MemoryPoolOutOfMemoryError", 503, "graph_busy", True),
        ("Neo.TransientError.General.OutOfMemoryError", 503, "graph_busy", True),
        ("Neo.TransientError.General.TransactionMemoryLimit", 503, "graph_busy", True),
        ("Neo.TransientError.Transaction.DeadlockDetected", 503, "graph_busy", True),
        ("Neo.TransientError.Database.DatabaseUnavailable", 503, "graph_unavailable", True),
        ("Neo.ClientError.Transaction.TransactionTimedOut", 504, "timeout", False),
        ("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", 504, "timeout", False),
        ("Neo.ClientError.Transaction.Terminated", 503, "query_terminated", True),
        ("Neo.TransientError.Transaction.LockClientStopped", 503, "query_terminated", True),
        ("Neo.ClientError.Security.Unauthorized", 503, "graph_unavailable", True),
        ("Neo.ClientError.Statement.ArgumentError", 400, "query_refused", False),
        ("Neo.ClientError.Procedure.ProcedureCallFailed", 400, "query_refused", False),
        ("Neo.ClientError.Statement.SyntaxError", 500, "internal_error", False),
        ("Neo.DatabaseError.General.UnknownError", 503, "graph_error", True),
    ],
)
def test_every_neo4j_status_maps_to_its_answer(code: str, status: int, answer: str, retry: bool):
    """The exceptions as the driver builds them from a server's failure message, translated by graph.errors."""
    answered = outcome(translate(Neo4jError._hydrate_neo4j(code=code, message="m")))
    assert (answered.status, answered.code, answered.retry) == (status, answer, retry)


# -- the HTTP limits of `edkg serve` ---------------------------------------------------------------------------

HEAD_TIMEOUT = 1.0


@pytest.fixture(scope="module")
def served(test_settings: Settings, tmp_path_factory) -> Iterator[tuple[str, int]]:
    """`edkg serve` with its HTTP limits (a short head timeout); these requests never reach Neo4j."""
    port = test_settings.api_port + 1
    env = {
        **edkg_env(test_settings),
        "NEO4J_PASSWORD": OFFLINE_PASSWORD,  # these requests never reach Neo4j: no server needed
        "API_HOST": "127.0.0.1",
        "API_PORT": str(port),
        "API_TIMEOUT_REQUEST_HEAD": str(HEAD_TIMEOUT),
        "API_MAX_HEADER_BYTES": "32768",
        "API_MAX_HEADERS": "100",
    }
    log = tmp_path_factory.mktemp("serve-limits") / "serve.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [*EDKG, "serve", "--log-level", "warning"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=5)
                break
            except httpx.HTTPError:
                assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.3)
        yield "127.0.0.1", port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def _exchange(address: tuple[str, int], payload: bytes, wait: float = 10.0) -> bytes:
    """Send raw bytes, read until the server closes the connection (or `wait` passes)."""
    with socket.create_connection(address, timeout=wait) as sock:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(payload)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except (ConnectionResetError, TimeoutError):
            pass
    return b"".join(chunks)


def _status_and_body(raw: bytes) -> tuple[int, dict]:
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), json.loads(body)


def test_a_huge_header_is_a_431(served):
    raw = _exchange(served, b"GET /openapi.json HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n")
    status, body = _status_and_body(raw)
    assert status == 431 and body["error"]["code"] == "headers_too_large", raw[:300]


def test_too_many_header_fields_are_a_431(served):
    fields = b"".join(b"X-F%d: v\r\n" % i for i in range(300))
    raw = _exchange(served, b"GET /openapi.json HTTP/1.1\r\nHost: x\r\n" + fields + b"\r\n")
    status, body = _status_and_body(raw)
    assert status == 431 and body["error"]["detail"] == {"limit": 100}, raw[:300]


def test_a_request_head_never_finished_is_closed(served):
    started = time.monotonic()
    raw = _exchange(served, b"GET /openapi.json HTTP/1.1\r\nHost: x\r\nX-Slow: ", wait=HEAD_TIMEOUT + 10)
    elapsed = time.monotonic() - started
    status, body = _status_and_body(raw)
    assert status == 408 and body["error"]["code"] == "request_timeout", raw[:300]
    assert elapsed < HEAD_TIMEOUT + 5, f"held {elapsed:.1f} s"


def test_a_normal_request_still_passes(served):
    assert httpx.get(f"http://{served[0]}:{served[1]}/openapi.json", headers={"X-Ok": "a" * 1000}).status_code == 200


@pytest.mark.parametrize("body", [b"\x80", b'{"text": "\xff\xfe"}', b"\xc3\x28{}"])
def test_a_json_body_of_invalid_utf8_is_a_422(client: TestClient, body: bytes):
    """Found by schemathesis over POST: the validation error echoed the bytes, which could not be rendered."""
    response = client.post(
        "/articles", content=body, headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"}
    )
    error(response, 422)
