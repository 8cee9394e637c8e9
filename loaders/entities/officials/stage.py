"""The stage's entry point: `find_officials` reads the article's title chains, the English roles in lowercase,
styled and listed names and full names anywhere, in order, then resolves them to people and writes their roles."""

from __future__ import annotations

import re

from core.vocabulary import Label, Prop
from loaders.entities import officials_en
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon, by_first_letter
from loaders.entities.officials.bodies import _bracketed_place, _company_after, _countries_before_initials
from loaders.entities.officials.chain import _chain
from loaders.entities.officials.english_roles import (
    _head_of_place,
    _minister_of_field,
    _role_after_body,
    _role_after_name,
)
from loaders.entities.officials.full_names import _full_names
from loaders.entities.officials.holders import _appositive_name, _more_names, _name_before, _title_for_both
from loaders.entities.officials.lowercase_titles import lowercase_titles
from loaders.entities.officials.name import _name_at
from loaders.entities.officials.page import _home_iso
from loaders.entities.officials.record import Chain, Role
from loaders.entities.officials.resolve import _resolve, _role_country
from loaders.entities.officials.styles import _remembered, _styled_holder, _styles_before_names
from loaders.entities.officials.words import (
    _BRACKETED_SHORT,
    _NAME_THEN_ROLE,
    _PLURALS_IN_LOWER,
    _ROLE_NOUN,
    _ROLE_NOUN_COMMA,
    _ROLE_OF_BODY_THEN_NAME,
    _ROLES_EN,
    _ROLES_PLURAL,
    has_role_word,
)
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_SEP_BEFORE_CHAIN = re.compile(
    r"\s*(?:,|-|–|—|\(|là|(?:vừa\s+)?(?:được\s+)?bổ nhiệm(?:\s+làm)?|giữ chức(?:\s+vụ)?)\s*(?:nguyên\s+|cựu\s+|tân\s+|[Qq]uyền\s+)?"
)

_BARE_SPACE = re.compile(r" (?:nguyên |cựu |tân |[Qq]uyền )?")
"""A styled name and its title with no comma between (`ông X Chủ tịch UBND tỉnh Y tiếp đoàn`, `Mr X President of Y`):
news drops the comma often enough, and a capitalised title right after a name is its holder's."""

_OTHER_ROLE = re.compile(rf"[{UPPER}][^;:.()\n,\-–]{{1,40}},\s*")

_MORE_TITLES = re.compile(rf"[^;:.()\n]{{0,40}}?,\s*|,\s*[{UPPER}][\w&\-]*['’]s ")
"""What may stand between a title given to the name before it and the next title of the same person: a comma, and
a body's possessive that says whose the next title is (`X, Secretary of the Party Committee, VNUA’s Vice President`:
the body is read with the title, `officials_en.qualifier_before`)."""

_VERB_AFTER_NAME = re.compile(r"\s+(?:ngày|hôm|đã|vừa|sẽ|cho biết|khẳng định|nhấn mạnh|phát biểu)\b")
_LIST_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")

_SAID = re.compile(
    r"(?:s(?<!\w.)(?:aid|ays|tressed)|a(?<!\w.)(?:dded|ffirmed)|n(?<!\w.)oted|e(?<!\w.)(?:mphasi[sz]ed|xplained))"
    r"\s+(?=[A-Z])"
)  # (letter first: by_first_letter)
"""A speech verb before its speaker, as English news writes a quotation's source (`… ,” said Maria Lopez, MEA
Secretary`): a capitalised name after it is the speaker's when a role follows it after a comma (`_ROLE_AFTER_COMMA`)."""
_ROLE_AFTER_COMMA = re.compile(
    rf", (?:the |a |an )?(?:[\w'’&()\-]+ ){{0,3}}?(?i:{_ROLES_EN}|expert|officer|member|manager|premier|consul)\b"
)
"""A role set off by a comma after a name, a few words before its noun (`, MEA Secretary`, `, provincial governor of
…`, `, chief expert at …`): what makes the capitalised words before it a person's name, not a body's."""

