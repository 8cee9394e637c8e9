"""`edkg load`, `edkg unload` and `edkg synth`: filling, emptying and feeding the graph."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from core.errors import GraphUnavailableError
from core.settings import get_settings
from core.vocabulary import WriteOutcome
from edkg.cli.bulk_cmd import run_bulk
from edkg.cli.output import console, err_console
from graph.driver import open_driver
from graph.loading import RETRY_SECONDS, Loader, LoadReport
from graph.unload import unload_articles
from graph.watching import load_urls
from graph.writer import BatchResult, GraphWriter
from loaders import walking
from loaders.fetching import is_url
from loaders.parallel import default_jobs
from loaders.pipeline import Extractor
from loaders.synth import generate


def _rate(count: int, seconds: float) -> str:
    if seconds <= 0:
        return "-"
    rate = count / seconds
    return (
        f"{rate:,.0f}" if rate >= 10 or rate == 0 else f"{rate:.1f}"
    )  # "0 articles/s" for 5 articles in 17 s read as none


def _summary(report: LoadReport) -> Table:
    s = report.stats
    table = Table(title="load summary", show_header=True)
    table.add_column("")
    outcomes = tuple(WriteOutcome)
    for name in outcomes:
        table.add_column(name.replace("_", " "), justify="right")
    table.add_row("articles", *(str(getattr(s, f"articles_{n}")) for n in outcomes))
    table.add_row("", "[bold]created", "[bold]updated", "[bold]deleted", "", "", "")
    table.add_row("nodes", str(s.nodes_created), str(s.nodes_updated), str(s.nodes_deleted), "", "", "")
    table.add_row(
        "relationships",
        str(s.relationships_created),
        str(s.relationships_updated),
        str(s.relationships_deleted),
        "",
        "",
        "",
    )
    return table


def _summary_line(report: LoadReport) -> str:
    """The totals under the summary table, as one line of its own (a table caption is folded to the table's
    width, which cut `facts/s` onto a line of its own in a log)."""
    s = report.stats
    return (
        f"{report.files} files ({len(report.failed_files)} failed), {s.articles_seen} articles, "
        f"{s.facts} facts in {report.seconds:.1f} s "
        f"({_rate(s.articles_seen, report.seconds)} articles/s, {_rate(s.facts, report.seconds)} facts/s)"
        + (
            f"; {report.dangling} relations naming an entity their article does not list were skipped"
            if report.dangling
            else ""
        )
        + (
            f"; {s.articles_no_facts} articles with nothing read from them (no entity, no relation) were not written"
            if s.articles_no_facts
            else ""
        )
        + (
            f"; {s.articles_confirmed} of the new articles were committed by an attempt whose "
            "acknowledgement was lost (found on retry)"
            if s.articles_confirmed
            else ""
        )
    )


BATCH_ARTICLES = 500
"""Articles per write transaction: chosen from `bench/load.py` (see the README's performance table)."""


def load(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="files or folders (recursively); `-` reads standard input; "
            "http(s) URLs are fetched (main text of the page, see `edkg watch`)",
        ),
    ],
    batch_articles: Annotated[int, typer.Option(min=1, help="articles per write transaction")] = BATCH_ARTICLES,
    retry_seconds: Annotated[
        float,
        typer.Option(min=0, help="how long to wait for an unreachable Neo4j (retrying with backoff) before stopping"),
    ] = RETRY_SECONDS,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="extraction processes (default: one per core for 1,000 files or more, else this process; "
            "the same graph whatever the number)",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    bulk: Annotated[
        bool,
        typer.Option(
            "--bulk",
            help="first load into an EMPTY local database through neo4j-admin import (the server is stopped "
            "meanwhile): the same graph, faster; refused on a database that holds anything",
        ),
    ] = False,
) -> None:
    """Extract articles and write them into the graph (idempotent and incremental).

    Unchanged articles are skipped, duplicates add nothing, a changed version
    replaces the older one's facts. Every file that fails is named with its
    reason; the exit code is 1 if any failed (after loading all the others).
    An unreachable Neo4j is waited for (`--retry-seconds`); after that the
    load stops with the number of articles already loaded, and running the
    same command again continues where it stopped.
    """
    if bulk:  # edkg/cli/bulk_cmd.py, graph/bulk.py
        result = run_bulk(paths, jobs=jobs, batch_articles=batch_articles, quiet=quiet)
        if result is None or result.load.failures:
            raise typer.Exit(1)
        return
    report = run_load(paths, batch_articles=batch_articles, retry_seconds=retry_seconds, jobs=jobs, quiet=quiet)
    if report.failures:
        raise typer.Exit(1)


