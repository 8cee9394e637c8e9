"""The body a title belongs to when the page writes none: the body its own words name (`Ngoại trưởng`: a foreign
ministry, of which country), a ministry its English title spells, the body a delegation is led from, a foreign
minister's side, a legislature no gazetteer lists, a counterpart of one of ours.

What a role is given last, once the chain and the places have said all they could."""

from __future__ import annotations

import re

from core.text import fold, slug
from core.vocabulary import Label, OrganizationKind, Prop, RelType, TitleKind
from loaders.entities import officials_en
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.officials.delegations import generic_body, led_body
from loaders.entities.officials.page import _home_iso, _the_foreign_country, _title_start_before, _vietnamese_name
from loaders.entities.officials.record import Role
from loaders.entities.places import add_place_entity
from loaders.first_letters import compile_gated
from loaders.gazetteer import GazetteerEntry

_FIELDS_THEN_NAME = compile_gated(
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


_LED_BY = re.compile(r"(?:\s\([^()\n]{1,15}\))?,?\s+(?:do|dẫn đầu là|đứng đầu là)\s+$")
_LED_BY_EN = re.compile(
    r"(?:\s\([A-Z][\w&.\-]{1,12}\))?(?:['’]s)?(?:\s+(?:delegation|mission|team))?,?(?:\s+(?:was|were|is|are))?"
    r"\s+(?:headed|led|chaired|represented)\s+by\s+(?:its\s+|their\s+|the\s+)?(?:acting\s+)?$"
)
"""The words between a body and the title of who leads it (or its delegation, named by the body before the word:
`the General Department of Customs delegation headed by Director-General X`, `đoàn Hội đồng Kinh doanh … (AVBC), dẫn
đầu là Chủ tịch …`)."""


def _led_body(doc: ArticleDoc, at: int) -> Span | None:
    """`… Bộ Thương mại Campuchia do Quốc vụ khanh Sok Sopheak làm trưởng đoàn`, `the Communist Party of Vietnam
    (CPV) headed by Party General Secretary To Lam`, `TNB was represented by its President …`: the body whose
    leader (or representative) the title names."""
    for org in doc.orgs:
        if org.end <= at and at - org.end <= 30 and _LED_BY.fullmatch(doc.text, org.end, at):
            return org
        if org.end <= at and at - org.end <= 40 and _LED_BY_EN.fullmatch(doc.text, org.end, at):
            return org
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
        if role.orgs and not role.places and generic_body(doc, role.orgs[0]):
            delegation = led_body(doc, at, _title_start_before(doc, at))
            if delegation is not None and delegation.id != role.orgs[0].id:
                role.orgs.pop(0)  # `đoàn đại biểu TP. A do ông X, Phó Chủ tịch Hội đồng thành phố`: A's council
                (role.orgs if delegation.label != Label.PROVINCE else role.places).insert(0, delegation)
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
        elif (
            role.title.kind == TitleKind.CORPORATE
            and (one := _the_sentence_s_one_body(doc, at)) is not None
            and all(one.id != o.id for _, r in roles for o in r.orgs)  # (his other title's body: not this one's too)
        ):
            role.orgs.append(one)
    roles.extend(extra)
    for _, role in roles:
        if role.orgs:
            doc.resolver.remember_role(pid, role.title.title_vi, role.orgs[0].id)


_BODIES_HEADED = frozenset({OrganizationKind.COMPANY, OrganizationKind.ASSOCIATION, OrganizationKind.OTHER})


def _the_sentence_s_one_body(doc: ArticleDoc, at: int) -> Span | None:
    """A chair, director or CEO whose title names no body (`LCCI acting President X and Vice President Y at the
    Lahore Chamber …`, `Đại diện Phòng Thương mại Séc, ông X - Phó Chủ tịch`, `đoàn Hội đồng Kinh doanh … dẫn đầu
    là Chủ tịch …`): the one company, association or other such body his sentence names heads; None when it names
    none or several (a ministry or a province is no company's, and two bodies leave it open)."""
    sentence = doc.sentence_of(at)
    bodies = {
        o.id: o
        for o in doc.within(doc.orgs, sentence.start, sentence.end)
        if o.id in doc.entities and doc.entities[o.id].properties.get(Prop.KIND) in _BODIES_HEADED
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


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


_BODY_OF_TITLE = {
    "Ngoại trưởng": "Ngoại giao",
    "Đại diện Thương mại": "Đại diện Thương mại",
    "Phó Đại diện Thương mại": "Đại diện Thương mại",
    "Chủ tịch Quốc hội": "Quốc hội",
    "Phó Chủ tịch Quốc hội": "Quốc hội",
    "Đại biểu Quốc hội": "Quốc hội",
    "Chủ tịch Thượng viện": "Thượng viện",
    "Chủ tịch Hạ viện": "Hạ viện",
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
