"""The project's own Neo4j server, for real: start, status, auth, stop, restart with data kept.

These tests use their own home and ports, so they never disturb the session's
test server or a user's server.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from core.errors import MissingToolError, PortInUseError, ProvisioningError
from graph.driver import open_driver
from graph.local_server import MAIN_CLASS, PASSWORD_ALPHABET, PASSWORD_LENGTH, LocalNeo4j, generate_password
from tests.conftest import make_test_settings

BOLT, HTTP = 17787, 17574


@pytest.fixture
def scratch_server(tmp_path: Path):
    server = LocalNeo4j(
        make_test_settings(
            neo4j_home=tmp_path / "home",
            neo4j_bolt_port=BOLT,
            neo4j_http_port=HTTP,
            neo4j_uri=f"bolt://127.0.0.1:{BOLT}",
            neo4j_heap="512m",
            neo4j_pagecache="128m",
        )
    )
    yield server
    server.stop()


@pytest.mark.neo4j  # starts a server of its own (Java, a provisioned Neo4j)
def test_start_status_auth_stop_restart_keeps_data(scratch_server: LocalNeo4j) -> None:
    server = scratch_server
    assert not server.status().running

    status = server.start()
    assert status.running and status.pid
    password = server.password_file.read_text().strip()
    assert len(password) >= 24 and password != "neo4j" and password[0] != "-"
    assert oct(server.password_file.stat().st_mode & 0o777) == "0o600"

    # The Browser is served over HTTP on loopback.
    with urllib.request.urlopen(f"http://127.0.0.1:{HTTP}/browser/", timeout=10) as resp:
        assert resp.status == 200 and b"Neo4j Browser" in resp.read()

    # The generated password works, the default one does not.
    with open_driver(server.settings) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
        assert records[0]["one"] == 1
        driver.execute_query("CREATE (:Probe {id: 'kept-across-restart'})")
    with GraphDatabase.driver(f"bolt://127.0.0.1:{BOLT}", auth=("neo4j", "neo4j")) as bad, pytest.raises(AuthError):
        bad.verify_connectivity()

    # start() on a running server is a no-op.
    assert server.start().pid == status.pid

    assert server.stop() is True
    assert not server.status().running
    assert server.stop() is False

    # The first stop kept the class-data archive the server wrote as it exited; the next start maps it.
    archive = server.cds_archive(server.check_java())
    assert archive.is_file() and not server.cds_note.exists()

    server.start()
    with open_driver(server.settings) as driver:
        records, _, _ = driver.execute_query("MATCH (p:Probe) RETURN p.id AS id")
    assert [r["id"] for r in records] == ["kept-across-restart"]
    cmdline = Path(f"/proc/{server.pid()}/cmdline").read_bytes().split(b"\0")
    assert f"-XX:SharedArchiveFile={archive}".encode() in cmdline


_STAND_IN = """
import pathlib, signal, sys, time
log, pending, ready, closes = (pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]),
                               sys.argv[4])
def on_term(*_):
    if closes == "closes":
        with log.open("a") as out:
            out.write("2026-12-07 13:00:00.000+0000 INFO  Stopped.\\n")
        time.sleep(5)
        pending.write_bytes(b"an archive")
        sys.exit(0)
signal.signal(signal.SIGTERM, on_term)
ready.touch()
while True:
    time.sleep(0.05)
