"""Organisations: ministries, departments, provincial bodies, parties, companies, international bodies.

Takes an `ArticleDoc` with places found; adds `doc.orgs`, Organization
entities (ministries also `Ministry`), `PART_OF` (a department to its
ministry), `BASED_IN` (to the province or country in the name).

How a name is read: a head word (`Bộ`, `Vụ`, `Cục`, `Sở`, `Công ty`…) then
the words of the name: capitalised words always, a few lowercase ones
(`Vụ Phát triển thị trường nước ngoài`), `và` only before another
capitalised word (`Bộ Nông nghiệp và Phát triển nông thôn`, but not `Bộ Công
Thương và Bộ Ngoại giao`). The name stops at punctuation, a function word, a
title, a person's name, the start of another known organisation, and right
after a place (`Sở Công Thương Quảng Ninh`, `Bộ Ngoại giao Hoa Kỳ`). A name
the gazetteer knows takes its id (`org:moit`); a known ministry followed by a
foreign country is that country's ministry (`org:bo-ngoai-giao-us`); others
get `org:<slug>`, with the country's or province's code in place of the
place name so `Bộ Ngoại giao Mỹ` and `Bộ Ngoại giao Hoa Kỳ` meet.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from importlib import resources

from core.text import fold, slug
from core.vocabulary import Label, OrganizationKind, Prop, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import PROVINCIAL_HEADS, Lexicon
from loaders.entities.places import add_place_entity
from loaders.gazetteer import GazetteerEntry

_TOKEN = re.compile(r"[^\s,.;:!?()\[\]“”\"/]+")
_STOP = frozenset(
    [
        "để",
        "đã",
        "đang",
        "sẽ",
        "của",
        "cho",
        "với",
        "tại",
        "trong",
        "về",
        "là",
        "được",
        "có",
        "không",
        "cũng",
        "đối",
        "nhằm",
        "theo",
        "từ",
        "đến",
        "tới",
        "khi",
        "nếu",
        "thì",
        "mà",
        "này",
        "đó",
        "các",
        "những",
        "một",
        "sau",
        "trước",
        "vừa",
        "đều",
        "cùng",
        "gồm",
        "như",
        "hay",
        "hoặc",
        "do",
        "bởi",
        "vì",
        "nên",
        "rằng",
        "thuộc",
        "phụ",
        "trách",
        "chi",
        "nhánh",
        "cho",
        "biết",
        "nhấn",
        "mạnh",
        "kiến",
        "nghị",
        "đề",
        "nghị",
        "chủ",
        "trì",
        "tham",
        "dự",
        "phối",
        "hợp",
        "tổ",
        "chức",
        "làm",
        "việc",
        "ký",
        "trao",
        "tiếp",
        "hội",
        "đàm",
        "ở",
        "ra",
        "vào",
        "lên",
        "xuống",
        "giữa",
        "nhân",
        "dịp",
        "tham",
        "bày",
        "tỏ",
        "đánh",
        "khẳng",
        "tặng",
        "gửi",
        "chúc",
        "thăm",
        "đón",
        "định",
    ]
)
# (`gia`, `giá`, `tin` end a name only in `tham gia`, `đánh giá`, `thông tin`: `Học viện Chính trị Quốc gia`,
# `Cục Quản lý giá`, `Cục Công nghệ thông tin` keep them; see `_two_word_stop`)
_HEAD_ABBREVIATIONS = {"ĐSQ": "Đại sứ quán", "TLSQ": "Tổng Lãnh sự quán", "LSQ": "Lãnh sự quán"}
"""Heads the press abbreviates (`ĐSQ Việt Nam tại Nhật Bản`), read as the heads they stand for."""
_EMBASSY_HEADS = frozenset({"Đại sứ quán", "Tổng Lãnh sự quán", "Tổng lãnh sự quán", "Lãnh sự quán", "Thương vụ"})
"""Missions abroad, named with their seat after `tại` (`Thương vụ Việt Nam tại X`: the trade office a country has in
each country, or city, it trades with)."""
_CITY = re.compile(r"[A-ZĐ][\w'’\-]*(?: [A-ZĐ][\w'’\-]*){0,2}(?![\w'’\-])")
_CHAMBER_HEADS = frozenset(
    {
        "Phòng Thương mại",
        "Phòng Thương mại và Công nghiệp",
        "Phòng thương mại và công nghiệp",
        "Phòng Công nghiệp và Thương mại",
        "Phòng công nghiệp và thương mại",
    }
)
"""A chamber's fields (commerce, industry) in either order and either case: the head of a country's chamber."""
_SEATED_HEADS = frozenset({"Hiệp hội", "Hội"}) | _CHAMBER_HEADS
_MP_GROUP_HEADS = frozenset({"Nhóm Nghị sĩ", "Nhóm nghị sĩ", "Nhóm Nghị sỹ", "Nhóm nghị sỹ"})
"""A parliament's group of members (`Nhóm Nghị sĩ hữu nghị Algeria – Việt Nam`), both spellings of `sĩ`."""
"""Heads of bodies of one country's businesses or people in another, whose name says where (`… tại Việt Nam`)."""
_CONTINENT = re.compile(r"châu (?:Âu|Á|Phi|Mỹ|Úc|Đại Dương|Mỹ Latinh|Á - Thái Bình Dương|Á-Thái Bình Dương)")
"""A continent in sentence case, the whole of what a chamber's or an association's name says it gathers (`Phòng
Thương mại châu Âu`): no description, though its first word is lowercase."""
_SEAT_CUE = re.compile(r" (?:tại|ở) (?:thành phố |thủ đô )?")
_BARE_PROVINCIAL = re.compile(
    r"(?:Ủy ban [Nn]hân dân|UBND|Hội đồng [Nn]hân dân|HĐND)(?: (?:[Tt]ỉnh|[Tt]hành phố))?|Tỉnh ủy|Thành ủy"
    r"|Sở [A-ZĐ]\w*(?: (?:và )?\w+){0,4}"  # `Giám đốc Sở Công thương` on a provincial page: the province's department
)
"""A provincial body named without its province (`UBND tỉnh`, `Tỉnh ủy`): on a provincial page, the page's own."""
_BARE_GOVERNMENT_ABROAD = re.compile(r"[Cc]hính quyền(?: nhân dân)? (?:tỉnh|thành phố)")
"""A province's or city's government abroad named bare (ours are UBND): the one of the province abroad named near."""
_PROVINCE_CUE_BEFORE = re.compile(r"(?<!\w)(?:tỉnh|thành phố) $")
_LOWER_FIRST_OK = frozenset({"nhân", "tỉnh", "thành", "khu", "huyện", "bang", "vùng", "tiểu"})
_LOWER_COMMITTEE = re.compile(r"(?<!\w)(tỉnh|thành) ủy (?:tỉnh |thành phố )?(?=\w)")
_QUANTIFIER = re.compile(r"(?<!\w)(?:các|những|mọi|nhiều|hai|ba|giữa hai|cả hai)\s+$", re.I)
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_ABBR = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,12})(?:\)|, (?=[A-ZĐ]))")  # `(ILV)`, `(ILV, Hàn Quốc)`
_PROVINCE_WORDS = re.compile(r"\s+(?:nhân dân\s+)?(?:tỉnh|thành phố|khu tự trị|TP\.?|bang|tiểu bang|vùng)?\s*$")
_EXPLICIT_PARENT = re.compile(r"^\s*(?:,\s*|\s+thuộc\s+|\s+)$")
_DESCRIBED_HEADS = frozenset({"Cơ quan", "Hội đồng", "Ủy ban", "Tiểu ban", "Phân ban", "Tổ công tác", "Nhóm công tác"})
"""Heads a lowercase description may follow, when a place's name ends it (`Cơ quan tín dụng xuất khẩu Phần Lan`,
`Hội đồng lập pháp tỉnh Ulyanovsk`)."""
_NUMBERED_HEADS = frozenset({"Quân khu", "Quân đoàn"})
_LEGISLATURE = re.compile(r"(?:Quốc hội|Nghị viện|Thượng viện|Hạ viện)(?![\w])")
_DISTRICT_COMMITTEE_HEADS = frozenset({"Quận ủy", "Huyện ủy", "Thị ủy"})
_DISTRICT_NAME = re.compile(r" [A-ZĐ][\w]*(?: [A-ZĐ][\w]*){0,2}(?=[,.;:)]| [^\W\d_A-ZĐ]|\n|$)")
"""A district's name after its party committee (`Quận ủy Hoàng Mai,`): one to three capitalised words and no more,
so a district is not read as a person and a name after it is not read into the district's."""
_FOREIGN_CHAMBERS = frozenset({"Hạ viện", "Thượng viện"})
"""A parliament's chamber, which Vietnam's National Assembly has none of: named bare (`Chủ tịch Hạ viện X`), a
foreign country's, the one the paragraph named last before it."""
_STATE_FORMS = r"(?:CHXHCN|CHDCND|CHND|CHLB|CHDC|CH|LB)"
_STATE_FORM = re.compile(_STATE_FORMS + r" (?=[A-ZĐ])")
"""A state's form abbreviated before its country's name (`CH` Cộng hòa, `LB` Liên bang, `CHDCND` …)."""
_STATE_FORM_TAIL = re.compile(r"\s+" + _STATE_FORMS + "$")
_WHOSE_TAIL = re.compile(r"\s+(?:của|nước)(?:\s+(?:Cộng hòa|Cộng hoà|Liên bang|Vương quốc|Nhà nước)\b.*)?$")
_MEDIA = re.compile(r"(?<![\w-])(Báo|Tạp chí|Thông tấn xã|Đài Truyền hình|Đài Tiếng nói|Đài Phát thanh)(?= [A-ZĐ])")
"""A news outlet's name: a kind of medium, then its capitalised name (`Báo Nhân Dân`, `Tạp chí Cộng sản`)."""
_CHAPTER_CUE = re.compile(r" (?:tỉnh|thành phố|TP\.?|bang|tiểu bang) ?")
_SENTENCE_CASE_HEADS = (
    frozenset({"Liên đoàn", "Liên minh", "Phòng thương mại", "chính phủ", "Hội", "Hiệp hội"})
    | _CHAMBER_HEADS
    | _MP_GROUP_HEADS
)
_ASSOCIATION = re.compile(
    r"(?<!\w)Hội (?=(?:hữu nghị|doanh nhân|doanh nghiệp|người Việt|Việt kiều|kiều bào|Người Việt|Doanh nhân"
    r"|Doanh nghiệp|Hữu nghị|[Nn]ghị s[ĩỹ])\b)"
)
"""`Hội` opens an association's name when a kind of association follows (`Hội doanh nhân kiều bào …`); alone it is
the first syllable of many words (`Hội nghị`, `Hội chợ`, `Hội thảo`)."""
"""Heads the press also writes with the rest of the name in lowercase when a country ends it (`Liên đoàn kinh tế
Nhật Bản`, `Phòng thương mại và công nghiệp Nhật Bản`, `chính phủ Australia`, `Hiệp hội thúc đẩy công nghiệp Peru`)."""
_FOREIGN_GOVERNMENT_HEADS = frozenset({"Chính quyền", "chính quyền", "Chính quyền nhân dân", "chính quyền nhân dân"})
"""Heads of a government abroad (ours are UBND), before a province or city the press may spell out by its sounds."""
_TRANSLITERATED = re.compile(r"(?:[A-ZĐ][\w]* )?[A-ZĐ]\w*(?:-\w+)+(?![\w\-])")
"""A foreign place's name spelt out in Vietnamese syllables joined by hyphens (`U-li-a-nốp`, `Xanh Pê-téc-bua`)."""
_MEMBERS_HEADS = frozenset({"Hiệp hội", "Liên đoàn", "Liên minh", "Liên hiệp"})
_PARTY_SCHOOL = "Trường Đảng"
_UNION_OF_BODIES = re.compile(r"(?<!\w)Liên hiệp (?=[Cc]ác )")
"""A union named by the bodies it gathers (`Liên hiệp các tổ chức hữu nghị …`, `Liên hiệp các hội …`): `Liên hiệp`
opens a name only before `các`, never in `Liên Hiệp Quốc` (the United Nations, a known body)."""
_MEMBER_TITLES = ("Nghị sĩ", "Nghị sỹ", "nghị sĩ", "nghị sỹ")
"""Members a league gathers, written as their title (`Liên minh Nghị sĩ …`): a word of its name, nobody's title."""
"""Heads of a body of members, named by whom it gathers after `các` (`Hiệp hội các doanh nghiệp …`, `Hiệp hội các
quốc gia Đông Nam Á`): there `các` is a word of the name, not the sentence's."""
_MAX_LOWER_RUN = 5  # lowercase words in a row inside a name (`Ủy ban Phát triển cân bằng quốc gia`)
_NAMED_AFTER_PEOPLE = frozenset({"Học viện", "Trường Đại học", "Đại học", "Viện", "Quỹ", "Trung tâm"})
_BOTH_SIDES = re.compile(r"(?:hai|các|mỗi)\s+(?:nước|bên|quốc gia|tỉnh|địa phương)\b")
_MAX_TOKENS = 14
# Words of a name whose second syllable is a function word's elsewhere (`hợp` of `phối hợp`, `nhân` of `nhân dịp`).
_NAME_COMPOUNDS = frozenset(
    {"hỗn hợp", "liên hợp", "tổng hợp", "doanh nhân", "thương nhân", "công nhân", "sức mạnh", "hùng mạnh"}
    | {"nghị sĩ", "hữu nghị", "kiều bào"}
    | {"nghị sỹ", "nhân dân", "xã hội", "kết hợp"}  # `Hội nghị sỹ …`, `Đối ngoại nhân dân`, `Nông lâm kết hợp`
)


