"""An event's day: its sentence's own date, the page's date line, the lead's day or month, a day counted from
another, the day of the event named before.

The day is the part of an event most often told apart from its words (a date line, `that day`, `last week`), so
the rules that find which day an event was on are kept together."""

from __future__ import annotations

import re
from datetime import date

from core.vocabulary import EventKind
from loaders.dates import DAY, MONTH, YEAR, DateMention
from loaders.entities.doc import ArticleDoc
from loaders.entities.events.record import EventRecord
from loaders.entities.events.text import _LEAD
from loaders.entities.events.words import _MEETING_KINDS, _TRIGGERS
from loaders.first_letters import compile_gated


def _scheduled_day(doc: ArticleDoc, idx: int) -> bool:
    """Whether a sentence gives a day (not a month or a year alone): what a visit told ahead is set for."""
    sentence = doc.sentences[idx]
    return any(d.precision == DAY and d.kind != "period" for d in doc.dates_in(sentence.start, sentence.end))


_DATELINE_LINE = 80  # characters: a page's date line is short
_DATELINE_LABEL = re.compile(r"(?:[^\W\d]{1,12}[\s.,]+){0,3}[^\W\d]{1,12}(?:\s+\d)?[\s,:|-]*")
_AGENCY_DASH = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-|:)")

_DATELINE_TOP = 400  # characters: how near the top a line's opening day dates the lead's events

_NAMED_BACK = 2  # sentences: how far before `The meeting was chaired by …` the one that named it with its day may be
_MEETING_NAMED_BACK = re.compile(
    r"^\s*(?:(?:at|during|after|following|in)\s+)?(?:the|this)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:meeting|talks|conference|session|dialogue|forum)\b",
    re.I,
)
"""`The meeting was chaired by …`, `At the talks, …`, `During the session, …`: a sentence opening with a meeting it names
back, as told before."""


_DOCUMENT = (
    r"(?:agreement|accord|deal|mou|memorandum|contract|protocol|thỏa thuận|thoả thuận|hiệp định|bản ghi nhớ|biên bản"
    r"|hợp đồng|nghị định thư)"
)
_SIGNING_NAMED_BACK = re.compile(
    r"^\s*(?:(?:at|during|after|following)\s+)?(?:the\s+)?(?:lễ|buổi)\s+k[ýí](?:\s+kết)?\b"
    r"|^\s*(?:(?:at|during|after|following)\s+)?the\s+signing(?:\s+ceremony)?\b"
    rf"|^\s*(?:the\s+|this\s+)?{_DOCUMENT}(?:\s+[^\s.,;]+){{0,8}}?\s+(?:was|were|has been|had been|đã được|được)"
    r"(?:\s+(?:chính thức|officially|formally))?\s+(?:signed|k[ýí])",
    re.I,
)
"""`Lễ ký kết giữa A và B đã diễn ra …`, `The signing ceremony was witnessed by …`: a sentence opening with a signing it
names back, as told before."""
_SIGNING_WORD = compile_gated(rf"\b(?:k[ýí] kết|k[ýí]|signed|signing|signs?|{_DOCUMENT})\b")


def _day_named_before(doc: ArticleDoc, rec: EventRecord, told: set[int]) -> DateMention | None:
    """`Vietnam and Turkey agreed to … during the seventh meeting of the Joint Committee in Hanoi on July 13.` then `The
    meeting was chaired by A and B.`: news names an event with its day in one sentence (one that tells no event read
    here: who was at it comes after) and tells it in the next; the meeting named back is on the day of the sentence
    just before that names a meeting word with a day. A signing named back (`… đã ký kết một bản ghi nhớ … vào tháng
    11 năm 2016.` then `Lễ ký kết giữa A và B đã diễn ra với sự hiện diện của X`) is on the day, or in the month, of the
    sentence before that tells a signing with one."""
    precisions: tuple[str, ...]
    if rec.kind in _MEETING_KINDS:
        opener, precisions = _MEETING_NAMED_BACK, (DAY,)
    elif rec.kind == EventKind.SIGNING:
        opener, precisions = _SIGNING_NAMED_BACK, (DAY, MONTH)
    else:
        return None
    for idx in sorted(rec.sentences):
        if not opener.match(doc.sentences[idx].text):
            continue
        for back in range(idx - 1, max(-1, idx - 1 - _NAMED_BACK), -1):
            if back in told:
                break
            before = doc.sentences[back]
            lower = doc.lower[before.start : before.end]
            if rec.kind == EventKind.SIGNING:
                words = [before.start + m.start() for m in _SIGNING_WORD.finditer(lower)]
            else:
                words = [before.start + a for a, _, tag in _TRIGGERS.find(lower) if tag.rstrip("*") in _MEETING_KINDS]
            days = [
                d for d in doc.dates_in(before.start, before.end) if d.precision in precisions and d.kind != "period"
            ]
            if words and days:
                return min(days, key=lambda d: min(abs(d.offset - w) for w in words))
    return None


