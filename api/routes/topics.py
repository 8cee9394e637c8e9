"""`GET /topics/{id}/partners`: who discussed a topic with MOIT (or another partner)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from api.convert import PROJECTION, entity_ref, evidence
from api.deadlines import off_loop
from api.deps import ReaderDep
from api.models import Page, TopicActivity, TopicPartner
from api.subgraph import json_response
from core.errors import NotFoundError

router = APIRouter(prefix="/topics", tags=["topics"])


@router.get(
    "/{topic_id}/partners",
    response_model=Page[TopicPartner],
    summary="Partners on a topic",
    description="The events and agreements ABOUT the topic in which the partner (MOIT by default, a body "
    "PART_OF it, or one of its officials) took part, grouped by the jurisdiction on the other "
    "side. The other side is read from the delegations, the parties and the positions of the "
    "other officials; each stands for the nearest province, else the nearest country, it "
    "belongs to (BASED_IN, IN_COUNTRY, PART_OF): the US State Department stands for the United "
    "States, Guangxi's party committee for Guangxi. Companies, associations, international "
    "organisations and bodies of unknown place stand for themselves. Within one event or "
    "agreement a country is left out when one of its provinces is there. Partners of our "
    "side's own country are left out unless `domestic=true`.",
)
async def topic_partners(
    reader: ReaderDep,
    topic_id: Annotated[str, Path(description="the topic id", examples=["topic:power_interconnection"])],
    partner: Annotated[str, Query(description="our side", examples=["org:moit"])] = "org:moit",
    domestic: Annotated[bool, Query(description="also list partners of our side's own country")] = False,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> Response:
    rows = await reader.rows("topic_partners", topic=topic_id, partner=partner, domestic=domestic)
    if not rows:
        known = {row["id"] for row in await reader.rows("node_ref", ids=[topic_id, partner], **PROJECTION)}
        for wanted in (topic_id, partner):
            if wanted not in known:
                raise NotFoundError(f"no entity with id {wanted!r}")

    def render() -> Response:  # a hub topic's partners with their evidence: built off the event loop
        items = [
            TopicPartner(
                partner=entity_ref(row["partner"]),
                country=row["country"],
                via=[
                    TopicActivity(
                        id=v["id"],
                        name=v.get("name"),
                        kind=v["kind"],
                        date=v.get("date"),
                        evidence=evidence(v["evidence"]),
                    )
                    for v in row["via"]
                ],
            )
            for row in rows[offset : offset + limit]
        ]
        return json_response(Page[TopicPartner](total=len(rows), limit=limit, offset=offset, items=items))

    return await off_loop(render)
