"""One event read from one trigger (`_candidate`): its kind, people, places and day, and how it was told
(named back, anew, as an occasion, still ahead).

The largest single rule of the stage, with the helpers only it uses."""

from __future__ import annotations

import re

from core.vocabulary import EventKind
from loaders.dates import DAY, DateMention
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.events.countries import _places
from loaders.entities.events.days import _names_documents_year
from loaders.entities.events.occasions import _MENTION, _commemorated, _is_mention, _named_only, _spoken_of
from loaders.entities.events.participants import (
    _BEFORE_NAME,
    _WITH_AFTER,
    _antecedent,
    _clause_orgs,
    _guest_before,
    _latter_or_former,
    _lead_pair,
    _leader_before,
    _list_subject,
    _people_before,
    _traveller_before,
    _visiting_delegation_leader,
    _welcomed_visitors,
)
from loaders.entities.events.record import EventRecord
from loaders.entities.events.text import _LEAD, _clause_end_after, _occasion_clauses
from loaders.entities.events.triggers import (
    _ATTEND_VERB,
    _NOUN_WORDS,
    _ON_VISIT,
    _PAIR_TALK,
    _PLURAL_SIDES,
    _SIDES,
    _SUBJECT_DELEGATION,
    _TITLED_SIDES,
)
from loaders.entities.events.words import _MEETING_KINDS
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_DEFINITE = compile_gated(r"\b(?:the|this|that)\s+(?:[\w’'-]+\s+){0,3}$")
"""`The meeting, held online, …`, `At the meeting, …`: a meeting told already (whatever word first named it)."""
_JOINED_TOLD = compile_gated(r"\b(?:tham dự|dự)\s+$")
_ENDS_HERE = re.compile(r"\s*(?:này|nói trên|trên)?\s*[.;]?\s*$")
"""A meeting word right after `dự`/`tham dự` that ends its sentence (`… cũng tham dự cuộc họp.`): the one told before."""
_DEFINITE_DATE_REACH = 50  # characters after the word: `The meeting took place in Hanoi on May 5` dates it
"""Event words also verbs that are events as nouns after a determiner (`a meeting`, not `meeting demand`)."""

_SINCE = compile_gated(r"\b(?:since|kể từ|từ khi)\b[^,;]*$")
"""A day after `since` is the day something is counted from, not the day of the event told before it."""
_WHO_JUST_BEFORE = re.compile(r",\s*who\s+(?:has\s+|had\s+|also\s+)?$")
"""`Mrs. X, Vice President of …, who paid a visit to …`: the visit word right after the relative pronoun is X's."""

_SPEECH_AT = compile_gated(
    r"\b(?:phát biểu (?:khai mạc|bế mạc|chào mừng|kết luận|tổng kết|chỉ đạo)(?: tại)?|addressing|(?:opening|closing)"
    r" (?:remarks|speech) at)\s+(?:the\s+)?$"
)
"""`Phát biểu khai mạc Hội nghị, Bộ trưởng Y …`, `Addressing the forum, …`, `In his opening remarks at the conference`:
a speech given at the event told before, which names it again (so it is a mention, not another event)."""
_A_MENTION = compile_gated(r"\b(?:during|at|in)\s+(?:a|an)\s+$")
"""`During a working session with Governor X on November 25, …`: an event told anew in an opening phrase (an
indefinite one, with whom and its day), not one named back as `At the meeting` is."""

_PRIOR = re.compile(r"\b(?:following|after|before|prior to|ahead of|sau khi|trước khi)\s+(?:the\s+|their\s+|cuộc\s+)?$")

_BETWEEN_AFTER = re.compile(r"\s+(?:between|giữa)\s+")
"""`following the talks between A and B`, `sau cuộc hội đàm giữa A và B`: an earlier meeting named with its own pair."""
_INDEFINITE = compile_gated(r"\b(?:[aA]|[aA]n|[aA]nother)\s+(?:[\w-]+\s+)?$")
"""`During a working session with Y`, `at another meeting with Y`: a meeting told as one not named before."""


