"""Which event words of a sentence tell an event: the triggers of each sentence with their kinds, and the
forms wire copy tells a meeting in without an event word (`A and B discussed …`, `told Y that …`, a visit owned by
its visitor)."""

from __future__ import annotations

import re

from core.vocabulary import EventKind
from loaders.compounds import TIEP_COMPOUND_BEFORE, tiep_compound_after_alternation
from loaders.entities.doc import ArticleDoc
from loaders.entities.events.days import _DATELINE_LINE, _scheduled_day
from loaders.entities.events.occasions import (
    _AHEAD_VERB,
    _CONFERENCE_OCCASION,
    _EVE,
    _SIGN_NOT_DONE,
    _held,
    _named_as_occasion,
    _trip_made_for,
)
from loaders.entities.events.participants import (
    _BEFORE_NAME,
    _SUBJECT_WORDS,
    _TOLD_REACH,
    _TOLD_WORDS,
    _bodies_met,
    _guests,
)
from loaders.entities.events.text import _LEAD, _OCCASION, _occasion_cue_before
from loaders.entities.events.words import _MEETING_KINDS, _TRIGGERS
from loaders.entities.lexicon import by_first_letter
from loaders.first_letters import compile_gated

# Signing verbs: a signing is an event of its own (who signed and who witnessed it), whether or not a meeting
# surrounds it; a signing planned, proposed or urged (`sẽ ký`, `thúc đẩy ký kết`, `to be signed`) is none.
_SIGNED_DOCUMENT = (
    r"(?:(?:a|an|the|new|two|\d+) )?(?:\w+ ){0,3}?(?:biên bản|bản ghi nhớ|ghi nhớ|thỏa thuận|hiệp định|hợp đồng|văn kiện"
    r"|nghị định thư|mou|memorand|agreement|pact|deal|contract|accord|minutes|protocol)"
)
_EXCHANGED = r"(?: of understanding)? (?:was|were|ha(?:s|ve) been) exchanged"
_SIGN_VERB = compile_gated(
    # One branch per first letter, its `\b` after the letter (`by_first_letter`; each letter's forms in their order):
    # tried only where those letters stand, not at every position of a page. The forms: a signing verb before a
    # document (`ký`, `ký kết`, `signs`), `đã/vừa (được) (chính thức …) ký (kết)`, `cùng ký`, `ký kết thành công`,
    # `tiến hành ký`, `chứng kiến (lễ) ký`, `ký vào sáng …`, `signed`, `inked`, `witnessed the signing`, documents
    # `exchanged`, `signing of`, `by/after/while signing`, `trao (đổi) … văn kiện`.
    by_first_letter(
        [
            rf"k[ýí] kết (?={_SIGNED_DOCUMENT})",
            rf"k[ýí] (?={_SIGNED_DOCUMENT})",
            rf"signs? (?={_SIGNED_DOCUMENT})",
            r"đã(?: được)?(?: chính thức| long trọng| cùng nhau)? k[ýí](?: kết)?",
            r"vừa(?: được)?(?: chính thức| long trọng| cùng nhau)? k[ýí](?: kết)?",
            r"đã cùng k[ýí]",
            r"được(?: chính thức| long trọng)? k[ýí](?: kết)?",
            r"cùng k[ýí](?: kết)?",
            r"k[ýí] kết thành công",
            r"tiến hành k[ýí](?: kết)?",
            r"chứng kiến (?:lễ |việc )?k[ýí]",
            r"k[ýí] (?:vào )?(?:sáng|chiều|tối|ngày|hôm)",
            r"signed",
            r"inked",
            r"witnessed the signing",
            r"witnessed the exchange",
            r"present at the signing",
            r"attended the signing",
            rf"memorand\w+{_EXCHANGED}",
            rf"mous?{_EXCHANGED}",
            rf"agreements?{_EXCHANGED}",
            rf"documents?{_EXCHANGED}",
            r"signing of",
            r"by signing",
            r"after signing",
            r"while signing",
            r"exchanged (?:the |a |an |two |several )?(?:\w+ )?(?:documents?|letters? of intent|memorand\w+|MoUs?"
            r"|agreements?|minutes)",
            r"trao (?:đổi )?(?:các |\d+ )?(?:văn kiện|(?:biên )?bản ghi nhớ|thỏa thuận"
            r"|biên bản (?:ký kết|hợp tác|thỏa thuận|thoả thuận|hội đàm|làm việc))",
        ],
        patterns=True,
    )
    + r"\b"
)
_DOCUMENT_QUALIFIED = compile_gated(
    r"\b(?:the|an?|its|their|this|that)\s+(?:[\w()-]+\s+){0,4}?(?:agreements?|mous?|\(mou\)|memorand\w*|deals?|pacts?"
    r"|treat(?:y|ies)|documents?|accords?|contracts?|statements?|\(\w*fta\)|ones?)\s+$"
)
"""`the free trade agreement signed between A and B`, `an MoU signed in 2016`, `the documents signed during his visit`:
a participle after a document with no auxiliary names the document by its signing (told elsewhere, or long ago);
the signing is told with a verb of its own (`A and B signed …`, `the MoU was signed …`)."""
_SIGNED_SO_FAR = compile_gated(
    r"\b(?:agreements|ftas|deals|mous|memoranda|treaties|documents|pacts|accords|contracts)\s+(?:that|which)\s+"
    r"(?:[\w’'-]+\s+){1,3}?(?:has|have|had)\s+(?:already\s+|so far\s+|ever\s+)?$"
)
"""`the 16 FTAs that Vietnam has already signed`, `agreements which the two sides have signed`: documents counted by
their signing over the years (a relative clause in the perfect), no signing told."""
_SIGNED_ADJECTIVE = compile_gated(
    r"\b(?:the|a|an|its|their|this|these)\s+(?:freshly|newly|recently|previously)[- ]$"
    r"|\b(?:the|a|all|these|those|its|their|of|implement\w*|reali[sz]e\w*|execut\w*|carry out|carrying out)\s+$"
)
"""`the freshly-signed memorandum`, `a newly signed pact`, `a signed document`, `to fully implement signed agreements`:
`signed` as an adjective after a determiner or a verb of carrying out, a document named, no signing told (`A and B
recently signed …` is a verb, and a signing)."""
_SIGNED_RELATIVE = compile_gated(
    r"\b(?:agreements?|mous?|memorand\w*|deals?|pacts?|treat(?:y|ies)|documents?|accords?|contracts?)"
    r"(?:\s+(?!after\b|before\b|when\b|while\b|as\b|since\b|once\b|until\b|and\b)[\w’'-]+){0,4}?"
    r"\s+(?:they|we|he|she|both sides|the two sides)\s+(?:have\s+|had\s+)?$"
)
"""`the Memorandum of Understanding on cooperation they signed`: a document named by a relative clause with no `that`."""

