"""Embassies and consulates a diplomat's title is held at: the embassy of a country (or ours abroad), the one
consulate of a consul's country the page names, the one ministry or embassy of the page's foreign country for a
minister or ambassador whose title names no body.

A diplomat's body is told apart from the others' by his seat and his country, so these rules live together."""

from __future__ import annotations

from core.vocabulary import Label, OrganizationKind, Prop, RelType, TitleKind
from loaders.entities.doc import VIETNAM, ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials.page import _the_foreign_country
from loaders.entities.officials.record import Role
from loaders.entities.organizations import vietnamese_syllable
from loaders.entities.places import add_place_entity


def _embassy_of(doc: ArticleDoc, lex: Lexicon, country: Span, at: int, seat: Span | None = None) -> Span | None:
    """The embassy of the country an ambassador represents (`Đại sứ quán Ấn Độ`), the one body an ambassador of
    that country serves in when the article names no other; with the country he serves in named (`Đại sứ Việt Nam
    tại Nhật Bản`, `Vietnam's Ambassador to Japan`), that country's embassy there (`org:dai-su-quan-vn-in-jp`)."""
    entry = country.data.get("entry")
    where = seat.data.get("entry") if seat is not None and seat.label == Label.COUNTRY else None
    home = doc.home_country or VIETNAM  # (the sources are Vietnamese news)
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
    home = lex.gaz.countries.get(doc.home_country or VIETNAM)
    abroad = {p.id: p for p in doc.places if p.label == Label.COUNTRY and p.id != (doc.home_country or VIETNAM)}
    if home is None or len(abroad) != 1:
        return None
    ours = Span(at, at, home.id, Label.COUNTRY, home.name, {"entry": home})
    return _embassy_of(doc, lex, ours, at, next(iter(abroad.values())))


def _our_one_embassy_named(doc: ArticleDoc, lex: Lexicon) -> Span | None:
    """The one embassy of ours in another country the page names (`Đại sứ quán Việt Nam tại Nam Phi`), where one of
    our ambassadors named with no country serves (`Đại sứ Hoàng Văn A` on a page about that embassy's work, which
    names other countries too); None when it names none or several."""
    home = lex.gaz.countries.get(doc.home_country or VIETNAM)
    if home is None:
        return None
    prefix = f"org:dai-su-quan-{str(home.properties.get(Prop.ISO2) or '').lower()}-in-"
    named = {o.id: o for o in doc.orgs if o.id.startswith(prefix) and o.id in doc.entities}
    return next(iter(named.values())) if len(named) == 1 else None


def _the_consulate_named(doc: ArticleDoc, role: Role, country: Span) -> Span | None:
    """The one consulate (general) of a consul's country the page names (`the Vietnamese Consulate General in
    Pakse`), where a consul of that country serves when his own title says no city the page read as a place."""
    general = role.title.title_en.startswith(("Consul General", "Deputy Consul General"))
    code = str(country.data["entry"].properties.get(Prop.ISO2) or "").lower()
    prefix = f"org:{'tong-lanh-su-quan' if general else 'lanh-su-quan'}-{code}-in-"
    named = {o.id: o for o in doc.orgs if o.id.startswith(prefix) and o.id in doc.entities}
    return next(iter(named.values())) if len(named) == 1 else None


def _their_one_body(doc: ArticleDoc, role: Role) -> Span | None:
    """The body a foreign minister, ambassador or lawmaker whose title names none holds his post at: on a page whose
    one foreign country is named most, the one ministry (for a minister), embassy (for an ambassador) or legislature
    (for a lawmaker) of that country the page names (`Bộ trưởng Vilayvanh Phomkhe` on a page naming `Bộ Nông - Lâm
    Lào`; `Đại sứ Khamphao Ernthavanh và Đại sứ quán Lào`; `Congresswoman X` on a page naming the US Congress); None
    when it names none or several."""
    heads: tuple[str, ...] = ()
    if role.title.kind == TitleKind.MINISTRY:
        kind = OrganizationKind.MINISTRY
    elif role.title.title_en.startswith("Ambassador"):
        kind = OrganizationKind.EMBASSY
    elif role.title.title_vi == _LEGISLATOR:
        kind, heads = OrganizationKind.GOVERNMENT_BODY, _LEGISLATURES
    else:
        return None
    country = _the_foreign_country(doc)
    if country is None:
        return None
    return _the_one_body(doc, kind, country.data["entry"].properties.get(Prop.ISO2), heads)


