"""Reading an event's participants: the guests and hosts around its word, a delegation's leader, the
subject a pronoun or a list of doings refers to, the speakers quoted after an event of bodies, a body's officials."""

from __future__ import annotations

import re

from core.vocabulary import EventKind, OrganizationKind, Prop, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.events.countries import _country_of, _places
from loaders.entities.events.record import EventRecord
from loaders.entities.events.text import _LEAD, _occasion_clauses
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_BEFORE_NAME = re.compile(
    rf"\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:visiting|outgoing|incoming|new|newly[- ](?:accredited|appointed|elected))\s+)?"
    rf"(?:ngài|ông|bà|đồng chí|đoàn|an? (?:\w+ )?delegation|the delegation|[{UPPER}]"
    rf"|(?:leaders|representatives|executives|the leadership) of (?:the )?[{UPPER}]|(?:lãnh đạo|đại diện) (?:[\w-]+ ){{0,2}}[{UPPER}])"
)
"""Whom a verb such as `received` takes: a name or a title right after it, or a delegation; the title may be qualified
by the guest's standing (`received visiting Minister X`, `received outgoing Ambassador Y`, `received newly-accredited
Ambassador Z`); or the leaders of a body (`received the leaders of the Royal Dutch Shell Group`, `tiếp lãnh đạo Tập
đoàn X`): a meeting with that body's heads."""

_TOLD_REACH = 80  # characters: whom one told is named right after the verb
_TOLD_WORDS = 6  # words of title or qualifier before that name (`visiting Japanese Minister for Trade`)

_WITH_AFTER = re.compile(
    r"(?:\s+(?:và|and|,)\s+(?:làm việc|trao đổi|hội đàm|tiếp xúc|working sessions|talks))?"
    r"\s+(?:riêng\s+|song phương\s+|riêng rẽ\s+)?(?:với|with|on)\s+"
)
"""`hội đàm với`, `cuộc gặp riêng với`, `các cuộc gặp song phương với A và B`: who the meeting word is with follows (past a
second meeting word joined to it, `các cuộc gặp và làm việc với A và B`, `meetings and working sessions with`)."""

_WELCOMED_CLAUSE = re.compile(
    r"\b(?:chào mừng|hoan nghênh|welcomed|welcomes|welcoming)\s+(?!(?:[^.;:]*?\b(?:cho biết|khẳng định|nhấn mạnh|said"
    r"|stressed|noted)\b))[^.;:]{0,160}$"
)
"""A welcome whose object runs on to the visit word, with no speech verb between (`đồng chí A chào mừng Đoàn công tác
quận X, thành phố Y, Hàn Quốc đã đến thăm`, `gửi lời chào mừng … đến Ngài Tổng Lãnh sự cùng các thành viên Đoàn … đã đến
thăm`): the visit is what the welcomed made."""


def _named_in(doc: ArticleDoc, rec: EventRecord) -> set[str]:
    """The people the first sentence of an event names, whether or not they take part in it (the host who welcomes a
    visitor names the day he met him)."""
    sentence = doc.sentences[min(rec.sentences)]
    return {p.id for p in doc.within(doc.people, sentence.start, sentence.end)}


def _welcomed_visitors(doc: ArticleDoc, idx: int, at: int) -> list[Span] | None:
    """Who made a visit told inside what its sentence's subject welcomes (`_WELCOMED_CLAUSE`): the people the welcome
    names before the visit word, else the leader of the delegation it welcomes, else no one (a guest the page does not
    name); None when no welcome runs on to the visit word. The host who welcomes is not on the visit however far the
    word stands from his verb (a delegation's name with its district, city and country runs long)."""
    start = doc.sentences[idx].start
    if not any(w in doc.lower[start:at] for w in ("chào mừng", "hoan nghênh", "welcom")):
        return None  # (a cheap test first: most visit sentences welcome no one)
    welcome = _WELCOMED_CLAUSE.search(doc.lower, start, at)
    if welcome is None:
        return None
    named = doc.within(doc.people, welcome.start(), at)
    if named:
        return list({p.id: p for p in named}.values())
    if _DELEGATION.search(doc.text, welcome.start(), at):
        return _leader_before(doc, idx)
    return []


