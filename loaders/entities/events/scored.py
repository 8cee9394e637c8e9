"""A learned last word on events: every event the rules made is kept or dropped by a logistic regression trained on
the real set's look gold; it never adds one.

Why: the event rules read a trigger and its sentence's people; on pages nobody here wrote they also make events the
gold does not have (a meeting planned or told as background, a second reading of one meeting, a visit beside the
meetings it held), and rules written for one page's wording stopped transferring. The scorer weighs only general
shapes (the trigger's kind, where the event's sentence stands, tense and modality cues, its date against the page's,
how many people and bodies it has, whether they take part in another event of the page or of the same day, how it
was told), never a word or name of one article, so what it learned carries to other pages.

It runs after the agreements stage and before the party scorer (which reads the signings' participants): an event
dropped takes its relations (`ATTENDED`, `PARTICIPATED_IN`, `HELD_IN`, `ABOUT`, `SIGNED_AT`) and its span in
`doc.events` with it. Its weights and threshold are `loaders/gazetteers/event_scorer.json`, written by
`scripts/train_event_scorer.py` (which says how to retrain them); a threshold of 0 drops nothing.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from typing import Any

from core.vocabulary import EventKind, RelType
from loaders.entities.doc import ArticleDoc
from loaders.entities.events import scored_attendees
from loaders.entities.events.record import EventRecord
from loaders.entities.learned import GAZETTEERS, LinearScorer
from loaders.first_letters import compile_gated

WEIGHTS = GAZETTEERS / "event_scorer.json"

FEATURES: tuple[str, ...] = (
    "bias",
    "english",
    "meeting",
    "visit",
    "signing",
    "conference",
    "meal",  # a banquet or a welcome ceremony (`-banquet`, `-welcome` events beside the talks of their day)
    "main",  # the page's main event (the stage's choice)
    "headline",  # first told in the headline
    "lead",  # first told in the lead (the sentences right after the headline)
    "position",  # where its first sentence stands in the page (0 the top, 1 the end)
    "sentences",  # how many sentences tell it, scaled
    "quoted",  # its first sentence quotes someone
    "future",  # its first sentence speaks of what is planned or ahead (`sẽ`, `dự kiến`, `will`, `is expected to`)
    "past",  # its first sentence speaks of the past as background (`năm ngoái`, `trước đó`, `last year`, `earlier`)
    "dated",
    "day",  # dated to the day
    "page_month",  # in the page's own month
    "page_day",  # on the page's own day or the day before
    "before_page",  # more than a month before the page's date
    "after_page",  # after the page's date
    "other_year",  # of another year than the page's
    "no_people",
    "people",  # how many people attend it, scaled
    "one_person",
    "bodies",  # how many bodies take part, scaled
    "people_elsewhere",  # the share of its people who attend another event of the page
    "duplicate",  # another event of the page shares its month and half its people or more
    "same_day",  # another event of the page is on its date
    "same_kind",  # another event of the page is of its kind
    "events",  # how many events the page has, scaled
    "only_event",
    "place",  # it has a place
    "document",  # a document was signed at it
    "definite",  # named back (`the meeting`)
    "mention",  # named as where something happened (`Tại buổi làm việc`)
    "anew",  # told with whom (`met with Y`)
    "listed",  # one of several meetings a sentence lists
    "attended",  # named as what people attended
    "again",  # told anew with `also`
    "earlier",  # named as what came before, with its own pair
    "paired",  # named with a pair of its own
    "recounted",  # whose outcome is reported
    "visitor_named",  # a visit whose visitor its own words name
    "occasion",  # told on the occasion of another event (`bên lề lễ ký`)
)

_KINDS: dict[str, str] = {EventKind.MEETING: "meeting", EventKind.VISIT: "visit", EventKind.SIGNING: "signing"}
_FLAGS = ("definite", "mention", "anew", "listed", "attended", "again", "earlier", "paired", "recounted")
_QUOTE = compile_gated(r"[\"“”]|\b(?:said|says|nói|cho biết|khẳng định|nhấn mạnh|chia sẻ)\b", re.I)
_FUTURE = compile_gated(
    r"\b(?:sẽ|dự kiến|sắp tới|sắp|tới đây|kế hoạch|will|shall|is expected to|are expected to|is scheduled|are "
    r"scheduled|is set to|are set to|plans? to|planned|upcoming|next (?:week|month|year)|to be held)\b",
    re.I,
)
_PAST = compile_gated(
    r"\b(?:năm ngoái|năm trước|trước đó|trước đây|từng|đã từng|vừa qua|last (?:year|month)|earlier|previously|"
    r"in the past|had (?:met|visited|signed|held)|ago)\b",
    re.I,
)
_MONTH = re.compile(r"\d{4}-\d{2}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


@dataclass(slots=True)
class Row:
    """One event the rules made, with its named features."""

    event: str
    features: dict[str, float]


Scorer = LinearScorer
"""The events' and the attendees' scorers: a weight for each feature and the threshold on the probability."""


@functools.cache
def _shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return data


@functools.cache
def shipped_scorer() -> Scorer:
    """The events' scorer of the weights file (read once per process: built again for every page, its weights were
    a fifth of this stage's time)."""
    data = _shipped()
    weights = data["weights"]
    return Scorer({name: float(weights[name]) for name in FEATURES}, float(data["threshold"]))


