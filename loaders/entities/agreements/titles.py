"""Titles: where a document's title starts and ends (the end of its clause, a quoted title, an acronym in
brackets, a coordinated head), whether a head is bare (no title of its own), and the key bare mentions merge
on."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.text import fold
from core.vocabulary import AgreementType
from loaders.entities import agreement_parties
from loaders.entities.agreements.words import (
    _ACRONYM_END,
    _ANAPHOR,
    _FTA_ACRONYMS,
    _FTA_IN_BRACKETS,
    _FTA_NAME,
    _GENERIC_MODIFIERS,
    _GENERIC_WORDS,
    _GIUA,
    _JOINED_HEAD,
    _MOU_ACRONYM,
    _MOU_GOES_ON,
    _TITLE_STOP,
)
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_ENUMERATION_COMMA = re.compile(
    r",\s+(?![^,;.]{0,40}?\b(?:will|would|shall|can|could|should|must|may|has|have|had|is|are|was|were|said|says)\b)"
    r"[^,;.]{1,40}?,?\s+and\s"
)
"""A comma inside an enumeration (`on trade, investment and logistics`): items with no verb of their own (`…
Cooperation, Khammoune will direct departments and agencies` starts a new clause)."""
_PAIR_THAT_ACTS = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"\s+(?:(?:have|has|had|also|jointly)\s+)?(?:agreed|decided|pledged|vowed|committed|affirmed|discussed|reached"
    r"|welcomed|expressed)\b"
)
"""After a comma, two names joined by `and`, then a verb only a clause's subject takes (`…, A and B agreed to …`): the
main clause begins, no enumeration nor a party's place (a participle, `signed in 2019`, may still be the title's)."""
_QUALIFIER_COMMA = re.compile(r",\s+[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?(?=[.;,]|\s+and\s|$)")


def _english_clause_end(text: str, head_end: int, end: int) -> int:
    """English: a title runs to the first comma that starts a new clause (`… smart border gates by the end of
    the year, Vietnamese Deputy Prime Minister … said`), not one of an enumeration (`on trade, investment and
    logistics`) nor one before a place that qualifies a party (`… Guangxi, China`)."""
    for comma in range(head_end, end):
        if text[comma] != "," or text[comma - 1 : comma + 2 : 2].isdigit():
            continue  # (`500,000 tons`: a number's comma)
        if _NEXT_TITLE.match(text, comma + 1):
            return comma  # `the MOU on Rice Trade, Understanding on Incident Prevention, …`: the next title
        if _PLACE_AND_DATE.match(text, comma):
            return comma  # a caption's `…, Vientiane, Laos, April 8, 2024 - Photo: VNA`: where and when, no title
        if _PAIR_THAT_ACTS.match(text, comma):
            return comma  # `the 10th anniversary of the strategic partnership (2013-2023), A and B agreed to …`
        if _ENUMERATION_COMMA.match(text, comma) or _QUALIFIER_COMMA.match(text, comma):
            continue
        return comma
    return end


_PLACE_AND_DATE = re.compile(
    r"(?:,\s+[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?){1,2},\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b"
)
"""A caption's place (and its country) and day after a title (`…, Vientiane, Laos, April 8, 2024`)."""
_NEXT_TITLE = re.compile(r"\s+(?:and\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*\s+(?:on|between)\s")
"""After a comma, a name in capitals followed by `on`/`between`: the next document of a list of titles."""


# After an English head, a lowercase word that is no complement's opening starts the clause's verb.
_EN_VERB_AFTER = re.compile(
    r"\s+(?!(?:on|for|between|to|of|in|regarding|concerning|with|among|signed|inked|that|which"
    r"|and|or|at|by|from|under|within|aimed|aiming|focused|focusing|establishing|worth)\b)[a-z]+\b"
)
# Vietnamese: after a head, a verb opens the clause the head is the subject of (`Bản ghi nhớ có hiệu lực kể từ …`,
# `Bản ghi nhớ khẳng định …`): the head has no title of its own.
_VI_VERB_AFTER = re.compile(
    r"\s+(?:có hiệu lực|khẳng định|thể hiện|đánh dấu|mở ra|tạo ra|góp phần|giúp|cho phép|quy định|nêu rõ|đặt ra"
    r"|nhấn mạnh|hết hiệu lực)\b"
)
_VI_PREDICATE = re.compile(
    r"(?<!nhằm)(?<!để)\s+(?:có hiệu lực|hết hiệu lực|khẳng định|thể hiện|đánh dấu|mở ra|nhấn mạnh)\b"
)
"""Further on in a Vietnamese title, a verb only a clause's predicate opens (`thỏa thuận giai đoạn mới thể hiện …`,
`Bản ghi nhớ hợp tác với tỉnh X đánh dấu …`): the document's name ends before it (`nhằm khẳng định …` is its
purpose, still its own)."""
# What points at a document already read rather than naming one: this time, today, the day it was signed.
_DEICTIC_TAIL = re.compile(
    r"\s*(?:lần này|hôm nay|vừa (?:được )?k[ýí](?: kết)?|mới (?:được )?k[ýí](?: kết)?|(?:k[ýí] )?ngày \d{1,2}[/.-]\d{1,2}"
    r"(?:[/.-]\d{2,4})?|today|this time)\s*"
)

