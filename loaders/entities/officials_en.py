"""What English adds to the officials stage: the ministry a title names, the country before a title, the title
a body implies.

English news writes `Minister of Industry and Trade Nguyen Hong Dien` (the
ministry named by its field, without `Ministry`), `Japan's Vice Minister of
Economy, Trade and Industry Kenji Morita` and `Thai Minister of Commerce …`
(the country before the title), and uses one word for several Vietnamese
titles (`Secretary of the … Provincial Party Committee` is `Bí thư Tỉnh ủy`,
`Chairwoman of the … People's Committee` is `Chủ tịch UBND`). The officials
stage calls these helpers for articles in English; roles keep the Vietnamese
title (`title_vi`), so one person's roles read in both languages meet.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

from core.text import slug
from core.vocabulary import Label, OrganizationKind, Prop, RelType, TitleKind
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations import add_org_entity
from loaders.entities.places import add_place_entity
from loaders.first_letters import compile_gated
from loaders.gazetteer import GazetteerEntry, Title

OF = re.compile(r" (?:of|for)(?: the)? ")
_FIELD_WORD = re.compile(r"[A-Z][\w'’\-]*")
_FIELD_SEP = re.compile(r",? and (?=[A-Z])|, (?=[A-Z])| & (?=[A-Z])| (?=[A-Z])")
_MAX_FIELD_WORDS = 6


# Adjectives of nationality before a title (`Thai Minister of Commerce`). Only the countries the sources
# deal with most; a possessive (`Japan's`) works for every country of the gazetteer.
def _demonyms() -> dict[str, str]:
    """Country adjectives (`gazetteers/demonyms.txt`): the word before a title that says whose it is."""
    text = resources.files("loaders").joinpath("gazetteers", "demonyms.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            iso, *words = line.strip().split("|")
            out.update((word, iso) for word in words)
    return out


DEMONYMS = _demonyms()
RANKS_BEFORE_TITLES = frozenset(
    {"Regional", "Global", "Group", "Executive", "Deputy", "Vice", "Senior", "Interim", "Acting", "Former"}
    | {"Founding", "Honorary", "Co", "State", "Minister", "Prime", "General", "Party", "Joint", "Board", "Chief"}
    | {"First", "Permanent", "Standing", "former", "acting"}
)
"""Words before a title that make it a longer title or say which one (`Regional CEO`, `State President`, `Acting
Chairman`), never a company's name: where the organisation stage's company before an executive's title
(`organizations_en`) and the officials stage's (`officials._company_before`) both stop."""
_FIELD_BEFORE = compile_gated(r"(?<![\w'’])((?:[A-Z][\w'’\-]*(?:,? and |, | & | ))*[A-Z][\w'’\-]*) $")
_DEMONYM_BEFORE = compile_gated(
    r"(?<![\w.])(" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + r") $"
)
_DEMONYM_WORDS = "(?:" + "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True)) + ")"
_REGION_WORDS = (
    r"(?:(?:north|south)(?:east|west)ern|(?:north|south|east|west)ern|(?:north|south)-central|central|coastal|"
    r"mountainous|border|Mekong Delta|Central Highlands|Red River Delta)"
)
DESCRIBED_PLACE = re.compile(
    rf"(?:{_DEMONYM_WORDS} )?(?:{_REGION_WORDS}(?:[ -]{_REGION_WORDS})* )?(?:{_DEMONYM_WORDS} )?"
    r"(?:[Pp]rovince|[Cc]ity|[Mm]unicipality|(?:[Ff]ederal )?[Ss]tate|[Pp]refecture|[Rr]egion) of (?:the )?"
    r"|(?:the )?(?:Mekong Delta|Central Highlands|Red River Delta) "
)
"""What news says of a place before naming it: `the Vietnamese northern province of`, `the southwestern Lao province
of`, `the central city of`, `Mekong Delta`; its kind word capitalised as well, as a place's formal name has it
(`German Federal State of Thuringia`, `the Thai Province of Nong Khai`, `the City of Busan`)."""
_PLACE_WORD_BEFORE = re.compile(r" (?:[Pp]rovince|[Pp]refecture|[Ss]tate|[Cc]ity|Municipality|[Rr]egion) $")
_PLACE_WORD_OWNING = re.compile(r" (?:[Pp]rovince|[Pp]refecture|[Ss]tate|[Cc]ity|Municipality|[Rr]egion)['’]s $")
"""The kind word of a place whose possessive stands before a title (`Busan City's Mayor`)."""
# The title a general English title stands for at a given kind of body: (title_vi, body kind, body key) -> title_vi.
_AT_BODY: dict[tuple[str, str, str], str] = {
    ("Bộ trưởng", OrganizationKind.PARTY_COMMITTEE, "tinh-uy"): "Bí thư Tỉnh ủy",
    ("Bộ trưởng", OrganizationKind.PARTY_COMMITTEE, "thanh-uy"): "Bí thư Thành ủy",
    ("Phó Bí thư", OrganizationKind.PARTY_COMMITTEE, "tinh-uy"): "Phó Bí thư Tỉnh ủy",
    ("Phó Bí thư", OrganizationKind.PARTY_COMMITTEE, "thanh-uy"): "Phó Bí thư Thành ủy",
    ("Chủ tịch", OrganizationKind.PROVINCIAL_GOVERNMENT, "ubnd"): "Chủ tịch UBND",
    ("Phó Chủ tịch", OrganizationKind.PROVINCIAL_GOVERNMENT, "ubnd"): "Phó Chủ tịch UBND",
    ("Chủ tịch", OrganizationKind.PROVINCIAL_GOVERNMENT, "chinh-quyen"): "Chủ tịch Chính quyền nhân dân",
    ("Phó Chủ tịch", OrganizationKind.PROVINCIAL_GOVERNMENT, "chinh-quyen"): "Phó Chủ tịch Chính quyền nhân dân",
    # (a Chinese province's governor chairs its People's Government; elsewhere a governor is a governor)
    ("Thống đốc", "province", "CN"): "Chủ tịch Chính quyền nhân dân",
    ("Phó Thống đốc", "province", "CN"): "Phó Chủ tịch Chính quyền nhân dân",
}
# The head of a department by the first word of its Vietnamese name (`Tổng cục` is not `Cục`).
_HEAD_TITLES = {"Vụ": "Vụ trưởng", "Cục": "Cục trưởng", "Sở": "Giám đốc Sở"}


