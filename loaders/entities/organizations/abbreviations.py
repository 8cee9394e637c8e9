"""Abbreviations: the initials of a body's name and the mentions of a body by its short form (`WTO`, `VCCI`).

Read after every name is found (by this stage and the English one), so kept apart from the reading."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.first_letters import compile_gated

_NAME_WORD = re.compile(r"[^\s,\-–]+")
_SKIPPED_IN_INITIALS = frozenset({"and", "&", "for", "the", "on", "in"})
_MIN_INITIALS = 3
_OWNER_MARKS = ("'s ", "’s ")


_SHORT_FORM_BEFORE = compile_gated(r"(?<![\w'’.\-])([A-Z][A-Za-z0-9&\-]{1,11}) \($")
_SHORT_FORM_REACH = 16
_BRACKET_CLOSES = re.compile(r"[^()\n.;]{0,60}\)")


def short_form_before(doc: ArticleDoc, start: int, end: int) -> str | None:
    """The short form a body is named by right before the brackets its full name opens (`JAKIM (Cơ quan Chính phủ
    Malaysia quản lý …)`, `VIENC (Vietnam International … Corporation)`): the press gives the short form first and
    spells it out in brackets, the other way round from `Name (ABBR)`. At least two capitals (not a word of a
    sentence), no place; the bracket opens right before the name (or before a country's name the reader left out of
    it) and closes after it in the same clause; None else."""
    text = doc.text
    place = doc.within(doc.places, max(0, start - 30), start)
    opens = place[-1].start if place and text[place[-1].end : start] == " " else start
    m = _SHORT_FORM_BEFORE.search(text, max(0, opens - _SHORT_FORM_REACH), opens)
    if (
        m is None
        or sum(c.isupper() for c in m.group(1)) < 2
        or doc.span_at(doc.places, m.start(1)) is not None
        or not _BRACKET_CLOSES.match(text, end)
    ):
        return None
    return m.group(1)


def initials(name: str) -> tuple[str, ...]:
    """The short forms an English name makes of its words' first letters, `of` counted or not (`U.S. Trade and
    Development Agency` -> `USTDA`; `Ministry of Land, Infrastructure and Transport` -> `MOLIT`, `MLIT`); none when
    a lowercase word no short form skips is in it (a name of another language or kind) or fewer than three letters
    come of it."""
    with_of, without_of = [], []
    for word in _NAME_WORD.findall(name):
        if word == "of":
            with_of.append("O")
        elif word[0].isupper():
            letters = word.replace(".", "") if word.endswith(".") else word[0]  # (`U.S.`: both its letters)
            with_of.append(letters.upper())
            without_of.append(letters.upper())
        elif word not in _SKIPPED_IN_INITIALS:
            return ()
    forms = dict.fromkeys(("".join(with_of), "".join(without_of)))
    words = name.split()  # (`CPC Provincial Committee`: not `CPC`, a word of it, the party's short form)
    return tuple(f for f in forms if len(f) >= _MIN_INITIALS and len(without_of) >= 2 and f not in words)


def _named_by_itself(doc: ArticleDoc, span: Span, short: str) -> bool:
    """A body the page named only by a short form (no gazetteer's, no longer name): one the short form may be of."""
    ent = doc.entities.get(span.id)
    return ent is not None and ent.name == short and span.id not in doc.lexicon.gaz.organizations


def _one_body(doc: ArticleDoc, spans: list[Span], drop: str, keep: str) -> None:
    """The node `drop` is the body `keep`: its mentions, names and relations move there."""
    doc.merge_entity(drop, keep)
    for sp in spans:
        if sp.id == drop:
            sp.id = keep


def abbreviation_mentions(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """`Lao News Agency (KPL)` … `KPL General Director …`: the short form a name was given in brackets names that
    body wherever it stands alone after it (found with `str.find`, no pattern compiled per article); so do the
    initials of a name the page spelt out with none in brackets, before a title or a possessive (`the U.S. Trade and
    Development Agency` … `USTDA Director …`, `MOEA’s Bureau of …`): whose post or body, the short form news writes
    without saying so."""
    forms = {sp.data["abbr"]: sp for sp in found if sp.id and sp.data.get("abbr") and sp.id in doc.entities}
    unsaid: set[str] = set()
    for sp in found:
        if sp.id and not sp.data.get("abbr") and sp.id in doc.entities:
            for short in initials(sp.text):
                if short not in forms and short.lower() not in doc.lexicon.automaton:  # (`EFTA`: the gazetteer's)
                    forms[short] = sp
                    unsaid.add(short)
    if not forms:
        return found
    text = doc.text
    out = list(found)
    for abbr, named in forms.items():
        ent = doc.entities[named.id]
        at = text.find(abbr, named.end)
        while at >= 0:
            end = at + len(abbr)
            whole = not (at and (text[at - 1].isalnum() or text[at - 1] in "(&-")) and not (
                end < len(text) and (text[end].isalnum() or text[end] in ")&-")
            )
            whose = abbr not in unsaid or text.startswith(_OWNER_MARKS, end) or doc.title_at(end + 1) is not None
            guessed = next((sp for sp in out if (sp.start, sp.end) == (at, end) and sp.id != named.id), None)
            if whole and whose and guessed is not None and _named_by_itself(doc, guessed, abbr):
                _one_body(doc, out, guessed.id, named.id)  # `CFIA President X`: read as a company by its title
            elif whole and whose and not any(sp.start < end and at < sp.end for sp in out):
                out.append(Span(at, end, named.id, Label.ORGANIZATION, abbr, {"head": None, "entry": None}))
                doc.entity(ent.id, ent.label, ent.name, aliases=(abbr,) if abbr in unsaid else (), at=at)
            at = text.find(abbr, end)
    return sorted(out, key=lambda sp: sp.start)
