"""Events: meetings, visits, signing ceremonies, conferences, with date, place, participants and topics.

The event words are Vietnamese and English (`hội đàm` / `held talks`, `tiếp` /
`received`, `buổi làm việc` / `working session`, `lễ ký` / `signing
ceremony`); an event's id depends only on its kind, date and people, so a
Vietnamese and an English report of one meeting give one Event.

Takes an `ArticleDoc` with people, places, organisations, topics and dates;
adds Event entities, `ATTENDED` (official -> event), `PARTICIPATED_IN`
(organisation -> event, a side present through its delegation), `HELD_IN`
and `ABOUT`, and `doc.events` (spans of the sentences each event was read
from, `data["event"]` = its record) for the agreement stage.

How news writes about one event: the lead names it with its date and sides
(`Chiều 17/9, Phó Thủ tướng … làm việc với Bộ Công Thương`), and later
sentences refer back to it (`Tại buổi làm việc`, `Phát biểu tại Hội đàm`):
mentions of the same kind with no conflicting date and no conflicting sides
are one event, unless a sentence tells a meeting anew with a pair of its own (`A gặp B. C gặp D.`); `the
meeting` refers back to the meeting or conference told before. A trigger inside an occasion clause (`nhân dịp
sang thăm`, `bên lề Hội nghị`) is the context of the main event of its sentence, and an event of its own only
when the sentence has no other or names whose it is (`X, who is on a visit to …`, `visit by X`, the guest of
`X tiếp Y … nhân chuyến thăm`); an event told before or after another in one sentence (`following their talks`,
`and co-chaired the meeting of`) is one too. Generic plurals (`các chuyến thăm`) are no event; an event needs at
least one named participant (an event of bodies, `Authorities of A and B held a signing ceremony`, takes the
officials the article then quotes); a conference needs someone attending or holding it (`tham dự`, `chủ trì`,
`tổ chức`, `was held by`). A signing (`lễ ký`, `đã ký`, `ký kết biên bản`, `signed`, `witnessed the signing`) is
an event of its own, with its signers and witnesses, on the main event's day when its sentence gives none; a
signing planned, urged or named as a topic is none. Attendance lists (`Cùng dự … có …`, `Về phía X có …`) add
participants to the article's main event, `The event saw the presence of …` to the event told just before.
Dates: the sentence's own day (one opening it first), `today`/`on Tuesday`/`this morning` from the page's date,
a dateline (`HANOI, March 21 —`, `Thứ 4, 22/11/2023`), the main event's day for what is told after it.
Visits told as background are events besides what their sentence tells: `visiting` (`his visiting counterpart X`),
`X, who is on/visiting …`, `during his visit`, a delegation received or met (`tiếp đoàn … do ông Y làm trưởng đoàn`:
Y's visit); meeting words in the plural (`paid separate courtesy calls on A, B and C`) are one meeting each, and a
meeting told anew with a counterpart of its own (`Earlier, X met with Z`) is another even undated; an event whose
sentence names only bodies is attended by the officials the article names at them.
Wire copy's forms: a pair that `met in Tokyo`, `A and B discussed …` in a lead with no event word, `told Y that …`,
`paid a call on`, `greeted`, meals (a banquet is an event besides the talks of its day), `X, who is in Seoul to …`
(X's visit), `led a delegation to`; a meeting word naming one side takes the pair of the sentence before, `the two
prime ministers` the lead's pair, `the delegation met …` its leader, `X and Z also met …` is another meeting; what
follows a leading `After …,`, `Continuing his visit …,`, `Within the visit …,` is the sentence's event; people only
named (greetings conveyed, a visit still ahead) are not at it; `last week`, `tuần trước` give a month, a day after
`since` none, and an article whose dated events share one month dates its undated ones in it.
More forms: a guest received from abroad is on a visit; a reception of several told as several (`At the
meetings, …`, `lần lượt`) and working sessions with several bodies are a meeting each; a welcome ceremony, a meal
with someone, a ceremony one attends, talks whose outcome is reported and a call paid (`called on`, `was received
by`, `spoke by phone`, `thăm xã giao`) are events of their own; a pronoun opening a sentence is the subject before;
an event the lead tells without a day takes the day the lead gives one of its people, else the page's month;
whoever invited, whose agreements are implemented or whom a guest accompanies is only named.
And: `that day` is the day told before; a signing the two countries make during a visit, a ceremony witnessed by
leaders, a conference named in an opening occasion phrase, a reception of a body's leaders are events of their own;
a signing praised or a document named by its participle (`the agreement signed between …`) is none; an occasion
phrase ends at its comma; `X, the visiting governor of …` is X's visit; a delegation acting during the trip told
before is its traveller's; people quoted with any speech verb attend an event of bodies; whom a place is named after
attends nothing; a date line far from the lead's own day is the site's date, not the story's.
Vietnamese pages: a clause between commas naming what came before (`…, sau lễ đón …, X hội đàm với Y`) is background;
a conference attended besides the sentence's event (`khi dự Hội nghị …`, `Bên lề Hội nghị …`, `chuyến công tác dự
…`) is one of its own, not one only the occasion (`nhân dịp tham dự`) or still ahead (`trước thềm`); each visit word
naming its own visitor (`chuyến thăm A của X và chuyến thăm B của Y`) is a visit; a delegation gone to its meeting
(`đã đến chào xã giao`) has travelled, a host delegation at home has not; a document implemented or a period counted
from a signing (`Thực hiện Biên bản đã ký kết`, `kể từ khi … ký kết`) tells no signing, and the day after a signing
verb that follows the event word is the document's. The chairs a sentence of their own names after a meeting of
bodies (`Ông X … và ông Y … đồng chủ trì.`) attended it; `… cũng tham dự cuộc họp.` is the meeting told before; a page
stamped with a month alone dates its lead in that month; `Theo Thứ trưởng X, …` quotes X; a conference the lead tells
held on its own sentence's day (`Ngày 12/11, tại A diễn ra Hội nghị … giữa 3 tỉnh`) is one even with no one named;
an item of a list of one person's doings cut at its semicolons (`X đã đến thăm A; gặp B; tham dự Hội nghị …`) is his.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from core.vocabulary import EventKind, Label, OrganizationKind, Prop, RelType, TitleKind
from loaders.dates import DAY, MONTH, YEAR, DateMention
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.officials_en import DEMONYMS
from loaders.entities.phrases import PhraseFinder
from loaders.letters import UPPER

# Event words, by kind; `*` marks a verb that is a trigger only before a name or an honorific (`tiếp ông X`).
_TRIGGER_WORDS = {
    EventKind.SIGNING: (
        "lễ ký",
        "lễ ký kết",
        "lễ kí",  # (the i-spelling some outlets keep)
        "lễ kí kết",
        "lễ trao",
        "lễ công bố",
        "signing ceremony",
        "buổi ký kết",
        "buổi kí kết",
        "sự kiện ký kết",
        "exchange ceremony",
        "ceremony to sign",
    ),
    EventKind.VISIT: (
        "chuyến thăm",
        "thăm cấp nhà nước",
        "thăm chính thức",
        "thăm làm việc",
        "thăm và làm việc",
        "sang thăm",
        "tới thăm",
        "đến thăm",
        "thăm*",
        "state visit",
        "official visit",
        "working visit",
        "visit to",
        "visit by",
        "visit of",
        "visited*",
        "visiting*",
        "paid a visit",
        "visits*",
        "who is in*",
        "who is currently in*",
        "who is now in*",
        "who was in*",
        "toured*",
        "led a delegation to",
        "led a delegation on",
        "led a trade delegation to",
        "led a business delegation to",
        "led a high-level delegation to",
        "chuyến công tác",
        "sang công tác",
        "đến công tác",
        "one-day visit",
        "two-day visit",
        "three-day visit",
        "four-day visit",
        "five-day visit",
        "six-day visit",
        "week-long visit",
        "weeklong visit",
        "day-long visit",
        "arrived in*",
        "traveled to*",
        "travelled to*",
        "flew to*",
        "sang chúc mừng",
        "sang chúc tết",
        "đến chúc mừng",
        "đến chúc tết",
        "working trip",
        "official trip",
        "made a trip to",
        "took a trip to",
        "paid a trip to",
        "on a trip to",
        "trade mission to",
        "business mission to",
        "investment mission to",
        "business trip",
        "study tour",
        "study trip",
        "his stay in*",  # (`During his stay in X, …`: a stay of his is a visit there, as `his visit to X` is)
        "her stay in*",
        "their stay in*",
    ),
    EventKind.MEETING: (
        "hội đàm",
        "hội kiến",
        "điện đàm",
        "buổi tiếp",
        "tiếp xã giao",
        "buổi làm việc",
        "làm việc với",
        "cuộc gặp",
        "cuộc họp",
        "buổi họp",
        "gặp gỡ",
        "gặp mặt",
        "tiếp*",
        "gặp*",
        "held talks",
        "talks",
        "met with",
        "met*",
        "meets*",
        "receives*",
        "holds talks with",
        "hosts*",
        "meeting*",
        "received*",
        "hosted*",
        "welcomed*",
        "welcome ceremony for",
        "chào*",
        "chào xã giao",
        "held meetings with",
        "had meetings with",  # (`had meetings with Prefect A and President B`: one each)
        "courtesy calls",
        "royal audience",
        "an audience with",
        "audience granted",  # (`at the end of an audience granted to him by President Y`)
        "granted an audience",
        "granted him an audience",
        "granted her an audience",
        "received in audience",
        "worked with*",
        "talked to*",
        "talked with*",
        "worked with leaders",
        "worked with the leaders",
        "had talks with",
        "held discussions with",
        "had discussions with",
        "conferred with",
        "held a meeting with",
        "a banquet",
        "banquet for",
        "banquet in honour of",
        "banquet in honor of",
        "working session",
        "working sessions",
        "bilateral meetings",
        "separate meetings",
        "meeting with",
        "reception for",
        "a reception",
        "courtesy visit",
        "online talks",
        "virtual talks",
        "trao đổi và làm việc",
        "cuộc trao đổi",
        "buổi trao đổi",
        "bilateral meeting",
        "courtesy call",
        "phone call",
        "phone conversation",
        "telephone conversation",
        "telephone call",
        "telephone talks",
        "video call",
        "held online talks",
        "trao đổi qua điện thoại",
        "gặp trực tuyến",
        "phone talks",
        "phone talk",
        "telephone talk",
        "video conference with",
        "videoconference with",
        "spoke by phone with",
        "spoke by telephone with",
        "spoke over the phone with",
        "had a phone call with",
        "trao đổi trực tuyến",
        "teleconference",
        "online meeting",
        "virtual meeting",
        "video meeting",
        "tiếp thân mật",
        "thăm xã giao",
        "tiếp kiến",
        "đón tiếp*",
        "tiếp đón*",
        "luncheon for",
        "dinner for",
        "luncheon in honour of",
        "luncheon in honor of",
        "dinner in honour of",
        "dinner in honor of",
        "tiệc chiêu đãi",
        "paid a call on",
        "greeted*",
        "told*",
        "gặp nhau",
        "met each other",
        "called on*",
        "discussion",
        "discussions",
        "sat down with",
        "was received by",
        "were received by",
        "spoke by phone",
        "spoke by telephone",
        # a conversation told with its verb (`spoke with Prime Minister Y by phone`, `exchanged views with Y`, `A and
        # B talked on the phone`)
        "spoke with*",
        "exchanged views with*",
        "talked on the phone",
        "talked over the phone",
        "spoke on the phone",
        "spoke on the telephone",
        "talked on the telephone",
        # a call paid, an envoy's credentials presented, a guest received told in the passive, meetings held apart
        "farewell call",
        "presented his credentials to",
        "presented her credentials to",
        "presented credentials to",
        "presented his letter of credentials to",
        "trình quốc thư",
        "was welcomed by",
        "were welcomed by",
        "was hosted by",
        "were hosted by",
        "was greeted by",
        "were greeted by",
        "met separately with",
        "gặp song phương",
        "chào từ biệt",
        "chào tạm biệt",
        "cuộc tiếp xúc",
        "talked by phone",
        "talked by telephone",
        "held a phone call",
        "held a telephone call",
        "lễ đón",
        "welcome ceremony",
        "trao đổi với*",
        "working lunch",
        "working dinner",
        "working breakfast",
        "lunch hosted by",
        "luncheon hosted by",
        "dinner hosted by",
        "banquet hosted by",
        "state banquet",
        # a meal told as attended or given (`then attended lunch which was hosted by X`, `hosted a dinner for`)
        "attended lunch",
        "attended a lunch",
        "attended the lunch",
        "attended a luncheon",
        "attended the luncheon",
        "attended a dinner",
        "attended the dinner",
        "attended a banquet",
        "attended the banquet",
        "hosted a lunch",
        "hosted a luncheon",
        "hosted a dinner",
        "hosted a banquet",
        "gave a banquet",
        "offered a banquet",
        "dinner with",
        "lunch with",
        "luncheon with",
        "breakfast with",
    ),
    EventKind.CONFERENCE: (
        "hội nghị",
        "diễn đàn",
        "hội thảo",
        "hội chợ",
        "triển lãm",
        "tọa đàm",
        "phiên họp",
        "phiên thảo luận",
        "tuần lễ cấp cao",
        "kỳ họp",
        "conference",
        "forum",
        "seminar",
        "workshop",
        "expo",
        "trade fair",
        "exhibition",
        "summit",
        "dialogue",
        "political consultation",
        "tham vấn chính trị",
        "tham khảo chính trị",
        "đối thoại",
        "meeting of",
        "session of",
        # ceremonies one attends (`attended a ceremony to mark …`, `dự lễ trao tặng Huân chương`): events of their own
        # (and an event told as attended with an indefinite article, `He also attended an event in X city to introduce
        # …`: one of its own, as `attended the event` is the one told before; like any conference word, only when
        # attended, held or hosted)
        "an event",
        "ceremony to mark",
        "ceremony marking",
        "ceremony to celebrate",
        "ceremony celebrating",
        "ceremony to launch",
        "ceremony to inaugurate",
        "inauguration ceremony",
        "inaugural ceremony",
        "groundbreaking ceremony",
        "ground-breaking ceremony",
        "opening ceremony",
        "launching ceremony",
        "launch ceremony",
        "award ceremony",
        "lễ kỷ niệm",
        "lễ khánh thành",
        "lễ khởi công",
        "lễ ra mắt",
        "lễ trao tặng",
        "lễ gắn biển",
        "lễ khai trương",
        "lễ tổng kết",
    ),
}
# Signing verbs: a signing is an event of its own (who signed and who witnessed it), whether or not a meeting
# surrounds it; a signing planned, proposed or urged (`sẽ ký`, `thúc đẩy ký kết`, `to be signed`) is none.
_SIGN_VERB = re.compile(
    r"\b(?:(?:k[ýí] kết|k[ýí]|signs?) (?=(?:(?:a|an|the|new|two|\d+) )?(?:\w+ ){0,3}?(?:biên bản|bản ghi nhớ|thỏa thuận|hiệp định"
    r"|hợp đồng|văn kiện|nghị định thư|mou|memorand|agreement|pact|deal|contract|accord|minutes|protocol))|(?:đã|vừa)(?: được)?(?: chính thức| long trọng| cùng nhau)? k[ýí](?: kết)?|đã cùng k[ýí]|cùng k[ýí](?: kết)?|k[ýí] kết thành công|tiến hành k[ýí](?: kết)?"
    r"|chứng kiến (?:lễ |việc )?k[ýí]|k[ýí] (?:vào )?(?:sáng|chiều|tối|ngày|hôm)|signed|inked|witnessed the signing|witnessed the exchange"
    r"|(?:present at|attended) the signing"
    r"|(?:memorand\w+|mous?|agreements?|documents?)(?: of understanding)? (?:was|were|ha(?:s|ve) been) exchanged"
    r"|signing of|(?:by|after|while) signing|exchanged (?:the |a |an |two |several )?(?:\w+ )?(?:documents?|letters? of intent|memorand\w+|MoUs?"
    r"|agreements?|minutes)|trao (?:đổi )?(?:các |\d+ )?(?:văn kiện|(?:biên )?bản ghi nhớ|thỏa thuận"
    r"|biên bản (?:ký kết|hợp tác|thỏa thuận|thoả thuận|hội đàm|làm việc)))\b"
)
_DOCUMENT_QUALIFIED = re.compile(
    r"\b(?:the|an?|its|their|this|that)\s+(?:[\w()-]+\s+){0,4}?(?:agreements?|mous?|\(mou\)|memorand\w*|deals?|pacts?"
    r"|treat(?:y|ies)|documents?|accords?|contracts?|\(\w*fta\))\s+$"
)
"""`the free trade agreement signed between A and B`, `an MoU signed in 2016`, `the documents signed during his visit`:
a participle after a document with no auxiliary names the document by its signing (told elsewhere, or long ago);
the signing is told with a verb of its own (`A and B signed …`, `the MoU was signed …`)."""
_SIGNED_SO_FAR = re.compile(
    r"\b(?:agreements|ftas|deals|mous|memoranda|treaties|documents|pacts|accords|contracts)\s+(?:that|which)\s+"
    r"(?:[\w’'-]+\s+){1,3}?(?:has|have|had)\s+(?:already\s+|so far\s+|ever\s+)?$"
)
"""`the 16 FTAs that Vietnam has already signed`, `agreements which the two sides have signed`: documents counted by
their signing over the years (a relative clause in the perfect), no signing told."""
_SIGNED_ADJECTIVE = re.compile(r"\b(?:the|a|an|its|their|this|these)\s+(?:freshly|newly|recently|previously)[- ]$")
"""`the freshly-signed memorandum`, `a newly signed pact`: `signed` as an adjective after a determiner, a document
named, no signing told (`A and B recently signed …` is a verb, and a signing)."""
_CEREMONY_ONLY = ("lễ trao", "lễ công bố")
_SIGN_NOT_DONE = re.compile(
    r"\b(?:sẽ|dự kiến|chuẩn bị|tiến tới|hướng tới|thúc đẩy|xúc tiến|đề nghị|mong muốn|nhằm|để|chưa|will|would|to be|be"
    r"|expected|plan(?:s|ned)? to|aim(?:s|ed)? to|hope[sd]? to|not|to|towards?|việc|tiến trình|quá trình|since|kể từ"
    r"|từ khi|accelerat\w*|speed(?:ing)? up|sped up|expedit\w*|push(?:ed|ing)? for|urg(?:e|ed|es|ing)|call(?:ed|s|ing)? for"
    r"|facilitat\w*|promot(?:e|ed|es|ing)|appreciat\w*|welcom(?:e|ed|es|ing)|hail(?:ed|s|ing)?|prais(?:e|ed|es|ing)"
    r"|laud(?:ed|s|ing)?|applaud(?:ed|s|ing)?|commend(?:ed|s|ing)?)"
    r"\s+(?:\S+\s+){0,2}$"
    r"|\bđàm phán,\s*$"
    r"|\b(?:the|an|its|their)\s+early\s+$|\bsớm\s+$"
    r"|\b(?:when|if|once|until|unless|khi|nếu)\s+(?:\S+\s+){0,4}?(?:is|are|gets?|has been|have been|được)\s+$"
)
"""(`to negotiate and sign`, `agreed to sign`, `work towards the signing of`, `accelerate the signing of`, `urged the
signing of`: an infinitive, an aim, an appeal; `việc ký kết`, `tiến trình đàm phán, ký kết`: the
signing as a topic, not a signing told; `since the signing of …`, `kể từ khi ký`: what a period is counted from;
`xúc tiến ký kết`, `promoted the signing of`: a signing sought; `hope for the early signing of`, `sớm ký kết`:
wished for soon; `when the draft is signed`, `khi được ký`: a condition;
`highly appreciated the signing of`, `welcomed the signing of`: a signing praised, a topic as `đánh giá cao việc ký kết`
is; told as an event, it is told with a verb of its own)"""
_IMPLEMENTED = re.compile(
    r"\b(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá|căn cứ|trên cơ sở)\s+(?:(?:các|những|nội dung|hiệu quả|tốt)\s+)*"
    r"(?:biên bản|bản ghi nhớ|thỏa thuận|thoả thuận|hiệp định|văn kiện|hợp đồng|kế hoạch|chương trình|nghị định thư)\b"
    r"[^,.;]{0,60}?\s$"
)
"""`Thực hiện Biên bản đã ký kết tại …`, `triển khai nội dung biên bản hợp tác đã ký kết năm 2019`: a document being
implemented, named by its signing (a relative clause), which is no signing told."""
_PROPOSED_CLAUSE = re.compile(r"\b(?:proposed|suggested|recommended|urged|asked|called for|requested)\b[^.;:]*$")
"""`X proposed that the two sides establish a sub-committee, negotiate and sign a memorandum …`, `he suggested the two
localities strengthen exchanges … and sign a friendly cooperation agreement`: a signing in what someone proposed or
asked for, however far after the verb, is not made (the Vietnamese `đề nghị` is also the noun, `Nhất trí với đề nghị
của …, ông X cho rằng … đã ký thỏa thuận`, so it is read only right before the verb, `_SIGN_NOT_DONE`)."""
_SINCE_CLAUSE = re.compile(r"\b(?:kể từ khi|từ khi|ever since|since)\b[^,;:.]*$")
"""`đặc biệt kể từ khi hai nước thiết lập quan hệ Đối tác toàn diện và ký kết Hiệp định … vào tháng 10/2024`: a signing
in the clause a period is counted from, however far after `kể từ khi`, is background, not a signing told."""
_NOUN_WORDS = frozenset(("meeting",))
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w’'-]+\s+){0,3}$")
"""`The meeting, held online, …`, `At the meeting, …`: a meeting told already (whatever word first named it)."""
_JOINED_TOLD = re.compile(r"\b(?:tham dự|dự)\s+$")
_ENDS_HERE = re.compile(r"\s*(?:này|nói trên|trên)?\s*[.;]?\s*$")
"""A meeting word right after `dự`/`tham dự` that ends its sentence (`… cũng tham dự cuộc họp.`): the one told before."""
_DEFINITE_DATE_REACH = 50  # characters after the word: `The meeting took place in Hanoi on May 5` dates it
"""Event words also verbs that are events as nouns after a determiner (`a meeting`, not `meeting demand`)."""
_TRIGGERS = PhraseFinder(
    (w.rstrip("*"), f"{kind}{'*' if w.endswith('*') else ''}") for kind, words in _TRIGGER_WORDS.items() for w in words
)
_BEFORE_NAME = re.compile(
    rf"\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:visiting|outgoing|incoming|new|newly[- ](?:accredited|appointed|elected))\s+)?"
    rf"(?:ngài|ông|bà|đồng chí|đoàn|an? (?:\w+ )?delegation|the delegation|[{UPPER}]"
    rf"|(?:leaders|representatives|executives|the leadership) of (?:the )?[{UPPER}]|(?:lãnh đạo|đại diện) (?:[\w-]+ ){{0,2}}[{UPPER}])"
)
"""Whom a verb such as `received` takes: a name or a title right after it, or a delegation; the title may be qualified
by the guest's standing (`received visiting Minister X`, `received outgoing Ambassador Y`, `received newly-accredited
Ambassador Z`); or the leaders of a body (`received the leaders of the Royal Dutch Shell Group`, `tiếp lãnh đạo Tập
đoàn X`): a meeting with that body's heads."""
_MET_AFTER = re.compile(
    r"\s+(?:in|on|at|for|during|here|there|virtually|online|via|by|last|earlier|yesterday|today|this|twice|again"
    r"|separately|privately)\b|\s*[,.;]"
)
"""`A and B met in Tokyo on Monday`, `The two leaders met on the sidelines of …`: a meeting of the pair named before."""
_PAIR_TALK = re.compile(
    r"\b(?:(?:have|has|had)\s+)?(?:discussed|agreed|exchanged views|exchanged ideas|reviewed|vowed|pledged"
    r"|jointly announced|made the announcement jointly|made a joint announcement|issued a joint statement"
    r"|đã (?:thảo luận|trao đổi|nhất trí|thống nhất))\b"
)
"""What a pair did together (`A and B discussed …`, `… on Thursday agreed to …`, `A and B made the announcement
jointly`: what two leaders announce together they announce where they meet): their meeting, when the lead says no
more."""
_PAIR_VERB = re.compile(
    r"\b(?:discussed|agreed|exchanged views|exchanged ideas|reviewed|vowed|pledged"
    r"|jointly announced|made the announcement jointly|made a joint announcement|issued a joint statement"
    r"|đã (?:thảo luận|trao đổi|nhất trí|thống nhất))\b"
)
"""The verbs of `_PAIR_TALK` alone (its optional `have` left out): a faster scan for the sentences that have one."""
_MEAL = re.compile(r"\b(?:banquet|luncheon|lunch|dinner|breakfast|tiệc|chiêu đãi)\b")
_WELCOME = re.compile(r"\b(?:welcome ceremony|welcoming ceremony|lễ đón)\b")


def _occasion_sort(trigger: str) -> str:
    """What sort of meeting an event word names: a meal, a welcome ceremony, or talks (``)."""
    lower = trigger.lower()
    return "meal" if _MEAL.search(lower) else "welcome" if _WELCOME.search(lower) else ""


"""A meal or banquet the hosts give: an event of its own besides the talks of that day, not the talks named again."""
_SINCE = re.compile(r"\b(?:since|kể từ|từ khi)\b[^,;]*$")
"""A day after `since` is the day something is counted from, not the day of the event told before it."""
_WHO_JUST_BEFORE = re.compile(r",\s*who\s+(?:has\s+|had\s+|also\s+)?$")
"""`Mrs. X, Vice President of …, who paid a visit to …`: the visit word right after the relative pronoun is X's."""
_PLANNED_VISIT = re.compile(
    r"\b(?:upcoming|planned|forthcoming|coming|next|prepare for|preparing for|preparations? for|chuẩn bị(?: cho)?"
    r"|dự kiến)\s+(?:(?:the|a|an|his|her|their|official|state|working|\w+'s|\w+’s)\s+){0,3}$"
)
_VISIT_AHEAD = re.compile(
    r"\b(?:sẽ|dự kiến(?: sẽ)?|will|would|(?:is|are|was|were) (?:scheduled|expected|due|set|going) to|plans? to"
    r"|planned to|intends? to)\s+(?:(?:also|then|pay|make|undertake|conduct|have|có|tiến hành|sang|tới|đến|cùng)\s+){0,2}"
    r"(?:(?:a|an|the|cuộc|chuyến)\s+)?$"
)
"""A visit told with a modal before it (`will pay an official visit to`, `plans to pay a visit`, `sẽ thăm chính thức`,
`dự kiến sẽ có chuyến thăm`): still ahead, no event, as `sẽ gặp` is no meeting, unless its day is set (`Ngày 20/8,
Thủ tướng X sẽ thăm chính thức Nhật Bản`: a visit on the calendar, which the graph keeps)."""


def _scheduled_day(doc: ArticleDoc, idx: int) -> bool:
    """Whether a sentence gives a day (not a month or a year alone): what a visit told ahead is set for."""
    sentence = doc.sentences[idx]
    return any(d.precision == DAY and d.kind != "period" for d in doc.dates_in(sentence.start, sentence.end))


_AHEAD_AFTER = re.compile(r"(?:\s+\S+){0,4}?\s+sắp tới\b")
"""A visit still ahead (`the upcoming visit of X`, `chuẩn bị chuyến thăm`, `chuyến thăm Việt Nam sắp tới`): no event."""
_PLANNED_AFTER = re.compile(r"[^.;,]{0,60}?\s(?:is|are)\s+(?:planned|scheduled|expected|set|due)\s+(?:for|in|to)\b")
"""`A trade mission to Vietnam is planned for October`, `the visit … is scheduled for next year`: still ahead."""
_NAMED_ONLY = re.compile(
    r"\b(?:greetings|regards|best wishes|wishes|condolences|congratulations)\s+(?:from|of|to)\b"
    r"|\blời (?:thăm hỏi|chào|chúc)(?: mừng)?\b[^,.;]{0,40}?\b(?:của|tới|đến)\b"
    r"|,\s*who\s+(?!(?:is|was|are|were|has been|had been|arrived|came|also|currently|now)\b)[a-z]+ed\b"
    r"|\b(?:upcoming|planned|forthcoming|preparations? for|prepare for)\s+(?:\w+\s+){0,3}?visits?\b"
    r"|\bchuẩn bị (?:cho )?(?:chuyến thăm|chuyến công tác)\b|\bchuyến thăm\b[^,.;]{0,60}\bsắp tới\b"
    r"|\b(?:agreements?|consensus|understandings?|common perceptions?|outcomes?|results?)\s+(?:\w+\s+){0,2}?"
    r"(?:reached|achieved|agreed)\s+(?:by|between)\b"
    r"|\b(?:nhận thức chung|thỏa thuận|kết quả)\s+(?:quan trọng\s+)?(?:đã\s+)?(?:đạt được\s+)?(?:giữa|của)\s+(?:lãnh đạo\s+)?"
    r"(?:tổng bí thư|chủ tịch|thủ tướng|hai)"
    r"|,\s*who\s+(?:is|was|are|were)\s+accompanying\b"
)
_NAMED_ONLY_CUES = (
    "greetings", "regards", "wishes", "condolences", "congratulations", "lời ", "who ", "upcoming", "planned",
    "forthcoming", "prepar", "chuẩn bị", "sắp tới", "reached", "achieved", "agreed", "nhận thức chung", "thỏa thuận",
    "kết quả",
)  # fmt: skip
"""(besides: agreements reached by leaders not present, `who is accompanying Prime Minister Z`)"""
_TOLD_REACH = 80  # characters: whom one told is named right after the verb
_TOLD_WORDS = 6  # words of title or qualifier before that name (`visiting Japanese Minister for Trade`)
_VERBS_JOINED = frozenset(("visited", "met", "received", "worked with"))
_JOINED_VERB = re.compile(r"\s+and\s+(?:[a-z]+ed|held|had|met|paid|gave|made|took|spoke|sat)\b")
"""`X visited and worked with leaders of …`, `visited and offered New Year wishes to …`, `visited and held a working
session with …` (an irregular past too): an event verb joined to another past verb by `and` is told as done, though
no name follows it."""
_NOUN_BEFORE = re.compile(
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
# (a number counts meetings only with its counter word: `on August 30 held talks` is one meeting on a date)
_OCCASION = re.compile(
    r"\b(?:nhân dịp|nhân chuyến|trong khuôn khổ|bên lề|trong chuyến|nhân|dịp|tháp tùng|tiếp tục chuyến"
    r"|tiếp tục (?:các )?hoạt động|tiếp tục chương trình|continuing (?:his|her|their|the)"
    r"|within (?:the|his|her|their|this)|in the course of"
    r"|on the sidelines of|on the occasion of|within the framework of|during|as part of|in conjunction with)\b"
)
_OCCASION_CLAUSE = re.compile(
    r"\b(?:nhân dịp|nhân chuyến|trong khuôn khổ|bên lề|trong chuyến|tháp tùng|tiếp tục chuyến"
    r"|tiếp tục (?:các )?hoạt động|tiếp tục chương trình|continuing (?:his|her|their|the)"
    r"|within (?:the|his|her|their|this)|in the course of"
    r"|on the sidelines of|on the occasion of|within the framework of|as part of|in conjunction with)\b"
)
_OPENING_OCCASION = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:on the occasion of|during|on the sidelines of|within the framework of|in the framework of"
    r"|nhân dịp|trong khuôn khổ|bên lề)\s+(?:the\s+|các\s+)?[^,;.]{0,60}$"
)
"""A conference word in the occasion phrase that opens its sentence (`On the occasion of the 7th Strategic Dialogue, A
and B welcome …`, `Bên lề Diễn đàn …, X đã …`): the people the sentence names were at it, as after `At the forum,`
(not bodies alone: `Trong khuôn khổ Hội nghị …, Bộ A và Bộ B đã thiết lập …` tells what the bodies did)."""
_ATTEND_VERB = re.compile(
    r"\b(?:tham dự|dự|chủ trì|đồng chủ trì|phát biểu tại|khai mạc|tham gia"
    r"|attended|attending|attend|chaired|co-chaired|addressed|spoke at|opened|took part in|joined"
    r"|participated in)\s+(?:\S+\s+){0,5}$"
)
_ATTENDANCE = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:Cùng (?:tham )?dự|Tham dự|Dự (?:buổi|hội|lễ)|Dự tại (?:các )?điểm cầu|Về phía [^.;]{2,80}? có"
    r"|(?:Tiếp|Đón|Tiếp đón)(?: và làm việc (?:với|cùng))? (?:các )?đoàn[^.;:]{0,60}? có"
    r"|(?:Buổi (?:lễ|làm việc|hội đàm|tiếp|gặp)|Cuộc (?:gặp|hội đàm|hội kiến)|Hội nghị|Lễ ký(?: kết)?)(?: \w+){0,3}? (?:còn )?có sự (?:tham dự|tham gia|chứng kiến|hiện diện)"
    r"|Also (?:present|attending|taking part)|Attending the|Present at|Từ trái (?:qua|sang) phải|From left to right)",
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
_ATTENDED_EVENT = re.compile(
    r"\b(?:attended|attend|was present at|were present at|joined|took part in)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?event\b"
)
"""`Consul General X attended the online event`: who attended the event told before (`event` names no kind)."""
_PRESENCE_REACH = 2  # sentences: how far back the event such a sentence speaks of may be
_ACCOMPANYING = re.compile(r"\b(?:tháp tùng|đi cùng|accompan(?:y|ying|ied))\b")
_PLURAL_WORD = re.compile(
    r"(?:các|những|nhiều|several|many|separate|\d+)\s|.*(?:courtesy calls|meetings with|working sessions|meetings)$"
)
"""A meeting word in the plural (`các cuộc hội kiến với`, `paid separate courtesy calls on`, `held meetings with`):
with several people after it, a meeting with each."""
_WITH_AFTER = re.compile(r"\s+(?:riêng\s+)?(?:với|with|on)\s+")
_SPOKE_AT = re.compile(
    r"\b(?:phát biểu (?:tại|trong) (?:buổi|lễ|hội)|spoke at the (?:ceremony|meeting|event|signing|talks|conference)"
    r"|in (?:his|her) (?:remarks|speech|opening remarks) at the)\b"
    r"|^\s*(?:In (?:his|her) (?:remarks|speech)|Speaking at the (?:ceremony|meeting|event|signing|talks|conference))\b",
    re.I,
)
_REPRESENTED = re.compile(
    r"\b(?:was|were) represented by\b|\brepresented (?:the|its|his|her|\w+) (?:[\w-]+ ){0,3}(?:in|at) the "
    r"(?:exchange|signing)\b"
)
"""`TNB was represented by its President and CEO, X, while EVN was represented by …, Y`: who signed or exchanged a
document of the signing the article tells."""
_INVITES = re.compile(
    r"(?:\b(?:gửi lời mời|mời)(?<!theo lời mời)(?<!nhận lời mời)|\b(?:invited|invites|extended an invitation"
    r"|extends an invitation|mong muốn (?:sớm )?(?:được )?(?:chào )?đón|hopes? to (?:soon )?welcome"
    r"|looks? forward to welcoming))\b[^;]{0,80}$"
)
"""An invitation to visit or meet (`gửi lời mời X thăm …`, `invited X to visit`), or the wish to welcome one (`mong
muốn sớm được đón Thủ tướng X sang thăm`, `hopes to welcome X`), is not the visit (`theo lời mời của
X`, `at the invitation of X`: a visit made)."""
_AHEAD_VERB = re.compile(
    r"\b(?:will|would|to be|(?:is|are|was|were) (?:scheduled|expected|due|set|going) to|plans? to|planned to|sẽ"
    r"|dự kiến)\s+(?:also\s+|cùng\s+)?$"
)
"""What makes attending a conference still ahead (`will attend`, `is set to attend`, `sẽ tham dự`)."""
_MEETING_AHEAD = re.compile(
    r"\b(?:sẽ|dự kiến|sắp|will|would|(?:is|are|was|were) (?:scheduled|expected|due|set) to|plans? to|planned to)"
    r"\s+(?:(?:có|tiến hành|cùng|hold|have|also|attend|co-chair|chair|host|give|offer|join)\s+)?"
    r"(?:(?:a|an|the|cuộc|buổi)\s+)?$"
    r"|\b(?:nhất trí|đồng ý|thống nhất|sớm)\s+(?:sớm\s+)?(?:triệu tập|tổ chức)\s+$"
)
"""A meeting told as ahead (`sẽ gặp`, `will hold talks with`, `is scheduled to hold talks`, `nhất trí triệu tập cuộc họp
thứ chín của Ủy ban hỗn hợp`, `sớm tổ chức kỳ họp`) is no event yet."""
_CHAIRED = re.compile(
    r"[,;]\s+(?:[^\W\d]+\s+){1,5}(?:đã\s+)?(?:chủ trì|đồng chủ trì|co-chaired|chaired)\s+(?:the\s+)?$"
)
"""`…, hai Bộ trưởng đã chủ trì Hội thảo`, `…, the two ministers co-chaired the`: a clause of its own telling a conference."""
_HELD_BY = re.compile(
    r"\b(?:tổ chức|đồng tổ chức|tiến hành|diễn ra|organi[sz]ed|co-organi[sz]ed|held|hosted|co-hosted|convened)\s+"
    r"(?:(?:a|an|the)\s+)?(?:\S+\s+){0,2}$"
)
"""Who holds a conference is at it (`Ủy ban nhân dân tỉnh … tổ chức Hội nghị sơ kết …`, `X hosted a forum`); `đã diễn ra
Hội nghị …` (the verb first, as Vietnamese tells what took place) is one held."""
_MENTION = re.compile(
    r"\b(?:tại|trong|sau|bên lề|at|during|in|after|following|the|this)\s+(?:(?:the|a|an)\s+)?(?:buổi\s+|cuộc\s+|lễ\s+)?$"
)
"""`Tại buổi làm việc`, `At the talks`, `During the meeting`: an event word that names where something happened."""
_SPEECH_AT = re.compile(
    r"\b(?:phát biểu (?:khai mạc|bế mạc|chào mừng|kết luận|tổng kết|chỉ đạo)(?: tại)?|addressing|(?:opening|closing)"
    r" (?:remarks|speech) at)\s+(?:the\s+)?$"
)
"""`Phát biểu khai mạc Hội nghị, Bộ trưởng Y …`, `Addressing the forum, …`, `In his opening remarks at the conference`:
a speech given at the event told before, which names it again (so it is a mention, not another event)."""
_A_MENTION = re.compile(r"\b(?:during|at|in)\s+(?:a|an)\s+$")
"""`During a working session with Governor X on November 25, …`: an event told anew in an opening phrase (an
indefinite one, with whom and its day), not one named back as `At the meeting` is."""
_CONFERENCE_OCCASION = re.compile(
    r"\b(?:(?:bên lề|trong khuôn khổ|on the sidelines of|on the margins of)\s+(?:(?:các\s+)?(?:hoạt động|chương trình)\s+)?"
    r"|tiếp tục (?:các )?(?:hoạt động|chương trình)(?: công tác)? (?:tại|ở)\s+)"
    r"(?:(?:tham\s+)?dự\s+)?(?:the\s+)?$"
)
"""`Bên lề Hội nghị …, X đã có buổi làm việc với Y`, `trong khuôn khổ Diễn đàn …, X tiếp Y`, `tiếp tục các hoạt động tại
Hội nghị Thượng đỉnh …, X đã có cuộc gặp Y`: the conference whose margins the event is held on, or at which the
subject's activities continue, is one the subject attended."""
_NAMED_CONFERENCE_OCCASION = re.compile(
    r"\b(?i:on the sidelines of|on the margins of|during)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z0-9][\w’'-]*\s+){1,5}$"
)
"""`The deal, signed on May 26 in Lima on the sidelines of the 12th Pacific Summit`, `the signing held in Lima during the
Andean Business Forum`: a conference named by its own capitalised name as the occasion of what the sentence tells was
held, an event of its own (English puts the name between the article and the conference word, which `Bên lề Hội nghị
…` does not); `during the forum`, lower-case, names back the one told before."""
_HELD_BY_AFTER = re.compile(
    r"\s+(?:was|were|is|are|đã|được)\s+(?:\w+\s+)?(?:held|hosted|co-hosted|chaired|co-chaired|organi[sz]ed|tổ chức"
    r"|đồng chủ trì|chủ trì)\b|\s+(?:held|hosted|chaired|co-chaired)\s+by\b"
)
"""`The dialogue was held virtually by A and B`, `the summit held by President A with his counterpart B`: a
conference told as held is an event."""
_AT_THE_EVENT = re.compile(r"(?:^|\b)(?:tại|at the|phát biểu tại|speaking at(?: the)?)\s+$")
_SIDE = re.compile(r"\s*(?:\(\w+\)\s*)?(?:Về phía|On the side of|From the side of)\s+", re.I)
_AT = re.compile(r"\b(?:tại|in|at)\s+(?:trụ sở\s+|thủ đô\s+|thành phố\s+|tỉnh\s+|the\s+)?", re.I)
_TO = re.compile(r"\b(?:tới|sang|đến|thăm(?: cấp Nhà nước| chính thức)?(?: tới)?|to|visited)\s+", re.I)
_SIDES = re.compile(
    r"\b(?:hai bên|hai Bộ trưởng|hai lãnh đạo|hai nhà lãnh đạo|hai Thủ tướng|hai Chủ tịch|two sides|both sides"
    r"|the two ministers|the two leaders|the two officials|the two premiers|the two prime ministers"
    r"|the two presidents|the two foreign ministers|both leaders|both ministers"
    r"|(?:the two|both) (?:deputy )?(?:PMs|FMs)"  # (`the two PMs co-chaired …`: the newsroom's abbreviations)
    r"|(?:lãnh đạo|Bộ trưởng|Thủ tướng|Chủ tịch|đại diện|người đứng đầu) (?:của )?(?:hai|2) (?:bên|nước|tỉnh|địa phương|Bộ"
    r"|thành phố|quốc gia|chính phủ)|(?:leaders|ministers|representatives|heads) of (?:the )?(?:two|both) (?:sides|countries"
    r"|provinces|localities|ministries|cities|nations|governments))\b",
    re.I,
)
_PRIOR = re.compile(r"\b(?:following|after|before|prior to|ahead of|sau khi|trước khi)\s+(?:the\s+|their\s+|cuộc\s+)?$")
_HELD_BY_PAIR = re.compile(r"\s+(?:held|hosted|chaired)\s+by\s+[^;]{0,160}?\bwith\s+(?:his|her)\s+counterpart\b")
"""`… signed a MoU with Y during the summit held by President A with his counterpart, B`: the summit has a pair of its
own, an event besides the signing (as `the talks between A and B` are)."""
_BETWEEN_AFTER = re.compile(r"\s+(?:between|giữa)\s+")
"""`following the talks between A and B`, `sau cuộc hội đàm giữa A và B`: an earlier meeting named with its own pair."""
_INDEFINITE = re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+)?$")
"""`During a working session with Y`, `at another meeting with Y`: a meeting told as one not named before."""
_ALSO = re.compile(r"\b(?:also|cũng|còn)\s+(?:(?:đã|có|held|had)\s+)?$")
"""`X and Z also met …`, `Bộ trưởng X cũng đã tiếp …`: a meeting told anew besides the one told before."""
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
_TITLED_SIDES = re.compile(
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
_SAME_DAY = re.compile(
    r"\b(?:cùng ngày|trong cùng ngày|cũng trong ngày|the same day|that same day|(?:later|earlier) (?:that|the same|in the)"
    r" day|on the same day|(?:also )?(?:on )?that day|trước đó cùng ngày|(?:after|upon|on) (?:his |her |their |the )?arrival"
    r"|ngay (?:sau )?khi (?:đến|tới))\b",
    re.I,
)
"""An event told on the day of the last day the text named (`After arrival, the delegation was received …` after
`arrived in Phnom Penh yesterday afternoon`)."""
_ON_VISIT = re.compile(
    r"(?:,\s*who\s+(?:is|was|has been|had been)\s+(?:currently\s+|now\s+|then\s+)?(?:on|paying|making|in)\b"
    r"|,\s*who\s+(?:arrived|came|paid|made|began|started|(?:is|was) paying|concluded|completed|ended|wrapped up"
    r"|(?:is|was) (?:concluding|wrapping up|ending))\b"
    r"|\b(?:hiện\s+)?đang\s+(?:có\s+)?(?:trong\s+)?|\bđang\s+thăm\b)[^,;]{0,60}$"
)
"""`X, who is on a two-day official visit to …`, `X, …, who arrived on Thursday for a visit to …`, `X, who is in Hanoi for
a working visit`, `X, who concluded a 3-day working visit to …` (the visit's end told by the way), `X hiện đang trong
chuyến thăm Seoul`: the visit is X's (the person named last before the relative clause)."""
_VISITING = re.compile(r"(?:,\s*)?who\s+(?:is|was)\s+(?:currently\s+|now\s+)?$")
"""`X, who is visiting Hanoi, …`: X's visit (and `visiting` as an adjective, `his visiting counterpart X`, is the
visit of whom it qualifies)."""
_RECEIVED_JUST_BEFORE = re.compile(r"\b(?:received|welcomed|hosted|greeted)\s+(?:the\s+)?$")
_HIS_BEFORE = re.compile(
    r"\b(?:his|her)\s+(?:(?:first|ongoing|current|recent|official|state|working|two-day|three-day"
    r"|four-day|five-day|\w+-day)\s+){0,3}$"
)
"""`during his official visit`, `on her first state visit`: the visit of the person the possessive stands for."""
_HIS_WORD = re.compile(r"(?:his|her)\s")
"""An event word that holds its possessive (`during his stay in X`): the visit of whom it stands for, as above."""
_PAST_WHEN = re.compile(r"\b(?:ever since|since|kể từ)\s+(?:(?:năm|the year)\s+)?\d{4}\s*,?\s+(?:when|khi)\b")
"""`…, the first high-level trip since 2005 when then-President Z visited`: who the clause names was at an event of
that year, not at the one told before it."""
_YEAR_WHEN = re.compile(r"\b\d{4}s?\s*,?\s+(?:when|khi)\b[^,;.]*$")
"""`… ties which date back to the 1920s when the first Vietnamese migrants arrived in X`, `in 1995 when Y visited`: a
visit word in the clause a year or a decade opens is of that time, history, not a visit told."""
_VISIT_BY = re.compile(r"\s+(?:by|of|của)\s+")
_THIS_BEFORE = re.compile(
    r"\b(?:this|that|the same|(?:during|on|throughout) the(?: [\w-]+-day| official| state| working){0,2})\s+$"
)
_THIS_AFTER = re.compile(r"\s+(?:này|lần này)\b")
"""`During this visit`, `trong chuyến thăm này`: the visit told already, whose people are not this sentence's."""
_VISIT_PRAISED = re.compile(
    r"\b(?:đánh giá cao|hoan nghênh|chào mừng|cảm ơn|welcomed|welcomes|appreciated|appreciates|praised|hailed|valued"
    r"|spoke highly of|thanked \S+ for|welcoming|hailing|praising|appreciating|valuing)\s+(?:\S+\s+){0,8}$"
)
"""A visit that the subject praises or welcomes is someone else's (whom its own words may name), not the subject's."""
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


_VISIT_BY_LATER = re.compile(r"(?:\s+(?!mời\b|invitation\b)[^\s,;.()]+){1,8}?\s+(?:của|by)\s+")
"""`chuyến thăm chính thức LB Nga lần đầu tiên của Chủ tịch nước X`, `the visit to Japan by Prime Minister X`: the
visitor named later in the visit's own phrase (not after `of`, which may be a place's, `Republic of Korea`, nor
after an invitation, `theo lời mời của X`: X invited)."""
"""`the ongoing visit by Deputy Prime Minister X`, `chuyến thăm của X`: X's visit."""
_SAYS = re.compile(
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
_GUESTS_QUOTED = 2  # the officials quoted after a one-sided meeting with bodies who are taken as its other side
_SEQUENCE = re.compile(
    r"\b(?:following|followed|follows|preceded|after|before|prior to|ahead of|sau khi|sau|trước khi|trước|and|và|then|rồi)"
    r"\s+(?:(?:the|their|his|her|an?)\s+)?(?:\S+\s+){0,3}$"
    r"|\b(?:and|và) (?:also |cũng )?(?:took part in|attended|joined|participated in|dự|tham dự) (?:an? |the )?(?:\S+\s+){0,2}$"
    r"|\bfor\s+(?:(?:a|an|the)\s+)?(?:\S+\s+)?$"
)
"""`… witnessed the signing, following their official talks`, `Sau hội đàm, …`, `visited A, received B, and also took
part in a conference on …`, `flew to Hanoi for talks with Y`: a meeting told before or after another event of the
sentence, or as what a trip was for, is an event of its own."""
_RECEIVED = re.compile(r"\b(?:tiếp|đón tiếp|đón|tiếp xã giao|received|welcomed|hosted|greeted)\s+")
"""A reception verb: who is received is the guest, and a visit the sentence then names is the guest's."""
_INVITED_BY = re.compile(r"\b(?:theo lời mời của|nhận lời mời của|at the invitation of|on the invitation of)\b")
_CLAUSE_SEP = re.compile(r"[,;]")
_HIS = re.compile(r"\b(?:his|her|their)\b")
_DELEGATION = re.compile(r"\b(?:delegation|đoàn)\b", re.I)
_LEADER = re.compile(
    r"\b(?:đoàn|delegation)\b[^;]{0,120}?"
    r"\b(?:led by|headed by|do(?= [^;]{0,250}?\b(?:dẫn đầu|làm trưởng đoàn)))\s+",
    re.I,
)
"""A delegation received, met or meeting (`tiếp đoàn công tác … do ông Y … làm trưởng đoàn`, `a working session with
a delegation …, headed by Y`, `Đoàn công tác … do Thứ trưởng Y làm trưởng đoàn đã có cuộc hội đàm`): who leads it."""
_GUEST_DELEGATION = re.compile(r"\b(?:tiếp|đón|received|welcomed|hosted|greeted|với|with)\s+(?:\S+\s+){0,3}?$", re.I)
"""Before a delegation received or met (its guest); a delegation that meets, the subject, has travelled when its
sentence says where it is (`tại Thượng Hải (Trung Quốc), Đoàn công tác … đã có cuộc hội đàm`)."""
_WENT = re.compile(r"\b(?:đã\s+)?(?:đến|sang|tới)\s+(?:chào|làm việc|thăm|hội đàm|gặp|dự)\b")
"""`đoàn công tác của tỉnh A do X dẫn đầu đã đến chào xã giao chính quyền B`: a delegation gone to its meeting has
travelled."""
_LED_BY = re.compile(r"\b(?:led by|headed by|do|dẫn đầu bởi)\s+", re.I)
_LEADER_REACH = 4  # sentences: how far after a delegation's visit its leader may be named
_LEADER_BACK = 6  # sentences: how far before `the delegation met …` the delegation's leader may be named
_SUBJECT_DELEGATION = re.compile(
    r"\b(?:the|this|our|their)\s+(?:[\w-]+\s+){0,3}?delegation\b|\bđoàn(?:\s+công tác|\s+đại biểu)?\b"
)
"""`the Yen Bai delegation`, `Đoàn công tác`: a delegation told as what it did, before the event word."""
_DELEGATION_VISITS = re.compile(
    r"(?:\b[Đđ]oàn(?:\s+(?:công tác|đại biểu|lãnh đạo|cấp cao|liên ngành)){0,3}\s+(?:(?:của\s+)?(?:(?:tỉnh|thành phố|huyện|quận|Bộ)\s+)?(?:[A-ZĐ][\w.-]*\s+){1,4})?"
    r"|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?delegation\s+)(?:(?:đã|cũng|also|then|later)\s+)?$"
)
"""`khi đoàn tới thăm …`, `đoàn công tác tỉnh Tuyên Quang sang thăm`, `the delegation visited …`: a visit whose subject is
the delegation (with its province's name at most), right before its word."""
_THIS_YEAR = date.today().year  # (a target year, `đến năm 2030`, is no article's present)
_PAST_YEARS = 5  # years before the latest one an article names: a date that old dates no event far from its word
_NEAR_TRIGGER = 30  # characters
_DATELINE_LINE = 80  # characters: a page's date line is short
_DATELINE_LABEL = re.compile(r"(?:[^\W\d]{1,12}[\s.,]+){0,3}[^\W\d]{1,12}(?:\s+\d)?[\s,:|-]*")
_AGENCY_DASH = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-|:)")
_OPENING_DATE = 25  # characters: a day this near the start of its sentence is the time the sentence is set at
_DATELINE_TOP = 400  # characters: how near the top a line's opening day dates the lead's events
_LEAD = 2  # sentences: a meeting named in the headline or the lead without its people is the one the lead names
_MEETING_KINDS = (EventKind.MEETING, EventKind.CONFERENCE)
_LABEL_VI: dict[str, str] = {
    EventKind.MEETING: "Cuộc gặp",
    EventKind.VISIT: "Chuyến thăm",
    EventKind.SIGNING: "Lễ ký kết",
    EventKind.CONFERENCE: "Hội nghị",
}


@dataclass(slots=True)
class EventRecord:
    kind: str
    trigger: str
    date: str | None = None
    end_date: str | None = None
    precision: str | None = None
    people: list[Span] = field(default_factory=list)  # participants as read (first sentence first)
    principals: list[str] = field(default_factory=list)  # person ids of the first mention
    places: list[Span] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    orgs: list[Span] = field(default_factory=list)
    attended: bool = False  # named as what people attended (`tham dự lễ ký kết`), not as what they did
    listed: bool = False  # one of several meetings one sentence lists, each with its own counterpart
    occasions: list[str] = field(default_factory=list)  # kinds of the events named as its occasion (`bên lề lễ ký`)
    definite: bool = False  # `the meeting`: refers back to the meeting or conference told before
    mention: bool = False  # named as where something happened (`Tại buổi làm việc`, `At the talks`), not told anew
    visitor_named: bool = False  # a visit whose visitor its own words name (`X, who is on a visit`, `visit by X`)
    anew: bool = (
        False  # told with whom (`met with Y`, `hội đàm với Y`, `received Y`), not named back (`Chương trình Hội đàm`)
    )
    again: bool = False  # told anew with `also` (`X and Z also met …`): another meeting, not the one told before
    another: bool = False  # told anew with an indefinite article (`During a working session with Y, …`): one of its own
    earlier: bool = False  # named as what came before, with its own pair (`following the talks between A and B`)
    recounted: bool = (
        False  # whose outcome is reported (`briefed his host on the outcome of talks with …`): held before
    )
    id: str = ""


def find_events(doc: ArticleDoc) -> list[EventRecord]:
    """The article's events, read with the one-word given names English copy calls Vietnamese officials by (`Thanh
    said at a meeting with …`) as mentions of them; the people list the later stages read stays as it was."""
    read = doc.people
    given = [*_given_name_mentions(doc), *_title_mentions(doc)] if doc.article.lang == "en" else _title_mentions(doc)
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


_FULL_NAME_WORDS = 3  # a Vietnamese name read in full (family, middle and given name): its last word is the given one


def _given_name_mentions(doc: ArticleDoc) -> list[Span]:
    """`Phan Van Lam … Lam said at a meeting with …`: English wire copy names a Vietnamese official again by his given
    name alone; a word that is the given name of exactly one person the page named in full before, standing alone
    (no capitalised word glued before or after it, as in a place's name), is that person."""
    owners: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for sp in doc.people:
        words = sp.text.split()
        if len(words) >= _FULL_NAME_WORDS and not sp.data.get("short"):
            owners.setdefault(words[-1], set()).add(sp.id)
            first_at.setdefault(sp.id, sp.end)
    named = {given: next(iter(ids)) for given, ids in owners.items() if len(ids) == 1 and given[:1].isupper()}
    taken = [(sp.start, sp.end) for sp in (*doc.people, *doc.places, *doc.orgs)]
    out = []
    for m in _LONE_WORD.finditer(doc.text) if named else ():  # (no scan when no one's given name is his alone)
        person = named.get(m.group(1))
        if person is None or m.start(1) < first_at[person] or any(a < m.end(1) and m.start(1) < b for a, b in taken):
            continue
        out.append(Span(m.start(1), m.end(1), person, Label.OFFICIAL, m.group(1), {"short": True}))
    return out + _leading_name_mentions(doc, taken + [(sp.start, sp.end) for sp in out])


def _leading_name_mentions(doc: ArticleDoc, taken: list[tuple[int, int]]) -> list[Span]:
    """`Datuk Seri Ismail Sabri Yaakob … Ismail Sabri, who is on a two-day official visit …`: English copy names a
    Malay or Arab official again by the first two words of his name (his own name and his father's); two words that
    open the full name of exactly one person the page named before, standing alone (no capitalised word after them),
    are that person."""
    owners: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for sp in doc.people:
        words = sp.text.split()
        if len(words) >= _FULL_NAME_WORDS and not sp.data.get("short"):
            owners.setdefault(" ".join(words[:2]), set()).add(sp.id)
            first_at.setdefault(sp.id, sp.end)
    out = []
    for lead, ids in owners.items():
        if len(ids) != 1:
            continue
        person = next(iter(ids))
        for start in _standing_alone(doc.text, lead):
            end = start + len(lead)
            if start < first_at[person] or any(a < end and start < b for a, b in taken):
                continue
            out.append(Span(start, end, person, Label.OFFICIAL, lead, {"short": True}))
    return out


_UPPER_LETTER = re.compile(f"[{UPPER}]")


def _word_char(c: str) -> bool:
    """A character of a word or a hyphenated one (what `[\\w-]` matches)."""
    return c.isalnum() or c in "_-"


def _standing_alone(text: str, words: str) -> list[int]:
    """Where `words` stand in `text` as words of their own, no capitalised word right after them (the matches, in
    order and not overlapping, of `(?<![\\w-])WORDS(?![\\w-])(?!\\s+[UPPER])`): found with `str.find`, as a
    pattern compiled for each name cost a fiftieth of the extraction's time."""
    out: list[int] = []
    size = len(text)
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        after = end
        while after < size and text[after].isspace():
            after += 1
        if (
            (at == 0 or not _word_char(text[at - 1]))
            and (end == size or not _word_char(text[end]))
            and not (after > end and _UPPER_LETTER.match(text, after))
        ):
            out.append(at)
            at = text.find(words, end)
        else:
            at = text.find(words, at + 1)
    return out


_BARE_TITLE = re.compile(
    r"\b(?:the|The)\s+(?:visiting\s+|host\s+)?(?:(?P<adj>"
    + "|".join(sorted(DEMONYMS, key=len, reverse=True))
    + r")\s+)?(?P<t>(?i:(?:deputy\s+|vice\s+)?(?:prime\s+minister|foreign\s+minister|minister|ambassador|governor|mayor"
    r"|premier|president|chairman|chairwoman|consul\s+general|chief\s+minister)|diplomat))\b"
    r"(?!\s+(?:of|to|for|in|at|from)\b)(?!\s*[,’'(]?\s*[A-Z])"
)
"""`the ambassador and his host discussed …`, `The Governor said …`, `the diplomat stressed`, `the Thai Foreign
Minister’s visit`: an office named alone (with the adjective of its country at most), no name or `of …` after it,
which English copy uses for an official it named in full before."""


_BARE_TITLE_VI = re.compile(
    r"(?<![\w])(?<!hai )(?<!Hai )(?<!các )(?<!Các )(?<!những )(?<!\d )"  # (`hai Bộ trưởng đã …`: two of them)
    r"(?P<t>(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Đại sứ|Thống đốc|Thị trưởng|Tỉnh trưởng|Tổng Lãnh sự))"
    r"(?=\s+(?:cũng|đã|sẽ|vừa|đánh giá|khẳng định|cho biết|nhấn mạnh|bày tỏ|mong muốn|đề nghị|cảm ơn|chúc mừng|gặp|thăm"
    r"|tiếp|hội đàm|làm việc|cùng|và phu nhân|và đoàn)\b)"
)
"""`Thống đốc cũng đã gặp gỡ Thủ tướng X`, `Đại sứ khẳng định …`, `Đại sứ và phu nhân`, `Ngài Tổng Lãnh sự`: an office
named alone before its verb, before whom comes with him, or after the honorific `Ngài` with no name after it, which
Vietnamese copy uses for an official it named in full before (the English `_BARE_TITLE`)."""
_HONOURED_TITLE_VI = re.compile(
    r"(?<=[Nn]gài )(?P<t>(?:Phó\s+)?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Đại sứ|Thống đốc|Thị trưởng|Tỉnh trưởng"
    rf"|Tổng Lãnh sự))(?![\w])(?!\s*[(,–-]?\s*[{UPPER}\d])"
)
"""`gửi lời chào mừng đến Ngài Tổng Lãnh sự`, `ngài Đại sứ rất quan tâm`: an office after the honorific `Ngài` with
no name after it is a person addressed by his office, the one the page named in full with it."""


def _title_mentions(doc: ArticleDoc) -> list[Span]:
    """`Ambassador X visited …`, then `During a working session with Governor Y, the ambassador and his host
    discussed …`: a bare office (`_BARE_TITLE`) after the one person the page gave that office is that person
    (`the diplomat`: the one diplomat; `the Thai Foreign Minister`: the one of Thailand); none when two people hold
    it (`the minister` between two ministers)."""
    vietnamese = doc.article.lang != "en"
    bare = list((_BARE_TITLE_VI if vietnamese else _BARE_TITLE).finditer(doc.text))
    if vietnamese and "gài " in doc.text:  # (a cheap test first: `Ngài` is rare)
        bare += [m for m in _HONOURED_TITLE_VI.finditer(doc.text) if all(b.start("t") != m.start("t") for b in bare)]
    if not bare:
        return []  # (most pages: nothing to read, so none of the page's positions is gathered)
    english = {t.title_vi: t for t in doc.lexicon.gaz.titles}
    holders: dict[str, set[str]] = {}
    for rel in doc.relations.values():
        title = english.get(str(rel.properties.get(Prop.TITLE) or "")) if rel.type == RelType.HOLDS_POSITION else None
        if title is not None:
            holders.setdefault(title.title_en.lower(), set()).add(rel.source)
            if title.kind == TitleKind.DIPLOMATIC:
                holders.setdefault("diplomat", set()).add(rel.source)
    first_at: dict[str, int] = {}
    for sp in doc.people:
        first_at.setdefault(sp.id, sp.end)
    # (a bare office the officials stage gave someone is read again here: `the Thai Foreign Minister` is not the
    # Vietnamese one named last)
    taken = [(sp.start, sp.end) for sp in (*doc.people, *doc.places, *doc.orgs) if not sp.data.get("bare")]
    out = []
    for m in bare:
        word = " ".join(m.group("t").lower().split())
        if vietnamese:
            title = doc.lexicon.title(m.group("t"))
        else:
            title = doc.lexicon.title(" ".join(w.capitalize() for w in word.split())) if word != "diplomat" else None
        ids = holders.get(title.title_en.lower() if title is not None else word, set())
        if m.groupdict().get("adj"):  # (`the Thai Foreign Minister`: the one of Thailand)
            ids = {pid for pid in ids if _country_of(doc, pid) == f"country:{DEMONYMS[m.group('adj')].lower()}"}
        person = next(iter(ids)) if len(ids) == 1 else None
        if person is None or m.start("t") < first_at.get(person, len(doc.text)):
            continue
        if any(a < m.end("t") and m.start("t") < b for a, b in taken):
            continue
        out.append(Span(m.start("t"), m.end("t"), person, Label.OFFICIAL, m.group("t"), {"short": True}))
    return out


_COUNTRY_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|The)\s+(?:visiting\s+|host\s+)?(?P<adj>"
    + "|".join(sorted(DEMONYMS, key=len, reverse=True))
    + r")\s+(?:(?:deputy|vice)\s+)?$",
    re.I,
)


def _offices_of_another_country(doc: ArticleDoc) -> set[int]:
    """Where a bare office with a country's adjective (`the Australian Prime Minister visited …`) was read as an
    official of another country (the Vietnamese prime minister named last): that office is not his, whoever it is."""
    out = set()
    for sp in doc.people:
        if not sp.data.get("bare"):
            continue
        m = _COUNTRY_ADJECTIVE_BEFORE.search(doc.text, max(0, sp.start - 40), sp.start)
        adj = next((a for a in DEMONYMS if m is not None and a.lower() == m.group("adj").lower()), None)
        person = doc.entities.get(sp.id)
        iso = person.properties.get(Prop.COUNTRY) if person is not None else None
        own = _country_of(doc, sp.id) or (f"country:{str(iso).lower()}" if iso else None)
        if adj is not None and own is not None and own != f"country:{DEMONYMS[adj].lower()}":
            out.add(sp.start)
    return out


_LONE_WORD = re.compile(rf"(?<![{UPPER}][^\W\d_]\s)(?<![\w-])([{UPPER}][^\W\d_]+)(?![\w-])(?!\s[{UPPER}])")
"""A capitalised word with no capitalised word right after it (`Thanh said`, `Thanh’s trip`, not `Thanh Hoa`) and none
of two letters or more right before it (not `Ho Chi Minh`)."""


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
            (r for r in records if r.date and len(pair) >= 2 and pair <= {p.id for p in r.people} | _named_in(doc, r)),
            None,
        )  # (or whose own sentence names the pair: `Chiều 20/10, A hoan nghênh B … thăm C`, a visit of B's alone)
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
    _delegation_members(doc, records)
    lead = next((r for r in records if min(r.sentences) <= _LEAD + 1), None)
    if lead is not None and not lead.people and lead.kind != EventKind.VISIT and not any(r.people for r in records):
        # `Authorities of A and B held an online signing ceremony …`, then `X, Director of …, expressed …`: an event
        # whose sides are bodies is attended by the officials the article then quotes
        lead.people = _speakers(doc, min(lead.sentences), max(lead.sentences))
        lead.principals = list(dict.fromkeys(p.id for p in lead.people))[:3]
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
    for rec in records:
        if not rec.people and rec.kind == EventKind.VISIT:
            rec.people = _delegation_leader(doc, min(rec.sentences))
            rec.principals = [p.id for p in rec.people]
        elif (
            not rec.people
            and main is not None
            and (
                rec.date
                or (rec.kind == EventKind.SIGNING and not main.date and bool(set(rec.sentences) & set(main.sentences)))
            )
            and rec is not main
            and main.people
            and _SIDES.search(doc.sentences[min(rec.sentences)].text)
        ):  # `On July 24, the two sides signed …`; `During the talks, the two sides signed …` (undated talks' sentence)
            rec.people = list({p.id: p for p in main.people}.values())
            rec.principals = [p.id for p in rec.people][:3]
    _lead_signing_sides(records, main)
    told_only = records
    signed_by_people = any(r.people for r in records if r.kind == EventKind.SIGNING)
    records = [
        r
        for r in records
        if r.people
        or _signing_of_bodies(r, main)
        or _held_by_bodies(doc, r)
        or (not signed_by_people and _signing_during(doc, r, main))
    ]
    if not records:
        records = _named_back_alone(doc, told_only)
    records += _delegation_visits(doc, records)
    records += _guest_visits(doc, records)
    records += _welcomed_guest_visits(doc, records)
    records += _welcomed_delegation_visits(doc, records)
    records += _visits_by_several(doc, records)
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
    for rec in sorted(records, key=lambda r: (r.date is None, r.date or "", min(r.sentences))):
        _emit(doc, rec, rec is main)  # in the order they happened (undated ones last, as told)
    return records


_NAMED_BACK = 2  # sentences: how far before `The meeting was chaired by …` the one that named it with its day may be
_MEETING_NAMED_BACK = re.compile(
    r"^\s*(?:(?:at|during|after|following|in)\s+)?(?:the|this)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:meeting|talks|conference|session|dialogue|forum)\b",
    re.I,
)
"""`The meeting was chaired by …`, `At the talks, …`, `During the session, …`: a sentence opening with a meeting it names
back, as told before."""


def _day_named_before(doc: ArticleDoc, rec: EventRecord, told: set[int]) -> DateMention | None:
    """`Vietnam and Turkey agreed to … during the seventh meeting of the Joint Committee in Hanoi on July 13.` then `The
    meeting was chaired by A and B.`: news names an event with its day in one sentence (one that tells no event read
    here: who was at it comes after) and tells it in the next; the meeting named back is on the day of the sentence
    just before that names a meeting word with a day."""
    if rec.kind not in _MEETING_KINDS:
        return None
    for idx in sorted(rec.sentences):
        if not _MEETING_NAMED_BACK.match(doc.sentences[idx].text):
            continue
        for back in range(idx - 1, max(-1, idx - 1 - _NAMED_BACK), -1):
            if back in told:
                break
            before = doc.sentences[back]
            words = [
                before.start + a
                for a, _, tag in _TRIGGERS.find(doc.lower[before.start : before.end])
                if tag.rstrip("*") in _MEETING_KINDS
            ]
            days = [d for d in doc.dates_in(before.start, before.end) if d.precision == DAY and d.kind != "period"]
            if words and days:
                return min(days, key=lambda d: min(abs(d.offset - w) for w in words))
    return None


_THANKS_WELCOME = re.compile(
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


_CHAIRED_BY_OPEN = re.compile(r"\b(?:do|dưới sự chủ trì của)\s+[^;]*;\s*$")
_CHAIRED_LIST_END = re.compile(r"\b(?:đồng chủ trì|chủ trì)\b")
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


_CHAIRED_AFTER = re.compile(
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


_MEMBERS = re.compile(
    r"\b(?:delegation|đoàn)\b[^.;]{0,40}?\b(?:includes|included|consists of|consisted of|comprises|comprised|is comprised of"
    r"|was comprised of|is made up of|was made up of|gồm có|bao gồm|gồm)\b"
    r"|\b(?:tham gia|cùng đi với|cùng đi trong|thành viên)\s+đoàn\b[^.;:]{0,40}?\bcó\b",
    re.I,
)
"""`The delegation includes Director A, Director B …`, `The visiting delegation consisted of Mr. A …`, `Đoàn gồm có …`,
`Tham gia đoàn công tác có các đồng chí: …`, `Cùng đi với đoàn có …`: who travels with the delegation."""
_MEMBERS_BACK = 6  # sentences: how far before the list of its members a delegation's visit may be told
_MEMBERS_LISTED = 12  # sentences: how many items a list of members its semicolons cut may run to


def _semicolon_list_end(doc: ArticleDoc, idx: int) -> int:
    """The last sentence of a list that opens in sentence `idx` and that semicolons cut into sentences of their own
    (`… có các đồng chí: A - …; B - …; C - ….`): the first after it that ends without one (at most `_MEMBERS_LISTED`)."""
    last = idx
    stop = min(len(doc.sentences), idx + 1 + _MEMBERS_LISTED)
    while last + 1 < stop and doc.sentences[last].text.rstrip().endswith(";"):
        last += 1
    return last


def _delegation_members(doc: ArticleDoc, records: list[EventRecord]) -> None:
    """The people a delegation's list of members names (`_MEMBERS`) are on the visit told last before it (within
    `_MEMBERS_BACK` sentences): a delegation travels together. A list its semicolons cut into sentences of their own
    (`… có các đồng chí: A - Giám đốc Sở …; B - …; C - ….`) runs to the item that ends without one."""
    visits = [r for r in records if r.kind == EventKind.VISIT]
    if not visits or ("delegation" not in doc.lower and "đoàn" not in doc.lower):  # (a cheap test first)
        return
    for m in _MEMBERS.finditer(doc.text):
        idx = doc.sentence_index(m.start())
        told = [r for r in visits if idx - _MEMBERS_BACK <= min(r.sentences) <= idx]
        visit = max(told, key=lambda r: (min(r.sentences) < idx, min(r.sentences)), default=None)
        if visit is None:
            continue
        last = _semicolon_list_end(doc, idx)
        members = [p for p in doc.within(doc.people, m.end(), doc.sentences[last].end) if not p.data.get("bare")]
        for own in [r for r in told if r is not visit and r.sentences == [idx]]:
            # (`The visiting delegation consisted of …`: the visit told before, not one of the members' own)
            _merge(visit, own)
            records.remove(own)
        on_it = {p.id for p in visit.people}
        visit.people += [p for p in {p.id: p for p in members}.values() if p.id not in on_it]


def _lead_signing_sides(records: list[EventRecord], main: EventRecord | None) -> None:
    """`Hai bên đã ký kết Bản ghi nhớ …`, `Both governments signed agreements during their meeting`, `A – B ký kết …`
    in the headline: a signing the lead tells done with no signer named (the sides are bodies, places or `hai bên`)
    was signed by the people of the article's main event of that day, who met for it; with no such event it stays
    the signing of the bodies it names (`_signing_of_bodies`). Only when no signing of the article names its
    signers (that one is the ceremony, this a mention of it)."""
    if any(r.people for r in records if r.kind == EventKind.SIGNING):
        return
    for rec in records:
        if not _signing_of_bodies(rec, main):
            continue
        if main is not None and main is not rec and main.people:
            rec.people = list({p.id: p for p in main.people}.values())
            rec.principals = [p.id for p in rec.people][:3]
            rec.date = rec.date or main.date


def _signing_of_bodies(rec: EventRecord, main: EventRecord | None) -> bool:
    """A signing told done in the headline or the lead, naming no one who signed (`Tỉnh A và tỉnh B đã ký kết …`,
    `A – B ký kết nhiều nội dung hợp tác`): news reports it as an event of its own even when only bodies sign; not
    one of another day than the article's main event (`Trước đó, ngày 1/7/2023, Bộ A và Bộ B đã ký …`: background)."""
    return (
        rec.kind == EventKind.SIGNING
        and not rec.people
        and not rec.mention
        and min(rec.sentences) <= _LEAD + 1
        and (main is None or main is rec or _compatible_dates(main, rec))
    )


def _signing_during(doc: ArticleDoc, rec: EventRecord, main: EventRecord | None) -> bool:
    """`On the occasion, a memorandum of understanding on … was signed`, `At this seminar, A and B signed a memorandum
    …` after the lead's dated meeting or conference: a signing told done with no signer named, in a sentence that
    places it at the event told before (`_DURING_IT`), on the day of the article's main event, is one of its own, as
    one the lead tells is (`_signing_of_bodies`); only when no signing of the page names its signers (that one is the
    ceremony). Not one told elsewhere (`in 2014, A and B signed …`, `hopes to sign …`): background or ahead."""
    return (
        rec.kind == EventKind.SIGNING
        and not rec.people
        and not rec.mention
        and main is not None
        and main is not rec
        and main.kind != EventKind.SIGNING
        and bool(main.date)
        and rec.date == main.date
        and bool(_DURING_IT.match(doc.sentences[min(rec.sentences)].text))
    )


_DURING_IT = re.compile(
    r"\s*(?:(?:also|additionally|besides)\s*,?\s*)?(?:on (?:the|this) occasion|at (?:the|this) (?:event|meeting|conference|"
    r"seminar|forum|workshop|talks|ceremony)|during (?:the|this) (?:event|meeting|conference|seminar|forum|workshop|talks"
    r"|visit)|nhân dịp này|dịp này|tại (?:buổi|hội nghị|hội thảo|diễn đàn|sự kiện)|trong (?:buổi|chuyến))\b",
    re.I,
)
"""`On the occasion, …`, `At this seminar, …`, `Nhân dịp này, …`: a sentence that opens by placing what it tells at the
event told before."""


_HELD_VERB = re.compile(r"\b(?:diễn ra|tổ chức|khai mạc|took place|was held|were held|opened)\b")


_FURNITURE_LINES = 4  # sentences: how many short lines (a section's name, a breadcrumb) may stand before the lead


def _lead_end(doc: ArticleDoc) -> int:
    """The last sentence of the lead: `_LEAD`, or later when the page opens with lines of its site (`Chính trị`,
    `Quốc phòng - An ninh`, a headline) and its first sentence to give a day comes after them (`(GLO)- Sáng 28-3, …`)."""
    for idx, sentence in enumerate(doc.sentences[: _LEAD + 1 + _FURNITURE_LINES]):
        if any(d.precision == DAY for d in doc.dates_in(sentence.start, sentence.end)):
            return max(_LEAD, idx)
    return _LEAD


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


def _delegation_leader(doc: ArticleDoc, idx: int) -> list[Span]:
    """`A delegation from … Vinh Phuc visited France …` and then `The delegation, led by Secretary … X, …`: a
    delegation's visit is its leader's, named in its sentence or one of the next few."""
    if not _DELEGATION.search(doc.sentences[idx].text):
        return []
    for sentence in doc.sentences[idx : idx + _LEADER_REACH]:
        led = _LED_BY.search(doc.text, sentence.start, sentence.end)
        if led is not None:
            return doc.within(doc.people, led.end(), sentence.end)[:1]
    return []


def _delegation_visits(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """`X tiếp đoàn công tác tỉnh A do ông Y, Chủ tịch …, làm trưởng đoàn`, `held a working session with a delegation
    of …, headed by its Minister Y`, `Đoàn công tác … do Thứ trưởng Y làm trưởng đoàn đã có cuộc hội đàm với …`: a
    delegation received, met or meeting has travelled, the visit of whom leads it (an event of its own, on the day of
    the event its sentence tells), unless a visit of his is told already or the sentence names the visit it is part
    of (`Trong khuôn khổ chuyến thăm … của Chủ tịch nước X, đoàn … do Thứ trưởng Y dẫn đầu …`)."""
    out: list[EventRecord] = []
    visitors = {p.id for r in records if r.kind == EventKind.VISIT for p in r.people}
    visit_sentences = {i for r in records if r.kind == EventKind.VISIT for i in r.sentences}
    for rec in records:
        if rec.kind == EventKind.VISIT:
            continue
        for idx in sorted(rec.sentences):
            if idx in visit_sentences:
                continue
            sentence = doc.sentences[idx]
            leader = _visiting_leader(doc, sentence.start, sentence.end, rec.kind)
            if not leader or leader[0].id in visitors:
                continue
            visitors.add(leader[0].id)
            out.append(_visit_on(rec, idx, leader))
            break
    return out


_LATTER_OR_FORMER = re.compile(r"\bthe\s+(latter|former)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}$")
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


def _visiting_leader(doc: ArticleDoc, start: int, end: int, kind: str) -> list[Span]:
    """Who leads the first delegation of a sentence (`_LEADER`) that has travelled (received, gone to its meeting, or
    meeting where the sentence places it), not one at home where the sentence places it (`Buổi hội đàm diễn ra … tại
    thủ đô Maputo giữa Đoàn … Chính phủ Mozambique do Thủ tướng A dẫn đầu và Đoàn … Việt Nam, do Phó Thủ tướng B làm
    Trưởng đoàn`: B's, not the host A's)."""
    if not _DELEGATION.search(doc.text, start, end):
        return []
    places = _places(doc, start, end, kind)
    here = {p.id for p in places} | ({_country_of_place(doc, p) for p in places} - {None})
    for led in _LEADER.finditer(doc.text, start, end):
        guest = _GUEST_DELEGATION.search(doc.text, max(start, led.start() - 40), led.start())
        travelled = _WENT.search(doc.lower, led.end(), end) or _met_across(doc, led.start(), led.end(), end)
        if guest is None and not travelled and not places:
            return []
        leader = doc.within(doc.people, led.end(), end)[:1]
        if not leader or doc.text[led.end() : leader[0].start].count(",") > 1:
            return []
        if guest is None and _home_of(doc, leader[0].id) in here:
            continue  # (the host's delegation, at home)
        return leader
    return []


_MET_WITH = re.compile(
    r"\b(?:hội đàm|làm việc|hội kiến|gặp gỡ|gặp|talks|met|meeting)\s+(?:[^\s,;.]+\s+){0,3}?(?:với|with)\s+"
)


def _met_across(doc: ArticleDoc, name_start: int, name_end: int, end: int) -> bool:
    """`Đoàn đại biểu huyện A, tỉnh B (Trung Quốc) do X làm trưởng đoàn đã có buổi hội đàm với huyện C, tỉnh D (Việt
    Nam)`: a delegation whose own name places it in one country, meeting bodies its sentence places in another (and
    none of its own), has travelled to them: the subject who holds talks `with` a body abroad is the guest."""
    home = {c for p in doc.within(doc.places, name_start, name_end) if (c := _country_of_place(doc, p))}
    met = _MET_WITH.search(doc.lower, name_end, end) if home else None
    if met is None:
        return False
    stop = doc.text.find(";", met.end(), end)
    there = {
        c for p in doc.within(doc.places, met.end(), end if stop < 0 else stop) if (c := _country_of_place(doc, p))
    }
    return bool(there) and not there & home


def _home_of(doc: ArticleDoc, person: str) -> str | None:
    """Where a person is at home: the province the body he holds a post at is based in, else its country."""
    body = doc.employer(person)
    if body is None:
        return None
    province = next(
        (
            dst
            for (rel, src, dst) in doc.relations
            if rel == RelType.BASED_IN and src == body and dst.startswith("province:")
        ),
        None,
    )
    return province or _country_of(doc, person)


def _country_of_place(doc: ArticleDoc, place: Span) -> str | None:
    """The country a place lies in (itself, for a country)."""
    if place.id.startswith("country:"):
        return place.id
    ent = doc.entities.get(place.id)
    iso = ent.properties.get(Prop.COUNTRY) if ent is not None else None
    return f"country:{str(iso).lower()}" if iso else None


_RECEPTION = re.compile(
    r"\b(?:tiếp(?: xã giao| thân mật)?|đón tiếp|tiếp đón|received|receives|welcomed|welcomes|hosted|hosts|greeted"
    r"|reception for)\s+(?:the\s+)?(?:visiting\s+)?"
)
"""A reception verb before its guest (`X received Governor Y`, `X tiếp ông Y`, `at a reception for Y`)."""
_VISIT_NAMED = re.compile(r"\b(?:visit|visits|visiting|thăm|chuyến công tác)\b")
"""What tells the article is about a visit: a guest received then is on it (`the governor's visit will …`), when a
sentence besides the reception's says so (`received visiting Minister X` alone tells the reception, with its guest)."""
_RESIDENT = re.compile(r"\b(?:ambassador|đại sứ|consul|lãnh sự|chargé|representative|trưởng đại diện|đại biện)\b", re.I)
"""A guest who lives in the host's country (an ambassador, a consul, a representative office's head): no visit."""


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
        if _resident(doc, guest.id) or (host_country and guest_country and host_country == guest_country):
            continue
        visitors.add(guest.id)
        out.append(_visit_on(rec, idx, [guest]))
    return out


