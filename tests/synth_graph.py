"""A large synthetic graph in the writer's shape, written in seconds (for the API's load and deadline tests).

Why not `edkg load` or `graph.writer`: they classify, lock and merge article
by article and keep every fact's provenance exact, which is what they are for
and what their own tests check; on a shared 2-core machine that takes minutes
for 5,000 articles. The API's deadline tests need the *shape and size* of such
a graph (hubs with thousands of relationships, long paths between peripheral
entities, evidence lists), not the writer: so the true facts of the synthetic
corpus (`loaders.synth.article_extraction`, the same the writer's benchmark
uses) are aggregated here in Python and created with a few `UNWIND … CREATE`
statements, the way `tests/api_fixtures.py` writes its hand-made graph.

The graph is reused when it is already there (same seed and size, marked by a
`:SynthMarker` node): a second run of the module skips the write.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from neo4j import Driver

from core.text import fold, strip_diacritics
from graph.rows import extra_labels, merge_label
from loaders.synth import article_extraction
from tests.conftest import wipe

EVIDENCE_KEPT = 5
"""Evidence entries kept per relationship (the API shows at most 5)."""
BATCH = 5_000


def _span(evidence) -> str:
    return f"{evidence.start}:{evidence.end}"


def build(articles: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Rows for articles, entities, mentions and facts of synthetic articles 0 .. articles-1."""
    article_rows: list[dict[str, Any]] = []
    entities: dict[str, dict[str, Any]] = {}
    mentions: list[dict[str, Any]] = []
    facts: dict[tuple[str, str, str], dict[str, Any]] = {}
    facts_of: dict[str, list[str]] = defaultdict(list)
    for index in range(articles):
        x = article_extraction(seed, index)
        a = x.article
        article_rows.append(
            {
                "id": a.id,
                "key": f"synth:{seed}:{index}",
                "title": a.title,
                "source": "synth",
                "url": a.url,
                "date": a.date,
                "lang": a.lang,
                "text": a.text,
                "text_hash": a.text_hash,
                "file": a.source_file,
                "synthetic": True,
            }
        )
        for e in x.entities:
            if e.id not in entities:
                primary = merge_label(e)
                aliases = [al for al in dict.fromkeys([*e.aliases, strip_diacritics(e.name)]) if al != e.name]
                entities[e.id] = {
                    "labels": [primary, *extra_labels(e, primary)],
                    "props": {
                        "id": e.id,
                        "name": e.name,
                        "name_key": fold(e.name),
                        "aliases": aliases,
                        "search_text": " | ".join([e.name, *aliases]),
                        "article_count": 0,
                        **{k: v for k, v in e.properties.items() if isinstance(v, (str, int, float, bool))},
                    },
                }
            entities[e.id]["props"]["article_count"] += 1
            kept = e.mentions[:EVIDENCE_KEPT]
            mentions.append(
                {
                    "entity": e.id,
                    "article": a.id,
                    "props": {"evidence": [m.sentence for m in kept], "spans": [_span(m) for m in kept]},
                }
            )
        for r in x.relations:
            key = (r.type, r.source, r.target)
            fact = facts.get(key)
            if fact is None:
                fact = facts[key] = {
                    "type": r.type,
                    "source": r.source,
                    "target": r.target,
                    "props": {
                        "article_count": 0,
                        "evidence": [],
                        "evidence_articles": [],
                        "evidence_spans": [],
                        "evidence_confidence": [],
                        "confidence": 0.9,
                        "first_seen": a.date,
                        "last_seen": a.date,
                        **{k: v for k, v in r.properties.items() if isinstance(v, (str, int, float, bool))},
                    },
                }
            props = fact["props"]
            props["article_count"] += 1
            props["last_seen"] = a.date or props["last_seen"]
            for ev in r.evidence:
                if len(props["evidence"]) < EVIDENCE_KEPT:
                    props["evidence"].append(ev.sentence)
                    props["evidence_articles"].append(a.id)
                    props["evidence_spans"].append(_span(ev))
                    props["evidence_confidence"].append(ev.confidence)
            facts_of[a.id].append("|".join(key))
    for row in article_rows:
        row["facts"] = facts_of.get(row["id"], [])
    return {
        "articles": article_rows,
        "entities": list(entities.values()),
        "mentions": mentions,
        "facts": list(facts.values()),
    }


def _batches(rows: list[dict[str, Any]]):
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _by(rows: list[dict[str, Any]], *keys: str) -> dict[tuple[str, ...], list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(row[k] for k in keys)].append(row)
    return groups


def write(driver: Driver, rows: dict[str, list[dict[str, Any]]], database: str = "neo4j") -> None:
    """CREATE everything; ends are matched by their primary label (static text: the `id` index is used)."""
    label_of = {e["props"]["id"]: e["labels"][0] for e in rows["entities"]}
    for m in rows["mentions"]:
        m["label"] = label_of[m["entity"]]
    for f in rows["facts"]:
        f["source_label"], f["target_label"] = (
            label_of.get(f["source"], "Article"),
            label_of.get(f["target"], "Article"),
        )
    with driver.session(database=database) as session:
        for batch in _batches(rows["articles"]):
            session.run("UNWIND $rows AS row CREATE (a:Article) SET a = row", rows=batch).consume()
        for batch in _batches(rows["entities"]):
            session.run("UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props", rows=batch).consume()
        for (label,), group in _by(rows["mentions"], "label").items():
            for batch in _batches(group):
                session.run(
                    f"""UNWIND $rows AS row
                                MATCH (a:Article {{id: row.article}}), (n:`{label}` {{id: row.entity}})
                                CREATE (n)-[m:MENTIONED_IN]->(a) SET m = row.props""",
                    rows=batch,
                ).consume()
        for (source, target), group in _by(rows["facts"], "source_label", "target_label").items():
            for batch in _batches(group):
                session.run(
                    f"""UNWIND $rows AS row
                                MATCH (s:`{source}` {{id: row.source}}), (t:`{target}` {{id: row.target}})
                                CREATE (s)-[r:$(row.type)]->(t) SET r = row.props""",
                    rows=batch,
                ).consume()


def ensure_synthetic_graph(driver: Driver, articles: int, seed: int, database: str = "neo4j") -> None:
    """The test server holds exactly synthetic articles 0 .. articles-1 of `seed` (written unless already there)."""
    from graph.schema import apply_schema

    apply_schema(driver, database)
    marker = driver.execute_query(
        "MATCH (m:SynthMarker) RETURN m.seed AS seed, m.articles AS articles", database_=database
    )[0]
    count = driver.execute_query("MATCH (a:Article) RETURN count(a) AS c", database_=database)[0][0]["c"]
    if len(marker) == 1 and (marker[0]["seed"], marker[0]["articles"]) == (seed, articles) and count == articles:
        return
    wipe(driver, database)
    write(driver, build(articles, seed), database)
    driver.execute_query(
        "CREATE (:SynthMarker {seed: $seed, articles: $articles})", seed=seed, articles=articles, database_=database
    )