_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3}


def _months_from(day: str, shift: re.Match[str]) -> str:
    """The month `shift` (`a month earlier`, `two months later`) counts from the month of `day` (ISO), as YYYY-MM."""
    n = _NUMBER_WORDS.get(shift.group("n")) or int(shift.group("n"))
    months = int(day[:4]) * 12 + int(day[5:7]) - 1 + (n if shift.group("way") in ("later", "after") else -n)
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _dateline_day(doc: ArticleDoc) -> DateMention | None:
    """A day that opens a line near the top of the article (`March 21 — …`: an English dateline whose place and
    outlet the cleaning took off): the day the events its lead tells without a date of their own happened."""
    for d in doc.dates_in(0, _DATELINE_TOP):
        line_start = doc.text.rfind("\n", 0, d.offset) + 1
        line_end = doc.text.find("\n", d.offset)
        short = (line_end if line_end >= 0 else len(doc.text)) - line_start <= _DATELINE_LINE
        # (`Thứ 4, 22/11/2023 | 11:36:23 [GMT +7]`, `Updated: 24-11-2021`: a weekday or a label before it)
        # (`Tokyo, Nov. 23 (Jiji Press)--…`, `SEOUL, Nov. 8 (Yonhap) -- …`: a city before it, the story after it)
        label = _DATELINE_LABEL.fullmatch(doc.text, line_start, d.offset)
        if d.precision == DAY and (
            d.offset == line_start or (label and (short or _AGENCY_DASH.match(doc.text, d.end_offset)))
        ):
            return None if _lead_day_apart(doc, d) else d
    return None


_DATELINE_APART = 31  # days: a lead whose own day lies this far from the date line's tells of another time


def _lead_day_apart(doc: ArticleDoc, line_day: DateMention) -> bool:
    """`Thứ sáu, ngày 22/11/2024` at the top, then a lead that tells `chiều 16-10, … bắt đầu chuyến thăm` of 2018: a
    date line far from the day the lead gives is the site's date of today (page furniture), not the story's."""
    idx = doc.sentence_index(line_day.offset)
    ends = doc.sentences[min(len(doc.sentences) - 1, idx + _LEAD + 1)].end
    days = [
        d
        for d in doc.dates_in(doc.sentences[idx].end, ends)
        if d.precision == DAY and d.kind != "relative" and d.offset != line_day.offset
    ]
    if not days:
        return False
    line = date.fromisoformat(line_day.start[:10])
    return all(abs((date.fromisoformat(d.start[:10]) - line).days) > _DATELINE_APART for d in days)


def _page_day(doc: ArticleDoc) -> DateMention | None:
    """The page's own day (its `date` header, or the date its reader found), as a dateline when the text has none:
    news tells in its lead what happened that day or just before (`BUSAN, VNA – X and his counterpart Y have
    discussed …`); only its month is kept, the day may be the one before, so a stamp of a month alone (`date
    2023-04`) dates the lead as well."""
    own = doc.article.date  # (its own, or the day its address files it under: `pipeline`)
    if not own or len(own) not in (7, 10):
        return None
    return DateMention(own[:7], None, MONTH, own, 0, 0)


def _lead_month(doc: ArticleDoc, lead_end: int) -> DateMention | None:
    """The month of the first day the lead gives (`Từ 10-12/6, Tổng lãnh sự quán … tham gia các hoạt động của đoàn …`),
    on an undated page: when no event is dated, the lead's day is what the story tells, not one of its events'."""
    for sentence in doc.sentences[: lead_end + 1]:
        day = next((d for d in doc.dates_in(sentence.start, sentence.end) if d.precision == DAY), None)
        if day is not None:
            return DateMention(day.start[:7], None, MONTH, day.text, day.offset, day.end_offset)
    return None


