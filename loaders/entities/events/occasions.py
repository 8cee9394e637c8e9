"""Occasions and mentions that are not participation: an event named as the occasion of another, as where
something happened or as what one attended besides, a person commemorated, people only named (greetings conveyed,
a visit still ahead).

These rules say what a sentence does not tell; both the finding of triggers and the reading of one event ask them."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.events.text import _clause_end_after
from loaders.first_letters import compile_gated

_SIGN_NOT_DONE = compile_gated(
    r"\b(?:sẽ|dự kiến|chuẩn bị|tiến tới|hướng tới|thúc đẩy|xúc tiến|đề nghị|mong muốn|nhằm|để|chưa|will|would|to be|be"
    r"|expected|plan(?:s|ned)? to|aim(?:s|ed)? to|hope[sd]? to|not|to|towards?|việc|tiến trình|quá trình|since|kể từ"
    r"|từ khi|accelerat\w*|speed(?:ing)? up|sped up|expedit\w*|push(?:ed|ing)? for|urg(?:e|ed|es|ing)|call(?:ed|s|ing)? for"
    r"|facilitat\w*|promot(?:e|ed|es|ing)|appreciat\w*|welcom(?:e|ed|es|ing)|hail(?:ed|s|ing)?|prais(?:e|ed|es|ing)"
    r"|laud(?:ed|s|ing)?|applaud(?:ed|s|ing)?|commend(?:ed|s|ing)?)"
    r"\s+(?:\S+\s+){0,2}$"
    r"|\bđàm phán,\s*$|\bcho\s+$"
    r"|\b(?:the|an|its|their)\s+early\s+$|\bsớm\s+$"
    r"|\b(?:when|if|once|until|unless|khi|nếu)\s+(?:\S+\s+){0,4}?(?:is|are|gets?|has been|have been|được)\s+$"
)
"""(`to negotiate and sign`, `agreed to sign`, `work towards the signing of`, `accelerate the signing of`, `urged the
signing of`: an infinitive, an aim, an appeal; `việc ký kết`, `tiến trình đàm phán, ký kết`: the
signing as a topic, not a signing told; `since the signing of …`, `kể từ khi ký`: what a period is counted from;
`xúc tiến ký kết`, `promoted the signing of`: a signing sought; `hope for the early signing of`, `sớm ký kết`:
wished for soon; `when the draft is signed`, `khi được ký`: a condition;
`highly appreciated the signing of`, `welcomed the signing of`: a signing praised, a topic as `đánh giá cao việc ký kết`
is; told as an event, it is told with a verb of its own)"""

_NAMED_ONLY = compile_gated(
    r"\b(?:greetings|regards|best wishes|wishes|condolences|congratulations)\s+(?:from|of|to)\b"
    r"|\blời (?:thăm hỏi|chào|chúc)(?: mừng)?\b[^,.;]{0,40}?\b(?:của|tới|đến)\b"
    r"|,\s*who\s+(?!(?:is|was|are|were|has been|had been|arrived|came|also|currently|now)\b)[a-z]+ed\b"
    r"|\b(?:upcoming|planned|forthcoming|preparations? for|prepare for)\s+(?:\w+\s+){0,3}?visits?\b"
    r"|\bchuẩn bị (?:cho )?(?:chuyến thăm|chuyến công tác)\b|\bchuyến thăm\b[^,.;]{0,60}\bsắp tới\b"
    r"|\b(?:agreements?|consensus|understandings?|common perceptions?|outcomes?|results?)\s+(?:\w+\s+){0,2}?"
    r"(?:reached|achieved|agreed)\s+(?:by|between)\b"
    r"|\b(?:nhận thức chung|thỏa thuận|kết quả)\s+(?:quan trọng\s+)?(?:đã\s+)?(?:đạt được\s+)?(?:giữa|của)\s+(?:lãnh đạo\s+)?"
    r"(?:tổng bí thư|chủ tịch|thủ tướng|hai)"
    r"|,\s*who\s+(?:is|was|are|were)\s+accompanying\b"
)
_NAMED_ONLY_CUES = (
    "greetings", "regards", "wishes", "condolences", "congratulations", "lời ", "who ", "upcoming", "planned",
    "forthcoming", "prepar", "chuẩn bị", "sắp tới", "reached", "achieved", "agreed", "nhận thức chung", "thỏa thuận",
    "kết quả",
)  # fmt: skip
"""(besides: agreements reached by leaders not present, `who is accompanying Prime Minister Z`)"""

_AHEAD_VERB = re.compile(
    r"\b(?:will|would|to be|(?:is|are|was|were) (?:scheduled|expected|due|set|going) to|plans? to|planned to|sẽ"
    r"|dự kiến)\s+(?:also\s+|cùng\s+)?$"
)
"""What makes attending a conference still ahead (`will attend`, `is set to attend`, `sẽ tham dự`)."""

_HELD_BY = compile_gated(
    r"\b(?:tổ chức|đồng tổ chức|tiến hành|diễn ra|organi[sz]ed|co-organi[sz]ed|held|hosted|co-hosted|convened)\s+"
    r"(?:(?:a|an|the)\s+)?(?:\S+\s+){0,2}$"
)
"""Who holds a conference is at it (`Ủy ban nhân dân tỉnh … tổ chức Hội nghị sơ kết …`, `X hosted a forum`); `đã diễn ra
Hội nghị …` (the verb first, as Vietnamese tells what took place) is one held."""
_MENTION = compile_gated(
    r"\b(?:tại|trong|sau|bên lề|at|during|in|after|following|the|this)\s+(?:(?:the|a|an)\s+)?(?:buổi\s+|cuộc\s+|lễ\s+)?$"
)
"""`Tại buổi làm việc`, `At the talks`, `During the meeting`: an event word that names where something happened."""

_CONFERENCE_OCCASION = re.compile(
    r"\b(?:(?:bên lề|trong khuôn khổ|on the sidelines of|on the margins of)\s+(?:(?:các\s+)?(?:hoạt động|chương trình)\s+)?"
    r"|tiếp tục (?:các )?(?:hoạt động|chương trình)(?: công tác)? (?:tại|ở)\s+)"
    r"(?:(?:tham\s+)?dự\s+)?(?:the\s+)?$"
)
"""`Bên lề Hội nghị …, X đã có buổi làm việc với Y`, `trong khuôn khổ Diễn đàn …, X tiếp Y`, `tiếp tục các hoạt động tại
Hội nghị Thượng đỉnh …, X đã có cuộc gặp Y`: the conference whose margins the event is held on, or at which the
subject's activities continue, is one the subject attended."""
_NAMED_CONFERENCE_OCCASION = re.compile(
    r"\b(?i:on the sidelines of|on the margins of|during)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?:(?:[A-Z0-9][\w’'-]*|of|\([A-Z0-9-]+\))\s+){1,8}$"
)
"""`The deal, signed on May 26 in Lima on the sidelines of the 12th Pacific Summit`, `the signing held in Lima during the
Andean Business Forum`: a conference named by its own capitalised name as the occasion of what the sentence tells was
held, an event of its own (English puts the name between the article and the conference word, which `Bên lề Hội nghị
…` does not); `during the forum`, lower-case, names back the one told before."""