def ministry_after(doc: ArticleDoc, lex: Lexicon, at: int, country: str | None = None) -> Span | None:
    """`Industry and Trade[ of Viet Nam]` after `Minister of`: the ministry named by its field, the longest that
    the gazetteer knows, of the country named after it or before the title (`country`, ISO alpha-2)."""
    text = doc.text
    ends = _field_ends(text, at)
    unknown: tuple[int, Span] | None = None  # the longest field no Vietnamese ministry has, of a country named after
    for end in reversed(ends):
        field = text[at:end]
        place, stop = _country_after(doc, end)
        want = _iso(place) if place is not None else country
        entry = ministry_of_field(lex, field, want) or _ministry_by_abbreviation(lex, text, field, end)
        if entry is not None:
            written = (
                f"Ministry of {text[at:stop]}"  # (`Minister of Commerce`: the ministry as written, not `Commerce`)
            )
            data: dict[str, Any] = {"head": None, "place": None, "entry": entry}
            if place is None and country is None:
                data["field_only"] = (at, end)  # no country said: ours by default (`officials` may say whose)
            span = Span(at, stop, "", Label.ORGANIZATION, written, data)
            add_org_entity(doc, lex, span)
        else:
            vi_home = ministry_of_field(lex, field, "VN")
            if vi_home is None and place is not None and want != "VN" and unknown is None:
                unknown = (end, place)
            if vi_home is None or want in (None, "VN"):
                continue
            if place is None:  # `Cuban Minister of Finance and Prices`: the country was said before the title
                country_entry = lex.gaz.country(want) if want else None
                if country_entry is None:
                    continue
                country_span = Span(
                    at, at, country_entry.id, Label.COUNTRY, country_entry.name, {"entry": country_entry}
                )
                span = foreign_ministry(doc, at, field_after(lex, text, at) or end, country_span)
            else:
                span = foreign_counterpart(doc, at, stop, vi_home, place)
        doc.orgs.append(span)
        doc.orgs.sort(key=lambda sp: sp.start)
        return span
    if (
        unknown is not None
        and (text[max(0, at - 4) : at] == " of " or _all_field_words(lex, text[at : unknown[0]]))
        and not any(w in lex.surnames or w in lex.plain_surnames for w in text[at : unknown[0]].split())
        and not any(doc.title_at(i) for i in range(at, unknown[0]) if text[i - 1] == " ")
    ):
        # `Minister of Inspection of Cambodia`: a field no ministry of ours has, of the country named after it (no
        # shorter field read as one of ours: `Minister of Planning and Investment X and Chairman of the RoK's …`; no
        # name and no title inside: `Foreign Minister Bui Thanh Son, Foreign Minister of UAE X` is two people's)
        span = foreign_ministry(doc, at, unknown[0], unknown[1])
        doc.orgs.append(span)
        doc.orgs.sort(key=lambda sp: sp.start)
        return span
    return None


