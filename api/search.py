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

Why relaxed forms: people ask with the words a sentence puts around a name
(`tỉnh Quảng Trị`, `the Lao province of Khammouane`, `Foreign Minister Bùi
Thanh Sơn`, `Bộ trưởng Ngoại giao Bùi Thanh Sơn`), which no stored name holds,
and `tỉnh Quảng Trị` found only the province's People's Committee. When no
name or alias is exactly the text, the text without a place's kind word, and
the words after a person's title (the whole rest, then, by their name key
only, its shorter endings: the field of a title is open, `Ngoại giao`,
`Industry and Trade`) are searched too; their exact matches come right after
the text's own, so that a name that is the whole text (`Thành phố Hồ Chí
Minh`) always stays first.

Why a fuzzy search last: names from other scripts are spelt many ways
(`Khammouane`, `Khammuan`, `Khammoune`), and a search that finds nothing
helps nobody. Only when nothing at all is found, every word of seven letters or
more may be a letter off (nine or more: two); such hits are never `exact`.
"""

from __future__ import annotations

import re
from typing import Any

from api.queries import GraphReader
from core.text import fold, strip_diacritics
from loaders.entities.lexicon import HONORIFICS

_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
MIN_PREFIX = 3
"""A last term this long or longer also matches as a prefix (`guang` finds Guangxi)."""


def escape(term: str) -> str:
    """Escape Lucene's special characters in one term."""
    return _LUCENE_SPECIAL.sub(r"\\\1", term)


_APOSTROPHE = re.compile(r"['’]")


def terms_of(text: str) -> list[str]:
    """The folded words of `text` as the index's tokenizer cuts them: a word with an apostrophe inside is one word
    (`People's` -> `people's`, `d’Ivoire` -> `d'ivoire`), which `fold` would cut in two (`people s`) that the index
    never holds, so that `Ho Chi Minh City People's Committee` found nothing."""
    out: list[str] = []
    for word in text.split():
        parts = [fold(part) for part in _APOSTROPHE.split(word)]
        if len(parts) > 1 and all(parts) and not any(" " in part for part in parts):
            out.append("'".join(parts))
        else:
            out.extend(fold(word).split())
    return out


def lucene_query(text: str) -> str | None:
    """`Quảng Tây` -> `quang AND (tay OR tay*)`; `hn` -> `(hn)`; None when nothing is left to search."""
    terms = [escape(term) for term in terms_of(text)]
    if not terms:
        return None
    last = terms[-1]
    terms[-1] = f"({last} OR {last}*)" if len(last) >= MIN_PREFIX else f"({last})"
    return " AND ".join(terms)


FUZZY_MIN = 7
"""A word this long or longer may be misspelt by one letter (two from `FUZZY_TWO`) when nothing else is found.
Shorter words must match: one letter off makes another word of too many of them, above all Vietnamese syllables
(`cuong`, `duong`, `luong`: `Lý Cường` found the US ocean agency, `Cục Quản lý Đại dương`), which are at most six
letters but for a few (`nghieng`); the names of other scripts it is for are long (`Khammouane`, `Xiengkhouang`)."""
FUZZY_TWO = 9


def fuzzy_query(text: str) -> str | None:
    """`Khammoune` -> `khammoune~2`; the words ANDed, the short ones as they are; None when no word is long
    enough to be misspelt."""
    terms = terms_of(text)
    if not any(len(term) >= FUZZY_MIN for term in terms):
        return None
    return " AND ".join(
        f"{escape(term)}~{2 if len(term) >= FUZZY_TWO else 1}" if len(term) >= FUZZY_MIN else escape(term)
        for term in terms
    )


def phrase_query(text: str) -> str | None:
    """`Hải Nam` -> `"hai nam"` (the words together, in order); one word: the same query as `lucene_query`,
    so that a one-word search keeps every hit."""
    terms = [escape(term) for term in terms_of(text)]
    if len(terms) < 2:
        return lucene_query(text)
    return '"' + " ".join(terms) + '"'


def variants(text: str) -> list[str]:
    """Lower-case forms compared with the stored aliases for an exact match (an apostrophe either way: `People's`,
    `People’s`)."""
    stripped = text.strip()
    forms = {stripped.lower(), strip_diacritics(stripped).lower()}
    forms |= {f.replace("’", "'") for f in forms} | {f.replace("'", "’") for f in forms}
    return sorted((forms | {fold(stripped)}) - {""})


_PLACE_WORDS = re.compile(
    r"^(?:(?:tỉnh|bang|tiểu bang|vùng|thành phố|the)\s+)+|"
    r"\s+(?:province|region|state|prefecture|oblast|krai|city|municipality)$",
    re.I,
)


def without_place_words(text: str) -> str:
    """`Moscow province` -> `Moscow`, `tỉnh Hủa Phăn` -> `Hủa Phăn`: the kind of a place, which its stored names
    may write another way (`Moscow Oblast`) or not at all."""
    return _PLACE_WORDS.sub("", text.strip()).strip()


_KIND_OF = re.compile(
    r"^(?:(?:the\s+|\S+['’]s\s+)(?:[^\W\d_][\w.-]*\s+){0,2}?)?"
    r"(?:province|region|state|prefecture|oblast|krai|city|municipality|territory|county)\s+of\s+",
    re.I,
)
"""`the Lao province of Khammouane`, `Russia's region of Rostov`, `State of Oregon`: the kind (and whose it is)
before `of`."""
_OWNER_OF = re.compile(r"^(?:the\s+)?(?P<owner>(?:\S+\s+){0,2}?\S+)['’]s\s+(?P<rest>.+)$", re.I)
"""`Japan's Ministry of Finance`: the body of a country, written the way names carry their country (`Ministry of
Finance of Japan`, `Bộ Tài chính Nhật Bản`), never the bare `Ministry of Finance`, which is another country's."""
_ABBREVIATION = re.compile(r"\s*\(([^)]*)\)\s*")
"""`Ministry of Planning and Investment (MPI)`: the name, and the abbreviation alone (as the scorer reads it)."""
_OWNER = re.compile(r"^(?:the\s+)?(?:\S+\s+){0,2}?\S+['’]s\s+", re.I)
"""`Russia's`, `the UK's`: whose the place or the official is (dropped only with a kind word or a title)."""

