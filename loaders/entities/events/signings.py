"""Signings: a signing told during a visit or at the lead's event, its sides when only bodies sign, and the
signings of a visit that are told apart from it."""

from __future__ import annotations

import re

from core.vocabulary import EventKind
from loaders.entities.doc import ArticleDoc
from loaders.entities.events.merging import _compatible_dates
from loaders.entities.events.record import EventRecord
from loaders.entities.events.text import _LEAD
from loaders.first_letters import compile_gated


def _lead_signing_sides(records: list[EventRecord], main: EventRecord | None) -> None:
    """`Hai bên đã ký kết Bản ghi nhớ …`, `Both governments signed agreements during their meeting`, `A – B ký kết …`
    in the headline: a signing the lead tells done with no signer named (the sides are bodies, places or `hai bên`)
    was signed by the people of the article's main event of that day, who met for it; with no such event it stays
    the signing of the bodies it names (`_signing_of_bodies`). Only when no signing of the article names its
    signers (that one is the ceremony, this a mention of it)."""
    if any(r.people for r in records if r.kind == EventKind.SIGNING):
        return
    for rec in records:
        if not _signing_of_bodies(rec, main):
            continue
        if main is not None and main is not rec and main.people:
            rec.people = list({p.id: p for p in main.people}.values())
            rec.principals = [p.id for p in rec.people][:3]
            rec.date = rec.date or main.date
            rec.origin += "+lead-signing"


def _signing_of_bodies(rec: EventRecord, main: EventRecord | None) -> bool:
    """A signing told done in the headline or the lead, naming no one who signed (`Tỉnh A và tỉnh B đã ký kết …`,
    `A – B ký kết nhiều nội dung hợp tác`): news reports it as an event of its own even when only bodies sign; not
    one of another day than the article's main event (`Trước đó, ngày 1/7/2023, Bộ A và Bộ B đã ký …`: background)."""
    return (
        rec.kind == EventKind.SIGNING
        and not rec.people
        and not rec.mention
        and min(rec.sentences) <= _LEAD + 1
        and (main is None or main is rec or _compatible_dates(main, rec))
    )


def _signing_during(doc: ArticleDoc, rec: EventRecord, main: EventRecord | None) -> bool:
    """`On the occasion, a memorandum of understanding on … was signed`, `At this seminar, A and B signed a memorandum
    …` after the lead's dated meeting or conference: a signing told done with no signer named, in a sentence that
    places it at the event told before (`_DURING_IT`), on the day of the article's main event, is one of its own, as
    one the lead tells is (`_signing_of_bodies`); only when no signing of the page names its signers (that one is the
    ceremony). Not one told elsewhere (`in 2014, A and B signed …`, `hopes to sign …`): background or ahead. Both may
    still be undated here (`At the 39th Meeting … on Tuesday`, then the signing `On the occasion`): the main event's day
    comes later, from the page, and the signing then takes it too."""
    return (
        rec.kind == EventKind.SIGNING
        and not rec.people
        and not rec.mention
        and main is not None
        and main is not rec
        and main.kind != EventKind.SIGNING
        and rec.date == main.date
        and bool(_DURING_IT.match(doc.sentences[min(rec.sentences)].text))
    )


_DURING_IT = re.compile(
    r"\s*(?:(?:also|additionally|besides)\s*,?\s*)?(?:on (?:the|this) occasion|at (?:the|this) (?:event|meeting|conference|"
    r"seminar|forum|workshop|talks|ceremony)|during (?:the|this) (?:event|meeting|conference|seminar|forum|workshop|talks"
    r"|visit)|nhân dịp này|dịp này|tại (?:buổi|hội nghị|hội thảo|diễn đàn|sự kiện)|trong (?:buổi|chuyến))\b",
    re.I,
)
"""`On the occasion, …`, `At this seminar, …`, `Nhân dịp này, …`: a sentence that opens by placing what it tells at the
event told before."""