def _the_one_body(doc: ArticleDoc, kind: OrganizationKind, iso: object, heads: tuple[str, ...] = ()) -> Span | None:
    """The one body of `kind` in the country `iso` (its name opening with one of `heads`, when given) the page
    names; None when it names none or several (which one, the text must say)."""
    bodies = {
        o.id: o
        for o in doc.orgs
        if o.id in doc.entities
        and doc.entities[o.id].properties.get(Prop.KIND) == kind
        and doc.entities[o.id].properties.get(Prop.COUNTRY) == iso
        and (not heads or doc.entities[o.id].name.startswith(heads))
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _our_one_ministry(doc: ArticleDoc, role: Role) -> Span | None:
    """The ministry one of our ministers or deputy ministers whose title names none holds his post at (`Bộ trưởng
    Nguyễn Văn A`, `Deputy Minister Tran Van B`): the one ministry of our country the page names, as
    `_their_one_body` reads a foreign minister's; None when it names none or several (which one, the text must say)."""
    if role.title.kind != TitleKind.MINISTRY:
        return None
    return _the_one_body(doc, OrganizationKind.MINISTRY, (doc.home_country or VIETNAM).split(":")[1].upper())


_LEGISLATOR = "Đại biểu Quốc hội"
_LEGISLATURES = ("Quốc hội", "Thượng viện", "Hạ viện", "Nghị viện")
"""A lawmaker's title (`Congresswoman`, `Senator`, `Member of Parliament`) and the words a legislature's name begins
with: a foreign lawmaker whose title names no body sits in the one legislature of his country the page names."""


def _the_one_consulate(doc: ArticleDoc, lex: Lexicon, role: Role, pid: str) -> Span | None:
    """The consulate (general) a consul whose title names neither country nor body serves at: the one of our country
    the page names when his name is Vietnamese (`Tổng Lãnh sự Lê Văn A` on a page about `Tổng Lãnh sự quán Việt Nam
    tại Osaka`), else the one of another country; None when the page names none or several."""
    home = lex.gaz.countries.get(doc.home_country or VIETNAM)
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
    keyed as the organisation stages key `Tổng Lãnh sự quán Nhật Bản tại thành phố Hồ Chí Minh`. Our own consul in
    a city abroad serves ours there (`Tổng Lãnh sự Việt Nam tại Thượng Hải`): the city says which, as it does not
    for our ambassador named with no country."""
    entry, where = country.data.get("entry"), seat.data.get("entry")
    if entry is None or where is None or seat.id == country.id:
        return None
    if country.id == doc.home_country and where.properties.get(Prop.COUNTRY) in (None, entry.properties.get(Prop.ISO2)):
        return None  # (a city of our own, or a seat that is no city abroad)
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
    written = (
        f"{vi} {country.text} tại {seat.text}" if doc.article.lang == "vi" else f"{en} of {country.text} in {seat.text}"
    )  # (the page's spelling of the country and the city, `… tại TP HCM`, is what it calls the body)
    org_id = f"org:{key}-{code}-in-{seat_code}"
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        name,
        aliases=[written] if written != name else [],
        properties={Prop.KIND: OrganizationKind.EMBASSY, Prop.COUNTRY: entry.properties.get(Prop.ISO2)},
        at=at,
    )
    add_place_entity(doc, where, None)
    doc.relate(RelType.BASED_IN, org_id, seat.id, at=at)
    return Span(at, at, org_id, Label.ORGANIZATION, name)
