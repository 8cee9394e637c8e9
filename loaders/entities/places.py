"""Countries and provinces (and known organisations' names), in one Aho-Corasick pass.

Takes an `ArticleDoc`; adds `doc.places` (accepted country/province spans)
and `doc.known_orgs` (gazetteer organisation names found, for the
organisation stage), the Country/Province entities, `IN_COUNTRY` and, for a
Vietnamese province merged in 2025, `SUCCEEDED_BY` its successor.

Rules, all general: a match must sit on word boundaries and, for a place,
have the gazetteer's capitalisation; the leftmost-longest match wins
(`Hà Nam Ninh` is not `Hà Nam`); a continent (`châu Mỹ`) or a compass prefix
(`Nam Mỹ`) is not the country; a province name right after a family name is
a person (`Nguyễn Hòa Bình`); short forms that are also ordinary words
(`Nhật`, `Hàn`, `Trung`, `Việt`, `Anh`) count only in an enumeration or pair
with another country (`Mỹ, Nhật, Hàn`, `Việt - Trung`), after `phía`/`nước`,
or in parentheses. A name shared by two provinces (`Hà Nam` in China and in
Viet Nam) goes to the country its neighbours belong to.
"""
from __future__ import annotations

import re
from collections import Counter

from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon, Surface
from loaders.entities.phrases import leftmost_longest
from loaders.gazetteer import COUNTRY, ORGANIZATION, PROVINCE, GazetteerEntry

_COMPASS = ("Nam", "Bắc", "Đông", "Tây")
_CONTEXT_CUE = re.compile(r"(?:phía|nước|hai nước|sang|thị trường|quan hệ|Bộ \w+(?: \w+)?)\s+$", re.I)
_JOIN = re.compile(r"^\s*(?:,|và|[-–—/]|,\s*và)\s*$")
_NEAR = 300


def scan(doc: ArticleDoc, lex: Lexicon) -> None:
    """Run the automaton once over the article; fill `doc.places` and `doc.known_orgs`."""
    text = doc.text
    lower = doc.lower
    places: list[tuple[int, int, tuple[Surface, ...]]] = []
    orgs: list[tuple[int, int, tuple[Surface, ...]]] = []
    n = len(text)
    for end_idx, bucket in lex.automaton.iter(lower):
        end = end_idx + 1
        start = end - len(bucket[0].form)
        if not text[start].isupper():
            continue  # every gazetteer name starts with a capital; this drops `anh`, `nga`, `trung` as words at once
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        if end < n and (text[end].isalnum() or text[end] == "_"):
            continue
        surface = text[start:end]
        place = tuple(s for s in bucket if s.entry.label != ORGANIZATION and s.form == surface)
        org = tuple(s for s in bucket if s.entry.label == ORGANIZATION
                    and (s.form == surface or (len(s.form.split()) >= 2 and not s.form.isupper())))
        if place:
            places.append((start, end, place))
        if org:
            orgs.append((start, end, org))
    doc.known_orgs = [Span(s, e, b[0].entry.id, ORGANIZATION, text[s:e], {"entry": b[0].entry})
                      for s, e, b in leftmost_longest(orgs)]
    candidates = leftmost_longest(places)
    doc.place_starts = {start for start, _, _ in candidates}
    accepted = _filter(doc, candidates, lex)
    doc.places = accepted
    _add_entities(doc, lex)


def _filter(doc: ArticleDoc, candidates, lex: Lexicon) -> list[Span]:
    text = doc.text
    firm: list[tuple[int, int, tuple[Surface, ...]]] = []
    doubtful: list[tuple[int, int, tuple[Surface, ...]]] = []
    for start, end, bucket in candidates:
        before = text[max(0, start - 12):start]
        word_before = before.split()[-1] if before.split() else ""
        label = bucket[0].entry.label
        if before.lower().endswith("châu ") or text[end:end + 7].startswith((" Latinh", " La-tinh")):
            continue
        if label == COUNTRY and word_before in _COMPASS and before.endswith(" "):
            continue
        if label == PROVINCE and word_before in lex.surnames and before.endswith(" ") and not _is_place_word(word_before):
            continue
        if _runs_on(text, end):
            continue
        if all(s.ambiguous for s in bucket):
            doubtful.append((start, end, bucket))
        else:
            firm.append((start, end, tuple(s for s in bucket if not s.ambiguous)))
    accepted = list(firm)
    changed = True
    while changed and doubtful:
        changed = False
        for cand in list(doubtful):
            if _in_context(text, cand, accepted, doubtful):
                accepted.append(cand)
                doubtful.remove(cand)
                changed = True
    accepted.sort(key=lambda m: m[0])
    spans = []
    for start, end, bucket in accepted:
        entry = _choose(doc, start, bucket, accepted)
        spans.append(Span(start, end, entry.id, entry.label, text[start:end], {"entry": entry}))
    return spans