_SAYS = compile_gated(
    r"\b(?:said|says|spoke highly of|hailed|lauded|valued|appreciated|stressed|highlighted|noted|expressed|affirmed"
    r"|emphasi[sz]ed|underlined|told|pledged|praised|thanked|proposed|welcomed|hoped|believed|cho biết|khẳng định|nhấn mạnh|phát biểu|bày tỏ|cảm ơn|đề nghị|chia sẻ"
    r"|kỳ vọng|cho rằng|đánh giá|mong muốn|hoan nghênh|tin tưởng"
    r"|remarked|commented|added|explained|observed|stated|declared|nhận xét|nhận định|cho hay|tuyên bố|nêu rõ"
    r"|nói rằng|nói(?=\s*:))\b"
)
"""A speech verb: its subject, named before it, spoke at the event the article tells (`X, Director of …, said …`)."""
_ACCORDING_TO = re.compile(
    r"\s*(?:Theo|According to)\s+(?!(?:phóng viên|đặc phái viên|PV|reporter|correspondent)\b)(?P<source>[^,;:]{3,120}),"
)
"""`Theo Thứ trưởng X, …`: a sentence that opens by naming whom it reports (not a reporter's byline, `Theo phóng viên
TTXVN`) quotes him as a speech verb after him would."""
_SPEAKER_REACH = 10  # sentences after an event whose sentence names only its bodies: where its speakers are quoted
_SPEAKERS_MAX = 4
_SAID_BEFORE_NAME = re.compile(r"(?:said|says|added|noted|stressed)\b")

_RECEIVED = compile_gated(r"\b(?:tiếp|đón tiếp|đón|tiếp xã giao|received|welcomed|hosted|greeted)\s+")
"""A reception verb: who is received is the guest, and a visit the sentence then names is the guest's."""

_DELEGATION = compile_gated(r"\b(?:delegation|đoàn)\b", re.I)
_LEADER = compile_gated(
    r"\b(?:đoàn|delegation)\b[^;]{0,120}?"
    r"\b(?:led by|headed by|do(?= [^;]{0,250}?\b(?:dẫn đầu|làm trưởng đoàn)))\s+",
    re.I,
)
"""A delegation received, met or meeting (`tiếp đoàn công tác … do ông Y … làm trưởng đoàn`, `a working session with
a delegation …, headed by Y`, `Đoàn công tác … do Thứ trưởng Y làm trưởng đoàn đã có cuộc hội đàm`): who leads it."""

_LED_BY = compile_gated(r"\b(?:led by|headed by|do|dẫn đầu bởi)\s+", re.I)
_HEADS_IT = re.compile(r"\b(?:làm|là) [Tt]rưởng [Đđ]oàn\b|\bdẫn đầu [Đđ]oàn\b")
"""`Đồng chí X - Phó Chủ tịch …, làm trưởng đoàn công tác`, `X dẫn đầu Đoàn`: the delegation's leader told after his
name, in a sentence of its own."""
_LEADER_REACH = 4  # sentences: how far after a delegation's visit its leader may be named
_LEADER_BACK = 6  # sentences: how far before `the delegation met …` the delegation's leader may be named

_DELEGATION_VISITS = compile_gated(
    r"(?:\b[Đđ]oàn(?:\s+(?:công tác|đại biểu|lãnh đạo|cấp cao|liên ngành)){0,3}\s+(?:(?:của\s+)?(?:(?:tỉnh|thành phố|huyện|quận|Bộ)\s+)?(?:[A-ZĐ][\w.-]*\s+){1,4})?"
    r"|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?delegation\s+)(?:(?:đã|cũng|also|then|later)\s+)?$"
)
"""`khi đoàn tới thăm …`, `đoàn công tác tỉnh Tuyên Quang sang thăm`, `the delegation visited …`: a visit whose subject is
the delegation (with its province's name at most), right before its word."""

_GOVERNMENTS = frozenset((OrganizationKind.GOVERNMENT, OrganizationKind.PROVINCIAL_GOVERNMENT))


