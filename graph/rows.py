"""Turning a batch of `ArticleExtraction`s into the parameter rows of the write statements.

Why in Python and aggregated: one row per entity and per (type, from, to) per
batch, whatever the number of articles repeating it, so a hub such as
`org:moit` (named by nearly every article) has its provenance lists rewritten
once per batch rather than once per article. The merge rules here are those of
`cypher/write/update_entities.cypher` (a non-empty value read in a newer article
wins, ties go to the greater value, lists are unioned), so merging inside a
batch and merging into the graph agree. Labels and relationship types are
checked against `core.vocabulary` here; nothing unchecked reaches a statement.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from core.text import fold, strip_diacritics
from core.vocabulary import (
    ID_PREFIXES,
    PRIMARY_LABELS,
    PROVENANCE_TYPE,
    WRITER_PROPERTIES,
    Label,
    Prop,
    check_label,
    check_relationship_type,
)
from graph.captions import agreement_partners, with_caption
from loaders.models import Article, ArticleExtraction, Entity, Evidence

RESERVED = WRITER_PROPERTIES
"""Properties the writer owns; an extraction's property of the same name is dropped."""

_LABEL_OF_PREFIX = {prefix: label for label, prefix in ID_PREFIXES.items() if label != Label.MINISTRY}
_SCALAR = (str, bool, int, float)
_NO_STREAM_KEY = {"-", "request"}


def article_key(article: Article, position: int) -> str:
    """The article's identity across versions: its url, else `file:<basename>#<n>` (n from 1).

    Text that came from standard input or a request has no file to be a version
    of, so its key is its id (a new text is a new article).
    """
    if article.url:
        return article.url
    if article.source_file in _NO_STREAM_KEY or not article.source_file:
        return article.id
    return f"file:{PurePath(article.source_file).name}#{position}"


def merge_label(entity: Entity) -> str:
    """The label an entity is merged under (the one with the `id` constraint).

    Taken from the id prefix (`org:` -> Organization) so that one id is never
    merged under two labels when articles disagree on the label.
    """
    prefix = entity.id.partition(":")[0]
    label = _LABEL_OF_PREFIX.get(prefix)
    if label is None:
        label = Label.ORGANIZATION if entity.label == Label.MINISTRY else entity.label
        if label not in PRIMARY_LABELS or label == Label.ARTICLE:
            raise ValueError(f"entity {entity.id!r}: unknown label {entity.label!r}")
    return label


def extra_labels(entity: Entity, primary: str) -> tuple[str, ...]:
    """Labels beyond the merge label that carry no constraint of their own (Ministry)."""
    if not entity.labels:  # (most entities: the label alone, without a set to sort)
        label = check_label(entity.label)
        return () if label in PRIMARY_LABELS or label == primary else (label,)
    wanted = {entity.label, *entity.labels}
    for label in wanted:
        check_label(label)
    return tuple(sorted(label for label in wanted if label not in PRIMARY_LABELS and label != primary))


def flatten(props: dict[str, Any], prefix: str = "") -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """Split properties into storable scalars and lists; nested maps become `key_sub`.

    Neo4j stores neither maps nor mixed lists: lists are made homogeneous (as
    text when mixed), maps inside lists become JSON, empty values are dropped
    (so they never overwrite anything).
    """
    scalars: dict[str, Any] = {}
    lists: dict[str, list[Any]] = {}
    for raw_key, value in props.items():
        # (a plain key without a prefix is its own name, a plain non-empty string a scalar as it is: the common
        # case, without the f-string and the type tests below; a StrEnum key or value takes the general path)
        key = raw_key if type(raw_key) is str and not prefix else f"{prefix}{raw_key}"
        if not isinstance(raw_key, str) or not raw_key or key in RESERVED or value is None:
            continue
        if type(value) is str:
            if value:
                scalars[key] = value
        elif isinstance(value, dict):
            sub_scalars, sub_lists = flatten(value, f"{key}_")
            scalars.update(sub_scalars)
            lists.update(sub_lists)
        elif isinstance(value, (list, tuple, set, frozenset)):
            items = [v for v in value if v is not None and v != ""]
            items = [
                json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, (dict, list)) else v for v in items
            ]
            if len({type(v) for v in items}) > 1:
                items = [str(v) for v in items]
            if items:
                lists[key] = list(dict.fromkeys(items))
        elif isinstance(value, _SCALAR):
            if value != "":
                scalars[key] = value
        elif hasattr(value, "isoformat"):
            scalars[key] = value.isoformat()
        else:
            scalars[key] = str(value)
    return scalars, lists


