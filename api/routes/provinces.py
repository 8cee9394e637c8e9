"""`GET /provinces`: the canonical question, which provinces have which agreements with whom."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.convert import entity_ref, evidence
from api.deadlines import off_loop
from api.deps import ReaderDep, country_id
from api.models import Page, Party, ProvinceAgreement, ProvinceAgreements
from api.subgraph import json_response
from core.vocabulary import AgreementStatus, AgreementType

router = APIRouter(tags=["provinces"])


@router.get(
    "/provinces",
    response_model=Page[ProvinceAgreements],
    summary="Provinces and their agreements (e.g. Chinese provinces with MoUs with MOIT)",
    description="`?country=CN&partner=org:moit&agreement_type=mou` answers *which Chinese provinces have "
    "MoUs with MOIT*: each province with its agreements (title, type, status, date) and the "
    "evidence sentences. A province takes part itself or through an organisation BASED_IN it "
    "(its People's Government); both count. Provinces without a matching agreement are left out. "
    "Without `country`, provinces of every country: Chinese and Vietnamese ones, and the states, "
    "provinces and prefectures of other countries (`province:us-wa`, `province:la-ho`).",
)
async def provinces(
    reader: ReaderDep,
    country: Annotated[
        str | None,
        Query(description="the provinces' country: `CN` or `country:cn`; omitted: every country", examples=["CN"]),
    ] = None,
    partner: Annotated[
        str | None,
        Query(
            description="id of the other party; a province or country counts with its government, a province also "
            "with its departments (BASED_IN it)",
            examples=["org:moit"],
        ),
    ] = None,
    agreement_type: Annotated[AgreementType | None, Query(examples=[AgreementType.MOU])] = None,
    status: Annotated[AgreementStatus | None, Query(examples=[AgreementStatus.SIGNED])] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> Response:
    rows = await reader.rows(
        "provinces",
        country=country_id(country) if country else None,
        partner=partner,
        agreement_type=agreement_type,
        status=status,
    )
    # a page of provinces with every agreement's evidence can be a megabyte: built off the event loop
    return await off_loop(
        lambda: json_response(
            Page[ProvinceAgreements](
                total=len(rows),
                limit=limit,
                offset=offset,
                items=[_province(row) for row in rows[offset : offset + limit]],
            )
        )
    )


def _province(row: dict[str, Any]) -> ProvinceAgreements:
    return ProvinceAgreements(
        province=entity_ref(row["province"]),
        iso=row["province"].get("iso"),
        agreements=[
            ProvinceAgreement(
                id=a["agreement"]["id"],
                title=a["agreement"].get("title") or a["agreement"].get("name"),
                type=a["agreement"].get("type"),
                status=a["agreement"].get("status"),
                date=a["agreement"].get("date"),
                via=[Party(entity=entity_ref(side["via"]), evidence=evidence(side["evidence"])) for side in a["sides"]],
                partner_evidence=[entry for lists in a["partner_evidence"] for entry in evidence(lists)],
            )
            for a in row["agreements"]
        ],
    )
