"""The clause of the signing verb, the fourth form: its subject (`A và B đã ký …`, `A and B signed …`,
`Authorities of A and B held a signing ceremony for …`), the bodies a signer acts for (`thay mặt`, `on behalf
of`), its `với`/`with` object before or after the head (`A ký với B <head>`, `A signed a memorandum … with B`)
and the seller of a purchase (`a deal to import rice from B`).

The largest form, with the patterns only it uses."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.vocabulary import Label
from loaders.entities.agreement_parties.clauses import (
    _SUBJECT_OPENING,
    _all_lowercase,
    _clause_start,
    _reported_clause_start,
    _wished_clause_start,
)
from loaders.entities.agreement_parties.countries import body_country, two_main_countries
from loaders.entities.agreement_parties.mentions import _ids
from loaders.entities.agreement_parties.spans import _APPOSITION, SUBJECT, _not_where, _party_spans, clause_end
from loaders.entities.agreement_parties.two_sides import _OF_BOTH, _TWO_COUNTRIES, _TWO_SIDES, _each_country_s, _sides
from loaders.entities.agreement_parties.unnamed import _with_unnamed_bodies
from loaders.entities.agreement_parties.words import _WITH
from loaders.entities.cities import UNIT_BELOW_PROVINCE
from loaders.entities.doc import ArticleDoc, Span
from loaders.first_letters import compile_gated

# The signing verb of a clause; the subject is what stands before it.
_SIGN_VERB = compile_gated(
    r"\b(?:(?:đã|sẽ|vừa|dự kiến|cùng|chính thức|tiến hành)\s+)*(?:tổ\s+chức\s+(?:lễ\s+)?)?(?:cùng\s+)?(?:được\s+)?"
    r"(?:k[ýí]\s+kết|k[ýí]|trao\s+đổi|trao|đàm phán)\b"
    r"|\b(?:(?:have|has|had|will|would|to|officially|jointly|also)\s+)*(?:signed|sign|inked|ink|sealed|ratified|exchanged|concluded|negotiate|draft"
    r"|adopted|held\s+(?:an?\s+|the\s+)?(?:\w+\s+)?signing\s+ceremony\s+(?:for|of)|witnessed\s+the\s+signing\s+of)\b",
    re.I,
)
_LED_BY = re.compile(
    r"\s*(?:(?:who|which)\s+(?:was|were|are|is)\s+)?(?:led|headed|represented)\s+(?:respectively\s+)?by\b"
    r"|\s*do\s.{3,120}?\b(?:dẫn đầu|làm trưởng đoàn|đại diện)\b",
    re.I,
)
"""An apposition of a delegation's leaders or a party's representative (`A and B, led respectively by X and Y,
signed …`, `Đoàn A, do ông X dẫn đầu, đã ký …`, `Sarawak, represented by Premier X, signed …`): the signing subject
is before it."""
_EXCHANGE = compile_gated(r"\b(?:trao đổi|trao|exchanged)$", re.I)
_EXCHANGED_NEXT = re.compile(r"\s+(?:[^\s,.;:]+\s+){0,3}")
"""What may stand between `trao đổi`/`exchanged` and the document exchanged (a few words, no clause break): an
exchange of anything else (`trao đổi kinh nghiệm, triển khai các nội dung thỏa thuận hợp tác`) signs nothing."""
_WHO = re.compile(r"\s*(?:who|người)\s", re.I)
"""A relative clause's subject: the person named right before its comma."""
_LOCATIVE = compile_gated(r"\b(?:in|at|tại|ở)\s+(?:the\s+)?$", re.I)


# What may stand between `với`/`with` and the partner it names: a classifier, an honorific, an article.
_OBJECT_LEAD = re.compile(
    rf"(?:(?:tỉnh|thành phố|{UNIT_BELOW_PROVINCE}|bang|tiểu bang|chính quyền|phía|đoàn|các|ông|bà|ngài"
    r"|đồng chí|the|a|an|"
    r"its|their|his|her|counterparts? (?:from|of)|(?:[A-Z][a-z]+\s+)?counterparts?)\s+)*",
    re.I,
)


_REACH = 160  # characters: how far before a head its signing verb may stand (`A đã ký với B <head>`)


