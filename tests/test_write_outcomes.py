"""Honest write outcomes: impossible dates refused, articles with no facts reported `no_facts`, and a batch
whose commit acknowledgement was lost still counted `new` on its retry.

Real `edkg load` subprocesses and the real application (TestClient) against the test server. The lost
acknowledgement is made by a writer that lets its first write commit and then raises the driver's own
`ServiceUnavailable`, as a connection that broke while the commit's answer was on its way would; the
database is real, only the client-side fault is injected.
"""
from __future__ import annotations

import re
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
from tests.conftest import CORPUS, make_test_settings
from tests.reliability_helpers import article_ids, failure_lines, half_written, run_edkg
from tests.test_load_fixtures import dump

pytestmark = pytest.mark.neo4j

KEY = "outcomes-key-0123456789abcdef"
NO_FACTS = ("Trời mưa to suốt buổi chiều\n\nNhiều người ở nhà đọc sách và nấu ăn cùng gia đình. "
            "Cơn mưa kéo dài đến tối mới tạnh.\n")
ARTICLES = sorted(CORPUS.iterdir())


def _with_date(text: str, date: str) -> str:
    return f"date: {date}\n\n{text}"


def test_load_refuses_an_impossible_date_and_reports_an_article_without_facts(empty_graph: Driver,
                                                                             test_settings, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(ARTICLES[3].read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-bad-date.txt").write_text(_with_date(ARTICLES[1].read_text(encoding="utf-8"), "2025-13-45"),
                                           encoding="utf-8")
    (folder / "c-no-facts.txt").write_text(NO_FACTS, encoding="utf-8")

    proc = run_edkg(["load", str(folder), "--quiet"], test_settings)

    assert proc.returncode == 1
    (line,) = failure_lines(proc.stderr)
    assert re.fullmatch(r"failed: \S+b-bad-date\.txt: article article:[0-9a-f]{16}: impossible date '2025-13-45': "
                        r"there is no month 13", line), line
    row = next(line for line in proc.stdout.splitlines() if re.match(r"^\W*articles\W", line))
    header = next(line for line in proc.stdout.splitlines() if "unchanged" in line)
    assert "no facts" in header
    new, unchanged, changed, duplicate, no_facts, failed = map(int, re.findall(r"\d+", row))
    assert (no_facts, failed) == (1, 1) and new >= 1
    assert "1 articles with nothing read from them (no entity, no relation) were not written" in proc.stdout
    loaded = article_ids(empty_graph)
    assert len(loaded) == new                    # neither the refused nor the empty article is stored
    assert not half_written(empty_graph)


@pytest.fixture
def client(empty_graph: Driver) -> Iterator[TestClient]:
    from api.main import create_app

    with TestClient(create_app(make_test_settings(api_key=SecretStr(KEY)))) as test_client:
        yield test_client


def _post_text(client: TestClient, text: str):
    return client.post("/articles", content=text.encode(), headers={"Authorization": f"Bearer {KEY}",
                                                                    "Content-Type": "text/plain"})


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

    retry = write_batch(empty_graph, db, batch, stamp)          # the same write, its first answer lost
    other = write_batch(empty_graph, db, batch)                 # another write of the same article

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
    report = Loader(empty_graph, db, Extractor(), writer=writer, on_retry=lambda reason, delay: retries.append(reason),
                    uri=test_settings.neo4j_uri).load([CORPUS])

    assert retries and writer.lost == 2                       # the lost answer was met and retried
    s = report.stats
    assert s.articles_confirmed == 2
    assert s.articles_new == len(article_ids(empty_graph))    # not "0 new / N unchanged"
    assert s.articles_unchanged == 0
    assert not half_written(empty_graph)
