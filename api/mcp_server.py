"""The MCP server: the product's questions as typed, read-only tools for AI assistants.

Why typed tools and no Cypher tool: an assistant that has to write Cypher
against a model it does not know gets it wrong, and a Cypher tool is a write
path unless every statement is policed (Neo4j's READ mode still lets
`LOAD CSV` fetch URLs and files). Each tool here is one of the questions the
REST API answers, and it calls the REST route's own function (or, for the
neighbourhood and paths, the same functions the route calls) with the same
`GraphReader`, so an MCP answer is the REST answer: READ transactions, the same
Cypher of `cypher/api/`, the same time budgets (`api.deadlines`: a call gets
`API_READ_TIMEOUT`, a search `API_SEARCH_TIMEOUT`, and its Neo4j transaction
carries what is left), the same cap on expensive reads, the same size caps. On
top, every list says `truncated` when it was cut, and every answer carries
evidence (sentences and article ids). Errors are mapped as the REST API maps
them (`api.errors`), as tool errors whose text starts with the REST code:
`not_found`, `invalid_request`, `timeout`, `graph_unavailable`, `busy`, ….

The official SDK's `FastMCP` (the `mcp` package, 1.x: its 2.x renamed the class)
builds the tool schemas from the signatures and the output schemas from the
return types. `build_server` makes one server over a `reader` source; the API
mounts it at `/mcp` (`api.mcp_http`) and `edkg mcp` runs it over stdio
(`edkg.cli.mcp_cmd`). No telemetry: the SDK sends none and nothing here does.

This module deliberately has no `from __future__ import annotations`: FastMCP
reads the tools' annotations to build their schemas, and they must be objects.
"""

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.exceptions import ToolError
from mcp.types import ToolAnnotations
from neo4j.graph import Node, Path, Relationship
from pydantic import BaseModel, Field
from starlette.responses import Response

import cypher
from api import deps, subgraph
from api.convert import evidence, graph_edge, graph_node
from api.deadlines import REQUEST_DEADLINE, Busy, DeadlineExceeded, ExpensiveGate, expensive
from api.errors import InvalidParameter, outcome
from api.mcp_models import (
    Capped,
    CappedArticle,
    CappedPaths,
    DirectFact,
    EntityCard,
    EvidencedHit,
    SavedQueryAnswer,
    Timeline,
    TimelineItem,
    TimelineLink,
    capped,
)
from api.middleware import GRACE_SECONDS
from api.models import (
    Agreement,
    ArticleDetail,
    EntityDetail,
    EntityRef,
    GraphPath,
    Meeting,
    Page,
    ProvinceAgreements,
    SearchHit,
    Subgraph,
    TopicPartner,
)
from api.paths import shortest_paths
from api.queries import GraphReader, ReadTransaction
from api.routes import agreements as agreements_route
from api.routes import articles as articles_route
from api.routes import entities as entities_route
from api.routes import officials as officials_route
from api.routes import provinces as provinces_route
from api.routes import topics as topics_route
from core import __version__
from core.errors import ConfigurationError, GraphError, GraphUnavailableError, NotFoundError
from core.settings import Settings
from graph import model
from graph.saved_queries import param_defaults, resolve_params

log = logging.getLogger("edkg.mcp")
M = TypeVar("M", bound=BaseModel)

SERVER_NAME = "edkg"
INSTRUCTIONS = """\
The knowledge graph of Vietnam's economic diplomacy: officials, ministries and other organisations, provinces
(Vietnamese, Chinese and others), countries, agreements (MoUs, action plans, FTAs), topics and events, read from
news about Vietnam's Ministry of Industry and Trade (MOIT, Bộ Công Thương, id `org:moit`). Every fact was read from
a sentence of an article, and every tool answers with those sentences and article ids.
Ids look like `person:nguyen-hong-dien`, `org:moit`, `province:cn-gx`, `country:cn`, `topic:ai`,
`agreement:…`, `event:…`, `article:…`. Find ids with `search_entities` (Vietnamese or English, with or without
diacritics: `Guangxi`, `quang tay`, `MOIT`). Read the resource `edkg://model` for the labels and relationship
types, and `edkg://queries` for the saved queries. Every list says `truncated` when it was cut. The server is
read-only: no tool writes.
"""