_IMPLEMENTED = compile_gated(
    r"\b(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá|căn cứ|trên cơ sở)\s+(?:(?:các|những|nội dung|hiệu quả|tốt)\s+)*"
    r"(?:biên bản|bản ghi nhớ|thỏa thuận|thoả thuận|hiệp định|văn kiện|hợp đồng|kế hoạch|chương trình|nghị định thư)\b"
    r"[^,.;]{0,60}?\s$"
)
"""`Thực hiện Biên bản đã ký kết tại …`, `triển khai nội dung biên bản hợp tác đã ký kết năm 2019`: a document being
implemented, named by its signing (a relative clause), which is no signing told."""
_PROPOSED_CLAUSE = compile_gated(r"\b(?:proposed|suggested|recommended|urged|asked|called for|requested)\b[^.;:]*$")
"""`X proposed that the two sides establish a sub-committee, negotiate and sign a memorandum …`, `he suggested the two
localities strengthen exchanges … and sign a friendly cooperation agreement`: a signing in what someone proposed or
asked for, however far after the verb, is not made (the Vietnamese `đề nghị` is also the noun, `Nhất trí với đề nghị
của …, ông X cho rằng … đã ký thỏa thuận`, so it is read only right before the verb, `_SIGN_NOT_DONE`)."""
_SINCE_CLAUSE = compile_gated(r"\b(?:kể từ khi|từ khi|ever since|since)\b[^,;:.]*$")
"""`đặc biệt kể từ khi hai nước thiết lập quan hệ Đối tác toàn diện và ký kết Hiệp định … vào tháng 10/2024`: a signing
in the clause a period is counted from, however far after `kể từ khi`, is background, not a signing told."""
_PASSIVE_DOCUMENT_SUBJECT = re.compile(
    r"(?:^\s*|[,;:]\s*|\bvà\s+)(?:(?:các|những|một|hai|bản)\s+)?(?:thỏa thuận|thoả thuận|hiệp định|bản ghi nhớ|biên bản|hợp đồng"
    r"|văn kiện|nghị định thư|mou)\b[^,;:]{0,120}$"
)
"""`Thỏa thuận được ký kết giữa A và B`, `Biên bản ghi nhớ được ký giữa …`: a Vietnamese passive signing tells one when
the document is the subject of its clause; not a document named by its signing inside another clause (`triển khai
“Kế hoạch hành động …” được ký kết vào tháng 4/2025`, `… tận dụng các cam kết của Hiệp định khi Hiệp định được ký kết`)."""
_WHEN_CLAUSE = re.compile(r"\b(?:khi|sau khi|once|when)\b[^,;]*$")
_NOUN_WORDS = frozenset(("meeting",))
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'+-]*|of|on|for|and)\s+[A-Z][\w’'+-]*\s+$")


def _named_meeting(text: str, at: int) -> bool:
    """Whether a capitalised `Meeting` closes a proper name (`the 43rd ASEAN Ministers on Energy Meeting`, `the Senior
    Officials Meeting on Energy`): a named meeting, a noun however many words its name runs before it."""
    return text.startswith("Meeting", at) and bool(_NAME_BEFORE.search(text, max(0, at - 60), at))


_RECEPTION_BACK = re.compile(r"\b(?:at|during|after|following)\s+the\s+$")
"""`At the reception, X praised …`, `During the reception, …`: the reception the article tells, named back (the bare
noun is else the taking in of people or goods, `increase the reception of trainees`)."""

_MET_AFTER = re.compile(
    r"\s+(?:in|on|at|for|during|here|there|virtually|online|via|by|last|earlier|yesterday|today|this|twice|again"
    r"|separately|privately)\b|\s*[,.;]"
)
"""`A and B met in Tokyo on Monday`, `The two leaders met on the sidelines of …`: a meeting of the pair named before."""
_PAIR_TALK = compile_gated(
    r"\b(?:(?:have|has|had)\s+)?(?:discussed|agreed|exchanged views|exchanged ideas|reviewed|vowed|pledged"
    r"|jointly announced|made the announcement jointly|made a joint announcement|issued a joint statement"
    r"|đã (?:thảo luận|trao đổi|nhất trí|thống nhất))\b"
)
"""What a pair did together (`A and B discussed …`, `… on Thursday agreed to …`, `A and B made the announcement
jointly`: what two leaders announce together they announce where they meet): their meeting, when the lead says no
more."""
_PAIR_VERB = re.compile(
    # (`\b(?:discussed|…|đã (?:thảo luận|…))\b` with its `\b` after each first letter: tried only where those letters
    # stand, not at every position of the page after its lead)
    by_first_letter(
        [
            *("discussed", "agreed", "exchanged views", "exchanged ideas", "reviewed", "vowed", "pledged"),
            *("jointly announced", "made the announcement jointly", "made a joint announcement"),
            *("issued a joint statement", "đã thảo luận", "đã trao đổi", "đã nhất trí", "đã thống nhất"),
        ]
    )
    + r"\b"
)
"""The verbs of `_PAIR_TALK` alone (its optional `have` left out): a faster scan for the sentences that have one."""

_PLANNED_VISIT = compile_gated(
    r"\b(?:upcoming|planned|forthcoming|coming|next|prepare for|preparing for|preparations? for|chuẩn bị(?: cho)?"
    r"|dự kiến)\s+(?:(?:the|a|an|his|her|their|official|state|working|\w+'s|\w+’s)\s+){0,3}$"
)
_VISIT_AHEAD = compile_gated(
    r"\b(?:sẽ|dự kiến(?: sẽ)?|(?:có|lên) kế hoạch|will|would|(?:is|are|was|were) (?:scheduled|expected|due|set|going) to"
    r"|plans? to|planned to|intends? to)\s+(?:(?:also|then|pay|make|undertake|conduct|have|có|tiến hành|sang|tới|đến|cùng"
    r"|cử đoàn|cử|send a delegation to|send delegations to)\s+){0,2}"
    r"(?:(?:a|an|the|cuộc|chuyến)\s+)?$"
)
"""A visit told with a modal before it (`will pay an official visit to`, `plans to pay a visit`, `sẽ thăm chính thức`,
`có kế hoạch thăm chính thức`, `dự kiến sẽ có chuyến thăm`, `sẽ cử đoàn đến thăm`, `will send a delegation to visit`):
still ahead, no event, as `sẽ gặp` is no meeting, unless its day is set (`Ngày 20/8, Thủ tướng X sẽ thăm chính thức Nhật Bản`: a visit on the calendar, which the graph
keeps)."""

