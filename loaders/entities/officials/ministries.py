"""A ministry named by its fields alone, without `Bộ` or `Ministry` (`Bộ trưởng Công Thương`, `Thứ trưởng Ngoại
giao Mỹ`, a foreign ministry written by its fields before its holder's name).

Its own module: reading fields word by word against the gazetteer's ministries is a job of its own, which the
chain only calls."""

from __future__ import annotations

import re

from core.text import fold
from core.vocabulary import Label
from loaders.entities import officials_en
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials.name import _WORD, _name_at
from loaders.entities.organizations import add_org_entity, fields_end_at, fields_then_place


def _more_fields(lex: Lexicon, text: str, at: int) -> int | None:
    """Where the fields of a ministry's English name that go on after `and` end (`… and International
    Cooperation`), when all the capitalised words there are fields' words; else None."""
    fields = officials_en.field_words(lex)
    end = None
    for m in _WORD.finditer(text, at):
        if m.start() != at or m.group(0) not in fields:
            break
        end = m.end()
        if text[end : end + 1] != " ":
            break
        at = end + 1
    return end


def _ministry_shorthand(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Bộ trưởng Công Thương`, `Thứ trưởng Ngoại giao Mỹ`: the ministry named without `Bộ`."""
    words = list(_WORD.finditer(doc.text, at, min(len(doc.text), at + 80)))
    # How many words can be the start of a ministry's name at all, read word by word on folded pieces (short,
    # so their folds are remembered): only those runs are folded whole, the longest first. (A run's folded
    # words are those of its pieces, the pieces meeting at a character `fold` turns into a space.)
    reach, key, prev = 0, "bo", at
    if words and words[0].group(0)[0].isupper():
        for word in words[:10]:
            key = f"{key} {fold(doc.text[prev : word.end()])}"
            if key not in lex.ministry_prefixes:
                break
            reach, prev = reach + 1, word.end()
    fields_end = fields_end_at(doc, at)
    for k in range(reach, 0, -1):
        end = words[k - 1].end()
        if not words[0].group(0)[0].isupper() or re.search(r"[;.:()]", doc.text[at:end]) or end < fields_end:
            continue  # (`Bộ trưởng Tài chính, Thương mại, Việc làm và Đào tạo X`: more fields, another ministry)
        entry = lex.ministries.get(fold("Bộ " + doc.text[at:end]))
        if entry is None:
            continue  # (a comma inside counts only in a name the gazetteer knows: `Kinh tế, Thương mại và …`)
        place = doc.span_at(doc.places, end + 1) if doc.text[end : end + 1] == " " else None
        if place is not None and place.label != Label.COUNTRY:
            place = None
        stop = place.end if place else end
        span = Span(
            at,
            stop,
            "",
            Label.ORGANIZATION,
            "Bộ " + doc.text[at:stop],
            {"head": "Bộ", "place": place, "entry": entry if place is None else None},
        )
        add_org_entity(doc, lex, span)
        doc.orgs.append(span)
        return span
    return _foreign_ministry_by_fields(doc, lex, at)


def _ministry_by_fields_then_holder(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Bộ trưởng Tài chính, Thương mại, Việc làm và Đào tạo Ros Bates`: a ministry named by fields of government no
    gazetteer lists, its country unsaid (the page's context tells it), then the name of whoever holds the title
    there: the fields end the ministry's name and the name is read after them (it was read as more fields)."""
    end = fields_end_at(doc, at)
    holder = _name_at(doc, lex, end + 1) if end > at and doc.text[end : end + 1] == " " else None
    if holder is None or " " not in doc.text[holder[0] : holder[1]]:
        return None
    span = Span(at, end, "", Label.ORGANIZATION, "Bộ " + doc.text[at:end], {"head": "Bộ", "place": None, "entry": None})
    add_org_entity(doc, lex, span)
    return span  # (the holder's post only: no mention the other stages read as a side, its country being unsaid)


def _foreign_ministry_by_fields(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Bộ trưởng Thương mại Malaysia`, `Bộ trưởng Năng lượng và Mỏ Lào`: a foreign ministry named by fields of
    government (`gazetteers/portfolio_words_vi.txt`, joined by `và` and commas) and then its country, which no
    gazetteer needs to know."""
    place = fields_then_place(doc, at)
    if place is None and doc.text[at].isupper():
        return _ministry_by_fields_then_holder(doc, lex, at)
    if place is None or place.label != Label.COUNTRY or not doc.text[at].isupper():
        return None
    name = "Bộ " + doc.text[at : place.end]
    span = Span(at, place.end, "", Label.ORGANIZATION, name, {"head": "Bộ", "place": place, "entry": None})
    add_org_entity(doc, lex, span)
    doc.orgs.append(span)
    return span
