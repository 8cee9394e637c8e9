"""The transactional writer's merge rules, replayed in Python for a bulk import.

Why: `edkg load --bulk` must write the graph that `edkg load` writes. The writer aggregates each batch of
articles in Python (`graph.rows.BatchRows`) and merges the batch's rows into the graph with
`cypher/write/update_entities.cypher` and `merge_relations.cypher`. The bulk path builds the very same batches
and rows, and this module applies those two statements' rules to them, batch after batch, in the same order:

- a node's name is replaced by a batch's name read on a date later than the node's `last_seen` (same date: the
  greater name); its `name_key` follows the name;
- a scalar property is set when missing or empty, else replaced only by a value read later than the node's (or
  relationship's) `last_seen` *before* the batch (same date: the greater value): so a value can depend on where
  batches begin, and the replay keeps the writer's batches (`graph.bulk`), not one merge of the whole corpus;
- lists are unioned in the order values came; aliases skip the current name; `search_text` is the name and the
  aliases joined by ` | `, in that order;
- a fact's `article_count` adds up, its evidence keeps the first `EVIDENCE_CAP` entries, `confidence` is the
  greatest, `first_seen`/`last_seen` the least and greatest dates.

Why records are spilled to partition files (`Spill`) instead of kept in one dict: a million articles make
millions of entities and facts, each with its evidence sentences; in memory that is several GiB. Each batch's
rows go to the partition of their key (a CRC of the id, the same in every process and run), in batch order; the
second pass reads one partition at a time and folds its records in that order, which is the order the writer
would have merged them. The files are pickles this process wrote moments before in its own private folder.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from core.text import fold
from graph.bulk_files import read_chunks
from graph.rows import BatchRows

ENTITY, FACT = "E", "F"

EntityRecord = tuple[
    str,
    str,
    tuple[str, ...],
    str,
    str,
    str,
    dict[str, Any],
    dict[str, str],
    dict[str, list[Any]],
    list[str],
    str | None,
    str | None,
]
"""id, merge label, extra labels, name, name_key, the name's date, scalars, their dates, lists, aliases, first, last"""

FactRecord = tuple[
    str,
    str,
    str,
    dict[str, Any],
    dict[str, str],
    dict[str, list[Any]],
    int,
    list[str],
    list[str],
    list[str],
    list[float],
    float | None,
    str | None,
    str | None,
]
"""type, source id, target id, scalars, their dates, lists, articles, evidence, evidence articles, spans,
confidences (each list cut to the cap: no more can ever be kept), confidence, first, last"""


def entity_records(rows: BatchRows) -> Iterator[EntityRecord]:
    """A batch's entity rows as `update_entities.cypher` receives them (`_EntityRow.as_param`), with labels.

    (Taken from the row as `as_param` takes them, without its dict: a record per entity of every batch.)"""
    for label, by_id in rows.entities.items():
        for entity_id, row in by_id.items():
            dates = row.dates
            yield (
                entity_id,
                label,
                row.extras,
                row.name,
                fold(row.name),
                row.name_date,
                row.props.scalars,
                row.props.dates,
                row.props.lists,
                row.aliases,
                min(dates, default=None),
                max(dates, default=None),
            )


def fact_records(rows: BatchRows, cap: int) -> Iterator[FactRecord]:
    """A batch's fact rows as `merge_relations.cypher` receives them (`_RelationRow.as_param`, taken from the row
    without its dict)."""
    for rel_type, by_pair in rows.relations.items():
        for (source, target), row in by_pair.items():
            props, confidences, dates = row.props, row.evidence_confidence, row.dates
            yield (
                rel_type,
                source,
                target,
                props.scalars,
                props.dates,
                props.lists,
                len(row.article_ids),
                row.evidence[:cap],
                row.evidence_articles[:cap],
                row.evidence_spans[:cap],
                confidences[:cap],
                max(confidences, default=None),
                min(dates, default=None),
                max(dates, default=None),
            )


def _greater(new: Any, old: Any) -> bool:
    """Cypher's `new > old`: false (null) between a boolean, a number and a string, which Cypher cannot order."""
    if isinstance(new, bool) != isinstance(old, bool) or isinstance(new, str) != isinstance(old, str):
        return False
    try:
        return bool(new > old)
    except TypeError:
        return False


def _replaces(new: Any, new_date: str, old: Any, seen: str) -> bool:
    """The CASE of the merge statements: fill what is missing or empty, else a later date wins, ties the greater."""
    if old is None or (isinstance(old, str) and old == ""):
        return True
    if new_date > seen:
        return True
    return new_date == seen and _greater(new, old)


def _merge_props(
    props: dict[str, Any], scalars: dict[str, Any], dates: dict[str, str], lists: dict[str, list[Any]], seen: str
) -> None:
    for key, value in scalars.items():
        if _replaces(value, dates[key], props.get(key), seen):
            props[key] = value
    for key, values in lists.items():
        known = props.get(key) or []
        props[key] = known + [x for x in values if x not in known]


def _earlier(new: str | None, old: str | None) -> str | None:
    return new if new is not None and (old is None or new < old) else old


def _later(new: str | None, old: str | None) -> str | None:
    return new if new is not None and (old is None or new > old) else old