# A complement that names only the two sides (`the MoU between the two cities`, `Bản ghi nhớ hợp tác giữa hai bên`):
# nothing of a document's own, the one already read.
_BETWEEN_SIDES_ONLY = re.compile(
    r"\s*(?:hợp tác\s+)?(?:between|giữa)\s+(?:the\s+)?(?:hai|two|both)\s+(?:nước|quốc gia|bên|tỉnh|địa phương|thành phố"
    r"|countries|nations|sides|provinces|localities|cities|parties)\s*",
    re.I,
)


_NAMED_ABOVE = re.compile(r"\s(?:nêu trên|nói trên|kể trên|vừa nêu)\s*$")
_NAMED_ABOVE_EN = compile_gated(r"\b(?:the|this|that)\s+(?:aforementioned|above-?mentioned|aforesaid|said)\s+$", re.I)


_INDEFINITE_PHRASE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){0,5}$")
"""The indefinite article that opens a head's noun phrase (`a new …`, `A 440 million euro tied aid …`): a document
named for the first time."""


def _named_anew(text: str, start: int) -> bool:
    """An indefinite article, then words of substance, before a head (`a tied aid agreement`, not `a new cooperation
    agreement`): a document the page names for the first time."""
    phrase = _INDEFINITE_PHRASE.search(text, max(0, start - 48), start)
    if phrase is None:
        return False
    words = [w.lower() for w in text[phrase.start() : start].split()[1:]]
    return any(w not in _GENERIC_MODIFIERS and fold(w) not in _GENERIC_WORDS for w in words)


def _bare(text: str, start: int, head_end: int, end: int, *, english: bool) -> bool:
    """A head with nothing of its own (`The MoU is …`, `MOU lần này`, `Bản ghi nhớ này`, `MoU hôm nay`): it names
    no new document."""
    if _DEICTIC_TAIL.fullmatch(text, head_end, end):
        return True
    if _BETWEEN_SIDES_ONLY.fullmatch(text, head_end, end):
        # `the agreement between the two countries`, `a cooperation agreement between the two nations`: the
        # document told; `A 440 million euro tied aid agreement between the two countries`: a new one, named by words
        # of its own between its article and its head
        return not (english and _named_anew(text, start))
    if not english and _NAMED_ABOVE.search(text, head_end, end):
        return True  # `thỏa thuận thiết lập cơ chế hợp tác nêu trên`: the document told above
    if english and _NAMED_ABOVE_EN.search(text, max(0, start - 20), start):
        return True  # `to enter into the aforementioned agreement with X because …`: the document told above
    if text[head_end:end].strip(" ,") and not _ANAPHOR.match(text, head_end):
        return False
    if english and text[start].isupper() and " " in text[start:head_end] and not _ANAPHOR.match(text, head_end):
        return False  # `the Framework Agreement`: a document's name, capitalised, is no reference back
    if _FTA_NAME.fullmatch(text, start, head_end):
        return False  # `such as RCEP and CPTPP`: a trade agreement's own acronym names it, never one read before
    before = text[max(0, start - 12) : start].lower()
    if re.search(r"(?:^|\s)(?:an?|another|one more|một|thêm)\s+$", before):
        return False  # `An MoU was also signed between …`: a new document, whatever follows
    before = before[-5:]
    if not english and text[start].isupper():
        return True  # `Theo Bản ghi nhớ, …`: Vietnamese capitalises the document words and has no article
    return bool(
        re.search(r"(?:^|\s)(?:the|this|that|such)\s+$", before)
        or _ANAPHOR.match(text, head_end)
        or text[start:head_end].isupper()
        or text[start:head_end] in ("MoU", "MoUs")
    )


