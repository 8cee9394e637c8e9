"""Organisations in English text: the English counterpart of `organizations.find_organizations`.

Takes an `ArticleDoc` (lang `en`) with places found; fills `doc.orgs` and
`doc.main_ministry` and adds the same entities and relations the Vietnamese
stage adds, with the same ids, so that `Ministry of Industry and Trade`,
`MOIT` and `Bộ Công Thương` are one node, and `People's Government of
Guangxi Zhuang Autonomous Region` and `Chính quyền nhân dân Khu tự trị Quảng
Tây` are another.

How a name is read: English puts the head word last (`Asia-Africa Market
Department`, `Lao Cai Provincial People's Committee`) or first with an `of`
complement (`Ministry of Economy, Trade and Industry of Japan`, `Department
of Commerce of Yunnan Province`). From each capitalised head word the name
runs left over capitalised words (not over a title, a determiner or a
possessive: `Japan's Ministry …` is Japan's) and right over `of`/`for` and
capitalised words, with `and` and enumeration commas inside; it stops after
a place (the body's seat) and at a title. Gazetteer names (`MOIT`, `U.S.
Department of State`, `NOAA`) are taken as they are.

Ids meet the Vietnamese ones: a known name takes the gazetteer id; a known
ministry's name with another country is that country's ministry
(`org:bo-ngoai-giao-th`, the Vietnamese stage's id for `Bộ Ngoại giao Thái
Lan`); a provincial body is keyed by its kind and its province
(`org:chinh-quyen-cn-gx`, `org:ubnd-vn-02`, `org:tinh-uy-vn-02`), and a
province's `Department of X`, where X is a Vietnamese ministry's field, is
that province's `Sở` (`org:so-cong-thuong-vn-13`).
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from core.text import slug
from core.vocabulary import Label, OrganizationKind, Prop, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon, TitleMatch, by_first_letter
from loaders.entities.officials_en import (
    DEMONYMS,
    DESCRIBED_PLACE,
    RANKS_BEFORE_TITLES,
    field_words,
    ministry_of_field,
)
from loaders.entities.organizations import (
    _main_ministry,
    abbreviation_mentions,
    add_org_entity,
    one_node_per_body,
    vietnamese_syllable,
)
from loaders.entities.phrases import matches_on_cued_lines
from loaders.entities.places import PLACE_WORD_AFTER, add_place_entity
from loaders.gazetteer import GazetteerEntry
from loaders.letters import UPPER

_KIND_BY_HEAD: dict[str, str] = {
    "Ministry": OrganizationKind.MINISTRY,
    "Department": OrganizationKind.DEPARTMENT,
    "Agency": OrganizationKind.GOVERNMENT_BODY,
    "Administration": OrganizationKind.GOVERNMENT_BODY,
    "Authority": OrganizationKind.GOVERNMENT_BODY,
    "Bureau": OrganizationKind.GOVERNMENT_BODY,
    "Office": OrganizationKind.GOVERNMENT_BODY,
    "Directorate": OrganizationKind.GOVERNMENT_BODY,
    "Commission": OrganizationKind.GOVERNMENT_BODY,
    "Committee": OrganizationKind.GOVERNMENT_BODY,
    "Council": OrganizationKind.GOVERNMENT_BODY,
    "Secretariat": OrganizationKind.GOVERNMENT_BODY,
    "Government": OrganizationKind.GOVERNMENT,
    "Association": OrganizationKind.ASSOCIATION,
    "Federation": OrganizationKind.ASSOCIATION,
    "Chamber": OrganizationKind.ASSOCIATION,
    "Corporation": OrganizationKind.COMPANY,
    "Group": OrganizationKind.COMPANY,
    "Company": OrganizationKind.COMPANY,
    "Bank": OrganizationKind.COMPANY,
    "Limited": OrganizationKind.COMPANY,
    "Berhad": OrganizationKind.COMPANY,
    "Bhd": OrganizationKind.COMPANY,
    "Holdings": OrganizationKind.COMPANY,
    "University": OrganizationKind.OTHER,
    "Universiti": OrganizationKind.OTHER,
    "Universitas": OrganizationKind.OTHER,
    "Université": OrganizationKind.OTHER,
    "Universidad": OrganizationKind.OTHER,
    "Universität": OrganizationKind.OTHER,
    "École": OrganizationKind.OTHER,
    "Ecole": OrganizationKind.OTHER,
    "Academy": OrganizationKind.OTHER,
    "Institute": OrganizationKind.OTHER,
    "Institution": OrganizationKind.OTHER,  # `the Turkish Standards Institution`
    "Centre": OrganizationKind.OTHER,
    "Center": OrganizationKind.OTHER,
    "Organization": OrganizationKind.INTERNATIONAL_ORG,
    "Organisation": OrganizationKind.INTERNATIONAL_ORG,
    "Embassy": OrganizationKind.EMBASSY,
    "Consulate General": OrganizationKind.EMBASSY,
    "Consulate-General": OrganizationKind.EMBASSY,
    "Consulate": OrganizationKind.EMBASSY,
    "Service": OrganizationKind.GOVERNMENT_BODY,
    "Board": OrganizationKind.GOVERNMENT_BODY,
    "Confederation": OrganizationKind.ASSOCIATION,
    "Union": OrganizationKind.ASSOCIATION,
    "Party": OrganizationKind.PARTY,
    "Congress": OrganizationKind.GOVERNMENT_BODY,
    "Parliament": OrganizationKind.GOVERNMENT_BODY,
    "Assembly": OrganizationKind.GOVERNMENT_BODY,
    "Senate": OrganizationKind.GOVERNMENT_BODY,
    # a parliament's chambers named with `of` (`the UK House of Commons`, `Japan's House of Councillors`)
    "House of Representatives": OrganizationKind.GOVERNMENT_BODY,
    "House of Commons": OrganizationKind.GOVERNMENT_BODY,
    "House of Lords": OrganizationKind.GOVERNMENT_BODY,
    "House of Councillors": OrganizationKind.GOVERNMENT_BODY,
    "College": OrganizationKind.OTHER,
    "School": OrganizationKind.OTHER,
    "Front": OrganizationKind.ASSOCIATION,
    "Army": OrganizationKind.GOVERNMENT_BODY,
    "Alliance": OrganizationKind.ASSOCIATION,
    "League": OrganizationKind.ASSOCIATION,
    "Club": OrganizationKind.ASSOCIATION,
    "Foundation": OrganizationKind.OTHER,
    "Fund": OrganizationKind.OTHER,
    "Airlines": OrganizationKind.COMPANY,
    "Airways": OrganizationKind.COMPANY,
    "Railways": OrganizationKind.COMPANY,  # `X Railways`, as `X Airlines`: what only an operator is called
    "Port": OrganizationKind.COMPANY,  # `Port of X`, `X International Port`: a port's operator, as the press names it
    "Cooperative": OrganizationKind.COMPANY,
    "Co., Ltd": OrganizationKind.COMPANY,
    "Co. Ltd": OrganizationKind.COMPANY,
    "Co., Ltd.": OrganizationKind.COMPANY,
    "Co. Ltd.": OrganizationKind.COMPANY,
    "Inc.": OrganizationKind.COMPANY,
    "JSC": OrganizationKind.COMPANY,
    # legal forms of companies abroad (a bare one, with no name before it, names nothing: `the AG`, `(SA)`)
    "Inc": OrganizationKind.COMPANY,
    "Ltd": OrganizationKind.COMPANY,
    "Ltd.": OrganizationKind.COMPANY,
    "Pte Ltd": OrganizationKind.COMPANY,
    "Pte. Ltd.": OrganizationKind.COMPANY,
    "Pty Ltd": OrganizationKind.COMPANY,
    # the legal forms written without stops, as the Thai and Malaysian press does (`Siam Cement Public Co Ltd`)
    "Co Ltd": OrganizationKind.COMPANY,
    "Public Co Ltd": OrganizationKind.COMPANY,
    "Public Company Limited": OrganizationKind.COMPANY,
    "Co.,Ltd": OrganizationKind.COMPANY,
    "Co.,Ltd.": OrganizationKind.COMPANY,
    "Co": OrganizationKind.COMPANY,  # `Hyundai Motor Co`, `Hyundai Motor Co.`: the company, its form cut short
    "Co.": OrganizationKind.COMPANY,
    "Corp.": OrganizationKind.COMPANY,
    "Corp": OrganizationKind.COMPANY,  # `Oil and Natural Gas Corp (ONGC)`: the wires' short form without its stop
    "Joint Venture": OrganizationKind.COMPANY,
    "Technologies": OrganizationKind.COMPANY,  # `X Technologies`, `X Utilities`: what only a company is called
    "Utilities": OrganizationKind.COMPANY,  # `X Energy Joint Venture (XEJV)`: a company of partners
    "LLC": OrganizationKind.COMPANY,
    "PLC": OrganizationKind.COMPANY,
    "plc": OrganizationKind.COMPANY,
    "GmbH": OrganizationKind.COMPANY,
    "AG": OrganizationKind.COMPANY,
    "SA": OrganizationKind.COMPANY,
    "S.A.": OrganizationKind.COMPANY,
    "S.A": OrganizationKind.COMPANY,  # `X S.A and Y`: the form as Latin American wires write it, its last stop dropped
    "Plc": OrganizationKind.COMPANY,  # `X Bank Plc`: the form in the case Cambodian and British papers write it
    "Coast Guard": OrganizationKind.GOVERNMENT_BODY,  # `the Philippine Coast Guard`: a state's maritime service
    "Conservatory": OrganizationKind.OTHER,  # `X City Conservatory`: a school of music, as an academy is
    "Conservatoire": OrganizationKind.OTHER,
    "N.V.": OrganizationKind.COMPANY,
    "B.V.": OrganizationKind.COMPANY,
    "S.p.A.": OrganizationKind.COMPANY,
    "Tbk": OrganizationKind.COMPANY,
}
_LEGAL_FORMS = frozenset(
    {"Co., Ltd", "Co. Ltd", "Co., Ltd.", "Co. Ltd.", "Inc.", "JSC", "Inc", "Ltd", "Ltd.", "Pte Ltd", "Pte. Ltd."}
    | {"Pty Ltd", "Co Ltd", "Public Co Ltd", "Public Company Limited", "Co.,Ltd", "Co.,Ltd.", "LLC", "PLC", "plc"}
    | {"GmbH", "AG", "SA", "S.A.", "S.A", "Plc", "N.V.", "B.V.", "S.p.A.", "Tbk", "Limited", "Berhad", "Bhd"}
)
"""Heads that are a company's legal form, which the press also leaves out (`X Utilities` for `X Utilities Pte Ltd`)."""
# A head followed by another capitalised head word is inside the longer name (`Party Committee`, `Union Ministry`).
_HEAD = re.compile(
    r"(?<![\w'’])(?:"
    + "|".join(map(re.escape, sorted(_KIND_BY_HEAD, key=len, reverse=True)))
    + r")(?![\w-])(?!['’](?![sS]\b))(?! (?:"
    + "|".join(map(re.escape, _KIND_BY_HEAD))
    + r"|Central|Standing|Executive)\b)"
)
_CAP = re.compile(rf"(?:[A-Z]\.){{2,}}|[{UPPER}][\w'’&\-]*")
_LAST_WORD_HEADS = frozenset({"Port"})
"""Heads that name a body only as its last word: before a capitalised word they are a city's (`Port Vila`) or a
document's (`a Strategic Port Partnership`)."""
_OF = re.compile(r" (?:of|for)(?: the)? ")
_NOT_IN_NAME = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Both",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Also",
        "Under",
        "At",
        "In",
        "On",
        "By",
        "For",
        "With",
        "From",
        "To",
        "Of",
        "And",
        "As",
        "After",
        "Following",
        "During",
        "Before",
        "While",
        "When",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
    ]
)
_CONNECTORS = ("and", "&")
_LOWER_BEFORE = re.compile(r"(?<![\w'’\-])([a-z][\w\-]*) $")
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "for",
        "with",
        "and",
        "by",
        "between",
        "at",
        "in",
        "on",
        "to",
        "from",
        "its",
        "their",
        "his",
        "her",
        "our",
        "a",
        "an",
        "as",
        "that",
        "which",
        "under",
        "both",
    ]
)
"""Lowercase words a body's name may follow; after another lowercase word (`editor-in-chief`) a run of capitalised
words joined by `and` is a person's name and then a body's."""
_POSSESSIVE_ENDS = ("'s", "’s", "'", "’")
_OWNER_BEFORE = re.compile(rf"(?<![\w'’])([{UPPER}][\w\-]*(?: [{UPPER}][\w\-]*){{0,3}})(?:'s|’s|'|’) $")
"""A possessor right before a body's name (`… of Victoria’s Department of …`): the title before it is the body's."""
_POSSESSIVE_IN_NAMES = frozenset(
    {
        "People's",
        "People’s",
        "Peoples'",
        "Peoples’",
        "Women's",
        "Women’s",
        "Children's",
        "Children’s",
        "Workers'",
        "Workers’",
        "Parliamentarians'",  # `the X-Y Friendship Parliamentarians' Group`: a group of members of parliament
        "Parliamentarians’",
        "Veterans'",
        "Veterans’",
        "Farmers'",
        "Farmers’",
    }
)
"""Possessives that are words of a name (`People's Committee`, `Women's Union`), not a possessor before it."""
_STATE_KINDS = frozenset(
    {
        OrganizationKind.MINISTRY,
        OrganizationKind.DEPARTMENT,
        OrganizationKind.GOVERNMENT_BODY,
        OrganizationKind.GOVERNMENT,
        OrganizationKind.EMBASSY,
    }
)
"""Bodies of a state, which a country's adjective before them qualifies (`the Cambodian Ministry of …`)."""
_BARE_PROVINCIAL = re.compile(
    r"(?:[Pp]rovincial |[Mm]unicipal |[Cc]ity |province )?(?:Party Committee|People(?:['’]s|s['’]?) Committee|People(?:['’]s|s['’]?) Council)"
)
_LOWER_PROVINCIAL = frozenset({"provincial", "municipal", "city", "province"})  # (`the province People’s Committee`)
_CITY_BEFORE = re.compile(r"(?<![\w'’])((?:[A-Z][a-z][\w\-]* ){1,3})$")
"""The name of a city written before a lowercase `city` (`Sanjo city …`), not a possessive."""
_SEATED = frozenset({"Chamber", "Association", "Office"})
"""Heads of bodies of one country's businesses in another, whose name says where (`… Association in Vietnam`)."""
_DEMONYM_GOVERNMENT = re.compile(
    r"(?<![\w'’])(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r") [Gg]overnment(?![\w'’-])"
)
_GOVERNMENT_CUE = re.compile(" [Gg]overnment")
"""The word every match of `_DEMONYM_GOVERNMENT` holds: the lines without it are not read for its demonyms."""
_PLACE_GOVERNMENT = re.compile(
    r"(?<=\S )(?:state|provincial|prefectural|regional|region|city|municipal|county) "
    r"(?:government|administration|council|assembly)\b"
)
"""A place's body named in lowercase after it (`the Gyeonggi provincial government`, `the Busan city council`,
`the Osaka prefectural assembly`, `Emilia-Romagna region administration`)."""
_ABBR = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,12})\)")
_LAST_WORD = re.compile(r"(\S+)$")
_CITY_NAME = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*){{0,2}}(?![\w'’\-])")
_TRAILING_CONNECTOR = re.compile(r"(?:,|\s+(?:and|&))+$")
_LAST_CAP = re.compile(rf"[{UPPER}][\w'’\-]*$")
_MAX_WORDS = 10
_BASED = ("-based", "–based")
_NAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "di", "del", "della", "von", "van", "der", "den"})
_LEGISLATURES = frozenset(
    {"Parliament", "Senate", "Congress", "House of Representatives", "House of Commons", "House of Lords"}
    | {"House of Councillors", "Coast Guard"}
)
"""A country's legislature, named by its adjective as a ministry is (`the German Parliament`, `the Thai Senate`); so
its coast guard (`the Indonesian Coast Guard`): bodies a country has one of, which its adjective alone names."""
_STATE_BODIES = frozenset({OrganizationKind.MINISTRY, OrganizationKind.DEPARTMENT, OrganizationKind.GOVERNMENT})
_IN = re.compile(r"\s+in\s+")
_HEAD_FIRST = frozenset({"Universiti", "Universitas", "Université", "Universidad", "Universität", "École", "Ecole"})
"""Heads of languages that put them first, the name's words after them (`Universiti Kebangsaan Malaysia`)."""
_HEAD_FIRST_WORDS = re.compile(rf"(?: (?:(?:de|des|du|de la|del|di|d')\s?)?[{UPPER}][\w'’\-]*){{1,5}}")
_MISSION_KEYS = {
    "Consulate General": "tong-lanh-su-quan",
    "Consulate-General": "tong-lanh-su-quan",
    "Consulate": "lanh-su-quan",
}
"""Keys of diplomatic missions as the Vietnamese stage keys them (`Tổng lãnh sự quán` …); an embassy's is `dai-su-quan`."""
_COMPLEMENT_SEP = re.compile(r", (?=[A-Z])| (?:and|&) (?=[A-Z])| in (?=[A-Z])| (?=[A-Z])")
_WORD_AT = re.compile(r"[\w'’\-]*")
_ON = re.compile(
    r" on (?:the )?(?=[A-Z])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b)"
)
"""A committee's capitalised subject after `on` (`Committee on Foreign Affairs`); a day or a month there is when it
met (`the Intergovernmental Commission on Tuesday`), no word of its name."""
_JOINT_WORDS = re.compile(
    r"(?<![\w'’\-])(?:Joint|Intergovernmental|Inter-[Gg]overnmental|Inter-[Gg]overnment|Mixed|Steering)(?![\w'’\-])"
)
"""Words of a joint or steering body's name, whose subject after `on` the press writes in lowercase (`the Joint
Committee on economic and trade cooperation`, `… Inter-Government Committee on climate change adaptation`)."""
_ON_HEADS = frozenset({"Committee", "Commission", "Council"})
"""Heads whose complement may be a subject after `on` (`Joint Committee on Cooperation in Industry …`)."""
_PAIR = re.compile(rf"[{UPPER}][\w'’]*[-–][{UPPER}][\w'’]*")
_DASH = frozenset({"-", "–", "—"})
_HEAD_IN_RUN = re.compile(
    rf"(?:[{UPPER}][\w'’&\-]* ){{0,4}}(?:" + "|".join(_KIND_BY_HEAD) + r")(?![\w'’\-])(?! of\b| for\b)"
)
"""A run of capitalised words ending with a body's head (`Central Group`): after `and`, another body, not a field."""
_AND_LATER = re.compile(r"[^.;:]*? and [A-Z]")
# The capitalised words of one item after an enumeration's comma, up to the next comma, `and` or lowercase word.
_ITEM_WORDS = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*)*")
# English heads of the provincial bodies, keyed like the Vietnamese stage (`Chính quyền nhân dân` -> chinh-quyen).
_PROVINCIAL = (
    (
        re.compile(r"People(?:['’]s|s['’]?) (?:Government|Govt)", re.I),
        "chinh-quyen",
        OrganizationKind.PROVINCIAL_GOVERNMENT,
        "Chính quyền nhân dân",
    ),
    (
        re.compile(r"People(?:['’]s|s['’]?) Committee", re.I),
        "ubnd",
        OrganizationKind.PROVINCIAL_GOVERNMENT,
        "Ủy ban nhân dân",
    ),
    (
        re.compile(r"People(?:['’]s|s['’]?) Council", re.I),
        "hdnd",
        OrganizationKind.PEOPLE_COUNCIL,
        "Hội đồng nhân dân",
    ),
    (
        re.compile(
            r"(?:state|provincial|prefectural|regional|region|city|municipal|county) (?:government|administration)",
            re.I,
        ),
        "chinh-quyen",
        OrganizationKind.PROVINCIAL_GOVERNMENT,
        "Chính quyền",
    ),
    (  # `the government of X city`, `authorities of Y county`, `Government of Z Province`: the place's own
        re.compile(r"^(?:the )?(?:government|authorities|administration)$", re.I),
        "chinh-quyen",
        OrganizationKind.PROVINCIAL_GOVERNMENT,
        "Chính quyền",
    ),
    (re.compile(r"(?:City|Municipal) Party Committee", re.I), "thanh-uy", OrganizationKind.PARTY_COMMITTEE, "Thành ủy"),
    (re.compile(r"Party Committee", re.I), "tinh-uy", OrganizationKind.PARTY_COMMITTEE, "Tỉnh ủy"),
)


