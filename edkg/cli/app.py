"""The one typer application every command module registers on (assembled in `edkg.cli`).

Why its own module: the command modules and the package that assembles them both need it, and neither
should import the other's top to get it.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="edkg",
    help="The knowledge graph of Vietnam's economic diplomacy: extract, load, query, serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
