"""Who else attended an event once the events are read: attendance lists (`Cùng dự … có …`, `Về phía X
có …`), chairs named after a meeting, presence, a delegation's members, guests thanking their hosts, and the
officials an event of bodies is attended by."""

from __future__ import annotations

import re

from core.vocabulary import EventKind, Label, Prop, RelType
from loaders.dates import DAY
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.events.merging import _compatible_dates, _merge
from loaders.entities.events.participants import _SUBJECT_WORDS, _list_subject, _speakers
from loaders.entities.events.record import EventRecord
from loaders.entities.events.text import _LEAD, _occasion_clauses, _semicolon_list_end
from loaders.entities.events.triggers import _SIDES
from loaders.entities.events.words import _MEETING_KINDS
from loaders.first_letters import compile_gated

_ATTENDANCE = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:Cùng (?:tham )?dự|Tham dự|Dự (?:buổi|hội|lễ)|Dự tại (?:các )?điểm cầu|Về phía [^.;]{2,80}? có"
    r"|(?:Tiếp|Đón|Tiếp đón)(?: và làm việc (?:với|cùng))? (?:các )?đoàn[^.;:]{0,60}? có"
    r"|[^.;:]{2,50}? (?:cùng )?(?:tham )?dự (?:buổi|chương trình|lễ|hội|sự kiện|cuộc)[^.;:]{0,60}? có (?:các )?"
    r"(?:đồng chí|ông|bà|ngài)\b"
    r"|(?:Buổi (?:lễ|làm việc|hội đàm|tiếp|gặp)|Cuộc (?:gặp|hội đàm|hội kiến)|Hội nghị|Lễ ký(?: kết)?)(?: \w+){0,3}? (?:còn )?có sự (?:tham dự|tham gia|chứng kiến|hiện diện)"
    r"|Also (?:present|attending|taking part)|Attending the|Present at|Từ trái (?:qua|sang) phải|From left to right"
    r"|(?:Receiving|Welcoming)(?: and working with)? the (?:[\w-]+ ){0,2}?delegation,? (?:there )?(?:were|was)\b)",
    re.I,
)
_PRESENCE = re.compile(
    r"^\s*(?:The|This) (?:[\w’'-]+ ){0,2}?(?P<noun>event|meeting|ceremony|signing|conference|forum|seminar|workshop"
    r"|reception|session|talks)(?: \w+){0,2}? (?:saw the (?:presence|participation) of|(?:was|were) (?:also )?attended by"
    r"|(?:was|were) (?:also )?witnessed by)"
    r"|^\s*(?:The|This) (?P<exchange>exchange) of (?:the |these |this |both )?(?:[\w’'()-]+ ){1,4}?(?:was|were) (?:also )?"
    r"witnessed by"
    r"|^\s*(?:Sự kiện|Buổi gặp|Cuộc gặp|Buổi tiếp|Hội thảo|Diễn đàn)(?: \w+){0,3}? (?:còn )?có sự (?:tham dự|tham gia|hiện diện) của"
)
"""`The event saw the presence of A, B and C`, `The Istana ceremony was witnessed by A and B`: who attended the event
the sentence before told (not always the article's main one; a ceremony witnessed, the signing told before; and `The
exchange of the MoU was witnessed by A and B`: the signing whose documents were exchanged)."""
_ATTENDED_EVENT = compile_gated(
    r"\b(?:attended|attend|was present at|were present at|joined|took part in)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?event\b"
)
"""`Consul General X attended the online event`: who attended the event told before (`event` names no kind)."""
_PRESENCE_REACH = 2  # sentences: how far back the event such a sentence speaks of may be
_PRESENT_AT_END = compile_gated(
    r"\b(?:(?:all|also)\s+)?(?:participated|attended|took part|were\s+(?:also\s+)?(?:present|in attendance))"
    r"|\b(?:(?:cùng|đã|đều|cũng)\s+)?(?:đến\s+)?(?:tham dự|dự|có mặt|tham gia)"
    r"(?:\s+(?:buổi\s+(?:lễ|làm việc|tiếp|hội đàm|gặp)|hội nghị|lễ ký(?:\s+kết)?|sự kiện))?",
    re.I,
)
"""`A, rector of …; B, director of …; and leaders of city departments all participated.`, `…, C and D were also in
attendance.`, `…, ông E cùng tham dự.`: a sentence whose last words say its people were there (the verb ends it)."""
_PRESENT_LAST_WORD = compile_gated(
    r"(?:participated|attended|part|present|attendance|dự|mặt|gia|lễ|việc|tiếp|đàm|gặp|nghị|ký|kết|kiện)\Z", re.I
)
"""The words `_PRESENT_AT_END` can end with: a sentence that ends with none of them has no such verb at its end, which
a look at its last twelve characters tells without trying the verb at every position of the sentence (most do not)."""