def find_organizations(doc: ArticleDoc, lex: Lexicon) -> None:
    text = doc.text
    found: list[Span] = []
    covered_until = -1
    for m in _HEAD.finditer(text):
        if m.start() < covered_until or (m.group(0) in _LAST_WORD_HEADS and _CAP.match(text, m.end() + 1)):
            continue
        span = _read_name(doc, lex, m.start(), m.end(), m.group(0), covered_until)
        if span is not None:
            found.append(span)
            covered_until = span.end
    for m in matches_on_cued_lines(_DEMONYM_GOVERNMENT, text, _GOVERNMENT_CUE):  # `the Dutch government`
        if not any(sp.start < m.end() and m.start() < sp.end for sp in found):
            found.append(
                Span(
                    m.start(),
                    m.end(),
                    "",
                    Label.ORGANIZATION,
                    m.group(0),
                    {"head": "Government", "place": None, "demonym": DEMONYMS[m.group(1)]},
                )
            )
    for m in _PLACE_GOVERNMENT.finditer(
        text
    ):  # `the Gyeonggi provincial government`, `the Lower Saxony state government`
        place = next((p for p in doc.places if p.end + 1 == m.start() and p.label == Label.PROVINCE), None)
        if place is not None and not any(sp.start < m.end() and place.start < sp.end for sp in found):
            found.append(
                Span(
                    place.start,
                    m.end(),
                    "",
                    Label.ORGANIZATION,
                    text[place.start : m.end()],
                    {"head": None, "place": place},
                )
            )
    found.extend(_named_companies(doc, lex, found))
    found.extend(_employers_before_titles(doc, lex, found))
    found.extend(_banks_in_one_word(doc, found))
    found = _spelled_out_before_short_forms(doc, found)
    found.extend(_lowercase_joint_bodies(doc, found))
    found.extend(_lowercase_chambers(doc, found))
    found.extend(_lowercase_missions(doc, lex, found))
    found.extend(_lowercase_ministries(doc, lex, found))
    found.extend(_unlisted_local_bodies(doc, lex, found))
    found.sort(key=lambda sp: sp.start)
    found = _with_known(doc, found)
    doc.orgs = found
    main_ministry = _main_ministry(found)
    doc.main_ministry = main_ministry.id if main_ministry else None
    for span in found:
        _add_entity(doc, lex, span, main_ministry)
        _owner_as_written(doc, span)
    for span in list(found):
        _inner_party(doc, lex, span, main_ministry)
    doc.orgs = abbreviation_mentions(doc, doc.orgs)
    doc.orgs = _named_again(doc, doc.orgs)
    one_node_per_body(doc)


_BARE_HEADS = (
    "Association|Federation|Chamber|Institute|University|Academy|Corporation|Company|Group|Bank|Board|Commission"
    "|Committee|Council|Agency|Authority|Department|Centre|Center|Foundation|Fund"
)
_BARE_HEAD = re.compile(rf"(?<= of the )({_BARE_HEADS})(?![\w'’\-])(?! (?:of|for|on) )(?! [A-Z(])")
_HEAD_WORD = {w: re.compile(rf"(?<![\w'’\-]){w}(?![\w'’\-])") for w in _BARE_HEADS.split("|")}


_LOWER_JOINT = re.compile(
    rf"(?<![\w'’\-])([{UPPER}][\w'’]*(?: [{UPPER}][\w'’]*)?) ?[-–] ?([{UPPER}][\w'’]*(?: [{UPPER}][\w'’]*)?)"
    r" ((?:[a-z][a-z\-]* ){0,3}?)(committee|commission)(?![\w'’\-])"
)
_JOINT_CUE = re.compile(" (?:committee|commission)")
"""The word every match of `_LOWER_JOINT` holds: the lines without it are not read (`matches_on_cued_lines`)."""
_JOINT_SUBJECT = re.compile(r" (?:on|for) ((?:[a-z][a-z\-]*(?:,? | and )){0,7}[a-z][a-z\-]*)")
_SUBJECT_WORD = re.compile(r"[a-z][a-z\-]*")
_NOT_SUBJECT = frozenset(
    {"in", "at", "to", "with", "which", "that", "who", "was", "were", "is", "are", "will", "has", "have", "had"}
    | {"held", "from", "by", "since", "between", "of", "the", "a", "an", "this", "its", "their", "and", "said"}
    | {"met", "meets", "agreed", "agrees", "signed", "discussed", "reviewed", "approved", "adopted", "also", "says"}
)


