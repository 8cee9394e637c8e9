"""Lists of partners after a plural head's `with` (`signed cooperation agreements with Hanoi, Da Nang and
Can Tho`, `với ba tỉnh … là A, B và C`, `with two other partners in the UAE, A and B`), one document each
(`partner_list`), and where a head's fields begin after its one partner (`after_partner`).

Called by the agreements stage's list readers, not by `parties`: a list gives one document per partner."""

from __future__ import annotations

import re

from core.text import slug
from core.vocabulary import Label, OrganizationKind, Prop
from loaders.entities.agreement_parties.mentions import party_ids
from loaders.entities.agreement_parties.outermost import outermost
from loaders.entities.agreement_parties.spans import clause_end
from loaders.entities.agreement_parties.unnamed import _NOT_A_BODY, _UNNAMED_BODY
from loaders.entities.agreement_parties.words import _WITH_AFTER_HEAD
from loaders.entities.doc import ArticleDoc
from loaders.entities.places import POSSESSIVE


def after_partner(doc: ArticleDoc, head_end: int) -> int:
    """Where a plural head's fields may begin: after its `with` and the one body or place it names, if it does
    (`two MoUs with Laos's Ministry of Energy and Mines on A and on B`: the body after its country's possessive)."""
    w = _WITH_AFTER_HEAD.match(doc.text, head_end)
    partner = outermost(doc, w.end(), w.end() + 1) if w else []
    if not partner:
        return head_end
    possessive = POSSESSIVE.match(doc.text, partner[0].end)
    owned = outermost(doc, possessive.end(), possessive.end() + 1) if possessive else []
    return owned[0].end if owned else partner[0].end


# After a plural document head, `with` and the partners it was (or is to be) made with, one document each:
# `signed cooperation agreements with Hanoi, Da Nang and Can Tho`, `… with Vietnamese localities, particularly …`.
_PARTNERS_LEAD = re.compile(
    r"\s+with\s+(?:(?:[\w-]+\s+){0,3}(?:localities|provinces|cities|partners|ministries|agencies)\s*,?\s*"
    r"(?:particularly|especially|including|namely|such as|notably)\s+"
    r"|(?:the\s+)?(?:governments|authorities|administrations|leaders)\s+of\s+(?:the\s+)?)?"
    r"|\s+(?:hợp tác\s+)?với\s+(?:(?-i:chính quyền|lãnh đạo)\s+)?(?:các\s+)?(?:(?-i:tỉnh|thành phố|địa phương|bộ|đối tác)\s+)?",
    re.I,
)
_COUNTED_PARTNERS_LEAD = re.compile(
    r"\s+with\s+(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
    r"(?:localities|provinces|cities|prefectures|states|regions|partners|companies|firms)"
    r"(?:\s+(?:of|in|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"\s*(?:[,:–—]\s*|\s+-\s+|\s*\(\s*)(?:(?:namely|including|particularly)\s+)?(?:the\s+)?"
    r"|\s+(?:hợp tác\s+)?với\s+(?P<vn>hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+"
    r"(?-i:tỉnh, thành phố|tỉnh|thành phố|địa phương|bang)"  # (`với 5 tỉnh, thành phố của Vương quốc Campuchia gồm:`)
    r"(?:\s+[^\s,.;:()]+){0,8}?\s*(?:[:–—]\s*|\s+-\s+|\s*\(\s*|,?\s+(?:là|gồm|gồm có|bao gồm)(?:\s*:)?\s+)"
    r"(?:(?-i:tỉnh|thành phố|bang)\s+)?",
    re.I,
)
"""`with three Lao provinces, A, B and C`, `với ba tỉnh của Lào có chung đường biên giới là A, B và C`: partners
counted, then named; as many must follow as were counted."""
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTS |= {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_PARTNER_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+|và\s+)?|\s+(?:and|và)\s+)(?:the\s+)?")
_PLACE_TAIL = re.compile(
    r"\s+(?:city|province|state|prefecture|region)\b(?:[’']s\s+(?:[A-Z][\w-]*\s+){0,3}(?:Region|Prefecture|City)\b)?"
)  # (`Guangxi province’s Zhuang Autonomous Region`: the place, named again in full)


_FIELD_BEFORE_PARTNERS = re.compile(
    r"\s+(?:on|về|about)\s+[^,;:.()]{1,60}?(?=\s+(?:with|với)\s)"
    r"|\s+(?:signed|inked|concluded|đã ký|được ký)(?:\s+(?:in|năm)\s+\d{4})?(?=\s+(?:with|với)\s)"
    r"|(?:\s+(?:toàn diện|hữu nghị|song phương|chiến lược))?\s+và\s+\d+\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}?(?=\s+với\s)"
    r"|\s+(?:toàn diện|hữu nghị|song phương|chiến lược)(?=\s+với\s)"
)
"""`Memoranda of Understanding on economic and trade cooperation with …`, `Cooperation agreements signed in 2025
with …`: what the documents are about, or their signing, before their partners; a Vietnamese head's modifier, and
other things counted beside the documents (`3 thỏa thuận hợp tác toàn diện và 36 quy chế phối hợp với …`)."""
_YEAR_AFTER = re.compile(r"\s+in\s+(\d{4})\b|\s+\((\d{4})\)|\s+(?:năm|vào năm)\s+(\d{4})\b")