def _visit_on(told: EventRecord, idx: int, people: list[Span]) -> EventRecord:
    """The visit of `people` (the first of them its principal) that sentence `idx` tells inside another event, on
    that event's day: a guest received, a delegation's leader, a guest of an official welcome. Why one function: the
    three readings make the same record, which a change to what a visit carries must change once."""
    visit = EventRecord(EventKind.VISIT, "visit", told.date, told.end_date, told.precision, sentences=[idx])
    visit.people, visit.principals, visit.visitor_named = people, [people[0].id], True
    return visit


_OFFICIAL_WELCOME = re.compile(r"\blễ đón (?:chính thức|trọng thể|cấp nhà nước)\s+")
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


_WELCOMED_DELEGATION = re.compile(r"\b(?:chào mừng|hoan nghênh)\s+(?:chuyến thăm của\s+)?(?:phái\s+)?đoàn\b")
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
_VISITS_BY = re.compile(r"\bvisits\s+(?:to\s+(?:[^\s,;.]+\s+){1,4}?)?by\s+")
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
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3}


def _months_from(day: str, shift: re.Match[str]) -> str:
    """The month `shift` (`a month earlier`, `two months later`) counts from the month of `day` (ISO), as YYYY-MM."""
    n = _NUMBER_WORDS.get(shift.group("n")) or int(shift.group("n"))
    months = int(day[:4]) * 12 + int(day[5:7]) - 1 + (n if shift.group("way") in ("later", "after") else -n)
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


