"""The states parties stand for (`states_of`: a ministry signs a treaty for its country, a joint body of two
countries for both), the record of an intergovernmental session (`session_record`, `sides_of_a_session`),
whose co-chairs sign for their governments, and whether a document is the states' (`meant_for_states`).

Apart because a treaty (`Hiệp định`) and a session's minutes are read for states, not bodies."""

from __future__ import annotations

import re

from core.text import fold
from core.vocabulary import Label, OrganizationKind, Prop
from loaders.entities.agreement_parties.countries import two_main_countries
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated

_COMMISSION = compile_gated(
    r"\b(?:[Jj]oint|[Ii]nter-?[Gg]overnment(?:al)?|[Ii]ntergovernmental)\s+(?:[A-Z][\w-]*\s+)?(?:[Cc]ommittee|[Cc]ommission)\b"
    r"|\b[ỦUủu][ỷy] ban (?:[Ll]iên [Cc]hính phủ|[Hh]ỗn hợp|[Hh]ợp tác [Ll]iên [Cc]hính phủ)\b"
)
"""An intergovernmental committee (`the Vietnam-Turkey Joint Committee`, `the Intergovernmental Commission`, `Ủy ban
liên Chính phủ`, `Ủy ban hỗn hợp`): its co-chairs, ministers of any portfolio, sit for their governments."""


def _governments_at_a_commission(doc: ArticleDoc, sides: list[str]) -> list[str]:
    """The two sides of a meeting, or their countries when it is a session of an intergovernmental committee whose
    co-chairs are two ministries: what `the two sides` sign there is their governments' (a Construction Minister
    and a Minister of Foreign Trade co-chair an economic commission; neither ministry is the document's side)."""
    if len(sides) != 2 or not commission_named(doc):
        return sides
    if not all(
        (ent := doc.entities.get(side)) is not None and ent.properties.get(Prop.KIND) == OrganizationKind.MINISTRY
        for side in sides
    ):
        return sides
    states = states_of(doc, sides)
    return states if len(states) == 2 and all(doc.entities[s].label == Label.COUNTRY for s in states) else sides


_SESSION_RECORD = compile_gated(
    r"\b(?:minutes|protocol)\s+of\s+the\s+(?:(?:[\w-]+\s+){0,2}(?:session|meeting)\b|(?:inter-?governmental|joint)\b)"
    r"|\bmeeting\s+(?:minutes|protocol)\b",
    re.I,
)
"""The record two sides sign at the close of a session (`the minutes of the meeting`, `the Protocol of the 41st
Session`, `the Protocol of the Intergovernmental Mechanism for …`, `the intergovernmental meeting protocol`)."""
_INTERGOVERNMENTAL = re.compile(r"\b[Ii]nter-?[Gg]overnmental\b")


