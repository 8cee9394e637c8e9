"""Entity search: the user's text as a Lucene query on `entity_search`, exact matches first.

Why fold before Lucene: the index's `standard-folding` analyzer strips accents
and case, so the folded text (`core.text.fold`: `Quảng Tây` -> `quang tay`)
finds the same tokens, and it also works for the prefix term, which Lucene does
not analyse. Every term is escaped, and the terms are ANDed, so `quang tay`
does not match everything named `Quảng …`.

Why a second, phrase query: ANDed terms also match names where the words are
scattered (`Hai Nam` found `Tổng cục Hải quan Việt Nam`, the customs). When some
name or alias holds the words together, in order, only those hits are kept;
when none does (a word still being typed, another order), the ANDed hits are.
Exact whole-name or alias matches come first, then phrase hits, then score.
"""

from __future__ import annotations

import re
from typing import Any

from api.queries import GraphReader
from core.text import fold, strip_diacritics

_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
MIN_PREFIX = 3
"""A last term this long or longer also matches as a prefix (`guang` finds Guangxi)."""


def escape(term: str) -> str:
    """Escape Lucene's special characters in one term."""
    return _LUCENE_SPECIAL.sub(r"\\\1", term)


def lucene_query(text: str) -> str | None:
    """`Quảng Tây` -> `quang AND (tay OR tay*)`; `hn` -> `(hn)`; None when nothing is left to search."""
    terms = [escape(term) for term in fold(text).split()]
    if not terms:
        return None
    last = terms[-1]
    terms[-1] = f"({last} OR {last}*)" if len(last) >= MIN_PREFIX else f"({last})"
    return " AND ".join(terms)


def phrase_query(text: str) -> str | None:
    """`Hải Nam` -> `"hai nam"` (the words together, in order); one word: the same query as `lucene_query`,
    so that a one-word search keeps every hit."""
    terms = [escape(term) for term in fold(text).split()]
    if len(terms) < 2:
        return lucene_query(text)
    return '"' + " ".join(terms) + '"'


def variants(text: str) -> list[str]:
    """Lower-case forms compared with the stored aliases for an exact match."""
    stripped = text.strip()
    return sorted({stripped.lower(), strip_diacritics(stripped).lower(), fold(stripped)} - {""})


_PLACE_WORDS = re.compile(
    r"^(?:(?:tỉnh|bang|tiểu bang|vùng|thành phố|the)\s+)+|"
    r"\s+(?:province|region|state|prefecture|oblast|krai|city|municipality)$",
    re.I,
)


def without_place_words(text: str) -> str:
    """`Moscow province` -> `Moscow`, `tỉnh Hủa Phăn` -> `Hủa Phăn`: the kind of a place, which its stored names
    may write another way (`Moscow Oblast`) or not at all."""
    return _PLACE_WORDS.sub("", text.strip()).strip()


async def search_rows(reader: GraphReader, q: str, label: str | None, limit: int, offset: int) -> dict[str, Any]:
    """`{total, items}` of the search (no query for text that folds to nothing). When nothing is found and the
    text names a kind of place (`Moscow province`), the name without it is searched."""
    found = await _search(reader, q, label, limit, offset)
    bare = without_place_words(q)
    if found["total"] == 0 and bare and bare != q.strip():
        return await _search(reader, bare, label, limit, offset)
    return found


async def _search(reader: GraphReader, q: str, label: str | None, limit: int, offset: int) -> dict[str, Any]:
    lucene = lucene_query(q)
    if lucene is None:
        return {"total": 0, "items": []}
    rows = await reader.rows(
        "entity_search",
        lucene=lucene,
        phrase=phrase_query(q),
        key=fold(q),
        variants=variants(q),
        label=label,
        limit=limit,
        offset=offset,
    )
    return rows[0] if rows else {"total": 0, "items": []}
