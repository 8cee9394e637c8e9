"""`edkg serve`: the REST API under uvicorn."""

from __future__ import annotations

from typing import Any

import typer

from core.settings import PROJECT_ROOT, Settings, get_settings

RELOAD_DIRS = ("api", "core", "cypher", "edkg", "graph", "loaders")
"""Watched by `--reload` (not the whole checkout: `.neo4j/` and `.venv/` hold many thousands of files)."""


def serve(
    host: str | None = typer.Option(None, help="bind address (default: API_HOST, 127.0.0.1)"),
    port: int | None = typer.Option(None, min=1, max=65535, help="port (default: API_PORT, 8000)"),
    reload: bool = typer.Option(False, "--reload", help="restart on code changes (development)"),
    workers: int = typer.Option(1, min=1, help="worker processes (each holds its own Neo4j connection pool)"),
    log_level: str = typer.Option("info", help="uvicorn log level (access lines come from `edkg.api.access`)"),
) -> None:
    """Serve the REST API (OpenAPI at /docs) over the configured Neo4j server.

    The application is built by `api.main:create_app` from the environment, so
    `--reload` and `--workers` each build their own.
    """
    import uvicorn

    from edkg.cli import console

    settings = get_settings()
    host = host or settings.api_host
    port = port or settings.api_port
    console.print(f"API on http://{host}:{port}  (docs: http://{host}:{port}/docs, Neo4j: {settings.neo4j_uri})")
    reload_options = {"reload_dirs": [str(PROJECT_ROOT / name) for name in RELOAD_DIRS]} if reload else {}
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


def _log_config(level: str) -> dict:
    """uvicorn's own logging plus the API's access log (`edkg.api.access`) on standard error."""
    from uvicorn.config import LOGGING_CONFIG

    config = {**LOGGING_CONFIG, "loggers": dict(LOGGING_CONFIG["loggers"])}
    config["loggers"]["edkg.api"] = {"handlers": ["default"], "level": level.upper(), "propagate": False}
    return config


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