@functools.cache
def shipped_attendee_scorer() -> Scorer:
    """The attendees' scorer of the weights file (`scored_attendees`; read once per process, as the events')."""
    data = _shipped()["attendees"]
    weights = data["weights"]
    return Scorer({name: float(weights[name]) for name in scored_attendees.FEATURES}, float(data["threshold"]))


def score_events(doc: ArticleDoc) -> None:
    """The stage: the events scoring below the threshold dropped, then the people scoring above the attendees'
    threshold added to the events kept (`scored_attendees`)."""
    if not doc.events:
        return
    drop_scored_events(doc)
    attendees = shipped_attendee_scorer()
    scored_attendees.add_attendees(doc, attendees.weights, attendees.threshold)


def drop_scored_events(doc: ArticleDoc, scorer: Scorer | None = None) -> None:
    """Each event the rules made whose probability of being right is below the threshold, dropped with its
    relations."""
    if not doc.events:
        return
    scorer = scorer or shipped_scorer()
    if scorer.threshold <= 0.0:
        return
    gone = {row.event for row in rows(doc) if scorer.probability(row.features) < scorer.threshold}
    if gone:
        drop(doc, gone)


def drop(doc: ArticleDoc, gone: set[str]) -> None:
    """The events `gone` taken out of the page: their entities, every relation to or from them, their spans."""
    for event in gone:
        doc.entities.pop(event, None)
    for key in [k for k in doc.relations if k[1] in gone or k[2] in gone]:
        del doc.relations[key]
    doc.events = [sp for sp in doc.events if sp.id not in gone]


