"""The entity of a name read: its id, kind and country, its other spellings, its `BASED_IN` and `PART_OF`, and the
ministry a second country named after the first has.

Apart from the reader, since a span is read once and becomes an entity here; the officials stages call
`add_org_entity` for bodies they read in titles."""

from __future__ import annotations

import re

from core.text import slug
from core.vocabulary import Label, OrganizationKind, Prop, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.ministries import lex_head_in
from loaders.entities.organizations.places import _AND_COUNTRY
from loaders.entities.organizations.words import (
    _EXPLICIT_PARENT,
    _KIND_BY_HEAD,
    _MP_GROUP_HEADS,
    _PROVINCE_WORDS,
    _PROVINCIAL_KEY,
    _STATE_FORM_TAIL,
    _WHOSE_TAIL,
)
from loaders.entities.places import add_place_entity
from loaders.gazetteer import GazetteerEntry

_BOTH_BEFORE_PAIR = re.compile(r"\shai nước\s*$")
"""`hai nước` (of both countries) before the two a joint body names: no word of its key."""


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
    if span.data.get("local_name"):
        aliases.append(span.data["local_name"])
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
        aliases.extend(_as_the_page_writes(doc, name, home))
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
        base = _BOTH_BEFORE_PAIR.sub(" ", name[: pair[0].start - span.start])  # (`… hai nước X – Y`: the same body)
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


def _as_the_page_writes(doc: ArticleDoc, bare: str, home: Span) -> list[str]:
    """A bare provincial body (`UBND tỉnh`) with each other name the page gives its province (`UBND tỉnh Thừa Thiên
    Huế` on a page that writes the province's name before it became `Huế`): the body's id and name follow the
    gazetteer, but what the page calls it is the province as written."""
    entry: GazetteerEntry = home.data["entry"]
    written = {sp.text for sp in doc.places if sp.id == home.id and sp.text != entry.name}
    return [f"{bare} {text}" for text in sorted(written)]


def _place_code(place: Span) -> str:
    """The code a body's id takes from its place: the ISO code, or for a city read from the text (which has none)
    its name (`perth`, as a consulate in a city no gazetteer lists was keyed), never an empty code."""
    entry: GazetteerEntry = place.data["entry"]
    return (entry.properties.get(Prop.ISO2) or entry.properties.get("iso") or slug(entry.name)).lower()


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
