"""Running the API's Cypher (`cypher/api/*.cypher`): read transactions, parameters only.

Why one place: every route reads through `GraphReader`, so every read runs in a
managed READ transaction (retried by the driver on transient errors, routable
to a read replica on a cluster).
The only text ever put into a query is a validated integer where Cypher takes
no parameter (`SHORTEST k`, a quantifier's upper bound, `with_literals`) and a
list of relationship types checked against `graph.model` (`with_types`).
"""
from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any, TypeVar

from neo4j import READ_ACCESS, AsyncDriver, AsyncManagedTransaction, NotificationMinimumSeverity

import cypher
from graph import model

T = TypeVar("T")

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

    async def transaction(self, work: Callable[[AsyncManagedTransaction], Awaitable[T]]) -> T:
        """Run `work` in one managed READ transaction (a read of several queries uses one transaction).

        Server notifications are off: the queries are fixed and reviewed, and a
        warning such as "this type does not exist yet" would only fill the log.
        """
        async with self.driver.session(database=self.database, default_access_mode=READ_ACCESS,
                                       notifications_min_severity=NotificationMinimumSeverity.OFF) as session:
            return await session.execute_read(work)

    async def rows(self, name: str, rel_types: list[str] | None = None, **params: Any) -> list[dict[str, Any]]:
        """All rows of the named query, as plain dicts (`rel_types` fills its `/*rel_types*/` list)."""
        query = text(name) if rel_types is None else with_types(text(name), rel_types)

        async def work(tx: AsyncManagedTransaction) -> list[dict[str, Any]]:
            return await fetch(tx, query, params)

        return await self.transaction(work)


async def fetch(tx: AsyncManagedTransaction, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Run one query in a transaction and read all its rows as dicts.

    The queries return maps, lists and scalars only (no nodes, no temporal
    values: `loaded_at` is turned into a string or left out), so the rows need
    no further conversion, which matters on a 500-node neighbourhood.
    """
    result = await tx.run(query, params)
    keys = result.keys()
    return [dict(zip(keys, record)) async for record in result]