def _indefinite_before(doc: ArticleDoc, s_start: int, at: int) -> bool:
    """Whether an indefinite article stands right before the event word at `at` (`_INDEFINITE`), read in the text as
    written: a capital `A`/`An` is the article only where the sentence opens with it (`A working session on …`), not
    the given name that ends a Vietnamese name (`Prime Minister Pham Van An held talks with …`)."""
    m = _INDEFINITE.search(doc.text, max(s_start, at - 24), at)
    return m is not None and (doc.text[m.start()].islower() or not doc.text[s_start : m.start()].strip(" *•-–\"'"))


_ALSO = compile_gated(r"\b(?:also|cũng|còn)\s+(?:(?:đã|có|held|had)\s+)?$")
"""`X and Z also met …`, `Bộ trưởng X cũng đã tiếp …`: a meeting told anew besides the one told before."""

_SAME_DAY = compile_gated(
    r"\b(?:cùng ngày|trong cùng ngày|cũng trong ngày|the same day|that same day|(?:later|earlier) (?:that|the same|in the)"
    r" day|on the same day|(?:also )?(?:on )?that day|trước đó cùng ngày|(?:after|upon|on) (?:his |her |their |the )?arrival"
    r"|ngay (?:sau )?khi (?:đến|tới))\b",
    re.I,
)
"""An event told on the day of the last day the text named (`After arrival, the delegation was received …` after
`arrived in Phnom Penh yesterday afternoon`)."""

_VISITING = re.compile(r"(?:,\s*)?who\s+(?:is|was)\s+(?:currently\s+|now\s+)?$")
"""`X, who is visiting Hanoi, …`: X's visit (and `visiting` as an adjective, `his visiting counterpart X`, is the
visit of whom it qualifies)."""

_HIS_BEFORE = compile_gated(
    r"\b(?:his|her)\s+(?:(?:first|ongoing|current|recent|official|state|working|two-day|three-day"
    r"|four-day|five-day|\w+-day)\s+){0,3}$"
)
"""`during his official visit`, `on her first state visit`: the visit of the person the possessive stands for."""
_HIS_WORD = re.compile(r"(?:his|her)\s")
"""An event word that holds its possessive (`during his stay in X`): the visit of whom it stands for, as above."""
_PAST_WHEN = compile_gated(r"\b(?:ever since|since|kể từ)\s+(?:(?:năm|the year)\s+)?\d{4}\s*,?\s+(?:when|khi)\b")
"""`…, the first high-level trip since 2005 when then-President Z visited`: who the clause names was at an event of
that year, not at the one told before it."""

_VISIT_BY = re.compile(r"\s+(?:by|of|của)\s+")
_THIS_BEFORE = compile_gated(
    r"\b(?:this|that|the same|(?:during|on|throughout) the(?: [\w-]+-day| official| state| working){0,2})\s+$"
)
_THIS_AFTER = re.compile(r"\s+(?:này|lần này)\b")
"""`During this visit`, `trong chuyến thăm này`: the visit told already, whose people are not this sentence's."""
_VISIT_PRAISED = compile_gated(
    r"\b(?:đánh giá cao|hoan nghênh|chào mừng|cảm ơn|welcomed|welcomes|appreciated|appreciates|praised|hailed|valued"
    r"|spoke highly of|thanked \S+ for|welcoming|hailing|praising|appreciating|valuing)\s+(?:\S+\s+){0,8}$"
)
"""A visit that the subject praises or welcomes is someone else's (whom its own words may name), not the subject's."""

_VISIT_BY_LATER = re.compile(r"(?:,(?=\s+làm việc\b))?(?:\s+(?!mời\b|invitation\b)[^\s,;.()]+){1,8}?\s+(?:của|by)\s+")
"""`chuyến thăm chính thức LB Nga lần đầu tiên của Chủ tịch nước X`, `the visit to Japan by Prime Minister X`: the
visitor named later in the visit's own phrase (`chuyến thăm, làm việc tại tỉnh A của Tổng Lãnh sự X`: the work joined to the
visit by a comma is of its phrase; not after `of`, which may be a place's, `Republic of Korea`, nor
after an invitation, `theo lời mời của X`: X invited)."""
"""`the ongoing visit by Deputy Prime Minister X`, `chuyến thăm của X`: X's visit."""

_INVITED_BY = compile_gated(r"\b(?:theo lời mời của|nhận lời mời của|at the invitation of|on the invitation of)\b")

