"""Documents no signing names, whose sides a relation or a holder tells: `a memorandum on A-B friendly
ties`, `mối quan hệ giữa hai tỉnh A và B … thông qua Bản thỏa thuận`, `the prefecture is implementing an
agreement with the Ministry of …`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.vocabulary import Label
from loaders.entities.agreement_parties.countries import body_country
from loaders.entities.agreement_parties.mentions import _ids
from loaders.entities.agreement_parties.outermost import outermost
from loaders.entities.agreement_parties.spans import _party_spans, clause_end
from loaders.entities.agreement_parties.unnamed import _with_unnamed_bodies
from loaders.entities.agreement_parties.words import _GIUA, _WITH_AFTER_HEAD
from loaders.entities.doc import ArticleDoc, Span

_PAIR_RELATION = re.compile(
    r"\s*(?:(?:friendly|friendship|bilateral)\s+)?(?:ties|relations?|relationship|friendship|sister[- ]cit(?:y|ies)"
    r"|twinning|quan hệ|hữu nghị|kết nghĩa)\b(?!\s+(?-i:[A-Z]))",
    re.I,
)
_PAIR_LEAD = re.compile(r"\s*(?:the\s+)?(?:[a-z]+\s+)?$")


def _pair_of_the_relation(doc: ArticleDoc, at: int, end: int) -> list[str]:
    """`memorandum on Ulaanbaatar-Hanoi friendly ties`, `an MoU on A-B sister city relations`: a subject that is the
    ties of two places joined by a dash names the document's two sides (a place the subject only mentions, `on the
    construction of the Lao National Assembly building`, or their `port cooperation`, does not)."""
    spans = [sp for sp in outermost(doc, at, end) if sp.label in (Label.COUNTRY, Label.PROVINCE)]
    if len(spans) < 2 or not _PAIR_LEAD.fullmatch(doc.text, at, spans[0].start):
        return []
    first, second = spans[0], spans[1]
    if not re.fullmatch(r"\s*[-–]\s*", doc.text[first.end : second.start]):
        return []
    words = re.match(r"(?:\s+[a-z][\w-]*){0,2}?(?=" + _PAIR_RELATION.pattern + ")", doc.text[second.end : end], re.I)
    if words is None:
        return []
    ids = _ids(doc, [first, second])
    return ids if len(ids) == 2 else []


_RELATION_BEFORE = re.compile(
    r"(?:quan hệ|hợp tác|hữu nghị|kết nghĩa|relations?|relationship|ties|cooperation|friendship|partnership)\s+$", re.I
)


def _between_before(doc: ArticleDoc, s_start: int, start: int, titles: Sequence[tuple[int, int]]) -> list[str]:
    """`mối quan hệ giữa hai tỉnh Bình Dương và Yamaguchi … thông qua Bản thỏa thuận hợp tác hữu nghị`: a document
    with no party of its own, after `giữa`/`between` and two sides of different countries earlier in its sentence
    (no other document's title between)."""
    giua = [m for m in _GIUA.finditer(doc.text, s_start, start) if not any(a <= m.start() < b for a, b in titles)]
    if (
        not giua
        or any(giua[-1].start() < a < start for a, _ in titles)
        or not _RELATION_BEFORE.search(doc.text, max(s_start, giua[-1].start() - 24), giua[-1].start())
    ):
        return []  # (`the talks between A and B will lay the foundation for a plan`: the talks' sides, not the plan's)
    end = clause_end(doc.text, giua[-1].end(), start)
    ids = _ids(doc, _party_spans(doc, giua[-1].end(), end))
    countries = {body_country(doc, i) for i in ids}
    return ids if len(ids) == 2 and len(countries) == 2 and None not in countries else []


def _holder_with(
    doc: ArticleDoc, s_start: int, start: int, head_end: int, end: int, titles: Sequence[tuple[int, int]]
) -> list[str]:
    """`the prefecture is implementing an agricultural cooperation agreement with the Ministry of …`: a document
    with no signing, `with` one party right after its head, and the party named last before it in the sentence
    (its holder) — no other document's title between."""
    w = _WITH_AFTER_HEAD.match(doc.text, head_end)
    if w is None or w.end() >= end or _consensus(doc, start, head_end):
        return []  # (`expressed agreement with the ministry's proposals`: a consensus, no document)
    partner = outermost(doc, w.end(), end)[:1]
    holder = _holders(
        doc, [sp for sp in _party_spans(doc, s_start, start) if not any(sp.start < a < start for a, _ in titles)]
    )[-1:]
    if not partner and holder and doc.article.lang == "en":
        # `Vietjet announced a $1.1 billion cooperation agreement with Honeywell Aerospace Technologies`: a name no
        # stage read, the holder's partner
        partner = _with_unnamed_bodies(doc, w.end(), clause_end(doc.text, w.end(), end), [], sides_read=1)[:1]
    if not partner or partner[0].start > w.end() + 12:
        return []
    ids = _ids(doc, holder)
    return [*ids, *(i for i in _ids(doc, partner) if i not in ids)] if ids else []


_KIND_BEFORE = re.compile(r"\ban?\s+(?:[\w-]+\s+){1,3}$")
"""`a code share agreement`, `an interline agreement`: an article and a word or more of its kind before a bare
`agreement` (what makes it a document)."""


def _consensus(doc: ArticleDoc, start: int, head_end: int) -> bool:
    """`expressed agreement with the ministry's proposals`: a bare `agreement` with someone is a consensus, unless an
    article and a word of its kind open it (`under a code share agreement with Jet Airways`: a document)."""
    return doc.lower[start:head_end] in ("agreement", "thỏa thuận") and not _KIND_BEFORE.search(
        doc.lower, max(0, start - 40), start
    )


_ROUTE = re.compile(r"\b(?:between|from|to|in|at|via)\s+(?:the\s+)?$", re.I)
"""`flights between …`, `to …`, `in …`: a place a route or a scene names, not a side."""
_ROUTE_AND = re.compile(r"\s*(?:,|and)\s+(?:the\s+)?", re.I)


def _holders(doc: ArticleDoc, spans: list[Span]) -> list[Span]:
    """The names before a document that can hold it: not the places a route or a scene names (`Vietnam Airlines will
    fly between Hanoi and New Delhi under a code share agreement with …`: the airline holds it, not New Delhi),
    nor the names joined to such a place by `and`."""
    out: list[Span] = []
    placed: Span | None = None
    for sp in spans:
        line_start = doc.text.rfind("\n", 0, sp.start) + 1
        if sp.label in (Label.COUNTRY, Label.PROVINCE) and (
            _ROUTE.search(doc.text, max(line_start, sp.start - 20), sp.start)
            or (placed is not None and _ROUTE_AND.fullmatch(doc.text, placed.end, sp.start))
        ):
            placed = sp
            continue
        out.append(sp)
    return out
