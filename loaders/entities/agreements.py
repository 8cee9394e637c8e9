"""Agreements: MoUs, cooperation agreements, action plans, FTAs, partnership frameworks.

Takes an `ArticleDoc` with places, organisations, people, topics and events;
adds Agreement entities (`type`, `status`, `date`), `PARTY_TO` (party ->
agreement), `ABOUT` (agreement -> topic) and `SIGNED_AT` (agreement -> the
event where it was signed or handed over).

How it reads:
- a head (`Bản ghi nhớ`, `thỏa thuận hợp tác`, `Kế hoạch hành động`, `Hiệp
  định Thương mại tự do`, `CPTPP`, `Đối tác chiến lược toàn diện`) and its
  title, up to the end of its clause or to a coordinated head (`… và Danh mục
  …`); a head with no complement (`ký thỏa thuận hợp tác với …`) or a generic
  plural (`các FTA`) is no agreement of its own;
- parties from `giữa A và B` (organisations and places; a provincial
  government is a party together with its province; a country after a comma
  only qualifies the party before it), from `A - B` after a partnership, or,
  for an FTA naming none, the countries of the sentence (`hai nước`: the
  article's two main countries);
- `N văn kiện … là X và Y` with N items: N agreements, one per item, each
  with the signer;
- status from the nearest cue next to the head, before it (other agreements'
  titles masked), else after it; else the last cue of a sentence about
  agreements at most two sentences back (`Các văn kiện … bao gồm …` after
  `đã ký và trao 3 văn kiện`); else in force for FTAs and partnerships; the
  date likewise, or the date of the event it was signed at;
- a bare mention (`Kế hoạch hành động giai đoạn 2024-2026`) merges with a
  fuller one of the same type whose title it begins; a headline's mention
  merges with the body's one of its type.

English: the same heads in English (`memorandum of understanding`,
`cooperation agreement`, `action plan`, `Comprehensive Strategic
Partnership`), `between A and B`, the signers of `the action plan that A and
B signed`, status cues (`signed`, `will sign`, `proposed`, `negotiate`, `in
force`) with the clause after the title read first when it is a relative
clause, a title that starts at the names before its head (`Viet Nam – Korea
Free Trade Agreement`) and ends where a new clause begins.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from core.text import fold, slug
from core.vocabulary import AgreementStatus, AgreementType, Label, OrganizationKind, Prop, RelType
from loaders.entities import agreement_parties
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.phrases import PhraseFinder, leftmost_longest
from loaders.entities.topics import topics_between
from loaders.letters import LOWER, UPPER

_STATE_REACH = 2  # sentences: how far the status and date of an earlier mention carry (`Các văn kiện … gồm …`)
_CUE_WINDOW = 45  # characters: a status cue belongs to the head it stands next to, not to the whole sentence
_RANK: dict[str, int] = {
    AgreementStatus.SIGNED: 5,
    AgreementStatus.PLANNED: 4,
    AgreementStatus.PROPOSED: 3,
    AgreementStatus.IN_FORCE: 2,
    AgreementStatus.UNKNOWN: 1,
}

_FTA_ACRONYMS = r"CPTPP|TPP|CEPA|EVFTA|RCEP|UKVFTA|VKFTA|ACFTA|AFTA|VIFTA|AHKFTA|AANZFTA|VJEPA|AJCEP|VCFTA|ATIGA|FTAs?"


_PLURAL_HEADS = (
    "agreements",
    "documents",
    "deals",
    "cooperative agreements",
    "cooperation documents",
    "cooperation agreements",
    "memoranda of understanding",
    "memorandums of understanding",
    "memoranda of agreement",
    "memorandums of agreement",
    "mous",
    "moas",
    "memoranda",
    "memorandums",
    "protocols",
    "pacts",
    "accords",
    "treaties",
)
"""English plurals that say documents were signed (`witnessed the signing of eight agreements. The documents
included …`) without naming one: heads whose status and date carry to the documents named next, never documents
of their own."""


_TWINNING = (
    "twinning relationship",
    "twinning relations",
    "twinning ties",
    "twin relations",
    "twin relationship",
    "twinned relations",
    "twinning friendship",
    "twinned with",
    "twin-city relations",
    "twin city relations",
    "sister-city relationship",
    "sister city relationship",
    "sister-city relations",
    "sister city relations",
    "sister-province relationship",
    "friendship and cooperative ties",
    "friendship and cooperation ties",
    "friendship and cooperative relations",
    "friendship and cooperation relations",
    "quan hệ kết nghĩa",
    "hợp tác kết nghĩa",
    "kết nghĩa",
)
"""Two localities' lasting relationship (`the twinning relationship between Kaluga and Binh Thuan`, `hợp tác kết
nghĩa giữa Đồng Nai và Chonburi`): a partnership of theirs, only when two places of that level are its parties."""


def _head_phrases() -> Iterator[tuple[str, str]]:
    """Every literal form of an agreement head, with its type."""
    yield from (
        (p, AgreementType.FTA)
        for p in (
            "hiệp định thương mại tự do",
            "hiệp định tự do thương mại",  # the same document, the words of its kind in the other order
            "hiệp định đối tác toàn diện và tiến bộ xuyên thái bình dương",
            "hiệp định đối tác kinh tế toàn diện khu vực",
            "hiệp định đối tác kinh tế toàn diện",
            "free trade agreement",
            "free trade agreements",
            "free-trade agreement",  # (the hyphen of the wire services' style: `signed a free-trade agreement`)
            "free-trade agreements",
            "free trade pact",
            "free-trade pact",
            "preferential trade agreement",  # (a trade area of lower tariffs on listed goods: `the VPPTA`)
            "free trade deal",  # (`open formal negotiations for a free trade deal`)
            "free-trade deal",
            "economic partnership agreement",
            "comprehensive and progressive agreement for trans-pacific partnership",
        )
    )
    yield from (
        (p, AgreementType.MOU)
        for p in (
            "bản ghi nhớ",
            "biên bản ghi nhớ",
            "thỏa thuận ghi nhớ",
            "memorandum of understanding",
            "memoranda of understanding",
            "memorandums of understanding",
            "memorandum of cooperation",
            "memorandum of agreement",
            "memoranda of agreement",
            "memorandums of agreement",
            "memorandum",
            "memoranda",
            "memorandums",
        )
    )
    yield from (
        (p, AgreementType.ACTION_PLAN)
        for p in (
            "kế hoạch hành động",
            "chương trình hành động",
            "danh mục nhiệm vụ",
            "kế hoạch hợp tác",
            "kế hoạch tổng thể hợp tác",  # (a master plan of cooperation)
            "kế hoạch triển khai",  # (`Kế hoạch triển khai Tuyên bố …`, as `implementation plan`)
            "lộ trình hợp tác",
            "action plan",
            "plan of action",
            "plans of action",
            "action programme",
            "action program",
            "cooperation plan",
            "cooperation roadmap",
            "plan to implement",
            "plan for implementing",
            "implementation plan",
        )
    )
    for prefix in ("", "khuôn khổ ", "quan hệ "):
        for middle in ("", "hợp tác "):
            for kind in ("chiến lược toàn diện", "chiến lược", "toàn diện"):
                yield f"{prefix}đối tác {middle}{kind}", AgreementType.PARTNERSHIP
        yield f"{prefix}đối tác và hợp tác toàn diện", AgreementType.PARTNERSHIP  # (the EU's own framework's name)
    for prefix in ("", "comprehensive ", "extensive ", "enhanced ", "global "):
        for kind in ("strategic ", ""):
            for middle in ("", "cooperative ", "cooperation "):
                if prefix or kind:  # `partnership` alone is any partner
                    for noun in ("partnership", "partnerships"):  # `their strategic partnerships`: still one framework
                        yield f"{prefix}{kind}{middle}{noun}", AgreementType.PARTNERSHIP
                    if kind and not middle:
                        yield f"{prefix}{kind}partners", AgreementType.PARTNERSHIP  # (`A and B are strategic partners`)
    yield "đối tác chiến lược sâu rộng", AgreementType.PARTNERSHIP
    yield from ((p, AgreementType.PARTNERSHIP) for p in _TWINNING)
    yield from (
        (p, AgreementType.OTHER)
        for p in (
            "tuyên bố chung",
            "joint statement",
            "hợp đồng",
            "contract",
            "contracts",
            "letter of intent",
            "letter of understanding",
            "letters of intent",
            "letters of understanding",
            "thư ý định",
            "thư thỏa thuận",
            "letter of agreement",
            "ý định thư",
            "chương trình hợp tác",
            "biên bản cuộc họp",
            "biên bản kỳ họp",
            "biên bản phiên họp",
            "minutes of the",
        )
    )
    yield from (
        (p, AgreementType.AGREEMENT)
        for p in (
            "thỏa thuận hợp tác",
            "biên bản hợp tác",
            "biên bản thỏa thuận",
            "biên bản hội nghị",  # the record two sides sign at the end of their meeting or talks
            "biên bản hội đàm",
            "biên bản làm việc",
            "văn kiện hợp tác",
            "văn kiện",
            "thỏa thuận",
            "hiệp định",
            "nghị định thư",
            "hiệp ước",
            "cooperation agreement",
            "cooperative agreement",
            "cooperation arrangement",
            "deal",
            "agreement",
            "trade agreement",
            "framework agreement",
            "protocol",
            "treaty",
            "pact",
            "accord",
            *_PLURAL_HEADS,
        )
    )


_HEAD_FINDER = PhraseFinder(_head_phrases())
_FTA_NAME = re.compile(r"(?:Hiệp định )?(?:" + _FTA_ACRONYMS.replace("|FTAs?", "") + r")")
_FTA_IN_BRACKETS = re.compile(r"\((?:" + _FTA_ACRONYMS + r"|[A-Z]{0,8}(?:FTA|PTA|TIGA|CEPA|EPA))\)")
"""A trade agreement's acronym in brackets: a known one, or one a trade area's ends with (`AITIGA`, `VIFTA`)."""
_MOU_ACRONYM = re.compile(r"MO[AaUu]s?|M\.O\.U")
_MOU_GOES_ON = re.compile(r"\s+(?:on|về|between|giữa|for|to)\s")
_JOINED_HEAD = re.compile(
    r"(?:\s*[”\"])?(?:\s+và(?:\s+(?:các|\d{1,2}|hai|ba|bốn))?"
    r"|\s+(?:and|along with|together with|as well as)(?:\s+(?:an?|the|\d{1,2}|two|three|four|five|six|seven|eight))?"
    r"|,(?:\s+and)?(?:\s+(?:an?|the))?)"
    r"\s+[“\"]?$"
)
"""What joins two documents' heads (`Kế hoạch … và Danh mục …`, `the Agreement and the Protocol`, `… and an MOU`,
`an MoU on energy along with an agreement on …`, `a joint statement and four MoUs on …`), each title maybe in quotes
(`Biên bản ghi nhớ Hội thảo “…” và “Thỏa thuận khung …”`)."""
_ACRONYM_END = re.compile(r"(?:" + _FTA_ACRONYMS + r"|MO[AaUu]s?)$")
_ACRONYM_FINDER = PhraseFinder(
    [
        (f"{prefix}{acronym}", AgreementType.FTA)
        for acronym in _FTA_ACRONYMS.replace("FTAs?", "FTA|FTAs").split("|")
        for prefix in ("", "Hiệp định ")
    ]
    + [(m, AgreementType.MOU) for m in ("MoU", "MOU", "MoUs", "MOUs", "M.O.U", "MoA", "MOA", "MoAs", "MOAs")],
    lowercase=False,
)
_QUANTIFIER = re.compile(
    r"(?<!\w)(?:(?<![-–/.,])(?P<n>\d{1,2})|các|những|nhiều|loạt|hai|ba|bốn|(?<!\d )năm|số|mọi"
    r"|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|series of)\s+(?:các\s+|cooperation\s+)?$",
    re.I,
)
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBER_WORDS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ANAPHOR = re.compile(r"\s+(?:này|đó|trên|nói trên)\b")
_COMPLEMENT = re.compile(
    rf"\s*(?:\((?:MoU|MOU|M\.O\.U|MoC|LoI|LOI)\)|\(?[A-Z]{{2,}}|về\b|giữa\b|giai đoạn\b|năm \d{{4}}|\d{{4}}|[{UPPER}]|on\b|between\b|for\b"
    r"|thiết lập\b|xác lập\b|to establish\b|establishing\b|focus(?:ed|ing)\s+on\b"
    r"|(?:về\s+)?(?:tránh đánh thuế|(?:khuyến khích và )?bảo hộ đầu tư|dẫn độ|tương trợ tư pháp|miễn thị thực"
    r"|chuyển giao người bị kết án)\b|(?<=hợp đồng)\s+(?:mua bán|mua|bán|cung cấp|cung ứng|xuất khẩu|nhập khẩu)\b)"
)
"""What makes a head a document of its own: a complement (`về …`, `giữa …`, a name), or the kind of treaty it is,
named right after it in lower case (`sớm ký kết hiệp định tránh đánh thuế hai lần`, `hiệp định dẫn độ`), or the
trade a contract is for (`ký hợp đồng mua bán tàu bay`: a purchase signed, whatever sides the page names)."""
_TITLE_STOP = re.compile(
    r";|\.(?=\s|$|[-/])|(?<=["
    + LOWER
    + r"]{2})\.(?=["
    + UPPER
    + r"]["
    + LOWER
    + r"])|(?<=\))[’']s\s|\n|:|,\s+(?=(?:đồng thời|làm|nhằm|qua đó|trong đó|tạo|góp|giúp|và|với|để|sau|khi|thì|mà|thúc đẩy|tăng cường|duy trì|tiếp tục|đẩy mạnh|mở rộng|phối hợp|đánh dấu|mở ra|khẳng định|thể hiện|cho thấy|hướng tới)\b)|\s+(?:và|cùng)\s+\(?(?:i{1,3}|iv|v|\d)\)|\s+(?:đã|sẽ|được|đang|mang lại|nhằm|để|tại|vào(?=\s+(?:ngày|sáng|chiều|tối|trưa|dịp|thời|năm|tháng|tuần|cuối|đầu|hôm|lúc|giữa|\d))|diễn ra|ký kết|vừa ký|cũng|là|có ý nghĩa|góp phần|có(?=\s+(?:ông|bà|sự|đại diện|lãnh đạo))|theo hình thức(?=\s+(?:trực tuyến|trực tiếp|kết hợp)))\s|,\s+(?=(?:hai|các|ba|phía|lãnh đạo|theo|bên)\s)|\s+-\s+(?=["
    + LOWER
    + "])"
    # English: a relative clause, a verb, a date, a new clause
    r"|,?\s+(?:under|in|by|through|for|with|from|according to)\s+which\b"  # (`a pact under which the cities …`)
    r"|,?\s+(?:which|that|who|will|would|was|were|is|are|has|have|had|signed|inked|to be|at)\s"
    r"|,?\s+to\s+(?:take|come|enter|go)\s+(?:into\s+)?(?:effect|force)\b"  # (`a pact to take effect on …`: when, no title)
    r"|,\s+(?:and|while|as|with|to|under|after|when|marking|paving|opening|aiming|signalling|signaling|reflecting)\s|\s+(?:in|on)\s+(?=\d|[A-Z][a-z]+ \d)"
    r"|\s+on\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"  # (`… on Thursday at …`)
    r"|,?\s+(?:and|but)\s+(?=(?:they|we|he|she|it|both sides|the two sides)\s)"
    # a verb of what the document does (`The MOU on Rice Trade Cooperation creates a framework …`)
    r"|\s+(?:creates|aims|establishes|provides|sets out|covers|outlines|focuses|lays|paves|opens|reflects"
    r"|helps|allows|enables|seeks|commits|specifies|stipulates)\s"
    r"|,\s+(?=(?:they|both sides|the two sides|the sides)\s)"  # `In the agreement between A and B, the two sides …`
    # `pledged to comply with the MoU and create the best conditions`: `and`, a verb and its object
    r"|\s+and\s+(?=[a-z]+\s+(?:the|a|an|their|its|more|better)\s)|,?\s+and\s+to\s+(?=[a-z]+\s)"  # (`and to …`)
    r"|(?<!Cooperation)(?<!Collaboration)(?<!Partnership)\s+(?:in|at)\s+(?=[A-Z][a-z])"  # (`Cooperation in Agriculture`)
    # who witnessed the signing is no part of the document's title
    r"|,?\s+(?:dưới|trước|với) sự chứng kiến\b|,?\s+in the presence of\b|,?\s+witnessed by\b"
    r"|,?\s+under the witness of\b"
    # nor the occasion it was signed on (`… with A province during the official visit by …`)
    r"|,?\s+(?:during|amid|on the sidelines of|on the occasion of)\s+(?!(?:the\s+)?(?:\d|period|years?)\b)"
    r"|,?\s+(?:trong chuyến thăm|nhân dịp|bên lề)\s"
    # `… giữa hai nước nói chung và hai tỉnh nói riêng`: the general relation ends where the particular begins
    r"|\s+(?:nói chung|in general)\b"
    # `…(CEPA), ký Tuyên bố …`: a signing verb after a comma is the next thing done, not the title's (but its own
    # participle, `Hiệp định …, ký tại Hà Nội năm 1990`, `…, ký giữa A và B`, is read after the title)
    r"|,\s+(?=k[ýí](?: kết)?\s+(?!(?:năm|ngày|vào|tại|hồi|từ|giữa|\d)))"
    # `Thỏa thuận … giữa A và B ký năm 2019`: the participle that dates the document follows its title
    r"|\s+(?=(?:được\s+)?k[ýí](?: kết)?\s+(?:năm|ngày|vào|hồi|tháng)\s(?![^,;.]*\bgiữa\b))"  # (not `… ký năm 2015 giữa A và B`)
)
_SUBJECT_DOCUMENT = re.compile(
    r"\b(?:on|about|regarding|concerning|towards?)\s+(?:an?\s+(?:[\w-]+\s+){0,3}|(?:[a-z][\w-]*\s+){0,2})$"
    r"|(?:ghi nhớ|thỏa thuận|thoả thuận|hiệp định|văn kiện)(?: hợp tác)? về\s+$",  # (`Bản ghi nhớ về kế hoạch …`)
    re.I,
)
_PERIOD_BEFORE = re.compile(r"\b\d{4}\s*[-–]\s*\d{2,4}\s+$")  # `the 2021-25 action plan`: a document's period
_GIUA = re.compile(r"\b(?:giữa|between)\s+", re.I)
_ENUM = re.compile(r"\b(?:là|gồm|bao gồm)\s+|:\s*", re.I)
_CONSENSUS = re.compile(
    r"\b(?:reach|reached|reaching|came to|come to)\s+(?:an?\s+|the\s+)?(?:broad\s+|common\s+|mutual\s+)?$"
    r"|\bin\s+(?:broad\s+|full\s+|complete\s+)?$"
    r"|\b(?:an?|the)\s+mutual\s+$"
)  # (`were in agreement`, `led to a mutual agreement on …`; but `in the cooperation agreement between A and B` names a
# document)
_OVER_THE_PAST = re.compile(r"\s*(?:Trong\s+)?(?:thời gian (?:vừa )?qua|những năm qua|nhiều năm qua)\s*,", re.I)
"""A sentence that opens on the time gone by (`Thời gian qua, …`): it tells what the sides have, not a day's signing."""
_VI_CONSENSUS = re.compile(r"\b(?:đạt được|đạt|đi đến|đi tới)\s+(?:(?:một|các|những|nhiều)\s+)?$", re.I)
"""`đạt được thỏa thuận phù hợp với …`: the sides came to agree, no document named (as `reached an agreement`)."""
_RELATIVE_CUE = re.compile(r"\s*,?\s*(?:that|which|signed|inked|to be signed)\b")
_EARLIER = re.compile(r"\b(?:trước đó|trước đây|năm ngoái|năm trước|từ năm|earlier|previously)\b", re.I)
_CUES: list[tuple[str, re.Pattern[str]]] = [
    (s, re.compile(rx, re.I))
    for s, rx in (
        (
            AgreementStatus.SIGNED,
            r"\b(?:đã|và) (?:được )?k[ýí](?: kết)?\b|\bceremony to sign\b|(?<!sẽ )\bđược k[ýí](?: kết)?\b|\bsigning ceremony\b|\bk[ýí] kết thành công\b|\bk[ýí] và trao\b|\bđã trao\b|\blễ (?:k[ýí](?: kết)?|trao)\b|\btrao (?:\d+ |các )?(?:văn kiện|bản ghi nhớ|thỏa thuận)|\bchứng kiến (?:lễ )?(?:k[ýí]|trao)|\bvừa (?:được )?k[ýí]\b|\bsigned\b|(?<!forward to the )\bsigning of\b|\binking of\b|\binked\b|\brenewed\b|\bratified\b|\b(?:by|after|upon|on) signing\b|\bconcluded\b|\bsealed\b|\bexchanged\b|\bexchanges? of\s+(?:the\s+|\d+\s+|[a-z-]+\s+){0,3}(?:documents?|letters?|notes?|instruments?|memorand|mous?\b|agreements?|deals?|contracts?|protocols?|$)|\bhand(?:ed)?[- ]?over\b",
        ),
        (
            AgreementStatus.PLANNED,
            r"\bsẽ (?:được )?k[ýí](?: kết)?\b|\bdự kiến (?:sẽ )?(?:được )?k[ýí]\b|\bchuẩn bị k[ýí]\b|\bwill (?:soon )?sign\b|\bto be signed\b|\b(?:agreed|plans?|set|expected|promised?|pledged?|vowed?|committed) to (?:soon )?sign\b|\b(?:ủng hộ|sẵn sàng)\b[^.;]{0,30}?\bk[ýí](?: kết)?\b"
            r"|\b(?:đồng ý|cho phép|ủy quyền|uỷ quyền)\b[^.;]{0,60}?\bk[ýí](?: kết)?\b"
            # (a text settled, not yet signed: `reached consensus on the contents of an MoU`, `thống nhất nội dung`)
            r"|\b(?:consensus|agreed|agreement)\s+on\s+the\s+(?:contents?|texts?|wording)\s+of\b"
            r"|\b(?:thống nhất|nhất trí)\s+(?:về\s+)?(?:nội dung|văn bản)\b"
            r"|\bsớm hoàn tất\b"  # (`nhất trí sớm hoàn tất Chương trình hành động …`: to be finished, then signed)
            r"|\blook(?:s|ing|ed)?\s+forward\s+to\s+(?:the\s+)?sign(?:ing)?\b"  # (a signing awaited)
            # (a text the sides will make: `will over the next year develop a joint plan of action`)
            r"|\bwill\s+(?:[\w-]+\s+){0,4}?(?:develop|draw\s+up|work\s+out|formulate|finali[sz]e)\b",
        ),
        (
            AgreementStatus.PROPOSED,
            r"\b(?:desire|desires|wish|wishes|hope|hopes|keen|willing|willingness|ready|readiness|want|wants)\s+to\s+(?:sign|ink)\b|\b(?:possibility|prospects?|feasibility) of (?:signing|inking|concluding)\b|\b(?:đề nghị|đề xuất|kiến nghị|thúc đẩy|sớm|hướng tới|mong muốn|xem xét)\b[^.;]{0,40}?\bk[ýí](?: kết)?\b|\bproposed?\b|\bproposal\b|\bdraft\b|\bdự thảo\b|\bsuggest\w*|\bconsider(?:s|ed|ing)?\b|\bshould\b[^.;]{0,30}?\bsign\b|\bnên\b[^.;]{0,20}?\bk[ýí](?: kết)?\b",
        ),
        # a document under negotiation is planned: the sides have agreed to conclude it; so is one a clause of purpose
        # signs (`hoàn tất các thủ tục … để ký kết`, `cố gắng hoàn thiện … để có thể tiến hành việc ký kết thỏa thuận`):
        # work towards its signing, not a signing (after the proposals: `đề nghị hai bên trao đổi để ký …` is proposed)
        (
            AgreementStatus.PLANNED,
            r"\bđàm phán\b|\bnegotiat\w*|\bđể\s+(?:có thể\s+)?(?:tiến hành\s+)?(?:việc\s+)?k[ýí](?:\s+kết)?\b",
        ),
        (
            AgreementStatus.IN_FORCE,
            r"\bbased on\b|\bunder the\b|\bpursuant to\b|\bas part of\b|\b(?:with)?in the framework of\b|\b(?:trong|theo) khuôn khổ\b|\bcăn cứ\b|\btrên cơ sở\b|\btriển khai\b|\bthực hiện\b|\btận dụng\b|\bcó hiệu lực\b|\bthực thi\b|\bquan hệ\s+(?=đối tác)|\bxác lập\b|\bin force\b|\bimplement|\bcarr(?:y|ies|ying|ied) out\b|\bmake (?:better |full |good )?use of\b|\btook effect\b|\bdeepen|\breview(?:ed|ing|s)?\b|\bsơ kết\b|\btổng kết\b|\brà soát\b",
        ),
    )
]


@dataclass(slots=True)
class Mention:
    type: str
    start: int
    end: int  # end of the title
    title: str
    parties: list[str] = field(default_factory=list)
    status: str = AgreementStatus.UNKNOWN
    status_default: bool = False  # the type's default (an FTA in force), not read from the text
    date: str | None = None
    precision: str | None = None
    key: str = ""  # title without parties, folded: what bare mentions merge on
    event: str | None = None
    merged: list[Mention] = field(default_factory=list)
    span: tuple[int, int] = (-1, -1)  # where this mention's own title stands (`start` moves to a merged one's)
    ahead: bool = False  # a reference back read before any document of its kind: perhaps to the one told next

    def __post_init__(self) -> None:
        self.span = (self.start, self.end)


def find_agreements(doc: ArticleDoc) -> None:
    text = doc.text
    english = doc.article.lang == "en"
    heads = _heads(text, doc.lower)
    titles = [(s, _title_end(text, s, e, heads, english=english)) for s, e, _ in heads]
    state: dict[str, str | None] = {"status": None, "date": None, "precision": None}
    mentions: list[Mention] = []
    previous: tuple[int, str | None] | None = None  # (title end, status) of the last head
    last_idx = -1  # sentence of the last head
    for i, ((start, head_end, kind), (_, end)) in enumerate(zip(heads, titles, strict=True)):
        if _acronym_of_previous(text, start, previous):
            continue
        by_subject: re.Match[str] | None = None  # a plural's subject before its head (`double taxation agreements`)
        if english and kind == AgreementType.AGREEMENT and _protocol_of_its_own(doc, start, head_end):
            kind = AgreementType.OTHER
        if not english and _VI_TECHNICAL_PROTOCOL.match(doc.lower, start):
            kind = AgreementType.OTHER
        if doc.lower.endswith("partners", start, head_end) and not _PARTNERS_PREDICATE.search(
            text, max(0, start - 30), start
        ):
            continue  # `strategic partners` is the framework only as what two sides are (`A and B are strategic …`)
        if i and doc.lower.startswith("agreement", start) and re.fullmatch(r"\)\s+", text[heads[i - 1][1] : start]):
            continue  # `the Trans-Pacific Partnership (TPP) Agreement`: the head its acronym already read
        if (
            kind != AgreementType.PARTNERSHIP  # (`the Strategic Partnership agreement`: the partnership itself)
            and i + 1 < len(heads)
            and heads[i + 1][0] == head_end + 1
            and text[head_end] == " "
            and not _twinning_head(doc.lower, heads[i + 1][0], heads[i + 1][1])
            and not (not english and _names_the_next(heads[i], heads[i + 1]))
        ):
            continue  # `the cooperation plan agreement between …`: a head that qualifies the next one is no document
        if (
            not english
            and kind == AgreementType.PARTNERSHIP
            and i
            and heads[i - 1][2] in _RECORDS
            and _FRAMEWORK_GAP.fullmatch(text, heads[i - 1][1], start)
        ):
            continue  # `Hiệp định khung Đối tác và Hợp tác toàn diện (PCA)`: the document's own name, no framework
        if not english and i and heads[i - 1][1] + 1 == start and _names_the_next(heads[i - 1], heads[i]):
            continue  # `Bản ghi nhớ Thỏa thuận hợp tác giữa …`: what the memorandum before it records
        if (
            i
            and heads[i - 1][2] == AgreementType.PARTNERSHIP
            and heads[i - 1][1] + 1 == start
            and text[start - 1] == " "
        ):
            continue  # `the Strategic Partnership Agreement on …`: the partnership's own document, read at its head
        idx = doc.sentence_index(start)
        if idx - last_idx > _STATE_REACH:  # what an earlier sentence said about agreements no longer applies
            state = {"status": None, "date": None, "precision": None}
        last_idx = idx
        sentence = doc.sentences[idx]
        quant = _QUANTIFIER.search(text[max(sentence.start, start - 14) : start])
        group = bool(quant or _ANAPHOR.match(text, head_end))
        status = _status(
            text,
            sentence.start,
            sentence.end,
            start,
            end,
            titles,
            left_only=group,
            relative_first=english and bool(_RELATIVE_CUE.match(text, end)),
        )
        if (
            not english
            and status not in (None, AgreementStatus.SIGNED)
            and _status(text, sentence.start, sentence.end, start, end, titles, left_only=True) is None
            and _bare_verb_status(text, sentence.start, start) == AgreementStatus.SIGNED
        ):
            # `tiến hành ký kết tuyên bố chung … (VIFTA) sau 7 năm đàm phán`: the verb right before the head says what
            # was done with it, not a word after its title
            status = AgreementStatus.SIGNED
        if not english and status == AgreementStatus.SIGNED and _OVER_THE_PAST.match(text, sentence.start):
            status = AgreementStatus.IN_FORCE  # `Thời gian qua, hai địa phương đã ký kết hợp tác về …`: what stands
        if status is None and previous and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[previous[0] : start]):
            status = previous[1]  # coordinated: `triển khai Kế hoạch … và Danh mục …`
        if status is None:
            status = _listed_status(text, sentence.start, start) or _bare_verb_status(text, sentence.start, start)
        if status is None:
            status = _list_intro_status(text, start)
        if status is None and _TOWARDS_SIGNING.search(text, sentence.start, start):
            status = AgreementStatus.PLANNED  # `refining contents towards signing agreements on …`: none signed yet
        if status is None and (group or (english and doc.lower[start:head_end] in _PLURAL_HEADS)):
            status = _signing_just_told(doc, idx)
        own = next((at for at in (head_end, end) if _SIGNED_ON.match(text, at) and _own_date(doc, at)), None)
        if own is not None and status in (None, AgreementStatus.PROPOSED, AgreementStatus.PLANNED):
            status = AgreementStatus.SIGNED  # `Thỏa thuận ký năm 2015`: its own participle says it was signed
        if (
            _DECLARATION.match(text, start)
            or (
                not english
                and doc.lower.startswith("tuyên bố chung", start)
                and _STATEMENT_SUBJECT.match(text, head_end)
            )
        ) and _DECLARED.search(text, max(0, start - 20), start):
            status = AgreementStatus.SIGNED  # `hai bên ra Tuyên bố về …`: a declaration issued is one made
        own_date = _own_date(doc, head_end) or _own_date(doc, end)
        date, precision = own_date or _date(doc, sentence.start, start, titles)
        # the date a later document may share: the sentence's before the head, not one after it (`a diplomatic note
        # on amending the framework agreement, signed by the two Governments in 2005, …`: that document's only)
        told_date = (None, None) if own_date else _told_date(doc, sentence.start, start, titles, (date, precision))
        nested = any(a < start < b for a, b in titles)
        if nested and _SUBJECT_DOCUMENT.search(text, max(0, start - 40), start):
            continue  # `a memorandum of understanding on a rice trade agreement`: what the MoU is about, no document
        if status is not None and not nested:
            same = status == state["status"]
            state = {
                "status": status,
                "date": (told_date[0] or state["date"]) if same else told_date[0],
                "precision": (told_date[1] or state["precision"]) if same else told_date[1],
            }
        if not nested:
            previous = (end, status or state["status"])
        spans = [(a, b) for a, b in titles]
        plural = _Plural(kind, start, head_end, quant, status, state, spans, heads)
        if english and doc.lower[start:head_end] in _PLURAL_HEADS:
            listed = (
                _listed_documents(doc, plural)
                or _listed_purposes(doc, plural)
                or _listed_partners(doc, plural)
                or _listed_pairs(doc, plural)
                or _each_between(doc, plural)
                or _set_between(doc, plural, end)
                or _set_signed_by(doc, plural, end)
            )
            by_subject = None if listed or quant else _plural_subject(text, start)
            if (
                listed
                or quant
                or not (_PASSIVE_SUBJECT.match(text, head_end) or by_subject or _FOR_FIELD.match(text, head_end))
            ):
                mentions.extend(listed)
                continue
            # `Agreements were also signed on cooperation in finance, agriculture and info`, `have signed new trade
            # agreements`: the set, named by its subject after the verb or before the head, read as one document
            kind = _kind_of_each(doc, plural)
        if english and doc.lower[start:head_end] in _PLURAL_OTHER_HEADS:
            listed = _listed_documents(doc, plural) or _listed_purposes(doc, plural)
            if listed:  # `exchanged letters of understanding on cybersecurity and military hygiene`: one each
                mentions.extend(listed)
                continue
        if english and _semicolon_fields(doc, plural) and (listed := _listed_documents(doc, plural)):
            # `the signing of the MoU on economics and trade; science and technology; banking; and …`: a field
            # list split by semicolons names one document each, whatever the head's number
            mentions.extend(listed)
            continue
        if (
            not english
            and doc.lower[start:head_end] in _PLANS
            and _TO_BE_DRAWN_UP.search(text, max(0, start - 24), start)
        ):
            continue  # `… nhằm xây dựng một chương trình hợp tác …`: a plan the sides are to draw up, no document yet
        if group and not english and _KIND_WITH_EXAMPLES.match(text, head_end):
            continue  # `các thỏa thuận đa phương như Hiệp định …`: a kind, its examples named as documents of their own
        if group:
            mentions.extend(
                _enumerated(doc, kind, start, head_end, end, quant, state)
                or _listed_documents(doc, plural)
                or _listed_partners(doc, plural)
                or _listed_pairs(doc, plural)
                or _each_between(doc, plural)
                or _set_between(doc, plural, end)
                or (_set_signed_by(doc, plural, end) if not _ANAPHOR.match(text, head_end) else [])
            )
            continue
        if (
            re.match(r"\s+(?:khác|other)\b", text[head_end : head_end + 8])
            or text[max(0, start - 6) : start].lower() == "other "
        ):
            continue  # `các thỏa thuận khác như …`, `other agreements`: a kind, not a document
        if text[start].islower() and (_CONSENSUS if english else _VI_CONSENSUS).search(text, max(0, start - 30), start):
            continue  # `reached an agreement on …`, `đạt được thỏa thuận …`: a consensus, not a document
        if _ARTICLE_OF.search(text, max(0, _title_start(text, start) - 40), _title_start(text, start)):
            continue  # `under Article 6 of the Paris Agreement`: where a provision stands, no document of the page
        if doc.lower[start:head_end] in ("joint statement", "tuyên bố chung") and (
            (_ISSUED.search(text, max(0, start - 25), start) and not _COMPLEMENT.match(text, head_end))
            or not _STATEMENT_SUBJECT.match(text, head_end)
        ):
            # `the two countries issued a joint statement`: a statement published, no document signed; `their joint
            # statement and four MoUs`, `Joint statement by A and B`: a statement about nothing in particular, the
            # visit's own record, no document of its own (`a Joint Statement on the establishment of …` is one)
            continue
        if not english and (
            (
                _SO_FAR.search(text, sentence.start, start)
                and (listed := _listed_partners(doc, plural, counted_only=True))
            )
            or (listed := _listed_partners(doc, plural, counted_only=True, or_dated=True))
        ):
            # `Tính đến nay, tỉnh X đã ký kết thỏa thuận hợp tác với ba tỉnh của Lào … là A, B và C`: what was signed
            # over the years, one with each (at one ceremony with three provinces, one record of all four)
            mentions.extend(listed)
            continue
        title_start = _title_start(text, start) if english else start
        if i > 0 and title_start < titles[i - 1][1] <= start:
            title_start = start  # `such as RCEP and CPTPP`: a name before is another document's, not this one's
        passive = _PASSIVE_SUBJECT.match(text, head_end) if english and not text[head_end:end].strip() else None
        if passive is not None:  # `a memorandum was signed on the exchange of seeds …`: its subject after the verb
            end = _english_clause_end(text, passive.end(), sentence.end)
            while end > passive.end() and text[end - 1] in " .;:":
                end -= 1
        found = agreement_parties.parties(
            doc, start, head_end, end, title_start, kind in (AgreementType.FTA, AgreementType.PARTNERSHIP), spans
        )
        if not english and doc.lower[start:head_end] == "hiệp định" and not _GIUA.search(text, start, end):
            found = agreement_parties.states_of(doc, found)
        if not english and len(found) < 2 and (aim := _AIM_BETWEEN.match(text, end)):
            found = _sides_of_the_aim(doc, aim.end()) or found
        if not english and _DELEGATION_SUBJECT.match(text, sentence.start):
            found = _with_the_delegation(doc, found)
        if english and _PLURAL_FTA.fullmatch(text, start, head_end) and len(found) < 2:
            continue  # `pending FTAs`, `a joint committee on free trade agreements`: a kind of document, no two sides
        if english and agreement_parties.session_record(doc, start, end):
            # `signed the minutes of the meeting` of a joint committee, `the Protocol of the 41st Session`: the
            # record of two states' session, whoever co-chaired it and wherever it sat
            kind = AgreementType.OTHER
            found = agreement_parties.sides_of_a_session(doc, found)
        if _twinning_head(doc.lower, start, head_end):
            if nested:
                continue  # `ký biên bản ghi nhớ thiết lập quan hệ kết nghĩa giữa A và B`: the document's subject
            if _KINDS_OF_SIDES.match(text, head_end):
                continue  # `kết nghĩa giữa các địa phương này và các tỉnh của Việt Nam`: an aim, no two localities
            if not english and _RAISED_TO.search(text, max(0, start - 20), start):
                continue  # `nhằm nâng quan hệ giữa hai tỉnh lên cấp độ kết nghĩa`: ties to be raised, not yet so
            if not _localities(doc, found):
                found = _sentence_localities(doc, start) or _with_the_other_locality(doc, found)
            if not _localities(doc, found) and not english:
                # `kỷ niệm 10 năm thiết lập quan hệ thành phố hữu nghị A - B` with A no stage reads as a place: the
                # page's two cities of two countries (a Vietnamese city by its people's committee)
                found = agreement_parties.two_cities(doc) or found
            if not _localities(doc, found):
                continue  # `kết nghĩa` with no two localities named: no partnership read
        elif (
            any(head_end <= a < end and _twinning_head(doc.lower, a, b) for a, b, _ in heads)
            or _ESTABLISHES_TIES.search(doc.lower, head_end, end)
        ) and not _localities(doc, found):
            # `a Memorandum of Understanding on the establishment of their twinning relationship`: a document of
            # the two localities the twinning binds
            other = _with_the_other_locality(doc, found)  # (the one locality read, and the page's other one)
            found = (
                _sentence_localities(doc, start)
                or (other if _localities(doc, other) else [])
                or agreement_parties.two_localities(doc)
                or other
            )
        if kind == AgreementType.PARTNERSHIP and len(found) < 2:
            # `this visit marked the beginning of a "comprehensive strategic partnership"`: two countries' framework
            found = list(dict.fromkeys([*found, *agreement_parties.two_main_countries(doc)]))[:2]
        subject_words = (_SUBJECT_MODIFIER.search(text, max(0, start - 40), start) or by_subject) if english else None
        if subject_words and not set(subject_words.group("words").split()) - _GENERIC_MODIFIERS:
            subject_words = None  # `a new agreement`, `the bilateral agreement`: no subject of its own
        if subject_words and title_start == start:
            title_start = subject_words.start("words")  # `negotiations on a rice trading agreement`
        if (
            kind not in (AgreementType.FTA,)
            and not _COMPLEMENT.match(text, head_end)
            and passive is None
            and not doc.lower.startswith("minutes of ", start)  # `the minutes of the 6th session`: its own complement
            and subject_words is None
            and not _PERIOD_BEFORE.search(text, max(0, start - 14), start)
            and not text[start].isupper()
            and len(found) < 2
            and not (english and _SIGNED_ONE.search(text, sentence.start, start))
            and own is None  # (`triển khai biên bản hợp tác đã ký kết năm 2019`: dated by its own signing, one)
        ):
            continue  # `ký thỏa thuận hợp tác với các đối tác`: no complement and not two parties, no document
        bare = _bare(text, start, head_end, end, english=english) and not (
            i + 1 < len(heads) and _JOINED_HEAD.fullmatch(" " + text[end : heads[i + 1][0]])
        )  # `the Agreement and the Protocol between …`: coordinated with the next document, not a reference back
        if bare and not english and _FRIENDSHIP_HEAD.fullmatch(doc.lower, start, head_end):
            bare = (
                False  # `ký kết thiết lập quan hệ thành phố hữu nghị giữa hai thành phố`: ties, no document named back
            )
        if bare and english and _ONE_MORE.search(text, max(0, start - 8), start):
            bare = False  # `One MoU was signed between A and B`: one document more of those told, not one of them
        if english and doc.lower.startswith("deal", start) and doc.lower[max(0, start - 4) : start] == "the ":
            if not mentions and len(found) < 2:
                continue  # (none read before: a deal the page names no further, unless it names its sides)
            bare = True  # `the importance of the deal for both localities`: the document just read
        if not english and (named := _named_by_its_acronym(mentions, text[start:head_end])) is not None:
            _absorb(named, status, date, precision)
            continue  # `… của lời văn EVFTA`: the trade agreement a fuller mention gave that acronym, whatever sides
        earlier = _refers_back(mentions, kind) if bare and mentions else None
        if earlier is not None:
            _absorb(earlier, status, date, precision)
            _add_signers(doc, earlier, found)
            continue  # `The MoU`, `Bản ghi nhớ này`: the agreement already read, not another one
        if not english and _cut_off_by_the_page_end(text, head_end, end):
            continue  # `3. Bản ghi nhớ giữa Cục A và h` as a page's last words: a title the page lost, no document read
        title = (
            text[title_start:end] if passive is None else f"{text[title_start:head_end]} {text[passive.end() : end]}"
        ).strip(" ,")
        if title.count('"') % 2 or title.count("”") > title.count("“"):
            title = title.rstrip('"”')  # (`“Kế hoạch triển khai …” và …`: the closing quote is no part of the name)
        if kind == AgreementType.AGREEMENT and _FTA_IN_BRACKETS.search(title):
            kind = (
                AgreementType.FTA
            )  # `ASEAN Trade in Goods Agreement (ATIGA)`: a generic head, a free trade agreement's acronym
        m = Mention(kind, start, end, title)
        carried = (
            state["status"] if kind not in (AgreementType.FTA, AgreementType.PARTNERSHIP) else None
        )  # a trade area is in force unless
        m.status = (
            status
            or carried
            or (
                AgreementStatus.IN_FORCE
                if kind in (AgreementType.FTA, AgreementType.PARTNERSHIP)
                else AgreementStatus.UNKNOWN
            )
        )  # its own sentence says
        m.status_default = not (status or carried)
        if (
            not english
            and m.status_default
            and kind in (AgreementType.FTA, AgreementType.PARTNERSHIP)
            and _proposed_in_its_sentence(text, sentence.start, start)
        ):
            m.status, m.status_default = AgreementStatus.PROPOSED, False
        m.date, m.precision = (
            (date, precision) if date else (state["date"], state["precision"]) if not status else (None, None)
        )
        if (
            not found
            and mentions
            and re.fullmatch(
                r"\s*[”\"]?\s*(?:,|,?\s*(?:and|và))\s*[“\"]?\s*(?:(?:a|an|the|một)\s+)?",
                text[mentions[-1].end : title_start],
            )
        ):
            found = list(mentions[-1].parties)  # `including an MoU on …, an MoU on … and …`: signed together
        m.parties = found
        m.key = _key(title, kind)
        m.ahead = bare and not any(o.type == kind for o in mentions)
        _event_link(doc, m)
        if status is not None and not nested and m.date and m.date == told_date[0]:
            state.update(date=m.date, precision=m.precision)
        mentions.append(m)
    for m, nxt in pairwise(mentions):
        if (
            len(m.parties) < 2
            and len(nxt.parties) >= 2
            and set(m.parties) <= set(nxt.parties)
            and _coordinated(doc, m, nxt)
        ):
            # `the Agreement and the Protocol between A and B`: one complement for both (the signer alone read for
            # the first, `A ký kết Biên bản … và Thỏa thuận … giữa A và B`, is one of its sides)
            m.parties = list(nxt.parties)
    if not english:
        _ordinals_share_their_status(mentions)
    mentions = _referred_ahead(doc, mentions)
    starts = {m.start for m in mentions}
    mentions = [x for m in mentions for x in (m, *_another(doc, m, titles, starts))]
    for m in mentions:
        if m.type == AgreementType.AGREEMENT and _trade_deal_of_a_bloc(doc, m):
            m.type = AgreementType.FTA  # (its kind known once its sides are: before mentions of one kind merge)
    documents = _ties_of_their_document(_headline_into_body(doc, _merge(doc, mentions)))
    for m in documents:
        if not m.parties and m.type not in (AgreementType.FTA, AgreementType.PARTNERSHIP):
            # `as part of the Memorandum of Understanding on cooperation for 2016-2020`, `các thỏa thuận cụ thể
            # như Hiệp định bảo hộ đầu tư`: a document no mention gives a party of is one between the two sides
            # of the article's main meeting, else between the only two countries the page names (none else)
            bilateral = _BILATERAL_BEFORE.search(doc.text, max(0, m.span[0] - 30), m.span[0])
            m.parties = (
                (bilateral and agreement_parties.two_main_countries(doc))  # `A bilateral agreement on …`: two states'
                or agreement_parties.main_event_sides(doc)
                or agreement_parties.only_two_countries(doc)
            )
            if doc.article.lang != "en" and m.title.lower().startswith("hiệp định"):
                m.parties = agreement_parties.states_of(
                    doc, m.parties
                )  # (a treaty under negotiation at a meeting of two ministers)
        elif m.type not in (AgreementType.FTA, AgreementType.PARTNERSHIP):
            m.parties = _most_specific(doc, _other_side(doc, m.parties))
    same_day = Counter(_day_key(doc, m) for m in documents if m.date)
    for m in documents:
        _emit(doc, m, by_day=bool(m.date) and same_day[_day_key(doc, m)] == 1)


