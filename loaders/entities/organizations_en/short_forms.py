"""Bracketed abbreviations: the short form in brackets after a name (`(MOIT)`), a name that begins earlier when its
initials spell more than was read (`Oil and Natural Gas Corp (ONGC)`), a short form after the body a name is under,
and a body named after its country that only the short form after it spells out (`Global Affairs Canada (GAC)`).

One module for how initials meet a short form, so that reading a name and finding a spelt-out body agree on it."""

from __future__ import annotations

import itertools
import re
from typing import Any

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.organizations_en.codes import _country
from loaders.entities.organizations_en.words import _CAP, _LAST_WORD, _NAME_PARTICLES, _NOT_IN_NAME, _POSSESSIVE_ENDS
from loaders.letters import UPPER

_ABBR = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,12})\)")
_BRACKETED_SHORT_FORM = re.compile(r" \(([A-Z][A-Za-z&]{1,9})\)")
_SPELT_WORD = re.compile(r"[\w'’&.]+")
_SPELT_PARTS = re.compile(r"[-–]")
_SPELT_SKIP = frozenset({"and", "&", "of", "for", "the", "de"})
_MAX_SPELT_WORDS = 8
_NO_BODY_WORDS = frozenset(
    {
        Label.AGREEMENT.value,
        "Partnership",
        "Treaty",
        "Memorandum",
        "Protocol",
        "Programme",
        "Program",
        "Project",
        "Plan",
    }
    | {"Strategy", "Initiative", "Framework", "Declaration", "Statement", "Summit", "Conference", "Forum", "Dialogue"}
    | {"Exhibition", "Expo", "Fair", "Week", "Festival", "Zone", "Corridor", "Index", "Award", "Mechanism"}
)
"""Words of what a short form in brackets also names that is no body: documents, partnerships, meetings, areas."""
_BODY_WORDS = frozenset(
    {"Agency", "Association", "Authority", "Authorities", "Board", "Bureau", "Centre", "Center", "Chamber"}
    | {"Coalition", "Commission", "Committee", "Community", "Corporation", "Council", "Directorate", "Federation"}
    | {
        "Foundation",
        "Institute",
        "League",
        "Organisation",
        Label.ORGANIZATION.value,
        "Partners",
        "Secretariat",
        "Society",
    }
    | {"Union", "Utilities"}
)
"""Words that make what a short form spells out a body, though no place is among them (`Economic Community of West
African States (ECOWAS)`, `Copenhagen Infrastructure Partners (CIP)`): a kind of body anywhere in the name."""


