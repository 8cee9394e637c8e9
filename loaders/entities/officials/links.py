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
from loaders.entities.officials.name import _AFTER_LONE_NAME, _HEADLINE_VERBS, _PARTICLES, _WORD, _name_at
from loaders.entities.officials.name import _FIELD_WORD as _NAME_FIELD_WORD
from loaders.entities.officials.page import _home_iso, _iso
from loaders.entities.officials.record import Role
from loaders.entities.officials.words import _BRACKETED_ABBR, _OWNER
from loaders.entities.places import PLACE_WORD_AFTER
from loaders.first_letters import compile_gated

_SUBDIVISION_WORD_AFTER = re.compile(r" (?:[Cc]ounty|[Dd]istrict|[Tt]own)\b")
"""Kind words of places below a province that a title's place may go on with."""


_LOCAL_LEVEL = re.compile(r"(?:municipal|provincial|province|city|district) ")
"""The level of a local body written before its name in lowercase (`the municipal People's Committee`): a stage
may read the body from its name on, the level left out."""


def _of_step(doc: ArticleDoc, lex: Lexicon, role: Role, at: int, qualifier: Span | None) -> int | None:
    """English `of`/`for`: the organisation, the place or the field after it; None when none follows."""
    org = doc.span_at(doc.orgs, at)
    adjective = _WORD.match(doc.text, at)
    if org is None and adjective is not None and adjective.group(0) in officials_en.DEMONYMS:
        org = doc.span_at(doc.orgs, adjective.end() + 1)  # `Chairman of the Vietnamese National Assembly`: whose
    level = _LOCAL_LEVEL.match(doc.text, at) if org is None else None
    if level is not None:  # `Chairman of the municipal People's Committee`: a body read from its own name on
        org = doc.span_at(doc.orgs, level.end())
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
    known = officials_en.field_after(lex, doc.text, at)
    portfolio = _long_portfolio_then_name(doc, lex, at)
    if (
        portfolio is not None
        and known is not None
        and (known >= portfolio or not _PORTFOLIO_JOINT.match(doc.text, known))
    ):
        portfolio = None  # the known fields reach as far, or the name follows them (`Energy and Industry X Y Z`)
    if role.title.kind == TitleKind.MINISTRY and not role.orgs and portfolio is None:
        shorthand = officials_en.ministry_after(doc, lex, at, _iso(qualifier))
        if shorthand is not None:
            role.orgs.append(shorthand)
            return shorthand.end
    # the field of a ministry the gazetteer does not know, or of any title (`Commissioner for Trade`)
    end = portfolio or known
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


_SEAT_WORD = re.compile(r"[A-Z][a-z]+(?=,? [A-Z])")


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
    comma = 1 if doc.text.startswith(", ", word.end()) else 0  # (`Consul General in Pakse, X`: set off)
    if doc.text.startswith(" in ", to) and not comma:
        return None  # (`in` then a word and a name run together: the word may be the name's, or a place's in a list)
    name = _name_at(doc, lex, word.end() + 1 + comma)
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
    split = _with_given_name(lex, [w.group(0) for w in words], split)
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


def _with_given_name(lex: Lexicon, words: list[str], split: int) -> int:
    """Where a name read as a run's last words begins, moved back over a particle that would begin it (`… Federation
    Hans De Boer`, `… Quality Cora Van Nieuwenhuizen`): a surname's particle follows a given name, so the name is
    the word before it on (a family name the gazetteer knows stays where it is: `Le` is one)."""
    while split > 1 and words[split].lower() in _PARTICLES and words[split] not in lex.plain_surnames:
        split -= 1
    return split


_PORTFOLIO_THEN_NAME = re.compile(
    r"(?:[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}, )*[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3}(?:,? and | & )"
    r"[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){2,6}(?=[,;:.!?)]|\s*\n|\s+(?!(?:in|of|to|for)\b)[^A-Z\s]|$)"
)
"""A portfolio of several fields joined by commas and `and`, its last field run into the holder's name (`Minister of
Industry and Pharmaceutical Production X Y`, `Minister for Tourism, Innovation and Sport X Y`): the last field after
`and`, as a list's last item is (a name after a comma is set off from the title: `Minister of Industry and Trade, X
Y`, and is read as it always was)."""
_PORTFOLIO_JOINT = compile_gated(r",? and |, | & ")


def _is_field_word(lex: Lexicon, word: str) -> bool:
    """A word of government: of the fields the gazetteer's ministries and the portfolio list name, or a noun of a
    field by its shape (`Communities`, `Production`)."""
    return word in officials_en.field_words(lex) or _NAME_FIELD_WORD.fullmatch(word) is not None


def _long_portfolio_then_name(doc: ArticleDoc, lex: Lexicon, at: int) -> int | None:
    """Where a portfolio ends that has words no field list holds (`Industry and Pharmaceutical Production`, `Small
    Business, Export Promotion and International Trade`) when the holder's name follows it: `field_after` reads
    only fields all of whose words are known, so a portfolio naming one new field left the name unread. The fields
    are told by their joints (commas, `and`), a word of government among those before the last; the name is the
    run's last two words, or from a family name the gazetteer knows on (`… and Trade Nguyen Van An`), never with a
    word of government in it. None unless a name of two words or more ends the run and nothing in it is a title, a
    place or a body."""
    run = _PORTFOLIO_THEN_NAME.match(doc.text, at)
    if run is None:
        return None
    words = list(_WORD.finditer(doc.text, at, run.end()))
    if any(
        doc.title_at(w.start())
        or doc.span_at(doc.orgs, w.start())
        or doc.span_at(doc.places, w.start())
        or w.group(0) in _HEADLINE_VERBS
        or w.group(0) in NOT_NAME_START
        for w in words
    ):
        return None
    last_joint = max(m.end() for m in _PORTFOLIO_JOINT.finditer(doc.text, at, run.end()))
    tail = [w for w in words if w.start() >= last_joint]
    if not any(_is_field_word(lex, w.group(0)) for w in words if w.start() < last_joint):
        return None
    n = len(tail)
    known = [i + 1 for i, w in enumerate(tail[:-2]) if _is_field_word(lex, w.group(0))]
    family = next((k for k in range(max(1, n - 4), n - 1) if tail[k].group(0) in lex.plain_surnames), n - 2)
    split = _with_given_name(lex, [w.group(0) for w in tail], max([family, *known]))
    name = _name_at(doc, lex, tail[split].start())
    if name is None or name[1] != run.end() or " " not in doc.text[name[0] : name[1]]:
        return None
    return tail[split - 1].end()
