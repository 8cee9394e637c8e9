"""`edkg mcp`: the MCP server over stdio, for desktop assistants.

Why stdio: a desktop assistant starts the server as its own child process and
speaks JSON-RPC on its standard input and output, so nothing listens on a port
and nothing else may be printed on standard output (messages go to standard
error). The tools are those the API serves at `/mcp` (`api.mcp_server`), over
one async driver opened for the session with the API's timeouts, with the
API's time budgets and cap on expensive reads.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import typer

from core.settings import get_settings


def mcp() -> None:
    """Serve the read-only MCP tools over stdio (configure it in a desktop assistant; see README)."""
    # Imported when the command runs, not with the command line: the MCP SDK and the API's routes are
    # about half of every `edkg` command's start-up (1.8 of 4.0 s, `python -X importtime -c "import
    # edkg.cli"` on the loaded test machine). Not a loop: the roof importing the API below it.
    from api.deadlines import ExpensiveGate
    from api.mcp_server import ReaderSlot, build_server
    from api.queries import GraphReader
    from graph.driver import open_async_driver

    settings = get_settings()
    slot = ReaderSlot()

    @asynccontextmanager
    async def lifespan(server: Any) -> AsyncIterator[None]:
        driver = open_async_driver(settings)
        slot.reader = GraphReader(driver, settings.neo4j_database)
        try:
            yield None
        finally:
            slot.reader = None
            await driver.close()

    logging.basicConfig(level=logging.WARNING, format="edkg mcp: %(levelname)s %(name)s: %(message)s")
    gate = ExpensiveGate(settings.api_expensive_concurrency, settings.api_expensive_wait)
    build_server(slot, settings, gate=lambda: gate, lifespan=lifespan).run("stdio")


def register(app: typer.Typer) -> None:
    app.command("mcp")(mcp)