_SPOKE_AT = compile_gated(
    r"\b(?:phát biểu (?:tại|trong) (?:buổi|lễ|hội)|spoke at the (?:ceremony|meeting|event|signing|talks|conference)"
    r"|in (?:his|her) (?:remarks|speech|opening remarks) at the)\b",
    re.I,
)
_SPOKE_AT_OPENING = re.compile(
    r"\s*(?:In (?:his|her) (?:remarks|speech)|Speaking at the (?:ceremony|meeting|event|signing|talks|conference))\b",
    re.I,
)
"""A speech at the event somewhere in a sentence, or one that opens it (asked with `match`: one pattern with a `^`
branch beside the others had no first letters to be gated by, and was tried at every position of every sentence)."""
_REPRESENTED = compile_gated(
    r"\b(?:was|were) represented by\b|\brepresented (?:the|its|his|her|\w+) (?:[\w-]+ ){0,3}(?:in|at) the "
    r"(?:exchange|signing)\b"
)
"""`TNB was represented by its President and CEO, X, while EVN was represented by …, Y`: who signed or exchanged a
document of the signing the article tells."""

_SIDE = re.compile(r"\s*(?:\(\w+\)\s*)?(?:Về phía|On the side of|From the side of)\s+", re.I)

_THANKS_WELCOME = compile_gated(
    r"\b(?:cảm ơn|cám ơn)\s+(?:[^\s.;]+\s+){0,6}?(?:sự\s+)?(?:đón tiếp|tiếp đón)"
    r"|\bthank(?:ed|s)?\s+(?:[^\s.;]+\s+){0,8}?for\s+(?:the|their|his|her|its)\s+(?:\w+\s+){0,3}?"
    r"(?:welcome|reception|hospitality)\b"
)
"""`Thứ trưởng Y cảm ơn sự đón tiếp nồng hậu của Bộ Ngoại giao`, `Y thanked the minister for the warm welcome`: Y was
the guest of the meeting told before."""
_THANKS_CUES = ("đón tiếp", "tiếp đón", "welcome", "reception", "hospitality")
_THANKS_BACK = 6  # sentences: how far back the meeting a guest thanks his host for may be told


def _thankful_guests(doc: ArticleDoc, records: list[EventRecord]) -> None:
    """The subject of a sentence thanking for a welcome (`_THANKS_WELCOME`) attended the meeting told last before it,
    within `_THANKS_BACK` sentences (`Tại buổi tiếp, Bộ trưởng X …`, then `Thứ trưởng Y cảm ơn sự đón tiếp …`)."""
    meetings = [r for r in records if r.kind == EventKind.MEETING]
    if not meetings or not any(w in doc.lower for w in _THANKS_CUES):  # (a cheap test first: most pages have none)
        return
    for m in _THANKS_WELCOME.finditer(doc.lower):
        idx = doc.sentence_index(m.start())
        start = doc.sentences[idx].start
        subject = next(iter(doc.within(doc.people, start, m.start())), None)
        if subject is None or len(doc.text[start : subject.start].split()) > _SUBJECT_WORDS:
            continue
        told = [r for r in meetings if idx - _THANKS_BACK <= max(r.sentences) <= idx]
        rec = max(told, key=lambda r: max(r.sentences), default=None)
        if rec is not None and subject.id not in {p.id for p in rec.people}:
            rec.people.append(subject)
            if len(rec.principals) < 3:
                rec.principals.append(subject.id)


_QUOTED_MAX = 3  # the people quoted after an event that names one person only who are taken as at it


def _quoted_at_one_named(doc: ArticleDoc, records: list[EventRecord]) -> None:
    """An event other than a visit that names one person only (`Speaking at the signing ceremony, X said …`, `At the
    working session, X … inked …`, a conference X opened) is attended by the people its sentence and the ones after it
    quote (`Y, Secretary of …, stated …`, `Z pointed to …`): news tells who was at a meeting or a signing by what each
    said there, not by a list. Read last, once the events and their own people are settled; a visit is its traveller's
    alone, an event that already names two or more keeps them, and talks only reported (`briefed his host on the
    outcome of talks with …`) were held before, by others than whom the page quotes."""
    for rec in records:
        named = {p.id for p in rec.people}
        if rec.kind == EventKind.VISIT or len(named) != 1 or rec.recounted or rec.earlier:
            continue  # (nor talks whose outcome is reported or named as what came before: held before, by others)
        quoted = [p for p in _speakers(doc, min(rec.sentences) - 1, max(rec.sentences)) if p.id not in named]
        rec.people += quoted[:_QUOTED_MAX]