def _all_field_words(lex: Lexicon, field: str) -> bool:
    """Whether every word of a stretch is a word of the fields of government (`Commerce`, `Industry and Trade`):
    right after a title with no `of` (`Trade Secretary Maria Santos of the Philippines`) only such words name a
    ministry; any other capitalised words there are the holder's name."""
    return all(w in field_words(lex) or w in ("and", "&") for w in re.findall(r"[\w'’\-]+", field))


_BRACKETED_ABBR = re.compile(r" \(([A-Z][A-Za-z&]{1,9})\)")


def _ministry_by_abbreviation(lex: Lexicon, text: str, field: str, end: int) -> GazetteerEntry | None:
    """`Vice Minister of Agriculture and Rural Affairs (MARA)`: the ministry the bracketed abbreviation names, when
    its English name is of that field (so the abbreviation says which country's it is)."""
    m = _BRACKETED_ABBR.match(text, end)
    if m is None:
        return None
    want = f"Ministry of {field}"
    return next(
        (
            e
            for e in lex.find(m.group(1), Label.ORGANIZATION)
            if Label.MINISTRY in e.extra_labels
            and any(n.startswith(want) for n in (e.properties.get("name_en") or "", *e.aliases))
        ),
        None,
    )


def field_after(lex: Lexicon, text: str, at: int) -> int | None:
    """`Commerce` in `Vice Minister of Commerce Li Fei`: where a ministry's field ends when the gazetteer does not
    know the ministry, read with the words of the fields it knows (so the name after it is not taken in)."""
    ends = [
        e
        for e in _field_ends(text, at)
        if all(w in field_words(lex) or w == "and" for w in re.findall(r"[\w'’\-]+", text[at:e]))
    ]
    return ends[-1] if ends else None


def qualifier_before(doc: ArticleDoc, lex: Lexicon, title_start: int) -> Span | None:
    """The body or country a title is qualified by before it: `the U.S. Department of State's Under Secretary`,
    `MOIT Deputy Minister`, `Japan's Vice Minister`, `Thai Minister`, and the ministry named by its field
    (`Chinese Commerce Minister`, `Industry and Trade Minister`)."""
    text = doc.text
    field_start = _field_start_before(doc, lex, title_start)
    if field_start is not None and doc.text[field_start : title_start - 1] in DEMONYMS:
        field_start = None  # `Cuban Minister of …`: a country's adjective, no field
    if field_start is not None:
        field = text[field_start : title_start - 1]
        country = _country_before(doc, lex, field_start) or _country_noun_before(doc, lex, field_start)
        ministry = ministry_of_field(lex, field, _iso(country) if country else None)
        if ministry is not None:
            data: dict[str, Any] = {"head": None, "place": None, "entry": ministry}
            if country is None:  # `Transport Minister X`: no country said, ours by default (`officials` may say whose)
                data["field_only"] = (field_start, title_start - 1)
            span = Span(
                field_start,
                title_start - 1,
                "",
                Label.ORGANIZATION,
                f"{field} Ministry",  # (`Chinese Commerce Minister`: the ministry as written, not `Commerce`)
                data,
            )
            add_org_entity(doc, lex, span)
            return span
        return country
    return _country_before(doc, lex, title_start)