_ORDINAL_DOCUMENT = re.compile(
    r"^[^\W\d]+(?:\s+[^\W\d]+){0,3}?\s+(?:đầu tiên|thứ\s+(?:\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám))\b", re.I
)


def _ordinals_share_their_status(mentions: list[Mention]) -> None:
    """`biên bản ghi nhớ đầu tiên … Biên bản ghi nhớ thứ 2 … 2 bên cũng đã kí kết biên bản ghi nhớ thứ 3 …`:
    documents told by their rank are one set, each what the text says of any of them (when it says one thing)."""
    ranked = [m for m in mentions if _ORDINAL_DOCUMENT.match(m.title)]
    told = {m.status for m in ranked if not m.status_default and m.status != AgreementStatus.UNKNOWN}
    if len(ranked) < 2 or len(told) != 1:
        return
    status = told.pop()
    for m in ranked:
        if m.status == AgreementStatus.UNKNOWN:
            m.status, m.status_default = status, False


_STATEMENT_SUBJECT = re.compile(r"\s*(?:on|regarding|concerning|về|kết thúc|khởi động)\b", re.I)
"""What a joint statement that is a document is about (`on the establishment of …`, `về việc …`)."""


_PARTNERS_PREDICATE = re.compile(r"\b(?:are|were|as|be|been|being|remain|became|become)\s+(?:[\w-]+\s+){0,2}$", re.I)
"""What makes `strategic partners` a framework: two sides said to be them (`are`, `as`, `remain`, `became`)."""
_ARTICLE_OF = re.compile(r"\b(?:Article|Articles|Chapter|Điều|Chương)\s+\d+[\w().]*\s+(?:of|của)\s+(?:the\s+)?$")
"""An article of a treaty cited (`Article 6 of the Paris Agreement`, `Điều 6 của Thỏa thuận Paris`)."""
_ISSUED = re.compile(r"\b(?:issued|released|published|adopted|ra|công bố|thông qua)\s+(?:a|an|the|bản)?\s*$", re.I)
"""A statement's own verb: published, not signed."""
_BILATERAL_BEFORE = re.compile(r"\b(?:bilateral|song phương)\s+(?:[\w-]+\s+){0,2}$", re.I)
"""A document called bilateral with no side named: the two countries', not the sides of the day's meeting."""
_ENUMERATION_COMMA = re.compile(
    r",\s+(?![^,;.]{0,40}?\b(?:will|would|shall|can|could|should|must|may|has|have|had|is|are|was|were|said|says)\b)"
    r"[^,;.]{1,40}?,?\s+and\s"
)
"""A comma inside an enumeration (`on trade, investment and logistics`): items with no verb of their own (`…
Cooperation, Khammoune will direct departments and agencies` starts a new clause)."""
_PAIR_THAT_ACTS = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"\s+(?:(?:have|has|had|also|jointly)\s+)?(?:agreed|decided|pledged|vowed|committed|affirmed|discussed|reached"
    r"|welcomed|expressed)\b"
)
"""After a comma, two names joined by `and`, then a verb only a clause's subject takes (`…, A and B agreed to …`): the
main clause begins, no enumeration nor a party's place (a participle, `signed in 2019`, may still be the title's)."""
_QUALIFIER_COMMA = re.compile(r",\s+[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?(?=[.;,]|\s+and\s|$)")


