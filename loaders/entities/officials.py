"""Officials: people with their titles, organisations and countries.

Takes an `ArticleDoc` with places and organisations found; adds `doc.people`
(one span per mention, `id` = the person), `doc.bare_titles` (a title with no
name: `Bộ trưởng`, `Đại sứ`, resolved to the person already named), Official
entities (`titles`, `country`) and `HOLDS_POSITION` person -> organisation (or
-> country for heads of state and ambassadors with no organisation), with the
title as a property.

Patterns of Vietnamese news writing, read as a chain:
`<Title>[ <Org>| <Country>| tại <Country>| phụ trách …][, <Title> …] <Name>`
(`Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình`, `Thứ trưởng Bộ Ngoại
giao Hoa Kỳ phụ trách kinh tế … Jacob Helberg`), the same chain after a name
(`ngài X, Đại sứ Đặc mệnh toàn quyền Cộng hòa Mexico tại Việt Nam`, `ông X -
Phó Vụ trưởng Vụ …, Bộ Công Thương`), a ministry named without `Bộ`
(`Bộ trưởng Công Thương`), and full Vietnamese names (a family name and two
or three more syllables) anywhere.

English text uses the same chain with `of` between its links (`Minister of
Industry and Trade Nguyen Hong Dien`, `Vice Chairman of the People's
Government of Guangxi … Wei Zhaohui`, `Ambassador of Australia to Viet Nam
…`), a body or country before the title (`Japan's Vice Minister`, `Chinese
Commerce Minister`), and `Name, Title of Org` (`officials_en` holds what is
English only). Roles keep the Vietnamese title, so both languages meet.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from core.text import fold, slug
from core.vocabulary import Label, OrganizationKind, Prop, RelType, TitleKind
from loaders.entities import officials_en
from loaders.entities.cities import CITY_KIND
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import (
    HONORIFICS,
    MYANMAR_STYLES,
    NOT_NAME_START,
    ORG_HEADS,
    Lexicon,
    TitleMatch,
    by_first_letter,
)
from loaders.entities.organizations import (
    add_org_entity,
    body_of_title,
    fields_end_at,
    fields_then_place,
    vietnamese_syllable,
)
from loaders.entities.places import PLACE_WORD_AFTER, add_place_entity
from loaders.gazetteer import GazetteerEntry, Title
from loaders.letters import LOWER, UPPER

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "la", "le", "bin", "al", "di", "bint", "ibn"})
_FOREIGN_PARTICLES = frozenset({"do", "dos", "das", "du"})
"""Particles of Portuguese and French names (`Carlos Agostinho do Rosário`, `Luiz Inácio … dos Santos`) that are
also Vietnamese words (`do` is `by`): inside a name only between foreign words on both sides."""
_HEAD_STARTS = frozenset(h.split()[0] for h in ORG_HEADS)
_SEP_BEFORE_CHAIN = re.compile(
    r"\s*(?:,|-|–|—|\(|là|(?:vừa\s+)?(?:được\s+)?bổ nhiệm(?:\s+làm)?|giữ chức(?:\s+vụ)?)\s*(?:nguyên\s+|cựu\s+|tân\s+)?"
)
_NAME_THEN_SEP = re.compile(r"([^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){1,4})\s*(?:,|-|–)\s*(?:the\s+)?$")
# `Bùi Đình Long - Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh`: a role the gazetteer lacks, then a title
_NAME_THEN_OTHER_ROLE = re.compile(r"([^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){1,4})\s+[-–]\s+[^;:.()\n,\-–]{2,40},\s*$")
# `Nguyễn Văn A, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh`: the same with commas; a membership written out in English
# is longer (`X, Member of the Provincial Party Standing Committee, Permanent Vice Chairman of …`)
_NAME_COMMA_OTHER_ROLE = re.compile(
    rf"([^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){{1,4}}),\s+(?:[{UPPER}][^;:.()\n,\-–]{{1,40}}"
    rf"|Member of the [^;:.()\n,\-–]{{1,50}}),\s*$"
)
_MINISTER_FORMS = frozenset({"Minister", "Deputy Minister", "Vice Minister", "Secretary"})
"""English titles a ministry's fields may stand before (`Commerce Minister`)."""
_OTHER_ROLE = re.compile(rf"[{UPPER}][^;:.()\n,\-–]{{1,40}},\s*")
_BODY_THEN_LOWER = re.compile(r"(?: \([A-Z][A-Za-z&.\-]{1,12}\))?((?: [a-z][a-z\-]*){0,2}) $")
"""What stands between a body's name and a lowercase role: its bracketed short form, a word or two (`general`)."""
_ABBR_THEN_COMMA = re.compile(r" \([A-Z][A-Za-z&.\-]{1,9}\)(?=[ ,]|['’]s )")
_BRACKETED_ABBR = re.compile(r" \([A-Z][A-Za-z&.\-]{1,9}\)(?= [A-Z])")
_OBJECT_CLAUSE = re.compile(r"(?:^|\n|[.;:]\s)\s*(?:Tiếp|Gặp|Gặp gỡ|Hội kiến|Đón|Làm việc với|Receiving|Meeting)\s+$")
_APPOINTED_AS = re.compile(r"(?:bổ nhiệm|giữ chức|được bầu|trở thành|appointed|named|elected)(?: làm| as)? $")
_MORE_TITLES = re.compile(r"[^;:.()\n]{0,40}?,\s*")
"""What may stand between a title given to the name before it and the next title of the same person."""
_PLACE_CUE = re.compile(
    r"(?:[Tt]hủ đô|[Tt]ỉnh|[Bb]ang|[Tt]iểu bang|[Tt]hành phố|[Vv]ùng|[Kk]hu tự trị|[Qq]uận|[Hh]uyện|châu)\s+"
)
_OWNER = re.compile(r"(?:[\w\-]+ ){0,3}?[\w\-]+(?:'s|’s|'|’) ")
"""A possessor before a body's name (`Victoria’s`, `the Vietnamese ministry’s`): whose the body after it is."""
_IN_CHARGE = re.compile(rf"phụ trách(?:\s+[{LOWER}]\w*|\s*,|\s+và)+")
# (the look-behind after the first letter: then only capitals are tried, not every position; `lexicon.by_first_letter`)
_CAPITALISED_RUN = re.compile(rf"[{UPPER}](?<!\w.)\w*(?: [{UPPER}]\w*){{2,3}}(?!\w)")
_HEAD_OF_STATE_KINDS = frozenset({TitleKind.STATE, TitleKind.PARTY, TitleKind.GOVERNMENT})
# English roles written in lowercase before or after a name (the title gazetteer holds capitalised titles).
_ROLES_EN = (
    r"commissioner|minister|ambassador|governor|chairman|chairwoman|chair|president|vice-president|secretary"
    r"|director|director-general|CEO|chief executive|envoy|counterpart|spokesperson|spokesman|mayor|senator"
    r"|congressman|congresswoman|deputy|representative|head"
)
_ROLE_NOUN = re.compile(rf"\b(?:{_ROLES_EN}|lawmaker|legislator|Rep\.|Sen\.|Gov\.)\s+(?=[{UPPER}][a-z])")
_ROLE_WORD = re.compile(rf"{_ROLES_EN}|lawmaker|legislator|member|manager|Rep\.|Sen\.|Gov\.")
_ROLE_NOUN_COMMA = re.compile(rf"\b(?:{_ROLES_EN})(?=, [{UPPER}])")
"""Whether `_ROLE_NOUN`, `_NAME_THEN_ROLE` or `_ROLE_OF_BODY_THEN_NAME` can match at all (each needs one of these
words, as written): one scan that a word boundary before it does not slow down, instead of three (most articles are
Vietnamese and have none)."""
# The same roles in the plural before a list of names (`state senators Joe Nguyen and June Robinson`).
_PLURALS = (
    "commissioners|ministers|ambassadors|governors|chairmen|presidents|secretaries|directors|envoys|mayors|senators"
    "|congressmen|congresswomen|deputies|representatives|lawmakers|legislators|officials"
)
_ROLES_PLURAL = re.compile(
    rf"\b(?i:(?:(?:deputy |vice )?prime |foreign |trade |vice )?(?:{_PLURALS}))\s+(?=[{UPPER}][a-z])"
)
_PLURALS_IN_LOWER = [
    re.compile("|".join(w.replace("i", "[iİı]").replace("s", "[sſ]") for w in _PLURALS.split("|") if w[0] != "s")),
    re.compile(
        "[sſ](?:"
        + "|".join(w[1:].replace("i", "[iİı]").replace("s", "[sſ]") for w in _PLURALS.split("|") if w[0] == "s")
        + ")"
    ),
]
"""Whether `_ROLES_PLURAL` can match, asked of `ArticleDoc.lower` (6x cheaper than a case-insensitive scan; most
articles name no such plural). What `re.I` matches to `i` or `s` besides its cases, lowercasing keeps as it is.
(Two patterns, so that each starts with letters the scan can look for: the words in `s`, which `ſ` may begin, apart.)"""
_VERB_AFTER_NAME = re.compile(r"\s+(?:ngày|hôm|đã|vừa|sẽ|cho biết|khẳng định|nhấn mạnh|phát biểu)\b")
_LIST_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_NAME_THEN_ROLE = re.compile(
    rf"(?<![\w'’])([{UPPER}][\w'’\-]+(?:(?: (?:[A-Z]\.)+)? [{UPPER}][\w'’\-]+){{1,3}}),\s+(?:the\s+|a\s+)?(?:(?:{_ROLES_EN})\s+and\s+)?"
    rf"(?P<role>(?:vice[- ]|deputy\s+|former\s+)?(?:general[- ]secretary|secretary[- ]general|director[- ]general"
    rf"|general\s+manager|member|{_ROLES_EN}))\b"
    rf"(?:\s+(?:of|at|for)\b)(?:\s+the)?\s+"
)
# The same lowercase role before its body and then the name set off by commas (`the chairman of X, Hong Sun, said`).
_BRACKETED_SHORT = re.compile(r" \([A-Z][A-Za-z&.\-]{1,12}\)")
_HELD_IN = re.compile(r" (?:in|at) the (?P<adjective>(?:[A-Z][\w'’]* )?)")
"""Between a title and the body it is held in when news does not write `of` (`Deputy Director General at the
Spanish Ministry of …`): the body's name, after a country's adjective the organisations stage left out of it."""
_ROLE_OF_BODY_THEN_NAME = re.compile(
    r"(?<![\w'’])(?P<role>(?:vice[- ]|deputy\s+)?(?:chairman|chairwoman|chair|president|director[- ]general|director"
    r"|governor|ambassador|mayor|general[- ]secretary|secretary[- ]general|general\s+manager|head))\s+(?:of|at)\s+"
    r"(?:the\s+)?"
)
# The title a lowercase English role after a name stands for (`X, chairman of the HCM City People’s Council`).
_ROLE_TITLES = {
    "chairman": "Chairman",
    "chairwoman": "Chairman",
    "chair": "Chairman",
    "vice chairman": "Vice Chairman",
    "vice-chairman": "Vice Chairman",
    "deputy chairman": "Vice Chairman",  # (`X, deputy chairman of the province People’s Committee`)
    "deputy chairwoman": "Vice Chairman",
    "vice chairwoman": "Vice Chairman",
    "president": "Chairman",
    "vice-president": "Vice Chairman",
    "vice president": "Vice Chairman",
    "director": "Director",
    "deputy director": "Deputy Director",
    "vice governor": "Deputy Governor",
    "deputy governor": "Deputy Governor",
    "deputy mayor": "Vice Mayor",
    "vice mayor": "Vice Mayor",
    "minister": "Minister",
    "deputy minister": "Deputy Minister",
    "vice minister": "Deputy Minister",
    "vice-minister": "Deputy Minister",
    "ambassador": "Ambassador",
    "governor": "Governor",
    "general-secretary": "General Secretary",
    "general secretary": "General Secretary",
    "secretary-general": "General Secretary",
    "secretary general": "General Secretary",
    "mayor": "Mayor",
    "member": "Council Member",  # (`X, a member of the Y City Council`: his body's name says which)
    "head": "Director",  # (`X, head of the Y Office`: whatever the body, its head)
    "deputy head": "Deputy Director",
    "director general": "Director General",
    "director-general": "Director General",
    "deputy director general": "Deputy Director General",
    "deputy director-general": "Deputy Director General",
    "general manager": "General Manager",
    "deputy general manager": "Deputy General Manager",
}
_LOWERCASE_TITLE_THEN_OF = re.compile(
    "(?:" + "|".join(sorted((re.escape(r) for r in _ROLE_TITLES if r != "member"), key=len, reverse=True)) + ")(?= of )"
)
"""A second title in lowercase after `and` (`Secretary of the Party Committee and governor of X`): news capitalises
the first title of a run and often not the next. (Not `member`: `and member of …` is rather a membership.)"""
# Capitalised words that are no one's short name even when a name ends with them.
_NOT_SHORT_FORM = frozenset(
    [
        "Anh",
        "Nam",
        "Minh",
        "Trung",
        "Quang",
        "Hoa",
        "Sơn",
        "Son",
        "Giang",
        "Long",
        "Bình",
        "Binh",
        "Hải",
        "Hai",
        "Việt",
        "Viet",
        "Ninh",
        "Thanh",
        "Đông",
        "Dong",
        "Tây",
        "Tay",
        "Bắc",
        "Bac",
        "Hà",
        "Ha",
        "An",
        "Phong",
        "Thành",
        "Thanh",
        "Lâm",
        "Lam",
        "Hồng",
        "Hong",
        "Vietnam",
        "China",
        "Lao",
    ]
)
# Verbs of meeting whose object, when it is a capitalised name, is a person (`held talks with Liu Ning`).
_MEETS = re.compile(
    by_first_letter(
        [
            *("held talks with", "talks with", "met with", "met", "received", "hosted", "welcomed", "meeting with"),
            *("phone call with", "talked with", "spoke with", "hội đàm với", "làm việc với", "hội kiến"),
            *("điện đàm với", "gặp gỡ", "gặp", "tiếp"),
        ]
    )  # (`\\b` before each: all begin with a letter)
    + rf"\s+(?=[{UPPER}])"
)


@dataclass(slots=True)
class Role:
    title: Title
    orgs: list[Span] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)
    seat: Span | None = None  # where a diplomat serves (`tại …`, `in …`), not whose
    unnamed_body: bool = False  # `Mayor of Fresno`: of a place or body no gazetteer knows, so of no other one
    field: tuple[int, int] | None = None  # `Minister of Commerce`: a ministry's field no country was said for
    form: str = ""  # the title as written (`Premier`: a state's head as well as China's head of government)


@dataclass(slots=True)
class Chain:
    start: int
    end: int
    roles: list[Role]
    name: tuple[int, int] | None = None


def find_officials(doc: ArticleDoc, lex: Lexicon) -> None:
    text = doc.text
    english_text = doc.article.lang == "en"
    found: list[tuple[int, int, list[Role]]] = []  # (name start, name end, roles)
    _countries_before_initials(doc, lex)
    used_titles: set[int] = set()
    introduced: set[int] = set()  # names an honorific stands before (`Ông Sovannarith`: a person, named by one name)
    introduced_chains: list[tuple[tuple[int, int], int]] = []  # such a name, and the end of the titles after it
    for m in _styles_before_names(doc):
        if doc.span_at(doc.places, m.start()) or doc.span_at(doc.orgs, m.start()):
            continue  # `Bà Rịa - Vũng Tàu`: a place's name, not `bà` (Mrs) before a name
        name = _name_at(doc, lex, m.end())
        if name is None:
            continue
        introduced.add(name[0])
        roles: list[Role] = []
        sep = _SEP_BEFORE_CHAIN.match(text, name[1])
        if sep:
            title = doc.title_at(sep.end())
            other = _OTHER_ROLE.match(text, sep.end()) if title is None and text[name[1]] == "," else None
            if other is not None:  # `đồng chí X, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh`: a role the gazetteer lacks
                title = doc.title_at(other.end())
            chain = _chain(doc, lex, title) if title else None
            if chain is not None and not _styled_holder(doc, chain):
                roles = chain.roles
                used_titles.update(range(chain.start, chain.end))
                introduced_chains.append((name, chain.end))
        found.append((name[0], name[1], roles))
    last: tuple[tuple[int, int], int] | None = None  # the name a chain after it was given to, and the chain's end
    for _, title in sorted(doc.titles.items()):
        if title.start() in used_titles:
            continue
        chain = _chain(doc, lex, title)
        used_titles.update(range(title.start(), chain.end))
        if chain.name is not None:
            _bracketed_place(doc, chain)  # `Hạ nghị sĩ Adrian Smith (bang Nebraska, …)`
            found.append((chain.name[0], chain.name[1], chain.roles))
            if _PLURAL_BEFORE.search(text, max(0, title.start() - 8), title.start()):
                found.extend(_more_names(doc, lex, chain))  # `các Phó Chủ tịch UBND tỉnh A, B`: each holds it
            last = None
            continue
        before = _name_before(doc, lex, title.start())
        if before is None and last is None:  # `ngài X - Ủy viên …, Bí thư, Tỉnh trưởng tỉnh Y`: more titles of X's
            last = next((c for c in introduced_chains if _MORE_TITLES.fullmatch(text, c[1], title.start())), None)
        if before is None and last is not None and _MORE_TITLES.fullmatch(text, last[1], title.start()):
            before = last[0]  # `X - Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh;`: X's second title too
        if before is None and english_text:  # `Mary Ng, Canada's Minister of …`: the name before the qualifier
            qualifier = officials_en.qualifier_before(doc, lex, title.start())
            before = _name_before(doc, lex, qualifier.start) if qualifier is not None else None
        if before is not None:
            found.append((before[0], before[1], chain.roles))
            last = (before, chain.end)
        else:
            last = None
            doc.bare_titles.append(
                Span(chain.start, chain.end, "", Label.OFFICIAL, text[chain.start : chain.end], {"roles": chain.roles})
            )
    taken = [(s, e) for s, e, _ in found]
    qualified: dict[int, str] = {}  # name start -> the country a qualifier before its role names
    english_roles = _ROLE_WORD.search(text) is not None
    for m in (
        _ROLE_NOUN.finditer(text) if english_roles else ()
    ):  # `EU trade commissioner Valdis Dombrovskis`: a role in lowercase, a name
        name = _name_at(doc, lex, m.end())
        bare = next((i for i, f in enumerate(found) if name and f[:2] == name and not f[2]), None)
        if bare is not None and name is not None and (at_body := _role_after_body(doc, lex, m)):
            # (`The Institute of … (IKMAS) director Prof X`: the name its honorific found first)
            found[bare] = (name[0], name[1], at_body)
        elif (
            name is not None
            and " " in text[name[0] : name[1]]
            and not any(s < name[1] and name[0] < e for s, e in taken)
        ):
            found.append(
                (
                    name[0],
                    name[1],
                    _role_after_body(doc, lex, m) or _minister_of_field(doc, lex, m) or _head_of_place(doc, lex, m),
                )
            )
            taken.append(name)
            country = officials_en.country_before(doc, lex, m.start()) if english_text else None
            if country is not None:  # `his Vietnamese counterpart Bui Thanh Son`
                qualified[name[0]] = country.data["entry"].properties.get(Prop.ISO2)
    for m in _ROLE_NOUN_COMMA.finditer(text) if english_roles else ():  # `X University vice-president, Prof Dr Y,`
        name = _name_at(doc, lex, m.end() + 2)
        if name is None or " " not in text[name[0] : name[1]]:
            continue
        if m.group(0) == "counterpart" and not any(s < name[1] and name[0] < e for s, e in taken):
            # `his Qatari counterpart, Hamad …,`: a counterpart is always a person, whoever's the role
            found.append((name[0], name[1], []))
            taken.append(name)
            if (country := officials_en.country_before(doc, lex, m.start()) if english_text else None) is not None:
                qualified[name[0]] = country.data["entry"].properties.get(Prop.ISO2)
            continue
        if not (at_body := _role_after_body(doc, lex, m)):
            continue  # (only after a body's name: the role is that body's)
        bare = next((i for i, f in enumerate(found) if f[:2] == name and not f[2]), None)
        if bare is not None:
            found[bare] = (name[0], name[1], at_body)
        elif not any(s < name[1] and name[0] < e for s, e in taken):
            found.append((name[0], name[1], at_body))
            taken.append(name)
    plurals = _ROLES_PLURAL.finditer(text) if any(p.search(doc.lower) for p in _PLURALS_IN_LOWER) else ()
    for m in plurals:  # `state senators Joe Nguyen and June Robinson`: each is a person
        pos = m.end()
        while (name := _name_at(doc, lex, pos)) is not None and " " in text[name[0] : name[1]]:
            if not any(s < name[1] and name[0] < e for s, e in taken):
                found.append((name[0], name[1], []))
                taken.append(name)
            join = _LIST_JOIN.match(text, name[1])
            if join is None:
                break
            pos = join.end()
    for org in doc.orgs:  # `Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc Moon Sung-wook ngày 22/12 đã ký`
        if text[org.end : org.end + 1] != " " or not isinstance(org.data.get("place"), Span):
            continue
        name = _name_at(doc, lex, org.end + 1)
        if (
            name is not None
            and len(text[name[0] : name[1]].split()) >= 2
            and _VERB_AFTER_NAME.match(text, name[1])
            and not any(s < name[1] and name[0] < e for s, e in taken)
        ):
            found.append((name[0], name[1], []))
            taken.append(name)
    for m in _NAME_THEN_ROLE.finditer(text) if english_roles else ():  # `Ingrid Thijssen, chair of the Confederation …`
        name = _name_at(doc, lex, m.start(1))
        if name is not None and name[1] == m.end(1) and not any(s < name[1] and name[0] < e for s, e in taken):
            of_body = _role_after_name(doc, lex, m)
            if not of_body and m.group("role").endswith("member"):
                continue  # (`X, a member of the public`: a member of a body the stages know, or no one's)
            found.append((name[0], name[1], of_body))
            taken.append(name)
    for m in (
        _ROLE_OF_BODY_THEN_NAME.finditer(text) if english_roles else ()
    ):  # `the chairman of the Korea Chamber of Commerce, Hong Sun, …`
        held = doc.span_at(doc.orgs, m.end())
        short = _BRACKETED_SHORT.match(text, held.end) if held is not None else None
        after = short.end() if short else held.end if held is not None else 0
        name = _appositive_name(doc, lex, after + 2) if held is not None and text.startswith(", ", after) else None
        if held is not None and name is not None and not any(s < name[1] and name[0] < e for s, e in taken):
            found.append((name[0], name[1], _role_after_name(doc, lex, m)))
            taken.append(name)
        elif held is not None and name is not None:  # `…, Mr. X`: the name read after its honorific, with no role yet
            same = next((i for i, f in enumerate(found) if (f[0], f[1]) == name and not f[2]), None)
            if same is not None:
                found[same] = (name[0], name[1], _role_after_name(doc, lex, m))
    for m in _MEETS.finditer(text):  # `held talks with Liu Ning, visiting member of …`: whom one meets is a person
        name = _name_at(doc, lex, m.end())
        if (
            name is not None
            and " " in text[name[0] : name[1]]
            and not doc.title_at(name[1] + 1)  # (`meeting with Singaporean Finance Minister X`: words of the title)
            and text[name[0] : name[1]].split()[0] not in officials_en.DEMONYMS  # (`met Vietnamese Industry and …`)
            and not any(s < name[1] and name[0] < e for s, e in taken)
        ):
            found.append((name[0], name[1], []))
            taken.append(name)
    for start, end in _full_names(doc, lex):
        if not any(s < end and start < e for s, e in taken):
            found.append((start, end, []))
    found = [f for f in found if not _remembered(doc, f[0])]
    _resolve(doc, lex, sorted(found, key=lambda f: f[0]), introduced)
    for person in doc.people:
        iso = qualified.get(person.start)
        ent = doc.entities.get(person.id)
        if iso and ent is not None and not ent.properties.get(Prop.COUNTRY):
            ent.properties[Prop.COUNTRY] = iso