def partner_list(
    doc: ArticleDoc, head_end: int, *, counted_only: bool = False, or_dated: bool = False
) -> list[tuple[list[str], str, str | None]] | None:
    """The partners listed right after a plural head's `with` (two or more places or bodies, nothing else between
    them), each as its ids (a provincial government with its province) and its name as written, else None; when
    the lead counts them (`với ba tỉnh … là`), exactly that many (`counted_only`: only such a lead, as after a
    Vietnamese head, which has no plural; `or_dated`: or partners each dated by its own year)."""
    field = None if counted_only and not or_dated else _FIELD_BEFORE_PARTNERS.match(doc.text, head_end)
    head_end = field.end() if field is not None else head_end
    counted = _COUNTED_PARTNERS_LEAD.match(doc.text, head_end)
    lead = counted or (None if counted_only and not or_dated else _PARTNERS_LEAD.match(doc.text, head_end))
    if lead is None:
        return None
    found = _partners_after(doc, lead)
    if or_dated and found is not None and not all(year for _, _, year in found):
        return None  # (`or_dated`: partners each with its own year, `… với A (2009), B (2017) và C (2018)`)
    if counted is not None:
        number = counted.group("n") or counted.group("vn")
        count = int(number) if number.isdigit() else _COUNTS[number.lower()]
        if found is None or count != len(found) or _counted_names(doc, counted, count, check_only=True) is None:
            return _counted_names(doc, counted, count)
    return found


def _counted_names(
    doc: ArticleDoc, lead: re.Match[str], count: int, *, check_only: bool = False
) -> list[tuple[list[str], str, str | None]] | None:
    """`signed MOUs with two other partners in the UAE, A Ports Group and B Technologies`: partners counted, then
    named, some by names no stage read; exactly as many capitalised names as were counted, each a place or body
    read or else an organisation of its own (a name of at most six words, no title or date word)."""
    text = doc.text
    sentence = doc.sentence_of(lead.start())
    end = clause_end(text, lead.end(), sentence.end)
    end = lead.end() + len(text[lead.end() : end].rstrip(" .;"))
    pieces, at = [], lead.end()
    read = outermost(doc, lead.end(), end)
    for sep in _PARTNER_SEPARATOR.finditer(text, lead.end(), end):
        if any(sp.start <= sep.start() < sp.end for sp in read):
            continue  # (`Ministry of Industry and Trade`: a separator inside a name read)
        pieces.append((at, sep.start()))
        at = sep.end()
    pieces.append((at, end))
    if len(pieces) != count:
        return None
    found: list[tuple[list[str], str, str | None]] = []
    for a, b in pieces:
        inside = [sp for sp in read if a <= sp.start and sp.end <= b]
        if len(inside) == 1:
            found.append((party_ids(doc, inside[0]), inside[0].text, None))
            continue
        m = _UNNAMED_BODY.fullmatch(text, a, b)
        if m is None or _NOT_A_BODY.match(m.group("name")) or any(a <= sp.start < b for sp in read):
            return None
        found.append(([f"org:{slug(m.group('name'))}"], m.group("name"), None))
    if check_only:
        return found  # (whether the list holds as many names as were counted; nothing added to the graph)
    for ids, name, _ in found:
        if ids[0] not in doc.entities:
            doc.entity(ids[0], Label.ORGANIZATION, name, properties={Prop.KIND: OrganizationKind.OTHER}, at=lead.end())
    return found


def _partners_after(doc: ArticleDoc, lead: re.Match[str]) -> list[tuple[list[str], str, str | None]] | None:
    """The places or bodies listed right after a partners' lead, each with its ids, its name as written and the
    year written right after it (`with the administrations of A in 2009, B in 2017 and C in 2018`)."""
    head_end = lead.start()
    sentence = doc.sentence_of(head_end)
    spans = outermost(doc, lead.end(), sentence.end)
    at = lead.end()
    found: list[tuple[list[str], str, str | None]] = []
    for sp in spans:
        gap = doc.text[at : sp.start]
        if at != lead.end() and not _PARTNER_SEPARATOR.fullmatch(gap):
            break
        if at == lead.end() and gap.strip(" "):
            return None
        ids = party_ids(doc, sp)
        at = sp.end
        tail = _PLACE_TAIL.match(doc.text, at)
        at = tail.end() if tail else at
        year = _YEAR_AFTER.match(doc.text, at)
        at = year.end() if year else at
        if ids and all(ids[0] != other[0] for other, _, _ in found):
            found.append((ids, sp.text, next((g for g in year.groups() if g), None) if year else None))
    return found if len(found) >= 2 else None
