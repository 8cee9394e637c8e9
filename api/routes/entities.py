"""`/entities`: search, one entity, its neighbourhood."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response
from pydantic import TypeAdapter

from api import subgraph
from api.convert import PROJECTION, public_properties
from api.deadlines import expensive
from api.deps import GateDep, LabelsDep, ReaderDep, RelTypesDep, SettingsDep
from api.errors import InvalidParameter
from api.models import ArticleRef, EntityDetail, Page, SearchHit, Subgraph
from api.search import search_rows
from core.errors import NotFoundError
from core.vocabulary import ENTITY_LABELS, PROVENANCE_TYPE, Label

router = APIRouter(prefix="/entities", tags=["entities"])

EntityId = Annotated[str, Path(description="the entity id", examples=["person:nguyen-hong-dien"])]
MAX_NEIGHBOURHOOD_NODES = 500
SEARCH_PAGE = TypeAdapter(Page[SearchHit])


@router.get(
    "",
    response_model=Page[SearchHit],
    summary="Search entities by name or alias",
    description="Case- and diacritic-insensitive, Vietnamese or English (`quang tay`, `Guangxi`, `MOIT`): "
    "the full-text index `entity_search`, exact name or alias matches first.",
)
async def search_entities(
    reader: ReaderDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="the text to look for", examples=["quang tay"])],
    label: Annotated[str | None, Query(description="only entities with this label", examples=[Label.PROVINCE])] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> Page[SearchHit]:
    if label is not None and label not in ENTITY_LABELS:
        raise InvalidParameter("label", label, f"unknown label {label!r}; known: " + ", ".join(ENTITY_LABELS))
    found = await search_rows(reader, q, label, limit, offset)
    # One validation of the whole page (pydantic's core), not a Python loop of one model per hit.
    return SEARCH_PAGE.validate_python(
        {"total": found["total"], "limit": limit, "offset": offset, "items": found["items"]}
    )


@router.get(
    "/{entity_id}",
    response_model=EntityDetail,
    summary="One entity",
    description="Properties, aliases, labels, degree by relationship type and the newest articles that mention it.",
)
async def get_entity(
    reader: ReaderDep,
    entity_id: EntityId,
    articles_limit: Annotated[int, Query(ge=0, le=200, description="how many mentioning articles to list")] = 20,
) -> EntityDetail:
    rows = await reader.rows("entity", id=entity_id, articles_limit=articles_limit, hidden=PROJECTION["hidden"])
    if not rows:
        raise NotFoundError(f"no entity with id {entity_id!r}")
    row = rows[0]
    props = dict(row["properties"])
    return EntityDetail(
        id=props["id"],
        name=props.get("name"),
        labels=row["labels"],
        aliases=props.get("aliases") or [],
        properties=public_properties(props),
        degree={k: v for k, v in row["degree"].items() if v},
        articles=[ArticleRef.model_validate(a) for a in row["articles"]],
        articles_total=row["degree"][PROVENANCE_TYPE],
    )


@router.get(
    "/{entity_id}/neighbourhood",
    response_model=Subgraph,
    summary="The neighbourhood of an entity",
    description="Nodes and edges (with their properties and evidence) within `depth` steps, breadth first, "
    f"at most `limit` nodes (≤ {MAX_NEIGHBOURHOOD_NODES}) and at most `per_node` neighbours read from each "
    "node at each step (default `API_NEIGHBOURHOOD_PER_NODE`, 50); `truncated` is true when either cap cut it. "
    "**Hubs are collapsed**: a neighbour with more relationships (of the types followed) than the API's hub "
    "degree (`API_HUB_DEGREE`, default 1000) is returned with its `degree` and `collapsed: true`, and its own "
    "neighbours are not listed (ask for its neighbourhood, or `include_hubs=true`); the root is always "
    "expanded, up to `per_node`. Every node reached from the root carries its `degree`. "
    "Articles (MENTIONED_IN) are left out unless `rel_types` names MENTIONED_IN. Deeper than "
    "1 it is an expensive read: 503 with Retry-After when too many run at once.",
)
async def neighbourhood(
    settings: SettingsDep,
    reader: ReaderDep,
    gate: GateDep,
    entity_id: EntityId,
    rel_types: RelTypesDep,
    labels: LabelsDep,
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_NEIGHBOURHOOD_NODES, description="maximum number of nodes")] = 100,
    per_node: Annotated[
        int | None,
        Query(
            ge=1,
            le=MAX_NEIGHBOURHOOD_NODES,
            description="neighbours read from each node at each step (default: API_NEIGHBOURHOOD_PER_NODE)",
        ),
    ] = None,
    include_hubs: Annotated[bool, Query(description="expand hubs too instead of collapsing them")] = False,
) -> Response:
    per_node = settings.api_neighbourhood_per_node if per_node is None else per_node
    hub_degree = None if include_hubs else settings.api_hub_degree
    async with expensive(gate if depth > 1 else None):  # the slot is Neo4j's: the answer is written after it
        raw = await subgraph.neighbourhood(reader, entity_id, depth, rel_types, labels, limit, per_node, hub_degree)
    return await subgraph.json_answer(raw, entity_id, depth)
