"""`edkg query …` (the saved queries of cypher/queries/) and `edkg browser` (where to explore the graph)."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from neo4j.graph import Node, Path, Relationship

import cypher
from core.errors import ConfigurationError
from core.settings import get_settings
from core.vocabulary import Label
from edkg.cli.output import FORMAT_HELP, Format, console, print_rows
from graph.browser import guide_host_allowed, guide_url, style_url
from graph.driver import open_driver
from graph.saved_queries import param_defaults, run_saved_query


def _node_text(node: Node) -> str:
    labels = [label for label in node.labels if label != Label.MINISTRY]
    name = node.get("name") or node.get("title") or node.get("id") or node.element_id
    return f"{name} ({labels[0]})" if labels else str(name)


def cell_text(value: Any) -> str:
    """A value of a result as one readable table cell: names for nodes, types for relationships."""
    if value is None:
        return ""
    if isinstance(value, Node):
        return _node_text(value)
    if isinstance(value, Relationship):
        return f":{value.type}"
    if isinstance(value, Path):
        text, current = _node_text(value.start_node), value.start_node
        for rel in value.relationships:
            forward = rel.start_node is not None and rel.start_node.element_id == current.element_id
            following = rel.end_node if forward else rel.start_node
            if following is None:  # a path's relationships always carry both nodes; the driver types them optional
                break
            current = following
            arrow = f" -[:{rel.type}]-> " if forward else f" <-[:{rel.type}]- "
            text += arrow + _node_text(current)
        return text
    if isinstance(value, list):
        return "; ".join(cell_text(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def json_value(value: Any) -> Any:
    """A value of a result as plain JSON: nodes and relationships with their properties, paths as lists."""
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), **{k: json_value(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"type": value.type, **{k: json_value(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return {
            "nodes": [json_value(n) for n in value.nodes],
            "relationships": [json_value(r) for r in value.relationships],
        }
    if isinstance(value, list):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # dates, times, points


def parse_params(pairs: list[str]) -> dict[str, str]:
    """`name=value` pairs (values are strings: every saved query takes ids, codes or types)."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ConfigurationError(f"--param {pair!r}: expected NAME=VALUE")
        params[name.strip()] = value
    return params


def _list_queries(fmt: Format) -> None:
    rows = []
    for name in cypher.saved_query_names():
        query = cypher.saved_query(name)
        params = "; ".join(f"{key} ({value})" if value else key for key, value in param_defaults(query).items())
        rows.append([name, query.title, params])
    print_rows(console, fmt, ["name", "title", "parameters (default)"], rows)


def query(
    name: Annotated[str | None, typer.Argument(help="a saved query: a file of cypher/queries/ without .cypher")] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, overrides a default (repeatable)")
    ] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="list the saved queries and their parameters")] = False,
    fmt: Annotated[Format, typer.Option("--format", "-f", help=FORMAT_HELP)] = Format.table,
) -> None:
    """Run a saved query of cypher/queries/ and print its rows (`--list` shows them all).

    Piped, the table keeps every cell whole; in a narrow terminal each row is a block of `column  value`
    lines; `--format csv|json` prints every value for other programs.
    """

    if list_queries or name is None:
        _list_queries(fmt)
        return
    settings = get_settings()
    with open_driver(settings) as driver:
        result = run_saved_query(driver, name, parse_params(param or []), settings.neo4j_database)
    args = ", ".join(f"{key}={value}" for key, value in result.params.items())
    rows = [[cell_text(record[key]) for key in result.keys] for record in result.records]
    payload = [{key: json_value(record[key]) for key in result.keys} for record in result.records]
    print_rows(
        console,
        fmt,
        list(result.keys),
        rows,
        title=result.query.title + (f"  ({args})" if args else ""),
        json_payload=payload,
    )
    if fmt is Format.table:
        console.print(f"[dim]{len(result.records)} row(s)[/]")


def browser() -> None:
    """Print Neo4j Browser's URL, the guide's URL and the commands that open the guide and apply the style."""

    settings = get_settings()
    console.print(
        f"Neo4j Browser: {settings.browser_url}  (user {settings.neo4j_user}, "
        f"password in {settings.password_file} for the local server)",
        highlight=False,
    )
    console.print(f"Guide:         {guide_url(settings)}  (served by `edkg serve`)", highlight=False)
    console.print("In the Browser's editor, run:", highlight=False)
    console.print(f"  :style {style_url(settings)}", highlight=False)
    console.print(f"  :play {guide_url(settings)}", highlight=False)
    if not guide_host_allowed(settings):
        console.print(
            f"[yellow]The guide's host is not in NEO4J_BROWSER_ALLOWLIST "
            f"({settings.neo4j_browser_allowlist}): the Browser will refuse to load it.[/]"
        )


def register(app: typer.Typer) -> None:
    app.command("query")(query)
    app.command("browser")(browser)