_CHAIRED_BY_OPEN = compile_gated(r"\b(?:do|dưới sự chủ trì của)\s+[^;]*;\s*$")
_CHAIRED_LIST_END = compile_gated(r"\b(?:đồng chủ trì|chủ trì)\b")
_CHAIRS_REACH = 8  # sentences: how many items a list of co-chairs split at its semicolons may run to


def _chairs_listed(doc: ArticleDoc, records: list[EventRecord]) -> None:
    """`Hội nghị do Bộ trưởng A; Bộ trưởng B; Thứ trưởng C; ông D, Chủ tịch UBND tỉnh E chủ trì.`: a list of co-chairs
    that semicolons split into sentences of their own; each item's person chaired the meeting or conference the list
    opens with (the last item, with `chủ trì`, ends it)."""
    for rec in records:
        if rec.kind not in _MEETING_KINDS:
            continue
        named_again = [  # (`… tổ chức Hội nghị X. Hội nghị do A; B; … chủ trì.`: the next sentence opens with its word)
            i + 1
            for i in rec.sentences
            if i + 1 < len(doc.sentences) and doc.sentences[i + 1].text.lower().startswith(rec.trigger.lower())
        ]
        for idx in [*rec.sentences, *named_again]:
            if not _CHAIRED_BY_OPEN.search(doc.sentences[idx].text):
                continue
            items = [idx]
            for nxt in range(idx + 1, min(len(doc.sentences), idx + 1 + _CHAIRS_REACH)):
                text = doc.sentences[nxt].text
                if _CHAIRED_LIST_END.search(text):
                    items.append(nxt)
                    break
                if not text.rstrip().endswith(";"):
                    items = []
                    break
                items.append(nxt)
            else:
                items = []
            for item in items:
                rec.people.extend(doc.within(doc.people, doc.sentences[item].start, doc.sentences[item].end))
                if item not in rec.sentences:
                    rec.sentences.append(item)


_CHAIRED_AFTER = compile_gated(
    r"\b(?:đồng chủ trì|chủ trì|co-chaired|co-chair|chaired|chair)\s*"
    r"(?:(?:buổi|cuộc|the)\s+(?:\S+\s*){1,2}|(?:hội nghị|hội thảo|diễn đàn|sự kiện|kỳ họp|phiên họp)\s*)?[.!]?\s*$",
    re.I,
)
"""A sentence that ends by telling its people chaired (`Ông A, … và ông B, … đồng chủ trì.`, `A and B co-chaired the
event.`): who chaired the meeting or conference told just before."""
_CHAIRS_BACK = 2  # sentences: how far before such a sentence the event it speaks of may be told


def _chairs_after(doc: ArticleDoc, records: list[EventRecord]) -> None:
    """`Chiều 7/11, lãnh đạo tỉnh A và tỉnh B đã tổ chức hội nghị sơ kết …`, then `Ông X, … và ông Y, … đồng chủ trì.`:
    news names a meeting's chairs in a sentence of their own after it, with no event word; they were at the meeting
    or conference told in the sentences just before (which the bodies alone could not be)."""
    told = {i for r in records for i in r.sentences}
    for idx, sentence in enumerate(doc.sentences):
        if idx in told or not _CHAIRED_AFTER.search(sentence.text):
            continue
        chairs = doc.within(doc.people, sentence.start, sentence.end)
        before = [
            (max(i for i in r.sentences if i < idx), r)
            for r in records
            if r.kind in _MEETING_KINDS and min(r.sentences) < idx
        ]
        near = [(i, r) for i, r in before if idx - i <= _CHAIRS_BACK]
        if chairs and near:
            rec = max(near, key=lambda ir: ir[0])[1]
            rec.people.extend(chairs)
            rec.principals = rec.principals or list(dict.fromkeys(p.id for p in chairs))[:3]
            rec.sentences.append(idx)


def _presence(doc: ArticleDoc, records: list[EventRecord]) -> None:
    """`During his stay, Director X attended a meeting on …`, then `The event saw the presence of A, B and C` or `Consul
    General D attended the online event`: they attended the event told last before it."""
    for idx, sentence in enumerate(doc.sentences):
        attended = _ATTENDED_EVENT.search(doc.lower, sentence.start, sentence.end) if "event" in sentence.text else None
        presence = _PRESENCE.match(sentence.text)
        if presence is None and attended is None:
            continue
        told = [(max(i for i in r.sentences if i <= idx), r) for r in records if min(r.sentences) <= idx]
        near = [(i, r) for i, r in told if idx - i <= _PRESENCE_REACH]
        if presence is not None and (presence.group("noun") in ("ceremony", "signing") or presence.group("exchange")):
            # (`Yesterday, it signed a MoU …`, then `The ceremony was witnessed by visiting President X and Y`: the
            # signing, not the visit the witnesses' titles tell)
            near = [(i, r) for i, r in near if r.kind == EventKind.SIGNING] or near
        if near:
            rec = max(near, key=lambda ir: ir[0])[1]
            # (`Consul General X attended the online event`: who is named before the verb)
            end = attended.start() if attended is not None else sentence.end
            rec.people.extend(doc.within(doc.people, sentence.start, end))
            rec.sentences.append(idx)


