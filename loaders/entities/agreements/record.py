"""The record an agreement mention is read into (`Mention`: its type, title, parties, status, date and key).

Every other module of the stage passes it around, so it lives at the bottom, apart from the rules that fill it."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.vocabulary import AgreementStatus


@dataclass(slots=True)
class Mention:
    type: str
    start: int
    end: int  # end of the title
    title: str
    parties: list[str] = field(default_factory=list)
    status: str = AgreementStatus.UNKNOWN
    status_default: bool = False  # the type's default (an FTA in force), not read from the text
    date: str | None = None
    precision: str | None = None
    key: str = ""  # title without parties, folded: what bare mentions merge on
    event: str | None = None
    merged: list[Mention] = field(default_factory=list)
    span: tuple[int, int] = (-1, -1)  # where this mention's own title stands (`start` moves to a merged one's)
    ahead: bool = False  # a reference back read before any document of its kind: perhaps to the one told next
    another: bool = False  # told as one more (`another MoU with X`): never a document read before it

    def __post_init__(self) -> None:
        self.span = (self.start, self.end)
