"""Ministries and their portfolios: a ministry named by its fields (the Vietnamese portfolio vocabulary of
`gazetteers/portfolio_words_vi.txt`) and the country or province after them, another body's head inside a name,
the article's main ministry, and a ministry on a foreign country's side of a meeting.

Read by the name reader, the companies' rules and the officials stages (`fields_end_at`, `fields_then_place`),
so kept apart from the reader and below it."""

from __future__ import annotations

import functools
import re
from collections import Counter
from importlib import resources

from core.vocabulary import Label, Prop
from loaders.entities.doc import VIETNAM, ArticleDoc, Span
from loaders.entities.lexicon import ORG_HEADS, Lexicon
from loaders.first_letters import compile_gated
from loaders.gazetteer import GazetteerEntry


def _ministry_by_fields(doc: ArticleDoc, head_end: int, *, any_case: bool = False) -> Span | None:
    """The country or province a ministry named by its fields belongs to (`Bộ Lao động và Việc làm Hàn Quốc`), read
    with the portfolio vocabulary so that a field's word (`làm`, `Lâm`) does not end the name; the first field in
    capitals unless `any_case` (a province's department, which pages write in sentence case too: `Sở khoa học và
    công nghệ tỉnh X`)."""
    at = head_end + 1
    if doc.text[head_end:at] != " " or not (doc.text[at : at + 1].isupper() or any_case):
        return None
    place = fields_then_place(doc, at)
    return place if place is not None and place.label in (Label.COUNTRY, Label.PROVINCE) else None


def fields_then_place(doc: ArticleDoc, at: int) -> Span | None:
    """The place after fields of government read from `at` (`Lao động và Việc làm Hàn Quốc`: `lao động`, `việc làm`
    from `gazetteers/portfolio_words_vi.txt`, joined by `và` and commas), the country or province of a ministry
    named by its fields; None when anything else stands before a place."""
    pos, fields = at, 0
    lower = doc.lower
    while True:
        place = doc.span_at(doc.places, pos)
        if place is None and fields and (cue := _PROVINCE_CUE.match(lower, pos)) is not None:
            province = doc.span_at(doc.places, cue.end())  # `Sở khoa học và công nghệ tỉnh X`: the province's, cued
            place = province if province is not None and province.label == Label.PROVINCE else None
        if place is not None:
            return place if fields else None
        if fields and (m := _FIELD_JOIN.match(lower, pos)):
            pos = m.end()
            continue
        phrase = _portfolio_phrase_at(lower, pos)
        if phrase is None:
            return None
        fields += 1
        pos += len(phrase)
        if lower[pos : pos + 1] == " ":
            pos += 1


_FIELD_JOIN = re.compile(r"(?:và\s+|,\s+|[-–]\s*)")
"""Between two fields: `và`, a comma, or a dash with or without spaces (`khoa học-kỹ thuật`: one hyphenated field)."""
_PROVINCE_CUE = re.compile(r"(?:tỉnh|thành phố) ")


def fields_end_at(doc: ArticleDoc, at: int) -> int:
    """Where a run of fields of government read from `at` ends (`kinh tế, thương mại, khoa học và công nghệ`,
    `Nông Lâm Ngư nghiệp`: from `gazetteers/portfolio_words_vi.txt`, joined by `và` and commas); `at` if none."""
    lower = doc.lower
    pos = end = at
    while True:
        phrase = _portfolio_phrase_at(lower, pos)
        if phrase is None:
            return end
        end = pos + len(phrase)
        join = _FIELD_JOIN.match(lower, end + (lower[end : end + 1] == " "))
        if join is None:
            return end
        pos = join.end()


def _word_ends(lower: str, pos: int) -> bool:
    return pos >= len(lower) or not lower[pos].isalnum()


def _portfolio_phrase_at(lower: str, pos: int) -> str | None:
    """The longest portfolio phrase at `pos` that ends a word, else None: only the phrases of the letter there are
    tried (every phrase was tried at every word, a few hundred `startswith` each: most of the organisations' stage
    on a page naming many bodies)."""
    for phrase in _vi_portfolio_by_letter().get(lower[pos : pos + 1], ()):
        if lower.startswith(phrase, pos) and _word_ends(lower, pos + len(phrase)):
            return phrase
    return None


@functools.cache
def _vi_portfolio_by_letter() -> dict[str, tuple[str, ...]]:
    """`_vi_portfolio_phrases` by their first letter, each letter's longest first as there."""
    by_letter: dict[str, list[str]] = {}
    for phrase in _vi_portfolio_phrases():
        by_letter.setdefault(phrase[0], []).append(phrase)
    return {letter: tuple(phrases) for letter, phrases in by_letter.items()}