def _english_clause_end(text: str, head_end: int, end: int) -> int:
    """English: a title runs to the first comma that starts a new clause (`… smart border gates by the end of
    the year, Vietnamese Deputy Prime Minister … said`), not one of an enumeration (`on trade, investment and
    logistics`) nor one before a place that qualifies a party (`… Guangxi, China`)."""
    for comma in range(head_end, end):
        if text[comma] != "," or text[comma - 1 : comma + 2 : 2].isdigit():
            continue  # (`500,000 tons`: a number's comma)
        if _NEXT_TITLE.match(text, comma + 1):
            return comma  # `the MOU on Rice Trade, Understanding on Incident Prevention, …`: the next title
        if _PLACE_AND_DATE.match(text, comma):
            return comma  # a caption's `…, Vientiane, Laos, April 8, 2024 - Photo: VNA`: where and when, no title
        if _PAIR_THAT_ACTS.match(text, comma):
            return comma  # `the 10th anniversary of the strategic partnership (2013-2023), A and B agreed to …`
        if _ENUMERATION_COMMA.match(text, comma) or _QUALIFIER_COMMA.match(text, comma):
            continue
        return comma
    return end


_PLACE_AND_DATE = re.compile(
    r"(?:,\s+[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?){1,2},\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b"
)
"""A caption's place (and its country) and day after a title (`…, Vientiane, Laos, April 8, 2024`)."""
_NEXT_TITLE = re.compile(r"\s+(?:and\s+)?(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*\s+(?:on|between)\s")
"""After a comma, a name in capitals followed by `on`/`between`: the next document of a list of titles."""


# After an English head, a lowercase word that is no complement's opening starts the clause's verb.
_EN_VERB_AFTER = re.compile(
    r"\s+(?!(?:on|for|between|to|of|in|regarding|concerning|with|among|signed|inked|that|which"
    r"|and|or|at|by|from|under|within|aimed|aiming|focused|focusing|establishing|worth)\b)[a-z]+\b"
)
# Vietnamese: after a head, a verb opens the clause the head is the subject of (`Bản ghi nhớ có hiệu lực kể từ …`,
# `Bản ghi nhớ khẳng định …`): the head has no title of its own.
_VI_VERB_AFTER = re.compile(
    r"\s+(?:có hiệu lực|khẳng định|thể hiện|đánh dấu|mở ra|tạo ra|góp phần|giúp|cho phép|quy định|nêu rõ|đặt ra"
    r"|nhấn mạnh|hết hiệu lực)\b"
)
# What points at a document already read rather than naming one: this time, today, the day it was signed.
_DEICTIC_TAIL = re.compile(
    r"\s*(?:lần này|hôm nay|vừa (?:được )?k[ýí](?: kết)?|mới (?:được )?k[ýí](?: kết)?|(?:k[ýí] )?ngày \d{1,2}[/.-]\d{1,2}"
    r"(?:[/.-]\d{2,4})?|today|this time)\s*"
)

# A complement that names only the two sides (`the MoU between the two cities`, `Bản ghi nhớ hợp tác giữa hai bên`):
# nothing of a document's own, the one already read.
_BETWEEN_SIDES_ONLY = re.compile(
    r"\s*(?:hợp tác\s+)?(?:between|giữa)\s+(?:the\s+)?(?:hai|two|both)\s+(?:nước|quốc gia|bên|tỉnh|địa phương|thành phố"
    r"|countries|nations|sides|provinces|localities|cities|parties)\s*",
    re.I,
)


_NAMED_ABOVE = re.compile(r"\s(?:nêu trên|nói trên|kể trên|vừa nêu)\s*$")
_NAMED_ABOVE_EN = re.compile(r"\b(?:the|this|that)\s+(?:aforementioned|above-?mentioned|aforesaid|said)\s+$", re.I)


_INDEFINITE_PHRASE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){0,5}$")
"""The indefinite article that opens a head's noun phrase (`a new …`, `A 440 million euro tied aid …`): a document
named for the first time."""


def _named_anew(text: str, start: int) -> bool:
    """An indefinite article, then words of substance, before a head (`a tied aid agreement`, not `a new cooperation
    agreement`): a document the page names for the first time."""
    phrase = _INDEFINITE_PHRASE.search(text, max(0, start - 48), start)
    if phrase is None:
        return False
    words = [w.lower() for w in text[phrase.start() : start].split()[1:]]
    return any(w not in _GENERIC_MODIFIERS and fold(w) not in _GENERIC_WORDS for w in words)


def _bare(text: str, start: int, head_end: int, end: int, *, english: bool) -> bool:
    """A head with nothing of its own (`The MoU is …`, `MOU lần này`, `Bản ghi nhớ này`, `MoU hôm nay`): it names
    no new document."""
    if _DEICTIC_TAIL.fullmatch(text, head_end, end):
        return True
    if _BETWEEN_SIDES_ONLY.fullmatch(text, head_end, end):
        # `the agreement between the two countries`, `a cooperation agreement between the two nations`: the
        # document told; `A 440 million euro tied aid agreement between the two countries`: a new one, named by words
        # of its own between its article and its head
        return not (english and _named_anew(text, start))
    if not english and _NAMED_ABOVE.search(text, head_end, end):
        return True  # `thỏa thuận thiết lập cơ chế hợp tác nêu trên`: the document told above
    if english and _NAMED_ABOVE_EN.search(text, max(0, start - 20), start):
        return True  # `to enter into the aforementioned agreement with X because …`: the document told above
    if text[head_end:end].strip(" ,") and not _ANAPHOR.match(text, head_end):
        return False
    if english and text[start].isupper() and " " in text[start:head_end] and not _ANAPHOR.match(text, head_end):
        return False  # `the Framework Agreement`: a document's name, capitalised, is no reference back
    if _FTA_NAME.fullmatch(text, start, head_end):
        return False  # `such as RCEP and CPTPP`: a trade agreement's own acronym names it, never one read before
    before = text[max(0, start - 12) : start].lower()
    if re.search(r"(?:^|\s)(?:an?|another|one more|một|thêm)\s+$", before):
        return False  # `An MoU was also signed between …`: a new document, whatever follows
    before = before[-5:]
    if not english and text[start].isupper():
        return True  # `Theo Bản ghi nhớ, …`: Vietnamese capitalises the document words and has no article
    return bool(
        re.search(r"(?:^|\s)(?:the|this|that|such)\s+$", before)
        or _ANAPHOR.match(text, head_end)
        or text[start:head_end].isupper()
        or text[start:head_end] in ("MoU", "MoUs")
    )


_ANOTHER = re.compile(r",?\s+and\s+(another)\s+(?=(?:on|for|to|about|regarding|between)\s)")


def _another(doc: ArticleDoc, m: Mention, titles: Sequence[tuple[int, int]], starts: set[int]) -> list[Mention]:
    """`an agreement on border labour management between A and B, and another on cooperation between C and D`: a
    second document of the same kind, its title and parties its own (the first's parties when it names none)."""
    text = doc.text
    found = _ANOTHER.match(text, m.end)
    if found is None or doc.article.lang != "en" or found.start(1) in starts:
        return []  # (a list's reader already read `another on …` as its item)
    start = found.start(1)
    stop = _TITLE_STOP.search(text, found.end())
    end = stop.start() if stop else doc.sentence_of(start).end
    end = _english_clause_end(text, found.end(), end)
    title = text[start:end].strip(" ,.")
    if not title or len(title.split()) > 40:
        return []
    head = re.split(r"\s+(?:on|for|to|about|regarding|between)\s", m.title, maxsplit=1)[0]
    if len(head.split()) <= 5:
        title = head + title[len("another") :]  # `another on …` is `agreement on …`, written out
    other = Mention(m.type, start, end, title, status=m.status, date=m.date, precision=m.precision)
    own = agreement_parties.parties(doc, start, found.end(1), end, start, False, titles)
    other.parties = own if len(own) >= 2 else list(m.parties)
    other.key = _key(title, m.type)
    return [other]


_CUT_WORD = re.compile(r"\s[^\W\d]$")
_CLOSING = ".!?)]”\"'…:;"


def _cut_off_by_the_page_end(text: str, head_end: int, end: int) -> bool:
    """A title that runs to the page's last words with no stop and ends inside a word (`… ký Biên bản ghi nhớ về h`,
    `Bản ghi nhớ giữa Cục A và h`): the page was cut off there (a crawl's limit, a caption's overflow), and what the
    document is and who its other side is are lost with the rest. (A title cut after whole words, `… giữa Bộ A`,
    still names a document and its signer.)"""
    tail = text[head_end:end].rstrip()
    if text[end:].strip() or not tail or text.rstrip()[-1] in _CLOSING:
        return False
    return _CUT_WORD.search(tail) is not None


def _named_by_its_acronym(mentions: list[Mention], head: str) -> Mention | None:
    """`Hiệp định thương mại tự do giữa Việt Nam - Liên minh châu Âu (EVFTA)`, then `EVFTA` alone: the acronym in
    brackets after a title names that document again (its sides are the title's, not the countries of the sentence
    it is named again in: `… sửa đổi lời văn EVFTA … giữa Việt Nam và UK`)."""
    if not _FTA_NAME.fullmatch(head):
        return None
    acronym = f"({head.split()[-1]})"
    return next((m for m in reversed(mentions) if acronym in m.title), None)


def _refers_back(mentions: list[Mention], kind: str) -> Mention | None:
    """The agreement a bare mention refers to: the last one read of its type (a `văn kiện`, any type)."""
    same = [m for m in mentions if m.type == kind]
    if (
        not same and kind == AgreementType.AGREEMENT
    ):  # `the agreement`, `văn kiện này`: a generic word for the document just read
        same = mentions
    return same[-1] if same else None


def _absorb(target: Mention, status: str | None, date: str | None, precision: str | None) -> None:
    """What a later reference adds: a date the first mention lacked, a status it did not read."""
    if (target.status == AgreementStatus.UNKNOWN or target.status_default) and status:
        target.status, target.status_default = status, False
    if not target.date and date and status:
        target.date, target.precision = date, precision


def _add_signers(doc: ArticleDoc, target: Mention, found: list[str]) -> None:
    """`India signed an MoU with Vietnam … X, Vice-Chancellor of A, and Y, President of Vietnam's B, signed the
    MoU`: the bodies a later reference names as signers are parties too, when they belong to the sides already
    read (their countries among its parties); the countries they qualify are dropped after the merge. A signer's
    body seated in a province that is already a party adds nothing (`Ho Chi Minh City and Houaphanh province signed
    …; the MoU was inked by the Secretary of the Party Committee of Houaphanh …`)."""
    extra = [p for p in found if p not in target.parties]
    if len(extra) < 2 or not target.parties:
        return
    if _with_countries(doc, extra) - set(extra) <= _with_countries(doc, target.parties):
        target.parties.extend(p for p in extra if not _seats(doc, {p}) & set(target.parties))


def _acronym_of_previous(text: str, start: int, previous: tuple[int, str | None] | None) -> bool:
    """`hiệp định thương mại tự do (FTA)`: the acronym in brackets is the same agreement, already read."""
    return previous is not None and start < previous[0] and text[start - 1 : start] == "("


_IN_TIME = re.compile(r" trong (?:năm|thời|giai đoạn|tháng|dịp|chuyến|cuộc)\b")
"""`đối tác toàn diện trong chuyến thăm …`, `… trong năm 2024`: when the partnership was spoken of (but `đối tác
toàn diện trong lĩnh vực …` is a partner in a field)."""


def _heads(text: str, lower: str) -> list[tuple[int, int, str]]:
    found = [
        (a, b, kind)
        for a, b, kind in _HEAD_FINDER.find(lower)
        if not (
            kind == AgreementType.PARTNERSHIP
            and lower.startswith(" trong", b)
            and not _IN_TIME.match(lower, b)
            and not text[b - len("chiến lược") : b][:1].isupper()
        )
    ]  # `đối tác toàn diện trong …` (a partner in …)
    found = [h for h in found if not (lower.startswith("deal", h[0]) and not _DEAL_BEFORE.search(lower, 0, h[0]))]
    found.extend(_ACRONYM_FINDER.find(text))
    found.extend((m.start(1), m.end(1), AgreementType.AGREEMENT) for m in _SIGNED_COOPERATION.finditer(lower))
    if "nội dung hợp tác" in lower:  # (a cheap guard: the pattern needs its words)
        found.extend((m.start(1), m.end(1), AgreementType.AGREEMENT) for m in _SIGNED_CONTENTS.finditer(lower))
    if "báo cáo" in lower:  # (a cheap guard: the pattern needs its words)
        found.extend((m.start(1), m.end(1), AgreementType.OTHER) for m in _SIGNED_REVIEW.finditer(lower))
    found.extend(
        (m.start(), m.end(), AgreementType.OTHER) for m in _DECLARATION.finditer(text) if _mid_sentence(text, m)
    )
    if "hữu nghị" in lower:  # (a cheap guard: the ties' patterns need their word)
        found.extend(_friendship_ties(lower))
    return leftmost_longest(found)


