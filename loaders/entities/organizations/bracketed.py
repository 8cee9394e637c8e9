"""Names closed by their short form in brackets: `Cơ quan lương thực Quốc gia (NFA)`, `Hiệp hội bán dẫn toàn cầu
(SEMI)`, `Trung tâm công nghệ sinh học và di truyền Cuba (CIGB)`.

Why a rule of its own: the reader of `read.py` ends a name where its words stop looking like a name (a run of
lowercase words, a second country after a dash, a word of the sentence), and so reads such bodies short
(`Ủy ban Xúc tiến hợp tác công nghệ kỹ`, `Hội đồng Kinh doanh Hoa Kỳ`) or not at all. A short form in capitals
right after the words, in brackets, tells where the name ends: the press writes `Name (ABBR)` for a body it
introduces. So a head word of a body, then the words of one clause (no stop, comma or verb of the sentence), then
`(ABBR)`, is that body's whole name, with the short form as its alias. Counted on the look files: eleven bodies
the gold names this way were read short or not at all.
"""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import ORG_HEADS
from loaders.first_letters import compile_gated

_SHORT_FORM = re.compile(r" \(([A-Z][A-Za-z0-9&]{1,9})\)")
"""A short form in brackets: a capital, then up to nine letters or digits (`(NFA)`, `(SEMI)`, `(VinIT)`)."""
_MIN_CAPITALS = 2
_HEADS = (*(h for h in ORG_HEADS if h[0].isupper()), "Liên chi hội", "Hội")
_HEAD_AT = compile_gated(
    r"(?<![\w-])(?:" + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True)) + r")(?= \w)"
)
_LOWERCASE_AFTER = frozenset(
    {"Cơ quan", "Hiệp hội", "Hội", "Liên chi hội", "Trung tâm", "Viện", "Tổ chức", "Ủy ban", "Hội đồng", "Liên đoàn"}
    | {"Liên minh", "Quỹ", "Tiểu ban", "Phân ban", "Công ty", "Tập đoàn", "Ngân hàng", "Học viện", "Văn phòng", "Ban"}
)
"""Heads a body's name may go on from in lowercase (`Cơ quan lương thực …`); after the others (`Bộ`, `Sở`, `Cục`) a
lowercase word makes another word (`Bộ trưởng`, a title), no body."""
_NOT_AN_ASSOCIATION = frozenset({"nghị", "chợ", "thảo", "đàm", "thi", "diễn", "họp", "viên", "nhập", "tụ", "ngộ"})
"""Second syllables that make `Hội` a word of its own (`Hội nghị`, `Hội chợ`, `Hội thảo`), no association."""
_SENTENCE_WORDS = frozenset(
    {
        "của",
        "với",
        "cho",
        "là",
        "được",
        "bị",
        "đã",
        "đang",
        "sẽ",
        "tại",
        "ở",
        "từ",
        "đến",
        "tới",
        "khi",
        "nhằm",
        "để",
        "theo",
        "trong",
        "ký",
        "giữa",
        "cùng",
        "gồm",
        "như",
        "này",
        "đó",
    }
)
"""Words of a sentence, never of a body's name: a head before them heads another phrase than the bracketed one."""
_MAX_WORDS = 14
_BREAKS = re.compile(r"[,.;:!?()\[\]“”\"\n]")


def bodies_closed_by_short_forms(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """`found` with each body a short form in brackets closes read to that form (its span widened, or a new one),
    the short form its alias; spans inside a widened name give way to it."""
    text = doc.text
    out = list(found)
    for m in _SHORT_FORM.finditer(text):
        short = m.group(1)
        if sum(c.isupper() for c in short) < _MIN_CAPITALS or doc.span_at(doc.places, m.start(1)) is not None:
            continue
        headed = _head_before(text, m.start())
        if headed is None:
            continue
        start, head = headed
        end = m.start()
        own = next((sp for sp in out if sp.start == start), None)
        if own is not None and (own.end >= end or own.data.get("entry") is not None or own.id):
            continue  # read whole already, or a body the gazetteer knows
        if any(
            sp is not own and sp.start < end and start < sp.end and not (start <= sp.start and sp.end <= end)
            for sp in out
        ):
            continue  # a name across the bracket's words: not one body
        head = (own.data.get("head") if own is not None else None) or head
        place = next((p for p in doc.places if p.end == end and p.start > start), None)
        span = Span(start, end, "", Label.ORGANIZATION, text[start:end], {"head": head, "place": place, "abbr": short})
        out = [sp for sp in out if not (start <= sp.start and sp.end <= end)]
        out.append(span)
    out.sort(key=lambda sp: sp.start)
    return out


def _head_before(text: str, at: int) -> tuple[int, str] | None:
    """Where the nearest head word before `at` starts, and the head, when the words from it to `at` are one clause
    of a name; None else."""
    clause_start = max(0, at - 160)
    stop = None
    for b in _BREAKS.finditer(text, clause_start, at):
        stop = b.end()
    if stop is not None:
        clause_start = stop
    best = None
    for h in _HEAD_AT.finditer(text, clause_start, at):
        words = text[h.end() : at].split()
        if h.group(0) == "Hội" and words and words[0] in _NOT_AN_ASSOCIATION:
            continue
        if words and words[0][0].islower() and h.group(0) not in _LOWERCASE_AFTER:
            continue
        if not words or len(words) > _MAX_WORDS:
            continue
        if any(w in _SENTENCE_WORDS for w in words):
            continue
        best = (h.start(), h.group(0))  # (the last head whose words reach the bracket: `Ban … Hội …`: the nearest body)
    return best