def _verb_clause(
    doc: ArticleDoc,
    s_start: int,
    s_end: int,
    start: int,
    head_end: int,
    end: int,
    titles: Sequence[tuple[int, int]],
    *,
    partners_read: bool = False,
) -> list[str]:
    """The subject of the signing verb before the head (or right after its title) and its `với`/`with` object
    (`partners_read`: the caller read the `with` object itself, the subject is all this reads)."""
    text = doc.text
    verbs = [
        m
        for m in _SIGN_VERB.finditer(text, max(s_start, start - _REACH), start)
        if not any(a <= m.start() < b for a, b in titles)
        and not (_EXCHANGE.search(m.group(0)) and not _EXCHANGED_NEXT.fullmatch(text, m.end(), start))
    ]
    verb = verbs[-1] if verbs else _SIGN_VERB.match(text, end) or _SIGN_VERB.match(text, end + 1)
    if verb is None:
        return []
    reported = _reported_clause_start(text, s_start, verb.start())
    s_start = _wished_clause_start(doc, reported, verb.start())
    wished = s_start != reported
    subject_start = _clause_start(doc, s_start, verb.start())
    subject = _party_spans(doc, subject_start, verb.start())
    for _ in range(3):  # `A tổ chức hội nghị gặp gỡ, trao đổi và ký kết …`: verbs listed, the subject is before them
        segment = text[subject_start : verb.start()]
        leaders = _LED_BY.match(segment)  # `A and B, led by X and Y, signed …`: the leaders stand for A and B
        listed = not segment.strip() or _all_lowercase(segment)  # nothing, or verbs and common nouns
        # `X, Vice Governor of A, and Y, Chairman of B, signed …`: a signer's apposition, or the list's `and`, begins
        # the segment: the signers go on to its left
        apposition = doc.title_at(subject_start + 1) is not None and any(p.end == subject_start - 1 for p in doc.people)
        joined = bool(_AND_START.match(segment))
        if subject_start <= s_start or not (leaders or (not subject and listed) or apposition or joined):
            break
        subject_start = _clause_start(doc, s_start, subject_start - 1)
        subject = _party_spans(doc, subject_start, verb.start())
    described = _body_before_apposition(doc, s_start, subject_start, verb.start())
    if described is not None:
        subject_start, subject = described  # `ONGC Videsh, the overseas arm of ONGC, signed …`: ONGC Videsh signs
    if _WHO.match(text, subject_start):  # `… with VNA General Director X, who is in Seoul to sign …`: X signs
        subject = [sp for sp in doc.people if subject_start - 3 <= sp.end < subject_start][-1:] or subject
    subject = [sp for sp in subject if not _LOCATIVE.search(text, max(s_start, sp.start - 12), sp.start)]
    behalf = _on_behalf_of(doc, s_start, verb.start())
    if (
        doc.article.lang == "en"
        and not behalf
        and described is None  # (the bodies before the descriptions are the whole subject)
        and len({sp.id for sp in subject}) == 1
        and len(_ids(doc, subject)) == 1
    ):
        # `DP World and Ba Ria-Vung Tau province signed …`: a body no stage read, the other of the subject's two (the
        # one read may be written twice, its short form in brackets: `A and Vietnam Oil and Gas Group (PVN) signed`)
        aux = _AUXILIARIES_BEFORE.search(text, subject_start, verb.start())
        subject = _with_unnamed_bodies(doc, subject_start, aux.start() if aux else verb.start(), subject)
    ids = behalf or _ids(doc, subject)
    # a signer whose side is not read: the whole subject, or (in English) a head of state or government beside a
    # side of one country (`President X and General Secretary of the Communist Party of B Y adopted …`: X is the
    # other side)
    unplaced = any(sp.label == Label.OFFICIAL for sp in subject) and (
        not ids
        or (
            not behalf
            and doc.article.lang == "en"
            and any(
                sp.label == Label.OFFICIAL
                and not _ids(doc, [sp])
                and _LEADER_BEFORE.search(text, max(0, sp.start - 40), sp.start)
                for sp in subject
            )
            and len({body_country(doc, i) for i in ids} - {None}) <= 1
        )
    )
    if len(subject) == 1 and len(ids) == 1 and _OF_BOTH.match(text, subject[0].end):
        ids = _each_country_s(doc, ids)  # `Bộ Nông nghiệp của hai nước đã ký …`: each country's ministry
    if wished and doc.article.lang == "en" and (opening := _sides_opening(doc, subject_start, verb.start())):
        ids = opening  # `the two sides establish a Working Group on A and B, negotiate and sign …`: the sides sign
    elif len(ids) < 2 and (
        _TWO_COUNTRIES.search(text, subject_start, verb.start()) or _TWO_SIDES.search(text, subject_start, verb.start())
    ):
        before = (doc.sentence_of(verb.start()).start, subject_start)  # (`lãnh đạo hai tỉnh đã ký`: the pair named)
        ids.extend(i for i in _sides(doc, text[subject_start : verb.start()], named_before=before) if i not in ids)
    elif not ids and doc.article.lang == "en" and _THE_SIDES.fullmatch(text, subject_start, verb.start()):
        ids = list(_sides(doc, "the two sides"))  # `The sides also signed electricity trading contracts`
    bare_subject = doc.article.lang == "en" and not subject and not ids  # (`Zenbridge signed an MoU with …`)
    for origin in (verb.end(), head_end):  # `A ký với B <head>`, `A signed <head> with B`
        w = (
            _own_with(text, origin, start, titles)
            if origin == verb.end() and origin < start
            else _WITH.search(text, origin, min(s_end, _past_its_day(text, end)))
        )
        if w is not None:
            obj_end = clause_end(text, w.end(), s_end)
            if origin == verb.end():
                obj_end = min(obj_end, start)
            elif w.start() > end + 3 and (about := SUBJECT.search(text, w.end(), obj_end)):
                obj_end = about.start()  # (`… on Monday with X to build a plant in Y`: the partner, not what for)
            if origin != verb.end():
                # (`… X với B và Thỏa thuận Y với C`: the partner ends where the next document's head begins)
                obj_end = min([obj_end, *(a for a, _ in titles if w.end() < a < obj_end)])
            objects = _not_where(doc, _party_spans(doc, w.end(), obj_end))
            if ids and not objects:
                # `X signed an MoU with Koica on …`, `A ký với Xaysavang hợp đồng …`: one name no stage read, the
                # signer's partner (in Vietnamese a name joined by `và` is none: the slot splits on `and` only)
                about = SUBJECT.search(text, w.end(), obj_end)
                objects = _with_unnamed_bodies(doc, w.end(), about.start() if about else obj_end, [], sides_read=1)
            title = doc.title_at(w.end())
            lead_end = title.end() + 1 if title is not None else w.end()  # `với Bộ trưởng … Nguyễn Hồng Diên`
            if objects and (_OBJECT_LEAD.fullmatch(text, w.end(), objects[0].start) or objects[0].start <= lead_end):
                ids.extend(i for i in _ids(doc, objects) if i not in ids)
            break  # (`ký thỏa thuận với bộ, ngành, địa phương Trung Quốc`: common nouns first, a kind of partner)
    if bare_subject and (ids or partners_read):  # `Zenbridge signed an MoU with <a body read>`
        ids[:0] = _unnamed_signer(doc, subject_start, verb.start(), ids)
    if (
        doc.article.lang == "en"
        and len({body_country(doc, i) or i for i in ids}) == 1  # one side read (`Indonesia's X`: X and its country)
        and (seller := _BOUGHT_FROM.search(text, head_end, min(s_end, end)))
    ):
        # `A signed a one-year deal to import 500,000 tons of rice from B`: the seller is the other side
        obj_end = clause_end(text, seller.end(), s_end)
        sellers = _not_where(doc, _party_spans(doc, seller.end(), obj_end)) or _with_unnamed_bodies(
            doc, seller.end(), obj_end, [], sides_read=1
        )
        if sellers and sellers[0].start <= seller.end() + 2:
            ids.extend(i for i in _ids(doc, sellers[:1]) if i not in ids)
    if unplaced and ids:
        # `Foreign Minister X exchanged a letter of intent … with his Vietnamese counterpart Y`: X, whose body and
        # country are not written, is the other side: the article's other main country
        sides = {body_country(doc, i) for i in ids}
        other = next((c for c in two_main_countries(doc) if body_country(doc, c) not in sides), None)
        if other is not None:
            ids.insert(0, other)
    return ids