_SIDES_SIGN = compile_gated(
    r"\b(?:(?:the two|both) (?:countries|sides|nations|governments|parties)|hai (?:nước|bên|quốc gia|chính phủ))\b"
    r"(?:\s+\S+){0,8}?\s+(?:signed|inked|exchanged|sign|k[ýí])\b",
    re.I,
)
"""`During X's visit …, the two countries issued a joint statement and signed four deals`: the countries sign, the
visitor only gives the occasion."""


def _told_apart(signing: EventRecord, records: list[EventRecord]) -> bool:
    """`PM X signed a partnership agreement during a visit to Y`, then `X and Y signed the agreement late on Feb 26`:
    the article's only signing, told again in a sentence that names no visit (its own or another's), is an event of
    its own (with several signings, the visitor's is the one his visit's sentence gives the occasion of: `… witnessed
    the signing of an MoU` beside the bodies' own signing)."""
    alone = not any(r.kind == EventKind.SIGNING for r in records if r is not signing)
    visits = {i for r in records if r.kind == EventKind.VISIT for i in r.sentences}
    return alone and not set(signing.sentences) <= visits


_TOLD_BY = compile_gated(
    r"\b(?:cho biết|nhắc lại|chia sẻ|thông tin|said|says|noted|recalled|told|according to)\b", re.I
)
"""A speech verb: what follows is what someone at the event said, not what the reporter saw."""
_ALREADY = re.compile(
    r"\b(?:đến nay|trước đó|trước đây|từng|already|previously|has signed|have signed|had signed|had (?:earlier|also))\b",
    re.I,
)
"""`đến nay, tỉnh đã ký kết và thực hiện hợp tác với 5 tỉnh`, `had already signed`: a signing counted as done before."""


def _background_signing(doc: ArticleDoc, rec: EventRecord, main: EventRecord | None, year: str | None) -> bool:
    """`Tỉnh A và TP. B đã ký kết bản thỏa thuận hợp tác vào năm 2004`, `On January 2, 2014, the two sides re-signed
    the deal`, `Tại buổi tiếp, ông X cho biết, … đã ký kết Bản ghi nhớ … vào tháng 11/2014`, `X said A had already
    signed an MoU with B`: a signing every sentence of which sets it in a year before the article's (its main event's,
    else the page's) or has someone at the event recall it as done is the history behind the story, not an event of
    it (the conventions: a past event cited as background is none). Not the main event itself, nor one told in the
    main event's own first sentence (`hội đàm và ký kết` in the lead), nor one whose year the writer left out (an inferred
    year is the page's own)."""
    if rec.kind != EventKind.SIGNING or main is rec or not year:
        return False
    if main is not None and min(main.sentences) in rec.sentences:
        return False
    for idx in rec.sentences:
        sentence = doc.sentences[idx]
        years = {d.start[:4] for d in doc.dates_in(sentence.start, sentence.end) if not d.inferred_year}
        earlier = bool(years) and max(years) < year
        recalled = bool(_TOLD_BY.search(sentence.text)) and (earlier or bool(_ALREADY.search(sentence.text)))
        if not (earlier or recalled):
            return False
    return True


def _signings_of_a_visit(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """`Trong khuôn khổ chuyến công tác tháp tùng … thăm Trung Quốc, Bộ trưởng X đã ký và trao đổi …`: a signing
    whose one named signer is on the visit the same sentence names, with no counterpart, is part of that visit; not
    one its sentence says the two countries made (`During X's visit …, the two countries signed four deals`): news
    tells that signing as an event of its own."""
    out = []
    for rec in records:
        signers = {p.id for p in rec.people}
        if any(_SIDES_SIGN.search(doc.sentences[i].text) for i in rec.sentences if i < len(doc.sentences)):
            out.append(rec)
            continue
        visit = next(
            (
                v
                for v in records
                if v.kind == EventKind.VISIT and set(v.sentences) & set(rec.sentences) and signers <= set(v.principals)
            ),
            None,
        )
        if rec.kind == EventKind.SIGNING and len(signers) == 1 and visit is not None and not _told_apart(rec, records):
            visit.sentences.extend(i for i in rec.sentences if i not in visit.sentences)
            continue
        out.append(rec)
    return out
