"""The localities of a meeting of several border provinces (`the joint working committee of four Vietnamese provinces
A, B, C and D and China's E`, `Hội nghị … giữa 3 tỉnh A (Việt Nam), B (Thái Lan) và C (Lào)`): the sides of the
documents signed there (`add_round_table_sides`).

Why: on such a page the documents are told by who signed them only in general words (`the two sides`, `Participants
inked the minutes`, `Leaders of the Vietnamese and Chinese provinces signed an MoU`, `thống nhất ký biên bản ghi
nhớ`), which the rules read as the two countries, one province and the countries, or the provinces' Party
Committees; the gold lists every province of the meeting. Counted on the look files, 30 gold parties of such
meetings were missed beside documents of the right type. Run by `scored.add_scored_parties` after its scoring (it
adds parties only; what the scorer learned from is the rules' reading, unchanged).
"""

from __future__ import annotations

import re

from core.vocabulary import AgreementType, Label, Prop, RelType
from loaders.entities.agreement_parties.countries import _filed_from, body_country
from loaders.entities.agreement_parties.two_sides import _TWO_COUNTRIES
from loaders.entities.doc import ArticleDoc, Span

LEAD_SENTENCES = 3
"""The meeting is the page's own when its list stands in the headline or the lead (the first three sentences)."""
MIN_LOCALITIES = 3
"""Two localities are a pair (their own forms read them); three or more of two countries or more are a round table."""

_GAP = re.compile(
    r"\s*(?:\([^().;:]{0,30}\)\s*)?(?:provinces?\s+)?(?:,\s*|\s+(?:and|và)\s+|\s*[-–—]\s*)"
    r"(?:(?:and|và)\s+)?(?:(?:the\s+)?provinces?\s+of\s+|tỉnh\s+|(?-i:[A-Z][\w’']*)\s+)?\s*$",
    re.I,
)
"""What may stand between two localities of one list: a comma, `and`/`và` or a dash, after a bracketed country or
the word `provinces` (`Dien Bien (Vietnam) provinces and Yunnan`), before `tỉnh` or a capitalised word (`and China's
Guangxi`)."""
_BEFORE = 2
"""A country whose name ends this close before a title qualifies it (`Vietnam-Laos Treaty`: a space between)."""
_REACH = 60
"""How far before a title a country's name is looked for (the longest names: `Lao People's Democratic Republic`)."""
_NOT_FOR_A_MEETING = (AgreementType.PARTNERSHIP, AgreementType.FTA)
"""Documents between the states, never a meeting's localities (`the comprehensive strategic partnership`)."""


def round_table(doc: ArticleDoc) -> list[str]:
    """The localities one list of the headline or the lead names, when they are three or more of two countries or
    more (else none), in the order named."""
    for sentence in doc.sentences[:LEAD_SENTENCES]:
        spans = [
            p
            for p in doc.within(doc.places, sentence.start, sentence.end)
            if p.label == Label.PROVINCE and not _filed_from(doc, p)
        ]
        for run in _runs(doc, spans):
            ids = list(dict.fromkeys(p.id for p in run))
            if len(ids) >= MIN_LOCALITIES and len({body_country(doc, i) for i in ids} - {None}) >= 2:
                return ids
    return []


def _runs(doc: ArticleDoc, spans: list[Span]) -> list[list[Span]]:
    """The places of a sentence cut into lists: two places are of one list when only a list's joints stand between
    them (`_GAP`)."""
    runs: list[list[Span]] = []
    for sp in spans:
        if runs and _GAP.fullmatch(doc.text, runs[-1][-1].end, sp.start):
            runs[-1].append(sp)
        else:
            runs.append([sp])
    return runs


def add_round_table_sides(doc: ArticleDoc) -> None:
    """Each document signed at the page's round table of localities whose parties are all of that table (its
    localities, their countries, their provincial bodies) gets every locality of it as a party; not a partnership
    or a free trade agreement (the states'), nor a document whose own title names a country or the two countries
    (`the Vietnam-China framework agreement`, `Hiệp ước … giữa hai nước`), one the rules gave localities of two
    countries (its own pair: `the agreement between A and B`), or one that has no party at all."""
    if not doc.agreements:
        return
    localities = round_table(doc)
    if not localities:
        return
    allowed = set(localities) | {f"country:{str(body_country(doc, p)).lower()}" for p in localities}
    suffixes = tuple(f"-{p.split(':', 1)[1]}" for p in localities)
    chosen: dict[str, set[str]] = {}
    for rel_type, source, target in doc.relations:
        if rel_type == RelType.PARTY_TO:
            chosen.setdefault(target, set()).add(source)
    at = {sp.id: sp for sp in reversed(doc.agreements)}
    for agreement_id, first in at.items():
        entity = doc.entities.get(agreement_id)
        parties = chosen.get(agreement_id, set())
        if entity is None or entity.properties.get(Prop.TYPE) in _NOT_FOR_A_MEETING or not parties:
            continue
        if not all(p in allowed or (p.startswith("org:") and p.endswith(suffixes)) for p in parties):
            continue
        if len({body_country(doc, p) for p in parties if p in localities}) >= 2:
            continue  # (its own pair across the border, `the agreement between A and B`, read by its own form)
        if any(_names_states(doc, sp) for sp in doc.agreements if sp.id == agreement_id):
            continue  # (the states' own: `Hiệp ước … giữa hai nước`, `the Vietnam-China framework agreement`)
        for locality in localities:
            if locality not in parties:
                doc.relate(RelType.PARTY_TO, locality, agreement_id, at=first.start)


def _names_states(doc: ArticleDoc, mention: Span) -> bool:
    """Whether a mention of a document names its states: a country inside its title or right before it (`the
    Vietnam-Laos Treaty of Amity`), or the two countries."""
    return _TWO_COUNTRIES.search(doc.text, mention.start, mention.end) is not None or any(
        p.label == Label.COUNTRY
        for p in doc.within(doc.places, max(0, mention.start - _REACH), mention.end)
        if p.end > mention.start - _BEFORE
    )