def _officials_of(doc: ArticleDoc, bodies: set[str]) -> list[Span]:
    """The people the article names who hold a post at one of these bodies, or at the place a body is the government
    of (`Governor of Gyeonggi Province X` for `the Government of Gyeonggi Province`; not the state a university is
    in), first mention each."""
    governments = {b for b in bodies if b in doc.entities and doc.entities[b].properties.get(Prop.KIND) in _GOVERNMENTS}
    bodies = bodies | {dst for (rel, src, dst) in doc.relations if rel == RelType.BASED_IN and src in governments}
    first = {p.id: p for p in reversed(doc.people)}  # (each person once: `employer` reads every relation)
    out = [first[pid] for pid in sorted(first, key=lambda pid: first[pid].start) if doc.employer(pid) in bodies]
    return out[:_SPEAKERS_MAX]


def _speakers(doc: ArticleDoc, first: int, last: int) -> list[Span]:
    """The people quoted after the event's first sentence `first`, up to a few sentences after its last mention
    `last` (`During a meeting between their leaders …`, `X … said …`, `At the meeting, …`): each the first named
    before a speech verb."""
    out: dict[str, Span] = {}
    for sentence in doc.sentences[first + 1 : last + 1 + _SPEAKER_REACH]:
        says = _SAYS.search(doc.lower, sentence.start, sentence.end)
        speaker = doc.within(doc.people, sentence.start, says.start())[:1] if says else []
        if says and not speaker and _SAID_BEFORE_NAME.match(doc.lower, says.start()):
            # `"I'm pleased to announce this MOU today," said Governor X.`: the speaker right after the verb
            after = doc.within(doc.people, says.end(), min(sentence.end, says.end() + _TOLD_REACH))[:1]
            speaker = after if after and len(doc.text[says.end() : after[0].start].split()) <= _TOLD_WORDS else []
        if not speaker and (by := _ACCORDING_TO.match(sentence.text)) is not None:
            # `Theo Thứ trưởng Bộ Công Thương X, …`, `According to Minister X, …`: whom the sentence quotes
            speaker = doc.within(doc.people, sentence.start + by.start("source"), sentence.start + by.end("source"))[:1]
        if speaker and len(out) < _SPEAKERS_MAX:
            out.setdefault(speaker[0].id, speaker[0])
    return list(out.values())


def _leader_before(doc: ArticleDoc, idx: int) -> list[Span]:
    """Who leads the delegation a sentence makes its subject (`the Yen Bai delegation worked with …`): the one named
    after `led by`/`do … dẫn đầu` in it or in one of the few sentences before."""
    for back in range(idx, max(-1, idx - _LEADER_BACK), -1):
        sentence = doc.sentences[back]
        led = _LEADER.search(doc.text, sentence.start, sentence.end) if _DELEGATION.search(sentence.text) else None
        if led is not None:
            return doc.within(doc.people, led.end(), sentence.end)[:1]
    return []


def _visiting_delegation_leader(doc: ArticleDoc, idx: int, at: int) -> list[Span]:
    """`Tổng Lãnh sự X bày tỏ vui mừng khi đoàn tới thăm trụ sở …`, `X chúc mừng đoàn công tác tỉnh A sang thăm …`: a
    visit whose subject is the delegation (`_DELEGATION_VISITS`) is its leader's, named before (or, for a headline,
    in the next sentences), not that of whoever the sentence names before it (its host, who speaks)."""
    if not _DELEGATION_VISITS.search(doc.text, max(doc.sentences[idx].start, at - 60), at):
        return []
    return _leader_before(doc, idx) or (_delegation_leader(doc, idx) if idx == 0 else [])


def _traveller_before(doc: ArticleDoc, idx: int, at: int) -> list[Span]:
    """`Thứ trưởng X … thăm và làm việc tại EU và Đức`, then `Trong chuyến công tác, Đoàn đã làm việc với …`: a
    delegation that acts during the trip told before, its leader named by no `led by`, is the one who made that trip
    (the first person the nearest sentence before with a trip word names)."""
    sentence = doc.sentences[idx]
    if not _TRIP.search(doc.lower, sentence.start, at):
        return []
    for back in range(idx - 1, max(-1, idx - 1 - _LEADER_BACK), -1):
        told = doc.sentences[back]
        people = doc.within(doc.people, told.start, told.end)
        if people and _TRIP.search(doc.lower, told.start, told.end):
            return people[:1]
    return []


