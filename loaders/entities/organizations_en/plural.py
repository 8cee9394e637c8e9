"""Bodies named jointly in the plural: `the Ministries of Foreign Affairs of Kazakhstan and Vietnam`, `the Mongolian
and Vietnamese foreign ministries` are one ministry of each country, named with the text's own words (`Ministry of
Foreign Affairs of Kazakhstan`, `Mongolian foreign ministry`), as docs/annotation-conventions.md decides.

Why a reader of its own: every head rule reads one body from its head word; a plural head shared by two countries
names two bodies that no span of the text spells out, so each is given the words of the text that name it (the
plural made singular, with its own country) and sits on its country's name, where the page names it."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span, overlaps
from loaders.entities.officials_en import DEMONYMS
from loaders.first_letters import compile_gated

_PLURAL_OF = compile_gated(
    r"(?<![\w'’])(?P<head>[Mm]inistries|[Dd]epartments) of (?P<field>[A-Z][\w'’\-]*(?:,? (?:and |of )?[A-Z][\w'’\-]*)*)"
    r" of (?:the )?"
)
"""`Ministries of Foreign Affairs of `, `ministries of Planning and Investment of `: the plural head and its field, up to
the `of` before the countries."""
_ADJECTIVES_BEFORE = compile_gated(
    r"(?<![\w'’])(?P<first>[A-Z][\w\-]*) and (?P<second>[A-Z][\w\-]*) (?P<field>(?:[a-z]+ ){1,3})"
    r"(?P<head>ministries|Ministries)\b"
)
"""`Mongolian and Vietnamese foreign ministries`: two countries' adjectives, the field in lowercase, the plural."""
_AND = re.compile(r",? and (?:the )?")


def _singular(plural: str) -> str:
    """`Ministries` -> `Ministry`, `departments` -> `Department`: the head of one of the bodies."""
    word = plural.lower()
    return (word[:-3] + "y" if word.endswith("ies") else word[:-1]).capitalize()


def _country_at(doc: ArticleDoc, at: int) -> Span | None:
    place = doc.span_at(doc.places, at)
    return place if place is not None and place.label == Label.COUNTRY and "entry" in place.data else None


def jointly_named(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """One body per country of each plural head the text shares between two countries: `Ministry of F of A` on A's
    name and `Ministry of F of B` on B's; `A' F ministry` and `B' F ministry` on each adjective. Nothing where a rule
    read a body over the same words."""
    text = doc.text
    out: list[Span] = []
    for m in _PLURAL_OF.finditer(text):
        first = _country_at(doc, m.end())
        joint = _AND.match(text, first.end) if first is not None else None
        second = _country_at(doc, joint.end()) if joint is not None else None
        if first is None or second is None or second.id == first.id or overlaps(found, m.start(), second.end):
            continue
        singular = _singular(m.group("head"))
        for country in (first, second):
            base = f"{singular} of {m.group('field')}"
            data = {"head": singular, "place": country, "base": base}
            out.append(Span(country.start, country.end, "", Label.ORGANIZATION, f"{base} of {country.text}", data))
    for m in (
        _ADJECTIVES_BEFORE.finditer(text) if "inistries" in text else ()
    ):  # (its look-behind first: every position)
        adjectives = (m.group("first"), m.group("second"))
        if not all(a in DEMONYMS for a in adjectives) or overlaps(found, m.start(), m.end()):
            continue
        field = m.group("field").strip()
        for at, adjective in ((m.start("first"), adjectives[0]), (m.start("second"), adjectives[1])):
            name = f"{adjective} {field} {m.group('head')[0]}inistry"
            out.append(
                Span(
                    at,
                    at + len(adjective),
                    "",
                    Label.ORGANIZATION,
                    name,
                    {"head": _singular(m.group("head")), "place": None},
                )
            )
    return out
