"""Removing articles and whatever they alone supported.

Why a separate module: `edkg unload` uses it, and so does the writer, inside
its own transaction, when a changed version of an article replaces the older
one. The five steps (`cypher/write/unload_*.cypher`, `prune_*.cypher`,
`delete_articles.cypher`) take the articles out of the facts their `facts`
list names (`article_count`, evidence), delete relationships and entities
left with no supporting article, recompute `first_seen`/`last_seen`, and
delete the Article nodes.
Merged scalar values and aliases that a removed article contributed to an
entity that survives are kept (they are not stored per article).
"""
from __future__ import annotations

from neo4j import Driver, ManagedTransaction

import cypher
from graph.counts import WriteStats


def _stmts(name: str) -> list[str]:
    return cypher.statements(f"write/{name}.cypher")


def unload_in_tx(tx: ManagedTransaction, ids: list[str]) -> tuple[list[str], WriteStats]:
    """Unload `ids` inside `tx`; return the ids that were loaded and what changed."""
    stats = WriteStats()
    (strip_rels,) = _stmts("unload_relations")
    rel_rows = [{"eid": r["eid"], "dates": r["dates"]} for r in tx.run(strip_rels, ids=ids)]
    deleted = 0
    for stmt in _stmts("prune_relations"):
        deleted += tx.run(stmt, rows=rel_rows, ids=ids).consume().counters.relationships_deleted
    stats.relationships_deleted += deleted
    stats.relationships_updated += len(rel_rows) - deleted

    (strip_mentions,) = _stmts("unload_mentions")
    res = tx.run(strip_mentions, ids=ids)
    node_rows = [{"eid": r["eid"], "dates": r["dates"]} for r in res]
    stats.relationships_deleted += res.consume().counters.relationships_deleted
    deleted = 0
    for stmt in _stmts("prune_entities"):
        counters = tx.run(stmt, rows=node_rows).consume().counters
        deleted += counters.nodes_deleted
        stats.relationships_deleted += counters.relationships_deleted
    stats.nodes_deleted += deleted
    stats.nodes_updated += len(node_rows) - deleted

    (delete_articles,) = _stmts("delete_articles")
    res = tx.run(delete_articles, ids=ids)
    found = [r["id"] for r in res]
    counters = res.consume().counters
    stats.nodes_deleted += counters.nodes_deleted
    stats.relationships_deleted += counters.relationships_deleted
    return found, stats


def unload_articles(driver: Driver, database: str, ids: list[str]) -> tuple[list[str], WriteStats]:
    """Unload `ids` in one transaction (all or nothing); return the ids found and the changes."""
    with driver.session(database=database) as session:
        return session.execute_write(unload_in_tx, list(dict.fromkeys(ids)))