_FRIENDSHIP = r"quan hệ (?:thành phố |tỉnh |hợp tác )?hữu nghị(?: và hợp tác| hợp tác)?"
_FRIENDSHIP_HEAD = re.compile(_FRIENDSHIP)
_FRIENDSHIP_SET_UP = re.compile(rf"\b(k[ýí] kết )?(?:thiết lập|xác lập) (?:mối )?({_FRIENDSHIP})")
_FRIENDSHIP_SET_UP_AFTER = re.compile(rf"\b({_FRIENDSHIP})(?= [^.;:\n]{{0,80}}? được (?:thiết lập|xác lập)\b)")


def _friendship_ties(lower: str) -> Iterator[tuple[int, int, str]]:
    """Friendship ties set up between two sides (`đã thiết lập quan hệ hữu nghị và hợp tác với thành phố X vào năm
    …`, `kỷ niệm 10 năm thiết lập quan hệ thành phố hữu nghị A - B`, `mối quan hệ hợp tác hữu nghị giữa 2 thành phố
    A - B được thiết lập từ năm …`): a lasting relation of two localities, as a twinning is (kept only when two
    localities are its sides); signed (`ký kết thiết lập quan hệ hữu nghị …`), the document of the signing. Ties
    spoken of with no setting up (`mối quan hệ hữu nghị giữa hai nước`) are no framework."""
    for m in _FRIENDSHIP_SET_UP.finditer(lower):
        yield m.start(2), m.end(2), AgreementType.AGREEMENT if m.group(1) else AgreementType.PARTNERSHIP
    for m in _FRIENDSHIP_SET_UP_AFTER.finditer(lower):
        yield m.start(1), m.end(1), AgreementType.PARTNERSHIP


def _twinning_head(lower: str, start: int, end: int) -> bool:
    """A head of two localities' lasting ties: a twinning, or friendship ties set up (`_friendship_ties`)."""
    return lower[start:end] in _TWINNING or _FRIENDSHIP_HEAD.fullmatch(lower, start, end) is not None


_RECORDS = (AgreementType.MOU, AgreementType.AGREEMENT)
_FRAMEWORK_GAP = re.compile(r"\s+(?:khung\s+)?")
"""Between a document's head and a partnership's name that is the document's own (`Hiệp định khung Đối tác …`)."""
_RECORDED = (AgreementType.MOU, AgreementType.AGREEMENT, AgreementType.OTHER)


def _names_the_next(first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    """`Bản ghi nhớ Thỏa thuận hợp tác giữa A và B`, `Biên bản thỏa thuận Hợp đồng …`: Vietnamese puts a document's
    kind first, so of two heads side by side the first is the document and the second what it records (English
    puts it last: `the cooperation plan agreement`)."""
    return first[1] + 1 == second[0] and first[2] in _RECORDS and second[2] in _RECORDED


_RAISED_TO = re.compile(r"\blên\s+(?:(?:cấp độ|cấp|mức|tầm|thành)\s+)?(?:quan hệ\s+)?$", re.I)
"""`nâng quan hệ lên cấp độ kết nghĩa`: what two sides' ties are to be raised to."""
_DELEGATION_SUBJECT = re.compile(
    r"\s*(?:(?:Tại|Trong|Sau|Nhân) [^,.;]{1,40},\s*)?[Đđ]oàn\s+(?:đã|sẽ|cũng|tiếp tục|còn)\s"
)
"""`Đoàn đã làm việc với … và ký Bản ghi nhớ hợp tác với Tổ chức X`: the page's delegation signs."""


def _with_the_delegation(doc: ArticleDoc, found: list[str]) -> list[str]:
    """`Đoàn đã … ký Bản ghi nhớ hợp tác với X`: the delegation's body is the side the partners read are not (none of
    them of its country)."""
    body = agreement_parties.delegation_body(doc)
    if not body or body[0] in found:
        return found
    home = agreement_parties.body_country(doc, body[0])
    if any(agreement_parties.body_country(doc, p) == home for p in found):
        return found
    return [*body, *found]


_AIM_BETWEEN = re.compile(r"\s*,?\s*(?:nhằm|để)\s+(?:[^\W\d]+\s+){1,4}?giữa\s+")
_TWO_LOCALITIES = re.compile(r"(?:hai|2)\s+(?:tỉnh|địa phương|thành phố)\b")


def _sides_of_the_aim(doc: ArticleDoc, at: int) -> list[str]:
    """`ký kết Biên bản ghi nhớ (MOU) nhằm nâng quan hệ giữa hai tỉnh lên …`: a document whose title names no two
    sides is between those its aim's `giữa` names (the page's two localities, for `hai tỉnh`)."""
    if _TWO_LOCALITIES.match(doc.text, at):
        return agreement_parties.two_localities(doc)
    sentence = doc.sentence_of(at)
    ids = agreement_parties.party_ids_between(doc, at, agreement_parties.clause_end(doc.text, at, sentence.end))
    return ids if len(ids) >= 2 else []


_PLANS = frozenset(["chương trình hợp tác", "chương trình hành động", "kế hoạch hành động", "kế hoạch hợp tác"])
_TO_BE_DRAWN_UP = re.compile(
    r"\b(?:xây dựng|đưa ra|hình thành|soạn thảo|thành)\s+(?:(?:một|các|những)\s+)?(?:bản\s+)?$", re.I
)
"""`xây dựng Chương trình hành động cho năm tiếp theo`, `đưa các nội dung … thành các chương trình hợp tác`: a
programme or plan to be drawn up (or what contents are to become) is an aim, not a document of the page."""
_DECLARATION = re.compile(rf"\bTuyên bố(?= (?:cấp|về|giữa|[{UPPER}]))")
"""`ký Tuyên bố cấp Bộ trưởng về việc …`, `ra Tuyên bố về việc kết thúc đàm phán …`, `Tuyên bố giữa hai nước về …`:
a declaration's name, capitalised inside a sentence as Vietnamese writes a document's; at a sentence's start the
same word is the verb `to declare` (`Tuyên bố khai mạc …`)."""


_DECLARED = re.compile(r"\b(?:ra|công bố|thông qua)\s+(?:bản\s+)?[“\"]?$")
"""A declaration's own verb right before it (`ra Tuyên bố`, `thông qua “Tuyên bố …”`): issued, as a document is
signed."""


def _mid_sentence(text: str, m: re.Match[str]) -> bool:
    """A match with words of its sentence before it (not after a stop, a colon, a line break or a list's mark)."""
    before = text[: m.start()].rstrip(" \t“\"'‘(")
    return bool(before) and before[-1] not in ".!?:;\n|-–•*"


_SIGNED_COOPERATION = re.compile(
    r"\bk[ýí](?: kết)? (hợp tác(?: (?:chiến lược|toàn diện))?(?: (?:kinh tế|thương mại|đầu tư|du lịch|văn hóa|giáo dục))?)"
    r"(?= (?:(?:trong )?thời gian tới )?(?:giữa|với|giai đoạn|về)\b|\s*[,.;])"
)
"""`lễ ký kết hợp tác giữa tỉnh A với tỉnh B`, `đã ký kết hợp tác giai đoạn 2021 - 2025`, `ký kết hợp tác trong
thời gian tới giữa A và B`, `đã ký kết hợp tác về bảo vệ an ninh biên giới …`, `Lễ ký kết hợp tác chiến lược, …`,
`đã ký hợp tác toàn diện, …`, `ký kết hợp tác kinh tế giữa A và B`: a signing whose document is named by what it is,
cooperation of a kind or a field (its title from `hợp tác`), its sides those of the clause."""


_SIGNED_CONTENTS = re.compile(
    r"\bk[ýí](?: kết)? ((?:các |nhiều )?nội dung hợp tác(?: quan trọng)?)"
    r"(?= (?:(?:trong )?thời gian tới )?(?:giữa|với|giai đoạn|về)\b|\s*[,.;\n]|\s*$)"
)
"""`A – B ký kết nhiều nội dung hợp tác quan trọng` (a headline), `ký kết các nội dung hợp tác giai đoạn 2021 - 2025`:
the points of cooperation two sides sign are their cooperation document, as `ký kết hợp tác` is (its sides those of
the clause)."""


_SIGNED_REVIEW = re.compile(r"\bk[ýí](?: kết)? ((?:bản )?báo cáo (?:sơ kết|tổng kết))\b")
"""`Lãnh đạo hai tỉnh ký kết Báo cáo sơ kết 1 năm thực hiện Thỏa thuận hợp tác`, `ký báo cáo sơ kết kết quả hợp tác
hai năm …`: a review of the sides' cooperation both sign is a document of theirs (a report only presented is none)."""


_DEAL_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|similar|new|trade|cooperation|bilateral|landmark|first|aid|investment|energy|gas|lng"
    r"|supply|loan|financing|funding|purchase|export|import|sales|arms|defence|defense|power|electricity|tariff"
    r"|swap|procurement|tourism|aviation|shipping|labour|labor|technology|business|economic|commercial"
    r"|rice|grain|wheat|corn|maize|coffee|sugar|fertiliser|fertilizer|coal|oil|crude|food|[a-z]+-year)\s+$"
)
"""`deal` is a document after a determiner or a kind (`a similar deal with Queensland`, `the deal was inked`, `a
one-year rice deal`: a commodity or a term), never after `to` (`to deal with issues`) or `good` (`a good deal of
progress`)."""


def _title_end(
    text: str, start: int, head_end: int, heads: Sequence[tuple[int, int, str]], *, english: bool = False
) -> int:
    if _ACRONYM_END.search(text, start, head_end) and not (
        _MOU_ACRONYM.fullmatch(text, start, head_end) and _MOU_GOES_ON.match(text, head_end)
    ):
        return head_end  # `Hiệp định CPTPP`, `MoU`: a name of its own (but `an MOU on aviation development`)
    if english and _EN_VERB_AFTER.match(text, head_end) and not text[start:head_end].lower().endswith(" the"):
        return head_end  # `The MoU reflects …`, `the deal aims …`: the head, then its verb; no title of its own
    if english and text.startswith(",", head_end) and re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.I):
        return head_end  # `Under the MoU, Vietnam will supply …`: the comma opens the main clause
    if not english and (_VI_VERB_AFTER.match(text, head_end) or text.startswith(",", head_end)):
        return head_end  # (`Theo Thỏa thuận, Tp. HCM sẽ …`: a comma right after the head opens the main clause)
    if (
        not english
        and (others := _AND_OTHER_THINGS.match(text, head_end))
        and not any(s == others.end() for s, _, _ in heads)
    ):
        return head_end  # `các điều khoản của Bản ghi nhớ và các luật, quy định …`: the document, then other things
    stop = _TITLE_STOP.search(text, head_end)
    while (
        english
        and stop
        and (where := _SIDE_IN_PLACE.match(text, stop.start()))
        and _OPEN_BETWEEN.search(text, head_end, stop.start())
    ):
        stop = _TITLE_STOP.search(text, where.end())  # `between A province in Vietnam and B`: where A is, no stop
    end = stop.start() if stop else len(text)
    if english:
        end = _english_clause_end(text, head_end, end)
    elif (closing := _quoted_title_end(text, start)) is not None and closing > end:
        end = closing  # `thông qua “Tuyên bố Tầm nhìn về …: Đối tác tin cậy”`: no stop inside its quotes ends a title
    elif (closing := _acronym_closing(text, head_end, end)) is not None:
        end = closing  # `Hiệp định Thương mại tự do với EU (EVFTA) và cho biết …`: its acronym closes its name
    # A country after a comma qualifies the last party: `… tỉnh Sơn Đông, Trung Quốc`.
    for s, _e, _ in heads:  # a coordinated head ends this title: `Kế hoạch … và Danh mục …`, `… and an MOU on …`
        joined = _JOINED_HEAD.search(text[head_end:s]) if head_end <= s < end else None
        if joined is not None:
            end = min(end, s - len(joined.group(0)))
    acronym = re.match(r"\s*\((" + _FTA_ACRONYMS + r")\)", text[end:])
    if acronym:
        end += acronym.end()
    words = text[start:end].split()
    if len(words) > 40:
        end = start + len(" ".join(words[:40]))
    return end


_SIDE_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=\s+and\s)")
_OPEN_BETWEEN = re.compile(r"\bbetween\s+(?:(?!\band\b)[^,;.])+$")
"""A `between` slot whose first side is told and whose `and` is still to come (`… pact between A province`): a
place after `in` there says where that side is (`… in Vietnam and B`), the slot goes on."""
_DOCUMENTS = re.compile(r"văn kiện\b", re.I)
_AND_OTHER_THINGS = re.compile(r"\s+và\s+(?:các|những)\s+")
"""Right after a head, `và các …`: the head joined to a plural of other things (a document's own, when a head)."""
_COMPLEMENT_AFTER_NAME = re.compile(rf"\s+(?:(?:giữa|với|về|của|năm|giai đoạn|ký|được)\b|[{UPPER}])")
"""What may still follow a trade agreement's acronym in its title (`… (CEPA) giữa Việt Nam và UAE`, `… (FTA)
Hàn-Việt`)."""


def _acronym_closing(text: str, head_end: int, end: int) -> int | None:
    """Where a trade agreement's acronym in brackets ends its title, unless its sides or subject follow."""
    named = _FTA_IN_BRACKETS.search(text, head_end, end)
    return named.end() if named is not None and not _COMPLEMENT_AFTER_NAME.match(text, named.end()) else None


_OPENING_QUOTE = re.compile(r"(?:^|[\s(])[“\"]\s*$")
_CLOSING_QUOTE = re.compile(r"[”\"\n]")
_QUOTED_REACH = 250  # characters: how long a quoted title may be


def _quoted_title_end(text: str, start: int) -> int | None:
    """Where the quotes a head opens close (`“Kế hoạch … : …”`), when they close on its line."""
    if not _OPENING_QUOTE.search(text, max(0, start - 3), start):
        return None
    closing = _CLOSING_QUOTE.search(text, start, start + _QUOTED_REACH)
    return closing.start() if closing is not None and text[closing.start()] != "\n" else None


def _status(
    text: str,
    s_start: int,
    s_end: int,
    start: int,
    end: int,
    titles: Sequence[tuple[int, int]],
    *,
    left_only: bool = False,
    relative_first: bool = False,
) -> str | None:
    """`_read_status`, with the tense of a coordinated verb (`sẽ hội đàm và ký`) and the implementation of an
    agreement signed earlier (`implementing an MoU signed in 2016`: in force) taken into account."""
    status = _read_status(text, s_start, s_end, start, end, titles, left_only=left_only, relative_first=relative_first)
    if _ANNIVERSARY.search(text, max(s_start, start - 2 * _CUE_WINDOW), start):
        return AgreementStatus.IN_FORCE  # `kỷ niệm 45 năm Ngày ký Hiệp ước …`: a signing years ago, still in force
    if status == AgreementStatus.PROPOSED and _FORMAL_SIGNING.search(text, max(s_start, start - _CUE_WINDOW), start):
        return AgreementStatus.PLANNED  # `sớm ký chính thức và phê chuẩn Hiệp định …`: concluded, its signing ahead
    if (
        status == AgreementStatus.SIGNED
        and _FUTURE.search(text, s_start, start)
        and not _PAST.search(text, s_start, start)
    ):
        return AgreementStatus.PLANNED
    if status == AgreementStatus.SIGNED and _TOWARDS_SIGNING.search(text, s_start, start):
        return AgreementStatus.PLANNED  # `tiếp tục thúc đẩy tiến độ đàm phán và ký các hiệp định …`: not yet signed
    if status == AgreementStatus.SIGNED and _IMPLEMENTING.search(text, max(s_start, start - _CUE_WINDOW), start):
        return AgreementStatus.IN_FORCE
    if (
        status == AgreementStatus.PLANNED
        and _NEGOTIATE.search(text, max(s_start, start - _CUE_WINDOW), start)
        and _PROPOSING.search(text, s_start, start)
    ):
        return (
            AgreementStatus.PROPOSED
        )  # `proposed that the two countries negotiate an action plan`: a proposal, not yet a plan
    return status


_SIGNED_CUE = next(rx for status, rx in _CUES if status == AgreementStatus.SIGNED)
"""The signing cue of `_CUES`, read in the sentences before documents counted after a signing."""


def _signing_just_told(doc: ArticleDoc, idx: int) -> str | None:
    """`The signing ceremony was witnessed by … Those four documents include …`: documents counted right after
    a signing was told (in the two sentences before, with no document named there) are its documents."""
    for sentence in doc.sentences[max(0, idx - _STATE_REACH) : idx]:
        found = _SIGNED_CUE.search(doc.text, sentence.start, sentence.end)
        if found is not None and not _FUTURE.search(doc.text, sentence.start, found.start()):
            return AgreementStatus.SIGNED
    return None


_INCLUDING = re.compile(
    r"(?:,\s*)?\b(?:including|such as|namely|gồm|bao gồm|như|là)\s*:?\s*(?:(?:a|an|the|một)\s+)?$", re.I
)
_BARE_SIGN = re.compile(
    r"(?:(?<!\S)|,\s*)(?:k[ýí] kết|k[ýí]|trao đổi|trao)\s+$", re.I
)  # (a headline's `Ký kết …` too; `trao Bản ghi nhớ`, `trao đổi Bản ghi nhớ`: a signed document handed over)


_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–•*+])[ \t]+")
_INTRO_REACH = 600  # characters before a numbered list in which its introduction tells what was done


def _list_intro_status(text: str, start: int) -> str | None:
    """`… witnessed the exchange of eight cooperation agreements. … the agreements include:` then `1. MoU between …`:
    a document that opens an item of a list is signed when the text introducing the list says they were signed."""
    line_start = text.rfind("\n", 0, start) + 1
    item = _LIST_ITEM.match(text, line_start)
    if item is None or item.end() != start:
        return None
    intro_end = line_start
    while intro_end > 0:  # back over the list's earlier items to the line that introduces them
        previous = text.rfind("\n", 0, intro_end - 1) + 1
        if not _LIST_ITEM.match(text, previous):
            break
        intro_end = previous
    intro = text[max(0, intro_end - _INTRO_REACH) : intro_end]
    if not intro.rstrip().endswith(":"):
        return None
    signed = dict(_CUES)[AgreementStatus.SIGNED]
    return AgreementStatus.SIGNED if signed.search(intro) or _AGREED_UPON.search(intro) else None


_AGREED_UPON = re.compile(r"\b(?:have|has|had)\s+been\s+agreed\s+(?:upon|on)\b|\bwere\s+agreed\s+(?:upon|on)\b", re.I)
"""`The three documents that have been agreed upon by A and B are:`: a list of documents concluded, as signed ones."""


def _listed_status(text: str, s_start: int, start: int) -> str | None:
    """`… desire to sign several documents with the MoIT, including a MoU …`: the first of a list takes the
    status of the clause that introduces the list."""
    lead = _INCLUDING.search(text, s_start, start)
    if lead is None or lead.end() != start:
        return None
    cues = [(m.end(), status) for status, rx in _CUES for m in rx.finditer(text, s_start, lead.start())]
    return max(cues)[1] if cues else None


def _bare_verb_status(text: str, s_start: int, start: int) -> str | None:
    """`…, hội đàm với …, ký kết Bản ghi nhớ …`: `ký` right before the head, in a sentence that tells what was
    done (no future or proposal word before it), signed it; so does a count between them (`ký kết nhiều thỏa
    thuận`), and news English's present (`A and B sign MoU on …`, a headline's past) when no modal or `to` comes
    before the verb."""
    counted = _QUANTIFIER.search(text, max(s_start, start - 24), start)
    at = counted.start() if counted is not None else start
    if not (
        _BARE_SIGN.search(text, max(s_start, at - 10), at)
        or _PRESENT_SIGN.search(text, max(s_start, at - 40), at)
        or _SIGN_WITH.search(text, max(s_start, at - 90), at)
    ):
        return None
    before = text[s_start:start]
    if _FUTURE.search(before) or _PROPOSING.search(before) or _NEGOTIATE.search(before):
        return None
    if modal := _MODAL_BEFORE_SIGN.search(before):
        # `Both sides should engage in talks to finalize and sign agreements on …`: urged, not done
        return AgreementStatus.PROPOSED if modal.group("urged") else None
    return AgreementStatus.SIGNED


_MODAL_BEFORE_SIGN = re.compile(
    r"\b(?:(?P<urged>should|must|need to|needs to)|shall|would|could|to)\s+(?:[\w-]+\s+){1,6}?(?:and|or)\s+"
    r"(?:signs?|inks?)\s+"
    r"(?:[^.;:]{0,40}\s)?$",
    re.I,
)
"""A sign verb coordinated after a modal or `to` (`should … finalize and sign`, `to negotiate and sign`): the modal
governs it too, whatever stands between (what one should or must sign is proposed)."""