def _title_end(
    text: str, start: int, head_end: int, heads: Sequence[tuple[int, int, str]], *, english: bool = False
) -> int:
    if _ACRONYM_END.search(text, start, head_end) and not (
        _MOU_ACRONYM.fullmatch(text, start, head_end) and _MOU_GOES_ON.match(text, head_end)
    ):
        return head_end  # `Hiệp định CPTPP`, `MoU`: a name of its own (but `an MOU on aviation development`)
    if english and _EN_VERB_AFTER.match(text, head_end) and not text[start:head_end].lower().endswith(" the"):
        return head_end  # `The MoU reflects …`, `the deal aims …`: the head, then its verb; no title of its own
    if english and text.startswith(("’s ", "'s "), head_end):
        return head_end  # `the Vietnam-Chile Free Trade Agreement’s implementation`: the document, then what of it
    if english and text.startswith(",", head_end) and re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.I):
        return head_end  # `Under the MoU, Vietnam will supply …`: the comma opens the main clause
    if not english and (_VI_VERB_AFTER.match(text, head_end) or text.startswith(",", head_end)):
        return head_end  # (`Theo Thỏa thuận, Tp. HCM sẽ …`: a comma right after the head opens the main clause)
    if (
        not english
        and (others := _AND_OTHER_THINGS.match(text, head_end))
        and not any(s == others.end() for s, _, _ in heads)
    ):
        return head_end  # `các điều khoản của Bản ghi nhớ và các luật, quy định …`: the document, then other things
    stop = _TITLE_STOP.search(text, head_end)
    while (
        english
        and stop
        and (where := _SIDE_IN_PLACE.match(text, stop.start()))
        and _OPEN_BETWEEN.search(text, head_end, stop.start())
    ):
        stop = _TITLE_STOP.search(text, where.end())  # `between A province in Vietnam and B`: where A is, no stop
    end = stop.start() if stop else len(text)
    if english:
        end = _english_clause_end(text, head_end, end)
        acronym_at = _FTA_IN_BRACKETS.search(text, head_end, end)
        if acronym_at is not None and not _EN_COMPLEMENT_AFTER_NAME.match(text, acronym_at.end()):
            end = acronym_at.end()  # `… (CPTPP) and the Regional … (RCEP)`, `… (CPTPP) and collaboration through …`
    elif (closing := _quoted_title_end(text, start)) is not None and closing > end:
        end = closing  # `thông qua “Tuyên bố Tầm nhìn về …: Đối tác tin cậy”`: no stop inside its quotes ends a title
    elif (closing := _acronym_closing(text, head_end, end)) is not None:
        end = closing  # `Hiệp định Thương mại tự do với EU (EVFTA) và cho biết …`: its acronym closes its name
    # A country after a comma qualifies the last party: `… tỉnh Sơn Đông, Trung Quốc`.
    for s, _e, _ in heads:  # a coordinated head ends this title: `Kế hoạch … và Danh mục …`, `… and an MOU on …`
        joined = _JOINED_HEAD.search(text[head_end:s]) if head_end <= s < end else None
        if joined is not None:
            end = min(end, s - len(joined.group(0)))
        elif english and head_end <= s < end and (name := _EN_NAME_BEFORE_HEAD.search(text, head_end, s)) is not None:
            # `the agreement between the two countries and the ASEAN Comprehensive Investment Agreement`: English
            # names a document before its head, so the join stands before the name
            joined = _JOINED_HEAD.search(text[head_end : name.start()])
            if joined is not None:
                end = min(end, name.start() - len(joined.group(0)))
    acronym = re.match(r"\s*\((" + _FTA_ACRONYMS + r")\)", text[end:])
    if acronym:
        end += acronym.end()
    if not english and (predicate := _VI_PREDICATE.search(text, head_end, end)) is not None:
        end = predicate.start()  # `việc ký kết thỏa thuận giai đoạn mới thể hiện quyết tâm …`: its verb ends the name
    words = text[start:end].split()
    if len(words) > 40:
        end = start + len(" ".join(words[:40]))
    return end


_EN_COMPLEMENT_AFTER_NAME = re.compile(
    r"\s*(?:between|among|amongst|with|signed|inked|concluded|of|on|for|to|in\s+(?:the\s+)?field|regarding)\b"
)
"""English: what may still follow a trade agreement's acronym in brackets in its title (`… (FTA) between Vietnam and
Chile`, `… (FTA) with the EU`); anything else (`and the Regional … (RCEP)`, `and for being the first …`, `and
collaboration through …`) is past its name, as Vietnamese titles close at their acronym (`_acronym_closing`)."""