@dataclass(slots=True)
class EntityState:
    """An entity node as the writer's statements leave it after the batches folded so far."""

    label: str
    extras: set[str] = field(default_factory=set)
    name: str | None = None
    name_key: str | None = None
    props: dict[str, Any] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None

    def fold(self, record: EntityRecord) -> None:
        """`add_label.cypher` and `update_entities.cypher` for one batch row."""
        _, _, extras, name, name_key, date, scalars, dates, lists, aliases, first, last = record
        self.extras.update(extras)
        seen = self.last or ""
        if not self.name or date > seen or (date == seen and name > self.name):
            self.name = name
        if self.name == name:
            self.name_key = name_key
        _merge_props(self.props, scalars, dates, lists, seen)
        known = self.aliases
        self.aliases = known + [x for x in aliases if x not in known and x != self.name]
        self.first = _earlier(first, self.first)
        self.last = _later(last, self.last)

    def properties(self) -> dict[str, Any]:
        name = self.name or ""
        return {
            **self.props,
            "name": self.name,
            "name_key": self.name_key,
            "aliases": self.aliases,
            "search_text": name + "".join(f" | {a}" for a in self.aliases),
            "first_seen": self.first,
            "last_seen": self.last,
        }

    def labels(self) -> list[str]:
        return [self.label, *sorted(self.extras - {self.label})]


@dataclass(slots=True)
class FactState:
    """A fact relationship as `merge_relations.cypher` leaves it after the batches folded so far."""

    article_count: int = 0
    evidence: list[str] = field(default_factory=list)
    evidence_articles: list[str] = field(default_factory=list)
    evidence_spans: list[str] = field(default_factory=list)
    evidence_confidence: list[float] = field(default_factory=list)
    confidence: float | None = None
    props: dict[str, Any] = field(default_factory=dict)
    first: str | None = None
    last: str | None = None

    def fold(self, record: FactRecord, cap: int) -> None:
        _, _, _, scalars, dates, lists, articles, evidence, ev_articles, spans, confidences, confidence, first, last = (
            record
        )
        self.article_count += articles
        seen = self.last or ""
        room = max(cap - len(self.evidence), 0)
        _merge_props(self.props, scalars, dates, lists, seen)
        self.evidence += evidence[:room]
        self.evidence_articles += ev_articles[:room]
        self.evidence_spans += spans[:room]
        self.evidence_confidence += confidences[:room]
        if confidence is not None and (self.confidence is None or confidence > self.confidence):
            self.confidence = confidence
        self.first = _earlier(first, self.first)
        self.last = _later(last, self.last)

    def properties(self) -> dict[str, Any]:
        return {
            **self.props,
            "article_count": self.article_count,
            "evidence": self.evidence,
            "evidence_articles": self.evidence_articles,
            "evidence_spans": self.evidence_spans,
            "evidence_confidence": self.evidence_confidence,
            "confidence": self.confidence,
            "first_seen": self.first,
            "last_seen": self.last,
        }


def partition_of(key: str, partitions: int) -> int:
    """The partition of an entity id or a fact key: a CRC, the same in every process (not Python's salted hash)."""
    return zlib.crc32(key.encode("utf-8")) % partitions


@dataclass(slots=True)
class Spill:
    """Per-partition files of the batches' entity and fact records, appended in batch order.

    Also notes every property each kind carries with its type, so the second pass can write the data files of
    its partitions with all columns known up front.
    """

    folder: Path
    partitions: int
    cap: int
    entity_keys: dict[str, None] = field(default_factory=dict)
    fact_keys: dict[str, None] = field(default_factory=dict)
    _files: list[IO[bytes]] = field(default_factory=list)

    def path(self, partition: int) -> Path:
        return self.folder / f"spill.{partition}.pickle"

    def add(self, rows: BatchRows) -> tuple[int, int]:
        """A batch's entity and fact rows into their partitions (one pickle per partition and batch)."""
        if not self._files:
            self._files = [self.path(i).open("ab", buffering=1 << 16) for i in range(self.partitions)]
        chunks: list[list[tuple[str, Any]]] = [[] for _ in range(self.partitions)]
        entities = facts = 0
        for e in entity_records(rows):
            self.entity_keys.update(dict.fromkeys(e[6]))
            self.entity_keys.update(dict.fromkeys(e[8]))
            chunks[partition_of(e[0], self.partitions)].append((ENTITY, e))
            entities += 1
        for f in fact_records(rows, self.cap):
            self.fact_keys.update(dict.fromkeys(f[3]))
            self.fact_keys.update(dict.fromkeys(f[5]))
            chunks[partition_of(f"{f[0]}|{f[1]}|{f[2]}", self.partitions)].append((FACT, f))
            facts += 1
        for out, chunk in zip(self._files, chunks, strict=True):
            if chunk:
                pickle.dump(chunk, out, protocol=pickle.HIGHEST_PROTOCOL)
        return entities, facts

    def close(self) -> None:
        for out in self._files:
            out.close()
        self._files = []


def read_partition(path: Path) -> Iterator[tuple[str, Any]]:
    """The records of one partition file, in the order they were written."""
    return read_chunks(path)


def fold_partition(path: Path, cap: int) -> tuple[dict[str, EntityState], dict[tuple[str, str, str], FactState]]:
    """Every entity and fact of one partition, folded in batch order."""
    entities: dict[str, EntityState] = {}
    facts: dict[tuple[str, str, str], FactState] = {}
    for kind, record in read_partition(path):
        if kind == ENTITY:
            state = entities.get(record[0])
            if state is None:
                state = entities[record[0]] = EntityState(record[1])
            elif state.label != record[1]:
                raise ValueError(f"entity {record[0]!r} is merged under two labels: {state.label} and {record[1]}")
            state.fold(record)
        else:
            key = (record[0], record[1], record[2])
            fact = facts.get(key)
            if fact is None:
                fact = facts[key] = FactState()
            fact.fold(record, cap)
    return entities, facts


__all__ = ["EntityState", "FactState", "Spill", "fold_partition", "partition_of", "read_partition"]
