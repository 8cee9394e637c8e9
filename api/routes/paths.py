"""`GET /paths`: how two entities are connected."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.convert import graph_edge, graph_node
from api.deadlines import expensive
from api.deps import GateDep, ReaderDep, RelTypesDep, SettingsDep
from api.errors import InvalidParameter
from api.models import GraphPath, Paths
from api.paths import shortest_paths
from graph.model import PROVENANCE_TYPE

router = APIRouter(tags=["paths"])

MAX_HOPS_THROUGH_ARTICLES = 3
"""Through articles every entity is two hops from thousands of others: Neo4j 5.26's `SHORTEST` search of 4 or more
such hops ran on for minutes after its transaction was terminated (timed out, client gone), holding a core; the
search of facts alone stops at its budget."""


@router.get(
    "/paths",
    response_model=Paths,
    summary="Shortest paths between two entities",
    description="The k shortest paths of at most `max_hops` relationships, each an ordered list of nodes "
    "and edges, shortest first. Paths do not pass through articles unless `rel_types` names MENTIONED_IN. "
    "**Hubs are not crossed unless `include_hubs=true`**: a node with more relationships (of the types "
    "searched) than the API's hub degree (`API_HUB_DEGREE`, default 1000) — MOIT, Việt Nam, a big topic on a "
    "large graph — is left out of the search, except as one of the two ends; where the only short paths "
    "run through a hub, the answer is then fewer paths, longer ones or none, by design (every entity is "
    "two hops from thousands of others through a hub). "
    f"404 for an unknown end; an empty list when no path is that short. Through articles "
    f"(MENTIONED_IN) at most {MAX_HOPS_THROUGH_ARTICLES} hops (422 beyond). An expensive read: "
    "503 with Retry-After when too many run at once, 504 when its time budget is spent.",
)
async def paths(
    settings: SettingsDep,
    reader: ReaderDep,
    gate: GateDep,
    rel_types: RelTypesDep,
    source: Annotated[str, Query(description="id of the first entity", examples=["person:jacob-helberg"])],
    target: Annotated[str, Query(description="id of the second entity", examples=["province:cn-gx"])],
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    k: Annotated[int, Query(ge=1, le=10, description="how many paths")] = 3,
    include_hubs: Annotated[
        bool, Query(description="also search through hubs (slower on a large graph: within the time budget)")
    ] = False,
) -> Paths:
    if source == target:
        raise InvalidParameter("target", target, "source and target are the same entity")
    if PROVENANCE_TYPE in rel_types and max_hops > MAX_HOPS_THROUGH_ARTICLES:
        raise InvalidParameter(
            "max_hops",
            max_hops,
            f"paths through articles ({PROVENANCE_TYPE}) are searched up to {MAX_HOPS_THROUGH_ARTICLES} hops",
        )
    async with expensive(gate):
        hub_degree = None if include_hubs else settings.api_hub_degree
        rows = await shortest_paths(reader, source, target, max_hops, k, rel_types, hub_degree)
    return Paths(
        source=source,
        target=target,
        max_hops=max_hops,
        paths=[
            GraphPath(
                length=len(row["edges"]),
                nodes=[graph_node(n) for n in row["nodes"]],
                edges=[graph_edge(e) for e in row["edges"]],
            )
            for row in rows
        ],
    )
