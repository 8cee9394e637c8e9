"""Removing articles and whatever they alone supported.

Why a separate module: `edkg unload` uses it, and so does the writer, inside
its own transaction, when a changed version of an article replaces the older
one. The steps (`cypher/write/unload_*.cypher`, `prune_*.cypher`,
`entity_contributions.cypher`, `replace_entities.cypher`,
`delete_articles.cypher`) take the articles out of the facts their `facts`
list names (`article_count`, evidence), delete relationships and entities
left with no supporting article, recompute `first_seen`/`last_seen`,
recompute each surviving entity from what its remaining articles say of it
(their `Contribution`s, kept on each MENTIONED_IN: an alias or a property
value that only the removed articles gave goes with them), and delete the
Article nodes. Fact relationships' own properties (a title on
HOLDS_POSITION) are merged, not recomputed: a value only a removed article
gave a surviving fact stays.
"""

from __future__ import annotations

from neo4j import Driver, ManagedTransaction

import cypher
from core.vocabulary import Prop
from graph.counts import WriteStats
from graph.rows import Contribution, recomputed_entity


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
    _recompute_entities(tx, [row["eid"] for row in node_rows])

    (delete_articles,) = _stmts("delete_articles")
    res = tx.run(delete_articles, ids=ids)
    found = [r["id"] for r in res]
    counters = res.consume().counters
    stats.nodes_deleted += counters.nodes_deleted
    stats.relationships_deleted += counters.relationships_deleted
    return found, stats


KEPT_PROPERTIES = [Prop.ID, Prop.FIRST_SEEN, Prop.LAST_SEEN]
"""The writer's own entity properties that replace_entities.cypher leaves alone (prune_entities sets the dates)."""


def _recompute_entities(tx: ManagedTransaction, eids: list[str]) -> None:
    """Set each surviving entity to what its remaining articles say of it (graph.rows.Contribution)."""
    if not eids:
        return
    (read,) = _stmts("entity_contributions")
    rows = [
        recomputed_entity(
            r["eid"],
            [
                (c["date"], c["article"], Contribution.from_mention(c["name"], c["aliases"], c["properties"]))
                for c in r["contributions"]
            ],
        )
        for r in tx.run(read, eids=eids)
    ]
    if rows:
        (replace,) = _stmts("replace_entities")
        tx.run(replace, rows=rows, kept=KEPT_PROPERTIES).consume()


def unload_articles(driver: Driver, database: str, ids: list[str]) -> tuple[list[str], WriteStats]:
    """Unload `ids` in one transaction (all or nothing); return the ids found and the changes.

    The transaction first takes the writer's lock on each article id (`cypher/write/lock_articles.cypher`),
    so an unload and a concurrent write of the same article happen one after the other, never interleaved.
    """
    with driver.session(database=database) as session:
        return session.execute_write(_unload_locked, list(dict.fromkeys(ids)))


def _unload_locked(tx: ManagedTransaction, ids: list[str]) -> tuple[list[str], WriteStats]:
    names = sorted(f"id:{i}" for i in ids)
    (lock,) = _stmts("lock_articles")
    tx.run(lock, names=names).consume()
    result = unload_in_tx(tx, ids)
    (unlock,) = _stmts("unlock_articles")
    tx.run(unlock, names=names).consume()
    return result
