"""Helpers shared by the reliability tests: real `edkg` subprocesses against the test server.

Why subprocesses: bad input, a stopped server and SIGKILL are only honest
through the command a user runs, with its own process, driver and exit code.
The canonical graph dump is `tests.test_load_fixtures.dump` (reused, not copied).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from neo4j import Driver

from core.settings import PROJECT_ROOT, Settings

EDKG = [sys.executable, "-c", "from edkg.cli import main; main()"]
"""The `edkg` console script's entry point, run by this interpreter (the project's venv)."""
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def edkg_env(settings: Settings) -> dict[str, str]:
    """The environment of an `edkg` subprocess that talks to the test server (password read from its home)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(
        NEO4J_HOME=str(settings.neo4j_home),
        NEO4J_BOLT_PORT=str(settings.neo4j_bolt_port),
        NEO4J_HTTP_PORT=str(settings.neo4j_http_port),
        NEO4J_URI=settings.neo4j_uri,
        # a command that restarts the server (backup, restore) writes its config again: the Browser's
        # guide must still point at the test API
        API_HOST=settings.api_host,
        API_PORT=str(settings.api_port),
        COLUMNS="200",
        PYTHONUNBUFFERED="1",
    )
    return env


def password(settings: Settings) -> str:
    return (settings.neo4j_home / "password").read_text(encoding="utf-8").strip()


def run_edkg(
    args: Sequence[str],
    settings: Settings,
    *,
    prefix: Sequence[str] = (),
    timeout: float = 600,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """Run `edkg ARGS` to the end (`env` adds variables); the password must never show in what it printed."""
    proc = subprocess.run(
        [*prefix, *EDKG, *args],
        env={**edkg_env(settings), **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=PROJECT_ROOT,
    )
    assert_no_secret(proc.stdout + proc.stderr, settings)
    return proc


def start_edkg(args: Sequence[str], settings: Settings, out: Path) -> subprocess.Popen:
    """Start `edkg ARGS` in the background, stdout and stderr into `out`.{stdout,stderr}."""
    return subprocess.Popen(
        [*EDKG, *args],
        env=edkg_env(settings),
        cwd=PROJECT_ROOT,
        stdout=open(out.with_suffix(".stdout"), "w"),
        stderr=open(out.with_suffix(".stderr"), "w"),
    )


def output_of(out: Path) -> tuple[str, str]:
    return out.with_suffix(".stdout").read_text(), out.with_suffix(".stderr").read_text()


def assert_no_secret(text: str, settings: Settings) -> None:
    assert password(settings) not in text, "the Neo4j password appears in edkg's output"


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 300, every: float = 0.2) -> None:
    """Poll until `condition()` holds; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


def article_count(driver: Driver) -> int:
    return driver.execute_query("MATCH (a:Article) RETURN count(a) AS c")[0][0]["c"]


def article_ids(driver: Driver) -> set[str]:
    return {r["id"] for r in driver.execute_query("MATCH (a:Article) RETURN a.id AS id")[0]}


def half_written(driver: Driver) -> dict[str, list]:
    """What a half-written load would leave: Articles without any mention, entities no article mentions,
    facts whose support count disagrees with the Articles' `facts` lists or whose evidence cites absent Articles."""
    bare = driver.execute_query("MATCH (a:Article) WHERE NOT EXISTS { (a)<-[:MENTIONED_IN]-() } RETURN a.id AS id")[0]
    orphan_nodes = driver.execute_query(
        "MATCH (n) WHERE NOT n:Article AND NOT EXISTS { (n)-[:MENTIONED_IN]->(:Article) } RETURN n.id AS id"
    )[0]
    miscounted = driver.execute_query(
        "MATCH (s)-[r]->(t) WHERE r.article_count IS NOT NULL "
        "WITH s, r, t, type(r) + '|' + s.id + '|' + t.id AS key "
        "WHERE r.article_count <> COUNT { MATCH (a:Article) WHERE key IN a.facts } "
        "   OR any(aid IN r.evidence_articles WHERE NOT EXISTS { MATCH (:Article {id: aid}) }) "
        "RETURN DISTINCT s.id + ' ' + type(r) + ' ' + t.id AS id"
    )[0]
    problems = {
        "articles without mentions": [r["id"] for r in bare],
        "entities no article mentions": [r["id"] for r in orphan_nodes],
        "relationships whose support disagrees with the articles": [r["id"] for r in miscounted],
    }
    return {k: v for k, v in problems.items() if v}


def failure_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed:")]


def to_cp1258(text: str) -> bytes:
    """Vietnamese text as the legacy Windows code page writes it: base letters precomposed, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append((base + "".join(c for c in parts if c in _TONES)).encode("cp1258"))
    return b"".join(out)