_ENVOY_TO = re.compile(
    r"(?:a(?<![\w'’].)mbassador|e(?<![\w'’].)nvoy|c(?<![\w'’].)onsul(?: general|-general)?) (?:to|in) (?:the )?(?=[A-Z])"
)  # (letter first: by_first_letter)
"""A diplomat's role in lowercase, then where he serves, then his name (`Sri Lanka’s envoy to Hanoi Ivan X said`, `the
Cuban consul in Ho Chi Minh City, Bernabé Y, declared`): a name after the place is the diplomat's."""
_AFTER_SEAT = re.compile(r",? ")

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


def find_officials(doc: ArticleDoc, lex: Lexicon) -> None:
    text = doc.text
    english_text = doc.article.lang == "en"
    found: list[tuple[int, int, list[Role]]] = []  # (name start, name end, roles)
    _countries_before_initials(doc, lex)
    lowercase_titles(doc, lex)
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
        sep = _SEP_BEFORE_CHAIN.match(text, name[1]) or _BARE_SPACE.match(text, name[1])
        if sep:
            title = doc.title_at(sep.end())
            other = _OTHER_ROLE.match(text, sep.end()) if title is None and text[name[1]] == "," else None
            if other is not None:  # `đồng chí X, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh`: a role the gazetteer lacks
                title = doc.title_at(other.end())
            chain = _chain(doc, lex, title) if title else None
            if chain is not None and sep.group(0) == " " and chain.name is not None:
                chain = None  # (`ông X Chủ tịch Y Z`: a title between two names with no comma is the second's)
            elif chain is not None and chain.name is not None and not _styled_holder(doc, chain):
                chain = _before_the_next_holder(doc, lex, chain)  # (`bà X - Chủ tịch A, Phó Chủ tịch B - ông Y`)
            if chain is not None and not _styled_holder(doc, chain):
                roles = chain.roles
                used_titles.update(range(chain.start, chain.end))
                introduced_chains.append((name, chain.end))
        found.append((name[0], name[1], roles))
    last: tuple[tuple[int, int], int] | None = None  # the name a chain after it was given to, and the chain's end
    titled: dict[tuple[int, int], list[Role]] = {}  # a name the title before it was given to, and that title's roles
    for _, title in sorted(doc.titles.items()):
        if title.start() in used_titles:
            continue
        chain = _chain(doc, lex, title)
        used_titles.update(range(title.start(), chain.end))
        if chain.name is not None:
            _bracketed_place(doc, chain)  # `Hạ nghị sĩ Adrian Smith (bang Nebraska, …)`
            chain.roles[:] = _in_the_holder_s_country(doc, chain.roles)
            found.append((chain.name[0], chain.name[1], chain.roles))
            titled.setdefault(chain.name, chain.roles)
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
        if before is not None:  # (`… thành phố Kelmsford Dana Whitcombe, Giám đốc …`: the name its own title read)
            before = next((n for n in titled if n[1] == before[1] and before[0] < n[0]), before)
        if before is not None and _title_of_another_country(doc, titled.get(before), chain):
            before = None  # `Thủ tướng A, Chủ tịch nước Cuba đánh giá cao …`: the next clause's subject, not A's
        if before is not None:
            company = _company_after(doc, lex, chain.roles[-1], chain.end) if english_text else None
            if company is not None:  # `CY Huang, Chairman of FCC Partners, said`: a company no stage read
                chain.roles[-1].orgs.append(company)
            found.append((before[0], before[1], chain.roles))
            last = (before, chain.end)
        else:
            last = None
            doc.bare_titles.append(
                Span(chain.start, chain.end, "", Label.OFFICIAL, text[chain.start : chain.end], {"roles": chain.roles})
            )
    taken = [(s, e) for s, e, _ in found]
    qualified: dict[int, str] = {}  # name start -> the country a qualifier before its role names
    english_roles = has_role_word(text)
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
            found.append((name[0], name[1], of_body + _titles_after_role(doc, of_body)))
            taken.append(name)
        elif (bare := _bare_name_ending(found, m.end(1))) is not None and (of_body := _role_after_name(doc, lex, m)):
            # (`Dr Ha Thanh Toan, president of Can Tho University`: the name its honorific found first, no role yet)
            found[bare] = (found[bare][0], found[bare][1], of_body + _titles_after_role(doc, of_body))
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
    for m in _SAID.finditer(text) if doc.article.lang == "en" else ():  # `said Maria Lopez, MEA Secretary (East)`
        name = _name_at(doc, lex, m.end())
        if (
            name is not None
            and " " in text[name[0] : name[1]]
            and _ROLE_AFTER_COMMA.match(text, name[1]) is not None
            and text[name[0] : name[1]].split()[0] not in officials_en.DEMONYMS
            and not any(s < name[1] and name[0] < e for s, e in taken)
        ):
            found.append((name[0], name[1], []))
            taken.append(name)
    for m in _ENVOY_TO.finditer(text) if english_roles else ():  # `Sri Lanka’s envoy to Hanoi Ivan Amarasinghe said`
        seat = doc.span_at(doc.places, m.end())
        sep = _AFTER_SEAT.match(text, seat.end) if seat is not None else None
        name = _name_at(doc, lex, sep.end()) if sep is not None else None
        if (
            name is not None
            and " " in text[name[0] : name[1]]
            and sep is not None
            and (sep.group(0) == " " or text[name[1] : name[1] + 1] in (",", ")", ";"))  # (after a comma: set off)
            and text[name[0] : name[1]].split()[0] not in officials_en.DEMONYMS
            and not any(s < name[1] and name[0] < e for s, e in taken)
        ):
            found.append((name[0], name[1], []))
            taken.append(name)
            if (country := officials_en.country_before(doc, lex, m.start()) if english_text else None) is not None:
                qualified[name[0]] = country.data["entry"].properties.get(Prop.ISO2)
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
    found = [f for f in _title_for_both(doc, found) if not _remembered(doc, f[0], f[1])]
    _resolve(doc, lex, sorted(found, key=lambda f: f[0]), introduced)
    for person in doc.people:
        iso = qualified.get(person.start)
        ent = doc.entities.get(person.id)
        if iso and ent is not None and not ent.properties.get(Prop.COUNTRY):
            ent.properties[Prop.COUNTRY] = iso


