"""A deputy named right after the head whose body his sentence writes (`Chairman of the Provincial People's Committee,
Mr A, Vice Chairman B and …`, `Tổng Giám đốc Tổng công ty X - ông A, cùng Phó Tổng Giám đốc B`): the head's body.

News names a body's head with the body, then his deputy by the title alone: the body goes without saying, as it
does for a second title of the same person. Read before the rules that guess a body from the page (the ministry it
is about, a body remembered from another page), which know nothing of the sentence."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc
from loaders.entities.officials.record import Role

_DEPUTY = "Phó "
"""What a deputy's title begins with in the gazetteer's Vietnamese titles (`Phó Chủ tịch`, `Phó Tổng Giám đốc`)."""
_DEPUTY_WRITTEN = re.compile(r"(?:[Vv]ice|[Dd]eputy|Phó|phó)[ -]")
"""What a deputy's title begins with as written (`Vice President`: the gazetteer reads `President` as a state's
head and `Vice President` as another title, so the written forms are compared too)."""


def _base(title: str, deputy: re.Pattern[str] | str) -> str | None:
    """The head's title a deputy's title is the deputy of (`Phó Chủ tịch`: `Chủ tịch`); None for no deputy's."""
    if isinstance(deputy, str):
        return title.removeprefix(deputy) if title.startswith(deputy) else None
    m = deputy.match(title)
    return title[m.end() :].casefold() if m else None


def _heads(head: Role, deputy: Role) -> bool:
    """Whether `head` is the title `deputy` is the deputy of: the Vietnamese title without `Phó` (or that title
    with the body's name after it, `Chủ tịch UBND` for `Phó Chủ tịch`), or the written title without `Vice`."""
    base = _base(deputy.title.title_vi, _DEPUTY)
    if base and (head.title.title_vi == base or head.title.title_vi.startswith(base + " ")):
        return True
    written = _base(deputy.form, _DEPUTY_WRITTEN)
    return bool(written) and head.form.casefold() == written


def bodies_of_deputies(doc: ArticleDoc, roles_by_person: dict[str, list[tuple[int, Role]]]) -> None:
    """Each title of a deputy that writes no body, place or field: the body of the nearest head before him in his
    sentence, another person who holds the title without `Phó` at a body written with it; left alone when the
    person holds the same title at a body elsewhere (that one is his) or no such head stands before him."""
    heads = [
        (at, pid, role)
        for pid, items in roles_by_person.items()
        for at, role in items
        if role.orgs and _base(role.title.title_vi, _DEPUTY) is None and _base(role.form, _DEPUTY_WRITTEN) is None
    ]
    if not heads:
        return
    for pid, items in roles_by_person.items():
        for at, role in items:
            title = role.title.title_vi
            if (
                (_base(title, _DEPUTY) is None and _base(role.form, _DEPUTY_WRITTEN) is None)
                or role.orgs
                or role.places
                or role.unnamed_body
                or role.field is not None
                or any(r.orgs and r.title.title_vi == title for _, r in items)
            ):
                continue
            sentence = doc.sentence_of(at)
            before = [
                (head_at, head)
                for head_at, head_pid, head in heads
                if head_pid != pid and sentence.start <= head_at < at and _heads(head, role)
            ]
            if before:
                role.orgs.append(max(before, key=lambda h: h[0])[1].orgs[0])
