"""The party a body's name ends with (`Political Bureau of the Communist Party of China`) is a body of its own, which
the first is part of, as the Vietnamese stage reads `Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc`.

It reads a name and writes an entity, so it sits above both."""

from __future__ import annotations

import re

from core.vocabulary import RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations_en.entity import _add_entity
from loaders.entities.organizations_en.name import _read_name
from loaders.gazetteer import GazetteerEntry
from loaders.letters import UPPER


def _inner_party(doc: ArticleDoc, lex: Lexicon, span: Span, main_ministry: GazetteerEntry | None) -> None:
    """`Political Bureau of the Communist Party of China`: the party a body's name ends with is a body of its own,
    which the first is part of (as the Vietnamese stage reads `Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc`)."""
    m = _INNER_PARTY.search(doc.text, span.start, span.end)
    if m is None or not span.id or span.data.get("entry") is not None:
        return
    inner = _read_name(doc, lex, m.end(1) - len("Party"), m.end(1), "Party", m.start(1))
    if inner is None or inner.start != m.start(1) or inner.end > span.end:
        return
    _add_entity(doc, lex, inner, main_ministry)
    if inner.id and inner.id != span.id:
        doc.orgs.append(inner)
        doc.orgs.sort(key=lambda sp: sp.start)
        doc.relate(RelType.PART_OF, span.id, inner.id, at=span.start)


_INNER_PARTY = re.compile(rf" of the ((?:[{UPPER}][\w'’\-]* ){{1,3}}Party)(?![\w'’\-])")
