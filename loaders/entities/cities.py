"""Foreign cities the text itself places abroad: `TP.Yongin (tỉnh Gyeonggi, Hàn Quốc)`, `thành phố Kazanlak, tỉnh
Stara Zagora, Cộng hòa Bungari`, `Hwaseong City, South Korea`.

Why a stage of its own: the gazetteer holds every first-level subdivision of every country (ISO 3166-2) and the
cities some countries count among them, but no city below them; yet news names a foreign city as a partner
(sister cities, a province's MoU with a city) as often as a province. There is no list to look such a city up
in, so it is read from the text's own words: the city's cue (`thành phố`, `TP.`, `City`, `city of`, `X Municipal Government`) and, right
after its name, the foreign province or country it is in. A city below a Vietnamese province (`thành phố Vinh`)
is never taken for one: its place, when written, is in Việt Nam. Its other mentions in the article, with or
without the cue (`Hội đồng TP.Yongin`, `Yongin`), are the same place.

A province abroad is read the same way when the gazetteer has it under no spelling the page uses (a transliteration
heard by ear, `tỉnh Ka-ga-oa (Nhật Bản)`; a local form, `tỉnh Moravskoslezsko, Cộng hòa Séc`): its cue (`tỉnh`, `bang`,
`X Province`, `X Prefecture`) and its foreign country right after it, as for a city. Its node has `kind: province`
and an id of its country's code, its kind and its folded name (`province:jp-province-ka-ga-oa`).

English copy often names a place's country only by its adjective (`the Lao province of Savannakhet`, `The South Korean
city of Chuncheon`): `name_countries_by_adjective`, run after the cities, counts that as a mention of the country.

It runs after `places.scan` (it needs the countries and provinces read) and before the organisations (a city's
council, `Hội đồng thành phố Kazanlak`, is a body of that place). A city is a Province node, as the gold schema
counts it, with `kind: city` and an id made of its country's code and its folded name
(`province:kr-city-yongin`), so that two articles naming it meet in one node.
"""

from __future__ import annotations

import re

from core.text import fold, slug
from core.vocabulary import Label, Prop
from loaders.entities.doc import ArticleDoc, Span, overlaps
from loaders.entities.officials_en import DEMONYMS
from loaders.entities.places import DETERMINERS, add_place_entity
from loaders.first_letters import compile_behind, compile_gated, first_characters
from loaders.gazetteer import GazetteerEntry
from loaders.letters import LOWER, UPPER

CITY_KIND = "city"
"""The `kind` of a Province node that is a city read from the text (the gazetteer's provinces carry theirs)."""
PROVINCE_KIND = "province"
"""The `kind` of a Province node that is a province abroad read from the text (one the gazetteer has under no
spelling the page uses: `tỉnh Ka-ga-oa (Nhật Bản)`, a transliteration heard by ear)."""

