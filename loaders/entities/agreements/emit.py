"""Writing a mention to the `ArticleDoc`: the Agreement entity with its inferred status, its parties, topics and
the event it was signed at."""

from __future__ import annotations

import hashlib

from core.text import slug
from core.vocabulary import AgreementStatus, Label, Prop, RelType
from loaders.entities.agreements.record import Mention
from loaders.entities.agreements.status import _signed_years_before_the_page
from loaders.entities.agreements.words import _EARLIER
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.topics import topics_between


def _event_link(doc: ArticleDoc, m: Mention) -> None:
    """An agreement signed in a sentence of an event, or on its date, was signed at that event; one signed
    with no date of its own and no word of an earlier time (`trước đó`) was signed at the article's main event."""
    if m.status != AgreementStatus.SIGNED:
        return
    idx = doc.sentence_index(m.start)
    sentence = doc.sentences[idx]
    for span in doc.events:
        rec = span.data["event"]
        main = doc.entities[span.id].properties.get("main") and not m.date and not _EARLIER.search(sentence.text)
        if m.date and rec.date and m.date[:4] != rec.date[:4]:
            continue  # `an MoU signed in 2016`, read at a 2023 meeting: signed elsewhere, earlier
        if idx in rec.sentences or (rec.date and m.date and rec.date == m.date) or main:
            m.event = span.id
            if rec.date and (not m.date or len(rec.date) > len(m.date)):
                m.date, m.precision = rec.date, rec.precision
            return


def _day_key(doc: ArticleDoc, m: Mention) -> tuple[str, tuple[str, ...], str | None]:
    return m.type, tuple(sorted(p for p in m.parties if p in doc.entities)), m.date


def _inferred_status(m: Mention, page_date: str | None, years_before: bool = False) -> str:
    """A document no cue places in time was signed: one the text gives a day of, not after the page's own
    (`Memorandum of Understanding … on September 26`), one tied to a signing told (its SIGNED_AT event), and one named
    with no day at all (`Bản ghi nhớ … giữa A và B là cơ sở cho hợp tác`): a named document exists, and a document
    comes to be by its signing (what is only planned, proposed or negotiated a cue says so). Only a day after the
    page's, and no signing told, leaves it unknown. A signing its sentence dates years before the page's
    (`years_before`: `The two provinces signed an agreement … in 2014` on a page of 2023) is a document in force."""
    ahead = bool(m.date) and page_date is not None and str(m.date) > page_date
    status = AgreementStatus.SIGNED if m.status == AgreementStatus.UNKNOWN and (m.event or not ahead) else m.status
    return AgreementStatus.IN_FORCE if status == AgreementStatus.SIGNED and years_before else status


def _emit(doc: ArticleDoc, m: Mention, *, by_day: bool) -> None:
    """One agreement node. Its id is its type, parties and date when the article signs one document of that kind
    between those parties that day (another article's mention of it, in other words, is the same node); when it
    signs several (`the signing of eight agreements`), each is told apart by its title."""
    parties = [p for p in m.parties if p in doc.entities]
    short = [p.split(":", 1)[1] for p in sorted(parties)]
    digest = hashlib.sha256(m.key.encode("utf-8")).hexdigest()[:8]
    tail = (m.date if by_day else f"{m.date}-{digest}") if m.date else digest
    agreement_id = f"agreement:{slug(' '.join([m.type, *short, tail]))}"
    doc.entity(
        agreement_id,
        Label.AGREEMENT,
        m.title,
        aliases=[x.title for x in m.merged if x.title != m.title],
        properties={
            Prop.TYPE: m.type,
            Prop.STATUS: _inferred_status(m, doc.article.date, _signed_years_before_the_page(doc, m)),
            Prop.DATE: m.date,
            "date_precision": m.precision,
            Prop.TITLE: m.title,
        },
        at=m.start,
    )
    # (`spans`: where each of its mentions' titles stands, a headline's and the body's, for the party scorer)
    spans = [m.span, *(x.span for x in m.merged)]
    doc.agreements.append(
        Span(
            m.start, m.end, agreement_id, Label.AGREEMENT, m.title, {"spans": spans, "status_default": m.status_default}
        )
    )
    for party in parties:
        doc.relate(RelType.PARTY_TO, party, agreement_id, at=m.start)
    for topic in topics_between(doc, m.start, m.end):
        doc.relate(RelType.ABOUT, agreement_id, topic, at=m.start)
    if m.event:
        doc.relate(RelType.SIGNED_AT, agreement_id, m.event, at=m.start)
