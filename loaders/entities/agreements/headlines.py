"""Headlines: a headline's mention goes into the body's one mention of its type, when the two can be the same
document (a party or its country in common, no other years)."""

from __future__ import annotations

import re

from core.vocabulary import AgreementStatus, AgreementType, Label
from loaders.entities.agreements.merge import _compatible, _other_years
from loaders.entities.agreements.record import Mention
from loaders.entities.agreements.sides import _with_countries
from loaders.entities.agreements.words import _NUMBER_WORDS
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated

_DOCUMENTS = re.compile(r"văn kiện\b", re.I)


def _headline_into_body(doc: ArticleDoc, mentions: list[Mention]) -> list[Mention]:
    """A headline names the agreement the body describes, in fewer words (`MOIT and Guangxi sign memorandum on
    smart border gates`): a headline mention goes into the only body mention of its type, sharing a party (or a
    party's country: `Japan` and Japan's ministry) when both name parties; the body's title, parties and dates
    win, the headline's status, parties and title only if the body has none of its own."""
    lines = _headline_lines(doc)
    head = [m for m in mentions if doc.sentence_index(m.start) < lines]
    out = [m for m in mentions if m not in head]
    for m in head:
        same = [
            o for o in out if o.type == m.type and doc.sentence_index(o.start) >= lines and not _other_years(doc, m, o)
        ]
        if not same and m.type == AgreementType.AGREEMENT and _GENERIC_HEADLINE_HEAD.search(m.title):
            # `Hanoi and Moscow sign new cooperation pact`, then the body's `memorandum of understanding between the
            # two capitals`: a headline's generic word for the one document of those sides (or the one document,
            # when the headline names no side: `Power deal`) the body names
            kinds = (
                _NAMED_GENERICALLY
                | ({AgreementType.FTA} if _TRADE_HEADLINE_HEAD.search(m.title) else set())
                | (
                    {AgreementType.PARTNERSHIP}
                    if _STRATEGIC_HEADLINE_HEAD.search(doc.text, max(0, m.start - 12), m.end)
                    else set()
                )
            )  # (`Britain and Vietnam sign trade agreement` over the body's free trade agreement of those sides,
            # `… enhance cooperation with strategic pact` over their Comprehensive Strategic Partnership)
            same = [
                o
                for o in out
                if o.type in kinds
                and o.parties
                and doc.sentence_index(o.start) >= lines
                and (not m.parties or _compatible(_with_countries(doc, m.parties), _with_countries(doc, o.parties)))
            ]
            if len(same) > 1 and m.parties and len(alike := [o for o in same if set(o.parties) == set(m.parties)]) == 1:
                same = alike  # (`Britain and Vietnam sign trade agreement`: of the body's documents, the one of those sides)
        if len(same) > 1 and len(begun := [o for o in same if o.key.startswith(_ORDINAL_TAIL.sub("", m.key))]) == 1:
            same = begun  # `Kenya ký Hiệp định miễn thị thực thứ 12`: of the body's documents, the one it begins
        if len({o.key for o in same}) == 1 or (len(same) > 1 and _DOCUMENTS.match(m.title)):
            same = same[:1]  # one document named alike in the body and a caption, or a headline's `văn kiện` (a word
            # for documents, one or several: `Trao văn kiện thúc đẩy hợp tác …`) told one by one in the body
        if len(same) > 1 and m.parties and _counted_together(doc, same):
            same = same[:1]  # (`A ký kết Bản ghi nhớ với B` over the body's `02 bản ghi nhớ` of A and B: one of them)
        if len(same) == 1 and _told_elsewhere(doc, m, same[0], lines):
            same = []
        if len(same) == 1 and (
            not m.parties
            or not same[0].parties
            or _compatible(_with_countries(doc, m.parties), _with_countries(doc, same[0].parties))
            or _shortened(doc, m.parties, same[0].parties)
        ):
            target = same[0]
            target.merged.extend([m, *m.merged])
            if target.status == AgreementStatus.UNKNOWN:
                target.status = m.status
            if not target.parties:  # `Thỏa thuận ký kết lần này …`: the body only refers to it; the headline names it
                target.parties = list(m.parties)
            if len(target.title.split()) <= 2 < len(m.title.split()):
                target.title, target.key = m.title, m.key
            target.event = target.event or m.event
        else:
            out.append(m)
    return out


_COUNT = re.compile(r"(?<![\w.,/-])(?:(?P<n>\d{1,2})|(?P<w>[^\W\d]+))(?=\s)")


