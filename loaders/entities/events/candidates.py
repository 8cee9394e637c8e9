"""A sentence's events: the candidates its triggers give, the visits told besides them, a meeting word in
the plural read as one meeting each and the meetings one sentence lists."""

from __future__ import annotations

import re

from core.vocabulary import EventKind
from loaders.entities.doc import VIETNAM, ArticleDoc, Span
from loaders.entities.events.candidate import _BETWEEN_AFTER, _candidate, _visitor
from loaders.entities.events.countries import _country_of, _places, _resident
from loaders.entities.events.days import _date_by_own_phrase, _range_of_own_phrase
from loaders.entities.events.occasions import _attended_besides
from loaders.entities.events.participants import (
    _DELEGATION,
    _WITH_AFTER,
    _abroad_first,
    _delegation_head,
    _delegation_leader,
    _guest_abroad,
    _guest_before,
    _guests,
    _named_leader,
)
from loaders.entities.events.record import EventRecord, marked
from loaders.entities.events.text import _clause_end_after, _occasion_clauses
from loaders.entities.events.words import _MEAL, _MEETING_KINDS, _TRIGGERS
from loaders.first_letters import compile_gated

_ACCOMPANYING = re.compile(r"\b(?:tháp tùng|đi cùng|accompan(?:y|ying|ied))\b")
_PLURAL_WORD = re.compile(
    r"(?:các|những|nhiều|several|many|separate|\d+)\s|.*(?:courtesy calls|meetings with|working sessions|meetings)$"
)
"""A meeting word in the plural (`các cuộc hội kiến với`, `paid separate courtesy calls on`, `held meetings with`):
with several people after it, a meeting with each."""

_CHAIRED = re.compile(
    r"[,;]\s+(?:[^\W\d]+\s+){1,5}(?:đã\s+)?(?:chủ trì|đồng chủ trì|co-chaired|chaired)\s+(?:the\s+)?$"
)
"""`…, hai Bộ trưởng đã chủ trì Hội thảo`, `…, the two ministers co-chaired the`: a clause of its own telling a conference."""

_HELD_BY_PAIR = re.compile(r"\s+(?:held|hosted|chaired)\s+by\s+[^;]{0,160}?\bwith\s+(?:his|her)\s+counterpart\b")
"""`… signed a MoU with Y during the summit held by President A with his counterpart, B`: the summit has a pair of its
own, an event besides the signing (as `the talks between A and B` are)."""

_LEADING_SEQUENCE = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:[*•·–-]\s*)?(?:After|Following|Before|Prior to|Ahead of|Sau khi|Sau|Trước khi|Trước)\b"
    r"[^,;]{0,80},",
    re.I,
)
"""`After the signing ceremony, …`, `Sau hội đàm, …` (a bullet before it, `* Sau lễ đón chính thức, …`): an event the
sentence names as what came before or after."""
_INNER_SEQUENCE = re.compile(
    r",\s*(?:after|following|before|prior to|ahead of|sau khi|sau|trước khi|trước)\s(?!sự\b)[^,;]{0,80},", re.I
)
"""`Sáng 7/8, trong khuôn khổ chuyến thăm …, sau lễ đón cấp Nhà nước …, Chủ tịch nước X đã có cuộc hội đàm với Y`: a
clause between commas naming what came before the event the sentence tells (`trước sự chứng kiến của`, before
witnesses, is no time)."""

_SEQUENCE = compile_gated(
    r"\b(?:following|followed|follows|preceded|after|before|prior to|ahead of|sau khi|sau|trước khi|trước|and|và|then|rồi)"
    r"\s+(?:(?:the|their|his|her|an?)\s+)?(?:\S+\s+){0,3}$"
    r"|\b(?:and|và) (?:also |cũng )?(?:took part in|attended|joined|participated in|dự|tham dự) (?:an? |the )?(?:\S+\s+){0,2}$"
    r"|\bfor\s+(?:(?:a|an|the)\s+)?(?:\S+\s+)?$"
    r"|\bthăm,\s+$"
    r"|\b(?:where|during which|in which|tại đây|tại đó)\s+(?:(?:he|she|they|the delegation|the two sides|ông|bà|đoàn)\s+)?"
    r"(?:(?:also|cũng|đã)\s+){0,2}$"
)
"""`… witnessed the signing, following their official talks`, `Sau hội đàm, …`, `visited A, received B, and also took
part in a conference on …`, `flew to Hanoi for talks with Y`, `đến thăm, làm việc với tỉnh A` (the two doings joined by a comma as `và` joins
them), `paid a visit to A, where he met with B` (what the trip held): a meeting told before or after another event of the sentence, or as what a trip was for, is an event of its
own."""