_PAST_YEARS = 5  # years before the latest one an article names: a date that old dates no event far from its word
_PLACE_THEN_DAY = re.compile(r"\s*,?\s*(?:on|in|vào|ngày|vào ngày)?\s*$", re.I)
"""What may stand between an event's place and its day (`in Tashkent on 3 October 2011`, `to Azerbaijan in 1959`,
`tại Minsk ngày 22/6/2018`)."""
_NEAR_TRIGGER = 30  # characters
_DAY_THEN_OCCASION = re.compile(
    r"\s*,?\s*(?:during|on the occasion of|trong|nhân)\s+(?:(?:dịp|chuyến|khuôn khổ|cuộc)\s+)?"
    r"(?:[^\s,.;()]+\s+){0,5}$"
)
"""What may stand between a day and the visit it is the day of (`signed … on March 26, 2004 during President X's visit
to Y`, `ký ngày 12/3/2008 nhân chuyến thăm của X`): the occasion clause right after the day."""

_OPENING_DATE = 25  # characters: a day this near the start of its sentence is the time the sentence is set at

_MEETINGS_TOLD = compile_gated(
    r"\b(?:các|những)\s+(?:buổi|cuộc)\s+(?:tiếp|gặp|hội kiến|làm việc)\b|\btiếp(?: xã giao)?\s+(?:các|những)\s+đoàn\b"
)
"""Meetings told in the plural (`có các buổi tiếp những đoàn khách`, `tiếp xã giao các đoàn khách quốc tế`)."""


_HELD_THEN = re.compile(r",\s*(?:which\s+was\s+|was\s+)?(?:held|hosted|convened|diễn ra|được tổ chức|tổ chức)\s")
"""`The eighth meeting on border province cooperation and development, held in Ho Chi Minh City October 27-28, …`: the
participle clause after the event word that tells where and when it was held."""
_HELD_DATE_REACH = 160  # characters after the word: the event word's name and its `held …` clause


def _held_then_day(doc: ArticleDoc, at: int, d: DateMention) -> bool:
    """Whether a day after a definite event word is the one its own `, held in …` clause gives (`The eighth meeting on
    …, held in Ho Chi Minh City October 27-28`), however long its name: that clause tells the event, not another
    time (no sentence break, semicolon or other clause between)."""
    if not 0 < d.offset - at <= _HELD_DATE_REACH:
        return False
    held = _HELD_THEN.search(doc.lower, at, d.offset)
    return held is not None and not any(c in doc.text[held.end() : d.offset] for c in ",;")


def _day_then_occasion(doc: ArticleDoc, at: int, d: DateMention) -> bool:
    """Whether a day stands right before the occasion clause that names the event at `at` (`on March 26, 2004 during
    President X's visit to Y`): the day of what was done on that occasion is the occasion's too, however long ago."""
    return d.end_offset <= at and bool(_DAY_THEN_OCCASION.fullmatch(doc.lower, d.end_offset, at))


def _place_then_day(doc: ArticleDoc, at: int, d: DateMention) -> bool:
    """Whether a day after the event word comes right after a place (`held negotiations with Y in Tashkent on 3 October
    2011`, `the visit of X to Azerbaijan in 1959`): news writes an event's place and then its day, so that day is the
    event's however long ago (a page whose furniture names a later year, `Currency rates from 07/10/2024`, still tells
    of 2011); a past day told without a place (`signed … on May 19, 1988`, `KPL's establishment on January 6, 1968`)
    stays another time's."""
    if d.offset <= at:
        return False
    place = next((p for p in reversed(doc.within(doc.places, at, d.offset)) if p.end <= d.offset), None)
    return place is not None and bool(_PLACE_THEN_DAY.fullmatch(doc.text, place.end, d.offset))