TITLE_WORDS = frozenset(
    {
        # English: a title's head word (honorifics are the extraction's `HONORIFICS`)
        "minister",
        "pm",
        "fm",
        "president",
        "vice-president",
        "premier",
        "chancellor",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "secretary",
        "secretary-general",
        "governor",
        "ambassador",
        "mayor",
        "director",
        "director-general",
        "envoy",
        "counterpart",
        "king",
        "queen",
        "sultan",
        "emir",
        "highness",
        "majesty",
        # Vietnamese, folded (`Bộ trưởng` -> `bo truong`)
        "bo truong",
        "thu truong",
        "thu tuong",
        "chu tich",
        "bi thu",
        "dai su",
        "tong thong",
        "thong doc",
        "ngoai truong",
        "tinh truong",
        "giam doc",
        "thi truong",
        "quoc vuong",
        "nha vua",
        "thuong nghi si",
        "dac phai vien",
    }
)
"""Words that end a title before a person's name (English, and Vietnamese folded)."""
_LONGEST_TITLE = max(len(t.split()) for t in TITLE_WORDS)


def after_title(text: str) -> str | None:
    """The words after the last title or honorific (`Deputy PM and Foreign Minister Pham Binh Minh` -> `Pham Binh
    Minh`, `Bộ trưởng Ngoại giao Bùi Thanh Sơn` -> `Ngoại giao Bùi Thanh Sơn`, `ông Nguyễn Văn A`); None when no
    title is followed by a word. Honorifics are those the extraction reads before a name (`HONORIFICS`)."""
    stripped = _OWNER.sub("", text.strip())
    end = max((m.end() for m in HONORIFICS.finditer(stripped)), default=None)
    words = list(_WORD.finditer(stripped))
    for i in range(len(words) - 1):
        for n in range(1, _LONGEST_TITLE + 1):
            if i + n >= len(words):
                break
            if fold(" ".join(w.group() for w in words[i : i + n])) in TITLE_WORDS:
                end = max(end or 0, words[i + n - 1].end())
    if end is None:
        return None
    rest = stripped[end:].strip(" ,;:")
    return rest or None


