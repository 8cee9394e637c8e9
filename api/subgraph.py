"""Neighbourhoods and exports: bounded subgraphs around an entity, or of the whole graph.

Why breadth-first, one query per step, in one read transaction: the nearest
nodes come first, each step reads a bounded number of rows (a hub such as MOIT
has tens of thousands of relationships on a large graph), and the cap on nodes
is exact, so `truncated` says honestly whether the answer was cut. The root is
found by the query of the first step (`neighbourhood_root`), and each step's
rows come as lists, not one record per row: a round trip and the driver's work
per record were most of the API's CPU on a 2-hop neighbourhood.

Why hubs are collapsed and each node's reading is capped (`hub_degree`, `per_node`): an official's
two-hop neighbourhood used to be MOIT's first few hundred relationships, read, sent and drawn, because
the official holds a position at MOIT; they said nothing about the official. A neighbour with more
relationships than `hub_degree` is now returned with its degree and `collapsed`, and not expanded; and
no node gives more than `per_node` neighbours at a step, so a hub at the root costs `per_node` rows.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fastapi.responses import Response
from neo4j import AsyncManagedTransaction
from pydantic import BaseModel
from pydantic_core import to_json as to_json_bytes

from api.convert import PROJECTION, edge_fields, node_fields
from api.deadlines import check_deadline, off_loop
from api.models import Subgraph
from api.queries import YIELD_EVERY, GraphReader, text, with_types
from core.errors import NotFoundError
from graph.model import ARTICLE, PROVENANCE_TYPE

ROWS_PER_NODE = 4
"""Rows read per step for each node still allowed: edges between known nodes use rows too."""


@dataclass(slots=True)
class RawSubgraph:
    """Rows as read: node maps by element id, edge maps by (source, type, target)."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    truncated: bool = False
    degrees: dict[str, int] = field(default_factory=dict)
    """Degree (relationships of the types followed) of the nodes reached, by element id."""
    collapsed: set[str] = field(default_factory=set)
    """Element ids of the hubs reached: shown with their degree, not expanded."""


def reaches_articles(rel_types: list[str], labels: list[str]) -> bool:
    """Articles are part of a subgraph only when asked for (MENTIONED_IN or the Article label)."""
    return PROVENANCE_TYPE in rel_types or ARTICLE in labels


async def neighbourhood(
    reader: GraphReader,
    root_id: str,
    depth: int,
    rel_types: list[str],
    labels: list[str],
    limit: int,
    per_node: int | None = None,
    hub_degree: int | None = None,
) -> RawSubgraph:
    """The nodes within `depth` steps of `root_id` (at most `limit`, root included) and the edges walked.

    `per_node`: at most this many relationships are read from each node at each step (None: no cap but the
    rows of the step). `hub_degree`: a neighbour with more relationships than this (of `rel_types`) is kept
    with its degree and not expanded (None: every node is expanded). The root is always expanded.
    """
    first = with_types(text("neighbourhood_root"), rel_types)
    step = with_types(text("neighbourhood_step"), rel_types)
    common = {
        "labels": labels,
        "with_articles": reaches_articles(rel_types, labels),
        "chunk": YIELD_EVERY,
        **PROJECTION,
    }

    async def work(tx: AsyncManagedTransaction) -> RawSubgraph:
        # the root and its first step in one query: the frontier is the root alone, one node is known
        max_rows = ROWS_PER_NODE * max(limit - 1, 1) + 1
        params = {"id": root_id, "per_node": max_rows if per_node is None else per_node, "max_rows": max_rows}
        result = await tx.run(first, {**common, **params})
        rows: list[dict[str, Any]] = []
        root: dict[str, Any] | None = None
        async for record in result:
            if root is None:
                root = {"element_id": record["element_id"], "node": record["node"]}
            else:
                check_deadline()
                await asyncio.sleep(0)
            rows.extend(record["rows"])
        if root is None:
            raise NotFoundError(f"no entity with id {root_id!r}")
        graph = RawSubgraph(nodes={root["element_id"]: root["node"]})
        if depth < 1:
            return graph
        frontier = _take(graph, rows, max_rows, limit, per_node, hub_degree)
        for _ in range(depth - 1):
            if not frontier:
                break
            max_rows = ROWS_PER_NODE * max(limit - len(graph.nodes), 1) + len(frontier)
            params = {
                "frontier": frontier,
                "per_node": max_rows if per_node is None else per_node,
                "max_rows": max_rows,
            }
            rows = await fetch_chunks(tx, step, {**common, **params})
            frontier = _take(graph, rows, max_rows, limit, per_node, hub_degree)
        return graph

    return await reader.transaction(work)


