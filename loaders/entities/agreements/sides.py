"""The sides of a document: localities and their seats, the countries of the parties, the delegation's side,
the signers a later reference names, and the most specific parties of a merged mention.

Read both while a mention is found and while mentions are merged, so kept below both."""

from __future__ import annotations

import re
from collections import Counter

from core.vocabulary import Label, OrganizationKind, Prop, RelType
from loaders.entities import agreement_parties
from loaders.entities.agreements.record import Mention
from loaders.entities.agreements.words import _GIUA
from loaders.entities.doc import ArticleDoc


def _add_signers(doc: ArticleDoc, target: Mention, found: list[str]) -> None:
    """`India signed an MoU with Vietnam … X, Vice-Chancellor of A, and Y, President of Vietnam's B, signed the
    MoU`: the bodies a later reference names as signers are parties too, when they belong to the sides already
    read (their countries among its parties); the countries they qualify are dropped after the merge. A signer's
    body seated in a province that is already a party adds nothing (`Ho Chi Minh City and Houaphanh province signed
    …; the MoU was inked by the Secretary of the Party Committee of Houaphanh …`)."""
    extra = [p for p in found if p not in target.parties]
    if len(extra) < 2 or not target.parties:
        return
    places, have = _with_countries(doc, extra) - set(extra), _with_countries(doc, target.parties)
    if places <= have or {_country_key(doc, p) for p in places} <= {_country_key(doc, p) for p in have}:
        # (`Việt Nam và Cuba … thỏa thuận …. Thỏa thuận được ký kết giữa Tập đoàn A (seated in a Cuban province) và
        # Công ty B`: a signer's seat in a province of a side's country is that side's)
        target.parties.extend(p for p in extra if not _seats(doc, {p}) & set(target.parties))


def _country_key(doc: ArticleDoc, place: str) -> str:
    """The country a side or place is of (itself when none is known), in one spelling."""
    return (agreement_parties.body_country(doc, place) or place).lower()


def _with_the_delegation(doc: ArticleDoc, found: list[str]) -> list[str]:
    """`Đoàn đã … ký Bản ghi nhớ hợp tác với X`: the delegation's body is the side the partners read are not (none of
    them of its country)."""
    body = agreement_parties.delegation_body(doc)
    if not body or body[0] in found:
        return found
    home = agreement_parties.body_country(doc, body[0])
    if any(agreement_parties.body_country(doc, p) == home for p in found):
        return found
    return [*body, *found]


_TWO_LOCALITIES = re.compile(r"(?:hai|2)\s+(?:tỉnh|địa phương|thành phố)\b")


def _sides_of_the_aim(doc: ArticleDoc, at: int) -> list[str]:
    """`ký kết Biên bản ghi nhớ (MOU) nhằm nâng quan hệ giữa hai tỉnh lên …`: a document whose title names no two
    sides is between those its aim's `giữa` names (the page's two localities, for `hai tỉnh`)."""
    if _TWO_LOCALITIES.match(doc.text, at):
        return agreement_parties.two_localities(doc)
    sentence = doc.sentence_of(at)
    ids = agreement_parties.party_ids_between(doc, at, agreement_parties.clause_end(doc.text, at, sentence.end))
    return ids if len(ids) >= 2 else []


def _localities(doc: ArticleDoc, parties: list[str]) -> bool:
    """Two of the parties are places below a country (a provincial government's parties carry its province; a
    city's people's committee stands for a city no stage reads as a place)."""
    return (
        sum(
            1
            for p in parties
            if (doc.entities.get(p) is not None and doc.entities[p].label == Label.PROVINCE)
            or agreement_parties.city_committee(doc, p)
        )
        >= 2
    )