def _named_only(doc: ArticleDoc, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a sentence that name people who are not at its event: greetings conveyed (`who conveyed greetings
    from Z`, `chuyển lời thăm hỏi của Z`), a guest's relative clause (`Y, who praised Z`), a visit still ahead (`the
    upcoming visit of Z`); each to the end of its clause."""
    text = doc.lower[start:end]
    if not any(cue in text for cue in _NAMED_ONLY_CUES):  # (a cheap test first: most sentences have none)
        return []
    return [(m.start(), _clause_end_after(doc, m.end(), end)) for m in _NAMED_ONLY.finditer(doc.lower, start, end)]


def _named_as_occasion(doc: ArticleDoc, s_start: int, at: int) -> bool:
    """Whether the conference word at `at`, capitalised (`Summit`, `Forum`: a name, not `the forum` named back), ends
    the name of the conference an event told before it in its sentence was held on the margins of (`met with Y on the
    sidelines of the 48th Association of Southeast Asian Nations (ASEAN) Summit`: both were at it, an event of its own
    as the conventions decide for an occasion with named people), or a signing during (`signed during the Andean
    Business Forum`; a meeting `during the X Summit` may be told long after it); the cue words are looked for first,
    as most sentences have none."""
    if not doc.text[at : at + 1].isupper():
        return False
    window = doc.lower[max(s_start, at - 90) : at]
    if not any(cue in window for cue in ("sidelines of", "margins of", "during the")):
        return False
    if "sign" not in doc.lower[s_start:at] and "inked" not in doc.lower[s_start:at] and "during the" in window:
        return False
    return _NAMED_CONFERENCE_OCCASION.search(doc.text, max(s_start, at - 90), at) is not None


def _held(lower: str, s_start: int, at: int) -> bool:
    """Whether the conference word at `at` is told as held (`tổ chức Hội nghị`, `hosted a forum`), not as to be held
    (`để có thể tổ chức Kỳ họp lần thứ IV dự kiến trong năm 2023`, `will host a forum`)."""
    held = _HELD_BY.search(lower, max(s_start, at - 30), at)
    return held is not None and not _SIGN_NOT_DONE.search(lower, max(s_start, held.start() - 30), held.start())


_ATTENDING = re.compile(r"\b(?:tham dự|dự|đồng chủ trì|chủ trì|attended|co-chaired|chaired)\s+(?:\S+\s+){0,5}[\"“]?$")
"""`khi dự Hội nghị …`, `chuyến công tác dự Hội nghị Cấp cao …`, `các hoạt động tham dự Phiên thảo luận …`, `nhân dịp dự
“Hội nghị …”`: Vietnamese tells the conference a trip or a meeting was made for with `dự` (English `to attend` after a
trip tells its purpose, and whose: a guest's relative clause or the subject's, which this does not tell apart); one
chaired or attended in the past (`cùng … Y chủ trì hội nghị lần thứ 13`, `attended the … Business Forum`) is held
too, a conference of its own beside the trip or meeting the sentence tells."""
_TRIP_TO_ATTEND = re.compile(
    r"\b(?:his|her|their|[\w-]+['’]s)\s+(?:(?:[\w-]+\s+){0,2}?(?:trip|visit|tour)\b[^.;]{0,60}?"
    r"\b(?:to\s+(?:attend|take part in|participate in)|for|included attending|including attending)"
    r"|participation in|attendance at)\s+(?:(?!(?:visit|trip|tour|for)\b)[^\s.;]+\s+){0,9}$"
)
"""`as part of her business trip to the UAE to take part in the 2023 Global Summit of Women`, `as part of his trip
for the 26th … Conference`, `X's visit … included attending the … session of the UN General Assembly`, `as part of
his participation in the 14th Annual Investment Meeting`: English tells the conference a trip was made for after the
traveller's own trip (`his`, `X's`): he attended it (not a guest's relative clause, `Y, who is in Hanoi to attend …`,
which names no one's trip)."""
_TRIP_REACH = 200  # characters before a conference word where the trip it was made for may be told
_TRIP_AHEAD = re.compile(
    r"\b(?:preparations? for|prepare for|upcoming|coming|next|planned|future|proposed)\s+(?:[^\s.;,]+\s+){0,4}$"
)
"""`preparations for President X's visit to Vietnam for the APEC …`: a trip still ahead, not one made."""


def _trip_made_for(lower: str, s_start: int, at: int) -> bool:
    """Whether the conference word at `at` follows the trip its traveller made for it (`_TRIP_TO_ATTEND`), one not
    still ahead (`_TRIP_AHEAD`, `_AHEAD_VERB` right before the trip's owner)."""
    trip = _TRIP_TO_ATTEND.search(lower, max(s_start, at - _TRIP_REACH), at)
    if trip is None:
        return False
    before = max(s_start, trip.start() - 40)
    return not (_TRIP_AHEAD.search(lower, before, trip.start()) or _AHEAD_VERB.search(lower, before, trip.start()))


_BY_THE_WAY = re.compile(r"\b(?:tháp tùng)\b[^,;]*$")
"""`tháp tùng Thủ tướng tham dự …`: the conference is the occasion of the one accompanied, not of the subject (the
schema's sample annotates only the meeting). `Nhân dịp tham dự Hội nghị …, X gặp Y` puts X at the conference: an
event of his (docs/annotation-conventions.md, "Occasions": an occasion is an event when the text puts a named person
at it)."""
_EVE = re.compile(r"\b(?:trước thềm|ahead of|on the eve of)\s+$")
"""`Trước thềm tham dự Tuần lễ cấp cao APEC, X đã thăm …`: the conference comes after what the sentence tells."""


def _attended_besides(doc: ArticleDoc, s_start: int, at: int) -> bool:
    """Whether the conference word at `at` is told attended (`khi dự`, `tham dự`, `nhân dịp tham dự`; not `sẽ tham
    dự`, `trước thềm tham dự`, nor by whom the subject accompanies, `tháp tùng … tham dự`) or as the conference on whose
    margins the sentence's event was held (`_CONFERENCE_OCCASION`, `_named_as_occasion`)."""
    if _CONFERENCE_OCCASION.search(doc.lower, max(s_start, at - 60), at) or _named_as_occasion(doc, s_start, at):
        return True
    if _trip_made_for(doc.lower, s_start, at):
        return True
    attend = _ATTENDING.search(doc.lower, max(s_start, at - 60), at)
    if attend is None or _BY_THE_WAY.search(doc.lower, s_start, attend.start()):
        return False
    before = max(s_start, attend.start() - 40)
    ahead = _AHEAD_VERB.search(doc.lower, before, attend.start()) or _EVE.search(doc.lower, before, attend.start())
    return ahead is None


_COMMEMORATING = compile_gated(
    r"\b(?:mang tên|tưởng niệm|lăng|bảo tàng|khu di tích|di tích|nhà lưu niệm|tượng đài|đền thờ|named after|statue of"
    r"|memorial to|monument to|museum of|mausoleum of|quê hương(?: của)?|quê nhà của|birthplace of|hometown of"
    r"|home town of)\s+(?:(?:chủ tịch|bác|president|chairman|uncle|đồng chí|lãnh tụ)\s+)?$",
    re.I,
)
_GONE = compile_gated(
    r"\b(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) late|[Tt]he (?:passing|death|memory) of|(?:sự ra đi|di sản|di chúc) của"
    r"|tưởng nhớ)\s+(?:[\w-]+\s+){0,3}$"
    r"|\bcố\s+(?:[A-ZĐ][\w-]*\s+){1,3}$"
)
"""`Vietnam and its late President X`, `the passing of General Secretary Y`, `cố Thủ tướng Z`, `di sản của Chủ tịch
W`: a leader who has died is spoken of, never at the event (a capital after `cố`: not `cố gắng`)."""
_COMMEMORATED_AFTER = re.compile(
    r"(?:\s+(?:Mausoleum|Memorial|Museum|Monument|Relic|Memorial House|Square|Street|Road|Avenue|Boulevard|Trail))\b"
)


def _commemorated(doc: ArticleDoc, person: Span) -> bool:
    """`thăm Trường mang tên Chủ tịch Hồ Chí Minh`, `dâng hoa tại biển tưởng niệm chủ tịch X`, `visited the X
    Mausoleum`: a person a school, a memorial, a museum or a street is named after is no participant of the visit;
    nor is one whose home town the place is named as (`thăm Hồ Nam, quê hương của Chủ tịch X`, `the birthplace of`),
    nor a leader who has died (`_GONE`)."""
    if _COMMEMORATED_AFTER.search(person.text) or _COMMEMORATED_AFTER.match(doc.text, person.end):
        return True
    return bool(
        _COMMEMORATING.search(doc.text, max(0, person.start - 40), person.start)
        or _GONE.search(doc.text, max(0, person.start - 60), person.start)
    )


_SPOKEN = compile_gated(
    r"\b(?:said|says|noted|stressed|(?:re)?affirmed|emphasi[sz]ed|underlined|highlighted|recalled"
    r"|cho biết|khẳng định|nhấn mạnh|cho rằng|nêu rõ|nhắc lại)\b"
)
"""The speech verbs after which a sentence tells what its speaker said (not `told`, `thanked`, `welcomed`: whom they
take is whom the speaker met)."""


def _spoken_of(doc: ArticleDoc, s_start: int, at: int, person: Span) -> bool:
    """`Speaking at the meeting, X reaffirmed that the ties nurtured by Presidents A and B …`, `During the meeting
    with Y, X noted that … under President Z`: in a sentence that opens with the event (no one named before its
    word), whom the speaker speaks of after his speech verb is not at it; the speaker and whom the event's phrase
    names (`with Y`) are."""
    if doc.within(doc.people, s_start, at):
        return False
    before = doc.within(doc.people, at, person.start)
    return bool(before) and _SPOKEN.search(doc.text, before[0].end, person.start) is not None


def _is_mention(doc: ArticleDoc, s_start: int, at: int) -> bool:
    """Whether the event word at `at` names where something happened (`At the meeting`, `Tại buổi làm việc`)."""
    return bool(_MENTION.search(doc.lower, max(s_start, at - 25), at))