async def fetch_chunks(tx: AsyncManagedTransaction, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a query that returns them as lists (`RETURN rows[start..start + $chunk] AS rows`), in order.

    Between two lists the event loop gets a turn and the deadline is looked at, as `fetch` does every
    `YIELD_EVERY` rows (a step of a 5,000-node export is tens of lists)."""
    result = await tx.run(query, params)
    rows: list[dict[str, Any]] = []
    async for record in result:
        if rows:
            check_deadline()
            await asyncio.sleep(0)
        rows.extend(record[0])
    return rows


def _take(
    graph: RawSubgraph,
    rows: list[dict[str, Any]],
    max_rows: int,
    limit: int,
    per_node: int | None,
    hub_degree: int | None,
) -> list[str]:
    """Add a step's rows to `graph` in order (new nodes while fewer than `limit`); the next step's frontier."""
    graph.truncated |= len(rows) >= max_rows or _cut_per_node(rows, per_node)
    frontier = []
    for row in rows:
        element_id = row["element_id"]
        if element_id not in graph.nodes:
            if len(graph.nodes) >= limit:
                graph.truncated = True
                continue
            graph.nodes[element_id] = row["node"]
            graph.degrees[element_id] = row["degree"]
            if hub_degree is not None and row["degree"] > hub_degree:
                graph.collapsed.add(element_id)
            else:
                frontier.append(element_id)
        edge = row["edge"]
        graph.edges[(edge["source"], edge["type"], edge["target"])] = edge
    return frontier


def _cut_per_node(rows: list[dict[str, Any]], per_node: int | None) -> bool:
    """Whether a node of the frontier gave `per_node` rows: its reading stopped at the cap (it may have more)."""
    if per_node is None:
        return False
    counts = Counter(row["source_id"] for row in rows)
    return bool(counts) and max(counts.values()) >= per_node


async def whole_graph(reader: GraphReader, rel_types: list[str], labels: list[str], limit: int) -> RawSubgraph:
    """The first `limit` entities (by id, with one of `labels` if any) and the relationships between them."""
    rows = await reader.rows("export_graph", rel_types=rel_types, labels=labels, limit=limit, **PROJECTION)
    row = rows[0]
    return RawSubgraph(
        nodes={node["id"]: node for node in row["nodes"]},
        edges={(e["source"], e["type"], e["target"]): e for e in row["edges"]},
        truncated=row["truncated"],
    )


CHECK_EVERY = 256
"""Nodes or edges converted between two looks at the request's deadline."""


def to_model(raw: RawSubgraph, root: str | None, depth: int | None) -> Subgraph:
    """The response model of a raw subgraph, looking at the deadline as it goes (run it with `off_loop`)."""
    return Subgraph.model_validate(_fields(raw, root, depth))


def to_json(raw: RawSubgraph, root: str | None, depth: int | None) -> bytes:
    """`to_model(raw, root, depth).model_dump_json()`, byte for byte, without the models.

    Why: the fields are built here from the query's rows, so validating them again as one model per node,
    edge and evidence entry checked nothing and cost about a fifth of the API's CPU on a 2-hop neighbourhood;
    pydantic-core writes the same JSON from the plain values (tests/test_api_neighbourhood_json.py compares
    both on the test graph)."""
    fields = _fields(raw, root, depth)
    check_deadline()
    return to_json_bytes(fields)


def _fields(raw: RawSubgraph, root: str | None, depth: int | None) -> dict[str, Any]:
    """The fields of `Subgraph` as plain values, looking at the deadline as it goes."""
    nodes, edges = [], []
    for i, (element_id, node) in enumerate(raw.nodes.items()):
        if i % CHECK_EVERY == 0:
            check_deadline()
        nodes.append(node_fields(node, raw.degrees.get(element_id), element_id in raw.collapsed))
    for i, edge in enumerate(raw.edges.values()):
        if i % CHECK_EVERY == 0:
            check_deadline()
        edges.append(edge_fields(edge))
    return {"root": root, "depth": depth, "nodes": nodes, "edges": edges, "truncated": raw.truncated}


INLINE_ITEMS = 400
"""Nodes and edges up to which an answer is written on the event loop (a millisecond or two): a hop to a worker
thread and back costs more than that; bigger answers (exports, 500-node neighbourhoods) go to a thread."""


async def json_answer(raw: RawSubgraph, root: str | None, depth: int | None) -> Response:
    """The JSON response of a raw subgraph: written on the loop when small, else in a worker thread."""
    if len(raw.nodes) + len(raw.edges) <= INLINE_ITEMS:
        body = to_json(raw, root, depth)
    else:
        body = await off_loop(lambda: to_json(raw, root, depth))
    return Response(body, media_type="application/json")


def json_response(model: BaseModel) -> Response:
    """A model already serialised (pydantic-core), so FastAPI does not validate it a second time on the loop."""
    check_deadline()
    return Response(model.model_dump_json(), media_type="application/json")
