"""Faults during `edkg load`: Neo4j stopped mid-load, the load killed with SIGKILL, wrong credentials.

Every load here is a real `edkg load` subprocess over a synthetic corpus that
spans several write batches (`--batch-articles 10`). "Nothing lost" means: the
graph after the fault and a re-run is exactly (canonical dump) the graph of an
uninterrupted load, and at no point is an Article without its mentions or a
fact citing an absent Article. The tests stop and restart the test server
(the session fixture's server); each leaves it running.
"""

from __future__ import annotations

import re
import signal
import socket
import subprocess
from pathlib import Path

import pytest

from graph.local_server import LocalNeo4j
from tests.conftest import wipe
from tests.reliability_helpers import (
    article_count,
    assert_no_secret,
    half_written,
    output_of,
    password,
    run_edkg,
    start_edkg,
    wait_for,
)
from tests.test_load_fixtures import dump

pytestmark = pytest.mark.neo4j

ARTICLES, BATCH = 120, 10
DRIVER_RETRY = 30.0
"""`max_transaction_retry_time` of `graph.driver.open_driver`: how long the driver alone retries a transaction."""
GAVE_UP = re.compile(
    r"^error: Neo4j is unavailable at (bolt://127\.0\.0\.1:\d+): (.+); (\d+) articles were loaded, "
    r"rerun the same command to continue$"
)


@pytest.fixture(scope="module")
def synth_corpus(tmp_path_factory, test_settings) -> Path:
    out = tmp_path_factory.mktemp("synth") / "corpus"
    proc = run_edkg(["synth", "-n", str(ARTICLES), "--seed", "11", "--out", str(out)], test_settings)
    assert proc.returncode == 0, proc.stderr
    return out


def _load_args(corpus: Path, *extra: str) -> list[str]:
    return ["load", str(corpus), "--batch-articles", str(BATCH), "--quiet", *extra]


@pytest.fixture(scope="module")
def reference(synth_corpus, driver, neo4j_server, test_settings) -> tuple:
    """The canonical dump of an uninterrupted load of the synthetic corpus."""
    from graph.schema import apply_schema

    apply_schema(driver, test_settings.neo4j_database)
    wipe(driver)
    proc = run_edkg(_load_args(synth_corpus), test_settings)
    assert proc.returncode == 0, proc.stderr
    assert article_count(driver) == ARTICLES
    return dump(driver)


@pytest.fixture
def server(test_settings) -> LocalNeo4j:
    """The test server, running again after the test whatever happened."""
    local = LocalNeo4j(test_settings)
    yield local
    local.start()


def _running_load(corpus: Path, settings, out: Path, *extra: str) -> subprocess.Popen:
    return start_edkg(_load_args(corpus, *extra), settings, out)


def test_sigkill_at_several_points_then_rerun_gives_the_uninterrupted_graph(
    reference, synth_corpus, driver, test_settings, tmp_path
):
    wipe(driver)
    for batches in (1, 3, 6):
        proc = _running_load(synth_corpus, test_settings, tmp_path / f"kill-{batches}")
        wait_for(
            lambda batches=batches, proc=proc: article_count(driver) >= batches * BATCH or proc.poll() is not None,
            f"{batches} committed batches",
        )
        assert proc.poll() is None, "the load ended before it could be killed: make the corpus bigger"
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=60) == -signal.SIGKILL
        assert batches * BATCH <= article_count(driver) < ARTICLES
        assert not half_written(driver)
        assert_no_secret("".join(output_of(tmp_path / f"kill-{batches}")), test_settings)
    proc = run_edkg(_load_args(synth_corpus), test_settings)
    assert proc.returncode == 0, proc.stderr
    assert dump(driver) == reference