@functools.cache
def _vi_portfolio_phrases() -> tuple[str, ...]:
    """The Vietnamese portfolio vocabulary, longest phrase first (so `công nghiệp và thương mại` wins)."""
    text = resources.files("loaders").joinpath("gazetteers", "portfolio_words_vi.txt").read_text(encoding="utf-8")
    phrases = {line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(phrases, key=len, reverse=True))


_FIELDS_ENUM = re.compile(
    r"(?:,\s+[^,.;:()\n]{2,40}?)*\s+và\s+[^,.;:()\n]{2,40}?\s+(?:(?:bang|tỉnh|vùng|liên bang)\s+)?", re.I
)


def _ministry_fields(doc: ArticleDoc, at: int) -> Span | None:
    """A foreign ministry named by its fields with commas (`Bộ Công nghiệp, thương mại và tài nguyên Hàn Quốc`):
    the enumeration counts as the name only when it ends with `và …` and then the country or province whose
    ministry it is, so `Bộ Công Thương, Bộ Ngoại giao và …` stays several bodies."""
    if not doc.text.startswith(",", at):
        return None
    for place in doc.within(doc.places, at, at + 160):
        segment = doc.text[at : place.start]
        if _FIELDS_ENUM.fullmatch(segment) and not lex_head_in(segment):
            return place
    return None


_SENTENCE_CASE_FIELDS = re.compile(r" [A-ZĐ][^\W\d_]*(?:,? [^\W\d_A-ZĐ][^\W\d_]*){1,9} ")
"""A ministry's fields in sentence case (` Quản lý lương thực và thiên tai `): its first word capitalised, then only
lowercase words, commas between; no figure, no capital (a capital is another name's)."""
_NOT_FIELD_WORDS = frozenset(
    {"của", "tại", "cho", "với", "đã", "sẽ", "đang", "là", "được", "bị", "có", "không", "từ", "đến", "trong", "ngoài"}
    | {"theo", "về", "các", "những", "này", "đó", "khi", "nhưng", "thì", "mà", "để", "do", "bởi", "cùng", "hai", "ông"}
    | {"bà", "sau", "trước", "ký", "gặp", "tiếp", "thăm", "làm", "việc", "nước", "phía", "đoàn", "bộ", "trưởng"}
)
"""Lowercase words that go on with the sentence (a preposition, a verb, a determiner), which no field is."""


def _ministry_in_words(doc: ArticleDoc, head_end: int) -> Span | None:
    """`Bộ Quản lý lương thực và thiên tai Bangladesh`, `Bộ Doanh nghiệp vừa và nhỏ … Hàn Quốc`: a foreign ministry
    named by fields the portfolio vocabulary does not list, in sentence case, up to the country whose it is; the
    country closes the name, so only lowercase words that no sentence goes on with stand between (not `Bộ Công
    Thương và các doanh nghiệp Nhật Bản`, nor a home ministry's name before `của`)."""
    for place in doc.within(doc.places, head_end, head_end + 80):
        if place.label != Label.COUNTRY or place.id == doc.home_country:
            return None
        segment = doc.text[head_end : place.start]
        words = re.findall(r"[^\W\d_]+", segment.lower())
        if (
            _SENTENCE_CASE_FIELDS.fullmatch(segment)
            and not _NOT_FIELD_WORDS.intersection(words)
            and words[-1] != "và"  # (`Bộ Y tế và Hàn Quốc`: the ministry and a country, two sides)
        ):
            return place
        return None
    return None


_CLAUSE_PUNCTUATION = frozenset(",.;:()\n")
_LIST_OF_MINISTRIES_BEFORE = re.compile(r"(?:[Cc]ác|[Hh]ai|[Bb]a|[Nn]hiều|[Ll]iên) $")