_SIGN_WITH = re.compile(r"(?:(?<!\S)|,\s*)(?:k[ýí](?: kết)?|signed|inked)\s+(?:với|with)\s+[^,.;:]{1,80}$", re.I)
"""`A ký với B Bản ghi nhớ …`, `A signed with B an MoU …`: the partner between the verb and the document."""
_PRESENT_SIGN = re.compile(
    r"(?<!\bto)(?<!\bwill)(?<!\bwould)(?<!\bshall)(?<!\bshould)(?<!\bcould)(?<!\bcan)(?<!\bmay)(?<!\bmight)"
    r"(?<!\bmust)(?<!\bnot)(?<!\bdid)(?<!\bto jointly)\s+(?:signs?|inks?)\s+(?:an?\s+|the\s+)?$"
)
"""`Vietnam, Laos sign MoU on …`: the present of news English (a headline's past), not after a modal or `to`."""
_SO_FAR = re.compile(
    r"\b(?:(?:tính|cho) đến nay|đến nay|từ trước (?:tới|đến) nay|hiện đã|so far|to date|up to now|thus far)\b", re.I
)
"""A tally of what was signed over time, not one ceremony's documents."""
_FUTURE = re.compile(
    r"\b(?:sẽ|dự kiến|will|to be|plan to|plans to|(?:is|are|was|were) (?:expected|scheduled|set|slated|due) to)\b", re.I
)
_PAST = re.compile(r"\b(?:đã|vừa|signed|inked)\b", re.I)
_TOWARDS_SIGNING = re.compile(
    r"\b(?:đang|tiếp tục|thúc đẩy|hướng tới|tiến tới|sớm)\b[^.;:]{0,40}?\b(?:đàm phán và k[ýí]|đàm phán, k[ýí])\b"
    r"|\b(?:work(?:ing)? towards?|push(?:ing)? for|continue to negotiate and)\b[^.;:]{0,20}?\bsign"
    r"|\b(?:accelerat\w*|speed(?:s|ing)? up|expedit\w*|hasten\w*|prepar\w* for|towards?)\s+(?:the\s+)?signing\b"
    r"|\b(?:cleared|approved|authori[sz]ed|greenlit|green-lighted)\s+(?:the\s+)?signing\b"  # (a cabinet's approval)
    # (a trip's purpose: `who is in Seoul to sign an MoU with …`)
    r"|\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?(?:in|visiting)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+to\s+sign\b",
    re.I,
)
_KIND_WITH_EXAMPLES = re.compile(r"(?:\s+[^\W\d]+){0,3},?\s+như\s+(?:là\s+)?[A-ZĐ]")
"""After a plural head, a qualifier and `như` before a name (`các thỏa thuận đa phương như Hiệp định …`): examples."""
_KINDS_OF_SIDES = re.compile(r"\s+(?:giữa|between)\s+(?:các|những|several|various)\s", re.I)
"""`… giữa các địa phương …`: sides told only as a plural kind, none of them named."""
_ANNIVERSARY = re.compile(
    r"\b\d+\s+năm\s+(?:ngày\s+)?(?:k[ýí](?:\s+kết)?\s+(?:(?:thiết lập|xác lập)\s+)?|(?:thiết lập|xác lập)\s+)$"
    r"|\b\d+(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?sign(?:ing|ature)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+|[–-]\s+){0,6}$",
    re.I,
)
"""Right before a head, the years since its signing (`kỷ niệm 46 năm Ngày ký Hiệp ước`, `45 năm Ký kết Hiệp định`,
`10 năm ký kết thiết lập quan hệ hợp tác hữu nghị`, `10 năm thiết lập quan hệ thành phố hữu nghị`,
`the 45th anniversary of the signing of the … Treaty`): an anniversary, the document in force."""
_FORMAL_SIGNING = re.compile(
    r"(?<!đã )(?<!vừa )(?<!được )\bk[ýí](?:\s+kết)?\s+chính thức\b"
    r"|(?<!đã )(?<!vừa )(?<!được )\bk[ýí](?:\s+kết)?(?:,|\s+và)\s+phê chuẩn\b"
    r"|\bsớm\s+chính thức\s+k[ýí]\b",
    re.I,
)
"""`sớm ký chính thức`, `sớm chính thức ký kết`, `ký kết, phê chuẩn`: the formal signing (and ratification) of a text already agreed, not a
wish to have one: planned, where `sớm` alone reads as proposed."""
_NEGOTIATE = re.compile(r"\bđàm phán\b|\bnegotiat\w*", re.I)
_PROPOSING = re.compile(r"\b(?:đề nghị|đề xuất|kiến nghị|proposed?|suggest\w*|urged?)\b", re.I)
_IMPLEMENTING = re.compile(r"\b(?:triển khai|thực hiện|thực thi|implement\w*|carry(?:ing)? out)\b", re.I)


def _read_status(
    text: str,
    s_start: int,
    s_end: int,
    start: int,
    end: int,
    titles: Sequence[tuple[int, int]],
    *,
    left_only: bool = False,
    relative_first: bool = False,
) -> str | None:
    """The nearest status cue before the head (other agreements' titles masked), else after the title
    (not for a plural or anaphoric head, whose "title" is the rest of its clause). With `relative_first`
    (English: `the action plan that … signed`, `a memorandum signed …`), the clause after the title first."""
    masked = [(a, b) for a, b in titles if not (a <= start < b) and (a, b) != (start, end)]

    def visible(pos: int) -> bool:
        return not any(a <= pos < b for a, b in masked)

    if relative_first:
        after = [
            (m.start(), status)
            for status, rx in _CUES
            if (m := rx.search(text, end, min(s_end, end + 2 * _CUE_WINDOW))) and visible(m.start())
        ]
        if after:
            return min(after)[1]
    best = None
    for status, rx in _CUES:
        for m in rx.finditer(text, max(s_start, start - _CUE_WINDOW), start):
            if visible(m.start()) and (best is None or m.end() > best[0]):
                best = (m.end(), status)
    if best or left_only:
        return best[1] if best else None
    after = []
    for status, rx in _CUES:
        m = rx.search(text, end, min(s_end, end + _CUE_WINDOW))
        if m and visible(m.start()):
            after.append((m.start(), status))
    return min(after)[1] if after else None


_SIGNED_ON = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:signed|inked|concluded|(?:đã\s+)?(?:được\s+)?k[ýí](?:\s+kết)?)"
    r"\s+(?:in|on|vào|ngày|năm|hồi|từ)?\s*",
    re.I,
)


def _own_date(doc: ArticleDoc, end: int) -> tuple[str, str] | None:
    """`an MoU signed in 2016`, `Thỏa thuận ký năm 2015`: the date the title's own participle gives."""
    m = _SIGNED_ON.match(doc.text, end)
    if m is None:
        return None
    d = next((d for d in doc.dates_in(m.end(), m.end() + 40) if d.offset == m.end() and d.kind != "period"), None)
    return (d.start, d.precision) if d else None


_OPENS_A_SPAN = re.compile(r"\s*[-–—]\s*\d{4}\b")
"""`(August 1, 1993–2023)`: a day that opens a span of years is when something began (ties an anniversary
counts), not the day of the sentence's signing."""


def _date(
    doc: ArticleDoc, s_start: int, at: int, titles: Sequence[tuple[int, int]], *, before_only: bool = False
) -> tuple[str | None, str | None]:
    """The date of the sentence nearest before the head, else its first after it (a year inside a title, `năm 2025`,
    is its name); `before_only`: none after it."""
    dates = [
        d
        for d in doc.dates_in(s_start, doc.sentence_of(at).end)
        if d.kind != "period"
        and not any(a <= d.offset < b for a, b in titles)
        and not _OPENS_A_SPAN.match(doc.text, d.end_offset)
    ]
    if not dates:
        return None, None
    before = [d for d in dates if d.offset < at]
    if before_only and not before:
        return None, None
    d = before[-1] if before else dates[0]
    return d.start, d.precision


_OWN_CLAUSE = re.compile(r",\s*(?:signed|inked|concluded|adopted|which|that|được k[ýí]|k[ýí] (?:năm|ngày|vào))\b", re.I)


def _told_date(
    doc: ArticleDoc,
    s_start: int,
    at: int,
    titles: Sequence[tuple[int, int]],
    read: tuple[str | None, str | None],
) -> tuple[str | None, str | None]:
    """The date a document's sentence tells, which later documents may share: the one read, unless it stands after
    the head inside a clause of the document's own (`the framework agreement, signed by the two Governments in
    2005, …`), where it is that document's alone."""
    before = _date(doc, s_start, at, titles, before_only=True)
    if before[0] or not read[0]:
        return before
    clause = _OWN_CLAUSE.search(doc.text, at, doc.sentence_of(at).end)
    after = next((d for d in doc.dates_in(at, doc.sentence_of(at).end) if d.start == read[0]), None)
    if clause is not None and after is not None and clause.start() < after.offset:
        return None, None
    return read


def _count(quant: re.Match[str] | None) -> int | None:
    """The number a quantifier before a plural head says (`5 văn kiện`, `eight agreements`), if any."""
    if quant is None:
        return None
    return int(quant.group("n")) if quant.group("n") else _NUMBER_WORDS.get(quant.group(0).strip().lower())


def _enumerated(
    doc: ArticleDoc,
    kind: str,
    start: int,
    head_end: int,
    end: int,
    quant: re.Match[str] | None,
    state: dict[str, str | None],
) -> list[Mention]:
    """`2 văn kiện hợp tác giữa Bộ Công Thương được ký với … là thành phố Trùng Khánh và tỉnh Hải Nam`."""
    count = _count(quant)
    sentence = doc.sentence_of(start)
    enum = _ENUM.search(doc.text, head_end, sentence.end)
    if not count or enum is None:
        return []
    items = agreement_parties.outermost(doc, enum.end(), sentence.end)
    if len(items) != count:
        return []
    signer = _signer(doc, sentence.start, head_end, enum.start())
    if signer is None:
        return []
    out = []
    head = doc.text[start:head_end]
    for item in items:
        title = f"{head[0].upper()}{head[1:]} giữa {doc.entities[signer].name} và {item.text}"
        m = Mention(
            kind,
            start,
            sentence.end,
            title,
            status=state["status"] or AgreementStatus.UNKNOWN,
            date=state["date"],
            precision=state["precision"],
        )
        m.parties = [signer, *agreement_parties.party_ids(doc, item)]
        m.key = _key(title, kind)
        out.append(m)
    return out


# After a plural head, a list of fields (`MoUs on energy saving, electricity and defence`, `các văn kiện hợp tác về
# thương mại, năng lượng và giáo dục`) or of titles (`the agreements signed were …; …; …`, `các văn kiện gồm: …`).
_FIELD_LIST = re.compile(
    r"(?:\s*\([^)]{1,12}\))?\s+(?:on|in|about|covering|regarding|hợp tác về|về|trong (?:các )?lĩnh vực"
    r"|(?:for|cho giai đoạn|giai đoạn)(?=\s+\d{4}\s*[-–]\s*\d{2,4}\b))\s+"
    r"(?:(?:co-?operation|collaboration)\s+(?:in|on)\s+)?(?:the\s+(?:fields?|areas?|sectors?)\s+of\s+)?"
)
_PARTNERS_AFTER_FIELD = re.compile(r"\s+(?:with|với)\s+")
_ONE_COMPOUND_FIELD = re.compile(
    r"[\w-]+\s+(?:and|và)\s+(?:[\w-]+\s+){0,2}(?:cooperation|collaboration|relations|ties|partnership|hợp tác)", re.I
)
_EXAMPLE_FIELDS = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:areas|fields|sectors|lĩnh vực)\s*,?\s+(?:such as|like|including|notably|như|gồm|bao gồm)\b",
    re.I,
)
_EXAMPLES_END = re.compile(r"(?:,?\s+(?:among others|and others|and so on|and more)|,?\s*(?:etc|v\.v)\.?)\s*$", re.I)
_PERIOD_OPENER = re.compile(r"\b(?:for|giai đoạn)\s*$")
_TITLE_LIST = re.compile(
    r"(?:\s*\([^)]{1,12}\))?(?:\s+(?:signed|được k[ýí](?: kết)?|đã k[ýí](?: kết)?)\b[^,;:.]{0,40}?)?"
    r"(?:,?\s+(?:(?:are|were|will|would)\s+(?:(?:likely|expected|set|due|going|also)\s+)?(?:to\s+)?include|include|included"
    r"|including|are|were|namely|such as|gồm|bao gồm|là)\s*:?\s*|\s*:\s*)"
)
_LIST_CLAUSE_END = re.compile(
    r",\s+(?:the|a|an|he|she|they|it|according|which|who|while|as(?! well as)|said|thereby|thus|theo|trong đó|qua đó|nhằm|góp phần)\b"
    # the list's own verb after it (`agreements on A, B and C were signed`)
    r"|(?P<signed>\s+(?:were|was|have been|has been|had been)\s+(?:signed|inked|exchanged|concluded|sealed)\b"
    r"|\s+(?:đã|đã được)\s+k[ýí]\b)"
    r"|(?P<planned>\s+(?:will be|are to be)\s+(?:signed|inked|exchanged|concluded)\b|\s+(?:sẽ|sẽ được)\s+k[ýí]\b)"
)
_MOU_WORDS = re.compile(r"mou|memorand|ghi nhớ")
_ONE_SUBJECT = re.compile(r"(?:co-?operation|collaboration|hợp tác)\b", re.I)
_LIST_ADJUNCT = re.compile(r"\s+(?:in|at|on|during|tại|vào|ngày)\s+(?=[A-ZĐ]|\d)")
_ITEM_SPLIT = re.compile(r"\s*;\s*(?:and\s+|và\s+)?")
_ANOTHER_SPLIT = re.compile(r",?\s+and\s+(?=another\s+(?:one\s+)?(?:on|to|for|about|regarding)\b)")
"""`including a document to hold seminars … and another on an e-trading floor`: two documents told by purpose."""
_FIELD_SPLIT = re.compile(r"\s*,\s*(?:and\s+|as well as\s+|và\s+|cũng như\s+)?|\s+(?:and|as well as|và|cũng như)\s+")
_COMMA_SPLIT = re.compile(
    r"\s*,\s*(?:and\s+|as well as\s+|và\s+|cũng như\s+)?|\s+(?:and|as well as|và|cũng như)\s+(?!.*,)"
)
"""The items of a counted list split at its commas only (and at the `and` of its last item): `three MoUs on A and
B, C, as well as D` is three when its count says so, the first a field of two words joined."""
_INNER_AND = re.compile(r"^[^,;]+?(?:,[^,;]+?)*?\s+and\s+[^,;]+?(?=,)")
"""A list's first run of fields up to an `and` that more fields follow (`A, B and C, D, E and F`: `A, B and C`)."""
_BOTH_SIDES_AFTER = re.compile(r"\s+(?:between|giữa)\s+(?:both sides|the two sides|hai bên)\b")
_FOR_FIELD = re.compile(
    r"\s+for\s+(?=[a-z]{4,}\s+(?:and|or|[a-z]+)\b)"
    r"(?!(?:the|their|its|this|these|those|both|each|all|co-?operation|collaboration)\b)"
)
"""`MoUs for agriculture and rural development`: plural documents named by the field they are for, one set (`MoUs
for cooperation between …` name no field)."""
_PLURAL_OTHER_HEADS = frozenset({"letters of intent", "letters of understanding", "contracts", "joint statements"})
"""English plural heads of documents that are not agreements: documents of their own, unless they list several."""
_SINGULAR: dict[str, tuple[str, str]] = {
    AgreementType.MOU: ("MoU on", "Bản ghi nhớ về"),
    AgreementType.ACTION_PLAN: ("Action plan on", "Kế hoạch hành động về"),
    AgreementType.OTHER: ("Document on", "Văn kiện về"),
    AgreementType.AGREEMENT: ("Agreement on", "Thỏa thuận về"),
}


def _localities(doc: ArticleDoc, parties: list[str]) -> bool:
    """Two of the parties are places below a country (a provincial government's parties carry its province; a
    city's people's committee stands for a city no stage reads as a place)."""
    return (
        sum(
            1
            for p in parties
            if (doc.entities.get(p) is not None and doc.entities[p].label == Label.PROVINCE)
            or agreement_parties.city_committee(doc, p)
        )
        >= 2
    )


_ESTABLISHES_TIES = re.compile(
    r"(?:thiết lập|xác lập) (?:mối )?quan hệ (?:hợp tác )?hữu nghị|establish(?:ing)? (?:the )?friendly (?:and cooperative )?"
    r"(?:relations|ties)|establish(?:ing|ment of)? (?:the |their |bilateral )?friendship\b"
)
"""`bản ghi nhớ thiết lập quan hệ hữu nghị với tỉnh X`: a document that sets up two localities' friendship is theirs."""


def _with_the_other_locality(doc: ArticleDoc, found: list[str]) -> list[str]:
    """`asked the local authorities to consider twin relations with Vietnam's province of Ha Tinh`: the one
    locality read and the one of another country the article names most (the page's host or guest)."""
    places = [p for p in found if (e := doc.entities.get(p)) is not None and e.label == Label.PROVINCE]
    if len(places) != 1:
        return found
    own = (doc.entities[places[0]].properties.get(Prop.COUNTRY) or "").upper()
    home = doc.home_country.split(":")[-1].upper() if doc.home_country else ""
    counts = Counter(
        p.id
        for p in doc.places
        if p.label == Label.PROVINCE
        and (e := doc.entities.get(p.id)) is not None
        and (e.properties.get(Prop.COUNTRY) or "").upper() not in ("", own)
    )
    at_home = Counter({p: n for p, n in counts.items() if doc.entities[p].properties.get(Prop.COUNTRY) == home})
    if own != home and at_home:
        counts = at_home  # a foreign locality's partner on a page written at home: the home locality named most
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return found
    return [places[0], ranked[0][0]]


def _sentence_localities(doc: ArticleDoc, at: int) -> list[str]:
    """The two places below a country a sentence names, when it names exactly two."""
    sentence = doc.sentence_of(at)
    ids = list(
        dict.fromkeys(p.id for p in doc.within(doc.places, sentence.start, sentence.end) if p.label == Label.PROVINCE)
    )
    return ids if len(ids) == 2 else []


@dataclass(frozen=True, slots=True)
class _Plural:
    """A plural or counted document head and what its sentence said of it: what the readers of a list of documents
    (by field, by title, by partner) start from."""

    kind: str
    start: int
    head_end: int
    quant: re.Match[str] | None
    status: str | None
    state: dict[str, str | None]
    spans: Sequence[tuple[int, int]]
    heads: Sequence[tuple[int, int, str]]  # every document head of the page (start, end, type)


def _listed(
    plural: _Plural, kind: str, span: tuple[int, int], title: str, parties: list[str], status: str | None = None
) -> Mention:
    """One document a plural head's reader found, with the status its sentence (or the reader) gave and the date
    the sentence carried."""
    m = Mention(
        kind,
        span[0],
        span[1],
        title,
        status=status or plural.status or plural.state["status"] or AgreementStatus.UNKNOWN,
        date=plural.state["date"],
        precision=plural.state["precision"],
    )
    m.parties = parties
    m.key = _key(title, kind)
    return m