def rows(doc: ArticleDoc) -> list[Row]:
    """Every event of the page (in the order the stage wrote them) with its features."""
    records: dict[str, EventRecord] = {}
    for sp in doc.events:
        rec = sp.data.get("event")
        if isinstance(rec, EventRecord) and sp.id in doc.entities and sp.id not in records:
            records[sp.id] = rec
    if not records:
        return []
    people: dict[str, set[str]] = {event: set() for event in records}
    bodies: dict[str, set[str]] = {event: set() for event in records}
    places: set[str] = set()
    documents: set[str] = set()
    for rel_type, source, target in doc.relations:
        if rel_type == RelType.ATTENDED and target in people:
            people[target].add(source)
        elif rel_type == RelType.PARTICIPATED_IN and target in bodies:
            bodies[target].add(source)
        elif rel_type == RelType.HELD_IN and source in records:
            places.add(source)
        elif rel_type == RelType.SIGNED_AT and target in records:
            documents.add(target)
    page = doc.article.date or ""
    n_sentences = max(1, len(doc.sentences) - 1)
    english = 1.0 if doc.article.lang == "en" else 0.0
    out: list[Row] = []
    for event, rec in records.items():
        props = doc.entities[event].properties
        date = str(props.get("date") or "")
        f: dict[str, float] = {"bias": 1.0, "english": english}
        f[_KINDS.get(rec.kind, "conference")] = 1.0
        if event.startswith(("event:meeting-banquet", "event:meeting-welcome")) or "-banquet-" in event:
            f["meal"] = 1.0
        f["main"] = 1.0 if props.get("main") else 0.0
        first = min(rec.sentences)
        f["headline"] = 1.0 if first == 0 else 0.0
        f["lead"] = 1.0 if 0 < first <= 2 else 0.0
        f["position"] = min(1.0, first / n_sentences)
        f["sentences"] = min(1.0, math.log1p(len(set(rec.sentences))) / 3.0)
        text = doc.sentences[first].text
        f["quoted"] = 1.0 if _QUOTE.search(text) else 0.0
        f["future"] = 1.0 if _FUTURE.search(text) else 0.0
        f["past"] = 1.0 if _PAST.search(text) else 0.0
        _dates(f, date, str(props.get("date_precision") or ""), page)
        mine = people[event]
        f["no_people"] = 1.0 if not mine else 0.0
        f["one_person"] = 1.0 if len(mine) == 1 else 0.0
        f["people"] = min(1.0, math.log1p(len(mine)) / 3.0)
        f["bodies"] = min(1.0, math.log1p(len(bodies[event])) / 3.0)
        others = [o for o in records if o != event]
        elsewhere = set().union(*(people[o] for o in others)) if others else set()
        f["people_elsewhere"] = len(mine & elsewhere) / len(mine) if mine else 0.0
        f["duplicate"] = 1.0 if any(_duplicate(date, mine, _date_of(doc, o), people[o]) for o in others) else 0.0
        f["same_day"] = 1.0 if date and any(_date_of(doc, o) == date for o in others) else 0.0
        f["same_kind"] = 1.0 if any(records[o].kind == rec.kind for o in others) else 0.0
        f["events"] = min(1.0, math.log1p(len(records)) / 3.0)
        f["only_event"] = 1.0 if not others else 0.0
        f["place"] = 1.0 if event in places else 0.0
        f["document"] = 1.0 if event in documents else 0.0
        for flag in _FLAGS:
            if getattr(rec, flag):
                f[flag] = 1.0
        f["visitor_named"] = 1.0 if rec.visitor_named else 0.0
        f["occasion"] = 1.0 if rec.occasions else 0.0
        out.append(Row(event, f))
    return out


def _date_of(doc: ArticleDoc, event: str) -> str:
    return str(doc.entities[event].properties.get("date") or "")


def _duplicate(date: str, mine: set[str], other_date: str, theirs: set[str]) -> bool:
    """Two events of one month (or both undated) whose people overlap by half of the smaller set or more."""
    if date[:7] != other_date[:7] or not mine or not theirs:
        return False
    return 2 * len(mine & theirs) >= min(len(mine), len(theirs))


def _dates(f: dict[str, float], date: str, precision: str, page: str) -> None:
    """The event's date against the page's own (`date` and `page` ISO, of any precision)."""
    if not date:
        return
    f["dated"] = 1.0
    f["day"] = 1.0 if precision == "day" or len(date) == 10 else 0.0
    if not _MONTH.match(page) or not _MONTH.match(date):
        return
    f["page_month"] = 1.0 if date[:7] == page[:7] else 0.0
    f["other_year"] = 1.0 if date[:4] != page[:4] else 0.0
    if _DAY.match(date) and _DAY.match(page):
        days = _ordinal(page) - _ordinal(date)
        f["page_day"] = 1.0 if 0 <= days <= 1 else 0.0
        f["before_page"] = 1.0 if days > 31 else 0.0
        f["after_page"] = 1.0 if days < 0 else 0.0
    else:
        f["before_page"] = 1.0 if date[:7] < page[:7] and f["page_month"] == 0.0 and _months(page, date) > 1 else 0.0
        f["after_page"] = 1.0 if date[:7] > page[:7] else 0.0


def _ordinal(iso: str) -> int:
    """Days since an epoch, near enough for differences of a few months (no calendar library needed)."""
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    return year * 372 + month * 31 + day


def _months(later: str, earlier: str) -> int:
    return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7]) - int(earlier[5:7])
