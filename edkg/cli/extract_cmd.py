"""`edkg extract PATH…`: the dry run, read articles and show what would go into the graph (no database)."""

from __future__ import annotations

import json
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

_PROGRESS_FROM = 4  # files; fewer finish before a bar is worth drawing


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


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
    from core.errors import InputError
    from edkg.cli import console, err_console
    from loaders.contract import to_document
    from loaders.models import DocumentExtraction
    from loaders.pipeline import Extractor, iter_files
    from loaders.reading import read_stream

    extractor = Extractor()
    files = list(iter_files(p for p in paths if str(p) != "-"))
    documents, failed = [], 0
    if any(str(p) == "-" for p in paths):
        try:
            result = extractor.extract_text(read_stream().text, "-")
        except InputError as exc:
            result = DocumentExtraction(source="-", error=exc.reason)
        failed += _report(result, err_console)
        documents.append(result)
    progress = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
        disable=len(files) < _PROGRESS_FROM,
    )
    with progress:
        task = progress.add_task("extract", total=len(files))
        for path in files:
            try:
                result = extractor.extract_file(path)
            except Exception as exc:
                result = DocumentExtraction(source=str(path), error=f"internal error ({type(exc).__name__}: {exc})")
            failed += _report(result, err_console)
            documents.append(result)
            progress.advance(task)
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


def _report(doc, err_console) -> int:
    if doc.error:
        err_console.print(f"[bold red]error:[/] {doc.source}: {doc.error}", highlight=False, soft_wrap=True)
        return 1
    return 0


_LISTED = (("Organization", "organisations"), ("Province", "provinces"), ("Country", "countries"), ("Topic", "topics"))
"""Labels listed by name under each file (officials, agreements and events get tables of their own)."""


def _table(console, doc) -> None:
    """What was found in one file: its articles, every entity by kind, and tables of officials, agreements
    and events. Nothing is cut: names and titles wrap in a terminal and stay whole when piped."""
    from edkg.cli.output import print_table
    from loaders.contract import to_document

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
    people = [e for e in data["entities"] if e["label"] == "Official"]
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
        if r["type"] == "PARTY_TO":
            parties.setdefault(r["to"], []).append(ents.get(r["from"], {}).get("name", r["from"]))
        elif r["type"] == "ATTENDED":
            attended.setdefault(r["to"], []).append(ents.get(r["from"], {}).get("name", r["from"]))
    agreements = [e for e in data["entities"] if e["label"] == "Agreement"]
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
    events = [e for e in data["entities"] if e["label"] == "Event"]
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


def _csv(console, documents) -> None:
    """One row per entity found: file, article, id, label, name, aliases (for a spreadsheet or `grep`)."""
    from edkg.cli.output import print_csv
    from loaders.contract import to_document

    rows = []
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
