"""A story's dateline: the place it was filed from, its day if written, its outlet, read the same by every stage.

`HANOI, March 21 (VNA) — …`, `Hanoi (VNA) – …`, `HÀ NỘI — …`, `RIYADH: …`, `St. Petersburg: …`, `SEOUL, Dec. 5
(Yonhap) --`: a place opening the story, maybe its day, maybe the outlet in brackets, then a dash or a colon.
Cleaning strips it from an English edition's first line (keeping the day and the outlet), dates counts `on Monday`
from its day, places counts a place in capitals that opens one, and agreement parties keeps the place out of what
was signed. Each reads it here; the forms differ where the stages need them to, and each difference is named once:

- cleaning works on the raw lines, before the text is built: a line is the whole unit, so the outlet in brackets
  is any short run without brackets (`_RAW_OUTLET`), and the place of an English line is read with its day or in
  capitals (`ENGLISH_LINE`, `OUTLET_LINE`);
- dates and places read the built text, where a bracket must not run over a line (`_AGENCY`);
- agreement parties asks about any name anywhere in the text (an organisation's too), so the outlet that closes a
  place there is an agency's short name (`(VNA)`, `(Xinhua)`: `_AGENCY_NAME`), and only a line's opening name is
  read before a colon (`St. Petersburg:`, whatever its case) or, in capitals, before a dash (`HANOI –`);
- capitals asks whether a capital's name opens a line (maybe after the page's `date …` line opening) as a story's
  place, with its day or country after a comma, or the agency, then a dash or a colon (`opens_story`).

A page's own date line (`Thứ Năm, 23/10/2025 14:05 (GMT+7)`, `Updated: …`) names no place: cleaning keeps its
date and drops it, not here.

The marks are read once per text (`read`), and `ArticleDoc.datelines` keeps them, so that the stages ask the
mark and not the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.letters import UPPER

_RAW_OUTLET = r"[^()]{2,40}"
"""The outlet in brackets on a raw line (`(VNA)`, `(VTC News)`): a line has no line break to stop at."""
_AGENCY = r"\([^()\n]{1,40}\)"
"""`(Yonhap)`, `(Prensa Latina)`: the outlet in brackets in the built text, never over a line's end."""
_AGENCY_NAME = r"\([A-Z][A-Za-z/ ]{1,20}\)"
"""`(VNA)`, `(Xinhua)`, `(VNA/VNS)`: an agency's short name, the only outlet read after a name anywhere in the text."""

OUTLET_LINE = re.compile(rf"^\s*\(({_RAW_OUTLET})\)\s*[-–](?:\s+(?=\S)|(?=[{UPPER}]))")
"""A raw line opening on the outlet in brackets and a dash (`(VTC News) - …`, `(VOV5) -Sáng …` with no space before
the story's capital): the story after it."""
ENGLISH_LINE = re.compile(
    rf"^\s*[{UPPER}][\w.'’ ]{{1,30}}?,\s+(?P<date>(?:[A-Z][a-z]{{2,8}}\.? \d{{1,2}}|\d{{1,2}} [A-Z][a-z]{{2,8}})"
    rf"(?:,? \d{{4}})?)\s*(?:\((?P<outlet>{_RAW_OUTLET})\))?\s*[-–—]\s+(?=\S)"
    rf"|^\s*[A-Z][A-Z .']{{2,30}}\s*(?:\((?P<outlet2>{_RAW_OUTLET})\))?\s*[-–—]\s+(?=\S)"
)
"""An English edition's raw first line: `Hanoi, October 26, 2025 (VNA) – …`, `HANOI — …` (place, day, outlet before
the text)."""

WIRE_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*,\s*")
"""`SEOUL, `, `Havana, `, `Phnom Penh, `: the place a wire story is filed from, opening its line before the day."""
WIRE_AFTER = re.compile(rf"\s*(?:{_AGENCY}|--|—|–|:)")
"""`(Yonhap)`, `(Prensa Latina)`, `—`: the agency or the dash that closes a dateline after its day, the story after
it."""

_CAPITALS_CLOSE = re.compile(rf"\s*(?:{_AGENCY}\s*)?(?:[-–—]{{1,2}}|:)\s")
"""What closes a place written in capitals as a dateline, for places (`HÀ NỘI —`, `SEJONG --`, `RIYADH:`)."""
_AGENCY_CLOSE = re.compile(rf"\s*{_AGENCY_NAME}\s*(?:[-–—]|:)\s")
"""`Hanoi (VNA) – …`, `HANOI (JP): …`: a name, then the agency and a dash or a colon."""
_LINE_CAPITALS_CLOSE = re.compile(r"\s*(?::|\s[-–—])\s")
"""`HANOI: …`, `HANOI – …`: what closes a line's opening name in capitals (a dash with a space before it)."""
_LINE_COLON_CLOSE = re.compile(r":[ \t]+(?=[A-Z])")
"""`St. Petersburg: Qatar News Agency signed …`: a colon after a line's opening name, whatever its case."""