_HIS = re.compile(r"\b(?:his|her|their)\b")
_PARTNER = re.compile(r"\b(?:talks|meeting|met|meets|hội đàm|hội kiến|gặp)\s+(?:with|với)\s+[^,;]*$")
"""`During talks with Lao Minister of Energy and Mines Y`: Y is named as the partner of a meeting."""


def _partner(doc: ArticleDoc, person: Span, start: int) -> bool:
    """Whether a person is named, after `start`, as the partner of a meeting (`talks with Y`)."""
    return bool(_PARTNER.search(doc.lower, max(start, person.start - 90), person.start))


_DURING = re.compile(r"\b(?:during|trong)\s+(?:[^\s,;]+\s+){0,6}$")
"""`… welcomed Malaysia's proposal … during his official visit`: `during` opens the occasion of the visit word a few
words after it, to the clause's end, as `nhân dịp` and `on the occasion of` do."""


def _during_clause(doc: ArticleDoc, start: int, end: int, at: int) -> tuple[int, int] | None:
    """The clause that `during` opens before the visit word at `at` (`during his official visit`), up to the next
    comma; none when no `during` stands within a few words before it."""
    m = _DURING.search(doc.lower, max(start, at - 60), at)
    return (m.start(), _clause_end_after(doc, at, end)) if m else None


def _candidates(doc: ArticleDoc, idx: int, triggers: list[tuple[bool, int, str, str]]) -> list[EventRecord]:
    """The events one sentence names: its main one, plus a signing and a visit that it names besides (`Bộ trưởng
    X, hiện đang trong chuyến thăm Seoul, đã ký …`: the visit is the occasion of the signing and an event too)."""
    sentence = doc.sentences[idx]
    clauses = _occasion_clauses(doc, sentence.start, sentence.end)
    before = [
        *([m] if (m := _LEADING_SEQUENCE.match(doc.text, sentence.start, sentence.end)) else []),
        *_INNER_SEQUENCE.finditer(doc.text, sentence.start, sentence.end),
    ]
    for m in before:
        if any(at >= m.end() for _, at, _, _ in triggers):
            # `After the signing ceremony, X and Y co-chaired the meeting of …`, `…, sau lễ đón …, X hội đàm với Y`: what
            # the sentence tells is after the comma
            clauses = [*clauses, m.span()]
    triggers = [(occ or any(a <= at < b for a, b in clauses), at, kind, w) for occ, at, kind, w in triggers]
    triggers = _meeting_of_a_visitor(doc, triggers)
    primary = _candidate(doc, idx, triggers)
    plural = bool(_PLURAL_WORD.match(primary.trigger.lower())) or (
        primary.kind == EventKind.MEETING and (_told_as_several(doc, idx) or _guests_of_countries(doc, idx, primary))
    )
    primary.origin = "told"
    out = _one_meeting_each(doc, idx, primary) if plural else []
    out = marked(out, "one-each") or [primary]  # (`held meetings with X`: one guest, one meeting)
    if len(out) == 1 and primary.kind == EventKind.MEETING:
        out = marked(_meetings_listed(doc, idx, primary, triggers), "listed") or out
    for rec in out:
        rec.occasions = [kind for occ, _, kind, _ in triggers if occ and kind != rec.kind]
    for kind in (EventKind.SIGNING, EventKind.VISIT, EventKind.MEETING, EventKind.CONFERENCE):
        own = [t for t in triggers if t[2] == kind]
        if kind == primary.kind or not own:
            continue
        told = (
            _SEQUENCE.search(doc.lower, max(sentence.start, own[0][1] - 30), own[0][1])
            or (
                # `… đã tiếp đoàn …, hai Bộ trưởng đã chủ trì Hội thảo …`: a conference its own clause says was chaired
                kind == EventKind.CONFERENCE
                and _CHAIRED.search(doc.lower, max(sentence.start, own[0][1] - 30), own[0][1])
            )
            or (
                # `Bản ghi nhớ … đã được ký tại cuộc hội đàm giữa đoàn … do A … và đoàn … do B …`: talks named with a pair
                # of their own are held, where the document was signed, an event besides the signing
                kind in _MEETING_KINDS
                and primary.kind == EventKind.SIGNING
                and (
                    _BETWEEN_AFTER.match(doc.lower, own[0][1] + len(own[0][3]))
                    or _HELD_BY_PAIR.match(doc.lower, own[0][1] + len(own[0][3]))
                )
            )
        )
        # `X gặp Y khi dự Hội nghị …`, `Bên lề Hội nghị …, X làm việc với Y`, `chuyến công tác dự Hội nghị Cấp cao …`:
        # a conference the subject attended besides the event the sentence tells is one of its own
        besides = kind == EventKind.CONFERENCE and not told and _attended_besides(doc, sentence.start, own[0][1])
        if kind in _MEETING_KINDS and not told and not besides:
            continue  # (a meeting the signing was held during is its occasion, not another event)
        cand = _candidate(doc, idx, own)
        if kind == EventKind.VISIT and not _visitors(doc, idx, own[0][1], cand, min(triggers)[1]):
            continue
        if besides:
            _date_by_own_phrase(doc, idx, cand, own[0][1], [at for _, at, _, _ in triggers])
        elif kind == EventKind.VISIT:
            _range_of_own_phrase(doc, idx, cand, own[0][1], [at for _, at, _, _ in triggers])
        if kind == EventKind.VISIT and primary.kind == EventKind.SIGNING and not primary.people:
            # `Nhân chuyến thăm của X, Bộ Công Thương ký thỏa thuận với …`: a signing of bodies only, on the
            # occasion of a visit: the bodies that sign take part in the visit
            cand.orgs = [*primary.orgs, *(o for o in cand.orgs if o not in primary.orgs)]
        # `Bên lề lễ ký, X đã có cuộc trao đổi với Y`: the signing is the occasion
        if kind == EventKind.SIGNING and own[0][0]:
            clause = next(((a, b) for a, b in clauses if a <= own[0][1] < b), None)
            cand.people = list(doc.within(doc.people, *clause)) if clause else []
            cand.mention = True
            cand.principals = list(dict.fromkeys(p.id for p in cand.people))[:3]
        cand.origin = "besides"
        out.append(cand)
    out += marked(_visits_of_others(doc, idx, triggers, out), "other-visit")
    for meal in triggers:  # `… held a Foreign Ministers' Meeting with Y, followed by a working lunch`: the meal too
        _, meal_at, meal_kind, meal_word = meal
        if (
            meal_kind == EventKind.MEETING
            and meal_at > min(triggers)[1]
            and _MEAL.search(meal_word.lower())
            and _SEQUENCE.search(doc.lower, max(sentence.start, meal_at - 30), meal_at)
            and not _MEAL.search(primary.trigger.lower())
        ):
            out += marked([_candidate(doc, idx, [meal])], "meal")
            break
    return out