_WORD = rf"[{UPPER}][{LOWER}'’]*(?:-[{UPPER}{LOWER}][{LOWER}'’]*)*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}(?![\w'’-])"
UNIT_BELOW_PROVINCE = r"(?-i:[Cc]hâu|thị)(?!\s+(?:Á|Âu|Phi|Mỹ|Úc|Đại Dương)\b)"
"""China's units between province and county in Vietnamese, before a name: an autonomous prefecture (`châu Hồng
Hà`) or a county-level city (`thị Bằng Tường`), as border provinces' partners are named; never a continent (`châu
Á`, `châu Âu`). `thị` in lower case only: `Thị` is a woman's middle name."""
_UNIT_BELOW = rf"{UNIT_BELOW_PROVINCE}\s+(?=[{UPPER}]\S* [{UPPER}])"  # (then a city's name of two words or more)
_DEMONYM = "|".join(sorted(map(re.escape, DEMONYMS), key=len, reverse=True))
_CUED_FORMS: tuple[tuple[re.Pattern[str] | tuple[str, ...], str, str], ...] = (
    # (what a text has where the form can match, the form, its groups in a branch that never matches)
    (
        re.compile(r"(?:city|town|county|municipality)\s+of\s"),
        rf"\b(?:[Tt]he\s+)?(?P<adj>{_DEMONYM})\s+(?:city|town|county|municipality)\s+of\s+(?P<dem>{_NAME})",
        "(?!)(?P<adj>)(?P<dem>)",
    ),
    (
        ("hành phố", "TP", "hâu ", "thị "),
        rf"\b(?:[Tt]hành phố\s+(?:\(TP\)\s+)?|TP\.\s?|TP\s|{_UNIT_BELOW})(?P<vi>{_NAME})",  # (`thành phố (TP) X`)
        "(?!)(?P<vi>)",
    ),
    (("ity of ",), rf"\b(?:[Tt]he )?[Cc]ity of (?P<of>{_NAME})", "(?!)(?P<of>)"),
    (
        ("ỉnh ", "bang "),
        rf"(?<!\w)(?:[Tt]ỉnh|(?:tiểu )?bang)\s+(?P<pv>{_NAME})",  # (`Bang` capitalised ends `Cao Bang`)
        "(?!)(?P<pv>)",
    ),
    (
        (" Province", " province", " Prefecture", " prefecture"),
        rf"\b(?P<pe>{_NAME}) (?:Province|province|Prefecture|prefecture)\b",
        "(?!)(?P<pe>)",
    ),
    (
        (" City", " city", " County", " county", " Municipal"),
        rf"\b(?P<en>{_NAME}) (?:City|city|County|county|Municipal)\b",
        "(?!)(?P<en>)",
    ),
)
_CUED = re.compile("|".join(form for _, form, _ in _CUED_FORMS))
"""A city's name with its cue: `the Japanese city of X`, `thành phố X`/`TP.X`, `the city of X`, `X City`."""
_CUED_ALONE: dict[int, re.Pattern[str]] = {}
"""Each form of `_CUED` compiled alone (the others' groups kept in branches that never match), at its first use."""
_FIRSTS = tuple(frozenset(first_characters(re.compile(form)) or ()) for _, form, _ in _CUED_FORMS)
"""The characters each form's matches begin with, read once (from a join's own parse, they doubled its compile)."""
assert all(_FIRSTS), "each form opens with letters its gate can name (so none matches the empty string)"


def _alone(i: int) -> re.Pattern[str]:
    """Form `i` of `_CUED` compiled by itself behind its first characters, with every group of `_CUED`."""
    pattern = _CUED_ALONE.get(i)
    if pattern is None:
        pattern = _CUED_ALONE[i] = compile_behind(
            _FIRSTS[i], "|".join(form if j == i else never for j, (_, form, never) in enumerate(_CUED_FORMS))
        )
    return pattern


def _cued_matches(text: str) -> list[re.Match[str]]:
    """What `_CUED.finditer(text)` finds, each form searched alone and only where the text has its cue words.

    Why: each form is tried at every word's start, the first with its two hundred country adjectives (1.4 M
    instructions a synthetic article, a tenth of its extraction); most articles name no city, and a Vietnamese one
    that does, by `thành phố`, has no English form's words. A join of the forms a page has was compiled for each set
    of forms met (25 sets over the real articles, 0.7 s of a process's CPU); each form is now compiled once. The
    same matches: the join's next match is at the first position where any form matches, by the first such form in
    its order, with that form's own match there; so is the earliest of the forms' next matches (the first form on a
    tie), a form's next match kept while it starts after the last match's end (searched again from there if not)."""
    patterns = [
        _alone(i)
        for i, (cue, _, _) in enumerate(_CUED_FORMS)
        if (cue.search(text) is not None if isinstance(cue, re.Pattern) else any(word in text for word in cue))
    ]  # (words as such where the cue is words: a test of `in` each, cheaper than a scan of their alternation)
    if len(patterns) <= 1:  # (one form: its own matches, the join of it alone)
        return [m for pattern in patterns for m in pattern.finditer(text)]
    upcoming = [pattern.search(text) for pattern in patterns]
    found: list[re.Match[str]] = []
    while True:
        first = None
        for m in upcoming:
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        if first is None:
            return found
        found.append(first)
        end = first.end()  # (never the match's start: no form matches the empty string)
        upcoming = [
            m if m is None or m.start() >= end else pattern.search(text, end)
            for pattern, m in zip(patterns, upcoming, strict=True)
        ]