READ_ONLY = ToolAnnotations(readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False)

EVIDENCE_PER_ENTITY = 2
"""Sentences shown per search hit or entity card."""
TIMELINE_EVIDENCE = 3
"""Evidence entries per link of a timeline item."""
MAX_ROWS = 500
"""The largest `limit` of a saved query."""

EntityLabel = Literal[model.ENTITY_LABELS]  # type: ignore[valid-type]
RelType = Literal[model.ALL_RELATIONSHIP_TYPES]  # type: ignore[valid-type]
NodeLabel = Literal[model.NODE_LABELS]  # type: ignore[valid-type]
if TYPE_CHECKING:
    SavedQueryName = str
else:  # FastMCP reads the annotation at run time: the names of cypher/queries/ become the schema's enum
    SavedQueryName = Literal[tuple(cypher.saved_query_names())]
AgreementType = agreements_route.AgreementType
AgreementStatus = agreements_route.AgreementStatus
EventKind = Literal["meeting", "visit", "signing", "conference"]

Id = Field(min_length=1, max_length=200)
EntityId = Annotated[
    str,
    Id,
    Field(
        description="an entity id, e.g. `person:nguyen-hong-dien`, `org:moit`, "
        "`province:cn-gx` (find it with search_entities)"
    ),
]
IsoDate = Annotated[str | None, Field(pattern=agreements_route.ISO_DATE, description="ISO date, YYYY[-MM[-DD]]")]


class ReaderSlot:
    """Where the tools find the graph reader: the API's (`app.state.reader`) or the one `edkg mcp` opens.

    Why a slot and not the reader itself: the server is built before the driver
    is opened (the API's lifespan, the stdio server's lifespan open it later).
    """

    def __init__(self, reader: GraphReader | None = None, source: Callable[[], GraphReader | None] | None = None):
        self.reader = reader
        self.source = source

    def __call__(self) -> GraphReader:
        reader = self.reader if self.reader is not None else (self.source() if self.source else None)
        if reader is None:
            raise GraphUnavailableError("the graph reader is not open")
        return reader


@asynccontextmanager
async def answering(tool: str, budget: float | None) -> AsyncIterator[None]:
    """One tool call under the REST API's rules: a time budget (`api.deadlines`: the Neo4j transaction carries
    what is left of it, a timer a little later is the backstop) and its error mapping (`api.errors`), each error
    a tool error whose text starts with the REST code (`not_found`, `invalid_request`, `timeout`,
    `graph_unavailable`, `graph_busy`, `busy`, …; the client sees `isError`). Nothing of the internals is
    sent: unexpected errors are logged and answered `internal_error`."""
    token = REQUEST_DEADLINE.set(None if budget is None else time.monotonic() + budget)
    try:
        if budget is None:
            yield
        else:
            async with asyncio.timeout(budget + GRACE_SECONDS):
                yield
    except ToolError:
        raise
    except NotFoundError as exc:
        raise ToolError(f"not_found: {exc}") from None
    except InvalidParameter as exc:
        raise ToolError(f"invalid_request: {exc.message}") from None
    except ConfigurationError as exc:
        raise ToolError(f"invalid_request: {exc}") from None
    except (DeadlineExceeded, TimeoutError):
        raise ToolError(f"timeout: the query did not finish within its time budget ({budget} s)") from None
    except Busy as exc:
        raise ToolError(f"busy: {exc}") from None
    except GraphUnavailableError as exc:
        log.warning("graph unavailable in %s: %s", tool, exc.code or type(exc).__name__)
        raise ToolError("graph_unavailable: the graph database is unavailable; try again later") from None
    except GraphError as exc:  # the driver's failures, translated by graph.errors; api.errors' table answers
        answer = outcome(exc)
        if answer.status == 500:  # a query of ours Neo4j cannot run: a bug, logged with its traceback
            log.exception("internal error in %s", tool)
            raise ToolError("internal_error: the tool failed; see the server log") from None
        log.warning("%s in %s: %s", answer.code, tool, exc.code)
        raise ToolError(f"{answer.code}: {answer.message}") from None
    except Exception:
        log.exception("internal error in %s", tool)
        raise ToolError("internal_error: the tool failed; see the server log") from None
    finally:
        REQUEST_DEADLINE.reset(token)