_TRIP = re.compile(r"\b(?:visit|trip|tour|chuyến thăm|chuyến công tác|thăm)\b")


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


def _resident(doc: ArticleDoc, person: str) -> bool:
    """Whether a person's title read for him is an ambassador's or a consul's."""
    return any(
        rel.type == RelType.HOLDS_POSITION
        and rel.source == person
        and _RESIDENT.search(str(rel.properties.get("title") or ""))
        for rel in doc.relations.values()
    )


def _country_of(doc: ArticleDoc, person: str) -> str | None:
    """The country a person is there for: that of the body or place he holds a post at."""
    body = doc.employer(person)
    if body is None:
        return None
    if body.startswith("country:"):
        return body
    ent = doc.entities.get(body)
    iso = ent.properties.get(Prop.COUNTRY) or ent.properties.get(Prop.ISO2) if ent is not None else None
    return f"country:{str(iso).lower()}" if iso else None


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


def _dateline_day(doc: ArticleDoc) -> DateMention | None:
    """A day that opens a line near the top of the article (`March 21 — …`: an English dateline whose place and
    outlet the cleaning took off): the day the events its lead tells without a date of their own happened."""
    for d in doc.dates_in(0, _DATELINE_TOP):
        line_start = doc.text.rfind("\n", 0, d.offset) + 1
        line_end = doc.text.find("\n", d.offset)
        short = (line_end if line_end >= 0 else len(doc.text)) - line_start <= _DATELINE_LINE
        # (`Thứ 4, 22/11/2023 | 11:36:23 [GMT +7]`, `Updated: 24-11-2021`: a weekday or a label before it)
        # (`Tokyo, Nov. 23 (Jiji Press)--…`, `SEOUL, Nov. 8 (Yonhap) -- …`: a city before it, the story after it)
        label = _DATELINE_LABEL.fullmatch(doc.text, line_start, d.offset)
        if d.precision == DAY and (
            d.offset == line_start or (label and (short or _AGENCY_DASH.match(doc.text, d.end_offset)))
        ):
            return None if _lead_day_apart(doc, d) else d
    return None


