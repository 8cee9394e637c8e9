"""Document words and types: the heads a document is named by (`Bản ghi nhớ`, `memorandum of understanding`,
`FTA`, the partnerships), the status cues and their ranks, and the patterns several rules of the stage share
(`giữa`, the quantifiers, the generic words of a title).

Kept apart from the rules that read them, so that the lists can grow without touching those rules, and at the
bottom of the package, so that every other module can read them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.vocabulary import AgreementStatus, AgreementType
from loaders.entities.phrases import PhraseFinder
from loaders.first_letters import cased_branches, compile_gated, gated
from loaders.letters import LOWER, UPPER

_STATE_REACH = 2  # sentences: how far the status and date of an earlier mention carry (`Các văn kiện … gồm …`)
_CUE_WINDOW = 45  # characters: a status cue belongs to the head it stands next to, not to the whole sentence
_RANK: dict[str, int] = {
    AgreementStatus.SIGNED: 5,
    AgreementStatus.PLANNED: 4,
    AgreementStatus.PROPOSED: 3,
    AgreementStatus.UNDER_NEGOTIATION: 4,
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
            # a free trade area is its agreement's name (`Khu vực mậu dịch tự do ASEAN (AFTA)`, `hiệp định khu vực
            # thương mại tự do` with a union), `mậu dịch` the older word for trade
            "khu vực thương mại tự do",
            "khu vực mậu dịch tự do",
            "hiệp định khu vực thương mại tự do",
            "hiệp định khu vực mậu dịch tự do",
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
            "preferential trade agreements",
            "free trade deal",  # (`open formal negotiations for a free trade deal`)
            "free-trade deal",
            "economic partnership agreement",
            "trade in goods agreement",  # (a trade area's treaty on goods: `the ASEAN Trade in Goods Agreement`)
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
            "chương trình hợp tác",  # (a cooperation programme between governments: decided, 19th session)
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
            "roadmap for cooperation",
            "roadmap for economic cooperation",  # (`develop a roadmap for economic cooperation between A and B`)
            "cooperation program",  # (`signed a cooperation program for 2025–2026`: one; the plural's programmes are
            "cooperation programme",  # projects and activities, `implement cooperation programmes`, no document)
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
            "thông cáo chung",  # (a joint communiqué, the record of a meeting the sides put out together)
            "joint statement",
            "joint vision",  # (a leaders' `Joint Vision for Peace, Prosperity and People`: capitalised only, below)
            "chiến lược hợp tác",  # (`triển khai Chiến lược hợp tác Việt Nam - Lào giai đoạn 2021-2030`: likewise)
            "tầm nhìn trung và dài hạn",  # (`ký kết tầm nhìn trung và dài hạn` on cooperation: a signed vision)
            "joint declaration",  # (`signed a joint declaration to launch negotiations on …`)
            "common declaration",  # (`inked a common declaration on boosting the friendship cooperation ties …`)
            "joint communiqué",
            "joint communique",
            "hợp đồng",
            "contract",
            "contracts",
            "power purchase agreement",  # (a utility's contract to buy a plant's power, as `hợp đồng mua bán điện`)
            "power purchase agreements",
            "letter of intent",
            "letter of understanding",
            "letters of intent",
            "letters of understanding",
            "thư ý định",
            "thư thỏa thuận",
            "letter of agreement",
            "ý định thư",
            "biên bản cuộc họp",
            "biên bản kỳ họp",
            "biên bản phiên họp",
            "biên bản khóa họp",  # (a session's minutes, `Lễ ký biên bản khoá họp thứ 10 Ủy ban liên Chính phủ`)
            "biên bản khoá họp",
            # the record two sides sign at the end of their meeting or talks: minutes, as those of a session (the
            # conventions' row on minutes), not the cooperation minutes (`biên bản hợp tác`) two provinces sign
            "biên bản hội nghị",
            "biên bản hội đàm",
            "biên bản làm việc",
            "minutes of the",
            "minutes of meeting",  # (`The minutes of meeting is signed`)
            "agreed minutes",  # (the customs services' `Agreed Minutes between A and B`)
        )
    )
    yield from (
        (p, AgreementType.AGREEMENT)
        for p in (
            "thỏa thuận hợp tác",
            "biên bản hợp tác",
            "biên bản thỏa thuận",
            "biên bản ký kết",  # (`trao biên bản ký kết về việc mở mới lối thông quan …`: the record two sides signed)
            "văn bản hợp tác",  # (`sẽ ký với B văn bản hợp tác và phát triển`: a cooperation text, as `văn kiện`)
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
_TRADE_AREA_NAME = re.compile(r"\btrans[- ]pacific partnership\b|\bxuyên thái bình dương\b", re.I)
"""A trade area's own name in a title whose head is generic (`the Comprehensive and Progressive Agreement on
Trans-Pacific Partnership`, `Treaty of Trans-Pacific Partnership`): every such document of the look gold (21) is an
FTA, whatever word its head is."""
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
    + [(m, AgreementType.MOU) for m in ("MoU", "MOU", "MoUs", "MOUs", "M.O.U", "MoA", "MOA", "MoAs", "MOAs")]
    + [(m, AgreementType.OTHER) for m in ("PPA", "PPAs")],  # (a power purchase agreement: a contract, as below)
    lowercase=False,
)
_QUANTIFIER = re.compile(
    r"(?<!\w)(?:(?<![-–/.,])(?P<n>\d{1,2})|các|những|nhiều|loạt|hai|ba|bốn|(?<!\d )năm|số|mọi|vài|mấy"
    r"|(?:hàng|mấy|vài)\s+(?:chục|trăm|nghìn|ngàn)"  # (`ký kết hàng chục biên bản hợp tác`: a tally, no one document)
    r"|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|series of)\s+(?:các\s+|cooperation\s+)?$",
    re.I,
)
_EN_COUNT_MODIFIED = re.compile(
    r"(?<![\w-])(?:(?<![-–/.,])(?P<n>\d{1,2})|(?P<w>two|three|four|five|six|seven|eight|nine|ten|several|many|multiple))"
    r"\s+(?:(?:new|other|more|further|additional|separate|major|key|important|trade|investment|business"
    r"|[a-z]+-level|[a-z]+(?:ic|al|ive|ary))\s+){1,2}$"
)
"""An English count with the documents' kind or novelty between it and their head (`signed four economic
cooperation agreements`, `seven new agreements`, `two government-level cooperation agreements`, `11 bilateral
cooperative documents`): a counted set, as the count right before the head (`_QUANTIFIER`) says one."""
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
_LIST_ITEM_BEFORE = re.compile(r"[;:]\s*(?:and\s+)?(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}$")
"""A head that opens an item of a list its semicolons or colon set out (`the following: a Memorandum of
Understanding on …; an agreement to …; and an agreement to …`); the splitter ends a sentence at each semicolon, so
the item's sentence names no sides of its own."""
_PURPOSE_AFTER = re.compile(
    r"\s+to\s+(?:jointly\s+|further\s+)?(?!(?:be|take|come|enter|go|sign|ink|conclude|the|an?|its|their)\b)[a-z]{3,}\b"
)
"""What a listed document is for, a verb (`an agreement to promote the sale of …`): its complement, as `on …` is;
not a time or a step of its own (`a pact to take effect`, `a deal to be signed`)."""
_WHICH_DAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|the\s+(?:(?:first|second|third|last|final|concluding|closing|opening|same|next|following)\s+)?(?:day|eve)\s+of\b"
)
"""What an English `on` names when it says when, not what about (`on Saturday`, `on the concluding day of the visit`)."""
_TITLE_STOP = re.compile(
    # (every branch begins with one of these characters: checked first, a position where none stands fails at once
    # instead of in each of forty branches, most of which open with `\s+` or `,?`; the same matches)
    r"(?=[;.\n:,\s’'])(?:"
    r";|(?<![\s(]T[Pp])\.(?=\s|$|[-/])|(?<=["
    + LOWER
    + r"]{2})\.(?=["
    + UPPER
    + r"]["
    + LOWER
    + r"])|(?<=\))[’']s\s|\n|:|,\s+(?=(?:đồng thời|làm|nhằm|qua đó|trong đó|tạo|góp|giúp|và|với|để|sau|khi|thì|mà|thúc đẩy|tăng cường|duy trì|tiếp tục|đẩy mạnh|mở rộng|phối hợp|đánh dấu|mở ra|khẳng định|thể hiện|cho thấy|hướng tới)\b)|\s+(?:và|cùng)\s+\(?(?:i{1,3}|iv|v|\d)\)|\s+như(?=\s*:)|\s+(?:đã|sẽ|được|đang|đạt(?=\s+(?:hiệu quả|kết quả))|dự kiến|mang lại|nhằm|để|tại|vào(?=\s+(?:ngày|sáng|chiều|tối|trưa|dịp|thời|năm|tháng|tuần|cuối|đầu|hôm|lúc|giữa|\d))|diễn ra|ký kết|vừa ký|vừa được|cũng|là|có ý nghĩa|góp phần|có(?=\s+(?:ông|bà|sự|đại diện|lãnh đạo))|theo hình thức(?=\s+(?:trực tuyến|trực tiếp|kết hợp)))\s|,\s+(?=(?:hai|các|ba|phía|lãnh đạo|theo|bên)\s)|\s+-\s+(?=["
    + LOWER
    + "])"
    # English: a relative clause, a verb, a date, a new clause
    r"|,?\s+(?:under|in|by|through|for|with|from|according to)\s+which\b"  # (`a pact under which the cities …`)
    r"|,?\s+(?:which|that|who|will|would|was|were|is|are|has|have|had|signed|inked|to be|at)\s"
    r"|,?\s+to\s+(?:take|come|enter|go)\s+(?:into\s+)?(?:effect|force)\b"  # (`a pact to take effect on …`: when, no title)
    r"|\s+(?:while|whereas)\s"  # (`… with A while B and C inked …`: another clause)
    r"|,\s+(?:and|while|as|with|to|under|after|when|marking|paving|opening|aiming|signalling|signaling|reflecting)\s|\s+(?:in|on)\s+(?=\d|[A-Z][a-z]+ \d)"
    r"|\s+on\s+(?=" + _WHICH_DAY + r")"  # (`… on Thursday at …`, `… on the concluding day of the visit`)
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
     + ")"
)
_SUBJECT_DOCUMENT = re.compile(
    r"\b(?:on|about|regarding|concerning|towards?)\s+(?:an?\s+(?:[\w-]+\s+){0,3}|(?:[a-z][\w-]*\s+){0,2})$"
    r"|(?:ghi nhớ|thỏa thuận|thoả thuận|hiệp định|văn kiện)(?: hợp tác)? về\s+$"  # (`Bản ghi nhớ về kế hoạch …`)
    r"|\bđiều khoản(?: chính| cơ bản)? của\s+$",  # (`Thỏa thuận các điều khoản chính của Hợp đồng liên doanh …`)
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
_EARLIER = compile_gated(r"\b(?:trước đó|trước đây|năm ngoái|năm trước|từ năm|earlier|previously)\b", re.I)
_UNDER_A_DOCUMENT = (
    r"\bunder the\b(?!\s+(?:[a-z-]+\s+)?(?:witness(?:es)?|witnessing|aegis|auspices|chair|co-chair|chairmanship"
    r"|co-chairmanship|presidency|leadership|guidance|direction|presence|patronage|sponsorship|form|name|theme"
    r"|title|slogan)\b)"
)
"""`under the MoU`, `under the agreement`: what a standing document provides for, in force; not `under the witness
of`, `under the leadership of`, `held a ceremony under the online form to sign …`, where `under the` says who
presided or how, and the signing told after it is the page's own."""
_DEEPENED = r"\bdeepen\w*\s+(?:(?:the|their|its|this|our)\s+)?(?-i:(?:[A-Z][\w’'-]*\s+|[–-]\s+){0,4})$"
"""`deepen the strategic partnership`, `deepening their Vietnam-Japan Extensive Strategic Partnership`: a framework
deepened stands, in force; not `initiatives to deepen cooperation, including signing an MoU …`, where what is deepened
is the cooperation and the document is another verb's."""
_BY_A_DOCUMENT = (
    r"(?:\btheo|(?<!đã )(?<!được )(?<!vừa )(?<!sẽ )(?<!việc )(?<!nhất trí )(?<!thống nhất )\bthông qua)"
    r"\s+(?:(?:một|bản)\s+)?$"
    r"|\bthrough\s+(?:the|their|its|this)\s+(?:[\w’'-]+\s+){0,4}?$"
)
"""Right before a head, the document as the means or the rule of what is done (`bàn giao 250 tấn gạo theo một thỏa
thuận giữa A và B`, `trong 10 năm qua thông qua Bản thỏa thuận hợp tác …`, `boosting trade through their action
plan`): one that stands, in force (a preposition, as `under the`); not `thông qua` as the verb of adoption (`nhất trí
thông qua Tuyên bố chung`), nor a plural (`thông qua các văn kiện này`: the documents just told)."""
# (each compiled behind one `\b`: every branch of every cue begins at a word's edge, after look-behinds at most, so
# the matches are the same, and a position inside a word fails at once instead of in each of fifty branches: the
# status windows are scanned 1.4x faster; behind a look-ahead of the letters its branches begin with
# (`first_letters.gated`), so that a word's edge before another letter fails at once too: 2.5x faster again; and
# its branches opened by their first letter in every case (`first_letters.cased_branches`), so that at a word's edge
# the branches of other letters are passed over with one test each: 1.4x faster again)
_CUES: list[tuple[str, re.Pattern[str]]] = [
    (s, gated(re.compile(rf"\b(?:{cased_branches(rx)})", re.I)))
    for s, rx in (
        (
            AgreementStatus.SIGNED,
            r"\b(?:đã|và) (?:được )?k[ýí](?: kết)?\b|\bceremony to sign\b|(?<!sẽ )\bđược k[ýí](?: kết)?\b|\bsigning ceremony\b|\bk[ýí] kết thành công\b|\bk[ýí] và trao\b|\bđã trao\b|\blễ (?:k[ýí](?: kết)?|trao)\b|\btrao (?:\d+ |các )?(?:văn kiện|bản ghi nhớ|thỏa thuận)|\bchứng kiến (?:lễ )?(?:k[ýí]|trao)|\bvừa (?:được )?k[ýí]\b|\bsigned\b|(?<!forward to the )\bsigning of\b|\binking of\b|\binked\b|\brenewed\b|\bratified\b|\b(?:by|after|upon|on) signing\b|\bconcluded\b|\bsealed\b|\bexchanged\b|\bexchanges? of\s+(?:the\s+|\d+\s+|[a-z-]+\s+){0,3}(?:documents?|letters?|notes?|instruments?|memorand|mous?\b|agreements?|deals?|contracts?|protocols?|$)|\bhand(?:ed)?[- ]?over\b",
        ),
        (
            AgreementStatus.PLANNED,
            r"\bsẽ (?:được )?k[ýí](?: kết)?\b|\bdự kiến (?:sẽ )?(?:được )?k[ýí]\b|\bchuẩn bị k[ýí]\b|\bwill (?:soon )?sign\b|\bto be signed\b|\b(?:ủng hộ|sẵn sàng)\b[^.;]{0,30}?\bk[ýí](?: kết)?\b"
            # (`Vietnam expects to sign a trade agreement …`, `agreed to soon complete and sign a Protocol on …`)
            r"|\b(?:agreed|plans?|set|expect(?:s|ed|ing)?|scheduled|slated|due|poised|intend(?:s|ed|ing)?|promised?"
            r"|pledged?|vowed?|committed|decided) to (?:soon )?(?:[a-z-]+\s+(?:and|or)\s+)?(?:sign|ink|conclude)\b"
            # (a body authorised to sign, as `ủy quyền … ký`: `empowered the Trade Ministry to sign the …`)
            r"|\b(?:empower(?:s|ed|ing)?|authori[sz](?:es|ed|ing|e))\s+(?:[\w-]+\s+){1,5}?to\s+(?:sign|ink)\b"
            r"|\b(?:đồng ý|cho phép|ủy quyền|uỷ quyền)\b[^.;]{0,60}?\bk[ýí](?: kết)?\b"
            # (a text settled, not yet signed: `reached consensus on the contents of an MoU`, `thống nhất nội dung`)
            r"|\b(?:consensus|agreed|agreement)\s+on\s+the\s+(?:contents?|texts?|wording)\s+of\b"
            r"|\b(?:thống nhất|nhất trí)\s+(?:về\s+)?(?:nội dung|văn bản)\b"
            r"|\bsớm hoàn tất\b"  # (`nhất trí sớm hoàn tất Chương trình hành động …`: to be finished, then signed)
            r"|\blook(?:s|ing|ed)?\s+forward\s+to\s+(?:the\s+)?sign(?:ing)?\b"  # (a signing awaited)
            # (a text the sides will make: `will over the next year develop a joint plan of action`)
            # (or agreed to make: `agreeing to soon devise a master plan of action`, `nhất trí cùng xây dựng chương trình …`)
            r"|\b(?:will|(?:agreed|agreeing|decided|deciding)\s+to)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:develop|devise|draw\s+up|work\s+out|formulate|finali[sz]e)\b"
            r"|\b(?:nhất trí|thống nhất|đồng ý)\s+(?:sớm\s+|cùng\s+|khẩn trương\s+)*(?:xây dựng|soạn thảo|hoàn thiện)\b",
        ),
        (
            AgreementStatus.PROPOSED,
            r"\b(?:desire|desires|wish|wishes|hope|hopes|keen|willing|willingness|ready|readiness|want|wants|seeks?)\s+to\s+(?:sign|ink|conclude|establish|set up|forge)\b"
            # (`has shown interest in establishing a trade deal with …`)
            r"|\binterest(?:ed)?\s+in\s+(?:signing|inking|concluding|establishing|setting up|forging)\b|\b(?:possibility|prospects?|feasibility) of (?:signing|inking|concluding)\b|\b(?:đề nghị|đề xuất|kiến nghị|thúc đẩy|sớm|hướng tới|mong muốn|xem xét)\b[^.;]{0,40}?\bk[ýí](?: kết)?\b|\bproposed?\b|\bproposal\b|\bdraft\b|\bdự thảo\b|\bsuggest\w*|\bconsider(?:s|ing)?\b|\bshould\b[^.;]{0,30}?\bsign\b|\bnên\b[^.;]{0,20}?\bk[ýí](?: kết)?\b"
            # (what the sides considered, not what a document is considered to be: `an MoU, which is considered a
            # significant step`, `considered as a milestone`)
            r"|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\bconsidered\b"
            r"(?!\s+(?:as|to be|an?|one of)\b)",
        ),
        # negotiations still to be opened or already closed: the document is ahead, not on the table (`agreed to launch
        # negotiations of a treaty`, `khởi động đàm phán FTA`, `tuyên bố chung kết thúc đàm phán Hiệp định …`); before
        # the cue of negotiation itself, which ends where they do
        (
            AgreementStatus.PLANNED,
            r"\b(?:khởi động|bắt đầu|mở|tiến tới)\s+(?:các\s+|vòng\s+)?đàm phán\b"
            r"|\b(?:launch(?:es|ed|ing)?|start(?:s|ed|ing)?|begin(?:s|ning)?|began|open(?:s|ed|ing)?|commenc\w+)\s+"
            r"(?:the\s+|formal\s+|official\s+)*negotiations?\b|\bto be negotiated\b"
            r"|\b(?:đã|tuyên bố(?:\s+chung)?(?:\s+về\s+việc)?)\s+kết thúc\s+(?:quá trình\s+|tiến trình\s+)?đàm phán\b"
            r"|\b(?:concluded|completed|finished|wrapped up|conclusion of|completion of)\s+(?:the\s+)?negotiations?\b",
        ),
        # a document on the table (`đang đàm phán`, `speed up negotiations for agreements on …`): under negotiation,
        # the status of its own (after the proposals: `đề nghị đàm phán …` is proposed, see `status._status`)
        (AgreementStatus.UNDER_NEGOTIATION, r"\bđàm phán\b|\bnegotiat\w*"),
        # a clause of purpose signs (`hoàn tất các thủ tục … để ký kết`, `cố gắng hoàn thiện … để có thể tiến hành việc
        # ký kết thỏa thuận`): work towards its signing, not a signing
        (
            AgreementStatus.PLANNED,
            r"\bđể\s+(?:có thể\s+)?(?:tiến hành\s+)?(?:việc\s+)?k[ýí](?:\s+kết)?\b"
            # (talks held towards a document, as its negotiation: `hold discussions towards a tourism agreement`)
            r"|\b(?:talks|discussions|consultations|work(?:s|ing|ed)?)\s+towards?\s+(?:an?|the)\b",
        ),
        (
            AgreementStatus.IN_FORCE,
            r"\bbased on\b|"
            + _UNDER_A_DOCUMENT
            + r"|\bpursuant to\b|\bas part of\b|\b(?:with)?in the framework of\b|\b(?:trong|theo) khuôn khổ\b|\btheo tinh thần\b|\bcăn cứ\b|\btrên cơ sở\b|\btriển khai\b|\bthực hiện\b|\btận dụng\b|\bcó hiệu lực\b|\bthực thi\b|\bquan hệ\s+(?=đối tác)|\bxác lập\b|\bin force\b|\bimplement|\bcarr(?:y|ies|ying|ied) out\b|\bmake (?:better |full |good )?use of\b|\btook effect\b|"
            + _DEEPENED
            + r"|\breview(?:ed|ing|s)?\b|\bsơ kết\b|\btổng kết\b|\brà soát\b|"
            + _BY_A_DOCUMENT,
        ),
    )
]

