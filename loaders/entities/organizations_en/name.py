"""Reading one English name around a head word: its left edge, its right edge, a head first in its language
(`Universiti …`), a committee's subject, whose body it is (a possessive, a country's adjective), a person's name
after it, a seat abroad (`Embassy … in Korea`, `… Chamber of Commerce in Vietnam`), a branch or campus, a joint
body's two countries and its short form in brackets; the span with its head, place and short form.

The one place the rules of the lower modules are put together into a name; the stage and the inner party read names
through it."""

from __future__ import annotations

import re
from typing import Any

from core.vocabulary import Label, OrganizationKind
from loaders.entities.doc import VIETNAM, ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials_en import DEMONYMS
from loaders.entities.organizations import short_form_before
from loaders.entities.organizations_en.codes import _country
from loaders.entities.organizations_en.complements import (
    _complement,
    _cooperation_subject,
    _countries_between,
    _joint_subject,
    _right_edge,
)
from loaders.entities.organizations_en.heads import (
    _HEAD_FIRST,
    _KIND_BY_HEAD,
    _LEGAL_FORMS,
    _LEGISLATURES,
    _MISSION_KEYS,
    _ON_HEADS,
    _SEATED,
    _STATE_KINDS,
)
from loaders.entities.organizations_en.left_edge import _left_edge
from loaders.entities.organizations_en.owners import _place_inside, _possessor, _province_named_first
from loaders.entities.organizations_en.persons import (
    _after_title,
    _before_name,
    _before_vietnamese_name,
    _ends_with_person,
)
from loaders.entities.organizations_en.short_forms import _ABBR, _short_form_after_parent, _start_by_initials
from loaders.entities.organizations_en.words import _CAP, _DASH, _LAST_WORD
from loaders.entities.places import PLACE_WORD_AFTER, add_place_entity
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_OWNER_BEFORE = compile_gated(rf"(?<![\w'’])([{UPPER}][\w\-]*(?: [{UPPER}][\w\-]*){{0,3}})(?:'s|’s|'|’) $")
"""A possessor right before a body's name (`… of Victoria’s Department of …`): the title before it is the body's."""
_CITY_NAME = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*){{0,2}}(?![\w'’\-])")
_TRAILING_CONNECTOR = re.compile(r"(?:,|\s+(?:and|&))+$")
_IN = re.compile(r"\s+in\s+(?:the\s+)?")
"""`in` before a body's seat, with the article some countries' names take (`Embassy in the United States`)."""
_HEAD_FIRST_WORDS = re.compile(rf"(?: (?:(?:de|des|du|de la|del|di|d')\s?)?[{UPPER}][\w'’\-]*){{1,5}}")
_ON = re.compile(
    r" on (?:the )?(?=[A-Z])(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b)"
)
"""A committee's capitalised subject after `on` (`Committee on Foreign Affairs`); a day or a month there is when it
met (`the Intergovernmental Commission on Tuesday`), no word of its name."""
_JOINT_WORDS = compile_gated(
    r"(?<![\w'’\-])(?:Joint|Intergovernmental|Inter-[Gg]overnmental|Inter-[Gg]overnment|Mixed|Steering)(?![\w'’\-])"
)
"""Words of a joint or steering body's name, whose subject after `on` the press writes in lowercase (`the Joint
Committee on economic and trade cooperation`, `… Inter-Government Committee on climate change adaptation`)."""


def _read_name(
    doc: ArticleDoc, lex: Lexicon, head_start: int, head_end: int, head: str, floor: int = -1
) -> Span | None:
    text = doc.text
    if doc.title_at(head_start) and not _named_before_title(doc, lex, head_start, head_end):
        return None
    start = _left_edge(doc, lex, head_start, floor, company=_KIND_BY_HEAD[head] == OrganizationKind.COMPANY)
    if start == head_start and head in _LEGAL_FORMS and text[head_start - 2 : head_start] == ", ":
        start = _before_comma(doc, lex, head_start, floor)  # `X Management Consulting, LLC`: its form after a comma
    end, place = _right_edge(doc, head_end)
    if head in _HEAD_FIRST and end == head_end:  # `Universiti Kebangsaan Malaysia`, `Ecole de Management de …`
        words = _HEAD_FIRST_WORDS.match(text, head_end)
        end = words.end() if words else end
    on = _ON.match(text, end) if head in _ON_HEADS and place is None else None
    if on is not None and not doc.span_at(doc.places, on.end()):
        end = max(end, _complement(doc, on.end()))  # `Joint Committee on Cooperation in Industry, Trade and Energy`
    elif head in _ON_HEADS and place is None and end == head_end and _JOINT_WORDS.search(text, start, head_start):
        end = _joint_subject(text, end)  # `the Joint Committee on economic and trade cooperation in …`: its subject
    if head in _ON_HEADS and place is None:
        end = max(end, _cooperation_subject(doc, head_end))  # (`… on Economic, Trade and Scientific and … Cooperation`)
    owned = place is None and (place := _possessor(doc, start)) is not None
    # (`Laos’ Ministry of …`, `Victoria’s Department of …`: whose body it is)
    if owned and place is not None and place.label == Label.COUNTRY and start < head_start:
        first = _place_inside(doc, start, head_start) or _province_named_first(doc, lex, start, head_start)
        if first is not None and first.label == Label.PROVINCE and _country(first) == _country(place):
            place = first  # `Japan’s Yamaguchi Prefectural Assembly`: the province's, which is in that country
    adjective = (
        _CAP.match(text, start)
        if start < head_start
        and (_KIND_BY_HEAD[head] in _STATE_KINDS or head in _LEGISLATURES)
        and not doc.span_at(doc.places, start)
        else None
    )  # (`Lao Cai Department`: a province's name; `Australian Chamber of Commerce`: a proper name)
    country = lex.gaz.country(DEMONYMS[adjective.group(0)]) if adjective and adjective.group(0) in DEMONYMS else None
    by_adjective = adjective is not None and country is not None and adjective.end() + 1 == head_start
    if adjective is not None and country is not None and adjective.end() + 1 == head_start:
        # `the Cambodian Ministry of …`: whose, not its name
        start = adjective.end() + 1
        if place is None:
            add_place_entity(doc, country, None)
            place = Span(
                adjective.start(), adjective.end(), country.id, Label.COUNTRY, adjective.group(0), {"entry": country}
            )
    owner = _OWNER_BEFORE.search(text, max(0, start - 60), start) if start == head_start else None
    said_from = adjective.start() if by_adjective and adjective is not None else owner.start(1) if owner else start
    if (place is None or owned or by_adjective) and _after_title(doc, said_from):
        # (`Deputy Secretary of Victoria’s Department of … Resources Gonul Serbest`: the holder's name ends it; so
        # after a country's adjective: `Director of the Vietnamese Department of … Nguyen Hoang Long`)
        vietnamese = _before_vietnamese_name(lex, text, head_end, end) if by_adjective and end > head_end else end
        end = vietnamese if vietnamese != end else _before_name(doc, lex, head_end, end)
    elif (place is None or by_adjective) and end > head_end:
        end = _before_vietnamese_name(lex, text, head_end, end)
    end = head_end + len(_TRAILING_CONNECTOR.sub("", text[head_end:end]))  # (`… Technology and` Lt General X)
    if start == head_start and end == head_end and place is None:
        return None  # a bare `the Ministry`, `the Department`: refers back, names nothing new
    embassy = _KIND_BY_HEAD[head] == OrganizationKind.EMBASSY
    seated_in = _IN.match(text, end) if head in _SEATED or embassy else None
    seat = doc.span_at(doc.places, seated_in.end()) if seated_in else None
    if (
        seat is not None
        and head == "Office"
        and not any(p.id != seat.id for p in doc.places if start <= p.start < head_start)
    ):
        seat = None  # `signed at the Government Inspection Office in Vietnam`: where it is, not an office abroad
    if seat is not None and (
        seat.label == Label.COUNTRY or embassy or head == "Office" or (head == "Chamber" and start == head_start)
    ):  # (`the Taipei Economic and Cultural Office in Vietnam`, `… Office in Taipei`: one place's office in another)
        end = seat.end  # `European Chamber of Commerce in Vietnam`: a chamber abroad is named with its seat
        # (and one known only by its city: `the Chamber of Commerce in Aswan`)
    office_abroad = head == "Office" and start < head_start and start in doc.place_starts  # (named by a place)
    city = (
        _CITY_NAME.match(text, seated_in.end())
        if seated_in is not None
        and seat is None
        and (head in _MISSION_KEYS or office_abroad)
        and not doc.title_at(seated_in.end())
        else None
    )  # (`the X Economic and Cultural Office in Taipei`: one place's office in a city abroad no gazetteer lists)
    if city is not None and not _ends_with_person(lex, city.group(0)):
        end = city.end()  # `the Vietnamese Consulate General in Pakse`: a consulate in a city no gazetteer lists
    if (
        start == head_start
        and end == head_end
        and not (by_adjective and head in _LEGISLATURES)
        and not (by_adjective and head == "Embassy" and place is not None and not _home_country(doc, place))
    ):  # (`the Australian Embassy` in Vietnam's news: the country's embassy here, as `Đại sứ quán Úc` is)
        return None  # `the Vietnamese Embassy` alone: which one, the text does not say (a country has one parliament)
    branch = (
        doc.span_at(doc.places, end + 1)
        if end == head_end and _KIND_BY_HEAD[head] == OrganizationKind.COMPANY and text[end : end + 1] == " "
        else None
    )  # (`… Group.Vietnam is …`: a sentence glued to the name by its stop, no arm of the company)
    if branch is not None and branch.label == Label.COUNTRY and not _CAP.match(text, branch.end + 1):
        end = branch.end  # `EXIM Bank Thailand`: a company's country-named arm
    comma = 2 if text.startswith(", ", end) else 1  # (`Vietnam National University, Hanoi`: its Hanoi branch)
    campus = (
        doc.span_at(doc.places, end + comma) if head == "University" and (end == head_end or comma == 1) else None
    )  # (`University of Economics Ho Chi Minh City`: a university's name with its city after its complement)
    if campus is not None and comma == 2 and text.startswith((" and ", ", and "), campus.end):
        campus = None  # `… University, Hanoi and Da Nang`: a list of places, not a campus
    if campus is not None and campus.label == Label.PROVINCE and text[end : end + comma] in (" ", ", "):
        word = PLACE_WORD_AFTER.match(text, campus.end)  # `Vietnam National University Ho Chi Minh City`: its branch
        end = word.end() if word else campus.end
    elif campus is not None and comma == 1 and end == head_end and _home_country(doc, campus):
        end = campus.end  # `RMIT University Vietnam`: a foreign university's campus in the sources' country
    pair = _countries_between(doc, end) if head in _ON_HEADS and _JOINT_WORDS.search(text, start, head_end) else None
    if pair is not None:
        end = pair  # `the Joint Committee between Egypt and Vietnam`: the two countries' committee, named with them
    abbr = _ABBR.match(text, end)
    if abbr is not None and doc.span_at(doc.places, abbr.start(1)):
        abbr = None  # `Long An International Port (Vietnam)`: where the body is, no short form of its name
    if abbr is not None:
        start = _start_by_initials(text, start, end, abbr.group(1))  # `Oil and Natural Gas Corp (ONGC)`: from `Oil`
    elif text.startswith(" under the ", end):
        abbr = _short_form_after_parent(text, start, end)
    inside = [p for p in doc.places if start <= p.start < head_start]
    bilateral = len(inside) >= 2 and any(d in text[inside[0].end : inside[1].start] for d in _DASH)
    if place is None and not bilateral:  # (`Vietnam - Korea Joint Committee`: of both, based in neither)
        place = _place_inside(doc, start, head_start)
    if place is None and start < head_start and _KIND_BY_HEAD[head] in _STATE_KINDS:
        place = _province_named_first(doc, lex, start, head_start)  # `Ho Chi Minh City Department of …`
    data: dict[str, Any] = {"head": head, "place": place, "owned": owned}
    if embassy and seat is not None:
        data["seat"] = seat
    if city is not None and end == city.end():
        data["city"] = city.group(0)
    if abbr:
        data["abbr"] = abbr.group(1)
    elif (before := short_form_before(doc, start, end)) is not None:
        data["abbr"] = before  # `VIENC (Vietnam International … Corporation)`: the short form first, then in full
    return Span(start, end, "", Label.ORGANIZATION, text[start:end], data)


def _home_country(doc: ArticleDoc, place: Span) -> bool:
    """Whether a place is the sources' own country (Việt Nam unless the page says otherwise), whose embassies are
    many abroad; another country's embassy named bare in its news is the one here."""
    return place.id == (doc.home_country or VIETNAM)


def _named_before_title(doc: ArticleDoc, lex: Lexicon, head_start: int, head_end: int) -> bool:
    """Whether a title that begins with the head word (`Committee Chairman`) is rather a body's name ending in it,
    then a title of its own (`Quang Tri People's Committee Chairman X`, `… People's Committee Vice Chairman Y`): a
    capitalised word of a name before the head, and the words after the head a title themselves. Without a name
    before it (`the Committee Chairman said`) the title stands."""
    title = doc.title_at(head_start)
    before = _LAST_WORD.search(doc.text, max(0, head_start - 42), head_start - 1) if head_start > 1 else None
    return (
        title is not None
        and doc.text[head_end : head_end + 1] == " "
        and lex.title(doc.text[head_end + 1 : title.end()]) is not None
        and before is not None
        and before.end(1) == head_start - 1
        and _CAP.fullmatch(before.group(1)) is not None
    )


def _before_comma(doc: ArticleDoc, lex: Lexicon, head_start: int, floor: int) -> int:
    """Where a company's name begins when its legal form follows it after a comma (`X & Y Consulting, LLC`, `X,
    Inc.`): the capitalised words before the comma, read as before a head; `head_start` when there are none."""
    word = _LAST_WORD.search(doc.text, max(0, head_start - 42), head_start - 2)
    if (
        word is None
        or not _CAP.fullmatch(word.group(1))
        or word.start(1) <= floor
        or doc.span_at(doc.places, word.start(1)) is not None
    ):
        return head_start  # (`in Hanoi, Inc. said`: a place before the comma, no company's name)
    return min(word.start(1), _left_edge(doc, lex, word.start(1), floor, company=True))