def _listed_documents(doc: ArticleDoc, plural: _Plural) -> list[Mention]:
    """The documents a plural head lists by field or by title, each one of its own (`the two ministries inked MoUs
    on energy saving, electricity and defence`: three memoranda); an item with a document head of its own is read
    as that document, not here. Each item's parties are its own (`Cooperation between A and B`) or else the
    plural head's (its signers, `the two ministries`)."""
    start, head_end, quant = plural.start, plural.head_end, plural.quant
    status, state, spans = plural.status, plural.state, plural.spans
    text = doc.text
    idx = doc.sentence_index(start)
    list_end = doc.sentences[idx].end
    while idx + 1 < len(doc.sentences) and text[:list_end].rstrip().endswith(";"):
        idx += 1  # the items of a list split by semicolons are sentences of their own
        list_end = doc.sentences[idx].end
    by_field = _FIELD_LIST.match(
        text, agreement_parties.after_partner(doc, head_end)
    )  # (`two MoUs with Laos's X on A and on B`)
    opener = by_field or _TITLE_LIST.match(text, head_end)
    if opener is None or opener.end() >= list_end:
        return []
    stop = _LIST_CLAUSE_END.search(text, opener.end(), list_end)
    segment_end = stop.start() if stop else list_end
    if stop is not None and status is None and (stop.group("signed") or stop.group("planned")):
        # `Cooperation agreements on A; B; and C were signed`: the list's verb comes after it
        status = AgreementStatus.SIGNED if stop.group("signed") else AgreementStatus.PLANNED
    adjunct = _LIST_ADJUNCT.search(text, opener.end(), segment_end) if by_field else None
    segment_end = adjunct.start() if adjunct else segment_end  # `… and military hygiene in Hanoi on Sept 11`
    between_all: list[str] = []
    after_list = _GIUA.search(text, opener.end(), segment_end) if by_field else None
    if after_list is not None and (
        _GIUA.search(text, after_list.end(), segment_end) or ";" in text[opener.end() : after_list.start()]
    ):
        # `… ties between A and B and ties between C and D`, `on A; B; and C between X and Y`: each item's own pair
        after_list = None
    if after_list is not None:
        # `three protocols on A, B, and C between X and Y`: the sides of every item, named after the list
        between_all = agreement_parties.party_ids_between(
            doc, after_list.end(), agreement_parties.clause_end(text, after_list.end(), list_end)
        )
        segment_end = after_list.start() if len(between_all) >= 2 else segment_end
    both = _BOTH_SIDES_AFTER.search(text, opener.end(), segment_end) if by_field else None
    segment_end = both.start() if both else segment_end  # (`… and D between both sides`: no item's words)
    partners = _PARTNERS_AFTER_FIELD.search(text, opener.end(), segment_end) if by_field else None
    segment_end = partners.start() if partners else segment_end  # (`… on trade with the administrations of A, B`)
    segment = text[opener.end() : segment_end].rstrip(" .")
    if by_field and _ONE_COMPOUND_FIELD.fullmatch(segment):
        return []  # `MoUs on economic and trade cooperation`: one field, its modifiers coordinated
    if by_field and (_EXAMPLE_FIELDS.match(segment) or _EXAMPLES_END.search(segment)):
        # `agreements in key areas such as defence, energy and …`, `documents in finance, education and training
        # among others`: examples of the fields they span
        return []
    separator = (
        _ITEM_SPLIT
        if ";" in segment
        else _FIELD_SPLIT
        if by_field
        else _ANOTHER_SPLIT
        if _ANOTHER_SPLIT.search(segment)
        else None
    )
    if separator is None:
        return []
    items = _items(text, segment, opener.end(), separator, by_field=by_field is not None)
    count = _count(quant)
    if by_field and count and count < len(items) and separator is _FIELD_SPLIT:
        items = _items(text, segment, opener.end(), _COMMA_SPLIT, by_field=True)  # (a two-word field in the list)
    elif by_field and not count and separator is _FIELD_SPLIT and (inner := _INNER_AND.search(segment)) is not None:
        # `MoUs on supporting the industries of automobiles, garments and footwear, energy saving, electricity and
        # defence`: an `and` the list goes on after closes a list inside its first field, which is one document
        first_end = opener.end() + inner.end()
        others = _items(text, segment[inner.end() :].lstrip(" ,"), first_end, separator, by_field=True)
        items = [(opener.end(), first_end), *others] if others else items
    limit = (20 if separator is _ITEM_SPLIT else 12) if by_field else 30  # (semicolons bound longer fields)
    if len(items) < 2 or any(len(text[a:b].split()) > limit for a, b in items):
        return []  # not a list of documents: a clause, or one document's long title
    if count and count != len(items):
        return []  # `eight agreements covering trade, investment …`: the fields they span, not the documents
    negotiated = _NEGOTIATE.search(text, max(0, start - 40), start) is not None  # `negotiations for agreements on …`
    if by_field and (
        ((status or state["status"]) != AgreementStatus.SIGNED and not negotiated)
        or _ONE_SUBJECT.match(text, opener.end())
    ):
        # `các thỏa thuận về nông nghiệp, thủy sản` still to be made are kinds of document; `documents on
        # cooperation relating to news, photos and training` is one document's subject
        return []
    english = doc.article.lang == "en"
    kind = _kind_of_each(doc, plural)  # `MoUs`, `memorandums of understanding`: plural heads read as generic
    shared = (
        between_all
        if len(between_all) >= 2
        else agreement_parties.parties(doc, start, head_end, opener.start(), start, False, spans)
    )
    singular = _SINGULAR.get(kind, _SINGULAR[AgreementType.AGREEMENT])[0 if english else 1]
    if english and doc.lower[start:head_end] in _PLURAL_OTHER_HEADS:
        first, _, rest = doc.text[start:head_end].partition(" ")
        singular = f"{first.removesuffix('s')} {rest} on".replace("  ", " ")  # `Letter of understanding on`
    out = []
    for a, b in items:
        if any(a <= s < b for s, _ in spans):
            continue  # `an agreement on …`: a document read by its own head
        item = _CREDIT_TAIL.sub("", text[a:b]).strip(" ,")
        title = f"{singular} {item}" if by_field else _ONE_ON.sub(f"{singular.rsplit(' ', 1)[0]} ", item, count=1)
        if by_field and _PERIOD_OPENER.search(by_field.group(0)):  # `MoUs for 2012 - 2016 and 2017 - 2022`
            title = f"{singular.rsplit(' ', 1)[0]} {'for' if english else 'giai đoạn'} {item}"
        own = (
            agreement_parties.parties(doc, a, a, b, a, False, spans)
            if not by_field
            else agreement_parties.party_ids_between(doc, pair.end(), b)
            if (pair := _GIUA.search(text, a, b))
            else []
        )  # (a field's own pair: `MoUs on trade, and on friendship ties between A and B`)
        out.append(_listed(plural, kind, (a, b), title, own if len(own) >= 2 else list(shared), status))
    return out


def _items(text: str, segment: str, at: int, separator: re.Pattern[str], *, by_field: bool) -> list[tuple[int, int]]:
    """Where each item of a list stands in the text, the segment split by the separator; the `and` of an item's
    own pair of sides is no separator (`friendship ties between A and B and cooperation between C and D`: two)."""
    items: list[tuple[int, int]] = []
    for piece in _split_keeping_pairs(segment, separator):
        piece = _ITEM_LEAD.sub("", piece) if by_field else piece  # `on power trading and on renewable energy`
        offset = text.find(piece, at)
        if piece and offset >= 0:
            items.append((offset, offset + len(piece)))
            at = offset + len(piece)
    return items


_PAIR_IN_ITEM = re.compile(r"\b(?:between|giữa)\s+[^,;]+?\s(?=(?:and|và)\s)", re.I)
"""The first side of an item's own pair (`between A and`): the `and` after it joins the pair, not two items."""


def _split_keeping_pairs(segment: str, separator: re.Pattern[str]) -> list[str]:
    """The segment split by the separator, except at an `and` that joins the two sides of a `between` pair."""
    joins = {m.end() for m in _PAIR_IN_ITEM.finditer(segment)}
    pieces, at = [], 0
    for m in separator.finditer(segment):
        if m.start() in joins or m.start() + 1 in joins:
            continue
        pieces.append(segment[at : m.start()])
        at = m.end()
    pieces.append(segment[at:])
    return pieces


_ONE_ON = re.compile(
    r"^(?:another\s+)?one\s+(?=(?:on|to|for|about|regarding)\s)|^another\s+(?=(?:on|to|for|about|regarding)\s)"
)
"""`one on …`, `another one on …`: an item of a list of documents that names its kind by the list's head."""
_ITEM_LEAD = re.compile(r"^(?:on|in|về|trong)\s+")
_CREDIT_TAIL = re.compile(r"\.?\s*[-–—]\s*[A-Z]{2,6}\s*$")
"""A wire service's credit glued to a list's last item (`… for border trade.-VNA`)."""
_PAIRS_LEAD = re.compile(r"\s+(?:song phương\s+|bilateral\s+)?")
_PAIR_DASH = re.compile(r"\s*[-–]\s*")
_PAIR_SEPARATOR = re.compile(r"\s*,\s*(?:và\s+|and\s+)?|\s+(?:và|and)\s+")


def _listed_pairs(doc: ArticleDoc, plural: _Plural) -> list[Mention]:
    """A plural head followed by the pairs of places it binds (`các Bản ghi nhớ song phương Việt Nam - Campuchia,
    Việt Nam - Lào`, `bilateral MoUs Vietnam-Cambodia and Vietnam-Laos`): one document of each pair."""
    text = doc.text
    at = _PAIRS_LEAD.match(text, plural.head_end)
    pos = at.end() if at else plural.head_end
    pairs: list[tuple[Span, Span]] = []
    while True:
        first = doc.span_at(doc.places, pos)
        dash = _PAIR_DASH.match(text, first.end) if first is not None else None
        second = doc.span_at(doc.places, dash.end()) if dash is not None else None
        if first is None or second is None:
            break
        pairs.append((first, second))
        separator = _PAIR_SEPARATOR.match(text, second.end)
        if separator is None:
            break
        pos = separator.end()
    if len(pairs) < 2:
        return []  # (`các văn kiện hợp tác Việt Nam - Hàn Quốc`: one pair qualifies the set, told one by one next)
    head = _ONE_OF.sub(_singular_word, text[plural.start : plural.head_end])
    kind = _kind_of_each(doc, plural)
    out = []
    for first, second in pairs:
        title = f"{head} {first.text} - {second.text}"
        parties = list(dict.fromkeys([first.id, second.id]))
        out.append(_listed(plural, kind, (plural.start, second.end), title, parties))
    return out


_SET_BETWEEN = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:(?P<verb>were|have been|had been|will be)\s+(?:signed|inked)\s+|(?:được\s+)?k[ýí]"
    r"(?: kết)?\s+)?(?:(?:on|về|in|trong)\s+(?:[\w-]+\s+){1,5}?)?(?:giữa|between)\s"
)  # (`Agreements on investment between A and B`: a field, then the sides)
_SET_SIDES_UNNAMED = re.compile(r"\s*(?:hai|the two|both)\b", re.I)
_SET_SIGNED = {
    "were": AgreementStatus.SIGNED,
    "have been": AgreementStatus.SIGNED,
    "had been": AgreementStatus.SIGNED,
    "will be": AgreementStatus.PLANNED,
}
_SET_OF_OTHERS = re.compile(r"documents|văn kiện")


def _set_between(doc: ArticleDoc, plural: _Plural, end: int) -> list[Mention]:
    """A plural head that names no document of its own but the two sides it binds (`the signing ceremony for
    cooperation documents between A Province and B Prefecture`, `22 MOUs between Korea and Vietnam`, `Lễ ký kết các
    văn kiện hợp tác giữa A và B`): the set, one document of the sides; mixed documents are of the `other` type."""
    between = _SET_BETWEEN.match(doc.text, plural.head_end)
    if between is None or _SET_SIDES_UNNAMED.match(doc.text, between.end()):
        return []  # (`triển khai các thỏa thuận giữa hai nước`: what the two have, no set of documents named)
    idx = doc.sentence_index(plural.start)
    if any(
        kind not in (AgreementType.FTA, AgreementType.PARTNERSHIP) and doc.lower[a:b] not in _PLURAL_HEADS
        for a, b, kind in plural.heads
        if idx < doc.sentence_index(a) <= idx + 2
    ):
        return []  # `Three documents between A and B were exchanged. The first was an MoU on …`: told one by one
    return _the_set(doc, plural, end, plural.status or _SET_SIGNED.get(between.group("verb") or ""))


_EACH_BETWEEN = re.compile(r"(?:\s*[,;]\s*(?:and\s+|và\s+)?|\s+(?:and|và)\s+)(?:between|giữa)\s+", re.I)


def _each_between(doc: ArticleDoc, plural: _Plural) -> list[Mention]:
    """A plural head whose complement names pairs one after another (`signed cooperation documents between A and B,
    between C and D, and between E and F`; `MoUs on cooperation between A and B; between C; and between D`): one
    document each, between the sides of its own clause."""
    text = doc.text
    sentence = doc.sentence_of(plural.start)
    first = _GIUA.search(text, plural.head_end, min(sentence.end, plural.head_end + 80))
    if first is None or any(plural.head_end <= a < first.start() for a, _, _ in plural.heads):
        return []
    starts = [first.end()]
    at = first.end()
    while (nxt := _EACH_BETWEEN.search(text, at, sentence.end)) is not None:
        if any(at <= a < nxt.start() for a, _, _ in plural.heads):
            break  # another document's head between: its own complement
        starts.append(nxt.end())
        at = nxt.end()
    if len(starts) < 2:
        return []
    head = _ONE_OF.sub(_singular_word, text[plural.start : plural.head_end])
    kind = _kind_of_each(doc, plural)
    out = []
    for i, clause_start in enumerate(starts):
        clause_end = (
            _EACH_BETWEEN.search(text, clause_start, sentence.end).start()  # type: ignore[union-attr]
            if i + 1 < len(starts)
            else agreement_parties.clause_end(text, clause_start, sentence.end)
        )
        sides = agreement_parties.party_ids_between(doc, clause_start, clause_end)
        if not sides:
            return []  # a clause naming nobody read: no list of pairs
        clause = text[clause_start:clause_end].strip(" ,;")
        joint = "between" if doc.article.lang == "en" else "giữa"
        out.append(_listed(plural, kind, (plural.start, clause_end), f"{head} {joint} {clause}", sides))
    return out


def _the_set(doc: ArticleDoc, plural: _Plural, end: int, status: str | None = None) -> list[Mention]:
    """The one document a plural head's set stands for, between the sides its clause names (none unless two):
    an MoU when the head says memoranda, `other` when it says documents of mixed kinds."""
    found = agreement_parties.parties(doc, plural.start, plural.head_end, end, plural.start, False, plural.spans)
    if len(found) < 2:
        return []
    head = doc.lower[plural.start : plural.head_end]
    kind = (
        AgreementType.MOU
        if _MOU_WORDS.search(head)
        else AgreementType.OTHER
        if _SET_OF_OTHERS.search(head)
        else plural.kind
    )
    return [_listed(plural, kind, (plural.start, end), doc.text[plural.start : end].strip(" ,"), found, status)]


_ONE_MORE = re.compile(r"(?<![\w-])[Oo]ne\s+$")
_PLURAL_SUBJECT = re.compile(
    r"(?:(?<![\w-])(?:the|their|signed|inked)\s+|[,:–—]\s+)(?P<words>(?:[a-z][a-z-]+\s+(?:and\s+)?){1,3})$"
)
"""The words that say what an English plural head's documents are about, after a determiner, a past signing verb or
a list's comma (`the double taxation agreements`, `signed new trade agreements`, `…, trade projection agreements`)."""
_NO_SUBJECT_WORDS = frozenset(
    {
        "the",
        "their",
        "a",
        "an",
        "of",
        "on",
        "in",
        "for",
        "to",
        "with",
        "by",
        "at",
        "from",
        "or",
        "also",
        "all",
        "any",
        "some",
        "these",
        "those",
        "its",
        "his",
        "her",
        "our",
        "other",
        "more",
        "most",
        "many",
        "several",
        "such",
        "both",
        "each",
        "this",
        "that",
        "which",
        "who",
        "are",
        "is",
        "were",
        "was",
        "have",
        "has",
        "had",
        "be",
        "been",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "not",
        "no",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "cooperation",
        "cooperative",
        "agreement",
        "agreements",
        "economic",
        "international",
        "various",
        "major",
        "key",
        "main",
        "relevant",
        "nonbinding",
        "binding",
        "regional",
    }
)


def _plural_subject(text: str, start: int) -> re.Match[str] | None:
    """The subject before an English plural head (`the trade and investment agreements`, `signed new trade
    agreements`), when its words are common nouns of substance: not a determiner, count, verb or generic word."""
    found = _PLURAL_SUBJECT.search(text, max(0, start - 50), start)
    if found is None:
        return None
    words = [w for w in found.group("words").split() if w != "and"]
    if any(w in _NO_SUBJECT_WORDS or w.endswith("ed") for w in words) or not set(words) - _GENERIC_MODIFIERS:
        return None
    return found


_PASSIVE_SUBJECT = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:signed|inked)\s+(?=to\s+[a-z]+\b|on\s+(?!(?:the\s+)?(?:"
    r"sidelines?|occasion|same|first|second|last|next|morning|afternoon|evening|day|eve|basis|side|behalf|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d))[a-z])"
)
"""A document's subject told after its passive verb (`a memorandum was signed on the exchange of seeds …`,
`Agreements were also signed on cooperation in finance …`), not a day or an occasion (`was signed on Monday`, `on
the sidelines of …`)."""
_SIGNED_ONE = re.compile(r"\b(?:signed|inked|sealed|concluded)\s+(?:an?|one)\s+(?:new\s+)?$", re.I)
"""`signed a memorandum of understanding to set the stage for …`: one document signed, whatever follows its head."""
_SOME = re.compile(r"(?<!\w)(?:a number of|some|various|a series of|a raft of|một số)\s+(?:cooperation\s+)?$", re.I)


_WITNESSED_OR_ONE_OF = re.compile(
    r"\bchứng kiến\s+(?:lễ\s+)?(?:k[ýí](?:\s+kết)?|trao(?:\s+đổi)?)\s+(?:(?:các|những|\d+)\s+)?$"
    r"|\bmột trong(?:\s+số)?\s+(?:(?:các|những|\d+)\s+)?$",
    re.I,
)
"""`hai Thủ tướng chứng kiến lễ ký các văn kiện hợp tác`: a set its witnesses name, not its signers (the page lists
the documents where it tells them); `một trong 11 văn kiện mà hai bên ký`: the document just told, one of a set."""


def _set_signed_by(doc: ArticleDoc, plural: _Plural, end: int) -> list[Mention]:
    """A counted plural head two named sides signed, naming no document of its own (`the MoIT and Guangxi province
    signed several memoranda of understanding`): the set, one document of the sides, as `_set_between` reads it. Not when
    the documents are told one by one after it, nor in a headline whose body names documents (`A and B sign
    memoranda of understanding`, then the body's); a head named back (`Các văn kiện này`, `The documents will …`)
    tells no document."""
    counted = plural.quant is not None or _SOME.search(doc.text, max(0, plural.start - 14), plural.start)
    if not counted or (plural.status or plural.state["status"]) != AgreementStatus.SIGNED:
        return []  # (`supported by the signing of MoUs`: documents in general, no set of them)
    between = _SET_BETWEEN.match(doc.text, plural.head_end)
    if between is not None and _SET_SIDES_UNNAMED.match(doc.text, between.end()):
        return []  # (`loạt văn kiện hợp tác giữa hai nước`: sides unnamed, as `_set_between` reads them)
    if _WITNESSED_OR_ONE_OF.search(doc.text, max(0, plural.start - 40), plural.start):
        return []  # `chứng kiến lễ ký các văn kiện hợp tác`: who watched, not who signed; `một trong 11 văn kiện`: one
    idx = doc.sentence_index(plural.start)
    text, english = doc.text, doc.article.lang == "en"
    title_end = dict(plural.spans)
    later = [
        (a, b, kind)
        for a, b, kind in plural.heads
        if a > plural.head_end
        and not _ANAPHOR.match(text, b)
        and not _bare(text, a, b, title_end.get(a, b), english=english)  # (`The documents will …`: named back)
    ]
    if idx == 0 and any(doc.sentence_index(a) > idx and (a, b) != (plural.start, plural.head_end) for a, b, _ in later):
        return []  # a headline's `A and B sign memoranda of understanding`: the body tells them
    if any(
        kind not in (AgreementType.FTA, AgreementType.PARTNERSHIP) and doc.lower[a:b] not in _PLURAL_HEADS
        for a, b, kind in later
        if doc.sentence_index(a) == idx or (idx < doc.sentence_index(a) <= idx + 2 and _tells_them(doc, a))
    ):
        return []  # (`They signed three documents: an MoU on …`: told one by one)
    return _the_set(doc, plural, end)


def _tells_them(doc: ArticleDoc, at: int) -> bool:
    """A document named in one of the sentences after a counted set is one of the set's, unless a quotation
    names it (`“… we are issuing a Joint Vision Document and a Plan of Action …”`: what a speaker adds)."""
    sentence = doc.sentence_of(at)
    opened = doc.text[sentence.start : at]
    return not (opened.count("“") > opened.count("”") or opened.count('"') % 2 == 1)


def _listed_partners(
    doc: ArticleDoc, plural: _Plural, *, counted_only: bool = False, or_dated: bool = False
) -> list[Mention]:
    """The documents a plural head makes with each partner it lists (`ink cooperation agreements with Vietnamese
    localities, particularly Ho Chi Minh City, Hanoi and Da Nang`): one each, between the clause's signer (else
    the side of the article's main meeting that is not the partners') and that partner."""
    start, head_end, quant, spans = plural.start, plural.head_end, plural.quant, plural.spans
    listed = agreement_parties.partner_list(doc, head_end, counted_only=counted_only, or_dated=or_dated)
    count = _count(quant)
    if listed is None or (count and count != len(listed)):
        return []
    partners = [pid for ids, _, _ in listed for pid in ids]
    signer = [
        p for p in agreement_parties.parties(doc, start, head_end, head_end, start, False, spans) if p not in partners
    ]
    if not signer:
        signer = [p for p in agreement_parties.sentence_subject(doc, start) if p not in partners]
    if not signer:
        signer = [p for p in _company_named_back(doc, start) if p not in partners]
    if not signer:
        theirs = {agreement_parties.body_country(doc, p) for p in partners}
        signer = [
            side
            for side in agreement_parties.main_event_sides(doc) or agreement_parties.two_main_countries(doc)
            if agreement_parties.body_country(doc, side) not in theirs
        ]
    if signer and all(doc.entities[p].label == Label.PROVINCE for p in partners if p in doc.entities):
        signer = [_locality_of(doc, signer[0])]  # localities' partner is a locality: Victoria, not Australia
    kind = _kind_of_each(doc, plural)
    head = _ONE_OF.sub(_singular_word, doc.text[start:head_end])
    out = []
    joint = "with" if doc.article.lang == "en" else "với"
    for partner, name, year in listed:
        title = f"{head} {joint} {name}"
        m = _listed(plural, kind, (start, head_end), title, [*signer[:1], *partner])
        if year is not None:
            m.date, m.precision = year, "year"  # (`… with A in 2009, B in 2017`: each its own year)
        out.append(m)
    return out


_COMPANY_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+-based\s+|[\w-]+\s+)?(?:company|firm|group|conglomerate|corporation|developer)\s+"
    r"(?:\w+\s+){0,2}$"
)
_NOT_THIS_ONE = re.compile(r"\b(?:in addition to|besides|apart from|along with|as well as)\s+$", re.I)


