"""Stage 4, dates: Vietnamese (and English) date expressions -> ISO dates with a precision.

Takes an article's text (and its publication date when known) and gives
`DateMention`s: start, end (ranges), precision (`day`/`month`/`year`), the
text matched and its offsets. A small hand-written grammar over precompiled
regexes, because the forms of Vietnamese news (`chiều 17/9`, `từ 14 - 15/4`,
`8 tháng năm 2024`) are not known to generic date parsers, and because it is
fast.

A year left out (`chiều 17/9`) is inferred, in this order: an explicit year
earlier in the same sentence; the article's "present" (its publication date,
else the period its statistics cover: `8 tháng năm 2024` is written in
September 2024); the nearest explicit year before the mention; the most
frequent year of the article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from loaders.datelines import WIRE_AFTER, WIRE_PLACE
from loaders.first_letters import compile_gated

DAY, MONTH, YEAR = "day", "month", "year"


@dataclass(frozen=True, slots=True)
class DateMention:
    start: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    end: str | None  # for a range, its last day; else None
    precision: str  # day | month | year
    text: str  # as matched
    offset: int  # offsets in the text searched
    end_offset: int
    kind: str = "point"  # point | range | period (a reporting period: `8 tháng năm 2024`)
    inferred_year: bool = False

    @property
    def year(self) -> int:
        return int(self.start[:4])


_MONTH_FORMS_EN = (
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("may",),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)
"""Each month's English forms, the full name last."""
_MONTHS_EN = {m: i for i, names in enumerate(_MONTH_FORMS_EN, start=1) for m in names}
_MONTHS_VI = {
    word: i
    for i, word in enumerate(
        ("giêng", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"), start=1
    )
}
"""The months in Vietnamese words (`tháng Mười`), lowercased as the Vietnamese forms are matched."""
_VI_MONTH_ALTERNATION = "|".join(sorted(_MONTHS_VI, key=len, reverse=True))  # (`mười một` before `mười`)
_MONTH_NAMES = sorted((m.capitalize() for m in _MONTHS_EN), key=len, reverse=True)
_MON = r"(?P<mon>" + "|".join(_MONTH_NAMES) + r")\.?"


def _by_first_letter(words: Sequence[str], behind: str) -> str:
    """`(?:w1|w2|…)` with `behind`, a look-behind, checked before each word, written as one branch per first letter
    with the look-behind after that letter (each letter's words in their order; as `lexicon.by_first_letter` writes
    them): a pattern that opens with `\\b` or a look-behind is tried at every position of a page, one whose branches
    open with letters only where those letters are. The same matches: a word can only match where its letter is."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{c}{behind}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


_MON_AFTER_BREAK = r"(?P<mon>" + _by_first_letter(_MONTH_NAMES, r"(?<!\w.)") + r")\.?"
"""`\\b` + `_MON`, opened by the month's first letter (no word character before it)."""
_MON_MAY_BE_GLUED = r"(?P<mon>" + _by_first_letter(_MONTH_NAMES, r"(?<![^\Wa-z].)") + r")\.?"
"""`(?:\\b|(?<=[a-z]))` + `_MON` opened by the month's first letter: before it no word character, or a small letter
(`HanoiNovember 21`, which `_glued` then checks)."""
_DAY_AFTER_BREAK = r"(?P<d>\d(?<!\w.)\d?)"
"""`\\b(?P<d>\\d{1,2})` opened by its first digit."""
_CUE = r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|từ|đến|tới|vào|đầu|cuối|giữa|trước|sau|mai|qua|nay|lúc|và)"
_Y = r"(?P<y>(?:19|20)\d{2})"
_TO_DAY = r"(?:\s*(?:[-–—]|to|and)\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?"