def as_model(model_type: type[M], answer: BaseModel | Response) -> M:
    """A route's answer as its model: routes return the model, or (for large answers built off the event loop)
    a response holding that model's JSON already, which is read back here."""
    if isinstance(answer, Response):
        return model_type.model_validate_json(bytes(answer.body))
    return model_type.model_validate(answer.model_dump()) if type(answer) is not model_type else answer


def plain(value: Any) -> Any:
    """A value of a saved query's row as JSON-ready data: nodes, relationships and paths as maps of their ids."""
    if isinstance(value, Node):
        props = dict(value)
        return {"id": props.get("id"), "name": props.get("name") or props.get("title"), "labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        return {
            "type": value.type,
            "source": value.start_node["id"] if value.start_node else None,
            "target": value.end_node["id"] if value.end_node else None,
            "evidence": evidence(
                {
                    "sentences": value.get("evidence"),
                    "articles": value.get("evidence_articles"),
                    "spans": value.get("evidence_spans"),
                }
            )[:TIMELINE_EVIDENCE],
        }
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # temporal and spatial values


@contextmanager
def _root_logging_kept() -> Iterator[None]:
    """FastMCP's constructor calls `logging.basicConfig` (a rich handler on the root logger); the API and the
    CLI configure their own logging, so the root logger is put back as it was."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def build_server(
    slot: ReaderSlot,
    settings: Settings,
    gate: Callable[[], ExpensiveGate | None] | None = None,
    lifespan: Callable[[FastMCP], AbstractAsyncContextManager[Any]] | None = None,
) -> FastMCP:
    """The MCP server with its tools, resources and prompt, reading through `slot`, with the REST API's budgets
    (`settings.api_read_timeout`, `api_search_timeout`) and its cap on expensive reads (`gate`: the API's own, so
    REST and MCP calls share the slots)."""
    with _root_logging_kept():
        server = FastMCP(
            SERVER_NAME,
            instructions=INSTRUCTIONS,
            lifespan=lifespan,
            log_level="WARNING",
            stateless_http=True,
            json_response=True,
        )
    server._mcp_server.version = __version__
    _add_tools(server, slot, settings, gate or (lambda: None))
    _add_resources(server)
    return server


def _add_tools(server: FastMCP, slot: ReaderSlot, settings: Settings, gate: Callable[[], ExpensiveGate | None]) -> None:
    tool = server.tool
    read_budget, search_budget = settings.api_read_timeout, settings.api_search_timeout

    @tool(title="Search entities", annotations=READ_ONLY)
    async def search_entities(
        query: Annotated[
            str,
            Field(
                min_length=1,
                max_length=200,
                description="a name or alias, Vietnamese or "
                "English, with or without diacritics: `Guangxi`, `Quảng Tây`, `quang tay`",
            ),
        ],
        label: Annotated[EntityLabel | None, Field(description="only entities with this label")] = None,
        limit: Annotated[int, Field(ge=1, le=50)] = 10,
    ) -> Capped[EvidencedHit]:
        """Find entities by name or alias: exact name or alias matches first. Use it to find the ids the other
        tools take. Each hit has sentences that name it, with their article ids."""
        async with answering("search_entities", search_budget):
            reader = slot()
            page = as_model(
                Page[SearchHit],
                await entities_route.search_entities(reader=reader, q=query, label=label, limit=limit, offset=0),
            )
            found = await _mention_evidence(reader, [hit.id for hit in page.items])
            hits = [EvidencedHit(**hit.model_dump(), evidence=found.get(hit.id, [])) for hit in page.items]
            return Capped[EvidencedHit](**capped(page.total, hits))

    @tool(title="Get an entity", annotations=READ_ONLY)
    async def get_entity(
        entity_id: EntityId,
        articles_limit: Annotated[int, Field(ge=0, le=50, description="how many mentioning articles to list")] = 10,
    ) -> EntityCard:
        """One entity: name, labels, aliases, properties, its relationships counted by type, the newest articles
        that mention it, and sentences that name it."""
        async with answering("get_entity", read_budget):
            reader = slot()
            detail = as_model(
                EntityDetail,
                await entities_route.get_entity(reader=reader, entity_id=entity_id, articles_limit=articles_limit),
            )
            found = await _mention_evidence(reader, [entity_id])
            return EntityCard(
                **detail.model_dump(),
                evidence=found.get(entity_id, []),
                truncated=detail.articles_total > len(detail.articles),
            )

    @tool(title="Neighbourhood of an entity", annotations=READ_ONLY)
    async def neighbourhood(
        entity_id: EntityId,
        depth: Annotated[int, Field(ge=1, le=3, description="steps from the entity")] = 1,
        rel_types: Annotated[
            list[RelType] | None,
            Field(description="relationship types to follow (default: every fact type; MENTIONED_IN reaches articles)"),
        ] = None,
        labels: Annotated[list[NodeLabel] | None, Field(description="node labels a neighbour must carry (any)")] = None,
        limit: Annotated[
            int, Field(ge=1, le=entities_route.MAX_NEIGHBOURHOOD_NODES, description="maximum number of nodes")
        ] = 50,
    ) -> Subgraph:
        """The nodes and relationships within `depth` steps of an entity, nearest first; each relationship with
        its evidence sentences and article ids. `truncated` is true when the node cap cut the graph. A hub
        (more relationships than the API's hub degree) is shown with its `degree`, `collapsed`, not expanded."""
        async with answering("neighbourhood", read_budget), expensive(gate() if depth > 1 else None):
            raw = await subgraph.neighbourhood(
                slot(),
                entity_id,
                depth,
                deps.rel_types(",".join(rel_types or [])),
                deps.node_labels(",".join(labels or [])),
                limit,
                settings.api_neighbourhood_per_node,
                settings.api_hub_degree,
            )
            return subgraph.to_model(raw, entity_id, depth)

    @tool(title="Paths between two entities", annotations=READ_ONLY)
    async def paths(
        source: EntityId,
        target: EntityId,
        max_hops: Annotated[int, Field(ge=1, le=6)] = 4,
        k: Annotated[int, Field(ge=1, le=10, description="how many shortest paths")] = 3,
        rel_types: Annotated[
            list[RelType] | None, Field(description="relationship types a path may use (default: every fact type)")
        ] = None,
    ) -> CappedPaths:
        """How two entities are connected: the k shortest paths, each an ordered list of nodes and relationships
        with their evidence. An empty list when no path is that short. Hubs (more relationships than the API's
        hub degree: MOIT, Việt Nam, a big topic on a large graph) are not crossed, except as an end."""
        async with answering("paths", read_budget), expensive(gate()):
            if source == target:
                raise InvalidParameter("target", target, "source and target are the same entity")
            rows = await shortest_paths(
                slot(), source, target, max_hops, k, deps.rel_types(",".join(rel_types or [])), settings.api_hub_degree
            )
            found = [
                GraphPath(
                    length=len(row["edges"]),
                    nodes=[graph_node(n) for n in row["nodes"]],
                    edges=[graph_edge(e) for e in row["edges"]],
                )
                for row in rows
            ]
            return CappedPaths(source=source, target=target, max_hops=max_hops, paths=found, truncated=len(found) >= k)

    @tool(title="Agreements", annotations=READ_ONLY)
    async def agreements(
        party: Annotated[str | None, Field(max_length=200, description="id of a party, e.g. `org:moit`")] = None,
        country: Annotated[
            str | None, Field(max_length=20, description="a party's country: `CN` or `country:cn`")
        ] = None,
        type: Annotated[AgreementType | None, Field(description="the agreement's type")] = None,
        status: Annotated[AgreementStatus | None, Field(description="the agreement's status")] = None,
        topic: Annotated[str | None, Field(max_length=200, description="id of a topic, e.g. `topic:ai`")] = None,
        since: IsoDate = None,
        until: IsoDate = None,
        limit: Annotated[int, Field(ge=1, le=100)] = 20,
    ) -> Capped[Agreement]:
        """Agreements (MoUs, action plans, FTAs…), newest first, with their parties (each with the evidence that
        it is a party), topics, status, date, the events where they were signed and the articles."""
        async with answering("agreements", read_budget):
            page = as_model(
                Page[Agreement],
                await agreements_route.agreements(
                    reader=slot(),
                    party=party,
                    country=country,
                    type=type,
                    status=status,
                    topic=topic,
                    since=since,
                    until=until,
                    limit=limit,
                    offset=0,
                ),
            )
            return Capped[Agreement](**capped(page.total, page.items))

    @tool(title="Provinces with agreements with a partner", annotations=READ_ONLY)
    async def provinces_with_agreements(
        country: Annotated[
            str | None,
            Field(max_length=20, description="the provinces' country, `CN` or `country:cn`; null: every country"),
        ] = "CN",
        partner: Annotated[str | None, Field(max_length=200, description="id of the other party")] = "org:moit",
        agreement_type: Annotated[AgreementType | None, Field(description="the agreement type")] = AgreementType.MOU,
        status: Annotated[AgreementStatus | None, Field(description="the agreement status")] = None,
        limit: Annotated[int, Field(ge=1, le=100)] = 50,
    ) -> Capped[ProvinceAgreements]:
        """The canonical question: which provinces of a country have agreements of a type with a partner. The
        defaults ask *which Chinese provinces have MoUs with MOIT*. Each province with its agreements (title,
        type, status, date) and the evidence sentences (the province's side and the partner's)."""
        async with answering("provinces_with_agreements", read_budget):
            page = as_model(
                Page[ProvinceAgreements],
                await provinces_route.provinces(
                    reader=slot(),
                    country=country,
                    partner=partner,
                    agreement_type=agreement_type,
                    status=status,
                    limit=limit,
                    offset=0,
                ),
            )
            return Capped[ProvinceAgreements](**capped(page.total, page.items))

    @tool(title="Who met whom", annotations=READ_ONLY)
    async def meetings(
        official_id: Annotated[str, Id, Field(description="the official's id, e.g. `person:nguyen-hong-dien`")],
        kinds: Annotated[list[EventKind] | None, Field(description="event kinds to keep (default: all)")] = None,
        foreign: Annotated[bool, Field(description="only officials of another country, and events with one")] = False,
        limit: Annotated[int, Field(ge=1, le=100)] = 20,
    ) -> Capped[Meeting]:
        """The events an official attended, newest first: the other officials (positions, country), delegations,
        places, topics, agreements signed there, and the evidence."""
        async with answering("meetings", read_budget):
            page = as_model(
                Page[Meeting],
                await officials_route.meetings(
                    reader=slot(),
                    official_id=official_id,
                    kind=",".join(kinds or []) or None,
                    foreign=foreign,
                    limit=limit,
                    offset=0,
                ),
            )
            return Capped[Meeting](**capped(page.total, page.items))

    @tool(title="Partners on a topic", annotations=READ_ONLY)
    async def topic_partners(
        topic_id: Annotated[str, Id, Field(description="the topic id, e.g. `topic:power_interconnection`")],
        partner: Annotated[str, Id, Field(description="our side")] = "org:moit",
        domestic: Annotated[bool, Field(description="also partners of our side's own country")] = False,
        limit: Annotated[int, Field(ge=1, le=100)] = 20,
    ) -> Capped[TopicPartner]:
        """Which partners discussed a topic with MOIT (or another partner): the events and agreements about the
        topic, grouped by the province or country on the other side, with the evidence."""
        async with answering("topic_partners", read_budget):
            page = as_model(
                Page[TopicPartner],
                await topics_route.topic_partners(
                    reader=slot(), topic_id=topic_id, partner=partner, domestic=domestic, limit=limit, offset=0
                ),
            )
            return Capped[TopicPartner](**capped(page.total, page.items))

    @tool(title="Relationship timeline of two entities", annotations=READ_ONLY)
    async def relationship_timeline(
        a: EntityId,
        b: EntityId,
        limit: Annotated[int, Field(ge=1, le=100)] = 30,
    ) -> Timeline:
        """What two entities did together, oldest first: events both sides took part in and agreements both are
        parties to (a side: the entity, its bodies, its officials), with each side's evidence; and the facts that
        join the two directly."""
        async with answering("relationship_timeline", read_budget):
            if a == b:
                raise InvalidParameter("b", b, "a and b are the same entity")
            rows = await slot().rows("relationship_timeline", a=a, b=b, limit=limit, evidence_limit=TIMELINE_EVIDENCE)
            if not rows:
                await _must_exist(slot(), [a, b])
            return _timeline(rows[0])

    @tool(title="An article and its facts", annotations=READ_ONLY)
    async def article(
        article_id: Annotated[str, Id, Field(description="the article id, e.g. `article:355fc8539cfeff7e`")],
        limit: Annotated[int, Field(ge=1, le=200, description="facts and mentions listed (each)")] = 50,
    ) -> CappedArticle:
        """An article's metadata (title, date, url, source), the entities it names (sentences, offsets) and every
        fact it supports, with the evidence read from it."""
        async with answering("article", read_budget):
            detail = as_model(ArticleDetail, await articles_route.article(reader=slot(), article_id=article_id))
            data = detail.model_dump()
            facts, mentions = data.pop("facts"), data.pop("mentions")
            return CappedArticle(
                **data,
                facts=facts[:limit],
                mentions=mentions[:limit],
                facts_total=len(facts),
                mentions_total=len(mentions),
                truncated=len(facts) > limit or len(mentions) > limit,
            )

    @tool(title="Run a saved query", annotations=READ_ONLY)
    async def run_saved_query(
        name: Annotated[SavedQueryName, Field(description="a saved query of the resource `edkg://queries`")],
        params: Annotated[
            dict[str, str | int | float | bool] | None,
            Field(description="parameters overriding the documented defaults"),
        ] = None,
        limit: Annotated[int, Field(ge=1, le=MAX_ROWS, description="rows returned")] = 100,
    ) -> SavedQueryAnswer:
        """Run one of the project's saved queries (`cypher/queries/`, the same as `edkg query NAME`) in a READ
        transaction within the read budget (an expensive read: shortest paths, neighbourhoods); rows are capped
        at `limit`. See `edkg://queries` for names and parameters."""
        async with answering("run_saved_query", read_budget), expensive(gate()):
            saved = cypher.saved_query(name)
            given = resolve_params(saved, dict(params or {}))
            columns, rows, more = await _saved_rows(slot(), saved.text, given, limit)
            return SavedQueryAnswer(
                name=name,
                title=saved.title,
                answers=saved.answers,
                params=given,
                columns=columns,
                rows=rows,
                returned=len(rows),
                truncated=more,
            )


async def _mention_evidence(reader: GraphReader, ids: list[str]) -> dict[str, list[Any]]:
    if not ids:
        return {}
    rows = await reader.rows("mention_evidence", ids=ids, per_entity=EVIDENCE_PER_ENTITY)
    return {
        row["id"]: evidence(
            {
                "sentences": [e["sentence"] for e in row["evidence"]],
                "articles": [e["article_id"] for e in row["evidence"]],
                "spans": [e["span"] for e in row["evidence"]],
            }
        )
        for row in rows
    }


async def _must_exist(reader: GraphReader, ids: list[str]) -> None:
    from api.convert import PROJECTION

    params: dict[str, Any] = {"ids": ids, **PROJECTION}
    known = {row["id"] for row in await reader.rows("node_ref", **params)}
    for wanted in ids:
        if wanted not in known:
            raise NotFoundError(f"no entity with id {wanted!r}")


def _ref(row: dict[str, Any]) -> EntityRef:
    return EntityRef(id=row["id"], name=row.get("name") or row.get("title"), labels=row.get("labels") or [])


def _timeline(row: dict[str, Any]) -> Timeline:
    def links(entries: list[dict[str, Any]]) -> list[TimelineLink]:
        return [
            TimelineLink(entity=_ref(e["entity"]), type=e["type"], evidence=evidence(e["evidence"])) for e in entries
        ]

    items = [
        TimelineItem(
            id=i["id"],
            name=i.get("name"),
            labels=i["labels"],
            kind=i.get("kind"),
            status=i.get("status"),
            date=i.get("date"),
            location=i.get("location"),
            a_side=links(i["links_a"]),
            b_side=links(i["links_b"]),
        )
        for i in row["items"]
    ]
    direct = [
        DirectFact(**{k: v for k, v in d.items() if k != "evidence"}, evidence=evidence(d["evidence"]))
        for d in row["direct"]
    ]
    return Timeline(
        a=_ref(row["a"]),
        b=_ref(row["b"]),
        total=row["total"],
        returned=len(items),
        truncated=row["total"] > len(items),
        items=items,
        direct=direct,
    )


async def _saved_rows(
    reader: GraphReader, query: str, params: dict[str, Any], limit: int
) -> tuple[list[str], list[dict[str, Any]], bool]:
    """At most `limit` rows (and whether there were more) of a saved query, in a READ transaction (which carries
    the rest of the call's budget as its timeout)."""

    async def work(tx: ReadTransaction) -> tuple[list[str], list[dict[str, Any]], bool]:
        result = await tx.run(query, params)
        keys = list(result.keys())
        rows: list[dict[str, Any]] = []
        async for record in result:
            if len(rows) == limit:
                return keys, rows, True
            rows.append({key: plain(value) for key, value in zip(keys, record, strict=True)})
        return keys, rows, False

    return await reader.transaction(work)


def _add_resources(server: FastMCP) -> None:
    @server.resource("edkg://model", name="graph-model", title="The graph model", mime_type="application/json")
    def graph_model() -> str:
        """Node labels, relationship types (with what joins what), id prefixes and the shape of the graph."""
        return json.dumps(
            {
                "node_labels": list(model.NODE_LABELS),
                "entity_labels": list(model.ENTITY_LABELS),
                "relationship_types": dict(model.RELATIONSHIP_TYPES),
                "provenance_type": {
                    model.PROVENANCE_TYPE: "Entity -> Article: the articles that name an entity, with "
                    "the sentences (`evidence`) and offsets (`spans`)"
                },
                "id_prefixes": dict(model.ID_PREFIXES),
                "fact_properties": [
                    "evidence",
                    "evidence_articles",
                    "evidence_spans",
                    "article_count",
                    "confidence",
                    "first_seen",
                    "last_seen",
                ],
                "shape": model.__doc__,
            },
            ensure_ascii=False,
            indent=1,
        )

    @server.resource("edkg://queries", name="saved-queries", title="The saved queries", mime_type="application/json")
    def saved_queries() -> str:
        """The saved queries `run_saved_query` runs: name, title, the question each answers, parameters and
        their defaults."""
        out = []
        for name in cypher.saved_query_names():
            saved = cypher.saved_query(name)
            out.append(
                {
                    "name": name,
                    "title": saved.title,
                    "answers": saved.answers,
                    "params": saved.params,
                    "defaults": param_defaults(saved),
                }
            )
        return json.dumps(out, ensure_ascii=False, indent=1)

    @server.resource(
        "edkg://queries/{name}", name="saved-query", title="A saved query's Cypher", mime_type="text/plain"
    )
    def saved_query_text(name: str) -> str:
        """The Cypher text of one saved query (read-only)."""
        if name not in cypher.saved_query_names():
            raise ValueError(f"no saved query {name!r}; known: {', '.join(cypher.saved_query_names())}")
        return cypher.saved_query(name).text

    @server.prompt(name="answer_with_evidence", title="Answer from the graph, with evidence")
    def answer_with_evidence(question: str) -> str:
        """How to answer a question about Vietnam's economic diplomacy from this graph, citing evidence."""
        return (
            "Answer the question below from the edkg knowledge graph only, with its tools.\n"
            "1. Find the ids of the entities the question names with `search_entities` (names in Vietnamese or "
            "English, with or without diacritics). If several hits fit, say which you chose.\n"
            "2. Use the tool that asks the question directly: `provinces_with_agreements` (which provinces have "
            "MoUs or other agreements with a partner), `agreements`, `meetings` (who met whom), `topic_partners`, "
            "`relationship_timeline`, `paths`, `neighbourhood`, `get_entity`, `article`, or a saved query "
            "(`edkg://queries`).\n"
            "3. Every claim in your answer must come with its evidence: quote the sentence and give its "
            "`article_id`. Use `article` to read an article's facts when one sentence is not enough.\n"
            "4. If a list says `truncated: true`, say that the answer is partial, or ask again with a larger "
            "limit or narrower filters. If the graph has nothing, say so; do not fill gaps from memory.\n\n"
            f"Question: {question}"
        )
