"""The province, state or district a title is held in: heads of provinces, cities and districts, a state's
premier, a province abroad whose body the page writes short (`Phó Bí thư Tỉnh ủy`) or whose delegation the
page names (`Đoàn tỉnh X do … dẫn đầu`, `Về phía tỉnh X`).

One job, where a provincial title is held, that the roles' bodies ask in one place."""

from __future__ import annotations

import re

from core.text import fold, slug
from core.vocabulary import Label, OrganizationKind, Prop, TitleKind
from loaders.entities.cities import CITY_KIND
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials.page import _home_iso, _title_start_before, _vietnamese_name
from loaders.entities.officials.record import Role
from loaders.entities.organizations import add_org_entity
from loaders.first_letters import compile_gated
from loaders.gazetteer import GazetteerEntry
from loaders.letters import LOWER, UPPER

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
_DISTRICT = compile_gated(rf"(?<!\w)([Qq]uận|[Hh]uyện) ([{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*){{0,3}})")
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


_DISTRICT_CHAIRS = frozenset({"Chủ tịch", "Phó Chủ tịch", "Chủ tịch UBND", "Phó Chủ tịch UBND"})
"""A chair's titles that, written with a bare district's word after them (`Chủ tịch huyện`, `Phó Chủ tịch UBND
huyện`), chair a district's people's committee."""
_BARE_DISTRICT_WORD = re.compile(rf" ([Hh]uyện|[Qq]uận)(?! [{UPPER}\d])")
_LED_BY_NAME = re.compile(r"(?<!\w)do\s+(?:(?:đồng chí|ông|bà|[Nn]gài)\s+)?$")
_DELEGATION = re.compile(r"[Đđ]oàn\b")
_DELEGATION_REACH = 160


def _district_kind(doc: ArticleDoc, role: Role, at: int) -> str | None:
    """The kind of district (`huyện`, `quận`) a role heads: a district head's (`Huyện trưởng`), or a chair's whose
    title the page wrote, next to the name at `at`, with a bare district's word after it (`X - Chủ tịch huyện -`)."""
    kind = _HEADS_OF_DISTRICTS.get(role.title.title_vi)
    if kind is not None or role.title.title_vi not in _DISTRICT_CHAIRS:
        return kind
    forms = {role.title.title_vi, *role.title.aliases}
    for t in doc.titles.values():
        if t.form in forms and abs(t.start() - at) < _NEAR_TITLE:
            bare = _BARE_DISTRICT_WORD.match(doc.text, t.end())
            if bare is not None:
                return bare.group(1).lower()
    return None


def _led_district(doc: ArticleDoc, named: list[re.Match[str]], at: int) -> list[re.Match[str]]:
    """The districts the words of a delegation name when the name at `at` leads it (`Đoàn công tác của huyện Y, tỉnh
    Z, do đồng chí X, …`, `đoàn công tác huyện Y do ông X - …`): the delegation is that district's."""
    led_by = _LED_BY_NAME.search(doc.text, max(0, at - 16), at)
    if led_by is None:
        return []
    delegations = list(_DELEGATION.finditer(doc.text, max(0, led_by.start() - _DELEGATION_REACH), led_by.start()))
    if not delegations or doc.sentence_index(delegations[-1].start()) != doc.sentence_index(at):
        return []
    return [m for m in named if delegations[-1].end() < m.start() < led_by.start()]


def _district_headed(doc: ArticleDoc, role: Role, at: int, kind: str) -> str | None:
    """The district a head of a district (`Quận trưởng`, `Phó huyện trưởng`, `Chủ tịch huyện`) holds his title at,
    which no gazetteer lists: the one of his kind the delegation he leads names (`Đoàn công tác huyện Y … do ông X,
    Chủ tịch UBND huyện làm trưởng đoàn`), else the one written right after his title (`X, Quận trưởng quận Y`), else
    the one his sentence names, else the one the page names; none when that leaves several. Its body is the one the
    organisations stage read (`chính quyền quận Y`), else the district's, named by its kind and name (and its
    people's committee's, for a title that names one)."""
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
    in_sentence = [m for m in named if doc.sentence_index(m.start()) == sentence]
    for group in (_led_district(doc, named, at), after_title, in_sentence, named):
        districts = {m.group(2): m for m in group}
        if len(districts) == 1:
            return _district_body(doc, next(iter(districts.values())), "UBND" in role.title.title_vi)
        if districts:
            return None
    return None


