"""`edkg extract PATH…`: the dry run, read articles and show what would go into the graph (no database)."""
from __future__ import annotations

import json
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

_PROGRESS_FROM = 4  # files; fewer finish before a bar is worth drawing


class Format(str, Enum):
    table = "table"
    json = "json"


def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of articles (.txt, .html, .md…); '-' reads stdin.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table: a readable summary; json: the evaluation contract.")] = Format.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the JSON to this file instead of stdout.")] = None,
) -> None:
    """Extract officials, organisations, places, agreements, topics and events; exit 1 if any file failed."""
    from edkg.cli import console, err_console
    from edkg.errors import InputError
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
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err_console, transient=True, disable=len(files) < _PROGRESS_FROM)
    with progress:
        task = progress.add_task("extract", total=len(files))
        for path in files:
            try:
                result = extractor.extract_file(path)
            except Exception as exc:  # noqa: BLE001 - one broken file must not stop the others; it is reported
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


def _table(console, doc) -> None:
    from loaders.contract import to_document

    data = to_document(doc)
    ents = {e["id"]: e for e in data["entities"]}
    console.rule(f"[bold]{data['file']}")
    for a in data["articles"]:
        dup = f" [yellow](duplicate of {a['duplicate_of']})[/]" if a["duplicate_of"] else ""
        console.print(f"[bold]{a['title']}[/]  {a['date'] or ''} {a['source'] or ''}{dup}", highlight=False)
    counts = Counter(e["label"] for e in data["entities"])
    console.print("  " + ", ".join(f"{label}: {n}" for label, n in sorted(counts.items())), highlight=False)
    people = [e for e in data["entities"] if e["label"] == "Official"]
    if people:
        table = Table("official", "titles", "country", title="officials", title_justify="left")
        for e in people:
            table.add_row(e["name"], ", ".join(e["properties"].get("titles", [])), e["properties"].get("country") or "")
        console.print(table)
    parties: dict[str, list[str]] = {}
    attended: dict[str, list[str]] = {}
    for r in data["relations"]:
        if r["type"] == "PARTY_TO":
            parties.setdefault(r["to"], []).append(ents.get(r["from"], {}).get("name", r["from"]))
        elif r["type"] == "ATTENDED":
            attended.setdefault(r["to"], []).append(ents.get(r["from"], {}).get("name", r["from"]))
    agreements = [e for e in data["entities"] if e["label"] == "Agreement"]
    if agreements:
        table = Table("agreement", "type", "status", "date", "parties", title="agreements", title_justify="left")
        for e in agreements:
            p = e["properties"]
            table.add_row(e["name"][:90], p.get("type", ""), p.get("status", ""), p.get("date") or "",
                          "; ".join(dict.fromkeys(parties.get(e["id"], []))))
        console.print(table)
    events = [e for e in data["entities"] if e["label"] == "Event"]
    if events:
        table = Table("event", "kind", "date", "participants", title="events", title_justify="left")
        for e in events:
            p = e["properties"]
            table.add_row(e["name"][:80], p.get("kind", ""), p.get("date") or "", "; ".join(dict.fromkeys(attended.get(e["id"], []))))
        console.print(table)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