def _meeting_of_a_visitor(
    doc: ArticleDoc, triggers: list[tuple[bool, int, str, str]]
) -> list[tuple[bool, int, str, str]]:
    """`The agreement was reached by X and visiting Minister Y during their meeting in Hanoi on July 11`: a sentence
    whose event words are all occasions, the first the adjective `visiting` before its visitor, tells the meeting
    that came after it (the sentence's own event, with both sides) and the visit besides it, not a visit of both."""
    if not triggers or not all(occ for occ, _, _, _ in triggers):
        return triggers
    _, at, kind, word = min(triggers, key=lambda t: t[1])
    if kind != EventKind.VISIT or doc.lower[at : at + len(word)] != "visiting":
        return triggers
    meeting = next((t for t in sorted(triggers, key=lambda t: t[1]) if t[2] in _MEETING_KINDS and t[1] > at), None)
    if meeting is None:
        return triggers
    return [(False, *t[1:]) if t is meeting else t for t in triggers]


def _visits_of_others(
    doc: ArticleDoc, idx: int, triggers: list[tuple[bool, int, str, str]], told: list[EventRecord]
) -> list[EventRecord]:
    """`sau chuyến thăm Việt Nam vào tháng 3/2012 của Tổng thống A và chuyến thăm Myanmar của Chủ tịch nước B tháng
    11/2012`: the visit words of one sentence after its first, each naming its own visitor (`của`, `by`), are a visit
    each, dated by what its own phrase says (up to the next event word)."""
    sentence = doc.sentences[idx]
    visits = sorted(t for t in triggers if t[2] == EventKind.VISIT)
    if len(visits) < 2:
        return []
    visitors = {p.id for r in told if r.kind == EventKind.VISIT for p in r.people}
    stops = sorted(at for _, at, _, _ in visits)
    out: list[EventRecord] = []
    for trigger in sorted(visits, key=lambda t: t[1])[1:]:
        _, at, _, word = trigger
        visitor = _visitor(doc, sentence.start, sentence.end, at, at + len(word))
        if visitor is None or visitor.id in visitors:
            continue
        visit = _candidate(doc, idx, [trigger])
        _date_by_own_phrase(doc, idx, visit, at, stops)
        visitors.add(visitor.id)
        out.append(visit)
    return out