_VERBS_AFTER_A_NAME = ("hỗ trợ ", "giúp đỡ ", "tài trợ ")
"""Verbs that may be words of a name in sentence case (`Trung tâm hỗ trợ doanh nghiệp`) but end one right after its
capitalised words (`Công ty X Y hỗ trợ Chính quyền Z`)."""
_VERB_COMPOUNDS = frozenset({"kết hợp"})
"""Compounds that are words of a name only when a proper name follows them (`Tập đoàn Nông lâm kết hợp X`), the
sentence's verb otherwise (`Công ty X kết hợp với Y`)."""


def _verb_not_name(text: str, tok: str, end: int) -> bool:
    """Whether a word begins a compound of `_VERB_COMPOUNDS` whose next word is not capitalised."""
    after = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is None or f"{tok} {after.group(0)}".lower() not in _VERB_COMPOUNDS:
        return False
    following = _TOKEN.match(text, after.end() + 1) if text[after.end() : after.end() + 1] == " " else None
    return following is None or not following.group(0)[0].isupper()


def _starts_compound(text: str, tok: str, end: int) -> bool:
    """Whether a word that may end a name (`nghị`) begins a compound of a body's name here (`nghị sĩ`: `Liên minh
    nghị sĩ hữu nghị …`)."""
    after = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is not None and f"{tok} {after.group(0)}".lower() in _NAME_COMPOUNDS


_VI_LEGAL_FORM = re.compile(
    r" (?:[Cc]ổ phần|[Tt]rách nhiệm hữu hạn|liên doanh|CP|TNHH)(?: (?:một thành viên|MTV))?(?= [A-ZĐ])"
)
"""A Vietnamese company's legal form written in lowercase between its head and its name (`Công ty cổ phần X`,
`Công ty trách nhiệm hữu hạn X`, `Công ty liên doanh X`): words of the name, which the capitalised name follows."""
_VI_COMPANY_HEADS = frozenset({"Công ty", "Tổng công ty"})
_COMMITTEE_HEADS = frozenset({"Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND"})
_CITY_NAMED_HEADS = _COMMITTEE_HEADS | {"Thành ủy"}
"""Heads of a city's bodies named with the city as written after `thành phố`, though no gazetteer lists it (`UBND
thành phố X`, `Thành ủy thành phố X`: the city's party committee, whose secretary holds his post there)."""
_FOREIGN_GOVERNMENT_AT = re.compile(r"Chính quyền(?: nhân dân)?(?= )")
_FRONT_HEAD = "Mặt trận"
_FRONT_AT = re.compile(r"Mặt trận(?= [A-ZĐ])")
"""A front (`Mặt trận Tổ quốc Việt Nam`, `Mặt trận Lào xây dựng đất nước`): a body named in sentence case, whose
name may hold a country anywhere (`Lào` is the second word of the Lao front's), not only at its end."""
_MAX_FRONT_WORDS = 9
"""A government abroad named inside another body's name (`Văn phòng Chính quyền nhân dân thành phố X`): the body
is that government's, its name runs to the government's end."""
_LOCAL_KIND = re.compile(r"(?: nhân dân)? (?:thành phố|châu|huyện|thị xã|quận) ")
_LOCAL_NAME = re.compile(r"[A-ZĐ][\w'’\-]*(?: [A-ZĐ][\w'’\-]*){0,2}(?=[,.;:)]| \(| [^\W\d_A-ZĐ]|\n|$)")
"""A local government abroad after its head: its kind of place (`Chính quyền nhân dân châu X`, `chính quyền nhân dân
thành phố X`), then the place, read by a stage or else one to three capitalised words no capitalised word follows:
China's people's governments of prefectures and cities, many of which no gazetteer lists (its provinces it lists,
as every country's first-level subdivisions). Read even when the name looks like a person's, as Chinese places
read in Hán-Việt do (`châu Văn Sơn`): a kind of place, not a title, is right before it."""
_CITY_ABBREVIATIONS = frozenset({"TP", "Tp"})
_GOVERNMENT_HEADS = frozenset({"Chính phủ", "chính phủ"})
"""Heads the press writes with `nước` before the country's full name (`Chính phủ nước Cộng hòa …`)."""
_PARTY_COMMITTEE_HEADS = frozenset({"Tỉnh ủy", "Thành ủy"})
"""A province's or city's party committee, named bare before a lowercase word (not `Tỉnh ủy viên`, a member)."""
"""`TP.` before a city's name inside a body's name (`Hội đồng TP.Yongin`)."""
_LEGAL_FORM = re.compile(
    r",? (?:Co\., ?Ltd\.?|Co\. Ltd\.?|Pte\.? Ltd\.?|Inc\.?|Ltd\.?|Corp\.?|JSC|LLC|PLC|GmbH|AG|S\.A\.?|SA|Tbk)(?![\w.])"
)
_ABOUT_COOPERATION = re.compile(r" về (?:[Hh]ợp tác )?")
_ABOUT_COOPERATION_FIRST = re.compile(
    r"(?:về hợp tác|hợp tác(?: về)?) (?!(?:với|và|của|cho|để|trong|tại|giữa|là|giữa)\b)[^\W\d_A-ZĐ]"
)
"""What a joint committee of two countries is about, when its name goes on with fields (`… về hợp tác kinh tế, …`)."""
_ABOUT_FIELDS = re.compile(r"về [Hh]ợp tác (?=[^\W\d_])")
"""A committee named by the fields of cooperation it works on (`… về hợp tác kinh tế, thương mại và khoa học`)."""
_BETWEEN = re.compile(r" giữa ")
_PAIR_DASH = re.compile(r" ?[-–] ?(?:[A-ZĐ]{2,6} )?")
"""Between the two countries a joint body is named by (`Việt Nam - Ấn Độ`, `Việt Nam – LB Nga`)."""
_COOPERATION_GOES_ON = re.compile(r"hợp tác (?!(?:với|và|của|cho|để|trong|tại|về|giữa|là)\b)[^\W\d_]")
_FIELD_NAMED_HEADS = frozenset({"Bộ", "Tổng cục", "Cục", "Vụ", "Sở"})
"""Heads named by Vietnamese field words (`Bộ Năng lượng`, `Cục Xúc tiến thương mại`): a foreign person's name
after the fields is who holds the post, not more of the name."""
# One Vietnamese syllable, diacritics removed (`nguyen`, `luong`, `nghieng`): onset, one to three vowels, coda.
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_CAP_TOKEN = re.compile(r"[A-ZĐÀ-Ỹ][\w'’\-]*(?= |$|[,.;:!?()])")

_KIND_BY_HEAD: dict[str, str] = {
    "Bộ": OrganizationKind.MINISTRY,
    "Vụ": OrganizationKind.DEPARTMENT,
    "Cục": OrganizationKind.DEPARTMENT,
    "Tổng cục": OrganizationKind.DEPARTMENT,
    "Chi cục": OrganizationKind.DEPARTMENT,
    "Văn phòng": OrganizationKind.DEPARTMENT,
    "Sở": OrganizationKind.DEPARTMENT,
    "Ủy ban nhân dân": OrganizationKind.PROVINCIAL_GOVERNMENT,
    "UBND": OrganizationKind.PROVINCIAL_GOVERNMENT,
    "Hội đồng nhân dân": OrganizationKind.PEOPLE_COUNCIL,
    "HĐND": OrganizationKind.PEOPLE_COUNCIL,
    "Chính quyền nhân dân": OrganizationKind.PROVINCIAL_GOVERNMENT,
    "Chính quyền": OrganizationKind.PROVINCIAL_GOVERNMENT,
    "chính quyền nhân dân": OrganizationKind.PROVINCIAL_GOVERNMENT,
    "chính quyền": OrganizationKind.PROVINCIAL_GOVERNMENT,
    "Khu ủy": OrganizationKind.PARTY_COMMITTEE,
    "Tỉnh ủy": OrganizationKind.PARTY_COMMITTEE,
    "Thành ủy": OrganizationKind.PARTY_COMMITTEE,
    "Đảng ủy": OrganizationKind.PARTY_COMMITTEE,
    "Quận ủy": OrganizationKind.PARTY_COMMITTEE,
    "Huyện ủy": OrganizationKind.PARTY_COMMITTEE,
    "Thị ủy": OrganizationKind.PARTY_COMMITTEE,
    "Đảng": OrganizationKind.PARTY,
    "Công ty": OrganizationKind.COMPANY,
    "Tổng công ty": OrganizationKind.COMPANY,
    "Tập đoàn": OrganizationKind.COMPANY,
    "Ngân hàng": OrganizationKind.COMPANY,
    "Hải quan": OrganizationKind.GOVERNMENT_BODY,
    "Đại sứ quán": OrganizationKind.EMBASSY,
    "Chính phủ": OrganizationKind.GOVERNMENT,
    "chính phủ": OrganizationKind.GOVERNMENT,
    "Tổng Lãnh sự quán": OrganizationKind.EMBASSY,
    "Tổng lãnh sự quán": OrganizationKind.EMBASSY,
    "Lãnh sự quán": OrganizationKind.EMBASSY,
    "Quốc hội": OrganizationKind.GOVERNMENT_BODY,
    "Nghị viện": OrganizationKind.GOVERNMENT_BODY,
    "Thượng viện": OrganizationKind.GOVERNMENT_BODY,
    "Hạ viện": OrganizationKind.GOVERNMENT_BODY,
    "Liên hiệp": OrganizationKind.ASSOCIATION,
}
# Provincial bodies whose many spellings (`Chính quyền Quảng Tây`, `Chính quyền nhân dân tỉnh Hải Nam`) are one body.
_PROVINCIAL_KEY = {
    "Ủy ban nhân dân": "ubnd",
    "UBND": "ubnd",
    "Hội đồng nhân dân": "hdnd",
    "HĐND": "hdnd",
    "Chính quyền nhân dân": "chinh-quyen",
    "Chính quyền": "chinh-quyen",
    "chính quyền nhân dân": "chinh-quyen",
    "chính quyền": "chinh-quyen",
    "Khu ủy": "khu-uy",
    "Tỉnh ủy": "tinh-uy",
    "Thành ủy": "thanh-uy",
    "Chính phủ": "government",
    "chính phủ": "government",
}  # `Chính phủ Thái Lan` meets the English `Government of Thailand`


def find_organizations(doc: ArticleDoc, lex: Lexicon) -> None:
    text = doc.text
    found: list[Span] = []
    covered_until = -1
    for m in lex.org_head_re.finditer(text):
        if m.start() < covered_until or _QUANTIFIER.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        start, head, head_end = m.start(), m.group(0), m.end()
        if head == "Công ty" and text[max(0, start - 5) : start] == "Tổng " and start - 5 >= covered_until:
            start, head = start - 5, "Tổng công ty"  # `Tổng Công ty Becamex IDC`: the head written capitalised
        if head == "Đảng" and start >= 7 and text.startswith(_PARTY_SCHOOL, start - 7) and start - 7 >= covered_until:
            start, head = start - 7, _PARTY_SCHOOL  # `Trường Đảng Trung ương …`: the party's school, not the party
        if head in ("Ủy ban", "Hội đồng") and text.startswith(" Nhân dân", head_end):
            head, head_end = f"{head} nhân dân", head_end + 9  # `Ủy ban Nhân dân thành phố Hà Nội`: the same body
        span = _read_name(doc, lex, start, head_end, head)
        if span is not None:
            found.append(span)
            covered_until = span.end
    for m in _MEDIA.finditer(text):  # `Báo Nhân Dân`, `Thông tấn xã Việt Nam`, `Đài Truyền hình Việt Nam`
        if any(sp.start <= m.start() < sp.end for sp in found):
            continue
        span = _read_name(doc, lex, m.start(), m.end(1), m.group(1))
        if span is not None:
            found.append(span)
    for m in _ASSOCIATION.finditer(text):  # `Hội hữu nghị Việt Nam – Hàn Quốc tỉnh Đồng Nai`: an association's kind
        if any(sp.start <= m.start() < sp.end for sp in found):
            continue
        span = _read_name(doc, lex, m.start(), m.start() + 3, "Hội")
        if span is not None:
            found.append(span)
    for m in _UNION_OF_BODIES.finditer(text):  # `Liên hiệp các tổ chức hữu nghị tỉnh X`
        if any(sp.start <= m.start() < sp.end for sp in found):
            continue
        span = _read_name(doc, lex, m.start(), m.end() - 1, "Liên hiệp")
        if span is not None:
            found.append(span)
    for m in _FRONT_AT.finditer(text):  # `Mặt trận Tổ quốc Việt Nam tỉnh An Giang`, `Mặt trận Lào xây dựng đất nước`
        if any(sp.start <= m.start() < sp.end for sp in found):
            continue
        span = _read_name(doc, lex, m.start(), m.end(), _FRONT_HEAD)
        if span is not None:
            found.append(span)
    for m in _LOWER_COMMITTEE.finditer(text):  # `Phó Bí thư tỉnh ủy Sơn La`: the committee written in lowercase
        # (and with the province's cue: `Bí thư tỉnh ủy tỉnh X`, named `Tỉnh ủy X`)
        place = doc.span_at(doc.places, m.end())
        if (
            place is not None
            and place.label == Label.PROVINCE
            and not any(sp.start < place.end and m.start() < sp.end for sp in found)
        ):
            head = "Tỉnh ủy" if m.group(1) == "tỉnh" else "Thành ủy"
            name = f"{head} {text[m.end() : place.end]}"
            found.append(Span(m.start(), place.end, "", Label.ORGANIZATION, name, {"head": head, "place": place}))
    for known in doc.known_orgs:
        if not any(sp.start < known.end and known.start < sp.end for sp in found):
            found.append(
                Span(
                    known.start,
                    known.end,
                    known.id,
                    Label.ORGANIZATION,
                    known.text,
                    {"entry": known.data["entry"], "head": None},
                )
            )
    found.extend(_listed_companies(doc, lex, found))
    found.sort(key=lambda sp: sp.start)
    _mark_sides(doc, found)
    doc.orgs = found
    main_ministry = _main_ministry(found)
    doc.main_ministry = main_ministry.id if main_ministry else None
    for span in found:
        add_org_entity(doc, lex, span, main_ministry)
    for span in list(found):
        _inner_body(doc, lex, span, main_ministry)
    doc.orgs = sorted(doc.orgs + _second_country_ministries(doc, found), key=lambda sp: sp.start)
    doc.orgs = abbreviation_mentions(doc, doc.orgs)
    one_node_per_body(doc)


