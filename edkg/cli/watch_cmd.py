"""`edkg watch`: keep the graph current from news feeds and sitemaps (once for cron, or as a loop)."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from core.errors import GraphAuthError, GraphBusyError, GraphUnavailableError
from core.settings import get_settings
from core.vocabulary import WriteOutcome
from edkg.cli.output import console, err_console
from graph.driver import open_driver
from graph.errors import translated
from graph.schema import apply_schema
from graph.watching import PageResult, Watcher, WatchReport
from loaders.fetching import Fetcher, FetchPolicy
from loaders.pipeline import Extractor

_STYLE = {
    WriteOutcome.NEW: "green",
    WriteOutcome.CHANGED: "cyan",
    WriteOutcome.UNCHANGED: "dim",
    WriteOutcome.DUPLICATE: "dim",
    WriteOutcome.NO_FACTS: "yellow",
    WriteOutcome.FAILED: "red",
    "skipped": "yellow",
}


def read_sources_file(path: Path) -> list[str]:
    """One feed or sitemap URL per line; blank lines and `#` comments are ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc.strerror or exc}", param_hint="--sources") from None
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def summary_table(report: WatchReport) -> Table:
    table = Table(title="watch summary", show_header=True)
    table.add_column("source", overflow="fold")
    for name in ("answer", "entries", "known", "new", "changed", "unchanged", "duplicate", "failed", "skipped"):
        table.add_column(name, justify="right")
    for s in report.sources:
        answer = {"not_modified": "304", "failed": "error"}.get(s.status, "200")
        unread = s.status != "checked"  # a 304 or an error: no entries were read
        table.add_row(
            s.url,
            answer,
            "-" if unread else str(s.entries),
            "-" if unread else str(s.known),
            *(str(s.count(o)) for o in (WriteOutcome.NEW, WriteOutcome.CHANGED)),
            str(s.count(WriteOutcome.UNCHANGED)),
            str(s.count(WriteOutcome.DUPLICATE)),
            str(s.count(WriteOutcome.FAILED) + s.count(WriteOutcome.NO_FACTS)),
            str(s.count("skipped")),
        )
    return table


def summary_line(report: WatchReport) -> str:
    pages = report.pages
    count = {o: sum(1 for p in pages if p.outcome == o) for o in _STYLE}
    not_modified = sum(1 for s in report.sources if s.status == "not_modified")
    failed = sum(1 for s in report.sources if s.status == "failed")
    return (
        f"{len(report.sources)} sources ({not_modified} not modified, {failed} failed), {len(pages)} pages: "
        f"{count['new']} new, {count['changed']} changed, {count['unchanged']} unchanged, "
        f"{count['duplicate']} duplicate, {count['failed'] + count['no_facts']} failed, "
        f"{count['skipped']} skipped; {report.requests} HTTP requests in {report.seconds:.1f} s"
    )


