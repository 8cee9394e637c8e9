"""Request ids, deadlines, client disconnects and access logs, as a plain ASGI middleware.

Why plain ASGI rather than `@app.middleware("http")`: the latter wraps every
response in an extra task and stream, which costs measurable latency on small
JSON answers; this one adds a header, a timer and one log line.

Deadlines: a read request gets its budget (`api.deadlines.budget_for`); the
Neo4j transaction carries what is left of it, so the database normally stops
the query itself and the route answers 504 from its error. This timer, a
little later, is the backstop for what the database cannot stop: a hung server
that says nothing, a slow serialisation. A client that disconnects fires the
same timer at once, which cancels the request's query (the driver drops the
connection, and Neo4j ends the transaction with it).

Access log lines escape control characters: a percent-encoded CR/LF in a path
arrives decoded in `scope["path"]` and would otherwise forge log lines.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.deadlines import REQUEST_DEADLINE, budget_for
from api.errors import error_response
from core.settings import Settings

access_log = logging.getLogger("edkg.api.access")

REQUEST_ID_HEADER = "X-Request-ID"
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
MAX_LOGGED_PATH = 512

GRACE_SECONDS = 0.1
"""The backstop fires this long after the budget: the server-side timeout at the budget answers first."""

CLIENT_CLOSED = 499
"""Logged (never sent) for a request whose client went away first (nginx's convention)."""


def log_safe(text: str) -> str:
    """`text` with control and line-separator characters as `\\xNN`/`\\uNNNN` escapes, and cut to a bounded length."""
    cut = text if len(text) <= MAX_LOGGED_PATH else text[:MAX_LOGGED_PATH] + "…"
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", cut
    )


class RequestContextMiddleware:
    """Echo a well-formed `X-Request-ID` (or make one); enforce the request's budget and cancel on disconnect;
    log method, path, status, duration and id."""

    def __init__(self, app: ASGIApp, settings: Settings | None = None):
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((value.decode("latin-1") for key, value in scope["headers"] if key == b"x-request-id"), "")
        request_id = given if _SAFE_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        status = 500
        started = time.perf_counter()
        response_started = response_done = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started, response_done
            if message["type"] == "http.response.start":
                status = message["status"]
                response_started = True
                MutableHeaders(scope=message)[REQUEST_ID_HEADER] = request_id
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                response_done = True  # before the send: the server then reports a disconnect, which is not one
            await send(message)

        budget = budget_for(self.settings, scope["method"], scope["path"]) if self.settings else None
        try:
            if budget is None:
                await self.app(scope, receive, send_with_id)
                return
            token = REQUEST_DEADLINE.set(time.monotonic() + budget)
            disconnected = False
            try:
                async with asyncio.timeout(budget + GRACE_SECONDS) as timer:
                    inbox: asyncio.Queue[Message] = asyncio.Queue()

                    async def watch() -> None:
                        """Pass the request's messages on; on a disconnect before the answer, fire the timer."""
                        nonlocal disconnected
                        while True:
                            try:
                                message = await receive()
                            except Exception:
                                return
                            if message["type"] == "http.disconnect":
                                if not response_done:
                                    disconnected = True
                                    timer.reschedule(asyncio.get_running_loop().time())
                                await inbox.put(message)
                                return
                            await inbox.put(message)

                    watcher = asyncio.ensure_future(watch())
                    try:
                        await self.app(scope, inbox.get, send_with_id)
                    finally:
                        watcher.cancel()
            except TimeoutError:
                if not timer.expired():
                    raise
                if disconnected:
                    status = CLIENT_CLOSED
                elif not response_started:
                    await error_response(
                        504,
                        "the request did not finish within its time budget",
                        {"budget_seconds": budget},
                        code="timeout",
                    )(scope, receive, send_with_id)
            finally:
                REQUEST_DEADLINE.reset(token)
        finally:
            # The path only: query strings are the user's and headers may hold keys.
            access_log.info(
                "%s %s %d %.1fms request_id=%s",
                log_safe(scope["method"]),
                log_safe(scope["path"]),
                status,
                (time.perf_counter() - started) * 1000,
                request_id,
            )