_VI_RELATIVE_DAYS = (
    "hôm nay",
    "hôm qua",
    "ngày mai",
    "năm nay",
    "năm ngoái",
    "năm trước",
    "năm vừa qua",
    "năm tới",
    "năm sau",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CALENDAR_WORDS_EN = frozenset((*_WEEKDAYS, *(names[-1].capitalize() for names in _MONTH_FORMS_EN)))
"""The English names of the days and months, written whole (`Monday`, `September`): words of the calendar, not names."""

# The forms tried over a whole page (the English ones, `relative`, `weekday`) open with a letter or a digit, their
# `\b` or look-behind after it (`_by_first_letter`, `_DAY_AFTER_BREAK`): then only the positions where that letter
# or a digit stands are tried, not every one (the same matches; 0.2 ms less on an English page).
# Vietnamese forms are matched on the lowercased text without re.I and start with their digits where they
# can (both much faster in Python's re); a required cue word before a bare `17/9` is checked on the left.
# English month names are matched capitalised on the original text: `may` is also a Vietnamese word.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(rx))
    for name, rx in (
        ("iso", r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
        # `승인 2019.10.16 15:48`, `2017/6/15` (East Asian sites, year first): the ISO order with dots or slashes
        ("ymd", r"(?<![\d./-])(?P<y>(?:19|20)\d{2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d./])"),
        # `Update: 3/13/2014`, `06/13/2008` (the US order): only where the middle number cannot be a month
        ("mdy", r"(?<![\d/-])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/" + _Y + r"\b"),
        ("vi_full", r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm|,)\s*" + _Y + r"\b"),
        # `Thứ Tư, 28 Tháng Mười 2020`, `ngày 5 tháng Năm năm 2019` (the month in words, as some sites write a date line;
        # not `8 tháng năm 2024`, eight months of it); a clock glued to the year (`28 Tháng Mười 20209:22 SA`) ends it
        (
            "vi_words",
            r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?!năm\s+(?:19|20)\d{2})(?P<mon>" + _VI_MONTH_ALTERNATION + r")"
            r"\s*(?:năm\s+|,\s*)?" + _Y + r"(?:\b|(?=\d{1,2}:\d{2}))",
        ),
        # `từ ngày 06/3/2024 đến ngày 08/3/2024`: two whole dates, the first after `từ` (as `_LEFT_CUE` checks), joined
        # by a word (a dash between whole dates is the span an anniversary counts, `(2/12/1975 – 2/12/2025)`)
        (
            "range_whole",
            r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y0>(?:19|20)\d{2})\s+(?:đến|tới)\s+(?:ngày\s+)?"
            r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/" + _Y + r"(?![/\d])",
        ),
        (
            "range_cross",
            r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*(?:[-–—]|đến|tới)\s*(?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?:/"
            + _Y
            + r")?(?![/\d])",
        ),
        (
            "range",
            r"(?<![\d/,.])(?P<d>\d{1,2})\s*(?:[-–—]|đến|tới)\s*(?:ngày\s+)?(?P<d2>\d{1,2})/(?P<m>\d{1,2})(?:/"
            + _Y
            + r")?(?![/\d])",
        ),
        # `từ ngày 16 đến 19.10`, `ngày 16 - 19.10.2011` (the dotted style; a day word before it, no amount after it)
        (
            "range_dot",
            r"(?<![\d/,.])(?P<d>\d{1,2})\s*(?:[-–—]|đến|tới)\s*(?:ngày\s+)?(?P<d2>\d{1,2})\.(?P<m>\d{1,2})(?:\."
            + _Y
            + r")?(?![\d%]|\.\d|,\d|\s*(?:triệu|tỷ|nghìn|ngàn|USD|đồng|km|ha|tấn|%)\b)",
        ),
        # `từ ngày 15 đến 17-10`, `(từ 3 đến 5-12)` (the dash style's range; a day word before it, as for `dm_dash`)
        (
            "range_dash",
            r"(?<![\d/,.-])(?P<d>\d{1,2})\s*(?:đến|tới|\s[-–—]\s)\s*(?:ngày\s+)?(?P<d2>\d{1,2})-(?P<m>\d{1,2})(?:-"
            + _Y
            + r")?(?![-/\d])(?!\s*(?:ngày|tháng|năm|giờ|tuần|lần|người|tuổi|km|ha|tấn|triệu|tỷ|%))",
        ),
        # (`Tối 24- 4-2010`: a space some outlets type after the dash)
        ("dmy", r"(?<![\d/-])(?P<d>\d{1,2})(?P<sep>[/-]) ?(?P<m>\d{1,2})(?P=sep) ?" + _Y + r"\b"),
        # `Ngày 12/9/23`: a two-digit year (a cue word before it, as for `dm`)
        ("dmy2", r"(?<![\d/,.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<yy>\d{2})(?![/\d])"),
        ("dm", r"(?<![\d/,.])(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])"),
        # `Chiều 12-2`, `trưa 11-8` (the dash some outlets write): a time-of-day cue before it, no count after it (but
        # `chiều 11-9 giờ địa phương`: the day, then the clock it is told by, which is no count of hours)
        (
            "dm_dash",
            r"(?<![\d/,.-])(?P<d>\d{1,2})-(?P<m>\d{1,2})(?![-/\d])"
            r"(?!\s*(?:ngày|tháng|năm|giờ(?!\s+(?:địa phương|việt nam|hà nội|gmt|utc)\b)|tuần|lần|người|tuổi|km|ha|tấn"
            r"|triệu|tỷ|%))",
        ),
        # `Ngày 3.11`, `sáng 14.5.2024` (Thanh Niên's style): a cue word before it, never a decimal number
        (
            "dm_dot",
            r"(?<![\d/,.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>(?:19|20)\d{2}))?(?![\d%]|\.\d|,\d|\s*(?:triệu|tỷ|nghìn|ngàn|USD|đồng|km|ha|tấn)\b)",
        ),
        # `Ngày 19 tháng 10, …`: a day and a month in words, with no year (a cue word before it, as for `dm`)
        ("dm_words", r"(?<![\d/,.])(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\b(?!\s*(?:/|năm|-|,)\s*\d)(?!\s+ngày)"),
        ("period", r"(?<!\d)(?P<n>\d{1,2})\s+tháng\s+(?:đầu\s+|cuối\s+|qua\s+của\s+)?năm\s+" + _Y + r"\b"),
        ("month_year", r"tháng\s+(?P<m>\d{1,2})\s*(?:/|năm|-)\s*" + _Y + r"\b"),
        ("month", r"tháng\s+(?P<m>\d{1,2})\b(?!\s*(?:/|năm|-)\s*\d)(?!\s+(?:qua|tới|đầu|cuối))"),
        # `vào tháng Tư vừa qua`, `trong tháng Mười năm 2019`: a month in words with no day (a cue word before it, the
        # month's word capitalised in the text, as `_month_in_words` checks: `tháng năm` is also `months and years`)
        (
            "month_words",
            r"tháng\s+(?P<mon>" + _VI_MONTH_ALTERNATION + r")\b(?:\s*(?:năm\s+|,\s*|/\s*)?" + _Y + r"\b)?",
        ),
        # (with a range of days in one month: `June 5-7, 2023`, `from June 5 to 7`, `5-7 June 2023`, its year after it)
        # (`Jan.19`: an abbreviation's dot with no space after it, as `Jan. 19`)
        (
            "en_mdy",
            _MON_MAY_BE_GLUED + r"(?:\s+|(?<=\.))(?P<d>\d{1,2})(?:st|nd|rd|th)?" + _TO_DAY + r"\b(?:,?\s*" + _Y + r")?",
        ),
        ("en_dmy", _DAY_AFTER_BREAK + r"(?:st|nd|rd|th)?" + _TO_DAY + r"\s+" + _MON + r"(?:,?\s*" + _Y + r")?\b"),
        # `by VTV431 January 2018`: a byline's channel (capitals and a digit) glued to the whole date after it
        ("en_dmy_glued", r"(?P<d>\d(?<=[A-Z]{2}\d.)\d?)\s+" + _MON + r",?\s*" + _Y + r"\b"),
        # `24-Dec-2016`, `12-Apr-2019` (a web page's date stamp): day, month's abbreviation and year joined by dashes
        ("en_dmy_dash", _DAY_AFTER_BREAK + "-" + _MON.replace(r")\.?", ")") + r"-" + _Y + r"\b"),
        ("en_my", _MON_AFTER_BREAK + r"\s+" + _Y + r"\b"),
        # `established in March`, `visited Mongolia in July last year`: a month alone after `in`, its year inferred
        (
            "en_month",
            r"i(?<!\w.)n\s+(?:early\s+|mid-|late\s+)?"
            + _MON
            + r"\b(?![.,]?\s*\d)(?P<last>\s+(?:last|past|the previous) year\b)?",
        ),
        ("year", r"(?<!\d)" + _Y + r"\b(?!\s*[-–]\s*\d)"),
        (
            "relative",
            "|".join(rf"{word}\b" for word in _VI_RELATIVE_DAYS)  # (each word a branch of its own: a letter first)
            # (not `last year`: in English news mostly a figure's term, `exports rose 10% over last year`, and read
            # as an event's day it cost check more than it gave)
            + r"|t(?<!\w.)his year\b|n(?<!\w.)ext year\b",
        ),
        # `on Monday`, and AP style's bare `agreed Tuesday`, `in Seoul, Wednesday` (not `Black Friday`, `Super Tuesday`)
        (
            "weekday",
            r"(?P<wd>" + _by_first_letter(_WEEKDAYS, r"(?<!\w.)") + r")\b",
        ),
    )
]
_LEFT_CUE = {
    # (`hôm nay (14/5)`, `Sáng nay (6.12)`: the day in brackets after the relative word)
    "dm": re.compile(
        r"\b" + _CUE + r"\s+(?:ngày\s+)?(?:\d{1,2}\s+giờ\s+)?$|\b(?:hôm|sáng|chiều|tối|trưa) (?:nay|qua)\s*,?\s*\(\s*$"
        r"|\bngày mai\s*\(\s*$"
        # (`hôm thứ Tư 28/10`, `sáng Chủ nhật (15/6)`: the weekday named before its day)
        r"|\b(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,?\s*(?:\(\s*)?(?:ngày\s+)?$"
    ),
    "dm_dot": re.compile(
        r"\b(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?:ngày\s+)?$|\b(?:hôm|sáng|chiều|tối|trưa) (?:nay|qua)\s*\(\s*$"
    ),
    "range_dot": re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa)\s+$"),
    "range_whole": re.compile(r"\btừ\s+(?:ngày\s+)?$"),
    "range_dash": re.compile(r"\b(?:từ|ngày|sáng|chiều|tối|trưa)\s+(?:ngày\s+)?$"),
    "dm_dash": re.compile(
        r"\b(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?:ngày\s+)?$|\b(?:hôm|sáng|chiều|tối|trưa) (?:nay|qua)\s*\(\s*$"
    ),
    "dmy2": re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?:ngày\s+)?$"),
    "dm_words": re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|vào)\s+(?:ngày\s+)?$"),
    "year": re.compile(r"\b(?:năm|vào|in|trong|từ|đến|tới|cuối|đầu)\s+$"),
    "month_words": re.compile(r"\b(?:vào|trong|từ|đến|tới|cuối|đầu|giữa|hồi|sau|trước|suốt)\s+$"),
}


