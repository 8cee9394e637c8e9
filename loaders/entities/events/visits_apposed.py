"""A visit told in an apposition to one of an event's people (`X held talks with President Y, who is on a three-day
visit to India`, `tiếp ông Y, …, đang trong chuyến thăm làm việc tại …`): the trip that frames the meeting is an event
of its own (docs/annotation-conventions.md, "A visit beside its meetings"), its visitor the person the apposition
follows.

Why only this shape: of the occasion clauses that name a trip, the others leave its visitor to a possessive or to
the sentence's subject (`received Y … as part of his official visit`: the host's or the guest's?); read as the guest
or the subject, they were right 1 time in 7 on the look files, where the apposition was right each time it fired."""

from __future__ import annotations

from core.vocabulary import EventKind
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.events.countries import _resident
from loaders.entities.events.record import EventRecord
from loaders.entities.events.text import _clause_end_after
from loaders.entities.events.triggers import _PLANNED_VISIT
from loaders.entities.events.visits import _visit_on
from loaders.first_letters import compile_gated

_ON_A_TRIP = compile_gated(
    r",\s*(?:who is|who was|who is currently|hiện đang|đang)\s+(?:(?:on|paying|trong|có)\s+"
    r"(?:(?:a|an|his|her|the|chuyến)\s+)?(?:[^\s,;.]+\s+){0,3}?(?:visit|trip|tour|thăm|công tác)|visiting|thăm)\b"
)
"""`Y, who is on a three-day India visit`, `Y, who is paying an official visit to …`, `Y, who is visiting Hanoi`,
`ông Y, …, đang trong chuyến thăm làm việc tại …`, `đang có chuyến công tác tại …`: the person named right before the
comma is on a trip now."""
_OTHER_TIME = compile_gated(r"\b(?:19|20)\d\d\b|\b(?:last|next|upcoming|previous|sắp tới|trước đây|năm ngoái)\b")
"""A trip of another year or not of now (`who was on a visit … in 2015`, `upcoming`): not the frame of this event."""


def _visits_apposed(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """The trip an apposition tells of one of a meeting's, talk's or signing's people, when no visit of his is read
    yet: one per visitor, on the day of the event its sentence tells; not a trip ahead or of another year, nor an
    envoy's (he lives there)."""
    if not _ON_A_TRIP.search(doc.lower):
        return []  # (a cheap test first)
    visitors = {p.id for r in records if r.kind == EventKind.VISIT for p in r.people}
    out: list[EventRecord] = []
    for rec in records:
        if rec.kind == EventKind.VISIT or not rec.people:
            continue
        for idx in sorted(rec.sentences):
            visitor = _apposed_visitor(doc, idx, {p.id for p in rec.people})
            if visitor is None or visitor.id in visitors or _resident(doc, visitor.id):
                continue
            visitors.add(visitor.id)
            out.append(_visit_on(rec, idx, [visitor]))
            break
    return out


def _apposed_visitor(doc: ArticleDoc, idx: int, attended: set[str]) -> Span | None:
    """The event's person that sentence `idx` says, in an apposition after his name and titles, is on a trip."""
    sentence = doc.sentences[idx]
    for m in _ON_A_TRIP.finditer(doc.lower, sentence.start, sentence.end):
        end = _clause_end_after(doc, m.end(), sentence.end)
        if _PLANNED_VISIT.search(doc.lower, m.start(), m.end()) or _OTHER_TIME.search(doc.lower, m.start(), end):
            continue
        before = doc.within(doc.people, sentence.start, m.start() + 1)
        if before and before[-1].id in attended:
            return before[-1]
    return None
