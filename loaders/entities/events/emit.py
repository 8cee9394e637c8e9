"""Writing the events into the `ArticleDoc`: each record's Event entity with its id and name, and its
ATTENDED, PARTICIPATED_IN, HELD_IN and ABOUT relations."""

from __future__ import annotations

import hashlib

from core.vocabulary import EventKind, Label, Prop, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.events.frames import named_as_frame, named_as_represented, travels_with_visit
from loaders.entities.events.record import EventRecord
from loaders.entities.events.words import _occasion_sort

_LABEL_VI: dict[str, str] = {
    EventKind.MEETING: "Cuộc gặp",
    EventKind.VISIT: "Chuyến thăm",
    EventKind.SIGNING: "Lễ ký kết",
    EventKind.CONFERENCE: "Hội nghị",
}


def _emit(doc: ArticleDoc, rec: EventRecord, is_main: bool, framed: frozenset[str] = frozenset()) -> None:
    principals = rec.principals or list(dict.fromkeys(p.id for p in rec.people))[:3]
    # (a signing of bodies alone is told apart by its bodies, else by its sentence: not one id for every such day)
    sides = principals or [o.id for o in rec.orgs] or [doc.sentences[min(rec.sentences)].text]
    key = "|".join(sorted(sides))
    short = hashlib.sha256(key.encode("utf-8")).hexdigest()[:6]
    people_slug = "-".join(pid.split(":", 1)[1] for pid in sorted(principals))[:60].rstrip("-")
    sort = _occasion_sort(rec.trigger)  # (the talks, the welcome and the banquet of one day: three)
    meal = {"meal": "-banquet", "welcome": "-welcome"}.get(sort, "")
    rec.id = f"event:{rec.kind}{meal}-{rec.date or 'undated'}-{people_slug}-{short}"
    names = [doc.entities[pid].name for pid in principals if pid in doc.entities]
    label = rec.trigger[0].upper() + rec.trigger[1:] if rec.trigger[:1].islower() else rec.trigger
    named = len(label.split()) > 1 and not label.startswith("Who ")  # (`who is in Seoul`: a visit, not its name)
    name = f"{label if named else _LABEL_VI[rec.kind]}: {' – '.join(names)}"
    if rec.date:
        name += f" ({rec.date})"
    first = doc.sentences[min(rec.sentences)].start
    location = ", ".join(doc.entities[p.id].name for p in rec.places[:2] if p.id in doc.entities) or None
    props = {
        Prop.KIND: rec.kind,
        Prop.DATE: rec.date,
        "end_date": rec.end_date,
        "date_precision": rec.precision,
        "location": location,
        "main": is_main or None,
    }
    doc.entity(rec.id, Label.EVENT, name, properties=props, at=first)
    for p in rec.people:
        doc.relate(RelType.ATTENDED, p.id, rec.id, at=p.start)
    for o in rec.orgs:  # (not the committee whose session it is, nor its venue, beside people of its own)
        if o.id and o.id in doc.entities and not (rec.people and _only_named(doc, rec, o, framed)):
            doc.relate(RelType.PARTICIPATED_IN, o.id, rec.id, at=o.start)
    for p in rec.people:  # each person's side is present through them
        org = doc.employer(p.id)
        if org is not None and org in doc.entities:
            doc.relate(RelType.PARTICIPATED_IN, org, rec.id, at=p.start)
    for place in rec.places[:2]:
        if place.id in doc.entities:
            doc.relate(RelType.HELD_IN, rec.id, place.id, at=place.start)
    sentences = set(rec.sentences)
    seen = set()
    for t in doc.topics:  # the main event is about what the whole article discusses
        if t.id not in seen and (is_main or doc.sentence_index(t.start) in sentences):
            seen.add(t.id)
            doc.relate(RelType.ABOUT, rec.id, t.id, at=t.start)
    doc.events.append(Span(first, first, rec.id, Label.EVENT, name, {"event": rec}))


def _only_named(doc: ArticleDoc, rec: EventRecord, body: Span, framed: frozenset[str]) -> bool:
    """Whether a body of an event that has people of its own is only named there, not a side of it: the committee
    whose session it is or its venue, a body whose unnamed leaders attended, or on a visit a side of another event its
    sentences tell (`framed`) that does not travel with it nor receive it (`frames`)."""
    if rec.kind == EventKind.VISIT and body.id in framed and not travels_with_visit(doc, body):
        return True
    return named_as_frame(doc, body) or named_as_represented(doc, body)
