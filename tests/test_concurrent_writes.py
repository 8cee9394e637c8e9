"""Concurrent writers of the same articles end as if each article were written once.

The writers are real: `POST /articles` over HTTP to the application served by
uvicorn on a loopback port (each request in its own thread, released together
by a barrier), and `edkg load` subprocesses. "As if written once" is the
canonical dump (`tests.test_load_fixtures.dump`) of a sequential write of the
same input, plus no inconsistent fact (`half_written`: every fact's
`article_count` agrees with the Article nodes that list it). Each writer must
also report honestly: exactly one `new` per article, the others `unchanged`
(same key) or `duplicate` (another key).
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from neo4j import Driver
from pydantic import SecretStr

from graph.unload import unload_articles
from tests.conftest import CORPUS, make_test_settings, wipe
from tests.reliability_helpers import (
    article_count,
    article_ids,
    half_written,
    output_of,
    run_edkg,
    start_edkg,
    wait_for,
)
from tests.test_load_fixtures import dump

pytestmark = pytest.mark.neo4j

KEY = "concurrent-writers-key-0123456789"
POSTS = 20
ARTICLES = sorted(CORPUS.iterdir())
SYNTH_ARTICLES, BATCH = 80, 10


@pytest.fixture(scope="module")
def api_url(neo4j_server, driver) -> Iterator[str]:
    """The real application with an API key, served by uvicorn on the test API port."""
    from api.main import create_app
    from graph.schema import apply_schema

    settings = make_test_settings(api_key=SecretStr(KEY))
    apply_schema(driver, settings.neo4j_database)
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=settings.api_port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, name="edkg-api-writes", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the API did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{settings.api_port}"
    server.should_exit = True
    thread.join(timeout=60)


def _post(url: str, body: dict) -> httpx.Response:
    return httpx.post(f"{url}/articles", json=body, headers={"Authorization": f"Bearer {KEY}"}, timeout=300)


def _post_together(url: str, bodies: list[dict]) -> list[httpx.Response]:
    """Every body posted from its own thread, all released at once."""
    barrier = threading.Barrier(len(bodies))
    responses: list[httpx.Response | BaseException | None] = [None] * len(bodies)

    def send(i: int) -> None:
        barrier.wait()
        try:
            responses[i] = _post(url, bodies[i])
        except BaseException as exc:
            responses[i] = exc

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(bodies))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(isinstance(r, httpx.Response) for r in responses), responses
    return responses  # type: ignore[return-value]


def _statuses(responses: list[httpx.Response]) -> list[tuple[int, str]]:
    """(HTTP status, article outcome) of each response of a one-article body."""
    out = []
    for r in responses:
        assert r.status_code in (200, 201), r.text
        (outcome,) = r.json()["status"].values()
        out.append((r.status_code, outcome))
    return out


def _body(path: Path, url: str | None = None) -> dict:
    body = {"text": path.read_text(encoding="utf-8")}
    return {**body, "url": url} if url else body


def _sequential(driver: Driver, url: str, bodies: list[dict]) -> tuple[tuple, set[str]]:
    """The canonical dump after posting `bodies` one after the other on an empty graph, and the new ids."""
    wipe(driver)
    new = set()
    for body in bodies:
        response = _post(url, body)
        assert response.status_code in (200, 201), response.text
        new |= {i for i, outcome in response.json()["status"].items() if outcome == "new"}
    return dump(driver), new


def test_concurrent_posts_of_one_article_write_it_once(api_url, driver):
    body = _body(ARTICLES[3], "https://example.vn/concurrent")
    reference, _ = _sequential(driver, api_url, [body])
    wipe(driver)

    outcomes = Counter(_statuses(_post_together(api_url, [body] * POSTS)))

    assert outcomes == {(201, "new"): 1, (200, "unchanged"): POSTS - 1}
    assert article_count(driver) == 1
    assert not half_written(driver)
    assert dump(driver) == reference
    # and unloading it gives back the empty graph (the 20 writers did not add its contributions 20 times)
    found, _ = unload_articles(driver, "neo4j", list(article_ids(driver)))
    assert len(found) == 1 and driver.execute_query("MATCH (n) RETURN count(n) AS c")[0][0]["c"] == 0


def test_concurrent_posts_of_one_text_under_two_urls_one_new_the_others_unchanged_or_duplicate(api_url, driver):
    first, second = _body(ARTICLES[1], "https://a.example.vn/x"), _body(ARTICLES[1], "https://b.example.vn/x")
    wipe(driver)

    responses = _post_together(api_url, [first, second] * (POSTS // 2))
    outcomes = _statuses(responses)

    assert Counter(o for _, o in outcomes)["new"] == 1
    winner = next(
        body["url"] for body, (_, o) in zip([first, second] * (POSTS // 2), outcomes, strict=True) if o == "new"
    )
    for body, (code, outcome) in zip([first, second] * (POSTS // 2), outcomes, strict=True):
        if outcome != "new":
            assert (code, outcome) == (200, "unchanged" if body["url"] == winner else "duplicate")
    assert not half_written(driver)
    assert dump(driver) == _sequential(driver, api_url, [first if winner == first["url"] else second])[0]


def test_concurrent_posts_of_several_articles_sharing_entities_equal_a_sequential_write(api_url, driver):
    """Different articles naming the same ministry and countries, each posted 4 times at once: the shared
    facts' counts and evidence come out as in a sequential write (no lost update between articles)."""
    bodies = [_body(path) for path in ARTICLES]
    reference, written = _sequential(driver, api_url, bodies)
    assert len(written) >= len(ARTICLES)
    wipe(driver)

    responses = _post_together(api_url, bodies * 4)

    new: Counter[str] = Counter()
    for r in responses:
        assert r.status_code in (200, 201), r.text
        for article, outcome in r.json()["status"].items():
            assert outcome in ("new", "unchanged", "duplicate"), outcome
            new[article] += outcome == "new"
    # every article the sequential write wrote is new exactly once, whoever wrote it; the others never
    assert {a: n for a, n in new.items() if n} == dict.fromkeys(written, 1), new
    assert not half_written(driver)
    assert dump(driver) == reference


