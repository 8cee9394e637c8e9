"""Ports named as bodies (`Cảng Hải Phòng`, `Cảng Kobe Nhật Bản`): a port written with its capital and then its
capitalised name is the port's company or authority, which signs memorandums and receives delegations as a body
does; `cảng Đà Nẵng` in lowercase is the place and stays unread.

Read apart from the head words (`ORG_HEADS`), for inside another body's name `Cảng` is a word of that name (`Cơ quan
Hàng hải và Cảng X`, `Công ty Bến Cảng Y`) and must not end it."""

from __future__ import annotations

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.people import person_starts
from loaders.entities.organizations.words import _CAP_TOKEN, _PORT

_HEAD = "Cảng"
_MAX_NAME_WORDS = 4


def ports(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """The ports named after `Cảng` that no body read holds: its capitalised words up to four, stopping before a
    person's name, a title or another body's head (`Cảng X Nguyễn Văn A`); the place they end with is the port's
    (`Cảng Hải Phòng`: a province's; `Cảng Kobe Nhật Bản`: its country after its name)."""
    text = doc.text
    out: list[Span] = []
    for m in _PORT.finditer(text):
        start = m.start()
        if any(sp.start <= start < sp.end for sp in [*found, *out]):
            continue
        end = pos = m.end() + 1
        for _ in range(_MAX_NAME_WORDS):
            place = doc.span_at(doc.places, pos)
            word = _CAP_TOKEN.match(text, pos)
            if place is not None:  # (`Cảng Cửa Lò Nguyễn Văn A`: the place whole, though a surname begins it)
                end = place.end
            elif (
                word is None
                or not word.group(0)[0].isupper()
                or doc.title_at(pos) is not None
                or lex.org_head_re.match(text, pos)
                or (end > m.end() + 1 and person_starts(lex, text, pos))
            ):
                break
            else:
                end = word.end()
            if text[end : end + 1] != " ":
                break
            pos = end + 1
        if end == m.end() + 1:
            continue
        place = next(
            (p for p in doc.within(doc.places, m.end() + 1, end) if p.end == end),
            None,
        )
        out.append(
            Span(start, end, "", Label.ORGANIZATION, text[start:end], {"head": _HEAD, "place": place, "entry": None})
        )
    return out
