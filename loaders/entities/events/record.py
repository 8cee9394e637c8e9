"""The record of one event as the stage reads it: its kind, words, day, people, places and how it was told.

Every step of the stage passes these records along; the type has a module of its own so that each step can name it
without importing the steps around it."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.entities.doc import Span


@dataclass(slots=True)
class EventRecord:
    kind: str
    trigger: str
    date: str | None = None
    end_date: str | None = None
    precision: str | None = None
    people: list[Span] = field(default_factory=list)  # participants as read (first sentence first)
    principals: list[str] = field(default_factory=list)  # person ids of the first mention
    places: list[Span] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    orgs: list[Span] = field(default_factory=list)
    attended: bool = False  # named as what people attended (`tham dự lễ ký kết`), not as what they did
    listed: bool = False  # one of several meetings one sentence lists, each with its own counterpart
    occasions: list[str] = field(default_factory=list)  # kinds of the events named as its occasion (`bên lề lễ ký`)
    definite: bool = False  # `the meeting`: refers back to the meeting or conference told before
    mention: bool = False  # named as where something happened (`Tại buổi làm việc`, `At the talks`), not told anew
    visitor_named: bool = False  # a visit whose visitor its own words name (`X, who is on a visit`, `visit by X`)
    anew: bool = (
        False  # told with whom (`met with Y`, `hội đàm với Y`, `received Y`), not named back (`Chương trình Hội đàm`)
    )
    again: bool = False  # told anew with `also` (`X and Z also met …`): another meeting, not the one told before
    another: bool = False  # told anew with an indefinite article (`During a working session with Y, …`): one of its own
    earlier: bool = False  # named as what came before, with its own pair (`following the talks between A and B`)
    paired: bool = False  # named with a pair of its own (`the meeting between A and B`, `cuộc hội đàm giữa A và B`)
    recounted: bool = (
        False  # whose outcome is reported (`briefed his host on the outcome of talks with …`): held before
    )
    guests: list[str] = field(default_factory=list)  # person ids later sentences told it with, besides its principals
    id: str = ""
    origin: str = ""  # the rule that made it, and `+` each that gave it its people (an audit's, never written)


def marked(records: list[EventRecord], origin: str) -> list[EventRecord]:
    """`records`, each marked as made by the rule `origin`: what an audit of the rules counts (`scripts/
    rule_families.py`, per rule: made, right, wrong), never written out."""
    for rec in records:
        rec.origin = origin
    return records