def _candidate(doc: ArticleDoc, idx: int, triggers: list[tuple[bool, int, str, str]]) -> EventRecord:
    sentence = doc.sentences[idx]
    occasion, at, kind, word = min(triggers)
    people = [
        p
        for p in doc.within(doc.people, sentence.start, sentence.end)
        if not _commemorated(doc, p) and not (p.start > at and _spoken_of(doc, sentence.start, at, p))
    ]
    clauses = _occasion_clauses(doc, sentence.start, sentence.end)
    occasion = occasion or any(a <= at < b for a, b in clauses)
    if not occasion:  # `Trong khuôn khổ chuyến thăm … của Chủ tịch nước X, …`: X is the occasion's, not this meeting's
        people = [p for p in people if not any(a <= p.start < b for a, b in clauses)]
    named = _named_only(doc, sentence.start, sentence.end)
    if named and not any(a <= at < b for a, b in named):
        # `received Y, who conveyed greetings from Prime Minister Z`, `to prepare for the upcoming visit of Z`: Z is
        # only named, not at the event
        people = [p for p in people if not any(a <= p.start < b for a, b in named)]
    if kind in _MEETING_KINDS and _PRONOUN_SUBJECT.match(sentence.text):
        # `He made the suggestions at a meeting with Y`, `She later met with Y`: the subject is whom the sentence
        # before speaks of first
        antecedent = _antecedent(doc, idx)
        if antecedent is not None and antecedent.id not in {p.id for p in people}:
            people = [antecedent, *people]
    if (subject := _list_subject(doc, idx)) is not None and subject.id not in {p.id for p in people}:
        # `Ngày 23/11, Thủ tướng X đã đến thăm tỉnh A; gặp Thống đốc B; tham dự Hội nghị …`: an item of a list of
        # what one person did, which the semicolons cut into sentences of their own, is his (whom it names besides
        # is whom he met)
        people = [subject, *people]
    titled = [p for p in people if not p.data.get("bare")]  # (`Hai Bộ trưởng`: a bare title names no one)
    plural = idx > _LEAD and bool(_PLURAL_SIDES.match(sentence.text))
    if not titled and (idx <= _LEAD or plural or _SIDES.search(sentence.text)):
        people = _people_before(doc, idx) or people  # `During a working session on February 23, the two sides agreed …`
        if idx > _LEAD and (plural or _TITLED_SIDES.search(sentence.text)):
            # `The two prime ministers had earlier led their delegations in a meeting`: the pair the article is
            # about, which its lead names, not whoever the sentence before paired (two signers of a document)
            people = _lead_pair(doc) or people
        if not people and idx <= _LEAD and _is_mention(doc, sentence.start, at):
            # `X and Y have looked into …` then `At the meeting, which took place on February 28, …`: the lead's
            # meeting, whoever of its sides the lead names
            people = _people_before(doc, idx, least=1)
    elif len({p.id for p in people}) < 2 and kind == EventKind.MEETING and _SIDES.search(sentence.text):
        # `a bilateral meeting between the two leaders`: the two named before, with whoever this sentence names (the
        # lead's pair when no sentence just before names two: `The two leaders … then attended lunch hosted by X`)
        before = _people_before(doc, idx) or (_lead_pair(doc) if _TITLED_SIDES.search(sentence.text) else [])
        people = list({p.id: p for p in [*before, *people]}.values())
    elif (
        kind == EventKind.MEETING
        and len({p.id for p in people}) == 1
        and not _ATTEND_VERB.search(doc.lower, max(sentence.start, at - 40), at)
    ):
        # `During his talks with Minister X, the guest …`, `During a meeting in Berlin, Y also …`: a meeting needs
        # two sides, and one named alone is of the pair the sentence just before named with him (not a meeting he
        # attended, `Director X also attended a meeting on …`)
        pair = _people_before(doc, idx)
        if people[0].id in {p.id for p in pair}:
            people = list({p.id: p for p in [*pair, *people]}.values())
    if (
        kind != EventKind.VISIT
        and not any(p.start < at for p in people)
        and _SUBJECT_DELEGATION.search(doc.lower, sentence.start, at)
    ):
        # `On October 13, the delegation met with Karim X`, `Đoàn công tác đã làm việc với …`: whom leads it
        leader = _leader_before(doc, idx) or _traveller_before(doc, idx, at)
        people = [*leader, *(p for p in people if p.id not in {x.id for x in leader})]
    owner = next(
        (p for p in doc.within(doc.people, sentence.start, at) if doc.text[p.end : at].strip() in ("'s", "’s")), None
    ) or _latter_or_former(doc, sentence.start, at)
    visitor = _visitor(doc, sentence.start, sentence.end, at, at + len(word)) if kind == EventKind.VISIT else None
    if kind == EventKind.VISIT and owner is not None:
        people = [owner]  # `in conjunction with Chinh’s official visit to Malaysia`: his visit, not his host's
    elif visitor is not None:
        people = [visitor]
    elif leader := (_visiting_delegation_leader(doc, idx, at) if kind == EventKind.VISIT else []):
        people = leader
    elif (
        kind == EventKind.VISIT
        and _ON_VISIT.search(doc.lower, max(sentence.start, at - 90), at)
        and ", who" in (doc.lower[max(sentence.start, at - 90) : at])
    ):
        people = []  # (`Ismail Sabri, who is on a two-day official visit …`: a visitor not read as a person is no one)
    elif kind == EventKind.VISIT and (
        _THIS_BEFORE.search(doc.lower, max(sentence.start, at - 40), at) or _THIS_AFTER.match(doc.lower, at + len(word))
    ):
        people = []  # (`During this visit, X paid a courtesy call to A, held talks with B`: the visit told before)
    elif kind == EventKind.VISIT and (welcomed := _welcomed_visitors(doc, idx, at)) is not None:
        people = welcomed  # (`A chào mừng Đoàn công tác quận X, thành phố Y, … đã đến thăm`: the delegation's visit)
    elif kind == EventKind.VISIT and _VISIT_PRAISED.search(doc.lower, max(sentence.start, at - 50), at):
        people = []  # (`Putin hoan nghênh và đánh giá cao chuyến thăm …`, `welcomed the visit`: another's visit, named)
    elif (
        kind == EventKind.VISIT
        and people
        and (_HIS_BEFORE.search(doc.lower, max(sentence.start, at - 40), at) or _HIS_WORD.match(word.lower()))
    ):
        # `During his official visit to Japan …, Prime Minister X met with Y and received Z`: the visit is the
        # subject's (the guest's after a reception verb, `X welcomed Y on her first visit`), not whom he met
        guest = _guest_before(doc, sentence.start, at)
        people = [guest] if guest is not None else people[:1]
    elif kind == EventKind.VISIT and not occasion and any(p.start < at for p in people):
        # `X paid an official visit to Việt Nam and co-chaired … with Y`: the visitor is the subject, not whom he met
        people = [p for p in people if p.start < at]
    elif kind == EventKind.VISIT and (inviter := _INVITED_BY.search(doc.lower, at, sentence.end)) is not None:
        # `… thăm chính thức Việt Nam theo lời mời của Thủ tướng X`: X invited, X is not on the visit
        invited_end = _clause_end_after(doc, inviter.end(), sentence.end)
        people = [p for p in people if not inviter.start() <= p.start < invited_end]
    if kind == EventKind.VISIT:
        # `At the invitation of Prime Minister X, Y paid an official visit …`, `Nhận lời mời của X, Y thăm …`: X
        # invited, X is not on the visit (wherever the clause stands)
        invited = [
            (m.start(), _clause_end_after(doc, m.end(), sentence.end))
            for m in _INVITED_BY.finditer(doc.lower, sentence.start, sentence.end)
        ]
        people = [p for p in people if not any(a <= p.start < b for a, b in invited)]
    if (past := _PAST_WHEN.search(doc.lower, at + len(word), sentence.end)) is not None:
        # `X is on an official visit to Y, the first since 2005 when then-President Z visited`: Z's is a past event
        past_end = _clause_end_after(doc, past.end(), sentence.end)
        people = [p for p in people if not past.start() <= p.start < past_end]
    rec = EventRecord(kind, word, people=list(people), sentences=[idx])
    rec.visitor_named = visitor is not None or (kind == EventKind.VISIT and owner is not None)
    rec.attended = bool(_ATTEND_VERB.search(doc.lower, max(sentence.start, at - 40), at))
    rec.mention = (
        bool(_MENTION.search(doc.lower, max(sentence.start, at - 25), at))
        and not (_A_MENTION.search(doc.lower, max(sentence.start, at - 16), at))
        # (`At a reception for X on October 16`: the article is the word's, an event told anew)
        and not word.lower().startswith(("a ", "an "))
    ) or bool(_SPEECH_AT.search(doc.lower, max(sentence.start, at - 40), at))
    word_end = at + len(word)
    rec.anew = not rec.mention and bool(
        word.lower().endswith((" with", " với"))
        or _WITH_AFTER.match(doc.lower, word_end)
        or _BEFORE_NAME.match(doc.text, word_end)
        or word.lower().endswith(" by")
        or bool(_BY_AFTER.match(doc.text, word_end))
        or bool(_PAIR_TALK.fullmatch(word.lower()))  # (`A and B discussed …`: a pair of its own)
    )  # (`was received in a royal audience by His Majesty X`, `was received by Y`: told anew, with whom)
    rec.again = rec.anew and bool(_ALSO.search(doc.lower, max(sentence.start, at - 16), at))
    rec.another = (
        rec.anew and doc.article.lang == "en" and _indefinite_before(doc, sentence.start, at)
    )  # (English: `Nghệ An đã tiếp` has no article)
    if kind == EventKind.MEETING and rec.mention and _MEETINGS_TOLD.search(doc.lower, 0, sentence.start):
        # `X có các buổi tiếp những đoàn khách quốc tế …`, then `* Tại buổi tiếp, đại sứ A, …` and `* Tại buổi tiếp
        # đại sứ B …`: after receptions told in the plural, each named back with its own guest is one of them
        rec.listed = True
    rec.paired = bool(_BETWEEN_AFTER.match(doc.lower, at + len(word)))
    rec.earlier = rec.paired and bool(_PRIOR.search(doc.lower, max(sentence.start, at - 24), at))
    rec.definite = word.lower() in _NOUN_WORDS and bool(_DEFINITE.search(doc.lower, max(sentence.start, at - 40), at))
    if kind in _MEETING_KINDS and _JOINED_TOLD.search(doc.lower, max(sentence.start, at - 20), at):
        # `Đại sứ A và Đại sứ B cũng tham dự cuộc họp.`: who else attended the meeting or conference told before (a
        # bare `cuộc họp` that ends the sentence names no meeting of its own, as `the meeting` does not)
        rec.definite = rec.definite or bool(_ENDS_HERE.match(doc.lower, at + len(word), sentence.end))
    if kind in _MEETING_KINDS and _OUTCOME_OF.search(doc.lower, max(sentence.start, at - 30), at):
        # `Minister X briefed his host on the outcome of talks with Việt Nam's Ministry of …`: talks held before, by
        # whom reports them (named before the word), not the meeting where he reports them
        linked = _WITH_OR_BETWEEN.match(doc.lower, at + len(word))
        rec.recounted = linked is not None
        if linked is not None:
            # (`the outcomes of the talks between A and B`: A's and B's; `talks with Z`: the reporter's and Z's)
            stop = _clause_end_after(doc, linked.end(), sentence.end)
            sides = list(doc.within(doc.people, linked.end(), stop))
            reporter = list(doc.within(doc.people, sentence.start, at))[:1]
            of_pair = linked.group(0).strip() in ("between", "giữa")
            rec.people = sides if of_pair else [*reporter, *sides]
            people = rec.people
    rec.principals = list(dict.fromkeys(p.id for p in people))[:3]
    latest = doc.present_year
    dates = [
        d
        for d in doc.dates_in(sentence.start, sentence.end)
        if d.kind != "period"
        and (
            d.year >= latest - _PAST_YEARS
            or abs(d.offset - at) <= _NEAR_TRIGGER
            or _place_then_day(doc, at, d)
            or _day_then_occasion(doc, at, d)
            or (d.precision == DAY and d.offset - sentence.start <= _OPENING_DATE)
        )
    ]  # (`… VNA's assistance in KPL's establishment on January 6, 1968`: a date of the past told, not the talks')
    # (`his first official visit since he was appointed … on April 9 last year`: the day counted from, not the visit's)
    dates = [d for d in dates if not (d.offset > at and _SINCE.search(doc.lower, max(at, d.offset - 70), d.offset))]
    # (`Hai told the Chief Minister that the carrier will launch a route from August 12`: a day of what was said)
    dates = [d for d in dates if not (d.offset > at and _SAID_CLAUSE.search(doc.lower, at, d.offset))]
    # (`làm việc với A để trao đổi về Bản ghi nhớ … được ký kết tháng 9/2020`: the day a document named was signed)
    if kind != EventKind.SIGNING:
        dates = [
            d for d in dates if not (d.offset > at and _SIGNED_ON.search(doc.lower, max(at, d.offset - 30), d.offset))
        ]
    # (`… theo Sáng kiến AETI được công bố vào tháng 5/2021`, `the initiative launched in 2019`: the day of what another
    # verb tells of a thing named, not the event's)
    dates = [
        d for d in dates if not (d.offset > at and _OTHER_VERB_ON.search(doc.lower, max(at, d.offset - 30), d.offset))
    ]
    # (`ký Biên bản hợp tác năm 2018`: the year the document covers, not its signing's)
    dates = [d for d in dates if not _names_documents_year(doc, d, sentence.start)]
    # (`At a meeting with Y, X briefed him on the outcome of Z's visit to the US in May`: the day of what is reported)
    dates = [d for d in dates if not (d.offset > at and _REPORTED_OUTCOME.search(doc.lower, at, d.offset))]
    if kind in _MEETING_KINDS and _TODAYS.match(doc.lower, at + len(word)):
        # (`buổi gặp mặt hôm nay không chỉ tiếp nối …` in a quote: the meeting told, on its own day, named again)
        rec.definite, dates = True, []
    if rec.definite or (rec.mention and kind in _MEETING_KINDS and at - sentence.start <= _OPENING_DATE):
        # (`At the meeting, they discussed the conference due from November 30`, `Tại cuộc họp, Bộ trưởng X giải
        # thích … năm 2023`: not its day)
        dates = [d for d in dates if 0 <= d.offset - at <= _DEFINITE_DATE_REACH or _held_then_day(doc, at, d)]
        if rec.paired and len({p.id for p in people}) >= 2:
            # (`During the meeting between A and B in Hanoi in May 2013, …`: a meeting of its own, on the day its
            # clause gives after the pair, however long past)
            reach = _clause_end_after(doc, max(p.end for p in people), sentence.end)
            dates = [d for d in doc.dates_in(at, reach) if d.kind != "period"] or dates
    if not dates and idx and _PRONOUN_ALSO.match(sentence.text):
        # `Earlier on June 28, Ambassador X attended a reception …` then `He also met with Y, …`: on that occasion
        told = doc.sentences[idx - 1]
        dates = [
            d
            for d in doc.dates_in(told.start, told.end)
            if d.precision == DAY and d.kind != "period" and d.year >= latest - _PAST_YEARS
        ][:1]
    if not dates and _SAME_DAY.search(sentence.text):  # `The same day, Minister Dung met with …`
        dates = [
            d
            for d in doc.dates_in(0, sentence.start)
            if d.precision == DAY and d.kind != "period" and d.year >= latest - _PAST_YEARS
        ][-1:]
    if dates:
        # a day opening the sentence (`Sáng ngày 10.9, …`, `On May 5, …`) is its event's; else the nearest day
        # (`… tổ chức Hội nghị sơ kết thỏa thuận (được ký kết ngày 14/05/2018)`: the later one is the document's)
        best = min(
            dates,
            key=lambda d: (d.precision != DAY, d.offset - sentence.start > _OPENING_DATE, abs(d.offset - at)),
        )
        rec.date, rec.end_date, rec.precision = best.start, best.end, best.precision
    rec.places = _places(doc, sentence.start, sentence.end, kind)
    rec.orgs = _clause_orgs(doc, sentence.start, sentence.end, at)
    if occasion:  # `Nhân chuyến thăm …, Bộ Công Thương sẽ ký …`: who acts on the occasion takes part in it
        after = next((b for a, b in _occasion_clauses(doc, sentence.start, sentence.end) if a <= at < b), None)
        if after is not None and after < sentence.end:
            rec.orgs += [o for o in _clause_orgs(doc, sentence.start, sentence.end, after + 1) if o not in rec.orgs]
    return rec