def _guests_of_countries(doc: ArticleDoc, idx: int, primary: EventRecord) -> bool:
    """Whether the people a meeting word lists after it are each there for another country (`held talks with South
    Korea's Minister A, Singapore's Minister B, and Australia's Treasurer C`): bilateral talks, one with each."""
    if len({p.id for p in primary.people}) < 3:
        return False  # (a host and two guests at least: a cheap test first)
    at = doc.lower.find(primary.trigger.lower(), doc.sentences[idx].start)
    guests = _guests(doc, idx, at + len(primary.trigger)) if at >= 0 else []
    if len(guests) < 2:
        return False
    countries = [_country_of(doc, g.id) for g in guests]
    guest_ids = {g.id for g in guests}
    hosts = {_country_of(doc, p.id) for p in primary.people if p.start < at and p.id not in guest_ids}
    return (
        bool(hosts) and None not in countries and len(set(countries)) == len(countries) and not hosts & set(countries)
    )


_SEVERAL_BACK = re.compile(
    r"^\s*(?:At|During|In) (?:the|these|those|separate) (?:meetings|receptions|talks with them|working sessions)\b"
    r"|^\s*(?:Tại|Trong) (?:các|những) (?:buổi|cuộc) (?:tiếp|gặp|hội kiến|làm việc|hội đàm)\b",
    re.I,
)

_SEVERAL_HERE = compile_gated(r"\b(?:lần lượt|riêng rẽ|separately|respectively|in turn)\b")
_SEVERAL_REACH = 2  # sentences after a meeting's own in which `At the meetings` looks back at it


def _told_as_several(doc: ArticleDoc, idx: int) -> bool:
    """Whether the meeting sentence `idx` tells is several, one with each guest: it says so (`lần lượt gặp A, B`,
    `separately received A and B`) or a sentence right after looks back at it in the plural (`At the meetings, …`,
    `Tại các buổi tiếp, …`)."""
    sentence = doc.sentences[idx]
    if _SEVERAL_HERE.search(doc.lower, sentence.start, sentence.end):
        return True
    return any(_SEVERAL_BACK.match(s.text) for s in doc.sentences[idx + 1 : idx + 1 + _SEVERAL_REACH])


def _one_meeting_each(doc: ArticleDoc, idx: int, plural: EventRecord) -> list[EventRecord]:
    """`Bộ trưởng X đã có các cuộc hội kiến với Thủ tướng A, Chủ tịch Quốc hội B …`: X met each of them (and each
    of the bodies, when only bodies are named: `held working sessions with the CSRC and SASAC`)."""
    sentence = doc.sentences[idx]
    at = doc.lower.find(plural.trigger.lower(), sentence.start)
    end = at + len(plural.trigger)
    guests = _guests(doc, idx, end)
    if guests:
        ids = {g.id for g in guests}  # (and those of the pieces the splitter cut the list into at its semicolons)
        guests += list({g.id: g for g in _listed_on(doc, idx) if g.id not in ids}.values())
    hosts = [p for p in plural.people if p.start < at and p.id not in {g.id for g in guests}]
    out = []
    with_end = _WITH_AFTER.match(doc.lower, end)
    own = [p for p in hosts if p.start >= sentence.start]  # (not the pair a sentence before named)
    if not guests and own and with_end is not None:
        # `Mr. X and the delegation held working sessions with the CSRC and SASAC`: bodies met, one meeting each
        bodies = list({o.id: o for o in doc.within(doc.orgs, with_end.end(), sentence.end) if o.id}.values())
        for body in bodies if len(bodies) >= 2 else []:
            rec = EventRecord(
                EventKind.MEETING, plural.trigger, plural.date, plural.end_date, plural.precision, sentences=[idx]
            )
            rec.people, rec.orgs = list(own), [body]
            rec.principals = [*dict.fromkeys(p.id for p in own), body.id][:3]
            rec.places = list(plural.places)
            out.append(rec)
        return out
    for guest in guests:
        rec = EventRecord(
            EventKind.MEETING, plural.trigger, plural.date, plural.end_date, plural.precision, sentences=[idx]
        )
        rec.people = [*hosts, guest]
        rec.principals = list(dict.fromkeys(p.id for p in rec.people))[:3]
        rec.places = list(plural.places)
        rec.listed = True
        out.append(rec)
    return out


