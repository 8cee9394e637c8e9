"""The typed answers of the MCP tools (`api.mcp_server`).

Why models of their own on top of `api.models`: an assistant needs to know when
an answer was cut (every list says `truncated`), and every answer must carry
evidence (sentences and article ids), so the REST models that lack one of the
two (a search hit, an entity card, a page) are extended here rather than changed
for the REST clients.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from api.models import ArticleDetail, EntityDetail, EntityRef, Evidence, Paths, SearchHit

T = TypeVar("T")


class Capped(BaseModel, Generic[T]):
    """A list cut at the caller's `limit`: `truncated` says that more matched."""

    total: int = Field(description="how many items match in all")
    returned: int = Field(description="how many items are in `items`")
    truncated: bool = Field(
        description="true when more items matched than were returned: ask again with a larger "
        "`limit` or narrower filters"
    )
    items: list[T]


def capped(total: int, items: list[T]) -> dict[str, Any]:
    """The fields of a `Capped` answer for `items` out of `total`."""
    return {"total": total, "returned": len(items), "truncated": total > len(items), "items": items}


class EvidencedHit(SearchHit):
    evidence: list[Evidence] = Field(
        default_factory=list, description="sentences that name the entity, with their article ids"
    )


class EntityCard(EntityDetail):
    evidence: list[Evidence] = Field(
        default_factory=list, description="sentences that name the entity, with their article ids"
    )
    truncated: bool = Field(description="true when more articles mention the entity than `articles` lists")


class CappedPaths(Paths):
    truncated: bool = Field(
        description="true when `k` paths were found: there may be more of the same length or longer"
    )


class CappedArticle(ArticleDetail):
    truncated: bool = Field(False, description="true when the article has more facts or mentions than listed")
    facts_total: int = 0
    mentions_total: int = 0


class TimelineLink(BaseModel):
    entity: EntityRef = Field(description="who took part on this side: the entity, one of its bodies or officials")
    type: str = Field(description="ATTENDED, PARTICIPATED_IN or PARTY_TO")
    evidence: list[Evidence]


class TimelineItem(BaseModel):
    id: str
    name: str | None = None
    labels: list[str]
    kind: str | None = Field(None, description="the event's kind or the agreement's type")
    status: str | None = None
    date: str | None = None
    location: str | None = None
    a_side: list[TimelineLink] = Field(description="how the first entity's side took part")
    b_side: list[TimelineLink] = Field(description="how the second entity's side took part")


class DirectFact(BaseModel):
    type: str
    source: str
    target: str
    title: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None
    article_count: int | None = None
    evidence: list[Evidence]


class Timeline(BaseModel):
    a: EntityRef
    b: EntityRef
    total: int
    returned: int
    truncated: bool
    items: list[TimelineItem] = Field(description="events and agreements of both sides, oldest first")
    direct: list[DirectFact] = Field(description="facts that join the two entities directly")


class SavedQueryAnswer(BaseModel):
    name: str
    title: str
    answers: str
    params: dict[str, Any] = Field(description="the parameters used (defaults overridden by the caller's)")
    columns: list[str]
    rows: list[dict[str, Any]]
    returned: int
    truncated: bool = Field(description="true when the query had more rows than `limit`")
