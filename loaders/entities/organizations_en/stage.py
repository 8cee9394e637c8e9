"""The stage's entry point: `find_organizations` reads every head word's name, the governments named by a country's
adjective or a place, the companies, short forms and bodies written in lowercase, lets gazetteer names win, then
writes each body's entity, its aliases as written and the party inside its name, and ties later mentions to them."""

from __future__ import annotations

import functools
import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials_en import DEMONYMS, field_words
from loaders.entities.organizations import _main_ministry, abbreviation_mentions, one_node_per_body
from loaders.entities.organizations.list_mates import list_mates
from loaders.entities.organizations.titled_short_forms import short_forms_after_titles
from loaders.entities.organizations_en.companies import (
    _banks_in_one_word,
    _employers_after_titles,
    _employers_before_titles,
    _employers_by_possessive,
    _named_companies,
)
from loaders.entities.organizations_en.coordinated import split_coordinated
from loaders.entities.organizations_en.entity import _add_entity
from loaders.entities.organizations_en.governments import _DEMONYM_GOVERNMENT, _GOVERNMENT_CUE, _PLACE_GOVERNMENT
from loaders.entities.organizations_en.heads import _FIELD_HEADS, _HEAD, _KIND_BY_HEAD, _LAST_WORD_HEADS
from loaders.entities.organizations_en.inner_party import _inner_party
from loaders.entities.organizations_en.lowercase import (
    _lowercase_chambers,
    _lowercase_cooperation_bodies,
    _lowercase_joint_bodies,
    _lowercase_ministries,
    _lowercase_missions,
    _unlisted_local_bodies,
)
from loaders.entities.organizations_en.mentions import _named_again, _with_known
from loaders.entities.organizations_en.name import _read_name
from loaders.entities.organizations_en.owners import _owner_as_written
from loaders.entities.organizations_en.plural import jointly_named
from loaders.entities.organizations_en.possessed import possessed_bodies
from loaders.entities.organizations_en.short_forms import _spelled_out_before_short_forms
from loaders.entities.organizations_en.words import _CAP
from loaders.entities.phrases import matches_on_cued_lines

_FIELD_GOES_ON = re.compile(r" [-–] [A-Z]")
"""A dash and a capitalised word after a company's last word: the name goes on (`X Rubber - Latex Industries Group`)."""


@functools.lru_cache(maxsize=4)
def _not_names(lex: Lexicon) -> frozenset[str]:
    """The words no bare name listed beside a body begins with: a field of activity (`Rural Development`, left
    of a ministry's name read short), a people's adjective (`Vietnamese and Japanese …`), a head word alone (`the
    Party and Government`)."""
    return field_words(lex) | frozenset(DEMONYMS) | frozenset(h for h in _KIND_BY_HEAD if " " not in h)


def find_organizations(doc: ArticleDoc, lex: Lexicon) -> None:
    text = doc.text
    found: list[Span] = []
    covered_until = -1
    for m in _HEAD.finditer(text):
        if m.start() < covered_until or (m.group(0) in _LAST_WORD_HEADS and _CAP.match(text, m.end() + 1)):
            continue
        if m.group(0) in _FIELD_HEADS and _FIELD_GOES_ON.match(text, m.end()):
            continue  # `Siam Rubber - Latex Industries Group`: a word inside a longer name, not its last
        span = _read_name(doc, lex, m.start(), m.end(), m.group(0), covered_until)
        if span is not None:
            found.append(span)
            covered_until = span.end
    for m in matches_on_cued_lines(_DEMONYM_GOVERNMENT, text, _GOVERNMENT_CUE):  # `the Dutch government`
        if not any(sp.start < m.end() and m.start() < sp.end for sp in found):
            found.append(
                Span(
                    m.start(),
                    m.end(),
                    "",
                    Label.ORGANIZATION,
                    m.group(0),
                    {"head": "Government", "place": None, "demonym": DEMONYMS[m.group(1)]},
                )
            )
    for m in _PLACE_GOVERNMENT.finditer(
        text
    ):  # `the Gyeonggi provincial government`, `the Lower Saxony state government`
        place = next((p for p in doc.places if p.end + 1 == m.start() and p.label == Label.PROVINCE), None)
        if place is not None and not any(sp.start < m.end() and place.start < sp.end for sp in found):
            found.append(
                Span(
                    place.start,
                    m.end(),
                    "",
                    Label.ORGANIZATION,
                    text[place.start : m.end()],
                    {"head": None, "place": place},
                )
            )
    found = split_coordinated(doc, found)
    found.extend(jointly_named(doc, found))
    found.extend(_named_companies(doc, lex, found))
    found.extend(_employers_before_titles(doc, lex, found))
    found.extend(_employers_by_possessive(doc, lex, found))
    found.extend(_banks_in_one_word(doc, found))
    found.extend(short_forms_after_titles(doc, lex, found, {"head": None, "place": None, "company_of": None}))
    found = _spelled_out_before_short_forms(doc, found)
    found.extend(_lowercase_joint_bodies(doc, found))
    found.extend(_lowercase_cooperation_bodies(doc, found))
    found.extend(_lowercase_chambers(doc, found))
    found.extend(_lowercase_missions(doc, lex, found))
    found.extend(_lowercase_ministries(doc, lex, found))
    found.extend(_unlisted_local_bodies(doc, lex, found))
    found.sort(key=lambda sp: sp.start)
    found.extend(
        list_mates(
            doc, lex, found, {"head": None, "place": None, "company_of": None}, "en", _not_names(lex), field_words(lex)
        )
    )
    found.extend(possessed_bodies(doc, lex, found, _not_names(lex)))
    found.extend(_employers_after_titles(doc, lex, found, _not_names(lex)))
    found.sort(key=lambda sp: sp.start)
    found = _with_known(doc, found)
    doc.orgs = found
    main_ministry = _main_ministry(found)
    doc.main_ministry = main_ministry.id if main_ministry else None
    for span in found:
        _add_entity(doc, lex, span, main_ministry)
        _owner_as_written(doc, span)
    for span in list(found):
        _inner_party(doc, lex, span, main_ministry)
    doc.orgs = abbreviation_mentions(doc, doc.orgs)
    doc.orgs = _named_again(doc, doc.orgs)
    one_node_per_body(doc)