def run_load(
    paths: list[str],
    *,
    batch_articles: int = BATCH_ARTICLES,
    retry_seconds: float = RETRY_SECONDS,
    jobs: int | None = None,
    quiet: bool = False,
) -> LoadReport:
    """`edkg load` as a function (`edkg demo` calls it): progress, summary and failures printed, the report
    returned; raises typer.Exit(1) when Neo4j stays unreachable."""
    settings = get_settings()
    urls, paths = [p for p in paths if is_url(p)], [p for p in paths if not is_url(p)]
    total = walking.count(paths) + len(urls)
    jobs = jobs or default_jobs(total)
    progress = Progress(
        TextColumn("[bold]loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        TextColumn("{task.fields[articles]} articles ({task.fields[aps]}/s)"),
        TextColumn("{task.fields[facts]} facts ({task.fields[fps]}/s)"),
        TimeElapsedColumn(),
        console=err_console,
        disable=quiet,
        transient=False,
    )
    task = progress.add_task("load", total=total, articles=0, aps="-", facts=0, fps="-")
    seen = {"articles": 0, "facts": 0}

    def on_batch(result: BatchResult, articles: int) -> None:
        seen["articles"] += articles
        seen["facts"] += result.stats.facts
        elapsed = progress.tasks[0].elapsed or 0.0
        progress.update(
            task,
            articles=seen["articles"],
            facts=seen["facts"],
            aps=_rate(seen["articles"], elapsed),
            fps=_rate(seen["facts"], elapsed),
        )

    def on_retry(reason: str, delay: float) -> None:
        # soft_wrap: one message stays one line (rich would fold a long path at the terminal width).
        progress.console.print(
            f"[yellow]Neo4j unreachable ({escape(reason)}); retrying in {delay:.1f} s", highlight=False, soft_wrap=True
        )

    try:
        with open_driver(settings) as driver, progress:
            loader = Loader(
                driver,
                settings.neo4j_database,
                Extractor(),
                writer=GraphWriter(driver, settings.neo4j_database, batch_articles=batch_articles),
                on_file=lambda source: progress.advance(task),
                on_batch=on_batch,
                on_retry=on_retry,
                uri=settings.neo4j_uri,
                retry_seconds=retry_seconds,
                jobs=jobs,
            )
            report = loader.load(paths)
            if urls:
                load_urls(
                    driver,
                    settings.neo4j_database,
                    urls,
                    loader.extractor,
                    report,
                    on_page=lambda page: progress.advance(task),
                )
    except GraphUnavailableError as exc:
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    console.print(_summary(report))
    console.print(_summary_line(report), highlight=False, markup=False, soft_wrap=not console.is_terminal)
    _print_failures(report)
    return report


def _print_failures(report: LoadReport) -> None:
    """One line per failed input; for internal errors (bugs of ours, not bad input) the first traceback too."""
    for failure in report.failures:
        err_console.print(
            f"[bold red]failed:[/] {escape(failure.source)}: {escape(failure.reason)}", highlight=False, soft_wrap=True
        )
    internal = report.internal_errors
    if internal:
        err_console.print(
            f"[bold red]internal error:[/] {len(internal)} input(s) broke on a bug in edkg, not on their content; "
            "please report it with this traceback (the first one):",
            highlight=False,
            soft_wrap=True,
        )
        err_console.print(internal[0].traceback or "", highlight=False, markup=False, soft_wrap=True)


def unload(ids: Annotated[list[str], typer.Argument(help="article ids (article:…)")]) -> None:
    """Remove articles and every fact, mention and entity that only they supported."""
    settings = get_settings()
    with open_driver(settings) as driver:
        found, stats = unload_articles(driver, settings.neo4j_database, ids)
    for missing in (i for i in ids if i not in found):
        err_console.print(f"[yellow]not loaded:[/] {missing}", highlight=False)
    console.print(
        f"unloaded {len(found)} article(s): {stats.nodes_deleted} nodes and "
        f"{stats.relationships_deleted} relationships deleted, {stats.nodes_updated} nodes and "
        f"{stats.relationships_updated} relationships updated"
    )
    if not found:
        raise typer.Exit(1)


def synth(
    out: Annotated[Path, typer.Option("--out", help="output folder (1,000 files per sub-folder)")],
    articles: Annotated[int, typer.Option("--articles", "-n", min=1, help="number of articles")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="the corpus (same seed, same articles)")] = 0,
    start: Annotated[int, typer.Option("--start", min=0, help="index of the first article (to extend a corpus)")] = 0,
) -> None:
    """Write a synthetic corpus of template articles (marked \\[synthetic], source edkg-synth)."""
    with Progress(
        TextColumn("[bold]synth"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err_console
    ) as progress:
        task = progress.add_task("synth", total=articles)
        for _ in generate(out, articles, seed, start):
            progress.advance(task)
    console.print(f"{articles} synthetic articles (seed {seed}) written under {out}")


def register(app: typer.Typer) -> None:
    app.command("load")(load)
    app.command("unload")(unload)
    app.command("synth")(synth)