def _present_listed(doc: ArticleDoc, records: list[EventRecord]) -> None:
    """`A, rector of …; B, director of …; and leaders of city departments all participated.`: the people of a sentence
    whose last words say they were there (`_PRESENT_AT_END`), with the items of its list the splitter cut at their
    semicolons before it, attended the event with people told last before the list (within `_PRESENCE_REACH`
    sentences)."""
    for idx, sentence in enumerate(doc.sentences):
        verb = _present_at_end(doc, sentence.start, sentence.end)
        if verb is None:
            continue
        first = idx
        while first > 0 and doc.sentences[first - 1].text.rstrip().endswith(";"):
            first -= 1
        people = doc.within(doc.people, doc.sentences[first].start, verb.start())
        # (an event told with no one at it is no event of these people's: a list names who else was at one that was)
        told = [(max(i for i in r.sentences if i < first), r) for r in records if min(r.sentences) < first and r.people]
        near = [(i, r) for i, r in told if first - i <= _PRESENCE_REACH]
        if not people or not near:
            continue
        rec = max(near, key=lambda ir: ir[0])[1]
        on_it = {p.id for p in rec.people}
        rec.people.extend(p for p in people if p.id not in on_it)
        rec.sentences.extend(i for i in range(first, idx + 1) if i not in rec.sentences)


def _present_at_end(doc: ArticleDoc, start: int, end: int) -> re.Match[str] | None:
    """The attendance verb that ends a sentence (`_PRESENT_AT_END`); none when the verb stands anywhere else (`X
    attended the talks with Y` tells an event of its own)."""
    tail = doc.text[start:end].rstrip().rstrip(".").rstrip()
    if _PRESENT_LAST_WORD.search(tail[-12:]) is None:
        return None
    last = None
    for m in _PRESENT_AT_END.finditer(doc.text, start, start + len(tail)):
        last = m
    return last if last is not None and tail and last.end() == start + len(tail) else None


DELEGATION_MEMBERS = compile_gated(
    r"\b(?:delegation|đoàn)\b[^.;]{0,40}?\b(?:includes|included|consists of|consisted of|comprises|comprised|is comprised of"
    r"|was comprised of|is made up of|was made up of|gồm có|bao gồm|gồm)\b"
    r"|\b(?:tham gia|cùng đi với|cùng đi trong|thành viên)\s+đoàn\b[^.;:]{0,40}?\bcó\b"
    r"|\b(?:was|were|is|are|has been|have been) (?:accompanied|joined) by\b"
    r"|\bđoàn\b[^.;]{0,40}?\bcòn có sự tham gia của\b|\b(?:đi cùng|cùng đi)(?: với)?\b[^.;:]{0,80}?\bcòn có\b",
    re.I,
)
"""`The delegation includes Director A, Director B …`, `The visiting delegation consisted of Mr. A …`, `Đoàn gồm có …`,
`Tham gia đoàn công tác có các đồng chí: …`, `Cùng đi với đoàn có …`, `X was accompanied by six deputy ministers – A,
B …`, `X was joined by Deputy Minister A`: who travels with the delegation or sits with it at the meeting told."""
_MEMBERS_BACK = 6  # sentences: how far before the list of its members a delegation's visit may be told

_ACCOMPANYING = compile_gated(
    r"\bAccompanying (?:him|her|them|the (?:[\w’'-]+ ){1,8}?)(?:are|were|is|was|included|includes)\b"
    r"|\bAccompanied by\b"
)
"""`Accompanying the Prime Minister of A are Minister X, …`, `Accompanied by state Sen. X and state Rep. Y, the
delegation is …`: news English's other two ways of naming who travels with a visitor, the verb first (in capitals: the
sentence opens with it; a mid-sentence `, accompanied by …,` may qualify someone else than the traveller)."""
_ACCOMPANIED_ENDS = re.compile(r",\s+(?!and\b)(?:[a-z]|(?:The|He|She|They|His|Her|Its)\b)")
"""Where the members after a leading `Accompanied by` end: the comma before the sentence's own subject (`…, the
delegation is …`, `…, he …`), not one inside the list (`…, and Y`)."""