# -- two `edkg load` of the same folder at once --------------------------------------------------------------

_ROW = re.compile(r"^\W*articles\W")


def _articles_row(stdout: str) -> dict[str, int]:
    """The summary table's `articles` row: outcome -> count."""
    header = next(line for line in stdout.splitlines() if re.search(r"\bnew\b.*\bunchanged\b", line))
    names = re.findall(r"[a-z]+(?: [a-z]+)?", header.split("new", 1)[1])
    row = next(line for line in stdout.splitlines() if _ROW.match(line))
    counts = [int(n) for n in re.findall(r"\d+", row)]
    return dict(zip(["new", *names], counts, strict=False))


@pytest.fixture(scope="module")
def synth_corpus(tmp_path_factory, test_settings) -> Path:
    out = tmp_path_factory.mktemp("synth-concurrent") / "corpus"
    proc = run_edkg(["synth", "-n", str(SYNTH_ARTICLES), "--seed", "23", "--out", str(out)], test_settings)
    assert proc.returncode == 0, proc.stderr
    return out


def test_two_concurrent_loads_of_one_folder_equal_one_load(synth_corpus, driver, test_settings, tmp_path):
    args = ["load", str(synth_corpus), "--batch-articles", str(BATCH), "--quiet"]
    wipe(driver)
    proc = run_edkg(args, test_settings)
    assert proc.returncode == 0, proc.stderr
    reference, loaded = dump(driver), article_count(driver)
    single = _articles_row(proc.stdout)
    assert single["new"] == loaded > 0

    wipe(driver)
    procs = [start_edkg(args, test_settings, tmp_path / f"load-{i}") for i in range(2)]
    for i, p in enumerate(procs):
        assert p.wait(timeout=600) == 0, output_of(tmp_path / f"load-{i}")[1]
    rows = [_articles_row(output_of(tmp_path / f"load-{i}")[0]) for i in range(2)]

    assert rows[0]["new"] + rows[1]["new"] == loaded, rows  # each article new for one load
    assert rows[0]["unchanged"] + rows[1]["unchanged"] == loaded, rows  # and unchanged for the other
    assert all(row["duplicate"] == single["duplicate"] for row in rows), rows
    assert article_count(driver) == loaded
    assert not half_written(driver)
    assert dump(driver) == reference


def test_posts_and_two_loads_of_the_same_article_at_once_write_it_once(api_url, driver, test_settings, tmp_path):
    """Two `edkg load` of the corpus (one file per transaction) and 10 POSTs of one of its files, the POSTs
    released once the loads have begun writing. The POSTs' key (the text's id) differs from the loads'
    (`file:NAME#1`), so whoever writes the article first decides which key it keeps: the test finds the winner
    and compares with a sequential write in that order."""
    args = ["load", str(CORPUS), "--batch-articles", "1", "--quiet"]
    body = _body(ARTICLES[3])
    wipe(driver)

    procs = [start_edkg(args, test_settings, tmp_path / f"mixed-{i}") for i in range(2)]
    wait_for(lambda: article_count(driver) >= 1 or any(p.poll() is not None for p in procs), "the loads' first write")
    responses = _post_together(api_url, [body] * 10)
    for i, p in enumerate(procs):
        assert p.wait(timeout=600) == 0, output_of(tmp_path / f"mixed-{i}")[1]
    rows = [_articles_row(output_of(tmp_path / f"mixed-{i}")[0]) for i in range(2)]

    posted = [outcome for r in responses for outcome in r.json()["status"].values()]
    assert set(posted) <= {"new", "unchanged", "duplicate"}, posted
    post_won = "new" in posted
    assert posted.count("new") == (1 if post_won else 0)
    if not post_won:
        assert set(posted) == {"duplicate"}  # another key (a file) holds the text
    assert not half_written(driver)
    concurrent = dump(driver)

    wipe(driver)
    if post_won:
        _post(api_url, body)
    proc = run_edkg(args, test_settings)
    assert proc.returncode == 0, proc.stderr
    sequential = _articles_row(proc.stdout)
    # over the two loads, every article the sequential load wrote is new once (less the POST's, if it won)
    assert rows[0]["new"] + rows[1]["new"] == sequential["new"], (rows, sequential)
    assert concurrent == dump(driver)
