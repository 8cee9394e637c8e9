"""The explorer's reads, public and documented: `/suggest`, `/entities/{id}/timeline`, `/timeline?a=&b=`,
`/analytics/partners` and `/articles/{id}/text`.

Why these and not more: the explorer's pages also use `/entities/{id}` (properties, degree),
`/entities/{id}/neighbourhood` (the graph view, positions, country), `/provinces` (the canonical question),
`/officials/{id}/meetings`, `/topics/{id}/partners` and `/export` (GraphML); what was missing were suggestions as
you type (short, cheap, the search's own query), an entity's own timeline, two entities over time, the ranking
of partners, and the text the evidence offsets point into. The page, its script and the vendored libraries are
static files of the package (`api/static/`), served with the offline `/docs` and `/redoc` by `api.explorer.pages`,
outside the OpenAPI document.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from api.convert import entity_ref, evidence
from api.deadlines import expensive
from api.deps import GateDep, LabelsDep, ReaderDep
from api.errors import InvalidParameter
from api.explorer.models import (
    ArticleText,
    DirectFact,
    PartnerCount,
    RelationshipTimeline,
    SharedItem,
    Suggestion,
    Suggestions,
    TimelineItem,
    TimelineLink,
    TimelinePage,
    TopPartners,
)
from api.search import escape, phrase_query, variants
from core.errors import NotFoundError
from core.text import fold
from core.vocabulary import AgreementStatus, AgreementType

router = APIRouter(tags=["explore"])

MAX_SUGGESTIONS = 20
RERANK_FACTOR = 3
"""Hits read per suggestion shown, so that those whose name begins with the text can move up (`rerank`)."""
SUGGEST_MIN_PREFIX = 2
"""While typing, a last word of 2 letters already matches as a prefix (`quang ta` -> Quảng Tây); the search's
own minimum is 3 (a finished query `hn` means HN). One letter would expand to too many index terms."""
ALIASES_SHOWN = 5
EVIDENCE_PER_LINK = 3
OTHERS_PER_ITEM = 12
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.get(
    "/suggest",
    response_model=Suggestions,
    summary="Suggestions as you type",
    description="The entities whose name or an alias matches what was typed so far: the search of "
    "`GET /entities` (full-text index `entity_search`, diacritic- and case-insensitive, any "
    "script; the last word also matches as a prefix from 2 letters: `quang ta` finds Quảng Tây, "
    "`Guangx` Guangxi, `MOIT` the ministry), exact matches first, at most `limit` of them.",
)
async def suggest(
    reader: ReaderDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="the text typed so far", examples=["quang tay"])],
    limit: Annotated[int, Query(ge=1, le=MAX_SUGGESTIONS)] = 8,
) -> Suggestions:
    lucene = suggest_query(q)
    if lucene is None:
        return Suggestions(q=q, total=0, items=[])
    rows = await reader.rows(
        "entity_search",
        lucene=lucene,
        phrase=phrase_query(q),
        key=fold(q),
        variants=variants(q),
        relaxed=[],  # while typing, the text as typed only (`api.search.relaxed_forms` are for a whole name)
        label=None,
        limit=limit * RERANK_FACTOR,
        offset=0,
    )
    found: dict[str, Any] = rows[0] if rows else {"total": 0, "items": []}
    return Suggestions(
        q=q,
        total=found["total"],
        items=[
            Suggestion(
                id=hit["id"],
                name=hit.get("name"),
                labels=hit.get("labels") or [],
                aliases=[a for a in hit.get("aliases") or [] if a != hit.get("name")][:ALIASES_SHOWN],
                exact=bool(hit.get("exact")),
            )
            for hit in rerank(q, found["items"])[:limit]
        ],
    )


@router.get(
    "/entities/{entity_id}/timeline",
    response_model=TimelinePage,
    summary="The timeline of an entity",
    description="The events and agreements the entity took part in, oldest first (undated ones last), "
    "each with the link that ties it to the entity (the entity itself, a body PART_OF or "
    "BASED_IN it, or an official holding a position there: MOIT's timeline holds its "
    "minister's meetings) and that link's evidence sentences with their articles and offsets, "
    "the other participants, topics and places. Filters: `since`/`until` (ISO dates; an "
    "undated item is left out by either), `partner` (an entity that must also take part), "
    "`topic`, `kind` (agreement type or event kind), `status`.",
)
async def timeline(
    reader: ReaderDep,
    entity_id: Annotated[str, Path(description="the entity id", examples=["org:moit"])],
    since: Annotated[
        str | None,
        Query(pattern=ISO_DATE, description="first date (YYYY, YYYY-MM or YYYY-MM-DD)", examples=["2024-01-01"]),
    ] = None,
    until: Annotated[
        str | None, Query(pattern=ISO_DATE, description="last date (inclusive)", examples=["2025-12-31"])
    ] = None,
    partner: Annotated[
        str | None,
        Query(max_length=200, description="id of an entity that must also take part", examples=["province:cn-gx"]),
    ] = None,
    topic: Annotated[
        str | None, Query(max_length=200, description="id of a topic the item is about", examples=["topic:trade"])
    ] = None,
    kind: Annotated[
        str | None,
        Query(
            max_length=40,
            pattern=r"^[a-z_]+$",
            description="agreement type (`mou`, `action_plan`, …) or event kind (`meeting`, …)",
            examples=[AgreementType.MOU],
        ),
    ] = None,
    status: Annotated[AgreementStatus | None, Query(description="agreement status")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> TimelinePage:
    rows = await reader.rows(
        "entity_timeline",
        id=entity_id,
        since=since,
        until=until,
        partner=partner,
        topic=topic,
        kind=kind,
        status=status,
        evidence_limit=EVIDENCE_PER_LINK,
        others_limit=OTHERS_PER_ITEM,
        offset=offset,
        limit=limit,
    )
    if not rows:
        raise NotFoundError(f"no entity with id {entity_id!r}")
    return TimelinePage(
        total=rows[0]["total"],
        limit=limit,
        offset=offset,
        items=[_item(row) for row in rows if row["item"] is not None],
    )


@router.get(
    "/timeline",
    response_model=RelationshipTimeline,
    summary="The relationship of two entities over time",
    description="What `a` and `b` did together, oldest first (undated last): the events both sides took "
    "part in and the agreements both are parties to, each with each side's links and their "
    "evidence; a side is the entity, the bodies PART_OF or BASED_IN it and the officials "
    "holding positions there (MOIT's side holds its minister; Guangxi's its People's "
    "Government and party secretary); plus the facts that join the two directly. "
    "`?a=org:moit&b=province:cn-gx`: MOIT and Quảng Tây, year by year.",
)
async def relationship_timeline(
    reader: ReaderDep,
    a: Annotated[str, Query(min_length=1, max_length=200, description="id of one entity", examples=["org:moit"])],
    b: Annotated[str, Query(min_length=1, max_length=200, description="id of the other", examples=["province:cn-gx"])],
    limit: Annotated[int, Query(ge=1, le=200)] = 100,
) -> RelationshipTimeline:
    if a == b:
        raise InvalidParameter("b", b, "a and b are the same entity")
    rows = await reader.rows("relationship_timeline", a=a, b=b, limit=limit, evidence_limit=EVIDENCE_PER_LINK)
    if not rows:
        raise NotFoundError(f"no entity with id {a!r} or {b!r}")
    row = rows[0]

    def links(entries: list[dict[str, Any]]) -> list[TimelineLink]:
        return [
            TimelineLink(entity=entity_ref(link["entity"]), type=link["type"], evidence=evidence(link["evidence"]))
            for link in entries
        ]

    return RelationshipTimeline(
        a=entity_ref(row["a"]),
        b=entity_ref(row["b"]),
        total=row["total"],
        limit=limit,
        items=[
            SharedItem(
                id=item["id"],
                name=item.get("name"),
                labels=item.get("labels") or [],
                kind=item.get("kind"),
                status=item.get("status"),
                date=item.get("date"),
                location=item.get("location"),
                links_a=links(item["links_a"]),
                links_b=links(item["links_b"]),
            )
            for item in row["items"]
        ],
        direct=[
            DirectFact(
                type=fact["type"],
                source=fact["source"],
                target=fact["target"],
                article_count=fact.get("article_count"),
                first_seen=fact.get("first_seen"),
                last_seen=fact.get("last_seen"),
                evidence=evidence(fact["evidence"]),
            )
            for fact in row["direct"]
        ],
    )


@router.get(
    "/articles/{article_id}/text",
    response_model=ArticleText,
    summary="The cleaned text of an article",
    description="The text the extractor read, which the `span` offsets (`start:end`) of every evidence entry "
    "point into (`GET /articles/{id}` lists the facts with their spans): the explorer's article "
    "view highlights each fact's sentence in it.",
)
async def article_text(
    reader: ReaderDep,
    article_id: Annotated[
        str, Path(max_length=200, description="the article id", examples=["article:355fc8539cfeff7e"])
    ],
) -> ArticleText:
    rows = await reader.rows("article_text", id=article_id)
    if not rows:
        raise NotFoundError(f"no article with id {article_id!r}")
    row = rows[0]
    return ArticleText(id=row["id"], title=row.get("title"), lang=row.get("lang"), text=row.get("text") or "")


@router.get(
    "/analytics/partners",
    response_model=TopPartners,
    summary="Top partners of an entity",
    description="Who took part with an entity most often in a period: agreements both are parties to and "
    "events both attended, with a count per year and the latest item. The entity's side is as in "
    "its timeline (itself, its bodies, the officials holding positions there); `labels` keeps "
    "partners with one of these labels (`Province,Country`). `?partner=org:moit&since=2024` "
    "answers *MOIT's top partners since 2024*. It counts over the whole neighbourhood of a hub: "
    "an expensive read (503 with Retry-After when too many run at once).",
)
async def top_partners(
    reader: ReaderDep,
    gate: GateDep,
    labels: LabelsDep,
    partner: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="id of the entity whose partners are ranked",
            examples=["org:moit"],
        ),
    ],
    since: Annotated[
        str | None, Query(pattern=ISO_DATE, description="first date (YYYY, YYYY-MM or YYYY-MM-DD)", examples=["2024"])
    ] = None,
    until: Annotated[str | None, Query(pattern=ISO_DATE, description="last date (inclusive)")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> TopPartners:
    async with expensive(gate):
        rows = await reader.rows("top_partners", partner=partner, since=since, until=until, labels=labels, limit=limit)
    if not rows:
        await _must_exist(reader, partner)
    return TopPartners(
        partner=partner,
        total=rows[0]["total"] if rows else 0,
        limit=limit,
        items=[
            PartnerCount(
                partner=entity_ref(row["partner"]),
                agreements=row["agreements"],
                events=row["events"],
                per_year=dict(sorted((year or "undated", n) for year, n in row["per_year"])),
                latest=row["latest"],
            )
            for row in rows
        ],
    )


async def _must_exist(reader: Any, entity_id: str) -> None:
    """404 when no entity has this id (an entity without partners answers an empty list)."""
    if not await reader.rows("node_ref", ids=[entity_id], hidden=[]):
        raise NotFoundError(f"no entity with id {entity_id!r}")


def rerank(q: str, hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Exact matches first (as the search), then names or aliases that begin with what was typed (`guangx`:
    Guangxi before *Sở Thương mại Guangxi*), then the search's order; Python's sort is stable."""
    key = fold(q)

    def begins(hit: dict[str, Any]) -> bool:
        return any(fold(name).startswith(key) for name in [hit.get("name") or "", *(hit.get("aliases") or [])])

    return sorted(hits, key=lambda hit: (not hit.get("exact"), not begins(hit)))


def suggest_query(text: str) -> str | None:
    """The search's Lucene query (`api.search.lucene_query`) with the last word a prefix from 2 letters."""
    terms = [escape(term) for term in fold(text).split()]
    if not terms:
        return None
    last = terms[-1]
    terms[-1] = f"({last} OR {last}*)" if len(last) >= SUGGEST_MIN_PREFIX else f"({last})"
    return " AND ".join(terms)


def _item(row: dict[str, Any]) -> TimelineItem:
    item = row["item"]
    return TimelineItem(
        id=item["id"],
        name=item.get("name"),
        labels=item.get("labels") or [],
        kind=item.get("kind"),
        status=item.get("status"),
        date=item.get("date"),
        location=item.get("location"),
        links=[
            TimelineLink(entity=entity_ref(link["entity"]), type=link["type"], evidence=evidence(link["evidence"]))
            for link in row["links"]
        ],
        others=[entity_ref(o) for o in row["others"]],
        topics=[entity_ref(t) for t in row["topics"]],
        places=[entity_ref(p) for p in row["places"]],
    )
