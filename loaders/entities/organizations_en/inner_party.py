"""The party a body's name ends with (`Political Bureau of the Communist Party of China`) is a body of its own, which
the first is part of, as the Vietnamese stage reads `Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc`; so is the
body a board's name ends with (`Board of the X Commodity Exchange`).

It reads a name and writes an entity, so it sits above both."""

from __future__ import annotations

import re

from core.vocabulary import RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations_en.entity import _add_entity
from loaders.entities.organizations_en.heads import _KIND_BY_HEAD
from loaders.entities.organizations_en.name import _read_name
from loaders.gazetteer import GazetteerEntry
from loaders.letters import UPPER


def _inner_party(doc: ArticleDoc, lex: Lexicon, span: Span, main_ministry: GazetteerEntry | None) -> None:
    """`Political Bureau of the Communist Party of China`: the party a body's name ends with is a body of its own,
    which the first is part of (as the Vietnamese stage reads `Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc`);
    `Board of the X Commodity Exchange`, `Board of Directors of Y Group`: a board's body, named after it, alike."""
    if not span.id or span.data.get("entry") is not None:
        return
    m = _INNER_PARTY.search(doc.text, span.start, span.end)
    head = "Party"
    if m is None and span.data.get("head") == "Board":
        m = _BOARD_OF.match(doc.text, span.start, span.end)
        head = m.group(2) if m is not None else head
    if m is None:
        return
    inner = _read_name(doc, lex, m.end(1) - len(head), m.end(1), head, m.start(1))
    if inner is None or inner.start != m.start(1) or inner.end > span.end:
        return
    _add_entity(doc, lex, inner, main_ministry)
    if inner.id and inner.id != span.id:
        doc.orgs.append(inner)
        doc.orgs.sort(key=lambda sp: sp.start)
        doc.relate(RelType.PART_OF, span.id, inner.id, at=span.start)


_INNER_PARTY = re.compile(rf" of the ((?:[{UPPER}][\w'’\-]* ){{1,3}}Party)(?![\w'’\-])")
_BOARD_OF = re.compile(
    rf"(?:[{UPPER}][\w'’\-]* )*Board(?: of (?:Directors|Management|Trustees))? of (?:the )?((?:[{UPPER}][\w'’&\-]* )"
    rf"{{0,5}}("
    + "|".join(sorted((re.escape(h) for h in _KIND_BY_HEAD if h != "Board"), key=len, reverse=True))
    + r"))$"
)
"""A board of a body whose name ends the board's (`Board of the X Commodity Exchange`, `Board of Directors of Y
Group`): the body, in group 1, and its head, in group 2."""
