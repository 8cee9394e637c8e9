"""The two sides of the page's main meeting (`main_event_sides`): the bodies of its people, or one side and
where the visit goes, or a locality and the page's other one.

What `hai bên`, `both sides` and a document with no party named stand for on a page about a meeting."""

from __future__ import annotations

from collections import Counter

from core.vocabulary import Label
from loaders.entities.agreement_parties.countries import body_country, two_main_countries
from loaders.entities.agreement_parties.mentions import party_ids
from loaders.entities.agreement_parties.states import _governments_at_a_commission
from loaders.entities.doc import ArticleDoc


def main_event_sides(doc: ArticleDoc) -> list[str]:
    """The two bodies of different countries the article's main meeting is between, when it is so (else none)."""
    sides = _main_event_sides(doc)
    countries = {body_country(doc, side) for side in sides}
    if len(sides) == 2 and len(countries) == 2 and None not in countries:
        return _governments_at_a_commission(doc, sides)
    main = next((sp for sp in doc.events if (e := doc.entities.get(sp.id)) and e.properties.get("main")), None)
    if main is None:
        return []
    if len({p.id for p in main.data["event"].people}) >= 2:
        if len(sides) == 1 and (other := _other_locality(doc, sides[0])) is not None:
            return [sides[0], other]  # a province's leader meets a guest whose post no stage read: the page's other one
        both = two_main_countries(doc)  # `Prime Minister Thongloun … and his Vietnamese counterpart …`: their countries
        return both if len(both) == 2 else []
    if len(sides) == 1:
        # one side read (`Minister of Finance X paid an official visit to Cuba`, `Thủ tướng tiếp Bộ trưởng … Saudi
        # Arabia`): the other is where the visit goes, else the article's other main country
        own = body_country(doc, sides[0])
        for place in main.data["event"].places:
            if place.id in doc.entities and place.id != sides[0] and body_country(doc, place.id) != own:
                return [sides[0], _at_the_side_s_level(doc, sides[0], place.id)]
        other = next((c for c in two_main_countries(doc) if body_country(doc, c) != own), None)
        return [sides[0], other] if other is not None else []
    return []


def _at_the_side_s_level(doc: ArticleDoc, side: str, place: str) -> str:
    """Where a visit goes, as the other side of a country: a province visited (`Dung begins his visit in Bihar`)
    stands for its country when the one side read is a country (a prime minister's, say), as a state signs with a
    state; a province stays the other side of a body or a province."""
    side_ent, place_ent = doc.entities.get(side), doc.entities.get(place)
    if side_ent is None or side_ent.label != Label.COUNTRY or place_ent is None or place_ent.label != Label.PROVINCE:
        return place
    iso = body_country(doc, place)
    country = f"country:{iso.lower()}" if iso else None
    return country if country is not None and country in doc.entities else place


def _other_locality(doc: ArticleDoc, side: str) -> str | None:
    """When one side of a meeting is a locality (`Tỉnh trưởng tỉnh A tiếp đoàn tỉnh B do Chủ tịch X dẫn đầu`), the
    other is the locality the page names most of the other country (of the page's two), not that country."""
    ent = doc.entities.get(side)
    if ent is None or ent.label != Label.PROVINCE:
        return None
    own = body_country(doc, side)
    other = next((body_country(doc, c) for c in two_main_countries(doc) if body_country(doc, c) != own), None)
    counts = Counter(p.id for p in doc.places if p.label == Label.PROVINCE and body_country(doc, p.id) == other)
    return counts.most_common(1)[0][0] if other is not None and counts else None


def _main_event_sides(doc: ArticleDoc) -> list[str]:
    """The bodies of the people of the article's main event (one per person, in order), if it has one."""
    for span in doc.events:
        ent = doc.entities.get(span.id)
        if ent is None or not ent.properties.get("main"):
            continue
        sides: list[str] = []
        for p in span.data["event"].people:
            body = next(iter(party_ids(doc, p)), None)  # the body they serve, else their country
            if body is not None and body not in sides:
                sides.append(body)
        return sides
    return []
