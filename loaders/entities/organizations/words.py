"""The words of the stage: the head words of bodies and what each head makes (`_KIND_BY_HEAD`, the provincial
bodies' keys), the stop words and tokens a name is read by, and the patterns several rules share (places after a
name, legal forms, state forms, the sentence's verbs after a name).

Kept apart from the rules that read them, so that the lists can grow without touching those rules, and at the
bottom of the package, so that every other module can read them."""

from __future__ import annotations

import re

from core.vocabulary import OrganizationKind
from loaders.entities.lexicon import CHAMBER_HEADS

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
        "lần",  # `Ủy ban Liên chính phủ lần thứ 5`, `Kỳ họp Ủy ban X lần 3`: the session's count, no word of the name
    ]
)
# (`gia`, `giá`, `tin` end a name only in `tham gia`, `đánh giá`, `thông tin`: `Học viện Chính trị Quốc gia`,
# `Cục Quản lý giá`, `Cục Công nghệ thông tin` keep them; see `_two_word_stop`)
_HEAD_ABBREVIATIONS = {
    "ĐSQ": "Đại sứ quán",
    "Sứ quán": "Đại sứ quán",
    "Sứ Quán": "Đại sứ quán",
    "TLSQ": "Tổng Lãnh sự quán",
    "LSQ": "Lãnh sự quán",
    "Hiệp Hội": "Hiệp hội",
}
"""Heads the press abbreviates (`ĐSQ Việt Nam tại Nhật Bản`), read as the heads they stand for."""
_EMBASSY_HEADS = frozenset({"Đại sứ quán", "Tổng Lãnh sự quán", "Tổng lãnh sự quán", "Lãnh sự quán", "Thương vụ"})
"""Missions abroad, named with their seat after `tại` (`Thương vụ Việt Nam tại X`: the trade office a country has in
each country, or city, it trades with)."""
_CITY = re.compile(r"[A-ZĐ][\w'’\-]*(?: [A-ZĐ][\w'’\-]*){0,2}(?![\w'’\-])")
_CHAMBER_HEADS = frozenset(CHAMBER_HEADS)
_SEATED_HEADS = frozenset({"Hiệp hội", "Hội"}) | _CHAMBER_HEADS
_MP_GROUP_HEADS = frozenset({"Nhóm Nghị sĩ", "Nhóm nghị sĩ", "Nhóm Nghị sỹ", "Nhóm nghị sỹ"})
"""A parliament's group of members (`Nhóm Nghị sĩ hữu nghị Algeria – Việt Nam`), both spellings of `sĩ`."""
"""Heads of bodies of one country's businesses or people in another, whose name says where (`… tại Việt Nam`)."""
_CONTINENT = re.compile(r"châu (?:Âu|Á|Phi|Mỹ|Úc|Đại Dương|Mỹ Latinh|Á - Thái Bình Dương|Á-Thái Bình Dương)")
"""A continent in sentence case, the whole of what a chamber's or an association's name says it gathers (`Phòng
Thương mại châu Âu`): no description, though its first word is lowercase."""
_SEAT_CUE = re.compile(r" (?:tại|ở) (?:thành phố |thủ đô |tỉnh |TP\. ?|TP )?")
_BARE_PROVINCIAL = re.compile(
    r"(?:Ủy ban [Nn]hân dân|UBND|Hội đồng [Nn]hân dân|HĐND)(?: (?:[Tt]ỉnh|[Tt]hành phố))?|Tỉnh ủy|Thành ủy"
    r"|Sở [A-ZĐ][\w&\-]*(?: (?:và )?\w+){0,4}"  # `Giám đốc Sở Công thương` on a provincial page: the province's department
)
"""A provincial body named without its province (`UBND tỉnh`, `Tỉnh ủy`): on a provincial page, the page's own."""
_BARE_GOVERNMENT_ABROAD = re.compile(r"[Cc]hính quyền(?: nhân dân)? (?:tỉnh|thành phố)")
"""A province's or city's government abroad named bare (ours are UBND): the one of the province abroad named near."""
_PROVINCE_CUE_BEFORE = re.compile(r"(?<!\w)(?:tỉnh|thành phố) $")
_BELOW_PROVINCE_CUE = re.compile(r"(?<!\w)(?:thành phố|huyện|quận|thị xã) $")
_BELOW_PROVINCE_KIND = re.compile(r"(?:thành phố|huyện|quận|thị xã) (?=[A-ZĐ])")
"""A unit below a province before its name (`UBND thành phố X`, `UBND huyện Y`, `UBND quận Z`, `UBND thị xã W`),
which no gazetteer lists: its committee or council is named with the unit as written."""
_LOWER_FIRST_OK = frozenset({"nhân", "tỉnh", "thành", "khu", "huyện", "bang", "vùng", "tiểu"})
# (`_LOWER_COMMITTEE`, `_MEDIA`, `_ASSOCIATION`, `_MASS_ORGANISATION` and `_UNION_OF_BODIES`, which the organisations'
# stage runs over a whole page, have their look-behind after their first letter: a pattern that opens with a
# look-behind is tried at every position of the page, one that opens with a letter only where that letter is; the
# same matches, as `lexicon.by_first_letter` writes words. About 0.1 ms less per Vietnamese page.)
_LOWER_COMMITTEE = re.compile(r"(t(?<!\w.)(?:ỉnh|hành)) ủy (?:tỉnh |thành phố )?(?=\w)")
_QUANTIFIER = re.compile(r"(?<!\w)(?:các|những|mọi|nhiều|hai|ba|giữa hai|cả hai)\s+$", re.I)
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_ABBR = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,12})(?:\)|, (?=[A-ZĐ]))")  # `(ILV)`, `(ILV, Hàn Quốc)`
_PROVINCE_WORDS = re.compile(
    r"\s+(?:nhân dân\s+)?(?:tỉnh bang|tỉnh|thành phố|khu tự trị|TP\.?|bang|tiểu bang|vùng)?\s*$"
)
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
_MEDIA = re.compile(
    r"(B(?<![\w-].)áo|T(?<![\w-].)(?:ạp chí|hông tấn xã)|Đ(?<![\w-].)(?:ài Truyền hình|ài Tiếng nói|ài Phát thanh(?: ?[-–] ?| và )Truyền hình|ài Phát thanh))"
    r"(?= [A-ZĐ]| tỉnh [A-ZĐ])"
)
"""A news outlet's name: a kind of medium, then its capitalised name (`Báo Nhân Dân`, `Tạp chí Cộng sản`)."""
_PORT = re.compile(r"C(?<![\w-].)ảng(?= [A-ZĐ])")
"""A port written with its capital, then its name (`Cảng Hải Phòng`, `Cảng Hakata`): the port's company or authority,
which signs and receives as a body does (`cảng Đà Nẵng`, in lowercase, is the place). Read apart from the head words,
for inside a name it is a word of that name (`Cơ quan Hàng hải và Cảng X`, `Công ty Bến Cảng Y`), no new body."""
_CHAPTER_CUE = re.compile(r" (?:tỉnh|thành phố|TP\.?|bang|tiểu bang) ?")
_SENTENCE_CASE_HEADS = (
    frozenset({"Liên đoàn", "Liên minh", "Phòng thương mại", "chính phủ", "Hội", "Hiệp hội"})
    | _CHAMBER_HEADS
    | _MP_GROUP_HEADS
)
_ASSOCIATION = re.compile(
    r"H(?<!\w.)ội (?=(?:hữu nghị|doanh nhân|doanh nghiệp|người Việt|Việt kiều|kiều bào|Người Việt|Doanh nhân"
    r"|Doanh nghiệp|Hữu nghị|[Nn]ghị s[ĩỹ]|[Cc]huyên gia|[Tt]hân hữu|[Tt]rí thức)\b)"
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
_MASS_ORGANISATION = re.compile(
    r"(?:H(?<!\w.)ội(?= (?:Nông dân|Liên hiệp Phụ nữ|Cựu chiến binh|Chữ thập đỏ|Cựu thanh niên xung phong)\b)"
    r"|Đ(?<!\w.)oàn (?:Thanh niên Cộng sản|TNCS) Hồ Chí Minh(?!\w)|Đ(?<!\w.)oàn(?= Thanh niên\b))"
)
"""The mass organisations of the Front, each with a chapter in every province (`Hội Nông dân tỉnh X`, `Hội Liên hiệp
Phụ nữ Việt Nam`, `Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Y`): no head word of the lexicon opens them (`Hội` alone
is the first syllable of `Hội nghị`, `Đoàn` a delegation's word), so the head is read only before these names. The
Youth Union's full name is its head (the leader's name in it is no place and no holder)."""
_UNION_OF_BODIES = re.compile(r"L(?<!\w.)iên hiệp (?=[Cc]ác )")
"""A union named by the bodies it gathers (`Liên hiệp các tổ chức hữu nghị …`, `Liên hiệp các hội …`): `Liên hiệp`
opens a name only before `các`, never in `Liên Hiệp Quốc` (the United Nations, a known body)."""
_MEMBER_TITLES = ("Nghị sĩ", "Nghị sỹ", "nghị sĩ", "nghị sỹ")
"""Members a league gathers, written as their title (`Liên minh Nghị sĩ …`): a word of its name, nobody's title."""
"""Heads of a body of members, named by whom it gathers after `các` (`Hiệp hội các doanh nghiệp …`, `Hiệp hội các
quốc gia Đông Nam Á`): there `các` is a word of the name, not the sentence's."""
_MAX_LOWER_RUN = 5  # lowercase words in a row inside a name (`Ủy ban Phát triển cân bằng quốc gia`)
_NAMED_AFTER_PEOPLE = frozenset({"Học viện", "Trường Đại học", "Đại học", "Viện", "Quỹ", "Trung tâm", "Bệnh viện"})
_BOTH_SIDES = re.compile(r"(?:hai|các|mỗi)\s+(?:nước|bên|quốc gia|tỉnh|địa phương)\b")
_MAX_TOKENS = 14
# Words of a name whose second syllable is a function word's elsewhere (`hợp` of `phối hợp`, `nhân` of `nhân dịp`).
_NAME_COMPOUNDS = frozenset(
    {"hỗn hợp", "liên hợp", "tổng hợp", "doanh nhân", "thương nhân", "công nhân", "sức mạnh", "hùng mạnh"}
    | {"nghị sĩ", "hữu nghị", "kiều bào"}
    | {"nghị sỹ", "nhân dân", "xã hội", "kết hợp"}  # `Hội nghị sỹ …`, `Đối ngoại nhân dân`, `Nông lâm kết hợp`
    | {"dân chủ", "tự do", "việc làm"}  # `Đảng Dân chủ tự do`, `Trung tâm Dịch vụ việc làm`: not `chủ trì`, `làm việc`
    | {"hiệp định"}  # `Ủy ban Hỗn hợp thực thi Hiệp định …`: the agreement a committee serves, not `khẳng định`
)


_VERBS_AFTER_A_NAME = ("hỗ trợ ", "giúp đỡ ", "tài trợ ", "quan hệ ", "thành lập ", "còn ")
"""Verbs that may be words of a name in sentence case (`Trung tâm hỗ trợ doanh nghiệp`, `Ban quan hệ quốc tế`) but
end one right after its capitalised words (`Công ty X Y hỗ trợ Chính quyền Z`, `Trường Đại học X quan hệ hợp tác với
…`, `Trường Đại học Y thành lập năm …`, `Đại học Z còn …`)."""
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
_HOSPITAL_KIND = re.compile(r" (?:đa khoa|quốc tế|trung ương|nhi|phụ sản|ung bướu|mắt|tim|y học cổ truyền)(?= [A-ZĐ])")
"""What a hospital treats or is, in lowercase before its name (`Bệnh viện đa khoa X`, `Bệnh viện nhi Y`): words of
its name, as the press writes them."""
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
    r",? (?:(?i:Co\., ?Ltd\.?|Co\. Ltd\.?|Pte\.? Ltd\.?|Inc\.?|Ltd\.?|Corp\.?)|JSC|LLC|PLC|GmbH|AG|S\.A\.?|SA|Tbk)(?![\w.])"
)
_ABOUT_COOPERATION = re.compile(r" về (?:[Hh]ợp tác )?")
_ABOUT_COOPERATION_FIRST = re.compile(
    r"(?:về hợp tác|hợp tác(?: về)?) (?!(?:với|và|của|cho|để|trong|tại|giữa|là|giữa)\b)[^\W\d_A-ZĐ]"
)
"""What a joint committee of two countries is about, when its name goes on with fields (`… về hợp tác kinh tế, …`)."""
_BETWEEN_BODIES_FIRST = re.compile(r"liên (?:[Cc]hính phủ|[Nn]ghị viện)(?!\w)")
"""A body named by the governments or parliaments it joins (`Ủy ban liên Chính phủ`, `Hội đồng liên Nghị viện`):
an intergovernmental body by that name, not a kind of body, though its first word is lowercase."""
_ABOUT_FIELDS = re.compile(r"về [Hh]ợp tác (?=[^\W\d_])")
"""A committee named by the fields of cooperation it works on (`… về hợp tác kinh tế, thương mại và khoa học`)."""
_BETWEEN = re.compile(r" giữa ")
_PAIR_DASH = re.compile(r" ?[-–] ?(?:[A-ZĐ]{2,6} )?")
_PAIR_SPACE = re.compile(r" (?=[A-ZĐ])")
"""Between the two countries a joint body is named by (`Việt Nam - Ấn Độ`, `Việt Nam – LB Nga`), or a space alone
(`Hiệp hội xúc tiến đầu tư Việt Nam Nhật Bản`): the second must be another country."""
_COOPERATION_GOES_ON = re.compile(r"hợp tác (?!(?:với|và|của|cho|để|trong|tại|về|giữa|là)\b)[^\W\d_]")
_FIELD_NAMED_HEADS = frozenset({"Bộ", "Tổng cục", "Cục", "Vụ", "Sở"})
"""Heads named by Vietnamese field words (`Bộ Năng lượng`, `Cục Xúc tiến thương mại`): a foreign person's name
after the fields is who holds the post, not more of the name."""
# One Vietnamese syllable, diacritics removed (`nguyen`, `luong`, `nghieng`): onset, one to three vowels, coda.
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_CAP_TOKEN = re.compile(r"[A-ZĐÀ-Ỹ][\w&'’\-]*(?= |$|[,.;:!?()])")
"""A capitalised word; an ampersand inside it is a brand's (`P&G`, `X&Y Group`)."""

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
    "Cảng": OrganizationKind.COMPANY,
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
    "Phủ Tổng thống": OrganizationKind.GOVERNMENT_BODY,
    "Câu lạc bộ": OrganizationKind.ASSOCIATION,
    "Nhà máy": OrganizationKind.COMPANY,
    "Đồn Biên phòng": OrganizationKind.GOVERNMENT_BODY,
    "Chính hiệp": OrganizationKind.GOVERNMENT_BODY,
    "Hợp tác xã": OrganizationKind.COMPANY,
    "Ban hành chính": OrganizationKind.PROVINCIAL_GOVERNMENT,
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