_STORY_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:date \d{4}-\d{2}-\d{2}[ \t]+)?$")
"""A line's start, maybe after the page's `date 2025-01-20` line opening: where a story's place stands."""
_STORY_PLACE_AFTER = re.compile(
    r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.,]+){0,3}?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|[-–—:])"
    r"|[ \t]*\([^()\n]{1,40}\)[ \t]*(?:--|[-–—:])"
    r"|[ \t]*(?::|--|[–—]|[ \t]-)[ \t])"
)
"""What follows a story's place: the day or the country after a comma, then the agency or a dash (`, April 3
(Xinhua) --`, `, Vietnam —`, `, Jul 14 (APP):`); the agency and a dash (`(VNA) –`); a colon or a dash (`: `, ` – `)."""


@dataclass(frozen=True, slots=True)
class Datelines:
    """Where a text's datelines may stand, by the offsets a name would start and end at (read once by `read`)."""

    line_starts: frozenset[int]
    capitals_closes: dict[int, bool]  # where `_CAPITALS_CLOSE` matches: whether its dash is an em dash
    agency_ends: frozenset[int]  # where a name is followed by `(Agency) –`
    colon_ends: frozenset[int]  # where a name is followed by `: ` and a capital
    capitals_line_ends: frozenset[int]  # where a colon or a spaced dash may close a line's opening name in capitals
    text: str  # (whether that name is in capitals is the name's own: asked when a span is)

    def place_in_capitals(self, start: int, end: int) -> bool:
        """Whether a place written in capitals at `start`–`end` is a dateline's: a dash or a colon after it (maybe
        behind the outlet), at a line's start; an em dash anywhere (`… HÀ NỘI — …` glued to a menu)."""
        em_dash = self.capitals_closes.get(end)
        return em_dash is not None and (start in self.line_starts or em_dash)

    def filed_from(self, start: int, end: int) -> bool:
        """Whether the name at `start`–`end` is the place a story was filed from (`Hanoi (VNA) – …`, a line opening on
        `St. Petersburg: …` or on `HANOI – …`), never a side of what the story tells."""
        if end in self.agency_ends:
            return True
        if start not in self.line_starts:
            return False
        return end in self.colon_ends or (end in self.capitals_line_ends and self.text[start:end].isupper())

    def opens_story(self, start: int, end: int) -> bool:
        """Whether the name at `start`–`end` opens a line (or the page's `date …` line) as the place a story was
        filed from, whatever its case: `Bangkok, April 3 (Xinhua) --`, `KUALA LUMPUR:`, `Hanoi (VNA) –`."""
        return bool(
            _STORY_LINE_BEFORE.search(self.text, max(0, start - 30), start) and _STORY_PLACE_AFTER.match(self.text, end)
        )


def read(text: str) -> Datelines:
    """The dateline marks of a built text."""
    line_starts = frozenset([0, *(m.end() for m in re.finditer("\n", text))])
    capitals_closes = {e: "—" in m.group() for e, m in _ends_before(_CAPITALS_CLOSE, text).items()}
    return Datelines(
        line_starts=line_starts,
        capitals_closes=capitals_closes,
        agency_ends=frozenset(_ends_before(_AGENCY_CLOSE, text)),
        # (a match takes a colon and the blanks after it, where no other can start: every start found)
        colon_ends=frozenset(m.start() for m in _LINE_COLON_CLOSE.finditer(text)),
        capitals_line_ends=frozenset(_ends_before(_LINE_CAPITALS_CLOSE, text)),
        text=text,
    )


_CORES = {
    close: (re.compile(close.pattern.removeprefix(r"\s*")), re.compile(first))
    for close, first in (
        (_CAPITALS_CLOSE, r"[(\-–—:]"),
        (_AGENCY_CLOSE, r"\("),
        (_LINE_CAPITALS_CLOSE, r":|\s(?=[-–—])"),
    )
}
"""Each closing form's first non-space part, and where that part can begin (its first character: a bracket, a dash,
a colon; a blank before a dash): found by a scan for those, then tried there, where a lookahead tried at every
position of the text had cost most of `read`."""


def _ends_before(close: re.Pattern[str], text: str) -> dict[int, re.Match[str]]:
    """Every offset `close` (which opens on `\\s*`) matches at, with its match: a name ending there is closed by it.
    Found from where its first non-space part can stand, then back over the spaces before it."""
    core, first = _CORES[close]
    found: dict[int, re.Match[str]] = {}
    for c in first.finditer(text):
        m = core.match(text, c.start())
        if m is None:
            continue
        at = m.start()
        while True:
            if at not in found and (match := close.match(text, at)):
                found[at] = match
            if at == 0 or not text[at - 1].isspace():
                break
            at -= 1
    return found