_SIGNED_ON = compile_gated(
    r"\b(?:(?:được|đã)\s+)?k[ýí](?:\s+kết)?\s+(?:vào\s+|từ\s+)?(?:ngày\s+)?$|\bsigned\s+(?:in|on)\s+$"
)
"""`Bản ghi nhớ … được ký kết tháng 9/2020`, `the MoU signed in 2019`: a day after a signing verb that follows the event
word is the day a document named was signed, not the event's."""
_OTHER_VERB_ON = compile_gated(
    r"\b(?:được|đã được)\s+(?:công bố|thành lập|ban hành|phê duyệt|khởi động|đưa ra|thông qua|khánh thành|khởi công)"
    r"\s+(?:vào\s+|từ\s+)?(?:ngày\s+|tháng\s+|năm\s+)?$"
    r"|\b(?:announced|launched|established|founded|adopted|approved|unveiled|introduced|inaugurated)\s+(?:in|on)\s+$"
)
"""`Sáng kiến … được công bố vào tháng 5/2021`, `the programme launched in March 2020`: a day after another verb's
participle that follows the event word is the day of the thing it names (announced, set up, adopted), not the
event's, as a document's signing day is not (`_SIGNED_ON`)."""
_SAID_CLAUSE = compile_gated(r"\b(?:that|rằng)\b")
"""What opens a clause of what was said or agreed: a day in it is not the day of the event told before it."""
_PRONOUN_ALSO = re.compile(r"\s*(?:He|She|They|Ông|Bà)\s+(?:also|cũng)\s")
"""`He also met with Y`: what the subject of the sentence before also did, on the occasion that sentence tells."""
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:He|She|Ông|Bà)\s+(?!said|says|added|noted|stressed|cho biết|nói)[^\W\d]"
)
"""A sentence whose subject is a personal pronoun (`He met with …`, `She also held talks with …`, `Ông … đã tiếp …`)."""