_MEMORY_CUE = re.compile(
    r"(?<![\w])(?:mang tên|tưởng niệm|tưởng nhớ|tượng đài|bức tượng|[Ll]ăng|named after|in memory of|statue of"
    r"|bust of|memorial to|mausoleum of)(?: the)?(?: [Cc]hủ tịch| [Bb]ác| [Pp]resident| [Cc]hairman| late)? $"
)
"""Words before a person a thing is named after or a memorial honours (`trường mang tên Chủ tịch X`, `biển tưởng niệm
X`, `a statue of X`): a person remembered, not one who takes part in what the page tells."""


def _styles_before_names(doc: ArticleDoc) -> list[re.Match[str]]:
    """The honorifics in the text, and in English Myanmar's styles (`U Kyaw Win`, `Daw Khin Mar`), in order: each
    says that a person's name follows."""
    found = list(HONORIFICS.finditer(doc.text))
    if doc.article.lang == "en":
        found.extend(MYANMAR_STYLES.finditer(doc.text))
        found.sort(key=lambda m: m.start())
    return found


def _remembered(doc: ArticleDoc, name_start: int) -> bool:
    """Whether a name (or the title right before it) follows a memorial's cue: that mention is no official's."""
    title = next((t for t in doc.titles.values() if t.end() + 1 == name_start), None)
    at = title.start() if title is not None else name_start
    return _MEMORY_CUE.search(doc.text, max(0, at - 30), at) is not None


_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|hai|ba) $")
_LIST_JOIN_VI = re.compile(r",\s+|\s+và\s+")


def _more_names(doc: ArticleDoc, lex: Lexicon, chain: Chain) -> list[tuple[int, int, list[Role]]]:
    """The names listed after the first one a plural title is given to (`các Phó Chủ tịch UBND tỉnh Trần Văn A,
    Nguyễn Văn B`, `hai Thứ trưởng A và B`): each with the same roles."""
    out: list[tuple[int, int, list[Role]]] = []
    pos = chain.name[1] if chain.name is not None else 0
    while (join := _LIST_JOIN_VI.match(doc.text, pos)) is not None:
        name = _name_at(doc, lex, join.end())
        if name is None or " " not in doc.text[name[0] : name[1]] or doc.title_at(join.end()):
            break
        roles = [Role(r.title, list(r.orgs), list(r.places), r.seat) for r in chain.roles]
        out.append((name[0], name[1], roles))
        pos = name[1]
    return out


_MINISTERS = frozenset({"Minister"})  # (`Deputy Foreign Minister`: left as the foreign ministry's, its body known)
_DEPUTY_BEFORE = re.compile(r"(?<![\w'’])(?:Deputy|Vice)(?: (?!Prime\b|Minister\b)(?:[A-Z][a-z]+|and|&)){0,4} \Z")
"""`Deputy Finance Minister`, `Vice Industry and Trade Minister`: a deputy's title with his ministry's field inside it
(what the search sees ends at the title's start)."""


def _chain(doc: ArticleDoc, lex: Lexicon, title: TitleMatch) -> Chain:
    text = doc.text
    english = doc.article.lang == "en"
    roles = [_role(lex, title)]
    if (
        english
        and roles[0].title.title_en in _MINISTERS
        and title.group(0).endswith("Minister")  # (not `Vice Secretary of the Party Committee`)
        and _DEPUTY_BEFORE.search(text, max(0, title.start() - 60), title.start())
    ):
        deputy = lex.title("Deputy Minister")  # `Deputy Finance Minister X`, `Vice Commerce Minister Y`: a deputy
        if deputy is not None:
            roles[0] = Role(deputy, form=roles[0].form)
    pos = title.end()
    own = _country_in_title(doc, lex, title)
    if own is not None:  # `US Secretary of State X`: the title's own words say whose
        roles[0].places.append(own)
    if english and title.group(0).endswith(" of"):
        pos -= 3  # the `Minister of` alias: read its `of` as the chain's, so the field after it is read as a field
    qualifier = officials_en.qualifier_before(doc, lex, title.start()) if english else None
    if qualifier is None and english and roles[0].title.kind == TitleKind.CORPORATE:
        qualifier = _company_before(doc, lex, title.start())  # `Vietnam Airlines CEO Dang Ngoc Hoa`
    # An organisation the title's own words run into (`Thứ trưởng Bộ` + `Bộ Ngoại giao`).
    inner = _inner_org(doc, title.start(), pos)
    if inner is not None:
        roles[-1].orgs.append(inner)
        pos = inner.end
    elif roles[-1].title.kind == TitleKind.MINISTRY and " " in title.group(0) and not english:
        # a title that names its ministry without `Bộ` (`Bộ trưởng Ngoại giao`, then maybe `Mỹ`)
        tail = (
            title.start() + title.group(0).index(" ", title.group(0).index(" ") + 1) + 1
            if title.group(0).count(" ") >= 2
            else -1
        )
        shorthand = _ministry_shorthand(doc, lex, tail) if tail > 0 else None
        if shorthand is not None:
            roles[-1].orgs.append(shorthand)
            pos = max(pos, shorthand.end)
    while pos < len(text):
        company = _company_after_region(doc, roles[-1], pos) if english else None
        if company is not None:  # `X, Regional CEO Southeast Asia, PSA Holdings`: the region he heads, then whose
            roles[-1].orgs.append(company)
            pos = company.end
            continue
        abbr = _ABBR_THEN_COMMA.match(text, pos) if roles[-1].orgs or roles[-1].places or qualifier else None
        if abbr is not None:  # `Governor of Gyeonggi province of the Republic of Korea (RoK), Kim …`: its short form
            pos = abbr.end()
        of = officials_en.OF.match(text, pos) if english else None
        if of is not None:  # `Minister of Industry and Trade`, `Vice Chairman of the People's Government of …`
            step = _of_step(doc, lex, roles[-1], of.end(), qualifier)
            if step is None:
                break
            pos = step
            continue
        to = 8 if text.startswith(" to the ", pos) else 4  # (`… to the Socialist Republic of Vietnam`)
        served = doc.span_at(doc.places, pos + to) if english and text.startswith(" to ", pos) else None
        if served is not None:
            roles[-1].seat = served
            pos = served.end  # `Ambassador of Australia to Viet Nam`: where, not whose
            continue
        capital = _seat_no_stage_read(doc, lex, roles[-1], pos) if english and text.startswith(" to ", pos) else None
        if capital is not None:  # `Vietnamese Ambassador to Tehran Nguyen Hong Thach`: the capital, then the name
            pos = capital
            continue
        possessive = _POSSESSIVE.match(text, pos) if english else None  # (`Cambodia 's`: some pages space it)
        after_owner = possessive.end() if possessive else pos + 3
        owned_body = doc.span_at(doc.orgs, after_owner) if possessive else None
        if owned_body is not None:  # `President of Khanh Hoa's Vietnam Fatherland Front Committee X`: the body's
            roles[-1].orgs.append(owned_body)
            pos = owned_body.end
            continue
        kind_of = _PLACE_KIND_OF.match(text, after_owner) if english else None  # (`Germany's State of Hesse X`)
        owned = (
            doc.span_at(doc.places, kind_of.end() if kind_of else after_owner) if possessive else None
        )  # `Governor of Japan's Nara prefecture Yamashita Makoto`: the country's province is where
        if owned is not None:
            roles[-1].places.append(owned)
            word = PLACE_WORD_AFTER.match(text, owned.end)
            pos = word.end() if word else owned.end
            continue
        more = (
            _more_fields(lex, text, pos + 5)
            if english and text.startswith(" and ", pos) and not doc.title_at(pos + 5)
            else None
        )
        then = doc.title_at(more + 1) if more is not None and text[more : more + 1] == " " else None
        if more is not None and then is not None and then.group(0) in _MINISTER_FORMS:
            # `Deputy Prime Minister and Commerce Minister X`: a second title, its ministry named by the fields before it
            roles.append(_role(lex, then))
            field = text[pos + 5 : more]
            entry = officials_en.ministry_of_field(lex, field, _iso(qualifier))
            if entry is not None:
                body = Span(pos + 5, more, "", Label.ORGANIZATION, field, {"head": None, "place": None, "entry": entry})
                add_org_entity(doc, lex, body)
                roles[-1].orgs.append(body)
            elif qualifier is not None and _iso(qualifier) not in (None, _home_iso(doc)):
                roles[-1].orgs.append(officials_en.foreign_ministry(doc, pos + 5, more, qualifier))
            pos = then.end()
            continue
        if more is not None:  # `Minister of Foreign Affairs and International Cooperation Prak Sokhonn`
            of_at = text.rfind(" of ", title.start(), pos)
            foreign_qualifier = qualifier is not None and _iso(qualifier) not in (None, _home_iso(doc))
            if foreign_qualifier and qualifier is not None and of_at >= 0 and not roles[-1].orgs:
                # a foreign ministry named by its fields: `Ministry of Foreign Affairs and International Cooperation`
                roles[-1].orgs.append(officials_en.foreign_ministry(doc, of_at + 4, more, qualifier))
            pos = more
            continue
        also = doc.title_at(pos + 5) if english and text.startswith(" and ", pos) else None
        if also is not None:  # `Deputy Prime Minister and Minister of Foreign Affairs … Prak Sokhonn`
            roles.append(_role(lex, also))
            pos = also.end()
            if also.group(0).endswith(" of"):
                pos -= 3
            continue
        lowercase = _LOWERCASE_TITLE_THEN_OF.match(text, pos + 5) if english and text.startswith(" and ", pos) else None
        known = lex.title(_ROLE_TITLES[lowercase.group(0)]) if lowercase is not None else None
        if lowercase is not None and known is not None:  # `… and governor of Oudomxay`: his second title
            roles.append(Role(known, form=lowercase.group(0)))
            pos = lowercase.end()
            continue
        seat = (
            doc.span_at(doc.places, pos + 4)
            if english
            and (roles[-1].orgs or roles[-1].places or roles[-1].title.kind == TitleKind.DIPLOMATIC)
            and text.startswith(" in ", pos)
            else None
        )
        if seat is not None:
            roles[-1].seat = seat  # (`Consul General of Japan in Ho Chi Minh City X`: where the consul serves)
            word = PLACE_WORD_AFTER.match(text, seat.end)
            pos = word.end() if word else seat.end  # `President of the … Chamber of Commerce in Vietnam Chau Ta`
            continue
        held_in = _HELD_IN.match(text, pos) if english and not roles[-1].orgs else None
        held_at = (
            doc.span_at(doc.orgs, held_in.end()) or doc.span_at(doc.orgs, held_in.end("adjective"))
            if held_in is not None
            else None
        )
        if held_at is not None:  # `Undersecretary of State in the Italian Ministry of Foreign Affairs X`: held there
            roles[-1].orgs.append(held_at)
            pos = held_at.end
            continue
        dash = _DASH_THEN.match(text, pos) if roles[-1].orgs or roles[-1].places else None
        holder = _name_at(doc, lex, dash.end()) if dash is not None else None
        if holder is not None and " " in text[holder[0] : holder[1]]:  # `Thống đốc tỉnh Surin - ông X`: who holds it
            return _finish(doc, lex, Chain(title.start(), holder[1], _share(roles), holder), qualifier)
        dashed = _DASH_THEN.match(text, pos) if not english else None
        then = doc.title_at(dashed.end()) if dashed is not None else None
        if then is not None:  # `Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh X Y`: the holder's next title, as after a comma
            roles.append(_role(lex, then))
            pos = then.end()
            inner = _inner_org(doc, then.start(), pos)
            if inner is not None:
                roles[-1].orgs.append(inner)
                pos = inner.end
            continue
        if text[pos] == " ":
            nxt = _after_country_form(doc, pos + 1) if not english else pos + 1
        elif text.startswith(", ", pos):
            nxt = pos + 2
            if not english and text.startswith("kiêm ", nxt) and doc.title_at(nxt + 5) is not None:
                nxt += 5  # `Chủ tịch, kiêm Tổng Giám đốc Tập đoàn X`: a second title, as without the comma
            t = doc.title_at(nxt)
            named = doc.span_at(doc.orgs, nxt)
            if t is not None and named is not None and named.end > t.end():
                t = None  # `Phó Lãnh sự, Tổng Lãnh sự quán Hàn Quốc …`: a body's name, not the title it begins with
            if t is not None and (
                _OBJECT_CLAUSE.search(text, max(0, title.start() - 20), title.start())
                or _APPOINTED_AS.search(text, max(0, title.start() - 25), title.start())
            ):  # (`ông X được bổ nhiệm làm Bộ trưởng Y, Phó Thủ tướng Z …`: X's post, then Z's titles)
                break  # `Tiếp Đại sứ Nhật Bản tại Việt Nam, Thủ tướng … Phạm Minh Chính …`: whom he received, then him
            if t is not None:
                roles.append(_role(lex, t))
                pos = t.end()
                inner = _inner_org(doc, t.start(), pos)
                if inner is not None:
                    roles[-1].orgs.append(inner)
                    pos = inner.end
                continue
            if not (doc.span_at(doc.orgs, nxt) or doc.span_at(doc.places, nxt)):
                name = _appositive_name(doc, lex, nxt)
                if name is not None:  # `the Dutch Minister for Foreign Trade …, Sigrid Kaag, said`
                    return _finish(doc, lex, Chain(title.start(), name[1], _share(roles), name), qualifier)
                break
        else:
            break
        org = doc.span_at(doc.orgs, nxt)
        place = doc.span_at(doc.places, nxt)
        cue = _PLACE_CUE.match(text, nxt) if org is None and place is None else None
        if cue is not None and doc.span_at(doc.places, cue.end()) is not None:
            place = doc.span_at(doc.places, cue.end())  # `Thống đốc tỉnh Tochigi`, `Tỉnh trưởng tỉnh Jeollabuk-do`
        if org is not None:
            roles[-1].orgs.append(org)
            abbr = _BRACKETED_ABBR.match(text, org.end)  # `Chairman of the … National Assembly (NA) Tran Thanh Man`
            pos = abbr.end() if abbr else org.end
            continue
        if place is not None:
            roles[-1].places.append(place)
            pos = place.end
            continue
        bracketed = doc.span_at(doc.places, nxt + 1) if text.startswith("(", nxt) else None
        if bracketed is not None and text.startswith(") ", bracketed.end):
            pos = bracketed.end + 1  # `Bí thư Tỉnh ủy Vân Nam (Trung Quốc) Vương Ninh`
            continue
        where = doc.span_at(doc.places, nxt + 4) if text.startswith("tại ", nxt) else None
        if where is None and text.startswith(("tại TP ", "tại TP. "), nxt):  # (`tại TP Hồ Chí Minh`: the city's name)
            where = doc.span_at(doc.places, nxt + (7 if text.startswith("tại TP ", nxt) else 8))
        if where is not None:
            roles[-1].seat = where
            pos = where.end  # where an ambassador serves, not whose
            continue
        side = doc.span_at(doc.places, nxt + 5) if not english and text.startswith("phía ", nxt) else None
        if side is not None and side.label == Label.COUNTRY:  # `Tổng thư ký Ủy ban … Việt Nam - Lào phía Lào X`
            if not roles[-1].orgs:
                roles[-1].places.append(side)  # (which side of a joint body he heads; the body is his post)
            pos = side.end
            continue
        also = doc.title_at(nxt + 5) if text.startswith("kiêm ", nxt) else None
        if also is not None:
            roles.append(_role(lex, also))
            pos = also.end()
            continue
        in_charge = _IN_CHARGE.match(text, nxt)
        if in_charge:
            pos = in_charge.end()
            continue
        if roles[-1].title.kind == TitleKind.MINISTRY and not roles[-1].orgs:
            shorthand = (
                officials_en.ministry_after(doc, lex, nxt, _iso(qualifier))
                if english
                else _ministry_shorthand(doc, lex, nxt)
            )
            if shorthand is not None:
                roles[-1].orgs.append(shorthand)
                pos = shorthand.end
                continue
        unit = _unit_then_body(doc, lex, nxt) if not english and not roles[-1].orgs else None
        if unit is not None:  # `Trưởng ban Kinh tế - Ngân sách HĐND tỉnh`: the head of a unit of that body
            roles[-1].orgs.append(unit)
            pos = unit.end
            continue
        agency = (
            body_of_title(doc, lex, nxt, _AGENCY_HEAD)
            if not english and not roles[-1].orgs and _LOWER_AGENCY.match(text, nxt)
            else None
        )
        if agency is not None:  # `Giám đốc cơ quan Thương mại quốc tế Hoa Kỳ`: an agency, its head word in lowercase
            roles[-1].orgs.append(agency)
            pos = agency.end
            continue
        headed = (
            (doc.span_at(doc.orgs, nxt - 4) or body_of_title(doc, lex, nxt - 4, "Ban"))
            if not english
            and not roles[-1].orgs
            and text[nxt - 4 : nxt] in ("ban ", "Ban ")
            and nxt - 4 > title.start()
            else None
        )  # (`Phó Trưởng Ban Ngoại vụ Tỉnh ủy X`: with a capital, the organisations stage read the board already)
        if headed is not None:  # `Phó Trưởng ban Quản lý Khu kinh tế tỉnh Lào Cai X`: the board it heads
            roles[-1].orgs.append(headed)
            pos = headed.end
            continue
        after_place = (
            _vi_name_after_unknown_place(doc, lex, nxt + 4 if text.startswith("tại ", nxt) else nxt)
            if not english and (text.startswith("tại ", nxt) or _PLACE_CUE_BEFORE.search(text, max(0, nxt - 10), nxt))
            else None
        )
        if after_place is not None:  # `Tổng Lãnh sự … tại Ekaterinburg Nguyễn Mai Hường`: a place no gazetteer knows
            committee = _COMMITTEE_BEFORE.search(text, max(0, nxt - 9), nxt) if not roles[-1].orgs else None
            if committee is not None:  # `Bí thư Tỉnh ủy Lai Cai X`: that place's party committee
                body = Span(
                    committee.start(),
                    after_place[0] - 1,
                    "",
                    Label.ORGANIZATION,
                    text[committee.start() : after_place[0] - 1],
                    {"head": committee.group(0).strip().capitalize(), "place": None, "entry": None},
                )
                add_org_entity(doc, lex, body)
                if body.id:
                    roles[-1].orgs.append(body)
            return _finish(doc, lex, Chain(title.start(), after_place[1], _share(roles), after_place), qualifier)
        glued = _country_glued_to_name(doc, lex, nxt) if not english else None
        if glued is not None:  # `Tổng thống Nga Putin`: the title's country, then a one-word name
            roles[-1].places.append(glued)
            pos = glued.end
            continue
        name = _name_after_honorific(doc, lex, nxt) or _name_at(doc, lex, nxt)
        where = doc.span_at(doc.places, name[1] + 4) if english and name and text.startswith(" of ", name[1]) else None
        if where is not None and not roles[-1].orgs and not roles[-1].places:
            roles[-1].places.append(where)  # `Governor Jim Justice of West Virginia`
        of_body = _body_of_after_name(doc, name[1]) if english and name else None
        if of_body is not None and of_body.id and not roles[-1].orgs:
            roles[-1].orgs.append(of_body)  # `Vietnamese Vice Minister X of the Ministry of Industry and Trade`
        return _finish(doc, lex, Chain(title.start(), name[1] if name else pos, _share(roles), name), qualifier)
    return _finish(doc, lex, Chain(title.start(), pos, _share(roles), None), qualifier)


