"""Merging one event told several times: whether two records are one event (`_same`), folding one into the
other, the signings of one day as one ceremony and one person's visit told again as one visit."""

from __future__ import annotations

from datetime import date

from core.vocabulary import EventKind
from loaders.entities.events.record import EventRecord
from loaders.entities.events.words import _occasion_sort


def _one_ceremony(records: list[EventRecord]) -> list[EventRecord]:
    """The signings an article tells of one day (`A and B signed …; C exchanged … with D; E and F signed …`) are
    the documents of one ceremony: one signing event with all who signed them, as news means it."""
    signings = [r for r in records if r.kind == EventKind.SIGNING]
    if len(signings) < 2:
        return records
    first = signings[0]
    for other in signings[1:]:
        # (`the MoU was successfully signed, especially in 2023` and `on May 8 signed a MoU`: a year or a month that
        # holds the other's day is that day, told loosely)
        if _compatible_dates(first, other):
            if other.date and (not first.date or len(other.date) > len(first.date)):
                first.date, first.end_date, first.precision = other.date, other.end_date, other.precision
            _merge(first, other)
            records.remove(other)
    return records


_VISIT_DAYS = 7  # days: two mentions of one person's visit this close are one visit (a visit lasts days)


def _one_visit_each(records: list[EventRecord]) -> list[EventRecord]:
    """`his visiting Vietnamese counterpart X` in a story of today and `X … arrived yesterday for a three-day official
    visit`: the visits of one visitor told a few days apart are one visit (from its earliest day)."""
    if sum(1 for r in records if r.kind == EventKind.VISIT) < 2:
        return records
    out: list[EventRecord] = []
    for rec in sorted(records, key=lambda r: (r.kind != EventKind.VISIT, r.date or "9999")):
        who = {p.id for p in rec.people}
        same = next(
            (
                v
                for v in out
                if rec.kind == EventKind.VISIT
                and v.kind == EventKind.VISIT
                and who == {p.id for p in v.people}
                and _days_apart(v, rec) <= _VISIT_DAYS
            ),
            None,
        )
        if same is None:
            out.append(rec)
        else:
            _merge(same, rec)
    return [r for r in records if r in out]


def _days_apart(a: EventRecord, b: EventRecord) -> int:
    """Days between two events' dates (0 when either has none or only a month or year that the other's falls in)."""
    if not a.date or not b.date or len(a.date) < 10 or len(b.date) < 10:
        return 0 if _compatible_dates(a, b) else _VISIT_DAYS + 1
    return abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days)


def _compatible_dates(a: EventRecord, b: EventRecord) -> bool:
    return not a.date or not b.date or a.date[: len(b.date)] == b.date[: len(a.date)]


