"""Whose country a person or a place is, and the places a stretch of text names: what tells a visitor from his host."""

from __future__ import annotations

import re

from core.vocabulary import EventKind, Prop, RelType
from loaders.entities.doc import ArticleDoc, Span
from loaders.first_letters import compile_gated

_AT = compile_gated(r"\b(?:tại|in|at)\s+(?:trụ sở\s+|thủ đô\s+|thành phố\s+|tỉnh\s+|the\s+)?", re.I)
_TO = compile_gated(r"\b(?:tới|sang|đến|thăm(?: cấp Nhà nước| chính thức)?(?: tới)?|to|visited)\s+", re.I)


def _home_of(doc: ArticleDoc, person: str) -> str | None:
    """Where a person is at home: the province the body he holds a post at is based in, else its country."""
    body = doc.employer(person)
    if body is None:
        return None
    province = next(
        (
            dst
            for (rel, src, dst) in doc.relations
            if rel == RelType.BASED_IN and src == body and dst.startswith("province:")
        ),
        None,
    )
    return province or _country_of(doc, person)


def _country_of_place(doc: ArticleDoc, place: Span) -> str | None:
    """The country a place lies in (itself, for a country)."""
    if place.id.startswith("country:"):
        return place.id
    ent = doc.entities.get(place.id)
    iso = ent.properties.get(Prop.COUNTRY) if ent is not None else None
    return f"country:{str(iso).lower()}" if iso else None


_RESIDENT = re.compile(r"\b(?:ambassador|đại sứ|consul|lãnh sự|chargé|representative|trưởng đại diện|đại biện)\b", re.I)
"""A guest who lives in the host's country (an ambassador, a consul, a representative office's head): no visit."""


def _resident(doc: ArticleDoc, person: str) -> bool:
    """Whether a person's title read for him is an ambassador's or a consul's."""
    return any(
        rel.type == RelType.HOLDS_POSITION
        and rel.source == person
        and _RESIDENT.search(str(rel.properties.get("title") or ""))
        for rel in doc.relations.values()
    )


def _country_of(doc: ArticleDoc, person: str) -> str | None:
    """The country a person is there for: that of the body or place he holds a post at."""
    body = doc.employer(person)
    if body is None:
        return None
    if body.startswith("country:"):
        return body
    ent = doc.entities.get(body)
    iso = ent.properties.get(Prop.COUNTRY) or ent.properties.get(Prop.ISO2) if ent is not None else None
    return f"country:{str(iso).lower()}" if iso else None


def _places(doc: ArticleDoc, start: int, end: int, kind: str) -> list[Span]:
    out = []
    for rx in (_AT, _TO) if kind == EventKind.VISIT else (_AT,):
        for m in rx.finditer(doc.text, start, end):
            # (the place's own name may hold the word the pattern steps over: `tại Thành phố Hồ Chí Minh`)
            bare = m.start() + len(m.group(0).split()[0]) + 1
            hit = next(
                (sp for at in (m.end(), bare) for sp in (doc.span_at(doc.places, at), doc.span_at(doc.orgs, at)) if sp),
                None,
            )
            if hit is not None and hit not in out:
                out.append(hit)
                nxt = doc.text[hit.end : hit.end + 2] == ", " and doc.span_at(doc.places, hit.end + 2)
                if nxt:
                    out.append(nxt)
    return out
