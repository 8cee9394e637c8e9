"""The `edkg` command line (typer + rich).

Why typer + rich: typed options with generated help, and progress bars and
tables that read well in a terminal. Each group of commands lives in its own
module and registers itself on the one `app` here; `main()` turns every
deliberate `EdkgError` into one red line and a non-zero exit code.
"""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.markup import escape

from core.errors import EdkgError

app = typer.Typer(
    name="edkg",
    help="The knowledge graph of Vietnam's economic diplomacy: extract, load, query, serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)
# Not a terminal (a log, a pipe): one message stays one line instead of being folded at 80 columns.
for _console in (console, err_console):
    _console.soft_wrap = not _console.is_terminal


def _register_commands() -> None:
    from edkg.cli import backup_cmds, demo_cmd, extract_cmd, load_cmds, mcp_cmd, query_cmds, serve_cmd, server_cmds

    for module in (demo_cmd, server_cmds, extract_cmd, load_cmds, serve_cmd, mcp_cmd, query_cmds, backup_cmds):
        module.register(app)
    from edkg.cli import watch_cmd

    watch_cmd.register(app)


_register_commands()


def main() -> None:
    """Entry point of the `edkg` console script."""
    try:
        app()
    except EdkgError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)