def _joint_side(doc: ArticleDoc, start: int, words: str) -> str | None:
    """One side of `Korea-Vietnam`, `Russian-Vietnamese`: a country the places stage read there, or a demonym."""
    place = doc.span_at(doc.places, start)
    if place is not None and place.label == Label.COUNTRY and place.text == words:
        return str(place.data["entry"].properties.get(Prop.ISO2, "")).lower() or None
    return DEMONYMS[words].lower() if words in DEMONYMS else None


def _joint_subject(text: str, at: int) -> int:
    """Where a joint body's subject after `on`/`for` ends (`… joint committee on free trade agreements`): lowercase
    words, commas and `and`, up to a word that goes on with the sentence; `at` when there is none."""
    m = _JOINT_SUBJECT.match(text, at)
    end = at
    for word in _SUBJECT_WORD.finditer(text, m.start(1), m.end(1)) if m is not None else ():
        if word.group(0) in _NOT_SUBJECT:
            if word.group(0) != "and":
                break
        else:
            end = word.end()
    return end


def _lowercase_joint_bodies(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """`the Korea-Vietnam joint committee on free trade agreements`, `the Russian-Vietnamese intergovernmental
    commission`: a body of two countries named in lowercase after their pair (the capitalised ones are read by their
    head); keyed by its kind and the two countries, so the short and the full mention are one body."""
    out: list[Span] = []
    for m in matches_on_cued_lines(_LOWER_JOINT, doc.text, _JOINT_CUE):
        sides = (_joint_side(doc, m.start(1), m.group(1)), _joint_side(doc, m.start(2), m.group(2)))
        if None in sides or sides[0] == sides[1] or any(sp.start < m.end() and m.start() < sp.end for sp in found):
            continue
        end = _joint_subject(doc.text, m.end())
        key = slug(f"{m.group(3)}{m.group(4)}")
        out.append(
            Span(
                m.start(),
                end,
                "",
                Label.ORGANIZATION,
                doc.text[m.start() : end],
                {"head": m.group(4).capitalize(), "place": None, "joint": (key, *sides), "short": m.group(0)},
            )
        )
    return out


_LOWER_CHAMBER = re.compile(r"(?<![\w'’\-])chamber of commerce(?: and industry)? (?:of|in) (?:the )?")


def _lowercase_chambers(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """`the chamber of commerce and industry of Odisha State`: a place's chamber written in lowercase, a body
    when the place the stages read follows; named as written, based there."""
    out: list[Span] = []
    for m in _LOWER_CHAMBER.finditer(doc.text):
        place = doc.span_at(doc.places, m.end())
        if place is None or any(sp.start < place.end and m.start() < sp.end for sp in found):
            continue
        word = PLACE_WORD_AFTER.match(doc.text, place.end)  # (`… of Odisha State`: the place's kind word too)
        end = word.end() if word else place.end
        text = doc.text[m.start() : end]
        out.append(Span(m.start(), end, "", Label.ORGANIZATION, text, {"head": "Chamber", "place": place}))
    return out


_LOWER_MISSION = re.compile(
    r"(?<![\w'’\-])([A-Z][a-z]+) (embassy|consulate general|consulate-general|consulate) (?:in|to) (?:the )?"
)
_MISSION_CUE = re.compile(" (?:embassy|consulate)")
"""The word every match of `_LOWER_MISSION` holds: the lines without it are not read (`matches_on_cued_lines`)."""
_MISSION_HEADS = {"embassy": "Embassy", "consulate general": "Consulate General", "consulate": "Consulate"}


def _lowercase_missions(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """`the Indian consulate general in HCM City`, `the Thai embassy in Hanoi`: a country's mission written in
    lowercase after its adjective, a body when a place the stages read follows; keyed as the capitalised one is."""
    out: list[Span] = []
    for m in matches_on_cued_lines(_LOWER_MISSION, doc.text, _MISSION_CUE):
        seat = doc.span_at(doc.places, m.end())
        entry = lex.gaz.country(DEMONYMS[m.group(1)]) if m.group(1) in DEMONYMS else None
        if seat is None or entry is None or any(sp.start < seat.end and m.start() < sp.end for sp in found):
            continue
        add_place_entity(doc, entry, None)
        country = Span(m.start(1), m.end(1), entry.id, Label.COUNTRY, m.group(1), {"entry": entry})
        head = _MISSION_HEADS[m.group(2).replace("-", " ")]
        data = {"head": head, "place": country, "seat": seat}
        out.append(Span(m.start(), seat.end, "", Label.ORGANIZATION, doc.text[m.start() : seat.end], data))
    return out


_LOWER_MINISTRY = re.compile(
    r"(?<![\w'’\-])([A-Z][a-z]+)(?:'s|’s)? ((?:[a-z]+,? (?:and )?){1,3})(ministry)(?![\w'’\-])"
)
_MINISTRY_CUE = re.compile(" ministry")
"""The word every match of `_LOWER_MINISTRY` holds: the lines without it are not read (`matches_on_cued_lines`)."""


def _lowercase_ministries(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """`the Saudi oil ministry`, `Japan's trade ministry`: a country's ministry as the wires write it, its fields in
    lowercase between the country (its adjective or possessive) and `ministry`; a body of that country, named as
    written, when every word is a field of government (`the Saudi new ministry` names none)."""
    out: list[Span] = []
    fields = {w.lower() for w in field_words(lex)}
    for m in matches_on_cued_lines(_LOWER_MINISTRY, doc.text, _MINISTRY_CUE):
        words = re.findall(r"[a-z]+", m.group(2))
        if any(w not in fields and w != "and" for w in words) or any(
            sp.start < m.end() and m.start() < sp.end for sp in found
        ):
            continue
        place = doc.span_at(doc.places, m.start(1))
        entry = lex.gaz.country(DEMONYMS[m.group(1)]) if m.group(1) in DEMONYMS else None
        if entry is not None:
            add_place_entity(doc, entry, None)
            place = Span(m.start(1), m.end(1), entry.id, Label.COUNTRY, m.group(1), {"entry": entry})
        if place is None or place.label != Label.COUNTRY or place.end != m.end(1):
            continue
        start = m.start(1) if entry is not None else m.start(2)
        field = " ".join(w if w == "and" else w.capitalize() for w in words)
        known = ministry_of_field(lex, field, _country(place)) or ministry_of_field(
            lex, f"{field} Affairs", _country(place)
        )  # (`foreign ministry`: the Ministry of Foreign Affairs)
        data: dict[str, Any] = (
            {"entry": known, "head": None} if known else {"head": m.group(3).capitalize(), "place": place}
        )
        out.append(Span(start, m.end(), "", Label.ORGANIZATION, doc.text[start : m.end()], data))
    return out


_LOCAL_KINDS = r"(?:city|county|district|prefecture|province|town)"
_LOCAL_NAME = r"[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}"
_LOCAL_BODY_OF = re.compile(
    rf"(?<![\w'’\-])(?:the )?(government|authorities|administration) of (?:the )?({_LOCAL_NAME}) {_LOCAL_KINDS}(?![\w'’\-])"
)
_LOCAL_BODY_AFTER = re.compile(
    rf"(?<=\bthe )({_LOCAL_NAME}) (?:city|county|municipal|prefectural) (council|government|assembly|administration)"
    r"(?![\w'’\-])"
)
_LOCAL_HEADS = {"authorities": "Government", "assembly": "Assembly"}


def _unlisted_local_bodies(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """`the government of Kamo city`, `authorities of Hwaak county`, `the Santa Ana city council`: a city's or
    county's body written in lowercase with a place no gazetteer lists, named as written (a listed place is read by
    the places stage, and is the side a page's agreement names); not a title's or a person's words."""
    out: list[Span] = []
    text = doc.text
    for pattern, name_group, head_group in ((_LOCAL_BODY_OF, 2, 1), (_LOCAL_BODY_AFTER, 1, 2)):
        for m in pattern.finditer(text):
            place_name = m.group(name_group)
            if (
                any(sp.start < m.end() and m.start() < sp.end for sp in found + out)
                or place_name.split()[0] in _NOT_IN_NAME
                or doc.title_at(m.start(name_group))
                or _ends_with_person(lex, place_name)
            ):
                continue
            if any(p.start <= m.start(name_group) < p.end for p in doc.places):
                continue  # (a listed city is the side itself, as the places stage reads it: `… and authorities of
                # Okcheon county … signed`, the county; its body is read when no gazetteer lists the place)
            word = m.group(head_group).lower()
            head = _LOCAL_HEADS.get(word, word.capitalize())
            start = m.start() + (4 if text.startswith("the ", m.start()) else 0)
            data = {"head": head, "place": None}
            out.append(Span(start, m.end(), "", Label.ORGANIZATION, text[start : m.end()], data))
    return out


def _named_again(doc: ArticleDoc, spans: list[Span]) -> list[Span]:
    """`X, Chairman of the Association`, `Director of the Institute`: a body named again by its bare head word after
    `of the` is the last one named before with that head (`… Business Association of CheongJu City, led by Mr. X,
    Chairman of the Association`); none when no body named before has it."""
    added = []
    for m in _BARE_HEAD.finditer(doc.text):
        word = m.group(1)
        before = [
            sp
            for sp in spans
            if sp.id and sp.end <= m.start() and (sp.data.get("head") == word or _HEAD_WORD[word].search(sp.text))
        ]
        if before and not any(sp.start <= m.start() < sp.end for sp in spans):
            last = max(before, key=lambda sp: sp.start)
            added.append(Span(m.start(), m.end(), last.id, Label.ORGANIZATION, word, {"head": word, "place": None}))
    return sorted([*spans, *added], key=lambda sp: sp.start) if added else spans


_COMPANY_NOUNS = (
    r"companies|corporations|firms|groups|conglomerates|enterprises|businesses|carriers|airlines|banks|investors"
    r"|manufacturers|producers|developers|retailers|exporters|brands"
)
_LIST_INTRO = re.compile(by_first_letter(["such as ", "including ", "like ", "namely ", "include ", "included "]))
_COMPANIES_BEFORE = re.compile(rf"(?<![\w-])(?:{_COMPANY_NOUNS}),? $")
"""A list of companies: the words that introduce it, then the plural before them (looked for only where such a word
is: a scan for the plurals first costs more, most articles having many `groups` and `businesses` and no list)."""
_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w'’])([{UPPER}][a-z]+) (?:[a-z\-]+ ){{0,2}}$")
_COMPANY_KINDS = (
    r"joint venture|subsidiary|company|firm|group|corporation|conglomerate|carrier|airline|manufacturer|producer"
    r"|factory|developer|investor|operator|bank|exporter|retailer|brand|start-up|startup"
)
_COMPANY_APPOSITIVE = re.compile(
    rf", (?:a|an|the) (?:[\w\-’']+ ){{0,3}}?(?:{_COMPANY_KINDS})\b"
    r"(?! (?:director|chairman|chairwoman|executive|official|representative|spokesman|spokesperson|head|president"
    r"|leader|founder|employee|worker|owner|manager|chief|of the|in the))"
)
_DESCRIBED_KINDS = (
    r"group|firm|company|corporation|conglomerate|maker|giant|carrier|airline|operator|manufacturer|producer|exporter"
    r"|retailer|developer|utility|subsidiary|entity"
)
_DESCRIBED_COMPANY = re.compile(
    rf"(?:(?<![\w'’\-])[a-z][\w\-]*|(?:^|(?<=\n)|(?<=[.!?] ))[A-Z][a-z]+) (?P<kind>{_DESCRIBED_KINDS})(?: of)? (?=[A-Z])"
    rf"|(?<![\w'’\-])(?P<adjective>[A-Z][a-z]+) (?P<kind2>{_DESCRIBED_KINDS}) (?=[A-Z])"
    rf"|(?<![\w'’\-])[a-z][\w\-]* (?P<kind3>{_DESCRIBED_KINDS}), (?=[A-Z][^,.;:()]{{1,40}}(?:, |\.\s))",
    re.MULTILINE,
)
"""What a company is, in lowercase, said right before its name (`state oil firm Aramco`, `plane maker Embraer`, `the
nuclear energy group Ezmelon`, `wholly owned subsidiary X`); a word before the kind (`oil`, `plane`, `the`) makes it a
description, not a name's last word; so does a country's adjective (`the Belgian company X`, read as the company's
country) and the first word of a sentence (`Oil giant X …`). `of` after the kind only with a description (`the oil
group of Ezmelon`): `a group of Xs` is a number of them. Set off by commas, the name follows the description (`the
country's largest fund management company, X, …`)."""
_DESCRIBED_CUE = re.compile(rf" (?:{_DESCRIBED_KINDS})[ ,]")
"""The kind every match of `_DESCRIBED_COMPANY` holds, with the space before it and what follows it."""
_DESCRIBED_REACH = 1 + 40 + 2
"""How far past its end `_DESCRIBED_COMPANY`'s lookahead reads (a capital, forty characters, `, ` or `. `)."""
_ARTICLES = frozenset({"a", "an", "the"})
_WEEKDAY_AFTER = re.compile(r" (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_SUBSIDIARY_OF = re.compile(r" (?:subsidiary|unit|arm|affiliate) of ")
_ITEM = re.compile(rf"[{UPPER}][\w&.\-]*(?: (?:[{UPPER}]|\d)[\w&.\-]*){{0,3}}")
_ITEM_JOIN = re.compile(r",? and |, ")
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w'’\-])((?:[{UPPER}][\w&\-]*|\d+)(?: (?:[{UPPER}][\w&\-]*|\d+)){{0,3}})$")


def _named_companies(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies news names with no head word, by what the sentence says they are: a list after a plural of
    companies (`German corporations such as Boehringer Ingelheim, BASF and Hornbach`, its adjective their country)
    and a name set beside what it is (`RusVietpetro, a joint venture between …`, `Viettel Cambodia, a subsidiary of
    Viettel`, `the Garco 10, a leading garment factory`). Not a place, a person, a known or already read body."""
    text = doc.text
    out: list[Span] = []

    def add(start: int, end: int, country: str | None, *, described: bool = False) -> None:
        name = _WEEKDAY_AFTER.sub("", text[start:end].split(". ")[0].rstrip("."))  # (`X Gas Monday said`: when)
        end = start + len(name)
        taken = [*found, *out, *doc.known_orgs]
        if (
            len(name) < 2
            or any(sp.start < end and start < sp.end for sp in taken)
            or any(p.start <= start < p.end and (p.end >= end or not described) for p in doc.places)
            # (`Viettel Cambodia`: a company's country arm; `utility Tokyo Gas`: a name a place begins, described)
            or doc.title_at(start)
            or name.split(" ")[0] in _NOT_IN_NAME
            or _ends_with_person(lex, name)
            or (name.split(" ")[0] in DEMONYMS and not (described and " " in name))
        ):  # (a company described first may begin with its country's adjective: `Oil giant Saudi X`)
            return
        out.append(
            Span(start, end, "", Label.ORGANIZATION, name, {"head": "Company", "place": None, "company_of": country})
        )

    for m in _LIST_INTRO.finditer(text):
        plural = _COMPANIES_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if plural is None:
            continue
        adjective = _ADJECTIVE_BEFORE.search(text, max(0, plural.start() - 40), plural.start())
        country = DEMONYMS.get(adjective.group(1)) if adjective else None
        pos = m.end()
        while (item := _ITEM.match(text, pos)) is not None:
            add(item.start(), item.end(), country)
            join = _ITEM_JOIN.match(text, item.end())
            if join is None:
                break
            pos = join.end()
    for m in _COMPANY_APPOSITIVE.finditer(text):
        before = _NAME_BEFORE_COMMA.search(text, max(0, m.start() - 60), m.start())
        if before is not None:
            add(before.start(1), before.end(1), None)
        sub = _SUBSIDIARY_OF.match(text, m.end() - len(m.group(0).split(" ")[-1]) - 1)
        parent = _ITEM.match(text, sub.end()) if sub is not None else None
        if parent is not None:
            add(parent.start(), parent.end(), None)
    for m in matches_on_cued_lines(_DESCRIBED_COMPANY, text, _DESCRIBED_CUE, _DESCRIBED_REACH):
        if m.group("adjective") is not None and m.group("adjective") not in DEMONYMS:
            continue  # (`the Party Group X`: a capitalised word before the kind is a name's, unless a country's)
        item = _ITEM.match(text, m.end())
        if item is not None and not (" of " in m.group(0) and m.group(0).split(" ")[0] in _ARTICLES):
            kind = next(k for k in ("kind", "kind2", "kind3") if m.group(k))
            adjective = _ADJECTIVE_BEFORE.search(text, max(0, m.start(kind) - 40), m.start(kind))
            add(item.start(), item.end(), DEMONYMS.get(adjective.group(1)) if adjective else None, described=True)
    return out


_EXECUTIVE = re.compile(
    r"(?<=[\w&] )(?:President(?: (?:&|and) CEO)?|CEO|[Cc]hairman|[Cc]hairwoman|(?:[Dd]eputy|[Vv]ice) [Cc]hairman"
    r"|Chief Executive(?: Officer)?|General Director|Managing Director)"
    rf" (?=[{UPPER}][\w'’\-]+ [{UPPER}])"
)
"""A company's executive's title between its name and his (`Tokyo Gas President Tsuyoshi Okamoto`, `Sembcorp deputy
chairman Tow Heng Tan`): a title and then at least two capitalised words."""
_EMPLOYER_BEFORE = re.compile(rf"(?<![\w'’.\-])((?:[{UPPER}][\w'’\-]*|&)(?: (?:[{UPPER}][\w'’\-]*|&)){{0,2}}) $")
_SHORT_FORM_MIN = 3


def _employers_before_titles(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies named by their executives' titles (`Tokyo Gas President Tsuyoshi Okamoto`, `PV Gas President & CEO
    Do Khang Ninh`, `NVTC President Bobbie Killberg`): the one to three capitalised words right before the title are
    his employer, which no head word names. Not a country's adjective (`Lao President`), a place (`US President`),
    a title's words (`State President`, `Mayor X Meets President`), a body already read, a short form another body
    was given in brackets (`PPC Chairman`: the abbreviation's mentions are that body's) or one of two letters (`NA
    Chairman`)."""
    text = doc.text
    out: list[Span] = []
    for m in _EXECUTIVE.finditer(text):
        run = _EMPLOYER_BEFORE.search(text, max(0, m.start() - 50), m.start())
        if run is None:
            continue
        start, end = run.start(1), run.end(1)
        if _sentence_word_first(doc, start, end):  # `Said X chairman Y: …`: the sentence's verb, then the name
            start = text.index(" ", start) + 1
        name = text[start:end]
        words = name.split()
        place = doc.span_at(doc.places, start)
        if (
            words[0] in DEMONYMS
            or words[0] in _NOT_IN_NAME
            or words[-1] in RANKS_BEFORE_TITLES
            or words[-1] in _KIND_BY_HEAD
            or "&" in (words[0], words[-1])
            or (len(words) == 1 and len(name) < _SHORT_FORM_MIN)
            or (len(words) == 1 and not name.isupper() and _opens_sentence(text, start))
            or (place is not None and place.end >= end)
            or any(doc.title_at(w.start() + start) for w in re.finditer(r"\S+", name))
            or any(t.end() in (start - 1, start - 2) for t in doc.titles.values())
            or any(sp.start < end and start < sp.end for sp in [*found, *out, *doc.known_orgs])
            or f"({name})" in text
            or _ends_with_person(lex, name)
        ):
            continue
        out.append(
            Span(start, end, "", Label.ORGANIZATION, name, {"head": "Company", "place": None, "company_of": None})
        )
    return out


_BANK_IN_ONE_WORD = re.compile(rf"(?<![\w'’\-])[{UPPER}][A-Za-z]{{1,12}}(?<=[a-zA-Z])(?:bank|Bank)(?![\w'’\-])")
"""A bank's name written as one word with `bank` (`HDBank`, `Eximbank`, `Techcombank`): what only a bank is called."""
_BANK_CUE = re.compile("[bB]ank")
"""The word every match of `_BANK_IN_ONE_WORD` holds: the lines without it are not read (`matches_on_cued_lines`)."""


def _banks_in_one_word(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """Banks named in one word ending with `bank` (`Eximbank credit line`, `HDBank reached …`), which no head word
    (a separate `Bank`) names; not a body read or known there."""
    text = doc.text
    if "bank" not in text and "Bank" not in text:
        return []
    out: list[Span] = []
    for m in matches_on_cued_lines(_BANK_IN_ONE_WORD, text, _BANK_CUE):
        start, end = m.span()
        if any(sp.start < end and start < sp.end for sp in [*found, *out, *doc.known_orgs]):
            continue
        out.append(
            Span(start, end, "", Label.ORGANIZATION, m.group(0), {"head": "Bank", "place": None, "company_of": None})
        )
    return out


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a word opens a line or a sentence, where any word is capitalised (`Yesterday Chairman X`: one such
    word says nothing of a company)."""
    return at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at] in (". ", '" ', "“ ")


_BRACKETED_SHORT_FORM = re.compile(r" \(([A-Z][A-Za-z&]{1,9})\)")
_SPELT_WORD = re.compile(r"[\w'’&.]+")
_SPELT_PARTS = re.compile(r"[-–]")
_SPELT_SKIP = frozenset({"and", "&", "of", "for", "the", "de"})
_MAX_SPELT_WORDS = 8
_NO_BODY_WORDS = frozenset(
    {
        Label.AGREEMENT.value,
        "Partnership",
        "Treaty",
        "Memorandum",
        "Protocol",
        "Programme",
        "Program",
        "Project",
        "Plan",
    }
    | {"Strategy", "Initiative", "Framework", "Declaration", "Statement", "Summit", "Conference", "Forum", "Dialogue"}
    | {"Exhibition", "Expo", "Fair", "Week", "Festival", "Zone", "Corridor", "Index", "Award", "Mechanism"}
)
"""Words of what a short form in brackets also names that is no body: documents, partnerships, meetings, areas."""


def _spelled_out_before_short_forms(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """A body named after its country, which the short form in brackets after it spells out (`Global Affairs Canada
    (GAC)`, `Sustainable Food Systems Ireland (SFSI)`, `British University Vietnam (BUV)`, `UK Trade & Investment
    (UKTI)`): the capitalised words whose initials (an all-capital word's letters, each part of a dashed pair) make
    the short form, when a place is among them and more than the place; no head word names such a body, or the
    place after the head ended its name (a name read inside it gives way). Not a document, a partnership, a meeting
    or an area (`… Free Trade Agreement (EVFTA)`), a title's words, nor a known body's name."""
    text = doc.text
    out = list(found)
    for m in _BRACKETED_SHORT_FORM.finditer(text):
        start = _spelt_start(text, m.start(), m.group(1).replace("&", "").upper())
        if start is None:
            continue
        end = m.start()
        words = text[start:end].split()
        inside = [p for p in doc.places if start <= p.start and p.end <= end]
        read = [sp for sp in out if sp.start < end and start < sp.end]
        if (
            not inside
            or any(p.start == start and p.end == end for p in inside)
            or words[0] in _NOT_IN_NAME
            or any(w in _NO_BODY_WORDS for w in words)
            or any(doc.title_at(w.start() + start) for w in re.finditer(r"\S+", text[start:end]))
            or any(k.start < end and start < k.end for k in doc.known_orgs)
            or any(sp.start < start or sp.end >= end or sp.id for sp in read)
            or words[-1].endswith(_POSSESSIVE_ENDS)
        ):  # (a name read to the short form is read: `Communist Party of China (CPC)`)
            continue
        out = [sp for sp in out if sp not in read]
        country = _country(inside[-1])
        data: dict[str, Any] = {"head": None, "place": None, "company_of": country, "abbr": m.group(1)}
        out.append(Span(start, end, "", Label.ORGANIZATION, text[start:end], data))
    return out


def _spelt_start(text: str, end: int, short: str) -> int | None:
    """Where the capitalised words before `end` begin whose initials spell `short`, nearest first; None if none do."""
    words = list(_SPELT_WORD.finditer(text, max(0, end - 120), end))
    for k in range(1, min(len(words), _MAX_SPELT_WORDS) + 1):
        run = words[-k:]
        first = run[0].group(0)
        if any(w.end() + 1 != v.start() for w, v in itertools.pairwise(run)) or run[-1].end() != end:
            return None  # (only spaces between the words; a comma or a bracket ends the run)
        if first in _SPELT_SKIP or first in _NAME_PARTICLES or not first[0].isupper():
            if first[0].isupper() or first in _SPELT_SKIP or first in _NAME_PARTICLES:
                continue
            return None
        every = [p for w in run for p in _SPELT_PARTS.split(w.group(0)) if p]
        parts = [p for p in every if p not in _SPELT_SKIP and p not in _NAME_PARTICLES]
        if any(not p[0].isupper() for p in parts):
            return None
        for spelt in (
            "".join(p[0] for p in parts),
            "".join(p if p.isupper() and len(p) <= 3 else p[0] for p in parts),
            "".join(p[0] for p in every if p in _NAME_PARTICLES or p not in _SPELT_SKIP),
        ):  # (a particle is spelt or not: `Electricité du Cambodge (EDC)`, `Agence Française de Développement (AFD)`)
            if spelt.upper() == short:
                return run[0].start()
    return None


def _sentence_word_first(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the first of several capitalised words opens a sentence and is a word the page also writes in
    lowercase (`Said`, `Meanwhile`): a sentence's word, capitalised for its place, no word of the name after it."""
    text = doc.text
    space = text.find(" ", start, end)
    if space < 0 or not _opens_sentence(text, start):
        return False
    return re.search(rf"(?<![\w'’\-]){re.escape(text[start:space].lower())}(?![\w'’\-])", text) is not None


def _inner_party(doc: ArticleDoc, lex: Lexicon, span: Span, main_ministry: GazetteerEntry | None) -> None:
    """`Political Bureau of the Communist Party of China`: the party a body's name ends with is a body of its own,
    which the first is part of (as the Vietnamese stage reads `Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc`)."""
    m = _INNER_PARTY.search(doc.text, span.start, span.end)
    if m is None or not span.id or span.data.get("entry") is not None:
        return
    inner = _read_name(doc, lex, m.end(1) - len("Party"), m.end(1), "Party", m.start(1))
    if inner is None or inner.start != m.start(1) or inner.end > span.end:
        return
    _add_entity(doc, lex, inner, main_ministry)
    if inner.id and inner.id != span.id:
        doc.orgs.append(inner)
        doc.orgs.sort(key=lambda sp: sp.start)
        doc.relate(RelType.PART_OF, span.id, inner.id, at=span.start)


_INNER_PARTY = re.compile(rf" of the ((?:[{UPPER}][\w'’\-]* ){{1,3}}Party)(?![\w'’\-])")


def _with_known(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """Gazetteer names win over a name read around them that they overlap (`Korea Trade-Investment Promotion Agency`);
    a read name containing a known one and more stays (`Ministry of Foreign Affairs of Thailand`)."""
    out = list(found)
    for known in doc.known_orgs:
        overlapping = [sp for sp in out if sp.start < known.end and known.start < sp.end]
        if any(
            (sp.start <= known.start and known.end < sp.end) or (sp.start < known.start and known.end <= sp.end)
            for sp in overlapping
        ):
            continue
        out = [sp for sp in out if sp not in overlapping]
        arm = _country_arm(doc, known)
        if arm is not None:
            out = [sp for sp in out if not (sp.start < arm.end and known.start < sp.end)]
            out.append(arm)  # `Petrolimex Laos`: the company's arm in that country, a body of its own
            continue
        out.append(
            Span(
                known.start,
                known.end,
                known.id,
                Label.ORGANIZATION,
                known.text,
                {"entry": known.data["entry"], "head": None},
            )
        )
    return sorted(out, key=lambda sp: sp.start)


def _country_arm(doc: ArticleDoc, known: Span) -> Span | None:
    """`Petrolimex Laos`, `Viettel Cambodia`: a known company's name right before another country's is the company's
    arm there, named as written (not when the name goes on: `Samsung Vietnam Mobile`, a name of its own)."""
    entry = known.data["entry"]
    country = doc.span_at(doc.places, known.end + 1) if doc.text[known.end : known.end + 1] == " " else None
    if (
        entry.properties.get(Prop.KIND) != OrganizationKind.COMPANY
        or country is None
        or country.label != Label.COUNTRY
        or _country(country) == entry.properties.get(Prop.COUNTRY)
        or _CAP.match(doc.text, country.end + 1)
    ):
        return None
    name = doc.text[known.start : country.end]
    return Span(
        known.start,
        country.end,
        "",
        Label.ORGANIZATION,
        name,
        {"head": "Company", "place": None, "company_of": _country(country)},
    )


def _read_name(
    doc: ArticleDoc, lex: Lexicon, head_start: int, head_end: int, head: str, floor: int = -1
) -> Span | None:
    text = doc.text
    if doc.title_at(head_start):
        return None
    start = _left_edge(doc, lex, head_start, floor, company=_KIND_BY_HEAD[head] == OrganizationKind.COMPANY)
    if start == head_start and head in _LEGAL_FORMS and text[head_start - 2 : head_start] == ", ":
        start = _before_comma(doc, lex, head_start, floor)  # `X Management Consulting, LLC`: its form after a comma
    end, place = _right_edge(doc, head_end)
    if head in _HEAD_FIRST and end == head_end:  # `Universiti Kebangsaan Malaysia`, `Ecole de Management de …`
        words = _HEAD_FIRST_WORDS.match(text, head_end)
        end = words.end() if words else end
    on = _ON.match(text, end) if head in _ON_HEADS and place is None else None
    if on is not None and not doc.span_at(doc.places, on.end()):
        end = max(end, _complement(doc, on.end()))  # `Joint Committee on Cooperation in Industry, Trade and Energy`
    elif head in _ON_HEADS and place is None and end == head_end and _JOINT_WORDS.search(text, start, head_start):
        end = _joint_subject(text, end)  # `the Joint Committee on economic and trade cooperation in …`: its subject
    owned = place is None and (place := _possessor(doc, start)) is not None
    # (`Laos’ Ministry of …`, `Victoria’s Department of …`: whose body it is)
    if owned and place is not None and place.label == Label.COUNTRY and start < head_start:
        first = _place_inside(doc, start, head_start) or _province_named_first(doc, lex, start, head_start)
        if first is not None and first.label == Label.PROVINCE and _country(first) == _country(place):
            place = first  # `Japan’s Yamaguchi Prefectural Assembly`: the province's, which is in that country
    adjective = (
        _CAP.match(text, start)
        if start < head_start
        and (_KIND_BY_HEAD[head] in _STATE_KINDS or head in _LEGISLATURES)
        and not doc.span_at(doc.places, start)
        else None
    )  # (`Lao Cai Department`: a province's name; `Australian Chamber of Commerce`: a proper name)
    country = lex.gaz.country(DEMONYMS[adjective.group(0)]) if adjective and adjective.group(0) in DEMONYMS else None
    by_adjective = adjective is not None and country is not None and adjective.end() + 1 == head_start
    if adjective is not None and country is not None and adjective.end() + 1 == head_start:
        # `the Cambodian Ministry of …`: whose, not its name
        start = adjective.end() + 1
        if place is None:
            add_place_entity(doc, country, None)
            place = Span(
                adjective.start(), adjective.end(), country.id, Label.COUNTRY, adjective.group(0), {"entry": country}
            )
    owner = _OWNER_BEFORE.search(text, max(0, start - 60), start) if start == head_start else None
    said_from = adjective.start() if by_adjective and adjective is not None else owner.start(1) if owner else start
    if (place is None or owned or by_adjective) and _after_title(doc, said_from):
        # (`Deputy Secretary of Victoria’s Department of … Resources Gonul Serbest`: the holder's name ends it; so
        # after a country's adjective: `Director of the Vietnamese Department of … Nguyen Hoang Long`)
        vietnamese = _before_vietnamese_name(lex, text, head_end, end) if by_adjective and end > head_end else end
        end = vietnamese if vietnamese != end else _before_name(doc, lex, head_end, end)
    elif (place is None or by_adjective) and end > head_end:
        end = _before_vietnamese_name(lex, text, head_end, end)
    end = head_end + len(_TRAILING_CONNECTOR.sub("", text[head_end:end]))  # (`… Technology and` Lt General X)
    if start == head_start and end == head_end and place is None:
        return None  # a bare `the Ministry`, `the Department`: refers back, names nothing new
    embassy = _KIND_BY_HEAD[head] == OrganizationKind.EMBASSY
    seated_in = _IN.match(text, end) if head in _SEATED or embassy else None
    seat = doc.span_at(doc.places, seated_in.end()) if seated_in else None
    if (
        seat is not None
        and head == "Office"
        and not any(p.id != seat.id for p in doc.places if start <= p.start < head_start)
    ):
        seat = None  # `signed at the Government Inspection Office in Vietnam`: where it is, not an office abroad
    if seat is not None and (
        seat.label == Label.COUNTRY or embassy or head == "Office" or (head == "Chamber" and start == head_start)
    ):  # (`the Taipei Economic and Cultural Office in Vietnam`, `… Office in Taipei`: one place's office in another)
        end = seat.end  # `European Chamber of Commerce in Vietnam`: a chamber abroad is named with its seat
        # (and one known only by its city: `the Chamber of Commerce in Aswan`)
    office_abroad = head == "Office" and start < head_start and start in doc.place_starts  # (named by a place)
    city = (
        _CITY_NAME.match(text, seated_in.end())
        if seated_in is not None
        and seat is None
        and (head in _MISSION_KEYS or office_abroad)
        and not doc.title_at(seated_in.end())
        else None
    )  # (`the X Economic and Cultural Office in Taipei`: one place's office in a city abroad no gazetteer lists)
    if city is not None and not _ends_with_person(lex, city.group(0)):
        end = city.end()  # `the Vietnamese Consulate General in Pakse`: a consulate in a city no gazetteer lists
    if start == head_start and end == head_end and not (by_adjective and head in _LEGISLATURES):
        return None  # `the Korean Embassy` alone: which one, the text does not say (a country has one parliament)
    branch = (
        doc.span_at(doc.places, end + 1)
        if end == head_end and _KIND_BY_HEAD[head] == OrganizationKind.COMPANY
        else None
    )
    if branch is not None and branch.label == Label.COUNTRY and not _CAP.match(text, branch.end + 1):
        end = branch.end  # `EXIM Bank Thailand`: a company's country-named arm
    comma = 2 if text.startswith(", ", end) else 1  # (`Vietnam National University, Hanoi`: its Hanoi branch)
    campus = (
        doc.span_at(doc.places, end + comma) if head == "University" and (end == head_end or comma == 1) else None
    )  # (`University of Economics Ho Chi Minh City`: a university's name with its city after its complement)
    if campus is not None and comma == 2 and text.startswith((" and ", ", and "), campus.end):
        campus = None  # `… University, Hanoi and Da Nang`: a list of places, not a campus
    if campus is not None and campus.label == Label.PROVINCE and text[end : end + comma] in (" ", ", "):
        word = PLACE_WORD_AFTER.match(text, campus.end)  # `Vietnam National University Ho Chi Minh City`: its branch
        end = word.end() if word else campus.end
    pair = _countries_between(doc, end) if head in _ON_HEADS and _JOINT_WORDS.search(text, start, head_end) else None
    if pair is not None:
        end = pair  # `the Joint Committee between Egypt and Vietnam`: the two countries' committee, named with them
    abbr = _ABBR.match(text, end)
    if abbr is not None and doc.span_at(doc.places, abbr.start(1)):
        abbr = None  # `Long An International Port (Vietnam)`: where the body is, no short form of its name
    if abbr is not None:
        start = _start_by_initials(text, start, end, abbr.group(1))  # `Oil and Natural Gas Corp (ONGC)`: from `Oil`
    elif text.startswith(" under the ", end):
        abbr = _short_form_after_parent(text, start, end)
    inside = [p for p in doc.places if start <= p.start < head_start]
    bilateral = len(inside) >= 2 and any(d in text[inside[0].end : inside[1].start] for d in _DASH)
    if place is None and not bilateral:  # (`Vietnam - Korea Joint Committee`: of both, based in neither)
        place = _place_inside(doc, start, head_start)
    if place is None and start < head_start and _KIND_BY_HEAD[head] in _STATE_KINDS:
        place = _province_named_first(doc, lex, start, head_start)  # `Ho Chi Minh City Department of …`
    data: dict[str, Any] = {"head": head, "place": place, "owned": owned}
    if embassy and seat is not None:
        data["seat"] = seat
    if city is not None and end == city.end():
        data["city"] = city.group(0)
    if abbr:
        data["abbr"] = abbr.group(1)
    return Span(start, end, "", Label.ORGANIZATION, text[start:end], data)


_BETWEEN = re.compile(r" between (?:the )?")
_AND_THE = re.compile(r" and (?:the )?")


def _countries_between(doc: ArticleDoc, end: int) -> int | None:
    """Where `between A and B` after a joint body's name ends, when A and B are two countries; else None."""
    between = _BETWEEN.match(doc.text, end)
    first = doc.span_at(doc.places, between.end()) if between else None
    if first is None or first.label != Label.COUNTRY:
        return None
    joined = _AND_THE.match(doc.text, first.end)
    second = doc.span_at(doc.places, joined.end()) if joined else None
    return second.end if second is not None and second.label == Label.COUNTRY and second.id != first.id else None


def _before_comma(doc: ArticleDoc, lex: Lexicon, head_start: int, floor: int) -> int:
    """Where a company's name begins when its legal form follows it after a comma (`X & Y Consulting, LLC`, `X,
    Inc.`): the capitalised words before the comma, read as before a head; `head_start` when there are none."""
    word = _LAST_WORD.search(doc.text, max(0, head_start - 42), head_start - 2)
    if (
        word is None
        or not _CAP.fullmatch(word.group(1))
        or word.start(1) <= floor
        or doc.span_at(doc.places, word.start(1)) is not None
    ):
        return head_start  # (`in Hanoi, Inc. said`: a place before the comma, no company's name)
    return min(word.start(1), _left_edge(doc, lex, word.start(1), floor, company=True))


_INITIALS_SKIP = frozenset({"and", "&", "of", "for", "the"})
_MAX_INITIALS_BACK = 4


_AFTER_PARENT = re.compile(
    rf" under the (?:[{UPPER}][\w'’\-]*|of|the|and|for)(?: (?:[{UPPER}][\w'’\-]*|of|the|and|for)){{0,9}}"
    r" \(([A-Z][A-Za-z]{1,11})\)"
)


def _short_form_after_parent(text: str, start: int, end: int) -> re.Match[str] | None:
    """The short form in brackets after the body a name is under, when its capitals are the name's initials
    (`the Kyrgyz Institute for Policy Studies under the President of the Kyrgyz Republic (KyrIPS)`: the institute's,
    not the president's); None otherwise (`… under the Ministry of Industry and Trade (MoIT)`: the ministry's)."""
    after = _AFTER_PARENT.match(text, end)
    if after is None:
        return None
    capitals = "".join(c for c in after.group(1) if c.isupper())
    return after if len(capitals) >= 2 and capitals == _initials(text[start:end].split()).upper() else None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _INITIALS_SKIP and w[0].isupper())


def _start_by_initials(text: str, start: int, end: int, abbr: str) -> int:
    """Where a name begins when the abbreviation in brackets after it spells more words than were read (`Oil and
    Natural Gas Corp (ONGC)`: `and` had ended it at `Natural`): the capitalised words before it, over `and` and `of`,
    whose initials with the name's make the abbreviation exactly; `start` when none do."""
    initials = _initials(text[start:end].split())
    if not initials or len(initials) >= len(abbr) or not abbr.upper().endswith(initials.upper()):
        return start
    pos = start
    for _ in range(_MAX_INITIALS_BACK):
        prev = _LAST_WORD.search(text, max(0, pos - 40), pos - 1) if text[pos - 1 : pos] == " " else None
        if prev is None or not (prev.group(1) in _INITIALS_SKIP or _CAP.fullmatch(prev.group(1))):
            return start
        pos = prev.start(1)
        initials = _initials(text[pos:end].split())
        if initials.upper() == abbr.upper() and prev.group(1) not in _INITIALS_SKIP:
            return pos
    return start


def _after_title(doc: ArticleDoc, start: int) -> bool:
    """`Secretary of State of the Ministry of Commerce …`, `Undersecretary of State in the Ministry of …`: the body
    of a title (or the one a title is held in or at), which a name follows."""
    m = re.search(r" (?:of|for|in|at)(?: the)? $", doc.text[max(0, start - 9) : start])
    return m is not None and any(t.end() == start - len(m.group(0)) for t in doc.titles.values())


def _before_name(doc: ArticleDoc, lex: Lexicon, head_end: int, end: int) -> int:
    """Where the body's name ends when a person's name follows it (`Ministry of Commerce Pen Sovicheat`): before
    the last two or more capitalised words that are no ministry's field words, keeping one word at least."""
    words = list(re.finditer(r"[\w'’\-]+", doc.text[head_end:end]))
    fields = field_words(lex)
    cut = len(words)
    while cut > 0 and words[cut - 1].group(0) not in fields and words[cut - 1].group(0)[0].isupper():
        cut -= 1
    cut = max(cut, 2)  # `of` plus one word at least stays the body's (`Council of Ministers Ricardo Cabrisas`)
    if len(words) - cut < 2:
        return end
    return head_end + words[cut - 1].end()


def _before_vietnamese_name(lex: Lexicon, text: str, head_end: int, end: int) -> int:
    """`Department of Foreign Affairs of Localities Nguyen Hoang Long`: a body's name read on into the Vietnamese
    personal name that follows it (a family name and two or three capitalised syllables) ends before it."""
    words = list(re.finditer(r"[\w'’\-]+", text[head_end:end]))
    for n in (4, 3):
        if len(words) > n and _ends_with_person(lex, " ".join(w.group(0) for w in words[-n:])):
            first = words[-n]
            if first.group(0) in lex.surnames or first.group(0) in lex.plain_surnames:
                return head_end + words[-n - 1].end()
    return end


def _ends_with_person(lex: Lexicon, before: str) -> bool:
    """Whether text ends with a Vietnamese personal name: a family name and one to three capitalised syllables
    (Vietnamese ones: `Binh Son Refining and …` is a company's name that a place begins, no person's)."""
    words = before.split()
    for n in (2, 3, 4):
        tail = words[-n:]
        if (
            len(tail) == n
            and all(w[:1].isupper() for w in tail)
            and (tail[0] in lex.surnames or tail[0] in lex.plain_surnames)
            and all(vietnamese_syllable(w) for w in tail[1:])
        ):
            return True
    return False


_NAME_WORDS = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*){{0,3}}")


def _titled(doc: ArticleDoc, at: int) -> bool:
    """Whether the capitalised words before `and` at `at` follow a title (`… Vice Chairman Lee Jae-yong and Hanwha
    Group`): a person's name, whatever its language, which ends the name of the body after `and` on its left."""
    return any(
        at - 60 <= t.end() < at - 2 and _NAME_WORDS.fullmatch(doc.text, t.end() + 1, at - 1)
        for t in doc.titles.values()
    )


def _side_at(doc: ArticleDoc, at: int) -> bool:
    """A place or a known body's one-word name begins at `at`: a side a dashed pair before a head joins."""
    return doc.span_at(doc.places, at) is not None or any(k.start == at and " " not in k.text for k in doc.known_orgs)


def _country_at(doc: ArticleDoc, at: int) -> bool:
    """A country's name begins at `at`: after an `and`, a second body named after its country (`Vietnam Maritime
    Corporation`) begins, since no field of a name is a country."""
    place = doc.span_at(doc.places, at)
    return place is not None and place.start == at and place.label == Label.COUNTRY


def _left_edge(doc: ArticleDoc, lex: Lexicon, head_start: int, floor: int = -1, *, company: bool = False) -> int:
    """Capitalised words before the head (`Lao Cai Provincial People's` Committee), not a title's or a possessor's,
    nor the words of the name read before (`… of Energy and Mines and Victoria’s Department`), with one `and` at
    most (`Oil and Gas Group`)."""
    text = doc.text
    start = head_start
    words = 0
    joined = 0  # where the name goes on after the `and` it was read over, if any
    while words < _MAX_WORDS and start >= 2 and text[start - 1] == " ":
        prev = _LAST_WORD.search(text, max(0, start - 61), start - 1)
        if prev is None:
            break
        word = prev.group(1)
        at = prev.start(1)
        if at < floor:
            break
        if word in _CONNECTORS and joined:
            break
        if word in _CONNECTORS and at and (_ends_with_person(lex, text[max(0, at - 40) : at]) or _titled(doc, at)):
            break  # `… Trade Nguyễn Hồng Diên and European Commission`: a person's name ends the body's on its left
        if word in _CONNECTORS and words and at and (last := _LAST_CAP.search(text, max(0, at - 61), at - 1)):
            if (
                any(p.end == at - 1 for p in doc.places)
                or any(k.end == at - 1 for k in doc.known_orgs)
                or (last.group(0).isupper() and len(last.group(0)) > 1)
                or _country_at(doc, start)
            ):
                break  # `ONGC Videsh Limited, India and Vietnam Oil and Gas Group`: a list, not one name
                # (`Vietjet Air and Rolls-Royce Group`: a known body's name ends before `and`, and so does a short
                # form, no field of a name: `PSA and Saigon New Port`; a name a country begins begins there:
                # `between Norfund and Vietnam Maritime Corporation`)
            start = at
            joined = at + len(word) + 1
            continue
        if word in _DASH and words and _side_at(doc, start):
            pair = _LAST_WORD.search(text, max(0, at - 61), at - 1)  # `Vietnam - Korea Joint Committee`: both sides'
            if pair is not None and _side_at(doc, pair.start(1)) and text[at - 1] == " ":
                start = pair.start(1)  # (and two blocs' or a bloc's and a country's: `Mercosur - ASEAN Chamber`)
                words += 1
            break
        if joined and word.endswith(",") and word[:-1] in field_words(doc.lexicon):
            start = at  # `X Trade, Tourism and Investment Promotion Centre`: fields enumerated before the head
            words += 1
            continue
        joined_by_dash = (
            _LAST_WORD.search(text, max(0, at - 61), at - 1)
            if company and word in _DASH and words and text[at - 1 : at] == " "
            else None
        )
        if (
            joined_by_dash is not None
            and _CAP.fullmatch(joined_by_dash.group(1))
            and not _ends_with_person(lex, text[max(0, at - 40) : at - 1])
            and not _titled(doc, at)
        ):  # (`Chairman Nguyen Van An - Vingroup Corporation`: a person's name, then the company's)
            start = joined_by_dash.start(1)  # `the Vietnam Coal - Mineral Industries Group`: one company's words
            words += 1
            continue
        if company and word in _NAME_PARTICLES and words and _LAST_CAP.search(text, max(0, at - 61), at - 1):
            start = at  # `Hydrogene de France SA`, `Banca di Roma S.p.A.`: a particle between a company's words
            continue
        if word in _LOWER_PROVINCIAL and text.startswith(("Party Committee", "People's", "People’s"), start):
            start = at  # `the provincial Party Committee`: the page's province's, named in lowercase
            province = next((p for p in doc.places if p.end == at - 1 and p.label == Label.PROVINCE), None)
            if province is not None:
                start = province.start  # `the Khanh Hoa provincial People's Committee`: that province's, by name
            break
        city = _CITY_BEFORE.search(text, max(0, at - 40), at) if word in ("city", "district") else None
        if city is not None and not any(t.start() <= city.start(1) < t.end() for t in _titles_near(doc, city.start(1))):
            start = city.start(1)  # `Sanjo city Chamber of Commerce and Industry`: the chamber of that city
            while start < at and text[start : text.find(" ", start)] in _NOT_IN_NAME:
                start = text.find(" ", start) + 1  # (`The Sanjo city …`: a sentence's article, no part of the name)
            if start < at:
                break
            start = head_start
        if (
            not (_CAP.fullmatch(word) or _PAIR.fullmatch(word))
            or word.endswith(_BASED)
            or (word in _NOT_IN_NAME and not _begins_place(doc, at, start) and not _ends_place(doc, at, start))
        ):  # (`the An Giang Provincial People's Committee`: `An` begins the province's name, no article; `the Long
            # An International Port`: it ends it)
            break  # (`Vietnam–Laos Joint Committee`: two sides joined by a dash are one word of the name)
            # (`the Hanoi-based Thang Long University`: where it is based, no word of its name)
        if word.endswith(_POSSESSIVE_ENDS) and word not in _POSSESSIVE_IN_NAMES:
            break  # `Japan's Ministry of …`, `Victoria’s Department of …`: whose body, not part of its name
        if any(t.start() <= at < t.end() and not _in_titles_body(doc.text, t, at) for t in _titles_near(doc, at)):
            break
        start = at
        words += 1
    before = _LOWER_BEFORE.search(text, max(0, start - 30), start) if joined else None
    if before is not None and before.group(1) not in _FUNCTION_WORDS:
        start = joined  # `… editor-in-chief Ali Hassan and Vietnam News Agency`: a person's name, then a body's
    while text[start : start + 4] in ("and ", "& "):
        start += 4
    return start


def _begins_place(doc: ArticleDoc, at: int, rest: int) -> bool:
    """Whether a word that is also a sentence's (`An`, `The`) begins a place's name that runs on into the name read so
    far (`An Giang`, `The Hague`): then it is a word of the body's name."""
    place = doc.span_at(doc.places, at)
    return place is not None and place.end >= rest


def _ends_place(doc: ArticleDoc, at: int, rest: int) -> bool:
    """Whether a word that is also a sentence's (`An`) is the last of a place's name right before the name read so
    far (`Long An`): then the place's name is the body's, read on over it."""
    return any(p.start < at and p.end + 1 == rest for p in doc.places)


def _possessor(doc: ArticleDoc, head_start: int) -> Span | None:
    """The place whose body a name is, written as a possessive right before it (`Japan's`, `Laos’`, `Victoria’s`)."""
    text = doc.text
    for ending in _POSSESSIVE_ENDS:
        end = head_start - len(ending) - 1
        if end > 0 and text.startswith(ending + " ", end):
            return next((p for p in doc.places if p.end == end), None)
    return None


_DEMONYM_RIGHT_BEFORE = re.compile(r"(?<![\w'’.])([A-Z][a-z]+) $")


def _owner_as_written(doc: ArticleDoc, span: Span) -> None:
    """`Vietnam’s Ministry of Agriculture …`, `Việt Nam’s Ministry of …`, `the Vietnamese Ministry of …`: a body
    named with its own country's possessive or adjective before it is known by that form too (an alias as the page
    writes it), whichever spelling of the country the page uses; so is a unit named with its parent body's
    possessive (`MPI’s Foreign Investment Agency`)."""
    ent = doc.entities.get(span.id) if span.id else None
    if ent is None:
        return
    country = ent.properties.get(Prop.COUNTRY)
    owner = _possessor(doc, span.start)
    written = None
    if owner is not None and owner.label == Label.COUNTRY and owner.data["entry"].properties.get(Prop.ISO2) == country:
        written = doc.text[owner.start : span.end]
    parent = next(
        (o for o in doc.orgs if o.id and doc.text.startswith(("'s ", "’s "), o.end) and o.end + 3 == span.start), None
    )
    if parent is not None:  # `MPI’s Foreign Investment Agency`, `CPV’s Commission for …`: a body's own unit
        written = doc.text[parent.start : span.end]
    adjective = _DEMONYM_RIGHT_BEFORE.search(doc.text, max(0, span.start - 20), span.start) if not written else None
    if adjective is not None and country and DEMONYMS.get(adjective.group(1)) == country:
        written = doc.text[adjective.start(1) : span.end]
    named = None if written or not country else _country_right_before(doc, span.start, country)
    if named is not None:
        written = doc.text[named : span.end]  # `the US Department of Homeland Security`: its country's name
    if written and written != ent.name and written not in ent.aliases:
        ent.aliases.append(written)


_NAME_RIGHT_BEFORE = re.compile(r"(?<![\w'’.\-])((?:[A-Z]\.){2,}|[A-Z][\w\-]*(?: [A-Z][\w\-]*)?) $")


def _country_right_before(doc: ArticleDoc, start: int, iso2: str) -> int | None:
    """Where the body's own country is named right before its name, as a modifier (`US Department of …`, `U.S.
    Department of …`, `New Zealand Ministry of …`): the page's places do not read it there, as a name runs on."""
    m = _NAME_RIGHT_BEFORE.search(doc.text, max(0, start - 24), start)
    if m is None:
        return None
    words = m.group(1).split()
    for i in range(len(words)):  # (the longest name that ends right before the body's)
        name = " ".join(words[i:])
        if any(e.properties.get(Prop.ISO2) == iso2 for e in doc.lexicon.find(name, Label.COUNTRY)):
            return m.end() - 1 - len(name)
    return None


def _titles_near(doc: ArticleDoc, at: int) -> list[TitleMatch]:
    return [t for s, t in doc.titles.items() if s <= at < t.end()]


def _in_titles_body(text: str, title: TitleMatch, at: int) -> bool:
    """`Vice Chairman of the People's Government`: a title whose own words name its body after `of the`; a word
    there belongs to the body's name too."""
    of = re.search(r" of (?:the )?", text[title.start() : title.end()])
    return of is not None and at >= title.start() + of.end()


def _right_edge(doc: ArticleDoc, head_end: int) -> tuple[int, Span | None]:
    """The `of`/`for` complements after a head (`of Economy, Trade and Industry`, `of Yunnan Province`), and the
    place the name ends with, if any."""
    text = doc.text
    end = head_end
    while True:
        m = _OF.match(text, end)
        if m is None:
            return end, None
        described = DESCRIBED_PLACE.match(text, m.end())  # `of the Vietnamese northern province of Bac Giang`
        place = (doc.span_at(doc.places, described.end()) if described else None) or doc.span_at(doc.places, m.end())
        region = _REGION_ADJECTIVE.match(text, m.end()) if place is None else None
        if region is not None:  # `People’s Committee of northern Ha Giang province`: the place, described
            place = doc.span_at(doc.places, region.end())
        if place is not None and _COMPANY_AFTER_PLACE.match(text, place.end):
            return end, None  # `Managing Board of Korea Industrial Complex Co., Ltd`: a company's board, not Korea's
        if place is not None:
            stop = place.end
            word = PLACE_WORD_AFTER.match(text, stop)
            return (word.end() if word else stop), place
        words = _complement(doc, m.end())
        if words == m.end() or text[m.end() : words] in DEMONYMS:
            return end, None  # (`Committee for External Affairs of the Polish city`: whose, in words, no name's)
        end = words


_COMPANY_AFTER_PLACE = re.compile(
    rf"(?: [{UPPER}][\w&'’\-]*){{1,4}},? (?:"
    + "|".join(
        re.escape(h)
        for h, k in sorted(_KIND_BY_HEAD.items(), key=lambda hk: -len(hk[0]))
        if k == OrganizationKind.COMPANY
    )
    + r")(?![\w'’\-])"
)
"""A place's name that begins a company's (`Korea Industrial Complex Co., Ltd`, `Vietnam Airlines JSC`)."""
_REGION_ADJECTIVE = re.compile(
    r"(?:(?:north|south)(?:east|west)ern|(?:north|south|east|west)ern|(?:north|south)-central|central|coastal"
    r"|mountainous|border) "
)


def _complement(doc: ArticleDoc, at: int) -> int:
    """Capitalised words from `at` with `and`, `&` and enumeration commas between them; stops at a title, a place,
    a known name starting there, and a lowercase word."""
    text = doc.text
    pos = end = at
    words = 0
    joined = False
    while words < _MAX_WORDS:
        if words and (doc.title_at(pos) or doc.span_at(doc.places, pos)):
            break
        m = _CAP.match(text, pos)
        if m is None or m.group(0) in _NOT_IN_NAME:
            break
        if m.group(0).endswith(("'s", "’s")):  # `the Department of State's …`: the name ends before the possessive
            return m.end() - 2
        end = m.end()
        words += 1
        sep = _COMPLEMENT_SEP.match(text, end)
        if sep is None:
            break
        if joined and sep.group(0) != " ":
            break  # the enumeration's `and` came: `… of Energy and Mines and Victoria’s …` is two names
        if sep.group(0) in (" and ", " & ") and (
            _HEAD_IN_RUN.match(text, sep.end()) or doc.span_at(doc.places, sep.end())
        ):
            break  # `… between Vietnam’s Ministry of Trade and Central Group`, `… and US Customs …`: another body
        field = _WORD_AT.match(text, sep.end()) if sep.group(0) == " in " else None
        if field is not None and field.group(0) not in field_words(doc.lexicon):
            break  # `… on Cooperation in Industry`: a field; `… Ministers Jorge … in Havana`: where, not the name
        later = _AND_LATER.match(text, sep.end(), sep.end() + 60) if sep.group(0).startswith(",") else None
        if sep.group(0).startswith(",") and (
            later is None
            or _HEAD.search(text, sep.end(), later.end())
            or doc.within(doc.places, sep.end(), later.end() - 5)
        ):
            break  # a comma that ends the name, not one of an enumeration of fields (`of Economy, Trade and Industry`)
        if sep.group(0).startswith(",") and _apposed_name(doc, sep.end()):
            break  # `Chief Executive of the Ministry for Primary Industries, Jane Doe, and …`: who holds it
        joined = joined or sep.group(0) in (" and ", " & ")
        pos = sep.end()
    return end


_AND_TITLE_OF = re.compile(
    r" and (?:(?P<lower>(?:vice |deputy )?(?:governor|mayor|chairman|chairwoman|president) )|(?:[A-Z][\w\-]+ ){1,3})"
    r"of (?:the )?"
)


def _province_of_next_title(doc: ArticleDoc, end: int) -> Span | None:
    """The province named by a title joined after a bare provincial body (`… Party Committee and Governor of the
    southwestern Lao province of Champasak`, `… and governor of Oudomxay`: news often writes the second title in
    lowercase), which both titles are of."""
    m = _AND_TITLE_OF.match(doc.text, end)
    if m is None or not (m.group("lower") or doc.title_at(m.start() + 5)):
        return None
    described = DESCRIBED_PLACE.match(doc.text, m.end())
    place = (doc.span_at(doc.places, described.end()) if described else None) or doc.span_at(doc.places, m.end())
    return place if place is not None and place.label == Label.PROVINCE else None


def _apposed_name(doc: ArticleDoc, at: int) -> bool:
    """Whether the item after an enumeration's comma is a person's name set beside the body (two or more
    capitalised words, none of them a word of ministries' fields), not one more field (`Trade`, `Rural Development`)."""
    item = _ITEM_WORDS.match(doc.text, at)
    if item is None:
        return False
    words = item.group(0).split(" ")
    fields = field_words(doc.lexicon)
    return len(words) >= 2 and not any(w in fields for w in words)


def _province_named_first(doc: ArticleDoc, lex: Lexicon, start: int, head_start: int) -> Span | None:
    """The province a state body's name begins with when the places stage did not read it there (no cue before it):
    the longest run of the name's first words the gazetteer knows as a province (`Ho Chi Minh City`, `Da Nang`)."""
    words = list(re.finditer(r"[\w'’\-]+", doc.text[start:head_start]))
    countries = {_country(p) for p in doc.places}  # (only a province of a country the article speaks of)
    for k in range(min(len(words), 4), 0, -1):
        end = start + words[k - 1].end()
        found = [e for e in lex.find(doc.text[start:end], Label.PROVINCE) if e.label == Label.PROVINCE]
        if len(found) == 1 and found[0].properties.get(Prop.COUNTRY) in countries:
            add_place_entity(doc, found[0], start)
            return Span(start, end, found[0].id, Label.PROVINCE, doc.text[start:end], {"entry": found[0]})
    return None


def _place_inside(doc: ArticleDoc, start: int, head_start: int) -> Span | None:
    """The place a head-final name begins with (`Lao Cai Provincial People's Committee`)."""
    return next((p for p in doc.places if start <= p.start < head_start), None)


def _add_entity(doc: ArticleDoc, lex: Lexicon, span: Span, main_ministry: GazetteerEntry | None) -> None:
    """The Organization entity of a span: a gazetteer entry's when the name (or the name without its place, when
    the place is the entry's country) is known, else one keyed by kind and place."""
    known: GazetteerEntry | None = span.data.get("entry")
    if known is not None:
        if not _written_as_foreign(doc, lex, span, known):
            add_org_entity(doc, lex, span, main_ministry)
        return
    place: Span | None = span.data.get("place")
    name = span.text
    entry = _known(lex, name) or (_known(lex, span.data["abbr"]) if span.data.get("abbr") else None)
    base = _without_place(doc.text, span, place) if place is not None else name
    if entry is None and place is not None:
        base_entry = _known(lex, base)
        if base_entry is not None and base_entry.properties.get(Prop.COUNTRY) == _country(place):
            entry = base_entry
        elif base_entry is not None:
            _add_foreign_counterpart(doc, span, base_entry, place)
            return
    if entry is not None and _written_as_foreign(doc, lex, span, entry):
        return
    if entry is not None:
        span.data.update(entry=entry, place=None, head=None)
        add_org_entity(doc, lex, span, main_ministry)
        return
    head = span.data.get("head") or ""
    kind = _KIND_BY_HEAD.get(head, OrganizationKind.OTHER)
    aliases: list[str] = []
    if "joint" in span.data:  # two countries' committee: one id however much of its name a mention gives
        key, first, second = span.data["joint"]
        aliases.append(span.data["short"])
        _emit(doc, span, f"org:{key}-{first}-{second}", name, OrganizationKind.OTHER, None, None, aliases)
        return
    if "company_of" in span.data:  # a company named with no head word: its name, and the country said before it
        _emit(doc, span, f"org:{slug(name)}", name, kind, span.data["company_of"], None, aliases)
        return
    if kind == OrganizationKind.EMBASSY and place is not None and place.label == Label.COUNTRY:
        _add_embassy(doc, span, place, span.data.get("seat"))
        return
    if place is None and _BARE_PROVINCIAL.fullmatch(name.removeprefix("the ")):
        # `Secretary of the Party Committee and Governor of … Champasak`: the province the next title names; else
        # `the provincial Party Committee` on a page about one province: that province's
        place = _province_of_next_title(doc, span.end) or doc.home_province
        base = name
    demonym = _DEMONYM_GOVERNMENT.fullmatch(name.removeprefix("the "))
    if demonym is not None:
        span.data["demonym"] = DEMONYMS[demonym.group(1)]
    country_entry = lex.gaz.country(span.data["demonym"]) if span.data.get("demonym") else None
    if country_entry is not None and country_entry.id.startswith("country:"):
        iso = country_entry.properties[Prop.ISO2]
        if iso == "VN":
            vn = lex.gaz.organizations.get("org:vn-government")
            if vn is not None:
                span.data.update(entry=vn, place=None, head=None)
                add_org_entity(doc, lex, span, main_ministry)
                return
        _emit(
            doc,
            span,
            f"org:government-{iso.lower()}",
            f"Chính phủ {country_entry.name}",
            OrganizationKind.GOVERNMENT,
            iso,
            None,
            [name, f"Government of {country_entry.properties.get('name_en') or country_entry.name}"],
        )
        add_place_entity(doc, country_entry, None)
        doc.relate(RelType.BASED_IN, span.id, country_entry.id, at=span.start)
        return
    if place is not None:
        if span.data.get("owned"):  # `Khanh Hoa's Vietnam Fatherland Front Committee`, as written
            aliases.append(doc.text[place.start : span.end])
        key, vi_head, kind = _provincial_head(lex, base, place, kind)
        org_id = f"org:{key}-{_code(place)}"
        inner = _place_inside(doc, span.start, place.start) if place.label == Label.COUNTRY else None
        if inner is not None and inner.label == Label.PROVINCE and _country(inner) == _country(place):
            aliases.append(base)  # `Northern Territory Legislative Council of Australia`: named by its province too
        elif (
            vi_head is None and place.label == Label.COUNTRY and kind not in _STATE_BODIES and name.endswith(place.text)
        ):
            aliases.append(base)  # `Mitsubishi Corporation of Japan` is also written without its country
            # (not a ministry or a government: `Ministry of Agriculture` alone is any country's)
        if vi_head is not None:  # named in Vietnamese, as the Vietnamese stage names it; the English as an alias
            aliases.append(name)
            aliases.extend(_english_forms(key, place))
            name = f"{vi_head} {place.data['entry'].name}"
    else:
        org_id = f"org:{slug(name.removeprefix('the '))}"
    bare = name.removesuffix(head).rstrip(" ,") if head in _LEGAL_FORMS else ""
    if bare and bare != name:
        aliases.append(bare)  # `X Utilities Pte Ltd` is also written without its legal form
    first, _, rest = name.partition(" ")
    if kind == OrganizationKind.COMPANY and first in DEMONYMS and len(rest.split()) >= 2:
        aliases.append(rest)  # `the Japanese X Y Co`: a company's country said before its name, which is also without
    _emit(doc, span, org_id, name, kind, _country(place) if place else None, place, aliases)


def _add_embassy(doc: ArticleDoc, span: Span, country: Span, seat: Span | None) -> None:
    """`the Korean Embassy in Vietnam`, `Embassy of Vietnam in Korea`: a country's embassy, keyed as the Vietnamese
    stage keys it (`org:dai-su-quan-kr`, and `-in-<seat>` for one in a third country), so that the ambassador's post
    and the embassy named in either language meet. The home of the sources (Việt Nam) seats the country's embassy."""
    code = _code(country)
    home = doc.home_country or "country:vn"  # (the sources are Vietnamese news: an embassy there is the embassy)
    key = _MISSION_KEYS.get(span.data.get("head") or "", "dai-su-quan")
    in_home = seat is not None and (
        seat.id == home or (key == "dai-su-quan" and f"country:{(_country(seat) or '').lower()}" == home)
    )  # (`Japan's Embassy in Hanoi` is Japan's embassy; a consulate is one of several, its city says which)
    abroad = seat is not None and not in_home and seat.id != country.id
    org_id = f"org:{key}-{code}" + (f"-in-{_code(seat)}" if seat is not None and abroad else "")
    if seat is None and span.data.get("city"):  # keyed by the city's name, as the Vietnamese stage keys one
        org_id += "-in-" + slug(span.data["city"])
    written = " ".join(doc.text[min(country.start, span.start) : span.end].split())  # (with its adjective)
    _emit(doc, span, org_id, written, OrganizationKind.EMBASSY, _country(country), seat if abroad else country, [])


def _written_as_foreign(doc: ArticleDoc, lex: Lexicon, span: Span, entry: GazetteerEntry) -> bool:
    """`the Singaporean Ministry of Industry and Trade`: a known body's name written with another country before it
    is that country's body (emitted here, True); else False and the known entry stands."""
    owner = _foreign_owner(doc, lex, span, entry) if span.data.get("place") is None else None
    if owner is None:
        return False
    _add_foreign_counterpart(doc, span, entry, owner)
    return True


def _foreign_owner(doc: ArticleDoc, lex: Lexicon, span: Span, entry: GazetteerEntry) -> Span | None:
    """The other country a known body's name is written with, right before it: its possessive (`Singapore's
    Ministry of Industry and Trade`) or its adjective (`the Singaporean Ministry of …`, `the Lao Ministry of …`);
    that country's body of the same name, not the gazetteer's (a Vietnamese ministry's name is many countries')."""
    own = entry.properties.get(Prop.COUNTRY)
    possessor = _possessor(doc, span.start)
    if possessor is not None:
        if possessor.label == Label.COUNTRY and _country(possessor) not in (None, own):
            return possessor
        return None
    adjective = _DEMONYM_RIGHT_BEFORE.search(doc.text, max(0, span.start - 20), span.start)
    iso = DEMONYMS.get(adjective.group(1)) if adjective is not None else None
    country = lex.gaz.country(iso) if iso and iso != own else None
    if adjective is None or country is None or not country.id.startswith("country:"):
        return None
    return Span(adjective.start(1), adjective.end(1), country.id, Label.COUNTRY, adjective.group(1), {"entry": country})


def _add_foreign_counterpart(doc: ArticleDoc, span: Span, entry: GazetteerEntry, place: Span) -> None:
    """`Ministry of Foreign Affairs of Thailand`: the Vietnamese ministry's name with another country is that
    country's ministry, keyed as the Vietnamese stage keys `Bộ Ngoại giao Thái Lan`."""
    org_id = f"org:{slug(entry.name)}-{_code(place)}"
    place_entry: GazetteerEntry = place.data["entry"]
    vi_name = f"{entry.name} {place_entry.name}"
    _emit(
        doc,
        span,
        org_id,
        vi_name,
        entry.properties.get(Prop.KIND) or OrganizationKind.OTHER,
        _country(place),
        place,
        [span.text],
    )


def _emit(
    doc: ArticleDoc,
    span: Span,
    org_id: str,
    name: str,
    kind: str,
    country: str | None,
    place: Span | None,
    aliases: list[str],
) -> None:
    if span.data.get("abbr"):
        aliases.append(span.data["abbr"])
    span.id = org_id
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        name,
        labels=[Label.MINISTRY] if kind == OrganizationKind.MINISTRY else [],
        aliases=aliases,
        properties={Prop.KIND: kind, Prop.COUNTRY: country, Prop.ABBR: span.data.get("abbr")},
        at=span.start,
    )
    if place is not None:
        add_place_entity(doc, place.data["entry"], None)
        doc.relate(RelType.BASED_IN, org_id, place.id, at=span.start)


def _known(lex: Lexicon, name: str) -> GazetteerEntry | None:
    """The gazetteer entry of a name, also written head last (`Finance Ministry`, `Foreign Ministry`)."""
    name = name.removeprefix("the ")
    names = [name]
    head_last = re.fullmatch(r"(.+) (Ministry|Department)", name)
    if head_last:
        names += [
            f"{head_last.group(2)} of {head_last.group(1)}",
            f"{head_last.group(2)} of {head_last.group(1)} Affairs",
        ]
    for candidate in names:
        found = lex.find(candidate, Label.ORGANIZATION)
        if found:
            return found[0]
    return None


def _without_place(text: str, span: Span, place: Span) -> str:
    """The name without its place: `Department of Commerce` of `Department of Commerce of Yunnan Province`,
    `Provincial People's Committee` of `Lao Cai Provincial People's Committee`."""
    if place.start <= span.start:  # (`Thailand's Ministry of …`: without the possessive either)
        return re.sub(r"^(?:'s|’s|'|’)\s", "", text[place.end : span.end].strip()).strip()
    before = text[span.start : place.start]
    cut = len(before.rstrip())
    for of in reversed(list(_OF_AT.finditer(before))):
        if not _DESCRIPTION.fullmatch(before, of.end()):
            break
        cut = of.start()  # `… of the central province of`, `… of northern`: how the place is described, not the name
    return before[:cut].strip()


_OF_AT = re.compile(r"\s(?:of|for)\s")
_DESCRIPTION = re.compile(
    rf"(?:the\s+)?(?:(?:[a-z][\w\-]*|{'|'.join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))})\s+)*"
    r"(?:(?:province|city|state|prefecture|region|municipality)\s+(?:of|for)\s+)?"
)


def _provincial_head(lex: Lexicon, base: str, place: Span, kind: str) -> tuple[str, str | None, str]:
    """The id key, Vietnamese head and kind of a body named with a province: `People's Government` ->
    (chinh-quyen, `Chính quyền nhân dân`); a province's `Department of X` -> `Sở` + the field of the country's
    ministry of X (`Department of Commerce` of a Chinese province -> `Sở Thương mại`, from `Bộ Thương mại Trung
    Quốc`). The head is None for other bodies, keyed by their English name."""
    if place.label != Label.PROVINCE:
        if re.fullmatch(r"(?:the )?Communist Party(?: of)?", base):  # one id with `Đảng Cộng sản Trung Quốc`
            return "dang-cong-san", "Đảng Cộng sản", OrganizationKind.PARTY
        return slug(base), None, kind
    for rx, key, provincial_kind, vi_head in _PROVINCIAL:
        if rx.search(base):
            if key == "tinh-uy" and place.data["entry"].properties.get(Prop.KIND) == "city":
                return "thanh-uy", "Thành ủy", provincial_kind  # `Hanoi Party Committee`: a city's, `Thành ủy Hà Nội`
            return key, vi_head, provincial_kind
    field = re.fullmatch(r"(?:Provincial |City |Municipal )?Department of (.+)", base)
    country = _country(place)
    ministry = ministry_of_field(lex, field.group(1), country) if field else None
    home = lex.gaz.country(country) if country else None
    if ministry is None or home is None or not ministry.name.startswith("Bộ "):
        return slug(base), None, kind
    vi_head = "Sở " + ministry.name.removeprefix("Bộ ").removesuffix(" " + home.name)
    return slug(vi_head), vi_head, OrganizationKind.DEPARTMENT


_ENGLISH_HEADS = {
    "ubnd": "People's Committee",
    "hdnd": "People's Council",
    "tinh-uy": "Party Committee",
    "thanh-uy": "Party Committee",
}


def _english_forms(key: str, place: Span) -> list[str]:
    """The English spellings of a province's body however the text named it (`provincial People's Committee` on a
    page about Khanh Hoa): `Khanh Hoa provincial People's Committee`, `People's Committee of Khanh Hoa province`,
    so that the body's one node answers to each of the ways English news writes it."""
    head = _ENGLISH_HEADS.get(key)
    entry: GazetteerEntry = place.data["entry"]
    plain = str(entry.properties.get("name_en") or entry.name)
    if head is None or place.label != Label.PROVINCE:
        return []
    kind = (
        "municipal"
        if key == "thanh-uy" or entry.properties.get(Prop.KIND) in ("municipality", "city")
        else "provincial"
    )
    word = "city" if kind == "municipal" else "province"
    return [f"{plain} {kind} {head}", f"{head} of {plain} {word}", f"{plain} {head}"]


def _code(place: Span) -> str:
    """A place's code in a body's id: its ISO code, else (a city a country's subdivisions hold, no ISO code of its
    own) its id's (`jp-city-x`): `org:city-chamber-…-` had been the id of every such city's chamber."""
    props = place.data["entry"].properties
    code = props.get(Prop.ISO2) or props.get("iso")
    return str(code).lower() if code else place.id.partition(":")[2]


def _country(place: Span) -> str | None:
    props = place.data["entry"].properties
    iso = props.get(Prop.ISO2) if place.label == Label.COUNTRY else props.get(Prop.COUNTRY)
    return str(iso) if iso else None