def session_record(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the English title at `start`…`end` is the record of an intergovernmental body's session: a session
    record on a page that names such a body, or whose own title does (the words right before the head count:
    `the bilateral intergovernmental meeting protocol`)."""
    before = max(doc.sentence_of(start).start, start - _RECORD_REACH)
    return bool(_SESSION_RECORD.search(doc.text, before, end)) and bool(
        commission_named(doc) or _INTERGOVERNMENTAL.search(doc.text, before, end)
    )


def commission_named(doc: ArticleDoc) -> bool:
    """Whether the page names an intergovernmental committee: the session a record of minutes closes (`Lễ ký biên
    bản khoá họp`, `signed its minutes`) is then that committee's, its sides the two states; what two sides sign
    there is their governments' (`_governments_at_a_commission`, `meant_for_states`). The one place this is asked."""
    return bool(_COMMISSION.search(doc.text))


_RECORD_REACH = 30  # characters: how far before a record's head the session it closes may be named


def sides_of_a_session(doc: ArticleDoc, parties: list[str]) -> list[str]:
    """The two states whose intergovernmental body's session a record closes: the countries its parties stand for
    (a co-chairing ministry its country, whatever its portfolio), completed by the page's two main countries
    (a capital or the session's venue, `between Hanoi and Havana`, `Havana`, is no side of its own)."""
    countries = [s for s in states_of(doc, parties) if (ent := doc.entities.get(s)) and ent.label == Label.COUNTRY]
    if len(countries) >= 2:
        return countries[:2]
    return list(dict.fromkeys([*countries, *two_main_countries(doc)]))[:2]


def states_of(doc: ArticleDoc, parties: list[str]) -> list[str]:
    """The states parties stand for (a `Hiệp định`, a treaty between states; what an intergovernmental committee's
    co-chairs sign): the bodies whose ministers signed or negotiate it (`Bộ trưởng Bộ Ngoại giao … ký Hiệp định
    miễn thị thực`) stand for their countries; a government stays (it signs for its
    state: `thay mặt Chính phủ A`), and so do bodies its title names as its sides (`Hiệp định dẫn độ giữa Bộ Công
    an VN và …`: the caller does not ask)."""
    out: list[str] = []
    for pid in parties:
        ent = doc.entities.get(pid)
        iso = (
            ent.properties.get(Prop.COUNTRY)
            if ent is not None
            and ent.label == Label.ORGANIZATION
            and ent.properties.get(Prop.KIND) != OrganizationKind.GOVERNMENT
            else None
        )
        state = f"country:{str(iso).lower()}" if iso else pid
        state = state if state in doc.entities else pid
        for one in _states_of_a_joint_body(doc, pid) if state == pid else [state]:
            if one not in out:
                out.append(one)
    return out


def _states_of_a_joint_body(doc: ArticleDoc, body: str) -> list[str]:
    """`Hội đồng Doanh nghiệp Việt Nam - Ai Cập`, a body of no one country whose name pairs two the page names: it
    stands for both (a treaty its sentence asks for is the two states'); any other party stands for itself."""
    ent = doc.entities.get(body)
    if ent is None or ent.label != Label.ORGANIZATION or ent.properties.get(Prop.COUNTRY):
        return [body]
    name = fold(ent.name)
    named = [
        c.id
        for c in doc.entities.values()
        if c.label == Label.COUNTRY and re.search(rf"(?<!\w){re.escape(fold(c.name))}(?!\w)", name)
    ]
    return named if len(named) == 2 and re.search(r"\s[-–]\s", ent.name) else [body]


_TREATY_HEAD = re.compile(r"hiệp (?:định|ước)\b")
_ITS_OWN_SIDES = re.compile(r"\b(?:giữa|between)\b")
_BILATERAL = compile_gated(r"\b(?:bilateral|song phương)\b")
_FOR_THE_STATES = compile_gated(
    r"\b(?:thay mặt|đại diện cho|on behalf of|representing)\s+(?:cho\s+)?(?:the\s+)?(?:hai\s+|two\s+|their\s+)?"
    r"(?:chính phủ|nhà nước|governments?|states?)\b",
    re.I,
)
_BILATERAL_REACH = 30  # characters before a head or after it where `bilateral` qualifies the document
_GOVERNMENT_LEVEL_WORDS = (
    r"(?:liên chính phủ|cấp chính phủ|inter-?governmental|government-to-government|government-level)"
)
"""The words that make a document (or a body) the governments' (`Hiệp định liên Chính phủ`, `an intergovernmental
agreement`, `two government-level cooperation agreements`)."""
_BETWEEN_GOVERNMENTS = compile_gated(
    r"\b(?:giữa|between)\s+(?:the\s+)?(?:chính phủ\s+hai\s+nước|hai\s+chính phủ|two\s+governments"
    r"|governments\s+of\s+(?:the\s+two|both)\s+(?:countries|nations))\b"
    rf"|\b{_GOVERNMENT_LEVEL_WORDS}\b",
    re.I,
)
"""A document its title says is the two governments' (`Bản ghi nhớ … giữa Chính phủ hai nước`, `between the two
governments`, `an intergovernmental agreement`, `văn kiện cấp Chính phủ`): the ministers who sign it sign for them."""
_GOVERNMENTS_REACH = 120  # characters after a head where its title may say it is between the two governments


def meant_for_states(doc: ArticleDoc, anchors: list[tuple[int, int]]) -> bool:
    """Whether the document at `anchors` (its titles) is read as its states' whoever signed it, so that no body is
    added beside the countries the rules chose: a Vietnamese treaty whose titles name no sides (`Hiệp định miễn thị
    thực`, signed by two ministers), a document called bilateral (`A bilateral agreement on …`, `các Bản ghi nhớ song
    phương A - B`), one between the two governments (`giữa Chính phủ hai nước`, `an intergovernmental
    agreement`), one its signers sign on behalf of their governments (`thay mặt hai chính phủ ký …`), the record of
    an intergovernmental session, and what two sides sign on a page of an intergovernmental committee, whose
    co-chairs sit for their governments."""
    lower = doc.lower
    if commission_named(doc):
        return True
    for a, b in anchors:
        sentence = doc.sentence_of(a)
        if doc.article.lang != "en" and _TREATY_HEAD.match(lower, a) and not _ITS_OWN_SIDES.search(lower, a, b):
            return True
        reach = (max(sentence.start, a - _BILATERAL_REACH), min(sentence.end, b + _BILATERAL_REACH))
        if _BILATERAL.search(lower, *reach) or session_record(doc, a, b):
            return True
        if _BETWEEN_GOVERNMENTS.search(
            lower, max(sentence.start, a - _BILATERAL_REACH), min(sentence.end, b + _GOVERNMENTS_REACH)
        ):
            return True
        if _FOR_THE_STATES.search(doc.text, sentence.start, sentence.end):
            return True
    return False


_GOVERNMENT_LEVEL = compile_gated(
    rf"\b{_GOVERNMENT_LEVEL_WORDS}\b"
    r"(?!\s+(?:joint\s+)?(?:committee|commission|mechanism|meeting|session|council|cooperation committee)\b)",
    re.I,
)
"""A word that makes a document the governments' (`_GOVERNMENT_LEVEL_WORDS`), not where it qualifies a committee or
a meeting (`Intergovernmental Committee`)."""
_GOVERNMENT_LEVEL_BEFORE = 80
"""Characters before a title where its qualifier may stand (`two government-level cooperation agreements on …`: a
listed document's title is its field)."""
_OF_A_COMMITTEE = re.compile(r"(?:ủy|uỷ) ban\s+$")
_SIDES_OF_ITS_OWN = re.compile(r"\b(?:giữa|between)\s", re.I)


def government_level_states(doc: ArticleDoc, spans: list[tuple[int, int]], parties: list[str]) -> list[str]:
    """The states a document's parties stand for when its own title calls it the governments' (`Deputy Minister X
    says the MoU between A and B was signed in 2002, along with two government-level cooperation agreements on …`:
    the agreements are the two states', whichever ministries signed the MoU beside them), else the parties as read.
    Only when the bodies stand for two states or more and the title names no sides of its own (`Hiệp định liên
    Chính phủ giữa Bộ A và Bộ B` keeps its two ministries)."""
    lower = doc.lower
    for a, b in spans:
        if a < 0 or b <= a:
            continue
        sentence = doc.sentence_of(a)
        begin = max(sentence.start, a - _GOVERNMENT_LEVEL_BEFORE)
        qualifier = next(
            (
                q
                for q in _GOVERNMENT_LEVEL.finditer(lower, begin, b)
                if not _OF_A_COMMITTEE.search(lower, begin, q.start())
            ),
            None,
        )
        if qualifier is None or _SIDES_OF_ITS_OWN.search(lower, a, b):
            continue
        states = states_of(doc, parties)
        if len(states) >= 2 and all(
            (e := doc.entities.get(s)) is not None and e.label == Label.COUNTRY for s in states
        ):
            return states
    return parties