def _dashed_year(m: re.Match[str]) -> bool:
    """Whether a `month_year` match writes its year after a dash (`tháng 10-2018`)."""
    return m.string[m.start("y") - 1] in "-–"


_EXPLICIT_YEAR = re.compile(r"(?<![-–])\b(?:19|20)\d{2}\b(?!\s*[-–]\s*(?:19|20)\d{2})")  # not a period's (2023-2024)
_FUTURE_CUE = compile_gated(
    r"(?:\b(?:đến|tới|vào|trước|by|until|till|before)\s+(?:(?:hết\s+)?năm\s+|the\s+end\s+of\s+)?|mục tiêu[^.\n]*|target[^.\n]*)$",
    re.IGNORECASE,
)
"""What makes a mentioned year a target rather than the time of writing (`đến năm 2030`, `by 2025`)."""
_PLAN_CUE = compile_gated(
    r"\b(?:plans?\s+to|planned\s+to|is\s+scheduled\s+to|are\s+scheduled\s+to|will|sẽ|dự kiến)\b[^.\n;]*$", re.IGNORECASE
)
_PLAN_REACH = 50  # characters: a plan's verb and what it will do (`announced plans to visit Hanoi in January 2024`)
"""A year in what someone plans or will do (`plans to visit Hanoi in January 2024`, `sẽ sang thăm vào năm 2024`) lies
ahead of the time of writing, as a target year does."""


def _ahead_of_writing(text: str, pos: int) -> bool:
    """Whether the year at `pos` is a target or a plan (`đến năm 2030`, `raise trade to $15 billion by 2028`, `sẽ …
    vào năm 2024`): ahead of the time of writing, so it neither dates an undated page nor lends its year to a day
    told after it."""
    return bool(
        _FUTURE_CUE.search(text, max(0, pos - 30), pos) or _PLAN_CUE.search(text, max(0, pos - _PLAN_REACH), pos)
    )