_CAPITALISED_WORDS = re.compile(rf"(?:[{UPPER}][\w'’\-]* ){{1,4}}")


def _name_after_honorific(doc: ArticleDoc, lex: Lexicon, at: int) -> tuple[int, int] | None:
    """`phó Thống đốc Vùng Puglia Giáo sư X Y`, `Governor of Z Region Prof. X Y`: after a title, a few capitalised
    words no stage read (a place or a body no gazetteer knows), then an honorific: the holder is the name after the
    honorific, not a name the capitalised words begin."""
    words = _CAPITALISED_WORDS.match(doc.text, at)
    if words is None or doc.span_at(doc.people, at):
        return None
    for w in _WORD.finditer(doc.text, at, words.end()):
        if w.start() > at and HONORIFICS.match(doc.text, w.start()):
            name = _name_at(doc, lex, w.start())
            return name if name is not None and " " in doc.text[name[0] : name[1]] else None
    return None


_COUNTRY_FORM = re.compile(r"nước (?:Cộng h[òo]à (?:(?:Liên bang|Dân chủ|Hồi giáo|Nhân dân|Ả Rập|Arab) )*)?")


def _after_country_form(doc: ArticleDoc, at: int) -> int:
    """`Thủ tướng nước Cộng hòa Mozambique X`, `Tổng thống nước Cộng hòa Liên bang Y Z`: the words of a country's
    state form before its name (`nước`, `Cộng hòa`, …) that no gazetteer name begins with: where the country is
    named, so that the title's chain reads it; `at` itself otherwise."""
    form = _COUNTRY_FORM.match(doc.text, at)
    if form is None:
        return at
    for end in (form.end(), at + len("nước ")):
        place = doc.span_at(doc.places, end)
        if place is not None and place.start == end and place.label == Label.COUNTRY:
            return end
    return at


_POSSESSIVE = re.compile(r" ?['’]s ")
_REGION_THEN_COMMA = re.compile(r" ([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}), ")


def _company_after_region(doc: ArticleDoc, role: Role, at: int) -> Span | None:
    """`Regional CEO Southeast Asia, PSA Holdings`, `Managing Director Asia Pacific, X Group`: a corporate title, the
    world region it covers, then after a comma the company it is held at (English business news)."""
    region = _REGION_THEN_COMMA.match(doc.text, at)
    if region is None or role.title.kind != TitleKind.CORPORATE or role.orgs or region.group(1) not in _WORLD_REGIONS:
        return None
    return doc.span_at(doc.orgs, region.end())


_PHOTO_NOTE = r"(?: \((?:[A-Za-z]+,? ?){1,3}\))"
"""A caption's note of where a person stands in the photo, right after the name (`(left)`, `(L, front)`)."""
_NOTE_THEN_OF = re.compile(rf"{_PHOTO_NOTE}? of (?:the )?")


def _body_of_after_name(doc: ArticleDoc, end: int) -> Span | None:
    """`… Dang Van A of the Ministry of Industry and Trade`: the body named right after the name and `of (the)`
    (a caption's note between: `Director X (right) of the Ministry of …`)."""
    of = _NOTE_THEN_OF.match(doc.text, end)
    return doc.span_at(doc.orgs, of.end()) if of is not None else None


_SUBDIVISION_WORD_AFTER = re.compile(r" (?:[Cc]ounty|[Dd]istrict|[Tt]own)\b")
"""Kind words of places below a province that a title's place may go on with."""
_COMMITTEE_BEFORE = re.compile(r"(?:Tỉnh ủy|Thành ủy) $")
_PLACE_CUE_BEFORE = re.compile(r"(?:Tỉnh ủy|Thành ủy|[Bb]ang|[Tt]ại) $")
"""Words a place's name follows in a title (`tỉnh` alone is not one: `Chủ tịch UBND tỉnh Y Thanh Hà Niê Kđăm` is the
province's chair, then his name)."""
_VI_RUN = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*){{2,6}}(?![\w'’\-]| [{UPPER}])")


def _vi_name_after_unknown_place(doc: ArticleDoc, lex: Lexicon, at: int) -> tuple[int, int] | None:
    """`Bí thư Tỉnh ủy Lai Cai Trịnh Việt Hùng`, `Tổng Lãnh sự Việt Nam tại Ekaterinburg Nguyễn Mai Hường`: after a
    place's cue, a place the gazetteer does not know, then a Vietnamese full name (a family name and two or three
    more syllables) in one capitalised run: the name begins at that family name (the run's first word is no family
    name, or the run is longer than a name)."""
    run = _VI_RUN.match(doc.text, at)
    if run is None or doc.span_at(doc.places, at) or doc.span_at(doc.orgs, at):
        return None
    words = list(_WORD.finditer(doc.text, at, run.end()))
    if (words[0].group(0) in lex.surnames and len(words) < 5) or len(words[0].group(0)) < 2:
        return None  # (`Y Thanh Hà Niê Kđăm`: an Ê Đê name, not a place `Y Thanh`)
    for size in (3, 4):  # (a name of three syllables is the commoner: `Hà Khâu Lương Văn Toản`, Khâu a family too)
        k = len(words) - size
        if k >= 1 and words[k].group(0) in lex.surnames:
            name = _name_at(doc, lex, words[k].start())
            return name if name is not None and name[1] == run.end() else None
    return None


_RUN_THEN_INITIAL = re.compile(
    rf"(?<![\w'’\-])([{UPPER}][\w'’\-]*(?: (?:of |and |the )*[{UPPER}][\w'’\-]*){{0,4}}) (?=(?:[A-Z]h?|Ts)\. ?[{UPPER}])"
)


def _countries_before_initials(doc: ArticleDoc, lex: Lexicon) -> None:
    """`Phó Thủ tướng Bê-la-rút A.Cô-bi-a`, `Thứ trưởng Ngoại giao Kazakhstan K. Umarov`, `Ambassador of Mongolia to
    Vietnam B.Tsogt`: a country's name (as the gazetteer writes it) right before a first name's initial is that
    country, whose the title before it is. The places stage reads the initial as the place's name going on (a place
    and one more capitalised word is mostly a longer name); an initial with its full stop always begins a person's
    name. The country is added as a place read here, as `_country_glued_to_name` does."""
    text = doc.text
    for run in _RUN_THEN_INITIAL.finditer(text):
        words = list(_WORD.finditer(text, run.start(1), run.end(1)))
        for word in words:  # the longest tail of the run that is a country's name
            written = text[word.start() : run.end(1)]
            entry = next(iter(lex.find(written, Label.COUNTRY)), None)
            if entry is None or written not in (entry.name, *entry.aliases):
                continue
            if not doc.span_at(doc.places, word.start()) and not doc.span_at(doc.orgs, word.start()):
                span = Span(word.start(), run.end(1), entry.id, Label.COUNTRY, written, {"entry": entry})
                doc.places = sorted([*doc.places, span], key=lambda sp: sp.start)
                add_place_entity(doc, entry, word.start())
            break


_GLUED_RUN = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*){{1,3}}(?![\w'’\-]| [{UPPER}])")


def _country_glued_to_name(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Tổng thống Nga Putin`, `Ngoại trưởng Hoa Kỳ Kerry`: after a title, a country's name and one foreign word (no
    Vietnamese syllable) in one capitalised run. The place stage leaves such a run alone (a place and one more
    capitalised word is mostly a longer name: `Thái Bình Dương`); after a title it is whose the title is, then the
    person's one-word name. The country is added as a place read here."""
    run = _GLUED_RUN.match(doc.text, at)
    if run is None or doc.span_at(doc.places, at) or doc.span_at(doc.orgs, at):
        return None
    *country_words, last = run.group(0).split(" ")
    if vietnamese_syllable(last) or last in lex.surnames:
        return None
    written = " ".join(country_words)
    entry = next(iter(lex.find(written, Label.COUNTRY)), None)
    if entry is None or written not in (entry.name, *entry.aliases):
        return None
    span = Span(at, at + len(written), entry.id, Label.COUNTRY, written, {"entry": entry})
    doc.places = sorted([*doc.places, span], key=lambda sp: sp.start)
    add_place_entity(doc, entry, at)
    return span


_DASH_THEN = re.compile(r" [-–] ")
_AGENCY_HEAD = "Cơ quan"
_LOWER_AGENCY = re.compile(rf"cơ quan (?=[{UPPER}])")
"""`cơ quan` as news writes it before an agency's capitalised name right after its head's title."""
_UNIT_WORD = re.compile(r"(?:[-–]|và|[^\W\d_][\w'’]*)")
_MAX_UNIT_WORDS = 6


def _unit_then_body(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Kinh tế - Ngân sách HĐND tỉnh` after `Trưởng ban`: a unit's name (a capitalised word, then at most six
    words and dashes) and the body it belongs to, which the title then serves; None when a person's name or no
    body follows."""
    text = doc.text
    if not text[at : at + 1].isupper() or _person_at(doc, lex, at):
        return None
    pos = at
    for _ in range(_MAX_UNIT_WORDS):
        m = _UNIT_WORD.match(text, pos)
        if m is None or text[m.end() : m.end() + 1] != " ":
            return None
        pos = m.end() + 1
        body = doc.span_at(doc.orgs, pos)
        if body is not None and body.start == pos:
            # (`Đại sứ Khamphao Ernthavanh và Đại sứ quán Lào`: a body joined by `và` is another, not the unit's)
            return body if m.group(0) != "và" else None
        if doc.title_at(pos) or doc.span_at(doc.places, pos):
            return None
    return None


def _person_at(doc: ArticleDoc, lex: Lexicon, at: int) -> bool:
    """Whether a Vietnamese family name and a capitalised syllable start here (then a name, not a unit, follows a
    title; `Văn hoá - Xã hội` is a unit's name)."""
    word = _WORD.match(doc.text, at)
    after = _WORD.match(doc.text, word.end() + 1) if word is not None else None
    return word is not None and word.group(0) in lex.surnames and after is not None and after.group(0)[0].isupper()


def _country_in_title(doc: ArticleDoc, lex: Lexicon, title: TitleMatch) -> Span | None:
    """The country a title's own first words name (`US Secretary of State`, `U.S. Trade Representative`)."""
    words = title.group(0).split()
    for k in (2, 1):
        if len(words) <= k or doc.article.lang != "en":
            continue
        prefix = " ".join(words[:k])
        iso = officials_en.DEMONYMS.get(prefix)
        entry = lex.gaz.country(iso) if iso else next(iter(lex.find(prefix, Label.COUNTRY)), None)
        written = (entry.name, entry.properties.get("name_en"), *entry.aliases) if entry is not None else ()
        if entry is not None and entry.label == Label.COUNTRY and (iso or prefix in written):
            add_place_entity(doc, entry, title.start())
            return Span(title.start(), title.start() + len(prefix), entry.id, Label.COUNTRY, prefix, {"entry": entry})
    return None


_CAPITALISED_WORD = re.compile(r"[A-Z][\w&'’\-]*$")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’\-])[a-z][\w\-]* $")
_MAX_COMPANY_WORDS = 4
_HEADED_KINDS = frozenset({OrganizationKind.COMPANY, OrganizationKind.ASSOCIATION, OrganizationKind.OTHER})
"""Kinds of bodies a corporate title right after their name is held at (not a ministry or a government's)."""
_REPORTING_VERBS = frozenset({"Said", "Says", "Added", "Adds", "Noted", "Explained", "Told"})
"""A capitalised verb that opens a quote's attribution (`Said Keppel chairman X: …`): never a company's word."""


def _company_before(doc: ArticleDoc, lex: Lexicon, title_start: int) -> Span | None:
    """`Vietnam Airlines CEO X`, `Samsung Electronics Vietnam General Director Y`: the capitalised words right before
    a corporate title, after a sentence's start, a comma or a lowercase word, are the company it heads (a name no
    head word marks); not a place, a country's adjective, another body or a title."""
    text = doc.text
    known = next((o for o in doc.orgs if o.end == title_start - 1 and o.id in doc.entities), None)
    if known is not None and doc.entities[known.id].properties.get(Prop.KIND) in _HEADED_KINDS:
        return known  # `PETRONAS President and Group CEO, X`: a company a stage read, right before the title
    start, words, after_verb = title_start, 0, False
    while words < _MAX_COMPANY_WORDS and start >= 2 and text[start - 1] == " ":
        prev = _CAPITALISED_WORD.search(text, max(0, start - 40), start - 1)
        after_verb = prev is not None and prev.group(0) in _REPORTING_VERBS  # (`Said X chairman Y: …`: a verb)
        if (
            prev is None
            or after_verb
            or prev.group(0) in NOT_NAME_START
            or prev.group(0) in officials_en.DEMONYMS
            or (prev.group(0) in officials_en.RANKS_BEFORE_TITLES and (prev.group(0) != "Group" or words == 0))
        ):
            break  # (`Acting Chairman`, `Executive Director`, `President and Group CEO`: a rank, no company)
        start, words = prev.start(), words + 1
    if not words or start == title_start:
        return None
    before = text[max(0, start - 2) : start]
    after_word = after_verb or _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start) is not None
    # (`… were Vingroup Chairman`)
    opens = start == 0 or before[-1:] == "\n" or before in (". ", ", ", ": ", "; ") or after_word
    name = text[start : title_start - 1]
    overlaps = any(sp.start < title_start and start < sp.end for sp in doc.orgs) or any(
        sp.start == start and sp.end == title_start - 1 for sp in doc.places
    )  # (a place inside the name is the company's: `Vietnam Airlines`; a place alone is no company)
    if (
        not opens
        or overlaps
        or any(t.start() < title_start and start < t.end() for t in doc.titles.values() if t.start() != title_start)
    ):
        return None
    if name.split()[0] in ("The", "A", "An", "Its", "Their", "His", "Her") or name in officials_en.DEMONYMS:
        return None
    if all(w in officials_en.field_words(lex) or w == "and" for w in name.split()):
        return None  # `Agriculture Director X`: the head of a state department of that field, no company
    if words == 1 and not after_word and not name.isupper():
        return None  # (`Yesterday Chairman X`: one capitalised word opening a sentence says nothing)
    org_id = f"org:{slug(name)}"
    span = Span(start, title_start - 1, org_id, Label.ORGANIZATION, name, {"head": None, "place": None, "entry": None})
    doc.entity(org_id, Label.ORGANIZATION, name, properties={Prop.KIND: OrganizationKind.COMPANY}, at=start)
    doc.orgs.append(span)
    doc.orgs.sort(key=lambda sp: sp.start)
    return span


def _more_fields(lex: Lexicon, text: str, at: int) -> int | None:
    """Where the fields of a ministry's English name that go on after `and` end (`… and International
    Cooperation`), when all the capitalised words there are fields' words; else None."""
    fields = officials_en.field_words(lex)
    end = None
    for m in _WORD.finditer(text, at):
        if m.start() != at or m.group(0) not in fields:
            break
        end = m.end()
        if text[end : end + 1] != " ":
            break
        at = end + 1
    return end


def _role_after_name(doc: ArticleDoc, lex: Lexicon, m: re.Match[str]) -> list[Role]:
    """`Vo Van Minh, chairman of the HCM City People’s Council`: the role a lowercase English title after a name
    gives, at the body named after it (none when no body the stages know is named there). A country's or a body's
    possessive before the body says whose it is (`X, deputy minister at Vietnam’s Ministry of …`, `the ministry’s
    Department of …`)."""
    org = doc.span_at(doc.orgs, m.end())
    owner = doc.span_at(doc.places, m.end()) if org is None else None
    possessive = _POSSESSIVE.match(doc.text, owner.end) if owner is not None and owner.start == m.end() else None
    if possessive is not None:
        org = doc.span_at(doc.orgs, possessive.end())
    owner_words = _OWNER.match(doc.text, m.end()) if org is None and owner is None else None
    if owner_words is not None:  # `X, director general of MOEA’s Bureau of …`: a possessor no stage read, as `of` has
        org = doc.span_at(doc.orgs, owner_words.end())
    whose = _POSSESSIVE.match(doc.text, org.end) if org is not None else None
    owned = doc.span_at(doc.orgs, whose.end()) if whose is not None else None
    if owned is not None:  # `X, deputy director general of the MoIT’s Department of Y`: the department, the ministry's
        org = owned
    form = _ROLE_TITLES.get(m.group("role").lower())
    title = lex.title(form) if form else None
    if org is None or title is None:
        return []
    role = Role(title, orgs=[org])
    kind = doc.entities[org.id].properties.get(Prop.KIND) if org.id in doc.entities else None
    if doc.article.lang == "en":
        role.title = officials_en.title_at_body(
            lex, title, kind, officials_en.body_key(org.id), doc.entities[org.id].name if org.id in doc.entities else ""
        )
    return [role]


def _role_after_body(doc: ArticleDoc, lex: Lexicon, m: re.Match[str]) -> list[Role]:
    """`Vietnam News Agency (VNA) general director X`, `WSDA director X`: a lowercase role right after a body's name
    (or its bracketed short form) is held at that body, with the title its words name."""
    window = doc.text[max(0, m.start() - 80) : m.start()]
    before = _BODY_THEN_LOWER.search(window)
    if before is None:
        return []
    body_end = m.start() - len(window) + before.start()
    org = next((o for o in doc.orgs if o.end == body_end and o.id in doc.entities), None)
    words = [*before.group(1).split(), m.group(0).strip()]
    title = lex.title(" ".join(w.capitalize() for w in words)) or lex.title(_ROLE_TITLES.get(" ".join(words[-2:]), ""))
    title = title or lex.title(_ROLE_TITLES.get(words[-1].lower(), ""))
    if org is None and title is not None and title.kind == TitleKind.CORPORATE and before.group(0)[0] == " ":
        org = _company_before(doc, lex, body_end + 1)  # `Keppel deputy chairman X`: the company no stage named there
    if org is None or title is None:
        return []
    role = Role(title, orgs=[org])
    kind = doc.entities[org.id].properties.get(Prop.KIND)
    role.title = officials_en.title_at_body(lex, title, kind, officials_en.body_key(org.id), doc.entities[org.id].name)
    return [role]


_PLACE_HEADS = {"governor": "Thống đốc", "mayor": "Thị trưởng"}


def _head_of_place(doc: ArticleDoc, lex: Lexicon, m: re.Match[str]) -> list[Role]:
    """`Kagoshima governor X`, `Busan mayor Y`: a lowercase governor or mayor right after a province's or city's name
    heads that place."""
    form = _PLACE_HEADS.get(m.group(0).strip())
    title = lex.title(form) if form else None
    place = next((p for p in doc.places if p.end == m.start() - 1 and p.label == Label.PROVINCE), None)
    if title is None or place is None or doc.text[place.end] != " ":
        return []
    return [Role(title, places=[place])]


_FIELD_MINISTER = re.compile(r"(?<![\w'’])([A-Z][\w'’]*) ((?:[a-z]+ ){1,4}?)(deputy |vice )?$")


def _minister_of_field(doc: ArticleDoc, lex: Lexicon, m: re.Match[str]) -> list[Role]:
    """`Cambodian agriculture minister X`, `Vietnamese agriculture deputy minister Y`: a country's minister of a field,
    at the ministry of that country the article names with that field (`Ministry of Agriculture, Forestry and
    Fisheries`), when there is exactly one."""
    if m.group(0).strip() != "minister":
        return []
    before = _FIELD_MINISTER.search(doc.text, max(0, m.start() - 60), m.start())
    iso = officials_en.DEMONYMS.get(before.group(1)) if before else None
    if before is None or iso is None:
        return []
    fields = [w.capitalize() for w in before.group(2).split() if w != "and"]
    if not all(f in officials_en.field_words(lex) for f in fields):
        return []  # (`Cambodian prime minister X`: no field of government)
    ministries = {
        o.id
        for o in doc.orgs
        if (ent := doc.entities.get(o.id)) is not None
        and Label.MINISTRY in ent.labels
        and ent.properties.get(Prop.COUNTRY) == iso
        and any(all(f in name for f in fields) for name in (ent.name, *ent.aliases) if name.isascii())
    }
    title = lex.title("Deputy Minister" if before.group(3) else "Minister")
    country = lex.gaz.country(iso)
    if title is None or country is None:
        return []
    if len(ministries) != 1:  # (no such ministry named: a minister of that country)
        add_place_entity(doc, country, None)
        return [Role(title, places=[Span(0, 0, country.id, Label.COUNTRY, country.name, {"entry": country})])]
    org_id = ministries.pop()
    return [Role(title, orgs=[Span(0, 0, org_id, Label.ORGANIZATION, doc.entities[org_id].name)])]


def _role(lex: Lexicon, title: TitleMatch) -> Role:
    """The role a title mention opens (every mention the lexicon finds is one of its titles)."""
    known = lex.title(title.group(0))
    if known is None:
        raise LookupError(f"a title the lexicon found but does not know: {title.group(0)!r}")
    return Role(known, form=title.group(0))


def _of_step(doc: ArticleDoc, lex: Lexicon, role: Role, at: int, qualifier: Span | None) -> int | None:
    """English `of`/`for`: the organisation, the place or the field after it; None when none follows."""
    org = doc.span_at(doc.orgs, at)
    adjective = _WORD.match(doc.text, at)
    if org is None and adjective is not None and adjective.group(0) in officials_en.DEMONYMS:
        org = doc.span_at(doc.orgs, adjective.end() + 1)  # `Chairman of the Vietnamese National Assembly`: whose
    owner = _OWNER.match(doc.text, at) if org is None else None
    if owner is not None:  # `Deputy Secretary of Victoria’s Department of …`: the body after its possessor
        org = doc.span_at(doc.orgs, owner.end())
    if org is not None:
        role.orgs.append(org)
        abbr = _BRACKETED_ABBR.match(doc.text, org.end)  # `… National Assembly (NA) Tran Thanh Man`
        return abbr.end() if abbr else org.end
    described = officials_en.DESCRIBED_PLACE.match(doc.text, at)  # `Governor of the Thai northeastern province of …`
    place = (doc.span_at(doc.places, described.end()) if described else None) or doc.span_at(doc.places, at)
    if place is not None:
        role.places.append(place)
        word = PLACE_WORD_AFTER.match(doc.text, place.end) or _SUBDIVISION_WORD_AFTER.match(doc.text, place.end)
        # (`Governor of Gyeonggi Province Kim Dong-yeon`, `Governor of Boeun county Choi Jae-hyeong`)
        return word.end() if word else place.end
    if role.title.kind == TitleKind.MINISTRY and not role.orgs:
        shorthand = officials_en.ministry_after(doc, lex, at, _iso(qualifier))
        if shorthand is not None:
            role.orgs.append(shorthand)
            return shorthand.end
    # the field of a ministry the gazetteer does not know, or of any title (`Commissioner for Trade`)
    end = officials_en.field_after(lex, doc.text, at)
    if end is not None and qualifier is None and role.title.kind == TitleKind.MINISTRY and not role.orgs:
        role.field = (at, end)
    if end is None:
        unknown = _unknown_place_then_name(doc, lex, at)
        if unknown is not None:  # `Mayor of Fresno Jerry Dyer`, `Chairman of Vingroup Pham Nhat Vuong`
            role.unnamed_body = True
            return unknown
    iso = _iso(qualifier)
    if (
        end is not None
        and qualifier is not None
        and role.title.kind == TitleKind.MINISTRY
        and not role.orgs
        and iso
        and iso != _home_iso(doc)
    ):
        role.orgs.append(officials_en.foreign_ministry(doc, at, end, qualifier))  # `Lao Minister of Energy and Mines`
    return end


_SEAT_WORD = re.compile(r"[A-Z][a-z]+(?= [A-Z])")


def _seat_no_stage_read(doc: ArticleDoc, lex: Lexicon, role: Role, to: int) -> int | None:
    """Where a diplomat's `to` ends when a one-word capital no stage reads follows it and the holder's name after
    that (`Ambassador to Tehran Nguyen Hong Thach`, `Ambassador to Tokyo X`): news names the host by its capital; read
    past it so the name is his. None unless the title is a diplomat's and a name of two words or more comes next."""
    if role.title.kind != TitleKind.DIPLOMATIC:
        return None
    word = _SEAT_WORD.match(doc.text, to + 4)
    if word is None or word.group(0) in NOT_NAME_START or doc.title_at(word.start()):
        return None
    if any(doc.span_at(spans, word.start()) for spans in (doc.orgs, doc.places, doc.people)):
        return None
    name = _name_at(doc, lex, word.end() + 1)
    return word.end() if name is not None and " " in doc.text[name[0] : name[1]] else None


_CAPITALISED_RUN_AT = re.compile(
    r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){2,6}(?=[,;:.!?)]|\s+(?!(?:in|of|to|for|at|on)\b)[^A-Z\s]|$)"
)
_UNKNOWN_PLACE_KIND = re.compile(
    r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2} (?:county|city|district|province|prefecture|region|state|oblast|krai"
    r"|town|municipality) (?=[A-Z])"
)
_BODY_WORDS = re.compile(r"Republic|Democratic|Kingdom|Federation|Union|City|State|Province|County|Region")
"""Words of a state's, a place's or a body's name: no part of a person's name after it."""