_AHEAD_AFTER = re.compile(r"(?:\s+\S+){0,4}?\s+sắp tới\b")
"""A visit still ahead (`the upcoming visit of X`, `chuẩn bị chuyến thăm`, `chuyến thăm Việt Nam sắp tới`): no event."""
_PLANNED_AFTER = re.compile(r"[^.;,]{0,60}?\s(?:is|are)\s+(?:planned|scheduled|expected|set|due)\s+(?:for|in|to)\b")
"""`A trade mission to Vietnam is planned for October`, `the visit … is scheduled for next year`: still ahead."""

_VERBS_JOINED = frozenset(("visited", "met", "received", "worked with"))
_JOINED_VERB = re.compile(r"\s+and\s+(?:[a-z]+ed|held|had|met|paid|gave|made|took|spoke|sat)\b")
"""`X visited and worked with leaders of …`, `visited and offered New Year wishes to …`, `visited and held a working
session with …` (an irregular past too): an event verb joined to another past verb by `and` is told as done, though
no name follows it."""
_NOUN_BEFORE = compile_gated(
    r"\b(?:a|an|the|this|that|their|his|her|its)\s+(?:(?!(?:of|for|by|in|on|at|to|and|or|while|after|before)\s)"
    r"[\w’'-]+\s+){0,3}$"
)
"""What makes a verb-or-noun event word (`meeting`, `visit`) a noun: a determiner up to three words before it (`a
meeting`, `After an hourlong meeting`, `an international exchange meeting`), with no preposition between (`a way
of meeting demand` is none)."""
_GENERIC = re.compile(
    r"(?<!\w)(?:(?:các|những|nhiều|mọi|next|future|regular|several|many|more|annual|separate)\s+"
    r"(?:cuộc\s+|buổi\s+|round of\s+|rounds of\s+)?|\d+\s+(?:cuộc|buổi|rounds? of)\s+)$"
)

_HELD_SEVERAL = re.compile(r"các\s+(?:cuộc\s+|buổi\s+)?$")
"""`các cuộc`, `các buổi` before a meeting word: several held, one with each who is named after `với` (not `nhiều`,
`next`, `regular`: meetings in general or ahead)."""

_OPENING_OCCASION = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:on the occasion of|during|on the sidelines of|within the framework of|in the framework of"
    r"|nhân dịp|trong khuôn khổ|bên lề)\s+(?:the\s+|các\s+)?[^,;.]{0,60}$"
)
"""A conference word in the occasion phrase that opens its sentence (`On the occasion of the 7th Strategic Dialogue, A
and B welcome …`, `Bên lề Diễn đàn …, X đã …`): the people the sentence names were at it, as after `At the forum,`
(not bodies alone: `Trong khuôn khổ Hội nghị …, Bộ A và Bộ B đã thiết lập …` tells what the bodies did)."""
_ATTEND_VERB = compile_gated(
    r"\b(?:tham dự|dự|chủ trì|đồng chủ trì|phát biểu tại|khai mạc|tham gia"
    r"|attended|attending|attend|chaired|co-chaired|addressed|spoke at|opened|took part in|joined"
    r"|participated in|presided over|presided|co-presided over|co-presided)\s+(?:\S+\s+){0,5}$"
)

_INVITES = compile_gated(
    r"(?:\b(?:gửi lời mời|mời)(?<!theo lời mời)(?<!nhận lời mời)|\b(?:invited|invites|extended an invitation"
    r"|extends an invitation|mong muốn (?:sớm )?(?:được )?(?:chào )?đón|hopes? to (?:soon )?welcome"
    r"|looks? forward to welcoming))\b[^;]{0,80}$"
)
"""An invitation to visit or meet (`gửi lời mời X thăm …`, `invited X to visit`), or the wish to welcome one (`mong
muốn sớm được đón Thủ tướng X sang thăm`, `hopes to welcome X`), is not the visit (`theo lời mời của
X`, `at the invitation of X`: a visit made)."""

_MEETING_AHEAD = compile_gated(
    r"\b(?:sẽ|dự kiến|sắp|will|would|(?:is|are|was|were) (?:scheduled|expected|due|set) to|plans? to|planned to)"
    r"\s+(?:(?:có|tiến hành|cùng|hold|have|also|attend|co-chair|chair|host|give|offer|join)\s+)?"
    r"(?:(?:a|an|the|cuộc|buổi)\s+)?$"
    r"|\b(?:nhất trí|đồng ý|thống nhất|sớm)\s+(?:sớm\s+)?(?:triệu tập|tổ chức)\s+$"
)
"""A meeting told as ahead (`sẽ gặp`, `will hold talks with`, `is scheduled to hold talks`, `nhất trí triệu tập cuộc họp
thứ chín của Ủy ban hỗn hợp`, `sớm tổ chức kỳ họp`) is no event yet."""

_AHEAD_IN_CLAUSE = compile_gated(
    r"\b(?:sẽ|theo lịch trình|according to the (?:tentative )?(?:schedule|programme|program))\b"
)
"""A Vietnamese modal or a schedule that sets what follows in its clause ahead (`Chủ tịch nước X sẽ chủ trì lễ đón …`,
`Thủ tướng X cũng sẽ dự Diễn đàn …, sau đó tới TP HCM, gặp …`, `Theo lịch trình, cùng với lễ đón chính thức và hội đàm,
…`). Not the English `will`, which English copy writes inside quoted plans and reported outcomes as much as before a
visit's programme (read that way it cost a held meeting on the aggregate check)."""
_DONE_IN_CLAUSE = re.compile(
    r"\b(?:đã|vừa|từng|held|had|has|have|met|received|welcomed|hosted|paid|signed|attended|was|were|did|said|says"
    r"|told|cho biết|nói|khẳng định)\b|[;:”\"]"
)
"""What tells, after the modal, that the clause's event is done (`… sẽ thăm Y vào tuần tới, đã gặp Z`), or that the
modal was someone's words (`“Hai bên sẽ …,” ông X nói sau cuộc gặp với Y`, `according to the schedule …,” said X
after talks with Y`)."""


