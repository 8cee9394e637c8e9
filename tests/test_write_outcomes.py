"""Honest write outcomes: impossible dates refused, articles with no facts reported `no_facts`, and a batch
whose commit acknowledgement was lost still counted `new` on its retry.

Real `edkg load` subprocesses and the real application (TestClient) against the test server. The lost
acknowledgement is made by a writer that lets its first write commit and then raises the driver's own
`ServiceUnavailable`, as a connection that broke while the commit's answer was on its way would; the
database is real, only the client-side fault is injected.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j.exceptions import ServiceUnavailable
from pydantic import SecretStr

from graph.loading import Loader, pending_articles
from graph.writer import NEW, UNCHANGED, GraphWriter, new_stamp, write_batch
from loaders.pipeline import Extractor
from tests.conftest import CORPUS, make_test_settings, wipe
from tests.reliability_helpers import article_ids, failure_lines, half_written, run_edkg
from tests.test_load_fixtures import dump

pytestmark = pytest.mark.neo4j

KEY = "outcomes-key-0123456789abcdef"
NO_FACTS = (
    "Trời mưa to suốt buổi chiều\n\nNhiều người ở nhà đọc sách và nấu ăn cùng gia đình. "
    "Cơn mưa kéo dài đến tối mới tạnh.\n"
)
ARTICLES = sorted(CORPUS.iterdir())


def _with_date(text: str, date: str) -> str:
    return f"date: {date}\n\n{text}"


def test_load_refuses_an_impossible_date_and_reports_an_article_without_facts(
    empty_graph: Driver, test_settings, tmp_path
):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(ARTICLES[3].read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-bad-date.txt").write_text(
        _with_date(ARTICLES[1].read_text(encoding="utf-8"), "2025-13-45"), encoding="utf-8"
    )
    (folder / "c-no-facts.txt").write_text(NO_FACTS, encoding="utf-8")

    proc = run_edkg(["load", str(folder), "--quiet"], test_settings)

    assert proc.returncode == 1
    (line,) = failure_lines(proc.stderr)
    assert re.fullmatch(
        r"failed: \S+b-bad-date\.txt: article article:[0-9a-f]{16}: impossible date '2025-13-45': "
        r"there is no month 13",
        line,
    ), line
    row = next(line for line in proc.stdout.splitlines() if re.match(r"^\W*articles\W", line))
    header = next(line for line in proc.stdout.splitlines() if "unchanged" in line)
    assert "no facts" in header
    new, _unchanged, _changed, _duplicate, no_facts, failed = map(int, re.findall(r"\d+", row))
    assert (no_facts, failed) == (1, 1) and new >= 1
    assert "1 articles with nothing read from them (no entity, no relation) were not written" in proc.stdout
    loaded = article_ids(empty_graph)
    assert len(loaded) == new  # neither the refused nor the empty article is stored
    assert not half_written(empty_graph)


@pytest.fixture
def client(empty_graph: Driver) -> Iterator[TestClient]:
    from api.main import create_app

    with TestClient(create_app(make_test_settings(api_key=SecretStr(KEY)))) as test_client:
        yield test_client


def _post_text(client: TestClient, text: str):
    return client.post(
        "/articles", content=text.encode(), headers={"Authorization": f"Bearer {KEY}", "Content-Type": "text/plain"}
    )


def test_post_of_an_article_without_facts_is_accepted_as_no_facts_and_writes_nothing(client, empty_graph):
    response = _post_text(client, NO_FACTS)
    assert response.status_code == 200, response.text
    assert set(response.json()["status"].values()) == {"no_facts"}
    assert empty_graph.execute_query("MATCH (n) RETURN count(n) AS c")[0][0]["c"] == 0


@pytest.mark.parametrize("date", ["2025-13-45", "2025-02-30"])
def test_post_of_a_text_stating_an_impossible_date_is_422(client, empty_graph, date):
    text = _with_date(ARTICLES[3].read_text(encoding="utf-8"), date)
    response = _post_text(client, text)
    assert response.status_code == 422, response.text
    assert f"impossible date '{date}'" in response.json()["error"]["message"]
    assert empty_graph.execute_query("MATCH (n) RETURN count(n) AS c")[0][0]["c"] == 0


def _pending(path: Path):
    return pending_articles(Extractor().extract_file(path))


def test_a_retry_with_the_same_stamp_recognises_its_own_commit(empty_graph: Driver, test_settings):
    db = test_settings.neo4j_database
    batch = _pending(ARTICLES[3])
    stamp = new_stamp()
    first = write_batch(empty_graph, db, batch, stamp)
    after = dump(empty_graph)

    retry = write_batch(empty_graph, db, batch, stamp)  # the same write, its first answer lost
    other = write_batch(empty_graph, db, batch)  # another write of the same article

    assert set(first.outcomes.values()) == set(retry.outcomes.values()) == {NEW}
    assert retry.stats.articles_confirmed == retry.stats.articles_new == len(batch)
    assert set(other.outcomes.values()) == {UNCHANGED} and other.stats.articles_confirmed == 0
    assert dump(empty_graph) == after


class _AckLost(GraphWriter):
    """A writer whose first write commits and then fails as a broken connection would, before its answer."""

    lost = 0

    def write(self, batch, stamp=None):
        result = super().write(batch, stamp)
        if not self.lost:
            self.lost = len(batch)
            raise ServiceUnavailable("connection to 127.0.0.1 lost while the commit's answer was on its way")
        return result


def test_load_summary_counts_new_articles_whose_acknowledgement_was_lost(empty_graph: Driver, test_settings):
    db = test_settings.neo4j_database
    writer = _AckLost(empty_graph, db, batch_articles=2)
    retries: list[str] = []
    report = Loader(
        empty_graph,
        db,
        Extractor(),
        writer=writer,
        on_retry=lambda reason, delay: retries.append(reason),
        uri=test_settings.neo4j_uri,
    ).load([CORPUS])

    assert retries and writer.lost == 2  # the lost answer was met and retried
    s = report.stats
    assert s.articles_confirmed == 2
    assert s.articles_new == len(article_ids(empty_graph))  # not "0 new / N unchanged"
    assert s.articles_unchanged == 0
    assert not half_written(empty_graph)


# -- the same, with a real `edkg load` and a real broken connection ------------------------------------------

_COMMIT = b"\x00\x02\xb0\x12\x00\x00"
"""A Bolt COMMIT message on the wire: one chunk of 2 bytes (struct marker 0xB0, signature 0x12), end marker."""


class _CommitAnswerDropper:
    """A TCP proxy in front of Bolt that, once, forwards a COMMIT to Neo4j, swallows Neo4j's answer and closes the
    client's connection: the transaction is committed and the client never learns it (IncompleteCommit)."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.armed = True
        self.dropped = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(("127.0.0.1", self.target_port))
            state = {"cut": False}
            threading.Thread(target=self._upstream, args=(client, server, state), daemon=True).start()
            threading.Thread(target=self._downstream, args=(server, client, state), daemon=True).start()

    def _upstream(self, client: socket.socket, server: socket.socket, state: dict) -> None:
        tail = b""
        try:
            while data := client.recv(65536):
                window = tail + data
                with self._lock:
                    if self.armed and _COMMIT in window:
                        self.armed = False
                        state["cut"] = True  # the next answer from Neo4j is the commit's
                server.sendall(data)
                tail = window[-(len(_COMMIT) - 1) :]
        except OSError:
            pass
        finally:
            _close(server)

    def _downstream(self, server: socket.socket, client: socket.socket, state: dict) -> None:
        try:
            while data := server.recv(65536):
                if state["cut"]:
                    self.dropped += 1
                    break  # committed on the server; the answer is dropped
                client.sendall(data)
        except OSError:
            pass
        finally:
            _close(client)
            _close(server)

    def close(self) -> None:
        _close(self.listener)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


def test_edkg_load_whose_commit_answer_is_lost_on_the_wire_reports_new(empty_graph: Driver, test_settings):
    reference = run_edkg(["load", str(CORPUS), "--quiet"], test_settings)
    assert reference.returncode == 0, reference.stderr
    expected = dump(empty_graph)
    loaded = len(article_ids(empty_graph))
    wipe(empty_graph)

    proxy = _CommitAnswerDropper(test_settings.neo4j_bolt_port)
    try:
        proc = run_edkg(
            ["load", str(CORPUS), "--batch-articles", "2"],
            test_settings,
            env={"NEO4J_URI": f"bolt://127.0.0.1:{proxy.port}"},
        )
    finally:
        proxy.close()

    assert proc.returncode == 0, proc.stderr
    assert proxy.dropped == 1 and "Neo4j unreachable" in proc.stderr  # the lost answer was met, then retried
    row = next(line for line in proc.stdout.splitlines() if re.match(r"^\W*articles\W", line))
    new, unchanged = map(int, re.findall(r"\d+", row)[:2])
    assert (new, unchanged) == (loaded, 0), proc.stdout
    assert "2 of the new articles were committed by an attempt whose acknowledgement was lost" in proc.stdout
    assert dump(empty_graph) == expected
