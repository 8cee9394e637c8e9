"""Visits told besides what a sentence tells: a guest received from abroad, a welcome ceremony, a delegation
welcomed, `visits by A and B`; each is its traveller's visit.

Not a delegation's leader's visit read from a meeting the delegation holds or is received at, with no visit word of
its own (`X tiếp đoàn công tác tỉnh A do ông Y làm trưởng đoàn`): right 23 times in 40 on the look files it was written
on, and 4 in 16 on the check's unread pages, where a visit is more often a visit word's own event (32nd session)."""

from __future__ import annotations

import re

from core.vocabulary import EventKind, OrganizationKind, Prop
from loaders.dates import MONTH
from loaders.entities.doc import VIETNAM, ArticleDoc, Span
from loaders.entities.events.countries import _RESIDENT, _country_of, _country_of_place, _places, _resident
from loaders.entities.events.days import _months_from
from loaders.entities.events.merging import _compatible_dates
from loaders.entities.events.participants import (
    _BEFORE_NAME,
    _SUBJECT_WORDS,
    _TRIP,
    _leader_before,
    _title_apposed,
)
from loaders.entities.events.record import EventRecord
from loaders.entities.events.text import _clause_end_after, _occasion_clauses
from loaders.entities.events.triggers import _GENERIC, _PLANNED_VISIT
from loaders.entities.events.words import _MEETING_KINDS
from loaders.entities.lexicon import by_first_letter
from loaders.first_letters import compile_gated

_RECEPTION = compile_gated(
    r"\b(?:tiếp(?: xã giao| thân mật)?|đón tiếp|tiếp đón|received|receives|welcomed|welcomes|hosted|hosts|greeted"
    r"|reception for)\s+(?:the\s+)?(?:visiting\s+)?"
)
"""A reception verb before its guest (`X received Governor Y`, `X tiếp ông Y`, `at a reception for Y`)."""
_VISIT_NAMED = re.compile(by_first_letter(["visit", "visits", "visiting", "thăm", "chuyến công tác"]) + r"\b")
"""What tells the article is about a visit: a guest received then is on it (`the governor's visit will …`), when a
sentence besides the reception's says so (`received visiting Minister X` alone tells the reception, with its guest).
Its `\\b` after each first letter (`lexicon.by_first_letter`): the page is scanned only where those letters stand."""


