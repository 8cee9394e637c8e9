"""Adding a person's roles to the graph: each role's Official entity and `HOLDS_POSITION` to its organisation (or
country), after the province, mission, board or missing body each role is held at is settled.

The one writer of roles; the rules it asks (`provinces`, `missions`, `title_bodies`) sit below it."""

from __future__ import annotations

import re

from core.text import fold
from core.vocabulary import Label, Prop, RelType
from loaders.entities.doc import VIETNAM, VIETNAM_ISO, ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials.acronyms import acronym_before_title, full_body_of_acronym
from loaders.entities.officials.bodies import _ministry_then_its_country
from loaders.entities.officials.delegations import led_body
from loaders.entities.officials.missions import (
    _consulate_of,
    _embassy_of,
    _our_embassy_abroad,
    _our_one_embassy_named,
    _our_one_ministry,
    _the_consulate_named,
    _the_one_consulate,
    _their_one_body,
    _title_right_before,
)
from loaders.entities.officials.page import _title_start_before, _vietnamese_name
from loaders.entities.officials.provinces import (
    _HEADS_OF_CITIES,
    _HEADS_OF_PROVINCES,
    _STATE_PREMIER,
    _city_headed,
    _district_headed,
    _district_kind,
    _heads_a_province,
    _led_province,
    _only_province_abroad,
    _premiers_state,
    _short_bodies_abroad,
)
from loaders.entities.officials.record import Role
from loaders.entities.officials.title_bodies import _fill_missing_orgs, _foreign_ministers
from loaders.entities.officials.words import _HEAD_OF_STATE_KINDS
from loaders.entities.places import add_place_entity


