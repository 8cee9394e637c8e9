"""Whose body a name is: the place or country written right before it as a possessive (`Japan's`, `Victoria’s`), an
adjective (`the Singaporean …`) or its name (`US Department of …`), or the place the name begins with (`Lao Cai
Provincial People's Committee`, `Ho Chi Minh City Department of …`); and the aliases a body gets from that form.

Reading a name, keying a known body's foreign counterpart and writing aliases all ask it, so it lives below them."""

from __future__ import annotations

import re

from core.vocabulary import Label, Prop
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials_en import DEMONYMS
from loaders.entities.organizations_en.codes import _country
from loaders.entities.organizations_en.words import _POSSESSIVE_ENDS
from loaders.entities.places import add_place_entity
from loaders.first_letters import compile_gated
from loaders.gazetteer import GazetteerEntry


def _possessor(doc: ArticleDoc, head_start: int) -> Span | None:
    """The place whose body a name is, written as a possessive right before it (`Japan's`, `Laos’`, `Victoria’s`)."""
    text = doc.text
    for ending in _POSSESSIVE_ENDS:
        end = head_start - len(ending) - 1
        if end > 0 and text.startswith(ending + " ", end):
            return next((p for p in doc.places if p.end == end), None)
    return None


_DEMONYM_RIGHT_BEFORE = compile_gated(r"(?<![\w'’.])([A-Z][a-z]+) $")


def _owner_as_written(doc: ArticleDoc, span: Span) -> None:
    """`Vietnam’s Ministry of Agriculture …`, `Việt Nam’s Ministry of …`, `the Vietnamese Ministry of …`: a body
    named with its own country's possessive or adjective before it is known by that form too (an alias as the page
    writes it), whichever spelling of the country the page uses; so is a unit named with its parent body's
    possessive (`MPI’s Foreign Investment Agency`)."""
    ent = doc.entities.get(span.id) if span.id else None
    if ent is None:
        return
    country = ent.properties.get(Prop.COUNTRY)
    owner = _possessor(doc, span.start)
    written = None
    if owner is not None and owner.label == Label.COUNTRY and owner.data["entry"].properties.get(Prop.ISO2) == country:
        written = doc.text[owner.start : span.end]
    parent = next(
        (o for o in doc.orgs if o.id and doc.text.startswith(("'s ", "’s "), o.end) and o.end + 3 == span.start), None
    )
    if parent is not None:  # `MPI’s Foreign Investment Agency`, `CPV’s Commission for …`: a body's own unit
        written = doc.text[parent.start : span.end]
    adjective = _DEMONYM_RIGHT_BEFORE.search(doc.text, max(0, span.start - 20), span.start) if not written else None
    if adjective is not None and country and DEMONYMS.get(adjective.group(1)) == country:
        written = doc.text[adjective.start(1) : span.end]
    named = None if written or not country else _country_right_before(doc, span.start, country)
    if named is not None:
        written = doc.text[named : span.end]  # `the US Department of Homeland Security`: its country's name
    if written and written != ent.name and written not in ent.aliases:
        ent.aliases.append(written)


_NAME_RIGHT_BEFORE = compile_gated(r"(?<![\w'’.\-])((?:[A-Z]\.){2,}|[A-Z][\w\-]*(?: [A-Z][\w\-]*)?) $")


def _country_right_before(doc: ArticleDoc, start: int, iso2: str) -> int | None:
    """Where the body's own country is named right before its name, as a modifier (`US Department of …`, `U.S.
    Department of …`, `New Zealand Ministry of …`): the page's places do not read it there, as a name runs on."""
    m = _NAME_RIGHT_BEFORE.search(doc.text, max(0, start - 24), start)
    if m is None:
        return None
    words = m.group(1).split()
    for i in range(len(words)):  # (the longest name that ends right before the body's)
        name = " ".join(words[i:])
        if any(e.properties.get(Prop.ISO2) == iso2 for e in doc.lexicon.find(name, Label.COUNTRY)):
            return m.end() - 1 - len(name)
    return None


def _province_named_first(doc: ArticleDoc, lex: Lexicon, start: int, head_start: int) -> Span | None:
    """The province a state body's name begins with when the places stage did not read it there (no cue before it):
    the longest run of the name's first words the gazetteer knows as a province (`Ho Chi Minh City`, `Da Nang`)."""
    words = list(re.finditer(r"[\w'’][\w'’\-]*", doc.text[start:head_start]))  # (`Ba Ria - Vung Tau`: no dash)
    countries = {_country(p) for p in doc.places}  # (only a province of a country the article speaks of)
    for k in range(min(len(words), 4), 0, -1):
        end = start + words[k - 1].end()
        found = [e for e in lex.find(doc.text[start:end], Label.PROVINCE) if e.label == Label.PROVINCE]
        if len(found) == 1 and found[0].properties.get(Prop.COUNTRY) in countries:
            add_place_entity(doc, found[0], start)
            return Span(start, end, found[0].id, Label.PROVINCE, doc.text[start:end], {"entry": found[0]})
    return None


def _place_inside(doc: ArticleDoc, start: int, head_start: int) -> Span | None:
    """The place a head-final name begins with (`Lao Cai Provincial People's Committee`)."""
    return next((p for p in doc.places if start <= p.start < head_start), None)


def _foreign_owner(doc: ArticleDoc, lex: Lexicon, span: Span, entry: GazetteerEntry) -> Span | None:
    """The other country a known body's name is written with, right before it: its possessive (`Singapore's
    Ministry of Industry and Trade`) or its adjective (`the Singaporean Ministry of …`, `the Lao Ministry of …`);
    that country's body of the same name, not the gazetteer's (a Vietnamese ministry's name is many countries')."""
    own = entry.properties.get(Prop.COUNTRY)
    possessor = _possessor(doc, span.start)
    if possessor is not None:
        if possessor.label == Label.COUNTRY and _country(possessor) not in (None, own):
            return possessor
        return None
    adjective = _DEMONYM_RIGHT_BEFORE.search(doc.text, max(0, span.start - 20), span.start)
    iso = DEMONYMS.get(adjective.group(1)) if adjective is not None else None
    country = lex.gaz.country(iso) if iso and iso != own else None
    if adjective is None or country is None or not country.id.startswith("country:"):
        return None
    return Span(adjective.start(1), adjective.end(1), country.id, Label.COUNTRY, adjective.group(1), {"entry": country})
