"""`GET /officials/{id}/meetings`: who met whom."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from api.convert import entity_ref, evidence
from api.deps import ReaderDep
from api.models import AgreementRef, EventRef, Meeting, Page, Participant, Party, Position
from core.errors import NotFoundError

router = APIRouter(prefix="/officials", tags=["officials"])


@router.get(
    "/{official_id}/meetings",
    response_model=Page[Meeting],
    summary="The meetings of an official",
    description="The events the official ATTENDED, newest first, with the other officials (and their "
    "positions and country), the delegations, places, topics, agreements signed there and the "
    "evidence. `kind` keeps events of those kinds (comma-separated: `meeting`, `visit`, "
    "`signing`, `conference`). `foreign=true` keeps only the other officials of another "
    "country than the official's own (unknown counts as another), and only the events with one "
    "of them: *which foreign officials has the minister met*, without the leader he accompanied "
    "on a visit.",
)
async def meetings(
    reader: ReaderDep,
    official_id: Annotated[str, Path(description="the official's id", examples=["person:nguyen-hong-dien"])],
    kind: Annotated[
        str | None,
        Query(max_length=200, description="comma-separated event kinds to keep", examples=["meeting,signing"]),
    ] = None,
    foreign: Annotated[bool, Query(description="only officials of another country, and events with one")] = False,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> Page[Meeting]:
    kinds = [part.strip() for part in (kind or "").split(",") if part.strip()] or None
    rows = await reader.rows(
        "official_meetings", id=official_id, kinds=kinds, foreign=foreign, limit=limit, offset=offset
    )
    if not rows:
        raise NotFoundError(f"no official with id {official_id!r}")
    return Page[Meeting](
        total=rows[0]["total"], limit=limit, offset=offset, items=[_meeting(item) for item in rows[0]["items"]]
    )


def _meeting(item: dict[str, Any]) -> Meeting:
    return Meeting(
        event=EventRef.model_validate(item["event"]),
        evidence=evidence(item["evidence"]),
        officials=[
            Participant(
                entity=entity_ref(o["entity"]),
                country=o.get("country"),
                positions=[Position(title=p.get("title"), at=entity_ref(p["at"])) for p in o["positions"]],
                evidence=evidence(o["evidence"]),
            )
            for o in item["officials"]
        ],
        delegations=[
            Party(entity=entity_ref(d["entity"]), evidence=evidence(d["evidence"])) for d in item["delegations"]
        ],
        places=[entity_ref(p) for p in item["places"]],
        topics=[entity_ref(t) for t in item["topics"]],
        agreements=[
            AgreementRef(
                id=a["id"],
                title=a.get("title") or a.get("name"),
                type=a.get("type"),
                status=a.get("status"),
                date=a.get("date"),
            )
            for a in item["agreements"]
        ],
    )
