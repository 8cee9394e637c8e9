"""Sides named by a country's adjective (`the Russian region`, `between Vietnamese and Indonesian coast
guards`) or as `tỉnh bạn`: the one province of that country the page names, or the two countries.

Apart because these sides are no span any stage read: they are made here from the English officials' table of
adjectives (`DEMONYMS`)."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.agreement_parties.countries import one_province_of
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.officials_en import DEMONYMS
from loaders.first_letters import compile_gated

_DEMONYM_PLACE = compile_gated(
    r"\bthe (" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r") (?:[a-z-]+ )?"
    r"(?:region|province|state|prefecture|oblast|krai|locality|delegation|capital(?: city)?|city)\b"
)
"""`the Russian region`, `the Vietnamese northern locality`, `the Lao capital city`: a place told by its country."""


_DEMONYM_PAIR = re.compile(
    r"(?:the\s+)?(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")\s+and\s+(?:the\s+)?"
    r"(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r")\s+(?=[a-z])"
)
"""`between Vietnamese and Indonesian coast guards`, `between Australian and Vietnamese education institutions`: two
countries' adjectives before a common noun in the plural, the bodies of each named by their kind only."""


def _demonym_pair(doc: ArticleDoc, at: int) -> list[str]:
    """The two countries a `between` slot names by their adjectives before a common noun (bodies of each no stage
    reads as names), when the page names both countries; else none."""
    m = _DEMONYM_PAIR.match(doc.text, at)
    if m is None:
        return []
    ids = [f"country:{DEMONYMS[m.group(i)].lower()}" for i in (1, 2)]
    return ids if ids[0] != ids[1] and all(i in doc.entities for i in ids) else []


def _provinces_by_demonym(doc: ArticleDoc, start: int, end: int, spans: list[Span]) -> list[Span]:
    """`an agreement signed between the Russian region and Ba Ria – Vung Tau province`: the one province of that
    country the article names (none when it names several or none)."""
    out = []
    found: list[tuple[re.Match[str], str | None]] = [
        (m, DEMONYMS[m.group(1)]) for m in _DEMONYM_PLACE.finditer(doc.text, start, end)
    ]
    found += [(m, None) for m in _PARTNER_PLACE.finditer(doc.text, start, end)]  # `tỉnh bạn`: the one abroad
    for m, iso in found:
        if any(sp.start <= m.start() < sp.end for sp in spans):
            continue
        if (one := one_province_of(doc, iso)) is not None:
            out.append(Span(m.start(), m.end(), one, Label.PROVINCE, m.group(0)))
    return out


_PARTNER_PLACE = compile_gated(
    r"\b(?:tỉnh|bang|vùng|thành phố) bạn\b|\b[Tt]he (?:prefecture|state|oblast|krai|region)\b(?!\s+of\b)"
)
"""`tỉnh bạn`, `the prefecture is implementing an agreement with …`: the one province abroad the article names."""