_CONNECTOR = re.compile(
    r"[\s(,–-]*(?:(?:của|thuộc|ở|tại|in|of|tỉnh|bang|vùng|quận|phủ|nước|the|Cộng hòa|Republic of|Vương quốc|Kingdom of"
    rf"|[{UPPER}][{LOWER}-]+ (?:prefecture|province|county|state|region))"
    r"[\s(,]+)*"
)
# A mayor's city is foreign: Vietnamese cities have people's committees, not mayors (`Thị trưởng thành phố X`,
# `Mayor of X`, `X City Mayor`); its country, when no place follows it, is the one foreign country the article names.
_MAYOR_BEFORE = compile_gated(r"(?:[Tt]hị trưởng|Mayor of(?: the)?)\s+$")
_MAYOR_AFTER = re.compile(r"(?:['’]s)?\s+(?:Mayor|mayor)\b")
_LOCATIVE_BEFORE = re.compile(r"(?<![\w])(?:[Tt]ại|[Ởở]|[Ii]n|[Aa]t)\s+$")
"""A word that makes the city after it a place where something happens (`tại thành phố X`, `in X City`): a capital
the gazetteer keeps inside its province is then that province, as the report in the other language names it; a
capital that acts (`Đoàn công tác thành phố X`, `TP.X ký …`, `Thị trưởng thành phố X`) is a city of its own, a
partner as any other city."""
_REACH = 40  # characters: how far after a city's name the place that holds it may begin


def find_foreign_cities(doc: ArticleDoc) -> None:
    """Add the foreign cities of the article to `doc.places` (sorted) and as Province entities."""
    text = doc.text
    cities: dict[str, GazetteerEntry] = {}
    for m in _cued_matches(text):
        group = next(g for g in ("dem", "vi", "of", "en", "pv", "pe") if m.group(g))
        province = group in _PROVINCE_GROUPS
        name, start, end = m.group(group), m.start(group), m.end(group)
        inside = doc.within(doc.places, start + 1, end)  # `thành phố Yeongju Hàn Quốc`: the country is no part of it
        if inside:
            name, end = text[start : inside[0].start].rstrip(), inside[0].start
            if not name or group in ("en", "pe"):
                continue
        if name in cities or overlaps(doc.places, start, end):
            continue
        if province:
            if not _names_a_province(doc, name):
                continue
            holder = _country_after(doc, m.end() if group == "pe" else end, country_only=True)
            if holder is not None and holder != "VN":
                cities[name] = _text_placed(name, holder, PROVINCE_KIND)
            continue
        if fold(name) in doc.lexicon.capitals and _LOCATIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # `tại thành phố Nam Ninh, Khu tự trị … Quảng Tây`: where a meeting is, which its province names
        if group == "dem":
            iso: str | None = DEMONYMS[m.group("adj")]  # `the Japanese city of Izumisano`
        else:
            iso = _country_after(doc, m.end() if group == "en" else end)
        if iso is None and group == "en" and (iso := _named_like_its_region(doc, name)) is not None:
            name = text[start : m.end()]  # `New York City`: the city of the state of its name, named with its cue
        if iso is None and (
            _MAYOR_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _MAYOR_AFTER.match(text, m.end())
        ):
            iso = _sole_foreign_country(doc)
            if iso is not None and group == "vi":
                name = _without_holder(doc, name, end)
        if iso is None or (iso == "VN" and not (group == "dem" and _twin_city_at_home(text, end))):
            continue
        cities[name] = _text_placed(name, iso, CITY_KIND)
    if not cities:
        return
    names = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(cities, key=len, reverse=True))) + r")(?![\w-])"
    )
    added = []
    for m in names.finditer(text):
        if overlaps(doc.places, m.start(), m.end()):
            continue
        entry = cities[m.group(0)]
        added.append(Span(m.start(), m.end(), entry.id, Label.PROVINCE, m.group(0), {"entry": entry}))
        add_place_entity(doc, entry, m.start())
    doc.places = sorted([*doc.places, *added], key=lambda sp: sp.start)


