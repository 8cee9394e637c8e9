"""`edkg load --bulk`: the first load of a large corpus into the local server's empty database.

Why a module of its own: `edkg load` (edkg/cli/load_cmds.py) hands its paths here when `--bulk` is given; what
is shown differs (phases, the server stopped and started, the import tool's figures), the work is
`graph.bulk.bulk_load`'s.
"""

from __future__ import annotations

from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from core.errors import EdkgError
from core.settings import get_settings
from core.vocabulary import WriteOutcome
from edkg.cli.output import console, err_console
from graph.bulk import BulkReport, bulk_load
from loaders import walking
from loaders.fetching import is_url
from loaders.parallel import default_jobs


def _error(message: str) -> None:
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)


def _summary(result: BulkReport) -> Table:
    s = result.load.stats
    table = Table(title="bulk load summary", show_header=True)
    table.add_column("")
    outcomes = tuple(WriteOutcome)
    for name in outcomes:
        table.add_column(name.replace("_", " "), justify="right")
    table.add_row("articles", *(str(getattr(s, f"articles_{n}")) for n in outcomes))
    table.add_row("nodes", str(result.nodes), *([""] * (len(outcomes) - 1)))
    table.add_row("relationships", str(result.relationships), *([""] * (len(outcomes) - 1)))
    return table


def run_bulk(paths: list[str], *, jobs: int | None, batch_articles: int, quiet: bool = False) -> BulkReport | None:
    """Run the bulk load with a progress bar and print its summary; None (after saying why) when refused."""
    settings = get_settings()
    if urls := [p for p in paths if is_url(p)]:
        _error(f"--bulk reads files and folders, not web pages ({urls[0]}): load pages without --bulk")
        return None
    progress = Progress(
        TextColumn("[bold]bulk"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
        transient=False,
    )
    files = walking.count(paths)
    task = progress.add_task("bulk", total=files)
    jobs = jobs or default_jobs(files)

    def on_phase(phase: str) -> None:
        progress.console.print(f"[bold]bulk:[/] {escape(phase)}", highlight=False, soft_wrap=True)

    try:
        with progress:
            result = bulk_load(
                settings,
                paths,
                jobs=jobs,
                batch_articles=batch_articles,
                on_file=lambda source: progress.advance(task),
                on_phase=on_phase,
            )
    except EdkgError as exc:
        _error(str(exc))
        return None
    load = result.load
    console.print(_summary(result))
    phases = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in result.phases.items())
    console.print(
        f"{load.files} files ({len(load.failed_files)} failed), {load.stats.articles_seen} articles in "
        f"{load.seconds:.1f} s ({phases}); peak RSS: edkg {result.peak_mib:.0f} MiB, "
        f"neo4j-admin import {result.import_peak_mib:.0f} MiB"
        + (
            f"; {load.dangling} relations naming an entity their article does not list were skipped"
            if load.dangling
            else ""
        ),
        highlight=False,
        markup=False,
    )
    if result.nodes:
        console.print(
            "clients connected before the import (a running `edkg serve`) must be restarted: "
            "the new database starts its transactions afresh",
            highlight=False,
            markup=False,
        )
    for failure in load.failures:
        err_console.print(
            f"[bold red]failed:[/] {escape(failure.source)}: {escape(failure.reason)}", highlight=False, soft_wrap=True
        )
        if failure.traceback:
            err_console.print(escape(failure.traceback), highlight=False, soft_wrap=True)
    return result