def _delegation_members(doc: ArticleDoc, records: list[EventRecord]) -> None:
    """The people a delegation's list of members names (`DELEGATION_MEMBERS`) are on the visit told last before it (within
    `_MEMBERS_BACK` sentences): a delegation travels together. A list its semicolons cut into sentences of their own
    (`… có các đồng chí: A - Giám đốc Sở …; B - …; C - ….`) runs to the item that ends without one."""
    visits = [r for r in records if r.kind == EventKind.VISIT]
    meetings = [r for r in records if r.kind in _MEETING_KINDS and r.people]
    if not (visits or meetings) or not any(w in doc.lower for w in ("delegation", "đoàn", "accompan")):
        return  # (a cheap test first)
    for m in [*DELEGATION_MEMBERS.finditer(doc.text), *_ACCOMPANYING.finditer(doc.text)]:
        idx = doc.sentence_index(m.start())
        told = [r for r in visits if idx - _MEMBERS_BACK <= min(r.sentences) <= idx]
        # (`X đã có buổi gặp gỡ đoàn doanh nghiệp … do Y dẫn đầu`, `Đi cùng với Y còn có …`: a delegation met, no trip
        # told: its members were at the meeting told just before)
        told = told or [r for r in meetings if idx - _MEMBERS_BACK <= min(r.sentences) < idx]
        visit = max(told, key=lambda r: (min(r.sentences) < idx, min(r.sentences)), default=None)
        if visit is None:
            continue
        last = _semicolon_list_end(doc, idx)
        end = doc.sentences[last].end
        if m.group().startswith("Accompanied"):  # (`Accompanied by X and Y, the delegation …`: up to its subject)
            cut = _ACCOMPANIED_ENDS.search(doc.text, m.end(), doc.sentences[idx].end)
            end = cut.start() if cut is not None else doc.sentences[idx].end
        members = [p for p in doc.within(doc.people, m.end(), end) if not p.data.get("bare")]
        for own in [r for r in told if r is not visit and r.sentences == [idx]]:
            # (`The visiting delegation consisted of …`: the visit told before, not one of the members' own)
            _merge(visit, own)
            records.remove(own)
        on_it = {p.id for p in visit.people}
        visit.people += [p for p in {p.id: p for p in members}.values() if p.id not in on_it]
        if not members:  # (`Đoàn công tác còn có sự tham gia của Hiệp hội A, Hội B`: bodies travel as bodies)
            bodies = doc.within(doc.orgs, m.end(), doc.sentences[last].end)
            visit.orgs += [o for o in bodies if o not in visit.orgs]


_HELD_VERB = re.compile(r"\b(?:diễn ra|tổ chức|khai mạc|took place|was held|were held|opened)\b")


def _between_bodies(doc: ArticleDoc, rec: EventRecord) -> bool:
    """`Officials from A's Ministry of X and B's Ministry of Y reached an accord … during their working sessions`,
    `Hiệp hội A sang làm việc với Hiệp hội B …`, `Trung tâm A đã có buổi làm việc với Đoàn đại diện Đại học B …`: an
    event the headline or the lead tells anew with two bodies of its own clause as its sides, naming no one at it, is
    an event of those bodies (the conventions: a body takes part as a body, the subject or the partner of the event's
    verb, when none of its people is named), told with whatever verb (not only `đã` right before it, `_met_by_bodies`).
    One body alone is no meeting (its partner unread: `UBND tỉnh tiếp đoàn`, read by the rules that name guests); an
    event named back (`the meeting`, `Tại buổi làm việc`) is the one told before, one named as the occasion of what
    the bodies did (`Trong khuôn khổ Hội nghị …, Bộ A và Bộ B đã thiết lập …`) is no event of theirs; a signing has its
    own rules."""
    if (
        rec.kind == EventKind.SIGNING
        or rec.people
        or rec.mention
        or rec.definite
        or min(rec.sentences) > _LEAD + 1
        or len({o.id for o in rec.orgs if o.id}) < 2
    ):
        return False
    sentence = doc.sentences[min(rec.sentences)]
    at = doc.lower.find(rec.trigger.lower(), sentence.start, sentence.end)
    return not any(a <= at < b for a, b in _occasion_clauses(doc, sentence.start, sentence.end))