def _listed_on(doc: ArticleDoc, idx: int) -> list[Span]:
    """The people of the sentences that carry on a list of guests the sentence `idx` cut at its semicolon
    (`… lần lượt gặp Bộ trưởng A;`, then `Bộ trưởng B và Bộ trưởng C.`): the splitter ends a sentence at `;`, but
    a piece that tells no event of its own (no event word) only names more of the guests met."""
    out: list[Span] = []
    while doc.sentences[idx].text.rstrip().endswith(";") and idx + 1 < len(doc.sentences):
        idx += 1
        piece = doc.sentences[idx]
        if _TRIGGERS.find(doc.lower[piece.start : piece.end]):
            break
        out += doc.within(doc.people, piece.start, piece.end)
    return out


_OWN_SUBJECT = re.compile(r"\s+(?:also\s+|then\s+|later\s+|had\s+|has\s+|cũng\s+|đã\s+)*")


def _meetings_listed(
    doc: ArticleDoc, idx: int, primary: EventRecord, triggers: list[tuple[bool, int, str, str]]
) -> list[EventRecord]:
    """`X đã chào Thủ tướng A, hội đàm với Bộ trưởng B, ký kết …`: meeting words listed, each with the people it
    names, are one meeting each with whoever stands before the first (none when any word names no one)."""
    sentence = doc.sentences[idx]
    words = sorted((at, at + len(w)) for occ, at, kind, w in triggers if kind == EventKind.MEETING and not occ)
    if len(words) < 2:
        return []
    stops = sorted(at for occ, at, _, _ in triggers if not occ)
    people_ids = {p.id for p in primary.people}
    hosts = [p for p in doc.within(doc.people, sentence.start, words[0][0]) if p.id in people_ids]
    out: list[EventRecord] = []
    seen: set[str] = {p.id for p in hosts}
    for at, end in words:
        stop = next((s for s in stops if s > at), sentence.end)
        # (`…, a day after Y met President Z`: a later word's own subject, named right before it, is its host)
        subject = [p for p in doc.within(doc.people, words[0][1], at) if _OWN_SUBJECT.fullmatch(doc.lower, p.end, at)]
        own = subject[-1:] or hosts
        guests = [p for p in doc.within(doc.people, end, stop) if p.id not in seen and p.id not in {h.id for h in own}]
        if not guests or not own:
            return []
        seen.update(p.id for p in guests)
        rec = EventRecord(EventKind.MEETING, doc.text[at:end], primary.date, primary.end_date, primary.precision)
        rec.sentences = [idx]
        rec.people = [*own, *guests]
        rec.principals = list(dict.fromkeys(p.id for p in rec.people))[:3]
        rec.places = list(primary.places)
        rec.listed = True
        out.append(rec)
    return out


_VISIT_WORDS = ("thăm", "chuyến công tác", "visit", "trip")  # (a visit told before, looked for cheaply)


def _away_before(doc: ArticleDoc, start: int, clause: tuple[int, int]) -> Span | None:
    """The one of the people before a visit clause told after the main verb (`… gặp Y nhân dịp sang thăm Trung
    Quốc`) who is away from home where the clause's visit goes, when exactly one is and another is at home there
    (the host): the clause says not whose it is, their countries do. Not an envoy (who lives there), nor on a page that
    told a visit before (`Trong khuôn khổ chuyến thăm cấp Nhà nước … của Tổng thống A, …`, then `Bộ trưởng B cũng đã gặp
    … nhân dịp sang thăm Việt Nam`: B's trip is part of that visit, named in passing)."""
    if any(w in doc.lower[:start] for w in _VISIT_WORDS):
        return None
    bound = {p.id for p in _places(doc, *clause, EventKind.VISIT) if p.id and p.id.startswith("country:")}
    if not bound:
        return None
    people = list({p.id: p for p in doc.within(doc.people, start, clause[0])}.values())
    home = doc.home_country or VIETNAM  # (the sources are Vietnamese news: `Bộ trưởng X` is Việt Nam's)
    homes = {p.id: _country_of(doc, p.id) or home for p in people}
    away = [p for p in people if homes[p.id] not in bound]
    if len(away) != 1 or not any(homes[p.id] in bound for p in people) or _resident(doc, away[0].id):
        return None
    return away[0]