_ANNIVERSARY_SPAN = compile_gated(
    r"(?:kỷ niệm|anniversary)[^.\n]{0,80}?\(\s*(?:19|20)\d{2}\s*[-–]\s*(?P<y2>(?:19|20)\d{2})\s*\)", re.IGNORECASE
)
_ANNIVERSARY_COUNT = re.compile(
    r"(?:kỷ niệm\s+(?P<n>\d{1,3})\s+năm|(?P<n2>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of)[^()\n]{0,120}?"
    r"\(\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)?(?P<y>(?:19|20)\d{2})\s*\)",
    re.IGNORECASE,
)
"""`kỷ niệm 46 năm Ngày ký Hiệp ước … (18/7/1977)`, `the 30th anniversary of diplomatic ties (1993)`: the year counted
from and the years counted, whose sum is the page's present."""


def _may_count_an_anniversary(text: str) -> bool:
    """Whether `_ANNIVERSARY_SPAN` or `_ANNIVERSARY_COUNT` can match at all: both need a parenthesis and `kỷ niệm`
    or `anniversary` (in any case: `ỷ` and `nn` have no other letter that `re.IGNORECASE` takes for them). Most
    pages have neither, and the two patterns, tried at every position, cost more than this look."""
    if "(" not in text:
        return False
    lower = text.lower()
    return "ỷ" in lower or "nn" in lower


_BUDDHIST_ERA = compile_gated(r"\b(?:B\.\s?E\.|BE|Buddhist Era|Phật lịch)\s*(25\d{2})\b")
_DATELINE_REACH = 300  # characters: a whole date this near the top of a page is the page's own date
_WIRE_REACH = 1500  # characters: how far down (under a site's menus and headline) a story's dateline may open it
_SPAN_TO_WHOLE_DATE = re.compile(r"\s*[-–—]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}\b")
"""After a whole date, a dash and another (`(2/12/1975 – 2/12/2025)`): the span an anniversary counts, whose start is
no page's date."""


_DIGIT_FIRST = (
    "iso",
    "ymd",
    "mdy",
    "vi_full",
    "vi_words",
    "range_whole",
    "range_cross",
    "range",
    "range_dot",
    "range_dash",
    "dmy",
    "dmy2",
    "dm",
    "dm_dash",
    "dm_dot",
    "dm_words",
    "period",
)
_FOUR_DIGITS_FIRST = ("iso", "ymd")
"""The forms of `_DIGIT_FIRST` (in its order) that open with four digits, a year (`2024-05-06`, `2017/6/15`); the
others open with one or two digits, a day or a month, then no digit. Why: a form can only match where a run of digits
has its length, so a run is tried against its own forms alone (a run of three or of five digits and more, an amount
or a count, against none), with the same result, at a fraction of the cost (sixteen matches at every run before)."""
_SHORT_DIGITS_FIRST = tuple(name for name in _DIGIT_FIRST if name not in _FOUR_DIGITS_FIRST)
_FORMS_BY_RUN = {1: _SHORT_DIGITS_FIRST, 2: _SHORT_DIGITS_FIRST, 4: _FOUR_DIGITS_FIRST}
"""The digit-first forms worth trying at a run of digits, by the run's length (`year` too needs four)."""
_WORD_FIRST = ("month_year", "month", "month_words")
_ENGLISH = ("en_mdy", "en_dmy", "en_dmy_glued", "en_dmy_dash", "en_my", "en_month")
_RANGES = frozenset(("range", "range_whole", "range_cross", "range_dot", "range_dash"))
_BY_NAME = dict(_PATTERNS)
_DIGIT_RUN = re.compile(r"\d\d*")  # (`\d+` with its first digit apart: a class first lets the scan skip, 1.6x faster)
_MONTH_WORDS = tuple(m.capitalize() for m in _MONTHS_EN)


def _word_start(lower: str, end: int) -> int:
    """Where the word that ends at `end` begins: after the last space or line break before it.

    Why a line break too: a day word often opens a page's line (`…tỉnh A\nSáng nay, …`), and a search back
    for a space alone lands on the line before, where `sáng nay` can never match.
    """
    return max(lower.rfind(" ", 0, end), lower.rfind("\n", 0, end)) + 1


def _month_in_words(text: str, m: re.Match[str]) -> bool:
    """Whether a `month_words` match is a month named in words as the text writes one: `tháng` in small letters, the
    month's word capitalised (`vào tháng Tư`; not `trong nhiều tháng năm`, nor a title's `Tháng Tám`)."""
    return text[m.start()] == "t" and text[m.start("mon")].isupper()


def _glued(text: str, name: str, m: re.Match[str]) -> bool:
    """`HanoiNovember 21, 2025 – …`: a whole English date whose month name is glued to the name before it (a page's
    markup lost the space between a dateline's place and its date), told by a capital right after a small letter in
    a word that starts with a capital."""
    if name != "en_mdy" or not m.group("y") or not text[m.start() - 1].islower() or not text[m.start()].isupper():
        return False
    start = m.start() - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start].isupper()


