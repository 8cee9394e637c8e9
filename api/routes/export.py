"""`GET /export`: a subgraph for Gephi, Cytoscape or networkx, as JSON (node-link) or GraphML."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api import subgraph
from api.deadlines import expensive, off_loop
from api.deps import GateDep, LabelsDep, ReaderDep, RelTypesDep
from api.graphml import to_graphml
from api.models import Subgraph

router = APIRouter(tags=["export"])

MAX_EXPORT_NODES = 5000


@router.get(
    "/export",
    response_model=Subgraph,
    summary="Export a subgraph (JSON or GraphML)",
    description="With `root`: the neighbourhood of that entity within `depth` steps; without: the first "
    f"`limit` entities by id and the relationships between them (at most {MAX_EXPORT_NODES} "
    "nodes; `truncated` says when cut). `format=graphml` answers GraphML (readable by Gephi, "
    "Cytoscape, yEd and `networkx.read_graphml`); list properties are joined with ' | '. "
    "An expensive read: 503 with Retry-After when too many run at once.",
    responses={200: {"content": {"application/graphml+xml": {}}}},
)
async def export(
    reader: ReaderDep,
    gate: GateDep,
    rel_types: RelTypesDep,
    labels: LabelsDep,
    root: Annotated[str | None, Query(description="id of the entity at the centre", examples=["org:moit"])] = None,
    depth: Annotated[int, Query(ge=1, le=3)] = 2,
    limit: Annotated[int, Query(ge=1, le=MAX_EXPORT_NODES, description="maximum number of nodes")] = 500,
    format: Annotated[Literal["json", "graphml"], Query(description="json or graphml")] = "json",
) -> Response:
    async with expensive(gate):  # the conversion too: thousands of nodes are CPU work, capped like the query
        if root is None:
            raw = await subgraph.whole_graph(reader, rel_types, labels, limit)
        else:
            raw = await subgraph.neighbourhood(reader, root, depth, rel_types, labels, limit)

        def render() -> Response:
            graph = subgraph.to_model(raw, root, depth if root else None)
            if format == "graphml":
                return Response(
                    to_graphml(graph.nodes, graph.edges),
                    media_type="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="edkg.graphml"'},
                )
            return subgraph.json_response(graph)

        return await off_loop(render)