_DATELINE_APART = 31  # days: a lead whose own day lies this far from the date line's tells of another time


def _lead_day_apart(doc: ArticleDoc, line_day: DateMention) -> bool:
    """`Thứ sáu, ngày 22/11/2024` at the top, then a lead that tells `chiều 16-10, … bắt đầu chuyến thăm` of 2018: a
    date line far from the day the lead gives is the site's date of today (page furniture), not the story's."""
    idx = doc.sentence_index(line_day.offset)
    ends = doc.sentences[min(len(doc.sentences) - 1, idx + _LEAD + 1)].end
    days = [
        d
        for d in doc.dates_in(doc.sentences[idx].end, ends)
        if d.precision == DAY and d.kind != "relative" and d.offset != line_day.offset
    ]
    if not days:
        return False
    line = date.fromisoformat(line_day.start[:10])
    return all(abs((date.fromisoformat(d.start[:10]) - line).days) > _DATELINE_APART for d in days)


_COUNTED_BACK = re.compile(
    r"\b(?:\d+|hai|ba|bốn|năm|vài|mấy|two|three|four|five|six|several|a few)\s+(?:ngày|tuần|tháng|năm|days?|weeks?"
    r"|months?|years?)\s+(?:trước|qua|ago|earlier|before)\b",
    re.I,
)
"""`Hai tuần trước`, `three weeks ago`: a time counted back from the page's day, which is then not the event's month."""


