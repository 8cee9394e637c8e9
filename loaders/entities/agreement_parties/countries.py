"""The page's countries and localities, ranked, and a side's country (`body_country`).

A side no form names (`hai nước`, `the two sides`, the countries of an FTA) is read from the countries and places
the page names most (`two_main_countries`, `only_two_countries`, `two_localities`); every other module asks these,
so they live at the bottom."""

from __future__ import annotations

from collections import Counter

from core.vocabulary import Label, Prop
from loaders.entities.doc import VIETNAM, ArticleDoc, Span


def one_province_of(doc: ArticleDoc, iso: str | None) -> str | None:
    """The one province of a country (upper-case ISO code; None: of any country but Việt Nam) the article names,
    else None (it names several or none)."""
    ids = {
        p.id
        for p in doc.places
        if p.label == Label.PROVINCE
        and (_country_of(doc, p.id) == iso if iso else _country_of(doc, p.id) not in (None, "VN"))
    }
    return ids.pop() if len(ids) == 1 else None


def _most_named_of_two_countries(doc: ArticleDoc, counts: dict[str, int]) -> list[str]:
    """Of bodies counted by mentions, the one named most of each country, when exactly two countries have one."""
    best: dict[str, str] = {}
    for body in sorted(counts, key=lambda b: -counts[b]):
        country = body_country(doc, body)
        if country is not None:
            best.setdefault(country, body)
    return list(best.values()) if len(best) == 2 else []


def two_localities(doc: ArticleDoc) -> list[str]:
    """The place below a country the page names most of each of two countries, when exactly two countries have
    one (the two localities a page about their ties is about)."""
    return _most_named_of_two_countries(doc, Counter(p.id for p in doc.places if p.label == Label.PROVINCE))


def _country_of(doc: ArticleDoc, place_id: str) -> str | None:
    ent = doc.entities.get(place_id)
    return ent.properties.get(Prop.COUNTRY) if ent is not None else None


def body_country(doc: ArticleDoc, body: str) -> str | None:
    """A side's country: a country itself, else the country its entity is of (`_country_of`)."""
    ent = doc.entities.get(body)
    if ent is not None and ent.label == Label.COUNTRY:
        return str(ent.properties.get(Prop.ISO2) or body)
    return _country_of(doc, body)


def _ranked(doc: ArticleDoc, label: str) -> list[str]:
    """The places of a label, named most first (ties: the first named first)."""
    counts: dict[str, int] = {}
    for p in doc.places:
        if p.label == label and not _filed_from(doc, p):
            counts[p.id] = counts.get(p.id, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def _filed_from(doc: ArticleDoc, place: Span) -> bool:
    """Whether a place is the one a story was filed from (`Vientiane (VNA) – …`, `HANOI – …`): no side of what it
    tells, so no locality of its `the two sides`."""
    marks = doc.datelines
    return marks.filed_from(place.start, place.end) or (
        doc.text[place.start : place.end].isupper() and marks.place_in_capitals(place.start, place.end)
    )


def _ranked_countries(doc: ArticleDoc) -> list[str]:
    """The countries named most, a province named counting for its country (`Seoul and Hanoi`: Korea too)."""
    counts: dict[str, int] = {}
    for p in doc.places:
        if p.label == Label.COUNTRY:
            counts[p.id] = counts.get(p.id, 0) + 1
        elif p.label == Label.PROVINCE and (iso := _country_of(doc, p.id)):
            country = f"country:{str(iso).lower()}"
            if country in doc.entities:
                counts[country] = counts.get(country, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def only_two_countries(doc: ArticleDoc) -> list[str]:
    """The two countries of a page that names exactly two, and no province of a third: `cooperation
    documents on energy and mineral resources` signed on Viet Nam's president's visit to Indonesia are between
    those two. None on a page of more or fewer."""
    named = {p.id for p in doc.places if p.label == Label.COUNTRY}
    return sorted(named) if len(named) == 2 and set(_ranked_countries(doc)) == named else []


def two_main_countries(doc: ArticleDoc) -> list[str]:
    """The article's home country and the foreign one named most (its provinces counting for it); with no home
    country (English), Viet Nam if it is named (Viet Nam's news in English), else the two named most."""
    ranked = _ranked_countries(doc)
    home = doc.home_country or (VIETNAM if VIETNAM in ranked else None)
    if home is None:
        return ranked[:2]
    if doc.home_country is None and (lead := _lead_partner(doc, home)) is not None:
        return [home, lead]
    return [home, *[c for c in ranked if c != home][:1]]


_LEAD_WORDS = 4


def _lead_partner(doc: ArticleDoc, home: str) -> str | None:
    """The one foreign country an English page's first sentence names (its headline or lead: `Korea, Vietnam agree
    to cooperate in …`): the side its story is about, though the body may name a third country more often (`to
    reduce dependence on China`, said five times). None when it names none or several. A line of fewer than
    `_LEAD_WORDS` words before it is the outlet's masthead (`The Star Malaysia`), no sentence of the story."""
    first = next((s for s in doc.sentences if len(doc.text[s.start : s.end].split()) >= _LEAD_WORDS), None)
    if first is None:
        return None
    named = {
        country
        for p in doc.places
        if first.start <= p.start < first.end and (country := _country_id(doc, p)) is not None and country != home
    }
    return named.pop() if len(named) == 1 else None


def _country_id(doc: ArticleDoc, place: Span) -> str | None:
    """A country's id, or the id of the country a province is of (`Seoul`: Korea), if the page has it."""
    if place.label == Label.COUNTRY:
        return place.id
    iso = _country_of(doc, place.id) if place.label == Label.PROVINCE else None
    country = f"country:{str(iso).lower()}" if iso else None
    return country if country in doc.entities else None