def _with_the_other_locality(doc: ArticleDoc, found: list[str]) -> list[str]:
    """`asked the local authorities to consider twin relations with Vietnam's province of Ha Tinh`: the one
    locality read and the one of another country the article names most (the page's host or guest)."""
    places = [p for p in found if (e := doc.entities.get(p)) is not None and e.label == Label.PROVINCE]
    if len(places) != 1:
        return found
    own = (doc.entities[places[0]].properties.get(Prop.COUNTRY) or "").upper()
    home = doc.home_country.split(":")[-1].upper() if doc.home_country else ""
    counts = Counter(
        p.id
        for p in doc.places
        if p.label == Label.PROVINCE
        and (e := doc.entities.get(p.id)) is not None
        and (e.properties.get(Prop.COUNTRY) or "").upper() not in ("", own)
    )
    at_home = Counter({p: n for p, n in counts.items() if doc.entities[p].properties.get(Prop.COUNTRY) == home})
    if own != home and at_home:
        counts = at_home  # a foreign locality's partner on a page written at home: the home locality named most
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return found
    return [places[0], ranked[0][0]]


def _sentence_localities(doc: ArticleDoc, at: int) -> list[str]:
    """The two places below a country a sentence names, when it names exactly two."""
    sentence = doc.sentence_of(at)
    ids = list(
        dict.fromkeys(p.id for p in doc.within(doc.places, sentence.start, sentence.end) if p.label == Label.PROVINCE)
    )
    return ids if len(ids) == 2 else []


def _locality_of(doc: ArticleDoc, side: str) -> str:
    """A country side's one province the article names (the locality that acts for it), else the side itself."""
    entity = doc.entities.get(side)
    if entity is None or entity.label != Label.COUNTRY:
        return side
    return agreement_parties.one_province_of(doc, side.removeprefix("country:").upper()) or side


def _signer(doc: ArticleDoc, s_start: int, head_end: int, enum_start: int) -> str | None:
    giua = _GIUA.search(doc.text, head_end, enum_start)
    if giua:
        org = doc.span_at(doc.orgs, giua.end())
        if org is not None:
            return org.id
    before = [o for o in doc.orgs if s_start <= o.start < head_end]
    return before[0].id if before else None


def _with_countries(doc: ArticleDoc, ids: list[str]) -> set[str]:
    """Party ids, the ids of their countries and the province a body is seated in (`UBND tỉnh Bến Tre` is Bến
    Tre's side)."""
    out = set(ids)
    governments = set()
    for pid in ids:
        ent = doc.entities.get(pid)
        iso = ent.properties.get("country") if ent is not None else None
        if iso:
            out.add(f"country:{iso.lower()}")
        if ent is not None and ent.label == Label.ORGANIZATION:
            governments.add(pid)
    return out | _seats(doc, governments)  # (a body seated in a province: `Guangzhou Municipal Government`)


def _seats(doc: ArticleDoc, bodies: set[str]) -> set[str]:
    """The provinces bodies are seated in (`UBND tỉnh X` in X)."""
    if not bodies:
        return set()
    return {
        dst
        for (rel, src, dst) in doc.relations
        if rel == RelType.BASED_IN and src in bodies and dst.startswith("province:")
    }


def _sides_as_places(doc: ArticleDoc, ids: list[str]) -> set[str]:
    """Party ids and the places their governments stand for: a provincial body's province (`UBND tỉnh X` is X's
    side), a national government's country; a ministry or a company stays a side of its own (an MoU of two
    agriculture ministries is not the two countries' MoU)."""
    out = set(ids)
    bodies = {pid for pid in ids if (ent := doc.entities.get(pid)) is not None and ent.label == Label.ORGANIZATION}
    for pid in bodies:
        props = doc.entities[pid].properties
        if props.get(Prop.KIND) == OrganizationKind.GOVERNMENT and props.get(Prop.COUNTRY):
            out.add(f"country:{str(props[Prop.COUNTRY]).lower()}")
    return out | _seats(doc, bodies)


