"""A title whose body no stage read, closed by the place that body belongs to: `X - Tổng Thư ký Nhóm Hữu nghị tỉnh
Quảng Nam;`, `Y, Deputy Head of the Móng Cái border gate zone board, said`: the role is held in that place.

Why: the chain stops at the first word of a body the organisations stage did not read (a friendship group, a zone's
board), and the role was left with no body at all, though the place the body is of is read and closes the title.
A title that names where it is held is held there (as `Chủ tịch UBND tỉnh X` is the province's), so the place is the
role's, as it would be had the body been read. In Vietnamese only a place that ends the apposition is taken (the
title's last words before a comma, a semicolon, `và`, a full stop or the line's end, after its kind word `tỉnh`): a
place followed by more words is another thing's (a name after it, a seat, a field). In English the body's name runs
from `of the` to the apposition's end whatever it holds, so a province anywhere in it is the body's place."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.letters import UPPER

_REACH = 90  # characters after the title's last read word the body and its place may take
_UNREAD_VI = re.compile(rf" (?=[{UPPER}])")
"""A Vietnamese title's next word capitalised: a body's name the organisations stage did not read."""
_UNREAD_EN = re.compile(r" (?:of|at) (?:the )?(?=\S)")
"""An English title's `of the` or `at the` before a body the organisations stage did not read."""
_APPOSITION_END_VI = re.compile(r"[,;:.()\n]| và | [-–] ")
_APPOSITION_END_EN = re.compile(r"[,;:.()\n]| [-–] ")
"""Where an apposition's title ends (English body names hold `and`: `Trade and Investment Queensland`)."""
_CUE_VI = re.compile(r"(?:tỉnh|thành phố|TP\.?|bang|tại) $")
"""The kind word a Vietnamese province's name follows inside a body's name (`Nhóm Hữu nghị tỉnh Nghệ An`)."""


def closing_place(doc: ArticleDoc, pos: int) -> Span | None:
    """The province (or, in Vietnamese, the country) that closes the unread body after a title ending at `pos`, or
    None."""
    text = doc.text
    english = doc.article.lang == "en"
    opener = (_UNREAD_EN if english else _UNREAD_VI).match(text, pos)
    if opener is None or doc.title_at(opener.end()) is not None:
        return None
    end_at = (_APPOSITION_END_EN if english else _APPOSITION_END_VI).search(
        text, opener.end(), min(len(text), opener.end() + _REACH)
    )
    if end_at is None:
        return None
    end = end_at.start()
    if end_at.group(0) == "." and text[end - 1 : end].isupper():
        return None  # (an initial's full stop, `Dr.`, `S.A`: no end of the apposition)
    place = next((p for p in doc.within(doc.places, opener.end(), end) if p.end == end or english), None)
    if place is None:
        return None
    if any(opener.end() <= s < place.start for s in doc.titles):
        return None  # (a second title before the place: its own chain reads it)
    if place.label == Label.COUNTRY:
        return place if not english else None
    if not english and not _CUE_VI.search(text, max(0, place.start - 12), place.start):
        return None
    return place