def _page_day(doc: ArticleDoc) -> DateMention | None:
    """The page's own day (its `date` header, or the date its reader found), as a dateline when the text has none:
    news tells in its lead what happened that day or just before (`BUSAN, VNA – X and his counterpart Y have
    discussed …`); only its month is kept, the day may be the one before, so a stamp of a month alone (`date
    2023-04`) dates the lead as well."""
    own = doc.article.date  # (its own, or the day its address files it under: `pipeline`)
    if not own or len(own) not in (7, 10):
        return None
    return DateMention(own[:7], None, MONTH, own, 0, 0)


def _lead_month(doc: ArticleDoc, lead_end: int) -> DateMention | None:
    """The month of the first day the lead gives (`Từ 10-12/6, Tổng lãnh sự quán … tham gia các hoạt động của đoàn …`),
    on an undated page: when no event is dated, the lead's day is what the story tells, not one of its events'."""
    for sentence in doc.sentences[: lead_end + 1]:
        day = next((d for d in doc.dates_in(sentence.start, sentence.end) if d.precision == DAY), None)
        if day is not None:
            return DateMention(day.start[:7], None, MONTH, day.text, day.offset, day.end_offset)
    return None


def _date_line_month(doc: ArticleDoc) -> DateMention | None:
    """The month of the whole date (day, month and year written out) that stands on a short line of its own near the
    top of the page (`- 26 Sep 2017 8:44 AM`, `Thursday, Nov 15, 2018 14:45`): the page's date line."""
    for d in doc.dates_in(0, _DATELINE_TOP):
        line_start = doc.text.rfind("\n", 0, d.offset) + 1
        line_end = doc.text.find("\n", d.offset)
        short = (line_end if line_end >= 0 else len(doc.text)) - line_start <= _DATELINE_LINE
        if d.precision == DAY and not d.inferred_year and d.kind == "point" and short:
            return DateMention(d.start[:7], None, MONTH, d.text, d.offset, d.end_offset)
    return None


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


