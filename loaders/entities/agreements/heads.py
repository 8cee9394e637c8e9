"""Where a document's head stands: the heads of a text (phrases, acronyms, friendship ties set up, a
declaration, the contents or cooperation signed) and whether one head names the next.

The first thing the stage reads of a sentence; titles, merging and the stage build on it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.vocabulary import AgreementType
from loaders.entities.agreements.words import (
    _ACRONYM_FINDER,
    _DECLARATION,
    _EN_DECLARATION,
    _FRIENDSHIP,
    _FRIENDSHIP_HEAD,
    _HEAD_FINDER,
    _RECORDS,
    _TWINNING,
)
from loaders.entities.phrases import leftmost_longest
from loaders.first_letters import compile_gated

_IN_TIME = re.compile(r" trong (?:năm|thời|giai đoạn|tháng|dịp|chuyến|cuộc)\b")
"""`đối tác toàn diện trong chuyến thăm …`, `… trong năm 2024`: when the partnership was spoken of (but `đối tác
toàn diện trong lĩnh vực …` is a partner in a field)."""


def _heads(text: str, lower: str) -> list[tuple[int, int, str]]:
    found = [
        (a, b, kind)
        for a, b, kind in _HEAD_FINDER.find(lower)
        if not (
            kind == AgreementType.PARTNERSHIP
            and lower.startswith(" trong", b)
            and not _IN_TIME.match(lower, b)
            and not text[b - len("chiến lược") : b][:1].isupper()
        )
    ]  # `đối tác toàn diện trong …` (a partner in …)
    found = [h for h in found if not (lower.startswith("deal", h[0]) and not _DEAL_BEFORE.search(lower, 0, h[0]))]
    found.extend(_ACRONYM_FINDER.find(text))
    found.extend((m.start(1), m.end(1), AgreementType.AGREEMENT) for m in _SIGNED_COOPERATION.finditer(lower))
    if "nội dung hợp tác" in lower:  # (a cheap guard: the pattern needs its words)
        found.extend((m.start(1), m.end(1), AgreementType.AGREEMENT) for m in _SIGNED_CONTENTS.finditer(lower))
    if "ghi nhớ" in lower:  # (a cheap guard: the pattern needs its words)
        found.extend((m.start(1), m.end(1), AgreementType.MOU) for m in _SIGNED_MEMORANDUM.finditer(lower))
    if "báo cáo" in lower:  # (a cheap guard: the pattern needs its words)
        found.extend((m.start(1), m.end(1), AgreementType.OTHER) for m in _SIGNED_REVIEW.finditer(lower))
    if "minutes" in lower:  # (a cheap guard: the patterns need their word)
        found.extend(
            (m.start(1), m.end(1), AgreementType.OTHER)
            for pattern in (_SIGNED_MINUTES, _MINUTES_SIGNED)
            for m in pattern.finditer(lower)
        )
    found.extend(
        (m.start(), m.end(), AgreementType.OTHER)
        for pattern in (_DECLARATION, _EN_DECLARATION)
        for m in pattern.finditer(text)
        if _mid_sentence(text, m)
    )
    if "Arrangement" in text:  # (a cheap guard: the pattern needs its word, capitalised)
        found.extend(
            (m.start(), m.end(), AgreementType.AGREEMENT)
            for m in _NAMED_ARRANGEMENT.finditer(text)
            if (before := text[: m.start() - 1].rsplit(None, 1)[-1])[:1].isupper() and before not in _NOT_A_NAME
        )
    if "hữu nghị" in lower:  # (a cheap guard: the ties' patterns need their word)
        found.extend(_friendship_ties(lower))
    if "đối tác" in lower:  # (a cheap guard: the pattern needs its word)
        found.extend((m.start(1), m.end(1), AgreementType.PARTNERSHIP) for m in _PARTNERSHIP_FOR.finditer(lower))
    return leftmost_longest(found)


_NAMED_ARRANGEMENT = re.compile(r"A(?<=[a-z] A)rrangement\b(?!s)")
"""`A new Peacekeeping Partnership Arrangement will solidify …`, `signing an Agriculture Cooperation Arrangement`: a
capitalised `Arrangement` closing a name (the word before it a capitalised word's end) is a government-to-government
document, as Australia and New Zealand name theirs; `arrangements` in lower case are plans, no document. (Opened by
its capital, tried only where an A stands.)"""


_NOT_A_NAME = frozenset({"The", "This", "That", "These", "Such", "An", "A", "Any", "Each", "New"})
"""Capitalised words that open a sentence rather than a name (`The Arrangement will …`)."""


_FRIENDSHIP_SET_UP = compile_gated(rf"\b(k[ýí] kết )?(?:thiết lập|xác lập) (?:mối )?({_FRIENDSHIP})")
_FRIENDSHIP_SET_UP_AFTER = compile_gated(rf"\b({_FRIENDSHIP})(?= [^.;:\n]{{0,80}}? được (?:thiết lập|xác lập)\b)")


def _friendship_ties(lower: str) -> Iterator[tuple[int, int, str]]:
    """Friendship ties set up between two sides (`đã thiết lập quan hệ hữu nghị và hợp tác với thành phố X vào năm
    …`, `kỷ niệm 10 năm thiết lập quan hệ thành phố hữu nghị A - B`, `mối quan hệ hợp tác hữu nghị giữa 2 thành phố
    A - B được thiết lập từ năm …`): a lasting relation of two localities, as a twinning is (kept only when two
    localities are its sides); signed (`ký kết thiết lập quan hệ hữu nghị …`), the document of the signing. Ties
    spoken of with no setting up (`mối quan hệ hữu nghị giữa hai nước`) are no framework."""
    for m in _FRIENDSHIP_SET_UP.finditer(lower):
        yield m.start(2), m.end(2), AgreementType.AGREEMENT if m.group(1) else AgreementType.PARTNERSHIP
    for m in _FRIENDSHIP_SET_UP_AFTER.finditer(lower):
        yield m.start(1), m.end(1), AgreementType.PARTNERSHIP


def _twinning_head(lower: str, start: int, end: int) -> bool:
    """A head of two localities' lasting ties: a twinning, or friendship ties set up (`_friendship_ties`)."""
    return lower[start:end] in _TWINNING or _FRIENDSHIP_HEAD.fullmatch(lower, start, end) is not None


_RECORDED = (AgreementType.MOU, AgreementType.AGREEMENT, AgreementType.OTHER)


def _names_the_next(first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    """`Bản ghi nhớ Thỏa thuận hợp tác giữa A và B`, `Biên bản thỏa thuận Hợp đồng …`: Vietnamese puts a document's
    kind first, so of two heads side by side the first is the document and the second what it records (English
    puts it last: `the cooperation plan agreement`). So is a plan named after the partnership it carries out
    (`Kế hoạch hành động Đối tác chiến lược toàn diện A - B giai đoạn …`): the plan is the document, the
    partnership only its name."""
    if first[1] + 1 != second[0]:
        return False
    return (first[2] in _RECORDS and second[2] in _RECORDED) or (
        first[2] == AgreementType.ACTION_PLAN and second[2] == AgreementType.PARTNERSHIP
    )


def _mid_sentence(text: str, m: re.Match[str]) -> bool:
    """A match with words of its sentence before it (not after a stop, a colon, a line break or a list's mark)."""
    before = text[: m.start()].rstrip(" \t“\"'‘(")
    return bool(before) and before[-1] not in ".!?:;\n|-–•*"


_SIGNED_COOPERATION = compile_gated(
    # (`\bk[ýí]` with its `\b` after the letter, as `lexicon.by_first_letter` writes words: tried only where a k stands)
    r"k(?<!\w.)[ýí](?: kết)?(?: và (?:thực hiện|triển khai))? (hợp tác(?: (?:chiến lược|toàn diện))?(?: (?:kinh tế|thương mại|đầu tư|du lịch|văn hóa|giáo dục))?"
    r"(?: (?:trong|trên) (?:các |một số |một vài |nhiều |những )?(?:lĩnh vực|ngành)\b)?)"
    r"(?:(?<=lĩnh vực)|(?<=ngành)|(?= (?:(?:trong )?thời gian tới )?(?:giữa|với|giai đoạn|về)\b|\s*[,.;]))"
)
"""`lễ ký kết hợp tác giữa tỉnh A với tỉnh B`, `đã ký kết hợp tác giai đoạn 2021 - 2025`, `ký kết hợp tác trong
thời gian tới giữa A và B`, `đã ký kết hợp tác về bảo vệ an ninh biên giới …`, `Lễ ký kết hợp tác chiến lược, …`,
`đã ký hợp tác toàn diện, …`, `ký kết hợp tác kinh tế giữa A và B`, `ký kết hợp tác trong lĩnh vực y tế`, `ký kết hợp
tác đầu tư trên một số lĩnh vực: …`: a signing whose document is named by what it is, cooperation of a kind or a field
(its title from `hợp tác`), its sides those of the clause."""


_PARTNERSHIP_FOR = compile_gated(
    r"\b(?:thiết lập|xác lập|xây dựng|nâng cấp|nâng|tiến tới|quan hệ)\s+(?:mối\s+)?(?:quan hệ\s+)?[“\"]?"
    r"(đối tác (?:về|vì|hợp tác cùng|cùng)) "
)
"""`thiết lập đối tác về an ninh lương thực`, `quan hệ “đối tác vì hợp tác và phát triển”`, `xây dựng mối quan hệ
"đối tác hợp tác cùng phát triển"`: a partnership two sides set up or have, named by what it is for rather than by a
rank (`chiến lược`, `toàn diện`); `đối tác` alone, a partner (`là đối tác về thương mại lớn nhất`), is none."""


_SIGNED_CONTENTS = compile_gated(
    r"\bk[ýí](?: kết)? ((?:các |nhiều )?nội dung hợp tác(?: quan trọng)?)"
    r"(?= (?:(?:trong )?thời gian tới )?(?:giữa|với|giai đoạn|về)\b|\s*[,.;\n]|\s*$)"
)
"""`A – B ký kết nhiều nội dung hợp tác quan trọng` (a headline), `ký kết các nội dung hợp tác giai đoạn 2021 - 2025`:
the points of cooperation two sides sign are their cooperation document, as `ký kết hợp tác` is (its sides those of
the clause)."""


_SIGNED_MEMORANDUM = compile_gated(r"\bk[ýí](?: kết)? (ghi nhớ)\b")
"""`Tỉnh A và tỉnh B ký ghi nhớ hợp tác giai đoạn …`, `… ký kết ghi nhớ.`: a memorandum named without its noun
(`bản`), as headlines and captions write it; after a signing verb `ghi nhớ` is the document, never `to remember`."""


_SIGNED_REVIEW = compile_gated(r"\bk[ýí](?: kết)? ((?:bản )?báo cáo (?:sơ kết|tổng kết))\b")
"""`Lãnh đạo hai tỉnh ký kết Báo cáo sơ kết 1 năm thực hiện Thỏa thuận hợp tác`, `ký báo cáo sơ kết kết quả hợp tác
hai năm …`: a review of the sides' cooperation both sign is a document of theirs (a report only presented is none)."""


_SIGNED_MINUTES = compile_gated(r"\bsign(?:ed|ing)?\s+(?:the|its|their)\s+(minutes)\b(?!\s+of\s)")
_MINUTES_SIGNED = compile_gated(
    r"\b(?:the|its|their)\s+(minutes)(?=(?:\s+of\s+(?:the\s+)?meeting\b[^.;\n]{0,60}?|\s+between\s[^.;\n]{0,80}?)?"
    r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+signed\b)"
)
"""`the two head delegates signed its minutes`, `The minutes of meeting is signed`, `The minutes between A and B was
signed in …`: the record two sides sign at the close of their meeting, a document of the other kinds (as `the minutes
of the session`), told only by its signing (`in the minutes after the talks` is no document)."""


_DEAL_BEFORE = compile_gated(
    r"\b(?:the|a|an|this|that|similar|new|trade|cooperation|bilateral|landmark|first|aid|investment|energy|gas|lng"
    r"|supply|loan|financing|funding|purchase|export|import|sales|arms|defence|defense|power|electricity|tariff"
    r"|swap|procurement|tourism|aviation|shipping|labour|labor|technology|business|economic|commercial"
    r"|rice|grain|wheat|corn|maize|coffee|sugar|fertiliser|fertilizer|coal|oil|crude|food|[a-z]+-year)\s+$"
)
"""`deal` is a document after a determiner or a kind (`a similar deal with Queensland`, `the deal was inked`, `a
one-year rice deal`: a commodity or a term), never after `to` (`to deal with issues`) or `good` (`a good deal of
progress`)."""
