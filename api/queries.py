"""Running the API's Cypher (`cypher/api/*.cypher`): read transactions, parameters only.

Why one place: every route reads through `GraphReader`, so every read runs in a
READ transaction (routable to a read replica on a cluster) that carries the
rest of the request's time budget as its server-side timeout and the API's
metadata (`{"app": "edkg-api", "request_id": …}`, visible in `SHOW
TRANSACTIONS`), and is retried by one policy (see `GraphReader.transaction`).
The only text ever put into a query is a validated integer where Cypher takes
no parameter (`SHORTEST k`, a quantifier's upper bound, `with_literals`) and a
list of relationship types checked against `graph.model` (`with_types`).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from neo4j import READ_ACCESS, AsyncDriver, AsyncManagedTransaction, AsyncTransaction, NotificationMinimumSeverity

import cypher
from api.deadlines import REQUEST_DEADLINE, DeadlineExceeded, check_deadline, remaining
from core.errors import GraphError, GraphUnavailableError
from graph import model
from graph.errors import translated

T = TypeVar("T")

APP_METADATA = "edkg-api"
"""`metaData.app` of every transaction of the API (`SHOW TRANSACTIONS` tells them from others')."""
FAST_FAILURE = 0.5
"""A connection failure this quick (refused, a stale pooled connection) is retried once; a slow one (a server
that says nothing) is not: a second wait would break the 2 s promise of a 503."""
RETRY_PAUSE = 0.1
TX_RESERVE = 0.25
"""Seconds of the budget kept for building the answer after the last query."""
MIN_TX_TIMEOUT = 0.05
YIELD_EVERY = 250
"""Rows read between two turns given to the event loop (`fetch`)."""

ReadTransaction = AsyncManagedTransaction | AsyncTransaction

_LITERAL = re.compile(r"/\*(\w+)\*/\d+")
_TYPES = re.compile(r"/\*rel_types\*/[A-Z_|]+")


@lru_cache
def text(name: str) -> str:
    """The text of `cypher/api/<name>.cypher`."""
    return cypher.read(f"api/{name}.cypher")


def with_literals(query: str, **values: int) -> str:
    """Replace each `/*name*/<number>` by `/*name*/<value>`; only ints are accepted, every marker must be given."""

    def replace(match: re.Match[str]) -> str:
        value = values[match.group(1)]
        if type(value) is not int:
            raise TypeError(f"{match.group(1)} must be an int, not {type(value).__name__}")
        return f"/*{match.group(1)}*/{value}"

    return _LITERAL.sub(replace, query)


def with_types(query: str, rel_types: list[str]) -> str:
    """Replace the type list after `/*rel_types*/` by `rel_types`, each checked against graph.model."""
    if not rel_types:
        raise ValueError("at least one relationship type is needed")
    names = "|".join(model.check_relationship_type(name) for name in rel_types)
    return _TYPES.sub(f"/*rel_types*/{names}", query)


class GraphReader:
    """Read-only access to one database of one driver."""

    def __init__(self, driver: AsyncDriver, database: str):
        self.driver = driver
        self.database = database

    async def transaction(self, work: Callable[[Any], Awaitable[T]]) -> T:
        """Run `work` in one READ transaction (a read of several queries uses one transaction).

        Within a request's budget (`api.deadlines`), the transaction's server-side timeout is what is left of
        it, so Neo4j stops the query when the budget is spent (504). A connection failure that came fast is
        retried once within the budget; database errors are not retried here: a memory-pool exhaustion or a
        timeout retried under load only adds load (the client gets 503/504 with the reason instead).

        Server notifications are off: the queries are fixed and reviewed, and a
        warning such as "this type does not exist yet" would only fill the log.
        """
        deadline = REQUEST_DEADLINE.get()
        metadata = {"app": APP_METADATA}
        attempt = 0
        while True:
            left = remaining()
            if left is not None and left <= 0:
                raise DeadlineExceeded()
            started = time.monotonic()
            try:
                with translated():  # the driver's exceptions leave as core.errors kinds (graph.errors)
                    async with self.driver.session(
                        database=self.database,
                        default_access_mode=READ_ACCESS,
                        notifications_min_severity=NotificationMinimumSeverity.OFF,
                    ) as session:
                        timeout = None if left is None else max(MIN_TX_TIMEOUT, left - TX_RESERVE)
                        async with await session.begin_transaction(metadata=metadata, timeout=timeout) as tx:
                            return await work(tx)
            except GraphUnavailableError as exc:  # not GraphAuthError: refused credentials are not retried
                quick = time.monotonic() - started < FAST_FAILURE
                room = deadline is None or deadline - time.monotonic() > RETRY_PAUSE + FAST_FAILURE
                if not exc.retryable or attempt or not quick or not room:
                    raise
                attempt += 1
                await asyncio.sleep(RETRY_PAUSE)

    async def warm(self, plans: Sequence[tuple[str, dict[str, Any]]]) -> int:
        """Plan the named queries (`EXPLAIN`, nothing runs) with parameters of the types requests send, so Neo4j
        keeps their plans: a complex read planned cold can take seconds on a loaded machine (the canonical
        question's query, 16.6 s cold against 0.06 s planned, at load 13), which a first request would pay out of
        its budget. Best effort: a server that is down or refuses is left to the requests. Returns how many were
        planned."""
        planned = 0
        for name, params in plans:
            try:
                with translated():
                    async with self.driver.session(
                        database=self.database,
                        default_access_mode=READ_ACCESS,
                        notifications_min_severity=NotificationMinimumSeverity.OFF,
                    ) as session:
                        await (await session.run(f"EXPLAIN {text(name)}", params)).consume()
                planned += 1
            except GraphUnavailableError:
                break  # the server is not there (yet), or refuses us: the requests will say so
            except GraphError:
                continue  # (a plan that could not be made now is made by its first request)
        return planned

    async def rows(self, name: str, rel_types: list[str] | None = None, **params: Any) -> list[dict[str, Any]]:
        """All rows of the named query, as plain dicts (`rel_types` fills its `/*rel_types*/` list)."""
        query = text(name) if rel_types is None else with_types(text(name), rel_types)

        async def work(tx: ReadTransaction) -> list[dict[str, Any]]:
            return await fetch(tx, query, params)

        return await self.transaction(work)


async def fetch(tx: ReadTransaction, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run one query in a transaction and read all its rows as dicts.

    The queries return maps, lists and scalars only (no nodes, no temporal
    values: `loaded_at` is turned into a string or left out), so the rows need
    no further conversion, which matters on a 500-node neighbourhood.

    Why the pause every `YIELD_EVERY` rows: records already received are decoded without giving the event
    loop a turn, and the 20,000 rows of a step of a 5,000-node export are seconds of CPU on a busy machine;
    every other request, and the deadline timers, would wait for them. The pause is also where this read
    notices that its own budget is spent.
    """
    result = await tx.run(query, params)
    keys = result.keys()
    rows = []
    async for record in result:
        rows.append(dict(zip(keys, record, strict=True)))
        if len(rows) % YIELD_EVERY == 0:
            check_deadline()
            await asyncio.sleep(0)
    return rows