def _ministry_enumerated(doc: ArticleDoc, lex: Lexicon, start: int, head_end: int) -> int | None:
    """Where a ministry named by an enumeration of its fields ends (`Bộ Lao động, Thương binh và Xã hội`, `Bộ Lương
    thực, Nông nghiệp và Công nghiệp nhẹ`): fields of the portfolio vocabulary, commas between them and `và` before
    the last, then a stop or a comma; None when the fields are not closed so, when `các`/`hai` before `Bộ` makes it several ministries (`các
    Bộ Tài chính, Công Thương và Xây dựng`), or when two of them are each a ministry the gazetteer knows (the same
    list, with the plural left out)."""
    at = head_end + 1
    if doc.text[head_end:at] != " " or not doc.text[at : at + 1].isupper():
        return None
    if _LIST_OF_MINISTRIES_BEFORE.search(doc.text, max(0, start - 6), start):
        return None
    end = fields_end_at(doc, at)
    segment = doc.text[at:end]
    comma, last_and = segment.find(", "), segment.rfind(" và ")
    if comma < 0 or last_and < comma:
        return None
    if doc.text[end : end + 1] not in _CLAUSE_PUNCTUATION:
        return (
            None  # (`… và Giao thông bang Saxony`, `… và Phát triển bền vững`: the name goes on; other rules read it)
        )
    items = re.split(r", | và ", segment)
    known = sum(bool(lex.find(f"Bộ {item}", Label.ORGANIZATION)) for item in items)
    return end if known < 2 else None


_CAPITAL_HEAD = re.compile(
    r"(?:^|[\s,])(?:"
    + "|".join(sorted((re.escape(h) for h in ORG_HEADS if h[0].isupper()), key=len, reverse=True))
    + r")\s"
)
"""Any capitalised head word of a body (`Bộ`, `Sở`, `Đại sứ quán`, `Thương vụ`, `Cơ quan` …): the lowercase ones
(`chính phủ`, `chính quyền`) may be words of a field."""


def lex_head_in(segment: str) -> bool:
    """Whether a stretch of a name holds another body's head word (`Bộ`, `Sở`, `Cục`, `Đại sứ quán`, `Cơ quan` …):
    then it is a list (`Bộ Tài chính, Đại sứ quán … và Cơ quan … Canada` is four bodies, not one ministry's fields)."""
    return bool(_CAPITAL_HEAD.search(segment))


_AND_MORE = re.compile(r" và [A-ZĐ][^,.;:()\n]{1,40}? ")


def _ministry_and_more(doc: ArticleDoc, lex: Lexicon, end: int) -> Span | None:
    """`Bộ Ngoại giao và Hợp tác quốc tế Campuchia`: a known ministry's name that goes on with `và` and more fields
    up to a foreign country is that country's ministry, not ours cut short."""
    for place in doc.within(doc.places, end, end + 60):
        if place.label != Label.COUNTRY or place.id == doc.home_country:
            continue
        segment = doc.text[end : place.start]
        if _AND_MORE.fullmatch(segment) and not lex_head_in(segment) and not lex.org_head_re.search(segment, 4):
            return place
        break
    return None


def _main_ministry(spans: list[Span]) -> GazetteerEntry | None:
    counts: Counter[str] = Counter()
    entries = {}
    for sp in spans:
        entry = sp.data.get("entry")
        if (
            entry is not None
            and Label.MINISTRY in entry.extra_labels
            and sp.data.get("place") is None
            and entry.properties.get(Prop.COUNTRY) == "VN"
        ):
            counts[entry.id] += 1
            entries[entry.id] = entry
    return entries[counts.most_common(1)[0][0]] if counts else None


_SIDE = compile_gated(r"[Vv](?<!\w.)ề phía |[Pp](?<![\w ].)hía ")
"""(Each branch's look-behind after its first letter, which a scan of the page then jumps to.)"""
_SIDE_END = re.compile(r"\.\s|\n|[Vv]ề phía ")


def _mark_sides(doc: ArticleDoc, found: list[Span]) -> None:
    """`Về phía Nga có …, Bộ trưởng Bộ Ngoại giao X, Bộ trưởng Bộ Năng lượng Y`: in one country's side of a
    meeting, a ministry named by its fields alone (a Vietnamese one's name, or one nobody listed) is that country's,
    not Việt Nam's."""
    text = doc.text
    for m in _SIDE.finditer(text):
        country = doc.span_at(doc.places, m.end())
        if country is None or country.label != Label.COUNTRY or country.id == VIETNAM:
            continue
        stop = _SIDE_END.search(text, country.end)
        end = stop.start() if stop else len(text)
        for i, span in enumerate(found):
            entry: GazetteerEntry | None = span.data.get("entry")
            vietnamese = entry is not None and entry.properties.get(Prop.COUNTRY) == "VN"
            if (
                country.end < span.start < end
                and span.text.startswith("Bộ ")
                and span.data.get("place") is None
                and (vietnamese or (entry is None and span.data.get("head") == "Bộ"))
            ):
                found[i] = Span(
                    span.start, span.end, "", Label.ORGANIZATION, span.text, {"head": "Bộ", "side": country}
                )
