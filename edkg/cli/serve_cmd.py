"""`edkg serve`: the REST API under uvicorn."""

from __future__ import annotations

from importlib import metadata
from typing import Annotated, Any

import typer
import uvicorn
from uvicorn.config import LOGGING_CONFIG

from core.settings import PROJECT_ROOT, Settings, get_settings
from edkg.cli.output import console


def reload_dirs() -> list[str]:
    """The folders `--reload` watches: the project's packages, as pyproject.toml lists them (setuptools writes the
    list into the installed metadata), not the whole checkout (`.neo4j/` and `.venv/` hold many thousands of
    files)."""
    packages = (metadata.distribution("edkg").read_text("top_level.txt") or "").split()
    return [str(PROJECT_ROOT / name) for name in packages]


def serve(
    host: Annotated[str | None, typer.Option(help="bind address (default: API_HOST, 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(min=1, max=65535, help="port (default: API_PORT, 8000)")] = None,
    reload: Annotated[bool, typer.Option("--reload", help="restart on code changes (development)")] = False,
    workers: Annotated[
        int, typer.Option(min=1, help="worker processes (each holds its own Neo4j connection pool)")
    ] = 1,
    log_level: Annotated[
        str, typer.Option(help="uvicorn log level (access lines come from `edkg.api.access`)")
    ] = "info",
) -> None:
    """Serve the REST API (OpenAPI at /docs) over the configured Neo4j server.

    The application is built by `api.main:create_app` from the environment, so
    `--reload` and `--workers` each build their own.
    """

    settings = get_settings()
    host = host or settings.api_host
    port = port or settings.api_port
    console.print(f"API on http://{host}:{port}  (docs: http://{host}:{port}/docs, Neo4j: {settings.neo4j_uri})")
    reload_options: dict[str, Any] = {"reload_dirs": reload_dirs()} if reload else {}
    uvicorn.run(
        "api.main:create_app",
        factory=True,
        host=host,
        port=port,
        reload=reload,
        workers=None if reload else workers,
        log_level=log_level,
        access_log=False,
        log_config=_log_config(log_level),
        **http_limits(settings),
        **reload_options,
    )


def http_limits(settings: Settings) -> dict[str, Any]:
    """uvicorn's own limits, from the settings (README, "HTTP limits"):

    - `limit_concurrency`: open connections plus requests in flight; beyond it uvicorn answers 503 at once
      (its own plain-text answer) instead of holding thousands of connections;
    - `timeout_keep_alive`: seconds an idle kept-alive connection stays open;
    - `http`: uvicorn's httptools protocol with a bounded request head (bytes, fields, seconds to send it):
      `api.http_limits`; `h11_max_incomplete_event_size` bounds the same head if `h11` is chosen instead.
    """
    return {
        "limit_concurrency": settings.api_limit_concurrency,
        "timeout_keep_alive": settings.api_timeout_keep_alive,
        "http": "api.http_limits:LimitedHttpToolsProtocol",
        "h11_max_incomplete_event_size": settings.api_max_header_bytes,
    }


def _log_config(level: str) -> dict[str, Any]:
    """uvicorn's own logging plus the API's access log (`edkg.api.access`) on standard error."""

    config = {**LOGGING_CONFIG, "loggers": dict(LOGGING_CONFIG["loggers"])}
    config["loggers"]["edkg.api"] = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    return config


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