_BY_AFTER = re.compile(rf"(?:\s+(?:in|at|with)(?:\s+[^\s,.;]+){{1,3}}?)?\s+by\s+(?:the\s+|his\s+|her\s+)?[{UPPER}]")
"""`… by His Majesty X`, `received in a royal audience by X`: a reception told in the passive, with whom."""


_TODAYS = re.compile(r"\s+(?:hôm nay|ngày hôm nay|này)\b")
"""`buổi gặp mặt hôm nay`, `cuộc gặp này`: the meeting told, named again (in a quote, on the page's day)."""
_OUTCOME_OF = compile_gated(
    r"\b(?:outcomes?|results?|kết quả)\s+(?:of\s+|của\s+)?(?:the\s+|their\s+|his\s+|her\s+|its\s+|cuộc\s+|các\s+"
    r"|buổi\s+)?$"
)
_WITH_OR_BETWEEN = re.compile(r"\s+(?:with|between|với|giữa)\s+")
_REPORTED_OUTCOME = compile_gated(r"\b(?:outcomes?|results?|kết quả)\s+(?:of|của)\b")
"""`briefed him on the outcome of Z's visit … in May`, `thông báo kết quả chuyến thăm … tháng 5`: what follows is an
event reported at the one told, and a day in it is that event's, not this one's."""