def _field_start_before(doc: ArticleDoc, lex: Lexicon, title_start: int) -> int | None:
    """Where the field words right before a title begin (`Commerce` in `Chinese Commerce Minister`), if any."""
    run = _FIELD_BEFORE.search(doc.text, max(0, title_start - 60), title_start)
    if run is None:
        return None
    words = list(re.finditer(r"[\w'’\-]+", doc.text[run.start(1) : run.end(1)]))
    fields = field_words(lex)
    first = len(words)
    while first > 0 and (words[first - 1].group(0) in fields or words[first - 1].group(0) == "and"):
        first -= 1
    while first < len(words) and words[first].group(0) == "and":
        first += 1
    return run.start(1) + words[first].start() if first < len(words) else None


def country_before(doc: ArticleDoc, lex: Lexicon, role_start: int) -> Span | None:
    """The country a lowercase role is qualified by (`his Vietnamese counterpart`, `Japan's ambassador`)."""
    found = _country_before(doc, lex, role_start)
    return found if found is not None and found.label == Label.COUNTRY else None


def _country_noun_before(doc: ArticleDoc, lex: Lexicon, field_start: int) -> Span | None:
    """`Singapore Trade and Industry Minister`, `Vietnam Industry and Trade Minister`: a country's own name right
    before a ministry's field says whose ministry it is, as its adjective or possessive does. (Read from the words
    themselves: the places stage may have left a country's name run into capitalised words unread.)"""
    words = _CAPITALISED_WORDS_BEFORE.search(doc.text, max(0, field_start - 40), field_start)
    if words is None:
        return None
    run = words.group(1).split()
    for k in range(len(run)):  # (the longest name first: `South Korea` before `Korea`)
        form = " ".join(run[k:])
        entry = next(iter(lex.find(form, Label.COUNTRY)), None)
        if entry is not None:
            start = field_start - 1 - len(form)
            return Span(start, field_start - 1, entry.id, Label.COUNTRY, form, {"entry": entry})
    return None


_CAPITALISED_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w.]*\s){1,3})$")


_POSSESSIVE_THEN_UNIT = re.compile(r"['’]s [A-Z][a-z]+ $")
"""A body's possessive, then one capitalised word before a title (`USAID's Mission Director`, `X's Country
Director`): the word names the unit the holder heads, the body before is whose it is."""