def _visitors(doc: ArticleDoc, idx: int, at: int, rec: EventRecord, main_at: int) -> bool:
    """Whether a visit named besides a sentence's main event is an event of its own, and then whose.

    A visit named as an occasion with its visitor (`trong khuôn khổ chuyến thăm … từ ngày 16 - 20/10
    của Tổng thống X`) is X's, dated by the clause; one named in passing (`nhân dịp sang thăm Việt Nam`, `đang
    trong chuyến thăm Seoul`) is only the background of the main event.
    """
    sentence = doc.sentences[idx]
    clause = next(((a, b) for a, b in _occasion_clauses(doc, sentence.start, sentence.end) if a <= at < b), None)
    if rec.visitor_named:  # (`Y, who is on a visit to …`: Y's whatever clause it stands in)
        return True
    if clause is None and rec.people:
        return True
    # (`… welcomed Y's proposal during his official visit`: no visitor of its own, the clause `during` opens says whose)
    clause = clause or _during_clause(doc, sentence.start, sentence.end, at)
    if clause is None:
        return False
    inside = doc.within(doc.people, *clause)
    dates = [d for d in doc.dates_in(*clause) if d.kind != "period"]
    before = doc.within(doc.people, sentence.start, clause[0])
    subject = [p for p in before if not _partner(doc, p, sentence.start)][:1]
    if before and not subject and _HIS.search(doc.lower, clause[0], clause[1]):
        # `During talks with Lao Minister Y on April 7 as part of his visit to the country, X said …`: Y, named as
        # the partner of the talks, is not whom `his` stands for; the subject after the clause is
        subject = doc.within(doc.people, clause[1], sentence.end)[:1]
    abroad = _guest_abroad(doc, sentence.start, clause)
    if not inside and abroad is not None:
        inside = [abroad]  # `X received Governor Y of Nevada on the occasion of her working visit to Vietnam`: Y's
    if not inside and subject and _HIS.search(doc.lower, clause[0], clause[1]):
        inside = subject  # `X hosted Y … as part of his ongoing official visit to Russia`: the subject's visit
    if not inside:
        # `Ngày 20/1, trong chuyến thăm chính thức Campuchia, Bộ trưởng X đã …`: the clause first, its visitor the
        # subject that follows it (a clause after the main verb, `… hội đàm với Y nhân dịp sang thăm`, says not whose)
        after = [p for p in rec.people if p.start >= clause[1]]
        guest = _guest_before(doc, sentence.start, clause[0])
        if guest is not None:  # `X tiếp bà Y, …, nhân chuyến thăm và làm việc tại Việt Nam`: the guest's visit
            inside = [guest]
        elif (
            not after
            and main_at >= clause[0]
            and not doc.within(doc.people, sentence.start, clause[0])
            and _DELEGATION.search(doc.text, clause[1], sentence.end)
        ):
            # `Trong khuôn khổ chuyến thăm và làm việc tại Lào …, Đoàn đại biểu Bộ A có cuộc họp với …`: the visit of the
            # delegation that follows the clause, its leader's (`led by`, else the first official of where it is from)
            inside = _delegation_leader(doc, idx) or _named_leader(doc, idx) or _delegation_head(doc, idx)
            if not inside:
                return False
        elif main_at < clause[0] and (away := _away_before(doc, sentence.start, clause)) is not None:
            # `X đã có cuộc gặp với Bộ trưởng Trung Quốc Y nhân dịp sang thăm Trung Quốc`: of the pair the clause
            # follows, the one not at home where the visit goes (X; Y is at home there)
            inside = [away]
        elif not after or doc.within(doc.people, sentence.start, clause[0]) or main_at < clause[0]:
            return False
        else:
            inside = _abroad_first(doc, after, clause)[:1]
    rec.people = list(inside)
    if _ACCOMPANYING.search(doc.lower, *clause):  # `chuyến công tác tháp tùng Tổng Bí thư X …, Bộ trưởng Y`: Y too
        on_it = {p.id for p in rec.people}
        rec.people += [p for p in doc.within(doc.people, clause[1], sentence.end)[:1] if p.id not in on_it]
    rec.principals = list(dict.fromkeys(p.id for p in rec.people))[:3]
    if dates:  # (else the day of its sentence, one day of the visit)
        rec.date, rec.end_date, rec.precision = dates[0].start, dates[0].end, dates[0].precision
    rec.orgs = []
    return True