_FRIENDSHIP = r"quan hệ (?:thành phố |tỉnh |hợp tác )?hữu nghị(?: và hợp tác| hợp tác)?"
_FRIENDSHIP_HEAD = re.compile(_FRIENDSHIP)

_RECORDS = (AgreementType.MOU, AgreementType.AGREEMENT)

_DECLARATION = re.compile(rf"T(?<!\w.)uyên bố(?= (?:cấp|về|giữa|[{UPPER}]))")
_EN_DECLARATION = re.compile(rf"D(?<!\w.)eclaration(?= on [{UPPER}])")
# (the two opened by their first letter, `\b` after it, as `lexicon.by_first_letter` writes words: tried only where
# a capital T or D stands, not at every position of a page)
"""`committed to implementing the Declaration on Joint Vision on Defence Cooperation`: a declaration's name,
capitalised inside a sentence (not a sentence's first word; not `the Declaration on the Conduct of Parties …`, a
region's code cited by its article)."""
"""`ký Tuyên bố cấp Bộ trưởng về việc …`, `ra Tuyên bố về việc kết thúc đàm phán …`, `Tuyên bố giữa hai nước về …`:
a declaration's name, capitalised inside a sentence as Vietnamese writes a document's; at a sentence's start the
same word is the verb `to declare` (`Tuyên bố khai mạc …`)."""