_EN_NAME_BEFORE_HEAD = re.compile(r"(?<=\s)[A-Z][\w'’-]*(?:\s+(?:of\s+|on\s+|for\s+)?[A-Z][\w'’-]*){0,6}\s+$")
"""English: the capitalised words of a document's name right before its head (`the ASEAN Comprehensive Investment
Agreement`, `the Japan-Vietnam Agreement`)."""


_SIDE_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=\s+and\s)")
_OPEN_BETWEEN = re.compile(r"\bbetween\s+(?:(?!\band\b)[^,;.])+$")
"""A `between` slot whose first side is told and whose `and` is still to come (`… pact between A province`): a
place after `in` there says where that side is (`… in Vietnam and B`), the slot goes on."""

_AND_OTHER_THINGS = re.compile(r"\s+và\s+(?:các|những)\s+")
"""Right after a head, `và các …`: the head joined to a plural of other things (a document's own, when a head)."""
_COMPLEMENT_AFTER_NAME = re.compile(rf"\s+(?:(?:giữa|với|về|của|năm|giai đoạn|ký|được)\b|[{UPPER}])")
"""What may still follow a trade agreement's acronym in its title (`… (CEPA) giữa Việt Nam và UAE`, `… (FTA)
Hàn-Việt`)."""


def _acronym_closing(text: str, head_end: int, end: int) -> int | None:
    """Where a trade agreement's acronym in brackets ends its title, unless its sides or subject follow."""
    named = _FTA_IN_BRACKETS.search(text, head_end, end)
    return named.end() if named is not None and not _COMPLEMENT_AFTER_NAME.match(text, named.end()) else None


_OPENING_QUOTE = re.compile(r"(?:^|[\s(])[“\"]\s*$")
_CLOSING_QUOTE = re.compile(r"[”\"\n]")
_QUOTED_REACH = 250  # characters: how long a quoted title may be


def _quoted_title_end(text: str, start: int) -> int | None:
    """Where the quotes a head opens close (`“Kế hoạch … : …”`), when they close on its line."""
    if not _OPENING_QUOTE.search(text, max(0, start - 3), start):
        return None
    closing = _CLOSING_QUOTE.search(text, start, start + _QUOTED_REACH)
    return closing.start() if closing is not None and text[closing.start()] != "\n" else None


_NAME_WORD_BEFORE = compile_gated(r"(?:[A-Z][\w'’\-]*|\([A-Z]{2,8}\)|and|in|of|on|for|[-–—])\s+$")

_NOT_TITLE_WORD = frozenset(
    ["The", "A", "An", "This", "That", "These", "Both", "Its", "Their", "At", "In", "On", "Under", "With"]
)


def _title_start(text: str, start: int) -> int:
    """English names an agreement before its head: `Viet Nam – Korea Free Trade Agreement`, `Comprehensive and
    Progressive Agreement …`; the title starts at the first of those words (not at `The`, nor at `and`)."""
    pos = start
    while True:
        m = _NAME_WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None or m.group(0).split()[0] in _NOT_TITLE_WORD or (m.start() and text[m.start() - 1].isalnum()):
            break
        pos = m.start()
    while re.match(r"(?:and|in|of|on|for) ", text[pos : pos + 4]) or text[pos : pos + 1] in "-–—":
        pos = text.index(" ", pos) + 1
    return pos


_FTA_ACRONYM = re.compile(r"\b(" + _FTA_ACRONYMS + r")\b")
"""A trade agreement's acronym in a title (`EVFTA`), which keys it (its other words vary from page to page)."""


def _key(title: str, kind: str) -> str:
    # (read only for a trade agreement: the pattern joined and looked up in `re`'s cache for every title cost more
    # than the reading itself)
    acronym = _FTA_ACRONYM.search(title) if kind == AgreementType.FTA else None
    if acronym and not acronym.group(1).startswith("FTA"):
        return fold(acronym.group(1))
    before, *sides = _GIUA.split(title, maxsplit=1)
    core = _PARTNER_PHRASE.split(before, maxsplit=1)[0]
    subject = agreement_parties.SUBJECT.search(sides[0]) if sides else None
    if subject is not None:  # `MoU between A and B on X`: what it is about, told after its sides
        core = f"{core} {sides[0][subject.start() :]}"
    return fold(core)


_PARTNER_PHRASE = re.compile(r"\s(?:với|with)\s", re.I)
"""Where a title turns to the partner (`… hợp tác với tỉnh Sơn Đông`): names, not what the document is about."""