def _company_named_back(doc: ArticleDoc, start: int) -> list[str]:
    """`As for Vingroup, in addition to NMDC Group, the Hanoi-based company recently signed MOUs with …`: a signer
    named back as `the … company` is the body named last before it in its sentence, not one set aside (`in
    addition to X`)."""
    sentence = doc.sentence_of(start)
    if not _COMPANY_ANAPHOR.search(doc.text, max(sentence.start, start - 80), start):
        return []
    named: list[tuple[int, str]] = []
    for ent in doc.entities.values():
        if ent.label != Label.ORGANIZATION:
            continue  # (a body an earlier stage or sentence read, wherever this sentence names it)
        at = doc.text.rfind(ent.name, sentence.start, start)
        if at >= 0 and not _NOT_THIS_ONE.search(doc.text, max(sentence.start, at - 20), at):
            named.append((at, ent.id))
    return [max(named)[1]] if named else []


_SINGULAR_WORD = {
    "agreements": "agreement",
    "mous": "MoU",
    "moas": "MoA",
    "memoranda": "memorandum",
    "memorandums": "memorandum",
    "deals": "deal",
    "documents": "document",
}


_NEXT_PURPOSE = r"(?=to\s|[a-z]+\s+(?:a|an|the|their|its|each)\s)"
"""A further purpose: its own `to`, or a verb with its object's determiner (`to strengthen supply chains and study a
model for …`: two verbs, two documents; `to boost trade and investment` is one purpose, its objects joined)."""
_PURPOSES = re.compile(
    r"\s+(to\s+[a-z]+\s[^.;:]*?)(?:,?\s+and\s+(" + _NEXT_PURPOSE + r"[a-z]+\s[^.;:]*?))+(?=[.;:]|,\s|$)"
)
_PURPOSE = re.compile(r"(?:to\s+)?[a-z]+\s[^.;:]*?(?=,?\s+and\s+" + _NEXT_PURPOSE + r"|[.;:]|,\s|$)")
_PURPOSE_SEPARATOR = re.compile(r",?\s+and\s+" + _NEXT_PURPOSE)


def _listed_purposes(doc: ArticleDoc, plural: _Plural) -> list[Mention]:
    """`letters of intent to implement A and to facilitate B`: documents told by purpose, each its own when every
    purpose repeats its `to` (one `to` with two verbs, `agreements to boost trade and investment`, stays one
    field). Signed ones only, the sides the plural head's sentence gives all of them."""
    text, head_end = doc.text, plural.head_end
    found = _PURPOSES.match(text, head_end)
    status = (
        plural.status or plural.state["status"] or _signing_just_told(doc, doc.sentence_index(plural.start))
    )  # (`The ministers witnessed the exchanges of documents. They included letters of intent to …`)
    if found is None or status != AgreementStatus.SIGNED:
        return []
    items = []
    at = found.start(1)
    while (m := _PURPOSE.match(text, at, found.end())) is not None and m.end() > at:
        items.append((m.start(), m.end()))
        nxt = _PURPOSE_SEPARATOR.match(text, m.end(), found.end())
        if nxt is None:
            break
        at = nxt.end()
    if len(items) < 2 or any(len(text[a:b].split()) > 20 for a, b in items):
        return []
    head = re.sub(r"\w+", _singular_word, text[plural.start : head_end], count=1)
    kind = _kind_of_each(doc, plural)
    shared = agreement_parties.parties(doc, plural.start, head_end, head_end, plural.start, False, plural.spans)
    titles = [re.sub(r"^(?!to\s)", "to ", text[a:b].strip(" ,")) for a, b in items]  # (`… and study B`: `to study B`)
    return [
        _listed(plural, kind, span, f"{head} {title}", list(shared), status)
        for span, title in zip(items, titles, strict=True)
    ]


_SEMICOLON_ITEMS = 3  # fields: fewer may be one title with a semicolon in it


def _semicolon_fields(doc: ArticleDoc, plural: _Plural) -> bool:
    """A singular head followed by a field list whose items semicolons split (`the MoU on A; B; C; and D`)."""
    if plural.quant is not None or doc.lower[plural.start : plural.head_end] in _PLURAL_HEADS:
        return False
    opener = _FIELD_LIST.match(doc.text, plural.head_end)
    if opener is None:
        return False
    idx, semicolons = doc.sentence_index(plural.start), 0
    while idx < len(doc.sentences) and doc.text[: doc.sentences[idx].end].rstrip().endswith(";"):
        idx, semicolons = idx + 1, semicolons + 1  # (the splitter ends a sentence at each semicolon)
    list_end = doc.sentences[min(idx, len(doc.sentences) - 1)].end
    if any(opener.end() <= start < list_end for start, _, _ in plural.heads):
        return False  # `namely the Plan of Action on …; an agreement on …`: items with heads of their own
    return semicolons >= _SEMICOLON_ITEMS - 1


def _kind_of_each(doc: ArticleDoc, plural: _Plural) -> str:
    """The kind of each document a plural head stands for: a memorandum when the head says memoranda (`MoUs`,
    `memorandums of understanding`, read as generic agreements), one of the other kinds when it says protocols
    (`signed protocols on cooperation in …`), else the head's own kind."""
    if plural.kind == AgreementType.AGREEMENT and _MOU_WORDS.search(doc.lower, plural.start, plural.head_end):
        return AgreementType.MOU
    if plural.kind == AgreementType.AGREEMENT and _protocol_of_its_own(doc, plural.start, plural.head_end):
        return AgreementType.OTHER
    return plural.kind


_PLURAL_FTA = re.compile(r"(?i:free trade agreements)|FTAs")
"""Free trade agreements in the plural: documents of one kind, one each only when their sides are named."""
_BETWEEN_GOVERNMENTS = re.compile(r"\s+between\s+the\s+[Gg]overnments?\b")


_VI_TECHNICAL_PROTOCOL = re.compile(r"nghị định thư\s+(?:về\s+(?:việc\s+)?)?(?:yêu cầu|kiểm dịch|sửa đổi|bổ sung)\b")
"""`Nghị định thư về yêu cầu kiểm dịch thực vật đối với …`, `Nghị định thư sửa đổi Thỏa thuận …`: a Vietnamese protocol
of an export's quarantine requirements or one amending another document is a document of the other kinds (as an
English `protocol on …`), not a treaty; one on cooperation (`Nghị định thư về hợp tác biên phòng …`) stays one."""


def _protocol_of_its_own(doc: ArticleDoc, start: int, head_end: int) -> bool:
    """An English `protocol` (`a protocol on the production and use of ethanol`, `signed protocols on cooperation in
    …`, `the Protocol of the 41st Session`) is a document of the other kinds, as news files a plant-quarantine
    protocol or a session's record, not an agreement; a protocol between governments (`the Protocol between the
    Government of A and the Government of B on road transport`) is a treaty's and stays one."""
    return doc.lower.startswith("protocol", start) and not _BETWEEN_GOVERNMENTS.match(doc.text, head_end)


def _singular_word(m: re.Match[str]) -> str:
    """A plural document word made singular, its capital kept (`Memoranda` -> `Memorandum`)."""
    lower = m.group(0).lower()
    word = _SINGULAR_WORD.get(lower, lower.removesuffix("s"))  # (`letters` -> `letter`)
    return word[0].upper() + word[1:] if m.group(0)[0].isupper() else word


_ONE_OF = re.compile(r"\b(?:agreements|MoUs|MOUs|MoAs|MOAs|memoranda|memorandums|deals|documents)\b", re.I)


def _locality_of(doc: ArticleDoc, side: str) -> str:
    """A country side's one province the article names (the locality that acts for it), else the side itself."""
    entity = doc.entities.get(side)
    if entity is None or entity.label != Label.COUNTRY:
        return side
    return agreement_parties.one_province_of(doc, side.removeprefix("country:").upper()) or side


def _signer(doc: ArticleDoc, s_start: int, head_end: int, enum_start: int) -> str | None:
    giua = _GIUA.search(doc.text, head_end, enum_start)
    if giua:
        org = doc.span_at(doc.orgs, giua.end())
        if org is not None:
            return org.id
    before = [o for o in doc.orgs if s_start <= o.start < head_end]
    return before[0].id if before else None


_NAME_WORD_BEFORE = re.compile(r"(?:[A-Z][\w'’\-]*|\([A-Z]{2,8}\)|and|in|of|on|for|[-–—])\s+$")
# English: an indefinite article and lowercase words right before a head, the subject of a document named in
# lower case (`a rice trading agreement`), unless they are only words any document may have.
_SUBJECT_MODIFIER = re.compile(r"\b(?:a|an)\s+(?P<words>(?:[a-z][a-z-]+\s+){1,3})$")
_GENERIC_MODIFIERS = frozenset(
    [
        "new",
        "bilateral",
        "previous",
        "important",
        "historic",
        "landmark",
        "first",
        "second",
        "third",
        "such",
        "similar",
        "further",
        "formal",
        "official",
        "specific",
        "comprehensive",
        "general",
        "framework",
        "joint",
        "relevant",
        "existing",
        "signed",
        "recent",
        "possible",
        "final",
        "draft",
        "separate",
        "long-term",
        "short-term",
        "mutual",
        "reciprocal",
        "initial",
        "preliminary",
        "broad",
        "detailed",
        "concrete",
        "binding",
        "legally",
    ]
)
_NOT_TITLE_WORD = frozenset(
    ["The", "A", "An", "This", "That", "These", "Both", "Its", "Their", "At", "In", "On", "Under", "With"]
)


def _title_start(text: str, start: int) -> int:
    """English names an agreement before its head: `Viet Nam – Korea Free Trade Agreement`, `Comprehensive and
    Progressive Agreement …`; the title starts at the first of those words (not at `The`, nor at `and`)."""
    pos = start
    while True:
        m = _NAME_WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if m is None or m.group(0).split()[0] in _NOT_TITLE_WORD or (m.start() and text[m.start() - 1].isalnum()):
            break
        pos = m.start()
    while re.match(r"(?:and|in|of|on|for) ", text[pos : pos + 4]) or text[pos : pos + 1] in "-–—":
        pos = text.index(" ", pos) + 1
    return pos


def _key(title: str, kind: str) -> str:
    acronym = re.search(r"\b(" + _FTA_ACRONYMS + r")\b", title)
    if kind == AgreementType.FTA and acronym and not acronym.group(1).startswith("FTA"):
        return fold(acronym.group(1))
    before, *sides = _GIUA.split(title, maxsplit=1)
    core = _PARTNER_PHRASE.split(before, maxsplit=1)[0]
    subject = agreement_parties.SUBJECT.search(sides[0]) if sides else None
    if subject is not None:  # `MoU between A and B on X`: what it is about, told after its sides
        core = f"{core} {sides[0][subject.start() :]}"
    return fold(core)


_PARTNER_PHRASE = re.compile(r"\s(?:với|with)\s", re.I)
"""Where a title turns to the partner (`… hợp tác với tỉnh Sơn Đông`): names, not what the document is about."""


def _event_link(doc: ArticleDoc, m: Mention) -> None:
    """An agreement signed in a sentence of an event, or on its date, was signed at that event; one signed
    with no date of its own and no word of an earlier time (`trước đó`) was signed at the article's main event."""
    if m.status != AgreementStatus.SIGNED:
        return
    idx = doc.sentence_index(m.start)
    sentence = doc.sentences[idx]
    for span in doc.events:
        rec = span.data["event"]
        main = doc.entities[span.id].properties.get("main") and not m.date and not _EARLIER.search(sentence.text)
        if m.date and rec.date and m.date[:4] != rec.date[:4]:
            continue  # `an MoU signed in 2016`, read at a 2023 meeting: signed elsewhere, earlier
        if idx in rec.sentences or (rec.date and m.date and rec.date == m.date) or main:
            m.event = span.id
            if rec.date and (not m.date or len(rec.date) > len(m.date)):
                m.date, m.precision = rec.date, rec.precision
            return


def _ties_of_their_document(documents: list[Mention]) -> list[Mention]:
    """`Kết nghĩa giữa 2 thành phố A và B` over `Lễ ký Hiệp ước kết nghĩa giữa A và B …`: two localities' twinning
    (or friendship ties set up) whose sides are those of a document about those ties is what that document made,
    told as the news; the document is the one thing signed, not a framework beside it."""
    ties = [m for m in documents if m.type == AgreementType.PARTNERSHIP and _names_ties(m.title)]
    return [
        m
        for m in documents
        if m not in ties
        or not any(
            d.type != AgreementType.PARTNERSHIP and _names_ties(d.title) and set(d.parties) == set(m.parties)
            for d in documents
        )
    ]


def _names_ties(title: str) -> bool:
    """A title that names two localities' lasting ties: a twinning (`Hiệp ước kết nghĩa …`) or friendship ties."""
    lower = title.lower()
    return any(p in lower for p in _TWINNING) or _FRIENDSHIP_HEAD.search(lower) is not None


def _headline_into_body(doc: ArticleDoc, mentions: list[Mention]) -> list[Mention]:
    """A headline names the agreement the body describes, in fewer words (`MOIT and Guangxi sign memorandum on
    smart border gates`): a headline mention goes into the only body mention of its type, sharing a party (or a
    party's country: `Japan` and Japan's ministry) when both name parties; the body's title, parties and dates
    win, the headline's status, parties and title only if the body has none of its own."""
    lines = _headline_lines(doc)
    head = [m for m in mentions if doc.sentence_index(m.start) < lines]
    out = [m for m in mentions if m not in head]
    for m in head:
        same = [
            o for o in out if o.type == m.type and doc.sentence_index(o.start) >= lines and not _other_years(doc, m, o)
        ]
        if not same and m.type == AgreementType.AGREEMENT and _GENERIC_HEADLINE_HEAD.search(m.title):
            # `Hanoi and Moscow sign new cooperation pact`, then the body's `memorandum of understanding between the
            # two capitals`: a headline's generic word for the one document of those sides (or the one document,
            # when the headline names no side: `Power deal`) the body names
            kinds = (
                _NAMED_GENERICALLY
                | ({AgreementType.FTA} if _TRADE_HEADLINE_HEAD.search(m.title) else set())
                | (
                    {AgreementType.PARTNERSHIP}
                    if _STRATEGIC_HEADLINE_HEAD.search(doc.text, max(0, m.start - 12), m.end)
                    else set()
                )
            )  # (`Britain and Vietnam sign trade agreement` over the body's free trade agreement of those sides,
            # `… enhance cooperation with strategic pact` over their Comprehensive Strategic Partnership)
            same = [
                o
                for o in out
                if o.type in kinds
                and o.parties
                and doc.sentence_index(o.start) >= lines
                and (not m.parties or _compatible(_with_countries(doc, m.parties), _with_countries(doc, o.parties)))
            ]
            if len(same) > 1 and m.parties and len(alike := [o for o in same if set(o.parties) == set(m.parties)]) == 1:
                same = alike  # (`Britain and Vietnam sign trade agreement`: of the body's documents, the one of those sides)
        if len(same) > 1 and len(begun := [o for o in same if o.key.startswith(_ORDINAL_TAIL.sub("", m.key))]) == 1:
            same = begun  # `Kenya ký Hiệp định miễn thị thực thứ 12`: of the body's documents, the one it begins
        if len({o.key for o in same}) == 1 or (len(same) > 1 and _DOCUMENTS.match(m.title)):
            same = same[:1]  # one document named alike in the body and a caption, or a headline's `văn kiện` (a word
            # for documents, one or several: `Trao văn kiện thúc đẩy hợp tác …`) told one by one in the body
        if len(same) == 1 and _told_elsewhere(doc, m, same[0], lines):
            same = []
        if len(same) == 1 and (
            not m.parties
            or not same[0].parties
            or _compatible(_with_countries(doc, m.parties), _with_countries(doc, same[0].parties))
            or _shortened(doc, m.parties, same[0].parties)
        ):
            target = same[0]
            target.merged.extend([m, *m.merged])
            if target.status == AgreementStatus.UNKNOWN:
                target.status = m.status
            if not target.parties:  # `Thỏa thuận ký kết lần này …`: the body only refers to it; the headline names it
                target.parties = list(m.parties)
            if len(target.title.split()) <= 2 < len(m.title.split()):
                target.title, target.key = m.title, m.key
            target.event = target.event or m.event
        else:
            out.append(m)
    return out


def _shortened(doc: ArticleDoc, short: list[str], full: list[str]) -> bool:
    """`VCCI ký kết biên bản ghi nhớ với Phòng Thương mại Malaysia` over the body's MoU between VCCI and `Phòng Thương
    mại và Công nghiệp Quốc gia Malaysia`: a headline names a side in fewer words, each of them in the body's name of
    it; the same sides when they share one and every other headline side is so shortened."""
    shared = set(short) & set(full)
    if not shared:
        return False
    names = [set(doc.entities[p].name.lower().split()) for p in full if p not in shared and p in doc.entities]
    return all(
        p in doc.entities
        and len(words := set(doc.entities[p].name.lower().split())) > 1
        and any(words < name for name in names)
        for p in short
        if p not in shared
    )


def _told_elsewhere(doc: ArticleDoc, m: Mention, target: Mention, lines: int) -> bool:
    """`Thành phố A sẽ ký kết hiệp định nông nghiệp` over `… sẽ ký kết hiệp định hợp tác nông nghiệp với tỉnh B`
    and, later, `… hiệp định hợp tác trong mặt văn hóa với trường C`: a headline's document the body already named
    again (merged with it) is that body document, not another of the body's of another kind (`ký kết Báo cáo sơ kết
    1 năm thực hiện Thỏa thuận hợp tác` after the agreement) or with a place the other lacks."""
    if not any(doc.sentence_index(x.start) >= lines for x in m.merged):
        return False
    if target.type != m.type:
        return True
    theirs = _with_countries(doc, target.parties)
    return any(
        p not in theirs and (ent := doc.entities.get(p)) is not None and ent.label == Label.PROVINCE for p in m.parties
    )


_ORDINAL_TAIL = re.compile(r"\s+thu\s+\d+$")
"""A headline's count of a document (`Hiệp định miễn thị thực thứ 85`, folded): which one it is in a series, no
words of its title."""


_NAMED_GENERICALLY = frozenset({AgreementType.MOU, AgreementType.AGREEMENT, AgreementType.OTHER})
"""The kinds of document a headline may call `agreement`, `pact` or `deal` (a trade area only as a `trade deal`, a
partnership only as a `strategic pact`)."""
_GENERIC_HEADLINE_HEAD = re.compile(
    r"\b(?:pacts?|deals?|accords?|agreements?)\b|^(?:thỏa thuận|hợp tác|văn kiện)\b", re.I
)
"""The words a headline uses for any document (`sign new cooperation pact`), not a treaty's own name."""
_TRADE_HEADLINE_HEAD = re.compile(r"\btrade\s+(?:pacts?|deals?|accords?|agreements?)\b", re.I)
"""A headline's word for a trade document, which may be the free trade agreement the body names."""
_STRATEGIC_HEADLINE_HEAD = re.compile(r"\bstrategic\s+(?:pacts?|deals?|accords?|agreements?)\b", re.I)
"""A headline's word for a strategic partnership, which may be the one the body names."""
_HEADLINE_REACH = 4  # lines at a page's top that can be its section, date and headline


def _headline_lines(doc: ArticleDoc) -> int:
    """How many sentences open the page before its body: whole lines with no closing stop (a section's name, a
    date, the headline: `Iranian, Vietnamese Cities Sign Sister City Accord`), at most a few; none when the page
    is one sentence (a page that opens with its body: its first sentence, which a lead often writes as one)."""
    count = 0
    for sentence in doc.sentences[:_HEADLINE_REACH]:
        line_start = doc.text.rfind("\n", 0, sentence.start) + 1
        line_end = doc.text.find("\n", sentence.end)
        whole = doc.text[line_start : len(doc.text) if line_end < 0 else line_end].strip() == sentence.text.strip()
        if not whole or sentence.text.rstrip()[-1:] in ".!?…:;":
            break
        count += 1
    return max(1, count) if len(doc.sentences) > count else 0


