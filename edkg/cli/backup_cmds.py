"""`edkg backup PATH` and `edkg restore PATH`: the local server's graph to one file and back.

Why Neo4j's own `neo4j-admin database dump/load` (through `graph.local_server`)
and not an export of our own: the archive holds the store exactly (every node,
relationship, property, constraint and index), loads into any Neo4j 5, and
needs no code of ours to be right. Neo4j Community can only dump or load a
database whose server is stopped, so both commands stop the local server when
it runs, say so, and start it again afterwards (also when the dump fails).
For Docker and Aura, see the README (Backups).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from core.errors import ConfigurationError
from core.settings import get_settings
from edkg.cli.output import console
from graph.local_server import LocalNeo4j


def _local_server() -> LocalNeo4j:
    settings = get_settings()
    if not settings.uses_local_server:
        raise ConfigurationError(
            f"edkg backup and restore work on the local server only (NEO4J_URI points at {settings.neo4j_uri}); "
            "for Docker or Aura, see the README's Backups section"
        )
    return LocalNeo4j(settings)


def _stopped(server: LocalNeo4j, action: str) -> bool:
    """Stop the server for `action` when it runs; return whether it must be started again."""

    if server.pid() is None:
        return False
    console.print(
        f"Neo4j Community can only {action} a database while its server is stopped: stopping the local "
        "server (requests and loads in progress are cut off)…",
        highlight=False,
        soft_wrap=True,
    )
    server.stop()
    return True


def _restart(server: LocalNeo4j) -> None:
    status = server.start()
    console.print(f"Neo4j is running again (pid {status.pid})", highlight=False)


def backup(
    path: Annotated[Path, typer.Argument(help="the archive to write (a neo4j-admin dump file)")],
    overwrite: Annotated[bool, typer.Option("--overwrite", help="replace an existing file at PATH")] = False,
) -> None:
    """Dump the local server's graph into one file (stops the server meanwhile, then starts it again)."""

    server = _local_server()
    restart = _stopped(server, "dump")
    try:
        archive = server.dump(path, overwrite=overwrite)
    finally:
        if restart:
            _restart(server)
    console.print(
        f"backup written: {archive} ({archive.stat().st_size:,} bytes, mode 600)", highlight=False, soft_wrap=True
    )


def restore(
    path: Annotated[Path, typer.Argument(help="an archive written by `edkg backup`")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="replace the current graph without asking")] = False,
) -> None:
    """Replace the local server's graph by an archive (stops the server meanwhile, then starts it)."""

    server = _local_server()
    if not yes:
        if not sys.stdin.isatty():
            raise ConfigurationError("restore replaces the whole graph: pass --yes to confirm")
        typer.confirm(f"Replace the graph in {server.home} by {path}?", abort=True)
    info = server.check_archive(Path(path))  # a wrong file is refused before the server is stopped
    console.print(f"archive: {info}", highlight=False, soft_wrap=True)
    restart = _stopped(server, "load")
    try:
        server.load(Path(path))
        console.print(f"graph restored from {Path(path).resolve()}", highlight=False, soft_wrap=True)
    finally:
        if restart:  # also after a failed load: the archive is checked first, the old graph is still there
            _restart(server)
    if not restart:
        console.print(
            "the local server was not running; `edkg neo4j start` serves the restored graph",
            highlight=False,
            soft_wrap=True,
        )


def register(app: typer.Typer) -> None:
    app.command("backup")(backup)
    app.command("restore")(restore)
