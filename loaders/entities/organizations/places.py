"""Provincial and national bodies' places: the country or province that ends or follows a name, a seat after
`tại`, a province abroad, a body's home by its kind, a chamber's country, the two countries of a joint body.

The place rules of the name reader, apart from it so that the reader reads as the order of its cases."""

from __future__ import annotations

import re
from collections import Counter

from core.vocabulary import Label, Prop
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.words import (
    _BETWEEN,
    _CAP_TOKEN,
    _CITY,
    _PAIR_DASH,
    _SEAT_CUE,
    _STATE_FORM,
    _STOP,
    _TOKEN,
)
from loaders.first_letters import compile_gated


def _country_ending_run(doc: ArticleDoc, at: int) -> Span | None:
    """The country that ends a run of capitalised words from `at` (`Cộng hòa Arập Ai Cập`: a state's full name
    however spelt, the country's name last), or starts it."""
    pos = at
    for n in range(_MAX_STATE_WORDS):
        place = doc.span_at(doc.places, pos)
        if place is not None:
            return place if place.label == Label.COUNTRY else None
        if doc.text.startswith("xã hội chủ nghĩa ", pos):
            pos += len("xã hội chủ nghĩa ")  # (`Cộng hòa xã hội chủ nghĩa Việt Nam`: the state's kind, no clause)
            continue
        word = (_CAP_TOKEN if n == 0 else _TOKEN).match(doc.text, pos)
        if word is None or word.group(0) in _STOP or doc.text[word.end() : word.end() + 1] != " ":
            return None
        pos = word.end() + 1
    return None


_MAX_STATE_WORDS = 6