def _guest_visits(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """`President X received Governor of Russia's Kaluga oblast Y in Hanoi`, then `the governor's visit will …`;
    `Thủ tướng X tiếp ông Y …`, `said at a reception for Kagoshima governor Y`: a guest received from another
    country, in an article that speaks of a visit, is on a visit (an event of its own, on the reception's day),
    unless a visit of his is told already. Not an ambassador or a consul (who lives there), not a guest of the
    host's own country."""
    if not _VISIT_NAMED.search(doc.lower):
        return []
    out: list[EventRecord] = []
    visitors = {p.id for r in records if r.kind == EventKind.VISIT for p in r.people}
    for rec in records:
        if rec.kind != EventKind.MEETING:
            continue
        found = next((g for idx in sorted(rec.sentences) if (g := _guest_received(doc, idx, rec)) is not None), None)
        if found is None:
            continue
        guest, hosts, idx = found
        told = doc.sentences[idx]
        if _host_travels(doc, idx, guest.start) or _received_at_home(doc, idx, guest, hosts):
            continue
        if not (
            _VISIT_NAMED.search(doc.lower, 0, told.start)
            or _VISIT_NAMED.search(doc.lower, told.end)
            or _VISITING_GUEST.search(doc.lower, max(told.start, guest.start - 140), guest.start)
        ):
            continue
        if guest.id in visitors or any(h.id in visitors for h in (*hosts, *rec.people) if h.id != guest.id):
            # (a host who is himself on a visit receives people of the place he visits; so does one named after the
            # reception, `Tại buổi tiếp Thống đốc A, Thủ tướng X …` on X's visit: A is at home)
            continue
        host_country = _country_of(doc, hosts[0].id) if hosts else doc.home_country
        guest_country = _country_of(doc, guest.id)
        if (_resident(doc, guest.id) and not _local_host(doc, hosts)) or (
            host_country and guest_country and host_country == guest_country
        ):
            continue
        visitors.add(guest.id)
        out.append(_visit_on(rec, idx, [guest]))
    return out


_LOCAL_BODIES = frozenset(
    (OrganizationKind.PROVINCIAL_GOVERNMENT, OrganizationKind.PEOPLE_COUNCIL, OrganizationKind.PARTY_COMMITTEE)
)


def _local_host(doc: ArticleDoc, hosts: list[Span]) -> bool:
    """Whether the first host is a locality's (`Chủ tịch UBND tỉnh X tiếp Tổng Lãnh sự Y`): an ambassador or a consul
    lives in the country, not in the province whose leaders receive him, so he came there on a visit (received by the
    country's leaders in its capital, he did not travel)."""
    body = doc.employer(hosts[0].id) if hosts else None
    if body is None:
        return False
    ent = doc.entities.get(body)
    return body.startswith("province:") or (ent is not None and ent.properties.get(Prop.KIND) in _LOCAL_BODIES)


def _visit_on(told: EventRecord, idx: int, people: list[Span]) -> EventRecord:
    """The visit of `people` (the first of them its principal) that sentence `idx` tells inside another event, on
    that event's day: a guest received, a delegation's leader, a guest of an official welcome. Why one function: the
    three readings make the same record, which a change to what a visit carries must change once."""
    visit = EventRecord(EventKind.VISIT, "visit", told.date, told.end_date, told.precision, sentences=[idx])
    visit.people, visit.principals, visit.visitor_named = people, [people[0].id], True
    return visit


_OFFICIAL_WELCOME = compile_gated(r"\blễ đón (?:chính thức|trọng thể|cấp nhà nước)\s+")
"""`Lễ đón chính thức Thủ tướng X tại Thủ đô A`, `lễ đón cấp Nhà nước Tổng thống Y`: the ceremony with which a country
receives a leader on an official or state visit; its guest is named right after it. (English pages tell the visit in
words of its own, `arrived in … for a state visit`, around `an official welcome ceremony for Y`; the relations tests
keep that ceremony a reception alone.)"""
_WELCOME_AHEAD = re.compile(r"\b(?:sẽ|dự kiến)\b(?:\s+[^\s.;]+){0,3}\s+$")
"""`Chủ tịch nước A sẽ chủ trì lễ đón chính thức …`: still ahead."""
_WELCOME_TITLE_WORDS = 8  # words of a guest's title between the ceremony and his name


def _welcomed_guest_visits(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """`Ngay sau Lễ đón chính thức Thủ tướng X tại Thủ đô A, …, Tổng thống Y cùng X bước vào phòng hội đàm`: the guest of
    an official welcome ceremony (`_OFFICIAL_WELCOME`) is on a visit (an event of its own, on the day of the event the
    sentence tells), unless a visit of his is told already or the ceremony is still ahead (`sẽ chủ trì lễ đón chính
    thức …`); the cue words are looked for first, as most pages have none."""
    if "lễ đón" not in doc.lower:
        return []
    out: list[EventRecord] = []
    visitors = {p.id for r in records if r.kind == EventKind.VISIT for p in r.people}
    for m in _OFFICIAL_WELCOME.finditer(doc.lower):
        idx = doc.sentence_index(m.start())
        s_start = doc.sentences[idx].start
        guest = next(iter(doc.within(doc.people, m.end(), doc.sentences[idx].end)), None)
        told = next((r for r in records if idx in r.sentences and r.kind != EventKind.VISIT), None)
        if (
            guest is None
            or told is None
            or guest.id in visitors
            or len(doc.text[m.end() : guest.start].split()) > _WELCOME_TITLE_WORDS
            or _WELCOME_AHEAD.search(doc.lower, max(s_start, m.start() - 40), m.start())
            or _resident(doc, guest.id)
        ):
            continue
        visitors.add(guest.id)
        out.append(_visit_on(told, idx, [guest]))
    return out


_WELCOMED_DELEGATION = compile_gated(r"\b(?:chào mừng|hoan nghênh)\s+(?:chuyến thăm của\s+)?(?:phái\s+)?đoàn\b")
"""`Chào mừng đoàn đại biểu … do ông Y dẫn đầu, Chủ tịch X nhấn mạnh …`, `Hoan nghênh đoàn công tác …`: the host's
welcome to a delegation that has come to him."""


def _welcomed_delegation_visits(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """`Chào mừng đoàn đại biểu cấp cao tỉnh A do ông Y dẫn đầu, Chủ tịch X nhấn mạnh …` after the meeting the page
    tells: a delegation its host welcomes (`_WELCOMED_DELEGATION`) has travelled to him, the visit of whom leads it
    (named with `do … dẫn đầu` there or a few sentences before), on the day of the meeting told before; unless a
    visit of his is told already, or the sentence names a host of his own country (a delegation at home)."""
    if "chào mừng" not in doc.lower and "hoan nghênh" not in doc.lower:
        return []  # (a cheap test first: most pages welcome no one)
    out: list[EventRecord] = []
    visitors = {p.id for r in records if r.kind == EventKind.VISIT for p in r.people}
    for m in _WELCOMED_DELEGATION.finditer(doc.lower):
        idx = doc.sentence_index(m.start())
        told = next((r for r in records if r.kind in _MEETING_KINDS and min(r.sentences) <= idx), None)
        leader = _leader_before(doc, idx)
        if told is None or not leader or leader[0].id in visitors:
            continue
        sentence = doc.sentences[idx]
        home = _country_of(doc, leader[0].id)
        hosts = [p for p in doc.within(doc.people, sentence.start, sentence.end) if p.id != leader[0].id]
        if home is not None and any(_country_of(doc, h.id) == home for h in hosts):
            continue
        visitors.add(leader[0].id)
        out.append(_visit_on(told, idx, leader))
    return out


_VISITING_GUEST = re.compile(r"\b(?:received|welcomed|hosted|greeted)\s+(?:the\s+)?visiting\s+[^,;.]*$")
"""`Vice Chairman X on June 7 received visiting Vice Governor of … Y`: the guest's own sentence says he is on a visit."""
_VISITS_BY = compile_gated(r"\bvisits\s+(?:to\s+(?:[^\s,;.]+\s+){1,4}?)?by\s+")
"""`the first official visits to Vietnam by the Governor in September 2019 and the Premier in October`, `recent Việt Nam
visits by A in October and B …`: a visit of each visitor the plural names, each on the day named after him."""


def _visits_by_several(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """One visit for each person `_VISITS_BY` lists in its clause, dated by the first date between him and the next
    one; not visits still ahead (`upcoming visits by`, `more visits by`), nor one a visit of his already tells."""
    if "visits" not in doc.lower:  # (a cheap test first: most pages have none)
        return []
    out: list[EventRecord] = []
    for m in _VISITS_BY.finditer(doc.lower):
        idx = doc.sentence_index(m.start())
        start = doc.sentences[idx].start
        if _PLANNED_VISIT.search(doc.lower, max(start, m.start() - 40), m.start()) or _GENERIC.search(
            doc.lower, max(start, m.start() - 12), m.start()
        ):
            continue
        stop = _clause_end_after(doc, m.end(), doc.sentences[idx].end)
        visitors = list({p.id: p for p in doc.within(doc.people, m.end(), stop)}.values())
        previous: EventRecord | None = None
        for i, person in enumerate(visitors):
            until = visitors[i + 1].start if i + 1 < len(visitors) else stop
            day = next((d for d in doc.dates_in(person.end, until) if d.kind != "period"), None)
            visit = EventRecord(EventKind.VISIT, "visit", sentences=[idx])
            if day is not None:
                visit.date, visit.end_date, visit.precision = day.start, day.end, day.precision
            elif (
                previous is not None
                and len(previous.date or "") >= len("YYYY-MM")
                and (shift := _MONTHS_APART.search(doc.lower, person.end, until))
            ):
                # (`by A in October and B a month earlier`: B's month counted from A's)
                visit.date, visit.precision = _months_from(str(previous.date), shift), MONTH
            previous = visit
            visit.people, visit.principals, visit.visitor_named = [person], [person.id], True
            if not any(
                r.kind == EventKind.VISIT and person.id in r.principals and _compatible_dates(r, visit)
                for r in [*records, *out]
            ):
                out.append(visit)
    return out


_MONTHS_APART = re.compile(r"\b(?P<n>a|one|two|three|\d)\s+months?\s+(?P<way>earlier|before|later|after)\b")


def _host_travels(doc: ArticleDoc, idx: int, before: int) -> bool:
    """Whether the sentence opens with the host's own trip (`On December 17, within the framework of a business trip
    to attend the Summit …, Prime Minister X received Governor Y`): then the guest is of the place he visits."""
    sentence = doc.sentences[idx]
    return any(a < before and _TRIP.search(doc.lower, a, b) for a, b in _occasion_clauses(doc, sentence.start, before))


_AT_BEFORE = re.compile(r"\b(?:tại|in|at)\s+(?:trụ sở\s+|thủ đô\s+|thành phố\s+|tỉnh\s+|the\s+)?$", re.I)


def _received_at_home(doc: ArticleDoc, idx: int, guest: Span, hosts: list[Span]) -> bool:
    """`Chiều 5/7, tại Rio de Janeiro, nhân dịp tham dự Hội nghị … tại Brasil, Thủ tướng X tiếp Bộ trưởng Brazil Y`:
    a guest received where the words before his host place the reception in the guest's own country is at home, on
    no visit, however the host's trip is told (a summit attended, not a visit word; not the place of the guest's
    title, `received Chief Minister of Australia's Northern Territory Y`)."""
    home = _country_of(doc, guest.id)
    if home is None or not hosts:
        return False
    start = doc.sentences[idx].start
    return any(
        _country_of_place(doc, place) == home and _AT_BEFORE.search(doc.text, max(start, place.start - 24), place.start)
        for place in doc.within(doc.places, start, hosts[0].start)
    )  # (a place the reception is told at, `tại Rio de Janeiro`; not `flights to Kagoshima`, `diễn đàn Việt Nam - Nhật Bản`)


def _guest_received(doc: ArticleDoc, idx: int, rec: EventRecord) -> tuple[Span, list[Span], int] | None:
    """The guest a sentence of a meeting tells received (the first of its people right after a reception verb and a
    title, outside an occasion clause), with the hosts named before the verb and the sentence."""
    sentence = doc.sentences[idx]
    clauses = _occasion_clauses(doc, sentence.start, sentence.end)
    people = {p.id for p in rec.people}
    for m in _RECEPTION.finditer(doc.lower, sentence.start, sentence.end):
        if any(a <= m.start() < b for a, b in clauses) or not _BEFORE_NAME.match(doc.text, m.end() - 1):
            continue
        stop = _clause_end_after(doc, m.end() + 1, sentence.end) + 1
        guest = next((p for p in doc.within(doc.people, m.end(), stop) if p.id in people), None)
        if guest is None:
            guest = _title_apposed(doc, m.end(), stop, people)
        if guest is None or _RESIDENT.search(doc.text, m.end(), guest.start):
            continue
        hosts = [p for p in doc.within(doc.people, sentence.start, m.start()) if p.id in people and p.id != guest.id]
        return guest, hosts, idx
    return None


_VISIT_BACK = compile_gated(
    r"\bchuyến (?:thăm|công tác)(?: chính thức| cấp nhà nước| làm việc)? (?:lần này|này)\b"
    r"|\b(?:this|the|his|her|our|delegation['’]s)\s+(?:(?:official|state|working|current|ongoing)\s+)?(?:visit|trip)\b"
    r"(?!\s+(?:of|by|to)\b)"
)
"""`Hai bên đánh giá cao kết quả chuyến thăm lần này`, `Orban said the visit would open …`, `the delegation's visit
aimed to …`: a visit named back, whose visitor the page does not name with it."""
_VISIT_BACK_AHEAD = re.compile(r"\b(?:sắp tới|tới đây|next|future|upcoming|coming)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _visit_named_back(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """`Ngày 9/5, tại Budapest, Thủ tướng A đã hội đàm với Thủ tướng Hungary B.` then `Hai bên đánh giá cao kết quả
    chuyến thăm lần này`: a visit named back (`_VISIT_BACK`) in a page that tells no visit is that of the side of the
    meeting who is away from home where its sentence places it (A, not B of Hungary; in Hà Nội, B), on the
    meeting's day; not a visit ahead or of another year, nor an envoy's (who lives there)."""
    if any(r.kind == EventKind.VISIT for r in records) or not any(
        w in doc.lower for w in ("chuyến thăm", "chuyến công tác", "visit", "trip")
    ):
        return []  # (a cheap test first)
    for m in _VISIT_BACK.finditer(doc.lower):
        sentence = doc.sentences[doc.sentence_index(m.start())]
        if (
            _PLANNED_VISIT.search(doc.lower, max(sentence.start, m.start() - 40), m.start())
            or _VISIT_BACK_AHEAD.search(doc.lower, sentence.start, sentence.end)
            or _YEAR.search(doc.text, sentence.start, sentence.end)
        ):
            continue
        visit = next((v for r in records if (v := _away_side(doc, r)) is not None), None)
        if visit is None:
            visit = _speaker_away(doc, records, doc.sentence_index(m.start()))
        return [visit] if visit is not None else []
    return []


def _speaker_away(doc: ArticleDoc, records: list[EventRecord], idx: int) -> EventRecord | None:
    """`Governor Y said the delegation's visit aimed to learn …`, `Tỉnh trưởng Y cho biết chuyến thăm lần này …`: the
    subject of the sentence that names the visit back, when he attended an event the page tells and is of another
    country than the page's (a foreign guest speaks of his own trip), is its visitor, on that event's day; not an
    envoy (who lives there). Where no sentence places the meeting, `_away_side` cannot tell which side travelled."""
    sentence = doc.sentences[idx]
    speaker = next(iter(doc.within(doc.people, sentence.start, sentence.end)), None)
    if speaker is None or len(doc.text[sentence.start : speaker.start].split()) > _SUBJECT_WORDS:
        return None
    home = doc.home_country or VIETNAM
    country = _country_of(doc, speaker.id)
    told = next(
        (r for r in records if r.kind != EventKind.VISIT and speaker.id in {p.id for p in r.people}),
        None,
    )
    if told is None or country is None or country == home or _resident(doc, speaker.id):
        return None
    return _visit_on(told, idx, [speaker])


def _away_side(doc: ArticleDoc, rec: EventRecord) -> EventRecord | None:
    """The visit of the one side of a meeting, a talk or a signing whose country is not the one its first sentence
    places it in, when the other side's is."""
    if rec.kind == EventKind.VISIT:
        return None
    idx = min(rec.sentences)
    sentence = doc.sentences[idx]
    here = {c for p in _places(doc, sentence.start, sentence.end, rec.kind) if (c := _country_of_place(doc, p))}
    if len(here) != 1:
        return None
    home = doc.home_country or VIETNAM  # (the sources are Vietnamese news: `Prime Minister A` is Việt Nam's)
    sides = {p.id: _country_of(doc, p.id) or home for p in rec.people}
    away = [p for p in rec.people if sides[p.id] and sides[p.id] not in here]
    if not away or not any(c in here for c in sides.values()) or len({sides[p.id] for p in away}) != 1:
        return None
    if _resident(doc, away[0].id):
        return None
    return _visit_on(rec, idx, away[:1])


def _hosts_at_home(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """`Tại buổi tiếp, Bí thư Tỉnh ủy X nhấn mạnh, chuyến thăm của Đại sứ …`, `X cho rằng, được tiếp … Tổng Lãnh sự …
    thăm và làm việc`: a visit word that a reception's sentence tells, read as the trip of its host (placed nowhere
    outside his country), is his guest's trip: one visit with the guest's own if the page tells one, else the guest's.
    The guest is the one named first after a reception word, else the first of the reception's people of another
    country than the host's. Not a visit the words name its visitor for, nor one of a host whose trip abroad its
    places tell (`Trong chuyến thăm Nhật Bản, Thủ tướng X tiếp Thống đốc Y`), nor the trip of the guest himself
    (`A tiếp đón đoàn tỉnh B thăm và làm việc, do Chủ tịch Y dẫn đầu`)."""
    out = list(records)
    for rec in [r for r in records if r.kind == EventKind.MEETING and _RECEPTION.search(r.trigger.lower() + " ")]:
        # (a meeting its words tell as a reception, `tiếp`, `buổi tiếp`, `received`: its host is at home)
        for visit in [v for v in out if v.kind == EventKind.VISIT and not v.visitor_named and v.people]:
            hosts = {p.id for p in visit.people}
            if (
                not hosts <= {p.id for p in rec.people}
                or not set(visit.sentences) <= set(rec.sentences)
                or not _compatible_dates(visit, rec)
            ):
                continue
            home = _country_of(doc, visit.people[0].id) or doc.home_country or VIETNAM
            guest = _received_guest(doc, rec, home)
            if (
                guest is None
                or guest.id in hosts
                or any(_country_of_place(doc, p) not in (None, home) for p in visit.places)
                or any(_host_travels(doc, i, min(guest.start, doc.sentences[i].end)) for i in visit.sentences)
            ):
                continue  # (the host's own trip abroad, `As part of her trip to A, X welcomed Y`: he receives people
                # of the place he visits)
            if any(v.kind == EventKind.VISIT and guest.id in {p.id for p in v.people} for v in out):
                out.remove(visit)
            else:
                visit.people, visit.principals = [guest], [guest.id]
    return out


def _received_guest(doc: ArticleDoc, rec: EventRecord, home: str) -> Span | None:
    """The guest of a reception: the first of its people named after a reception word in its sentences, else the first
    of them of a country other than `home`; none when the one so found is of `home` too (a host's own people)."""
    people = {p.id for p in rec.people}
    guest = None
    for idx in sorted(rec.sentences):
        sentence = doc.sentences[idx]
        for m in _RECEPTION.finditer(doc.lower, sentence.start, sentence.end):
            guest = next((p for p in doc.within(doc.people, m.end(), sentence.end) if p.id in people), None)
            if guest is not None:
                break
        if guest is not None:
            break
    if guest is None:
        guest = next((p for p in rec.people if _country_of(doc, p.id) not in (None, home)), None)
    return guest if guest is not None and _country_of(doc, guest.id) not in (None, home) else None