_WORD = re.compile(r"\S+")


def relaxed_forms(text: str) -> list[tuple[str, bool]]:
    """The forms of `text` to search when it is no name itself, most specific first, as `(form, full)`: `full`
    forms are searched in the full-text index too, the others by their name key only (the endings of what follows
    a title: `Bùi Thanh Sơn` of `Ngoại giao Bùi Thanh Sơn`, at least two words)."""
    out: list[tuple[str, bool]] = []

    def add(form: str | None, full: bool = True) -> None:
        form = (form or "").strip(" ,;:")
        if form and fold(form) and fold(form) != fold(text) and all(fold(form) != fold(f) for f, _ in out):
            out.append((form, full))

    stripped = text.strip()
    inner = _ABBREVIATION.findall(stripped)
    if inner:
        add(_ABBREVIATION.sub(" ", stripped))
        for abbreviation in inner:
            add(abbreviation)
    owner = _OWNER_OF.match(stripped)
    if owner and not _KIND_OF.match(stripped) and without_place_words(owner["rest"]) == owner["rest"]:
        add(f"{owner['rest']} of {owner['owner']}")
        add(f"{owner['rest']} {owner['owner']}")
    kind_of = _KIND_OF.sub("", stripped)
    if kind_of != stripped:
        add(without_place_words(kind_of))
    owned = _OWNER.sub("", stripped)
    bare = without_place_words(owned)
    if bare != owned:  # `Russia's Rostov region`, `tỉnh Quảng Trị`: whose it is goes with the kind word only
        add(bare)
    rest = after_title(stripped)
    if rest:
        add(rest)
        words = rest.split()
        for start in range(1, len(words) - 1):
            add(" ".join(words[start:]), full=False)
    return out


def relaxed_params(text: str) -> list[dict[str, Any]]:
    """`$relaxed` of the search query: each relaxed form's queries, key, variants and rank (earlier: higher)."""
    forms = relaxed_forms(text)
    return [
        {
            "lucene": lucene_query(form) if full else None,
            "phrase": phrase_query(form) if full else None,
            "key": fold(form),
            "variants": variants(form),
            "rank": len(forms) - i,
        }
        for i, (form, full) in enumerate(forms)
    ]


def search_params(q: str, label: str | None, limit: int, offset: int) -> dict[str, Any] | None:
    """The parameters of `entity_search` for the text (None when it folds to nothing): what a search sends, and
    what the API plans at its start (`api.warmup`)."""
    lucene = lucene_query(q)
    if lucene is None:
        return None
    return {
        "lucene": lucene,
        "phrase": phrase_query(q),
        "key": fold(q),
        "variants": variants(q),
        "relaxed": relaxed_params(q),
        "label": label,
        "limit": limit,
        "offset": offset,
    }


async def search_rows(reader: GraphReader, q: str, label: str | None, limit: int, offset: int) -> dict[str, Any]:
    """`{total, items}` of the search (no query for text that folds to nothing). When the text is no name or
    alias, its relaxed forms (`relaxed_forms`: without a place's kind word, the name after a title) are searched
    too, their exact matches next after the text's own."""
    params = search_params(q, label, limit, offset)
    if params is None:
        return {"total": 0, "items": []}
    rows = await reader.rows("entity_search", **params)
    found: dict[str, Any] = rows[0] if rows else {"total": 0, "items": []}
    if found["total"]:
        return found
    # Nothing at all: a spelling of a name the graph writes another way (`Khammoune`, `Khammouane`), the text's
    # words with a letter or two of slack, then each relaxed form's.
    for form in [q, *(form for form, full in relaxed_forms(q) if full)]:
        fuzzy = fuzzy_query(form)
        if fuzzy is None:
            continue
        rows = await reader.rows(
            "entity_search",
            lucene=fuzzy,
            phrase=fuzzy,
            key=fold(form),
            variants=variants(form),
            relaxed=[],
            label=label,
            limit=limit,
            offset=offset,
        )
        if rows and rows[0]["total"]:
            return rows[0]
    return found
