"""Shortest paths between two entities (`SHORTEST k` of Neo4j 5.26's quantified paths)."""

from __future__ import annotations

from typing import Any

from neo4j import AsyncManagedTransaction

from api.convert import PROJECTION
from api.queries import GraphReader, fetch, text, with_literals, with_types
from core.errors import NotFoundError
from graph.model import PROVENANCE_TYPE


async def shortest_paths(
    reader: GraphReader, source: str, target: str, max_hops: int, k: int, rel_types: list[str]
) -> list[dict[str, Any]]:
    """Rows `{nodes, edges}` of the k shortest paths of at most `max_hops` relationships; 404 for an unknown end."""
    query = with_types(with_literals(text("paths"), k=k, max_hops=max_hops), rel_types)

    async def work(tx: AsyncManagedTransaction) -> list[dict[str, Any]]:
        rows = await fetch(
            tx,
            query,
            {"source": source, "target": target, "through_articles": PROVENANCE_TYPE in rel_types, **PROJECTION},
        )
        if rows:
            return rows
        known = {row["id"] for row in await fetch(tx, text("node_ref"), {"ids": [source, target], **PROJECTION})}
        missing = [end for end in (source, target) if end not in known]
        if missing:
            raise NotFoundError(f"no entity with id {missing[0]!r}")
        return []

    return await reader.transaction(work)
