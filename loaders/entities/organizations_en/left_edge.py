"""Where an English name begins: from its head word leftward over capitalised words (`Lao Cai Provincial People's`
Committee), with one `and` at most, not over a title, a determiner or a possessor (`Japan's Ministry …` is Japan's),
with a dashed pair of sides (`Vietnam - Korea Joint Committee`), a city before a lowercase `city` and the province of
a lowercase `provincial`.

Kept apart from the right edge (`complements`): English puts the head last or first, and each side has its own rules."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc
from loaders.entities.lexicon import Lexicon, TitleMatch
from loaders.entities.officials_en import DEMONYMS, field_words
from loaders.entities.organizations_en.persons import _ends_with_person, _titled
from loaders.entities.organizations_en.words import (
    _CAP,
    _DASH,
    _LAST_WORD,
    _MAX_WORDS,
    _NAME_PARTICLES,
    _NOT_IN_NAME,
    _POSSESSIVE_ENDS,
    _POSSESSIVE_IN_NAMES,
)
from loaders.letters import UPPER

_CONNECTORS = ("and", "&")
_LOWER_BEFORE = re.compile(r"(?<![\w'’\-])([a-z][\w\-]*) $")
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "for",
        "with",
        "and",
        "by",
        "between",
        "at",
        "in",
        "on",
        "to",
        "from",
        "its",
        "their",
        "his",
        "her",
        "our",
        "a",
        "an",
        "as",
        "that",
        "which",
        "under",
        "both",
    ]
)
"""Lowercase words a body's name may follow; after another lowercase word (`editor-in-chief`) a run of capitalised
words joined by `and` is a person's name and then a body's."""
_LOWER_PROVINCIAL = frozenset({"provincial", "municipal", "city", "province"})  # (`the province People’s Committee`)
_CITY_BEFORE = re.compile(r"(?<![\w'’])((?:[A-Z][a-z][\w\-]* ){1,3})$")
"""The name of a city written before a lowercase `city` (`Sanjo city …`), not a possessive."""
_LAST_CAP = re.compile(rf"[{UPPER}][\w'’\-]*$")
_BASED = ("-based", "–based")
_WORD_AT = re.compile(r"[\w'’]+")
_PAIR = re.compile(rf"[{UPPER}][\w'’]*[-–—][{UPPER}][\w'’]*")
"""Two sides joined by a dash, the em dash some papers set (`Vietnam—Cuba Intergovernmental Committee`) included."""


def _side_at(doc: ArticleDoc, at: int) -> bool:
    """A place, a country's adjective (`Vietnamese – Egyptian Joint Committee`) or a known body's one-word name begins
    at `at`: a side a dashed pair before a head joins."""
    word = _WORD_AT.match(doc.text, at)
    return (
        doc.span_at(doc.places, at) is not None
        or (word is not None and word.group(0) in DEMONYMS)
        or any(k.start == at and " " not in k.text for k in doc.known_orgs)
    )


def _country_at(doc: ArticleDoc, at: int) -> bool:
    """A country's name begins at `at`: after an `and`, a second body named after its country (`Vietnam Maritime
    Corporation`) begins, since no field of a name is a country."""
    place = doc.span_at(doc.places, at)
    return place is not None and place.start == at and place.label == Label.COUNTRY


def _left_edge(doc: ArticleDoc, lex: Lexicon, head_start: int, floor: int = -1, *, company: bool = False) -> int:
    """Capitalised words before the head (`Lao Cai Provincial People's` Committee), not a title's or a possessor's,
    nor the words of the name read before (`… of Energy and Mines and Victoria’s Department`), with one `and` at
    most (`Oil and Gas Group`)."""
    text = doc.text
    start = head_start
    words = 0
    joined = 0  # where the name goes on after the `and` it was read over, if any
    while words < _MAX_WORDS and start >= 2 and text[start - 1] == " ":
        prev = _LAST_WORD.search(text, max(0, start - 61), start - 1)
        if prev is None:
            break
        word = prev.group(1)
        at = prev.start(1)
        if at < floor:
            break
        if word in _CONNECTORS and joined:
            break
        if word in _CONNECTORS and at and (_ends_with_person(lex, text[max(0, at - 40) : at]) or _titled(doc, at)):
            break  # `… Trade Nguyễn Hồng Diên and European Commission`: a person's name ends the body's on its left
        if word in _CONNECTORS and words and at and (last := _LAST_CAP.search(text, max(0, at - 61), at - 1)):
            if (
                any(p.end == at - 1 for p in doc.places)
                or any(k.end == at - 1 for k in doc.known_orgs)
                or (last.group(0).isupper() and len(last.group(0)) > 1)
                or _country_at(doc, start)
            ):
                break  # `ONGC Videsh Limited, India and Vietnam Oil and Gas Group`: a list, not one name
                # (`Vietjet Air and Rolls-Royce Group`: a known body's name ends before `and`, and so does a short
                # form, no field of a name: `PSA and Saigon New Port`; a name a country begins begins there:
                # `between Norfund and Vietnam Maritime Corporation`)
            start = at
            joined = at + len(word) + 1
            continue
        across = _province_across_dash(doc, lex, at, start, head_start) if word in _DASH and words else None
        if across is not None:
            start = across  # `Ba Ria - Vung Tau Provincial People's Committee`: one province's name, spaced dash
            words += 1
            continue
        if word in _DASH and words and _side_at(doc, start):
            pair = _LAST_WORD.search(text, max(0, at - 61), at - 1)  # `Vietnam - Korea Joint Committee`: both sides'
            if pair is not None and _side_at(doc, pair.start(1)) and text[at - 1] == " ":
                start = pair.start(1)  # (and two blocs' or a bloc's and a country's: `Mercosur - ASEAN Chamber`)
                words += 1
            break
        if joined and word.endswith(",") and word[:-1] in field_words(doc.lexicon):
            start = at  # `X Trade, Tourism and Investment Promotion Centre`: fields enumerated before the head
            words += 1
            continue
        joined_by_dash = (
            _LAST_WORD.search(text, max(0, at - 61), at - 1)
            if company and word in _DASH and words and text[at - 1 : at] == " "
            else None
        )
        if (
            joined_by_dash is not None
            and _CAP.fullmatch(joined_by_dash.group(1))
            and not _ends_with_person(lex, text[max(0, at - 40) : at - 1])
            and not _titled(doc, at)
        ):  # (`Chairman Nguyen Van An - Vingroup Corporation`: a person's name, then the company's)
            start = joined_by_dash.start(1)  # `the Vietnam Coal - Mineral Industries Group`: one company's words
            words += 1
            continue
        if company and word in _NAME_PARTICLES and words and _LAST_CAP.search(text, max(0, at - 61), at - 1):
            start = at  # `Hydrogene de France SA`, `Banca di Roma S.p.A.`: a particle between a company's words
            continue
        if word in _LOWER_PROVINCIAL and text.startswith(("Party Committee", "People's", "People’s"), start):
            start = at  # `the provincial Party Committee`: the page's province's, named in lowercase
            province = next((p for p in doc.places if p.end == at - 1 and p.label == Label.PROVINCE), None)
            if province is not None:
                start = province.start  # `the Khanh Hoa provincial People's Committee`: that province's, by name
            break
        city = _CITY_BEFORE.search(text, max(0, at - 40), at) if word in ("city", "district") else None
        if city is not None and not any(t.start() <= city.start(1) < t.end() for t in _titles_near(doc, city.start(1))):
            start = city.start(1)  # `Sanjo city Chamber of Commerce and Industry`: the chamber of that city
            while start < at and text[start : text.find(" ", start)] in _NOT_IN_NAME:
                start = text.find(" ", start) + 1  # (`The Sanjo city …`: a sentence's article, no part of the name)
            if start < at:
                break
            start = head_start
        if (
            not (_CAP.fullmatch(word) or _PAIR.fullmatch(word))
            or word.endswith(_BASED)
            or (word in _NOT_IN_NAME and not _begins_place(doc, at, start) and not _ends_place(doc, at, start))
        ):  # (`the An Giang Provincial People's Committee`: `An` begins the province's name, no article; `the Long
            # An International Port`: it ends it)
            break  # (`Vietnam–Laos Joint Committee`: two sides joined by a dash are one word of the name)
            # (`the Hanoi-based Thang Long University`: where it is based, no word of its name)
        if word.endswith(_POSSESSIVE_ENDS) and word not in _POSSESSIVE_IN_NAMES:
            break  # `Japan's Ministry of …`, `Victoria’s Department of …`: whose body, not part of its name
        if any(t.start() <= at < t.end() and not _in_titles_body(doc.text, t, at) for t in _titles_near(doc, at)):
            break
        start = at
        words += 1
    before = _LOWER_BEFORE.search(text, max(0, start - 30), start) if joined else None
    if before is not None and before.group(1) not in _FUNCTION_WORDS:
        start = joined  # `… editor-in-chief Ali Hassan and Vietnam News Agency`: a person's name, then a body's
    while text[start : start + 4] in ("and ", "& "):
        start += 4
    return start


_WORDS_BEFORE_DASH = re.compile(rf"(?<![\w'’])((?:[{UPPER}][\w'’]* ){{1,2}})$")
_WORDS_AFTER_DASH = re.compile(rf"[{UPPER}][\w'’]*(?: [{UPPER}][\w'’]*){{0,2}}")


def _province_across_dash(doc: ArticleDoc, lex: Lexicon, dash: int, start: int, head_start: int) -> int | None:
    """Where a province's name a spaced dash joins begins (`Ba Ria - Vung Tau`, `Ba Ria – Vung Tau`), when the name
    read so far begins with its second part: the gazetteer knows the whole as one province, so the body is that
    province's, not one of `Vung Tau`. None when the words around the dash are no province's name."""
    text = doc.text
    before = _WORDS_BEFORE_DASH.search(text, max(0, dash - 40), dash)
    after = _WORDS_AFTER_DASH.match(text, start, head_start)
    if before is None or after is None:
        return None
    words = after.group(0).split(" ")
    for k in range(len(words), 0, -1):
        name = text[before.start(1) : start + len(" ".join(words[:k]))]
        if any(e.label == Label.PROVINCE for e in lex.find(name, Label.PROVINCE)):
            return before.start(1)
    return None


def _begins_place(doc: ArticleDoc, at: int, rest: int) -> bool:
    """Whether a word that is also a sentence's (`An`, `The`) begins a place's name that runs on into the name read so
    far (`An Giang`, `The Hague`): then it is a word of the body's name."""
    place = doc.span_at(doc.places, at)
    return place is not None and place.end >= rest


def _ends_place(doc: ArticleDoc, at: int, rest: int) -> bool:
    """Whether a word that is also a sentence's (`An`) is the last of a place's name right before the name read so
    far (`Long An`): then the place's name is the body's, read on over it."""
    return any(p.start < at and p.end + 1 == rest for p in doc.places)


def _titles_near(doc: ArticleDoc, at: int) -> list[TitleMatch]:
    return [t for s, t in doc.titles.items() if s <= at < t.end()]


def _in_titles_body(text: str, title: TitleMatch, at: int) -> bool:
    """`Vice Chairman of the People's Government`: a title whose own words name its body after `of the`; a word
    there belongs to the body's name too."""
    of = re.search(r" of (?:the )?", text[title.start() : title.end()])
    return of is not None and at >= title.start() + of.end()