def _counted_together(doc: ArticleDoc, same: list[Mention]) -> bool:
    """`Quảng Trị ký kết Bản ghi nhớ với Tập đoàn X` over the body's `đã ký kết 02 bản ghi nhớ (MOU) về … A và B`: the
    body's documents of the headline's kind are one counted list of the same sides (one sentence, its count the
    number of them), of which the headline names one in the singular."""
    if len({frozenset(o.parties) for o in same}) != 1 or not same[0].parties:
        return False
    sentence = doc.sentence_of(same[0].start)
    if any(not sentence.start <= o.start < sentence.end for o in same):
        return False
    first = min(o.start for o in same)
    for m in _COUNT.finditer(doc.text, sentence.start, first):
        value = int(m.group("n")) if m.group("n") else _NUMBER_WORDS.get(m.group("w").lower())
        if value == len(same):
            return True
    return False


def _shortened(doc: ArticleDoc, short: list[str], full: list[str]) -> bool:
    """`VCCI ký kết biên bản ghi nhớ với Phòng Thương mại Malaysia` over the body's MoU between VCCI and `Phòng Thương
    mại và Công nghiệp Quốc gia Malaysia`: a headline names a side in fewer words, each of them in the body's name of
    it; the same sides when they share one and every other headline side is so shortened."""
    shared = set(short) & set(full)
    if not shared:
        return False
    names = [set(doc.entities[p].name.lower().split()) for p in full if p not in shared and p in doc.entities]
    return all(
        p in doc.entities
        and len(words := set(doc.entities[p].name.lower().split())) > 1
        and any(words < name for name in names)
        for p in short
        if p not in shared
    )


def _told_elsewhere(doc: ArticleDoc, m: Mention, target: Mention, lines: int) -> bool:
    """`Thành phố A sẽ ký kết hiệp định nông nghiệp` over `… sẽ ký kết hiệp định hợp tác nông nghiệp với tỉnh B`
    and, later, `… hiệp định hợp tác trong mặt văn hóa với trường C`: a headline's document the body already named
    again (merged with it) is that body document, not another of the body's of another kind (`ký kết Báo cáo sơ kết
    1 năm thực hiện Thỏa thuận hợp tác` after the agreement) or with a place the other lacks."""
    if not any(doc.sentence_index(x.start) >= lines for x in m.merged):
        return False
    if target.type != m.type:
        return True
    theirs = _with_countries(doc, target.parties)
    return any(
        p not in theirs and (ent := doc.entities.get(p)) is not None and ent.label == Label.PROVINCE for p in m.parties
    )


_ORDINAL_TAIL = re.compile(r"\s+thu\s+\d+$")
"""A headline's count of a document (`Hiệp định miễn thị thực thứ 85`, folded): which one it is in a series, no
words of its title."""


_NAMED_GENERICALLY = frozenset({AgreementType.MOU, AgreementType.AGREEMENT, AgreementType.OTHER})
"""The kinds of document a headline may call `agreement`, `pact` or `deal` (a trade area only as a `trade deal`, a
partnership only as a `strategic pact`)."""
_GENERIC_HEADLINE_HEAD = compile_gated(
    r"\b(?:pacts?|deals?|accords?|agreements?)\b|^(?:thỏa thuận|hợp tác|văn kiện)\b", re.I
)
"""The words a headline uses for any document (`sign new cooperation pact`), not a treaty's own name."""
_TRADE_HEADLINE_HEAD = re.compile(r"\btrade\s+(?:pacts?|deals?|accords?|agreements?)\b", re.I)
"""A headline's word for a trade document, which may be the free trade agreement the body names."""
_STRATEGIC_HEADLINE_HEAD = compile_gated(r"\bstrategic\s+(?:pacts?|deals?|accords?|agreements?)\b", re.I)
"""A headline's word for a strategic partnership, which may be the one the body names."""
_HEADLINE_REACH = 4  # lines at a page's top that can be its section, date and headline


def _headline_lines(doc: ArticleDoc) -> int:
    """How many sentences open the page before its body: whole lines with no closing stop (a section's name, a
    date, the headline: `Iranian, Vietnamese Cities Sign Sister City Accord`), at most a few; none when the page
    is one sentence (a page that opens with its body: its first sentence, which a lead often writes as one)."""
    count = 0
    for sentence in doc.sentences[:_HEADLINE_REACH]:
        line_start = doc.text.rfind("\n", 0, sentence.start) + 1
        line_end = doc.text.find("\n", sentence.end)
        whole = doc.text[line_start : len(doc.text) if line_end < 0 else line_end].strip() == sentence.text.strip()
        if not whole or sentence.text.rstrip()[-1:] in ".!?…:;":
            break
        count += 1
    return max(1, count) if len(doc.sentences) > count else 0
