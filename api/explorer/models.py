"""Response models of the explorer's reads (`api/routes/explore.py`)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from api.models import EntityRef, Evidence
from core.vocabulary import AgreementStatus, AgreementType, RelType


class Suggestion(EntityRef):
    """One entity offered while typing."""

    aliases: list[str] = Field(default_factory=list, description="a few other names (not the name itself)")
    exact: bool = Field(description="the text typed equals the name or an alias (accents and case aside)")


class Suggestions(BaseModel):
    q: str = Field(description="the text the suggestions are for (a client typing fast drops stale answers)")
    total: int = Field(description="how many entities match in all")
    items: list[Suggestion]


class TimelineLink(BaseModel):
    """How an item of the timeline is tied to the entity: who on its side, by which relationship, read where."""

    entity: EntityRef = Field(description="the entity itself, a body of it, or an official holding a position")
    type: str = Field(examples=[RelType.PARTY_TO], description="ATTENDED, PARTICIPATED_IN or PARTY_TO")
    evidence: list[Evidence]


class TimelineItem(EntityRef):
    """An event or an agreement of the entity's timeline."""

    kind: str | None = Field(None, description="agreement type or event kind", examples=[AgreementType.MOU])
    status: str | None = Field(None, description="agreement status", examples=[AgreementStatus.SIGNED])
    date: str | None = Field(None, examples=["2025-02-19"])
    location: str | None = None
    links: list[TimelineLink]
    others: list[EntityRef] = Field(description="the other participants or parties (a few)")
    topics: list[EntityRef]
    places: list[EntityRef] = Field(description="where an event was held (HELD_IN)")


class TimelinePage(BaseModel):
    """A page of the timeline: `items[offset : offset + limit]` of `total`, oldest first."""

    total: int
    limit: int
    offset: int
    items: list[TimelineItem]


class SharedItem(EntityRef):
    """An event both sides took part in, or an agreement both are parties to, with each side's links."""

    kind: str | None = None
    status: str | None = None
    date: str | None = None
    location: str | None = None
    links_a: list[TimelineLink]
    links_b: list[TimelineLink]


class DirectFact(BaseModel):
    """A fact that joins the two entities themselves (either direction)."""

    type: str
    source: str
    target: str
    article_count: int | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    evidence: list[Evidence]


class RelationshipTimeline(BaseModel):
    """What two entities did together, oldest first, and the facts joining them directly."""

    a: EntityRef
    b: EntityRef
    total: int = Field(description="shared events and agreements in all (`items` holds the first `limit`)")
    limit: int
    items: list[SharedItem]
    direct: list[DirectFact]


class ArticleText(BaseModel):
    """The cleaned text of an article: every evidence span (`start:end`) of its facts points into it."""

    id: str
    title: str | None = None
    lang: str | None = None
    text: str = Field(description="the article's cleaned text (what the extractor read)")


class PartnerCount(BaseModel):
    """One partner and how often it took part with the entity."""

    partner: EntityRef
    agreements: int = Field(description="agreements both are parties to")
    events: int = Field(description="events both took part in")
    per_year: dict[str, int] = Field(description="items per year (`undated` for those without a date)")
    latest: str | None = Field(None, description="date of the latest item")


class TopPartners(BaseModel):
    """The partners of an entity, most frequent first."""

    partner: str = Field(description="the entity whose partners these are")
    total: int
    limit: int
    items: list[PartnerCount]
