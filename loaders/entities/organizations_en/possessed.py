"""Bodies named bare after their country's possessive: `Japan's JXTG Nippon Oil & Energy has signed …`, `between
Vietnam's NAPAS and China's UnionPay via QR codes`, `Vietnam's TDH Ecoland (25%)`.

Why by the possessive and not by the name: English news introduces a foreign company or agency by its country's
possessive and then its brand, with no head word, legal form or kind word in the name. General by construction (no
name is listed): what a country's possessive owns is a body, a person, a place, a document or a thing; the name is
kept only when it is none of the others (no place, title, person, document's or region's word) and nothing lowercase
says it is a modifier (`Vietnam's Tet holiday`, `Japan's Shinkansen technology`): the name ends its clause or a
verb or preposition follows it. A person after a possessive (`Russia's Vladimir Putin said`) is told by the page
naming him after a title or an honorific elsewhere, or by a title said of him after a comma."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.dates import CALENDAR_WORDS_EN
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import HONORIFICS, Lexicon
from loaders.entities.officials_en import DEMONYMS
from loaders.entities.organizations.list_mates import named_otherwise
from loaders.entities.organizations_en.codes import _country
from loaders.entities.organizations_en.words import _NOT_IN_NAME
from loaders.letters import UPPER

_POSSESSIVE = re.compile(r"['’]s? (?=[" + UPPER + r"\d])")
_NAME = re.compile(rf"[{UPPER}][\w&'’.\-]*(?: (?:[{UPPER}\d][\w&'’.\-]*|&|of|de|la|du))*")
"""The capitalised words after the possessive (`JXTG Nippon Oil & Energy`, `Verger de la Blottière`)."""
_MAX_WORDS = 5
_CONNECTORS = (" of", " de", " la", " du", " &")
"""Words that join a name's words, never its last (`Japan's X of Y` read to `Y`, not past it)."""
_ENDS_CLAUSE = re.compile(
    r"[,.;:()\n!?]|$| [-–—] "
    r"| (?:and|with|to|in|on|for|at|via|from|by|under|over|has|have|had|is|was|are|were|will|would|shall|can|could"
    r"|said|says|signed|inked|agreed|announced|plans|planned|also|recently|earlier|officially|jointly)(?![\w'’\-])"
)
"""What may follow a body's bare name: its clause's end, a preposition, an auxiliary or a verb of what bodies do."""


def possessed_bodies(doc: ArticleDoc, lex: Lexicon, found: list[Span], not_names: frozenset[str]) -> list[Span]:
    """The bare names right after a country's possessive (`China's UnionPay`), when they are no place, person, title,
    document or region, no body read or known, and end their clause or are followed by a verb or preposition."""
    text = doc.text
    out: list[Span] = []
    taken = [*found, *doc.known_orgs]
    for country in doc.places:
        if country.label != Label.COUNTRY:
            continue
        pos = _POSSESSIVE.match(text, country.end)
        if pos is None:
            continue
        name = _NAME.match(text, pos.end())
        if name is None:
            continue
        start, end = name.start(), name.end()
        while end > start and (text[end - 1] in ".'’" or text.endswith(_CONNECTORS, start, end)):
            end = end - 1 if text[end - 1] in ".'’" else text.rfind(" ", start, end)
        words = text[start:end].split()
        if not words or len(words) > _MAX_WORDS or not _ENDS_CLAUSE.match(text, end):
            continue
        if words[0] in _NOT_IN_NAME or words[0] in DEMONYMS or words[0] in CALENDAR_WORDS_EN:
            continue
        if any(sp.start < end and start < sp.end for sp in [*taken, *out]):
            continue
        if not _brand_shaped(words) or named_otherwise(doc, lex, start, end, "en", not_names):
            continue
        if _named_as_person(text, words[-1], start):
            continue
        data = {"head": None, "place": None, "company_of": _country(country) if "entry" in country.data else None}
        out.append(Span(start, end, "", Label.ORGANIZATION, text[start:end], data))
    return out


def _brand_shaped(words: list[str]) -> bool:
    """Whether a name is written as only a brand is: a word with a capital inside (`UnionPay`, `PetroVietnam`), or
    an initialism among other words (`JXTG Nippon Oil & Energy`, `TDH Ecoland`); not plain words, which a day, an
    order or a policy shares (`Independence Day`), nor an initialism alone (`FDI`: a term as often as a body)."""
    inner = any(any(c.isupper() for c in w[1:]) and any(c.islower() for c in w[1:]) for w in words)
    initialism = len(words) > 1 and any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words)
    return inner or initialism


def _named_as_person(text: str, word: str, at: int) -> bool:
    """Whether the page writes `word` elsewhere right after an honorific (`Mr Putin`): a person's name."""
    for m in re.finditer(rf"(?<![\w'’\-]){re.escape(word)}(?![\w'’\-])", text):
        honorific = HONORIFICS.search(text, max(0, m.start() - 12), m.start() + 1) if m.start() != at else None
        if honorific is not None and honorific.end() == m.start():
            return True
    return False