def _own_with(text: str, verb_end: int, start: int, titles: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """The `với`/`with` between the signing verb and this document's head that is this document's: none that
    stands after another document's head (`A ký Bản ghi nhớ X với B và Thỏa thuận Y với C`, `A signed an MoU with B
    and an agreement with C`: B is X's partner, not Y's; Y's own `with` follows its head)."""
    for w in _WITH.finditer(text, verb_end, start):
        if not any(verb_end <= a < w.start() and not _a_set(text, a) for a, _ in titles if a != start):
            return w
    return None


_SET_BEFORE = re.compile(
    r"\b(?:several|many|various|numerous|a\s+number\s+of|two|three|four|five|\d+|các|những|nhiều|một\s+số|hai|ba"
    r"|bốn|năm)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_PLURAL_HEAD = re.compile(r"[A-Za-z]+s\b")


def _a_set(text: str, at: int) -> bool:
    """A head that names a set of documents (`several documents with the MoIT, including a MoU on A and a MoU on
    B`, `các văn kiện với …`): its `with` is every item's, not one document's of its own."""
    return bool(_SET_BEFORE.search(text, max(0, at - 30), at) or _PLURAL_HEAD.match(text, at))


_APPOSITION_THEN_VERB = re.compile(
    r"(?:\s+(?:have|has|had|will|would|also|jointly|officially|today|yesterday|on\s+\w+day|đã|cũng|vừa|chính thức))*"
    r"\s*"
)
_AND_NEXT = re.compile(r"\s*(?:and|và)\s+(?:the\s+)?")


def _body_before_apposition(
    doc: ArticleDoc, s_start: int, subject_start: int, verb_start: int
) -> tuple[int, list[Span]] | None:
    """`A, the overseas arm of B, signed …`, `A, a subsidiary of B, signed …`, `A, the flag carrier, and C, the power
    utility, signed …`: where the verb's clause is descriptions set off by commas, each after a body or place the page
    names (ending right at its comma), those bodies are the subject (the ones a description names are a parent or a
    country, no signers). None when the clause is no such chain (the clause's own reading stands)."""
    text = doc.text
    comma = subject_start - 1
    if comma <= s_start or text[comma] != ",":
        return None
    first = _clause_start(doc, s_start, comma)
    found = _party_spans(doc, first, comma)
    if not found or found[-1].end != comma or found[-1].label == Label.COUNTRY:
        return None
    pos = subject_start
    while (description := _APPOSITION.match(text, pos, verb_start)) is not None:
        pos = description.end()
        if _APPOSITION_THEN_VERB.fullmatch(text, pos, verb_start):
            return first, found
        joined = _AND_NEXT.match(text, pos, verb_start)
        comma = text.find(",", pos, verb_start)
        if joined is None or comma < 0:
            return None
        more = _party_spans(doc, joined.end(), comma)
        if not more or more[-1].end != comma or more[-1].label == Label.COUNTRY:
            return None
        found.extend(more)
        pos = comma + 1
    return None


def _unnamed_signer(doc: ArticleDoc, subject_start: int, verb_start: int, partners: list[str]) -> list[str]:
    """`Zenbridge also signed a MoU with the Kenya Chamber of Commerce`: a subject no stage read, a capitalised name
    alone before the verb (its auxiliaries aside), is the signer of a `with` whose partner was read; the name becomes
    an organisation of its own, as a `with` object no stage read does (`X signed an MoU with Koica`)."""
    aux = _AUXILIARIES_BEFORE.search(doc.text, subject_start, verb_start)
    end = aux.start() if aux else verb_start
    if not _NAME_BEFORE_VERB.search(doc.text, subject_start, end):
        return []  # (`Yesterday, it signed …`: the name is the clause's opening adjunct, not its subject)
    found = _with_unnamed_bodies(doc, subject_start, end, [], sides_read=1)
    return [sp.id for sp in found if sp.id not in partners and sp.end == end]


_NAME_BEFORE_VERB = re.compile(r"[A-Z][\w&.'’-]*$")
"""A subject that ends in a capitalised word right before its verb (`Zenbridge signed`), not a pronoun (`it`)."""


_DAY_TOLD = re.compile(
    r"\s*,?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})"
    r"(?:,\s*\d{4})?|yesterday|today|last\s+week|this\s+week)\b,?"
)
"""The day a signing is told on, between the document and its partner (`signed a $1.36 billion contract on Monday
with …`, `inked a deal yesterday with …`)."""


def _past_its_day(text: str, at: int) -> int:
    """How far after a document's title its `with` may stand: right after it, or past the day its signing is told on
    (the wire's order puts the day before the partner: `signed a contract on Monday with X`)."""
    day = _DAY_TOLD.match(text, at)
    return day.end() + len(" with ") if day else at + 3


def _sides_opening(doc: ArticleDoc, subject_start: int, verb_start: int) -> list[str]:
    """The page's two sides when a wished signing's clause opens with them (`proposed that the two sides …`, `both
    countries`), whatever bodies the clause names after them before its verb (what they are to set up first:
    `the two sides establish a Sub-committee on Trade and Energy, negotiate and sign …`); none when they only own
    the subject (`both sides’ ministries`)."""
    at = _SUBJECT_OPENING.match(doc.text, subject_start, verb_start)
    if at is None:
        return []
    m = _TWO_SIDES.match(doc.text, at.end(), verb_start) or _TWO_COUNTRIES.match(doc.text, at.end(), verb_start)
    if m is None or doc.text[m.end() : m.end() + 1] in ("'", "’") or m.group(0).lower() == "bilateral":
        return []
    return _sides(doc, m.group(0))


_THE_SIDES = re.compile(r"\s*(?:The|the)\s+sides\s*")
"""`The sides also signed …`: a signing's whole subject, the sides with no count, is the page's two sides (as `the
two sides`); `the sides involved` or `both sides' ministries` are no whole subject."""
_BOUGHT_FROM = re.compile(
    r"\bto\s+(?:import|buy|purchase|procure)\b(?:[^,;.()]|(?<=\d)[,.](?=\d)){0,80}?\bfrom\s+(?:(?:the|state-run|state-owned)\s+)*",
    re.I,
)
"""A purchase a document is for (`a deal to import rice from B`, `to buy LNG from B`): who sells is its other side."""
_AUXILIARIES_BEFORE = re.compile(
    r"(?:\s+(?:have|has|had|will|would|also|jointly|officially|today|yesterday|on\s+(?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2})))*\s*$"
)
"""What stands between a subject and its verb: auxiliaries and adverbs, and the day the wire tells the signing on
(`A and German B on Thursday signed …`)."""


_LEADER_BEFORE = re.compile(r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Sultan)\s+$")
"""A head of state or government's bare title right before the name (`President X`): the country they lead, which
an English report leaves unsaid (a Vietnamese one writes it after the title: `Tổng thống Kazakhstan X`)."""


_AND_START = re.compile(r"\s*(?:and|và)\s+(?=[A-ZĐ]|(?:ông|bà|Mr|Ms)\b)")


_ON_BEHALF = compile_gated(r"\b(?:thay mặt(?:\s+cho)?|đại diện\s+cho|on behalf of|representing)\s+", re.I)


def _on_behalf_of(doc: ArticleDoc, s_start: int, verb_start: int) -> list[str]:
    """`đại diện cho Bộ NN-PTNT, ông X, Vụ trưởng Vụ Hợp tác quốc tế đã ký …`, `On behalf of A, X signed …`, `X,
    thay mặt Chính phủ A, và Y, thay mặt Chính phủ B đã ký …`: the bodies the signers act for (each said before
    the verb), not the departments they head."""
    ids: list[str] = []
    for m in _ON_BEHALF.finditer(doc.text, s_start, verb_start):
        if _TWO_STATES.match(doc.text, m.end()):
            return two_main_countries(doc)  # `A và B đã thay mặt hai chính phủ ký …`: the two states they sign for
        stop = _BEHALF_END.search(doc.text, m.end(), verb_start)
        for i in _ids(doc, _party_spans(doc, m.end(), stop.start() if stop else verb_start)):
            if i not in ids:
                ids.append(i)
    return ids


_TWO_STATES = re.compile(r"hai\s+(?:chính phủ|nước|quốc gia)\b", re.I)
_BEHALF_END = re.compile(r",|\s+(?:và|and)\s|\s+(?:đã|sẽ|đồng|cùng|signed|will)\b")
