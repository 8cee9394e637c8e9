"""A subject that is a party when no signing verb is read: two parties joined by `and` before a document
they carry out (`Hai Phong và Kagoshima đã triển khai hiệu quả Bản ghi nhớ`), the body a sentence opens with
(`sentence_subject`), the body or place the page's delegation is from (`delegation_body`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from loaders.entities.agreement_parties.clauses import _PLACE_KINDS, _SUBJECT_OPENING, _clause_start
from loaders.entities.agreement_parties.mentions import _ids, party_ids
from loaders.entities.agreement_parties.outermost import outermost
from loaders.entities.agreement_parties.spans import _party_spans
from loaders.entities.cities import UNIT_BELOW_PROVINCE
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated

_OF_KIND = rf"[’']s\s+(?:[a-z]+\s+){{0,2}}(?:{_PLACE_KINDS})\s+of\s"
"""`’s central city of `: a country's place of a kind, named after it."""
_OWNED = rf"[’']s\s+(?:(?:[a-z]+\s+){{0,2}}(?:{_PLACE_KINDS})\s+of\s+)?"
"""`’s `, `’s central city of `: a country's party named after it (`Australia’s Victoria state`)."""
_AND = re.compile(
    rf"\s+(?:và|and)\s+(?:(?:tỉnh|thành phố|TP\.?|{UNIT_BELOW_PROVINCE}|bang|vùng|the)\s+)?"
    + rf"(?:[A-Z][\w-]+(?: [A-Z][\w-]+)?{_OWNED}\s*)?"
)
"""What joins two parties of one subject: `and`, a classifier, or the second's country and kind (`Khon Kaen and
Vietnam’s central city of Da Nang`, `Hanoi and Australia’s Victoria state`)."""
_PREDICATE = re.compile(
    r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"  # (`A and the Lao capital of Vientiane held …`)
    r"(?:\s+(?:on|in)\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:,\s*\d{4})?|\d{4})\s*,?)?"  # (`A and B on May 3 held …`)
    r"\s+(?:(?:have|has|had|will|would|đã|sẽ|đang|vẫn|cùng|luôn|đều)\s+)*"
    r"(?!(?:in|on|at|for|from|to|of|with|by|during|since|under|between|via|tại|ở|trong|vào|từ|với|của)\b)[a-zđ]"
)
"""What follows a clause's subject: its verb (with auxiliaries), not a preposition (`flights between A and B in
2015`: no subject there)."""
_NOT_SUBJECT_BEFORE = re.compile(r"\b(?:between|from|to|giữa|từ|đến)\s+(?:the\s+)?$", re.I)


_QUALIFYING_COUNTRY = re.compile(_OWNED + r"(?=[A-ZĐ])")
_HAS_RELATION = re.compile(r"\b(?:có|thiết lập|xác lập|nâng cấp)\s+(?:mối\s+)?(?:quan hệ\s+)?(?:lên\s+)?$", re.I)
"""`A và B có (mối) quan hệ`, `thiết lập quan hệ`: the relation a partnership's subject has, not one it talks of."""


def _coordinated_subject(doc: ArticleDoc, s_start: int, start: int, titles: Sequence[tuple[int, int]]) -> list[str]:
    """`Vietnam and China have cooperated effectively in the Fisheries Agreement …`, `Hai Phong và Kagoshima đã
    triển khai hiệu quả Bản ghi nhớ …`: a document no signing names, in a clause whose subject is two parties
    joined by `and`, is theirs (its nearest such subject before it, no other document between)."""
    clause = _clause_start(doc, s_start, start)
    if any(clause <= a < start for a, _ in titles):
        return []
    spans = [sp for sp in _party_spans(doc, clause, start) if not _QUALIFYING_COUNTRY.match(doc.text, sp.end)]
    for left, right in reversed(list(pairwise(spans))):
        if (
            _AND.fullmatch(doc.text, left.end, right.start)
            and _PREDICATE.match(doc.text, right.end)
            and not _NOT_SUBJECT_BEFORE.search(doc.text, max(0, left.start - 12), left.start)
        ):
            ids = _ids(doc, [left, right])
            return ids if len(ids) >= 2 else []
    return []


def sentence_subject(doc: ArticleDoc, at: int) -> list[str]:
    """The body or place a sentence opens with, its subject (`The MoIT, carrying out …, has had … through the
    signing of Memoranda … with A, B and C`), when the sentence opens with one; else none."""
    sentence = doc.sentence_of(at)
    opening = _SUBJECT_OPENING.match(doc.text, sentence.start)
    first = outermost(doc, sentence.start, at)[:1]
    if not first or opening is None or first[0].start != opening.end():
        return []
    return party_ids(doc, first[0])


_DELEGATION_OF = compile_gated(r"\b[Đđ]oàn\s+(?:công tác|đại biểu|cấp cao)(?:\s+cấp cao)?\s+(?:của\s+)?")


def delegation_body(doc: ArticleDoc) -> list[str]:
    """The body or place the page's delegation is from, as the page first names it (`Đoàn công tác của Bộ Ngoại
    giao thăm …`, `Đoàn công tác tỉnh X do …`): who `Đoàn` stands for as a clause's subject."""
    for m in _DELEGATION_OF.finditer(doc.text):
        named = outermost(doc, m.end(), m.end() + 1)
        if named and named[0].start == m.end():
            return _ids(doc, named[:1])
    return []