_HEADS_A_DELEGATION = compile_gated(
    r"\b(?:led|headed)\s+(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?delegation\b|\bdẫn đầu\s+[Đđ]oàn\b", re.I
)
"""`Foreign Secretary X led the Bangladesh delegation`, `ông X dẫn đầu đoàn …`: the head of a delegation named before
the verb."""
_A_DELEGATION_LED_BY = compile_gated(
    r"\bdelegation\b[^;.]{0,80}?\b(?:was|were)\s+(?:led|lead|headed)\s+by\s+"
    r"|\b[Đđ]oàn\b[^;.]{0,80}?\bdo\s+(?=[^;.]{0,120}?\b(?:dẫn đầu|làm trưởng đoàn))",
    re.I,
)
"""`a nine-member Vietnamese delegation was led by Deputy Minister Y`, `đoàn … do Thứ trưởng Y dẫn đầu`: the head of a
delegation named after `led by`."""
_HEADS_REACH = 2  # sentences: how far from a meeting of no one named the heads of its delegations may be told


def _delegation_heads(doc: ArticleDoc, first: int, last: int) -> list[Span]:
    """`The second Foreign Office Consultations … was held in Dhaka on Sunday.` then `Foreign Secretary X led the
    Bangladesh delegation while a nine-member Vietnamese delegation was led by Deputy Minister Y`: the heads of the
    delegations told around a meeting that names no one (each the person next to its `led`)."""
    heads: dict[str, Span] = {}
    for sentence in doc.sentences[max(0, first - _HEADS_REACH) : last + 1 + _HEADS_REACH]:
        for m in _HEADS_A_DELEGATION.finditer(doc.text, sentence.start, sentence.end):
            before = doc.within(doc.people, sentence.start, m.start())[-1:]
            heads.update((p.id, p) for p in before)
        for m in _A_DELEGATION_LED_BY.finditer(doc.text, sentence.start, sentence.end):
            after = doc.within(doc.people, m.end(), sentence.end)[:1]
            heads.update((p.id, p) for p in after)
    return list(heads.values())


def _delegation_leader(doc: ArticleDoc, idx: int) -> list[Span]:
    """`A delegation from … Vinh Phuc visited France …` and then `The delegation, led by Secretary … X, …` (or `X …
    làm trưởng đoàn`): a delegation's visit is its leader's, named in its sentence or one of the next few."""
    if not _DELEGATION.search(doc.sentences[idx].text):
        return []
    for sentence in doc.sentences[idx : idx + _LEADER_REACH]:
        led = _LED_BY.search(doc.text, sentence.start, sentence.end)
        if led is not None:
            return doc.within(doc.people, led.end(), sentence.end)[:1]
        heads = _HEADS_IT.search(doc.text, sentence.start, sentence.end)
        if heads is not None and (named := doc.within(doc.people, sentence.start, heads.start())):
            return named[-1:]  # `Ông X - Chủ tịch …, làm trưởng đoàn công tác`: the one named before it
    return []


_DELEGATION_OF = 40  # characters after `đoàn`/`delegation` where the body or place it comes from begins


def _delegation_head(doc: ArticleDoc, idx: int) -> list[Span]:
    """`Đoàn đại biểu Bộ A … có cuộc họp với …`, `đoàn công tác của Bộ A`, with no `led by` anywhere: a delegation's
    visit is that of the first official the page names at the body it comes from (named right after `đoàn`; a
    place there stands for the bodies based in it), as news names a delegation's head first. Only the first name
    after the word: a host named later in the sentence (`… hội đàm với UBND tỉnh B`) is not where it comes from."""
    sentence = doc.sentences[idx]
    cue = _DELEGATION.search(doc.text, sentence.start, sentence.end)
    if cue is None:
        return []
    named = sorted(
        (sp for sp in (*doc.orgs, *doc.places) if sp.id and cue.end() <= sp.start < cue.end() + _DELEGATION_OF),
        key=lambda sp: sp.start,
    )
    if not named or named[0].start >= sentence.end:
        return []
    first = named[0].id
    bodies = {first} | {src for (rel, src, dst) in doc.relations if rel == RelType.BASED_IN and dst == first}
    return _officials_of(doc, bodies)[:1]


def _named_leader(doc: ArticleDoc, idx: int) -> list[Span]:
    """`The delegation, which included officials, toured …` after `… a delegation from A, led by Chairman X`; `Đón
    tiếp đoàn, …` after `Đoàn công tác … do ông X … làm Trưởng đoàn`: an event whose sentence names a delegation and no
    one is its leader's, named with `led by`/`do … dẫn đầu` in it or one of the few sentences before (as for `the
    delegation met …`), wherever the delegation stands in the sentence."""
    if not _DELEGATION.search(doc.sentences[idx].text):
        return []
    return _leader_before(doc, idx)