def _compatible(a: set[str], b: set[str]) -> bool:
    """Two mentions' parties (with their countries) that can be one document's: one side's within the other's
    (`Ý định thư giữa Bộ NN-PTNT và Bộ Ngoại giao Gabon` is not the letter MARD signed with the Francophonie)."""
    return bool(a & b) and (a <= b or b <= a)


def _with_countries(doc: ArticleDoc, ids: list[str]) -> set[str]:
    """Party ids, the ids of their countries and the province a body is seated in (`UBND tỉnh Bến Tre` is Bến
    Tre's side)."""
    out = set(ids)
    governments = set()
    for pid in ids:
        ent = doc.entities.get(pid)
        iso = ent.properties.get("country") if ent is not None else None
        if iso:
            out.add(f"country:{iso.lower()}")
        if ent is not None and ent.label == Label.ORGANIZATION:
            governments.add(pid)
    return out | _seats(doc, governments)  # (a body seated in a province: `Guangzhou Municipal Government`)


def _seats(doc: ArticleDoc, bodies: set[str]) -> set[str]:
    """The provinces bodies are seated in (`UBND tỉnh X` in X)."""
    if not bodies:
        return set()
    return {
        dst
        for (rel, src, dst) in doc.relations
        if rel == RelType.BASED_IN and src in bodies and dst.startswith("province:")
    }


_TOLD_SUBJECT = re.compile(r"\s(?:về|on|regarding|concerning)\s")  # (`Hiệp định giữa A và B về dự án …`: not bare)


def _sides_as_places(doc: ArticleDoc, ids: list[str]) -> set[str]:
    """Party ids and the places their governments stand for: a provincial body's province (`UBND tỉnh X` is X's
    side), a national government's country; a ministry or a company stays a side of its own (an MoU of two
    agriculture ministries is not the two countries' MoU)."""
    out = set(ids)
    bodies = {pid for pid in ids if (ent := doc.entities.get(pid)) is not None and ent.label == Label.ORGANIZATION}
    for pid in bodies:
        props = doc.entities[pid].properties
        if props.get(Prop.KIND) == OrganizationKind.GOVERNMENT and props.get(Prop.COUNTRY):
            out.add(f"country:{str(props[Prop.COUNTRY]).lower()}")
    return out | _seats(doc, bodies)


_TRADE_DEAL = re.compile(r"\btrade\s+(?:agreement|deal|pact)\b|\bhiệp định thương mại\b(?!\s+biên giới)", re.I)


def _trade_deal_of_a_bloc(doc: ArticleDoc, m: Mention) -> bool:
    """`a trade deal with the Mercosur bloc`, `a trade agreement with the European Union`: a trade agreement one of
    whose sides is an international body (a customs union, a common market) is a free trade agreement."""
    return bool(_TRADE_DEAL.search(m.title)) and any(
        (ent := doc.entities.get(p)) is not None
        and ent.label == Label.ORGANIZATION
        and ent.properties.get(Prop.KIND) == OrganizationKind.INTERNATIONAL_ORG
        for p in m.parties
    )


def _same_document_of(doc: ArticleDoc, out: list[Mention], m: Mention) -> Mention | None:
    """The document read so far that `m` names again, one of exactly its parties first (`the UK and Vietnam signed
    a free-trade agreement` is the UK-Vietnam one, not the EU's agreement a wider mention also gave Britain)."""
    same = [o for o in out if o.type == m.type and _same_document(doc, o, m)]
    return next((o for o in same if set(o.parties) == set(m.parties)), same[0] if same else None)


def _merge(doc: ArticleDoc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of one document become one agreement: the same type, and either the same title and parties, a
    bare mention whose title begins the other's, or a shorter title whose content words all recur in the longer
    one (`agreement for 2023-2024` in `agreement to promote bilateral trade for 2023-2024`) with parties that do
    not contradict (the same bodies, or their countries)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-len(m.parties), -len(m.key))):
        target = next(
            (
                o
                for o in out
                if o.type == m.type
                and (
                    (not m.parties and o.key.startswith(m.key)) or (o.key == m.key and set(o.parties) == set(m.parties))
                )
            ),
            None,
        ) or _same_document_of(doc, out, m)
        if target is None and m.parties and not _content(m.key) and not _TOLD_SUBJECT.search(m.title):
            # `Hanoi and Moscow signed a new memorandum of understanding …`: a bare title with the parties of the
            # only other document of its type is that document, named in fewer words
            own = _sides_as_places(doc, m.parties)
            others = (
                []
                if any(_coordinated(doc, o, m) for o in mentions if o is not m)
                else [o for o in mentions if o is not m and o.type == m.type]
            )  # (`the Agreement and the Protocol between …`: a head coordinated with another names a document)
            same = [o for o in others if set(o.parties) == set(m.parties)] or [
                o for o in others if _compatible(own, _sides_as_places(doc, o.parties))
            ]  # (else the same sides, one mention reading the bodies, the other their places: `UBND tỉnh X`, `X`)
            if len({o.key for o in same}) == 1:  # one document named alike several times: the one they merged into
                same = [o for o in same if o in out]
            elif len(titled := [o for o in same if _content(o.key)]) == 1:
                same = titled  # (another bare mention, `ký biên bản hợp tác với X` in a caption, is that one's too)
            target = same[0] if len(same) == 1 and same[0] in out else None
        if target is None and doc.article.lang != "en" and _told_by_subject(m):
            # `Các văn kiện hợp tác bao gồm Bản ghi nhớ về …; lập Nhóm công tác nghiên cứu …`, then `Bản ghi nhớ về
            # việc thành lập Nhóm công tác nghiên cứu …`: an item told by its subject alone is the document of any
            # kind whose title holds its words
            target = next((o for o in out if o.type != m.type and _same_document(doc, o, m)), None)
        if target is None and m.type in (AgreementType.PARTNERSHIP, AgreementType.FTA) and len(m.parties) >= 2:
            # two countries have one partnership, however its mentions name it (`quan hệ Đối tác chiến lược toàn
            # diện Việt Nam - Mỹ`, `khuôn khổ Đối tác chiến lược toàn diện (2023 - 2025)`), and a free trade
            # agreement named only as one (`signed a free trade agreement`, `an FTA`) is the one of the same sides
            # the page names (`the Vietnam-Israel Free Trade Agreement (VIFTA)`); two named ones (`CPTPP`, `RCEP`)
            # stay two
            target = next(
                (
                    o
                    for o in out
                    if o.type == m.type
                    and set(o.parties) == set(m.parties)
                    and (m.type == AgreementType.PARTNERSHIP or _generic_fta(o.key) or _generic_fta(m.key))
                    and not _other_subjects(o.title, m.title)
                ),
                None,
            )
        if target is None:
            out.append(m)
            continue
        _merge_into(doc, target, m)
    return sorted(_bare_into_titled(doc, out), key=lambda m: m.start)


def _told_by_subject(m: Mention) -> bool:
    """A mention whose title names no kind of document (a list's item: `lập Nhóm công tác …`), in words enough to
    tell it (three of its own)."""
    heads = _heads(m.title, m.title.lower())
    return not (heads and heads[0][0] == 0) and len(_content(m.key)) >= 3


_AHEAD_REACH = 2  # sentences: how far after a caption's `the MoU` the body may tell the document


def _referred_ahead(doc: ArticleDoc, mentions: list[Mention]) -> list[Mention]:
    """`Representatives of A and B signing the memorandum of understanding.` (a photo's caption above the body),
    then `X and Y signed a memorandum of understanding …`: a reference back read before any document of its kind is
    the one of that kind the next sentences tell, if they tell one."""
    out = list(mentions)
    for m in mentions:
        if not m.ahead:
            continue
        at = doc.sentence_index(m.start)
        nxt = next((o for o in out if o.start > m.end and o.type == m.type), None)
        if nxt is not None and doc.sentence_index(nxt.start) - at <= _AHEAD_REACH:
            out.remove(m)
            _merge_into(doc, nxt, m)
    return out


def _coordinated(doc: ArticleDoc, a: Mention, b: Mention) -> bool:
    """Two documents named side by side (`the Agreement and the Protocol between …`): two, never one."""
    first, second = sorted((a, b), key=lambda m: m.start)
    return first.end <= second.start and bool(_JOINED_HEAD.fullmatch(" " + doc.text[first.end : second.start]))


def _merge_into(doc: ArticleDoc, target: Mention, m: Mention) -> None:
    """What a mention of a document adds to the document it is merged into: its parties, a status read rather than
    defaulted or a further one, its date, its event; the document is listed by its first mention."""
    target.merged.append(m)
    if target.type == AgreementType.FTA and _generic_fta(target.key) and not _generic_fta(m.key):
        target.title, target.key = m.title, m.key  # (a free trade agreement is named by its own name)
    target.parties = _most_specific(doc, [*target.parties, *(p for p in m.parties if p not in target.parties)])
    if target.status_default and not m.status_default:
        target.status, target.status_default = m.status, False
    target.start = min(target.start, m.start)  # agreements are listed by their first mention
    if _RANK[m.status] > _RANK[target.status]:
        target.status = m.status
        if m.date:
            target.date, target.precision = m.date, m.precision
    if not target.date and m.date:
        target.date, target.precision = m.date, m.precision
    target.event = target.event or m.event


def _bare_into_titled(doc: ArticleDoc, documents: list[Mention]) -> list[Mention]:
    """`A and B signed a memorandum of understanding this week` below the headline `A, B sign MoU to foster …` and
    a caption's `sign an MoU`: documents named only by their kind (no word of their own) whose sides are those of
    the one document of that kind the page names by its subject are that document (never when two such documents
    could be it, nor across two years)."""
    out = list(documents)
    for m in documents:
        if not m.parties or _content(m.key) or _GIUA.search(m.title):
            continue  # (`Bản ghi nhớ về hợp tác giữa A và B`: a document named by its sides is one of its own)
        if m.title[:1].isupper() and not re.search(r"(?i)\bmo[uac]s?\W*$", m.title):
            continue  # (`the Agreement and the Protocol between …`: a kind in capitals is a named document)
        own = _sides_as_places(doc, m.parties)
        titled = [
            o
            for o in out
            if o is not m
            and o.type == m.type
            and _content(o.key)
            and o.parties
            and _compatible(own, _sides_as_places(doc, o.parties))
            and not _other_years(doc, o, m)
        ]
        if len(titled) == 1 and m in out:
            out.remove(m)
            _merge_into(doc, titled[0], m)
    return out


_GENERIC_WORDS = frozenset(
    [
        "mou",
        "mous",
        "moa",
        "moas",
        "memorandum",
        "memoranda",
        "understanding",
        "agreement",
        "agreements",
        "cooperation",
        "co",
        "operation",
        "deal",
        "document",
        "ban",
        "bien",
        "ghi",
        "nho",
        "thoa",
        "thuan",
        "hop",
        "tac",
        "van",
        "kien",
        "hiep",
        "dinh",
        "ke",
        "hoach",
        "hanh",
        "dong",
        "on",
        "of",
        "for",
        "the",
        "a",
        "an",
        "and",
        "to",
        "in",
        "with",
        "between",
        "ve",
        "giua",
        "va",
        "cua",
        "voi",
        "trong",
        "nay",
        "do",
        "tren",
        "viec",  # (`về việc thiết lập X`: about setting up X, the same subject as `về X`)
        "thiet",
        "lap",
    ]
)


_FTA_WORDS = frozenset(["free", "trade", "fta", "ftas", "thuong", "mai", "tu", "do"])


_PARTNERSHIP_SUBJECT = re.compile(
    r"(?:partnership(?:\s+agreement)?|đối tác[^,;]*?)\s+(?:on|in|for|về|trong lĩnh vực)\s+(.+)$", re.I
)


def _other_subjects(a: str, b: str) -> bool:
    """Two partnerships each named with a subject, the subjects sharing no word of substance (`a Strategic
    Partnership on climate change adaptation and water management`, `a Strategic Partnership on sustainable
    development and food security`): two frameworks of the same sides, not one named twice."""
    sa, sb = _PARTNERSHIP_SUBJECT.search(a), _PARTNERSHIP_SUBJECT.search(b)
    if sa is None or sb is None:
        return False
    words_a, words_b = _content(fold(sa.group(1).lower())), _content(fold(sb.group(1).lower()))
    return bool(words_a) and bool(words_b) and not words_a & words_b


def _generic_fta(key: str) -> bool:
    """A free trade agreement's key with no word of its own (`free trade agreement`, `FTA`, `hiệp định thương mại
    tự do`)."""
    return not _content(key) - _FTA_WORDS


def _content(key: str) -> set[str]:
    return {w for w in key.split() if w not in _GENERIC_WORDS and len(w) > 1}


def _other_side(doc: ArticleDoc, parties: list[str]) -> list[str]:
    """`Bộ Tài chính đã ký Biên bản ghi nhớ hợp tác tài chính …` in a story of the minister's talks abroad: a
    document read with one party only, that party one side of the article's main meeting, is signed with the
    other side (a document has two sides at least; none added when the meeting has no two sides)."""
    if len(parties) != 1 and not _one_locality(doc, parties):
        return parties
    sides = agreement_parties.main_event_sides(doc)
    countries = {agreement_parties.body_country(doc, side) for side in sides}
    own = agreement_parties.body_country(doc, parties[0])
    if len(sides) != 2 or own is None or own not in countries:
        return parties
    return [*parties, *(side for side in sides if agreement_parties.body_country(doc, side) != own)]


def _one_locality(doc: ArticleDoc, parties: list[str]) -> bool:
    """`UBND tỉnh A đã ký Bản ghi nhớ …` (the province's government, read with the province): a locality and its own
    bodies are one side, as one party is."""
    places = [p for p in parties if (ent := doc.entities.get(p)) is not None and ent.label == Label.PROVINCE]
    return len(places) == 1 and all(p in places or places[0] in _seats(doc, {p}) for p in parties)


def _most_specific(doc: ArticleDoc, parties: list[str]) -> list[str]:
    """The parties of mentions merged into one document, a country left out when a body of it is a party too
    (`Bộ trưởng A và Bộ trưởng B đã ký Bản ghi nhớ …` and a caption's `… giữa Việt Nam và Singapore`: the two
    ministries signed it, not four parties); a locality's Party Committee when the locality is a party too
    (`tại hội trường Tỉnh ủy X, hai tỉnh đã ký …`: the committee hosts, the province signs)."""
    covered = {
        f"country:{str(iso).lower()}"
        for p in parties
        if not p.startswith("country:")
        and (ent := doc.entities.get(p)) is not None
        and (iso := ent.properties.get("country"))
    }
    seated = {
        p
        for p in parties
        if (ent := doc.entities.get(p)) is not None
        and ent.properties.get(Prop.KIND) == OrganizationKind.PARTY_COMMITTEE
        and _seats(doc, {p}) & set(parties)
    }
    return [p for p in parties if p not in covered | seated and not _short_form_of_another(doc, p, parties)]


def _short_form_of_another(doc: ArticleDoc, party: str, parties: list[str]) -> bool:
    """`the RoK's Presidential Committee` signing what `the Presidential Committee on Balanced National
    Development` signed: a body of a known country whose whole name opens another party's name (of that country
    or of none read) is that party written short."""
    ent = doc.entities.get(party)
    if ent is None or ent.label != Label.ORGANIZATION:
        return False
    for other in parties:
        longer = doc.entities.get(other)
        if other == party or longer is None or longer.label != Label.ORGANIZATION:
            continue
        country = ent.properties.get(Prop.COUNTRY)
        if (
            longer.name.startswith(ent.name + " ")
            and country is not None  # (a bare `Bộ Ngoại giao` is ours, not the short form of another's)
            and longer.properties.get(Prop.COUNTRY) in (None, country)
        ):
            return True
    return False


def _spans(m: Mention) -> list[tuple[int, int]]:
    """The titles a document's mentions stand at (not the reach from its first to its last)."""
    return [m.span, *(x.span for x in m.merged)]


def _same_document(doc: ArticleDoc, a: Mention, b: Mention) -> bool:
    if any(x <= y < z for (x, z) in _spans(a) for (y, _) in _spans(b)) or any(
        x <= y < z for (x, z) in _spans(b) for (y, _) in _spans(a)
    ):
        return False  # `Danh mục … triển khai Kế hoạch hành động …`: a document named inside another's title
    short, long_ = sorted((_content(a.key), _content(b.key)), key=len)
    if not short or not short <= long_:
        return False
    if _other_years(doc, a, b):
        return False
    if not a.parties or not b.parties:
        return True
    pa, pb = _with_countries(doc, a.parties), _with_countries(doc, b.parties)
    return pa <= pb or pb <= pa  # the same sides, one read as bodies, the other as their countries


def _other_years(doc: ArticleDoc, a: Mention, b: Mention) -> bool:
    """`in 2016, the two localities also signed a MoU on human resources` on a page of 2017 about another MoU:
    mentions of two years (an undated one is the page's) are two documents."""
    page_year = str(doc.article.date or "")[:4]
    years = {str(m.date)[:4] if m.date else page_year for m in (a, b)}
    return a.date != b.date and len(years) == 2 and "" not in years


def _day_key(doc: ArticleDoc, m: Mention) -> tuple[str, tuple[str, ...], str | None]:
    return m.type, tuple(sorted(p for p in m.parties if p in doc.entities)), m.date


_VI_PROPOSING = re.compile(r"\b(?:đề nghị|đề xuất|kiến nghị|xem xét|nghiên cứu khả thi)\b", re.I)


def _proposed_in_its_sentence(text: str, s_start: int, start: int) -> bool:
    """`Thủ tướng đề nghị hai bên sớm tổ chức nhóm công tác chung về nghiên cứu khả thi FTA …`, `đang xem xét đề nghị
    của A về thiết lập khuôn khổ quan hệ mới "Đối tác toàn diện"`: a trade area or partnership no cue near it places,
    in a sentence that proposes what comes after (beyond the cue window), is proposed, not in force by its kind's
    default; not one whose anniversary is proposed (`đề nghị … kỷ niệm 10 năm thiết lập quan hệ Đối tác …`)."""
    proposal = _VI_PROPOSING.search(text, s_start, start)
    return proposal is not None and not _YEARS_SINCE.search(text, proposal.end(), start)


_YEARS_SINCE = re.compile(r"\bkỷ niệm\s+\d+\s+năm\b", re.I)
"""`đề nghị hai bên tổ chức kỷ niệm 10 năm thiết lập quan hệ Đối tác chiến lược`: what has stood for years."""


def _inferred_status(m: Mention, page_date: str | None) -> str:
    """A document no cue places in time was signed: one the text gives a day of, not after the page's own
    (`Memorandum of Understanding … on September 26`), one tied to a signing told (its SIGNED_AT event), and one named
    with no day at all (`Bản ghi nhớ … giữa A và B là cơ sở cho hợp tác`): a named document exists, and a document
    comes to be by its signing (what is only planned, proposed or negotiated a cue says so). Only a day after the
    page's, and no signing told, leaves it unknown."""
    ahead = bool(m.date) and page_date is not None and str(m.date) > page_date
    if m.status == AgreementStatus.UNKNOWN and (m.event or not ahead):
        return AgreementStatus.SIGNED
    return m.status


def _emit(doc: ArticleDoc, m: Mention, *, by_day: bool) -> None:
    """One agreement node. Its id is its type, parties and date when the article signs one document of that kind
    between those parties that day (another article's mention of it, in other words, is the same node); when it
    signs several (`the signing of eight agreements`), each is told apart by its title."""
    parties = [p for p in m.parties if p in doc.entities]
    short = [p.split(":", 1)[1] for p in sorted(parties)]
    digest = hashlib.sha256(m.key.encode("utf-8")).hexdigest()[:8]
    tail = (m.date if by_day else f"{m.date}-{digest}") if m.date else digest
    agreement_id = f"agreement:{slug(' '.join([m.type, *short, tail]))}"
    doc.entity(
        agreement_id,
        Label.AGREEMENT,
        m.title,
        aliases=[x.title for x in m.merged if x.title != m.title],
        properties={
            Prop.TYPE: m.type,
            Prop.STATUS: _inferred_status(m, doc.article.date),
            Prop.DATE: m.date,
            "date_precision": m.precision,
            Prop.TITLE: m.title,
        },
        at=m.start,
    )
    doc.agreements.append(Span(m.start, m.end, agreement_id, Label.AGREEMENT, m.title))
    for party in parties:
        doc.relate(RelType.PARTY_TO, party, agreement_id, at=m.start)
    for topic in topics_between(doc, m.start, m.end):
        doc.relate(RelType.ABOUT, agreement_id, topic, at=m.start)
    if m.event:
        doc.relate(RelType.SIGNED_AT, agreement_id, m.event, at=m.start)