def _provinces_as_sides(doc: ArticleDoc, rec: EventRecord) -> list[Span]:
    """`Ngày 14/5, … đã diễn ra buổi Hội đàm … giữa hai tỉnh A (Việt Nam) và B (Lào)`, `Senior officials of A province
    and Laos' B and C provinces held talks … on December 27`: a dated meeting or signing the lead tells with two or
    more provinces as its sides, naming no one at it, is an event of those provinces (the conventions: a body takes
    part as a body when none of its people is named; a province is such a body). Not a province named as where it
    happened (`tại`, `in`), nor one in an occasion clause; not a visit (the visitor's), nor one named back."""
    if rec.people or rec.mention or rec.definite or rec.kind == EventKind.VISIT or not rec.date:
        return []
    first = min(rec.sentences)
    if first > _LEAD + 1:
        return []
    sentence = doc.sentences[first]
    occasions = _occasion_clauses(doc, sentence.start, sentence.end)
    sides = {
        p.id: p
        for p in doc.within(doc.places, sentence.start, sentence.end)
        if p.label == Label.PROVINCE
        and p.id
        and not _WHERE_BEFORE.search(doc.lower, max(sentence.start, p.start - 24), p.start)
        and not any(a <= p.start < b for a, b in occasions)
    }
    return list(sides.values()) if len(sides) >= 2 else []


_WHERE_BEFORE = re.compile(
    r"\b(?:tại|ở|trên địa bàn|in|at|to|from|sang|đến|tới)\s+(?:(?:the|trụ sở|thành phố|tỉnh|city|tp\.?)\s+)?"
    r"(?:[\w’'.-]+\s+){0,3}$"
)
"""`tại tỉnh A`, `in the Vietnamese locality's Dong Ha city`, `sang thăm B`: a province named as where the event
happened or whither someone went, not as a side of it."""


def _held_by_bodies(doc: ArticleDoc, rec: EventRecord) -> bool:
    """`Ngày 12/11, tại thành phố A diễn ra Hội nghị hợp tác … giữa 3 tỉnh …`: a conference the lead tells held on its
    day, naming no one at it, is an event of the bodies it brings together (as a signing of bodies is), not a mention:
    a page need not name who spoke at a meeting of provinces for the meeting to have taken place (a meeting or a
    visit of bodies: `_met_by_bodies`)."""
    first = min(rec.sentences)
    sentence = doc.sentences[first]
    if rec.kind in (EventKind.MEETING, EventKind.VISIT):
        return _met_by_bodies(doc, rec)
    return (
        rec.kind == EventKind.CONFERENCE
        and not rec.people
        and not rec.mention
        and not rec.definite
        and first <= _LEAD + 1
        and bool(_HELD_VERB.search(doc.lower, sentence.start, sentence.end))
        and any(d.precision == DAY and d.kind != "period" for d in doc.dates_in(sentence.start, sentence.end))
    )  # (its own sentence gives the day: not a conference the lead's day is lent to, `Hội nghị … năm nay diễn ra …`)


_DONE_BY_SUBJECT = re.compile(r"\bđã\s+(?:có\s+(?:buổi|cuộc|chuyến)\s+)?$")
"""`Sở A đã gặp mặt …`, `Đoàn … đã sang thăm …`, `… đã có buổi làm việc với …`: the event word right after `đã`, told
done by the sentence's subject."""


def _met_by_bodies(doc: ArticleDoc, rec: EventRecord) -> bool:
    """`Chiều ngày 29/9, …, Sở Ngoại vụ tỉnh A đã gặp mặt, trao đổi thân tình với đại diện phía huyện B …`, `từ ngày
    06/3 đến ngày 08/3/2024 Đoàn công tác cơ quan Ngoại vụ tỉnh C … đã sang thăm, làm việc …`: a meeting or a visit the
    lead tells done (`_DONE_BY_SUBJECT`) on a day of its own sentence by bodies, naming no one at it, is an event of
    those bodies, as a conference held by them is (`_held_by_bodies`); not a visit named inside another sentence's
    telling (`… trong chuyến thăm và làm việc với …`). Any sentence of the lead that tells it so counts, not only the
    first to name it: a headline names the event without a verb (`Gặp mặt huyện B nhân dịp …`) above the lead that
    tells it done."""
    if rec.people or rec.mention or rec.definite:
        return False
    return any(_done_by_bodies(doc, rec, idx) for idx in sorted(rec.sentences) if idx <= _LEAD + 1)


def _done_by_bodies(doc: ArticleDoc, rec: EventRecord, idx: int) -> bool:
    """Whether sentence `idx` tells the event done by the bodies it names before its word, on a day it gives."""
    sentence = doc.sentences[idx]
    at = doc.lower.find(rec.trigger.lower(), sentence.start, sentence.end)
    return (
        at > 0
        and bool(_DONE_BY_SUBJECT.search(doc.lower, max(sentence.start, at - 24), at))
        and bool(doc.within(doc.orgs, sentence.start, at))
        and any(d.precision == DAY for d in doc.dates_in(sentence.start, sentence.end))
    )