def _spelled_out_before_short_forms(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """A body named after its country, which the short form in brackets after it spells out (`Global Affairs Canada
    (GAC)`, `Sustainable Food Systems Ireland (SFSI)`, `British University Vietnam (BUV)`, `UK Trade & Investment
    (UKTI)`): the capitalised words whose initials (an all-capital word's letters, each part of a dashed pair) make
    the short form, when a place is among them and more than the place; no head word names such a body, or the
    place after the head ended its name (a name read inside it gives way). Not a document, a partnership, a meeting
    or an area (`… Free Trade Agreement (EVFTA)`), a title's words, nor a known body's name."""
    text = doc.text
    out = list(found)
    for m in _BRACKETED_SHORT_FORM.finditer(text):
        start = _spelt_start(text, m.start(), m.group(1).replace("&", "").upper())
        if start is None:
            continue
        end = m.start()
        words = text[start:end].split()
        inside = [p for p in doc.places if start <= p.start and p.end <= end]
        read = [sp for sp in out if sp.start < end and start < sp.end]
        if (
            not (inside or any(p in _BODY_WORDS for w in words for p in w.split("/")))
            or any(p.start == start and p.end == end for p in inside)
            or words[0] in _NOT_IN_NAME
            or any(w in _NO_BODY_WORDS for w in words)
            or any(doc.title_at(w.start() + start) for w in re.finditer(r"\S+", text[start:end]))
            or any(k.start < end and start < k.end for k in doc.known_orgs)
            or any(sp.start < start or sp.end >= end or sp.id for sp in read)
            or words[-1].endswith(_POSSESSIVE_ENDS)
        ):  # (a name read to the short form is read: `Communist Party of China (CPC)`)
            continue
        out = [sp for sp in out if sp not in read]
        country = _country(inside[-1]) if inside else None
        data: dict[str, Any] = {"head": None, "place": None, "company_of": country, "abbr": m.group(1)}
        out.append(Span(start, end, "", Label.ORGANIZATION, text[start:end], data))
    return out


def _spelt_start(text: str, end: int, short: str) -> int | None:
    """Where the capitalised words before `end` begin whose initials spell `short`, nearest first; None if none do."""
    words = list(_SPELT_WORD.finditer(text, max(0, end - 120), end))
    for k in range(1, min(len(words), _MAX_SPELT_WORDS) + 1):
        run = words[-k:]
        first = run[0].group(0)
        if any(w.end() + 1 != v.start() for w, v in itertools.pairwise(run)) or run[-1].end() != end:
            return None  # (only spaces between the words; a comma or a bracket ends the run)
        if first in _SPELT_SKIP or first in _NAME_PARTICLES or not first[0].isupper():
            if first[0].isupper() or first in _SPELT_SKIP or first in _NAME_PARTICLES:
                continue
            return None
        every = [p for w in run for p in _SPELT_PARTS.split(w.group(0)) if p]
        parts = [p for p in every if p not in _SPELT_SKIP and p not in _NAME_PARTICLES]
        if any(not p[0].isupper() for p in parts):
            return None
        for spelt in (
            "".join(p[0] for p in parts),
            "".join(p if p.isupper() and len(p) <= 3 else p[0] for p in parts),
            "".join(p[0] for p in every if p in _NAME_PARTICLES or p not in _SPELT_SKIP),
            "".join(p[0] for p in every if p == "of" or p not in _SPELT_SKIP),
        ):  # (a particle is spelt or not: `Electricité du Cambodge (EDC)`, `Agence Française de Développement (AFD)`;
            # so is `of`: `Economic Community of West African States (ECOWAS)`)
            if spelt.upper() == short:
                return run[0].start()
    return None


_INITIALS_SKIP = frozenset({"and", "&", "of", "for", "the"})
_MAX_INITIALS_BACK = 4


_AFTER_PARENT = re.compile(
    rf" under the (?:[{UPPER}][\w'’\-]*|of|the|and|for)(?: (?:[{UPPER}][\w'’\-]*|of|the|and|for)){{0,9}}"
    r" \(([A-Z][A-Za-z]{1,11})\)"
)


def _short_form_after_parent(text: str, start: int, end: int) -> re.Match[str] | None:
    """The short form in brackets after the body a name is under, when its capitals are the name's initials
    (`the Kyrgyz Institute for Policy Studies under the President of the Kyrgyz Republic (KyrIPS)`: the institute's,
    not the president's); None otherwise (`… under the Ministry of Industry and Trade (MoIT)`: the ministry's)."""
    after = _AFTER_PARENT.match(text, end)
    if after is None:
        return None
    capitals = "".join(c for c in after.group(1) if c.isupper())
    return after if len(capitals) >= 2 and capitals == _initials(text[start:end].split()).upper() else None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _INITIALS_SKIP and w[0].isupper())


def _start_by_initials(text: str, start: int, end: int, abbr: str) -> int:
    """Where a name begins when the abbreviation in brackets after it spells more words than were read (`Oil and
    Natural Gas Corp (ONGC)`: `and` had ended it at `Natural`): the capitalised words before it, over `and` and `of`,
    whose initials with the name's make the abbreviation exactly; `start` when none do."""
    initials = _initials(text[start:end].split())
    if not initials or len(initials) >= len(abbr) or not abbr.upper().endswith(initials.upper()):
        return start
    pos = start
    for _ in range(_MAX_INITIALS_BACK):
        prev = _LAST_WORD.search(text, max(0, pos - 40), pos - 1) if text[pos - 1 : pos] == " " else None
        if prev is None or not (prev.group(1) in _INITIALS_SKIP or _CAP.fullmatch(prev.group(1))):
            return start
        pos = prev.start(1)
        initials = _initials(text[pos:end].split())
        if initials.upper() == abbr.upper() and prev.group(1) not in _INITIALS_SKIP:
            return pos
    return start