_LATTER_OR_FORMER = compile_gated(r"\bthe\s+(latter|former)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$")
"""`… between President A and B, …, during the latter's state visit`: whose event the pair's second (or first) is."""


def _latter_or_former(doc: ArticleDoc, start: int, at: int) -> Span | None:
    """The person `the latter's` (the last of the two named before it) or `the former's` (the one before him) stands
    for, right before an event word: the event is his, not the pair's (nor whoever else the sentence names)."""
    cue = _LATTER_OR_FORMER.search(doc.lower, max(start, at - 60), at)
    if cue is None:
        return None
    named = list({p.id: p for p in doc.within(doc.people, start, cue.start())}.values())
    if len(named) < 2:
        return None
    return named[-1] if cue.group(1) == "latter" else named[-2]


_TRIP = re.compile(r"\b(?:visit|trip|tour|chuyến thăm|chuyến công tác|thăm)\b")

_NAME_APPOSED = re.compile(r",\s*(?:(?:ông|bà|ngài|Ông|Bà|Ngài|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?")
"""`Chủ tịch HĐND tỉnh A, Phạm Văn X`, `the Governor of B, Mr. Y`: the name after the comma of a title told first."""


def _title_apposed(doc: ArticleDoc, start: int, stop: int, people: set[str]) -> Span | None:
    """The guest a reception verb names by his title first, then by his name after a comma (`đã đón tiếp Chủ tịch
    HĐND tỉnh A, Phạm Văn X cùng đoàn …`, `received the Governor of B, Mr. Y`): the person right after the comma that
    ends the title's clause (the title starts with a capital, as a title does; not `…, ông X nói` after a clause of
    another kind, which starts in lower case)."""
    title = doc.text[start:stop].lstrip()
    if not title[:1].isupper() or doc.text[stop - 1 : stop] != ",":
        return None
    apposed = _NAME_APPOSED.match(doc.text, stop - 1)
    if apposed is None:
        return None
    return next(
        (
            p
            for p in doc.within(doc.people, apposed.end(), apposed.end() + 60)
            if p.start == apposed.end() and p.id in people
        ),
        None,
    )


def _guests(doc: ArticleDoc, idx: int, trigger_end: int) -> list[Span]:
    """The people met, listed after a meeting word and `với`/`with` (`các cuộc hội kiến với Thủ tướng A, …`), or
    right after a verb that takes them (`received Governor A, Governor B and …`, `lần lượt gặp A, B`)."""
    m = _WITH_AFTER.match(doc.lower, trigger_end)
    direct = _TAKES_GUEST.search(doc.lower, max(0, trigger_end - 12), trigger_end) and _BEFORE_NAME.match(
        doc.text, trigger_end
    )
    if m is None and not doc.lower.endswith(" with", 0, trigger_end) and not direct:
        return []
    guests = doc.within(doc.people, m.end() if m else trigger_end, doc.sentences[idx].end)
    return list({p.id: p for p in guests}.values())


def _bodies_met(doc: ArticleDoc, idx: int, trigger_end: int) -> list[Span]:
    """The bodies listed after a meeting word and `với`/`with` (`các cuộc hội đàm với lãnh đạo Bộ A, Bộ B`)."""
    m = _WITH_AFTER.match(doc.lower, trigger_end)
    if m is None:
        return []
    return list({o.id: o for o in doc.within(doc.orgs, m.end(), doc.sentences[idx].end) if o.id}.values())


_TAKES_GUEST = re.compile(r"\b(?:received|receives|hosted|met|meets|tiếp|gặp|đón tiếp|hội kiến)$")


def _abroad_first(doc: ArticleDoc, people: list[Span], clause: tuple[int, int]) -> list[Span]:
    """`Trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam, …, Tổng Bí thư A và Chủ tịch Cuba B …`: of the people
    after a visit clause, one at home where the visit goes is its host, not its visitor; the first who is not (when
    the first is) is the visitor."""
    bound = {p.id for p in _places(doc, *clause, EventKind.VISIT) if p.id and p.id.startswith("country:")}
    if not people or not bound or _country_of(doc, people[0].id) not in bound:
        return people
    abroad = [p for p in people if (home := _country_of(doc, p.id)) is not None and home not in bound]
    return abroad or people


