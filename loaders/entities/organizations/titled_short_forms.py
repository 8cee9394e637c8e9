"""A body named by its short form right after a holder's title (`Tổng giám đốc PVGas`, `Chủ tịch XYZ Nguyễn Văn A`,
`President ABCCI`, `Chairman of the KLMA`): the press names many firms, agencies and chambers only by their initials,
and right after a title a word in capitals is the body the title is held at, not a word of the holder's name.

Read by both stages (Vietnamese and English) after their own names, so that a short form a head word or the
gazetteer already reads stays theirs."""

from __future__ import annotations

import re

from core.vocabulary import Label, TitleKind
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.people import person_starts

_SHORT_FORM = re.compile(r"(?: of(?: the)?)? ([A-Z][A-Za-z0-9]{1,9})(?![\w&.'’\-])")
"""After a title: `of (the)` in English, then one word of two to ten letters or digits, none of them marks, that
ends there (not `KH&CN`, `GD&ĐT`: a ministry's fields abbreviated; not `A.B`: a person's initials)."""
_MIN_CAPITALS = 2
_NOT_BODIES = frozenset(
    {"UBND", "HĐND", "CEO", "CFO", "COO", "CTO", "MC", "TV", "ASEAN", "GDP", "FDI", "ODA", "PGS", "TS", "ThS", "GS"}
    | {"TP", "TPHCM", "HCMC", "HCM", "USD", "VND", "EUR", "MoU", "MOU", "FTA", "CPTPP", "EVFTA", "RCEP", "AI", "IT"}
)
"""Capitals after a title that are no body of its own: head words written short (`Chủ tịch UBND tỉnh …`, read with
the name after them), titles (`Chairman and CEO`), academic ranks, a city's short form, currencies, documents and
terms."""
_OWN_BODY_KINDS = frozenset({TitleKind.MINISTRY, TitleKind.DIPLOMATIC, TitleKind.GOVERNMENT, TitleKind.PARTY})
"""Titles whose capitals after them name a portfolio or a country's service, not a body of their own (`Bộ trưởng
NNPTNT`: the ministry abbreviated as its fields; `Đặc phái viên TTXVN`: the agency's correspondent)."""


def short_forms_after_titles(doc: ArticleDoc, lex: Lexicon, found: list[Span], data: dict[str, object]) -> list[Span]:
    """The short forms right after a title (`Tổng giám đốc NFC`, `President of ABCCI`): a word of at least two
    capitals that no place, title, head word or body already read begins, and that the gazetteer does not know (a
    known body is read as such). Not after a minister's, an envoy's or a party's title (see `_OWN_BODY_KINDS`), nor
    before a capitalised word unless a Vietnamese name begins there (`CHOI Min-ho`, `AB Lindqvist`: a surname written
    in capitals, or initials, before a given name).
    `data` is what the stage's spans carry for a body without a head word."""
    text = doc.text
    taken = [*found, *doc.known_orgs]
    out: list[Span] = []
    for title in doc.titles.values():
        m = _SHORT_FORM.match(text, title.end())
        if m is None:
            continue
        word = m.group(1)
        start, end = m.start(1), m.end(1)
        held = lex.title(title.form)
        if (
            (held is not None and held.kind in _OWN_BODY_KINDS)
            or (
                text[end : end + 1] == " "
                and text[end + 1 : end + 2].isupper()
                and not person_starts(lex, text, end + 1)
            )
            or sum(c.isupper() for c in word) < _MIN_CAPITALS
            or word in _NOT_BODIES
            or doc.span_at(doc.places, start) is not None
            or doc.title_at(start) is not None
            or lex.org_head_re.match(text, start)
            or lex.find(word)
            or any(sp.start < end and start < sp.end for sp in [*taken, *out])
        ):
            continue
        out.append(Span(start, end, "", Label.ORGANIZATION, word, dict(data)))
    return out