def find_dates(text: str, *, pub_date: str | None = None) -> list[DateMention]:
    """Every date expression in `text`, in order, with the year filled in when it was left out.

    Forms that start with a number are tried only where a number starts (one
    scan for digit runs, then anchored matches), in priority order; a span
    once taken is not matched again.
    """
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    taken = bytearray(len(text) + 1)  # characters already inside a date expression
    raw: list[tuple[str, re.Match[str]]] = []
    runs = [(m.start(), m.end() - m.start()) for m in _DIGIT_RUN.finditer(lower)]

    def accept(name: str, m: re.Match[str] | None) -> bool:
        if m is None or any(taken[m.start() : m.end()]):
            return False
        cue = _LEFT_CUE.get(name)
        if cue is not None and not cue.search(lower, max(0, m.start() - 25), m.start()):
            return False
        if name != "relative" and m.start() and lower[m.start() - 1].isalpha() and not _glued(text, name, m):
            return False
        if name == "month_words" and not _month_in_words(text, m):
            return False
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        raw.append((name, m))
        return True

    # (a run already inside a date is skipped: every form matches at least its digits, which `accept` would refuse)
    for pos, length in runs:
        if taken[pos]:
            continue
        for name in _FORMS_BY_RUN.get(length, ()):
            if accept(name, _BY_NAME[name].match(lower, pos)):
                break
    for name in _WORD_FIRST:
        for m in _BY_NAME[name].finditer(lower):
            accept(name, m)
    for pos, length in runs:
        if length == 4 and not taken[pos]:
            accept("year", _BY_NAME["year"].match(lower, pos))
    if any(month in text for month in _MONTH_WORDS):
        for name in _ENGLISH:
            for m in _BY_NAME[name].finditer(text):
                accept(name, m)
    for m in _BY_NAME["relative"].finditer(lower):
        accept("relative", m)
    if "today" in lower or "yesterday" in lower or "this " in lower:  # (a cheap test first: most pages have none)
        for m in _RELATIVE_EN.finditer(lower):
            accept("relative", m)
    if "week" in lower or "month" in lower or any(span in lower for span in _VI_SPANS):
        for m in _RELATIVE_SPAN.finditer(lower):
            accept("relative", m)
    nay = lower.find(" nay")
    while nay >= 0:  # `sáng nay`, `chiều nay`: found from ` nay` (a scan for each day word's letters costs more)
        accept("relative", _DAY_PART_NAY.match(lower, _word_start(lower, nay)))
        nay = lower.find(" nay", nay + 4)
    qua = lower.find(" qua")
    while qua >= 0:  # `chiều qua`, `tối qua`: yesterday's (found as ` nay` is)
        accept("relative", _DAY_PART_QUA.match(lower, _word_start(lower, qua)))
        qua = lower.find(" qua", qua + 4)
    for m in _BY_NAME["weekday"].finditer(text):
        accept("weekday", m)
    raw.sort(key=lambda nm: nm[1].start())
    # (a year begins a run of digits, `\b` before it: tried only where a run begins, as the other forms are)
    years = [(y.start(), int(y.group(0))) for pos, n in runs if n == 4 and (y := _EXPLICIT_YEAR.match(text, pos))]
    # (and a month's year after a dash, `tháng 10-2018`, which `_EXPLICIT_YEAR` leaves out as a period's second year)
    years = sorted(
        years + [(m.start(), int(m.group("y"))) for name, m in raw if name == "month_year" and _dashed_year(m)]
    )
    context = _Context(text, pub_date, raw, years)
    out = []
    for name, m in raw:
        mention = _build(name, m, context)
        if mention is not None:
            out.append(mention)
    return _with_glossed_relatives(text, out)


_GLOSS_GAP = re.compile(r"\s*(?:[,(]\s*)?(?:on\s+|ngày\s+)?")
"""What separates a relative day from the date that glosses it (`today, October 13`, `hôm nay (13/10)`)."""