_TOWARDS_SIGNING = compile_gated(
    r"\b(?:đang|tiếp tục|thúc đẩy|hướng tới|tiến tới|sớm)\b[^.;:]{0,40}?\b(?:đàm phán và k[ýí]|đàm phán, k[ýí])\b"
    r"|\b(?:work(?:ing)? towards?|push(?:ing)? for|continue to negotiate and)\b[^.;:]{0,20}?\bsign"
    r"|\b(?:accelerat\w*|speed(?:s|ing)? up|expedit\w*|hasten\w*|prepar\w* for|towards?)\s+(?:the\s+)?signing\b"
    # (a signing or a text wished early: `hope for the early signing of the MoU`, `accelerating the finalisation of …`)
    r"|\b(?:early|earliest|speedy|prompt|swift|soon)\s+signing\b"
    r"|\b(?:accelerat\w*|speed(?:s|ing)? up|expedit\w*|hasten\w*|early)\s+(?:the\s+)?finali[sz]ation\s+of\b"
    r"|\b(?:cleared|approved|authori[sz]ed|greenlit|green-lighted)\s+(?:the\s+)?signing\b"  # (a cabinet's approval)
    # (a trip's purpose: `who is in Seoul to sign an MoU with …`)
    r"|\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?(?:in|visiting)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+to\s+sign\b",
    re.I,
)

