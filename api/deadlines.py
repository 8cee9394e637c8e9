"""Time budgets of requests and the cap on expensive reads.

Why a budget per request, not per query: a route may run several queries (a
search, then a check that the ids exist) and the client waits for all of them.
`RequestContextMiddleware` sets the request's deadline (`REQUEST_DEADLINE`),
`api.queries.GraphReader` gives each Neo4j transaction what is left of it as
its server-side timeout (so the database stops the query itself, and `SHOW
TRANSACTIONS` is empty soon after), and the middleware's own timer stops
whatever is left (a hung server, a client that went away) shortly after.

Why a cap on expensive reads: shortest paths over six hops, depth-3
neighbourhoods and exports of thousands of nodes each take a large share of
Neo4j's memory pool and of the two cores; queued without a bound they all run
slowly together, exhaust the pool, and every other request fails with them.
A few run at once; the others wait a moment for a slot, then get `503` with
`Retry-After`, which a client can act on.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import TypeVar

import anyio.to_thread

from core.errors import EdkgError
from core.settings import Settings

REQUEST_DEADLINE: ContextVar[float | None] = ContextVar("edkg_request_deadline", default=None)
"""`time.monotonic()` by which the current request must be answered; None outside a budgeted request."""

SEARCH_PATHS = frozenset({"/entities"})
"""Routes with the (tighter) search budget."""
UNBUDGETED_PREFIXES = ("/mcp",)
"""Not cut by a budget: MCP's streamable HTTP may hold a GET open as an event stream."""


class DeadlineExceeded(EdkgError):
    """The request's budget is spent (answered with 504 in the error shape)."""

    def __init__(self, budget: float | None = None):
        super().__init__("the request's time budget is spent")
        self.budget = budget


class Busy(EdkgError):
    """Too many expensive reads at once (answered with 503 and Retry-After)."""

    def __init__(self, slots: int):
        super().__init__(f"{slots} expensive queries are already running; retry shortly")
        self.slots = slots


def budget_for(settings: Settings, method: str, path: str) -> float | None:
    """Seconds allowed for a request: reads have a budget (search a tighter one); the write route has none
    (an extraction and its write transaction are not cut mid-way; the driver bounds their waits)."""
    if method not in ("GET", "HEAD") or path.startswith(UNBUDGETED_PREFIXES):
        return None
    return settings.api_search_timeout if path in SEARCH_PATHS else settings.api_read_timeout


def remaining() -> float | None:
    """Seconds left of the current request's budget (may be <= 0), or None when it has none."""
    deadline = REQUEST_DEADLINE.get()
    return None if deadline is None else deadline - time.monotonic()


T = TypeVar("T")


def check_deadline() -> None:
    """Raise `DeadlineExceeded` when the current request's budget is spent (call it between chunks of work)."""
    left = remaining()
    if left is not None and left <= 0:
        raise DeadlineExceeded()


async def off_loop(work: Callable[[], T]) -> T:
    """Run CPU-heavy answer building (thousands of nodes into models, JSON or GraphML) in a worker thread.

    Why: on the event loop, seconds of conversion hold every other request and the deadline timers with them;
    in a thread the loop keeps its turns. The thread sees the request's deadline (context variables are
    copied) and `work` should call `check_deadline` as it goes; a request cancelled meanwhile does not wait
    for it."""
    return await anyio.to_thread.run_sync(work, abandon_on_cancel=True)


class ExpensiveGate:
    """At most `slots` expensive reads at once; a newcomer waits up to `wait` seconds (never past its budget)."""

    def __init__(self, slots: int, wait: float):
        self.slots = slots
        self.wait = wait
        self._semaphore = asyncio.Semaphore(slots)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        left = remaining()
        wait = self.wait if left is None else max(0.0, min(self.wait, left))
        try:
            await asyncio.wait_for(self._semaphore.acquire(), timeout=wait)
        except TimeoutError:
            raise Busy(self.slots) from None
        try:
            yield
        finally:
            self._semaphore.release()


@asynccontextmanager
async def expensive(gate: ExpensiveGate | None) -> AsyncIterator[None]:
    """`async with expensive(gate):` around an expensive read (no gate: no cap, e.g. an app without one)."""
    if gate is None:
        yield
        return
    async with gate.slot():
        yield
