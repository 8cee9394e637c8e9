"""Bodies named in lowercase, which no capitalised head word finds: two countries' joint committees (`the Korea-Vietnam
joint committee on …`, `their joint committee on economic cooperation`), a place's chamber of commerce, a country's embassy or consulate after its adjective (`the
Thai embassy in Hanoi`), a country's ministry as the wires write it (`Japan's trade ministry`) and a city's or
county's body no gazetteer lists (`the government of Kamo city`).

One finder each, kept apart from reading capitalised names: each finds its bodies by its own words, not by a head."""

from __future__ import annotations

import functools
import re
from typing import Any

from core.text import slug
from core.vocabulary import Label, Prop
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials_en import DEMONYMS, field_words, ministry_of_field
from loaders.entities.organizations_en.codes import _country
from loaders.entities.organizations_en.complements import _joint_subject
from loaders.entities.organizations_en.persons import _ends_with_person
from loaders.entities.organizations_en.words import _NOT_IN_NAME
from loaders.entities.phrases import matches_on_cued_lines
from loaders.entities.places import PLACE_WORD_AFTER, add_place_entity
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_LOWER_JOINT = compile_gated(
    rf"(?<![\w'’\-])([{UPPER}][\w'’]*(?: [{UPPER}][\w'’]*)?) ?[-–] ?([{UPPER}][\w'’]*(?: [{UPPER}][\w'’]*)?)"
    r" ((?:[a-z][a-z\-]* ){0,3}?)(committee|commission)(?![\w'’\-])"
)
_JOINT_CUE = re.compile(" (?:committee|commission)")
"""The word every match of `_LOWER_JOINT` holds: the lines without it are not read (`matches_on_cued_lines`)."""


def _joint_side(doc: ArticleDoc, start: int, words: str) -> str | None:
    """One side of `Korea-Vietnam`, `Russian-Vietnamese`: a country the places stage read there, or a demonym."""
    place = doc.span_at(doc.places, start)
    if place is not None and place.label == Label.COUNTRY and place.text == words:
        return str(place.data["entry"].properties.get(Prop.ISO2, "")).lower() or None
    return DEMONYMS[words].lower() if words in DEMONYMS else None