def _ahead_in_clause(lower: str, s_start: int, at: int) -> bool:
    """Whether the event word at `at` follows, in its sentence, a modal or a schedule (`_AHEAD_IN_CLAUSE`) with no
    word between them that tells something done (`_DONE_IN_CLAUSE`): the event is still ahead (the conventions: a
    planned event with named people is no event), however many words the modal stands before it."""
    if _NAMED_BACK.search(lower, max(s_start, at - 40), at):
        return False
    modals = list(_AHEAD_IN_CLAUSE.finditer(lower, s_start, at))
    return bool(modals) and not _DONE_IN_CLAUSE.search(lower, modals[-1].end(), at)


_NAMED_BACK = compile_gated(
    r"\b(?:the|this|that|at|during|of|from|after|tại|trong|sau|của|nội dung|kết quả)\s+(?:[^\s,;.]+\s+){0,1}$"
)
"""`sẽ báo cáo nội dung buổi làm việc lên Chính phủ`, `sẽ triển khai kết quả cuộc hội đàm`, `after X's meeting with Y`: an
event word named back after an article or a preposition refers to an event told elsewhere, whatever the modal says of
the rest of its clause."""


_HELD_BY_AFTER = re.compile(
    r"\s+(?:was|were|is|are|đã|được)\s+(?:\w+\s+)?(?:held|hosted|co-hosted|chaired|co-chaired|organi[sz]ed|tổ chức"
    r"|đồng chủ trì|chủ trì|presided over|co-presided over)\b"
    r"|,?\s+(?:jointly\s+)?(?:held|hosted|co-hosted|chaired|co-chaired|organi[sz]ed|co-organi[sz]ed|presided over)\s+by\b"
)
"""`The dialogue was held virtually by A and B`, `the summit held by President A with his counterpart B`: a
conference told as held is an event."""
_AT_THE_EVENT = compile_gated(r"(?:^|\b)(?:tại|(?:at|during) (?:the|an?)|phát biểu tại|speaking at(?: the| an?)?)\s+$")
"""`Tại hội nghị, X …`, `At the forum, X …`, `X said during a seminar on …`, `Speaking at a workshop, X …`, `during the
consultation, both sides …`: a conference word right after `at` or `during` and its article is one the sentence's
people were at (the article `a` as well as `the`: news names a conference told once with either)."""

_SIDES = compile_gated(
    r"\b(?:hai bên|hai Bộ trưởng|hai lãnh đạo|hai nhà lãnh đạo|hai Thủ tướng|hai Chủ tịch|two sides|both sides"
    r"|the two ministers|the two leaders|the two officials|the two premiers|the two prime ministers"
    r"|the two presidents|the two foreign ministers|both leaders|both ministers"
    r"|(?:the two|both) (?:deputy )?(?:PMs|FMs)"  # (`the two PMs co-chaired …`: the newsroom's abbreviations)
    r"|(?:lãnh đạo|Bộ trưởng|Thủ tướng|Chủ tịch|đại diện|người đứng đầu) (?:của )?(?:hai|2) (?:bên|nước|tỉnh|địa phương|Bộ"
    r"|thành phố|quốc gia|chính phủ)|(?:leaders|ministers|representatives|heads) of (?:the )?(?:two|both) (?:sides|countries"
    r"|provinces|localities|ministries|cities|nations|governments)"
    r"|(?:leaders|representatives|heads) of (?:the )?(?:[\w’'-]+ ){1,3}and (?:[\w’'-]+ ){1,3}?(?:provinces|countries"
    r"|cities|ministries|localities))\b",
    re.I,
)
"""The two sides as a subject (`hai bên`, `the two ministers`, `lãnh đạo hai tỉnh`), or their leaders with both named
(`Leaders of A and B provinces sign a memorandum …`, `leaders of the Vietnamese and Chinese provinces signed …`)."""

_TITLED_SIDES = compile_gated(
    r"\b(?:hai (?:Bộ trưởng|Thủ tướng|Chủ tịch|nhà lãnh đạo|lãnh đạo|Tổng thống|Ngoại trưởng)|the two (?:ministers|leaders"
    r"|premiers|prime ministers|presidents|foreign ministers|heads of state|(?:deputy )?PMs|FMs)|both (?:leaders|ministers"
    r"|prime ministers|presidents|PMs|FMs)|(?:Bộ trưởng|Thủ tướng|Ngoại trưởng|Chủ tịch) (?:của )?(?:hai|2) nước"
    r"|(?:lãnh đạo|người đứng đầu) (?:của )?(?:hai|2) (?:bên|nước|tỉnh|thành phố|địa phương|quốc gia))\b",
    re.I,
)
"""The two sides named by their office (`the two prime ministers`, `hai Thủ tướng`, `Bộ trưởng hai nước`, `lãnh đạo
hai thành phố`): the article's protagonists."""
_PLURAL_SIDES = re.compile(
    r"\s*(?:The|Both)\s+(?:(?:Foreign|Prime|Deputy|Trade)\s+)?(?:Ministers|ministers|leaders|Leaders|officials|presidents"
    r"|Presidents|premiers|Premiers|governors|Governors|mayors|Mayors)\b"
)
"""A sentence opening with its subject in the plural office alone (`The Foreign Ministers discussed …`, `The
officials also pledged …`): the two sides the article is about, as `the two ministers` is."""

_ON_VISIT = compile_gated(
    r"(?:,\s*who\s+(?:is|was|has been|had been)\s+(?:currently\s+|now\s+|then\s+)?(?:on|paying|making|in)\b"
    r"|,\s*who\s+(?:arrived|came|paid|made|began|started|(?:is|was) paying|concluded|completed|ended|wrapped up"
    r"|(?:is|was) (?:concluding|wrapping up|ending))\b"
    r"|\b(?:hiện\s+)?đang\s+(?:có\s+)?(?:trong\s+)?|\bđang\s+thăm\b)[^,;]{0,60}$"
)
"""`X, who is on a two-day official visit to …`, `X, …, who arrived on Thursday for a visit to …`, `X, who is in Hanoi for
a working visit`, `X, who concluded a 3-day working visit to …` (the visit's end told by the way), `X hiện đang trong
chuyến thăm Seoul`: the visit is X's (the person named last before the relative clause)."""

_RECEIVED_JUST_BEFORE = re.compile(r"\b(?:received|welcomed|hosted|greeted)\s+(?:the\s+)?$")