_SIDES_SIGN = re.compile(
    r"\b(?:(?:the two|both) (?:countries|sides|nations|governments|parties)|hai (?:nước|bên|quốc gia|chính phủ))\b"
    r"(?:\s+\S+){0,8}?\s+(?:signed|inked|exchanged|sign|k[ýí])\b",
    re.I,
)
"""`During X's visit …, the two countries issued a joint statement and signed four deals`: the countries sign, the
visitor only gives the occasion."""


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


def _told_apart(signing: EventRecord, records: list[EventRecord]) -> bool:
    """`PM X signed a partnership agreement during a visit to Y`, then `X and Y signed the agreement late on Feb 26`:
    the article's only signing, told again in a sentence that names no visit (its own or another's), is an event of
    its own (with several signings, the visitor's is the one his visit's sentence gives the occasion of: `… witnessed
    the signing of an MoU` beside the bodies' own signing)."""
    alone = not any(r.kind == EventKind.SIGNING for r in records if r is not signing)
    visits = {i for r in records if r.kind == EventKind.VISIT for i in r.sentences}
    return alone and not set(signing.sentences) <= visits


def _signings_of_a_visit(doc: ArticleDoc, records: list[EventRecord]) -> list[EventRecord]:
    """`Trong khuôn khổ chuyến công tác tháp tùng … thăm Trung Quốc, Bộ trưởng X đã ký và trao đổi …`: a signing
    whose one named signer is on the visit the same sentence names, with no counterpart, is part of that visit; not
    one its sentence says the two countries made (`During X's visit …, the two countries signed four deals`): news
    tells that signing as an event of its own."""
    out = []
    for rec in records:
        signers = {p.id for p in rec.people}
        if any(_SIDES_SIGN.search(doc.sentences[i].text) for i in rec.sentences if i < len(doc.sentences)):
            out.append(rec)
            continue
        visit = next(
            (
                v
                for v in records
                if v.kind == EventKind.VISIT and set(v.sentences) & set(rec.sentences) and signers <= set(v.principals)
            ),
            None,
        )
        if rec.kind == EventKind.SIGNING and len(signers) == 1 and visit is not None and not _told_apart(rec, records):
            visit.sentences.extend(i for i in rec.sentences if i not in visit.sentences)
            continue
        out.append(rec)
    return out


