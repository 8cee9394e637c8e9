"""`edkg backup` / `edkg restore` on the local server, and the server's private file modes.

Real commands against the test server: the backup stops the running server
(Neo4j Community cannot dump a mounted database), dumps with Neo4j's own admin
tool and starts it again; the restore does the same around `database load`.
The round trip is judged by the canonical dump (`tests.test_load_fixtures.dump`).
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from graph.driver import open_driver
from graph.local_server import LocalNeo4j
from tests.conftest import CORPUS, wipe
from tests.reliability_helpers import article_count, half_written, run_edkg
from tests.test_load_fixtures import dump

pytestmark = pytest.mark.neo4j

SMALL_SERVER = {"NEO4J_HEAP": "1g", "NEO4J_PAGECACHE": "512m"}
"""The restarted test server keeps the test sizes (conftest), not the 2 GiB defaults."""


def _edkg(args: list[str], settings):
    return run_edkg(args, settings, env=SMALL_SERVER, timeout=600)


def _loose_modes(home: Path) -> list[str]:
    """Files and folders under `home` that the group or others may read, write or enter."""
    loose = []
    for path in [home, *home.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            loose.append(f"{oct(stat.S_IMODE(mode))} {path.relative_to(home)}")
    return loose


def test_backup_then_restore_gives_back_the_same_graph(empty_graph, test_settings, tmp_path):
    proc = _edkg(["load", str(CORPUS), "--quiet"], test_settings)
    assert proc.returncode == 0, proc.stderr
    before = dump(empty_graph)
    assert article_count(empty_graph) > 0
    server = LocalNeo4j(test_settings)
    archive = tmp_path / "backups" / "graph.dump"

    proc = _edkg(["backup", str(archive)], test_settings)
    assert proc.returncode == 0, proc.stderr
    assert "can only dump a database while its server is stopped" in proc.stdout  # said, not done silently
    assert "Neo4j is running again" in proc.stdout and server.pid() is not None
    assert archive.is_file() and stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert list(archive.parent.iterdir()) == [archive]  # no staging left behind
    assert dump(empty_graph) == before  # the backup changed nothing

    again = _edkg(["backup", str(archive)], test_settings)  # never overwritten silently
    assert again.returncode == 1 and "already exists" in again.stderr

    wipe(empty_graph)
    assert dump(empty_graph) != before

    refused = _edkg(["restore", str(archive)], test_settings)  # not a terminal: needs --yes
    assert refused.returncode == 1 and "--yes" in refused.stderr
    bogus = tmp_path / "not-a-dump"
    bogus.write_bytes(b"this is not a Neo4j archive\n" * 10)
    wrong = _edkg(["restore", str(bogus), "--yes"], test_settings)  # refused, server left running
    assert wrong.returncode == 1 and "is not a Neo4j dump" in wrong.stderr, wrong.stderr
    assert "stopping" not in wrong.stdout and server.pid() is not None

    proc = _edkg(["restore", str(archive), "--yes"], test_settings)
    assert proc.returncode == 0, proc.stderr
    assert "Neo4j is running again" in proc.stdout and server.pid() is not None
    # A fresh driver: the restored database is at an older transaction than the bookmarks a long-lived
    # driver holds (its execute_query would wait for them); clients are restarted after a restore.
    with open_driver(test_settings) as fresh:
        assert dump(fresh) == before
        assert not half_written(fresh)
    # the server has been restarted by this code: every file of its home is private (auth.ini, store, logs)
    assert _loose_modes(test_settings.neo4j_home.resolve()) == []


def test_secure_home_makes_an_older_home_private(tmp_path, test_settings):
    home = tmp_path / "home"
    (home / "data" / "dbms").mkdir(parents=True)
    (home / "data" / "dbms" / "auth.ini").write_text("neo4j:SHA-256,...\n")
    (home / "password").write_text("x\n")
    for path in [home, *home.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    LocalNeo4j(test_settings.model_copy(update={"neo4j_home": home})).secure_home()
    assert _loose_modes(home) == []
    assert stat.S_IMODE((home / "data" / "dbms").stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "password").stat().st_mode) == 0o600