_YEAR_WHEN = re.compile(r"\b\d{4}s?\s*,?\s+(?:when|khi)\b[^,;.]*$")
"""`… ties which date back to the 1920s when the first Vietnamese migrants arrived in X`, `in 1995 when Y visited`: a
visit word in the clause a year or a decade opens is of that time, history, not a visit told."""

_SUBJECT_DELEGATION = compile_gated(
    r"\b(?:the|this|our|their)\s+(?:[\w-]+\s+){0,3}?delegation\b|\bđoàn(?:\s+công tác|\s+đại biểu)?\b"
)
"""`the Yen Bai delegation`, `Đoàn công tác`: a delegation told as what it did, before the event word."""

_APPOSITION_COMMA = re.compile(r",\s*(?:the\s+|a\s+)?$")


def _visitor_apposed(doc: ArticleDoc, at: int) -> bool:
    """`Li Wei, the visiting governor of …, said …`: `visiting` in an apposition right after the name of the sentence's
    subject tells his visit, as `visiting Governor Li Wei` does before it (not after an object, `held talks with Y,
    visiting member of …`: the talks are the event told, the visit only his standing)."""
    comma = _APPOSITION_COMMA.search(doc.text, max(0, at - 8), at)
    if comma is None:
        return False
    sentence = doc.sentences[doc.sentence_index(at)]
    first = next(iter(doc.within(doc.people, sentence.start, sentence.end)), None)
    return (
        first is not None
        and first.end == comma.start()
        and len(doc.text[sentence.start : first.start].split()) <= _SUBJECT_WORDS
    )


