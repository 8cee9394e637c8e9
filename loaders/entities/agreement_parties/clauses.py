"""Where the clause of a verb begins (`_clause_start`): after the last comma that does not join parties
(`A, B và C đã ký`), a place and its country, or a signer and his title; after a reporting verb (`cho biết`,
`informed that`) or a wish (`proposed that`), whose speaker is no party.

A verb's subject is what stands between this start and the verb; the signing clause and a coordinated subject
both read it."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.agreement_parties.outermost import _qualifies_city, outermost
from loaders.entities.agreement_parties.spans import _party_spans
from loaders.entities.agreement_parties.two_sides import _TWO_COUNTRIES, _TWO_SIDES
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_ADJUNCT_START = re.compile(r"\s*(?:tại|ở|trong|vào|ngày|sáng|chiều|tối|nhân|at|in|on|during)\b", re.I)


_REPORTING = compile_gated(
    r"\b(?:informed|announced|reported|said|says|stated|noted|confirmed|revealed)\s+that\s+"
    r"|\b(?:cho biết|cho hay|thông tin|thông báo)\s+(?:rằng\s+|là\s+)?(?=\S)",
    re.I,
)


def _reported_clause_start(text: str, s_start: int, verb_start: int) -> int:
    """`The Office of the Ministry … informed that Minister A and Minister B signed …`, `Bộ X cho biết A và B đã ký
    …`: who reports a signing is no party of it; the signers' clause begins after the reporting verb."""
    reports = list(_REPORTING.finditer(text, s_start, verb_start))
    return reports[-1].end() if reports else s_start


_PROPOSED_THAT = compile_gated(
    r"\b(?:proposed|suggested|recommended|hoped|expected|asked|urged|hope|wish|wished)\s+that\s+", re.I
)
"""`X proposed that the two sides negotiate and sign …`, `expressed his hope that A and B will sign …`: who wishes a
signing is not its subject; the sides the wish names are (when it names them)."""


def _wished_clause_start(doc: ArticleDoc, s_start: int, verb_start: int) -> int:
    """Where the clause of a wished signing begins: after `proposed that` when the wish names its signers (a party
    or `the two sides`), else where it began (`A agreed with B that they would sign …`: A and B sign)."""
    wishes = list(_PROPOSED_THAT.finditer(doc.text, s_start, verb_start))
    if not wishes:
        return s_start
    at = wishes[-1].end()
    named = _party_spans(doc, at, verb_start) or _TWO_SIDES.search(doc.text, at, verb_start)
    return at if named or _TWO_COUNTRIES.search(doc.text, at, verb_start) else s_start


_PLACE_KINDS = r"city|province|state|prefecture|region"
"""The English words for a kind of place a party is written with (`Ansan City`, `Vietnam's central city of …`)."""


def _all_lowercase(segment: str) -> bool:
    """Words all in lowercase (verbs and common nouns listed between commas): nothing that could be a party."""
    words = segment.split()
    return bool(words) and not any(w[0].isupper() for w in words)  # (`for 2022-25`: a number is no name either)


_OFFICE_OF = re.compile(rf"\s+the\s+[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}}\s+of\s")
"""`X, the Vice-Chancellor of …`: an office no title list knows, told as such."""


_WHILE = compile_gated(r"\b(?:while|whereas|trong khi)\s+", re.I)
"""`The first deal was between A and B while C and D inked another`: a clause of its own begins after `while`."""


