"""`GET /paths`: how two entities are connected."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.convert import graph_edge, graph_node
from api.deps import ReaderDep, RelTypesDep
from api.errors import InvalidParameter
from api.models import GraphPath, Paths
from api.paths import shortest_paths

router = APIRouter(tags=["paths"])


@router.get("/paths", response_model=Paths, summary="Shortest paths between two entities",
            description="The k shortest paths of at most `max_hops` relationships, each an ordered list of nodes "
                        "and edges. Paths do not pass through articles unless `rel_types` names MENTIONED_IN. "
                        "404 for an unknown end; an empty list when no path is that short.")
async def paths(
    reader: ReaderDep,
    rel_types: RelTypesDep,
    source: Annotated[str, Query(description="id of the first entity", examples=["person:jacob-helberg"])],
    target: Annotated[str, Query(description="id of the second entity", examples=["province:cn-gx"])],
    max_hops: Annotated[int, Query(ge=1, le=6)] = 4,
    k: Annotated[int, Query(ge=1, le=10, description="how many paths")] = 3,
) -> Paths:
    if source == target:
        raise InvalidParameter("target", target, "source and target are the same entity")
    rows = await shortest_paths(reader, source, target, max_hops, k, rel_types)
    return Paths(source=source, target=target, max_hops=max_hops,
                 paths=[GraphPath(length=len(row["edges"]), nodes=[graph_node(n) for n in row["nodes"]],
                                  edges=[graph_edge(e) for e in row["edges"]]) for row in rows])
