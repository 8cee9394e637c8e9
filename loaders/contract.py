"""`to_document`: one file's extraction as the JSON contract of `shared/eval/README.md`.

One entry per input file: its articles (a duplicate flagged `duplicate_of`),
every entity mentioned in any of its articles (a duplicate's too: the scorer
reads per file), merged by id, and every relation with its first evidence
sentence. Entities only implied (a province's country, a merged province's
successor, a department's ministry never named) are nodes for the graph but
were not read in the file, so they are left out of `entities`.

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

from core.vocabulary import RelType
from loaders.models import DocumentExtraction

CONTRACT_TYPE: dict[str, str] = {RelType.PARTICIPATED_IN: RelType.ATTENDED}
"""The graph's relationship types the contract spells otherwise (see the module's docstring)."""


def to_document(doc: DocumentExtraction) -> dict[str, Any]:
    out: dict[str, Any] = {"file": Path(doc.source).name, "articles": [], "entities": [], "relations": []}
    if doc.error:
        out["error"] = doc.error
        return out
    entities: dict[str, dict[str, Any]] = {}
    relations: dict[tuple[str, str, str], dict[str, Any]] = {}
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
                continue
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
    out["entities"] = list(entities.values())
    out["relations"] = list(relations.values())
    return out
