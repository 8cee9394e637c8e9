"""Which mention stands for which body once the names are read: a gazetteer name wins over a name read around it (and a
known company's name before another country is its arm there: `Petrolimex Laos`), and a bare head word after `of
the` (`Chairman of the Association`) is the last body named with that head.

Kept apart because these rules work on the spans already read, not on the text around a head."""

from __future__ import annotations

import re

from core.vocabulary import Label, OrganizationKind, Prop
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.organizations_en.codes import _country
from loaders.entities.organizations_en.words import _CAP
from loaders.first_letters import compile_gated

_BARE_HEADS = (
    "Association|Federation|Chamber|Institute|University|Academy|Corporation|Company|Group|Bank|Board|Commission"
    "|Committee|Council|Agency|Authority|Department|Centre|Center|Foundation|Fund"
)
_BARE_HEAD = compile_gated(rf"(?<= of the )({_BARE_HEADS})(?![\w'’\-])(?! (?:of|for|on) )(?! [A-Z(])")
_HEAD_WORD = {w: re.compile(rf"(?<![\w'’\-]){w}(?![\w'’\-])") for w in _BARE_HEADS.split("|")}


def _named_again(doc: ArticleDoc, spans: list[Span]) -> list[Span]:
    """`X, Chairman of the Association`, `Director of the Institute`: a body named again by its bare head word after
    `of the` is the last one named before with that head (`… Business Association of CheongJu City, led by Mr. X,
    Chairman of the Association`); none when no body named before has it."""
    added = []
    for m in _BARE_HEAD.finditer(doc.text):
        word = m.group(1)
        before = [
            sp
            for sp in spans
            if sp.id and sp.end <= m.start() and (sp.data.get("head") == word or _HEAD_WORD[word].search(sp.text))
        ]
        if before and not any(sp.start <= m.start() < sp.end for sp in spans):
            last = max(before, key=lambda sp: sp.start)
            added.append(Span(m.start(), m.end(), last.id, Label.ORGANIZATION, word, {"head": word, "place": None}))
    return sorted([*spans, *added], key=lambda sp: sp.start) if added else spans


def _with_known(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """Gazetteer names win over a name read around them that they overlap (`Korea Trade-Investment Promotion Agency`);
    a read name containing a known one and more stays (`Ministry of Foreign Affairs of Thailand`)."""
    out = list(found)
    for known in doc.known_orgs:
        overlapping = [sp for sp in out if sp.start < known.end and known.start < sp.end]
        if any(
            (sp.start <= known.start and known.end < sp.end) or (sp.start < known.start and known.end <= sp.end)
            for sp in overlapping
        ):
            continue
        out = [sp for sp in out if sp not in overlapping]
        arm = _country_arm(doc, known) or _subsidiary(doc, known)
        if arm is not None:
            out = [sp for sp in out if not (sp.start < arm.end and known.start < sp.end)]
            out.append(arm)  # `Petrolimex Laos`, `Petrovietnam Power`: the company's arm or unit, a body of its own
            continue
        out.append(
            Span(
                known.start,
                known.end,
                known.id,
                Label.ORGANIZATION,
                known.text,
                {"entry": known.data["entry"], "head": None},
            )
        )
    return sorted(out, key=lambda sp: sp.start)


def _country_arm(doc: ArticleDoc, known: Span) -> Span | None:
    """`Petrolimex Laos`, `Viettel Cambodia`: a known company's name right before another country's is the company's
    arm there, named as written (not when the name goes on: `Samsung Vietnam Mobile`, a name of its own)."""
    entry = known.data["entry"]
    country = doc.span_at(doc.places, known.end + 1) if doc.text[known.end : known.end + 1] == " " else None
    if (
        entry.properties.get(Prop.KIND) != OrganizationKind.COMPANY
        or country is None
        or country.label != Label.COUNTRY
        or _country(country) == entry.properties.get(Prop.COUNTRY)
        or _CAP.match(doc.text, country.end + 1)
    ):
        return None
    name = doc.text[known.start : country.end]
    return Span(
        known.start,
        country.end,
        "",
        Label.ORGANIZATION,
        name,
        {"head": "Company", "place": None, "company_of": _country(country)},
    )


_UNIT_WORD = re.compile(
    r" (?:Power|Gas|Oil|Energy|International|Holdings|Chemicals|Construction|Engineering|Exploration|Trading"
    r"|Securities|Insurance|Logistics)(?![\w'’\-])"
)
"""A line of business or `International` right after a company's name (`Petrovietnam Power`, `X International`):
the name of a unit of the group, which news names as the group's name and its business."""


def _subsidiary(doc: ArticleDoc, known: Span) -> Span | None:
    """`Petrovietnam Power -- a member of …`: a known company's name, one word of a line of business and nothing
    capitalised after it is a unit of that group, a body of its own named as written (not a longer name going on:
    `X Power Grid`, nor a body that is no company: `ASEAN Power Grid`)."""
    entry = known.data["entry"]
    word = _UNIT_WORD.match(doc.text, known.end)
    if (
        entry.properties.get(Prop.KIND) != OrganizationKind.COMPANY
        or word is None
        or (doc.text[word.end() : word.end() + 1] == " " and _CAP.match(doc.text, word.end() + 1))
    ):
        return None
    name = doc.text[known.start : word.end()]
    return Span(
        known.start,
        word.end(),
        "",
        Label.ORGANIZATION,
        name,
        {"head": "Company", "place": None, "company_of": entry.properties.get(Prop.COUNTRY)},
    )
