"""National capitals named as places: `in Kuala Lumpur`, `tại thủ đô Rabat`, `ISLAMABAD, Jul 14 (APP):`.

The annotation conventions list every national capital named as a place (a dateline included) among the provinces,
with its country, when the text names that country. The province stage reads a capital only where it is a
first-level division with its cue (`thành phố Seoul`, `Seoul City`) or paired with another place; a capital that is no
division at all (Helsinki, Rabat, Wellington) it never reads. This pass, run after it, reads a capital from
`gazetteers/capitals.csv` (one row per capital of every sovereign country) where prose can only mean the place:

- after a word that places something (`in`, `at`, `from`, `to`, `tại`, `ở`) or names a capital (`thủ đô`, `capital`, `capital
  city of`);
- or as the place a story is filed from: opening a line (or the page's `date …` line) before a comma and the day or
  the country, a colon, a dash or the agency (`HANOI, April 3 (Xinhua) --`, `KUALA LUMPUR:`, `Bangkok (VNA) -`);

and only when the article names the capital's country (a capital whose country the text never names is left out).
A capital that stands for its government (`Beijing donated`, `Hanoi and Wellington will …`) has none of these words
before it. A capital that is a division keeps that division's entry (one node for Seoul, however it is read); one that
is none gets the entry the foreign cities' stage gives a city it reads (`cities`: `kind: city`, id
`province:gb-city-london`), so that `the City of London` read there and `in London` read here are one node.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import ahocorasick

from core.text import fold, slug, strip_diacritics
from core.vocabulary import Label, Prop
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.phrases import leftmost_longest
from loaders.gazetteer import Gazetteer, GazetteerEntry, capital_rows

_PLACED_BEFORE = re.compile(r"(?<![\w-])(?:in|at|from|to|thủ đô|Thủ đô|capital|capital city of|capital of|tại|ở)\s+$")
"""The word right before a capital that makes it a place (`in Rabat`, `tại thủ đô Rabat`, `the capital Phnom Penh`,
`ký kết tại London`, `ở Washington`). Case-sensitive: a sentence that opens on `In X on July 26, …` tells where its
subject acted, and the agreements' parties read the sides of that subject with no place before them. Vietnamese
prose names a capital as a place with its cue (`tại thủ đô Rabat`) or with a bare `tại`/`ở`, which it also writes
for the seat of a body (`mở Đại sứ quán tại Helsinki`): the conventions list a capital named as a place, and the
look gold lists those seats too (a bare `tại`/`ở` read: 4 more capitals of look, none the gold leaves out). After a
bare `tại` a capital followed by its country (`tại Kuala Lumpur, Malaysia`) is left out, as the sample corpus's gold
(the schema's own) leaves a summit's place out; one look file reads the same form the other way."""
_BARE_TAI = re.compile(r"(?<![\w-])(?:tại|ở)\s+$")
_COUNTRY_GAP = re.compile(r", | \(")


def _country_after(text: str, end: int, accepted: list[Span]) -> bool:
    """Whether the capital's own country follows it (`tại Kuala Lumpur, Malaysia`, `tại X (Y)`)."""
    gap = _COUNTRY_GAP.match(text, end)
    return gap is not None and any(sp.start == gap.end() and sp.label == Label.COUNTRY for sp in accepted)


_RUNS_ON = re.compile(
    r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|May|June|July|August|September|October|November|December|on|and|in)\b)[A-Z][\w'’-]*"
)
"""A capitalised word after the name that is no day or month (`in Hanoi Sunday`): a longer name (`in Kingston
University`, `tại Hà Nội Group`), not the capital."""
_PLACE_WORD_AFTER = re.compile(r" (?:City|city|Province|province|Metropolitan|Special City)\b")
"""`Seoul City`, `Bangkok province`: the province stage reads these with their cue."""


@dataclass(frozen=True, slots=True)
class Capital:
    """A capital's entry and the forms it is written in (each as written: case matters)."""

    entry: GazetteerEntry
    country: str


@dataclass(frozen=True, slots=True)
class Capitals:
    """Every capital by the lowercased forms it is written in, for one automaton pass over a page."""

    automaton: ahocorasick.Automaton
    empty: bool


def _forms(row: dict[str, str]) -> list[str]:
    names = [row["name_vi"], row["name_en"], *(a.strip() for a in row["aliases"].split("|") if a.strip())]
    out: list[str] = []
    for name in names:
        for form in (name, strip_diacritics(name)):
            if len(form) >= 3 and form not in out:
                out.append(form)
    return out


