"""The stage's entry point: `find_events` reads the article's events in order (the triggers of each sentence,
the events told besides them, merging, the main event and its day, attendance) and writes them."""

from __future__ import annotations

import re

from core.vocabulary import EventKind
from loaders.dates import MONTH, YEAR
from loaders.entities.doc import ArticleDoc
from loaders.entities.events.attendance import (
    _attendance,
    _between_bodies,
    _chairs_after,
    _chairs_listed,
    _delegation_members,
    _held_by_bodies,
    _named_back_alone,
    _opens_attendance,
    _presence,
    _present_listed,
    _provinces_as_sides,
    _quoted_at_one_named,
    _thankful_guests,
)
from loaders.entities.events.candidates import _candidates
from loaders.entities.events.days import (
    _date_line_month,
    _dateline_day,
    _day_named_before,
    _lead_day_of,
    _lead_month,
    _page_day,
)
from loaders.entities.events.emit import _emit
from loaders.entities.events.merging import (
    _compatible_dates,
    _merge,
    _one_ceremony,
    _one_visit_each,
    _pair_of_its_own,
    _same,
)
from loaders.entities.events.names import _given_name_mentions, _offices_of_another_country, _title_mentions
from loaders.entities.events.participants import (
    _delegation_heads,
    _delegation_leader,
    _named_in,
    _named_leader,
    _officials_of,
    _speakers,
)
from loaders.entities.events.record import EventRecord, marked
from loaders.entities.events.signings import (
    _background_signing,
    _lead_signing_sides,
    _signing_during,
    _signing_of_bodies,
    _signings_of_a_visit,
)
from loaders.entities.events.text import _LEAD, _lead_end
from loaders.entities.events.triggers import _SIDES, _triggers
from loaders.entities.events.visits import (
    _guest_visits,
    _hosts_at_home,
    _visit_named_back,
    _visits_by_several,
    _welcomed_delegation_visits,
    _welcomed_guest_visits,
)
from loaders.entities.events.visits_apposed import _visits_apposed
from loaders.entities.events.words import _EVENT_NOUNS, _MEETING_KINDS

_CEREMONY_ONLY = ("lễ trao", "lễ công bố")

_GUESTS_QUOTED = 2  # the officials quoted after a one-sided meeting with bodies who are taken as its other side


def find_events(doc: ArticleDoc) -> list[EventRecord]:
    """The article's events, read with the one-word given names English copy calls Vietnamese officials by (`Thanh
    said at a meeting with …`) as mentions of them; the people list the later stages read stays as it was."""
    read = doc.people
    names = _given_name_mentions(doc) if doc.article.lang == "en" else []
    given = [*names, *_title_mentions(doc, names)]
    foreign = _offices_of_another_country(doc) if doc.article.lang == "en" else set()
    if given or foreign:
        kept = [
            sp
            for sp in read
            if sp.start not in foreign and not any(g.start < sp.end and sp.start < g.end for g in given)
        ]
        doc.people = sorted([*kept, *given], key=lambda sp: sp.start)
    try:
        return _find_events(doc)
    finally:
        doc.people = read


