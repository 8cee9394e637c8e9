"""Text keys shared by every layer: one Unicode form, one tone-mark convention, folded keys, slugs.

Why here, on the ground floor, and once: every name key (gazetteer lookups,
resolution, ids, the graph's `name_key` and `search_text`, the API's search)
must be built the same way, or one person becomes two nodes and a search
misses. `fold` and `strip_diacritics` are memoised here, once: names repeat
across a corpus (every article names the ministry), and the stages used to
wrap them in caches of their own.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# New-style ("hoà", "thuỷ") to old-style ("hòa", "thủy") tone placement in the
# open syllables oa, oe, uy. After "q" the "u" belongs to the consonant ("quý"
# is written the same in both conventions), so it is left alone.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_ON_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}


def _build_tone_map() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, second in _PAIRS:
        for tone in range(5):
            new = first + _TONED[second][tone]
            old = _ON_FIRST[first][tone] + second
            for variant_new, variant_old in (
                (new, old),
                (new.capitalize(), old.capitalize()),
                (new.upper(), old.upper()),
            ):
                table[variant_new] = variant_old
    return table


_TONE_MAP = _build_tone_map()
# The pair first, then "not after q" checked in `_old_style`: a pattern that starts with a look-behind is tried at
# every position of the text, one that starts with the pairs' letters is not (10x faster over an article). No
# match is lost: where a pair after "q" is passed over, its second letter starts no pair.
_NEW_STYLE_RE = re.compile(r"(" + "|".join(map(re.escape, _TONE_MAP)) + r")(?![^\W\d_])")


def _old_style(m: re.Match[str]) -> str:
    start = m.start()
    if start and m.string[start - 1] in "qQ":
        return m.group(0)  # `quý`: the "u" belongs to the consonant
    return _TONE_MAP[m.group(1)]


def normalize(text: str) -> str:
    """NFC, then the old-style tone placement (`hoà` -> `hòa`, `thuỷ` -> `thủy`)."""
    text = unicodedata.normalize("NFC", text)
    return _NEW_STYLE_RE.sub(_old_style, text)


_WORD = re.compile(r"\w+")
"""A word of `fold`'s key: its words are the runs of word characters, whatever stands between them (a third faster
than replacing what stands between by spaces and splitting, and the same words: no word character is a space)."""


_CACHED = 1 << 17
"""Entries per memo: the distinct names and words of a large corpus (each a short string)."""


class _NoMarks(dict[int, int | None]):
    """A `str.translate` table that drops combining marks: each code point looked up once, then remembered (a
    table of all of Unicode would cost a second at import; a generator over the characters cost most of
    `strip_diacritics`)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_MARKS = _NoMarks()


@functools.lru_cache(maxsize=_CACHED)
def strip_diacritics(text: str) -> str:
    """`Nguyễn Hồng Diên` -> `Nguyen Hong Dien` (keeps case; đ/Đ become d/D)."""
    if text.isascii():  # (no mark and no đ to take off; both normal forms leave it as it is: English pages' names)
        return text
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", text.translate(_NO_MARKS))


@functools.lru_cache(maxsize=_CACHED)
def fold(text: str | None) -> str:
    """The matching key: no diacritics, case-folded, punctuation to spaces, spaces collapsed."""
    if not text:
        return ""
    return " ".join(_WORD.findall(strip_diacritics(text).casefold()))


def slug(text: str) -> str:
    """A readable id part: `Nguyễn Hồng Diên` -> `nguyen-hong-dien`."""
    return fold(text).replace("_", " ").replace(" ", "-")
