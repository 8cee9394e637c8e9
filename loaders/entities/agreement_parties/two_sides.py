"""Plurals that stand for the two sides (`giữa hai nước`, `the two governments`, `hai bên`, `hai Bộ Quốc
phòng`, `the two associations`, `Bộ Ngoại giao hai nước`, `giữa 3 tỉnh của 3 nước`): the patterns that find them
and the page's sides they stand for (`_sides`).

The fifth form of the reading order, and what the other forms fall back on when the text counts the parties
instead of naming them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from core.vocabulary import Label, OrganizationKind, Prop
from loaders.entities.agreement_parties.countries import (
    _country_of,
    _most_named_of_two_countries,
    _ranked,
    body_country,
    two_main_countries,
)
from loaders.entities.agreement_parties.meeting import _main_event_sides
from loaders.entities.agreement_parties.outermost import outermost
from loaders.entities.agreement_parties.states import _governments_at_a_commission
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated
from loaders.letters import UPPER
from loaders.models import Sentence

_TWO_COUNTRIES = re.compile(
    r"\b(?:hai nước|hai quốc gia|hai Chính phủ|Chính phủ hai nước|song phương|two countries|"
    r"two nations|two governments|both (?:the )?countries|both (?:the )?governments|bilateral)\b",
    re.I,
)
_TWO_SIDES = compile_gated(
    r"\b(?:(?:hai|2) bên|hai Bộ|(?:hai|2) tỉnh|(?:hai|2) địa phương|(?:hai|2) thành phố|hai thủ đô|two sides|both sides|"
    r"the two ministries|"
    r"the two provinces|the two localities|the two cities|the two capitals)\b",
    re.I,
)


_TWO_PROVINCES = compile_gated(
    r"\b(?:(?:hai|2) tỉnh|(?:hai|2) địa phương|(?:hai|2) thành phố|hai thủ đô|the (?:two )?provinces|both provinces|"
    r"the two localities|"
    r"the two cities|both cities|the two capitals)\b",
    re.I,
)
_THREE_PROVINCES = re.compile(
    r"(?:the\s+)?(?:ba|3|three)\s+(?:tỉnh|địa phương|provinces|localities)\b(?!\s+(?:của\s+)?(?:Việt Nam|Vietnam|Lào|Laos))",
    re.I,
)


def _three_localities(doc: ArticleDoc) -> list[str]:
    """The three provinces of three countries the page names most (a trilateral document of border provinces),
    else none."""
    ranked = _ranked(doc, Label.PROVINCE)[:3]
    return ranked if len({_country_of(doc, p) for p in ranked}) == 3 else []


_PLURAL_PARTIES = re.compile(
    r"(?:Chính phủ\s+hai\s+nước\b|(?:the\s+)?governments\s+of\s+the\s+two\s+countries\b|the\s+provinces\b)"
    r"|(?:the\s+)?(?:hai|two|both|2)\s+(?:(?-i:[a-z]+)\s+(?=ministries\b))?(?:nước|quốc gia|Chính phủ|bên|Bộ|tỉnh|địa phương"
    r"|thành phố|thủ đô|countries|nations|governments|sides|ministries|provinces|localities|cities|capitals"
    r"|(?-i:Văn phòng|Học viện|Viện|Thông tấn xã|Ủy ban|Hội|Tổng cục|Cục)"
    r"|associations|chambers|universities|agencies|institutes|academies|federations|councils|corporations|unions)\b",
    re.I,
)
_PLURAL_BODIES_OF_BOTH = re.compile(
    r"(?:the\s+)?(?-i:[A-Z][a-z]+(?:ies|s))(?:\s+of\s+(?-i:[A-Z][\w-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w-]*))*)?"
    r"\s+of\s+(?:the\s+two|both)\s+(?:countries|nations)\b",
    re.I,
)
"""`between the Ministries of Health of both countries`: bodies in the plural, one of each of the page's two
countries, whose names no stage reads as one: the two countries sign."""
_SIDES_UNNAMED = re.compile(r"(?:the\s+)?(?:hai|two|both|2)\s+(?:bên|sides|parties)", re.I)
"""`giữa hai bên`, `between the two sides`: no kind of side said, only that there are two."""


def _sides(
    doc: ArticleDoc, phrase: str, portfolio: str | None = None, named_before: tuple[int, int] | None = None
) -> list[str]:
    """`hai nước`, `the two governments`: the article's two countries; `hai bên`, `hai Bộ`: the sides of its main
    meeting when it has two, else its two countries (`hai Bộ Quốc phòng`: the ministries of that portfolio).
    `hai tỉnh`, `the two cities`: the two localities of two countries its own sentence names before it
    (`named_before`: from the sentence's start to the document's head or the signing's subject), else the page's two
    most named."""
    if _TWO_PROVINCES.search(phrase):
        if named_before is not None and len(pair := _localities_named_in(doc, *named_before)) == 2:
            return pair
        provinces = _ranked(doc, Label.PROVINCE)[:2]
        if len(provinces) == 2:
            return provinces
    if (two := _TWO_MINISTRIES.search(phrase)) and len(
        ministries := _two_ministries(doc, portfolio or two.group("portfolio"))
    ) == 2:
        return ministries
    if (named := _TWO_BODIES.search(phrase)) and len(bodies := _two_bodies(doc, named.group(1))) == 2:
        return bodies
    if (named := _TWO_BODIES_EN.search(phrase)) and len(bodies := _two_bodies_named(doc, named.group(1))) == 2:
        return bodies
    if _TWO_SIDES.search(phrase):
        sides = _main_event_sides(doc)
        if len(sides) >= 2:
            return _governments_at_a_commission(doc, sides)
        provinces = _ranked(doc, Label.PROVINCE)[:2]
        if len(provinces) == 2 and len({_country_of(doc, p) for p in provinces}) == 2 and _names_local_bodies(doc):
            return provinces  # `lãnh đạo hai bên` on a page about Huế and Chungcheongnam: the two provinces
    return two_main_countries(doc)


def _localities_named_in(doc: ArticleDoc, start: int, end: int) -> list[str]:
    """The localities named between `start` and `end` when they are exactly two, of two countries (`2 tỉnh Gia
    Lai-Ratanakiri đã triển khai … Biên bản thỏa thuận hợp tác giữa 2 tỉnh`: the pair the sentence named, not the
    page's two most named, a misread region among them); else none. Why: on look, the
    page's ranking gave a locality the sentence does not name where the sentence had named the pair itself."""
    ids = list(dict.fromkeys(p.id for p in doc.places if p.label == Label.PROVINCE and start <= p.start < end))
    if len(ids) != 2 or len({_country_of(doc, i) for i in ids} - {None}) != 2:
        return []
    return ids


_TWO_MINISTRIES = compile_gated(
    r"\bhai Bộ\b|\b(?:the two|both)\s+(?:(?P<portfolio>(?-i:[a-z]+))\s+)?(?:ministries|ministers)\b", re.I
)
"""`hai Bộ`, `the two ministries`, `both foreign ministers` (with the portfolio's word, `foreign`)."""


_PORTFOLIO = re.compile(rf"\s*([{UPPER}][\w-]*(?: (?:[{UPPER}][\w-]*|và))*)(?<! và)")


def _two_ministries(doc: ArticleDoc, portfolio: str | None = None) -> list[str]:
    """`thỏa thuận hợp tác giữa hai Bộ`, `Hai Bộ trưởng đã ký …`: the ministry the article names most of each of two
    countries (none unless exactly two countries have one); of that portfolio when one is named (`hai Bộ Quốc
    phòng`) and each country has one."""
    counts: dict[str, int] = {}
    for span in doc.orgs:
        ent = doc.entities.get(span.id)
        if ent is not None and ent.properties.get(Prop.KIND) == OrganizationKind.MINISTRY:
            counts[span.id] = counts.get(span.id, 0) + 1
    if portfolio:
        own = {
            b: c
            for b, c in counts.items()
            if any(portfolio.lower() in name.lower() for name in (doc.entities[b].name, *doc.entities[b].aliases))
        }  # (by any of its names: `the two foreign ministries`, a Vietnamese one named `Bộ Ngoại giao` first)
        if len({body_country(doc, b) for b in own} - {None}) == 2:
            counts = own
    return _most_named_of_two_countries(doc, counts)


_TWO_BODIES = re.compile(r"\bhai (Văn phòng|Học viện|Viện|Thông tấn xã|Ủy ban|Hội|Tổng cục|Cục)\b")
_TWO_BODIES_EN = re.compile(
    r"\b(?:the two|both)\s+(association|chamber|universit|agenc|institute|academ|federation|council|corporation|union)"
    r"(?:s|ies)\b",
    re.I,
)
"""`between the two associations`, `both chambers`: two bodies of that kind (the word's stem)."""


def _two_bodies_named(doc: ArticleDoc, stem: str) -> list[str]:
    """The two bodies whose names hold the kind's word (`the two associations`: `the Vietnam-Cambodia Friendship
    Association` and `the Cambodia-Vietnam Friendship Association`) when the page names exactly two, else the one
    named most of each of two countries."""
    word = re.compile(
        rf"\b{stem}(?:y|ies|s)?\b" if stem.endswith(("universit", "agenc", "academ")) else rf"\b{stem}s?\b", re.I
    )
    counts = _bodies_named(doc, lambda name: bool(word.search(name)), written=True)
    return sorted(counts) if len(counts) == 2 else _most_named_of_two_countries(doc, counts)


def _two_bodies(doc: ArticleDoc, head: str) -> list[str]:
    """`giữa hai Văn phòng`, `hai Thông tấn xã`: the body of that kind (its name opening with the word) the article
    names most of each of two countries (none unless exactly two countries have one)."""
    return _most_named_of_two_countries(doc, _bodies_named(doc, lambda name: name.startswith(head + " ")))


def _bodies_named(doc: ArticleDoc, named: Callable[[str], bool], *, written: bool = False) -> Counter[str]:
    """The page's bodies whose name `named` accepts, counted by mentions; with `written`, by any of their names (an
    English kind's word: a Vietnamese body's own name is Vietnamese, `Cục Xúc tiến thương mại`, and `the two
    agencies` counts it by its English name, `Vietnam Trade Promotion Agency`)."""
    return Counter(
        span.id
        for span in doc.orgs
        if (ent := doc.entities.get(span.id)) is not None
        and any(named(name) for name in ((ent.name, *ent.aliases) if written else (ent.name,)))
    )


_OF_BOTH = re.compile(r"\s+(?:của\s+)?hai nước\b|\s+of (?:the two|both) countries\b", re.I)


def _each_country_s(doc: ArticleDoc, ids: list[str]) -> list[str]:
    """`giữa Bộ Ngoại giao hai nước`: the body read (ours) and, for the other side, the article's other main
    country (its body of that name is seldom written out); when the article does name each country's ministry of
    that portfolio (`Bộ Nông nghiệp của hai nước` on a page naming `Bộ Nông Lâm nghiệp Lào`), those two."""
    if not ids:
        return ids
    if len(pair := _ministries_of_portfolio(doc, ids[0])) == 2:
        return pair
    own = body_country(doc, ids[0])
    other = next((c for c in two_main_countries(doc) if body_country(doc, c) != own), None)
    return [ids[0], other] if other is not None else ids


_MINISTRY_HEAD = re.compile(r"(?:Bộ|Ministry of(?: the)?)\s+(\S+)")


def _ministries_of_portfolio(doc: ArticleDoc, body: str) -> list[str]:
    """Each of two countries' most-named ministry whose portfolio opens with the read ministry's first word
    (`Bộ Nông nghiệp` → `Bộ Nông nghiệp và Phát triển nông thôn`, `Bộ Nông Lâm nghiệp Lào`); none unless exactly
    two countries have one."""
    ent = doc.entities.get(body)
    head = _MINISTRY_HEAD.match(ent.name) if ent is not None else None
    if head is None:
        return []
    counts: Counter[str] = Counter()
    for span in doc.orgs:
        other = doc.entities.get(span.id)
        match = _MINISTRY_HEAD.match(other.name) if other is not None else None
        if match is not None and match.group(1).lower() == head.group(1).lower():
            counts[span.id] += 1
    return _most_named_of_two_countries(doc, counts)


_LOCAL_BODIES = frozenset(
    [OrganizationKind.PROVINCIAL_GOVERNMENT, OrganizationKind.PEOPLE_COUNCIL, OrganizationKind.PARTY_COMMITTEE]
)


def _names_local_bodies(doc: ArticleDoc) -> bool:
    """Whether the page names a locality's government, council or party committee: a page about two localities'
    ties, whose `both sides` are the localities (on a page of a prime minister's visit that names only the cities
    he lands in, `both sides` are the two countries)."""
    return bool(_LOCAL_LEADER.search(doc.text)) or any(
        (ent := doc.entities.get(span.id)) is not None and ent.properties.get(Prop.KIND) in _LOCAL_BODIES
        for span in doc.orgs
    )


_LOCAL_LEADER = compile_gated(
    r"\b(?:[Gg]overnor of|[Vv]ice[- ][Gg]overnor|[Mm]ayor|[Pp]rovincial|[Tt]ỉnh ủy|[Tt]ỉnh trưởng|[Tt]hị trưởng|UBND"
    r"|Ủy ban nhân dân|People['’]s Committee)\b"
)
"""A locality's leaders or bodies, named by their words (`Governor of Laos' X province`, `provincial`)."""


_SIDES_OF_A_PAIR = re.compile(r"(?:the\s+)?(?:both|two)\s+sides|hai\s+bên", re.I)
"""`signed by both sides`, `the two sides`, `hai bên`: sides the page may have named as a pair just before."""
_PAIR_JOINT = re.compile(r"\s*(?:,[^,.;:()]{1,60},\s*|\([^()]{1,40}\)\s*)?(?:and|và)\s+(?:the\s+)?")
"""Between the two of a pair: `and`/`và`, after an apposition or brackets (`FPT Corporation, a global technology
group, and FCC Partners`)."""
_NO_FIRM_KINDS = frozenset(
    {
        OrganizationKind.GOVERNMENT,
        OrganizationKind.MINISTRY,
        OrganizationKind.PROVINCIAL_GOVERNMENT,
        OrganizationKind.PEOPLE_COUNCIL,
        OrganizationKind.PARTY,
        OrganizationKind.PARTY_COMMITTEE,
        OrganizationKind.EMBASSY,
    }
)


def pair_named_before(doc: ArticleDoc, sentence: Sentence, phrase: str) -> list[str]:
    """`FPT Corporation, a global technology group, and FCC Partners of Taiwan will work closely to … This plan was
    formalized by a Memorandum of Understanding signed by both sides`: the two sides are the pair of firms or other
    non-state bodies the two sentences before name as one subject or object (`A and B`), the last such pair; none
    when the phrase is no `both sides` or no such pair stands there (the meeting's or the page's sides read on).
    Governments, ministries and party bodies are left to the meeting's sides, which name them; a state agency is
    a side of its own (`the T&T Group and the Cereals and Other Produce Board`)."""
    if not _SIDES_OF_A_PAIR.fullmatch(phrase):
        return []
    idx = doc.sentence_index(sentence.start)
    for i in (idx - 1, idx - 2):
        if i < 0:
            break
        before = doc.sentences[i]
        spans = outermost(doc, before.start, before.end)
        for a, b in reversed(list(pairwise(spans))):
            if not _PAIR_JOINT.fullmatch(doc.text, a.end, b.start):
                continue
            ents = [doc.entities.get(sp.id) for sp in (a, b)]
            if all(
                e is not None and e.label == Label.ORGANIZATION and e.properties.get(Prop.KIND) not in _NO_FIRM_KINDS
                for e in ents
            ):
                return [a.id, b.id]
    return []