def _country_right_after(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """The country one to three capitalised words at `at` name, though the places stage read none there (`Việt Nam
    Nhật Bản`: a country right after another, with no dash between, is left alone by it); the longest run first."""
    ends = []
    pos = at
    for _ in range(3):
        word = _CAP_TOKEN.match(doc.text, pos)
        if word is None or not word.group(0)[0].isupper():
            break
        ends.append(word.end())
        pos = word.end() + 1
    for end in reversed(ends):
        name = doc.text[at:end]
        country = next(iter(lex.find(name, Label.COUNTRY)), None)
        if country is not None:
            return Span(at, end, country.id, Label.COUNTRY, name, {"entry": country})
    return None


_PROVINCE_CUE_AFTER = re.compile(r" (?:tỉnh bang|tỉnh|thành phố|bang) ")
"""A province's kind before its name, after a known body's (`Cục Hải quan tỉnh X`, `Quốc hội bang Hessen`: a
federal state's or a Canadian province's own parliament, not the country's)."""


_LATER_IN_CHAIN = re.compile(r"(?:,|\s[-–])\s*[A-ZĐ][^,;:.()\n]{0,40}?\s(?:tỉnh|thành phố)\s")


def _province_later_in_chain(doc: ArticleDoc, end: int) -> Span | None:
    """The province the next title of the same chain names (`Tỉnh ủy, Tỉnh trưởng tỉnh Xiêng Khoảng`, `Tỉnh ủy -
    Chủ tịch HĐND tỉnh X`): a bare provincial body listed with it is that province's, not the page's."""
    m = _LATER_IN_CHAIN.match(doc.text, end)
    place = doc.span_at(doc.places, m.end()) if m else None
    return place if place is not None and place.label == Label.PROVINCE else None


def _province_named_again(doc: ArticleDoc, at: int, end: int) -> Span | None:
    """The province whose name starts at `at` (and ends by `end`), when the article read it elsewhere under the same
    spelling (with its cue there: `bang Tây Australia`)."""
    text = doc.text
    for p in doc.places:
        stop = at + len(p.text)
        if (
            p.label == Label.PROVINCE
            and p.start != at
            and stop <= end
            and text.startswith(p.text, at)
            and not (stop < len(text) and text[stop].isalnum())
        ):
            return Span(at, stop, p.id, p.label, p.text, dict(p.data))
    return None


def _province_after_cue(doc: ArticleDoc, end: int) -> Span | None:
    """`Cục Hải quan tỉnh Lạng Sơn`: a known body's name with a province after it is that province's body."""
    cue = _PROVINCE_CUE_AFTER.match(doc.text, end)
    place = doc.span_at(doc.places, cue.end()) if cue else None
    return place if place is not None and place.label == Label.PROVINCE else None


def _place_right_after(doc: ArticleDoc, end: int) -> Span | None:
    """The place named right after a known body's name (`Chính phủ Lào`), also after the abbreviated form of its
    state (`Chính phủ CH X`, `… CHLB X`): that country's body, not the known one."""
    if doc.text[end : end + 1] != " ":
        return None
    form = _STATE_FORM.match(doc.text, end + 1)
    after = doc.span_at(doc.places, form.end()) if form is not None else None
    if after is not None and after.label == Label.COUNTRY:
        return after
    return doc.span_at(doc.places, end + 1)


def _country_before_seat(doc: ArticleDoc, lex: Lexicon, word: re.Match[str]) -> Span | None:
    """`Phòng công nghiệp và thương mại Đức tại Việt Nam`: a country's short name that is also a given name (`Đức`,
    `Pháp`), which the places stage leaves alone after other words, is the country when `tại` and a country follow:
    a body of one country seated in another."""
    cue = _SEAT_CUE.match(doc.text, word.end())
    seat = doc.span_at(doc.places, cue.end()) if cue is not None else None
    if seat is None or seat.label != Label.COUNTRY:
        return None
    country = next(iter(lex.find(word.group(0), Label.COUNTRY)), None)
    if country is None or country.id == seat.id:
        return None
    return Span(word.start(), word.end(), country.id, Label.COUNTRY, word.group(0), {"entry": country})


_SAYS_PROVINCE = compile_gated(r"(?:[Tt]ỉnh$|Tỉnh ủy$)")


def _home_of_kind(doc: ArticleDoc, bare: str) -> Span | None:
    """The page's own province for a body named bare (`UBND tỉnh`, `Tỉnh ủy`): one that says `tỉnh` is a province's,
    never a city's, so on a page that names the city where a province's delegation went more often than the
    province (`Đoàn công tác của tỉnh X … tại Thành phố Hồ Chí Minh`) it is the province most named."""
    home = doc.home_province
    if home is None or not _SAYS_PROVINCE.search(bare) or _kind_of(home) != "city":
        return home
    counts: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for sp in doc.places:
        if sp.label == Label.PROVINCE and _kind_of(sp) == "province" and _country_code(sp) == "VN":
            counts[sp.id] += 1
            first.setdefault(sp.id, sp)
    return first[max(counts, key=lambda pid: (counts[pid], -first[pid].start))] if counts else home


def _kind_of(place: Span) -> str:
    entry = place.data.get("entry")
    return str(entry.properties.get(Prop.KIND) or "") if entry is not None else ""


def _country_code(place: Span) -> str:
    entry = place.data.get("entry")
    return str(entry.properties.get(Prop.COUNTRY) or "") if entry is not None else ""


def _province_abroad(seat: Span, country: Span) -> bool:
    """Whether a province or city where a country's body sits lies in another country (`Hiệp hội các doanh nghiệp Hàn
    Quốc tại Thành phố Hồ Chí Minh`: the chapter of a country's businesses abroad, named with its city)."""
    if seat.label != Label.PROVINCE or "entry" not in seat.data or "entry" not in country.data:
        return False
    where = seat.data["entry"].properties.get(Prop.COUNTRY)
    whose = country.data["entry"].properties.get(Prop.ISO2)
    return bool(where and whose and where.lower() != whose.lower())


def city_office_abroad(seat: Span, city: Span) -> bool:
    """Whether an office named after a city or province (`Văn phòng Kinh tế và Văn hóa Đài Bắc`: a place that stands
    for its government abroad) sits, per its seat after `tại`, in another country: `… tại Thành phố Hồ Chí Minh` is
    that office there, one of several, named with its seat."""
    if city.label != Label.PROVINCE or "entry" not in seat.data or "entry" not in city.data:
        return False
    seat_entry = seat.data["entry"]
    where = seat_entry.properties.get(Prop.ISO2 if seat.label == Label.COUNTRY else Prop.COUNTRY)
    whose = city.data["entry"].properties.get(Prop.COUNTRY)
    return bool(where and whose and where.lower() != whose.lower())


def _glued_city(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`chính quyền TP.Dubai`: a city or province the gazetteer knows, written glued to `TP.` (the places stage
    reads whole words only); one entry only, no word that is also something else."""
    words = _CITY.match(doc.text, at)
    entries = lex.find(words.group(0), Label.PROVINCE) if words is not None else []
    if words is None or len(entries) != 1 or words.group(0) in entries[0].ambiguous_aliases:
        return None
    return Span(words.start(), words.end(), entries[0].id, Label.PROVINCE, words.group(0), {"entry": entries[0]})


def _chamber_country(doc: ArticleDoc, at: int) -> Span | None:
    """The foreign country named last before `at` in its paragraph (`Phó Thủ tướng X A; chào Chủ tịch Hạ viện …`):
    whose chamber a bare `Hạ viện` is; None when the paragraph names none before it."""
    paragraph = doc.text.rfind("\n", 0, at) + 1
    before = [p for p in doc.within(doc.places, paragraph, at) if p.label == Label.COUNTRY and p.id != doc.home_country]
    return before[-1] if before else None


def _province_abroad_near(doc: ArticleDoc, at: int) -> Span | None:
    """The province of another country the sentence names first after `at`, else last before it: whose government
    a bare `Chính quyền nhân dân tỉnh` is (our provinces have none by that name)."""
    sentence = doc.sentence_of(at)
    home = (doc.home_country or "").removeprefix("country:").upper()
    abroad = [
        p
        for p in doc.within(doc.places, sentence.start, sentence.end)
        if p.label == Label.PROVINCE and p.data["entry"].properties.get(Prop.COUNTRY) not in (home, None, "")
    ]
    after = [p for p in abroad if p.start >= at]
    before = [p for p in abroad if p.end <= at]
    return after[0] if after else before[-1] if before else None


def _between_countries(doc: ArticleDoc, at: int) -> int | None:
    """Where the two countries a joint body is of, named right at `at`, end: `giữa A và B` (`… giữa Việt Nam và
    Hungary`) or `A – B` (`… kỹ thuật Việt Nam – Cuba`); None when no such pair is there."""
    text = doc.text
    between = _BETWEEN.match(text, at)
    first = doc.span_at(doc.places, between.end() if between is not None else at + 1)
    if first is None or first.label != Label.COUNTRY:
        return None
    join = _AND_COUNTRY.match(text, first.end) if between is not None else _PAIR_DASH.match(text, first.end)
    second = (doc.span_at(doc.places, join.end()) or doc.span_at(doc.places, join.start() + 3)) if join else None
    if second is None or second.label != Label.COUNTRY or second.id == first.id:
        return None
    return second.end


_AND_COUNTRY = re.compile(r" và ")