def _visitor(doc: ArticleDoc, s_start: int, s_end: int, at: int, end: int) -> Span | None:
    """The visitor a visit's own words name: `visit by X` / `chuyến thăm của X` after it, or X before a relative
    clause that puts X on it (`X, who is on a …`, `X, …, who arrived … for a …`, `X hiện đang trong chuyến thăm`)."""
    if doc.lower.startswith("who ", at) or _WHO_JUST_BEFORE.search(doc.lower, max(s_start, at - 16), at):
        # `X, who is currently in Seoul to sign …`, `Mrs. X, Vice President …, who paid a visit to Thailand`: X's
        before = doc.within(doc.people, max(s_start, at - 150), at)
        return before[-1] if before else None
    if doc.lower[at:end] == "visiting":
        if _VISITING.search(doc.lower, max(s_start, at - 30), at):
            before = doc.within(doc.people, max(s_start, at - 150), at)
            return before[-1] if before else None
        # `held talks with his visiting Vietnamese counterpart X`, `a meeting with visiting … Director X`
        after = doc.within(doc.people, end, _clause_end_after(doc, end + 1, s_end) + 1)
        return after[0] if after else None
    by = _VISIT_BY.match(doc.lower, end) or _VISIT_BY_LATER.match(doc.lower, end)
    by_end = end if doc.lower[at:end].endswith((" by", " of")) else by.end() if by is not None else None
    if by_end is not None:
        after = doc.within(doc.people, by_end, _clause_end_after(doc, by_end + 1, s_end) + 1)
        if after and not doc.text[by_end : after[0].start].strip(" ,").count(","):
            return after[0]
    rel = _ON_VISIT.search(doc.lower, max(s_start, at - 90), at)
    if rel is None:
        return None
    before = doc.within(doc.people, max(s_start, rel.start() - 120), rel.start() + 1)
    return before[-1] if before else None