def _country_before(doc: ArticleDoc, lex: Lexicon, title_start: int) -> Span | None:
    """`MOIT …`, `Japan's …`, `Thai …`: the body or country named right before a title (or a ministry's field)."""
    text = doc.text
    possessive = text[title_start - 3 : title_start] in ("'s ", "’s ")
    end = title_start - 3 if possessive else title_start - 1
    abbr = _ABBR_BEFORE.search(text, max(0, title_start - 16), title_start) if not possessive else None
    org_end = abbr.start() if abbr is not None else end  # `… News Agency (Bernama) editor-in-chief`: its short form
    org = next((o for o in doc.orgs if o.end == org_end), None) if text[title_start - 1 : title_start] == " " else None
    if org is not None and org.id:
        return org
    unit = _POSSESSIVE_THEN_UNIT.search(text, max(0, title_start - 24), title_start) if not possessive else None
    if unit is not None:  # `USAID's Mission Director for Vietnam X`: the body's, the word between its unit's name
        org = next((o for o in doc.orgs if o.end == unit.start() and o.id), None)
        if org is not None:
            return org
    if possessive:
        place = next((p for p in doc.places if p.end == end and p.label == Label.COUNTRY), None)
        if place is not None:
            return place
    if text[max(0, title_start - 4) : title_start] == "its ":
        return _antecedent_province(doc, title_start - 4)  # `visited Tochigi Prefecture, received its Governor X`
    named_back = body_named_back(doc, title_start) if possessive else None
    if named_back is not None:  # `the chamber's President X`: the chamber named before
        return named_back
    word = (_PLACE_WORD_OWNING if possessive else _PLACE_WORD_BEFORE).search(
        text, max(0, title_start - 16), title_start
    )
    province_end = word.start() if word else end
    province = next((p for p in doc.places if p.end == province_end and p.label == Label.PROVINCE), None)
    if province is not None and text[title_start - 1 : title_start] == " ":
        # `Champasak Vice Governor X`, `Busan City Mayor X`, `Kerala's Chief Secretary X`, `X, Sanjo City's Mayor`:
        # the province's (a possessive says whose as a country's does)
        return province
    m = _DEMONYM_BEFORE.search(text, max(0, title_start - 16), title_start)
    if m is None:
        return None
    entry = lex.gaz.country(DEMONYMS[m.group(1)])
    if entry is None:
        return None
    add_place_entity(doc, entry, None)
    return Span(m.start(1), m.end(1), entry.id, Label.COUNTRY, m.group(1), {"entry": entry})


_ABBR_BEFORE = re.compile(r" \([A-Z][A-Za-z&.\-]{1,12}\) $")
_ITS_REACH = 240  # characters back from `its` in which the province it refers to is looked for (one sentence:
# `Kerala state wants to strengthen cooperation … in the fields of A, B, C and D, its Chief Minister X has affirmed`)


def _antecedent_province(doc: ArticleDoc, its: int) -> Span | None:
    """The province (or state, prefecture) or the body `its` refers to: the last one named shortly before, in the
    same sentence (`a delegation of Germany’s Saxony State, headed by its Minister for Economic Affairs X`)."""
    floor = max(doc.text.rfind(". ", 0, its), doc.text.rfind("\n", 0, its), its - _ITS_REACH)
    before = [p for p in doc.places if floor < p.start and p.end <= its]
    bodies = [o for o in doc.orgs if floor < o.start and o.end <= its and o.id]
    place = before[-1] if before else None
    if bodies and (place is None or bodies[-1].end >= place.end):
        return bodies[-1]  # `TNB was represented by its President …`; `Vietnam National University Ho Chi Minh City`
    return place if place is not None and place.label == Label.PROVINCE else None


_THE_NOUNS = re.compile(r"(?<![\w'’])[Tt]he ([a-z]{3,})['’]s $")
_NAMED_BACK_REACH = 600  # characters back in which the body a noun refers to is looked for (news writes a paragraph
# a sentence: `…, the non-profit Institute for Information Industry said.` then `… inked by the institute's chairman X`)


def body_named_back(doc: ArticleDoc, role_start: int) -> Span | None:
    """`the institute's chairman X`, `The chamber's President Y`: the body a definite noun's possessive before a role
    refers back to, the last one named shortly before whose name has that noun for a word
    (`Institute for Information Industry`); none when no body named so is near."""
    m = _THE_NOUNS.search(doc.text, max(0, role_start - 24), role_start)
    if m is None:
        return None
    noun = m.group(1)
    for org in reversed(doc.within(doc.orgs, max(0, m.start() - _NAMED_BACK_REACH), m.start())):
        names = (org.text, doc.entities[org.id].name) if org.id in doc.entities else ()
        if any(noun in name.lower().split() for name in names):
            return org
    return None


_CHAIRED_KINDS = frozenset({OrganizationKind.ASSOCIATION, OrganizationKind.COMPANY, OrganizationKind.OTHER})


