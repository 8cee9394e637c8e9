"""Writing whole articles into Neo4j: idempotent, incremental, batched.

Why this shape:
- One write transaction per batch of whole articles (`session.execute_write`,
  so the driver retries transient errors): a crash or a failed batch never
  leaves half an article, and since an article is "loaded" exactly when its
  Article node exists, a re-run simply completes what was not committed.
- The batch decides inside that same transaction which articles are new,
  unchanged (same id, same key), duplicate (same id under another key, or
  `duplicate_of` set) or changed (same key, other id: the older version is
  unloaded first, in the same transaction). Only new and changed articles are
  written, so their ids can be appended to provenance lists without a
  membership test (which would be quadratic on hubs like `org:moit`).
- `UNWIND` over parameter rows, one pre-written statement per label and per
  relationship type (`cypher/write/*.cypher`, the label or type substituted
  only after `graph.model` checked it). Nodes are bound by element id for the
  mention and fact statements, so no label-less lookup ever happens.
- Provenance without lists that grow with the corpus: an entity's articles
  are its MENTIONED_IN relationships, a fact keeps `article_count` and at
  most `EVIDENCE_CAP` evidence entries, and each Article node lists the facts
  it supports (`facts`, see `graph.rows.fact_key`). A list of every
  supporting article on a hub fact ("MOIT is based in Viet Nam") would be
  rewritten by every batch: the load would be quadratic in the corpus.
- Exact under concurrency: the transaction first takes a lock per article id
  and key (`cypher/write/lock_articles.cypher`), so any number of concurrent
  writers of one article (`POST /articles`, several `edkg load`) classify it
  in turn: one writes it (`new`), the others find it (`unchanged` or
  `duplicate`). Entities and facts that different articles share are locked
  before they are read (see `merge_relations.cypher`, `update_entities.cypher`).
- Honest after a lost acknowledgement: every write carries a stamp (its
  Article nodes' `loaded_at`), the same for every attempt; a retry that finds
  an article with its own stamp knows its earlier attempt committed it and
  reports it `new`, not `unchanged`.
- An article from which nothing was read (no entity, no relation) is not
  written and is reported `no_facts`: an Article node without facts would
  count as loaded while the graph knows nothing from it.
- Order inside the transaction: lock, classify, unload older versions,
  Article nodes, entity nodes, mentions, facts, entity properties, unlock.
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from neo4j import Driver, ManagedTransaction
from neo4j.time import DateTime

import cypher
from core.vocabulary import WriteOutcome
from graph import model
from graph.counts import WriteStats
from graph.rows import BatchRows, PendingArticle, article_props, date_problem
from graph.unload import unload_in_tx

NEW, UNCHANGED, CHANGED, DUPLICATE, NO_FACTS, FAILED = (
    WriteOutcome.NEW,
    WriteOutcome.UNCHANGED,
    WriteOutcome.CHANGED,
    WriteOutcome.DUPLICATE,
    WriteOutcome.NO_FACTS,
    WriteOutcome.FAILED,
)
EVIDENCE_CAP = 50
"""Evidence entries kept per fact relationship (its `article_count` stays exact); see merge_relations.cypher."""


@lru_cache
def statement(
    name: str,
    *,
    label: str | None = None,
    rel_type: str | None = None,
    source: str | None = None,
    target: str | None = None,
) -> str:
    """The text of `cypher/write/<name>.cypher` with its placeholders filled by checked names only."""
    text = "\n".join(cypher.statements(f"write/{name}.cypher"))
    for token, value, check in (
        ("__LABEL__", label, model.check_label),
        ("__SOURCE__", source, model.check_label),
        ("__TARGET__", target, model.check_label),
        ("__TYPE__", rel_type, model.check_relationship_type),
    ):
        if token in text:
            if value is None:
                raise ValueError(f"write/{name}.cypher needs {token}")
            text = text.replace(token, check(value))
    return text


@dataclass(slots=True)
class BatchResult:
    stats: WriteStats = field(default_factory=WriteStats)
    outcomes: dict[str, str] = field(default_factory=dict)  # article id -> new/unchanged/changed/duplicate/no_facts
    dangling: int = 0


def new_stamp() -> DateTime:
    """A write's stamp: now (UTC, the writer's clock) with random nanoseconds below the microsecond.

    Why random digits: the stamp must tell this write apart from any other (another process may write in
    the same microsecond), and it is stored as the Article's `loaded_at`, which is a time anyway.
    """
    now = datetime.datetime.now(datetime.UTC)
    return DateTime(
        now.year,
        now.month,
        now.day,
        now.hour,
        now.minute,
        now.second,
        now.microsecond * 1000 + secrets.randbelow(1000),
        tzinfo=datetime.UTC,
    )


def has_facts(pending: PendingArticle) -> bool:
    """Whether anything was read from the article (an entity, so at least its mention, or a relation)."""
    return bool(pending.extraction.entities or pending.extraction.relations)


def write_batch(
    driver: Driver, database: str, batch: list[PendingArticle], stamp: DateTime | None = None
) -> BatchResult:
    """Write a batch of whole articles in one transaction (no id or key twice in a batch).

    `stamp` (see `new_stamp`) must be the same for every attempt of one write, so that a retry after a
    lost acknowledgement reports what the earlier attempt committed as `new`. Raises ValueError for an
    article with an impossible date (callers refuse those first; this is the last guard).
    """
    for p in batch:
        problem = date_problem(p.extraction.article.date)
        if problem:
            raise ValueError(f"article {p.id}: {problem}")
    stamp = stamp or new_stamp()
    with driver.session(database=database) as session:
        return session.execute_write(_write_batch_tx, batch, stamp)


def _lock_names(articles: list[PendingArticle]) -> list[str]:
    return sorted({f"id:{p.id}" for p in articles} | {f"key:{p.key}" for p in articles})


def _write_batch_tx(tx: ManagedTransaction, batch: list[PendingArticle], stamp: DateTime) -> BatchResult:
    result = BatchResult()
    stats = result.stats
    candidates: list[PendingArticle] = []
    for p in batch:
        if p.extraction.article.duplicate_of:
            result.outcomes[p.id] = DUPLICATE
        elif not has_facts(p):
            result.outcomes[p.id] = NO_FACTS
        else:
            candidates.append(p)
    names = _lock_names(candidates)
    if names:
        tx.run(statement("lock_articles"), names=names).consume()
    records = tx.run(statement("classify_articles"), rows=[{"id": p.id, "key": p.key} for p in candidates], stamp=stamp)
    found = {r["id"]: (r["loaded_key"], r["ours"], r["older_ids"]) for r in records}
    to_write: list[PendingArticle] = []
    older: list[str] = []
    for p in candidates:
        loaded_key, ours, older_ids = found[p.id]
        if loaded_key is not None and ours and loaded_key == p.key:
            result.outcomes[p.id] = NEW  # committed by an earlier attempt of this write; its answer was lost
            stats.articles_confirmed += 1
        elif loaded_key is not None:
            result.outcomes[p.id] = UNCHANGED if loaded_key == p.key else DUPLICATE
        else:
            result.outcomes[p.id] = CHANGED if older_ids else NEW
            older.extend(older_ids)
            to_write.append(p)
    for outcome in result.outcomes.values():
        setattr(stats, f"articles_{outcome}", getattr(stats, f"articles_{outcome}") + 1)
    if older:
        stats += unload_in_tx(tx, older)[1]
    if to_write:
        result.dangling = _write_articles(tx, to_write, stats, stamp)
    if names:
        tx.run(statement("unlock_articles"), names=names).consume()
    return result


def _write_articles(tx: ManagedTransaction, articles: list[PendingArticle], stats: WriteStats, stamp: DateTime) -> int:
    rows = BatchRows()
    for p in articles:
        rows.add(p.extraction)
    eids: dict[str, str] = {}

    params = [{"id": p.id, "props": {**article_props(p), "facts": rows.facts.get(p.id, [])}} for p in articles]
    res = tx.run(statement("merge_articles"), rows=params, stamp=stamp)
    eids.update((r["id"], r["eid"]) for r in res)
    stats.count_nodes(res.consume().counters, 0)

    for label, by_id in rows.entities.items():
        res = tx.run(statement("merge_entity_nodes", label=label), rows=[{"id": i} for i in by_id])
        eids.update((r["id"], r["eid"]) for r in res)
        stats.count_nodes(res.consume().counters, len(by_id))
        extras: dict[str, list[str]] = {}
        for entity_id, row in by_id.items():
            for extra in row.extras:
                extras.setdefault(extra, []).append(eids[entity_id])
        for extra, extra_eids in extras.items():
            tx.run(statement("add_label"), eids=extra_eids, label=model.check_label(extra)).consume()

    params = [
        {"n": eids[e], "a": eids[a], "evidence": ev, "spans": sp, "read": c.as_mention_props()}
        for e, a, ev, sp, c in rows.mentions
    ]
    if params:
        stats.count_relationships(tx.run(statement("merge_mentions"), rows=params).consume().counters, len(params))
        stats.facts += len(params)

    for rel_type, by_pair in rows.relations.items():
        params = [row.as_param(eids[s], eids[t]) for (s, t), row in by_pair.items()]
        query = statement("merge_relations", rel_type=rel_type)
        counters = tx.run(query, rows=params, cap=EVIDENCE_CAP).consume().counters
        stats.count_relationships(counters, len(params))
        stats.facts += len(params)

    # Last: see cypher/write/merge_entity_nodes.cypher for why properties come after every relationship.
    params = [row.as_param(eids[i]) for by_id in rows.entities.values() for i, row in by_id.items()]
    if params:
        tx.run(statement("update_entities"), rows=params).consume()
        stats.facts += len(params)
    return rows.dangling


class GraphWriter:
    """Collects articles into bounded batches and writes each batch in one transaction.

    A batch holds at most `batch_articles` articles and about `batch_rows`
    rows; an article whose id or key is already in the pending batch closes
    it first, so the in-transaction classification sees the earlier one.
    """

    def __init__(self, driver: Driver, database: str, *, batch_articles: int = 500, batch_rows: int = 40_000):
        self.driver = driver
        self.database = database
        self.batch_articles = batch_articles
        self.batch_rows = batch_rows

    def batches(self, articles: Iterable[PendingArticle]) -> Iterable[list[PendingArticle]]:
        """Group a stream of articles into batches (streaming: one batch in memory at a time)."""
        batch: list[PendingArticle] = []
        ids: set[str] = set()
        keys: set[str] = set()
        rows = 0
        for p in articles:
            if p.id in ids or p.key in keys:
                yield batch
                batch, ids, keys, rows = [], set(), set(), 0
            batch.append(p)
            ids.add(p.id)
            keys.add(p.key)
            rows += 1 + 2 * len(p.extraction.entities) + len(p.extraction.relations)
            if len(batch) >= self.batch_articles or rows >= self.batch_rows:
                yield batch
                batch, ids, keys, rows = [], set(), set(), 0
        if batch:
            yield batch

    def write(self, batch: list[PendingArticle], stamp: DateTime | None = None) -> BatchResult:
        return write_batch(self.driver, self.database, batch, stamp)