_PROVINCE_GROUPS = frozenset({"pv", "pe"})
"""The forms of a province's cue (`tỉnh X`, `bang X`, `X Province`, `X Prefecture`), as against a city's."""


_PARTNER_WORDS = frozenset({"Bạn", "Bạn bè"})
"""`tỉnh Bạn`, `nước Bạn`: official Vietnamese prose capitalises `Bạn` (friend) for the partner's side, before the
partner's country or alone."""


def _names_a_province(doc: ArticleDoc, name: str) -> bool:
    """Whether the capitalised words after `tỉnh` or before `province` can be a province's own name: not a country's
    adjective (`the Chinese province Yunnan`), not a determiner (`This province`) and not a part of a country named by its words (`các tỉnh Bắc Lào`,
    `các tỉnh Bạn Lào`: the north, or the friend, of a country the name ends with)."""
    if name in DEMONYMS or name in _PARTNER_WORDS or name.split()[0] in DETERMINERS:
        return False
    words = name.split()
    return not any(doc.lexicon.find(" ".join(words[i:]), Label.COUNTRY) for i in range(1, len(words)))


def _text_placed(name: str, iso: str, kind: str) -> GazetteerEntry:
    """The entry of a city or a province abroad the text places in its country: its id is made of the country's code,
    its kind and its folded name (`province:kr-city-yongin`, `province:jp-province-ka-ga-oa`), so that two articles
    that name it alike meet in one node, and none is taken for a gazetteer's ISO code (`province:jp-13`)."""
    return GazetteerEntry(
        id=f"province:{iso.lower()}-{kind}-{slug(name)}",
        label=Label.PROVINCE,
        name=name,
        properties={Prop.COUNTRY: iso, Prop.KIND: kind},
    )


_TWINNING = compile_gated(r"kết nghĩa|[Ss]ister[- ]?cit|[Ss]isterhood|[Tt]winn?(?:ed|ing)? cit")


def _twin_city_at_home(text: str, end: int) -> bool:
    """Whether `the Vietnamese city of X` (ending at `end`) is a side of the twinning the page tells (`kết nghĩa`,
    `sister city`, `sisterhood`): a city at home below a province, counted as its foreign partner is; not when
    the name runs on (`the Vietnamese city of X Y …`)."""
    return _TWINNING.search(text) is not None and _WORD_NEXT.match(text, end) is None


_CAPITALISED_NEXT = re.compile(rf"\s+({_WORD})")
_WORD_NEXT = re.compile(rf" {_WORD}")


def _without_holder(doc: ArticleDoc, name: str, end: int) -> str:
    """`Thị trưởng thành phố Nam Ninh Liêu Lập Dũng`: a mayor's city runs into the mayor's name, which follows it
    with no comma. When the capitalised run goes on past the city's longest form, the city is what stands before a
    family name that begins the holder's name of three words, else of two or four (as many as are left)."""
    words = name.split()
    at = end
    while (nxt := _CAPITALISED_NEXT.match(doc.text, at)) is not None and len(words) < 8:
        words.append(nxt.group(1))
        at = nxt.end()
    if len(words) <= len(name.split()):
        return name  # nothing capitalised after the name: no holder's name runs into it
    for size in (3, 2, 4):
        if len(words) - size >= 1 and words[len(words) - size] in doc.lexicon.surnames:
            return " ".join(words[: len(words) - size])
    return name