def _triggers(doc: ArticleDoc) -> dict[int, list[tuple[bool, int, str, str]]]:
    """Event words by sentence: (in an occasion clause, offset, kind, word), generic plurals dropped."""
    text, lower = doc.text, doc.lower
    out: dict[int, list[tuple[bool, int, str, str]]] = {}
    for at, end, tag in _TRIGGERS.find(lower):
        kind = tag.rstrip("*")
        if lower[at:end] in _TOLD_VERBS and not _told_in_person(doc, end):
            continue  # (`told Reuters in an interview that …`, `told reporters`, `spoke with VnExpress`: no one met)
        if lower[at:end] in ("discussion", "discussions") and not (
            _between_pair(doc, end) or _BILATERAL_BEFORE.search(lower, max(0, at - 30), at)
        ):
            # (`the issue was raised for discussion on 24 June between A and B`: their meeting; not a topic; `The
            # signing took place following bilateral discussions held at …`: talks, as `bilateral talks` are)
            continue
        if lower[at:end] == "reception" and not _RECEPTION_BACK.search(lower, max(0, at - 20), at):
            continue  # (`expand the reception of Vietnamese workers`: taking in, no one received)
        if lower[at:end] == "called on" and not _called_on_person(doc, end):
            continue  # (`called on Japanese investors to expand …`: an appeal, not a call paid)
        if lower[at:end] == "tiếp" and (
            _TIEP_COMPOUND_AFTER.match(lower, end) or _TIEP_COMPOUND_BEFORE.search(lower, max(0, at - 8), at)
        ):
            continue  # (`trao đổi đoàn và tiếp xúc cấp cao`, `trực tiếp`: a compound word, no reception)
        by = _PASSIVE_BY.search(lower, max(0, at - 80), at) if lower[at:end] in _PASSIVE_VERBS else None
        passive = by is not None and bool(doc.within(doc.people, by.start(), at))  # (`được Thủ tướng Y tiếp`)
        if tag.endswith("*") and not _BEFORE_NAME.match(text, end) and not passive:
            noun = lower[at:end] in _NOUN_WORDS and (
                _NOUN_BEFORE.search(lower, max(0, at - 40), at) or _named_meeting(text, at)
            )
            joined = lower[at:end] in _VERBS_JOINED and _JOINED_VERB.match(lower, end)
            pair_met = lower[at:end] == "met" and _MET_AFTER.match(lower, end) and _pair_before(doc, at)
            # (`On October 12, the Yen Bai delegation worked with representatives from …`: a delegation that acts)
            delegation = _SUBJECT_DELEGATION.search(lower, max(0, at - 40), at)
            apposed = lower[at:end] == "visiting" and _visitor_apposed(doc, at)
            if not noun and not joined and not pair_met and not delegation and not apposed:
                continue
        idx = doc.sentence_index(at)
        s_start = doc.sentences[idx].start
        generic = _GENERIC.search(lower, max(s_start, at - 12), at)
        if generic and not (
            kind == EventKind.MEETING
            and (
                len(guests := _guests(doc, idx, end)) >= 2
                or len(_bodies_met(doc, idx, end)) >= 2
                or (guests and _HELD_SEVERAL.match(generic.group()))
            )
        ):
            # (`các cuộc hội kiến với A, B, C`, `các cuộc hội đàm với Bộ A, Bộ B`: one with each, read below; `các buổi
            # làm việc với Thống đốc A, Thị trưởng B …` of which one person is read: the meeting with him is told)
            continue
        attend = _ATTEND_VERB.search(lower, max(s_start, at - 60), at) if kind == EventKind.CONFERENCE else None
        if attend is not None and (
            _AHEAD_VERB.search(lower, max(s_start, attend.start() - 40), attend.start())
            or _EVE.search(lower, max(s_start, attend.start() - 40), attend.start())
        ):
            attend = None  # (`the delegation is set to attend the 1st … Forum which is to be held next year`)
        if (
            kind == EventKind.CONFERENCE
            and attend is None
            and not _trip_made_for(lower, s_start, at)  # (`as part of her trip to A to take part in the B Summit`)
            and not _AT_THE_EVENT.search(lower, max(s_start, at - 20), at)
            and not _CONFERENCE_OCCASION.search(lower, max(s_start, at - 60), at)
            and not _named_as_occasion(doc, s_start, at)
            and not _held(lower, s_start, at)
            and not _HELD_BY_AFTER.match(lower, end)
            and not _held_subject(doc, idx, at, end)
            and not (
                _OPENING_OCCASION.match(lower, s_start, at) and doc.within(doc.people, end, doc.sentences[idx].end)
            )
        ):
            continue  # (`Tại hội nghị, Thứ trưởng X đề nghị …`: X was at it)
        if kind in _MEETING_KINDS and (
            _MEETING_AHEAD.search(lower, max(s_start, at - 40), at) or _ahead_in_clause(lower, s_start, at)
        ):
            continue  # (`sẽ gặp Thủ tướng Y vào tháng tới`, `is scheduled to hold talks with Y`: not held yet)
        if kind == EventKind.VISIT and (
            _PLANNED_VISIT.search(lower, max(s_start, at - 40), at)
            or (_VISIT_AHEAD.search(lower, max(s_start, at - 40), at) and not _scheduled_day(doc, idx))
            or _AHEAD_AFTER.match(lower, end)
            or _PLANNED_AFTER.match(lower, end)
        ):
            # (`to prepare for the upcoming visit of X`, `chuyến thăm Việt Nam sắp tới của X`, `A trade mission to
            # Vietnam is planned for October`: not made yet)
            continue
        if kind == EventKind.VISIT and _YEAR_WHEN.search(lower, max(s_start, at - 80), at):
            continue  # (`ties which date back to the 1920s when the first migrants arrived in X`: history)
        if kind != EventKind.SIGNING and _INVITES.search(lower, max(s_start, at - 80), at):
            continue  # (`gửi lời mời Bộ trưởng Y thăm Việt Nam và đồng chủ trì Kỳ họp …`: invited to, not yet held)
        if lower[at:end] == "visiting" and _RECEIVED_JUST_BEFORE.search(lower, max(s_start, at - 20), at):
            continue  # (`received visiting Minister X`: the reception is what is told, with its guest)
        # (`visiting`, `who is visiting`: the visit is the background of what its sentence tells, as an occasion is)
        occasion = (
            _occasion_cue_before(lower, max(s_start, at - 40), at)
            or lower[at:end] == "visiting"
            or (kind == EventKind.VISIT and bool(_ON_VISIT.search(lower, max(s_start, at - 90), at)))
            or lower.startswith("who ", at)
        )  # (`X, who is on an official visit to …, held talks with Y`: the talks are what the sentence tells)
        word = text[generic.start() : end] if generic else text[at:end]
        out.setdefault(idx, []).append((occasion, at, kind, word))
    for idx, sentence in enumerate(doc.sentences[: _LEAD + 1]):
        # `A and B discussed …`, `A and his counterpart B on Thursday agreed to …`: a lead that tells what a pair did
        # together, and whose first sentences name no event, tells their meeting
        if any(i <= _LEAD + 2 for i in out):
            break
        talk = _PAIR_TALK.search(lower, sentence.start, sentence.end)
        if talk is not None and len({p.id for p in doc.within(doc.people, sentence.start, talk.start())}) >= 2:
            out[idx] = [(False, talk.start(), EventKind.MEETING, text[talk.start() : talk.end()])]
    # (the sentences with such a verb, found in one scan: few have one)
    after_lead = doc.sentences[_LEAD + 1].start if len(doc.sentences) > _LEAD + 1 else len(lower)
    talked = sorted({doc.sentence_index(m.start()) for m in _PAIR_VERB.finditer(lower, after_lead)})
    _sides_talk(doc, talked, out)
    for idx in talked:
        # after the lead, a sentence with no event word whose subject is two people joined by `and` and whose verb is
        # what they did together (`Ambassador A and Admiral B discussed …`, `A và B đã thảo luận …`) tells their meeting
        sentence = doc.sentences[idx]
        talk = _pair_subject_talk(doc, sentence.start, sentence.end) if idx not in out else None
        pair = {p.id for p in doc.within(doc.people, sentence.start, talk.start())} if talk is not None else set()
        if talk is not None and not any(
            i < idx and pair <= {p.id for p in doc.within(doc.people, doc.sentences[i].start, doc.sentences[i].end)}
            for i in out
        ):  # (not the pair whose meeting a sentence before told: the lead's `A and B discussed …` repeated)
            out[idx] = [(False, talk.start(), EventKind.MEETING, text[talk.start() : talk.end()])]
    for m in _LEADS_DELEGATION.finditer(lower):
        idx = doc.sentence_index(m.start())
        if m.start() in {at for _, at, _, _ in out.get(idx, [])} or _AHEAD_VERB.search(
            lower, max(doc.sentences[idx].start, m.start() - 40), m.start()
        ):
            continue  # (`led a delegation to` already an event word; `will lead a delegation to`: ahead)
        out.setdefault(idx, []).append((False, m.start(), EventKind.VISIT, text[m.start() : m.end()]))
    for at in _owned_visits(doc, out):
        idx = doc.sentence_index(at)
        occasion = bool(_OCCASION.search(lower, max(doc.sentences[idx].start, at - 40), at))
        out.setdefault(idx, []).append((occasion, at, EventKind.VISIT, text[at : at + len("visit")]))
    for m in _SIGN_VERB.finditer(lower):
        idx = doc.sentence_index(m.start())
        s_start = doc.sentences[idx].start
        if _SIGN_NOT_DONE.search(lower, max(s_start, m.start() - 30), m.start()):
            continue
        if m.group(0) == "signed" and (
            _DOCUMENT_QUALIFIED.search(lower, max(s_start, m.start() - 80), m.start())
            or _SIGNED_ADJECTIVE.search(lower, max(s_start, m.start() - 24), m.start())
            or _SIGNED_SO_FAR.search(lower, max(s_start, m.start() - 80), m.start())
            or _SIGNED_RELATIVE.search(lower, max(s_start, m.start() - 80), m.start())
        ):
            # (`the positive impacts of the free trade agreement signed between A and B`, `the freshly-signed
            # memorandum`, `the FTAs that Vietnam has signed`: a document named)
            continue
        if m.group(0).startswith("được") and (
            not _PASSIVE_DOCUMENT_SUBJECT.search(lower[s_start : m.start()])
            or _WHEN_CLAUSE.search(lower, max(s_start, m.start() - 40), m.start())
        ):
            continue  # (`“Kế hoạch …” được ký kết vào tháng 4/2025`: a document named; `khi Hiệp định được ký`: ahead)
        if _PROPOSED_CLAUSE.search(lower, s_start, m.start()):
            continue  # (`X proposed that the two sides … negotiate and sign a memorandum …`: what he asked for)
        if _SINCE_CLAUSE.search(lower, s_start, m.start()):
            continue  # (`kể từ khi hai nước thiết lập quan hệ … và ký kết Hiệp định … vào tháng 10/2024`: a period's start)
        if _IMPLEMENTED.search(lower, max(s_start, m.start() - 100), m.start()):
            continue  # (`Thực hiện Biên bản đã ký kết tại …`, `triển khai nội dung biên bản đã ký kết năm 2019`)
        if any(kind == EventKind.SIGNING for _, _, kind, _ in out.get(idx, [])):
            continue  # `lễ ký` already names it
        occasion = bool(_OCCASION.search(lower, max(s_start, m.start() - 40), m.start()))
        out.setdefault(idx, []).append(
            (occasion, m.start(), EventKind.SIGNING, "lễ ký kết" if doc.article.lang == "vi" else "signing")
        )
    return out


