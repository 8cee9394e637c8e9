"""The `edkg` command line (typer + rich).

Why typer + rich: typed options with generated help, and progress bars and
tables that read well in a terminal. Each group of commands lives in its own
module and registers itself on the one `app` (`edkg.cli.app`) here, where the
command line is assembled; `main()` turns every deliberate `EdkgError` into one
red line and a non-zero exit code. The command modules import what they print
with from `edkg.cli.output` (the consoles too), never this package: nothing
imports the roof's own top, so there is no import loop to hide in functions.
"""

from __future__ import annotations

import sys

from rich.markup import escape

from core.errors import EdkgError, QueryError
from edkg.cli import (
    backup_cmds,
    demo_cmd,
    extract_cmd,
    load_cmds,
    mcp_cmd,
    query_cmds,
    serve_cmd,
    server_cmds,
    watch_cmd,
)
from edkg.cli.app import app
from edkg.cli.output import console as console  # older callers import the consoles from here
from edkg.cli.output import err_console as err_console
from graph.errors import translated

for _module in (demo_cmd, server_cmds, extract_cmd, load_cmds, serve_cmd, mcp_cmd, query_cmds, backup_cmds, watch_cmd):
    _module.register(app)


def main() -> None:
    """Entry point of the `edkg` console script."""
    try:
        with translated():  # a command's driver failure (Neo4j down, credentials refused) is one line too
            app()
    except QueryError:  # Cypher of ours that Neo4j cannot run is a bug: its traceback, not one line
        raise
    except EdkgError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)
