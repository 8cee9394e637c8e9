"""CLI output that reads well wherever it goes: whole cells when piped, one block per row in a narrow
terminal, `--format csv|json`, ellipses where text must be cut, and `edkg extract` listing what it found.

The saved-query tests run the real `edkg` against the test server loaded with the sample corpus: piped, with
COLUMNS=60, and in a real pseudo-terminal 60 columns wide.
"""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from edkg.cli.output import ellipsize, print_table
from tests.conftest import CORPUS, wipe

EDKG = Path(sys.executable).with_name("edkg")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
LONG = "Bản ghi nhớ về tăng cường hợp tác trong lĩnh vực kinh tế, thương mại giữa Bộ Công Thương và Hải Nam"
ROWS = [["province:cn-hi", "Hải Nam", LONG], ["province:cn-sd", "Sơn Đông", LONG.replace("Hải Nam", "Sơn Đông")]]


# --- the renderer, offline ------------------------------------------------------------------------------------


def test_ellipsize_cuts_at_a_word_and_says_so() -> None:
    assert ellipsize("short title", 20) == "short title"
    cut = ellipsize(LONG, 40)
    assert cut.endswith("…") and len(cut) <= 40 and LONG.startswith(cut[:-1])
    assert LONG[len(cut) - 1] == " "  # cut at a word boundary, not mid-word


def test_not_a_terminal_keeps_every_cell_whole_on_one_line() -> None:
    out = io.StringIO()
    print_table(Console(file=out, width=60, force_terminal=False), ["province_id", "province", "agreement"], ROWS)
    lines = out.getvalue().splitlines()
    assert any("Hải Nam" in line and LONG in line for line in lines)
    assert any("Sơn Đông" in line for line in lines)
    assert "…" not in out.getvalue()


def test_a_narrow_terminal_gets_one_block_per_row_wrapped_not_cut() -> None:
    out = io.StringIO()
    print_table(
        Console(file=out, width=60, force_terminal=True, color_system=None),
        ["province_id", "province", "agreement"],
        ROWS,
    )
    text = ANSI.sub("", out.getvalue())
    assert all(len(line) <= 60 for line in text.splitlines())
    assert re.search(r"^province\s+Hải Nam\s*$", text, re.M) and re.search(r"^province\s+Sơn Đông\s*$", text, re.M)
    assert "…" not in text
    assert " ".join(text.split()).count("tăng cường hợp tác") == 2  # the long cell wrapped, every word kept


def test_a_wide_terminal_gets_the_table() -> None:
    out = io.StringIO()
    print_table(
        Console(file=out, width=300, force_terminal=True, color_system=None),
        ["province", "agreement"],
        [row[1:] for row in ROWS],
    )
    assert any("Hải Nam" in line and LONG in line for line in out.getvalue().splitlines())


def test_extract_lists_what_it_found_with_whole_titles() -> None:
    path = CORPUS / "004_daa6b1b42b351fba.txt"
    out = subprocess.run([str(EDKG), "extract", str(path)], capture_output=True, text=True, check=True).stdout
    doc = json.loads(
        subprocess.run(
            [str(EDKG), "extract", str(path), "-f", "json"], capture_output=True, text=True, check=True
        ).stdout
    )["documents"][0]
    for article in doc["articles"]:
        assert article["title"] in out
    for entity in doc["entities"]:
        assert entity["name"] in out, entity["name"]  # every entity is listed by name, none only counted
    assert "…" not in out
    rows = list(
        csv.DictReader(
            io.StringIO(
                subprocess.run(
                    [str(EDKG), "extract", str(path), "-f", "csv"], capture_output=True, text=True, check=True
                ).stdout
            )
        )
    )
    assert {r["id"] for r in rows} == {e["id"] for e in doc["entities"]}


