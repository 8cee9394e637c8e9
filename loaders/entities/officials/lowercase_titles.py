"""Vietnamese titles written all in lowercase in an apposition, right before the body they are held at (`ông X,
tổng giám đốc Công ty Y`, `đồng chí Z – Phó bí thư, phó tỉnh trưởng tỉnh W`, `…, thị trưởng thành phố V T`).

Why: titles are found as the gazetteer writes them (a capital first, `Phó bí thư` with the words after the first in
lowercase); many outlets write a title in an apposition in lowercase. Reading every lowercase title anywhere would
read prose (`các phó chủ tịch`, `chức thị trưởng`), so a lowercase title is read only where both its edges say it
is one: after an apposition's comma or dash, and right before a body or a province the other stages read."""

from __future__ import annotations

import functools

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc
from loaders.entities.lexicon import Lexicon, TitleMatch

_REACH = 40  # characters before a body a lowercase title may start at
_PLACE_KINDS = (" tỉnh", " thành phố", " TP.", " TP", " bang", " huyện", " quận", " châu")
"""A place's kind word between a title and the place's name (`phó tỉnh trưởng tỉnh X`): read with the place."""
_OPENERS = (", ", "- ", "– ")


@functools.lru_cache(maxsize=4)
def _lowercase_forms(lex: Lexicon) -> dict[str, str]:
    """Every Vietnamese title form in lowercase, to the form the lexicon knows it by."""
    out: dict[str, str] = {}
    for form in lex.titles:
        if not form.isascii() and form.lower() != form:
            out.setdefault(form.lower(), form)
    return out


def lowercase_titles(doc: ArticleDoc, lex: Lexicon) -> None:
    """Adds to `doc.titles` the lowercase titles that stand between an apposition's comma or dash and a body or a
    province (with its kind word) the other stages read."""
    if doc.article.lang != "vi":
        return
    forms = _lowercase_forms(lex)
    text = doc.text
    bodies = [*doc.orgs, *(p for p in doc.places if p.label == Label.PROVINCE)]
    for body in bodies:
        end = body.start - 1
        if end < 2 or text[end] != " ":
            continue
        for kind in _PLACE_KINDS if body.label == Label.PROVINCE else ():
            if text.endswith(kind, 0, end):
                end -= len(kind)
                break
        window = max(0, end - _REACH)
        cut = max(text.rfind(opener, window, end) for opener in _OPENERS)
        if cut < 0:
            continue
        start = cut + 2
        form = forms.get(text[start:end])
        if form is None or not text[start].islower():
            continue
        if any(s < end and start < t.end() for s, t in doc.titles.items() if abs(s - start) < _REACH * 2):
            continue  # (a title read there already)
        doc.titles[start] = TitleMatch(start, end, form)