def title_at_body(lex: Lexicon, title: Title, kind: str | None, key: str, body_name: str = "") -> Title:
    """`Secretary` of a provincial party committee is its party secretary, `Chairwoman` of a People's Committee
    its chair, `Governor` of a Chinese province the chair of its People's Government, `Director General` of a
    `Vụ` its `Vụ trưởng` (of a `Cục`, `Cục trưởng`; of a province's `Sở`, `Giám đốc Sở`)."""
    want = _AT_BODY.get((title.title_vi, kind or "", key))
    if title.title_vi == "Phó Bí thư" and kind in (OrganizationKind.MINISTRY, OrganizationKind.DEPARTMENT):
        want = "Thứ trưởng"  # `Deputy Secretary of Victoria’s Department of …`: a department's, not a party's
    if kind == "province" and key not in ("", "CN") and title.title_vi.endswith("Chủ tịch Chính quyền nhân dân"):
        want = "Phó Thống đốc" if title.title_vi.startswith("Phó ") else "Thống đốc"  # (`Vice Governor` outside China)
    if (
        want is None
        and title.title_vi == "Ngoại trưởng"
        and kind == OrganizationKind.MINISTRY
        and not any(w in body_name for w in ("Ngoại giao", "Foreign", "State"))
    ):
        want = "Quốc vụ khanh"  # `Secretary of State of the Ministry of Commerce X`: a ministry's state secretary
    head = _HEAD_TITLES.get(body_name.split(" ")[0] if body_name else "")
    if want is None and head and title.kind in (TitleKind.DEPARTMENT, TitleKind.PROVINCIAL):
        want = ("Phó " if title.title_vi.startswith("Phó ") else "") + head
    if want is None and title.kind == TitleKind.STATE and kind in _CHAIRED_KINDS:
        # `President of the … Chamber of Commerce`: a body's chair, not a head of state
        want = "Phó Chủ tịch" if title.title_vi.startswith("Phó ") else "Chủ tịch"
    if want is None:
        return title
    return next((t for t in lex.gaz.titles if t.title_vi == want), title)


def body_key(org_id: str) -> str:
    """`org:tinh-uy-vn-02` -> `tinh-uy`: the kind of provincial body an id was keyed by."""
    return next((k for k in ("tinh-uy", "thanh-uy", "ubnd", "chinh-quyen") if org_id.startswith(f"org:{k}-")), "")


@functools.lru_cache(maxsize=4)
def field_words(lex: Lexicon) -> frozenset[str]:
    """Capitalised words of the fields of the ministries the gazetteer knows in English (`Commerce`, `Foreign`,
    `Affairs`, `Trade`, `Industry` …)."""
    words: set[str] = set()
    for entry in lex.gaz.organizations.values():
        if Label.MINISTRY not in entry.extra_labels:
            continue
        for name in (entry.properties.get("name_en") or "", *entry.aliases):
            m = re.match(r"(?:\S+ )?(?:Ministry|Department) of (?:the )?(.+?)(?: of .*)?$", name)
            if m and name.isascii():
                words.update(w for w in re.findall(r"[\w'’\-]+", m.group(1)) if w[0].isupper())
    return frozenset(words | _portfolio_words())


