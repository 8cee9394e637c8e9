"""Where an article's parts run: the lead's end, a clause's end, the occasion phrases of a sentence, a list its
semicolons cut into sentences of their own.

The shapes of the text every step of the stage measures against, kept below the steps that read events in them."""

from __future__ import annotations

import re

from loaders.dates import DAY
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated

_NHAN = (
    r"(?<!doanh )(?<!cá )(?<!công )(?<!thương )(?<!quân )(?<!pháp )nhân(?! (?:dân|viên|lực|tố|loại|quyền|văn|đạo"
    r"|tài|khẩu|vật|danh|chứng|bản|cách|rộng|lên|sự\b(?! kiện))\b)"
)
"""`nhân` alone as an occasion (`nhân Ngày Quốc khánh`, `nhân sự kiện …`), not the syllable of a word (`Ủy ban nhân dân`,
`nhân viên`, `doanh nhân`, `nhân rộng`): `Chủ tịch Ủy ban nhân dân tỉnh đã có buổi tiếp …` tells the reception, not an
occasion of something else."""

# (a number counts meetings only with its counter word: `on August 30 held talks` is one meeting on a date)
_OCCASION = compile_gated(
    r"\b(?:nhân dịp|nhân chuyến|trong khuôn khổ|bên lề|trong chuyến|" + _NHAN + r"|dịp|tháp tùng|tiếp tục chuyến"
    r"|tiếp tục (?:các )?hoạt động|tiếp tục chương trình|continuing (?:his|her|their|the)"
    r"|within (?:the|his|her|their|this)|in the course of"
    r"|on the sidelines of|on the occasion of|within the framework of|during|as part of|in conjunction with)\b"
)
_OCCASION_CLAUSE = compile_gated(
    r"\b(?:nhân dịp|nhân chuyến|trong khuôn khổ|bên lề|trong chuyến|tháp tùng|tiếp tục chuyến"
    r"|tiếp tục (?:các )?hoạt động|tiếp tục chương trình|continuing (?:his|her|their|the)"
    r"|within (?:the|his|her|their|this)|in the course of"
    r"|on the sidelines of|on the occasion of|within the framework of|as part of|in conjunction with)\b"
)

_CLAUSE_SEP = re.compile(r"[,;]")

_LEAD = 2  # sentences: a meeting named in the headline or the lead without its people is the one the lead names

_MEMBERS_LISTED = 12  # sentences: how many items a list of members its semicolons cut may run to


def _semicolon_list_end(doc: ArticleDoc, idx: int) -> int:
    """The last sentence of a list that opens in sentence `idx` and that semicolons cut into sentences of their own
    (`… có các đồng chí: A - …; B - …; C - ….`): the first after it that ends without one (at most `_MEMBERS_LISTED`)."""
    last = idx
    stop = min(len(doc.sentences), idx + 1 + _MEMBERS_LISTED)
    while last + 1 < stop and doc.sentences[last].text.rstrip().endswith(";"):
        last += 1
    return last


_FURNITURE_LINES = 4  # sentences: how many short lines (a section's name, a breadcrumb) may stand before the lead


def _lead_end(doc: ArticleDoc) -> int:
    """The last sentence of the lead: `_LEAD`, or later when the page opens with lines of its site (`Chính trị`,
    `Quốc phòng - An ninh`, a headline) and its first sentence to give a day comes after them (`(GLO)- Sáng 28-3, …`)."""
    for idx, sentence in enumerate(doc.sentences[: _LEAD + 1 + _FURNITURE_LINES]):
        if any(d.precision == DAY for d in doc.dates_in(sentence.start, sentence.end)):
            return max(_LEAD, idx)
    return _LEAD


def _clause_end_after(doc: ArticleDoc, at: int, limit: int) -> int:
    """Where the clause going on at `at` ends: its next comma or semicolon, else the limit."""
    m = _CLAUSE_SEP.search(doc.text, at, limit)
    return m.start() if m else limit


def _occasion_cue_before(lower: str, start: int, at: int) -> bool:
    """An occasion cue (`during`, `nhân dịp`, `on the sidelines of`) in the clause of the event word at `at`: `During
    the visit, …` makes `visit` an occasion; `During his stay in X, Mr Y met with Z` does not make `met with` one
    (the comma closed the occasion phrase: the meeting is what the sentence tells)."""
    cues = list(_OCCASION.finditer(lower, start, at))
    return bool(cues) and "," not in lower[cues[-1].end() : at]


def _occasion_clauses(doc: ArticleDoc, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of occasion clauses in a sentence: from `nhân dịp`/`trong khuôn khổ`/`on the sidelines of` to the
    next comma (or the end of the sentence). Read once per stretch (`doc.memo`): a sentence's main event, its other
    events and their bodies each ask, and the text and its titles no longer change once events are read. The list
    is shared: callers read it, never change it."""
    key = ("occasion_clauses", start, end)
    clauses: list[tuple[int, int]] | None = doc.memo.get(key)
    if clauses is None:
        clauses = doc.memo[key] = _read_occasion_clauses(doc, start, end)
    return clauses


def _read_occasion_clauses(doc: ArticleDoc, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _OCCASION_CLAUSE.finditer(doc.lower, start, end):
        comma = doc.text.find(",", m.end(), end)
        while comma >= 0 and doc.title_at(comma + 2) and not _ends_clause(doc, comma):
            # `của Tổng Bí thư, Chủ tịch nước …`: titles listed (`… từ ngày 18 - 20/8, Bộ trưởng X đã ký`: a new clause)
            comma = doc.text.find(",", comma + 1, end)
        out.append((m.start(), comma if comma >= 0 else end))
    return out


def _ends_clause(doc: ArticleDoc, comma: int) -> bool:
    """Whether a comma closes an occasion clause although a title follows it: anywhere but right after a title
    (`của Tổng Bí thư, Chủ tịch nước X` goes on; `… của Tổng thống X, Bộ trưởng Y đã …`, `… thăm Campuchia, Bộ
    trưởng Y đã …`, `… từ ngày 18 - 20/8, Bộ trưởng Y đã …` end)."""
    return not any(t.end() == comma for t in doc.titles.values())