def _unknown_place_then_name(doc: ArticleDoc, lex: Lexicon, at: int) -> int | None:
    """`Mayor of Fresno Jerry Dyer`, `Premier of Tasmania Jeremy Rockliff`, `Chairman of Vingroup Pham Nhat Vuong`:
    after a title's `of`, a place or body no gazetteer knows, then the holder's name, one capitalised run ended by
    a clause's lowercase word or punctuation. The name is its last two words, or from the family name on when a
    family name the gazetteer knows begins its last two to four (`Pham Nhat Vuong`, `Kim Jin-tae`); returns where
    the place or body ends (the chain reads the name after it)."""
    kind = _UNKNOWN_PLACE_KIND.match(doc.text, at)
    if kind is not None and not any(doc.span_at(spans, at) for spans in (doc.orgs, doc.places)):
        # `Governor of Boeun county Choi Jae-hyeong`: the place's kind word after its name ends it
        name = _name_at(doc, lex, kind.end())
        if name is not None and " " in doc.text[name[0] : name[1]] and _AFTER_LONE_NAME.match(doc.text, name[1]):
            return kind.end() - 1
    run = _CAPITALISED_RUN_AT.match(doc.text, at)
    if run is None:
        return None
    words = list(_WORD.finditer(run.group(0)))
    if len(words) != len(run.group(0).split()) or any(
        doc.title_at(at + w.start())
        or doc.span_at(doc.orgs, at + w.start())
        or doc.span_at(doc.places, at + w.start())
        or w.group(0) in _HEADLINE_VERBS
        or w.group(0) in NOT_NAME_START
        for w in words
    ):
        return None
    n = len(words)
    split = next((k for k in range(max(1, n - 4), n - 1) if words[k].group(0) in lex.plain_surnames), n - 2)
    name = _name_at(doc, lex, at + words[split].start())
    if (
        name is None
        or name[1] != run.end()
        or any(
            _BODY_WORDS.fullmatch(w.group(0)) or lex.org_head_re.match(doc.text, at + w.start()) for w in words[split:]
        )
    ):
        return None
    return at + words[split - 1].end()


def _finish(doc: ArticleDoc, lex: Lexicon, chain: Chain, qualifier: Span | None) -> Chain:
    """English only: the country before the title (`Japan's …`) when nothing after it names one, and the title a
    body implies (`Secretary` of a provincial party committee)."""
    if doc.article.lang != "en":
        return chain
    first = chain.roles[0]
    if qualifier is not None and not first.orgs and not first.places:
        (first.places if qualifier.label in (Label.COUNTRY, Label.PROVINCE) else first.orgs).append(qualifier)
    for role in chain.roles:
        if role.orgs and role.orgs[0].id in doc.entities:
            org = role.orgs[0]
            kind = doc.entities[org.id].properties.get(Prop.KIND)
            role.title = officials_en.title_at_body(
                lex, role.title, kind, officials_en.body_key(org.id), doc.entities[org.id].name
            )
        elif role.places and role.places[0].label != Label.COUNTRY:
            country = role.places[0].data["entry"].properties.get(Prop.COUNTRY) or ""
            role.title = officials_en.title_at_body(lex, role.title, "province", str(country))
    return chain


def _iso(qualifier: Span | None) -> str | None:
    """The ISO code of a country qualifier (None for none, or for a body)."""
    return (
        qualifier.data["entry"].properties.get(Prop.ISO2)
        if qualifier is not None and qualifier.label == Label.COUNTRY
        else None
    )


def _inner_org(doc: ArticleDoc, title_start: int, title_end: int) -> Span | None:
    """An organisation whose name starts inside the title's words (`Phó Thủ tướng Chính phủ`)."""
    return next((o for o in doc.orgs if title_start < o.start < title_end <= o.end), None)


def _share(roles: list[Role]) -> list[Role]:
    """`Tổng Bí thư, Chủ tịch nước Trung Quốc`: titles listed together share the organisation or country after them."""
    for i in range(len(roles) - 2, -1, -1):
        if not roles[i].orgs and not roles[i].places:
            roles[i].orgs, roles[i].places = list(roles[i + 1].orgs), list(roles[i + 1].places)
    return roles