def _sides_talk(doc: ArticleDoc, talked: list[int], out: dict[int, list[tuple[bool, int, str, str]]]) -> None:
    """`At the invitation of A, B pays an official visit …`, then `The two Foreign Ministers discussed …` (`The
    Ministers agreed …`): a page that tells no meeting in words but the two sides' offices doing what a pair does
    together tells their talks, the first such sentence after the lead (its people: the lead's pair)."""
    if any(kind in _MEETING_KINDS for found in out.values() for _, _, kind, _ in found):
        return
    for idx in talked:
        sentence = doc.sentences[idx]
        subject = _PLURAL_SIDES.match(sentence.text) or _TITLED_SIDES.match(sentence.text.lstrip())
        talk = _PAIR_TALK.search(doc.lower, sentence.start, sentence.end) if subject is not None else None
        if talk is not None and idx not in out and not doc.within(doc.people, sentence.start, talk.start()):
            out[idx] = [(False, talk.start(), EventKind.MEETING, doc.text[talk.start() : talk.end()])]
            return


_LEADS_DELEGATION = re.compile(
    # (`\b(?:leads|leading|headed|heads|heading)` with its `\b` after the first letter: tried only where l or h stands)
    r"(?:l(?<!\w.)(?:eads|eading)|h(?<!\w.)(?:eaded|eads|eading))\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+){0,6}?delegation\b"
    r"(?=[^.;]{0,80}?\b(?:to|on a visit|on a trip)\b)"
)
"""`is leading a delegation of 30 businesses to Vietnam`, `headed a high-level delegation to …`: whom a delegation
travels with, its visit (`led a delegation to` and its kin are event words already)."""
_OWNED_VISIT = re.compile(r"(?:'s|’s)\s+(?:(?:first|recent|ongoing|current|latest)\s+)?(visit)\b")
"""`Kuroiwa’s visit will …`, `during Governor X's recent visit`: a visit named by its visitor's possessive alone (the
other visit words, `official visit`, `visit to`, are event words of their own)."""


_PLACE_NAMED_VISIT = compile_gated(
    r"(?:'s|’s|\b[Hh]is|\b[Hh]er)\s+(?:(?:first|recent|ongoing|current|latest)\s+)?(?P<place>(?:[A-Z][\w-]*\s+){1,3}?)"
    r"(visit)\b"
)
"""`his Vietnam visit aims to …`, `Prime Minister X's India visit`: a visit whose place stands before the word, named by
its visitor's possessive (as `his visit to Vietnam`, `X's visit`, are)."""


def _place_named_visits(doc: ArticleDoc) -> list[re.Match[str]]:
    """The `_PLACE_NAMED_VISIT` phrases whose capitalised words are a place the page names there (`his Lima visit`;
    not `his Official visit`, `her Hanoi-bound Trade visit`)."""
    if "visit" not in doc.text:  # (the pattern's own word: most pages have none, and its scan is slow)
        return []
    starts = {p.start for p in doc.places}
    return [m for m in _PLACE_NAMED_VISIT.finditer(doc.text) if m.start("place") in starts]


def _owned_visits(doc: ArticleDoc, found: dict[int, list[tuple[bool, int, str, str]]]) -> list[int]:
    """Offsets of `visit` words a person's possessive names (`_OWNED_VISIT`; or, with the place before the word, a
    person's or a pronoun's, `_PLACE_NAMED_VISIT`: `his Laos visit`, whose visitor the candidate finds as for `his
    visit to Laos`) that no event word already covers and no plan or invitation puts ahead (`X's planned visit`,
    `invited … for Y's visit`)."""
    if "visit" not in doc.lower:  # (a cheap test first: most pages have none)
        return []
    taken = {at for triggers in found.values() for _, at, _, _ in triggers}
    out = []
    for m in [*_OWNED_VISIT.finditer(doc.lower), *_place_named_visits(doc)]:
        pronoun = doc.lower[m.start() : m.start() + 1] == "h"  # (`his Vietnam visit`: his, named before)
        owner = next(
            (p for p in doc.within(doc.people, max(0, m.start() - 80), m.start() + 1) if p.end == m.start()), None
        )
        s_start = doc.sentences[doc.sentence_index(m.start())].start
        # (`the Thai Foreign Minister’s visit`: a title alone stands for whom the article named with it last, who may
        # be the host)
        if (owner is None and not pronoun) or (owner is not None and owner.data.get("bare")) or m.start(1) in taken:
            continue
        if (
            _PLANNED_VISIT.search(doc.lower, max(s_start, m.start() - 40), m.start())
            or _AHEAD_AFTER.match(doc.lower, m.end(1))
            or _INVITES.search(doc.lower, max(s_start, m.start() - 80), m.start())
        ):
            continue
        out.append(m.start(1))
    return out


_HELD_LATER = compile_gated(
    r"\b(?:(?:was|were|has been|have been) (?:\w+ )?(?:held|organi[sz]ed|hosted|co-hosted|convened|opened"
    r"|presided over|co-presided over|chaired|co-chaired)|took place|ended|concluded|wrapped up"
    r"|(?:đã |đã được |được )(?:tổ chức|khai mạc)|(?:đã )?diễn ra|(?:đã )?bế mạc|đã kết thúc)\b"
)
_SUBJECT_REACH = 6  # words before a conference word for it to be its sentence's subject (`An investment promotion …`)


def _held_subject(doc: ArticleDoc, idx: int, at: int, end: int) -> bool:
    """Whether the conference word at `at` heads its sentence's subject and the sentence then tells it held (`An
    investment promotion conference themed "…" to boost … was held in Quang Ninh on November 17`, `Hội nghị xúc tiến
    đầu tư … đã diễn ra tại …`), with no other event word between (whose verb that would be)."""
    sentence = doc.sentences[idx]
    before = doc.lower[sentence.start : at]
    dash = max(before.find(sep, 0, _DATELINE_LINE) for sep in (" – ", " — ", " - ", "--"))
    if len(before[dash + 2 if dash >= 0 else 0 :].split()) > _SUBJECT_REACH:  # (after a dateline, `Quang Ninh (VNA) –`)
        return False
    held = _HELD_LATER.search(doc.lower, end, sentence.end)
    if held is None or _SIGN_NOT_DONE.search(doc.lower, max(end, held.start() - 30), held.start()):
        return False
    return not _TRIGGERS.find(doc.lower[end : held.start()])