_NEGOTIATE = re.compile(r"\bđàm phán\b|\bnegotiat\w*", re.I)

_SIGNED_ON = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:signed|inked|concluded|(?:đã\s+)?(?:được\s+)?k[ýí](?:\s+kết)?)"
    r"\s+(?:in|on|vào|ngày|năm|hồi|từ)?\s*",
    re.I,
)

# After a plural head, a list of fields (`MoUs on energy saving, electricity and defence`, `các văn kiện hợp tác về
# thương mại, năng lượng và giáo dục`) or of titles (`the agreements signed were …; …; …`, `các văn kiện gồm: …`).
_PURPOSE_VERB = r"(?:promote|boost|strengthen|enhance|expand|deepen|foster|facilitate|thúc đẩy|tăng cường|đẩy mạnh)"
"""The verbs of a document's purpose that introduce the cooperation it serves (`to promote cooperation in …`)."""

_FIELD_LIST = re.compile(
    r"(?:\s*\([^)]{1,12}\))?\s+(?:(?:on(?!\s+(?:" + _WHICH_DAY + r"))|in|about|covering|regarding|hợp tác về|về"
    r"|trong (?:các )?lĩnh vực|(?:for|cho giai đoạn|giai đoạn)(?=\s+\d{4}\s*[-–]\s*\d{2,4}\b))\s+"
    r"(?:(?:co-?operation|collaboration)\s+(?:in|on)\s+)?"
    r"|(?:to|nhằm)\s+" + _PURPOSE_VERB + r"\s+(?:(?:bilateral|their|the)\s+)?"
    r"(?:co-?operation|collaboration|hợp tác)\s+(?:in|on|trong (?:các )?lĩnh vực|về)\s+)"
    r"(?:the\s+(?:fields?|areas?|sectors?)\s+of\s+)?"
)
"""What opens a list of the fields documents cover: `on`, `in the fields of`, `về`, or a purpose that names the
cooperation they serve (`three memoranda to promote cooperation in A, B and C`, `nhằm thúc đẩy hợp tác trong lĩnh
vực A, B và C`): the infinitive states what each document is for as `on` does."""

_MOU_WORDS = re.compile(r"mou|memorand|ghi nhớ")

_NAMED_ONLY_HEADS = frozenset({"joint vision", "chiến lược hợp tác"})
"""Heads that are a document only as its capitalised name inside a sentence (`the Joint Vision for …`, `Chiến lược
hợp tác Việt Nam - Lào giai đoạn …`); in lower case they are a shared view or an aim (`a joint vision for the
region`, `vạch ra chiến lược hợp tác`)."""

_PLURAL_OTHER_HEADS = frozenset({"letters of intent", "letters of understanding", "contracts", "joint statements"})
"""English plural heads of documents that are not agreements: documents of their own, unless they list several."""

_ONE_OF = re.compile(r"\b(?:agreements|MoUs|MOUs|MoAs|MOAs|memoranda|memorandums|deals|documents)\b", re.I)

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
        "giai",  # (`thỏa thuận giai đoạn mới`: the document of the new period, named back by no words of its own)
        "doan",
        "moi",
    ]
)
