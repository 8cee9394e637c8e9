"""`to_document`: one file's extraction as the JSON contract of `shared/eval/README.md`.

One entry per input file: its articles (a duplicate flagged `duplicate_of`),
every entity mentioned in any of its articles (a duplicate's too: the scorer
reads per file), merged by id, and every relation with its first evidence
sentence. Entities only implied (a province's country, a merged province's
successor, a department's ministry never named) are nodes for the graph but
were not read in the file, so they are left out of `entities` — except the
body a position written in the file is held at (`Bộ trưởng X`, his ministry
remembered from an earlier article): the file states that role, and a role
whose body is missing from `entities` is a dangling edge no reader can follow
(a page read alone names the body from its caption or title; read in a batch,
the same role pointed nowhere).

The contract has one edge for taking part in an event, `ATTENDED`, and its
gold lists people and bodies alike among an event's participants; the graph
keeps them apart (an official `ATTENDED`, a ministry, province or country
`PARTICIPATED_IN` through its delegation). So a body's participation is
written with the contract's type, and the graph's type is kept beside it in
`graph_type`: a reader of the contract finds every participant under one name,
a reader who wants the graph's distinction still has it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.vocabulary import Label, RelType
from loaders.models import DocumentExtraction, Entity

CONTRACT_TYPE: dict[str, str] = {RelType.PARTICIPATED_IN: RelType.ATTENDED}
"""The graph's relationship types the contract spells otherwise (see the module's docstring)."""


def to_document(doc: DocumentExtraction) -> dict[str, Any]:
    out: dict[str, Any] = {"file": Path(doc.source).name, "articles": [], "entities": [], "relations": []}
    if doc.error:
        out["error"] = doc.error
        return out
    entities: dict[str, dict[str, Any]] = {}
    relations: dict[tuple[str, str, str], dict[str, Any]] = {}
    implied: dict[str, Any] = {}
    for ax in doc.articles:
        a = ax.article
        out["articles"].append(
            {
                "id": a.id,
                "title": a.title,
                "date": a.date,
                "source": a.outlet,
                "url": a.url,
                "lang": a.lang,
                "duplicate_of": a.duplicate_of,
            }
        )
        for e in ax.entities:
            if not e.mentions:
                implied.setdefault(e.id, e)
                continue
            _write_entity(entities, e)
        for r in ax.relations:
            if r.key not in relations:
                edge: dict[str, Any] = {
                    "type": CONTRACT_TYPE.get(r.type, r.type),
                    "from": r.source,
                    "to": r.target,
                    "properties": dict(r.properties),
                    "evidence": r.evidence[0].sentence if r.evidence else None,
                }
                if edge["type"] != r.type:
                    edge["graph_type"] = r.type
                relations[r.key] = edge
    for edge in relations.values():
        body = implied.get(edge["to"]) if edge["type"] == RelType.HOLDS_POSITION else None
        if body is not None and body.label in _ROLE_BODIES and body.id not in entities:
            _write_entity(entities, body)
    out["entities"] = list(entities.values())
    out["relations"] = list(relations.values())
    return out


_ROLE_BODIES = frozenset({Label.ORGANIZATION, Label.MINISTRY})
"""The implied bodies a written position's edge brings into `entities`: organisations only (a place or country is
one the page names or none: the page's places are the text's)."""


def _write_entity(entities: dict[str, dict[str, Any]], e: Entity) -> None:
    """An entity into the file's `entities`, merged by id (names as aliases, the first value of each property)."""
    have = entities.get(e.id)
    if have is None:
        entry: dict[str, Any] = {
            "id": e.id,
            "label": e.label,
            "name": e.name,
            "aliases": list(e.aliases),
            "properties": {k: v for k, v in e.properties.items() if v is not None},
        }
        if e.labels:
            entry["labels"] = [e.label, *e.labels]
        entities[e.id] = entry
    else:
        have["aliases"].extend(x for x in e.aliases if x not in have["aliases"])
        for k, v in e.properties.items():
            if v is not None:
                have["properties"].setdefault(k, v)
