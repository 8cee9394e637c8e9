"""Hand-built extractions and a canonical graph dump, shared by the load tests (no tests here)."""

from __future__ import annotations

import hashlib

from neo4j import Driver

from graph.rows import PendingArticle, article_key
from loaders.models import Article, ArticleExtraction, Entity, Evidence, Relation

MOIT = ("org:moit", "Organization", "Bộ Công Thương")


def make_article(
    text: str,
    source: str = "a.txt",
    position: int = 1,
    date: str | None = "2025-02-19",
    url: str | None = None,
    facts: list[tuple] = (),
    entities: list[tuple] = (),
) -> PendingArticle:
    """An extraction of `text`: entities (id, label, name[, props, labels]), facts (type, from, to[, props]).

    Every entity and fact gets the text's first line as evidence.
    """
    digest = hashlib.sha256(text.encode()).hexdigest()
    aid = f"article:{digest[:16]}"
    sentence = text.splitlines()[0]
    article = Article(id=aid, title=sentence, text=text, text_hash=digest, source_file=source, url=url, date=date)

    def ev() -> Evidence:
        return Evidence(aid, sentence, 0, len(sentence), 0.9)

    ents = []
    for spec in entities:
        eid, label, name, *rest = spec
        props = rest[0] if rest else {}
        labels = rest[1] if len(rest) > 1 else []
        ents.append(Entity(eid, label, name, labels=list(labels), aliases=[], properties=dict(props), mentions=[ev()]))
    rels = [Relation(t, s, o, properties=dict(p[0]) if p else {}, evidence=[ev()]) for t, s, o, *p in facts]
    extraction = ArticleExtraction(article, ents, rels)
    return PendingArticle(extraction, article_key(article, position))


FACT_KEYS = {
    "id",
    "article_count",
    "facts",
    "first_seen",
    "last_seen",
    "evidence",
    "evidence_articles",
    "evidence_spans",
    "evidence_confidence",
    "confidence",
    "spans",
}


def dump(driver: Driver, facts_only: bool = False) -> tuple[list, list]:
    """Every node (labels, properties minus loaded_at) and relationship, sorted.

    `facts_only` keeps only ids and provenance (which nodes and relationships
    exist, and which articles and sentences support them).

    Provenance lists are compared as sets of entries (the order in which
    articles were loaded is not part of the graph's meaning): node lists are
    sorted, and a relationship's parallel evidence lists are zipped and sorted.
    """
    nodes, _, _ = driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels, _, _ = driver.execute_query(
        "MATCH (s)-[r]->(t) RETURN s.id AS s, type(r) AS type, t.id AS t, properties(r) AS props"
    )

    def canon(props: dict) -> tuple:
        props = dict(props)
        props.pop("loaded_at", None)
        if facts_only:
            props = {k: v for k, v in props.items() if k in FACT_KEYS}
        parallel = [k for k in ("evidence", "evidence_articles", "evidence_spans", "evidence_confidence") if k in props]
        out = {k: (sorted(map(repr, v)) if isinstance(v, list) else v) for k, v in props.items() if k not in parallel}
        if parallel:
            out["evidence*"] = sorted(map(repr, zip(*(props[k] for k in parallel), strict=True)))
        return tuple(sorted((k, repr(v)) for k, v in out.items()))

    node_rows = sorted((tuple(sorted(r["labels"])), canon(r["props"])) for r in nodes)
    rel_rows = sorted((r["s"], r["type"], r["t"], canon(r["props"])) for r in rels)
    return node_rows, rel_rows


def counts(driver: Driver) -> tuple[int, int]:
    n = driver.execute_query("MATCH (n) RETURN count(n) AS c")[0][0]["c"]
    r = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c")[0][0]["c"]
    return n, r
