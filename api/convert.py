"""From the rows of `cypher/api` to the response models.

Why here: every route shows nodes, relationships and evidence the same way;
evidence is stored as parallel lists on each relationship (`evidence`,
`evidence_articles`, `evidence_spans`) and is shown as one list of entries.
"""

from __future__ import annotations

from typing import Any

from api.models import EntityRef, Evidence, GraphEdge, GraphNode
from core.vocabulary import PROVENANCE_TYPE, Prop

HIDDEN_PROPERTIES = frozenset(
    {
        Prop.SEARCH_TEXT,
        Prop.NAME_KEY,
        Prop.TEXT,
        Prop.FACTS,
        Prop.ARTICLE_COUNT,
        Prop.READ_PROPERTIES,
        Prop.LOADED_AT,
        Prop.HTML_GZ,
    }
)
"""Search keys, article bodies, an article's list of fact keys, the support count (a field of its own in the
answers), the load time (a Neo4j datetime, shown as text by /articles only), and the page a fetched article was
read from (gzip bytes, kept for re-extraction)."""

EVIDENCE_PROPERTIES = frozenset(
    {Prop.EVIDENCE, Prop.EVIDENCE_ARTICLES, Prop.EVIDENCE_SPANS, Prop.EVIDENCE_CONFIDENCE, Prop.SPANS}
)
_NOT_PUBLIC = HIDDEN_PROPERTIES | EVIDENCE_PROPERTIES

EVIDENCE_LIMIT = 5
"""Evidence entries shown per relationship in subgraphs and paths (the first read)."""
EVIDENCE_MAX_SUPPORT = 200
"""Evidence is read only for relationships supported by at most this many articles: a hub fact (MOIT
BASED_IN Việt Nam, named by every article) says the same thing in every sentence, and reading its lists on
every step of a subgraph costs more than the rest of the answer. `article_count` always gives the support."""

PROJECTION: dict[str, Any] = {
    "hidden": sorted(HIDDEN_PROPERTIES | EVIDENCE_PROPERTIES),
    "evidence_limit": EVIDENCE_LIMIT,
    "evidence_max_support": EVIDENCE_MAX_SUPPORT,
}
"""The parameters of the queries that project nodes and relationships (node_ref, neighbourhood_step,
paths, export_graph)."""


def public_properties(properties: dict[str, Any] | None) -> dict[str, Any]:
    """Stored properties without search keys, evidence lists and the nulls the queries put for dropped ones."""
    return {
        key: value
        for key, value in (properties or {}).items()
        if value is not None and key not in HIDDEN_PROPERTIES and key not in EVIDENCE_PROPERTIES
    }


def evidence(lists: dict[str, Any] | None) -> list[Evidence]:
    """`{sentences, articles, spans}` (parallel lists) -> evidence entries."""
    if not lists:
        return []
    sentences = lists.get("sentences") or []
    articles = lists.get("articles") or []
    spans = lists.get("spans") or []
    return [
        Evidence(
            sentence=sentence,
            article_id=articles[i] if i < len(articles) else None,
            span=spans[i] if i < len(spans) else None,
        )
        for i, sentence in enumerate(sentences)
    ]


def entity_ref(row: dict[str, Any]) -> EntityRef:
    return EntityRef(id=row["id"], name=row.get("name") or row.get("title"), labels=row.get("labels") or [])


def graph_node(row: dict[str, Any]) -> GraphNode:
    """A `{id, name, title, labels, properties: [[key, value], ...], article_count}` row."""
    return GraphNode.model_validate(node_fields(row))


def graph_edge(row: dict[str, Any]) -> GraphEdge:
    """A `{type, source, target, properties: [[key, value], ...], article_count, evidence}` row."""
    return GraphEdge.model_validate(edge_fields(row))


def node_fields(row: dict[str, Any], degree: int | None = None, collapsed: bool = False) -> dict[str, Any]:
    """The fields of `GraphNode` for a node row, in the model's order, as plain values.

    Why plain values: a neighbourhood's answer is written straight from them (`api.subgraph.to_json`), without
    building and validating a model per node; `graph_node` validates the same fields where a model is wanted."""
    return {
        "id": row["id"],
        "name": row.get("name") or row.get("title"),
        "labels": row.get("labels") or [],
        "properties": _public_pairs(row.get("properties")),
        "article_count": row.get("article_count") or 0,
        "degree": degree,
        "collapsed": collapsed,
    }


def edge_fields(row: dict[str, Any]) -> dict[str, Any]:
    """The fields of `GraphEdge` (evidence entries as `Evidence` fields) for a relationship row, in the model's
    order, as plain values (see `node_fields`)."""
    lists = row.get("evidence") or {}
    sentences = lists.get("sentences") or []
    # the article of a mention is its target
    articles = [row["target"]] * len(sentences) if row["type"] == PROVENANCE_TYPE else lists.get("articles") or []
    spans = lists.get("spans") or []
    return {
        "id": f"{row['source']}|{row['type']}|{row['target']}",
        "type": row["type"],
        "source": row["source"],
        "target": row["target"],
        "properties": _public_pairs(row.get("properties")),
        "article_count": row.get("article_count") or 0,
        "evidence": [
            {
                "sentence": sentence,
                "article_id": articles[i] if i < len(articles) else None,
                "span": spans[i] if i < len(spans) else None,
            }
            for i, sentence in enumerate(sentences)
        ],
    }


def _public_pairs(pairs: list[list[Any]] | None) -> dict[str, Any]:
    """`public_properties` of a `[[key, value], ...]` list (the queries' projection of a node's properties)."""
    return {key: value for key, value in pairs or () if value is not None and key not in _NOT_PUBLIC}
