"""The links after a title in English and where a diplomat serves: the `of` step (`Minister of Industry and
Trade`, `Vice Chairman of the People's Government of Guangxi`), a seat no stage read as a place, and a place no
gazetteer knows followed by the holder's name.

What one link of the chain reads, apart from the chain's loop that strings the links together."""

from __future__ import annotations

import re

from core.vocabulary import TitleKind
from loaders.entities import officials_en
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import NOT_NAME_START, Lexicon
from loaders.entities.officials.name import _AFTER_LONE_NAME, _HEADLINE_VERBS, _WORD, _name_at
from loaders.entities.officials.page import _home_iso, _iso
from loaders.entities.officials.record import Role
from loaders.entities.officials.words import _BRACKETED_ABBR, _OWNER
from loaders.entities.places import PLACE_WORD_AFTER

_SUBDIVISION_WORD_AFTER = re.compile(r" (?:[Cc]ounty|[Dd]istrict|[Tt]own)\b")
"""Kind words of places below a province that a title's place may go on with."""


def _of_step(doc: ArticleDoc, lex: Lexicon, role: Role, at: int, qualifier: Span | None) -> int | None:
    """English `of`/`for`: the organisation, the place or the field after it; None when none follows."""
    org = doc.span_at(doc.orgs, at)
    adjective = _WORD.match(doc.text, at)
    if org is None and adjective is not None and adjective.group(0) in officials_en.DEMONYMS:
        org = doc.span_at(doc.orgs, adjective.end() + 1)  # `Chairman of the Vietnamese National Assembly`: whose
    owner = _OWNER.match(doc.text, at) if org is None else None
    if owner is not None:  # `Deputy Secretary of Victoria’s Department of …`: the body after its possessor
        org = doc.span_at(doc.orgs, owner.end())
    if org is not None:
        role.orgs.append(org)
        abbr = _BRACKETED_ABBR.match(doc.text, org.end)  # `… National Assembly (NA) Tran Thanh Man`
        return abbr.end() if abbr else org.end
    described = officials_en.DESCRIBED_PLACE.match(doc.text, at)  # `Governor of the Thai northeastern province of …`
    place = (doc.span_at(doc.places, described.end()) if described else None) or doc.span_at(doc.places, at)
    if place is not None:
        role.places.append(place)
        word = PLACE_WORD_AFTER.match(doc.text, place.end) or _SUBDIVISION_WORD_AFTER.match(doc.text, place.end)
        # (`Governor of Gyeonggi Province Kim Dong-yeon`, `Governor of Boeun county Choi Jae-hyeong`)
        return word.end() if word else place.end
    if role.title.kind == TitleKind.MINISTRY and not role.orgs:
        shorthand = officials_en.ministry_after(doc, lex, at, _iso(qualifier))
        if shorthand is not None:
            role.orgs.append(shorthand)
            return shorthand.end
    # the field of a ministry the gazetteer does not know, or of any title (`Commissioner for Trade`)
    end = officials_en.field_after(lex, doc.text, at)
    if end is not None and qualifier is None and role.title.kind == TitleKind.MINISTRY and not role.orgs:
        role.field = (at, end)
    if end is None:
        unknown = _unknown_place_then_name(doc, lex, at)
        if unknown is not None:  # `Mayor of Fresno Jerry Dyer`, `Chairman of Vingroup Pham Nhat Vuong`
            role.unnamed_body = True
            return unknown
    iso = _iso(qualifier)
    if (
        end is not None
        and qualifier is not None
        and role.title.kind == TitleKind.MINISTRY
        and not role.orgs
        and iso
        and iso != _home_iso(doc)
    ):
        role.orgs.append(officials_en.foreign_ministry(doc, at, end, qualifier))  # `Lao Minister of Energy and Mines`
    return end


_SEAT_WORD = re.compile(r"[A-Z][a-z]+(?= [A-Z])")


def _seat_no_stage_read(doc: ArticleDoc, lex: Lexicon, role: Role, to: int) -> int | None:
    """Where a diplomat's `to` ends when a one-word capital no stage reads follows it and the holder's name after
    that (`Ambassador to Tehran Nguyen Hong Thach`, `Ambassador to Tokyo X`): news names the host by its capital; read
    past it so the name is his. None unless the title is a diplomat's and a name of two words or more comes next."""
    if role.title.kind != TitleKind.DIPLOMATIC:
        return None
    word = _SEAT_WORD.match(doc.text, to + 4)
    if word is None or word.group(0) in NOT_NAME_START or doc.title_at(word.start()):
        return None
    if any(doc.span_at(spans, word.start()) for spans in (doc.orgs, doc.places, doc.people)):
        return None
    name = _name_at(doc, lex, word.end() + 1)
    return word.end() if name is not None and " " in doc.text[name[0] : name[1]] else None


_CAPITALISED_RUN_AT = re.compile(
    r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){2,6}(?=[,;:.!?)]|\s+(?!(?:in|of|to|for|at|on)\b)[^A-Z\s]|$)"
)
_UNKNOWN_PLACE_KIND = re.compile(
    r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2} (?:county|city|district|province|prefecture|region|state|oblast|krai"
    r"|town|municipality) (?=[A-Z])"
)
_BODY_WORDS = re.compile(r"Republic|Democratic|Kingdom|Federation|Union|City|State|Province|County|Region")
"""Words of a state's, a place's or a body's name: no part of a person's name after it."""


def _unknown_place_then_name(doc: ArticleDoc, lex: Lexicon, at: int) -> int | None:
    """`Mayor of Fresno Jerry Dyer`, `Premier of Tasmania Jeremy Rockliff`, `Chairman of Vingroup Pham Nhat Vuong`:
    after a title's `of`, a place or body no gazetteer knows, then the holder's name, one capitalised run ended by
    a clause's lowercase word or punctuation. The name is its last two words, or from the family name on when a
    family name the gazetteer knows begins its last two to four (`Pham Nhat Vuong`, `Kim Jin-tae`); returns where
    the place or body ends (the chain reads the name after it)."""
    kind = _UNKNOWN_PLACE_KIND.match(doc.text, at)
    if kind is not None and not any(doc.span_at(spans, at) for spans in (doc.orgs, doc.places)):
        # `Governor of Boeun county Choi Jae-hyeong`: the place's kind word after its name ends it
        name = _name_at(doc, lex, kind.end())
        if name is not None and " " in doc.text[name[0] : name[1]] and _AFTER_LONE_NAME.match(doc.text, name[1]):
            return kind.end() - 1
    run = _CAPITALISED_RUN_AT.match(doc.text, at)
    if run is None:
        return None
    words = list(_WORD.finditer(run.group(0)))
    if len(words) != len(run.group(0).split()) or any(
        doc.title_at(at + w.start())
        or doc.span_at(doc.orgs, at + w.start())
        or doc.span_at(doc.places, at + w.start())
        or w.group(0) in _HEADLINE_VERBS
        or w.group(0) in NOT_NAME_START
        for w in words
    ):
        return None
    n = len(words)
    split = next((k for k in range(max(1, n - 4), n - 1) if words[k].group(0) in lex.plain_surnames), n - 2)
    name = _name_at(doc, lex, at + words[split].start())
    if (
        name is None
        or name[1] != run.end()
        or any(
            _BODY_WORDS.fullmatch(w.group(0)) or lex.org_head_re.match(doc.text, at + w.start()) for w in words[split:]
        )
    ):
        return None
    return at + words[split - 1].end()