def _find_events(doc: ArticleDoc) -> list[EventRecord]:
    records: list[EventRecord] = []
    for idx, triggers in sorted(_triggers(doc).items()):
        if _opens_attendance(doc, idx):
            continue  # `Tham dự buổi tiếp có …`: who attended the main event, added below
        for cand in _candidates(doc, idx, triggers):
            target = next((r for r in records if _same(r, cand)), None)
            if (
                target is None and cand.definite
            ):  # `The meeting, held online, …` after `co-chaired the first meeting of`
                target = next((r for r in reversed(records) if r.kind in _MEETING_KINDS), None)
                if target is not None and _pair_of_its_own(cand, target):
                    target = None
            if target is None and cand.kind == EventKind.SIGNING and not cand.date and cand.attended:
                # `A, B … đã tham dự lễ ký kết`: who attended the signing already told, not another one
                target = next((r for r in reversed(records) if r.kind == EventKind.SIGNING), None)
            if target is None:
                records.append(cand)
            else:
                _merge(target, cand)
    told = {i for r in records for i in r.sentences}
    for rec in records:
        if not rec.date and (day := _day_named_before(doc, rec, told)) is not None:
            rec.date, rec.end_date, rec.precision = day.start, None, day.precision
    dateline = _dateline_day(doc)
    for rec in records:  # `March 21 — … witnessed …`, then `At a ceremony …, the two leaders witnessed exchanges …`
        # (before the main event is chosen: what the article tells after it happened on its day)
        if dateline is not None and not rec.date and min(rec.sentences) <= _LEAD + 2 and rec.kind != EventKind.VISIT:
            rec.date, rec.end_date, rec.precision = dateline.start, None, dateline.precision
    # A dated event of the lead that names no one yet (`Sáng 22/12, UBND tỉnh tổ chức Lễ ký kết …`) can still be the
    # main event that the attendance list after it fills (`Tham dự buổi Lễ có …`).
    lead_end = _lead_end(doc)
    main = _main(doc, [r for r in records if r.people or (r.date and min(r.sentences) <= lead_end)])
    if main is not None:
        # a handover or announcement right after the main event (`chứng kiến lễ trao 02 văn kiện`) is part of it
        for other in [r for r in records if r is not main and r.trigger.lower() in _CEREMONY_ONLY]:
            if _compatible_dates(main, other):
                _merge(main, other)
                records.remove(other)
        for other in records:  # `On the sidelines of the signing ceremony, X held a meeting with Y`: on its day
            occasion = next(
                (r for r in records if r.date and r.kind in other.occasions and r.kind != EventKind.VISIT), None
            )
            if not other.date and occasion is not None:
                other.date, other.end_date, other.precision = occasion.date, None, occasion.precision
        for other in records:
            told_after = max(other.sentences) > min(main.sentences)
            headline = min(other.sentences) == 0 < min(main.sentences) <= _LEAD
            loose = other.precision == YEAR and bool(main.date) and str(main.date)[:4] == other.date
            if other is not main and (not other.date or loose) and main.date and (told_after or headline):
                # a signing or a meeting told after the article's main event, with no day of its own: during it (and
                # what the headline names, `… thăm và làm việc tại tỉnh X`, on the day its lead tells; one dated only by the
                # main event's year, `trao Thỏa thuận hợp tác … năm 2015`, on its day too)
                other.date, other.end_date, other.precision = main.date, main.end_date, main.precision
        _attendance(doc, main, records)
    for (
        other
    ) in records:  # `hội đàm` told with no day, then `Tối 11.7, X dự tiệc chiêu đãi do Y chủ trì`: the pair's day
        pair = set(other.principals)
        dated = next(
            (
                r
                for r in records
                if r.date
                and len(pair) >= 2
                and pair <= {p.id for p in r.people} | _named_in(doc, r)
                and bool(pair & {p.id for p in r.people})
                and not set(r.sentences) & set(other.sentences)
            ),
            None,
        )  # (or whose own sentence names the pair: `Chiều 20/10, A hoan nghênh B … thăm C`, a visit of B's alone; not
        # one told in the same sentence, whose day that sentence gave it and not the other: `At a meeting with Y, X
        # briefed him on the outcome of Z's visit … in May`; nor one neither of the pair was at, which that sentence
        # only reports to them, whichever sentence told their meeting first)
        if not other.date and dated is not None:
            other.date, other.end_date, other.precision = dated.date, None, dated.precision
        elif not other.date and len(pair) >= 2 and (day := _lead_day_of(doc, pair)) is not None:
            # `A and B on Monday discussed …`, then `The discussions took place as the two ministers co-chaired …`
            other.date, other.end_date, other.precision = day.start, None, day.precision
        elif (
            not other.date
            and min(other.sentences) <= _LEAD + 2
            and (day := _lead_day_of(doc, {p.id for p in other.people}, whole=False)) is not None
        ):
            # `X on August 22 asked China's Shaanxi province to …`, then `He made the suggestions at a meeting with
            # Y`: an event the lead tells without a day is on the day the lead gives one of its people
            other.date, other.end_date, other.precision = day.start, None, day.precision
    _chairs_listed(doc, records)
    _chairs_after(doc, records)
    _presence(doc, records)
    _present_listed(doc, records)
    _delegation_members(doc, records)
    lead = next((r for r in records if min(r.sentences) <= _LEAD + 1), None)
    if lead is not None and not lead.people and lead.kind != EventKind.VISIT and not any(r.people for r in records):
        # `Authorities of A and B held an online signing ceremony …`, then `X, Director of …, expressed …`: an event
        # whose sides are bodies is attended by the officials the article then quotes
        lead.people = _speakers(doc, min(lead.sentences), max(lead.sentences))
        lead.principals = list(dict.fromkeys(p.id for p in lead.people))[:3]
        lead.origin += "+speakers"
    for rec in records:
        host = {p.id for p in rec.people}
        if rec.kind == EventKind.MEETING and len(host) == 1 and rec.anew and not rec.listed and not rec.recounted:
            # `The delegation, led by X, worked with the CESE as well as leaders of the Normandy region`, then `Y,
            # chairwoman of the CESE …, highlighted …`, `On behalf of the leaders from the Normandy region, Z
            # expressed …`: a meeting with bodies is attended by the officials the article then quotes for them (not
            # talks only reported, `briefed his host on the outcome of talks with the Ministry of …`: held before)
            guests = [p for p in _speakers(doc, min(rec.sentences), max(rec.sentences)) if p.id not in host]
            rec.people += guests[:_GUESTS_QUOTED]
    _thankful_guests(doc, records)
    for rec in records:
        if not rec.people and rec.orgs and not rec.mention and rec.kind != EventKind.VISIT:
            # `The leaders of the Ho Chi Minh City People's Committee and the Government of Chungcheongbuk Province
            # signed a MoU on December 18`: the officials the article names at those bodies
            rec.people = _officials_of(doc, {o.id for o in rec.orgs})
            rec.principals = list(dict.fromkeys(p.id for p in rec.people))[:3]
            rec.origin += "+officials-of"
    for rec in records:
        heads = _delegation_heads(doc, min(rec.sentences), max(rec.sentences)) if rec.kind in _MEETING_KINDS else []
        if rec.people and len({p.id for p in heads}) >= 2:
            # `… during an intergovernmental commission meeting on Thursday.`, `The A delegation was led by X. Y headed
            # the B delegation.`, then `Other representatives … attending the meeting were …`: the heads too
            on_it = {p.id for p in rec.people}
            rec.people += [p for p in heads if p.id not in on_it]
        elif len({p.id for p in heads}) >= 2:
            # `The Foreign Office Consultations … was held …`, then `X led the A delegation while the B delegation was
            # led by Y`: a meeting of the two delegations, attended by their heads
            rec.people = heads
            rec.principals = [p.id for p in heads][:3]
            rec.origin += "+heads"
        elif not rec.people and rec.kind in _MEETING_KINDS and heads and not rec.mention and not rec.definite:
            # `The second session of the A-B Joint Ministerial Commission ended yesterday …`, then `the A delegation,
            # headed by Deputy Minister X, …`: a meeting naming no one, of which only one delegation's head is named
            rec.people = heads
            rec.principals = [p.id for p in heads][:3]
            rec.origin += "+heads"
        elif not rec.people and rec.kind == EventKind.VISIT:
            rec.people = _delegation_leader(doc, min(rec.sentences)) or _named_leader(doc, min(rec.sentences))
            rec.principals = [p.id for p in rec.people]
            rec.origin += "+leader"
            for met in records:  # `Đoàn … đến thăm, làm việc với tỉnh A`: its leader at the meeting told with it
                if met.kind in _MEETING_KINDS and min(met.sentences) == min(rec.sentences) and met.people:
                    met.people = [*rec.people, *met.people]
        elif not rec.people and rec.kind in _MEETING_KINDS and (leader := _named_leader(doc, min(rec.sentences))):
            # `Đón tiếp đoàn, về phía huyện A có …` after `Đoàn công tác … do ông X làm Trưởng đoàn đã đến thăm …`, `The
            # delegation, which included …, met …`: a meeting of a delegation, naming no one, is its leader's
            rec.people = leader
            rec.principals = [p.id for p in leader]
            rec.origin += "+leader"
        elif (
            not rec.people
            and main is not None
            and (
                rec.date
                or (rec.kind == EventKind.SIGNING and not main.date and bool(set(rec.sentences) & set(main.sentences)))
                or (
                    rec.kind == EventKind.SIGNING
                    and bool(_SIDES.match(doc.sentences[min(rec.sentences)].text.lstrip()))
                )
            )
            and rec is not main
            and main.people
            and _SIDES.search(doc.sentences[min(rec.sentences)].text)
        ):  # `On July 24, the two sides signed …`; `During the talks, the two sides signed …` (undated talks' sentence);
            # `Leaders of A and B provinces sign a memorandum …` (a caption under the story of their meeting, undated:
            # signed there, that day)
            rec.people = list({p.id: p for p in main.people}.values())
            rec.principals = [p.id for p in rec.people][:3]
            rec.origin += "+main-sides"
            if not rec.date:
                rec.date, rec.end_date, rec.precision = main.date, main.end_date, main.precision
    _lead_signing_sides(records, main)
    _talks_named_back(records, main)
    told_only = records
    signed_by_people = any(r.people for r in records if r.kind == EventKind.SIGNING)
    page = _page_day(doc)  # (the year the story is told in: its main event's, else the page's)
    year = main.date[:4] if main is not None and main.date else page.start[:4] if page is not None else None
    provincial = set()
    for rec in records:  # (`… Hội đàm … giữa hai tỉnh A và B`: the provinces are its sides, no one named)
        if sides := _provinces_as_sides(doc, rec):
            rec.orgs = [*rec.orgs, *(p for p in sides if p not in rec.orgs)]
            provincial.add(id(rec))
    records = [
        r
        for r in records
        if (
            r.people
            or id(r) in provincial
            or _signing_of_bodies(r, main)
            or _held_by_bodies(doc, r)
            or _between_bodies(doc, r)
            or (not signed_by_people and _signing_during(doc, r, main))
        )
        and not _background_signing(doc, r, main, year)
    ]
    named = [r for r in records if r.trigger.lower() not in _EVENT_NOUNS]
    if named:  # (`the event` on a page that tells its event in words of its kind: that event named back)
        records = named
    if not records:
        records = marked(_named_back_alone(doc, told_only), "named-back-alone")
    records += marked(_guest_visits(doc, records), "guest-visit")
    records += marked(_welcomed_guest_visits(doc, records), "welcomed-guest-visit")
    records += marked(_welcomed_delegation_visits(doc, records), "welcomed-delegation-visit")
    records += marked(_visits_by_several(doc, records), "visits-by-several")
    records += marked(_visit_named_back(doc, records), "visit-named-back")
    records += marked(_visits_apposed(doc, records), "visit-apposed")
    records = _hosts_at_home(doc, records)
    records = _one_ceremony(records)
    records = _signings_of_a_visit(doc, records)
    records = _one_visit_each(records)
    for rec in records:  # `Bên lề lễ ký [on 18/2], X đã có cuộc trao đổi với Y`: on the day of its occasion
        occasion = next((r for r in records if not rec.date and r.date and r.kind in rec.occasions), None)
        if occasion is not None:
            rec.date, rec.end_date, rec.precision = occasion.date, None, occasion.precision
    page_day = _page_day(doc)
    for rec in records:  # `BUSAN, VNA – X and his counterpart Y have discussed …` on a page dated 2019-11-28
        if (
            page_day is not None
            and not rec.date
            and min(rec.sentences) <= _LEAD + 2
            and rec.kind != EventKind.VISIT
            and not any(_COUNTED_BACK.search(doc.sentences[i].text) for i in rec.sentences)
        ):
            rec.date, rec.end_date, rec.precision = page_day.start, None, page_day.precision
    written = page_day or _date_line_month(doc) or _lead_month(doc, lead_end)
    if written is not None and records and not any(r.date for r in records):
        # (a report that dates none of its events tells what happened as it was written: the page's month, from its
        # date header or the date line at its top; an event told later than the lead as much as one the lead tells;
        # not one told `two weeks ago`, counted back from it)
        for rec in records:
            if not any(_COUNTED_BACK.search(doc.sentences[i].text) for i in rec.sentences):
                rec.date, rec.end_date, rec.precision = written.start, None, written.precision
    months = {r.date[:7] for r in records if r.date and len(r.date) >= 7}
    if len(months) == 1:  # every dated event of the article in one month: the undated ones of its story too
        month = months.pop()
        # (and one dated by a bare year, `ký kết Bản thỏa thuận … năm 2012`: the document's; not a visit, `vào năm
        # 2018 nhân chuyến thăm chính thức … của X`: a past visit of its own year)
        for rec in records:
            if not rec.date or (rec.precision == YEAR and rec.date != month[:4] and rec.kind != EventKind.VISIT):
                rec.date, rec.end_date, rec.precision = month, None, MONTH
    if main is not None and main not in records:
        main = _main(doc, records)
    _quoted_at_one_named(doc, records)
    for rec in sorted(records, key=lambda r: (r.date is None, r.date or "", min(r.sentences))):
        _emit(doc, rec, rec is main, _framed_sides(rec, records))  # in the order they happened (undated ones last)
    return records