def _date_line_month(doc: ArticleDoc) -> DateMention | None:
    """The month of the whole date (day, month and year written out) that stands on a short line of its own near the
    top of the page (`- 26 Sep 2017 8:44 AM`, `Thursday, Nov 15, 2018 14:45`): the page's date line."""
    for d in doc.dates_in(0, _DATELINE_TOP):
        line_start = doc.text.rfind("\n", 0, d.offset) + 1
        line_end = doc.text.find("\n", d.offset)
        short = (line_end if line_end >= 0 else len(doc.text)) - line_start <= _DATELINE_LINE
        if d.precision == DAY and not d.inferred_year and d.kind == "point" and short:
            return DateMention(d.start[:7], None, MONTH, d.text, d.offset, d.end_offset)
    return None


def _date_by_own_phrase(doc: ArticleDoc, idx: int, rec: EventRecord, at: int, stops: list[int]) -> None:
    """Date an event named besides a sentence's main one by the first day, month or year its own phrase gives (from
    its word up to the next of `stops`, else the sentence's end), when it gives one: `… của Tổng thống A vào tháng
    3/2025 và chuyến công tác của Thủ tướng B tham dự Hội nghị … vào đầu tháng 7/2025` (B's trip and its summit: July)."""
    stop = next((x for x in sorted(stops) if x > at), doc.sentences[idx].end)
    own = [d for d in doc.dates_in(at, stop) if d.kind != "period"]
    if own:
        rec.date, rec.end_date, rec.precision = own[0].start, own[0].end, own[0].precision


def _range_of_own_phrase(doc: ArticleDoc, idx: int, rec: EventRecord, at: int, stops: list[int]) -> None:
    """Date a visit named besides a sentence's main event by the span of days its own phrase gives (from its word up to
    the next of `stops`, else the sentence's end), when it gives one: `Ngày 3/8, … Đại sứ X đã tiếp đoàn … do Y dẫn
    đầu thăm làm việc tại Hà Lan, từ ngày 30/7-3/8`, `… received Y, who is visiting Z from July 30 to August 3`: a
    visit lasts days, and a span told with it is its own, not the reception's day the sentence opens with."""
    stop = next((x for x in sorted(stops) if x > at), doc.sentences[idx].end)
    span = next((d for d in doc.dates_in(at, stop) if d.kind == "range" and d.end), None)
    if span is not None:
        rec.date, rec.end_date, rec.precision = span.start, span.end, span.precision


_DOCUMENT_YEAR = compile_gated(
    r"\b(?:biên bản|thỏa thuận|thoả thuận|kế hoạch|chương trình|bản ghi nhớ|plan|programme|program)\b"
    r"[^,.;()]{0,80}?(?:\s+năm|\s+for(?: the year)?)\s+$",
    re.I,
)
"""`ký Biên bản hợp tác năm 2018`, `trao Thỏa thuận hợp tác … năm 2015`, `signed the cooperation plan for 2024`: a
year that names which year a document or plan covers is part of its name, not the day it was signed on."""


def _names_documents_year(doc: ArticleDoc, d: DateMention, s_start: int) -> bool:
    """Whether a bare year is the year a document or plan covers (`_DOCUMENT_YEAR`), told right before it."""
    return d.precision == YEAR and bool(_DOCUMENT_YEAR.search(doc.text, max(s_start, d.offset - 120), d.offset))


def _lead_day_of(doc: ArticleDoc, pair: set[str], *, whole: bool = True) -> DateMention | None:
    """The day a sentence of the lead gives for the pair it names (`A and B on Monday discussed …`), or for one of
    them (`whole=False`)."""
    for s in doc.sentences[: _LEAD + 2]:
        named = {p.id for p in doc.within(doc.people, s.start, s.end)}
        if pair <= named if whole else bool(pair & named):
            days = [d for d in doc.dates_in(s.start, s.end) if d.precision == DAY and d.kind != "period"]
            if days:
                return days[0]
    return None