def test_neo4j_stopped_mid_load_and_back_within_the_window(
    reference, synth_corpus, driver, server, test_settings, tmp_path
):
    wipe(driver)
    proc = _running_load(synth_corpus, test_settings, tmp_path / "restart", "--retry-seconds", "180")
    wait_for(lambda: article_count(driver) >= 2 * BATCH or proc.poll() is not None, "two committed batches")
    assert proc.poll() is None, "the load ended before the server was stopped"
    server.stop()
    # The driver alone retries a transaction for DRIVER_RETRY seconds, but its jittered exponential delays can
    # put its last attempt well past that (up to about twice); so wait for the loader's own backoff to report
    # the outage rather than for a fixed time, and only then bring the server back.
    wait_for(
        lambda: "Neo4j unreachable" in output_of(tmp_path / "restart")[1] or proc.poll() is not None,
        "the loader's backoff to meet the outage",
        timeout=4 * DRIVER_RETRY,
    )
    assert proc.poll() is None, output_of(tmp_path / "restart")[1]
    server.start()
    assert proc.wait(timeout=600) == 0, output_of(tmp_path / "restart")[1]
    stdout, stderr = output_of(tmp_path / "restart")
    assert "Neo4j unreachable" in stderr and "retrying in" in stderr  # the outage was met, and waited out
    assert_no_secret(stdout + stderr, test_settings)
    assert dump(driver) == reference


def test_neo4j_not_back_stops_with_one_line_and_a_rerun_continues(
    reference, synth_corpus, driver, server, test_settings, tmp_path
):
    wipe(driver)
    proc = _running_load(synth_corpus, test_settings, tmp_path / "down", "--retry-seconds", "5")
    wait_for(lambda: article_count(driver) >= 2 * BATCH or proc.poll() is not None, "two committed batches")
    assert proc.poll() is None, "the load ended before the server was stopped"
    server.stop()
    assert proc.wait(timeout=300) == 1
    stdout, stderr = output_of(tmp_path / "down")
    assert_no_secret(stdout + stderr, test_settings)
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, stderr
    match = GAVE_UP.match(errors[0])
    assert match, errors[0]
    assert match.group(1) == test_settings.neo4j_uri
    loaded = int(match.group(3))
    server.start()
    assert 2 * BATCH <= loaded <= article_count(driver) < ARTICLES
    assert not half_written(driver)
    proc = run_edkg(_load_args(synth_corpus), test_settings)  # "rerun the same command"
    assert proc.returncode == 0, proc.stderr
    assert dump(driver) == reference


def test_neo4j_down_before_the_load_starts_is_one_line_too(synth_corpus, server, test_settings):
    server.stop()
    proc = run_edkg(_load_args(synth_corpus, "--retry-seconds", "2"), test_settings, timeout=300)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and GAVE_UP.match(errors[0]) and " 0 articles were loaded" in errors[0], proc.stderr


def test_wrong_password_is_refused_and_never_printed(empty_graph, synth_corpus, test_settings):
    wrong = "not-the-password-7f3a9c"
    proc = run_edkg(_load_args(synth_corpus), test_settings, env={"NEO4J_PASSWORD": wrong})
    assert proc.returncode == 1
    assert wrong not in proc.stdout + proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(
        f"error: Neo4j refused the credentials at {test_settings.neo4j_uri}: "
    ), proc.stderr
    assert article_count(empty_graph) == 0


def _non_loopback_addresses() -> list[str]:
    """This machine's IPv4 addresses other than 127.0.0.0/8 (from `ip`, else the default route's source)."""
    found = set()
    try:
        out = subprocess.run(["ip", "-4", "-o", "addr"], capture_output=True, text=True).stdout
        found.update(re.findall(r"inet (\d+\.\d+\.\d+\.\d+)/", out))
    except FileNotFoundError:
        pass
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.123", 9))  # no packet is sent: this only picks a source address
            found.add(probe.getsockname()[0])
    except OSError:
        pass
    return sorted(a for a in found if not a.startswith("127."))


def test_local_server_listens_on_loopback_only_with_auth(neo4j_server, test_settings):
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError

    conf = (test_settings.neo4j_home / "conf" / "neo4j.conf").read_text(encoding="utf-8")
    port = test_settings.neo4j_bolt_port
    assert f"server.bolt.listen_address=127.0.0.1:{port}" in conf.splitlines()
    assert "server.default_listen_address=127.0.0.1" in conf.splitlines()
    assert "dbms.security.auth_enabled=true" in conf.splitlines()
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass  # it does listen, on loopback
    for address in _non_loopback_addresses():
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(5)
            assert sock.connect_ex((address, port)) != 0, f"Bolt answers on {address}:{port}"
    wrong = ("neo4j", password(test_settings) + "x")
    with GraphDatabase.driver(test_settings.neo4j_uri, auth=wrong) as drv, pytest.raises(AuthError):
        drv.verify_connectivity()