def _guest_abroad(doc: ArticleDoc, start: int, clause: tuple[int, int]) -> Span | None:
    """The guest received before a visit clause, when the visit goes to a country that is not his own (`X received
    Governor Y of Nevada on the occasion of her working visit to Vietnam`): a guest travels, so the visit is his; one
    received in his own country (`X hosted Governor Y of Rostov … during his visit to Russia`) is the host's."""
    guest = _guest_before(doc, start, clause[0])
    if guest is None:
        return None
    home = _country_of(doc, guest.id)
    bound = {p.id for p in _places(doc, *clause, EventKind.VISIT) if p.id and p.id.startswith("country:")}
    return guest if home and bound and home not in bound else None


def _guest_before(doc: ArticleDoc, start: int, end: int) -> Span | None:
    """The one received before an occasion clause (`Phó Thủ tướng X tiếp bà Y, Thống đốc …, nhân chuyến thăm …`,
    `X received Y on the occasion of his visit`): the first person after the last reception verb before it."""
    verbs = list(_RECEIVED.finditer(doc.lower, start, end))
    if not verbs:
        return None
    guests = doc.within(doc.people, verbs[-1].end(), end)
    return guests[0] if guests else None


_LISTED_ACT = re.compile(
    r"\s*(?:và\s+|đồng thời\s+|sau đó\s+)?(?:đã\s+)?(?:tham dự|dự|chào xã giao|chào|hội đàm|hội kiến|gặp gỡ|gặp|tiếp"
    r"|làm việc|thăm|đến thăm|ký|chứng kiến)\b"
    # (English copy lists them the same way: `During the visit, X held talks with Y; paid a courtesy visit to Z; met
    # with W; attended …`)
    r"|\s*(?:and\s+|also\s+|then\s+)?(?:held talks|held a meeting|held meetings|had talks|had a meeting|met"
    r"|paid a courtesy (?:visit|call)|paid a visit|paid a call|called on|attended|visited|received|witnessed"
    r"|co-chaired|chaired|worked with|toured)\b"
)
"""What an item of a list of one person's doings opens with, its subject left out: an act of his at an event."""
_LIST_BACK = 8  # sentences: how many items before it a list of doings cut at its semicolons may run to


def _list_subject(doc: ArticleDoc, idx: int) -> Span | None:
    """Whom an item of a list cut at its semicolons speaks of (`…, Thủ tướng X đã đến thăm tỉnh A; tiếp …; tham dự Hội
    nghị …`): an item that opens, in lower case, with an act at an event (`_LISTED_ACT`) and names no one has the
    subject of the sentence that opens the list, its first person (not an item of what someone said: `đề nghị …;
    tổ chức hội chợ …` opens with no such act)."""
    text = doc.sentences[idx].text
    if not idx or not text[:1].islower() or not _LISTED_ACT.match(text):
        return None
    for back in range(idx - 1, max(-1, idx - 1 - _LIST_BACK), -1):
        told = doc.sentences[back]
        if not told.text.rstrip().endswith(";"):
            return None
        if not told.text[:1].islower():
            people = doc.within(doc.people, told.start, told.end)
            return people[0] if people else None
    return None


_ANTECEDENT_BACK = 2  # sentences
_SUBJECT_WORDS = 8  # words before a sentence's first person for him to be its subject (his titles and place)


_OPENING_PHRASE = re.compile(
    r"\s*(?:During|At|On|In|After|Following|Before|Ahead of|Earlier|Later|Tại|Trong|Nhân|Bên lề|Sau|Trước)\b[^,;.]*,\s*"
)
"""An adverbial phrase opening a sentence (`During the APEC Finance Ministers' Meeting held in Incheon on October 21,
…`): its subject comes after it."""


