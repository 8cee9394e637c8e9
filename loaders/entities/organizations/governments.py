"""Governments, fronts and parties: the country that ends a party's name in sentence case, a front's name and
its place, a local government abroad, `Liên Chính phủ` inside a committee's name.

Kept apart so that the rules for bodies of state and party can be read and grown together."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.people import foreign_person_at, person_starts
from loaders.entities.organizations.stops import _two_word_stop
from loaders.entities.organizations.words import (
    _CHAPTER_CUE,
    _FRONT_HEAD,
    _LOCAL_KIND,
    _LOCAL_NAME,
    _MAX_FRONT_WORDS,
    _STOP,
    _TOKEN,
)

_PARTY_WORD = re.compile(r" ([^\W\d_][\w\-]*)")
_PARTY_NAME_BREAKS = frozenset({"của", "và", "với", "tại", "ở", "đã", "sẽ", "là", "được", "cho", "đến", "từ", "trong"})
_MAX_PARTY_WORDS = 6


def _party_of_country(doc: ArticleDoc, head_end: int) -> Span | None:
    """The country that ends a party's name written in sentence case (`Đảng Dân chủ tự do Nhật Bản`, `Đảng Nhân dân
    cách mạng Lào`): a capitalised word, then at most five more words of any case, no punctuation and no word that
    goes on with the sentence (`của`, `và`, `tại` …). Its lowercase words (`chủ`, `mạng`) would end the name
    elsewhere; a party is named by its country, which the press writes last."""
    pos, words = head_end, 0
    while words < _MAX_PARTY_WORDS:
        m = _PARTY_WORD.match(doc.text, pos)
        if m is None or (words == 0 and not m.group(1)[0].isupper()) or m.group(1) in _PARTY_NAME_BREAKS:
            return None
        place = doc.span_at(doc.places, m.start(1))
        if place is not None:
            return place if words and place.label == Label.COUNTRY else None
        words += 1
        pos = m.end()
    return None


def _front_name(doc: ArticleDoc, lex: Lexicon, head_end: int) -> tuple[int, Span | None, str] | None:
    """The end, the place that ends the name (a country, or a province whose chapter it is) and the name without
    the chapter, of a front named after its head: words of any case, countries among them, up to punctuation, a
    word that goes on with the sentence, a title or a person's name (`Mặt trận Lào xây dựng đất nước Sinlavong X`);
    `tỉnh X` after the name is that province's chapter (`Mặt trận Tổ quốc Việt Nam tỉnh An Giang`)."""
    text = doc.text
    pos = end = head_end
    place: Span | None = None
    words = 0
    while words < _MAX_FRONT_WORDS:
        m = _TOKEN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if m is None:
            break
        here, tok = m.start(), m.group(0)
        at_place = doc.span_at(doc.places, here)
        cue = _CHAPTER_CUE.match(text, pos) if words else None
        chapter = (doc.span_at(doc.places, cue.end()) or doc.span_at(doc.places, here)) if cue else None
        if chapter is not None and chapter.label == Label.PROVINCE:
            return chapter.end, chapter, text[head_end - len(_FRONT_HEAD) : end]
        if at_place is not None:
            place, pos = at_place, at_place.end
            end, words = pos, words + 1
            continue
        if (
            tok in _STOP  # (capitalised, `Tổ` is a word of the name: `Mặt trận Tổ quốc`, not of `tổ chức`)
            or _two_word_stop(text, here)
            or doc.title_at(here)
            or (words and tok[0].isupper() and (person_starts(lex, text, here) or foreign_person_at(text, here)))
            or (not words and not tok[0].isupper())
        ):
            break
        place, pos = None, m.end()
        end, words = pos, words + 1
    return (end, place, "") if words else None


def _local_government_abroad(doc: ArticleDoc, head_end: int) -> tuple[int, str, Span | None] | None:
    """The end, the place's name when no stage read it, and the place when one did, of a local government abroad
    named by its kind of place and the place (`Chính quyền nhân dân châu X`, `… thành phố X`)."""
    kind = _LOCAL_KIND.match(doc.text, head_end)
    if kind is None:
        return None
    place = doc.span_at(doc.places, kind.end())
    if place is not None:
        return place.end, "", place
    name = _LOCAL_NAME.match(doc.text, kind.end())
    return (name.end(), name.group(0), None) if name is not None else None


def _intergovernmental(text: str, at: int, previous: str) -> bool:
    """`Liên Chính phủ` (intergovernmental): a word of a committee's name, not the Government named inside it."""
    return previous.lower() == "liên" and text.startswith(("Chính phủ", "chính phủ"), at)