def _named_back_alone(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """`Tại hội nghị, hai bên thống nhất …`, `Tại cuộc Hội đàm, lãnh đạo hai tỉnh A và B đã …`: a meeting or a
    conference an article only names back, with the two sides it brought together, in a page that tells no event
    otherwise (its lead cut off, or told without an event word): it took place, an event of the sides (its day the
    page's), not a mention of one told before. The first such, one only."""
    for rec in records:
        if rec.kind not in _MEETING_KINDS or not rec.mention or rec.people:
            continue
        sentence = doc.sentences[min(rec.sentences)]
        if _SIDES.search(sentence.text):
            rec.people = _speakers(doc, -1, min(rec.sentences))
            rec.principals = list(dict.fromkeys(p.id for p in rec.people))[:3]
            return [rec]
    return []


def _opens_attendance(doc: ArticleDoc, idx: int) -> bool:
    """Whether a sentence opens an attendance list (`Tham dự buổi tiếp có …`), not an item of a list of one person's
    doings that attends an event of its own (`…; tham dự Hội nghị hợp tác … tại A.`, `_list_subject`)."""
    text = doc.sentences[idx].text
    return bool(_ATTENDANCE.match(text)) and not (text[:1].islower() and _list_subject(doc, idx) is not None)


def _attendance(doc: ArticleDoc, main: EventRecord, records: list[EventRecord]) -> None:
    """Who the attendance lists name (`Cùng dự … có …`, `Tiếp và làm việc với đoàn có …`) attended the article's main
    event, or the meeting of no one named told right before the list (`Ngày 28/6, đoàn đã làm việc với Chính quyền
    thành phố A.` then `Tiếp và làm việc với đoàn có ông X …`: that day's meeting)."""
    listing = False  # inside an attendance list that the splitter cut at its semicolons
    examples = False  # the list's head gives the bodies whose unnamed representatives came (`đại diện … như`)
    target = main
    for idx, sentence in enumerate(doc.sentences):
        if idx in main.sentences:
            continue
        continued = listing and doc.sentences[idx - 1].text.rstrip().endswith(";")
        follows = listing and not continued  # (a list opened right after another: `Về phía A có …` then `Về phía B …`)
        listing = continued or _opens_attendance(doc, idx)
        if not listing:
            signer = main.kind == EventKind.SIGNING and _REPRESENTED.search(sentence.text)
            # `Chủ tịch UBND tỉnh X phát biểu tại buổi lễ`: X was there
            if signer or _SPOKE_AT.search(sentence.text) or _SPOKE_AT_OPENING.match(sentence.text):
                main.people.extend(doc.within(doc.people, sentence.start, sentence.end))
                main.sentences.append(idx)
            continue
        if not continued:
            if not follows:
                target = (
                    _unpeopled_just_before(records, idx, main)
                    or _hosts_meeting(doc, idx, main, records)
                    or _other_day_just_before(records, idx, main)
                    or main
                )
            examples = bool(_REPRESENTED_EXAMPLES.search(sentence.text))
        people = doc.within(doc.people, sentence.start, sentence.end)
        target.people.extend(people)
        target.sentences.append(idx)
        if continued:
            if not people and not examples:  # (`…; Cơ quan Hợp tác quốc tế A (KOICA) tại Việt Nam; …`: a body alone)
                target.orgs.extend(
                    o for o in doc.within(doc.orgs, sentence.start, sentence.end) if o not in target.orgs
                )
                target.orgs.extend(
                    p for p in _listed_provinces(doc, sentence.start, sentence.end) if p not in target.orgs
                )
            continue  # (the people of the list's later parts attended; the bodies they serve are only named)
        target.orgs.extend(o for o in doc.within(doc.orgs, sentence.start, sentence.end) if o not in target.orgs)
        _side_bodies(doc, sentence.start, sentence.end)


_REPRESENTED_EXAMPLES = compile_gated(r"\bđại diện\b[^;]*\bnhư\b|\brepresentatives?\b[^;]*\bsuch as\b", re.I)
"""`Về phía B có Đại sứ X, đại diện các sở, ngành và doanh nghiệp của tỉnh A như …; Công ty C, Ngân hàng D.`: the
later items are examples of the bodies whose representatives came, none of them named; like a company whose
unnamed representatives sit at a meeting of named people, they are not its participants (docs/annotation-conventions.md)."""


def _listed_provinces(doc: ArticleDoc, start: int, end: int) -> list[Span]:
    """`…; Các địa phương gồm: Thành phố A, B, C.`: the provinces an item of an attendance list names as items
    (`_ITEM_BEFORE`), not inside a body's name (`UBND tỉnh B`)."""
    inside = [(o.start, o.end) for o in doc.within(doc.orgs, start, end)]
    return [
        p
        for p in doc.within(doc.places, start, end)
        if p.label == Label.PROVINCE
        and p.id in doc.entities
        and not any(a <= p.start < b for a, b in inside)
        and bool(_ITEM_BEFORE.search(doc.lower, max(start, p.start - 24), p.start))
    ]


_ITEM_BEFORE = re.compile(r"(?:[:,]|\bvà|\bgồm|\band)\s*(?:(?:thành phố|tỉnh|tp\.?)\s*)?$")
"""What stands before a province that is an item of a list (`gồm: Thành phố A, B, C`): not `các sở, ngành tỉnh A`, `của
tỉnh A` (its departments), `tại A` (where someone serves) nor `(tỉnh A, …)` (a gloss)."""


_HOSTS_LIST = re.compile(r"^\s*(?:\(\w+\)\s*)?(?:Tiếp|Đón|Tiếp đón)\b", re.I)
"""`Tiếp đón đoàn có …`, `Tiếp và làm việc với đoàn có …`: a list of the hosts who received a delegation."""


def _hosts_meeting(doc: ArticleDoc, idx: int, main: EventRecord, records: list[EventRecord]) -> EventRecord | None:
    """The meeting of no one named that the main visit's own sentence tells besides it (`đoàn … đến thăm, làm việc với
    tỉnh A`), which a list of the hosts who received the delegation attended: the hosts met the visitors there, the
    visit is the delegation's own."""
    if main.kind != EventKind.VISIT or not _HOSTS_LIST.match(doc.sentences[idx].text):
        return None
    return next(
        (
            r
            for r in records
            if r is not main
            and r.kind in _MEETING_KINDS
            and not r.people
            and set(r.sentences) & set(main.sentences)
            and _compatible_dates(r, main)
        ),
        None,
    )


def _unpeopled_just_before(records: list[EventRecord], idx: int, main: EventRecord) -> EventRecord | None:
    """The meeting told in the sentence right before `idx` alone, with no one named at it, on another day than the
    main event (a caption's `Không khí buổi làm việc …` is the main event's)."""
    return next(
        (
            r
            for r in records
            if r is not main
            and r.kind in _MEETING_KINDS
            and not r.people
            and r.sentences == [idx - 1]
            and r.date
            and not _compatible_dates(r, main)
        ),
        None,
    )


_OTHER_DAY_BACK = 2  # sentences: how far before an attendance list the other day's meeting it follows may be told


def _other_day_just_before(records: list[EventRecord], idx: int, main: EventRecord) -> EventRecord | None:
    """The meeting first told one or two sentences before an attendance list, on another day than the main event
    (`Ngày 01/10, X chủ trì buổi gặp gỡ … . Đây là sự kiện do … tổ chức.` then `Về phía Việt Nam có sự tham dự
    của …`): a list goes with the event it follows, as a list after a meeting of no one named does; the main event
    keeps a list told after its own day."""
    near = [
        r
        for r in records
        if r is not main
        and r.kind in _MEETING_KINDS
        and r.sentences
        and idx - _OTHER_DAY_BACK <= min(r.sentences) < idx
        and r.date
        and not _compatible_dates(r, main)
    ]
    return max(near, key=lambda r: min(r.sentences)) if near else None


def _side_bodies(doc: ArticleDoc, start: int, end: int) -> None:
    """`Về phía Trung Quốc có … đại diện … của Quảng Tây như A, B, C`: the bodies listed for a side belong to it
    (to the one province of that side the sentence names, else to the side's country) when nothing else placed
    them."""
    m = _SIDE.match(doc.text, start)
    side = doc.span_at(doc.places, m.end()) if m else None
    if side is None:
        return
    side_entry = side.data.get("entry")
    iso = side_entry.properties.get(Prop.ISO2) or side_entry.properties.get(Prop.COUNTRY) if side_entry else None
    provinces = {
        p.id: p
        for p in doc.within(doc.places, start, end)
        if p.label == Label.PROVINCE and p.data["entry"].properties.get(Prop.COUNTRY) == iso
    }
    home = next(iter(provinces.values())) if len(provinces) == 1 and side.label == Label.COUNTRY else side
    placed = {src for (rel, src, _) in doc.relations if rel == RelType.BASED_IN}
    for org in doc.within(doc.orgs, start, end):
        ent = doc.entities.get(org.id)
        if ent is None or org.id in placed or ent.properties.get(Prop.COUNTRY):
            continue
        if home.id not in doc.entities:
            continue
        ent.properties[Prop.COUNTRY] = iso
        doc.relate(RelType.BASED_IN, org.id, home.id, at=org.start)