def _other_side(doc: ArticleDoc, parties: list[str]) -> list[str]:
    """`Bộ Tài chính đã ký Biên bản ghi nhớ hợp tác tài chính …` in a story of the minister's talks abroad: a
    document read with one party only, that party one side of the article's main meeting, is signed with the
    other side (a document has two sides at least; none added when the meeting has no two sides)."""
    if len(parties) != 1 and not _one_locality(doc, parties):
        return parties
    sides = agreement_parties.main_event_sides(doc)
    countries = {agreement_parties.body_country(doc, side) for side in sides}
    own = agreement_parties.body_country(doc, parties[0])
    if len(sides) != 2 or own is None or own not in countries:
        return _the_page_s_other_place(doc, parties)
    return [*parties, *(side for side in sides if agreement_parties.body_country(doc, side) != own)]


def _the_page_s_other_place(doc: ArticleDoc, parties: list[str]) -> list[str]:
    """A document read with one party only, a place, on a page whose main meeting has no two sides: a country is one
    of the page's two main countries and signs with the other (`the Netherlands signed a Memorandum of Understanding
    … in Hanoi`); a locality is one of the page's two localities and signs with the other (`… signed by Banteay
    Meanchey` on a page about its ties with a Vietnamese province)."""
    if len(parties) != 1 or (ent := doc.entities.get(parties[0])) is None:
        return parties
    pair = (
        agreement_parties.two_main_countries(doc)
        if ent.label == Label.COUNTRY
        else agreement_parties.two_localities(doc)
        if ent.label == Label.PROVINCE
        else []
    )
    if len(pair) != 2 or parties[0] not in pair:
        return parties
    return [*parties, *(p for p in pair if p != parties[0])]


def _one_locality(doc: ArticleDoc, parties: list[str]) -> bool:
    """`UBND tỉnh A đã ký Bản ghi nhớ …` (the province's government, read with the province): a locality and its own
    bodies are one side, as one party is."""
    places = [p for p in parties if (ent := doc.entities.get(p)) is not None and ent.label == Label.PROVINCE]
    return len(places) == 1 and all(p in places or places[0] in _seats(doc, {p}) for p in parties)


def _most_specific(doc: ArticleDoc, parties: list[str]) -> list[str]:
    """The parties of mentions merged into one document, a country left out when a body of it is a party too
    (`Bộ trưởng A và Bộ trưởng B đã ký Bản ghi nhớ …` and a caption's `… giữa Việt Nam và Singapore`: the two
    ministries signed it, not four parties); a locality's Party Committee when the locality is a party too
    (`tại hội trường Tỉnh ủy X, hai tỉnh đã ký …`: the committee hosts, the province signs)."""
    covered = {
        f"country:{str(iso).lower()}"
        for p in parties
        if not p.startswith("country:")
        and (ent := doc.entities.get(p)) is not None
        and (iso := ent.properties.get("country"))
    }
    seated = {
        p
        for p in parties
        if (ent := doc.entities.get(p)) is not None
        and ent.properties.get(Prop.KIND) == OrganizationKind.PARTY_COMMITTEE
        and _seats(doc, {p}) & set(parties)
    }
    return [p for p in parties if p not in covered | seated and not _short_form_of_another(doc, p, parties)]


def _short_form_of_another(doc: ArticleDoc, party: str, parties: list[str]) -> bool:
    """`the RoK's Presidential Committee` signing what `the Presidential Committee on Balanced National
    Development` signed: a body of a known country whose whole name opens another party's name (of that country
    or of none read) is that party written short."""
    ent = doc.entities.get(party)
    if ent is None or ent.label != Label.ORGANIZATION:
        return False
    for other in parties:
        longer = doc.entities.get(other)
        if other == party or longer is None or longer.label != Label.ORGANIZATION:
            continue
        country = ent.properties.get(Prop.COUNTRY)
        if (
            longer.name.startswith(ent.name + " ")
            and country is not None  # (a bare `Bộ Ngoại giao` is ours, not the short form of another's)
            and longer.properties.get(Prop.COUNTRY) in (None, country)
        ):
            return True
    return False