def watch(
    urls: Annotated[list[str] | None, typer.Argument(help="feed (RSS/Atom) or sitemap URLs")] = None,
    sources: Annotated[
        Path | None, typer.Option("--sources", help="a file with one feed or sitemap URL per line (# comments)")
    ] = None,
    once: Annotated[bool, typer.Option("--once", help="check every source once and exit (for cron)")] = False,
    interval: Annotated[float, typer.Option("--interval", min=1.0, help="seconds between runs without --once")] = 900.0,
    max_new: Annotated[int, typer.Option("--max-new", min=1, help="pages fetched per source and run")] = 200,
    host_interval: Annotated[
        float,
        typer.Option(
            "--host-interval",
            min=0.0,
            help="seconds between two requests to one host (robots.txt Crawl-delay wins when longer)",
        ),
    ] = 1.0,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="read timeout of one request, seconds")] = 20.0,
    retries: Annotated[
        int, typer.Option("--retries", min=0, help="retries of a request after a timeout or a 5xx/429")
    ] = 2,
    backoff: Annotated[
        float, typer.Option("--backoff", min=0.0, help="first delay between retries (doubled each time)")
    ] = 2.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no line per page, only the summary")] = False,
) -> None:
    """Load new articles from news feeds and sitemaps, politely.

    Each source is read with a conditional GET (ETag / Last-Modified); entries
    already loaded are skipped without a request, unless the listing says
    they changed; robots.txt is obeyed and each host gets one request at a
    time, spaced by --host-interval. A page that fails is reported (and 5xx or
    timeouts are tried again on the next runs); the run goes on. With --once
    the exit code is 1 when a source itself could not be read.
    """

    targets = list(urls or []) + (read_sources_file(sources) if sources else [])
    if not targets:
        raise typer.BadParameter("give feed or sitemap URLs, or --sources FILE", param_hint="URLS")
    settings = get_settings()
    policy = FetchPolicy(
        read_timeout=timeout,
        connect_timeout=min(timeout, 10.0),
        total_timeout=max(timeout * 3, 30),
        retries=retries,
        backoff=backoff,
        min_interval=host_interval,
    )
    stop = threading.Event()
    if not once:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())

    def on_source(url: str) -> None:
        if not quiet:
            err_console.print(f"[bold]checking[/] {escape(url)}", highlight=False, soft_wrap=True)

    def on_page(page: PageResult) -> None:
        if quiet:
            return
        style = _STYLE.get(page.outcome, "")
        detail = (
            f" ({escape(page.reason)})"
            if page.reason and page.outcome not in (WriteOutcome.NEW, WriteOutcome.CHANGED)
            else ""
        )
        err_console.print(
            f"  [{style}]{page.outcome:>9}[/] {escape(page.url)}{detail}", highlight=False, soft_wrap=True
        )

    def on_retry(url: str, reason: str, delay: float) -> None:
        if not quiet:
            err_console.print(
                f"  [yellow]retry[/] {escape(url)}: {escape(reason)}; again in {delay:.1f} s",
                highlight=False,
                soft_wrap=True,
            )

    failed_sources = False
    try:
        with open_driver(settings) as driver:
            while True:
                try:
                    with translated(), Fetcher(policy, on_retry=on_retry) as fetcher:
                        apply_schema(driver, settings.neo4j_database)
                        watcher = Watcher(
                            driver,
                            settings.neo4j_database,
                            fetcher,
                            Extractor(),
                            max_new=max_new,
                            on_source=on_source,
                            on_page=on_page,
                        )
                        report = watcher.run(targets)
                except GraphAuthError:
                    raise
                except (GraphUnavailableError, GraphBusyError) as exc:
                    # a loop outlives an outage of Neo4j: this run is lost, the next one tries again
                    err_console.print(
                        f"[bold red]error:[/] Neo4j is unavailable ({escape(_one_line(exc))})"
                        + ("" if once else f"; next run in {interval:.0f} s"),
                        highlight=False,
                        soft_wrap=True,
                    )
                    if once or stop.wait(interval):
                        raise typer.Exit(1) from None
                    continue
                console.print(summary_table(report))
                console.print(summary_line(report), highlight=False, markup=False, soft_wrap=True)
                for source in report.sources:
                    if source.error:
                        err_console.print(
                            f"[bold red]failed:[/] {escape(source.url)}: {escape(source.error)}",
                            highlight=False,
                            soft_wrap=True,
                        )
                failed_sources = any(s.status == "failed" for s in report.sources)
                if once or stop.wait(interval):
                    break
    except GraphAuthError as exc:
        err_console.print(
            f"[bold red]error:[/] {escape(_one_line(exc))}",
            highlight=False,
            soft_wrap=True,
        )
        raise typer.Exit(1) from None
    if once and failed_sources:
        raise typer.Exit(1)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def register(app: typer.Typer) -> None:
    app.command("watch")(watch)