def _wins(new: Any, new_date: str, old: Any, old_date: str) -> bool:
    """The merge rule: fill what is empty, else the newer article wins, ties to the greater value."""
    if old is None or old == "":
        return True
    if new_date != old_date:
        return new_date > old_date
    try:
        return bool(new > old)
    except TypeError:
        return False


@dataclass(slots=True)
class _Props:
    """Scalars with the date each winning value was read, and unioned lists."""

    scalars: dict[str, Any] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[Any]] = field(default_factory=dict)

    def merge(self, props: dict[str, Any], date: str) -> None:
        if not props:  # (most relations carry no property)
            return
        scalars, lists = flatten(props)
        for key, value in scalars.items():
            if _wins(value, date, self.scalars.get(key), self.dates.get(key, "")):
                self.scalars[key] = value
                self.dates[key] = date
        for key, values in lists.items():
            known = self.lists.setdefault(key, [])
            known.extend(v for v in values if v not in known)


@dataclass(slots=True)
class _EntityRow:
    extras: tuple[str, ...]
    name: str
    name_date: str
    props: _Props
    aliases: list[str]
    article_ids: list[str]
    dates: list[str]

    def as_param(self, eid: str) -> dict[str, Any]:
        return {
            "eid": eid,
            "name": self.name,
            "name_key": fold(self.name),
            "date": self.name_date,
            "scalars": self.props.scalars,
            "dates": self.props.dates,
            "lists": self.props.lists,
            "aliases": self.aliases,
            "first": min(self.dates, default=None),
            "last": max(self.dates, default=None),
        }


@dataclass(slots=True)
class _RelationRow:
    props: _Props = field(default_factory=_Props)
    article_ids: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    evidence_articles: list[str] = field(default_factory=list)
    evidence_spans: list[str] = field(default_factory=list)
    evidence_confidence: list[float] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)

    def as_param(self, source: str, target: str) -> dict[str, Any]:
        return {
            "source": source,
            "target": target,
            "scalars": self.props.scalars,
            "dates": self.props.dates,
            "lists": self.props.lists,
            "articles": len(self.article_ids),
            "evidence": self.evidence,
            "evidence_articles": self.evidence_articles,
            "evidence_spans": self.evidence_spans,
            "evidence_confidence": self.evidence_confidence,
            "confidence": max(self.evidence_confidence, default=None),
            "first": min(self.dates, default=None),
            "last": max(self.dates, default=None),
        }


@dataclass(slots=True)
class PendingArticle:
    """An article on its way to the graph, with its key and the file it came from."""

    extraction: ArticleExtraction
    key: str

    @property
    def id(self) -> str:
        return self.extraction.article.id

    @property
    def source(self) -> str:
        return self.extraction.article.source_file


_ISO_PARTS = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_problem(value: str | None) -> str | None:
    """Why an article's date cannot be stored (`2025-13-45`, `2025-02-30`, `May 2025`), or None when it is a
    real calendar date in one of the forms the graph keeps (YYYY, YYYY-MM, YYYY-MM-DD) or absent.

    Why refuse rather than store: dates are compared as text everywhere (first/last seen, the merge rule
    "the newer article wins", `since`/`until` filters), so an impossible date would silently win or sort
    wrongly forever.
    """
    if value is None or value == "":
        return None
    match = _ISO_PARTS.fullmatch(value)
    if match is None:
        return f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    month = int(month_text) if month_text else None
    day = int(day_text) if day_text else None
    if month is not None and not 1 <= month <= 12:
        return f"impossible date {value!r}: there is no month {month}"
    if month is not None and day is not None:
        try:
            datetime.date(year, month, day)
        except ValueError:
            return f"impossible date {value!r}: month {month} of {year} has no day {day}"
    return None


