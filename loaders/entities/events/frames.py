"""Bodies an event's words name as its frame, not as who takes part in it.

Issue #12's rule for participants: a body only mentioned — the occasion, the place — is none. Two shapes every
outlet writes, in both languages, name a body that way inside the very clause of the event word, where the clause's
other bodies are the sides:

- the deliberative body whose session the event is (`co-chaired the 12th meeting of the Vietnam-China Joint
  Committee`, `the XXXVIII Session of the Cuba-Vietnam Intergovernmental Commission`, `met … at the fourth Joint
  Trade Committee`, `đồng chủ trì Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào`, `dự Hội nghị thượng đỉnh
  Nhóm BRICS`): the ministers co-chairing it are there, the committee or the forum is what they hold;
- the venue (`tại trụ sở Bộ Kế hoạch và Đầu tư`, `at the headquarters of the Chamber`, `khai mạc tại Trung tâm Hội
  nghị`, `held at the National Assembly`): where it took place, as the annotation reads a chamber hosting a workshop.

Counted on the look files: of the 3,547 bodies the rules linked to events that match the gold (80 of them gold
participants; most of the rest are the sides present through their people, as the graph's model has it), these two
shapes were 52, none of them a gold participant. The record keeps them (an event that names
only a committee's session takes the committee's officials, `stage._officials_of`); the writer leaves out their
`PARTICIPATED_IN` when the event has people of its own."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc, Span
from loaders.first_letters import compile_gated

_BEFORE = 64
"""How far before a body's name its frame words are looked for (`the 15th meeting of the ` fits easily)."""

_SESSION_OF = compile_gated(
    r"(?:\b(?:meeting|session|summit|plenary|conference)s?\s+of\s+(?:the\s+)?"
    r"|\bthe\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"|\b(?:(?:kỳ|khóa|khoá|phiên|cuộc)\s+họp|hội\s+nghị)(?:\s+(?:thượng\s+đỉnh|cấp\s+cao|khai\s+mạc|thường\s+niên))*"
    r"(?:\s+(?:lần\s+)?(?:thứ\s+)?[0-9ivxlc]+)?\s+(?:của\s+)?)$"
)
"""A session word right before a body's name (`… meeting of the`, `the fourth`, `Kỳ họp lần thứ 18`, `khóa họp thứ
10 của`, `Hội nghị thượng đỉnh`)."""

_DELIBERATIVE = re.compile(
    r"\b(?:committee|commission|council|assembly|working\s+group|conference|forum|association"
    r"|ủy\s+ban|uỷ\s+ban|hội\s+đồng|nhóm|phân\s+ban|hội\s+nghị|diễn\s+đàn|hiệp\s+hội)\b"
)
"""Words that name a body meeting in sessions: only such a body is the frame of a session (`the annual meeting of
the Chamber` is the chamber's own doing, not read here)."""

_VENUE = compile_gated(
    r"(?:\btại\s+(?:trụ\s+sở|hội\s+trường)(?:\s+của)?"
    r"|\bat\s+(?:the\s+)?(?:headquarters|premises)\s+of(?:\s+the)?"
    r"|\b(?:held|took\s+place|opened|hosted)\s+at(?:\s+the)?"
    r"|\b(?:diễn\s+ra|khai\s+mạc|tổ\s+chức)\s+tại)\s+$"
)
"""Venue words right before a body's name (`tại trụ sở`, `at the headquarters of`, `held at the`, `khai mạc tại`)."""


def named_as_frame(doc: ArticleDoc, body: Span) -> bool:
    """Whether this mention names the body as the event's frame: the committee whose session it is, or its venue."""
    lower = doc.lower
    start = max(0, body.start - _BEFORE)
    if _VENUE.search(lower, start, body.start):
        return True
    if not _SESSION_OF.search(lower, start, body.start):
        return False
    entity = doc.entities.get(body.id or "")
    names = (lower[body.start : body.end], entity.name.lower() if entity else "")
    return any(_DELIBERATIVE.search(name) for name in names)