def _lowercase_joint_bodies(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """`the Korea-Vietnam joint committee on free trade agreements`, `the Russian-Vietnamese intergovernmental
    commission`: a body of two countries named in lowercase after their pair (the capitalised ones are read by their
    head); keyed by its kind and the two countries, so the short and the full mention are one body."""
    out: list[Span] = []
    for m in matches_on_cued_lines(_LOWER_JOINT, doc.text, _JOINT_CUE):
        sides = (_joint_side(doc, m.start(1), m.group(1)), _joint_side(doc, m.start(2), m.group(2)))
        if None in sides or sides[0] == sides[1] or any(sp.start < m.end() and m.start() < sp.end for sp in found):
            continue
        end = _joint_subject(doc.text, m.end())
        closing = [c.end() for c in _COOPERATION.finditer(doc.text, m.end(), end)]
        end = closing[-1] if closing else end  # `… on economy-trade-investment cooperation took place`: its subject
        key = slug(f"{m.group(3)}{m.group(4)}")
        out.append(
            Span(
                m.start(),
                end,
                "",
                Label.ORGANIZATION,
                doc.text[m.start() : end],
                {"head": m.group(4).capitalize(), "place": None, "joint": (key, *sides), "short": m.group(0)},
            )
        )
    return out


_LOWER_COOPERATION_BODY = compile_gated(
    r"(?<![\w'’\-])(joint|intergovernmental) (committee|commission)(?= (?:on|for) )"
)
_COOPERATION = re.compile(r"(?<![\w\-])co-?operation(?![\w\-])")


def _lowercase_cooperation_bodies(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """`their joint committee on economic cooperation`, `the intergovernmental commission for bilateral cooperation`:
    two countries' body named in lowercase by the cooperation it runs, with no pair of countries before it (the
    page's two sides are its own); named as written, up to `cooperation`, the last word of what it works on. A bare
    `joint committee` or one on anything else is a description, not a name."""
    out: list[Span] = []
    for m in matches_on_cued_lines(_LOWER_COOPERATION_BODY, doc.text, _JOINT_CUE):
        ends = [c.end() for c in _COOPERATION.finditer(doc.text, m.end(), _joint_subject(doc.text, m.end()))]
        if not ends or any(sp.start < ends[-1] and m.start() < sp.end for sp in found):
            continue
        end = ends[-1]
        out.append(
            Span(
                m.start(),
                end,
                "",
                Label.ORGANIZATION,
                doc.text[m.start() : end],
                {"head": m.group(2).capitalize(), "place": None},
            )
        )
    return out


_LOWER_CHAMBER = re.compile(r"c(?<![\w'’\-].)hamber of commerce(?: and industry)? (?:of|in) (?:the )?")
"""(Its look-behind after its first letter, as `lexicon.by_first_letter` writes words: tried only where a `c` stands,
not at every position of a page.)"""


def _lowercase_chambers(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """`the chamber of commerce and industry of Odisha State`: a place's chamber written in lowercase, a body
    when the place the stages read follows; named as written, based there."""
    out: list[Span] = []
    for m in _LOWER_CHAMBER.finditer(doc.text):
        place = doc.span_at(doc.places, m.end())
        if place is None or any(sp.start < place.end and m.start() < sp.end for sp in found):
            continue
        word = PLACE_WORD_AFTER.match(doc.text, place.end)  # (`… of Odisha State`: the place's kind word too)
        end = word.end() if word else place.end
        text = doc.text[m.start() : end]
        out.append(Span(m.start(), end, "", Label.ORGANIZATION, text, {"head": "Chamber", "place": place}))
    return out


_LOWER_MISSION = re.compile(
    r"(?<![\w'’\-])([A-Z][a-z]+) (embassy|consulate general|consulate-general|consulate) (?:in|to) (?:the )?"
)
_MISSION_CUE = re.compile(" (?:embassy|consulate)")
"""The word every match of `_LOWER_MISSION` holds: the lines without it are not read (`matches_on_cued_lines`)."""
_MISSION_HEADS = {"embassy": "Embassy", "consulate general": "Consulate General", "consulate": "Consulate"}


def _lowercase_missions(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """`the Indian consulate general in HCM City`, `the Thai embassy in Hanoi`: a country's mission written in
    lowercase after its adjective, a body when a place the stages read follows; keyed as the capitalised one is."""
    out: list[Span] = []
    for m in matches_on_cued_lines(_LOWER_MISSION, doc.text, _MISSION_CUE):
        seat = doc.span_at(doc.places, m.end())
        entry = lex.gaz.country(DEMONYMS[m.group(1)]) if m.group(1) in DEMONYMS else None
        if seat is None or entry is None or any(sp.start < seat.end and m.start() < sp.end for sp in found):
            continue
        add_place_entity(doc, entry, None)
        country = Span(m.start(1), m.end(1), entry.id, Label.COUNTRY, m.group(1), {"entry": entry})
        head = _MISSION_HEADS[m.group(2).replace("-", " ")]
        data = {"head": head, "place": country, "seat": seat}
        out.append(Span(m.start(), seat.end, "", Label.ORGANIZATION, doc.text[m.start() : seat.end], data))
    return out


_LOWER_MINISTRY = compile_gated(
    r"(?<![\w'’\-])([A-Z][a-z]+)(?:'s|’s)? ((?:[a-z]+,? (?:and )?){1,3})(ministry)(?![\w'’\-])"
)
_MINISTRY_CUE = re.compile(" ministry")
"""The word every match of `_LOWER_MINISTRY` holds: the lines without it are not read (`matches_on_cued_lines`)."""


@functools.lru_cache(maxsize=4)
def _lowercase_field_words(lex: Lexicon) -> frozenset[str]:
    """`field_words` in lowercase, made once per lexicon (each page made them again: a set of a few hundred words)."""
    return frozenset(w.lower() for w in field_words(lex))


def _lowercase_ministries(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """`the Saudi oil ministry`, `Japan's trade ministry`: a country's ministry as the wires write it, its fields in
    lowercase between the country (its adjective or possessive) and `ministry`; a body of that country, named as
    written, when every word is a field of government (`the Saudi new ministry` names none)."""
    out: list[Span] = []
    for m in matches_on_cued_lines(_LOWER_MINISTRY, doc.text, _MINISTRY_CUE):
        fields = _lowercase_field_words(lex)
        words = re.findall(r"[a-z]+", m.group(2))
        if any(w not in fields and w != "and" for w in words) or any(
            sp.start < m.end() and m.start() < sp.end for sp in found
        ):
            continue
        place = doc.span_at(doc.places, m.start(1))
        entry = lex.gaz.country(DEMONYMS[m.group(1)]) if m.group(1) in DEMONYMS else None
        if entry is not None:
            add_place_entity(doc, entry, None)
            place = Span(m.start(1), m.end(1), entry.id, Label.COUNTRY, m.group(1), {"entry": entry})
        if place is None or place.label != Label.COUNTRY or place.end != m.end(1):
            continue
        start = m.start(1) if entry is not None else m.start(2)
        field = " ".join(w if w == "and" else w.capitalize() for w in words)
        known = ministry_of_field(lex, field, _country(place)) or ministry_of_field(
            lex, f"{field} Affairs", _country(place)
        )  # (`foreign ministry`: the Ministry of Foreign Affairs)
        data: dict[str, Any] = (
            {"entry": known, "head": None} if known else {"head": m.group(3).capitalize(), "place": place}
        )
        out.append(Span(start, m.end(), "", Label.ORGANIZATION, doc.text[start : m.end()], data))
    return out


_LOCAL_KINDS = r"(?:city|county|district|prefecture|province|town)"
_LOCAL_NAME = r"[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}"
_LOCAL_BODY_OF = compile_gated(
    rf"(?<![\w'’\-])(?:the )?(government|authorities|administration) of (?:the )?({_LOCAL_NAME}) {_LOCAL_KINDS}(?![\w'’\-])"
)
_LOCAL_BODY_AFTER = re.compile(
    rf"([A-Z](?<=\bthe .){_LOCAL_NAME.removeprefix('[A-Z]')}) (?:city|county|municipal|prefectural)"
    r" (council|government|assembly|administration)"
    r"(?![\w'’\-])"
)
# (`_LOCAL_BODY_AFTER`'s look-behind after the name's first capital: tried only where a capital stands)
_LOCAL_HEADS = {"authorities": "Government", "assembly": "Assembly"}


def _unlisted_local_bodies(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """`the government of Kamo city`, `authorities of Hwaak county`, `the Santa Ana city council`: a city's or
    county's body written in lowercase with a place no gazetteer lists, named as written (a listed place is read by
    the places stage, and is the side a page's agreement names); not a title's or a person's words."""
    out: list[Span] = []
    text = doc.text
    for pattern, name_group, head_group in ((_LOCAL_BODY_OF, 2, 1), (_LOCAL_BODY_AFTER, 1, 2)):
        for m in pattern.finditer(text):
            place_name = m.group(name_group)
            if (
                any(sp.start < m.end() and m.start() < sp.end for sp in found + out)
                or place_name.split()[0] in _NOT_IN_NAME
                or doc.title_at(m.start(name_group))
                or _ends_with_person(lex, place_name)
            ):
                continue
            if any(p.start <= m.start(name_group) < p.end for p in doc.places):
                continue  # (a listed city is the side itself, as the places stage reads it: `… and authorities of
                # Okcheon county … signed`, the county; its body is read when no gazetteer lists the place)
            word = m.group(head_group).lower()
            head = _LOCAL_HEADS.get(word, word.capitalize())
            start = m.start() + (4 if text.startswith("the ", m.start()) else 0)
            data = {"head": head, "place": None}
            out.append(Span(start, m.end(), "", Label.ORGANIZATION, text[start : m.end()], data))
    return out