def article_props(pending: PendingArticle) -> dict[str, Any]:
    """The Article node's properties (None values are simply not stored)."""
    a = pending.extraction.article
    return {
        "key": pending.key,
        "title": a.title,
        "source": a.outlet,
        "url": a.url,
        "date": a.date,
        "lang": a.lang,
        "text": a.text,
        "text_hash": a.text_hash,
        "file": a.source_file,
        "synthetic": a.synthetic,
    }


def _span(ev: Evidence) -> str:
    return f"{ev.start}:{ev.end}"


FACT_SEPARATOR = "|"


def fact_key(rel_type: str, source: str, target: str) -> str:
    """`TYPE|source id|target id`: how an Article node names a fact it supports (its `facts` list).

    Why on the article and not on the fact: a fact such as "MOIT is based in
    Viet Nam" is supported by nearly every article, and a list of their ids on
    the relationship would be rewritten by every batch (quadratic in the
    corpus); the article's own list is written once. Unloading an article
    reads its keys to find the facts it supported.
    """
    if FACT_SEPARATOR in source or FACT_SEPARATOR in target:
        raise ValueError(f"an id must not contain {FACT_SEPARATOR!r}: {source!r} -> {target!r}")
    return f"{rel_type}{FACT_SEPARATOR}{source}{FACT_SEPARATOR}{target}"


@dataclass(slots=True)
class BatchRows:
    """The rows of one batch, grouped by merge label and relationship type."""

    entities: dict[str, dict[str, _EntityRow]] = field(default_factory=dict)  # label -> id -> row
    mentions: list[tuple[str, str, list[str], list[str], Contribution]] = field(default_factory=list)
    """entity id, article id, evidence sentences, spans, what the article says of the entity"""
    relations: dict[str, dict[tuple[str, str], _RelationRow]] = field(default_factory=dict)  # type -> (from, to)
    facts: dict[str, list[str]] = field(default_factory=dict)  # article id -> the fact keys it supports
    dangling: int = 0
    """Relations naming an entity their article does not list: not written (no provenance to hang them on)."""

    def add(self, extraction: ArticleExtraction) -> None:
        article = extraction.article
        aid, date = article.id, article.date or ""
        known: set[str] = {aid}
        mentions: dict[str, tuple[list[str], list[str], Contribution]] = {}
        partners = agreement_partners(extraction)
        for entity in extraction.entities:
            contribution = self._add_entity(entity, aid, date, partners.get(entity.id))
            known.add(entity.id)
            evidence, spans, _ = mentions.setdefault(entity.id, ([], [], contribution))
            for ev in entity.mentions:
                span = _span(ev)
                if span not in spans:
                    evidence.append(ev.sentence)
                    spans.append(span)
        self.mentions.extend((eid, aid, ev, sp, c) for eid, (ev, sp, c) in mentions.items())
        for relation in extraction.relations:
            rel_type = check_relationship_type(relation.type)
            if rel_type == PROVENANCE_TYPE:
                raise ValueError(f"{aid}: {rel_type} is the writer's own relationship, not a fact")
            if relation.source not in known or relation.target not in known:
                self.dangling += 1
                continue
            by_pair = self.relations.setdefault(rel_type, {})
            pair = (relation.source, relation.target)
            row = by_pair.get(pair)
            if row is None:  # (not `setdefault(pair, _RelationRow())`: a row of seven lists made for every relation)
                row = by_pair[pair] = _RelationRow()
            row.props.merge(relation.properties, date)
            if not row.article_ids or row.article_ids[-1] != aid:  # articles come one at a time
                row.article_ids.append(aid)
                self.facts.setdefault(aid, []).append(fact_key(rel_type, relation.source, relation.target))
                if date:
                    row.dates.append(date)
            for ev in relation.evidence:
                row.evidence.append(ev.sentence)
                row.evidence_articles.append(aid)
                row.evidence_spans.append(f"{ev.start}:{ev.end}")  # (_span, inline)
                row.evidence_confidence.append(float(ev.confidence))

    def _add_entity(self, entity: Entity, aid: str, date: str, partner: str | None = None) -> Contribution:
        label = merge_label(entity)
        extras = extra_labels(entity, label)
        contribution = contribution_of(entity, label, partner)
        by_id = self.entities.setdefault(label, {})
        row = by_id.get(entity.id)
        if row is None:
            row = by_id[entity.id] = _EntityRow(extras, contribution.name, date, _Props(), [], [], [])
        else:
            row.extras = tuple(sorted({*row.extras, *extras}))
        fold_contribution(row, contribution, aid, date)
        return contribution


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one article says of one entity: its name, aliases and properties as read there.

    Kept on the entity's MENTIONED_IN of that article (`read_name`,
    `read_aliases`, `read_properties`), so that unloading an article (or
    replacing it by a changed version) recomputes a surviving entity from the
    articles that remain, with the same merge rules as loading them
    (`graph.unload`): an alias or a value only the removed text gave goes too.
    """

    name: str
    aliases: tuple[str, ...]
    properties: dict[str, Any]

    def as_mention_props(self) -> dict[str, Any]:
        return {
            Prop.READ_NAME: self.name,
            Prop.READ_ALIASES: list(self.aliases),
            Prop.READ_PROPERTIES: _PROPERTIES_JSON.encode(self.properties),
        }

    @classmethod
    def from_mention(cls, name: str, aliases: list[str] | None, properties: str | None) -> Contribution:
        return cls(name, tuple(aliases or ()), json.loads(properties) if properties else {})


def _jsonable(value: Any) -> Any:
    """Dates as ISO text (as `flatten` stores them), sets as sorted lists, anything else as text."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return str(value)


