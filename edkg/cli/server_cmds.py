"""`edkg neo4j …` (the local server) and `edkg schema …`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from core.settings import get_settings
from edkg.cli.output import FORMAT_HELP, Format, console, print_rows, step
from graph.driver import open_driver
from graph.local_server import LocalNeo4j
from graph.schema import apply_schema, describe_schema

neo4j_app = typer.Typer(help="Install, start, stop and inspect the project's local Neo4j server.", no_args_is_help=True)
schema_app = typer.Typer(help="Apply and show the graph schema (constraints and indexes).", no_args_is_help=True)


def _server() -> LocalNeo4j:
    return LocalNeo4j(get_settings())


@neo4j_app.command("install")
def install() -> None:
    """Fetch Neo4j Community 5.26 and Neo4j Browser from Maven Central (cached)."""

    server = _server()
    with step(console, "Resolving Neo4j from Maven Central…"):
        server.install()
    console.print(f"Neo4j installed in {server.lib_dir}")


@neo4j_app.command("start")
def start() -> None:
    """Install if needed, then start the server on 127.0.0.1 and wait until Bolt answers."""

    server = _server()
    with step(console, "Starting Neo4j (first start installs it from Maven Central)…"):
        status = server.start()
    s = get_settings()
    console.print(f"[green]Neo4j is running[/] (pid {status.pid})")
    console.print(
        f"  Bolt:    bolt://127.0.0.1:{s.neo4j_bolt_port}  user {s.neo4j_user}, password in {server.password_file}",
        soft_wrap=True,
        highlight=False,
    )
    console.print(f"  Browser: {s.browser_url}", soft_wrap=True, highlight=False)


@neo4j_app.command("stop")
def stop() -> None:
    """Stop the server (its data is kept)."""

    console.print("Neo4j stopped" if _server().stop() else "Neo4j was not running")


@neo4j_app.command("status")
def status() -> None:
    """Whether the server runs, its pid, ports and home. Exit code 3 when it is not running."""

    st = _server().status()
    table = Table(show_header=False, box=None)
    for key, value in (
        ("running", st.running),
        ("pid", st.pid),
        ("bolt port", st.bolt_port),
        ("http port", st.http_port),
        ("home", st.home),
        ("installed", st.installed),
    ):
        table.add_row(key, str(value))
    console.print(table)
    if not st.running:
        raise typer.Exit(3)


@schema_app.command("apply")
def schema_apply() -> None:
    """Create the constraints and indexes of cypher/schema.cypher (idempotent)."""

    s = get_settings()
    with open_driver(s) as driver:
        stmts = apply_schema(driver, s.neo4j_database)
    console.print(f"schema applied: {len(stmts)} statements")


@schema_app.command("show")
def schema_show(
    fmt: Annotated[Format, typer.Option("--format", "-f", help=FORMAT_HELP)] = Format.table,
) -> None:
    """List the constraints and indexes Neo4j reports."""

    s = get_settings()
    with open_driver(s) as driver:
        desc = describe_schema(driver, s.neo4j_database)
    rows = [
        [
            {"constraints": "constraint", "indexes": "index"}[kind],
            str(row.get("name")),
            str(row.get("type")),
            ", ".join(row.get("labelsOrTypes") or []),
            ", ".join(row.get("properties") or []),
        ]
        for kind in ("constraints", "indexes")
        for row in desc[kind]
    ]
    print_rows(console, fmt, ["kind", "name", "type", "labels", "properties"], rows)


def register(app: typer.Typer) -> None:
    app.add_typer(neo4j_app, name="neo4j")
    app.add_typer(schema_app, name="schema")