def _bare_name_ending(found: list[tuple[int, int, list[Role]]], end: int) -> int | None:
    """The index of a name read with no role that ends at `end` (an honorific before it read it first: `Dr X`,
    `Mr. X`), so that a role written after it is given to it rather than lost."""
    return next((i for i, f in enumerate(found) if f[1] == end and not f[2]), None)


_PLURAL_BEFORE = compile_gated(r"(?<!\w)(?:các|hai|ba) $")


def _titles_after_role(doc: ArticleDoc, roles: list[Role]) -> list[Role]:
    """`X, member of the Provincial Party Committee, Vice Chairman of the provincial People's Committee`: the titles
    written right after a lowercase role's body (a comma between) are the same person's more titles; the title loop,
    which reads them first, finds no name before them (a lowercase role stands there) and keeps them as bare titles,
    which are taken back here."""
    ends = [span.end for role in roles for span in (*role.orgs, *role.places)]
    if not ends:
        return []
    end = max(ends)
    more = next((b for b in doc.bare_titles if _MORE_TITLES.fullmatch(doc.text, end, b.start)), None)
    if more is None:
        return []
    doc.bare_titles.remove(more)
    return list(more.data["roles"])


_NEXT_HOLDER = re.compile(r"[^,;:()\n]+ ")
"""A chain's words with no comma in them, up to the name after them: one title, which that name holds (English: a
Vietnamese chain runs into a body's or a place's words no stage read as often as into a name)."""