def _clause_start(doc: ArticleDoc, s_start: int, verb_start: int) -> int:
    """Where the subject of a verb begins: after the last comma or clause word before it that is not inside a
    name and does not join parties (`A, B và C đã ký`) nor a signer to his title, and after a `while` that opens
    the verb's own clause (the sides before it are another clause's)."""
    text = doc.text
    s_start = max([s_start, *(m.end() for m in _WHILE.finditer(text, s_start, verb_start))])
    inside = [(o.start, o.end) for o in (*doc.orgs, *doc.places, *doc.people) if s_start <= o.start < verb_start]
    pos = verb_start
    while True:
        comma = text.rfind(",", s_start, pos)
        if comma < 0:
            return s_start
        if (
            any(a <= comma < b for a, b in inside)
            or text.rfind("(", s_start, comma) > text.rfind(")", s_start, comma)  # `… 4 tỉnh Nam Lào (A, B, C) đã`
            or _qualified_by_country(doc, comma)
            or not text[comma + 1 : comma + 2].isspace()  # `Co.,Ltd`, `1,000`: no clause begins there
        ):
            pos = comma
            continue
        if _LIST_ENDING.fullmatch(_skeleton(doc, comma + 1, verb_start)) and doc.within(
            [*doc.orgs, *doc.places], max(s_start, comma - 80), comma
        ):
            pos = comma  # `A, B and C signed …`: a comma of the signers' list
            continue
        # a signer's apposition (`A và ngài X, Bộ trưởng … Rumani đã ký`): the signers go on left of the comma
        if (
            any(p.end == comma for p in doc.people)
            and (doc.title_at(comma + 2) is not None or _OFFICE_OF.match(text, comma + 1))
            and _party_spans(doc, comma + 1, verb_start)
            and not _ADJUNCT_START.match(text, max(s_start, text.rfind(",", s_start, comma) + 1))
        ):
            pos = comma
            continue
        return comma + 1


_PLACE_WORD = re.compile(rf"(?:\s+(?:{_PLACE_KINDS}))?", re.I)
_LIST_ITEM = r"(?:the\s+)?(?:P['’]s\s+)?P"
_LIST_ENDING = re.compile(rf"\s*{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*(?:\s+(?:and|và)\s+{_LIST_ITEM})+\s*")
"""The signers' list a comma may belong to: `A, B and C`, and `A, B, C and D and E's F` (one side's places listed,
then the other side's joined by a second `and`); a name may follow its country's possessive (`China's Guangxi`).
A kind word before a name (`tỉnh A và tỉnh B`) is no list's: after a clause's comma (`Năm 2015, tỉnh A và tỉnh B
ký …`) it would carry the subject back over the comma."""


def _skeleton(doc: ArticleDoc, start: int, end: int) -> str:
    """The text between two offsets with each organisation and place in it written `P`, with the acronym in brackets
    right after it (what a list's shape is read on)."""
    out, at = [], start
    for sp in outermost(doc, start, end):
        if sp.start < at:
            continue
        out.append(doc.text[at : sp.start])
        out.append("P")
        at = sp.end
        acronym = _ACRONYM_AFTER.match(doc.text, at, end)  # `Cơ quan Hợp tác quốc tế Hàn Quốc (Koica)`: one name
        if acronym:
            at = acronym.end()
    out.append(doc.text[at:end])
    return "".join(out)


_ACRONYM_AFTER = re.compile(r"\s*\([^()\s,]{1,15}\)")


_VI_PLACE_KIND = re.compile(r"(?:tỉnh|bang|vùng|khu tự trị)\s+")
"""The Vietnamese word for a place's kind, written before its name (`tỉnh Vân Nam`)."""


def _qualified_by_country(doc: ArticleDoc, comma: int) -> bool:
    """`Ansan City, South Korea and Phu Tho Province signed …`: a comma between a place and its country joins them;
    so does one between a foreign city and its province (`Kakogawa city, Hyogo prefecture of Japan`, `châu Văn Sơn,
    tỉnh Vân Nam`), or between a body and the province its kind word names (`Chính quyền huyện X, tỉnh Y`)."""
    kind = _VI_PLACE_KIND.match(doc.text, comma + 2)
    country = doc.span_at(doc.places, kind.end() if kind else comma + 2)
    if country is None:
        return False
    if country.label == Label.PROVINCE:
        if kind and any(o.end == comma for o in doc.orgs):
            return True  # `Chính quyền huyện X, tỉnh Y, Hàn Quốc đã ký …`: a local body, then the province it is in
        before = doc.within(doc.places, max(0, comma - 60), comma)
        return bool(before) and _qualifies_city(doc, before[-1], country)
    if country.label != Label.COUNTRY:
        return False
    return any(
        _PLACE_WORD.fullmatch(doc.text, sp.end, comma) for sp in doc.within(doc.places, max(0, comma - 60), comma)
    )


_SUBJECT_OPENING = re.compile(r"\s*(?:the\s+)?", re.I)
