"""Printing results so that they read well wherever they go: a terminal of any width, a pipe, a file.

Why this module: rich fits a table into the console's width, and when the output
is a pipe that width is 80 columns, so cells came out as `Hải…` — and the
province names were the answer. The rules here:

- not a terminal (piped, redirected): the table at its natural width, every cell
  whole, on one line per row (what `grep`, `cut` and a reader of a log want);
- a terminal wide enough: the same table;
- a terminal too narrow for it: one block per row, `column  value`, the values
  wrapped at the terminal's width (never cut, never squeezed to one word a line);
- `--format csv|json`: every value, machine-readable.

Where text must be shortened (a one-line summary), `ellipsize` cuts at a word
boundary and says so with `…`. The command line's two consoles live here too, so
every command module imports them from this leaf module and none from the
package that assembles the commands.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

console = Console()
"""Where results go (standard output)."""
err_console = Console(stderr=True)
"""Where progress, warnings and errors go (standard error)."""
# Not a terminal (a log, a pipe): one message stays one line instead of being folded at 80 columns.
for _console in (console, err_console):
    _console.soft_wrap = not _console.is_terminal


class Format(StrEnum):
    """How a command prints its results."""

    table = "table"
    csv = "csv"
    json = "json"


FORMAT_HELP = "table: readable (whole cells when piped, one block per row in a narrow terminal); csv; json"


def ellipsize(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with `…` when anything was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–") + "…"


def _table(keys: Sequence[str], rows: Sequence[Sequence[str]], wrap: bool) -> Table:
    table = Table(show_lines=wrap, title_justify="left")
    for key in keys:
        table.add_column(key, no_wrap=not wrap, overflow="fold")
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    return table


def natural_width(console: Console, table: Table) -> int:
    """The width `table` takes when nothing in it is wrapped."""
    wide = console.options.update(width=1_000_000, max_width=1_000_000)
    return Measurement.get(console, wide, table).maximum


def print_table(console: Console, keys: Sequence[str], rows: Sequence[Sequence[str]], title: str | None = None) -> None:
    """`rows` (already text) under the header `keys`, following the rules of this module."""
    if title:
        console.print(Text(title, style="bold"), soft_wrap=not console.is_terminal)
    table = _table(keys, rows, wrap=False)
    width = natural_width(console, table)
    if not console.is_terminal:
        # A console of the table's own width: rich would otherwise fold it into 80 columns.
        wide = Console(
            file=console.file,
            width=width,
            color_system=None,
            force_terminal=False,
            highlight=False,
            emoji=False,
            markup=False,
        )
        wide.print(table, crop=False)
        return
    if width <= console.width:
        console.print(table)
        return
    key_width = max((len(k) for k in keys), default=0)
    for index, row in enumerate(rows, 1):
        console.rule(f"{index}", align="left", style="dim")
        block = Table.grid(padding=(0, 2))
        block.add_column(style="bold", no_wrap=True, min_width=key_width)
        block.add_column(overflow="fold")
        for key, cell in zip(keys, row, strict=False):
            block.add_row(key, Text(cell))
        console.print(block)


def print_csv(console: Console, keys: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    writer = csv.writer(console.file, lineterminator="\n")
    writer.writerow(keys)
    writer.writerows(rows)


def print_json(console: Console, payload: Any) -> None:
    console.file.write(json.dumps(payload, ensure_ascii=False, indent=1, default=str) + "\n")


def print_rows(
    console: Console,
    fmt: Format,
    keys: Sequence[str],
    rows: Sequence[Sequence[str]],
    title: str | None = None,
    json_payload: Any = None,
) -> None:
    """One entry point for every command that prints results: table, CSV or JSON (`json_payload`, or the rows
    as objects)."""
    if fmt is Format.csv:
        print_csv(console, keys, rows)
    elif fmt is Format.json:
        print_json(
            console, json_payload if json_payload is not None else [dict(zip(keys, row, strict=False)) for row in rows]
        )
    else:
        print_table(console, keys, rows, title)


@contextmanager
def step(console: Console, message: str) -> Iterator[None]:
    """A spinner on a terminal; elsewhere (a log, CI, a pipe) a plain line before and one after, because a
    transient spinner leaves nothing in a log and the user saw no sign of a minutes-long first start."""
    if console.is_terminal:
        with console.status(message):
            yield
        return
    console.print(message, soft_wrap=True, highlight=False, markup=False)
    started = time.monotonic()
    yield
    console.print(f"  done in {time.monotonic() - started:.1f} s", soft_wrap=True, highlight=False)
