"""A country's ministry named head last with the country's adjective or possessive before its field (`the Vietnamese
Finance Ministry`, `the Cuban Health Ministry`, `India's External Affairs Ministry`): that country's ministry of the
field, the same node as its canonical name (`Bộ Tài chính`, `org:mof`), not a body keyed by the words as written.

Why a module of its own: the name reader reads the adjective as the name's first word (a capitalised word before the
head), so no gazetteer name is found and the body had been keyed by its spelling (`org:vietnamese-finance-ministry`);
a party scorer then added the canonical ministry beside it as another partner. Keyed like the other foreign bodies:
a Vietnamese ministry's field with another country is that country's counterpart (`org:bo-y-te-cu`, as the
Vietnamese stage keys `Bộ Y tế Cuba`), and a field no ministry of ours has is the country's `Ministry of <field>`
(`org:ministry-of-external-affairs-in`, as the officials stage keys its minister's ministry)."""

from __future__ import annotations

import re

from core.text import slug
from core.vocabulary import Label, OrganizationKind
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials_en import DEMONYMS, ministry_of_field
from loaders.entities.organizations import add_org_entity
from loaders.entities.organizations_en.codes import _country
from loaders.entities.organizations_en.emit import _emit
from loaders.entities.organizations_en.foreign import _add_foreign_counterpart
from loaders.gazetteer import GazetteerEntry

_FIELD = r"(?P<field>[A-Z][\w'’\-]*(?:(?:,? and |, | & | )[A-Z][\w'’\-]*){0,5})"
_ADJECTIVE_FIELD_MINISTRY = re.compile(
    r"(?:[Tt]he )?(?P<adjective>"
    + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))
    + rf") {_FIELD} Ministry"
)
"""`Vietnamese Finance Ministry`, `the Indian External Affairs Ministry`: an adjective, a field, the head last."""
_FIELD_MINISTRY = re.compile(rf"{_FIELD} Ministry")
"""`Commerce Ministry` after its country's possessive or name (`China's Commerce Ministry`)."""


def _country_ministry(
    doc: ArticleDoc, lex: Lexicon, span: Span, base: str, main_ministry: GazetteerEntry | None
) -> bool:
    """Key a head-last ministry named with its country's adjective (in the name) or its possessive or name (the
    span's place) as that country's ministry of the field; True when done, False to leave it to the other keys."""
    place: Span | None = span.data.get("place")
    if place is None:
        m = _ADJECTIVE_FIELD_MINISTRY.fullmatch(span.text)
        iso = DEMONYMS.get(m.group("adjective")) if m else None
    elif place.label == Label.COUNTRY:
        m = _FIELD_MINISTRY.fullmatch(base)
        iso = _country(place)
    else:
        return False
    country = lex.gaz.country(iso) if m and iso else None
    if m is None or iso is None or country is None or not country.id.startswith("country:"):
        return False
    field = m.group("field")
    own = _of_field(lex, field, iso)
    if own is not None:  # `the Vietnamese Finance Ministry`, `China's Commerce Ministry`: the known ministry
        span.data.update(entry=own, place=None, head=None)
        add_org_entity(doc, lex, span, main_ministry)
        return True
    if iso == "VN":
        return False
    country_span = place or Span(span.start, span.start, country.id, Label.COUNTRY, country.name, {"entry": country})
    home = _of_field(lex, field, "VN")
    if home is not None:  # `the Cuban Health Ministry`: the counterpart of our `Ministry of Health`
        _add_foreign_counterpart(doc, span, home, country_span)
        return True
    english = country.properties.get("name_en") or country.name
    _emit(
        doc,
        span,
        f"org:ministry-of-{slug(field)}-{iso.lower()}",
        f"Ministry of {field}",
        OrganizationKind.MINISTRY,
        iso,
        country_span,
        [span.text, f"Ministry of {field} of {english}"],
    )
    return True


def _of_field(lex: Lexicon, field: str, iso: str) -> GazetteerEntry | None:
    """The known ministry of a country by its field as a head-last name writes it, also without `Affairs` (`Foreign
    Ministry` is the `Ministry of Foreign Affairs`)."""
    return ministry_of_field(lex, field, iso) or ministry_of_field(lex, f"{field} Affairs", iso)
