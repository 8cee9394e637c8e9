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

Two more are read here for the writer: a body an attendance list names only as whose unnamed leaders or
representatives came (`named_as_represented`), and whether a body named in a visit's sentences travels with it or
receives it (`travels_with_visit`; the others there that another event of those sentences has as its side are that
event's, `stage._framed_sides`).

Counted on the look files: of the 3,547 bodies the rules linked to events that match the gold (80 of them gold
participants; most of the rest are the sides present through their people, as the graph's model has it), these two
shapes were 52, none of them a gold participant. The record keeps them (an event that names
only a committee's session takes the committee's officials, `stage._officials_of`); the writer leaves out their
`PARTICIPATED_IN` when the event has people of its own."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.events.attendance import DELEGATION_MEMBERS
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


_REPRESENTED_BY = compile_gated(
    r"\b(?:lãnh\s+đạo|đại\s+diện|cán\s+bộ|representatives?|leaders(?:hip)?|officials|members|staff)\b"
)
"""Words that name a body's people without naming them (`có đại diện lãnh đạo các đơn vị: A, B`, `the leaders of A,
B and C`)."""

_LIST_OPENING = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:Cùng (?:tham )?dự|Tham dự|Dự (?:buổi|hội|lễ)|Về phía|Tiếp (?:và làm việc )?(?:với|cùng) đoàn"
    r"|Attending|Also (?:present|attending|taking part)|Present at|Joining)\b",
    re.I,
)
"""How an attendance list opens (`Cùng tham dự buổi làm việc có …`, `Attending the meeting are …`)."""


def named_as_represented(doc: ArticleDoc, body: Span) -> bool:
    """Whether this mention names the body only as whose unnamed people attended: in an attendance list, after a word
    for its leaders or representatives with no one named between (`Cùng dự có lãnh đạo Sở A, Văn phòng B`,
    `Attending the meeting are the leaders of A and B`). The annotation lists a body only when it acts as one (the
    subject or the partner of the event's verb), and unnamed attendees are no participants."""
    idx = doc.sentence_index(body.start)
    sentence = doc.sentences[idx]
    if not _LIST_OPENING.match(sentence.text):
        return False
    lower = doc.lower
    cues = list(_REPRESENTED_BY.finditer(lower, sentence.start, body.start))
    return bool(cues) and not doc.within(doc.people, cues[-1].end(), body.start)


_LIST_BACK = 8
"""Sentences: how far back through items a list cut at its semicolons may have opened (`_semicolon_list_end`)."""


def travels_with_visit(doc: ArticleDoc, body: Span) -> bool:
    """Whether this mention names the body as travelling with a delegation (`Đoàn công tác còn có sự tham gia của
    Hiệp hội A, Hội B`, `The delegation included representatives of A`): after a list of a delegation's members in
    its sentence, or in a later item of such a list that semicolons cut into sentences of their own.

    A visit's participants are its visitor and the delegation members the text names as travelling
    (docs/annotation-conventions.md, "A visit beside its meetings"); a body named otherwise in a visit's sentences
    (the host received, the ministry that signs during the trip, a firm toured, the body whose invitation it was) is
    no participant of the visit when its visitor is named (it may be one of the meeting or signing told with it)."""
    idx = doc.sentence_index(body.start)
    first = idx
    while first > 0 and idx - first < _LIST_BACK and doc.sentences[first - 1].text.rstrip().endswith(";"):
        first -= 1
    if DELEGATION_MEMBERS.search(doc.text, doc.sentences[first].start, body.start) is not None:
        return True
    return _VISITED_OR_VISITING.search(doc.lower, max(0, body.start - _BEFORE), body.start) is not None


_VISITED_OR_VISITING = re.compile(
    r"(?:\bthăm(?:\s+và\s+làm\s+việc)?(?:\s+(?:với|tại))?|\bvisit(?:ed|s|ing)?(?:\s+(?:to|with))?"
    r"|\b(?:làm\s+việc|working\s+session|held\s+talks)\s+(?:với|with)|\btoured"
    r"|\bđoàn(?:\s+(?:công\s+tác|đại\s+biểu|cấp\s+cao))*(?:\s+của)?|\bdelegations?\s+(?:of|from))"
    r"\s+(?:the\s+)?$"
)
"""Words right before a body that make it the visit's own: where the visitor goes (`thăm và làm việc với A`, `visited
and held a working session with A`, `visits A`) or the travelling delegation's body (`đoàn công tác A`, `a delegation
from A`), as the annotation lists a visit's host or its delegation's body."""


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