def _district_body(doc: ArticleDoc, district: re.Match[str], committee: bool = False) -> str:
    """The id of a district's body: the organisation the page names with the district's words (`chính quyền quận Y`),
    else the district's own, added (`Quận Y`; `UBND huyện Y` for a people's committee's title)."""
    words = fold(district.group(0))
    for ent_id, ent in doc.entities.items():
        if ent.label == Label.ORGANIZATION and words in fold(ent.name):
            return ent_id
    name = f"{district.group(1).capitalize()} {district.group(2)}"
    if committee:
        name = f"UBND {district.group(1).lower()} {district.group(2)}"
    org_id = f"org:{slug(name)}"
    doc.entity(
        org_id, Label.ORGANIZATION, name, properties={Prop.KIND: OrganizationKind.GOVERNMENT_BODY}, at=district.start()
    )
    return org_id


_CITY_RUN = r"([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}) City"
_CITY_AFTER = re.compile(rf" of (?:the )?{_CITY_RUN}\b")
_CITY_BEFORE = re.compile(rf"(?<![\w'’]){_CITY_RUN}(?:['’]s)? $")


def _city_headed(doc: ArticleDoc, role: Role, at: int) -> str | None:
    """The city an English mayor's title names when no gazetteer knows it (`Hwaseong City Mayor X`, `X, Mayor of
    Gimhae City`, `Y, Anseong City's Deputy Mayor`): the city's body, the organisation the page names with its words,
    else the city's own, added (as a district abroad is: `_district_body`). Only a name written with `City`, so
    that the holder's name after the title is never taken for the city's."""
    if doc.article.lang != "en":
        return None
    forms = {role.title.title_vi, role.title.title_en, *role.title.aliases}
    near = [t for t in doc.titles.values() if t.form in forms and abs(t.start() - at) < _NEAR_TITLE]
    for t in sorted(near, key=lambda t: abs(t.start() - at))[:1]:  # (his own mention: the nearest to his name)
        city = _CITY_AFTER.match(doc.text, t.end()) or _CITY_BEFORE.search(doc.text, max(0, t.start() - 40), t.start())
        if city is None or doc.span_at(doc.places, city.start(1)) is not None:
            return None  # (a city the gazetteer knows is read as a place, by the rules above)
        name = f"{city.group(1)} City"
        for ent_id, ent in doc.entities.items():
            if ent.label == Label.ORGANIZATION and fold(name) in fold(ent.name):
                return ent_id
        org_id = f"org:{slug(name)}"
        doc.entity(
            org_id, Label.ORGANIZATION, name, properties={Prop.KIND: OrganizationKind.GOVERNMENT_BODY}, at=city.start(1)
        )
        return org_id
    return None


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


_PROVINCE_LEADERS = frozenset({"Chủ tịch", "Phó Chủ tịch"})
"""Bare titles a province's delegation is led by (`do Chủ tịch X dẫn đầu`): its people's committee's chair."""
_LOWEST_PARTY_LEVEL = 4
"""A party title from this rank up (`Bí thư Tỉnh ủy`, `Phó Bí thư Thường trực`) may be a province's."""
_DELEGATION_OF = re.compile(rf"[Đđ]oàn (?:[{LOWER}]+ ){{0,4}}(?:tỉnh|thành phố) $")
_LED_BY_LATER = re.compile(r"(?: \([^()\n]{1,60}\))?[^.;:\n()]{0,40}?\s+do\s+(?:(?:đồng chí|ông|bà)\s+)?$")
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