_PROPERTIES_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=_jsonable)
"""What `json.dumps(..., ensure_ascii=False, sort_keys=True, default=_jsonable)` makes, without a new encoder
per call (one per mention of every article: a tenth of the bulk path's rows)."""


def contribution_of(entity: Entity, label: str, partner: str | None = None) -> Contribution:
    aliases = [a for a in entity.aliases if a]
    plain = strip_diacritics(entity.name)
    if plain != entity.name:
        aliases.append(plain)
    return Contribution(entity.name, tuple(dict.fromkeys(aliases)), with_caption(entity, label, partner))


def fold_contribution(row: _EntityRow, contribution: Contribution, aid: str, date: str) -> None:
    """Merge one article's contribution into an entity row (the rules of update_entities.cypher)."""
    if _wins(contribution.name, date, row.name, row.name_date):
        row.name, row.name_date = contribution.name, date
    row.props.merge(contribution.properties, date)
    row.aliases.extend(a for a in contribution.aliases if a not in row.aliases)
    if not row.article_ids or row.article_ids[-1] != aid:  # articles come one at a time
        row.article_ids.append(aid)
        if date:
            row.dates.append(date)


def recomputed_entity(eid: str, contributions: list[tuple[str, str, Contribution]]) -> dict[str, Any]:
    """The properties of an entity from the (date, article id, contribution) of the articles that name it,
    replayed in date order: what loading those articles alone would give (replace_entities.cypher's row)."""
    ordered = sorted(contributions, key=lambda c: (c[0], c[1]))
    row = _EntityRow((), ordered[0][2].name, ordered[0][0], _Props(), [], [], [])
    for date, aid, contribution in ordered:
        fold_contribution(row, contribution, aid, date)
    return {
        "eid": eid,
        "name": row.name,
        "name_key": fold(row.name),
        "aliases": [a for a in row.aliases if a != row.name],
        "props": {**row.props.scalars, **row.props.lists},
    }