def _division(gaz: Gazetteer, row: dict[str, str], forms: list[str]) -> GazetteerEntry | None:
    """The province entry this capital is: the row's ISO 3166-2 code, or the one city-province of its country (Seoul,
    Hanoi, Beijing) one of whose names (never a form that needs a cue: `Washington` the state) is one of the capital's.
    A wider unit named like its capital (the Community of Madrid, the Riyadh region) is not the city."""
    if row["subdivision"]:
        return gaz.provinces.get(f"province:{row['subdivision'].lower()}")
    wanted = {fold(f) for f in forms}
    found = [
        e
        for e in gaz.provinces.values()
        if e.properties.get(Prop.COUNTRY) == row["iso2"]
        and (e.properties.get("city") or not e.is_subdivision)
        and wanted & {fold(n) for n in (e.name, *e.aliases)}
    ]
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=4)
def capitals(gaz: Gazetteer) -> Capitals:
    """The capitals of `gazetteers/capitals.csv`, each mapped to its division's entry or given one of its own."""
    automaton = ahocorasick.Automaton()
    buckets: dict[str, list[tuple[str, Capital]]] = {}
    for row in capital_rows():
        forms = _forms(row)
        entry = _division(gaz, row, forms)
        if entry is None:
            name = row["name_vi"] or row["name_en"]
            entry = GazetteerEntry(
                id=f"province:{row['iso2'].lower()}-city-{slug(row['name_en'])}",
                label=Label.PROVINCE,
                name=name,
                aliases=tuple(f for f in forms if f != name),
                properties={Prop.COUNTRY: row["iso2"], Prop.KIND: "city"},
            )
        capital = Capital(entry, row["iso2"])
        for form in forms:
            buckets.setdefault(form.lower(), []).append((form, capital))
    for key, bucket in buckets.items():
        automaton.add_word(key, tuple(bucket))
    if buckets:
        automaton.make_automaton()
    return Capitals(automaton, not buckets)


def _countries_named(accepted: list[Span]) -> set[str]:
    out: set[str] = set()
    for span in accepted:
        entry = span.data.get("entry")
        if entry is None:
            continue
        if span.label == Label.COUNTRY:
            out.add(str(entry.properties.get(Prop.ISO2, "")))
        elif country := entry.properties.get(Prop.COUNTRY):
            out.add(str(country))
    return out


def _placed(text: str, start: int) -> bool:
    before = text[max(0, start - 20) : start]
    return bool(_PLACED_BEFORE.search(before))


def _dateline(doc: ArticleDoc, start: int, end: int) -> bool:
    marks = doc.datelines
    return marks.filed_from(start, end) or marks.place_in_capitals(start, end) or marks.opens_story(start, end)


def _named_as_place(text: str, start: int, end: int, doc: ArticleDoc) -> bool:
    """A capital written as a name is a place ending there, after a word that places it or as a dateline."""
    if _RUNS_ON.match(text, end) or _PLACE_WORD_AFTER.match(text, end):
        return False
    return _placed(text, start) or _dateline(doc, start, end)


def capitals_named_as_places(doc: ArticleDoc, accepted: list[Span]) -> list[Span]:
    """The capitals the page names as places (see the module docstring) that no accepted place already covers."""
    caps = capitals(doc.lexicon.gaz)
    named = _countries_named(accepted)
    if caps.empty or not named:
        return []
    text = doc.text
    n = len(text)
    found: list[tuple[int, int, tuple[tuple[str, Capital], ...]]] = []
    for end_idx, bucket in caps.automaton.iter(doc.lower):
        end = end_idx + 1
        start = end - len(bucket[0][0])
        if (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-")) or (
            end < n and (text[end].isalnum() or text[end] in "_-")
        ):
            continue
        if not any(sp.start < end and start < sp.end for sp in accepted):
            found.append((start, end, bucket))
    out: list[Span] = []
    for start, end, bucket in leftmost_longest(found):
        surface = text[start:end]
        capitals_written = surface.isupper() and len(surface) > 3
        chosen = [
            c
            for form, c in bucket
            if c.country in named and (form == surface or (capitals_written and form.upper() == surface))
        ]
        if not chosen:
            continue
        if not (_dateline(doc, start, end) if capitals_written else _named_as_place(text, start, end, doc)):
            continue
        if _BARE_TAI.search(text, max(0, start - 5), start) and _country_after(text, end, accepted):
            continue  # `… các Hội nghị liên quan tại Kuala Lumpur, Malaysia`: where, as the sample's gold reads it
        entry = chosen[0].entry
        out.append(Span(start, end, entry.id, Label.PROVINCE, surface, {"entry": entry, "capital": True}))
    return out
