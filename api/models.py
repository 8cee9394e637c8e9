"""The API's response models (pydantic v2): one per route, documented in OpenAPI.

Why separate from `loaders.models`: those are the pipeline's internal
dataclasses; these are the public contract of the REST API, with field
descriptions and examples, validated on the way out.
"""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from core.vocabulary import AgreementStatus, AgreementType, Label, RelType

T = TypeVar("T")


class ErrorBody(BaseModel):
    code: str = Field(description="machine-readable error code", examples=["not_found"])
    message: str = Field(description="what went wrong, for people", examples=["no entity with id 'person:nobody'"])
    detail: Any = Field(None, description="more about the error (e.g. the invalid parameters)")


class ErrorResponse(BaseModel):
    """The one error shape of every 4xx/5xx answer."""

    error: ErrorBody


class Page(BaseModel, Generic[T]):
    """A page of a list: `items[offset : offset + limit]` of `total`."""

    total: int = Field(description="how many items match in all")
    limit: int
    offset: int
    items: list[T]


class EntityRef(BaseModel):
    """An entity (or article) named by its id."""

    id: str = Field(examples=["province:cn-gx"])
    name: str | None = Field(None, examples=["Quảng Tây"])
    labels: list[str] = Field(default_factory=list, examples=[[Label.PROVINCE]])


class Evidence(BaseModel):
    """One sentence a fact was read from, with its article and offsets in that article's text."""

    sentence: str
    article_id: str | None = None
    span: str | None = Field(
        None, description="`start:end` character offsets in the article text", examples=["120:245"]
    )


class SearchHit(EntityRef):
    aliases: list[str] = Field(default_factory=list)
    score: float = Field(description="full-text score (Lucene)")
    exact: bool = Field(description="the text equals the name or an alias (accents, case and punctuation aside)")


class ArticleRef(BaseModel):
    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None


class EntityDetail(BaseModel):
    id: str
    name: str | None = None
    labels: list[str]
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(description="every stored property except search keys")
    degree: dict[str, int] = Field(description="relationships by type (both directions)")
    articles: list[ArticleRef] = Field(description="the newest articles that mention the entity")
    articles_total: int


class GraphNode(BaseModel):
    id: str
    name: str | None = None
    labels: list[str]
    properties: dict[str, Any] = Field(
        default_factory=dict, description="stored properties, without search keys and provenance lists"
    )
    article_count: int = Field(0, description="how many articles mention it")
    degree: int | None = Field(
        None, description="neighbourhoods: its relationships of the types followed (null where not read)"
    )
    collapsed: bool = Field(
        False, description="neighbourhoods: a hub (degree above the API's hub degree), shown but not expanded"
    )


class GraphEdge(BaseModel):
    id: str = Field(
        description="`source|TYPE|target`: one relationship per (type, from, to)",
        examples=["person:nguyen-hong-dien|HOLDS_POSITION|org:moit"],
    )
    type: str
    source: str
    target: str
    properties: dict[str, Any] = Field(default_factory=dict)
    article_count: int = Field(0, description="how many articles support it")
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="the first evidence entries read "
        "(at most api.convert.EVIDENCE_LIMIT; none for a relationship supported by "
        "more than api.convert.EVIDENCE_MAX_SUPPORT articles)",
    )


class Subgraph(BaseModel):
    """Nodes and the relationships between them."""

    root: str | None = None
    depth: int | None = None
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = Field(description="true when the size cap cut the graph")


class GraphPath(BaseModel):
    length: int
    nodes: list[GraphNode] = Field(description="in order, from source to target")
    edges: list[GraphEdge] = Field(description="edges[i] joins nodes[i] and nodes[i+1] (in its own direction)")


class Paths(BaseModel):
    source: str
    target: str
    max_hops: int
    paths: list[GraphPath]


class Party(BaseModel):
    entity: EntityRef
    evidence: list[Evidence] = Field(default_factory=list)


class AgreementRef(BaseModel):
    id: str
    title: str | None = None
    type: str | None = Field(None, examples=[AgreementType.MOU])
    status: str | None = Field(None, examples=[AgreementStatus.SIGNED])
    date: str | None = Field(None, examples=["2024-08"])


class EventRef(BaseModel):
    id: str
    name: str | None = None
    kind: str | None = None
    date: str | None = None
    location: str | None = None


class Agreement(AgreementRef):
    parties: list[Party]
    topics: list[EntityRef]
    signed_at: list[EventRef]
    article_ids: list[str] = Field(default_factory=list, description="the articles that mention the agreement")


class ProvinceAgreement(AgreementRef):
    via: list[Party] = Field(
        description="the province itself or the organisations BASED_IN it that are parties, "
        "with the evidence of their PARTY_TO fact"
    )
    partner_evidence: list[Evidence] = Field(default_factory=list, description="evidence that the partner is a party")


class ProvinceAgreements(BaseModel):
    province: EntityRef
    iso: str | None = Field(None, examples=["CN-GX"])
    agreements: list[ProvinceAgreement]


class Position(BaseModel):
    title: str | None = None
    at: EntityRef


class Participant(BaseModel):
    entity: EntityRef
    country: str | None = None
    positions: list[Position] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Meeting(BaseModel):
    event: EventRef
    evidence: list[Evidence] = Field(description="evidence that the official attended")
    officials: list[Participant] = Field(description="the other officials who attended")
    delegations: list[Party] = Field(description="organisations, provinces, countries that took part")
    places: list[EntityRef]
    topics: list[EntityRef]
    agreements: list[AgreementRef] = Field(description="agreements signed or handed over at the event")


class TopicActivity(BaseModel):
    id: str
    name: str | None = None
    kind: Literal[Label.EVENT, Label.AGREEMENT]
    date: str | None = None
    evidence: list[Evidence] = Field(default_factory=list, description="evidence that it is about the topic")


class TopicPartner(BaseModel):
    partner: EntityRef
    country: str | None = Field(
        None, description="the partner's country (ISO 3166-1 alpha-2) when known", examples=["CN"]
    )
    via: list[TopicActivity]


class Fact(BaseModel):
    type: str
    source: EntityRef
    target: EntityRef
    properties: dict[str, Any] = Field(default_factory=dict)
    article_count: int = Field(description="how many articles support the fact in all")
    evidence: list[Evidence] = Field(description="the evidence entries read from this article")


class Mention(BaseModel):
    entity: EntityRef
    evidence: list[Evidence]


class ArticleDetail(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    key: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    date: str | None = None
    lang: str | None = None
    file: str | None = None
    synthetic: bool | None = None
    mentions: list[Mention]
    facts: list[Fact]


class Neo4jStatus(BaseModel):
    status: Literal["up"]
    name: str = Field(examples=["Neo4j Kernel"])
    version: str = Field(examples=["5.26.0"])
    edition: str = Field(examples=["community"])
    database: str


class Health(BaseModel):
    status: Literal["ok"]
    version: str = Field(description="the API's version")
    neo4j: Neo4jStatus
    nodes: int
    relationships: int
    graph_last_changed: str | None = Field(
        None,
        description="when an article was last written (its `loaded_at`, "
        "ISO); null on an empty graph. Unloads are not counted",
        examples=["2026-12-03T04:05:06.123456789Z"],
    )


class Stats(BaseModel):
    labels: dict[str, int] = Field(examples=[{Label.PROVINCE: 12, Label.AGREEMENT: 9}])
    relationship_types: dict[str, int] = Field(examples=[{RelType.PARTY_TO: 20}])
