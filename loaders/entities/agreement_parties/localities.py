"""Vietnamese cities below a province, which no stage reads as places, as sides by their people's
committee (`Ủy ban nhân dân thành phố Sa Đéc`, `giữa chính quyền hai thành phố`, `giữa hai thành phố A và B`).

Apart because a twinning of cities names its Vietnamese side by a body the page names elsewhere."""

from __future__ import annotations

import re

from core.text import fold
from core.vocabulary import Label, Prop
from loaders.entities.agreement_parties.countries import body_country
from loaders.entities.agreement_parties.mentions import _ids
from loaders.entities.agreement_parties.spans import _sides_between
from loaders.entities.cities import CITY_KIND
from loaders.entities.doc import ArticleDoc, Span
from loaders.letters import UPPER

_CITY_COMMITTEE = re.compile(
    r"^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Chính quyền nhân dân|Chính quyền)\s+(?:thành phố|TP\.?|thị xã|huyện)\s+"
    r"(?P<name>[" + UPPER + r"][^\s,;()]*(?:\s+[" + UPPER + r"][^\s,;()]*){0,3})$",
    re.I,
)


def _sides_named_after_their_kind(doc: ArticleDoc, at: int, end: int) -> list[str]:
    """`giữa hai thành phố A và B`, `giữa 2 tỉnh A và B`: sides counted by their kind, then named right after it,
    are the sides named (not the page's two sides of that kind)."""
    if doc.article.lang == "en":
        return []
    named, about = _sides_between(doc, at, end)
    named = _with_cities_of_their_committees(doc, at, about.start() if about else end, named)
    if len(named) < 2 or doc.text[at : named[0].start].strip():
        return []
    return _ids(doc, named)


_AUTHORITIES_OF = re.compile(r"(?:chính quyền|lãnh đạo|nhân dân)\s+(?=(?:hai|2)\s)", re.I)
_AUTHORITIES_OF_EN = re.compile(
    r"(?:the\s+)?(?:[a-z]+\s+)?(?:bodies|authorities|administrations|leaders|legislatures|parliaments)"
    r"\s+of\s+(?=(?:the\s+)?(?:two|both)\s)"
)
"""`between the elected bodies of the two cities`, `the authorities of both provinces`: the sides' bodies of no named
kind, each side standing for its own (as `chính quyền hai thành phố`)."""
_TWO_CITIES = re.compile(r"(?:hai|2)\s+thành phố", re.I)


def two_cities(doc: ArticleDoc) -> list[str]:
    """The page's two cities, one of each of two countries: a foreign city a stage read as a place, and a Vietnamese
    city by its people's committee (no stage reads it as a place); none unless exactly two."""
    cities = list(
        dict.fromkeys(
            p.id
            for p in doc.places
            if p.label == Label.PROVINCE
            and (e := doc.entities.get(p.id)) is not None
            and e.properties.get(Prop.KIND) == CITY_KIND
        )
    )
    names = {fold(doc.entities[c].name) for c in cities}
    cities += list(
        dict.fromkeys(
            o.id
            for o in doc.orgs
            if city_committee(doc, o.id)
            and (m := _CITY_COMMITTEE.match(doc.entities[o.id].name)) is not None
            and fold(m.group("name")) not in names  # (`chính quyền nhân dân thành phố X` of a city read: X's side)
        )
    )
    return cities if len(cities) == 2 and len({body_country(doc, c) for c in cities}) == 2 else []


def city_committee(doc: ArticleDoc, party: str) -> bool:
    """The party is a Vietnamese city's people's committee (`UBND thành phố Sa Đéc`): a locality's side, as a
    province is."""
    entity = doc.entities.get(party)
    return entity is not None and entity.label == Label.ORGANIZATION and bool(_CITY_COMMITTEE.match(entity.name))


def _with_cities_of_their_committees(doc: ArticleDoc, start: int, end: int, named: list[Span]) -> list[Span]:
    """`Hiệp ước kết nghĩa giữa Sa Đéc và Incheon` on a page that names `Ủy ban nhân dân thành phố Sa Đéc`: a
    Vietnamese city below a province, which no stage reads as a place, is a side by its people's committee (the
    body the page names for it), not left out nor taken for its province."""
    committees: dict[str, Span] = {}
    for org in doc.orgs:
        m = _CITY_COMMITTEE.match(org.text)
        if m is not None:
            committees.setdefault(m.group("name"), org)
    if not committees:
        return named
    found = list(named)
    for name, org in committees.items():
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text[start:end]):
            at = start + m.start()
            if not any(sp.start <= at < sp.end for sp in found) and org.id not in {sp.id for sp in found}:
                found.append(Span(at, at + len(name), org.id, org.label, name))
    return sorted(found, key=lambda sp: sp.start)