def _before_the_next_holder(doc: ArticleDoc, lex: Lexicon, chain: Chain) -> Chain | None:
    """A chain after a styled name that runs into a name of its own (`bà X - Trưởng đoàn, Chủ tịch Ủy ban A, Phó
    Chủ tịch B - ông Y`, `ông X, Giám đốc Sở A, Phó Giám đốc Sở B Z`): its last titles, from the last one after a
    comma, are written before that name and are its holder's, as a title before a name always is; the styled name
    keeps the titles before them (none, when the chain is one run: the title loop then gives it to the name after).
    """
    assert chain.name is not None
    text = doc.text
    cut = text.rfind(", ", chain.start, chain.name[0])
    while cut > chain.start and doc.title_at(cut + 2) is None:
        cut = text.rfind(", ", chain.start, cut)
    title = doc.title_at(cut + 2) if cut > chain.start else None
    if (
        title is None
        and doc.article.lang == "en"
        and _NEXT_HOLDER.fullmatch(text, chain.start, chain.name[0])
        and " " in text[slice(*chain.name)]
    ):
        return None  # (`Mr X, Vice Chairman Y Z and …`: one title right before a name, which is its holder's)
    if title is None:
        return chain  # (`đồng chí X - Bí thư Tỉnh ủy A, đồng chí Y - …`: the name after a comma is the next item)
    last = _chain(doc, lex, title)
    if last.name != chain.name or len(last.roles) >= len(chain.roles):
        return chain
    return Chain(chain.start, cut, chain.roles[: len(chain.roles) - len(last.roles)], None)


def _in_the_holder_s_country(doc: ArticleDoc, roles: list[Role]) -> list[Role]:
    """The titles of a chain before a name that are its holder's: those of the country of the title nearest the
    name, or of no country said. One person holds no titles in two countries, and a chain's first titles in
    another country's are another person's, unnamed there (`chuyến thăm của Thủ tướng Quốc vụ viện Trung Quốc,
    Bộ trưởng Bộ Công Thương X`, `tại Phủ Thủ tướng Rumani, Bộ trưởng … Việt Nam X`, `gặp lại Thủ tướng Chính phủ,
    Bộ trưởng … Saudi Arabia X`); giving them to X made him that country's official."""
    if len(roles) < 2:
        return roles
    last = _role_country(doc, roles[-1])
    if last is None:
        return roles
    return [r for r in roles[:-1] if (c := _role_country(doc, r)) is None or c == last] + roles[-1:]


def _title_of_another_country(doc: ArticleDoc, held: list[Role] | None, chain: Chain) -> bool:
    """Whether a title after a name and its comma is another country's than the title standing right before that
    name (`held`). A name introduced by its own title (`Thủ tướng A`) takes a second title after a comma only as an
    apposition of the same person, and one person holds no titles in two countries: a headline's `Gặp Thủ tướng A,
    Chủ tịch nước Cuba đánh giá cao …` opens a clause whose subject is Cuba's president, named later or not at all
    (as `Thủ hiến A, Thị trưởng thành phố B C` names C). Giving A that title made him Cuban to the resolver, and
    split him from the A of every other page. (A name an honorific introduces, `đồng chí A, Phó Bí thư …, Châu
    trưởng …`, has its titles after it only, and keeps them all.)"""
    if held is None or not chain.roles:
        return False
    after = _role_country(doc, chain.roles[0])
    if after is None:
        return False
    before = next((c for role in held if (c := _role_country(doc, role)) is not None), None)
    if before is None and doc.article.lang == "vi" and not any(role.orgs or role.places for role in held):
        before = _home_iso(doc)  # `Thủ tướng` with no body or country: the home country's (as `_bare_title_person`)
    return before is not None and before != after
