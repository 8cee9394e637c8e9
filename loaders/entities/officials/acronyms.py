"""A role's body written as the page's own acronym (`the President of NVCCI`, `LCCI acting President X`): the body
the page names in full whose initials spell it.

News introduces a body in full once and then calls it by its initials, in a title as anywhere (`THE
Nigerian-Vietnam Chamber of Commerce and Industry, NVCCI, …`, then `the President of NVCCI, Mr. X`). The
organisation stages read the acronym alone as a body of its own, or not at all before a title; the role is the
full body's, which is what the page means and what every other mention of that body is."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc, Span
from loaders.first_letters import compile_gated

_ACRONYM = re.compile(r"[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,7}")
"""A body's initials as news writes them: capitals (a lowercase letter only between two: `MoFA`), 2 to 8 letters."""

_ACRONYM_BEFORE_TITLE = compile_gated(r"(?<![\w'’&.\-])(?P<acr>[A-Z][A-Z&]{2,7}) (?:(?:acting|former|interim) )?$")
"""An acronym right before a title (`LCCI acting President X`): whose title it is (three letters or more: `US`, `UK`
are countries' and read as such)."""

_WORD = re.compile(r"[\w’']+")


def _initials(name: str) -> set[str]:
    """The initials a body's name may be shortened to: of its capitalised words (`Lahore Chamber of Commerce &
    Industry`: LCCI) and of all its words (`Ministry of Foreign Affairs`: MOFA), folded to capitals; a hyphen parts
    words (`Nigerian-Vietnam`: NV)."""
    words = _WORD.findall(name.replace("-", " "))
    capitalised = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0] for w in words)
    return {capitalised.upper(), every.upper()} - {""}


def _spelt_out_body(doc: ArticleDoc, acronym: str, besides: str | None = None) -> Span | None:
    """The one body the page names whose name (or an alias) the acronym is the initials of; None when none or
    several are (two bodies with the same initials leave it open)."""
    wanted = acronym.upper().replace("&", "")
    found: dict[str, Span] = {}
    for org in doc.orgs:
        ent = doc.entities.get(org.id)
        if ent is None or org.id == besides or org.id in found:
            continue
        names = (ent.name, *ent.aliases)
        if any(" " in n and wanted in _initials(n) for n in names):
            found[org.id] = org
    return next(iter(found.values())) if len(found) == 1 else None


def full_body_of_acronym(doc: ArticleDoc, org: Span) -> Span | None:
    """The body a role's body stands for when that body is only an acronym the page spells out elsewhere
    (`President of NVCCI` and the `Nigerian-Vietnam Chamber of Commerce and Industry` named before); None when the
    body has a name of its own or the page spells out no one body so."""
    ent = doc.entities.get(org.id)
    if ent is None or not _ACRONYM.fullmatch(ent.name):
        return None
    return _spelt_out_body(doc, ent.name, besides=org.id)


def acronym_before_title(doc: ArticleDoc, title_start: int) -> Span | None:
    """The body an acronym right before a title names (`LCCI acting President Khawaja X … at the Lahore Chamber of
    Commerce & Industry`): the one body the page names in full with those initials; None when no acronym stands
    there, it is a place's or a body's a stage read, or no one body is spelt so."""
    m = _ACRONYM_BEFORE_TITLE.search(doc.text, max(0, title_start - 20), title_start)
    if m is None:
        return None
    at = m.start("acr")
    if any(doc.span_at(spans, at) for spans in (doc.orgs, doc.places, doc.people)):
        return None
    return _spelt_out_body(doc, m.group("acr"))