def _same(rec: EventRecord, cand: EventRecord) -> bool:
    if rec.kind != cand.kind or not _compatible_dates(rec, cand) or set(rec.sentences) & set(cand.sentences):
        return False  # (the events one sentence names are distinct: `các cuộc hội kiến với A, B`, a meeting each)
    a, b = set(rec.principals), {p.id for p in cand.people}
    if rec.kind == EventKind.MEETING:
        if _occasion_sort(rec.trigger) != _occasion_sort(cand.trigger):
            # `Tối 11.7, X dự tiệc chiêu đãi do Y chủ trì` after their talks: the banquet is its own (and a welcome
            # ceremony, `Prior to the talks, X hosted an official welcome ceremony for Y`, is not the talks)
            return False
        # `Tại buổi làm việc`, `Phát biểu tại Hội đàm`: an undated meeting mention refers back to the meeting
        # (a headline's `X meets new ambassadors` names its guests only in the sentences after it: those count)
        told = a | {p.id for p in rec.people} if min(rec.sentences) == 0 else a
        if (cand.date or cand.listed or cand.anew) and len(b) >= 2 and told - b and b - told:
            return False  # dated, with a counterpart of its own: `The same day, Minister Dung met with …`
        if cand.listed and len(b) >= 2 and b - a:
            return False  # (`X met officials …. He also held talks with A, B, and C`: one with each guest)
        if any(not pid.startswith("person:") for pid in set(cand.principals) - a):
            return False  # (one of the meetings with bodies a sentence lists: `held working sessions with A and B`)
        if cand.recounted:
            return False  # (`briefed his host on the outcome of talks with …`: talks of their own, held before)
        if cand.paired and len(b) >= 2 and not b & told:
            return False  # `During the meeting between A and B, …` after X met Y: a meeting of A's and B's, not X's
        if cand.earlier and b - a:
            return False  # `following the talks between A and Z`: talks of their own before the event told
        if cand.again and b - a:
            return False  # `X and Z also met business representatives`: another meeting, with someone of its own
        if cand.another and b - a - {p.id for p in rec.people}:
            return False  # `During a working session with Y, X …` after X met Z: another meeting, with Y
        if not cand.mention and len(b) >= 2 and a and not a & b:
            return False  # `A gặp B. C gặp D.`: told anew with a pair of its own, not the meeting told before
        if _guest_told_apart(rec, cand):
            return False  # `Meeting Ambassador A, X …`, then `At a reception for Ambassador B, X …`: a meeting each
        return not cand.date or not a or not b or bool(a & b)
    if rec.kind == EventKind.CONFERENCE and cand.mention and not cand.date:
        return True  # (`Phát biểu khai mạc Hội nghị, Bộ trưởng Y …`: the conference told before, where Y spoke too)
    # (`Ngày 16/8, diễn ra lễ ký …` after `Đại diện buổi lễ ký kết … có ông A và ông B`: the signing named again, dated;
    # `The signing ceremony … was held on August 5` and then `At the signing ceremony, Mr. X …`: its people)
    return bool(a & b) or (not b and (not rec.date or rec.date == cand.date)) or not a


def _guest_told_apart(rec: EventRecord, cand: EventRecord) -> bool:
    """`X received the ambassadors of A and B.`, `Meeting Ambassador Y, X …`, then `At a reception for Ambassador Z,
    X …`: a host's meeting told anew in a sentence of its own with a guest of its own, after a sentence of its own
    gave the event another guest, is another meeting (news tells the guests of one day apart when it received them
    apart; one told with them all, `received Y and Z`, stays one)."""
    if cand.mention or cand.definite:
        return False
    told = {p.id for p in cand.people}
    guests = {g for g in (*rec.principals, *rec.guests) if g.startswith("person:")} - told
    return bool(guests) and bool(told & {p.id for p in rec.people}) and bool(told - {p.id for p in rec.people})


def _pair_of_its_own(cand: EventRecord, before: EventRecord) -> bool:
    """`During the meeting between A and B, …` after X met Y: a meeting named back with a pair of its own, none of whom
    was at the meeting told before, names another meeting (one told before with no one at it, `officials in a
    meeting in Hanoi underlined …`, may still be it)."""
    pair = {p.id for p in cand.people}
    return cand.paired and len(pair) >= 2 and bool(before.people) and not pair & {p.id for p in before.people}


def _merge(into: EventRecord, other: EventRecord) -> None:
    if not into.date and other.date:
        into.date, into.end_date, into.precision = other.date, other.end_date, other.precision
    if other.kind == EventKind.MEETING and not other.mention and not other.definite:
        # (the guests its sentences of their own told it with: `_guest_told_apart`)
        known = {p.id for p in into.people}
        into.guests.extend(p.id for p in other.people if p.id not in known and p.id.startswith("person:"))
    into.people.extend(other.people)
    if not into.principals:
        into.principals = other.principals
    into.places.extend(p for p in other.places if p not in into.places)
    # (a later mention, `trong cuộc gặp`, brings its speakers, not the bodies its sentence talks about)
    if not into.people and not into.orgs and not other.people and not other.mention and not other.definite:
        # `Vietnam & South Korea sign MoU …` (a headline, no one named), then `Association A and Federation B have
        # signed an MoU …`: the bodies of the clause that tells the event are its sides, not only mentioned
        into.orgs.extend(o for o in other.orgs if o not in into.orgs)
    into.sentences.extend(i for i in other.sentences if i not in into.sentences)