@functools.lru_cache(maxsize=1)
def _portfolio_words() -> frozenset[str]:
    """The general portfolio vocabulary (`gazetteers/portfolio_words.txt`): fields of ministries nobody listed."""
    text = resources.files("loaders").joinpath("gazetteers", "portfolio_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _field_ends(text: str, at: int) -> list[int]:
    """Where a ministry's field may end: after each capitalised word of a run (`Economy, Trade and Industry`)."""
    ends: list[int] = []
    pos = at
    while len(ends) < _MAX_FIELD_WORDS:
        m = _FIELD_WORD.match(text, pos)
        if m is None:
            break
        ends.append(m.end())
        sep = _FIELD_SEP.match(text, m.end())
        if sep is None:
            break
        pos = sep.end()
    return ends


def _country_after(doc: ArticleDoc, end: int) -> tuple[Span | None, int]:
    m = OF.match(doc.text, end)
    place = doc.span_at(doc.places, m.end()) if m else None
    if place is None or place.label != Label.COUNTRY:
        return None, end
    return place, place.end


def ministry_of_field(lex: Lexicon, field: str, country: str | None) -> GazetteerEntry | None:
    """The ministry `Ministry of <field>` (or `<field> Ministry`) of a country; with no country, the Vietnamese one
    when there is one (the sources are Vietnamese), else the only one."""
    names = [f"Ministry of {field}", f"{field} Ministry"]
    if country is not None:
        entry = lex.gaz.country(country)
        for suffix in _country_names(entry):
            names.append(f"Ministry of {field} of {suffix}")
    found: list[GazetteerEntry] = []
    for name in names:
        found.extend(
            e for e in lex.find(name, Label.ORGANIZATION) if Label.MINISTRY in e.extra_labels and e not in found
        )
    if country is not None:
        return next((e for e in found if e.properties.get(Prop.COUNTRY) == country), None)
    return next((e for e in found if e.properties.get(Prop.COUNTRY) == "VN"), found[0] if len(found) == 1 else None)


def _country_names(entry: GazetteerEntry | None) -> list[str]:
    if entry is None:
        return []
    return [n for n in (entry.properties.get("name_en"), *entry.aliases) if n and n.isascii()]


def foreign_counterpart(doc: ArticleDoc, at: int, stop: int, vi_home: GazetteerEntry, place: Span) -> Span:
    """`Minister of Foreign Affairs of Thailand`: the Vietnamese ministry's field with another country is that
    country's ministry, keyed as the Vietnamese stage keys `Bộ Ngoại giao Thái Lan`."""
    entry: GazetteerEntry = place.data["entry"]
    org_id = f"org:{slug(vi_home.name)}-{entry.properties[Prop.ISO2].lower()}"
    span = Span(at, stop, org_id, Label.ORGANIZATION, doc.text[at:stop], {"head": None, "place": place, "entry": None})
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        f"{vi_home.name} {entry.name}",
        labels=[Label.MINISTRY],
        aliases=[f"Ministry of {span.text}"],
        properties={Prop.KIND: OrganizationKind.MINISTRY, Prop.COUNTRY: entry.properties[Prop.ISO2]},
        at=at,
    )
    add_place_entity(doc, entry, None)
    doc.relate(RelType.BASED_IN, org_id, entry.id, at=at)
    return span


def foreign_ministry(doc: ArticleDoc, at: int, end: int, country: Span) -> Span:
    """`Lao Minister of Energy and Mines`: a foreign ministry the gazetteer does not know, named by its field and
    its country (`Ministry of Energy and Mines` of Laos), so the minister is tied to a body, not only a country."""
    entry: GazetteerEntry = country.data["entry"]
    iso = entry.properties[Prop.ISO2]
    field = doc.text[at:end]
    org_id = f"org:ministry-of-{slug(field)}-{iso.lower()}"
    span = Span(at, end, org_id, Label.ORGANIZATION, field, {"head": None, "place": None, "entry": None})
    doc.entity(
        org_id,
        Label.ORGANIZATION,
        f"Ministry of {field}",
        labels=[Label.MINISTRY],
        aliases=[
            f"Ministry of {field} of {entry.properties.get('name_en') or entry.name}",
            *(f"{word} Ministry of {field}" for word in _demonyms_of(iso)[:1]),
        ],
        properties={Prop.KIND: OrganizationKind.MINISTRY, Prop.COUNTRY: iso},
        at=at,
    )
    add_place_entity(doc, entry, None)
    doc.relate(RelType.BASED_IN, org_id, entry.id, at=at)
    return span


def _demonyms_of(iso: str) -> list[str]:
    """A country's adjectives, first the one news writes most (`Uzbek`): how a foreign ministry is also named
    (`Uzbek Ministry of Investment, Industry, and Trade`)."""
    return [word for word, code in DEMONYMS.items() if code == iso]


def _iso(place: Span) -> str | None:
    """A country span's ISO alpha-2 (None for a body)."""
    return place.data["entry"].properties.get(Prop.ISO2) if place.label == Label.COUNTRY else None
