"""`GET /agreements`: agreements, their parties, topics, dates, status and evidence."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.convert import entity_ref, evidence
from api.deadlines import off_loop
from api.deps import ReaderDep, country_id
from api.models import Agreement, EventRef, Page, Party
from api.subgraph import json_response
from core.vocabulary import AgreementStatus as AgreementStatus  # the MCP tools read them from here
from core.vocabulary import AgreementType as AgreementType

router = APIRouter(tags=["agreements"])

ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.get(
    "/agreements",
    response_model=Page[Agreement],
    summary="Agreements",
    description="Newest first. A party counts when it is the entity named by `party`, a body PART_OF it, "
    "or, for a province or country, its government (BASED_IN it); "
    "`country` keeps agreements with a party of that country (the country itself, or an "
    "organisation or province IN_COUNTRY / BASED_IN it).",
)
async def agreements(
    reader: ReaderDep,
    party: Annotated[str | None, Query(description="id of a party", examples=["org:moit"])] = None,
    country: Annotated[
        str | None, Query(description="a party's country: `CN` or `country:cn`", examples=["CN"])
    ] = None,
    type: Annotated[
        AgreementType | None, Query(description="the agreement's type", examples=[AgreementType.MOU])
    ] = None,
    status: Annotated[
        AgreementStatus | None, Query(description="the agreement's status", examples=[AgreementStatus.SIGNED])
    ] = None,
    topic: Annotated[str | None, Query(description="id of a topic", examples=["topic:power_interconnection"])] = None,
    since: Annotated[str | None, Query(pattern=ISO_DATE, description="ISO date (YYYY[-MM[-DD]])")] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="ISO date (YYYY[-MM[-DD]])")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> Response:
    page = (
        await reader.rows(
            "agreements",
            party=party,
            country=country_id(country) if country else None,
            type=type,
            status=status,
            topic=topic,
            since=since,
            until=until,
            limit=limit,
            offset=offset,
        )
    )[0]
    # 200 agreements with their parties' evidence: built off the event loop
    return await off_loop(
        lambda: json_response(
            Page[Agreement](
                total=page["total"], limit=limit, offset=offset, items=[_agreement(row) for row in page["items"]]
            )
        )
    )


def _agreement(row: dict[str, Any]) -> Agreement:
    return Agreement(
        id=row["id"],
        title=row.get("title") or row.get("name"),
        type=row.get("type"),
        status=row.get("status"),
        date=row.get("date"),
        article_ids=row.get("article_ids") or [],
        parties=[Party(entity=entity_ref(p["entity"]), evidence=evidence(p["evidence"])) for p in row["parties"]],
        topics=[entity_ref(t) for t in row["topics"]],
        signed_at=[EventRef.model_validate(e) for e in row["signed_at"]],
    )
