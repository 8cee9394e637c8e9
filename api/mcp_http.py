"""The MCP server inside the API: streamable HTTP at `/mcp`.

Why a route and a session manager of our own rather than mounting
`FastMCP.streamable_http_app()`: that Starlette sub-app would answer `/mcp/`
(and redirect `/mcp`), and its lifespan, which runs the session manager, is not
run when mounted. Here `/mcp` is one plain route of the API (outside the
OpenAPI document, which stays the REST contract), and the API's lifespan runs a
fresh `StreamableHTTPSessionManager` each time it starts (a manager runs only
once, and tests start the same app more than once).

Stateless JSON answers: each POST is one self-contained exchange, so several
uvicorn workers can serve it and no session outlives a request.

Host and Origin checks (DNS rebinding): always on. Requests must name a
loopback host, the bind address, or a host of `MCP_ALLOWED_HOSTS`; an `Origin`,
when sent (browsers send it, desktop and server-side clients do not), must be
a loopback origin or one of `CORS_ORIGINS`. On a public address, set
`MCP_ALLOWED_HOSTS` to the names clients use (`edkg.example.org`, with `:*` for
any port). Anything else is answered 421 (host) or 403 (origin).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from mcp.server.fastmcp import FastMCP
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from api.errors import error_response
from api.mcp_server import ReaderSlot, build_server
from core.settings import Settings

MCP_PATH = "/mcp"
MAX_BODY_BYTES = 1024 * 1024
"""A JSON-RPC request of these tools is a few hundred bytes."""

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def transport_security(settings: Settings) -> TransportSecuritySettings:
    """The Host and Origin values `/mcp` accepts (see the module's docstring)."""
    hosts = [f"{host}:*" for host in LOOPBACK_HOSTS] + list(LOOPBACK_HOSTS)
    bind = settings.api_host
    if bind not in ("0.0.0.0", "::", "", *LOOPBACK_HOSTS, "::1"):
        host = f"[{bind}]" if ":" in bind else bind
        hosts += [host, f"{host}:*"]
    for allowed in settings.mcp_allowed_hosts:
        hosts.append(allowed)
    origins = [f"http://{host}:*" for host in LOOPBACK_HOSTS] + [f"http://{host}" for host in LOOPBACK_HOSTS]
    origins += list(settings.cors_origins)
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=list(dict.fromkeys(hosts)),
        allowed_origins=list(dict.fromkeys(origins)),
    )


class McpEndpoint:
    """The ASGI endpoint of `/mcp`: hands each request to the session manager of the running app."""

    def __init__(self, server: FastMCP, settings: Settings):
        self.server = server
        self.security = transport_security(settings)
        self.manager: StreamableHTTPSessionManager | None = None

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """Run a session manager while the app runs (called from the API's lifespan)."""
        manager = StreamableHTTPSessionManager(
            app=self.server._mcp_server,
            json_response=True,
            stateless=True,
            security_settings=self.security,
            max_request_body_size=MAX_BODY_BYTES,
        )
        async with manager.run():
            self.manager = manager
            try:
                yield
            finally:
                self.manager = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.manager is None:
            await error_response(503, "the MCP endpoint is not running")(scope, receive, send)
            return
        await self.manager.handle_request(scope, receive, send)


def mount_mcp(app: FastAPI, settings: Settings) -> McpEndpoint:
    """Add `/mcp` to `app`; the tools read through the app's own `GraphReader` (`app.state.reader`) and share its
    cap on expensive reads (`app.state.expensive_gate`)."""
    server = build_server(
        ReaderSlot(source=lambda: getattr(app.state, "reader", None)),
        settings,
        gate=lambda: getattr(app.state, "expensive_gate", None),
    )
    endpoint = McpEndpoint(server, settings)
    app.router.routes.append(Route(MCP_PATH, endpoint=endpoint, include_in_schema=False))
    return endpoint