def _triggers(doc: ArticleDoc) -> dict[int, list[tuple[bool, int, str, str]]]:
    """Event words by sentence: (in an occasion clause, offset, kind, word), generic plurals dropped."""
    text, lower = doc.text, doc.lower
    out: dict[int, list[tuple[bool, int, str, str]]] = {}
    for at, end, tag in _TRIGGERS.find(lower):
        kind = tag.rstrip("*")
        if lower[at:end] in _TOLD_VERBS and not _told_in_person(doc, end):
            continue  # (`told Reuters in an interview that …`, `told reporters`, `spoke with VnExpress`: no one met)
        if lower[at:end] in ("discussion", "discussions") and not (
            _between_pair(doc, end) or lower.endswith("bilateral ", 0, at)
        ):
            # (`the issue was raised for discussion on 24 June between A and B`: their meeting; not a topic; `The
            # signing took place following bilateral discussions held at …`: talks, as `bilateral talks` are)
            continue
        if lower[at:end] == "called on" and not _called_on_person(doc, end):
            continue  # (`called on Japanese investors to expand …`: an appeal, not a call paid)
        by = _PASSIVE_BY.search(lower, max(0, at - 80), at) if lower[at:end] in _PASSIVE_VERBS else None
        passive = by is not None and bool(doc.within(doc.people, by.start(), at))  # (`được Thủ tướng Y tiếp`)
        if tag.endswith("*") and not _BEFORE_NAME.match(text, end) and not passive:
            noun = lower[at:end] in _NOUN_WORDS and _NOUN_BEFORE.search(lower, max(0, at - 40), at)
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
            kind == EventKind.MEETING and (len(_guests(doc, idx, end)) >= 2 or len(_bodies_met(doc, idx, end)) >= 2)
        ):
            continue  # (`các cuộc hội kiến với A, B, C`, `các cuộc hội đàm với Bộ A, Bộ B`: one with each, read below)
        attend = _ATTEND_VERB.search(lower, max(s_start, at - 60), at) if kind == EventKind.CONFERENCE else None
        if attend is not None and (
            _AHEAD_VERB.search(lower, max(s_start, attend.start() - 40), attend.start())
            or _EVE.search(lower, max(s_start, attend.start() - 40), attend.start())
        ):
            attend = None  # (`the delegation is set to attend the 1st … Forum which is to be held next year`)
        if (
            kind == EventKind.CONFERENCE
            and attend is None
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
        if kind in _MEETING_KINDS and _MEETING_AHEAD.search(lower, max(s_start, at - 40), at):
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
        ):
            # (`the positive impacts of the free trade agreement signed between A and B`, `the freshly-signed
            # memorandum`, `the FTAs that Vietnam has signed`: a document named)
            continue
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
    r"\b(?:leads|leading|headed|heads|heading)\s+(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+){0,6}?delegation\b"
    r"(?=[^.;]{0,80}?\b(?:to|on a visit|on a trip)\b)"
)
"""`is leading a delegation of 30 businesses to Vietnam`, `headed a high-level delegation to …`: whom a delegation
travels with, its visit (`led a delegation to` and its kin are event words already)."""
_OWNED_VISIT = re.compile(r"(?:'s|’s)\s+(?:(?:first|recent|ongoing|current|latest)\s+)?(visit)\b")
"""`Kuroiwa’s visit will …`, `during Governor X's recent visit`: a visit named by its visitor's possessive alone (the
other visit words, `official visit`, `visit to`, are event words of their own)."""


_PLACE_NAMED_VISIT = re.compile(
    r"(?:'s|’s|\b[Hh]is|\b[Hh]er)\s+(?:(?:first|recent|ongoing|current|latest)\s+)?(?P<place>(?:[A-Z][\w-]*\s+){1,3}?)"
    r"(visit)\b"
)
"""`his Vietnam visit aims to …`, `Prime Minister X's India visit`: a visit whose place stands before the word, named by
its visitor's possessive (as `his visit to Vietnam`, `X's visit`, are)."""


def _place_named_visits(doc: ArticleDoc) -> list[re.Match[str]]:
    """The `_PLACE_NAMED_VISIT` phrases whose capitalised words are a place the page names there (`his Lima visit`;
    not `his Official visit`, `her Hanoi-bound Trade visit`)."""
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


_HELD_LATER = re.compile(
    r"\b(?:(?:was|were|has been|have been) (?:\w+ )?(?:held|organi[sz]ed|hosted|co-hosted|convened|opened)|took place"
    r"|(?:đã |đã được |được )(?:tổ chức|khai mạc)|(?:đã )?diễn ra)\b"
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


_PASSIVE_VERBS = frozenset(("tiếp", "đón", "đón tiếp", "tiếp đón"))
_PASSIVE_BY = re.compile(r"\bđược\s+(?:[^\s,.;]+\s+){1,10}$")
"""`Bộ trưởng X đã được Thủ tướng Y tiếp tại Tokyo`: a reception told in the passive (Y received X)."""


_CALLED_REACH = 110  # characters: whom one called on is named right after the verb, with his title
_CALLED_WORDS = 10  # words of title before that name (`the Vietnam Deputy Minister of Planning and Investment`)
_APPEAL_AFTER = re.compile(r"\s*(?:,[^,]{0,80},\s*)?to\b")


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


def _named_only(doc: ArticleDoc, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a sentence that name people who are not at its event: greetings conveyed (`who conveyed greetings
    from Z`, `chuyển lời thăm hỏi của Z`), a guest's relative clause (`Y, who praised Z`), a visit still ahead (`the
    upcoming visit of Z`); each to the end of its clause."""
    text = doc.lower[start:end]
    if not any(cue in text for cue in _NAMED_ONLY_CUES):  # (a cheap test first: most sentences have none)
        return []
    return [(m.start(), _clause_end_after(doc, m.end(), end)) for m in _NAMED_ONLY.finditer(doc.lower, start, end)]


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


def _named_as_occasion(doc: ArticleDoc, s_start: int, at: int) -> bool:
    """Whether the conference word at `at`, capitalised (`Summit`, `Forum`: a name, not `the forum` named back), ends
    the name of the conference a signing told before it in its sentence was held on the margins of or during
    (`_NAMED_CONFERENCE_OCCASION`): news reports the conference besides the signing, not besides a meeting held on
    its margins (`met with Y on the sidelines of the 22nd Trade Expo`, as `nhân dịp tham dự Hội chợ …` tells it: the
    meeting only); the cue words are looked for first, as most sentences have none."""
    if not doc.text[at : at + 1].isupper():
        return False
    window = doc.lower[max(s_start, at - 90) : at]
    if not any(cue in window for cue in ("sidelines of", "margins of", "during the")):
        return False
    if "sign" not in doc.lower[s_start:at] and "inked" not in doc.lower[s_start:at]:
        return False
    return _NAMED_CONFERENCE_OCCASION.search(doc.text, max(s_start, at - 90), at) is not None


def _held(lower: str, s_start: int, at: int) -> bool:
    """Whether the conference word at `at` is told as held (`tổ chức Hội nghị`, `hosted a forum`), not as to be held
    (`để có thể tổ chức Kỳ họp lần thứ IV dự kiến trong năm 2023`, `will host a forum`)."""
    held = _HELD_BY.search(lower, max(s_start, at - 30), at)
    return held is not None and not _SIGN_NOT_DONE.search(lower, max(s_start, held.start() - 30), held.start())


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
    primary = _candidate(doc, idx, triggers)
    plural = bool(_PLURAL_WORD.match(primary.trigger.lower())) or (
        primary.kind == EventKind.MEETING and (_told_as_several(doc, idx) or _guests_of_countries(doc, idx, primary))
    )
    out = _one_meeting_each(doc, idx, primary) if plural else []
    out = out or [primary]  # (`held meetings with X`: one guest, one meeting)
    if len(out) == 1 and primary.kind == EventKind.MEETING:
        out = _meetings_listed(doc, idx, primary, triggers) or out
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
        out.append(cand)
    out += _visits_of_others(doc, idx, triggers, out)
    for meal in triggers:  # `… held a Foreign Ministers' Meeting with Y, followed by a working lunch`: the meal too
        _, meal_at, meal_kind, meal_word = meal
        if (
            meal_kind == EventKind.MEETING
            and meal_at > min(triggers)[1]
            and _MEAL.search(meal_word.lower())
            and _SEQUENCE.search(doc.lower, max(sentence.start, meal_at - 30), meal_at)
            and not _MEAL.search(primary.trigger.lower())
        ):
            out.append(_candidate(doc, idx, [meal]))
            break
    return out


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


_ATTENDING = re.compile(r"\b(?:tham dự|dự)\s+(?:\S+\s+){0,5}$")
"""`khi dự Hội nghị …`, `chuyến công tác dự Hội nghị Cấp cao …`, `các hoạt động tham dự Phiên thảo luận …`: Vietnamese
tells the conference a trip or a meeting was made for with `dự` (English `to attend` after a trip tells its purpose,
which news does not count as attended)."""
_BY_THE_WAY = re.compile(r"\b(?:nhân dịp|nhân|tháp tùng)\b[^,;]*$")
"""`nhân dịp tham dự Hội nghị …`, `nhân dự diễn đàn …`, `tháp tùng Thủ tướng tham dự …`: the conference is only the
occasion the sentence is set on, which news does not report as an event of the subject's."""
_EVE = re.compile(r"\b(?:trước thềm|ahead of|on the eve of)\s+$")
"""`Trước thềm tham dự Tuần lễ cấp cao APEC, X đã thăm …`: the conference comes after what the sentence tells."""


def _date_by_own_phrase(doc: ArticleDoc, idx: int, rec: EventRecord, at: int, stops: list[int]) -> None:
    """Date an event named besides a sentence's main one by the first day, month or year its own phrase gives (from
    its word up to the next of `stops`, else the sentence's end), when it gives one: `… của Tổng thống A vào tháng
    3/2025 và chuyến công tác của Thủ tướng B tham dự Hội nghị … vào đầu tháng 7/2025` (B's trip and its summit: July)."""
    stop = next((x for x in sorted(stops) if x > at), doc.sentences[idx].end)
    own = [d for d in doc.dates_in(at, stop) if d.kind != "period"]
    if own:
        rec.date, rec.end_date, rec.precision = own[0].start, own[0].end, own[0].precision


def _attended_besides(doc: ArticleDoc, s_start: int, at: int) -> bool:
    """Whether the conference word at `at` is told attended (`khi dự`, `tham dự`; not `sẽ tham dự`, `trước thềm tham
    dự`, nor as the occasion alone, `nhân dịp tham dự`) or as the conference on whose margins the sentence's event was
    held (`_CONFERENCE_OCCASION`)."""
    if _CONFERENCE_OCCASION.search(doc.lower, max(s_start, at - 60), at) or _named_as_occasion(doc, s_start, at):
        return True
    attend = _ATTENDING.search(doc.lower, max(s_start, at - 60), at)
    if attend is None or _BY_THE_WAY.search(doc.lower, s_start, attend.start()):
        return False
    before = max(s_start, attend.start() - 40)
    ahead = _AHEAD_VERB.search(doc.lower, before, attend.start()) or _EVE.search(doc.lower, before, attend.start())
    return ahead is None


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


_TAKES_GUEST = re.compile(r"\b(?:received|receives|hosted|met|meets|tiếp|gặp|đón tiếp|hội kiến)$")
_SEVERAL_BACK = re.compile(
    r"^\s*(?:At|During|In) (?:the|these|those|separate) (?:meetings|receptions|talks with them|working sessions)\b"
    r"|^\s*(?:Tại|Trong) (?:các|những) (?:buổi|cuộc) (?:tiếp|gặp|hội kiến|làm việc|hội đàm)\b",
    re.I,
)
_MEETINGS_TOLD = re.compile(
    r"\b(?:các|những)\s+(?:buổi|cuộc)\s+(?:tiếp|gặp|hội kiến|làm việc)\b|\btiếp(?: xã giao)?\s+(?:các|những)\s+đoàn\b"
)
"""Meetings told in the plural (`có các buổi tiếp những đoàn khách`, `tiếp xã giao các đoàn khách quốc tế`)."""
_SEVERAL_HERE = re.compile(r"\b(?:lần lượt|riêng rẽ|separately|respectively|in turn)\b")
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
    if clause is None:
        return bool(rec.people)
    inside = doc.within(doc.people, *clause)
    dates = [d for d in doc.dates_in(*clause) if d.kind != "period"]
    subject = doc.within(doc.people, sentence.start, clause[0])[:1]
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


_COMMEMORATING = re.compile(
    r"\b(?:mang tên|tưởng niệm|lăng|bảo tàng|khu di tích|di tích|nhà lưu niệm|tượng đài|đền thờ|named after|statue of"
    r"|memorial to|monument to|museum of|mausoleum of|quê hương(?: của)?|quê nhà của|birthplace of|hometown of"
    r"|home town of)\s+(?:(?:chủ tịch|bác|president|chairman|uncle|đồng chí|lãnh tụ)\s+)?$",
    re.I,
)
_COMMEMORATED_AFTER = re.compile(
    r"(?:\s+(?:Mausoleum|Memorial|Museum|Monument|Relic|Memorial House|Square|Street|Road|Avenue|Boulevard|Trail))\b"
)


def _commemorated(doc: ArticleDoc, person: Span) -> bool:
    """`thăm Trường mang tên Chủ tịch Hồ Chí Minh`, `dâng hoa tại biển tưởng niệm chủ tịch X`, `visited the X
    Mausoleum`: a person a school, a memorial, a museum or a street is named after is no participant of the visit;
    nor is one whose home town the place is named as (`thăm Hồ Nam, quê hương của Chủ tịch X`, `the birthplace of`)."""
    if _COMMEMORATED_AFTER.search(person.text) or _COMMEMORATED_AFTER.match(doc.text, person.end):
        return True
    return bool(_COMMEMORATING.search(doc.text, max(0, person.start - 40), person.start))


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
)
"""What an item of a list of one person's doings opens with, its subject left out: an act of his at an event."""
_LIST_BACK = 8  # sentences: how many items before it a list of doings cut at its semicolons may run to


def _opens_attendance(doc: ArticleDoc, idx: int) -> bool:
    """Whether a sentence opens an attendance list (`Tham dự buổi tiếp có …`), not an item of a list of one person's
    doings that attends an event of its own (`…; tham dự Hội nghị hợp tác … tại A.`, `_list_subject`)."""
    text = doc.sentences[idx].text
    return bool(_ATTENDANCE.match(text)) and not (text[:1].islower() and _list_subject(doc, idx) is not None)


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


def _candidate(doc: ArticleDoc, idx: int, triggers: list[tuple[bool, int, str, str]]) -> EventRecord:
    sentence = doc.sentences[idx]
    occasion, at, kind, word = min(triggers)
    people = [p for p in doc.within(doc.people, sentence.start, sentence.end) if not _commemorated(doc, p)]
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
        rec.anew and doc.article.lang == "en" and bool(_INDEFINITE.search(doc.lower, max(sentence.start, at - 24), at))
    )  # (English: `Nghệ An đã tiếp` has no article)
    if kind == EventKind.MEETING and rec.mention and _MEETINGS_TOLD.search(doc.lower, 0, sentence.start):
        # `X có các buổi tiếp những đoàn khách quốc tế …`, then `* Tại buổi tiếp, đại sứ A, …` and `* Tại buổi tiếp
        # đại sứ B …`: after receptions told in the plural, each named back with its own guest is one of them
        rec.listed = True
    rec.earlier = bool(_PRIOR.search(doc.lower, max(sentence.start, at - 24), at)) and bool(
        _BETWEEN_AFTER.match(doc.lower, at + len(word))
    )
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
    latest = _present_year(doc)
    dates = [
        d
        for d in doc.dates_in(sentence.start, sentence.end)
        if d.kind != "period" and (d.year >= latest - _PAST_YEARS or abs(d.offset - at) <= _NEAR_TRIGGER)
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
    # (`ký Biên bản hợp tác năm 2018`: the year the document covers, not its signing's)
    dates = [d for d in dates if not _names_documents_year(doc, d, sentence.start)]
    if kind in _MEETING_KINDS and _TODAYS.match(doc.lower, at + len(word)):
        # (`buổi gặp mặt hôm nay không chỉ tiếp nối …` in a quote: the meeting told, on its own day, named again)
        rec.definite, dates = True, []
    if rec.definite or (rec.mention and kind in _MEETING_KINDS and at - sentence.start <= _OPENING_DATE):
        # (`At the meeting, they discussed the conference due from November 30`, `Tại cuộc họp, Bộ trưởng X giải
        # thích … năm 2023`: not its day)
        dates = [d for d in dates if 0 <= d.offset - at <= _DEFINITE_DATE_REACH]
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


_DOCUMENT_YEAR = re.compile(
    r"\b(?:biên bản|thỏa thuận|thoả thuận|kế hoạch|chương trình|bản ghi nhớ|plan|programme|program)\b"
    r"[^,.;()]{0,80}?(?:\s+năm|\s+for(?: the year)?)\s+$",
    re.I,
)
"""`ký Biên bản hợp tác năm 2018`, `trao Thỏa thuận hợp tác … năm 2015`, `signed the cooperation plan for 2024`: a
year that names which year a document or plan covers is part of its name, not the day it was signed on."""


def _names_documents_year(doc: ArticleDoc, d: DateMention, s_start: int) -> bool:
    """Whether a bare year is the year a document or plan covers (`_DOCUMENT_YEAR`), told right before it."""
    return d.precision == YEAR and bool(_DOCUMENT_YEAR.search(doc.text, max(s_start, d.offset - 120), d.offset))


_SIGNED_ON = re.compile(
    r"\b(?:(?:được|đã)\s+)?k[ýí](?:\s+kết)?\s+(?:vào\s+|từ\s+)?(?:ngày\s+)?$|\bsigned\s+(?:in|on)\s+$"
)
"""`Bản ghi nhớ … được ký kết tháng 9/2020`, `the MoU signed in 2019`: a day after a signing verb that follows the event
word is the day a document named was signed, not the event's."""
_SAID_CLAUSE = re.compile(r"\b(?:that|rằng)\b")
"""What opens a clause of what was said or agreed: a day in it is not the day of the event told before it."""
_PRONOUN_ALSO = re.compile(r"\s*(?:He|She|They|Ông|Bà)\s+(?:also|cũng)\s")
"""`He also met with Y`: what the subject of the sentence before also did, on the occasion that sentence tells."""
_PRONOUN_SUBJECT = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:He|She|Ông|Bà)\s+(?!said|says|added|noted|stressed|cho biết|nói)[^\W\d]"
)
"""A sentence whose subject is a personal pronoun (`He met with …`, `She also held talks with …`, `Ông … đã tiếp …`)."""
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


