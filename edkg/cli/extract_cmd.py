"""`edkg extract PATH…`: the dry run, read articles and show what would go into the graph (no database)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from core.vocabulary import Label, RelType
from edkg.cli.output import Format, console, err_console, print_csv, print_table
from loaders import walking
from loaders.contract import to_document
from loaders.models import DocumentExtraction
from loaders.parallel import Crash, extract_one
from loaders.pipeline import Extractor

_PROGRESS_FROM = 4  # files; fewer finish before a bar is worth drawing


def extract(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders of articles (.txt, .html, .md…); '-' reads stdin.")
    ],
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="table: what was found, per file; csv: one row per entity; json: the evaluation contract.",
        ),
    ] = Format.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the JSON to this file instead of stdout.")
    ] = None,
) -> None:
    """Extract officials, organisations, places, agreements, topics and events; exit 1 if any file failed."""

    extractor = Extractor()
    total = walking.count(paths)
    documents: list[DocumentExtraction] = []
    failed = 0
    crash: Crash | None = None
    progress = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=total < _PROGRESS_FROM,
    )
    with progress:
        task = progress.add_task("extract", total=total)
        for item in walking.walk(paths):
            result = extract_one(extractor, item)
            if isinstance(result, Crash):
                crash = crash or result
                result = DocumentExtraction(source=result.source, error=f"internal error ({result.error})")
            failed += _report(result, err_console)
            documents.append(result)
            progress.advance(task)
    if crash is not None:
        err_console.print(
            "[bold red]internal error:[/] a bug in edkg, not in the input; please report it with this traceback:",
            highlight=False,
            soft_wrap=True,
        )
        err_console.print(crash.traceback, highlight=False, markup=False, soft_wrap=True)
    if fmt is Format.json:
        payload = json.dumps({"documents": [to_document(d) for d in documents]}, ensure_ascii=False, indent=1)
        if output:
            output.write_text(payload + "\n", encoding="utf-8")
        else:
            console.file.write(payload + "\n")
    elif fmt is Format.csv:
        _csv(console, documents)
    else:
        for doc in documents:
            if not doc.error:
                _table(console, doc)
    if failed:
        raise typer.Exit(1)


def _report(doc: DocumentExtraction, err_console: Console) -> int:
    if doc.error:
        err_console.print(f"[bold red]error:[/] {doc.source}: {doc.error}", highlight=False, soft_wrap=True)
        return 1
    return 0


_LISTED = (
    (Label.ORGANIZATION, "organisations"),
    (Label.PROVINCE, "provinces"),
    (Label.COUNTRY, "countries"),
    (Label.TOPIC, "topics"),
)
"""Labels listed by name under each file (officials, agreements and events get tables of their own)."""


def _table(console: Console, doc: DocumentExtraction) -> None:
    """What was found in one file: its articles, every entity by kind, and tables of officials, agreements
    and events. Nothing is cut: names and titles wrap in a terminal and stay whole when piped."""
    data = to_document(doc)
    ents = {e["id"]: e for e in data["entities"]}
    plain = not console.is_terminal
    console.rule(f"[bold]{escape(data['file'])}")
    for a in data["articles"]:
        dup = f" [yellow](duplicate of {escape(a['duplicate_of'])})[/]" if a["duplicate_of"] else ""
        meta = "  ".join(escape(part) for part in (a["date"], a["source"]) if part)
        console.print(
            f"[bold]{escape(a['title'] or '')}[/]" + (f"  {meta}" if meta else "") + dup,
            highlight=False,
            soft_wrap=plain,
        )
    counts = Counter(e["label"] for e in data["entities"])
    console.print("  " + ", ".join(f"{label}: {n}" for label, n in sorted(counts.items())), highlight=False)
    for label, heading in _LISTED:
        names = sorted({e["name"] for e in data["entities"] if e["label"] == label}, key=str.casefold)
        if names:
            console.print(
                Text.assemble((f"{heading} ({len(names)}): ", "bold"), "; ".join(names)),
                highlight=False,
                soft_wrap=plain,
            )
    people = [e for e in data["entities"] if e["label"] == Label.OFFICIAL]
    if people:
        print_table(
            console,
            ["official", "titles", "country"],
            [
                [e["name"], ", ".join(e["properties"].get("titles", [])), e["properties"].get("country") or ""]
                for e in people
            ],
            title="officials",
        )
    parties: dict[str, list[str]] = {}
    attended: dict[str, list[str]] = {}
    for r in data["relations"]:
        if r["type"] == RelType.PARTY_TO:
            parties.setdefault(r["to"], []).append(ents.get(r["from"], {}).get("name", r["from"]))
        elif r["type"] == RelType.ATTENDED:
            attended.setdefault(r["to"], []).append(ents.get(r["from"], {}).get("name", r["from"]))
    agreements = [e for e in data["entities"] if e["label"] == Label.AGREEMENT]
    if agreements:
        print_table(
            console,
            ["agreement", "type", "status", "date", "parties"],
            [
                [
                    e["name"],
                    e["properties"].get("type", ""),
                    e["properties"].get("status", ""),
                    e["properties"].get("date") or "",
                    "; ".join(dict.fromkeys(parties.get(e["id"], []))),
                ]
                for e in agreements
            ],
            title="agreements",
        )
    events = [e for e in data["entities"] if e["label"] == Label.EVENT]
    if events:
        print_table(
            console,
            ["event", "kind", "date", "participants"],
            [
                [
                    e["name"],
                    e["properties"].get("kind", ""),
                    e["properties"].get("date") or "",
                    "; ".join(dict.fromkeys(attended.get(e["id"], []))),
                ]
                for e in events
            ],
            title="events",
        )


def _csv(console: Console, documents: list[DocumentExtraction]) -> None:
    """One row per entity found: file, article, id, label, name, aliases (for a spreadsheet or `grep`)."""
    rows: list[list[str]] = []
    for doc in documents:
        if doc.error:
            continue
        data = to_document(doc)
        articles = "; ".join(a["id"] for a in data["articles"])
        rows.extend(
            [data["file"], articles, e["id"], e["label"], e["name"], "; ".join(e.get("aliases") or [])]
            for e in data["entities"]
        )
    print_csv(console, ["file", "articles", "id", "label", "name", "aliases"], rows)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
