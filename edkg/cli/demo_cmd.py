"""`edkg demo`: the README's one command — Neo4j up, schema, sample corpus loaded, API served."""
from __future__ import annotations

from pathlib import Path

import typer

from edkg.settings import PROJECT_ROOT, get_settings

SAMPLE_CORPUS = PROJECT_ROOT / "data" / "corpus"


def demo(
    corpus: Path = typer.Option(SAMPLE_CORPUS, help="files or folder to load"),
    serve_api: bool = typer.Option(True, "--serve/--no-serve", help="serve the API after loading (Ctrl-C stops it)"),
) -> None:
    """Start the local Neo4j (installing it on first use), apply the schema, load the corpus,
    print the Browser, API and Bolt URLs, and serve the API.

    With NEO4J_URI/NEO4J_PASSWORD pointing at another server (Docker, Aura, a
    cluster), that server is used and nothing is provisioned.
    """
    from edkg.cli import console
    from edkg.cli.load_cmds import load
    from edkg.cli.serve_cmd import serve
    from graph.local_server import LocalNeo4j

    settings = get_settings()
    if settings.uses_local_server and settings.neo4j_password is None:
        with console.status("Starting Neo4j (the first start fetches it from Maven Central)…"):
            LocalNeo4j(settings).start()
    try:
        load([str(corpus)], batch_articles=500, quiet=False)
    except typer.Exit as exit_:
        if exit_.exit_code:
            console.print("[yellow]some files failed to load (see above); the others are in the graph[/]")

    console.rule("[bold]edkg is ready")
    console.print(f"Neo4j Browser  {settings.browser_url}   (user {settings.neo4j_user}, password in "
                  f"{settings.password_file if settings.neo4j_password is None else 'NEO4J_PASSWORD'})")
    console.print(f"API docs       {settings.api_url}/docs")
    console.print(f"Bolt           {settings.neo4j_uri}")
    console.print(f"Try            {settings.api_url}/provinces?country=CN&partner=org:moit&agreement_type=mou")
    if serve_api:
        serve(host=None, port=None, reload=False, workers=1, log_level="info")


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