def _antecedent(doc: ArticleDoc, idx: int) -> Span | None:
    """Whom a pronoun opening sentence `idx` stands for: the subject of the nearest sentence before that names
    someone, i.e. its first person when named at its start (`X, Secretary of …, on August 22 asked …`) or right after
    a speech verb (`…, said Governor X`); none when that sentence names people only after its verb (`Z called on
    Deputy Minister Y`: not Y)."""
    for back in range(idx - 1, max(-1, idx - 1 - _ANTECEDENT_BACK), -1):
        s = doc.sentences[back]
        people = doc.within(doc.people, s.start, s.end)
        if people:
            first = people[0]
            opening = _OPENING_PHRASE.match(doc.text, s.start, first.start)
            if len(doc.text[opening.end() if opening else s.start : first.start].split()) <= _SUBJECT_WORDS:
                return first  # (after an opening phrase: `During the APEC meeting held in …, Minister X met …`)
            # (`…, said Maryland Lieutenant Governor X.`, then `He made the statement at a meeting with Y`: the speaker)
            said = [m.end() for m in _SAYS.finditer(doc.lower, s.start, first.start)]
            return first if said and len(doc.text[said[-1] : first.start].split()) <= _TOLD_WORDS else None
    return None


_SEPARATOR = re.compile("[,;:]")
"""What ends an event word's clause in `_clause_orgs` (outside the names in it)."""


def _clause_orgs(doc: ArticleDoc, s_start: int, s_end: int, at: int) -> list[Span]:
    """The bodies named in the clause of the event word (`… làm việc với Bộ Thương mại Campuchia`, `the MOIT
    delegation held talks with …`): between the separators around it, commas inside names not counted, occasion
    clauses left out. A body named elsewhere in the sentence (whose decision was criticised, whose summit was
    the occasion) is mentioned, not present; the sides present through their people are added at the end."""
    text = doc.text
    inside = [(sp.start, sp.end) for sp in (*doc.orgs, *doc.places, *doc.people) if s_start <= sp.start < s_end]

    def free(pos: int) -> bool:
        return not any(a <= pos < b for a, b in inside)

    # (the separators found by `find`, not each character tested: this ran for every character of every clause)
    left, pos = s_start, at
    while (
        pos := max(text.rfind(",", s_start, pos), text.rfind(";", s_start, pos), text.rfind(":", s_start, pos))
    ) >= 0:
        if free(pos):
            left = pos + 1
            break
    right = next((m.start() for m in _SEPARATOR.finditer(text, at, s_end) if free(m.start())), s_end)
    starts = {sp.start for sp in doc.orgs if right < sp.start < s_end}
    while (
        right < s_end
        and text[right] == ","
        and text.count("(", at, right) == text.count(")", at, right)  # (`(bang A, Đảng B)`: a gloss, not the list)
        and (nxt := _next_item(text, right + 1, s_end)) in starts
    ):
        # (`làm việc với Đảng bộ, Ban chấp hành Hội A, Ban chấp hành Hội B …`: a comma that goes on to another body
        # goes on with the list of the event's partners, not to another clause)
        right = next((m.start() for m in _SEPARATOR.finditer(text, nxt, s_end) if free(m.start())), s_end)
    occasions = _occasion_clauses(doc, s_start, s_end)
    return [o for o in doc.within(doc.orgs, left, right) if not any(a <= o.start < b for a, b in occasions)]


_ITEM_OPENING = re.compile(r"\s*(?:(?:và|and|cùng|as well as)\s+)?(?:(?:the|Ban chấp hành|đại diện|lãnh đạo)\s+)?")


def _next_item(text: str, start: int, end: int) -> int:
    """Where the next item of a list begins after its comma (past `và`/`and`, `the`, and the `Ban chấp hành` or
    `đại diện` before a body's name)."""
    m = _ITEM_OPENING.match(text, start, end)
    return m.end() if m else start


def _lead_pair(doc: ArticleDoc) -> list[Span]:
    """The people of the article's first sentence that names two or more (its lead's protagonists)."""
    for s in doc.sentences[: _LEAD + 3]:
        people = doc.within(doc.people, s.start, s.end)
        if len({p.id for p in people}) >= 2:
            return list(people)
    return []


def _people_before(doc: ArticleDoc, idx: int, least: int = 2) -> list[Span]:
    """The people of the nearest sentence before (at most two back) that names two or more: the sides that a
    sentence naming none (`the two sides`, `tại buổi làm việc`) continues to speak of."""
    for back in range(idx - 1, max(-1, idx - 3), -1):
        s = doc.sentences[back]
        people = doc.within(doc.people, s.start, s.end)
        if len({p.id for p in people}) >= least:
            return list(people)
    return []