def _add_roles(doc: ArticleDoc, lex: Lexicon, pid: str, roles: list[tuple[int, Role]]) -> None:
    ent = doc.entities[pid]
    country = ent.properties.get(Prop.COUNTRY)
    titles = []
    for _, role in roles:
        _ministry_then_its_country(doc, lex, role)
    _foreign_ministers(doc, pid, roles)
    _fill_missing_orgs(doc, pid, roles)
    _short_bodies_abroad(doc, lex, roles)
    for _, role in roles:
        company = _company_of_board(doc, role.orgs[0]) if role.orgs else None
        if company is not None:  # `Chairman of the Managing Board of X Co., Ltd`, `X Board of Directors`: X's
            role.orgs[0] = company
    elsewhere = _held_abroad(doc, roles)
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
            and (mission := _our_one_embassy_named(doc, lex) or _our_embassy_abroad(doc, lex, at)) is not None
        ):  # `Đại sứ Vũ Quang Minh` on a page naming our embassy in one country, or about one other country: there
            role.orgs.append(mission)
        if not role.orgs and place is not None and role.seat is not None and "Consul" in role.title.title_en:
            consulate = _consulate_of(doc, role, place, role.seat, at)  # `Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh`
            if consulate is not None:
                role.orgs.append(consulate)
        if not role.orgs and place is not None and role.seat is None and "Consul" in role.title.title_en:
            consulate = _the_consulate_named(doc, role, place)  # `Vietnamese Consul General in Pakse, X`
            if consulate is not None:
                role.orgs.append(consulate)
        city = (
            _city_headed(doc, role, at)
            if not role.orgs and not role.places and role.title.title_vi in _HEADS_OF_CITIES
            else None
        )
        if city is not None:  # `Hwaseong City Mayor X`: a city abroad no gazetteer lists (his own, not the page's one)
            role.orgs.append(Span(0, 0, city, Label.ORGANIZATION, doc.entities[city].name))
        if not role.orgs and not role.places and role.field is None and not _vietnamese_name(doc, pid):
            theirs = _their_one_body(doc, role)  # `Bộ trưởng Vilayvanh Phomkhe` on a page naming `Bộ Nông - Lâm Lào`
            if theirs is not None:
                role.orgs.append(theirs)
        elif not role.orgs and not role.places and role.field is None:
            ours = _our_one_ministry(doc, role)  # `Bộ trưởng Nguyễn Văn A` on a page naming one ministry of ours
            if ours is not None:
                role.orgs.append(ours)
        if not role.orgs and not role.places and "Consul" in role.title.title_en:
            consulate = _the_one_consulate(doc, lex, role, pid)  # `Tổng Lãnh sự Lê Văn A` on a page naming his post
            if consulate is not None:
                role.orgs.append(consulate)
        if role.orgs:
            org = role.orgs[0]
            target = org.id
            role_country = role_country or _body_country(doc, org.id)
        elif province is not None:  # `Thống đốc tỉnh Tochigi, Nhật Bản`: the province's, in that country
            target = province.id
            role_country = role_country or province.data["entry"].properties.get(Prop.COUNTRY)
        elif place is not None:
            target = place.id
        elif role.title.title_vi in _HEADS_OF_PROVINCES and (abroad := _only_province_abroad(doc, pid, role, at)):
            target = abroad.id  # `Governor Linda Dessau` on a page whose one foreign province is Victoria
            role_country = abroad.data["entry"].properties.get(Prop.COUNTRY)
        elif (kind := _district_kind(doc, role, at)) is not None and (
            district := _district_headed(doc, role, at, kind)
        ) is not None:
            target = district  # `ông X, Quận trưởng quận Y, thành phố Z`: a district abroad the page names
        elif role.form == "Premier" and (state := _premiers_state(doc, lex, pid, role, at)) is not None:
            target = state.id  # `Premier Daniel Andrews` on a page about Victoria: the state's head, no country's
            role_country = state.data["entry"].properties.get(Prop.COUNTRY)
            titles[-1] = title = _STATE_PREMIER
        elif _heads_a_province(role) and (led := _led_province(doc, _title_start_before(doc, at))) is not None:
            target = led.id  # `đoàn đại biểu tỉnh X do đồng chí Phó Bí thư Thường trực Y dẫn đầu`: X's leader
            role_country = role_country or led.data["entry"].properties.get(Prop.COUNTRY)
        elif (
            role.title.kind in _HEAD_OF_STATE_KINDS
            and doc.home_country
            and ent.name.split()[0] in lex.surnames
            and not elsewhere
        ):  # (a foreign name is no head of our own state, nor is one whose other title is abroad)
            target = doc.home_country
            role_country = doc.home_country.split(":")[1].upper()
            home = lex.gaz.countries.get(doc.home_country)
            if home is not None and doc.home_country not in doc.entities:
                add_place_entity(doc, home, None)
        elif role.title.kind in _HEAD_OF_STATE_KINDS and not elsewhere and _our_leader_in_english(doc, pid):
            role_country = VIETNAM_ISO  # (his country only: no position is added, as the page names no body)
        elif (
            role.field is None
            and not role.unnamed_body  # (`led by Mayor of Fresno X`: of a place no stage read, not of the delegation)
            and (delegation := led_body(doc, at, _title_start_before(doc, at))) is not None
            and delegation.id in doc.entities
        ):  # `Đoàn đại biểu châu A do đồng chí X, Bí thư Châu ủy làm Trưởng đoàn`: the body whose delegation he leads
            target = delegation.id
            if delegation.label == Label.PROVINCE:
                role_country = role_country or delegation.data["entry"].properties.get(Prop.COUNTRY)
            else:
                role_country = role_country or _body_country(doc, delegation.id)
        country = country or role_country
        if target and target in doc.entities:
            doc.relate(RelType.HOLDS_POSITION, pid, target, at=at, properties={Prop.TITLE: title})
        parent = _parent_after_unit(doc, role) if target else None
        if parent is not None:  # `Chủ tịch Ủy ban Kinh tế, Nghị viện X`: the unit's and the body's it is part of
            doc.relate(RelType.HOLDS_POSITION, pid, parent, at=at, properties={Prop.TITLE: title})
    props = {"titles": list(dict.fromkeys(titles))}
    if country:
        props[Prop.COUNTRY] = country
    doc.entity(pid, Label.OFFICIAL, ent.name, properties=props)