_COUNTED_BACK = re.compile(
    r"\b(?:\d+|hai|ba|bốn|năm|vài|mấy|two|three|four|five|six|several|a few)\s+(?:ngày|tuần|tháng|năm|days?|weeks?"
    r"|months?|years?)\s+(?:trước|qua|ago|earlier|before)\b",
    re.I,
)
"""`Hai tuần trước`, `three weeks ago`: a time counted back from the page's day, which is then not the event's month."""


def _framed_sides(rec: EventRecord, records: list[EventRecord]) -> frozenset[str]:
    """The bodies that a visit's sentences name as the sides of another event they tell (`Trong khuôn khổ chuyến thăm
    … của X, Bộ A đã ký … với Bộ B`, `within the framework of X's visit, A and B signed …`): that event's, not the
    visit's, whose participants are its visitor and delegation (docs/annotation-conventions.md, "A visit beside its
    meetings")."""
    if rec.kind != EventKind.VISIT or not rec.people:
        return frozenset()
    told = set(rec.sentences)
    return frozenset(
        o.id
        for other in records
        if other is not rec and other.kind != EventKind.VISIT and told & set(other.sentences)
        for o in other.orgs
        if o.id
    )


def _main(doc: ArticleDoc, records: list[EventRecord]) -> EventRecord | None:
    """The article's main event: the first one named in the headline or the lead, else the most mentioned."""
    lead = [r for r in records if min(r.sentences) <= 2]
    if lead:  # (a dated one first: `MOIT and Guangxi sign memorandum …` heads `On October 25, X held talks with Y`;
        # a visit is the frame of what the lead tells, not its main event)
        return min(lead, key=lambda r: (not (r.date and r.people) or r.kind == EventKind.VISIT, min(r.sentences)))
    return max(records, key=lambda r: len(r.sentences), default=None)


def _talks_named_back(records: list[EventRecord], main: EventRecord | None) -> None:
    """`Thai Prime Minister A and Vietnamese counterpart B witnessed the exchange of …`, then `Key highlights from the
    bilateral discussions included:` or `At the meeting, the two nations sought …`: a meeting only named back, with no
    one of its own, on a page none of whose meetings names anyone, is the talks of the pair its main event names (news
    of two leaders' signing or visit tells their talks as the occasion, not anew)."""
    if main is None or main.kind in _MEETING_KINDS or any(r.people for r in records if r.kind in _MEETING_KINDS):
        return
    pair = list({p.id: p for p in main.people}.values())
    back = next((r for r in records if r.kind in _MEETING_KINDS and (r.definite or r.mention)), None)
    if len(pair) < 2 or back is None:
        return
    back.people, back.principals = pair, [p.id for p in pair][:3]
    back.origin += "+talks-back"
    if not back.date:
        back.date, back.end_date, back.precision = main.date, None, main.precision
