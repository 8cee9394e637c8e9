"""Work done once that was done again (the 32nd session's CPU round): each shortcut reads what the longer way read.

- `places._accepted_countries`: the countries a page names, for the provinces abroad, without the spans `_filter`
  makes of every place: the same countries, at the same ends, as the country spans of `_filter`.
- `places.add_place_entity`: a gazetteer entry's aliases and properties merged into its node once per page: the
  document is the one read when they are merged at every mention.
- `transliteration._ranked_readings`: a Hán-Việt syllable's pinyin readings ranked once per process: the
  candidates are those ranked for each name.
No Neo4j needed.
"""

from __future__ import annotations

import heapq
import itertools
import math
from typing import Any

import pytest

from core.vocabulary import Label
from loaders import transliteration as tr
from loaders.contract import to_document
from loaders.entities import places
from loaders.pipeline import Extractor

_PAGES = [
    "Bộ trưởng Công Thương Việt Nam làm việc với Thống đốc bang Victoria của Australia tại Melbourne. "
    "Việt Nam và Australia nhất trí thúc đẩy thương mại. Đoàn Việt Nam cũng thăm bang New South Wales.",
    "The Vietnamese delegation visited Australia's Victoria and met officials of Georgia and of Georgia State. "
    "Vietnam and Japan also discussed trade with Osaka Prefecture; Hanoi and Vietnam hosted the talks.",
    "Thủ tướng Việt Nam tiếp Đại sứ Hoa Kỳ. Việt Nam - Hoa Kỳ, Việt Nam và Trung Quốc, tỉnh Vân Nam.",
]


def test_the_countries_read_for_the_provinces_abroad_are_the_country_spans_of_the_filter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[list[tuple[int, str]]] = []
    shortcut = places._accepted_countries

    def both(doc: Any, candidates: Any, lex: Any) -> Any:
        got = shortcut(doc, candidates, lex)
        spans = [sp for sp in places._filter(doc, candidates, lex) if sp.label == Label.COUNTRY]
        assert [(end, entry.id) for end, entry in got] == [(sp.end, sp.data["entry"].id) for sp in spans]
        assert all(entry is sp.data["entry"] for (_, entry), sp in zip(got, spans, strict=True))
        seen.append([(end, entry.id) for end, entry in got])
        return got

    monkeypatch.setattr(places, "_accepted_countries", both)
    extractor = Extractor()
    for page in _PAGES:
        extractor.extract_text(page)
    assert seen and any(countries for countries in seen)  # (the pages name provinces abroad beside countries)


class _Forgetful(dict[str, Any]):
    """A record of merged entries that never remembers one: every mention merges its entry again."""

    def get(self, key: str, default: Any = None) -> Any:
        return default


def test_a_place_entry_merged_once_per_page_gives_the_document_merged_at_every_mention(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    once = [to_document(Extractor().extract_text(page, source=f"p{i}")) for i, page in enumerate(_PAGES)]
    init = places.ArticleDoc.__init__

    def forgetful(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.place_entries_merged = _Forgetful()

    monkeypatch.setattr(places.ArticleDoc, "__init__", forgetful)
    every = [to_document(Extractor().extract_text(page, source=f"p{i}")) for i, page in enumerate(_PAGES)]
    assert once == every
    vietnam = next(e for e in once[0]["entities"] if e["id"] == "country:vn")
    assert len(vietnam["aliases"]) >= 2  # (the gazetteer's names of Viet Nam, merged on its first mention)


def _ranked_for_each_name(name: str, limit: int = tr.ALIAS_CAP, floor: float = tr.ALIAS_FLOOR) -> list[str]:
    """`pinyin_candidates` as it was written before: each syllable's readings ranked for each name."""
    keys = tr.hanviet_syllables(name)
    if not keys or limit <= 0:
        return []
    plain = tr._is_unmarked(name)
    ranked: list[list[tuple[float, str]]] = []
    for key in keys:
        options = tr._options(key, plain)
        total = sum(options.values())
        best = heapq.nlargest(tr._PER_SYLLABLE, options.items(), key=lambda kv: (kv[1], kv[0]))
        ranked.append([(math.log(w / total), py) for py, w in best])
    combos = heapq.nlargest(
        limit, itertools.product(*ranked), key=lambda combo: (sum(s for s, _ in combo), tuple(p for _, p in combo))
    )
    words = name.split()
    surname = tr._surname_length([tr.strip_diacritics(w).lower() if plain else tr.normalize(w).lower() for w in words])
    top = sum(s for s, _ in combos[0])
    return [
        tr.format_pinyin((p for _, p in combo), surname)
        for combo in combos
        if sum(s for s, _ in combo) >= top + math.log(floor)
    ]


@pytest.mark.parametrize("name", ["Lý Cường", "Tập Cận Bình", "Vương Nghị", "Ly Cuong", "Âu Dương Minh Châu"])
def test_pinyin_candidates_ranked_once_per_syllable_are_those_ranked_for_each_name(name: str) -> None:
    assert tr.pinyin_candidates(name) == _ranked_for_each_name(name)
    assert tr.pinyin_candidates(name) == _ranked_for_each_name(name)  # (again, from the remembered rankings)