_TIEP_COMPOUND_AFTER = re.compile(rf"\s+(?:{tiep_compound_after_alternation()})\b")
_TIEP_COMPOUND_BEFORE = compile_gated(rf"\b(?:{'|'.join(TIEP_COMPOUND_BEFORE)})\s+$")
"""`tiếp` as a syllable of a compound word (`tiếp xúc cấp cao`, `tiếp tục`, `tiếp cận thị trường`, `tiếp nhận`,
`trực tiếp`, `liên tiếp`): contact, going on, access, direct, not `receive`, whatever comes after (`tăng cường trao
đổi đoàn và tiếp xúc cấp cao` is no reception, though a delegation word is before it)."""
_PASSIVE_VERBS = frozenset(("tiếp", "đón", "đón tiếp", "tiếp đón"))
_PASSIVE_BY = compile_gated(r"\bđược\s+(?:[^\s,.;]+\s+){1,10}$")
"""`Bộ trưởng X đã được Thủ tướng Y tiếp tại Tokyo`: a reception told in the passive (Y received X)."""


_CALLED_REACH = 110  # characters: whom one called on is named right after the verb, with his title
_CALLED_WORDS = 10  # words of title before that name (`the Vietnam Deputy Minister of Planning and Investment`)
_APPEAL_AFTER = re.compile(r"\s*(?:,[^,]{0,80},\s*)?to\b")


_BILATERAL_BEFORE = re.compile(r"\bbilateral\s+(?:official\s+|formal\s+|high-level\s+)?$")
"""`bilateral discussions`, `The bilateral official discussions between A and B were held …`: talks, as `bilateral talks`
are (a bare `discussions` may be a topic's)."""
_BETWEEN_REACH = 60  # characters after `discussion` where `between` names its pair


def _between_pair(doc: ArticleDoc, end: int) -> bool:
    """Whether `discussion(s)` at `end` is followed, in its clause, by `between` and two people (`discussion on 24 June
    2022 between Prime Minister A and Mrs. B`)."""
    limit = doc.sentences[doc.sentence_index(end)].end
    between = doc.lower.find(" between ", end, min(limit, end + _BETWEEN_REACH))
    if between < 0 or any(c in doc.text[end:between] for c in ",;"):
        return False
    return len({p.id for p in doc.within(doc.people, between, limit)}) >= 2


def _called_on_person(doc: ArticleDoc, end: int) -> bool:
    """Whether `called on` at `end` is a call paid on a person named right after it (`called on Prime Minister X at
    the Government Office`), not an appeal (`called on Japanese investors to …`, `called on X to …`)."""
    limit = doc.sentences[doc.sentence_index(end)].end
    after = doc.within(doc.people, end, min(limit, end + _CALLED_REACH))[:1]
    between = doc.lower[end : after[0].start] if after else ""
    if not after or len(between.split()) > _CALLED_WORDS or any(c in between for c in ",;"):
        return False
    return not _APPEAL_AFTER.match(doc.lower, after[0].end)


_TOLD_VERBS = frozenset(("told", "spoke with", "exchanged views with"))
"""Verbs of speech that are a meeting only with a person named right after them (`_told_in_person`)."""


def _told_in_person(doc: ArticleDoc, end: int) -> bool:
    """Whether `told` at `end` is said to a person named right after it (`told visiting Japanese Minister X on
    Wednesday that …`, `told his guest, Minister X, …`), not to a paper or reporters (`told Reuters that …`)."""
    limit = doc.sentences[doc.sentence_index(end)].end
    after = doc.within(doc.people, end, min(limit, end + _TOLD_REACH))[:1]
    between = doc.lower[end : after[0].start] if after else ""
    return bool(after) and " that " not in between and len(between.split()) <= _TOLD_WORDS


def _pair_before(doc: ArticleDoc, at: int) -> bool:
    """Whether the sentence names a pair before `at` (`A and B met in Tokyo`, `The two leaders met on Monday`)."""
    s_start = doc.sentences[doc.sentence_index(at)].start
    return len({p.id for p in doc.within(doc.people, s_start, at)}) >= 2 or bool(_SIDES.search(doc.text, s_start, at))


_PAIR_JOIN = re.compile(r"\s+(?:and|và)\s+(?:[^\s,;:()]+\s+){0,8}")
"""Between the two people of a pair subject: `and` and the second one's titles (`A and Admiral B`, `A và Thứ trưởng
Bộ Tài chính Lào B`, `A and his counterpart B`): no comma, no speech verb."""
_PAIR_TO_VERB = re.compile(r"\s+(?:(?:then|later|on \w+day)\s+)*")
"""Between a pair subject and its verb: adverbs and a weekday only (`A and B on Monday discussed …`); not `also`
(`A and B also discussed …`: more of the talks told before)."""
_REPORTED = re.compile(
    r"\b(?:said|says|told|added|noted|stressed|that|according|nói|cho biết|cho rằng|khẳng định|theo)\b"
)
"""Before a pair: what someone said (`Lam said A and B discussed …`): the pair is no subject of the sentence."""


def _pair_subject_talk(doc: ArticleDoc, start: int, end: int) -> re.Match[str] | None:
    """Where the verb of a sentence whose subject is two people is (`Ambassador A and Admiral B discussed …`): the
    first person within its first words (his titles), `and` and the second one's titles, then the verb of what a pair
    does together (`_PAIR_TALK`); none when anything else stands between (`A said B and C discussed`)."""
    people = doc.within(doc.people, start, end)
    if len(people) < 2 or len(doc.text[start : people[0].start].split()) > _SUBJECT_WORDS:
        return None
    if _REPORTED.search(doc.lower, start, people[0].start):
        return None
    first_end, rest = people[0].end, people[1:]
    while rest and rest[0].id == people[0].id:  # (a bare title and the name of one person)
        first_end, rest = rest[0].end, rest[1:]
    if (
        not rest
        or not _PAIR_JOIN.fullmatch(doc.text, first_end, rest[0].start)
        or _REPORTED.search(doc.lower, first_end, rest[0].start)
    ):
        return None
    second = rest[0]
    while len(rest) > 1 and rest[1].id == second.id and rest[1].start <= rest[0].end + 1:
        rest = rest[1:]
    verb = _PAIR_TO_VERB.match(doc.lower, rest[0].end)
    talk = _PAIR_TALK.match(doc.lower, verb.end() if verb else rest[0].end)
    return talk
