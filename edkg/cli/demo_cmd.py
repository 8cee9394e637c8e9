"""`edkg demo`: the README's one command — Neo4j up, schema, sample corpus loaded, API served — and
`edkg stop`, which stops what a demo started.

Why the signal handling: the local Neo4j runs in its own session (so a Ctrl-C
meant for the API does not kill the database mid-write), which also meant that
Ctrl-C or SIGTERM on `make demo` stopped the API and left Neo4j running. The
demo now stops, on the way out, the server it started itself; a server that was
already running before the demo is left running, and the demo says so.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
from rich.console import Console

from core.settings import PROJECT_ROOT, Settings, get_settings
from edkg.cli.load_cmds import run_load
from edkg.cli.output import console, step
from edkg.cli.serve_cmd import serve
from graph.local_server import LocalNeo4j

SAMPLE_CORPUS = PROJECT_ROOT / "data" / "corpus"
DEMO_PID_FILE = "edkg-demo.pid"
"""In the server home's `run/` folder: the pid of a running `edkg demo`, so that `edkg stop` can end it."""


def _raise_exit(signum: int, frame: FrameType | None) -> None:
    """SIGTERM as an ordinary exit, so that the `finally` blocks (stopping Neo4j) run."""
    raise SystemExit(128 + signum)


def _demo_pid_file(settings: Settings) -> Path:
    return settings.neo4j_home.resolve() / "run" / DEMO_PID_FILE


def demo(
    corpus: Annotated[Path, typer.Option(help="files or folder to load")] = SAMPLE_CORPUS,
    serve_api: Annotated[
        bool, typer.Option("--serve/--no-serve", help="serve the API after loading (Ctrl-C stops it)")
    ] = True,
    keep_neo4j: Annotated[
        bool, typer.Option("--keep-neo4j", help="leave the local Neo4j running when the demo ends")
    ] = False,
) -> None:
    """Start the local Neo4j, load the sample corpus, print the URLs and serve the API (Ctrl-C stops it all).

    Neo4j is installed on first use; the schema is applied by the load. Ctrl-C or SIGTERM (or `edkg stop` from another shell) stops the API and the
    Neo4j server the demo started; one that was running before is left running.
    With NEO4J_URI/NEO4J_PASSWORD pointing at another server (Docker, Aura, a
    cluster), that server is used and nothing is provisioned.
    """
    settings = get_settings()
    server = LocalNeo4j(settings) if settings.uses_local_server and settings.neo4j_password is None else None
    started_here = False
    previous = signal.signal(signal.SIGTERM, _raise_exit)
    pid_file = _demo_pid_file(settings)
    try:
        if server is not None:
            started_here = server.pid() is None
            with step(console, "Starting Neo4j (the first start fetches it from Maven Central)…"):
                server.start()
            pid_file.parent.mkdir(parents=True, exist_ok=True)
            pid_file.write_text(str(os.getpid()))
        _load_and_serve(settings, corpus, serve_api, console)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if server is not None:
            pid_file.unlink(missing_ok=True)
            _stop_or_say_why_not(server, console, started_here, keep_neo4j or not serve_api)


def _load_and_serve(settings: Settings, corpus: Path, serve_api: bool, console: Console) -> None:
    """The load service with its retries (a Neo4j still starting, or briefly away, is waited for), then the API.

    Why `run_load` and not the `load` command: calling a typer command function skips typer, so every option
    left out arrived as its `OptionInfo` (the first retry then failed with `float + OptionInfo`)."""
    report = run_load([str(corpus)], quiet=not console.is_terminal)
    if report.failures:
        console.print("[yellow]some files failed to load (see above); the others are in the graph[/]")

    plain = not console.is_terminal
    console.rule("[bold]edkg is ready")
    console.print(
        f"Neo4j Browser  {settings.browser_url}   (user {settings.neo4j_user}, password in "
        f"{settings.password_file if settings.neo4j_password is None else 'NEO4J_PASSWORD'})",
        soft_wrap=plain,
    )
    console.print(f"API docs       {settings.api_url}/docs", soft_wrap=plain)
    console.print(f"Bolt           {settings.neo4j_uri}", soft_wrap=plain)
    console.print(
        f"Try            {settings.api_url}/provinces?country=CN&partner=org:moit&agreement_type=mou", soft_wrap=plain
    )
    if serve_api:
        console.print("Ctrl-C (or `make stop` from another shell) stops the API and Neo4j.", soft_wrap=plain)
        serve()  # Annotated options: plain defaults, callable as a function


def _stop_or_say_why_not(server: LocalNeo4j, console: Console, started_here: bool, keep: bool) -> None:
    """Stop the server the demo started; otherwise say that it keeps running and how to stop it."""
    if server.pid() is None:
        return
    if started_here and not keep:
        console.print("Stopping Neo4j…", soft_wrap=True)
        server.stop()
        console.print("Neo4j stopped (the graph is kept; `make demo` starts it again).", soft_wrap=True)
    else:
        why = "it was running before the demo" if not started_here else "as asked"
        console.print(f"Neo4j keeps running ({why}): `edkg neo4j stop` or `make stop` stops it.", soft_wrap=True)


def stop(
    timeout: Annotated[float, typer.Option(min=1, help="seconds to wait for the demo to end")] = 60.0,
) -> None:
    """Stop a running `edkg demo` (its API and the Neo4j it started) and the local Neo4j server."""
    settings = get_settings()
    pid_file = _demo_pid_file(settings)
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        pid = None
    demo_stopped = False
    if pid is not None and _is_demo(pid):
        console.print(f"Stopping the demo (pid {pid})…", soft_wrap=True)
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _is_demo(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        demo_stopped = not _is_demo(pid)
        console.print(
            "The demo stopped." if demo_stopped else f"The demo (pid {pid}) is still stopping.", soft_wrap=True
        )
    if LocalNeo4j(settings).stop():
        console.print("Neo4j stopped.", soft_wrap=True)
    elif not demo_stopped:
        console.print("Neo4j is not running.", soft_wrap=True)


def _is_demo(pid: int) -> bool:
    """Whether `pid` is alive and is an `edkg demo` (a stale pid file may name another process by now)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"demo" in cmdline and any(part.endswith(b"edkg") for part in cmdline)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
    app.command("stop")(stop)