_UNIT_THEN_BODY = re.compile(r"\s*(?:,|[-–]|\()\s*")


def _parent_after_unit(doc: ArticleDoc, role: Role) -> str | None:
    """The body written right after the body a title is held at, a comma, a dash or a bracket between (`Chủ tịch Ủy
    ban Kinh tế và Phát triển, Nghị viện X`, `Cục trưởng Cục Y (Bộ Công Thương)`): the first is a unit
    of the second, and the title is held at both (the chain reads both into the role; the role's post was the first
    only, and the body it is part of, which news and the gold name the official by as often, was lost)."""
    if len(role.orgs) < 2:
        return None
    unit, body = role.orgs[0], role.orgs[1]
    if body.id == unit.id or body.id not in doc.entities or unit.end <= unit.start:
        return None
    between = _UNIT_THEN_BODY.fullmatch(doc.text, unit.end, body.start)
    return body.id if between is not None else None


def bodies_of_acronyms(doc: ArticleDoc, roles: list[tuple[int, Role]]) -> None:
    """A role's body written as the page's acronym of a body it names in full (`President of NVCCI`, `LCCI acting
    President X`): that body (`acronyms`), before any rule guesses a body the title does not write (and before a
    deputy is given his head's body: `LCCI acting President X and Vice President Y`)."""
    for at, role in roles:
        if role.orgs:
            full = full_body_of_acronym(doc, role.orgs[0])
            if full is not None:
                role.orgs[0] = full
        elif not role.places and not role.unnamed_body and (start := _title_start_before(doc, at)) < at:
            before = acronym_before_title(doc, start)
            if before is not None:
                role.orgs.append(before)


def _held_abroad(doc: ArticleDoc, roles: list[tuple[int, Role]]) -> bool:
    """Whether one of a person's roles is held at a province or body of another country than the page's home: then
    a bare party or state title of his (`Phó Bí thư` before `Châu trưởng châu Văn Sơn`, a Chinese prefecture's head
    named in Hán-Việt) is that other country's, not ours, as one person holds no titles in two. (A title a country's
    name follows, `Chủ tịch nước Angola`, may be a neighbour's in a list, and is not counted.)"""
    home = (doc.home_country or VIETNAM).split(":")[1].upper()
    for _, role in roles:
        for place in role.places:
            country = place.data["entry"].properties.get(Prop.COUNTRY) if place.label != Label.COUNTRY else None
            if country and country != home:
                return True
        for org in role.orgs:
            ent = doc.entities.get(org.id)
            country = ent.properties.get(Prop.COUNTRY) if ent is not None else None
            if country and country != home:
                return True
    return False


def _our_leader_in_english(doc: ArticleDoc, pid: str) -> bool:
    """A head of state, government or party with no body or country written, in an English page that names Viet
    Nam, whose name is Vietnamese (`State President Vo Van Thuong`, `Deputy Prime Minister Mai Van Chinh`): ours, as
    in a Vietnamese page (an English page has no home country, so these had no country at all and counted as
    foreign to the API). (A foreign leader's name is seldom a Vietnamese one; `_vietnamese_name` turns away the
    Korean ones.)"""
    return (
        doc.article.lang == "en"
        and doc.home_country is None
        and any(p.id == VIETNAM for p in doc.places)
        and _vietnamese_name(doc, pid)
    )


def _body_country(doc: ArticleDoc, org: str) -> str | None:
    """The country of the body a role is held at: its node's, else the gazetteer's for a body it lists. A body
    given from an earlier article (`Thủ tướng X`, his government remembered) is a bare node with no country, and
    the same page read alone gives X one; the node itself stays bare, as the agreements stage reads it."""
    country = doc.entities[org].properties.get(Prop.COUNTRY)
    if country:
        return str(country)
    entry = doc.lexicon.gaz.organizations.get(org)
    listed = entry.properties.get(Prop.COUNTRY) if entry is not None else None
    return str(listed) if listed else None


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