"""
"""A process in the server's place (its command line names the server's main class, so `pid` takes it): on
SIGTERM it logs `Stopped.` as Neo4j does and writes its archive 5 s later, as a JVM at exit; or never exits."""


@pytest.mark.parametrize("closes", [True, False])
def test_stop_waits_for_an_archive_being_written_after_the_database_stopped(tmp_path: Path, closes: bool) -> None:
    """Past its timeout, `stop` waits longer only for a process whose database logged `Stopped.` and that has an
    archive to write (then the archive is kept); one that never stops is killed at the timeout, archive dropped."""
    server = LocalNeo4j(make_test_settings(neo4j_home=tmp_path / "home", neo4j_lib_dir=tmp_path / "lib"))
    server.run_dir.mkdir(parents=True)
    server.logs_dir.mkdir(parents=True)
    (server.logs_dir / "neo4j.log").write_text("2026-12-07 12:59:00.000+0000 INFO  Started.\n", encoding="utf-8")
    (flag,) = server.cds_flags(sys.executable, write=True)
    pending = Path(flag.removeprefix("-XX:ArchiveClassesAtExit="))
    ready = tmp_path / "ready"
    argv = [sys.executable, "-c", _STAND_IN, str(server.logs_dir / "neo4j.log"), str(pending), str(ready)]
    proc = subprocess.Popen([*argv, "closes" if closes else "hangs", MAIN_CLASS], start_new_session=True)
    try:
        while not ready.exists():
            assert proc.poll() is None
            time.sleep(0.05)
        server.pid_file.write_text(str(proc.pid), encoding="utf-8")
        assert server.stop(timeout=3.0 if closes else 0.5) is True
        assert server.cds_archive(sys.executable).is_file() is closes
        assert not pending.exists() and not server.cds_note.exists()
    finally:
        if proc.poll() is None:
            proc.kill()


def test_the_class_data_archive_is_written_once_and_kept_only_after_a_clean_exit(tmp_path: Path) -> None:
    """No archive: the server's JVM is told to write one at exit under a name of its own (the admin tool is
    not); `stop` makes it the archive only when the process exited by itself (a JVM killed mid-write leaves
    nothing to trust); then every JVM of every home on these jars maps it."""
    settings = make_test_settings(neo4j_home=tmp_path / "home", neo4j_lib_dir=tmp_path / "lib")
    server, other = LocalNeo4j(settings), LocalNeo4j(settings.model_copy(update={"neo4j_home": tmp_path / "other"}))
    server.run_dir.mkdir(parents=True)
    java = sys.executable  # any existing executable: the archive is named after its path, size and date
    archive = server.cds_archive(java)
    assert archive.parent == tmp_path / "lib" / "cds" and archive == other.cds_archive(java)
    assert server.cds_flags(java) == []

    def written_at_exit() -> Path:
        (flag,) = server.cds_flags(java, write=True)
        pending = Path(flag.removeprefix("-XX:ArchiveClassesAtExit="))
        assert pending.parent == archive.parent and pending != archive
        pending.write_bytes(b"an archive")
        return pending

    pending = written_at_exit()
    server._keep_cds_archive(exited_by_itself=False)  # killed
    assert not pending.exists() and not archive.exists() and not server.cds_note.exists()

    pending = written_at_exit()
    server._keep_cds_archive(exited_by_itself=True)
    assert archive.read_bytes() == b"an archive" and not pending.exists()
    mapped = [f"-XX:SharedArchiveFile={archive}"]
    assert server.cds_flags(java) == server.cds_flags(java, write=True) == other.cds_flags(java) == mapped


def test_listens_on_loopback_only(scratch_server: LocalNeo4j) -> None:
    conf = scratch_server.write_config().read_text()
    assert "server.default_listen_address=127.0.0.1" in conf
    assert f"server.bolt.listen_address=127.0.0.1:{BOLT}" in conf
    assert "dbms.security.auth_enabled=true" in conf


def test_port_taken_by_another_process_is_a_clear_error(scratch_server: LocalNeo4j) -> None:
    with socket.socket() as blocker:
        blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        blocker.bind(("127.0.0.1", BOLT))
        blocker.listen()
        with pytest.raises(PortInUseError, match=str(BOLT)):
            scratch_server.start()
    assert not scratch_server.status().running


def test_missing_java_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-jdk-here"))
    with pytest.raises(MissingToolError, match="Java 17"):
        LocalNeo4j.check_java()


def test_missing_maven_is_a_clear_error_when_not_installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    server = LocalNeo4j(make_test_settings(neo4j_home=tmp_path / "home", neo4j_lib_dir=tmp_path / "empty-lib"))
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    with pytest.raises(MissingToolError, match="Maven"):
        server.install()


# --- the generated password ----------------------------------------------------------------------------------
# A password beginning with `-` used to be read by Neo4j's admin tool as an option (1 fresh home in 64 failed
# to start with "could not set the initial password").


def test_generated_passwords_never_look_like_an_option() -> None:
    passwords = [generate_password() for _ in range(20_000)]
    assert all(len(p) == PASSWORD_LENGTH and set(p) <= set(PASSWORD_ALPHABET) for p in passwords)
    assert not any(p[0] in "-@" for p in passwords)
    assert {p[0] for p in passwords} == set(PASSWORD_ALPHABET)  # every leading character does occur
    assert len(set(passwords)) == len(passwords)


@pytest.mark.neo4j
def test_the_admin_tool_takes_a_password_beginning_with_every_character(tmp_path: Path) -> None:
    """Every leading character of the generator's alphabet, and `-` and `_` (which token_urlsafe drew), on a
    fresh home each: the admin tool sets the password every time (one JVM per home, about 2 s each)."""
    failures = []
    for i, first in enumerate(PASSWORD_ALPHABET + "-_"):
        server = LocalNeo4j(
            make_test_settings(neo4j_home=tmp_path / f"home-{i}", neo4j_bolt_port=BOLT, neo4j_http_port=HTTP)
        )
        server.write_config()
        password = first + generate_password()[1:]
        try:
            assert server.ensure_password(password) == password
        except ProvisioningError as exc:
            failures.append((first, str(exc)))
        else:
            assert server.password_file.read_text().strip() == password
            assert (server.data_dir / "dbms" / "auth.ini").is_file()
    assert failures == []


@pytest.mark.neo4j
def test_a_fresh_home_whose_password_begins_with_a_dash_starts_and_authenticates(scratch_server: LocalNeo4j) -> None:
    server = scratch_server
    server.write_config()
    password = "-" + generate_password()
    server.ensure_password(password)
    server.start()
    with GraphDatabase.driver(f"bolt://127.0.0.1:{BOLT}", auth=("neo4j", password)) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
    assert records[0]["one"] == 1