def _sole_foreign_country(doc: ArticleDoc) -> str | None:
    """The one foreign country the article names, itself or by its provinces (none when it names several)."""
    found = {iso for place in doc.places if (iso := _iso(place.data["entry"])) and iso != "VN"}
    return found.pop() if len(found) == 1 else None


def _named_like_its_region(doc: ArticleDoc, name: str) -> str | None:
    """The country of the one province abroad named as the city is (`New York City`, `Quebec City`), when the
    article names that country: a city called after its region, which names no city itself."""
    named = {iso for place in doc.places if place.label == Label.COUNTRY and (iso := _iso(place.data["entry"]))}
    found = {
        iso
        for entry in doc.lexicon.find(name, Label.PROVINCE)
        if entry.is_subdivision and (iso := _iso(entry)) in named and iso != "VN"
    }
    return found.pop() if len(found) == 1 else None


def _iso(entry: GazetteerEntry) -> str | None:
    """The upper-case ISO code of a country entry, or of the country a province entry is in."""
    if entry.label == Label.COUNTRY:
        return str(entry.properties.get(Prop.ISO2) or entry.id.removeprefix("country:")).upper()
    return str(entry.properties.get(Prop.COUNTRY) or "").upper() or None


def _country_after(doc: ArticleDoc, end: int, *, country_only: bool = False) -> str | None:
    """The country of the province or country named right after a city (only connecting words between); with
    `country_only`, of a country only: what holds a province is its country, and a province after one (`The province
    of Gyeongsangnam-do`) is the place the cue names, not one that holds it."""
    for place in doc.within(doc.places, end, end + _REACH):
        if not _CONNECTOR.fullmatch(doc.text, end, place.start) or (country_only and place.label != Label.COUNTRY):
            return None
        return _iso(place.data["entry"])
    return None


_KIND_AFTER_ADJECTIVE = re.compile(
    # (one branch per first letter, the look-behind after it, each letter's words in their order: tried only where
    # such a letter is, not at every position of the page)
    r"(?:p(?<=\w .)(?:rovince|refecture|rovinces|refectures)|c(?<=\w .)(?:ity|apital|ounty|ities)"
    r"|s(?<=\w .)(?:tate|tates)|r(?<=\w .)egion|t(?<=\w .)own|m(?<=\w .)unicipality"
    r"|l(?<=\w .)(?:ocality|ocalities))(?![\w-])"
)
_SIDE_WORDS = frozenset(
    {"northern", "southern", "central", "eastern", "western", "northeastern", "northwestern", "southeastern"}
    | {"southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "north-central"}
    | {"south-central", "border", "capital", "coastal", "port", "mountainous", "partner", "island", "largest"}
)
"""Words between a country's adjective and the kind of place it qualifies (`the Lao northern province of …`)."""


def name_countries_by_adjective(doc: ArticleDoc) -> None:
    """A country named by its adjective before a kind of place (`the Lao province of Savannakhet`, `The South Korean
    city of Chuncheon`, `the Lao capital`) is named: the page tells of that country's place, so of the country, as
    if it wrote `Savannakhet, Laos`. Only the mention of the Country entity; the adjective is no place span for the
    later stages."""
    text = doc.text
    for m in _KIND_AFTER_ADJECTIVE.finditer(text):
        words = text[max(0, m.start() - 60) : m.start()].split()
        while words and words[-1] in _SIDE_WORDS:
            words.pop()
        for size in (2, 1):
            adjective = " ".join(words[-size:]) if len(words) >= size else ""
            if adjective in DEMONYMS:
                country = doc.lexicon.gaz.country(DEMONYMS[adjective])
                if country is not None:
                    add_place_entity(doc, country, text.rfind(adjective, 0, m.start()))
                break
