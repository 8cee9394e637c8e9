"""Mapping a mention to the entities it stands for (`party_ids`): a provincial government together with its
province, a person the body they serve (else their country), a country after a plural of its provinces those
provinces.

Every form ends by turning the spans it read into ids, so this lives below them all."""

from __future__ import annotations

import re

from core.vocabulary import Label, OrganizationKind, Prop
from loaders.entities.agreement_parties.countries import _country_of
from loaders.entities.doc import ArticleDoc, Span


def _ids(doc: ArticleDoc, spans: list[Span]) -> list[str]:
    ids: list[str] = []
    for sp in spans:
        ids.extend(i for i in party_ids(doc, sp) if i not in ids)
    return ids


_PROVINCES_OF = re.compile(
    r"(?:\b(?:các|những|\d{1,2}|hai|ba|bốn|năm|sáu|bảy)\s+tỉnh(?:\s+(?:phía\s+|vùng\s+|miền\s+)?"
    r"(?:Bắc|Nam|Đông|Tây|Trung|Thượng|Hạ|biên giới|Bắc Trung|Nam Trung|Đông Bắc|Tây Bắc|Đông Nam|Tây Nam))?"
    r"|\bprovinces\s+of(?:\s+the)?)\s+(?:[A-ZĐ]\w*\s*\(\s*)?(?:(?:nước|of)\s+)?$"
)
"""A country right after a plural of its provinces (`các tỉnh Bắc Lào`, `4 tỉnh Nam Lào`, a count written with a
leading zero: `09 tỉnh nước CHDCND Lào`, `the provinces of Laos`), or in brackets after it (`các tỉnh Bắc Lào (nước
CHDCND Lào)`)."""


def _named_provinces_of(doc: ArticleDoc, country: str) -> list[str]:
    """The provinces of a country the article names, in the order it first names them."""
    ent = doc.entities.get(country)
    iso = str(ent.properties.get(Prop.ISO2) or "").upper() if ent is not None else ""
    if not iso:
        return []
    return list(
        dict.fromkeys(
            p.id
            for p in sorted(doc.places, key=lambda p: p.start)
            if p.label == Label.PROVINCE and str(_country_of(doc, p.id) or "").upper() == iso
        )
    )


_BARE_GOVERNMENT = frozenset({"chính phủ", "government", "the government", "governments", "chính quyền"})
_MANY_BEFORE = re.compile(r"(?:\b(?:hai|các|cấp|hai bên|two|both|trụ sở)\s+)$", re.I)
_MANY_AFTER = re.compile(r"\s+(?:hai\s+(?:nước|bên)|các\s+nước|of\s+(?:the\s+two|both)\b)", re.I)


def _governments_of_many(doc: ArticleDoc, span: Span) -> bool:
    """A government written without its country that is no one government: both sides' (`giữa hai Chính phủ`,
    `Chính phủ hai nước`, `the governments of both countries`), a level (`văn kiện cấp Chính phủ`) or a building
    (`tại trụ sở Chính phủ`). Read as the home country's Government it would make it a party of a document
    the two states signed; the plural forms name the two sides themselves (`two_sides`)."""
    if span.text.lower() not in _BARE_GOVERNMENT:
        return False
    return bool(
        _MANY_BEFORE.search(doc.text, max(0, span.start - 12), span.start) or _MANY_AFTER.match(doc.text, span.end)
    )


def party_ids(doc: ArticleDoc, span: Span) -> list[str]:
    """A party's ids: a provincial government together with its province; a person, the body they serve; none for a
    government written without its country that stands for several (`Chính phủ hai nước`)."""
    if span.label == Label.ORGANIZATION and _governments_of_many(doc, span):
        return []
    if span.label == Label.OFFICIAL:
        if body := doc.employer(span.id):
            return [body]
        person = doc.entities.get(span.id)
        iso = person.properties.get(Prop.COUNTRY) if person is not None else None
        country = f"country:{iso.lower()}" if iso else None  # `with his Vietnamese counterpart X`: X's country
        return [country] if country in doc.entities else []
    if span.label == Label.COUNTRY and _PROVINCES_OF.search(doc.text, max(0, span.start - 40), span.start):
        provinces = _named_provinces_of(doc, span.id)
        if len(provinces) >= 2:
            return provinces  # `với các tỉnh Bắc Lào`, `the northern provinces of Laos`: those the page names
    ids = [span.id]
    if span.label == Label.ORGANIZATION:
        ent = doc.entities.get(span.id)
        if ent is not None and ent.properties.get(Prop.KIND) == OrganizationKind.PROVINCIAL_GOVERNMENT:
            place = span.data.get("place")
            if place is not None:
                ids.append(place.id)
    return [i for i in ids if i]
