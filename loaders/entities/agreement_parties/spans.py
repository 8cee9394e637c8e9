"""The parties a stretch of text names (`_party_spans`), where a party's slot ends (`clause_end`: a new clause,
the occasion, the witnesses, `under the witness of`), and what in it is no party: a place that says where (`in
Hanoi`), a city that only places a body (`Budapest’s …`, `Hanoi-based`), what the document is about (`SUBJECT`).

Telling a party from a witness, a venue or a subject is the same for every form, so it is read here once."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.agreement_parties.demonyms import _provinces_by_demonym
from loaders.entities.agreement_parties.mentions import _ids
from loaders.entities.agreement_parties.outermost import outermost
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.places import POSSESSIVE
from loaders.first_letters import compile_gated

_WHERE = compile_gated(r"\b(?:in|at|tại|ở|(?:visit|trip|tour|chuyến thăm)\s+(?:to|tới|đến)?)\s+(?:the\s+)?$", re.I)
"""A place where the signer is (`who is in Seoul to sign`, `tại Hà Nội, A đã ký`) is no party of what he signs."""


_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?=(?:đồng thời|nhằm|qua đó|trong đó|theo đó|sau đó|để|while|which|as|to|after|when|"
    r"in order|aiming|under which|the\s)\b)|\.(?=\s|$)|\n"
    # the occasion of a signing, whose people and bodies are no parties (`… with A during the visit by B`)
    r"|\s+(?:during|amid|on the sidelines of|on the occasion of|nhân dịp|trong chuyến thăm|bên lề)\s"
    # nor the sides of another clause (`… with A while B and C inked …`)
    r"|\s+(?:while|whereas)\s"
    # nor its witnesses (`… signed … under the witness of President X`)
    r"|,?\s+(?:under the witness of|in the presence of|witnessed by|(?:dưới|trước|với) sự chứng kiến)\b"
)


SUBJECT = re.compile(r"\s(?:on|về|regarding|concerning|to amend|to build|for the construction of)\s")
"""Where a title turns to what the document is about (`… on X`, `… về X`): names there are no parties."""

_TO_ITS_SIDES = re.compile(r"\s(?:between|among|with|giữa|với)\s", re.I)
"""Where a title turns back from its subject to its sides (`an MoU on cooperation between A and B`, `Biên bản ghi
nhớ về hợp tác giữa A và B`): names after it are parties again."""


def in_what_it_is_about(text: str, title_start: int, title_end: int, at: int) -> bool:
    """Whether the name at `at` stands in the part of a title (`title_start`…`title_end`) that says what the
    document is about: after its last `on`, `về`, `for the construction of` and no `between`, `với` after that
    (`an agreement on the construction of the National Assembly building`, `hiệp định về xây dựng trụ sở Bộ Ngoại
    giao`: the building's owner is what it is about, not a side, whoever reads it as one)."""
    if not title_start <= at < title_end:
        return False
    turns = [m.end() - 1 for m in SUBJECT.finditer(text, title_start, at)]
    return bool(turns) and not _TO_ITS_SIDES.search(text, turns[-1], at)


def _not_where(doc: ArticleDoc, spans: list[Span]) -> list[Span]:
    """Without the places that only say where it happened (`signed between A and B in Hanoi on May 3`, `with Y
    during the President's state visit to Hanoi`), when a party stands before them."""
    out = [
        sp
        for i, sp in enumerate(spans)
        if i == 0
        or sp.label not in (Label.PROVINCE, Label.COUNTRY)
        or not _WHERE.search(doc.text, max(0, sp.start - 24), sp.start)
    ]
    return out


def party_ids_between(doc: ArticleDoc, start: int, end: int) -> list[str]:
    """The ids of the sides a `between` clause names from `start` to `end`."""
    return _ids(doc, _sides_between(doc, start, end)[0])


def _sides_between(doc: ArticleDoc, start: int, end: int) -> tuple[list[Span], re.Match[str] | None]:
    """The sides a `between` slot names from `start` to `end` (places named as where are none), and what the
    document is about when the slot goes on to say it (`between TNB and EVN on the ASEAN Power Grid`: not a
    party)."""
    about = SUBJECT.search(doc.text, start, end)
    return _not_where(doc, _party_spans(doc, start, about.start() if about else end)), about


def clause_end(text: str, at: int, limit: int) -> int:
    """Where the clause that begins at `at` ends (a verb, a new clause, the sentence's end)."""
    m = _CLAUSE_END.search(text, at, limit)
    return m.start() if m else limit


_APPOSITION = re.compile(
    r"\s*(?:(?:the|a|an|[A-Z][\w&.-]*['’]s)\s+[a-z][^,;:()]{0,100}?"
    r"|(?:là\s+)?(?:một\s+)?(?:đơn vị|công ty|doanh nghiệp|tập đoàn|tổng công ty|chi nhánh|thành viên)\s"
    r"(?:(?!\b(?:và|với|cùng)\b)[^,;:()]){0,40}?\b(?:của|thuộc)\s[^,;:()]{0,80}?"
    r"|(?:in\s+the\s+presence|under\s+the\s+(?:witness|auspices)|with\s+the\s+(?:support|assistance|help))\s+of\s"
    r"[^,;:()]{0,100}?|witnessed\s+by\s[^,;:()]{0,100}?"
    r"|(?:dưới|với)\s+sự\s+(?:chứng kiến|hỗ trợ|giúp đỡ|bảo trợ)\s+của\s[^,;:()]{0,100}?)"
    r"(?:\([^()]{1,30}\)\s*)?,"
)
"""A description set off by commas after a body (`, the overseas arm of state-owned B (B),`, `, a subsidiary of B,`,
`, Vietnam's largest conglomerate,`, `, đơn vị thành viên của Tập đoàn B,`): an apposition of the body before it,
whatever bodies it names (in Vietnamese, a kind of body `của` or `thuộc` its parent, no co-signer `cùng với`); or an
adjunct of who witnessed or backed the signing (`, in the presence of B,`, `, dưới sự chứng kiến của B,`, `, với sự hỗ
trợ của B,`), who signs nothing."""
_LAST_DESCRIPTION = re.compile(
    r"\s*(?:(?:the|a|an|[A-Z][\w&.-]*['’]s)\s+[a-z][^,;:()]{0,100}?"
    r"|(?:là\s+)?(?:một\s+)?(?:đơn vị|công ty|doanh nghiệp|tập đoàn|tổng công ty|chi nhánh|thành viên)\s"
    r"(?:(?!\b(?:và|với|cùng)\b)[^,;:()]){0,40}?\b(?:của|thuộc)\s[^,;:()]{0,80}?)\s*(?:[.;]|$)"
)
"""A description that ends its clause (`… với Công ty A, đơn vị thành viên của Tập đoàn B.`)."""


def _party_spans(doc: ArticleDoc, start: int, end: int) -> list[Span]:
    """Organisations, places and people between two offsets (outermost), people standing for their bodies, and
    a province named by its country's adjective (`the Russian region`)."""
    spans = outermost(doc, start, end)
    for person in doc.within(doc.people, start, end):
        if not any(sp.start <= person.start < sp.end for sp in spans):
            spans.append(person)
    spans.extend(_provinces_by_demonym(doc, start, end, spans))
    spans = [
        sp
        for sp in spans
        if not doc.datelines.filed_from(sp.start, sp.end)
        and not _dateline_in_capitals(doc, sp)
        and not _BASED.match(doc.text, sp.end)
        and not _city_of_its_body(doc, sp, spans)
    ]
    spans = [sp for sp in spans if not _in_its_parent_brackets(doc, sp, spans)]
    return _without_descriptions(doc, sorted(spans, key=lambda sp: sp.start), end)


def _without_descriptions(doc: ArticleDoc, spans: list[Span], end: int) -> list[Span]:
    """The spans less those inside a description set off by a comma right after a body (`with PetroVietnam Power
    Corporation, a unit of PetroVietnam, on Monday`, `… Bình Sơn, đơn vị thành viên của Tập đoàn Dầu khí Việt Nam.`):
    the parent or country a description names qualifies the body before it, and signs nothing."""
    text = doc.text
    out: list[Span] = []
    skip_to = -1
    for sp in spans:
        if sp.start < skip_to:
            continue
        out.append(sp)
        if text[sp.end : sp.end + 1] == "," and sp.label != Label.COUNTRY:
            description = _APPOSITION.match(text, sp.end + 1) or _LAST_DESCRIPTION.match(text, sp.end + 1, end)
            if description is not None:
                skip_to = description.end()
    return out


_PARENT_IN_BRACKETS = re.compile(
    r"\(\s*(?:(?:trực\s+)?thuộc|(?:là\s+)?(?:công ty con|đơn vị thành viên|thành viên|đơn vị)\s+(?:của|thuộc)"
    r"|(?:a|an)\s+(?:subsidiary|unit|arm|member|affiliate)\s+of|(?:subsidiary|unit|part|member)\s+of)\s",
    re.I,
)
"""`Công ty SK E&S (thuộc Tập đoàn SK – Hàn Quốc)`, `X (a subsidiary of Y)`: brackets after a body that name the
group it belongs to."""


def _in_its_parent_brackets(doc: ArticleDoc, sp: Span, spans: list[Span]) -> bool:
    """Whether a body or place is named inside brackets that tell the group the body right before them belongs to
    (`_PARENT_IN_BRACKETS`): the parent and its country qualify the body, and sign nothing of their own."""
    text = doc.text
    opening = text.rfind("(", max(0, sp.start - 80), sp.start)
    if opening < 0 or text.find(")", opening, sp.start) >= 0 or not _PARENT_IN_BRACKETS.match(text, opening):
        return False
    return any(o.end <= opening and not text[o.end : opening].strip() for o in spans)


def _dateline_in_capitals(doc: ArticleDoc, place: Span) -> bool:
    """`… Photo tapchicongthuong.vn HÀ NỘI — Representatives from A and B signed …`: a place in capitals before an
    em dash is where the story was filed from, wherever a crawl glued it (after a caption, a menu), no side of what
    was signed (as a line's `HANOI – …` already is not)."""
    return (
        place.label in (Label.PROVINCE, Label.COUNTRY)
        and doc.text[place.start : place.end].isupper()
        and doc.datelines.place_in_capitals(place.start, place.end)
    )


def _city_of_its_body(doc: ArticleDoc, place: Span, spans: list[Span]) -> bool:
    """`Budapest’s Franz Liszt Academy of Music`: a city or province whose possessive opens a body's name is where the
    body is, no side of its own (a country keeps its reading: `Vietnam’s Ministry of …` may stand for the state)."""
    if place.label != Label.PROVINCE or (possessive := POSSESSIVE.match(doc.text, place.end)) is None:
        return False
    return any(sp.start == possessive.end() and sp.label == Label.ORGANIZATION for sp in spans)


_BASED = re.compile(r"-based\b")
"""`the Hanoi-based company`, `the Abu Dhabi-based firm`: where a body sits, which qualifies it and is no party."""