# --- saved queries on the sample corpus -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def loaded(driver, test_settings) -> dict[str, str]:
    """The sample corpus in the test server; the environment that points `edkg` at it."""
    from graph.loading import Loader
    from graph.schema import apply_schema
    from loaders.pipeline import Extractor

    apply_schema(driver, test_settings.neo4j_database)
    wipe(driver, test_settings.neo4j_database)
    report = Loader(driver, test_settings.neo4j_database, Extractor()).load([CORPUS])
    assert not report.failures
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "NEO4J_PASSWORD", "COLUMNS", "LINES")}
    env.update(
        NEO4J_HOME=str(test_settings.neo4j_home),
        NEO4J_BOLT_PORT=str(test_settings.neo4j_bolt_port),
        NEO4J_HTTP_PORT=str(test_settings.neo4j_http_port),
    )
    return env


def run_in_terminal(args: list[str], env: dict[str, str], columns: int) -> str:
    """`edkg …` in a real pseudo-terminal `columns` wide: what a user at a narrow terminal sees."""
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    proc = subprocess.Popen(
        args, stdin=slave, stdout=slave, stderr=slave, env={**env, "COLUMNS": str(columns)}, close_fds=True
    )
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    return ANSI.sub("", b"".join(chunks).decode("utf-8", errors="replace").replace("\r\n", "\n"))


@pytest.mark.neo4j
def test_mou_partners_piped_has_the_province_names_whole(loaded: dict[str, str]) -> None:
    for extra in ({}, {"COLUMNS": "60"}):
        out = subprocess.run(
            [str(EDKG), "query", "mou_partners"], capture_output=True, text=True, check=True, env={**loaded, **extra}
        ).stdout
        assert "Hải Nam" in out and "Sơn Đông" in out, out
        assert "…" not in out
        assert len([line for line in out.splitlines() if "province:cn-" in line]) == 2  # one line per row


@pytest.mark.neo4j
def test_mou_partners_in_a_60_column_terminal(loaded: dict[str, str]) -> None:
    out = run_in_terminal([str(EDKG), "query", "mou_partners"], loaded, 60)
    assert "Hải Nam" in out and "Sơn Đông" in out, out
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) <= 60


@pytest.mark.neo4j
def test_mou_partners_as_csv_and_json(loaded: dict[str, str]) -> None:
    text = subprocess.run(
        [str(EDKG), "query", "mou_partners", "--format", "csv"], capture_output=True, text=True, check=True, env=loaded
    ).stdout
    assert {row["province"] for row in csv.DictReader(io.StringIO(text))} == {"Hải Nam", "Sơn Đông"}
    rows = json.loads(
        subprocess.run(
            [str(EDKG), "query", "mou_partners", "-f", "json"], capture_output=True, text=True, check=True, env=loaded
        ).stdout
    )
    assert {row["province"] for row in rows} == {"Hải Nam", "Sơn Đông"}
    assert all(row["evidence"] and row["date"] for row in rows)


@pytest.mark.neo4j
def test_query_list_shows_every_default_whole(loaded: dict[str, str]) -> None:
    import cypher
    from graph.saved_queries import param_defaults

    out = subprocess.run([str(EDKG), "query", "--list"], capture_output=True, text=True, check=True, env=loaded).stdout
    for name in cypher.saved_query_names():
        query = cypher.saved_query(name)
        assert name in out and query.title in out
        for key, value in param_defaults(query).items():
            assert (f"{key} ({value})" if value else key) in out


@pytest.mark.neo4j
def test_neo4j_start_off_a_terminal_prints_plain_progress_lines_unfolded(loaded: dict[str, str]) -> None:
    """A log gets a line before and after the (possibly minutes-long) start, and no line folded at 80 columns."""
    out = subprocess.run([str(EDKG), "neo4j", "start"], capture_output=True, text=True, check=True, env=loaded).stdout
    lines = out.splitlines()
    assert lines[0].startswith("Starting Neo4j") and re.match(r"\s+done in [\d.]+ s$", lines[1])
    assert any(line.strip().startswith("Bolt:") and line.rstrip().endswith("password") for line in lines)