_BY_AFTER = re.compile(rf"(?:\s+(?:in|at|with)(?:\s+[^\s,.;]+){{1,3}}?)?\s+by\s+(?:the\s+|his\s+|her\s+)?[{UPPER}]")
"""`… by His Majesty X`, `received in a royal audience by X`: a reception told in the passive, with whom."""


_TODAYS = re.compile(r"\s+(?:hôm nay|ngày hôm nay|này)\b")
"""`buổi gặp mặt hôm nay`, `cuộc gặp này`: the meeting told, named again (in a quote, on the page's day)."""
_OUTCOME_OF = re.compile(
    r"\b(?:outcomes?|results?|kết quả)\s+(?:of\s+|của\s+)?(?:the\s+|their\s+|his\s+|her\s+|its\s+|cuộc\s+|các\s+"
    r"|buổi\s+)?$"
)
_WITH_OR_BETWEEN = re.compile(r"\s+(?:with|between|với|giữa)\s+")


def _is_mention(doc: ArticleDoc, s_start: int, at: int) -> bool:
    """Whether the event word at `at` names where something happened (`At the meeting`, `Tại buổi làm việc`)."""
    return bool(_MENTION.search(doc.lower, max(s_start, at - 25), at))


def _present_year(doc: ArticleDoc) -> int:
    """The article's present year: its own date's, else the latest past year it names (a page dated 2017 that
    speaks of a target, `until it reaches $5 billion in 2025`, still tells of 2017)."""
    own = doc.article.date
    if own and own[:4].isdigit():
        return int(own[:4])
    return max((d.year for d in doc.dates if d.year <= _THIS_YEAR and d.kind != "period"), default=0)


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


def _clause_end_after(doc: ArticleDoc, at: int, limit: int) -> int:
    """Where the clause going on at `at` ends: its next comma or semicolon, else the limit."""
    m = _CLAUSE_SEP.search(doc.text, at, limit)
    return m.start() if m else limit


def _clause_orgs(doc: ArticleDoc, s_start: int, s_end: int, at: int) -> list[Span]:
    """The bodies named in the clause of the event word (`… làm việc với Bộ Thương mại Campuchia`, `the MOIT
    delegation held talks with …`): between the separators around it, commas inside names not counted, occasion
    clauses left out. A body named elsewhere in the sentence (whose decision was criticised, whose summit was
    the occasion) is mentioned, not present; the sides present through their people are added at the end."""
    text = doc.text
    inside = [(sp.start, sp.end) for sp in (*doc.orgs, *doc.places, *doc.people) if s_start <= sp.start < s_end]

    def separator(pos: int) -> bool:
        return text[pos] in ",;:" and not any(a <= pos < b for a, b in inside)

    left = next((i + 1 for i in range(at - 1, s_start - 1, -1) if separator(i)), s_start)
    right = next((i for i in range(at, s_end) if separator(i)), s_end)
    occasions = _occasion_clauses(doc, s_start, s_end)
    return [o for o in doc.within(doc.orgs, left, right) if not any(a <= o.start < b for a, b in occasions)]


def _occasion_cue_before(lower: str, start: int, at: int) -> bool:
    """An occasion cue (`during`, `nhân dịp`, `on the sidelines of`) in the clause of the event word at `at`: `During
    the visit, …` makes `visit` an occasion; `During his stay in X, Mr Y met with Z` does not make `met with` one
    (the comma closed the occasion phrase: the meeting is what the sentence tells)."""
    cues = list(_OCCASION.finditer(lower, start, at))
    return bool(cues) and "," not in lower[cues[-1].end() : at]


def _occasion_clauses(doc: ArticleDoc, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of occasion clauses in a sentence: from `nhân dịp`/`trong khuôn khổ`/`on the sidelines of` to the
    next comma (or the end of the sentence)."""
    out = []
    for m in _OCCASION_CLAUSE.finditer(doc.lower, start, end):
        comma = doc.text.find(",", m.end(), end)
        while comma >= 0 and doc.title_at(comma + 2) and not _ends_clause(doc, comma):
            # `của Tổng Bí thư, Chủ tịch nước …`: titles listed (`… từ ngày 18 - 20/8, Bộ trưởng X đã ký`: a new clause)
            comma = doc.text.find(",", comma + 1, end)
        out.append((m.start(), comma if comma >= 0 else end))
    return out


def _ends_clause(doc: ArticleDoc, comma: int) -> bool:
    """Whether a comma closes an occasion clause although a title follows it: anywhere but right after a title
    (`của Tổng Bí thư, Chủ tịch nước X` goes on; `… của Tổng thống X, Bộ trưởng Y đã …`, `… thăm Campuchia, Bộ
    trưởng Y đã …`, `… từ ngày 18 - 20/8, Bộ trưởng Y đã …` end)."""
    return not any(t.end() == comma for t in doc.titles.values())


def _lead_day_of(doc: ArticleDoc, pair: set[str], *, whole: bool = True) -> DateMention | None:
    """The day a sentence of the lead gives for the pair it names (`A and B on Monday discussed …`), or for one of
    them (`whole=False`)."""
    for s in doc.sentences[: _LEAD + 2]:
        named = {p.id for p in doc.within(doc.people, s.start, s.end)}
        if pair <= named if whole else bool(pair & named):
            days = [d for d in doc.dates_in(s.start, s.end) if d.precision == DAY and d.kind != "period"]
            if days:
                return days[0]
    return None


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


def _places(doc: ArticleDoc, start: int, end: int, kind: str) -> list[Span]:
    out = []
    for rx in (_AT, _TO) if kind == EventKind.VISIT else (_AT,):
        for m in rx.finditer(doc.text, start, end):
            # (the place's own name may hold the word the pattern steps over: `tại Thành phố Hồ Chí Minh`)
            bare = m.start() + len(m.group(0).split()[0]) + 1
            hit = next(
                (sp for at in (m.end(), bare) for sp in (doc.span_at(doc.places, at), doc.span_at(doc.orgs, at)) if sp),
                None,
            )
            if hit is not None and hit not in out:
                out.append(hit)
                nxt = doc.text[hit.end : hit.end + 2] == ", " and doc.span_at(doc.places, hit.end + 2)
                if nxt:
                    out.append(nxt)
    return out


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
        if cand.earlier and b - a:
            return False  # `following the talks between A and Z`: talks of their own before the event told
        if cand.again and b - a:
            return False  # `X and Z also met business representatives`: another meeting, with someone of its own
        if cand.another and b - a - {p.id for p in rec.people}:
            return False  # `During a working session with Y, X …` after X met Z: another meeting, with Y
        if not cand.mention and len(b) >= 2 and a and not a & b:
            return False  # `A gặp B. C gặp D.`: told anew with a pair of its own, not the meeting told before
        return not cand.date or not a or not b or bool(a & b)
    if rec.kind == EventKind.CONFERENCE and cand.mention and not cand.date:
        return True  # (`Phát biểu khai mạc Hội nghị, Bộ trưởng Y …`: the conference told before, where Y spoke too)
    # (`Ngày 16/8, diễn ra lễ ký …` after `Đại diện buổi lễ ký kết … có ông A và ông B`: the signing named again, dated;
    # `The signing ceremony … was held on August 5` and then `At the signing ceremony, Mr. X …`: its people)
    return bool(a & b) or (not b and (not rec.date or rec.date == cand.date)) or not a


def _merge(into: EventRecord, other: EventRecord) -> None:
    if not into.date and other.date:
        into.date, into.end_date, into.precision = other.date, other.end_date, other.precision
    into.people.extend(other.people)
    if not into.principals:
        into.principals = other.principals
    into.places.extend(p for p in other.places if p not in into.places)
    # (a later mention, `trong cuộc gặp`, brings its speakers, not the bodies its sentence talks about)
    into.sentences.extend(i for i in other.sentences if i not in into.sentences)


def _main(doc: ArticleDoc, records: list[EventRecord]) -> EventRecord | None:
    """The article's main event: the first one named in the headline or the lead, else the most mentioned."""
    lead = [r for r in records if min(r.sentences) <= 2]
    if lead:  # (a dated one first: `MOIT and Guangxi sign memorandum …` heads `On October 25, X held talks with Y`;
        # a visit is the frame of what the lead tells, not its main event)
        return min(lead, key=lambda r: (not (r.date and r.people) or r.kind == EventKind.VISIT, min(r.sentences)))
    return max(records, key=lambda r: len(r.sentences), default=None)


def _attendance(doc: ArticleDoc, main: EventRecord, records: list[EventRecord]) -> None:
    """Who the attendance lists name (`Cùng dự … có …`, `Tiếp và làm việc với đoàn có …`) attended the article's main
    event, or the meeting of no one named told right before the list (`Ngày 28/6, đoàn đã làm việc với Chính quyền
    thành phố A.` then `Tiếp và làm việc với đoàn có ông X …`: that day's meeting)."""
    listing = False  # inside an attendance list that the splitter cut at its semicolons
    target = main
    for idx, sentence in enumerate(doc.sentences):
        if idx in main.sentences:
            continue
        continued = listing and doc.sentences[idx - 1].text.rstrip().endswith(";")
        listing = continued or _opens_attendance(doc, idx)
        if not listing:
            signer = main.kind == EventKind.SIGNING and _REPRESENTED.search(sentence.text)
            if signer or _SPOKE_AT.search(sentence.text):  # `Chủ tịch UBND tỉnh X phát biểu tại buổi lễ`: X was there
                main.people.extend(doc.within(doc.people, sentence.start, sentence.end))
                main.sentences.append(idx)
            continue
        if not continued:
            target = _unpeopled_just_before(records, idx, main) or main
        target.people.extend(doc.within(doc.people, sentence.start, sentence.end))
        target.sentences.append(idx)
        if continued:
            continue  # (the people of the list's later parts attended; its later bodies are only listed)
        target.orgs.extend(o for o in doc.within(doc.orgs, sentence.start, sentence.end) if o not in target.orgs)
        _side_bodies(doc, sentence.start, sentence.end)


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


def _emit(doc: ArticleDoc, rec: EventRecord, is_main: bool) -> None:
    principals = rec.principals or list(dict.fromkeys(p.id for p in rec.people))[:3]
    # (a signing of bodies alone is told apart by its bodies, else by its sentence: not one id for every such day)
    sides = principals or [o.id for o in rec.orgs] or [doc.sentences[min(rec.sentences)].text]
    key = "|".join(sorted(sides))
    short = hashlib.sha256(key.encode("utf-8")).hexdigest()[:6]
    people_slug = "-".join(pid.split(":", 1)[1] for pid in sorted(principals))[:60].rstrip("-")
    sort = _occasion_sort(rec.trigger)  # (the talks, the welcome and the banquet of one day: three)
    meal = {"meal": "-banquet", "welcome": "-welcome"}.get(sort, "")
    rec.id = f"event:{rec.kind}{meal}-{rec.date or 'undated'}-{people_slug}-{short}"
    names = [doc.entities[pid].name for pid in principals if pid in doc.entities]
    label = rec.trigger[0].upper() + rec.trigger[1:] if rec.trigger[:1].islower() else rec.trigger
    named = len(label.split()) > 1 and not label.startswith("Who ")  # (`who is in Seoul`: a visit, not its name)
    name = f"{label if named else _LABEL_VI[rec.kind]}: {' – '.join(names)}"
    if rec.date:
        name += f" ({rec.date})"
    first = doc.sentences[min(rec.sentences)].start
    location = ", ".join(doc.entities[p.id].name for p in rec.places[:2] if p.id in doc.entities) or None
    props = {
        Prop.KIND: rec.kind,
        Prop.DATE: rec.date,
        "end_date": rec.end_date,
        "date_precision": rec.precision,
        "location": location,
        "main": is_main or None,
    }
    doc.entity(rec.id, Label.EVENT, name, properties=props, at=first)
    for p in rec.people:
        doc.relate(RelType.ATTENDED, p.id, rec.id, at=p.start)
    for o in rec.orgs:
        if o.id and o.id in doc.entities:
            doc.relate(RelType.PARTICIPATED_IN, o.id, rec.id, at=o.start)
    for p in rec.people:  # each person's side is present through them
        org = doc.employer(p.id)
        if org is not None and org in doc.entities:
            doc.relate(RelType.PARTICIPATED_IN, org, rec.id, at=p.start)
    for place in rec.places[:2]:
        if place.id in doc.entities:
            doc.relate(RelType.HELD_IN, rec.id, place.id, at=place.start)
    sentences = set(rec.sentences)
    seen = set()
    for t in doc.topics:  # the main event is about what the whole article discusses
        if t.id not in seen and (is_main or doc.sentence_index(t.start) in sentences):
            seen.add(t.id)
            doc.relate(RelType.ABOUT, rec.id, t.id, at=t.start)
    doc.events.append(Span(first, first, rec.id, Label.EVENT, name, {"event": rec}))
