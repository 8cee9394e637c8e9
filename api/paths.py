"""Shortest paths between two entities (`SHORTEST k` of Neo4j 5.26's quantified paths), around hubs.

Why hubs are left out by default: through MOIT, Việt Nam or a big topic every entity is a few hops from
tens of thousands of others, so a search of 6 hops for 10 paths between two peripheral entities expanded
most of a 20,000-article graph (45-59 s) and its answer was "both are linked to MOIT". With the hubs'
degree tested inside the quantified pattern the same search reads a few thousand relationships. A path
through a hub is still there when asked for (`hub_degree=None`, the API's `include_hubs=true`).
"""

from __future__ import annotations

from typing import Any

from neo4j import AsyncManagedTransaction

from api.convert import PROJECTION
from api.queries import GraphReader, fetch, text, with_literals, with_types
from core.errors import NotFoundError
from graph.model import PROVENANCE_TYPE


async def shortest_paths(
    reader: GraphReader,
    source: str,
    target: str,
    max_hops: int,
    k: int,
    rel_types: list[str],
    hub_degree: int | None = None,
) -> list[dict[str, Any]]:
    """Rows `{nodes, edges}` of the k shortest paths of at most `max_hops` relationships; 404 for an unknown end.

    `hub_degree`: a node in between with more relationships than this, of `rel_types`, is not crossed
    (None: every node may be crossed). The ends themselves may be hubs.
    """
    query = with_types(with_literals(text("paths"), k=k, max_hops=max_hops), rel_types)

    async def work(tx: AsyncManagedTransaction) -> list[dict[str, Any]]:
        rows = await fetch(
            tx,
            query,
            {
                "source": source,
                "target": target,
                "through_articles": PROVENANCE_TYPE in rel_types,
                "hub_degree": hub_degree,
                **PROJECTION,
            },
        )
        if rows:
            return rows
        known = {row["id"] for row in await fetch(tx, text("node_ref"), {"ids": [source, target], **PROJECTION})}
        missing = [end for end in (source, target) if end not in known]
        if missing:
            raise NotFoundError(f"no entity with id {missing[0]!r}")
        return []

    return await reader.transaction(work)