_SUCH_AS = re.compile(r"n(?<!\w.)hư ")
_COMPANIES_BEFORE = re.compile(
    r"(?<!\w)(?:tập đoàn|doanh nghiệp|công ty|hãng|ngân hàng|nhà đầu tư)(?: [^\W\d_A-ZĐ]\w*| của| [A-ZĐ]\w*){0,6},? $"
)
_LISTED = re.compile(r"[A-ZĐ][\w&\-]*(?: [A-ZĐ\d][\w&\-]*){0,3}")
_LISTED_JOIN = re.compile(r", | và ")


def _listed_companies(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies listed after `như` by a plural of companies (`các tổ chức, tập đoàn kinh tế của Nhật Bản, như
    Jetro, Erex`): each a company, of the country named before; not a place, a person, a known or read body."""
    text = doc.text
    out: list[Span] = []
    for m in _SUCH_AS.finditer(text):
        plural = _COMPANIES_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if plural is None:
            continue
        country = next((p for p in doc.within(doc.places, plural.start(), m.start()) if p.label == Label.COUNTRY), None)
        pos = m.end()
        while (item := _LISTED.match(text, pos)) is not None:
            start, end = item.start(), item.end()
            known = next((k for k in doc.known_orgs if k.start == start), None)
            taken = [*found, *out, *doc.known_orgs]
            if known is not None:
                end = known.end  # `như Jetro, Erex`: a known body is an item of the list, which goes on after it
            elif (
                any(sp.start < end and start < sp.end for sp in taken)
                or any(p.start <= start < p.end for p in doc.places)
                or doc.title_at(start)
                or _person_starts(lex, text, start)
                or lex.org_head_re.match(text, start)
            ):
                break
            else:
                out.append(
                    Span(start, end, "", Label.ORGANIZATION, item.group(0), {"head": "Công ty", "country_of": country})
                )
            join = _LISTED_JOIN.match(text, end)
            if join is None:
                break
            pos = join.end()
    return out


def _read_name(doc: ArticleDoc, lex: Lexicon, start: int, head_end: int, head: str) -> Span | None:
    text = doc.text
    written_head, head = head, _HEAD_ABBREVIATIONS.get(head, head)  # `ĐSQ Việt Nam tại …`: read as spelt out
    known_here = next((k for k in doc.known_orgs if k.start == start), None)
    pos = head_end
    end = head_end
    place: Span | None = None
    home: Span | None = None
    bilateral = False
    pair_of: tuple[Span, Span] | None = None
    city_name = ""  # a city no gazetteer lists, named after `TP.` (`Hội đồng TP. Ansan`) or a consulate's seat
    kind_end: int | None = None  # where a company's lowercase kind ends (`Công ty nông nghiệp`), when it has one
    short = ""  # the name without what follows it (`Hội đồng Bảo an`, `Ủy ban hỗn hợp Việt Nam - Ấn Độ`): an alias
    if known_here is not None:
        end = known_here.end
        nxt = (
            _place_right_after(doc, end)
            or _province_after_cue(doc, end)
            or (_ministry_fields(doc, end) or _ministry_and_more(doc, lex, end) if head == "Bộ" else None)
            or (
                _country_ending_run(doc, end + len(" nước "))
                if head in _GOVERNMENT_HEADS and text.startswith(" nước ", end)
                else None
            )  # `Chính phủ nước Cộng hòa Arập Ai Cập`: that country's, named in full
        )
        if nxt is not None:
            place, end = nxt, nxt.end
    elif head in _DISTRICT_COMMITTEE_HEADS:
        district = _DISTRICT_NAME.match(text, head_end)
        if district is None or (district.group(0).count(" ") > 2 and _person_starts(lex, text, head_end + 1)):
            return None  # `Bí thư Huyện ủy Lê Văn An`: a person (three words and a family name), the district unsaid
        end = district.end()
    elif head == "Đảng" and (whose := _party_of_country(doc, head_end)) is not None:
        place, end = whose, whose.end  # `Đảng Dân chủ tự do Nhật Bản`: sentence case, its country last
    elif head == "Bộ" and (by_fields := _ministry_by_fields(doc, head_end)) is not None:
        place, end = by_fields, by_fields.end  # `Bộ Lao động và Việc làm Hàn Quốc`: its fields, then its country
    elif (
        head == "Sở"
        and (by_fields := _ministry_by_fields(doc, head_end)) is not None
        and by_fields.label == Label.PROVINCE
    ):
        place, end = by_fields, by_fields.end  # `Sở Văn hóa, Thể thao và Du lịch X`: a ministry's fields, its province
    elif head == _FRONT_HEAD:
        front = _front_name(doc, lex, head_end)
        if front is None:
            return None
        end, place, short = front
    elif head in _FOREIGN_GOVERNMENT_HEADS and (local := _local_government_abroad(doc, head_end)) is not None:
        end, city_name, place = local  # `Chính quyền nhân dân châu X`: a prefecture's or city's abroad
    else:
        lower_run = 0
        tokens = 0
        previous = head.split(" ")[-1]
        fields_end = fields_end_at(doc, head_end + 1) if head in _FIELD_NAMED_HEADS else head_end
        legal_form = _VI_LEGAL_FORM.match(text, head_end) if head in _VI_COMPANY_HEADS else None
        if legal_form is not None:  # `Công ty cổ phần X`: the legal form, then the name in capitals
            pos = end = legal_form.end()
        kind_end = _company_kind_end(doc, head_end) if legal_form is None and head in _COMPANY_HEADS else None
        if kind_end is not None:  # `Công ty nông nghiệp X S.A`: what it does, in lowercase, then its name
            pos = end = kind_end
        while tokens < _MAX_TOKENS:
            m = _TOKEN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
            if m is None:
                enum = _ministry_fields(doc, pos) if head == "Bộ" and tokens else None
                if enum is not None:  # `Bộ Công nghiệp, Khoa học, Năng lượng và Tài nguyên Australia`
                    place, end = enum, enum.end
                break
            tok = m.group(0)
            here = m.start()
            if tokens == 0 and head in _NUMBERED_HEADS and tok.isdigit():
                end = m.end()  # `Quân khu 7`: a military region is named by its number
                break
            government = (
                _FOREIGN_GOVERNMENT_AT.match(text, here) if head not in PROVINCIAL_HEADS else None
            ) or _FRONT_AT.match(text, here)
            whose_body = _read_name(doc, lex, here, government.end(), government.group(0)) if government else None
            if whose_body is not None:  # `Ban Ngoại vụ Chính quyền nhân dân châu X`, `Ủy ban Mặt trận X`: its body
                place, city_name, end = whose_body.data.get("place"), whose_body.data.get("city", ""), whose_body.end
                break
            place_here = doc.span_at(doc.places, here) or (
                _country_before_seat(doc, lex, m) if head in _SEATED_HEADS else None
            )
            if place_here is not None:
                place, end = place_here, place_here.end
                pair = (
                    _PAIR_DASH.match(text, end)
                    if place_here.label == Label.COUNTRY and (tokens or head in _SEATED_HEADS)
                    else None
                )
                other = (
                    (doc.span_at(doc.places, pair.end()) or doc.span_at(doc.places, pair.start() + 3)) if pair else None
                )
                if other is not None and other.label == Label.COUNTRY and other.id != place_here.id:
                    pair_of = (place_here, other)  # `Ủy ban hỗn hợp Việt Nam - Ấn Độ`: of both, based in neither
                    place, end, bilateral = None, other.end, True
                    about = _ABOUT_COOPERATION.match(text, end)
                    fields = fields_end_at(doc, about.end()) if about else end
                    if about is not None and fields > about.end():  # `… Việt Nam - Ấn Độ về hợp tác kinh tế, …`
                        short, end = text[start:end], fields
                    cue = _CHAPTER_CUE.match(text, end)
                    chapter = (  # (`thành phố Đà Nẵng`: a city's place span may begin with its kind word)
                        doc.span_at(doc.places, cue.end()) or doc.span_at(doc.places, cue.start() + 1)
                        if cue is not None
                        else None
                    )
                    if chapter is not None and chapter.label == Label.PROVINCE:
                        end = chapter.end  # `Hội hữu nghị Việt Nam – Hàn Quốc tỉnh Đồng Nai`: that province's chapter
                break
            if tokens == 0 and tok == "nước" and head in _GOVERNMENT_HEADS:
                country = _country_ending_run(doc, m.end() + 1)
                if country is not None:  # `Chính phủ nước Cộng hòa Arập Ai Cập`: that country's, named in full
                    place, end = country, country.end
                break
            whose = _country_ending_run(doc, m.end() + 1) if tokens and tok == "nước" else None
            if whose is not None:  # `Học viện … Hồ Chí Minh nước Cộng hòa xã hội chủ nghĩa Việt Nam`: that country's
                place, end = whose, whose.end
                break
            if tok in _CITY_ABBREVIATIONS and text.startswith((".", " "), m.end()):
                # (`Ủy ban Phát triển du lịch TP X`: the abbreviation without its stop too)
                city_at = m.end() + (2 if text.startswith(". ", m.end()) else 1)
                in_city = doc.span_at(doc.places, city_at) or _glued_city(doc, lex, city_at)
                if in_city is not None:  # `Hội đồng TP.Yongin`, `Hội đồng TP. Ansan`: the council of that city
                    place, end = in_city, in_city.end
                    break
                unlisted = _CITY.match(text, city_at)
                if unlisted is not None and not _person_starts(lex, text, city_at):
                    end, city_name = unlisted.end(), unlisted.group(0)  # a city no gazetteer lists, by its name
                    break
            about = _ABOUT_FIELDS.match(text, here) if head in _DESCRIBED_HEADS and tokens else None
            worked_on = fields_end_at(doc, about.end()) if about is not None else here
            if about is not None and worked_on > about.end():
                # `Ủy ban liên Chính phủ về hợp tác kinh tế, thương mại … giữa Việt Nam và X`: what it works on, then
                end, bilateral = _between_countries(doc, worked_on) or worked_on, True  # whose (of both, in neither)
                break
            fields = fields_end_at(doc, m.end() + 1) if tok == "về" and previous == "tác" else here
            if head in _DESCRIBED_HEADS and fields > m.end() + 1:
                end = fields  # `Tiểu ban hợp tác về thương mại và công nghiệp`: what the cooperation is about
                break
            if tokens == 0 and head in _DESCRIBED_HEADS and _ABOUT_COOPERATION_FIRST.match(text, here):
                pos = end = m.end()  # `Cơ quan về hợp tác kỹ thuật quân sự`: a body named by what it works on
                tokens += 1
                previous = tok
                continue
            if tokens == 0 and tok.lower() == "các" and head in _MEMBERS_HEADS:
                pos = end = m.end()  # `Hiệp hội các doanh nghiệp Hàn Quốc`: whom it gathers
                if text.startswith(" tổ chức ", pos):
                    pos = end = pos + len(" tổ chức")  # `Liên hiệp các tổ chức hữu nghị …`: bodies, no verb here
                tokens += 1
                previous = tok
                continue
            if (
                tokens == 0
                and not tok[0].isupper()
                and tok not in _LOWER_FIRST_OK
                and head not in _DESCRIBED_HEADS
                and head not in _SENTENCE_CASE_HEADS
            ):
                if (head in _PARTY_COMMITTEE_HEADS and tok != "viên") or head in _FOREIGN_CHAMBERS:
                    break  # `… – Phó Bí thư Thường trực Tỉnh ủy đến dự`: the bare committee, then the sentence goes on
                return None
            if head in PROVINCIAL_HEADS and tokens and _PROVINCE_CUE_BEFORE.search(text, max(0, here - 11), here):
                spelt = (
                    _TRANSLITERATED.match(text, here)
                    if head in _FOREIGN_GOVERNMENT_HEADS
                    else _LOCAL_NAME.match(text, here)
                    if head in _CITY_NAMED_HEADS and text.startswith("thành phố ", here - 10)
                    else None
                )  # (`UBND thành phố X`: a city below a province, which no gazetteer lists, named as written)
                if spelt is not None and not _person_starts(lex, text, here):
                    end, city_name = spelt.end(), spelt.group(0)  # `Chính quyền tỉnh U-li-a-nốp`: a place abroad
                elif head in _CITY_NAMED_HEADS and text.startswith("thành phố ", here - 10):
                    before_holder = _city_before_person(lex, text, here)  # `Chủ tịch UBND thành phố X Y Z W`
                    if before_holder is not None:
                        end, city_name = before_holder, text[here:before_holder]
                break  # `Chủ tịch HĐND tỉnh Y Biêr Niê`: after `tỉnh` only the province's name (a place) goes on
            known_at = (
                next((k for k in doc.known_orgs if k.start == here), None)
                if tokens and not _intergovernmental(text, here, previous)
                else None
            )  # (`Ủy ban Liên Chính phủ`: an intergovernmental committee, not the Government)
            chamber = _LEGISLATURE.match(text, here) if head in _DESCRIBED_HEADS and tokens else None
            if chamber is not None:  # `Ủy ban Ngân sách Quốc hội CHLB Đức`: a committee of that parliament
                country = doc.span_at(doc.places, chamber.end() + 1)
                if country is not None and country.label == Label.COUNTRY:
                    place, end = country, country.end
                else:
                    end = chamber.end()
                short = text[start:here].rstrip()
                break
            if known_at is not None and head in _DESCRIBED_HEADS and _international(known_at):
                end = known_at.end  # `Hội đồng Bảo an Liên hợp quốc`: a body of the international organisation
                short = text[start:here].rstrip()
                break
            if tok[0].isdigit() or known_at is not None:
                break
            if head in _FOREIGN_CHAMBERS and len(tok) == 1 and tok.isupper() and text.startswith(".", m.end()):
                break  # `Chủ tịch Hạ viện V.Xa-vin`: the holder's initial, no word of the chamber's name
            if (
                previous == "Phủ"
                or (head == "Văn phòng" and not tokens)
                or (head in _MEMBERS_HEADS and not tokens and text.startswith(_MEMBER_TITLES, here))
            ) and (title := doc.title_at(here)) is not None:
                # (`Liên minh Nghị sĩ Hữu nghị …`: a league of members of parliament, whom it gathers)
                pos = end = title.end()  # `Văn phòng Phủ Thủ tướng`, `Văn phòng Chủ tịch nước`: the office of a head
                del doc.titles[here]  # (a word of the body's name, nobody's title)
                tokens += 1
                previous = text[here:end].split(" ")[-1]
                continue
            if (
                head in _DESCRIBED_HEADS
                and tokens
                and not _intergovernmental(text, here, previous)
                and lex.org_head_re.match(text, here)
            ):
                break  # `Hội đồng quản trị Tập đoàn …`: a body of another named body, not one name
            if (
                (head in _FIELD_NAMED_HEADS or (head in _DESCRIBED_HEADS and not previous[0].isupper()))
                and tokens
                and _foreign_person_at(text, here)
            ):
                break  # `Bộ trưởng Bộ Năng lượng Ivan Petrov`: the minister's name ends the ministry's (so after a
                # described body's lowercase words: `Giám đốc Cơ quan về hợp tác kỹ thuật quân sự Dmitri Shugaev`)
            if (doc.title_at(here) and previous != _DELEGATION) or (
                _person_starts(lex, text, here)
                and head not in _NAMED_AFTER_PEOPLE
                and not (head == "Bộ" and tokens == 0)  # `Bộ Nông Lâm nghiệp Lào`: a ministry's field, no person
                and not ((legal_form or kind_end) and tokens == 0)  # `Công ty cổ phần X Y`: its name, no person
                and not (legal_form and _company_name_ends(doc, lex, start, here))
                and here >= fields_end  # (`Bộ Nông Lâm Ngư nghiệp`: `Lâm Ngư` is fields, not a person)
            ):
                break  # (`Học viện Chính trị Quốc gia Hồ Chí Minh`: a school may bear a person's name)
            if _BOTH_SIDES.match(text, here):
                break  # `Học viện Ngoại giao hai nước`: the two countries' academies, not a name
            if (
                tok == "về"
                and head in _DESCRIBED_HEADS
                and tokens
                and lower_run <= 1
                and _subject_named(doc, lex, m.end())
            ):
                pos = m.end()  # `Ủy ban Quốc gia về Người cao tuổi`: a name in title case says what it is about
                continue
            if tok == "và" and text.endswith(_DELEGATIONS_OF_DEPUTIES, 0, here - 1):
                pos = m.end()  # `Văn phòng Đoàn ĐBQH và HĐND tỉnh`: the office of both, one body
                tokens += 1
                previous = tok
                continue
            if tok == "và":
                after = _TOKEN.match(text, m.end() + 1)
                lower_field = (  # `Phòng thương mại và công nghiệp Nhật Bản`: fields in lowercase, joined
                    head in _SENTENCE_CASE_HEADS
                    and after is not None
                    and after.group(0).islower()
                    and after.group(0) not in _STOP
                    and not previous[0].isupper()
                )
                if not lower_field and not (
                    after
                    and after.group(0)[0].isupper()
                    and not lex.org_head_re.match(text, after.start())
                    and not text.startswith(_PARTY_SCHOOL, after.start())  # (`… và Trường Đảng …`: two bodies)
                    and not _MEDIA.match(text, after.start())  # (`Tạp chí Cộng sản và Đài Tiếng nói …`: two bodies)
                ):
                    break
                pos = m.end()
                continue
            if tok in ("-", "–"):
                after = _TOKEN.match(text, m.end() + 1)
                if not (after and after.group(0).islower() and after.group(0) not in _STOP) and not (
                    after
                    and (
                        _joined_field(doc, lex, after.start())
                        or (head in _COMPANY_HEADS and _joined_word(doc, lex, after.start()))
                    )
                ):
                    break
                pos = m.end()
                continue
            if tok[0].isupper():
                lower_run = 0
            elif _verb_not_name(text, tok, m.end()) or (
                previous[0].isupper() and text.startswith(_VERBS_AFTER_A_NAME, here)
            ):
                break  # `Tập đoàn X kết hợp với …`: the sentence's verb, though `kết hợp` is a word of some names
            elif (
                f"{previous} {tok}".lower() in _NAME_COMPOUNDS
                or _starts_compound(text, tok, m.end())
                or (not previous[0].isupper() and _COOPERATION_GOES_ON.match(text, here))
            ):
                pass  # `Ủy ban hỗn hợp`, `Hiệp hội Doanh nhân`, `Ủy ban chỉ đạo hợp tác song phương`: words of the name
            elif tok.lower() in _STOP or lower_run >= _MAX_LOWER_RUN or _two_word_stop(text, here):
                several = _SEVERAL_THEN_PROVINCE.match(text, here) if tok == "các" and head in _BOARD_HEADS else None
                province = doc.span_at(doc.places, several.end()) if several else None
                if province is not None and province.label == Label.PROVINCE:
                    place, end = province, province.end  # `Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh`
                break
            else:
                lower_run += 1
            pos = end = m.end()
            tokens += 1
            previous = tok
        if legal_form is not None and end == legal_form.end():
            return None  # `Công ty cổ phần`: a legal form alone names no company
        whose = doc.span_at(doc.places, end + 5) if text.startswith(" của ", end) and place is None else None
        if whose is not None and whose.label == Label.COUNTRY and head in _FIELD_NAMED_HEADS and end > head_end:
            place, end = whose, whose.end  # `Bộ Chuyển đổi số và Cải cách hành chính của Ma-rốc`: that country's
        if (
            (head in _DESCRIBED_HEADS or head in _SENTENCE_CASE_HEADS)
            and place is None
            and not bilateral
            and not text[start + len(head) + 1 : start + len(head) + 2].isupper()
            and _first_word(text, start + len(head) + 1) not in _LOWER_FIRST_OK
            and not _ABOUT_COOPERATION_FIRST.match(text, start + len(head) + 1)
            and not (head in _SEATED_HEADS and _CONTINENT.fullmatch(text, start + len(head) + 1, end))
        ):
            return None  # `cơ quan chức năng`: a kind of body; `Cơ quan tín dụng xuất khẩu Phần Lan`: one body
            # (`Hội đồng thành phố Kazanlak`: a place's council, named with the place's kind)
        if head in PROVINCIAL_HEADS and place is None and not city_name:
            after_comma = _skip_words(text, end)
            province_after = doc.span_at(doc.places, after_comma) if after_comma > end else None
            again = _province_named_again(doc, start + len(head) + 1, end)
            later = _province_later_in_chain(doc, end) if _BARE_PROVINCIAL.fullmatch(text, start, end) else None
            if province_after is not None and province_after.label == Label.PROVINCE:
                place, end = province_after, province_after.end
            elif later is not None:
                home = later  # `Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng X`: the province the next title names
            elif again is not None:
                place, end = again, again.end  # `Chính quyền Tây Australia`: the state the article named before
            elif _BARE_PROVINCIAL.fullmatch(text, start, end) and (own := _home_of_kind(doc, text[start:end])):
                home = own  # `Chủ tịch UBND tỉnh`, `Phó Bí thư Tỉnh ủy` on a provincial page
            elif _BARE_GOVERNMENT_ABROAD.fullmatch(text, start, end) and (abroad := _province_abroad_near(doc, end)):
                home = abroad  # `Phó Tỉnh trưởng Chính quyền nhân dân tỉnh và đoàn … tỉnh X`: that province abroad
            else:
                return None
    legal = _legal_form(text, start, end) if _KIND_BY_HEAD.get(head) == OrganizationKind.COMPANY else None
    if legal is not None:  # `Tập đoàn ISE Foods, Inc`, `Công ty Samil Pharm Co., Ltd.`: its legal form ends its name
        short, end = short or text[start : legal.start()], legal.end()  # (and it is written without it too)
    seat = None
    country_short = _ABBR.match(text, end) if head in _EMBASSY_HEADS and place is not None else None
    seat_cue = _SEAT_CUE.match(text, country_short.end()) if country_short else None
    country_bracket = (
        (end, seat_cue.start()) if country_short and seat_cue and doc.span_at(doc.places, seat_cue.end()) else None
    )
    if (
        country_bracket is not None
    ):  # `Đại sứ quán Các Tiểu vương quốc Ả Rập Thống nhất (UAE) tại Việt Nam`: the country's
        end = country_bracket[1]  # short form, then the embassy's seat
    if head in _EMBASSY_HEADS and place is not None and (cue := _SEAT_CUE.match(text, end)) is not None:
        # `Đại sứ quán Việt Nam tại Liên bang Nga`: one embassy of many (`tại thành phố Hồ Chí Minh`: the city's name)
        seat = doc.span_at(doc.places, cue.end()) or doc.span_at(
            doc.places, cue.start() + len(cue.group(0).split()[0]) + 2
        )
        if seat is not None:
            end = seat.end
        city = _CITY.match(text, cue.end()) if seat is None and head != "Đại sứ quán" else None
        if city is not None:  # `Tổng lãnh sự quán Việt Nam tại Perth`: a consulate in a city no gazetteer lists
            end = city.end()
            city_name = city.group(0)
    elif head in _SEATED_HEADS and place is not None and place.label == Label.COUNTRY:
        cue = _SEAT_CUE.match(text, end)  # `Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam`: a country's businesses abroad
        seat = (
            doc.span_at(doc.places, cue.end())
            or doc.span_at(doc.places, cue.start() + len(cue.group(0).split()[0]) + 2)
            if cue is not None
            else None
        )  # (`tại Thành phố Hồ Chí Minh`: a city's place span may begin with its kind word)
        if seat is not None and (seat.label == Label.COUNTRY or _province_abroad(seat, place)):
            end = seat.end  # (`Hiệp hội các doanh nghiệp Hàn Quốc tại Thành phố Hồ Chí Minh`: its chapter in a city)
        else:
            seat = None
    elif head in _SEATED_HEADS and place is None and _CONTINENT.fullmatch(text, start + len(head) + 1, end):
        cue = _SEAT_CUE.match(
            text, end
        )  # `Phòng Thương mại châu Âu tại Việt Nam`: a continent's businesses in a country
        where = doc.span_at(doc.places, cue.end()) if cue is not None else None
        if where is not None and where.label == Label.COUNTRY:
            end = where.end
    name = text[start:end].strip()
    if country_bracket is not None:
        name = (text[start : country_bracket[0]] + text[country_bracket[1] : end]).strip()
    written = ""
    if written_head != head:  # one id and name with the spelt-out form; the page's abbreviation an alias
        written, name = name, head + name[len(written_head) :]
    if head == "chính phủ":
        name = name[0].upper() + name[1:]  # (`chính phủ Australia`: the press's lowercase, the name's capital)
    chamber_of = _chamber_country(doc, start) if head in _FOREIGN_CHAMBERS and name == head else None
    if (
        len(name) <= len(head) + 1
        and known_here is None
        and not (home is not None and head != "Sở")
        and chamber_of is None
    ):
        return None
    data = {"head": head, "place": place, "entry": known_here.data["entry"] if known_here else None}
    if seat is not None:
        data["seat"] = seat
    if city_name:
        data["city"] = city_name
    if written:
        data["written"] = written
    if known_here is None and home is not None:
        data["home"] = home
    if pair_of is not None:
        data["pair"] = pair_of
    if kind_end is not None and end > kind_end + 1:
        data["own_name"] = text[kind_end + 1 : end]  # (`Tập đoàn xây dựng X Corporation` is also `X Corporation`)
    if chamber_of is not None:
        data["chamber_of"] = chamber_of
    if short:
        data["short"] = short
    abbr = _ABBR.match(text, end)
    if abbr and not doc.span_at(doc.places, abbr.start(1)):  # (`… bang Victoria (Australia)`: where, no abbreviation)
        data["abbr"] = abbr.group(1)
    bracket = _OPEN_BRACKET.match(text, end)
    country_of = doc.span_at(doc.places, bracket.end()) if bracket else None
    if abbr and abbr.group(0).endswith(", "):  # `Tổ chức Làng Hoa sen quốc tế (ILV, Hàn Quốc)`: its country after it
        country_of = doc.span_at(doc.places, abbr.end())
        if country_of is None or not text.startswith(")", country_of.end):
            data.pop("abbr", None)  # (`(ABC, a body …)`: no short form and its country)
    if country_of is not None and country_of.label == Label.COUNTRY and text.startswith(")", country_of.end):
        data["country_of"] = country_of  # `Tập đoàn Samsung (Hàn Quốc)`
    return Span(start, end, "", Label.ORGANIZATION, name, data)


def body_of_title(doc: ArticleDoc, lex: Lexicon, head_start: int, head: str) -> Span | None:
    """`Phó Trưởng ban Quản lý Khu kinh tế tỉnh Lào Cai`: the body a title's last word heads (`ban` …), read from that
    word as a name with that head, when it ends with a place or is a name the gazetteer knows (`Trưởng ban Đối ngoại
    Trung ương`); a new Organization (or the known one), added to `doc.orgs`."""
    span = _read_name(doc, lex, head_start, head_start + len(head), head)
    if span is None or span.data.get("entry") is not None:
        return None
    span.text = head + span.text[len(head) :]
    if span.data.get("place") is None:  # `Trưởng ban Đối ngoại Trung ương X`: a body the gazetteer knows
        known = lex.find(span.text, Label.ORGANIZATION)
        if not known:
            return None
        span.data["entry"] = known[0]
    add_org_entity(doc, lex, span)
    doc.orgs.append(span)
    doc.orgs.sort(key=lambda sp: sp.start)
    return span


_NAME_WORD = re.compile(r"[^\s,\-–]+")
_SKIPPED_IN_INITIALS = frozenset({"and", "&", "for", "the", "on", "in"})
_MIN_INITIALS = 3
_OWNER_MARKS = ("'s ", "’s ")


def initials(name: str) -> tuple[str, ...]:
    """The short forms an English name makes of its words' first letters, `of` counted or not (`U.S. Trade and
    Development Agency` -> `USTDA`; `Ministry of Land, Infrastructure and Transport` -> `MOLIT`, `MLIT`); none when
    a lowercase word no short form skips is in it (a name of another language or kind) or fewer than three letters
    come of it."""
    with_of, without_of = [], []
    for word in _NAME_WORD.findall(name):
        if word == "of":
            with_of.append("O")
        elif word[0].isupper():
            letters = word.replace(".", "") if word.endswith(".") else word[0]  # (`U.S.`: both its letters)
            with_of.append(letters.upper())
            without_of.append(letters.upper())
        elif word not in _SKIPPED_IN_INITIALS:
            return ()
    forms = dict.fromkeys(("".join(with_of), "".join(without_of)))
    words = name.split()  # (`CPC Provincial Committee`: not `CPC`, a word of it, the party's short form)
    return tuple(f for f in forms if len(f) >= _MIN_INITIALS and len(without_of) >= 2 and f not in words)


def _named_by_itself(doc: ArticleDoc, span: Span, short: str) -> bool:
    """A body the page named only by a short form (no gazetteer's, no longer name): one the short form may be of."""
    ent = doc.entities.get(span.id)
    return ent is not None and ent.name == short and span.id not in doc.lexicon.gaz.organizations


def _one_body(doc: ArticleDoc, spans: list[Span], drop: str, keep: str) -> None:
    """The node `drop` is the body `keep`: its mentions, names and relations move there."""
    doc.merge_entity(drop, keep)
    for sp in spans:
        if sp.id == drop:
            sp.id = keep


def abbreviation_mentions(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """`Lao News Agency (KPL)` … `KPL General Director …`: the short form a name was given in brackets names that
    body wherever it stands alone after it (found with `str.find`, no pattern compiled per article); so do the
    initials of a name the page spelt out with none in brackets, before a title or a possessive (`the U.S. Trade and
    Development Agency` … `USTDA Director …`, `MOEA’s Bureau of …`): whose post or body, the short form news writes
    without saying so."""
    forms = {sp.data["abbr"]: sp for sp in found if sp.id and sp.data.get("abbr") and sp.id in doc.entities}
    unsaid: set[str] = set()
    for sp in found:
        if sp.id and not sp.data.get("abbr") and sp.id in doc.entities:
            for short in initials(sp.text):
                if short not in forms and short.lower() not in doc.lexicon.automaton:  # (`EFTA`: the gazetteer's)
                    forms[short] = sp
                    unsaid.add(short)
    if not forms:
        return found
    text = doc.text
    out = list(found)
    for abbr, named in forms.items():
        ent = doc.entities[named.id]
        at = text.find(abbr, named.end)
        while at >= 0:
            end = at + len(abbr)
            whole = not (at and (text[at - 1].isalnum() or text[at - 1] in "(&-")) and not (
                end < len(text) and (text[end].isalnum() or text[end] in ")&-")
            )
            whose = abbr not in unsaid or text.startswith(_OWNER_MARKS, end) or doc.title_at(end + 1) is not None
            guessed = next((sp for sp in out if (sp.start, sp.end) == (at, end) and sp.id != named.id), None)
            if whole and whose and guessed is not None and _named_by_itself(doc, guessed, abbr):
                _one_body(doc, out, guessed.id, named.id)  # `CFIA President X`: read as a company by its title
            elif whole and whose and not any(sp.start < end and at < sp.end for sp in out):
                out.append(Span(at, end, named.id, Label.ORGANIZATION, abbr, {"head": None, "entry": None}))
                doc.entity(ent.id, ent.label, ent.name, aliases=(abbr,) if abbr in unsaid else (), at=at)
            at = text.find(abbr, end)
    return sorted(out, key=lambda sp: sp.start)


_PARTY_WORD = re.compile(r" ([^\W\d_][\w\-]*)")
_PARTY_NAME_BREAKS = frozenset({"của", "và", "với", "tại", "ở", "đã", "sẽ", "là", "được", "cho", "đến", "từ", "trong"})
_MAX_PARTY_WORDS = 6


def _party_of_country(doc: ArticleDoc, head_end: int) -> Span | None:
    """The country that ends a party's name written in sentence case (`Đảng Dân chủ tự do Nhật Bản`, `Đảng Nhân dân
    cách mạng Lào`): a capitalised word, then at most five more words of any case, no punctuation and no word that
    goes on with the sentence (`của`, `và`, `tại` …). Its lowercase words (`chủ`, `mạng`) would end the name
    elsewhere; a party is named by its country, which the press writes last."""
    pos, words = head_end, 0
    while words < _MAX_PARTY_WORDS:
        m = _PARTY_WORD.match(doc.text, pos)
        if m is None or (words == 0 and not m.group(1)[0].isupper()) or m.group(1) in _PARTY_NAME_BREAKS:
            return None
        place = doc.span_at(doc.places, m.start(1))
        if place is not None:
            return place if words and place.label == Label.COUNTRY else None
        words += 1
        pos = m.end()
    return None


def _ministry_by_fields(doc: ArticleDoc, head_end: int) -> Span | None:
    """The country or province a ministry named by its fields belongs to (`Bộ Lao động và Việc làm Hàn Quốc`), read
    with the portfolio vocabulary so that a field's word (`làm`, `Lâm`) does not end the name."""
    at = head_end + 1
    if doc.text[head_end:at] != " " or not doc.text[at : at + 1].isupper():
        return None
    place = fields_then_place(doc, at)
    return place if place is not None and place.label in (Label.COUNTRY, Label.PROVINCE) else None


def fields_then_place(doc: ArticleDoc, at: int) -> Span | None:
    """The place after fields of government read from `at` (`Lao động và Việc làm Hàn Quốc`: `lao động`, `việc làm`
    from `gazetteers/portfolio_words_vi.txt`, joined by `và` and commas), the country or province of a ministry
    named by its fields; None when anything else stands before a place."""
    pos, fields = at, 0
    lower = doc.lower
    while True:
        place = doc.span_at(doc.places, pos)
        if place is not None:
            return place if fields else None
        if fields and (m := _FIELD_JOIN.match(lower, pos)):
            pos = m.end()
            continue
        phrase = next(
            (p for p in _vi_portfolio_phrases() if lower.startswith(p, pos) and _word_ends(lower, pos + len(p))), None
        )
        if phrase is None:
            return None
        fields += 1
        pos += len(phrase)
        if lower[pos : pos + 1] == " ":
            pos += 1


_FIELD_JOIN = re.compile(r"(?:và|,|-|–)\s+")


def fields_end_at(doc: ArticleDoc, at: int) -> int:
    """Where a run of fields of government read from `at` ends (`kinh tế, thương mại, khoa học và công nghệ`,
    `Nông Lâm Ngư nghiệp`: from `gazetteers/portfolio_words_vi.txt`, joined by `và` and commas); `at` if none."""
    lower = doc.lower
    pos = end = at
    while True:
        phrase = next(
            (p for p in _vi_portfolio_phrases() if lower.startswith(p, pos) and _word_ends(lower, pos + len(p))), None
        )
        if phrase is None:
            return end
        end = pos + len(phrase)
        join = _FIELD_JOIN.match(lower, end + (lower[end : end + 1] == " "))
        if join is None:
            return end
        pos = join.end()


def _country_ending_run(doc: ArticleDoc, at: int) -> Span | None:
    """The country that ends a run of capitalised words from `at` (`Cộng hòa Arập Ai Cập`: a state's full name
    however spelt, the country's name last), or starts it."""
    pos = at
    for n in range(_MAX_STATE_WORDS):
        place = doc.span_at(doc.places, pos)
        if place is not None:
            return place if place.label == Label.COUNTRY else None
        if doc.text.startswith("xã hội chủ nghĩa ", pos):
            pos += len("xã hội chủ nghĩa ")  # (`Cộng hòa xã hội chủ nghĩa Việt Nam`: the state's kind, no clause)
            continue
        word = (_CAP_TOKEN if n == 0 else _TOKEN).match(doc.text, pos)
        if word is None or word.group(0) in _STOP or doc.text[word.end() : word.end() + 1] != " ":
            return None
        pos = word.end() + 1
    return None


_MAX_STATE_WORDS = 6


def _international(known: Span) -> bool:
    entry: GazetteerEntry | None = known.data.get("entry")
    return entry is not None and entry.properties.get(Prop.KIND) == OrganizationKind.INTERNATIONAL_ORG


def _word_ends(lower: str, pos: int) -> bool:
    return pos >= len(lower) or not lower[pos].isalnum()


@functools.cache
def _vi_portfolio_phrases() -> tuple[str, ...]:
    """The Vietnamese portfolio vocabulary, longest phrase first (so `công nghiệp và thương mại` wins)."""
    text = resources.files("loaders").joinpath("gazetteers", "portfolio_words_vi.txt").read_text(encoding="utf-8")
    phrases = {line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(phrases, key=len, reverse=True))


_FIELDS_ENUM = re.compile(
    r"(?:,\s+[^,.;:()\n]{2,40}?)*\s+và\s+[^,.;:()\n]{2,40}?\s+(?:(?:bang|tỉnh|vùng|liên bang)\s+)?", re.I
)


def _ministry_fields(doc: ArticleDoc, at: int) -> Span | None:
    """A foreign ministry named by its fields with commas (`Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc`):
    the enumeration counts as the name only when it ends with `và …` and then the country or province whose
    ministry it is, so `Bộ Công Thương, Bộ Ngoại giao và …` stays several bodies."""
    if not doc.text.startswith(",", at):
        return None
    for place in doc.within(doc.places, at, at + 160):
        segment = doc.text[at : place.start]
        if _FIELDS_ENUM.fullmatch(segment) and not lex_head_in(segment):
            return place
    return None


def lex_head_in(segment: str) -> bool:
    """Whether a stretch of a name holds another body's head word (`Bộ`, `Sở`, `Cục` …): then it is a list."""
    return bool(re.search(r"(?:^|[\s,])(?:Bộ|Sở|Cục|Vụ|Tổng cục|Ủy ban|UBND|Công ty|Tập đoàn)\s", segment))


_INNER_HEAD = re.compile(
    r"(?<=\s)(?:(?:Đảng|Bộ|Mặt trận)\s+(?=[A-ZĐÂĂÊÔƠƯ])|Chính quyền nhân dân\s|Chính quyền\s(?!nhân dân))"
)


def _inner_body(doc: ArticleDoc, lex: Lexicon, span: Span, main_ministry: GazetteerEntry | None) -> None:
    """`Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc`: the party (or ministry) a body's name ends with is a
    body of its own, which the first is part of; both are read."""
    head = span.data.get("head") or ""  # (`Trường Đảng Trung ương Đảng …`: the party after the school's head)
    m = _INNER_HEAD.search(doc.text, span.start + max(1, len(head)), span.end)
    if m is None or not span.id:
        return
    inner = _read_name(doc, lex, m.start(), m.end() - 1, doc.text[m.start() : m.end()].strip())
    if inner is None or inner.end != span.end or len(inner.text.split()) < 3:
        return
    add_org_entity(doc, lex, inner, main_ministry)
    if inner.id and inner.id != span.id:
        doc.relate(RelType.PART_OF, span.id, inner.id, at=span.start)


def _front_name(doc: ArticleDoc, lex: Lexicon, head_end: int) -> tuple[int, Span | None, str] | None:
    """The end, the place that ends the name (a country, or a province whose chapter it is) and the name without
    the chapter, of a front named after its head: words of any case, countries among them, up to punctuation, a
    word that goes on with the sentence, a title or a person's name (`Mặt trận Lào xây dựng đất nước Sinlavong X`);
    `tỉnh X` after the name is that province's chapter (`Mặt trận Tổ quốc Việt Nam tỉnh An Giang`)."""
    text = doc.text
    pos = end = head_end
    place: Span | None = None
    words = 0
    while words < _MAX_FRONT_WORDS:
        m = _TOKEN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if m is None:
            break
        here, tok = m.start(), m.group(0)
        at_place = doc.span_at(doc.places, here)
        cue = _CHAPTER_CUE.match(text, pos) if words else None
        chapter = (doc.span_at(doc.places, cue.end()) or doc.span_at(doc.places, here)) if cue else None
        if chapter is not None and chapter.label == Label.PROVINCE:
            return chapter.end, chapter, text[head_end - len(_FRONT_HEAD) : end]
        if at_place is not None:
            place, pos = at_place, at_place.end
            end, words = pos, words + 1
            continue
        if (
            tok in _STOP  # (capitalised, `Tổ` is a word of the name: `Mặt trận Tổ quốc`, not of `tổ chức`)
            or _two_word_stop(text, here)
            or doc.title_at(here)
            or (words and tok[0].isupper() and (_person_starts(lex, text, here) or _foreign_person_at(text, here)))
            or (not words and not tok[0].isupper())
        ):
            break
        place, pos = None, m.end()
        end, words = pos, words + 1
    return (end, place, "") if words else None


def _local_government_abroad(doc: ArticleDoc, head_end: int) -> tuple[int, str, Span | None] | None:
    """The end, the place's name when no stage read it, and the place when one did, of a local government abroad
    named by its kind of place and the place (`Chính quyền nhân dân châu X`, `… thành phố X`)."""
    kind = _LOCAL_KIND.match(doc.text, head_end)
    if kind is None:
        return None
    place = doc.span_at(doc.places, kind.end())
    if place is not None:
        return place.end, "", place
    name = _LOCAL_NAME.match(doc.text, kind.end())
    return (name.end(), name.group(0), None) if name is not None else None


def _two_word_stop(text: str, at: int) -> bool:
    return (
        text[at : at + 12]
        .lower()
        .startswith(
            (
                "cho biết",
                "nhấn mạnh",
                "đề nghị",
                "kiến nghị",
                "phối hợp",
                "tổ chức",
                "làm việc",
                "hội đàm",
                "chủ trì",
                "tham dự",
                "bày tỏ",
                "đánh giá",
                "tham gia",
                "thông tin về",
                "thực hiện",
                "cam kết",  # `Tập đoàn X cam kết …`, `… X dẫn đầu`: the sentence's verb after the name
                "dẫn đầu",
                "khẳng định",
                "nhất trí",
                "mong muốn",
                "chuyên về",
                "giai đoạn",  # `Tổ chức X giai đoạn 2017 – 2019`, `Hội đồng X ngày 21 …`: when, no word of the name
                "ngày ",
            )
        )
    )


def _first_word(text: str, at: int) -> str:
    m = _TOKEN.match(text, at)
    return m.group(0) if m else ""


def _skip_words(text: str, end: int) -> int:
    m = re.compile(r"\s*,\s*(?:tỉnh\s+|thành phố\s+|khu tự trị\s+)?").match(text, end)
    return m.end() if m else end


_SEVERAL_THEN_PROVINCE = re.compile(r"các(?: [^\W\d_A-ZĐ][\w]*){1,4} (?:tỉnh|thành phố) ")
_BOARD_HEADS = frozenset({"Ban", "Ủy ban", "Hội đồng", "Trung tâm", "Cục", "Chi cục", "Văn phòng"})
"""Heads of boards whose name may say what several things they manage (`Ban Quản lý các khu công nghiệp tỉnh X`)."""
_PROVINCE_CUE_AFTER = re.compile(r" (?:tỉnh|thành phố) ")
_AND_MORE = re.compile(r" và [A-ZĐ][^,.;:()\n]{1,40}? ")


_LATER_IN_CHAIN = re.compile(r"(?:,|\s[-–])\s*[A-ZĐ][^,;:.()\n]{0,40}?\s(?:tỉnh|thành phố)\s")


def _province_later_in_chain(doc: ArticleDoc, end: int) -> Span | None:
    """The province the next title of the same chain names (`Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng`, `Tỉnh ủy -
    Chủ tịch HĐND tỉnh X`): a bare provincial body listed with it is that province's, not the page's."""
    m = _LATER_IN_CHAIN.match(doc.text, end)
    place = doc.span_at(doc.places, m.end()) if m else None
    return place if place is not None and place.label == Label.PROVINCE else None


def _province_named_again(doc: ArticleDoc, at: int, end: int) -> Span | None:
    """The province whose name starts at `at` (and ends by `end`), when the article read it elsewhere under the same
    spelling (with its cue there: `bang Tây Australia`)."""
    text = doc.text
    for p in doc.places:
        stop = at + len(p.text)
        if (
            p.label == Label.PROVINCE
            and p.start != at
            and stop <= end
            and text.startswith(p.text, at)
            and not (stop < len(text) and text[stop].isalnum())
        ):
            return Span(at, stop, p.id, p.label, p.text, dict(p.data))
    return None


def _province_after_cue(doc: ArticleDoc, end: int) -> Span | None:
    """`Cục Hải quan tỉnh Lạng Sơn`: a known body's name with a province after it is that province's body."""
    cue = _PROVINCE_CUE_AFTER.match(doc.text, end)
    place = doc.span_at(doc.places, cue.end()) if cue else None
    return place if place is not None and place.label == Label.PROVINCE else None


def _ministry_and_more(doc: ArticleDoc, lex: Lexicon, end: int) -> Span | None:
    """`Bộ Ngoại giao và Hợp tác quốc tế Campuchia`: a known ministry's name that goes on with `và` and more fields
    up to a foreign country is that country's ministry, not ours cut short."""
    for place in doc.within(doc.places, end, end + 60):
        if place.label != Label.COUNTRY or place.id == doc.home_country:
            continue
        segment = doc.text[end : place.start]
        if _AND_MORE.fullmatch(segment) and not lex_head_in(segment) and not lex.org_head_re.search(segment, 4):
            return place
        break
    return None


def _place_right_after(doc: ArticleDoc, end: int) -> Span | None:
    """The place named right after a known body's name (`Chính phủ Lào`), also after the abbreviated form of its
    state (`Chính phủ CH X`, `… CHLB X`): that country's body, not the known one."""
    if doc.text[end : end + 1] != " ":
        return None
    form = _STATE_FORM.match(doc.text, end + 1)
    after = doc.span_at(doc.places, form.end()) if form is not None else None
    if after is not None and after.label == Label.COUNTRY:
        return after
    return doc.span_at(doc.places, end + 1)


def _country_before_seat(doc: ArticleDoc, lex: Lexicon, word: re.Match[str]) -> Span | None:
    """`Phòng công nghiệp và thương mại Đức tại Việt Nam`: a country's short name that is also a given name (`Đức`,
    `Pháp`), which the places stage leaves alone after other words, is the country when `tại` and a country follow:
    a body of one country seated in another."""
    cue = _SEAT_CUE.match(doc.text, word.end())
    seat = doc.span_at(doc.places, cue.end()) if cue is not None else None
    if seat is None or seat.label != Label.COUNTRY:
        return None
    country = next(iter(lex.find(word.group(0), Label.COUNTRY)), None)
    if country is None or country.id == seat.id:
        return None
    return Span(word.start(), word.end(), country.id, Label.COUNTRY, word.group(0), {"entry": country})


_SAYS_PROVINCE = re.compile(r"(?:[Tt]ỉnh$|Tỉnh ủy$)")


def _home_of_kind(doc: ArticleDoc, bare: str) -> Span | None:
    """The page's own province for a body named bare (`UBND tỉnh`, `Tỉnh ủy`): one that says `tỉnh` is a province's,
    never a city's, so on a page that names the city where a province's delegation went more often than the
    province (`Đoàn công tác của tỉnh X … tại Thành phố Hồ Chí Minh`) it is the province most named."""
    home = doc.home_province
    if home is None or not _SAYS_PROVINCE.search(bare) or _kind_of(home) != "city":
        return home
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for sp in doc.places:
        if sp.label == Label.PROVINCE and _kind_of(sp) == "province" and _country_code(sp) == "VN":
            counts[sp.id] += 1
            first.setdefault(sp.id, sp)
    return first[max(counts, key=lambda pid: (counts[pid], -first[pid].start))] if counts else home


def _kind_of(place: Span) -> str:
    entry = place.data.get("entry")
    return str(entry.properties.get(Prop.KIND) or "") if entry is not None else ""


def _country_code(place: Span) -> str:
    entry = place.data.get("entry")
    return str(entry.properties.get(Prop.COUNTRY) or "") if entry is not None else ""


def _subject_named(doc: ArticleDoc, lex: Lexicon, at: int) -> bool:
    """Whether a body's capitalised name goes on after `về` at `at` with a capitalised subject (`Ủy ban Quốc gia về
    Thanh niên`, `Hội đồng Hòa bình về Dải Gaza`), not with a place, a person, a title or another body (`Hội đồng
    Bảo an về Ukraine`, `… về Bộ trưởng X`), which the sentence goes on to."""
    text = doc.text
    word = _CAP_TOKEN.match(text, at + 1) if text.startswith(" ", at) else None
    return (
        word is not None
        and doc.span_at(doc.places, at + 1) is None
        and doc.title_at(at + 1) is None
        and not lex.org_head_re.match(text, at + 1)
        and not _person_starts(lex, text, at + 1)
    )


def _province_abroad(seat: Span, country: Span) -> bool:
    """Whether a province or city where a country's body sits lies in another country (`Hiệp hội các doanh nghiệp Hàn
    Quốc tại Thành phố Hồ Chí Minh`: the chapter of a country's businesses abroad, named with its city)."""
    if seat.label != Label.PROVINCE or "entry" not in seat.data or "entry" not in country.data:
        return False
    where = seat.data["entry"].properties.get(Prop.COUNTRY)
    whose = country.data["entry"].properties.get(Prop.ISO2)
    return bool(where and whose and where.lower() != whose.lower())


def _legal_form(text: str, start: int, end: int) -> re.Match[str] | None:
    """A company's legal form after its name (`, Inc`, ` JSC`), also when its first word was read as the name's last
    (`… Pharm Co`, then `., Ltd.`); None when none follows."""
    last = text.rfind(" ", start, end)
    for at in (end, last) if last > start else (end,):
        m = _LEGAL_FORM.match(text, at)
        if m is not None and m.end() > end:
            return m
    return None


def _glued_city(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`chính quyền TP.Dubai`: a city or province the gazetteer knows, written glued to `TP.` (the places stage
    reads whole words only); one entry only, no word that is also something else."""
    words = _CITY.match(doc.text, at)
    entries = lex.find(words.group(0), Label.PROVINCE) if words is not None else []
    if words is None or len(entries) != 1 or words.group(0) in entries[0].ambiguous_aliases:
        return None
    return Span(words.start(), words.end(), entries[0].id, Label.PROVINCE, words.group(0), {"entry": entries[0]})


def _person_starts(lex: Lexicon, text: str, at: int) -> bool:
    """A family name followed by one to three capitalised words and then no more: a person, not the name."""
    tokens: list[str] = []
    for m in _TOKEN.finditer(text, at):
        if m.start() != at and text[at : m.start()].strip():
            break
        tok = m.group(0)
        if not tok[0].isupper():
            break
        if tokens and len(tok) >= _MIN_SHORT_FORM and tok.isupper():
            return False  # (`Văn phòng Đoàn ĐBQH tỉnh`: a body's short form, no word of a person's name after `Đoàn`)
        tokens.append(tok)
        at = m.end()
        if text[at : at + 1] != " ":
            break
        at += 1
        if len(tokens) > 4:
            return False
    return 2 <= len(tokens) <= 4 and tokens[0] in lex.surnames


_MIN_SHORT_FORM = 3
_DELEGATION = "Đoàn"
_DELEGATIONS_OF_DEPUTIES = ("Đoàn ĐBQH", "Đoàn đại biểu Quốc hội", "Đoàn Đại biểu Quốc hội")
"""A province's delegation of deputies to the National Assembly, whose office is also its council's."""
_MAX_CITY_WORDS = 3


def _city_before_person(lex: Lexicon, text: str, at: int) -> int | None:
    """Where a city's name from `at` ends when a person's name follows it with no break (`… thành phố Hòa Bình Lê
    Văn An`: the chair's name after his city's): one to three capitalised words, then a family name and one to three
    more words that end the run. A word may be a city's and a family name (`Long`, `Văn`): of several such splits,
    the one whose city the page names again on its own (`thành phố Hòa Bình và …`), else the one whose person has
    the three words most Vietnamese names have; None when no split is sure."""
    if _person_starts(lex, text, at):
        return None
    ends: list[int] = []
    pos = at
    for _ in range(_MAX_CITY_WORDS):
        word = _TOKEN.match(text, pos)
        if word is None or not word.group(0)[0].isupper() or text[word.end() : word.end() + 1] != " ":
            break
        if _person_starts(lex, text, word.end() + 1):
            ends.append(word.end())
        pos = word.end() + 1
    again = [e for e in ends if re.search(rf"(?<!\w){re.escape(text[at:e])}(?= [^\W\d_A-ZĐ]|[,.;:)]|$)", text)]
    three = [e for e in ends if _words_run(text, e + 1) == _USUAL_NAME_WORDS]
    return again[0] if len(again) == 1 else three[0] if len(three) == 1 else ends[0] if len(ends) == 1 else None


_USUAL_NAME_WORDS = 3
_HOLDER_REACH = 60
_HOLDER_SEPARATORS = (",", "-", "–")
_CLAUSE_ENDS = frozenset(",.;:)\n")


def _company_name_ends(doc: ArticleDoc, lex: Lexicon, start: int, at: int) -> bool:
    """Whether the words like a person's at `at`, after a company's legal form and first words, are the last of its
    name (`Công ty CP Thực phẩm Quốc tế Hoàng Gia.`, `Công ty TNHH Tập đoàn đầu tư Hoa Sen, …`): they end the clause,
    and no holder of a title can follow the company, none being right before it or the title's holder named before
    the title (`Ông Lê Văn A, Giám đốc Công ty CP X Hoàng Gia.`). Not `Giám đốc Công ty CP X Nguyễn Văn B cho biết`
    nor `…, Giám đốc Công ty CP X Nguyễn Văn B.`, a title's holder after the body."""
    text = doc.text
    stop = at
    while (word := _TOKEN.match(text, stop)) is not None and word.group(0)[0].isupper():
        stop = word.end()
        if text[stop : stop + 1] != " ":
            break
        stop += 1
    if not (stop >= len(text) or text[stop] in _CLAUSE_ENDS):
        return False
    title = next((t for t in doc.titles.values() if t.end() == start - 1), None)
    if title is None:
        return True
    before = text[max(0, title.start() - _HOLDER_REACH) : title.start()].rstrip()
    if not before.endswith(_HOLDER_SEPARATORS):
        return False
    words = list(itertools.takewhile(lambda w: w[0].isupper(), reversed(before[:-1].split())))[::-1]
    return len(words) >= 2 and any(w in lex.surnames for w in words[:2])  # (`Ông Lê Văn A`: after an honorific)


def _words_run(text: str, at: int) -> int:
    """How many capitalised words run from `at`, one space between each."""
    count, pos = 0, at
    while (word := _TOKEN.match(text, pos)) is not None and word.group(0)[0].isupper():
        count += 1
        if text[word.end() : word.end() + 1] != " ":
            break
        pos = word.end() + 1
    return count


def _chamber_country(doc: ArticleDoc, at: int) -> Span | None:
    """The foreign country named last before `at` in its paragraph (`Phó Thủ tướng X A; chào Chủ tịch Hạ viện …`):
    whose chamber a bare `Hạ viện` is; None when the paragraph names none before it."""
    paragraph = doc.text.rfind("\n", 0, at) + 1
    before = [p for p in doc.within(doc.places, paragraph, at) if p.label == Label.COUNTRY and p.id != doc.home_country]
    return before[-1] if before else None


_COMPANY_HEADS = frozenset({"Công ty", "Tổng công ty", "Tập đoàn"})
_CORPORATE_WORDS = frozenset({"Corporation", "Company", "Group", "Holdings", "Limited", "Enterprises"})
_MAX_KIND_NAME_WORDS = 4


def _company_kind_end(doc: ArticleDoc, head_end: int) -> int | None:
    """Where the lowercase words of what a company does end, when its capitalised name follows them and ends with
    a legal form or a corporate word (`Công ty nông nghiệp X Y S.A`, `Tập đoàn xây dựng X Corporation`): fields of
    the portfolio vocabulary, read as words of its name; None else (`Tập đoàn đầu tư X` may be a description)."""
    text = doc.text
    at = head_end + 1
    if text[head_end:at] != " " or not text[at : at + 1].islower():
        return None
    end = fields_end_at(doc, at)
    if end == at or text[end : end + 1] != " ":
        return None
    pos = end + 1
    for _ in range(_MAX_KIND_NAME_WORDS):
        word = _CAP_TOKEN.match(text, pos)
        if word is None:
            return None
        if word.group(0) in _CORPORATE_WORDS or _LEGAL_FORM.match(text, word.end()):
            return end
        pos = word.end() + 1
    return None


def _joined_word(doc: ArticleDoc, lex: Lexicon, at: int) -> bool:
    """Whether a capitalised word at `at`, after a dash inside a company's name, goes on with the name (`Công ty X -
    Generation`): not another body's head, a place, a title or a person's name."""
    return (
        doc.text[at : at + 1].isupper()
        and not lex.org_head_re.match(doc.text, at)
        and doc.span_at(doc.places, at) is None
        and doc.title_at(at) is None
        and not _person_starts(lex, doc.text, at)
    )


def _joined_field(doc: ArticleDoc, lex: Lexicon, at: int) -> bool:
    """Whether a capitalised field of government begins at `at`, after a dash that joins it to the field before
    (`Hội đồng Kinh tế - Xã hội …`, `Viện Văn hóa - Nghệ thuật …`): one name of two fields, not a second body, a
    place or a person."""
    field = fields_end_at(doc, at)
    return (
        field > at
        and doc.text[at : at + 1].isupper()
        and not lex.org_head_re.match(doc.text, at)
        and doc.span_at(doc.places, at) is None
        and not _person_starts(lex, doc.text, at)
    )


def _province_abroad_near(doc: ArticleDoc, at: int) -> Span | None:
    """The province of another country the sentence names first after `at`, else last before it: whose government
    a bare `Chính quyền nhân dân tỉnh` is (our provinces have none by that name)."""
    sentence = doc.sentence_of(at)
    home = (doc.home_country or "").removeprefix("country:").upper()
    abroad = [
        p
        for p in doc.within(doc.places, sentence.start, sentence.end)
        if p.label == Label.PROVINCE and p.data["entry"].properties.get(Prop.COUNTRY) not in (home, None, "")
    ]
    after = [p for p in abroad if p.start >= at]
    before = [p for p in abroad if p.end <= at]
    return after[0] if after else before[-1] if before else None


def _between_countries(doc: ArticleDoc, at: int) -> int | None:
    """Where the two countries a joint body is of, named right at `at`, end: `giữa A và B` (`… giữa Việt Nam và
    Hungary`) or `A – B` (`… kỹ thuật Việt Nam – Cuba`); None when no such pair is there."""
    text = doc.text
    between = _BETWEEN.match(text, at)
    first = doc.span_at(doc.places, between.end() if between is not None else at + 1)
    if first is None or first.label != Label.COUNTRY:
        return None
    join = _AND_COUNTRY.match(text, first.end) if between is not None else _PAIR_DASH.match(text, first.end)
    second = (doc.span_at(doc.places, join.end()) or doc.span_at(doc.places, join.start() + 3)) if join else None
    if second is None or second.label != Label.COUNTRY or second.id == first.id:
        return None
    return second.end


def _intergovernmental(text: str, at: int, previous: str) -> bool:
    """`Liên Chính phủ` (intergovernmental): a word of a committee's name, not the Government named inside it."""
    return previous.lower() == "liên" and text.startswith(("Chính phủ", "chính phủ"), at)


def _foreign_person_at(text: str, at: int) -> bool:
    """Two to four capitalised words and then no more, the first of which is no Vietnamese syllable (`Ivan Petrov`,
    `Oleg Smirnov`): a foreign person's name (a country's, read as a place, is never asked about)."""
    words: list[str] = []
    pos = at
    while len(words) <= 4:
        m = _CAP_TOKEN.match(text, pos)
        if m is None:
            break
        words.append(m.group(0))
        pos = m.end()
        if text[pos : pos + 1] != " ":
            break
        pos += 1
    return 2 <= len(words) <= 4 and not vietnamese_syllable(words[0])


def vietnamese_syllable(word: str) -> bool:
    plain = "".join(c for c in unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d")) if c.isascii())
    return _VI_SYLLABLE.fullmatch(plain.lower()) is not None


def _main_ministry(spans: list[Span]) -> GazetteerEntry | None:
    counts: Counter[str] = Counter()
    entries = {}
    for sp in spans:
        entry = sp.data.get("entry")
        if (
            entry is not None
            and Label.MINISTRY in entry.extra_labels
            and sp.data.get("place") is None
            and entry.properties.get(Prop.COUNTRY) == "VN"
        ):
            counts[entry.id] += 1
            entries[entry.id] = entry
    return entries[counts.most_common(1)[0][0]] if counts else None


_SIDE = re.compile(r"(?<!\w)[Vv]ề phía |(?<![\w ])[Pp]hía ")
_SIDE_END = re.compile(r"\.\s|\n|[Vv]ề phía ")


def _mark_sides(doc: ArticleDoc, found: list[Span]) -> None:
    """`Về phía Nga có …, Bộ trưởng Bộ Ngoại giao X, Bộ trưởng Bộ Năng lượng Y`: in one country's side of a
    meeting, a ministry named by its fields alone (a Vietnamese one's name, or one nobody listed) is that country's,
    not Việt Nam's."""
    text = doc.text
    for m in _SIDE.finditer(text):
        country = doc.span_at(doc.places, m.end())
        if country is None or country.label != Label.COUNTRY or country.id == "country:vn":
            continue
        stop = _SIDE_END.search(text, country.end)
        end = stop.start() if stop else len(text)
        for i, span in enumerate(found):
            entry: GazetteerEntry | None = span.data.get("entry")
            vietnamese = entry is not None and entry.properties.get(Prop.COUNTRY) == "VN"
            if (
                country.end < span.start < end
                and span.text.startswith("Bộ ")
                and span.data.get("place") is None
                and (vietnamese or (entry is None and span.data.get("head") == "Bộ"))
            ):
                found[i] = Span(
                    span.start, span.end, "", Label.ORGANIZATION, span.text, {"head": "Bộ", "side": country}
                )


def add_org_entity(doc: ArticleDoc, lex: Lexicon, span: Span, main_ministry: GazetteerEntry | None = None) -> None:
    """The Organization entity of a name span (id, kind, country), its BASED_IN and PART_OF."""
    if span.data.get("side") is not None:
        _add_side_ministry(doc, span, span.data["side"])
        return
    head = span.data.get("head")
    place: Span | None = span.data.get("place")
    entry: GazetteerEntry | None = span.data.get("entry")
    name = span.text
    aliases = [span.data["abbr"]] if span.data.get("abbr") else []
    if span.data.get("written"):
        aliases.append(span.data["written"])
    if span.data.get("short"):
        aliases.append(span.data["short"])
    if span.data.get("own_name"):
        aliases.append(span.data["own_name"])
    if place is not None:
        entry = None  # the place makes it another body than the one the head's known name is (`Bộ Ngoại giao Mỹ`)
    found = lex.find(name, Label.ORGANIZATION) if entry is None else []
    if not found and entry is None and span.data.get("abbr"):
        found = lex.find(span.data["abbr"], Label.ORGANIZATION)  # `Cục Quản lý … Mỹ (NOAA)`: the abbreviation is known
    if found:
        entry, place = found[0], None
    if name.endswith(" Bộ") and main_ministry is not None and entry is None:
        aliases.append(name)
        name = f"{name} {main_ministry.name.removeprefix('Bộ ')}"
        found = lex.find(name, Label.ORGANIZATION)
        entry = found[0] if found else None
    kind = _KIND_BY_HEAD.get(head or "", OrganizationKind.OTHER)
    country = None
    home: Span | None = span.data.get("home")
    seat: Span | None = span.data.get("seat")
    if home is not None:  # `UBND tỉnh` on a page about Phú Thọ: `UBND tỉnh Phú Thọ`, one id with its full spelling
        home_entry: GazetteerEntry = home.data["entry"]
        aliases.append(name)
        name = f"{name} {home_entry.name}"
        place = home
        org_id = f"org:{_PROVINCIAL_KEY.get(head or '', slug(name))}-{home_entry.properties.get('iso', '').lower()}"
        country = home_entry.properties.get(Prop.COUNTRY)
    elif place is not None:
        base = name[: len(name) - (span.end - place.start)].rstrip(" ,")
        base = _PROVINCE_WORDS.sub("", base).strip()
        base = _WHOSE_TAIL.sub(
            "", base
        )  # `Bộ … của Campuchia`, `… nước Cộng hòa xã hội chủ nghĩa`: whose, not the name
        base = _STATE_FORM_TAIL.sub("", base)  # `Chính phủ CH X`: the state's form, no word of the body's name
        place_entry: GazetteerEntry = place.data["entry"]
        code = _place_code(place)
        key = _PROVINCIAL_KEY.get(head or "") or slug(base)
        known_base = lex.find(base, Label.ORGANIZATION)
        if known_base and Label.MINISTRY in known_base[0].extra_labels:
            kind = OrganizationKind.MINISTRY
        if (
            known_base
            and place_entry.label == Label.COUNTRY
            and known_base[0].properties.get(Prop.COUNTRY) == place_entry.properties.get(Prop.ISO2)
        ):
            entry, place = known_base[0], None
        org_id = entry.id if entry else f"org:{key}-{code}"
        country = (
            place_entry.properties.get(Prop.ISO2)
            if place_entry.label == Label.COUNTRY
            else place_entry.properties.get(Prop.COUNTRY)
        )
        home_iso = (doc.home_country or "").removeprefix("country:").upper()
        if seat is not None and (
            seat.id == doc.home_country
            or (head == "Đại sứ quán" and seat.data["entry"].properties.get(Prop.COUNTRY) == home_iso)
        ):  # (`Đại sứ quán Nhật Bản tại Hà Nội` too; a consulate is one of several, its city says which)
            # `Đại sứ quán Úc tại Việt Nam`: the embassy here is the country's embassy the ambassador heads
            aliases.append(name)
            name = name[: len(name) - (span.end - seat.start)].rstrip()  # (from its end: `ĐSQ` was spelt out)
            name = re.sub(r"\s+(?:tại|ở)$", "", name)
            org_id = f"org:{key}-{code}"
        elif seat is not None:  # the embassy of one country in another: its own id, based where it sits
            org_id += "-in-" + _place_code(seat)
            place = seat
        elif span.data.get("city"):  # a consulate in a city no gazetteer lists: keyed by the city's name
            org_id += "-in-" + slug(span.data["city"])
        else:
            aliases.extend(a for a in _place_variants(base, place_entry) if a != name)
            if not known_base and place_entry.label == Label.COUNTRY and " " in base:
                aliases.append(base)  # `Bộ Năng lượng, Mỏ và Phát triển bền vững` (Morocco's): no body of ours
    elif entry is not None:
        org_id = entry.id
    elif (pair := span.data.get("pair")) is not None:  # one id however the two countries are spelt
        first, second = (p.data["entry"].properties.get(Prop.ISO2, "").lower() for p in pair)
        base = name[: pair[0].start - span.start]
        if head in _MP_GROUP_HEADS:  # (`Nghị sỹ`, `Nghị sĩ`: one group however the page spells it)
            base = "Nhóm nghị sĩ" + base[len(head) :]
        org_id = f"org:{slug(base)}-{first}-{second}"
        chapter = next((p for p in doc.places if p.end == span.end and p.start > pair[1].end), None)
        if chapter is not None and chapter.label == Label.PROVINCE:
            org_id += f"-{_place_code(chapter)}"  # a province's chapter of a bilateral association: a body of its own
    elif (chamber_of := span.data.get("chamber_of")) is not None:  # `Hạ viện` as written, keyed by its country
        country = chamber_of.data["entry"].properties.get(Prop.ISO2)
        org_id = f"org:{slug(name)}-{_place_code(chamber_of)}"
        aliases.extend(f"{name} {n}" for n in (chamber_of.text, chamber_of.data["entry"].name))
    else:
        org_id = f"org:{slug(name)}"
    if entry is not None:
        kind = entry.properties.get(Prop.KIND) or kind
        country = country or entry.properties.get(Prop.COUNTRY) or None
        canonical = entry.name if place is None else name
        aliases.extend(entry.aliases)
        if name != canonical:
            aliases.append(name)
        name = canonical
    country_of = span.data.get("country_of")
    if country_of is not None and place is None and country is None:
        country = country_of.data["entry"].properties.get(Prop.ISO2)
    if kind == OrganizationKind.MINISTRY and country is None and head == "Bộ" and doc.home_country:
        country = doc.home_country.split(":")[1].upper()
    labels = [Label.MINISTRY] if kind == OrganizationKind.MINISTRY else []
    span.id = org_id
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        name,
        labels=labels,
        aliases=aliases,
        properties={
            Prop.KIND: kind,
            Prop.COUNTRY: country,
            Prop.ABBR: span.data.get("abbr") or (entry.properties.get(Prop.ABBR) if entry else None) or None,
        },
        at=span.start,
    )
    if place is not None:
        add_place_entity(doc, place.data["entry"], None)
        doc.relate(RelType.BASED_IN, org_id, place.id, at=span.start)
    elif country:
        country_entry = lex.gaz.country(country)
        if country_entry is not None and kind not in (OrganizationKind.DEPARTMENT,):
            add_place_entity(doc, country_entry, None)
            doc.relate(RelType.BASED_IN, org_id, country_entry.id, at=span.start)
    _add_parent(doc, lex, span, entry, kind, place, main_ministry)


def _place_code(place: Span) -> str:
    """The code a body's id takes from its place: the ISO code, or for a city read from the text (which has none)
    its name (`perth`, as a consulate in a city no gazetteer lists was keyed), never an empty code."""
    entry: GazetteerEntry = place.data["entry"]
    return (entry.properties.get(Prop.ISO2) or entry.properties.get("iso") or slug(entry.name)).lower()


_AND_COUNTRY = re.compile(r" và ")
_NAME_GOES_ON = re.compile(r" [A-ZĐ]")


def _second_country_ministries(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """`Bộ Kế hoạch và Đầu tư Việt Nam và Lào đã hội đàm`: a ministry named with its country, then `và` and another
    country alone, is that ministry of each: the second country's counterpart, keyed as `Bộ Kế hoạch và Đầu tư
    Lào` written out is, mentioned where its country is."""
    out: list[Span] = []
    for span in found:
        place: Span | None = span.data.get("place")
        entry: GazetteerEntry | None = span.data.get("entry")
        joined = _AND_COUNTRY.match(doc.text, span.end) if span.text.startswith("Bộ ") and span.id else None
        other = doc.span_at(doc.places, joined.end()) if joined is not None else None
        if joined is None or other is None or other.label != Label.COUNTRY or other.start != joined.end():
            continue
        if _NAME_GOES_ON.match(doc.text, other.end) or lex_head_in(doc.text[other.end : other.end + 6]):
            continue  # (`Bộ Ngoại giao Việt Nam và Lào Cai …`, `… và Campuchia Hun Sen`: a longer name, a person)
        base = span.text[: place.start - span.start].rstrip() if place is not None else (entry.name if entry else "")
        own = (
            place.id if place is not None else f"country:{entry.properties.get(Prop.COUNTRY)}".lower() if entry else ""
        )
        if not base.startswith("Bộ ") or own == other.id:
            continue
        second = Span(other.start, other.end, "", Label.ORGANIZATION, base, {"head": "Bộ", "side": other})
        _add_side_ministry(doc, second, other)
        out.append(second)
    return out


def _add_side_ministry(doc: ArticleDoc, span: Span, country: Span) -> None:
    """A ministry on a foreign country's side, keyed as `Bộ Ngoại giao Nga` written out is (`org:bo-ngoai-giao-ru`)."""
    entry: GazetteerEntry = country.data["entry"]
    iso = entry.properties[Prop.ISO2]
    org_id = f"org:{slug(span.text)}-{iso.lower()}"
    span.id = org_id
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        f"{span.text} {entry.name}",
        labels=[Label.MINISTRY],
        aliases=[span.text, *_place_variants(span.text, entry)],
        properties={Prop.KIND: OrganizationKind.MINISTRY, Prop.COUNTRY: iso},
        at=span.start,
    )
    add_place_entity(doc, entry, None)
    doc.relate(RelType.BASED_IN, org_id, country.id, at=span.start)


_KIND_WORD = {"province": "tỉnh", "municipality": "thành phố", "city": "thành phố", "state": "bang"}
_SPELLED_OUT = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}


def _place_variants(base: str, place: GazetteerEntry) -> list[str]:
    """Other spellings of a body named after a place: with the place's other names, and, for a province's body
    (not its party committee), with the place's kind word and the head spelt out or abbreviated as the press writes
    it (`UBND Lào Cai` is also `Ủy ban nhân dân tỉnh Lào Cai`, `UBND tỉnh Lào Cai`)."""
    out = [f"{base} {alias}" for alias in (place.name, *place.aliases[:3]) if alias]
    word = _KIND_WORD.get(str(place.properties.get("kind") or ""))
    if place.label == Label.PROVINCE and word and not base.lower().endswith("ủy"):
        head = base.split(" ")[0]
        bases = [base]
        if head in _SPELLED_OUT:
            bases.append(_SPELLED_OUT[head] + base[len(head) :])
        for short, full in _SPELLED_OUT.items():
            if base.startswith(full):
                bases.append(short + base[len(full) :])
        out.extend(f"{b} {word} {place.name}" for b in bases)
    return out


def _add_parent(
    doc: ArticleDoc,
    lex: Lexicon,
    span: Span,
    entry: GazetteerEntry | None,
    kind: str,
    place: Span | None,
    main_ministry: GazetteerEntry | None,
) -> None:
    """PART_OF: the ministry named right after (`Vụ …, Bộ Công Thương`), the gazetteer's parent, or the
    ministry the article is about, for a department that names no other country or province."""
    if kind != OrganizationKind.DEPARTMENT or place is not None:
        return
    after = next(
        (o for o in doc.known_orgs if o.start > span.end and _EXPLICIT_PARENT.match(doc.text[span.end : o.start])), None
    )
    parent_entry = None
    if after is not None and Label.MINISTRY in after.data["entry"].extra_labels:
        parent_entry = after.data["entry"]
    elif entry is not None and entry.properties.get("parent") in lex.gaz.organizations:
        parent_entry = lex.gaz.organizations[entry.properties["parent"]]
    elif main_ministry is not None and (entry is None or not entry.properties.get("parent")):
        parent_entry = main_ministry
    if parent_entry is None or parent_entry.id == span.id:
        return
    if parent_entry.id not in doc.entities:
        doc.entity(
            parent_entry.id,
            Label.ORGANIZATION,
            parent_entry.name,
            labels=list(parent_entry.extra_labels),
            aliases=parent_entry.aliases,
            properties={
                Prop.KIND: parent_entry.properties.get(Prop.KIND),
                Prop.COUNTRY: parent_entry.properties.get(Prop.COUNTRY),
            },
        )
    doc.relate(RelType.PART_OF, span.id, parent_entry.id, at=span.start)


# --- one body, one node ------------------------------------------------------
_LEGAL_FORM_LAST = re.compile(rf"(?:{_LEGAL_FORM.pattern}|,? (?:Plc|Berhad|Bhd)(?![\w.]))$")
_LEGAL_FORM_FIRST = re.compile(r"^Công ty (?:CP|cổ phần|Cổ phần|TNHH(?: MTV)?) (?=(?:Tập đoàn|Tổng công ty) )")
"""A company's legal form before the head of its name (`Công ty CP Tập đoàn X`: the group X is the company)."""


def _written_forms(name: str, aliases: list[str]) -> set[str]:
    """Every way the stage wrote a body (its name, its aliases: without its country, unaccented, its short form),
    each also without a legal form (`X Foods, Inc` is `X Foods`), folded."""
    out: set[str] = set()
    for form in (name, *aliases):
        out.update((fold(form), fold(_LEGAL_FORM_LAST.sub("", form)), fold(_LEGAL_FORM_FIRST.sub("", form))))
    out.discard("")
    return out


_PLACE_BEFORE = frozenset(
    {"of", "in", "the", "tai", "o", "cua", "tinh", "thanh", "pho", "tp", "bang", "province", "city"}
)
_PLACE_AFTER = frozenset({"province", "city", "prefecture", "state"})
_PLACE_CONNECTORS = frozenset({"of", "in", "tai", "o", "cua"})


def _page_places(doc: ArticleDoc) -> frozenset[str]:
    """The names of the countries and provinces the page named (with their aliases), folded."""
    return frozenset(
        fold(form)
        for ent in doc.entities.values()
        if ent.label in (Label.COUNTRY, Label.PROVINCE)
        for form in (ent.name, *ent.aliases)
    )


def _is_places(words: list[str], places: frozenset[str]) -> bool:
    """One place, or two the name is between (`vietnam laos`, what `Vietnam-Laos` folds to)."""
    return " ".join(words) in places or any(
        " ".join(words[:cut]) in places and " ".join(words[cut:]) in places for cut in range(1, len(words))
    )


def _without_place(name: str, places: frozenset[str], vietnamese: bool) -> set[str]:
    """A body's name without the place it names (`Hội đồng tỉnh X` -> `hoi dong tinh`, `Joint Working Group of X
    province` -> `joint working group`, `A-B Joint Committee` -> `joint committee`), folded: how the page may write
    the same body again once the place is said (not when what is left names a place). A place right after an English name is the name's (`X Cambodia`,
    a subsidiary of X), as after a Vietnamese one-word brand; after a Vietnamese head and name it says whose the
    body is (`Tập đoàn X Nhật Bản`)."""
    words = fold(name).split()
    out: set[str] = set()
    for cut in range(1, len(words)):
        rest = words[cut:]
        if not (rest[0] in _PLACE_CONNECTORS or (vietnamese and cut >= 2)):
            rest = []
        while rest and rest[0] in _PLACE_BEFORE:
            rest = rest[1:]
        while rest and rest[-1] in _PLACE_AFTER:
            rest = rest[:-1]
        if rest and _is_places(rest, places):
            out.add(" ".join(words[:cut]))
        if _is_places(words[:cut], places):
            out.add(" ".join(words[cut:]))
    return {bare for bare in out if not _names_a_place(bare.split(), places)}


def _names_a_place(words: list[str], places: frozenset[str]) -> bool:
    """A name that still names a place once one is taken off is another body (`Hội hữu nghị A – B tỉnh C`, a
    province's chapter, and `Hội hữu nghị A – B`, the national association)."""
    return any(" ".join(words[i:j]) in places for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _where(doc: ArticleDoc, org_id: str) -> tuple[str | None, frozenset[str]]:
    """A body's country and the provinces its name put it in: two bodies of two places are never one."""
    ent = doc.entities[org_id]
    provinces = frozenset(
        target
        for rel_type, source, target in doc.relations
        if rel_type == RelType.BASED_IN and source == org_id and target.startswith("province:")
    )
    return ent.properties.get(Prop.COUNTRY), provinces


def _may_be_one(one: tuple[str | None, frozenset[str]], other: tuple[str | None, frozenset[str]]) -> bool:
    return not (one[0] and other[0] and one[0] != other[0]) and not (one[1] and other[1] and one[1] != other[1])


def _keeper(doc: ArticleDoc, group: list[str], bare: set[str]) -> str:
    """The node a body's mentions meet on: a body the gazetteer knows (its id is every page's), else one not named
    only without its place (`Hội đồng tỉnh`, another page's council too), else one that has its country (`X Foods
    Nhật Bản`), else the shortest name (`X Foods` before `X Foods, Inc`), the shortest id (`so-ngoai-vu-vn-03`)."""
    known = doc.lexicon.gaz.organizations
    return min(
        group,
        key=lambda oid: (
            oid not in known,
            oid in bare,
            not doc.entities[oid].properties.get(Prop.COUNTRY),
            len(doc.entities[oid].name),
            len(oid),
            oid,
        ),
    )


def one_node_per_body(doc: ArticleDoc) -> None:
    """Within one page the mentions of one body are one entity: two organisations one of which the page writes as the
    other is written (the same name; the name plus its legal form, `X Foods, Inc`; plus its country, `X Foods Nhật
    Bản`, an alias the stage gave it; a short form in brackets the page defined) are one node, the others' names its
    aliases, so that a party, a post or a participant read on either meets on it. Not two of two countries or two
    provinces, nor two bodies the gazetteer knows apart; a name that could be either of two bodies stays apart."""
    orgs = [e for e in doc.entities.values() if e.label == Label.ORGANIZATION and e.id.startswith("org:")]
    if len(orgs) < 2:
        return
    known = doc.lexicon.gaz.organizations
    forms = {e.id: _written_forms(e.name, e.aliases) for e in orgs}
    places = {e.id: _where(doc, e.id) for e in orgs}
    partners: dict[str, set[str]] = {e.id: set() for e in orgs}
    page_places = _page_places(doc)
    vietnamese = doc.article.lang != "en"
    placeless = {e.id: _without_place(_LEGAL_FORM_LAST.sub("", e.name), page_places, vietnamese) for e in orgs}
    bare: set[str] = set()
    for one, other in itertools.combinations(orgs, 2):
        if (one.id in known and other.id in known) or not _may_be_one(places[one.id], places[other.id]):
            continue
        if (
            fold(one.name) in forms[other.id]
            or fold(other.name) in forms[one.id]
            or (one.id not in known and fold(one.name) in placeless[other.id])
            or (other.id not in known and fold(other.name) in placeless[one.id])
        ):
            bare.update(e.id for e, o in ((one, other), (other, one)) if fold(e.name) in placeless[o.id])
            partners[one.id].add(other.id)
            partners[other.id].add(one.id)
    groups: dict[str, set[str]] = {}
    for oid in partners:  # (in the order the page names them)
        mates = partners[oid]
        if not mates or any(not _may_be_one(places[a], places[b]) for a, b in itertools.combinations(mates, 2)):
            continue
        group = set().union(*(groups.get(m, {m}) for m in (oid, *mates)))
        if sum(m in known for m in group) > 1 or any(
            not _may_be_one(places[a], places[b]) for a, b in itertools.combinations(sorted(group), 2)
        ):
            continue
        for member in group:
            groups[member] = group
    merged = {frozenset(g) for g in groups.values()}
    moved: dict[str, str] = {}
    for members in sorted(merged, key=sorted):
        keep = _keeper(doc, sorted(members), bare)
        for drop in sorted(members - {keep}):
            doc.merge_entity(drop, keep)
            moved[drop] = keep
    if moved:
        for span in doc.orgs:
            span.id = moved.get(span.id, span.id)
        if doc.main_ministry in moved:
            doc.main_ministry = moved[doc.main_ministry]