def _with_glossed_relatives(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """`Vietnam and China signed 10 agreements today, October 13`: a relative day the writer glosses at once with
    the date itself is that date; read from a page dated a month later (a reprint, a page's own date line), `today`
    would be another, wrong day."""
    out = list(mentions)
    for i, (m, nxt) in enumerate(pairwise(mentions)):
        gap = _GLOSS_GAP.match(text, m.end_offset) if m.kind == "relative" and m.precision == DAY else None
        if gap is not None and gap.end() == nxt.offset and nxt.kind != "relative" and nxt.precision == DAY:
            out[i] = replace(m, start=nxt.start, end=nxt.end)
    return out


class _Context:
    """What year inference needs: the text, its explicit years and the article's present."""

    def __init__(
        self, text: str, pub_date: str | None, raw: list[tuple[str, re.Match[str]]], years: list[tuple[int, int]]
    ) -> None:
        self.text = text
        self.year_positions = [pos for pos, _ in years]
        self.years = [y for _, y in years]
        self.pub = _parse_iso(pub_date) if pub_date else None
        self.pub_is_day = pub_date is not None and len(pub_date) == 10  # a weekday needs the very day
        # Dates written whole (`03 June 2023`), by offset: the nearest one before a day and month lends its year
        # better than a bare year or a period (`for 2023-2024`) does; one at the top of the page is its date.
        self.full = [
            (m.start(), int(m.group("y")) if m.groupdict().get("y") else 2000 + int(m.group("yy")))
            for name, m in raw
            if (m.groupdict().get("y") or m.groupdict().get("yy")) and m.groupdict().get("d") and name not in _RANGES
        ]
        # (and by day and month: `Monday, September 10,2018` above the lead, then `On the morning of September 10`: the
        # day told again, in the year written with it, whatever year the page's own date line gives)
        self.full_days: dict[tuple[int, int], tuple[int, int]] = {}  # (month, day) -> where first written, its year
        for name, m in raw:
            g = m.groupdict()
            if (g.get("y") or g.get("yy")) and g.get("d") and name not in _RANGES:
                year = int(g["y"]) if g.get("y") else 2000 + int(g["yy"])
                self.full_days.setdefault((_month_of(m), int(g["d"])), (m.start(), year))
        counted_from = _counted_from(text, raw) if self.full else set()
        dateline = next((y for pos, y in self.full if pos < _DATELINE_REACH and pos not in counted_from), None)
        self.present = self.pub or self._present_from_periods(raw) or (date(dateline, 12, 31) if dateline else None)
        # The day `on Tuesday`, `today`, `chiều qua` count from: the page's own, else a date line at its top (`Updated
        # 15 November 2023`, `Wednesday, 15 November 2023`: a whole date on a short line of its own)
        line_day = _date_line_day(text, raw)
        self.day_ref = self.pub if self.pub_is_day else line_day
        if self.pub is not None and line_day is not None and timedelta(0) < self.pub - line_day <= _REPRINT_LAG:
            # (a page dated later than the date line at its top, `4 April 2022` on a page filed under 2022-04-15: a
            # reprint; `on Thursday` counts from the day the story was written, as after a wire dateline)
            self.day_ref = line_day
        self.dateline_only = self.pub is None and dateline is not None
        # (a whole date's year counts, also written after a dash, `Updated: 24-11-2021`, which a bare year is not)
        # (and a Buddhist Era year, `Lao New Year BE 2565`, which Thai, Lao and Cambodian news write, is 543 ahead)
        buddhist = (
            [(m.start(), int(m.group(1)) - 543) for m in _BUDDHIST_ERA.finditer(text)]
            if " 25" in text and ("BE" in text or "B.E" in text or "Buddhist" in text or "Phật lịch" in text)
            else []
        )  # (a cheap test first: most pages have none)
        self.latest_year = self._latest_past_year(text, years + [(pos, y) for pos, y in self.full] + buddhist)
        self.story_day = self._wire_dateline(raw)

    def _wire_dateline(self, raw: list[tuple[str, re.Match[str]]]) -> tuple[int, date] | None:
        """Where the story's own dateline stands and its day (`SEOUL, Dec. 5 (Yonhap) --`, `Havana, Apr 15 (Prensa
        Latina) …`, `HANOI, March 21 —`): a place opening a line, then the day the story was filed, then its agency or
        a dash. A page may be dated later (a reprint, a site's date of today); `on Monday` in the story counts from
        the day it was filed."""
        for name, m in raw:
            if m.start() >= _WIRE_REACH:
                break
            if name not in ("en_mdy", "en_dmy") or m.group("d2"):
                continue
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            if not WIRE_PLACE.fullmatch(self.text, line_start, m.start()) or not WIRE_AFTER.match(self.text, m.end()):
                continue
            month, day = _MONTHS_EN[m.group("mon").lower()], int(m.group("d"))
            year = int(m.group("y")) if m.group("y") else self.year_for(m.start(), month, day)
            try:
                return (m.end(), date(year, month, day)) if year is not None else None
            except ValueError:
                return None
        return None

    def day_ref_at(self, offset: int) -> date | None:
        """The day a relative day at `offset` counts from: the story's dateline for what the story tells after it,
        else the page's own day."""
        if self.story_day is not None and offset >= self.story_day[0]:
            return self.story_day[1]
        return self.day_ref

    @staticmethod
    def _latest_past_year(text: str, years: list[tuple[int, int]]) -> int | None:
        """The year an undated page is written in, read from the years it mentions.

        A report tells what happened up to its present (`năm 2020 và năm 2021`, `tính đến tháng 11 năm 2021`), so
        the latest year it speaks of is its own, unless the year is a target (`đến năm 2030`, `by 2025`) or lies
        ahead of today. The end of an anniversary's span (`kỷ niệm 30 năm … (1993-2023)`) is the present too, and so
        is the year an anniversary counts to (`kỷ niệm 46 năm Ngày ký Hiệp ước … (18/7/1977)`: 2023).
        """
        this_year = date.today().year
        candidates = [y for pos, y in years if y <= this_year and not _ahead_of_writing(text, pos)]
        if _may_count_an_anniversary(text):
            spans = _ANNIVERSARY_SPAN.finditer(text)
            candidates += [int(m.group("y2")) for m in spans if int(m.group("y2")) <= this_year]
            counted = (
                int(m.group("y")) + int(m.group("n") or m.group("n2")) for m in _ANNIVERSARY_COUNT.finditer(text)
            )
            candidates += [y for y in counted if y <= this_year]
        return max(candidates) if candidates else None

    @staticmethod
    def _present_from_periods(raw: list[tuple[str, re.Match[str]]]) -> date | None:
        """`8 tháng năm 2024`: statistics for the first 8 months are published in month 9 of 2024."""
        best = None
        for name, m in raw:
            if name == "period":
                n, y = int(m.group("n")), int(m.group("y"))
                if 1 <= n <= 11:
                    guess = date(y, n + 1, 1)
                    best = max(best, guess) if best else guess
        return best

    def year_for(self, offset: int, month: int, day: int) -> int | None:
        sentence_start = max(self.text.rfind(c, 0, offset) for c in ".!?\n") + 1
        k = bisect.bisect_left(self.year_positions, offset)
        if k and self.year_positions[k - 1] >= sentence_start:
            return self.years[k - 1]
        told = self.full_days.get((month, day))
        if told is not None and told[0] < offset:
            return told[1]
        before = [y for pos, y in self.full if pos < offset]
        if self.dateline_only and before:
            return before[-1]
        if self.present:
            year = self.present.year
            try:
                candidate = date(year, month, max(day, 1))
            except ValueError:
                return year
            if candidate - self.present > timedelta(days=200):
                return year - 1
            if self.present - candidate > timedelta(days=300) and self.pub is None:
                return year + 1
            return year
        lent = next(
            (self.years[i] for i in range(k - 1, -1, -1) if not _ahead_of_writing(self.text, self.year_positions[i])),
            None,
        )
        if lent is not None:
            return lent
        if self.latest_year is not None:
            return self.latest_year
        # Nothing in the page gives a year (`ngày 13/7` in an undated excerpt): read as news is read, in the year
        # it is being read; the mention says the year was inferred.
        return _this_year(month, day)


def _month_of(m: re.Match[str]) -> int:
    """The month a matched date names, in digits (`9`) or in words (`September`, `tháng Mười`)."""
    return _month_number(m.groupdict())


def _month_number(g: dict[str, str]) -> int:
    """The month of a match's groups: its digits, else its name in English or in Vietnamese words."""
    if g.get("m"):
        return int(g["m"])
    name = g["mon"].lower()
    return _MONTHS_EN[name] if name in _MONTHS_EN else _MONTHS_VI[name]


def _counted_from(text: str, raw: list[tuple[str, re.Match[str]]]) -> set[int]:
    """Where the whole dates an anniversary counts from start (`(2/12/1975 – 2/12/2025)`, `kỷ niệm 46 năm Ngày ký Hiệp
    ước … (18/7/1977)`): near the top of a page, they are no date line of it."""
    spans = {m.start() for _, m in raw if _SPAN_TO_WHOLE_DATE.match(text, m.end())}
    counts = (
        [(m.start(), m.end()) for m in _ANNIVERSARY_COUNT.finditer(text)] if _may_count_an_anniversary(text) else []
    )
    return spans | {m.start() for _, m in raw if any(a <= m.start() < b for a, b in counts)}


_DATE_LINE = 80  # characters: a page's date line is short
_REPRINT_LAG = timedelta(days=31)  # how much later than its own date line a reprint's page may be dated


def _date_line_day(text: str, raw: list[tuple[str, re.Match[str]]]) -> date | None:
    """The whole date (day, month and year) standing on a short line near the top of the page: its date line."""
    for name, m in raw:
        if m.start() >= _DATELINE_REACH:
            break
        g = m.groupdict()
        if name in _RANGES or not g.get("d") or not g.get("y"):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if (line_end if line_end >= 0 else len(text)) - line_start > _DATE_LINE:
            continue
        month = _month_number(g)
        try:
            return date(int(g["y"]), month, int(g["d"]))
        except ValueError:
            return None
    return None


def _build(name: str, m: re.Match[str], ctx: _Context) -> DateMention | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    text = ctx.text[s:e]
    if name == "relative":
        return _relative(m, ctx)
    if name == "weekday":
        return _weekday(m, ctx)
    if name == "year":
        y = int(g["y"])
        return DateMention(str(y), None, YEAR, text, s, e)
    if name == "period":
        y = int(g["y"])
        return DateMention(str(y), None, YEAR, text, s, e, kind="period")
    if name in ("month_year", "en_my") or (name == "month_words" and g.get("y")):
        mo = _month_number(g)
        if not 1 <= mo <= 12:
            return None
        return DateMention(f"{int(g['y']):04d}-{mo:02d}", None, MONTH, text, s, e)
    if name in ("month", "en_month", "month_words"):
        mo = _month_number(g)
        month_year = ctx.year_for(s, mo, 1) if 1 <= mo <= 12 else None
        if g.get("last") and ctx.present is not None:  # (`in July last year`: the year before the page's)
            month_year = ctx.present.year - 1
        if month_year is None:
            return None
        return DateMention(f"{month_year:04d}-{mo:02d}", None, MONTH, text, s, e, inferred_year=True)
    mo = _month_number(g)
    d = int(g["d"])
    if g.get("yy"):
        g["y"] = str(2000 + int(g["yy"]))  # (`12/9/23`: news of this century)
    inferred = not g.get("y")
    year = int(g["y"]) if g.get("y") else ctx.year_for(s, mo, d)
    if year is None:
        return None
    y = year
    start = _iso(int(g["y0"]) if g.get("y0") else y, mo, d)  # (`từ 30/12/2023 đến 02/1/2024`: each its own year)
    if start is None:
        return None
    end = None
    kind = "point"
    if name in _RANGES or g.get("d2"):
        end = _iso(y, int(g.get("m2") or mo), int(g["d2"]))
        if (end is None or end < start) and name in _RANGES:
            return None
        kind = "range" if end is not None and end >= start else "point"  # (`June 5 and 2 days later`: June 5)
        end = end if kind == "range" else None
    return DateMention(start, end, DAY, text.strip(), s, e, kind=kind, inferred_year=inferred)


_RELATIVE_EN = compile_gated(r"\b(?:today|yesterday|this (?:morning|afternoon|evening))\b")
_RELATIVE_SPAN = compile_gated(
    r"(?<!\d )(?<!\d)(?<!hai )(?<!ba )(?<!bốn )(?<!vài )(?<!mấy )"
    r"\b(?:last week|earlier this week|this week|last month|earlier this month|this month|tuần trước|tuần qua|tuần này|tháng trước|tháng này)\b(?! (?:đó|nữa|tới))"
)
"""`met … last week`, `earlier this month`, `tuần trước`: the month of a day a week or a month before the page's (not
`3 tháng trước`, `hai tuần trước`, `tháng trước đó`: counted back from another time)."""
_VI_SPANS = ("tuần trước", "tuần qua", "tuần này", "tháng trước", "tháng này")
"""`_RELATIVE_SPAN`'s Vietnamese words whole: one of them (or `week`, `month`) is in any text it matches, and a test
for them lets the scan (seven look-behinds at every position) pass over the many pages that name a month by
`tháng` only (`tháng 10`)."""
_SPAN_BACK = {"last week": 7, "tuần trước": 7, "tuần qua": 7}  # days back: that week's month
_MONTH_BACK = frozenset(("last month", "tháng trước"))
_MONTH_SPANS = _MONTH_BACK | {"this month", "earlier this month", "tháng này"}
"""The spans a page's month alone dates (not `last week`, whose month depends on the day)."""
_DAY_PART_NAY = re.compile(r"(?:sáng|chiều|tối|trưa) nay\b")
_NEEDS_THE_DAY = frozenset(("today", "yesterday", "this morning", "this afternoon", "this evening"))
_DAY_PART_QUA = re.compile(r"(?:sáng|chiều|tối|trưa|đêm) qua\b(?! (?:đời|lại|năm|tháng|tuần|ngày|các|những|\d))")
"""`Chiều qua, Thủ tướng … đã tiếp …`: yesterday afternoon (not `qua đời`, `qua các năm`)."""


_YEAR_BACK = {
    "năm nay": 0,
    "năm ngoái": -1,
    "năm trước": -1,
    "năm vừa qua": -1,
    "năm tới": 1,
    "năm sau": 1,
    "this year": 0,
    "next year": 1,
}
"""A year named from the page's (`năm ngoái`, `will visit Hanoi next year`, `plans to visit Argentina this year`): how
many years that word counts from the page's year."""


_COMPARED = re.compile(
    r"(?:\d\s*(?:%|percent|per cent|(?:[mb]illion|trillion|tonnes?|tons?|USD|units)\b)?|\b(?:period|time|from|than|over"
    r"|with|since|of|as|to|by|during|in|against|versus|vs\.?))\s+$",
    re.IGNORECASE,
)
"""What makes `this year` the term of a comparison or a figure's period (`up 16 percent from this year`, `$10 billion
this year`, `in the first nine months of this year`, `by the end of this year`), not the time of an event."""


def _relative(m: re.Match[str], ctx: _Context) -> DateMention | None:
    ref = ctx.pub
    word = m.group(0)
    if word in _YEAR_BACK:
        ref = ref or ctx.present
        if ref is None or (word.endswith(" year") and _COMPARED.search(ctx.text, max(0, m.start() - 30), m.start())):
            return None
        delta = _YEAR_BACK[word]
        return DateMention(
            str(ref.year + delta), None, YEAR, ctx.text[m.start() : m.end()], m.start(), m.end(), kind="relative"
        )
    ref = ctx.day_ref_at(m.start())
    if _RELATIVE_SPAN.fullmatch(word):
        if ref is None and word in _MONTH_SPANS:
            ref = ctx.pub  # (`last month` on a page dated by its month alone, `/2021/07/` in its address: June)
        if ref is None:
            return None
        day = ref - timedelta(days=_SPAN_BACK.get(word, 0))
        if word in _MONTH_BACK:
            day = day.replace(day=1) - timedelta(days=1)
        text = ctx.text[m.start() : m.end()]
        return DateMention(day.isoformat()[:7], None, MONTH, text, m.start(), m.end(), kind="relative")
    # (`hôm nay` on a page of a month)
    ref = ctx.day_ref_at(m.start()) or (ctx.pub if word not in _NEEDS_THE_DAY else None)
    if ref is None:
        return None  # (`today`, `this morning` in an English report are its publication day, when the page gives one)
    delta = {"hôm qua": -1, "ngày mai": 1, "yesterday": -1}.get(word, -1 if word.endswith(" qua") else 0)
    # (`hôm nay`, `sáng nay`, `today`: 0; `chiều qua`: -1)
    return DateMention(
        (ref + timedelta(days=delta)).isoformat(),
        None,
        DAY,
        ctx.text[m.start() : m.end()],
        m.start(),
        m.end(),
        kind="relative",
    )


def _this_year(month: int, day: int) -> int:
    """The year a day and month fall in when read today: this year, or last year if that day is months ahead."""
    today = date.today()
    try:
        candidate = date(today.year, month, max(day, 1))
    except ValueError:
        return today.year
    return today.year - 1 if candidate - today > timedelta(days=60) else today.year


_NOT_A_DAY = re.compile(r"(?:Black|Super|Good|Holy|Cyber) $")


def _weekday(m: re.Match[str], ctx: _Context) -> DateMention | None:
    """`on Monday` in news is the last such day up to the publication date, or up to the story's dateline (reports
    tell what happened)."""
    ref = ctx.day_ref_at(m.start())
    if ref is None or _NOT_A_DAY.search(ctx.text, max(0, m.start() - 6), m.start()):
        return None
    back = (ref.weekday() - _WEEKDAYS.index(m.group("wd"))) % 7
    day = ref - timedelta(days=back)
    return DateMention(day.isoformat(), None, DAY, m.group(0), m.start(), m.end(), kind="point", inferred_year=True)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _parse_iso(value: str) -> date | None:
    parts = [int(p) for p in value.split("-")]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


_URL_DATE = compile_gated(
    r"/(?P<y>(?:19|20)\d\d)(?P<s>[/-])(?P<m>0[1-9]|1[0-2])(?:(?P=s)(?P<d>0[1-9]|[12]\d|3[01]))?(?=[/-])"
    r"|/(?P<d2>0[1-9]|[12]\d|3[01])/(?P<m2>0[1-9]|1[0-2])/(?P<y2>(?:19|20)\d\d)/"
    r"|[/-](?P<y3>(?:19|20)\d\d)(?P<m3>0[1-9]|1[0-2])(?P<d3>0[1-9]|[12]\d|3[01])(?:\d{4,})?(?=[/.]|$)"
)
"""A day or a month in a page's address (`/news/2018/04/04/…`, `/2021/07/…`, `/article/22/06/2025/…`, `/20181219/…`,
`…-20220120195245839.htm`, a stamp that opens a long story number): content systems file a story under the day it was
published."""


def url_date(url: str | None) -> str | None:
    """The publication day (or month) a page's address gives, ISO; None when it gives none, or one ahead of today.
    Why: most real pages carry no date header, and a story's `March 29` or `on Tuesday` needs its present."""
    m = _URL_DATE.search(url or "")
    if m is None:
        return None
    y, mo, d = (
        (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"]) if m["y2"] else (m["y3"], m["m3"], m["d3"])
    )
    value = f"{y}-{mo}-{d}" if d else f"{y}-{mo}"
    day = _parse_iso(value)
    return value if day is not None and day <= date.today() else None