def _ministry_shorthand(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Bộ trưởng Công Thương`, `Thứ trưởng Ngoại giao Mỹ`: the ministry named without `Bộ`."""
    words = list(_WORD.finditer(doc.text, at, min(len(doc.text), at + 80)))
    # How many words can be the start of a ministry's name at all, read word by word on folded pieces (short,
    # so their folds are remembered): only those runs are folded whole, the longest first. (A run's folded
    # words are those of its pieces, the pieces meeting at a character `fold` turns into a space.)
    reach, key, prev = 0, "bo", at
    if words and words[0].group(0)[0].isupper():
        for word in words[:10]:
            key = f"{key} {fold(doc.text[prev : word.end()])}"
            if key not in lex.ministry_prefixes:
                break
            reach, prev = reach + 1, word.end()
    fields_end = fields_end_at(doc, at)
    for k in range(reach, 0, -1):
        end = words[k - 1].end()
        if not words[0].group(0)[0].isupper() or re.search(r"[;.:()]", doc.text[at:end]) or end < fields_end:
            continue  # (`Bộ trưởng Tài chính, Thương mại, Việc làm và Đào tạo X`: more fields, another ministry)
        entry = lex.ministries.get(fold("Bộ " + doc.text[at:end]))
        if entry is None:
            continue  # (a comma inside counts only in a name the gazetteer knows: `Kinh tế, Thương mại và …`)
        place = doc.span_at(doc.places, end + 1) if doc.text[end : end + 1] == " " else None
        if place is not None and place.label != Label.COUNTRY:
            place = None
        stop = place.end if place else end
        span = Span(
            at,
            stop,
            "",
            Label.ORGANIZATION,
            "Bộ " + doc.text[at:stop],
            {"head": "Bộ", "place": place, "entry": entry if place is None else None},
        )
        add_org_entity(doc, lex, span)
        doc.orgs.append(span)
        return span
    return _foreign_ministry_by_fields(doc, lex, at)


def _ministry_by_fields_then_holder(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Bộ trưởng Tài chính, Thương mại, Việc làm và Đào tạo Ros Bates`: a ministry named by fields of government no
    gazetteer lists, its country unsaid (the page's context tells it), then the name of whoever holds the title
    there: the fields end the ministry's name and the name is read after them (it was read as more fields)."""
    end = fields_end_at(doc, at)
    holder = _name_at(doc, lex, end + 1) if end > at and doc.text[end : end + 1] == " " else None
    if holder is None or " " not in doc.text[holder[0] : holder[1]]:
        return None
    span = Span(at, end, "", Label.ORGANIZATION, "Bộ " + doc.text[at:end], {"head": "Bộ", "place": None, "entry": None})
    add_org_entity(doc, lex, span)
    return span  # (the holder's post only: no mention the other stages read as a side, its country being unsaid)


def _foreign_ministry_by_fields(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Bộ trưởng Thương mại Malaysia`, `Bộ trưởng Năng lượng và Mỏ Lào`: a foreign ministry named by fields of
    government (`gazetteers/portfolio_words_vi.txt`, joined by `và` and commas) and then its country, which no
    gazetteer needs to know."""
    place = fields_then_place(doc, at)
    if place is None and doc.text[at].isupper():
        return _ministry_by_fields_then_holder(doc, lex, at)
    if place is None or place.label != Label.COUNTRY or not doc.text[at].isupper():
        return None
    name = "Bộ " + doc.text[at : place.end]
    span = Span(at, place.end, "", Label.ORGANIZATION, name, {"head": "Bộ", "place": place, "entry": None})
    add_org_entity(doc, lex, span)
    doc.orgs.append(span)
    return span


_PLACE_NOUNS = frozenset(
    [
        "Plateau",
        "Park",
        "Mountain",
        "Mountains",
        "River",
        "Lake",
        "Bay",
        "Island",
        "Islands",
        "Pass",
        "Valley",
        "Forest",
        "Delta",
        "Highlands",
        "Cave",
        "Temple",
        "Pagoda",
        "Bridge",
        "Port",
        "Airport",
        "Street",
        "Road",
        "Market",
        "Square",
        "Museum",
        "Stadium",
        "Beach",
        "Falls",
        "Waterfall",
        "Canal",
        "Gulf",
        "Sea",
        "Strait",
        "City",
        "Mausoleum",
        "Memorial",
        "Monument",
        "Area",
        "Zone",
        "District",
        "Commune",
    ]
)
"""Capitalised words that end the name of a place or a site, never a person's (`Dong Van Karst Plateau`; a city or
a memorial named after a person: `Le Van Huu City`, `Tran Van Tra Mausoleum`)."""
_PLACE_NOUN_AFTER = re.compile(r" (?:" + "|".join(sorted(_PLACE_NOUNS)) + r"|city|area|zone|district|commune)\b")
"""(the press also writes a city named after a person with `city` in lowercase: `Le Van Huu city`; and a place's
kind: `the Cai Mep Ha area`)"""


_DOCUMENT_AFTER_NAME = re.compile(
    r"(?:Biên bản|Bản ghi nhớ|Hiệp định|Thỏa thuận|Thoả thuận|Nghị định thư|Công hàm|Văn kiện"
    r"|Agreement|Memorandum|Treaty|Protocol|Accord|Convention)(?![\w])"
)
"""A document's head, capitalised as a title is (`đã ký với Thống đốc X Y Biên bản ghi nhớ …`): it ends the name
before it (a name's syllable is never followed by these lowercase ones: `Biên bản`, `Văn kiện`), and no name opens
with one (`the General Agreement of Cooperation`: `General` is also a rank, and what follows no general)."""


def _foreign_word_after(text: str, end: int, before: str) -> bool:
    """Whether a Portuguese or French particle ending at `end` joins two words of a foreign name: the word before it
    and the capitalised word after it are no Vietnamese syllables (`Agostinho do Rosário`)."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return (
        after is not None
        and after.group(0)[0].isupper()
        and not vietnamese_syllable(after.group(0))
        and not vietnamese_syllable(before)
    )


def _title_glued_after_dash(doc: ArticleDoc, word: re.Match[str]) -> re.Match[str] | None:
    """The part of a word before a dash that glues a title onto it (`Tuấn-Phó`), if one does: local pages list
    their guests as `Name-Title`, with no space, and the title belongs to the name, not inside it."""
    dash = word.group(0).find("-")
    if dash <= 0 or doc.title_at(word.start() + dash + 1) is None:
        return None
    return _WORD.match(doc.text, word.start(), word.start() + dash)


def _styled_holder(doc: ArticleDoc, chain: Chain) -> bool:
    """Whether a title chain after a styled name ends with a holder of its own, styled right after the chain's words
    (`U X, Governor of the Central Bank U Y, Deputy Minister U Z`: Myanmar's officials listed in English, each title
    before its holder's style), so the titles are that holder's, not the name's before them."""
    if chain.name is None or doc.article.lang != "en":
        return False
    start = chain.name[0]
    return any(
        m.end() == start and doc.text[m.start() - 2 : m.start()] != ", "  # (the style right after the chain's words)
        for m in MYANMAR_STYLES.finditer(doc.text, max(0, start - 8), start + 2)
    )


_CITY_ABBREVIATION = re.compile(r"TP\.? (?=[A-ZĐ])")
"""Vietnamese `TP` (`thành phố`) after a city's body whose city the page already named (`Chủ tịch HĐND TP Nguyễn
Văn A`): no word of the holder's name. (`TP Hà Nội` stays a place: the name read after it is a place's.)"""


def _name_at(doc: ArticleDoc, lex: Lexicon, at: int) -> tuple[int, int] | None:
    """A person's name starting at `at`: capitalised words (particles inside Western names allowed); an honorific
    before it (`Foreign Minister Prince Faisal …`, `Bộ trưởng ngài …`) is not part of it."""
    text = doc.text
    honorific = HONORIFICS.match(text, at)
    while honorific is not None and not doc.span_at(doc.places, at):
        at = honorific.end()  # (`Prof Dr Abdul …`, `H.E. Mr. …`: every honorific before the name)
        honorific = HONORIFICS.match(text, at)
    style = (MYANMAR_STYLES if doc.article.lang == "en" else _CITY_ABBREVIATION).match(text, at)
    if style is not None:
        at = style.end()  # (`Union Minister U Kyaw Win`: the style, then the name; `Chủ tịch HĐND TP Nguyễn Văn A`)
    if doc.span_at(doc.orgs, at) or doc.span_at(doc.places, at) or doc.title_at(at):
        return None
    tokens: list[re.Match[str]] = []
    pos = at
    while len(tokens) < (5 if not any(t.group(0).lower() in _PARTICLES for t in tokens) else 8):
        m = _GLUED_INITIAL.match(text, pos) or _WORD.match(text, pos)  # (`J.Erdenebat`: an initial glued on)
        if m is None:
            break
        word = m.group(0)
        if not word[0].isupper() and not (tokens and _ARTICLE_GLUED.match(word)):
            if word in _PARTICLES and tokens and _WORD.match(text, m.end() + 1) and text[m.end() : m.end() + 1] == " ":
                tokens.append(m)
                pos = m.end() + 1
                continue
            if word in _FOREIGN_PARTICLES and tokens and _foreign_word_after(text, m.end(), tokens[-1].group(0)):
                tokens.append(m)  # `Thủ tướng Carlos Agostinho do Rosário`, not `… Putin do Nga cử`
                pos = m.end() + 1
                continue
            break
        if not tokens and _DOCUMENT_AFTER_NAME.match(text, m.start()):
            return None
        if tokens and (
            lex.org_head_re.match(text, m.start())
            or doc.span_at(doc.places, m.start())
            or doc.title_at(m.start())
            or _DOCUMENT_AFTER_NAME.match(text, m.start())
        ):
            break
        if tokens and (glued := _title_glued_after_dash(doc, m)) is not None:
            tokens.append(glued)  # `Nguyễn Văn A-Phó Bí thư Tỉnh ủy`: a title glued on by a dash ends the name
            break
        if len(word) > 3 and word.endswith(("'s", "’s")) and word[-3].isalpha():
            tokens.append(_WORD.match(text, m.start(), m.end() - 2) or m)
            break  # `President X Y Z’s State visit`: the possessive ends the name
        tokens.append(m)
        initial = _INITIAL.fullmatch(word) or (len(tokens) > 1 and _MIDDLE_INITIALS.fullmatch(word))
        if initial and _INITIAL_GOES_ON.match(text, m.end()):
            pos = m.end() + 2  # `Francisco P. Tiu Laurel`, `S. Jaishankar`: an initial and its full stop
            continue
        if _INITIAL.fullmatch(word) and (run := _INITIALS_RUN.match(text, m.end())):
            tokens.append(run)  # `Richard R.C. Shih`: initials glued to each other, a full stop each
            pos = run.end() + 1
            continue
        if word in ("Jr", "Sr") and text[m.end() : m.end() + 1] == ".":
            break
        if text[m.end() : m.end() + 1] != " " or word.endswith("-"):
            break  # (`Nguyễn Văn A- Công sứ`: a dash glued to the name ends it)
        pos = m.end() + 1
    while tokens and not tokens[-1].group(0)[0].isupper() and not _ARTICLE_GLUED.match(tokens[-1].group(0)):
        tokens.pop()
    verb = next((i for i, t in enumerate(tokens) if i >= 2 and t.group(0) in _HEADLINE_VERBS), None)
    if verb is not None:
        del tokens[verb:]  # `Vice Minister Qu Dongyu Meets …`: a headline's capitalised verb ends the name
    if not tokens:
        return None
    first = tokens[0].group(0)
    if first in NOT_NAME_START and first not in lex.surnames:
        return None
    if len(tokens) == 1 and first in _HEAD_STARTS:
        return None
    if first in _BODY_ADJECTIVES:
        return None  # `Chairman of the X Provincial People's Committee`: the body's words, read past an unread place
    if " ".join(t.group(0) for t in tokens) in _WORLD_REGIONS:
        return None  # `Bộ trưởng Châu Âu và Ngoại giao`: a continent (`Châu` is also a family name), no person
    if any(t.group(0) in _PLACE_NOUNS for t in tokens[1:]):
        return None  # `Dong Van Karst Plateau`, `Ha Long Bay`: a place's name, however much it reads like a person's
    end = tokens[-1].end() - (1 if tokens[-1].group(0).endswith("-") else 0)
    if tokens[-1].group(0) in ("Jr", "Sr") and text[end : end + 1] == ".":
        end += 1  # `Francisco P. Tiu Laurel Jr.`
    if text[end - 2 : end] in ("'s", "’s") and len(tokens[-1].group(0)) > 3:
        end -= 2  # `Pham Minh Chinh's visit`: the possessive is no part of the name
    family = _LAO_FAMILY.match(text, end) if doc.article.lang == "vi" and 2 <= len(tokens) <= 3 else None
    if (
        family is not None
        and first not in lex.surnames
        and family.group(1).split()[0] not in lex.surnames
        and not any(
            doc.title_at(family.start(1) + w.start()) or doc.span_at(doc.places, family.start(1) + w.start())
            for w in _WORD.finditer(family.group(1))
        )
        and not doc.span_at(doc.orgs, family.start(1))
    ):
        end = family.end(1)  # `Khăm Pheng – Xay Sổm Pheng`: a Lao name, its given and family names set off by a dash
    return tokens[0].start(), end


_BODY_ADJECTIVES = frozenset({"Provincial", "Municipal", "Prefectural", "People's", "People’s", "Peoples’"})
"""English words that begin the rest of a body's name after its place, never a person's name."""
_WORLD_REGIONS = frozenset(
    {"Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ", "Châu Úc", "Châu Đại Dương", "Châu Nam Cực", "Bắc Mỹ", "Nam Mỹ"}
    | {"Trung Mỹ", "Mỹ Latinh", "Đông Âu", "Tây Âu", "Bắc Âu", "Nam Âu", "Trung Âu", "Đông Á", "Nam Á", "Tây Á"}
    | {"Trung Á", "Đông Nam Á", "Trung Đông", "Bắc Phi", "Nam Phi", "Tây Phi", "Đông Phi", "Trung Phi"}
    | {"Asia", "Europe", "Africa", "Oceania", "Southeast Asia", "South East Asia", "South Asia", "East Asia"}
    | {"Central Asia", "West Asia", "North Asia", "Asia Pacific", "Asia-Pacific", "Indo-Pacific", "Middle East"}
    | {"Latin America", "North America", "South America", "Central America", "Eastern Europe", "Western Europe"}
    | {"Northern Europe", "Southern Europe", "Central Europe", "North Africa", "West Africa", "East Africa"}
    | {"Southern Africa", "Sub-Saharan Africa", "Greater Mekong"}
)
"""The continents and world regions in Vietnamese and English: capitalised like names, some beginning with a family
name (`Châu`), some written right after a title as a name is (`X, Regional CEO Southeast Asia, Y`)."""
_PLACE_KIND_OF = re.compile(r"(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Pp]refecture) of ")
_LAO_FAMILY = re.compile(rf" [-–] ([{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+){{1,3}})(?=,|\s+[{LOWER}]|\.|$)")
_INITIAL = re.compile(r"[A-Z]h?|Ts")
"""A first or middle name's initial written before a full stop: one letter, or the two that write one Russian,
Central Asian or Mongolian sound (`Sh. Mirziyoyev`, `Zh. Tokayev`, `Ts. Dashdorj`)."""
_INITIALS_RUN = re.compile(rf"\.(?:[A-Z]\.)+(?= [{UPPER}][{LOWER}])")
"""The rest of initials glued to each other after the first (`R` + `.C.` of `R.C. Shih`)."""
_MIDDLE_INITIALS = re.compile(r"[A-Z]{2}")
"""Two capitals before a full stop inside a name (`Meynardo LB. Montealegre`): initials, once a first name is read."""
_ARTICLE_GLUED = re.compile(rf"(?:al|el)-[{UPPER}]")
"""An Arabic name's article glued to the word it goes with (`… bin Jabir al-Thani`, `el-Sisi`): part of the name."""
_GLUED_INITIAL = re.compile(rf"[A-Z]\.[{UPPER}](?:[{LOWER}]|-[{LOWER}])[\w'’\-]*")
"""A name with its first name's initial glued on (`J.Erdenebat`, `U.Khurelsukh`: Mongolian names as written; in
Vietnamese the name after it transcribed, `V.Pu-tin`, `A.Ô-đin-xốp`)."""
_INITIAL_GOES_ON = re.compile(rf"\. (?=[{UPPER}][{LOWER}])")
_HEADLINE_VERBS = frozenset(
    [
        *("Meets", "Visits", "Receives", "Holds", "Signs", "Hosts", "Welcomes", "Talks", "Discusses", "Attends"),
        *("Leads", "Urges", "Says", "Pays", "Calls", "Chairs", "Co-chairs", "Hails", "Affirms", "Vows", "Inks"),
        *("Witnesses", "Greets", "Thanks", "Seeks", "Agrees", "Joins", "Opens", "Launches", "Praises"),
    ]
)
"""Verbs a title-case headline writes capitalised right after a name (`Vice Minister Qu Dongyu Meets …`)."""

_BRACKET_PLACE = re.compile(r"\s*\(\s*(?:bang|tỉnh|state of|province of)?\s*", re.I)


def _bracketed_place(doc: ArticleDoc, chain: Chain) -> None:
    """A place in brackets right after a name whose title names no body or place is where the role is."""
    if chain.name is None or not chain.roles or chain.roles[-1].orgs or chain.roles[-1].places:
        return
    m = _BRACKET_PLACE.match(doc.text, chain.name[1])
    if m is None:
        return
    place = doc.span_at(doc.places, m.end())
    if place is not None:
        chain.roles[-1].places.append(place)


def _appositive_name(doc: ArticleDoc, lex: Lexicon, at: int) -> tuple[int, int] | None:
    """A name set off by commas after a title chain: two to four capitalised words, then a comma, a bracket or
    the end of the sentence (so a clause that merely starts with a capital is not taken for a name)."""
    name = _name_at(doc, lex, at)
    if name is None or " " not in doc.text[name[0] : name[1]]:
        return None
    if HONORIFICS.match(doc.text, at):
        return name  # `Thống đốc tỉnh Kaluga, ông Vladislav Shapsha đã …`: an honorific says a person follows
    after = doc.text[name[1] : name[1] + 1]
    goes_on = _CLAUSE_GOES_ON_VI if doc.article.lang == "vi" else _CLAUSE_GOES_ON
    if after == " " and goes_on.match(doc.text, name[1]) and len(doc.text[name[0] : name[1]].split()) <= 4:
        return name  # `Chinese Deputy Minister of Agriculture, Zhang Taolin expressed …`: the subject, then its verb
    if re.match(_PHOTO_NOTE, doc.text[name[1] :]):
        return name  # `British Ambassador to Vietnam, X Y (L, front) and …`: a caption's note of where he stands
    return name if after in (",", ")", ".", ";", "") else None


_CLAUSE_GOES_ON = re.compile(r" [a-z]{3,}\b")
_CLAUSE_GOES_ON_VI = re.compile(rf" [{LOWER}]{{2,}}(?![\w'’\-])")
"""Vietnamese: any lowercase word goes on with a clause (`…, Sharad Pawar đã ký`, `…, Cao Đức Phát và …`)."""


def _name_before(doc: ArticleDoc, lex: Lexicon, title_start: int) -> tuple[int, int] | None:
    """`Jacob Helberg, Thứ trưởng …`: a name right before a title, after a comma or dash (or after a dash and a
    role the gazetteer lacks: `Bùi Đình Long - Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh`)."""
    prefix = _RANK_BEFORE.search(doc.text, max(0, title_start - 12), title_start)
    if prefix is not None:  # `Hamad Al Rahoumi, First Deputy Speaker of …`: a rank word opens the title
        title_start = prefix.start()
    offset = max(0, title_start - 80)
    window = doc.text[offset:title_start]
    for pattern in (_NAME_THEN_SEP, _NAME_THEN_OTHER_ROLE, _NAME_COMMA_OTHER_ROLE):
        m = pattern.search(window)
        name = _name_of(doc, lex, offset + m.start(1), m.group(1)) if m else None
        if (
            name is not None
            and m is not None
            and m.group(0).endswith(("the ", "the"))
            and _PREPOSITION_BEFORE.search(doc.text, max(0, name[0] - 12), name[0])
        ):
            continue  # `on the occasion of Pi Mai Lao, the Consul General …`: a clause's end, no person
        if name is not None:
            return name
    return None


_RANK_BEFORE = re.compile(
    r"(?<![\w'’])(?:First|Permanent|Standing|Executive|Senior|Acting|Former|former|acting|Regional|Global|Interim) $"
)
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:of|on|in|at|for|during|to|from|since|after|before) $")
"""A word before a name that makes it the end of a phrase, not the person a `, the Minister …` apposition is of."""


def _name_of(doc: ArticleDoc, lex: Lexicon, start: int, run: str) -> tuple[int, int] | None:
    """The person's name a run of words before a title ends with (its capitalised tail), if it is one."""
    words = run.split()
    while words and any(not w[0].isupper() and w not in _PARTICLES for w in words):
        start += len(words[0]) + 1  # `Park invited Le Van Thanh, …`: the capitalised tail after the last lowercase word
        words.pop(0)
    if len(words) < 2 or not all(w[0].isupper() or w in _PARTICLES for w in words):
        return None
    if any(sp.start < start < sp.end for sp in (*doc.orgs, *doc.places)):
        return None  # `Ministry of External Affairs, Secretary …`: the tail of a body's name, no person
    name = _name_at(doc, lex, start)
    if name is None or name[1] != start + len(" ".join(words)):
        return None
    return name


def _full_names(doc: ArticleDoc, lex: Lexicon) -> Iterator[tuple[int, int]]:
    """Vietnamese full names anywhere: a family name and two or three capitalised syllables (in English text,
    written without marks)."""
    text = doc.text
    surnames = lex.plain_surnames if doc.article.lang == "en" else lex.surnames
    covered = bytearray(len(text) + 1)
    for sp in (*doc.orgs, *doc.places):
        covered[sp.start : sp.end] = b"\x01" * (sp.end - sp.start)
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        start = m.start()
        if any(w in _PLACE_NOUNS for w in words[1:]) or _PLACE_NOUN_AFTER.match(text, m.end()):
            continue  # `Dong Van Karst Plateau`: a site, not a person
        if words[0] not in surnames and len(words) >= 3 and words[1] in ("Thị", "Thi"):
            if not any(covered[m.start() : m.end()]):
                yield m.start(), m.end()  # `Quế Thị Trâm Ngọc`: `Thị` makes a Vietnamese woman's name of any family
            continue
        if words[0] not in surnames:
            # `… of Localities Nguyen Hoang Long`: a name right after the end of a body's name it runs on from
            k = next((k for k in range(1, len(words) - 2) if words[k] in surnames), None)
            if k is None:
                continue
            start = m.start() + len(" ".join(words[:k])) + 1
            if not any(sp.end == start - 1 for sp in (*doc.orgs, *doc.places)):
                continue
            yield start, m.end()
            continue
        if m.start() in doc.place_starts or any(covered[m.start() : m.end()]):
            continue  # `Thái Bình Dương` begins with a place name: a longer place, not a person
        if lex.title(" ".join(words[1:])):
            continue  # `Phó Ngoại Trưởng`: a deputy's title with every word capitalised (`Phó` is also a family name)
        before = text[max(0, m.start() - 2) : m.start()]
        if before.strip() and before.strip()[-1].isalpha() and before.strip()[-1].isupper():
            continue
        if _city_short_name(lex, m.group(0)):
            continue
        yield m.start(), m.end()


def _city_short_name(lex: Lexicon, run: str) -> bool:
    """Whether a name read with no title before it is a city's name without its kind word (`Ho Chi Minh` for Ho Chi
    Minh City, `tư tưởng Hồ Chí Minh`): a city named after a person is written so in lists of places and compounds
    (`the Ho Chi Minh-Moc Bai expressway`); the person is named with a title (`President Ho Chi Minh`)."""
    return any(
        e.label == Label.PROVINCE
        for form in (f"{run} City", f"Thành phố {run}")
        for e in lex.find(form, Label.PROVINCE)
    )


def _cut_by_the_page_end(text: str, end: int) -> bool:
    """A name that runs to the end of a text ending with no punctuation, its last word the beginning of a longer
    word the text has before: the page was cut inside that word (`… Thị trưởng Willia`, after `William Mark X`),
    so the words read are no name. (A whole name the cut follows, `… with Prime Minister Yoshihiko Noda`, stays.)"""
    if text[end:].strip() or text.rstrip().endswith(_CLOSING_MARKS):
        return False
    last = text[:end].rsplit(None, 1)[-1]
    return re.search(r"(?<!\w)" + re.escape(last) + r"\w", text[: end - len(last)]) is not None


_CLOSING_MARKS = tuple(".!?…\"”’')]»")


def _resolve(
    doc: ArticleDoc,
    lex: Lexicon,
    found: list[tuple[int, int, list[Role]]],
    introduced: frozenset[int] | set[int] = frozenset(),
) -> None:
    text = doc.text
    found = [f for f in found if not _cut_by_the_page_end(text, f[1])]
    local: dict[str, str] = {}
    names: dict[str, str] = {}
    countries: dict[str, str] = {}  # folded name -> the country of its roles, which tells namesakes apart
    for start, end, roles in found:
        country = next((c for r in roles if (c := _role_country(doc, r))), None)
        if country:
            countries.setdefault(fold(text[start:end]), country)
    # Full names first so that a later short form (`Helberg`) finds them.
    # (a first name and patronymic last: the full name it stands for is read first, whatever their lengths)
    for start, end, roles in sorted(found, key=lambda f: (bool(_PATRONYMIC.search(text[f[0] : f[1]])), f[0] - f[1])):
        name = text[start:end]
        if " " not in name and not roles:
            continue
        tail = _tail_of(local, fold(name))
        if tail is None and name.split()[0] not in lex.plain_surnames:
            tail = _shorter_form_of(local, fold(name))
        if tail is not None:  # `Minister Tuan Anh` after `Tran Tuan Anh`: the given names alone
            local.setdefault(fold(name), tail)
            continue
        pid = doc.resolver.person(name, local, countries.get(fold(name)))
        if " " in name:
            local.setdefault(fold(name), pid)
            names.setdefault(pid, name)
    roles_by_person: dict[str, list[tuple[int, Role]]] = {}
    for start, end, roles in found:
        name = text[start:end]
        pid = doc.resolver.person(name, local)
        if pid not in names:
            if " " not in name and not (
                (roles or start in introduced)
                and _lone_name(doc, lex, start, end)
                and not any(full.endswith(" " + fold(name)) for full in local)  # (two people's: whose, unsaid)
            ):
                continue  # a lone word that names nobody known
            names[pid] = name
        doc.people.append(Span(start, end, pid, Label.OFFICIAL, name))
        roles_by_person.setdefault(pid, []).extend((start, r) for r in roles)
        doc.entity(pid, Label.OFFICIAL, names[pid], at=start)
    for span in doc.bare_titles:
        span.id = _bare_title_person(doc, span, roles_by_person) or ""
        if span.id:
            doc.entity(span.id, Label.OFFICIAL, names[span.id], at=span.start)
            doc.people.append(Span(span.start, span.end, span.id, Label.OFFICIAL, span.text, {"bare": True}))
    _short_forms(doc, lex, names)
    doc.people.sort(key=lambda sp: sp.start)
    for pid, placed_roles in roles_by_person.items():
        _add_roles(doc, lex, pid, placed_roles)


_LONE_NAME = re.compile(r"(?:[A-Z]\.)?(?:Mc|Mac|O['’])?[A-Z][a-z'’]{2,}(?:-[A-Za-z][a-z'’]*)*")
_TRANSCRIBED_WITH_INITIAL = re.compile(rf"[A-Z]\.[{UPPER}][{LOWER}]*(?:-[{UPPER}{LOWER}][{LOWER}]*)+")
"""A foreign name transcribed into Vietnamese syllables, its first name's initial glued on (`V.Pu-tin`,
`A.Ô-đin-xốp`): one word, but a person's as surely as a full name is."""
_AFTER_LONE_NAME = re.compile(rf"(?:['’]s)?(?=$|[,.;:)!?]|\s+[^{UPPER}\s\"“'‘])")
_NOT_LONE_NAME = frozenset([*_HEADLINE_VERBS, "Emeritus", "Counsellor", "Counselor"])


@functools.lru_cache(maxsize=4)
def _title_words(lex: Lexicon) -> frozenset[str]:
    """Capitalised words of titles and of ministries' fields (`General`, `Interior`): no one's name alone."""
    words = {w for t in lex.gaz.titles for n in (t.title_en, *t.aliases) for w in n.split() if w[:1].isupper()}
    return frozenset(words | officials_en.field_words(lex))


def _lone_name(doc: ArticleDoc, lex: Lexicon, start: int, end: int) -> bool:
    """`Governor McAuliffe said`, `Minister Thang met`, `Tổng thống Obama`, `Bộ trưởng Nông nghiệp Koizumi`: news
    names a person by one name right after his title when the reader knows him; one capitalised word that is no
    common word, ended by a clause's lowercase word or punctuation, is that person (a title already says so). A word
    the article also writes in lowercase is a common word capitalised (`Phó Tỉnh trưởng Kinh tế`: `kinh tế`), and so
    is a word with Vietnamese marks (`Mặt trận`, `Tiểu bang`): a Vietnamese given name alone is read only when the
    article gives the full name it ends. A word of a title or a ministry's field is none (`Secretary General`,
    `Minister of Interior`)."""
    word = doc.text[start:end]
    return (
        (_LONE_NAME.fullmatch(word) is not None or _TRANSCRIBED_WITH_INITIAL.fullmatch(word) is not None)
        and word not in _NOT_LONE_NAME
        and word not in NOT_NAME_START
        and word not in _title_words(lex)
        and doc.title_at(start) is None
        and _AFTER_LONE_NAME.match(doc.text, end) is not None
        and not _whole_words(doc.text, [word.lower()])
    )


def _repeated_full_names(doc: ArticleDoc, names: dict[str, str]) -> None:
    """A full name read once (`Bộ trưởng … Ahmad Faizal`) is the same person wherever it is written again without
    its title (`hai Bộ trưởng Nguyễn Văn Bình và Ahmad Faizal đã ký`)."""
    full = {name: pid for pid, name in names.items() if len(name.split()) >= 2}
    if not full:
        return
    taken = [(sp.start, sp.end) for sp in (*doc.people, *doc.orgs, *doc.places)]
    for start, end in _whole_words(doc.text, full):
        if any(a < end and start < b for a, b in taken):
            continue
        name = doc.text[start:end]
        pid = full[name]
        doc.people.append(Span(start, end, pid, Label.OFFICIAL, name, {"repeated": True}))
        doc.entity(pid, Label.OFFICIAL, names[pid], at=start)
        taken.append((start, end))
    doc.people.sort(key=lambda sp: sp.start)


def _short_forms(doc: ArticleDoc, lex: Lexicon, names: dict[str, str]) -> None:
    """Later mentions by one word (`Dien said`, `Helberg noted`, `Liu`): the last word of a full name, and the
    first of a two-word name that is not Vietnamese (`Liu Ning`, `Oh Yong-ju`: family name first). A word two
    people share, or that is also a place, a body or a common capitalised word, names nobody."""
    text = doc.text
    forms: dict[str, set[str]] = {}
    for pid, name in names.items():
        words = name.split()
        if len(words) < 2:
            continue
        keys = {words[-1]}
        if len(words) == 2 and words[0] not in lex.surnames and words[0] not in lex.plain_surnames:
            keys.add(words[0])
        for key in keys:
            if len(key) >= 2 and key[0].isupper() and key not in NOT_NAME_START and key not in _NOT_SHORT_FORM:
                forms.setdefault(key, set()).add(pid)
    unique = {k: next(iter(v)) for k, v in forms.items() if len(v) == 1}
    _repeated_full_names(doc, names)
    if not unique:
        return
    taken = [(sp.start, sp.end) for sp in (*doc.people, *doc.orgs, *doc.places)]
    for start, end in _whole_words(text, unique):
        if any(a < end and start < b for a, b in taken) or doc.title_at(start):
            continue
        nxt = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        prev = text[max(0, start - 30) : start].rstrip().split(" ")[-1] if start else ""
        if (nxt and nxt.group(0)[0].isupper()) or (
            prev[:1].isupper() and not doc.title_at(start - len(prev) - 1) and not prev.endswith((".", ",", ":", ";"))
        ):
            continue  # inside another capitalised run: another name
        pid = unique[text[start:end]]
        doc.people.append(Span(start, end, pid, Label.OFFICIAL, text[start:end], {"short": True}))
        doc.entity(pid, Label.OFFICIAL, names[pid], at=start)


def _inside_word(ch: str) -> bool:
    return ch.isalnum() or ch in "_'’-"


def _whole_words(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Where the phrases stand as whole words, left to right, the longest first where two start together, none
    overlapping: what one alternation regex would find, without compiling a pattern for every article's names
    (the compile was a tenth of the extraction time on large corpora)."""
    hits: list[tuple[int, int]] = []
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            possessive = text[end : end + 2] in ("'s", "’s") and not _inside_word(text[end + 2 : end + 3] or " ")
            if not (at and _inside_word(text[at - 1])) and (
                possessive or not (end < len(text) and _inside_word(text[end]))
            ):  # (`Chinh’s official visit`: the name, then its possessive)
                hits.append((at, end))
            at = text.find(phrase, at + 1)
    hits.sort(key=lambda h: (h[0], -h[1]))
    spans: list[tuple[int, int]] = []
    for start, end in hits:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _tail_of(local: dict[str, str], key: str) -> str | None:
    """The one person of the article whose longer full name ends with these words (`Minister Tuan Anh`, and a lone
    word after a title: `Ngoại trưởng Hoa Kỳ Kerry` after `John Kerry`), if any."""
    hits = {pid for full, pid in local.items() if full != key and full.endswith(" " + key)}
    initial = _INITIAL_THEN_NAME.fullmatch(key)
    if initial is not None and not hits:  # `Thủ hiến B. Ramelow` after `Bodo Ramelow`: his first name's initial
        hits = {
            pid
            for full, pid in local.items()
            if full != key and full.startswith(initial.group(1)) and full.endswith(" " + initial.group(2))
        }
    return hits.pop() if len(hits) == 1 else None


def _shorter_form_of(local: dict[str, str], key: str) -> str | None:
    """`Raúl Juan` and `Raul Pollak Giampietro` after `Raúl Juan Pollak Giampietro`: a Western name written with
    fewer of its words (its first two, or its first and last with some between left out) is the one person of the
    article whose full name it shortens, if any (not for Vietnamese names, whose first two words are many people's)."""
    words = key.split()
    if len(words) < 2:
        return None
    hits = set()
    for full, pid in local.items():
        long = full.split()
        if len(long) <= len(words) or long[0] != words[0]:
            continue
        if long[: len(words)] == words or (long[-1] == words[-1] and _in_order(words, long)):
            hits.add(pid)
    if not hits and len(words) == 2 and _PATRONYMIC.search(words[1]):
        # `ông Gennady Stepanovich` after `ông Gennady Bezdetko`: a Russian first name and patronymic, the polite form
        hits = {pid for full, pid in local.items() if full != key and full.split()[0] == words[0]}
    return hits.pop() if len(hits) == 1 else None


_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|yevich|yevna)$")


def _in_order(words: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in words)


_INITIAL_THEN_NAME = re.compile(r"(\w) (\S.*)")
"""A folded name that is an initial and a family name (`b ramelow` of `B. Ramelow`)."""


def _role_country(doc: ArticleDoc, role: Role) -> str | None:
    """The country (ISO alpha-2) a role is in: its country, its organisation's, its province's."""
    for place in role.places:
        props = place.data["entry"].properties
        if props.get(Prop.ISO2) or props.get(Prop.COUNTRY):
            return str(props.get(Prop.ISO2) or props.get(Prop.COUNTRY))
    for org in role.orgs:
        ent = doc.entities.get(org.id)
        if ent is not None and ent.properties.get(Prop.COUNTRY):
            return str(ent.properties[Prop.COUNTRY])
    return None


def _bare_title_person(doc: ArticleDoc, span: Span, roles_by_person: dict[str, list[tuple[int, Role]]]) -> str | None:
    """The person a title without a name refers to: same title (and organisation when given), the nearest
    one named before; else the only one with that title in the article."""
    roles: list[Role] = span.data["roles"]
    if not roles:
        return None
    want = roles[0]
    want_orgs = {o.id for o in want.orgs}
    # `Thủ tướng` with no body or country in a Vietnamese article is the home country's, never a foreign one's
    home = _home_iso(doc) if doc.article.lang == "vi" and not want.orgs and not want.places else None
    candidates = []
    for pid, items in roles_by_person.items():
        for start, role in items:
            if role.title.title_vi != want.title.title_vi:
                continue
            if want_orgs and not want_orgs & {o.id for o in role.orgs}:
                continue
            if home and (country := _role_country(doc, role)) and country != home:
                continue
            candidates.append((start, pid))
    before = [c for c in candidates if c[0] < span.start]
    if before:
        return max(before)[1]
    distinct = {pid for _, pid in candidates}
    if len(distinct) == 1:
        return distinct.pop()
    if candidates and doc.sentence_index(span.start) <= 1:
        return min(candidates)[1]  # a headline's `Thủ tướng tiếp …`: the first one the article then names
    return None


def _add_roles(doc: ArticleDoc, lex: Lexicon, pid: str, roles: list[tuple[int, Role]]) -> None:
    ent = doc.entities[pid]
    country = ent.properties.get(Prop.COUNTRY)
    titles = []
    _foreign_ministers(doc, pid, roles)
    _fill_missing_orgs(doc, pid, roles)
    _short_bodies_abroad(doc, lex, roles)
    for _, role in roles:
        company = _company_of_board(doc, role.orgs[0]) if role.orgs else None
        if company is not None:  # `Chairman of the Managing Board of X Co., Ltd`, `X Board of Directors`: X's
            role.orgs[0] = company
    for at, role in roles:
        title = role.title.title_vi
        titles.append(title)
        target = None
        role_country = None
        place = next((p for p in role.places if p.label == Label.COUNTRY), None)
        if place is not None:
            role_country = place.data["entry"].properties.get(Prop.ISO2)
        province = next((p for p in role.places if p.label != Label.COUNTRY), None)
        if not role.orgs and place is not None and role.title.title_en.startswith("Ambassador"):
            embassy = _embassy_of(doc, lex, place, at, role.seat)  # `Đại sứ Ấn Độ Sandeep Arya`: at India's embassy
            if embassy is not None:
                role.orgs.append(embassy)
        if (
            not role.orgs
            and not role.places
            and role.title.title_en.startswith("Ambassador")
            and _vietnamese_name(doc, pid)
            and _title_right_before(doc, role, at)
            and (mission := _our_embassy_abroad(doc, lex, at)) is not None
        ):  # `Đại sứ Vũ Quang Minh` on a page about one other country: our embassy there
            role.orgs.append(mission)
        if not role.orgs and place is not None and role.seat is not None and "Consul" in role.title.title_en:
            consulate = _consulate_of(doc, role, place, role.seat, at)  # `Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh`
            if consulate is not None:
                role.orgs.append(consulate)
        if not role.orgs and place is not None and role.seat is None and "Consul" in role.title.title_en:
            consulate = _the_consulate_named(doc, role, place)  # `Vietnamese Consul General in Pakse, X`
            if consulate is not None:
                role.orgs.append(consulate)
        if not role.orgs and not role.places and role.field is None and not _vietnamese_name(doc, pid):
            theirs = _their_one_body(doc, role)  # `Bộ trưởng Vilayvanh Phomkhe` on a page naming `Bộ Nông - Lâm Lào`
            if theirs is not None:
                role.orgs.append(theirs)
        if not role.orgs and not role.places and "Consul" in role.title.title_en:
            consulate = _the_one_consulate(doc, lex, role, pid)  # `Tổng Lãnh sự Lê Văn A` on a page naming his post
            if consulate is not None:
                role.orgs.append(consulate)
        if role.orgs:
            org = role.orgs[0]
            target = org.id
            role_country = role_country or doc.entities[org.id].properties.get(Prop.COUNTRY)
        elif province is not None:  # `Thống đốc tỉnh Tochigi, Nhật Bản`: the province's, in that country
            target = province.id
            role_country = role_country or province.data["entry"].properties.get(Prop.COUNTRY)
        elif place is not None:
            target = place.id
        elif role.title.title_vi in _HEADS_OF_PROVINCES and (abroad := _only_province_abroad(doc, pid, role, at)):
            target = abroad.id  # `Governor Linda Dessau` on a page whose one foreign province is Victoria
            role_country = abroad.data["entry"].properties.get(Prop.COUNTRY)
        elif role.title.title_vi in _HEADS_OF_DISTRICTS and (district := _district_headed(doc, role, at)) is not None:
            target = district  # `ông X, Quận trưởng quận Y, thành phố Z`: a district abroad the page names
        elif role.form == "Premier" and (state := _premiers_state(doc, lex, pid, role, at)) is not None:
            target = state.id  # `Premier Daniel Andrews` on a page about Victoria: the state's head, no country's
            role_country = state.data["entry"].properties.get(Prop.COUNTRY)
            titles[-1] = title = _STATE_PREMIER
        elif _heads_a_province(role) and (led := _led_province(doc, _title_start_before(doc, at))) is not None:
            target = led.id  # `đoàn đại biểu tỉnh X do đồng chí Phó Bí thư Thường trực Y dẫn đầu`: X's leader
            role_country = role_country or led.data["entry"].properties.get(Prop.COUNTRY)
        elif (
            role.title.kind in _HEAD_OF_STATE_KINDS and doc.home_country and ent.name.split()[0] in lex.surnames
        ):  # (a foreign name is no head of our own state)
            target = doc.home_country
            role_country = doc.home_country.split(":")[1].upper()
            home = lex.gaz.countries.get(doc.home_country)
            if home is not None and doc.home_country not in doc.entities:
                add_place_entity(doc, home, None)
        country = country or role_country
        if target and target in doc.entities:
            doc.relate(RelType.HOLDS_POSITION, pid, target, at=at, properties={Prop.TITLE: title})
    props = {"titles": list(dict.fromkeys(titles))}
    if country:
        props[Prop.COUNTRY] = country
    doc.entity(pid, Label.OFFICIAL, ent.name, properties=props)


_HEADS_OF_PROVINCES = frozenset(
    {
        "Thống đốc",
        "Phó Thống đốc",
        "Tỉnh trưởng",
        "Phó Tỉnh trưởng",
        "Thủ hiến",
        "Phó Thủ hiến",
        "Thị trưởng",
        "Phó Thị trưởng",
        "Chủ tịch Chính quyền nhân dân",
        "Phó Chủ tịch Chính quyền nhân dân",
    }
)
_HEADS_OF_CITIES = frozenset({"Thị trưởng", "Phó Thị trưởng"})
_HEADS_OF_DISTRICTS = {
    "Quận trưởng": "quận",
    "Phó Quận trưởng": "quận",
    "Huyện trưởng": "huyện",
    "Phó Huyện trưởng": "huyện",
}
"""A district's head abroad (our districts are led by their people's committees' chairmen) and his kind of place."""
_DISTRICT = re.compile(rf"(?<!\w)([Qq]uận|[Hh]uyện) ([{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*){{0,3}})")
"""A district named by its kind and its name (`quận Ulju`, `huyện Pyeong Chang`, `Quận Guro`)."""
_STATE_PREMIER = "Thủ hiến"
_NATIONAL_PREMIERS = frozenset({"CN", "TW"})
"""Countries whose head of government is styled Premier: elsewhere a `Premier` heads a state or province."""


def _premiers_state(doc: ArticleDoc, lex: Lexicon, pid: str, role: Role, at: int) -> Span | None:
    """The state a `Premier` with no country of his own heads: the one foreign province the page names (as for a
    governor), when it lies in a country whose government's head is no premier (`Premier Daniel Andrews` on a page
    about Victoria, Australia; not `Premier Li Qiang` on a page naming Guangxi)."""
    state_head = lex.title(_STATE_PREMIER)
    if state_head is None:
        return None
    state = _only_province_abroad(doc, pid, Role(state_head, form=role.form), at)
    if state is None or state.data["entry"].properties.get(Prop.COUNTRY) in _NATIONAL_PREMIERS:
        return None
    return state


_OF_A_NAME = re.compile(r" of (?:the )?[A-Z]")


def _only_province_abroad(doc: ArticleDoc, pid: str, role: Role, at: int) -> Span | None:
    """The one province of another country a page names, which a foreign governor, premier or mayor named with no
    place of his own heads (`Phó Thủ hiến Rita Saffioti` on a page about Western Australia); a mayor's is the one
    foreign city the page reads (`thành phố Gimje, tỉnh Jeollabuk … Phó Thị trưởng X`: Gimje's); when the page names
    several, the one his title's sentence names (`with Tokyo while meeting Governor X`). None for a Vietnamese name
    or when that still leaves several."""
    if _vietnamese_name(doc, pid) or _names_own_place(doc, role, at):
        return None
    abroad = [
        p for p in doc.places if p.label == Label.PROVINCE and p.data["entry"].properties.get(Prop.COUNTRY) != "VN"
    ]
    cities = [p for p in abroad if p.data["entry"].properties.get(Prop.KIND) == CITY_KIND]
    provinces = [p for p in abroad if p.data["entry"].properties.get(Prop.KIND) != CITY_KIND]
    # (a city read in the text lies in a province: a governor's is the province, a mayor's the city)
    for group in (cities, provinces) if role.title.title_vi in _HEADS_OF_CITIES else (provinces,):
        one = _the_one(doc, group, at)
        if one is not None:
            return one
        if group:
            return None
    return None


def _district_headed(doc: ArticleDoc, role: Role, at: int) -> str | None:
    """The district a foreign district's head (`Quận trưởng`, `Phó huyện trưởng`) holds his title at, which no
    gazetteer lists: the one of his kind written right after his title (`X, Quận trưởng quận Y`), else the one his
    sentence names (`Đoàn công tác huyện Y … do ông X, Phó huyện trưởng làm trưởng đoàn`), else the one the page
    names; none when that leaves several. Its body is the one the organisations stage read (`chính quyền quận Y`),
    else the district's, named by its kind and name."""
    kind = _HEADS_OF_DISTRICTS[role.title.title_vi]
    if kind not in doc.text.lower():
        return None  # (cheap: the page names no such district)
    named = [m for m in _DISTRICT.finditer(doc.text) if m.group(1).lower() == kind]
    forms = {role.title.title_vi, *role.title.aliases}
    after_title = [
        m
        for t in doc.titles.values()
        if t.form in forms and abs(t.start() - at) < _NEAR_TITLE
        for m in named
        if m.start() == t.end() + 1
    ]
    sentence = doc.sentence_index(at)
    for group in (after_title, [m for m in named if doc.sentence_index(m.start()) == sentence], named):
        districts = {m.group(2): m for m in group}
        if len(districts) == 1:
            return _district_body(doc, next(iter(districts.values())))
        if districts:
            return None
    return None


def _district_body(doc: ArticleDoc, district: re.Match[str]) -> str:
    """The id of a district's body: the organisation the page names with the district's words (`chính quyền quận Y`),
    else the district's own, added (`Quận Y`)."""
    words = fold(district.group(0))
    for ent_id, ent in doc.entities.items():
        if ent.label == Label.ORGANIZATION and words in fold(ent.name):
            return ent_id
    name = f"{district.group(1).capitalize()} {district.group(2)}"
    org_id = f"org:{slug(name)}"
    doc.entity(
        org_id, Label.ORGANIZATION, name, properties={Prop.KIND: OrganizationKind.GOVERNMENT_BODY}, at=district.start()
    )
    return org_id


def _names_own_place(doc: ArticleDoc, role: Role, at: int) -> bool:
    """Whether the role's title, next to the name at `at`, is followed by the name of his own place, which the page
    did not read as one (`Karim Bouamrane, Mayor of Saint Ouen sur Seine`): no guess then."""
    forms = {role.title.title_vi, role.title.title_en, *role.title.aliases}
    return any(
        t.form in forms and abs(t.start() - at) < _NEAR_TITLE and _OF_A_NAME.match(doc.text, t.end())
        for t in doc.titles.values()
    )


_NEAR_TITLE = 60


def _the_one(doc: ArticleDoc, places: list[Span], at: int) -> Span | None:
    """The one place of these (by id), else the one of them in the sentence at `at`."""
    ids = {p.id: p for p in places}
    if len(ids) == 1:
        return next(iter(ids.values()))
    sentence = doc.sentence_index(at)
    here = {p.id: p for p in places if doc.sentence_index(p.start) == sentence}
    return next(iter(here.values())) if len(here) == 1 else None


def _embassy_of(doc: ArticleDoc, lex: Lexicon, country: Span, at: int, seat: Span | None = None) -> Span | None:
    """The embassy of the country an ambassador represents (`Đại sứ quán Ấn Độ`), the one body an ambassador of
    that country serves in when the article names no other; with the country he serves in named (`Đại sứ Việt Nam
    tại Nhật Bản`, `Vietnam's Ambassador to Japan`), that country's embassy there (`org:dai-su-quan-vn-in-jp`)."""
    entry = country.data.get("entry")
    where = seat.data.get("entry") if seat is not None and seat.label == Label.COUNTRY else None
    home = doc.home_country or "country:vn"  # (the sources are Vietnamese news)
    abroad = where is not None and seat is not None and seat.id not in (home, country.id)
    if entry is None or (country.id == doc.home_country and not abroad):
        return None  # (our own ambassadors serve in many embassies: which one, the text must say)
    name = (
        f"Đại sứ quán {entry.name}" + (f" tại {where.name}" if abroad and where is not None else "")
        if doc.article.lang == "vi"
        else f"Embassy of {entry.properties.get('name_en') or entry.name}"
        + (f" in {where.properties.get('name_en') or where.name}" if abroad and where is not None else "")
    )
    span = Span(at, at, "", Label.ORGANIZATION, name, {"head": "Đại sứ quán", "place": None, "entry": None})
    span.id = f"org:dai-su-quan-{(entry.properties.get(Prop.ISO2) or '').lower()}"
    if abroad and where is not None:
        span.id += f"-in-{str(where.properties.get(Prop.ISO2) or '').lower()}"
    doc.entity(
        span.id,
        Label.ORGANIZATION,
        name,
        properties={Prop.KIND: OrganizationKind.EMBASSY, Prop.COUNTRY: entry.properties.get(Prop.ISO2)},
        at=at,
    )
    doc.relate(RelType.BASED_IN, span.id, seat.id if abroad and seat is not None else country.id, at=at)
    return span


def _title_right_before(doc: ArticleDoc, role: Role, at: int) -> bool:
    """Whether the role's title is written right before the name at `at` (`Đại sứ Vũ Quang Minh`), not read from
    a bare title after it (`Bộ trưởng X, Đại sứ cho biết`: the ambassador spoken of before)."""
    forms = {role.title.title_vi, role.title.title_en, *role.title.aliases}
    return any(t.form in forms and t.end() + 1 == at for t in doc.titles.values())


def _our_embassy_abroad(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """Our embassy in the one other country a page names, which one of our ambassadors named with no country serves
    in (`Đại sứ Vũ Quang Minh` on a page about a province's delegation in Germany); None when it names several."""
    home = lex.gaz.countries.get(doc.home_country or "country:vn")
    abroad = {p.id: p for p in doc.places if p.label == Label.COUNTRY and p.id != (doc.home_country or "country:vn")}
    if home is None or len(abroad) != 1:
        return None
    ours = Span(at, at, home.id, Label.COUNTRY, home.name, {"entry": home})
    return _embassy_of(doc, lex, ours, at, next(iter(abroad.values())))


def _the_consulate_named(doc: ArticleDoc, role: Role, country: Span) -> Span | None:
    """The one consulate (general) of a consul's country the page names (`the Vietnamese Consulate General in
    Pakse`), where a consul of that country serves when his own title says no city the page read as a place."""
    general = role.title.title_en.startswith(("Consul General", "Deputy Consul General"))
    code = str(country.data["entry"].properties.get(Prop.ISO2) or "").lower()
    prefix = f"org:{'tong-lanh-su-quan' if general else 'lanh-su-quan'}-{code}-in-"
    named = {o.id: o for o in doc.orgs if o.id.startswith(prefix) and o.id in doc.entities}
    return next(iter(named.values())) if len(named) == 1 else None


def _their_one_body(doc: ArticleDoc, role: Role) -> Span | None:
    """The body a foreign minister or ambassador whose title names none holds his post at: on a page whose one
    foreign country is named most, the one ministry (for a minister) or embassy (for an ambassador) of that country
    the page names (`Bộ trưởng Vilayvanh Phomkhe` on a page naming `Bộ Nông - Lâm Lào`; `Đại sứ Khamphao
    Ernthavanh và Đại sứ quán Lào`); None when it names none or several."""
    if role.title.kind == TitleKind.MINISTRY:
        kind = OrganizationKind.MINISTRY
    elif role.title.title_en.startswith("Ambassador"):
        kind = OrganizationKind.EMBASSY
    else:
        return None
    country = _the_foreign_country(doc)
    if country is None:
        return None
    iso = country.data["entry"].properties.get(Prop.ISO2)
    bodies = {
        o.id: o
        for o in doc.orgs
        if o.id in doc.entities
        and doc.entities[o.id].properties.get(Prop.KIND) == kind
        and doc.entities[o.id].properties.get(Prop.COUNTRY) == iso
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


_FIELDS_THEN_NAME = re.compile(
    r"(?:(?:Minister|Secretary) (?:of|for) (?:the )?(?P<after>[A-Z][\w'’]*(?:,? (?:and |& )?[A-Z][\w'’]*)*)"
    r"|(?<![\w'’])(?P<before>[A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+)?) (?:Minister|Secretary)) $"
)
"""A minister's title written with his ministry's fields, right before his name (`Minister of Foreign Affairs and
Trade X`, `Agriculture Secretary Y`, `Industry Minister Z`)."""


_OF_FIELDS = ("ministry of ", "department of ")


def _spelt_ministry(doc: ArticleDoc, pid: str, role: Role, at: int) -> Span | None:
    """An English minister's ministry as his title spells it (`_ministry_its_title_spells`); None for other titles."""
    if role.title.kind != TitleKind.MINISTRY or doc.article.lang != "en":
        return None
    return _ministry_its_title_spells(doc, pid, role, at)


def _ministry_its_title_spells(doc: ArticleDoc, pid: str, role: Role, at: int) -> Span | None:
    """The ministry (or department) a minister's title spells by its fields, as the page names it: the one whose
    name is `Ministry of`/`Department of` and those fields (`Minister of Foreign Affairs and Trade X` on a page
    naming the `Ministry of Foreign Affairs and Trade`; `Agriculture Secretary Y` and the `Department of
    Agriculture`). Not one of another country than his, nor our own country's for a foreign name (`Minister of
    Foreign Affairs Cho Tae-yul` is not at our ministry of that name). (A ministry whose name only has the field,
    `Industry Minister Z` and the `Ministry of Trade, Industry and Energy`, is left: signers stand for their bodies,
    and the gold has such a minister's documents between the countries.)"""
    m = _FIELDS_THEN_NAME.search(doc.text, max(0, at - 90), at)
    if m is None:
        return None
    fields = fold(m.group("after") or m.group("before"))
    wanted = {f"{head}{fields}" for head in _OF_FIELDS}
    country = next(
        (p.data["entry"].properties.get(Prop.ISO2) for p in role.places if p.label == Label.COUNTRY),
        doc.entities[pid].properties.get(Prop.COUNTRY) if pid in doc.entities else None,
    )
    home = _home_iso(doc) or "VN"  # (the sources are Vietnamese news)
    found: dict[str, Span] = {}
    for org in doc.orgs:
        ent = doc.entities.get(org.id)
        if ent is None or ent.properties.get(Prop.KIND) not in (OrganizationKind.MINISTRY, OrganizationKind.DEPARTMENT):
            continue
        where = ent.properties.get(Prop.COUNTRY)
        if (country and where and where != country) or (where == home and not _vietnamese_name(doc, pid)):
            continue
        if wanted & {fold(n) for n in (ent.name, *ent.aliases)}:
            found[org.id] = org
    return next(iter(found.values())) if len(found) == 1 else None


def _the_one_consulate(doc: ArticleDoc, lex: Lexicon, role: Role, pid: str) -> Span | None:
    """The consulate (general) a consul whose title names neither country nor body serves at: the one of our country
    the page names when his name is Vietnamese (`Tổng Lãnh sự Lê Văn A` on a page about `Tổng Lãnh sự quán Việt Nam
    tại Osaka`), else the one of another country; None when the page names none or several."""
    home = lex.gaz.countries.get(doc.home_country or "country:vn")
    if home is None or pid not in doc.entities:
        return None
    general = role.title.title_en.startswith(("Consul General", "Deputy Consul General"))
    prefix = "org:tong-lanh-su-quan-" if general else "org:lanh-su-quan-"
    ours = f"{prefix}{home.properties.get(Prop.ISO2, '').lower()}-"
    vietnamese = all(vietnamese_syllable(w) for w in doc.entities[pid].name.split())  # (`Kim Ji Hoon` is not)
    named = {
        o.id: o
        for o in doc.orgs
        if o.id.startswith(prefix) and o.id.startswith(ours) == vietnamese and o.id in doc.entities
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _consulate_of(doc: ArticleDoc, role: Role, country: Span, seat: Span, at: int) -> Span | None:
    """The consulate (general) of a country in a city a consul serves (`Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh`),
    keyed as the organisation stages key `Tổng Lãnh sự quán Nhật Bản tại thành phố Hồ Chí Minh`."""
    entry, where = country.data.get("entry"), seat.data.get("entry")
    if entry is None or where is None or country.id == doc.home_country or seat.id == country.id:
        return None
    general = role.title.title_en.startswith(("Consul General", "Deputy Consul General"))
    key = "tong-lanh-su-quan" if general else "lanh-su-quan"
    code = str(entry.properties.get(Prop.ISO2) or "").lower()
    seat_code = str(where.properties.get(Prop.ISO2) or where.properties.get("iso") or "").lower()
    vi = "Tổng Lãnh sự quán" if general else "Lãnh sự quán"
    en = "Consulate General" if general else "Consulate"
    name = (
        f"{vi} {entry.name} tại {where.name}"
        if doc.article.lang == "vi"
        else f"{en} of {entry.properties.get('name_en') or entry.name} in {where.properties.get('name_en') or where.name}"
    )
    org_id = f"org:{key}-{code}-in-{seat_code}"
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        name,
        properties={Prop.KIND: OrganizationKind.EMBASSY, Prop.COUNTRY: entry.properties.get(Prop.ISO2)},
        at=at,
    )
    add_place_entity(doc, where, None)
    doc.relate(RelType.BASED_IN, org_id, seat.id, at=at)
    return Span(at, at, org_id, Label.ORGANIZATION, name)


_LED_BY = re.compile(r"\s+do\s+$")
_LED_BY_EN = re.compile(
    r"(?:\s\([A-Z][\w&.\-]{1,12}\))?,?(?:\s+(?:was|were|is|are))?\s+(?:headed|led|chaired|represented)\s+by\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:acting\s+)?$"
)


def _led_body(doc: ArticleDoc, at: int) -> Span | None:
    """`… Bộ Thương mại Campuchia do Quốc vụ khanh Sok Sopheak làm trưởng đoàn`, `the Communist Party of Vietnam
    (CPV) headed by Party General Secretary To Lam`, `TNB was represented by its President …`: the body whose
    leader (or representative) the title names."""
    for org in doc.orgs:
        if org.end <= at and at - org.end <= 6 and _LED_BY.fullmatch(doc.text, org.end, at):
            return org
        if org.end <= at and at - org.end <= 40 and _LED_BY_EN.fullmatch(doc.text, org.end, at):
            return org
    return None


_PROVINCE_LEADERS = frozenset({"Chủ tịch", "Phó Chủ tịch"})
"""Bare titles a province's delegation is led by (`do Chủ tịch X dẫn đầu`): its people's committee's chair."""
_LOWEST_PARTY_LEVEL = 4
"""A party title from this rank up (`Bí thư Tỉnh ủy`, `Phó Bí thư Thường trực`) may be a province's."""
_DELEGATION_OF = re.compile(rf"[Đđ]oàn (?:[{LOWER}]+ ){{0,4}}(?:tỉnh|thành phố) $")
_LED_BY_LATER = re.compile(r"(?: \([^()\n]{1,30}\))?[^.;:\n()]{0,40}?\s+do\s+(?:(?:đồng chí|ông|bà)\s+)?$")
"""Between a delegation's province and its leader's name or title: a bracket may say its country (`tỉnh X (Lào) do`)."""


_SIDE_OF = re.compile(r"[Vv]ề phía (?:tỉnh |thành phố |bang )?")
_SIDE_THEN_LIST = re.compile(r"(?: \([^()\n]{1,30}\))?,? (?:có|gồm)\b|:")


def _short_bodies_abroad(doc: ArticleDoc, lex: Lexicon, roles: list[tuple[int, Role]]) -> None:
    """A province's body written short (`Phó Bí thư Tỉnh ủy`, `Chủ tịch HĐND tỉnh`), which the organisations stage
    gave the page's own province, held by a person of a province abroad: that province's body. He is of that
    province when a title of the same mention names it (`Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh X`), when he leads its
    delegation (`đoàn công tác tỉnh X (Lào) do ông Y, Phó Bí thư Tỉnh ủy … dẫn đầu`), or when he is listed on its
    side (`Về phía tỉnh X có các ông: …; Y, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh`)."""
    for at in {at for at, role in roles if any(o.data.get("home") is not None for o in role.orgs)}:
        abroad = _province_abroad_of(doc, [r for a, r in roles if a == at], at)
        if abroad is None:
            continue
        for role in (r for a, r in roles if a == at):
            for i, org in enumerate(role.orgs):
                home = org.data.get("home")
                if home is None or home.id == abroad.id:
                    continue
                theirs = Span(org.start, org.end, "", Label.ORGANIZATION, org.text, {**org.data, "home": abroad})
                add_org_entity(doc, lex, theirs)
                if not theirs.id:
                    continue
                entry: GazetteerEntry = abroad.data["entry"]  # (the body is also named with the province's other names)
                spellings = [f"{org.text} {alias}" for alias in entry.aliases[:3]]
                doc.entity(theirs.id, Label.ORGANIZATION, doc.entities[theirs.id].name, aliases=spellings)
                role.orgs[i] = theirs


def _province_abroad_of(doc: ArticleDoc, roles: list[Role], at: int) -> Span | None:
    """The province of another country the holder of these roles (named at `at`) is of, by his titles, the
    delegation he leads or the side he is listed on (`_short_bodies_abroad`); None when none is said."""
    home_iso = _home_iso(doc) or "VN"
    named = {p.id: p for r in roles for p in r.places if p.label == Label.PROVINCE}
    candidates = list(named.values()) or [
        led for led in (_led_province(doc, _title_start_before(doc, at)), _side_province(doc, at)) if led is not None
    ]
    foreign = [p for p in candidates if p.data["entry"].properties.get(Prop.COUNTRY) != home_iso]
    return foreign[0] if len(foreign) == 1 and len(candidates) == 1 else None


def _side_province(doc: ArticleDoc, at: int) -> Span | None:
    """`Về phía tỉnh X có các ông: A, …; B, …`: the province whose side the line lists a name at `at` on (the last
    side named before it on its line)."""
    line_start = doc.text.rfind("\n", 0, at) + 1
    if "phía" not in doc.text[line_start:at]:
        return None  # (cheap: most lines name no side)
    sides = list(_SIDE_OF.finditer(doc.text, line_start, at))
    place = doc.span_at(doc.places, sides[-1].end()) if sides else None
    if place is None or place.label != Label.PROVINCE or not _SIDE_THEN_LIST.match(doc.text, place.end):
        return None
    return place


_BOARD = re.compile(
    r"(?:(?P<whose>.+?)(?:['’]s)? )?(?:Board of Directors|Board of Management|Management Board|Managing Board"
    r"|Supervisory Board|Executive Board)"
)
"""A company's board, named alone (`the Managing Board`) or after the company's name (`X Board of Directors`)."""
_OF_THE = re.compile(r" of (?:the )?")


def _company_of_board(doc: ArticleDoc, board: Span) -> Span | None:
    """The company a board a title is held at belongs to: the body named right after it (`Chairman of the Managing
    Board of X Co., Ltd`), else the one body whose name the board's name begins with (`X Board of Directors` and `X
    Corporation`). A board's chairman is the company's, as news and the gold say; None when neither is named."""
    if "Board" not in board.text:
        return None  # (cheap: most bodies are no board)
    named = _BOARD.fullmatch(board.text)
    if named is None:
        return None
    of = _OF_THE.match(doc.text, board.end) if board.end > board.start else None
    after = doc.span_at(doc.orgs, of.end()) if of is not None else None
    if after is not None and after.id in doc.entities:
        return after
    whose = named.group("whose")
    if not whose:
        return None
    prefix = fold(whose) + " "
    owners = {
        o.id: o
        for o in doc.orgs
        if o.id != board.id and o.id in doc.entities and fold(doc.entities[o.id].name).startswith(prefix)
    }
    return next(iter(owners.values())) if len(owners) == 1 else None


def _heads_a_province(role: Role) -> bool:
    """Whether a title with no body said may be a province's leader's (a provincial or party title, or a bare
    chairman's); a minister's or a company's title is not, whoever's delegation he leads."""
    title = role.title
    if title.kind == TitleKind.PROVINCIAL or title.title_vi in _PROVINCE_LEADERS:
        return True
    return title.kind == TitleKind.PARTY and title.level >= _LOWEST_PARTY_LEVEL


def _led_province(doc: ArticleDoc, title_start: int) -> Span | None:
    """`đoàn đại biểu tỉnh X do đồng chí Phó Bí thư Thường trực Y dẫn đầu`, `Đoàn lãnh đạo tỉnh X thăm …, do Chủ
    tịch Y dẫn đầu`: the province whose delegation the title's holder leads, when his title names no body (he is
    that province's; our country would be a guess). The province is the one the delegation's words name."""
    if "do" not in doc.text[max(0, title_start - 12) : title_start]:
        return None  # (cheap: most titles are not after `do`)
    for place in reversed(doc.within(doc.places, max(0, title_start - 80), title_start)):
        if place.label != Label.PROVINCE:
            continue
        if _LED_BY_LATER.fullmatch(doc.text, place.end, title_start) and _DELEGATION_OF.search(
            doc.text, max(0, place.start - 40), place.start
        ):
            return place
    return None


def _fill_missing_orgs(doc: ArticleDoc, pid: str, roles: list[tuple[int, Role]]) -> None:
    """A title written without its organisation (`Bộ trưởng Nguyễn Hồng Diên`): the organisation the same
    person holds that title at elsewhere in the article, else in an earlier article, else the body a title names
    itself (a foreign minister's ministry, the National Assembly's chair: `_BODY_OF_TITLE`), else, for a
    ministerial or department title of a person with no foreign tie, the ministry the article is about."""
    known = {r.title.title_vi: r.orgs[0] for _, r in roles if r.orgs}
    foreign = any(p.label == Label.COUNTRY and p.id != doc.home_country for _, r in roles for p in r.places) or any(
        doc.entities[o.id].properties.get(Prop.COUNTRY) not in (None, _home_iso(doc)) for _, r in roles for o in r.orgs
    )
    # (`Lao Deputy Prime Minister and Minister of Foreign Affairs X`: the country one title names is the other's too)
    held_in = next((p for _, r in roles for p in r.places if p.label == Label.COUNTRY), None)
    extra: list[tuple[int, Role]] = []
    for at, role in roles:
        if role.orgs or role.unnamed_body:
            continue
        if role.places and role.title.title_vi not in _BODY_OF_TITLE:
            spelt = _spelt_ministry(doc, pid, role, at) if any(p.label == Label.COUNTRY for p in role.places) else None
            if spelt is not None:  # `Hungary’s Minister of Foreign Affairs and Trade X`, the page naming that ministry
                role.orgs.append(spelt)
            continue
        if role.places:  # `Chinese Foreign Minister Wang Yi`: his country's foreign ministry, when it is known
            if (body := _body_named_by_title(doc, role, foreign, at, pid, held_in)) is None:
                continue
            if any(p.label == Label.COUNTRY for p in role.places):
                role.orgs.append(body)
            else:  # `Hạ nghị sĩ X (bang Nebraska)`: the state he represents, and his country's parliament too
                extra.append((at, Role(role.title, orgs=[body])))
            continue
        led = _led_body(doc, _title_start_before(doc, at))
        if led is not None and led.id in doc.entities:
            role.orgs.append(led)
            continue
        title = role.title.title_vi
        if title in known:
            role.orgs.append(known[title])
            continue
        spelt = _spelt_ministry(doc, pid, role, at)
        if spelt is not None:  # `Minister of Foreign Affairs and Trade X` on a page naming that ministry: here
            role.orgs.append(spelt)
            continue
        remembered = doc.resolver.role_org(pid, title)
        named = _body_named_by_title(doc, role, foreign, at, pid, held_in) if title in _BODY_OF_TITLE else None
        if named is not None:  # `Minister of Foreign Affairs Le Hoai Trung`: the title names its ministry, here
            role.orgs.append(named)
        elif remembered:
            if remembered not in doc.entities:  # known from an earlier article: a node, not a mention here
                entry = doc.lexicon.gaz.organizations.get(remembered)
                doc.entity(
                    remembered,
                    Label.ORGANIZATION,
                    entry.name if entry else doc.resolver.name(remembered) or remembered,
                    labels=list(entry.extra_labels) if entry else [],
                )
            role.orgs.append(Span(0, 0, remembered, Label.ORGANIZATION, doc.entities[remembered].name))
        elif (
            remembered is None
            and role.title.kind in (TitleKind.MINISTRY, TitleKind.DEPARTMENT)
            and not foreign
            and doc.main_ministry in doc.entities  # (the ministry most named may have been read as another's)
            and _vietnamese_name(doc, pid)
        ):
            role.orgs.append(Span(0, 0, doc.main_ministry, Label.ORGANIZATION, doc.entities[doc.main_ministry].name))
    roles.extend(extra)
    for _, role in roles:
        if role.orgs:
            doc.resolver.remember_role(pid, role.title.title_vi, role.orgs[0].id)


def _foreign_ministers(doc: ArticleDoc, pid: str, roles: list[tuple[int, Role]]) -> None:
    """`Minister of Commerce Pan Sorasak`, `Minister of Foreign Affairs Cho Tae-yul`: a minister named by his
    ministry's field alone, whose name is not Vietnamese, in an article whose one foreign country is named more than
    any other, is that country's minister (the field said no country; ours was only the default)."""
    if _vietnamese_name(doc, pid):
        return
    for _, role in roles:
        field = role.field
        if (
            role.title.title_vi.startswith("Trợ lý")
            and field is not None
            and doc.text[max(0, field[0] - 4) : field[0]] == "for "
        ):
            continue  # (`Assistant Secretary for Energy Resources`: a bureau's area, no ministry of that name)
        if role.orgs and isinstance(role.orgs[0].data.get("field_only"), tuple):
            if role.orgs[0].data["entry"].properties.get(Prop.COUNTRY) != "VN":
                continue  # (`Vice Minister of Agriculture and Rural Affairs`: a field only China's ministry has)
            field = role.orgs[0].data["field_only"]
        elif role.orgs or role.places:
            if doc.article.lang != "en" and role.orgs and not role.places and (side := _their_side(doc, role.orgs[0])):
                role.orgs = [side]  # `Bộ trưởng Ngoại giao S. Jaishankar` on a page about India: India's ministry
            continue
        if field is None:
            continue
        country = _the_foreign_country(doc)
        if country is None:
            return
        body = officials_en.foreign_ministry(doc, field[0], field[1], country)
        vi_home = role.orgs[0].data.get("entry") if role.orgs else None
        if vi_home is not None:  # `Minister of Foreign Affairs` of Korea: keyed as `Bộ Ngoại giao Hàn Quốc` is
            body = officials_en.foreign_counterpart(doc, field[0], field[1], vi_home, country)
        role.orgs = [body]


def _their_side(doc: ArticleDoc, org: Span) -> Span | None:
    """Our ministry, read from a title that names no country (`Bộ trưởng Ngoại giao`, `Bộ trưởng Bộ Công Thương`),
    held by a foreign name on a page whose one foreign country is named most: that country's ministry of the same
    name, keyed as `Bộ Ngoại giao Ấn Độ` written out is. None when the body's own country is written."""
    ent = doc.entities.get(org.id)
    home = _home_iso(doc) or "VN"
    if (
        ent is None
        or Label.MINISTRY not in ent.labels
        or ent.properties.get(Prop.COUNTRY) != home
        or org.data.get("place") is not None
    ):
        return None
    country = _the_foreign_country(doc)
    entry = country.data["entry"] if country is not None else None
    iso = entry.properties.get(Prop.ISO2) if entry is not None else None
    if country is None or entry is None or not iso or iso == home:
        return None
    name = f"{ent.name} {entry.name}"
    same = next(  # (the page names it with its country elsewhere: `Bộ trưởng Ngoại giao Hàn Quốc Cho Hyun`)
        (e for e in doc.entities.values() if e.properties.get(Prop.COUNTRY) == iso and name in (e.name, *e.aliases)),
        None,
    )
    if same is not None:
        return Span(org.start, org.end, same.id, Label.ORGANIZATION, same.name)
    known = next((e for e in doc.lexicon.find(name) if e.label == Label.ORGANIZATION), None)
    if known is not None:  # (`Bộ Thương mại Hoa Kỳ`: the gazetteer's)
        doc.entity(known.id, Label.ORGANIZATION, known.name, aliases=known.aliases, labels=list(known.extra_labels))
        return Span(org.start, org.end, known.id, Label.ORGANIZATION, known.name)
    org_id = f"org:{slug(ent.name)}-{iso.lower()}"
    english = re.sub(r" of Viet ?[Nn]am$", "", next((a for a in ent.aliases if a.startswith("Ministry of")), ""))
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        name,
        aliases=[f"{english} of {entry.properties.get('name_en') or entry.name}"] if english else [],
        labels=[Label.MINISTRY],
        properties={Prop.KIND: OrganizationKind.MINISTRY, Prop.COUNTRY: iso},
        at=org.start,
    )
    add_place_entity(doc, entry, None)
    doc.relate(RelType.BASED_IN, org_id, country.id, at=org.start)
    return Span(org.start, org.end, org_id, Label.ORGANIZATION, name)


def _the_foreign_country(doc: ArticleDoc) -> Span | None:
    """The one foreign country an article names most (strictly), with its first mention."""
    counts: dict[str, list[Span]] = {}
    for p in doc.places:
        if p.label == Label.COUNTRY and p.id != doc.home_country and p.id != "country:vn":
            counts.setdefault(p.id, []).append(p)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or (len(ranked) > 1 and len(ranked[0]) == len(ranked[1])):
        return None
    return ranked[0][0]


def _vietnamese_name(doc: ArticleDoc, pid: str) -> bool:
    """Whether a person's name begins with a Vietnamese family name (a title with no body written is then one of
    our own bodies' titles; `Minister Cho Tae-yul` in a Korean outlet's page is not)."""
    name = doc.entities[pid].name.split() if pid in doc.entities else []
    if any("-" in word for word in name[1:]):
        return False  # `Kim Dong-yeon`, `Lee Jae-myung`: a Korean given name, whatever its family name
    return bool(name) and (name[0] in doc.lexicon.surnames or name[0] in doc.lexicon.plain_surnames)


_BODY_OF_TITLE = {
    "Ngoại trưởng": "Ngoại giao",
    "Đại diện Thương mại": "Đại diện Thương mại",
    "Phó Đại diện Thương mại": "Đại diện Thương mại",
    "Chủ tịch Quốc hội": "Quốc hội",
    "Phó Chủ tịch Quốc hội": "Quốc hội",
    "Đại biểu Quốc hội": "Quốc hội",
    "Chủ tịch Thượng viện": "Thượng viện",
}
"""Titles that name their body (a foreign minister's ministry, a parliament's chair), and a word of its name."""


def _body_named_by_title(
    doc: ArticleDoc, role: Role, foreign: bool, at: int, pid: str, held_in: Span | None = None
) -> Span | None:
    """The body a title that names it serves when no body is written (`Minister of Foreign Affairs X`, `NA
    Chairman X`): the holder's country's (the gazetteer's, else that country's counterpart of ours, keyed as the
    Vietnamese stage keys `Bộ Ngoại giao Lào`), else, with no foreign tie, the home country's."""
    ours = _vietnamese_name(doc, pid)
    place = (
        next((p for p in role.places if p.label == Label.COUNTRY), None)
        or held_in
        or _country_of_province(doc, role)
        or (_the_foreign_country(doc) if _BODY_OF_TITLE[role.title.title_vi] not in _OURS_TOO and not ours else None)
    )  # (`President of the Senate X` on a page about Cambodia: a senate, which we have not, is the page's country's)
    country = place.id if place is not None else None
    # (no country written: the home country's body only for a Vietnamese name, `Minister Cho Tae-yul` is not ours)
    iso = country.split(":")[1].upper() if country else (None if foreign or not ours else _home_iso(doc) or "VN")
    entry = min(
        (
            e
            for e in doc.lexicon.gaz.organizations.values()
            if e.properties.get(Prop.COUNTRY) == iso
            and _BODY_OF_TITLE[role.title.title_vi] in e.name
            and e.properties.get(Prop.KIND) in (OrganizationKind.MINISTRY, OrganizationKind.GOVERNMENT_BODY)
        ),
        key=lambda e: len(e.name),  # `Quốc hội`, not `Ủy ban Thường vụ Quốc hội`
        default=None,
    )
    if entry is None and place is not None and iso not in (None, _home_iso(doc) or "VN"):
        return _counterpart_of_ours(doc, role, place, at)
    if entry is None:
        return None
    aliases = [*entry.aliases, *_written_in_title(role, entry)]
    doc.entity(entry.id, Label.ORGANIZATION, entry.name, aliases=aliases, labels=list(entry.extra_labels), at=at)
    return Span(0, 0, entry.id, Label.ORGANIZATION, entry.name)


_OURS_TOO = frozenset({"Ngoại giao", "Đại diện Thương mại", "Quốc hội"})
"""Bodies named by a title that we have too (a foreign ministry, a parliament): with no country said, a Vietnamese
holder's is ours and another's is not guessed; a senate, which we have not, is the page's foreign country's."""


def _written_in_title(role: Role, entry: GazetteerEntry) -> list[str]:
    """The body's bare English name as its holder's title writes it (`National Assembly Chairman X`: the page calls
    our National Assembly `National Assembly`, a name the gazetteer keeps with the country, as other countries have
    one too)."""
    english = re.sub(r" of Viet ?[Nn]am$", "", str(entry.properties.get("name_en") or ""))
    return [english] if english and re.search(rf"(?<!\w){re.escape(english)}(?!\w)", role.form) else []


def _country_of_province(doc: ArticleDoc, role: Role) -> Span | None:
    """The country of the province a role names (`Hạ nghị sĩ X (bang Nebraska)`: a member of the US Congress)."""
    province = next((p for p in role.places if p.label == Label.PROVINCE), None)
    iso = province.data["entry"].properties.get(Prop.COUNTRY) if province is not None else None
    entry = doc.lexicon.gaz.country(str(iso)) if iso else None
    if entry is None or province is None:
        return None
    return Span(province.start, province.start, entry.id, Label.COUNTRY, entry.name, {"entry": entry})


def _counterpart_of_ours(doc: ArticleDoc, role: Role, place: Span, at: int) -> Span | None:
    """A country's foreign ministry (or parliament) the gazetteer does not list: our body's name with the country's,
    one id with what the Vietnamese stage reads from `Bộ Ngoại giao Lào` (`org:bo-ngoai-giao-la`)."""
    ours = min(
        (
            e
            for e in doc.lexicon.gaz.organizations.values()
            if e.properties.get(Prop.COUNTRY) == "VN"
            and _BODY_OF_TITLE[role.title.title_vi] in e.name
            and e.properties.get(Prop.KIND) in (OrganizationKind.MINISTRY, OrganizationKind.GOVERNMENT_BODY)
        ),
        key=lambda e: len(e.name),
        default=None,
    )
    entry = place.data.get("entry")
    if ours is None and entry is not None:
        return _unlisted_legislature(doc, role, entry, at)
    if ours is None or entry is None:
        return None
    iso = str(entry.properties.get(Prop.ISO2) or "")
    org_id = f"org:{slug(ours.name)}-{iso.lower()}"
    name = f"{ours.name} {entry.name}"
    english = re.sub(r" of Viet ?[Nn]am$", "", str(ours.properties.get("name_en") or ""))  # (ours, without our name)
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        name,
        aliases=[f"{english} of {entry.properties.get('name_en') or entry.name}"] if english else [],
        labels=list(ours.extra_labels),
        properties={Prop.KIND: ours.properties.get(Prop.KIND), Prop.COUNTRY: iso},
        at=at,
    )
    add_place_entity(doc, entry, None)
    doc.relate(RelType.BASED_IN, org_id, entry.id, at=at)
    return Span(0, 0, org_id, Label.ORGANIZATION, name)


def _unlisted_legislature(doc: ArticleDoc, role: Role, country: GazetteerEntry, at: int) -> Span | None:
    """A chamber of a country's parliament we have no counterpart of (`Thượng viện`, the senate): keyed as the
    Vietnamese stage keys `Thượng viện Campuchia` (`org:thuong-vien-kh`), known by its English name too."""
    word = _BODY_OF_TITLE[role.title.title_vi]
    english = role.title.title_en.split(" of the ")[-1] if " of the " in role.title.title_en else ""
    if word in _OURS_TOO or not country.id.startswith("country:"):
        return None
    iso = str(country.properties.get(Prop.ISO2) or "")
    org_id = f"org:{slug(word)}-{iso.lower()}"
    name = f"{word} {country.name}"
    aliases = [english, f"{english} of {country.properties.get('name_en') or country.name}"] if english else []
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        name,
        aliases=aliases,
        properties={Prop.KIND: OrganizationKind.GOVERNMENT_BODY, Prop.COUNTRY: iso},
        at=at,
    )
    add_place_entity(doc, country, None)
    doc.relate(RelType.BASED_IN, org_id, country.id, at=at)
    return Span(0, 0, org_id, Label.ORGANIZATION, name)


def _title_start_before(doc: ArticleDoc, name_start: int) -> int:
    """Where the title chain before a name starts (the name's own start when none stands right before it)."""
    starts = [t.start() for t in doc.titles.values() if t.end() < name_start and name_start - t.end() <= 40]
    return min(starts) if starts else name_start


def _home_iso(doc: ArticleDoc) -> str | None:
    return doc.home_country.split(":")[1].upper() if doc.home_country else None
