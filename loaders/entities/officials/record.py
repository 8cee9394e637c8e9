"""The records a title chain is read into: a `Role` (a title with the bodies, places and seat it is held at) and a
`Chain` (the roles of one run of titles and the name they are given to).

Every other module of the stage passes these around, so they live at the bottom, apart from the rules that fill
them."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.entities.doc import Span
from loaders.gazetteer import Title


@dataclass(slots=True)
class Role:
    title: Title
    orgs: list[Span] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)
    seat: Span | None = None  # where a diplomat serves (`tại …`, `in …`), not whose
    unnamed_body: bool = False  # `Mayor of Fresno`: of a place or body no gazetteer knows, so of no other one
    field: tuple[int, int] | None = None  # `Minister of Commerce`: a ministry's field no country was said for
    form: str = ""  # the title as written (`Premier`: a state's head as well as China's head of government)


@dataclass(slots=True)
class Chain:
    start: int
    end: int
    roles: list[Role]
    name: tuple[int, int] | None = None
