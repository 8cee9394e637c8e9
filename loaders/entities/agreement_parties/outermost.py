"""Which names between two offsets are candidate parties (`outermost`): organisations and places not inside
another, with a country or province that only qualifies the party before it dropped (`tỉnh Sơn Đông, Trung
Quốc`, `Kakogawa city, Hyogo prefecture of Japan`).

Apart because the party slots, the partner lists and the reading of a clause's commas all rely on it."""

from __future__ import annotations

import re

from core.vocabulary import Label, Prop
from loaders.entities.agreement_parties.countries import _country_of
from loaders.entities.cities import CITY_KIND
from loaders.entities.doc import ArticleDoc, Span


def outermost(doc: ArticleDoc, start: int, end: int) -> list[Span]:
    """Organisations and places between two offsets, those inside another dropped, and a country right
    after `, ` (or `of`) following a party dropped too (it qualifies that party)."""
    spans = sorted(
        [o for o in doc.orgs if start <= o.start < end] + [p for p in doc.places if start <= p.start < end],
        key=lambda sp: (sp.start, -(sp.end - sp.start)),
    )
    out: list[Span] = []
    qualifier: Span | None = None  # the last country dropped as its party's qualifier
    for sp in spans:
        if out and sp.start < out[-1].end:
            continue
        if out and (_qualifies(doc, out[-1], sp) or _qualifies_city(doc, out[-1], sp)):
            qualifier = sp
            continue
        if (
            qualifier is not None
            and sp.id == qualifier.id
            and _BRACKET_OPEN.fullmatch(doc.text, qualifier.end, sp.start)
        ):
            continue  # `… of the Republic of Korea (RoK)`: the qualifier's short form in brackets
        out.append(sp)
    return out


_BRACKET_OPEN = re.compile(r"\s*\(\s*")


def _qualifies(doc: ArticleDoc, party: Span, sp: Span) -> bool:
    """A country right after a province or body's name and `, ` or `(` (`Bavaria, Germany`), or after a body's
    name and `of` (`the Presidential Committee on … of the Republic of Korea`): that party's country, no party."""
    if sp.label != Label.COUNTRY or party.label not in (Label.PROVINCE, Label.ORGANIZATION):
        return False
    between = doc.text[party.end : sp.start]
    if re.fullmatch(r"\s*(?:,\s*|\(\s*)", between):
        return True
    return party.label == Label.ORGANIZATION and bool(re.fullmatch(r"\s+(?:of|của)\s+(?:the\s+)?", between))


# Between a foreign city and the province or country that places it: no word that joins another party.
_CITY_QUALIFIER = re.compile(r"(?:(?!\b(?:and|và|with|với|between|giữa)\b)[^;.])*")
_CITY_QUALIFIER_REACH = 60  # characters


def _qualifies_city(doc: ArticleDoc, city: Span, place: Span) -> bool:
    """`Kakogawa city, Hyogo prefecture of Japan`, `Okcheon county in the Republic of Korea's Chungcheongbuk
    province`: the province and the country right after a foreign city say where it is; they are no parties."""
    entity = doc.entities.get(city.id)
    if (
        entity is None
        or entity.properties.get(Prop.KIND) != CITY_KIND
        or "-city-" not in city.id  # a city read from the text, not a gazetteer's city-province (`Ho Chi Minh City`)
        or place.label not in (Label.PROVINCE, Label.COUNTRY)
    ):
        return False
    if place.start - city.end > _CITY_QUALIFIER_REACH or not _CITY_QUALIFIER.fullmatch(doc.text, city.end, place.start):
        return False
    iso = str(entity.properties.get(Prop.COUNTRY) or "").lower()
    return place.id == f"country:{iso}" or str(_country_of(doc, place.id) or "").lower() == iso