_NEXT_WORDS = re.compile(r" ([^\W\d_][\w'’\-]*)(?: ([^\W\d_][\w'’\-]*))?")
# English words that follow a place's name and keep it that place (`Quang Ninh Province`, `Hanoi City`).
_PLACE_WORDS_EN = frozenset({"Province", "City", "Municipality", "Region", "Prefecture", "Provincial", "Municipal",
                             "State", "Autonomous"})


def _runs_on(text: str, end: int) -> bool:
    """The name goes on with one more capitalised word (`Thái Bình Dương`, `Hà Nam Ninh`): a longer name,
    not this place. Two or more capitalised words after it are more likely a person (`Trung Quốc Tập Cận Bình`)."""
    m = _NEXT_WORDS.match(text, end)
    if not m or not m.group(1)[0].isupper() or m.group(1) in _PLACE_WORDS_EN:
        return False
    return not (m.group(2) and m.group(2)[0].isupper())


def _is_place_word(word: str) -> bool:
    return word.lower() in ("tỉnh", "thành", "phố", "huyện")


def _in_context(text: str, cand, accepted, doubtful) -> bool:
    start, end, _ = cand
    if text[max(0, start - 1):start] == "(" and text[end:end + 1] == ")":
        return True
    if _CONTEXT_CUE.search(text[max(0, start - 25):start]):
        return True
    for other in accepted:
        if other[0] == start:
            continue
        if other[1] <= start and _JOIN.match(text[other[1]:start]) and other[2][0].entry.label == COUNTRY:
            return True
        if end <= other[0] and _JOIN.match(text[end:other[0]]) and other[2][0].entry.label == COUNTRY:
            return True
    for other in doubtful:  # a pair of short forms: `Việt - Trung`, `Việt-Mỹ`
        if other is cand:
            continue
        gap = text[other[1]:start] if other[1] <= start else text[end:other[0]]
        if re.fullmatch(r"\s*[-–—]\s*", gap):
            return True
    return False


def _choose(doc: ArticleDoc, start: int, bucket: tuple[Surface, ...], accepted) -> GazetteerEntry:
    """One entry for a form several share: the country its neighbours point to, then the article's, then home."""
    entries = list(dict.fromkeys(s.entry for s in bucket))
    if len(entries) == 1:
        return entries[0]
    near = Counter()
    whole = Counter()
    for s, e, b in accepted:
        if s == start:
            continue
        for c in _countries_of(b[0].entry):
            whole[c] += 1
            if abs(s - start) <= _NEAR:
                near[c] += 3 if doc.sentence_index(s) == doc.sentence_index(start) else 1
    def score(entry: GazetteerEntry) -> tuple[int, int, int]:
        country = _countries_of(entry)[0] if _countries_of(entry) else ""
        return (near[country], whole[country], int(f"country:{country.lower()}" == doc.home_country))
    return max(entries, key=score)


def _countries_of(entry: GazetteerEntry) -> list[str]:
    if entry.label == COUNTRY:
        return [entry.properties.get("iso2", "")]
    country = entry.properties.get("country")
    return [country] if country else []


def add_place_entity(doc: ArticleDoc, entry: GazetteerEntry, at: int | None) -> str:
    """The Country/Province entity (and a province's IN_COUNTRY and SUCCEEDED_BY); returns its id."""
    props = {k: v for k, v in entry.properties.items() if k in ("iso2", "iso3", "iso", "country", "kind", "status")}
    doc.entity(entry.id, entry.label, entry.name, aliases=entry.aliases, properties=props, at=at)
    if entry.label == PROVINCE:
        country = entry.properties.get("country")
        rel_at = at if at is not None else 0
        if country:
            country_entry = doc.lexicon.gaz.country(country)
            if country_entry is not None:
                if country_entry.id not in doc.entities:
                    add_place_entity(doc, country_entry, None)
                doc.relate("IN_COUNTRY", entry.id, country_entry.id, at=rel_at)
        successor = entry.properties.get("successor")
        if successor and successor in doc.lexicon.gaz.provinces:
            if successor not in doc.entities:
                add_place_entity(doc, doc.lexicon.gaz.provinces[successor], None)
            doc.relate("SUCCEEDED_BY", entry.id, successor, at=rel_at)
    return entry.id


def _add_entities(doc: ArticleDoc, lex: Lexicon) -> None:
    for span in doc.places:
        add_place_entity(doc, span.data["entry"], span.start)
