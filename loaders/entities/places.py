"""Countries and provinces (and known organisations' names), in one Aho-Corasick pass.

Takes an `ArticleDoc`; adds `doc.places` (accepted country/province spans)
and `doc.known_orgs` (gazetteer organisation names found, for the
organisation stage), the Country/Province entities, `IN_COUNTRY` and, for a
Vietnamese province merged in 2025, `SUCCEEDED_BY` its successor.

Rules, all general: a match must sit on word boundaries and, for a place,
have the gazetteer's capitalisation; the leftmost-longest match wins
(`Hà Nam Ninh` is not `Hà Nam`); a continent (`châu Mỹ`) or a compass prefix
(`Nam Mỹ`) is not the country, nor is
a currency's (`US$`, `đô la Mỹ`, `yên Nhật`); a province name right after a family name is
a person (`Nguyễn Hòa Bình`); short forms that are also ordinary words
(`Nhật`, `Hàn`, `Trung`, `Việt`, `Anh`) count only in an enumeration or pair
with another country (`Mỹ, Nhật, Hàn`, `Việt - Trung`), after `phía`/`nước`,
or in parentheses. A name shared by two provinces (`Hà Nam` in China and in
Viet Nam) goes to the country its neighbours belong to.

Provinces, states and prefectures abroad (`subdivisions.csv`: every country
but China and Viet Nam) are many and their names are often words, cities,
people or countries (Georgia, Washington, Victoria, Central, Mie), so one
counts as a Province only
- with a cue right before it: Vietnamese `tỉnh`, `bang`, `tiểu bang`, `vùng`,
  `Thống đốc`, `Tỉnh trưởng`, and for a city-province (Seoul, Phnom Penh,
  Berlin) `thành phố`, `TP`, `thủ đô`, `Thị trưởng`; English `state of`,
  `province of`, `prefecture of`, `region of`, `Governor of`, and for a city
  `city of`, `Mayor of`;
- or with a cue right after it: `Province`, `State`, `Prefecture`, `Region`,
  `Oblast`, `Krai`, `Governor` (either case), and for a city `City`;
- or, for a form that needs no cue (more than one word, or a longer word that
  is not a country's, a family name or a generic word: `Hủa Phăn`, `Texas`,
  `Bavaria`), when the article names its country (`Lào`, `Hoa Kỳ`);
- or, for a city-province named with no cue (Moscow, Seoul), when it is
  coordinated with a province read on its own (`Hanoi and Moscow signed …`).
Written in capitals, a province abroad needs its cue (`tỉnh MIE`); a place in
capitals opening a line before a dash or a colon is a dateline's (`HÀ NỘI —
…`, `RIYADH: …`) and counts as its plain name does.
No province, at home or abroad, counts after a lower level or its
abbreviation (`huyện Sơn Tây`, `P.Long An`).
It never counts after `quận`, `huyện`, `thị xã`, `xã` (lower levels) or an
honorific (`ông Yamaguchi` is a person), nor, unless it is a city-province,
after `thành phố`/`city of` or before `City` (Osaka city is not Osaka
prefecture). A cue names the kind: `tỉnh Viêng Chăn` is the province, `thủ
đô Viêng Chăn` the capital. A name several countries share (Punjab,
Central) needs one of them named, cue or not; a form that needs a cue is
not the place right after another capitalised word (`Mekong Delta
province`). A name that is a Chinese or Vietnamese province is always that
province, and one that is a country stays the country without a cue (`bang
Georgia` is the US state).
When none of these names is accepted, the places found are exactly those
found without the subdivisions gazetteer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from core.text import fold
from core.vocabulary import Label, Prop, RelType
from loaders.entities.capitals import capitals_named_as_places
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import HONORIFICS, PERSON_INITIALS, Lexicon, Surface
from loaders.entities.phrases import leftmost_longest
from loaders.first_letters import compile_gated
from loaders.gazetteer import GENERIC_PLACE_WORDS, GazetteerEntry
from loaders.letters import LOWER, UPPER

_Match = tuple[int, int, tuple[Surface, ...]]
"""A raw gazetteer match: start, end and the entries its form may name."""

_COMPASS = ("Nam", "Bắc", "Đông", "Tây")
_CONTEXT_CUE = compile_gated(
    r"(?:phía|nước|hai nước|sang|thị trường|quan hệ|Bộ \w+(?: \w+)?|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán"
    r"|Đại sứ|Chính phủ|Thủ tướng|Tổng thống|Ngoại trưởng|doanh nghiệp|nhà đầu tư|Đại học)\s+$",
    re.I,
)  # (`Đại sứ quán Úc`, `Thủ tướng Úc`: a country's short name after a body or a title it has)
_CURRENCY_AFTER = re.compile(r"\s?\$|\s+(?:dollars?|yen|won|ringgit|baht|rupees?|pounds? sterling)\b", re.I)
_CURRENCY_BEFORE = compile_gated(r"(?<!\w)(?:đô la|đôla|dollars?|USD|yên|nhân dân tệ|bảng)\s+$", re.I)
"""A country's name as part of a currency's (`US$`, `U.S. dollars`, `đô la Mỹ`, `USD Mỹ`, `yên Nhật`): the money,
not a country the story tells of (a trade figure in dollars says nothing of the United States)."""
_JOIN = re.compile(r"^\s*(?:,|và|[-–—/]|,\s*và)\s*$")
_SEAT_AFTER_COUNTRY = re.compile(r"^ tại $")
"""`Đại sứ Việt Nam tại Pháp`, `Đại sứ quán Việt Nam tại Đức`: after a country and `tại`, a country's short name that
is also a given name (`Pháp`, `Đức`, `Anh`, `Nga`) is where that country's mission or office serves."""
_NEAR = 300

# Cues for a province abroad (see the module docstring); `_CITY_*` ones only for a city-province.
_CUE_BEFORE = compile_gated(
    r"(?<!\w)(?:tiểu bang|bang|tỉnh|vùng|xứ|thống đốc|tỉnh trưởng|state of|province of|prefecture of"
    r"|region of|department of|governor of|premier of)\s+$",
    re.I,
)
_LISTED_CUE_BEFORE = compile_gated(
    r"(?<!\w)(?:các tỉnh|tỉnh, thành phố|tỉnh, thành|provinces|states|prefectures)[^.;\n]{0,60}?"
    r"(?:\s+gồm:?|\s+như:?|,? such as|,? including|,? namely|:)\s+$",
    re.I,
)
"""The plural of provinces, then what introduces their list (`5 tỉnh, thành phố của Campuchia gồm: Kep, Kampot …`,
`cashew growing provinces, such as Gaza, Nampula …`): the cue of the list's first item, as `tỉnh` is of one (the items
after it are served as the second of a pair is). Not the plural alone (`both provinces are located on the East-West
…`): only a word that opens a list says its names follow."""
_HEAD_NAMED_OF = compile_gated(r"(?<!\w)(?P<head>Premier|Governor|Mayor)(?:\s+[A-Z][\w.'’-]*){1,3}\s+of\s+$")
"""A head's title, his name, then `of` (`Premier Jane Roe of Queensland`, `Mayor John Doe of Busan`): the place he
heads, as right after `Premier of`; `Mayor` a city's. Case-sensitive: the name's capitals are what tell it."""
_CITY_CUE_BEFORE = compile_gated(r"(?<!\w)(?:thành phố|TP\.?|thủ đô|thị trưởng|city of|mayor of)\s*$", re.I)
_LOWER_LEVEL_BEFORE = compile_gated(r"(?<!\w)(?:quận|huyện|thị xã|thị trấn|xã|phường|county of|district of)\s+$", re.I)
_LOWER_LEVEL_ABBREVIATED = compile_gated(
    r"(?<!\w)(?:(?:quận|huyện|thị xã|thị trấn|xã|phường)\s+|(?:P|Q|H|TX|TT)\.\s*)$"
)
_HONORIFIC_BEFORE = compile_gated(r"(?<!\w)(?:ông|bà|ngài|Mr\.|Mrs\.|Ms\.|Dr\.)\s+$", re.I)
PLACE_WORD_AFTER = re.compile(
    r" (?:[Pp]rovince|[Pp]refecture|[Ss]tate|[Cc]ity|Municipality|[Rr]egion|Autonomous Region|[Oo]blast|[Kk]rai)\b"
)
"""The word an English name of a place may go on with (`Gyeonggi Province`, `Binh Duong province`, `Nara
prefecture`): part of a body's or a title's place, read after the place by the officials and organisations."""
_CUE_AFTER = re.compile(
    r"\s+(?:Provinces?|States?|Prefectures?|Regions?|Departments?|Oblasts?|Krai|Territory|Governor|Gov\.|Premier)(?!\w)",
    re.I,
)  # (plural: the cue of a pair, `Ninh Binh and Okayama prefectures`)
_GOVERNMENT_AFTER = re.compile(r"\s+government(?!\w)")
"""`the Saskatchewan government`: a province's or state's government named by the place alone, in lowercase, a cue
for a name that is no country's (`the Georgia government` stays the country's)."""
_SHARED_CUE_BEFORE = compile_gated(
    rf"(?<!\w)(?:tỉnh|bang|tiểu bang|vùng|xứ|hai tỉnh|các tỉnh)\s+[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}}"
    r"\s*(?:,|và)\s*$"
)
"""The cue of the first of a pair serves the second (`tỉnh Lâm Đồng và Okayama`, `bang Texas, Ohio`)."""
_CITY_CUE_AFTER = re.compile(r"\s+(?:City|Metropolitan City|Special City)(?!\w)", re.I)
_AREA_AFTER_THE = compile_gated(r"(?<!\w)the\s+$", re.I)
_AREA_WORD_AFTER = re.compile(r"\s+(?:region|regions|states|nations|countries)(?!\w)")
"""A name of generic words (`Gulf`, `Western`: `GENERIC_PLACE_WORDS`) after `the` and before a lowercase `region` or
a plural (`the Gulf region`, `the Gulf states`, `the Western region`) is an area of the map: the subdivision itself is
written `Gulf Province`, `the province of Gulf`, and a plural cue serves a pair (`Ninh Binh and Okayama
prefectures`). A proper name keeps the cue (`the Kaluga region`)."""
_CUE_WORDS_AFTER = frozenset({"Governor", "Gov", "Oblast", "Krai", "Territory", "Premier"})


_LOWER_CITY_WORDS = ("thành phố ", "vùng lãnh thổ ", "lãnh thổ ")
"""Words a place's whole name begins with that prose writes in lowercase (`thành phố Hồ Chí Minh`, `chính quyền
vùng lãnh thổ X`: a territory's name, `Vùng lãnh thổ X` in the gazetteer)."""


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
        if not text[start].isupper() and not lower.startswith(_LOWER_CITY_WORDS, start):
            continue  # every gazetteer name starts with a capital; this drops `anh`, `nga`, `trung` as words at once
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        if end < n and (text[end].isalnum() or text[end] == "_"):
            continue
        surface = text[start:end]
        if not surface[0].isupper():  # `tại thành phố Hồ Chí Minh`: the city's whole name, its first word in lowercase
            surface = surface[0].upper() + surface[1:]
        place = tuple(s for s in bucket if s.entry.label != Label.ORGANIZATION and s.form == surface)
        if not place and len(surface) > 2 and surface.isupper():
            # `tỉnh MIE`: a province abroad in capitals, as some pages write a foreign name; it needs its cue.
            # `HÀ NỘI — …`: a dateline in capitals names the place the story is told from; `RIYADH: …`, `SEJONG --`:
            # a province abroad as a dateline counts as its plain name does (with its country named)
            dateline = doc.datelines.place_in_capitals(start, end)
            place = tuple(
                Surface(s.form, s.entry, not dateline)
                for s in bucket
                if s.entry.label != Label.ORGANIZATION
                and s.form.upper() == surface
                and (s.entry.is_subdivision or dateline)
            )
        org = tuple(
            s
            for s in bucket
            if s.entry.label == Label.ORGANIZATION
            and (
                s.form == surface
                or (len(s.form.split()) >= 2 and not s.form.isupper())
                or _one_long_word_recased(s.form, surface)
            )
        )
        if place:
            places.append((start, end, place))
        if org:
            orgs.append((start, end, org))
    doc.known_orgs = [
        Span(s, e, b[0].entry.id, Label.ORGANIZATION, text[s:e], {"entry": b[0].entry})
        for s, e, b in leftmost_longest(orgs)
    ]
    if any(s.entry.is_subdivision for _, _, bucket in places for s in bucket):
        places = _with_subdivisions(doc, places, lex)
    candidates = leftmost_longest(places)
    doc.place_starts = {start for start, _, _ in candidates}
    accepted = _filter(doc, candidates, lex)
    accepted = [*accepted, *_misspelt_provinces(doc, lex, accepted)]
    accepted = [*accepted, *capitals_named_as_places(doc, accepted)]
    doc.places = sorted([*accepted, *_city_by_its_bare_name(doc, lex, accepted)], key=lambda sp: sp.start)
    _add_entities(doc, lex)


_RECASED_MIN = 5


def _one_long_word_recased(form: str, surface: str) -> bool:
    """A known one-word name written with other capitals (`PetroVietnam`, `PETROVIETNAM` for `Petrovietnam`): the
    same body, when the word is long enough to be no short form or common word (`MOIT`, `Moit`; `Brics` stays
    `BRICS`'s) and begins with a capital as written. Why: brands are spelt with inner capitals as each outlet
    likes, and a name of five letters or more has no other reading."""
    return len(form) >= _RECASED_MIN and " " not in form and surface[:1].isupper() and surface.lower() == form.lower()


_PERSON_BEFORE = re.compile(
    r"(?:President|Chairman|Uncle|leader|late|Chủ tịch|Bác|lãnh tụ|Người|tư tưởng|thought|of)\s+$|[Mm]ausoleum\s+$"
)
_CITY_AFTER = re.compile(r"\s+city\b")


def _city_by_its_bare_name(doc: ArticleDoc, lex: Lexicon, accepted: list[Span]) -> list[Span]:
    """A city whose name without `City` / `Thành phố` is a person's (`Ho Chi Minh`), named so where only a place
    can stand: paired with a place read on its own (`the Busan-Ho Chi Minh sister city relationship`, `Tabriz and
    Ho Chi Minh`) or before a lowercase `city` (`Mumbai, Delhi and Ho Chi Minh city`); never after a title or an
    honorific (`President Ho Chi Minh`, `Bác Hồ Chí Minh`)."""
    out: list[Span] = []
    pairs: list[_Match] = [
        (sp.start, sp.end, (Surface(sp.text, sp.data["entry"], False),)) for sp in accepted if "entry" in sp.data
    ]
    for entry, names in lex.bare_city_names:
        for bare in names:
            if bare not in doc.text:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(bare)}(?!\w| City\b|['’]s\b)", doc.text):
                start, end = m.start(), m.end()
                if any(sp.start <= start < sp.end for sp in accepted) or _PERSON_BEFORE.search(
                    doc.text, max(0, start - 12), start
                ):
                    continue
                paired = _coordinated_with(doc.text, start, end, pairs, (Label.PROVINCE, Label.COUNTRY))
                if paired or _CITY_AFTER.match(doc.text, end):
                    out.append(
                        Span(start, end, entry.id, Label.PROVINCE, doc.text[start:end], {"entry": entry, "bare": True})
                    )
    return out


_PROVINCE_CUE = re.compile(
    r"(?:t(?<!\w.)ỉnh|b(?<!\w.)ang|P(?<!\w.)(?:rovince|refecture)|p(?<!\w.)(?:rovince|refecture)|S(?<!\w.)tate"
    r"|s(?<!\w.)tate)\b"
)
"""`\\b(?:tỉnh|bang|[Pp]rovince|[Ss]tate|[Pp]refecture)\\b` opened by its letters, as `lexicon.by_first_letter` writes
words: tried only where they stand, not at every position of a page."""
_NAME_AFTER = re.compile(rf"[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*){{0,3}}")
"""Up to four capitalised words after a cue: a Lao or Khmer name spelt out syllable by syllable (`tỉnh Bo Ly Khăm
Xay`) has four; `_cued_names` also gives each shorter run from the cue, longest first (a person may follow)."""
_SPACE = re.compile(" ")
_NAME_BEFORE = re.compile(rf"[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*){{0,2}}$")


def _cued_names(text: str) -> Iterator[tuple[int, int]]:
    """Capitalised runs of up to three words right after `tỉnh`, `bang`, `Province of` … or right before
    `Province`, `State`, `Prefecture`: where a province's name stands."""
    for cue in _PROVINCE_CUE.finditer(text):
        word = cue.group()
        if word in ("tỉnh", "bang") or text.startswith(" of ", cue.end()):
            at = cue.end() + (1 if word in ("tỉnh", "bang") else 4)
            if (m := _NAME_AFTER.match(text, at)) is not None:
                yield m.span()
                for gap in reversed(list(_SPACE.finditer(text, m.start(), m.end()))):
                    yield m.start(), gap.start()  # (`tỉnh Khammoune Bun Nhom`: the province, then a person)
        if word not in ("tỉnh", "bang") and cue.start() > 0 and text[cue.start() - 1] == " ":
            window = max(0, cue.start() - 60)
            if (m := _NAME_BEFORE.search(text, window, cue.start() - 1)) is not None:
                yield m.span()


_LIST_JOIN = re.compile(r", (?:và |and )?| (?:và|and) ")
_LISTED_NAME = re.compile(rf"[{UPPER}][\w'’-]*(?: [{UPPER}][\w'’-]*){{0,3}}")
_MAX_LISTED = 12


def _listed_after_provinces(text: str, accepted: list[Span]) -> Iterator[tuple[int, int]]:
    """The capitalised runs a list of provinces goes on with after one the gazetteer knows (`… gồm: Hủa Phăn, Luông
    Pha Bang, Xay Sổm Bun, Phông Sa Lỳ`): they stand where a province's name does, as after its cue. News spells
    transliterated names as it hears them (Lao `s` written `x` or `s`, a tone mark more or less)."""
    for sp in accepted:
        if sp.label != Label.PROVINCE:
            continue
        at, items = sp.end, 0
        while items < _MAX_LISTED and (join := _LIST_JOIN.match(text, at)) is not None:
            name = _LISTED_NAME.match(text, join.end())
            if name is None:
                break
            yield name.span()
            at, items = name.end(), items + 1


_ANY_CUE = re.compile(r"tỉnh |bang |province|state|prefecture")


def _misspelt_provinces(doc: ArticleDoc, lex: Lexicon, accepted: list[Span]) -> list[Span]:
    """A province named after (or before) its cue that the gazetteer does not know as written, but one letter
    away (past its first) from exactly one province's name (`Khammoune province`, `Vinh Phuk Province`, `Val De Marne province`):
    that province, when it is Vietnamese or its country is named in the article. News misspells transliterated
    names; the cue says a province is meant."""
    text = doc.text
    taken = [(sp.start, sp.end) for sp in accepted] + [(sp.start, sp.end) for sp in doc.known_orgs]
    countries = {sp.data["entry"].properties.get(Prop.ISO2) for sp in accepted if sp.label == Label.COUNTRY} | {"VN"}
    out: list[Span] = []
    if not _ANY_CUE.search(doc.lower) and not any(sp.label == Label.PROVINCE for sp in accepted):
        return out
    for start, end in [*_cued_names(text), *_listed_after_provinces(text, accepted)]:
        if any(a < end and start < b for a, b in taken) or any(sp.start == start for sp in out):
            continue
        key = fold(text[start:end]).replace("-", " ")
        if len(key) < 6:
            continue
        spaced = _spaced_otherwise(key, lex)
        matches = spaced or {
            entry
            for length in (len(key) - 1, len(key), len(key) + 1)
            for form, entries in lex.province_spellings.get((length, key[0]), {}).items()
            if _one_edit_apart(key, form)
            for entry in entries
        }
        if len(matches) != 1:
            continue
        entry = next(iter(matches))
        if (entry.properties.get(Prop.COUNTRY) or "VN") not in countries and not spaced:
            continue
        out.append(Span(start, end, entry.id, Label.PROVINCE, text[start:end], {"entry": entry, "misspelt": True}))
    return out


_MAX_SPACES = 3


def _spaced_otherwise(key: str, lex: Lexicon) -> set[GazetteerEntry]:
    """The provinces one of whose names this is, only spaced otherwise (`tỉnh Chung Buk` for Chungbuk, `tỉnh Kyong
    Gi`, `Chung Cheong Buk Do`): the same letters, the same name, not a misspelling. Transliterated names are split
    into their syllables or run together as each writer hears them; after its cue such a name counts as the name
    written whole does, with its country named or not."""
    letters = key.replace(" ", "")
    return {
        entry
        for length in range(len(letters), len(letters) + _MAX_SPACES + 1)
        for form, entries in lex.province_spellings.get((length, key[0]), {}).items()
        if form.replace(" ", "") == letters
        for entry in entries
    }


def _one_edit_apart(a: str, b: str) -> bool:
    """At most one letter inserted, deleted or changed between two strings."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] if len(a) < len(b) else a[i + 1 :] == b[i + 1 :]


def _with_subdivisions(doc: ArticleDoc, places: list[_Match], lex: Lexicon) -> list[_Match]:
    """The raw matches with each province abroad kept only where the rules of the module docstring accept it.

    The countries an article names are those accepted from the matches without any province abroad, so a
    rejected one (`South Australia` with no cue) gives back whatever it covered (`Australia`)."""
    base = [
        (start, end, kept)
        for start, end, bucket in places
        if (kept := tuple(s for s in bucket if not s.entry.is_subdivision))
    ]
    countries = _accepted_countries(doc, leftmost_longest(base), lex)
    named = {entry.properties.get(Prop.ISO2) for _, entry in countries}
    possessive = {  # `Australia's Victoria`: the country's possessive places the name after it
        m.end(): entry.properties.get(Prop.ISO2) for end, entry in countries if (m := POSSESSIVE.match(doc.text, end))
    }
    out = []
    rejected: list[tuple[int, int, list[Surface]]] = []
    for start, end, bucket in places:
        home = tuple(s for s in bucket if not s.entry.is_subdivision)
        abroad = [s for s in bucket if s.entry.is_subdivision]
        chosen = None
        if abroad and not any(s.entry.label == Label.PROVINCE for s in home):  # a Chinese or Vietnamese province wins
            owner = possessive.get(start)
            of_owner = [s for s in abroad if s.entry.properties.get(Prop.COUNTRY) == owner] if owner else []
            chosen = of_owner[0].entry if len({s.entry.id for s in of_owner}) == 1 else None
            chosen = chosen or _subdivision(doc.text, start, end, abroad, named, country_form=bool(home))
            if chosen is None and not home:
                rejected.append((start, end, abroad))
        if chosen is not None:
            out.append((start, end, tuple(Surface(s.form, s.entry, False) for s in abroad if s.entry is chosen)))
        elif home:
            out.append((start, end, home))
    # `the Thai province of Udon Thani … Udon Thani and Hue will …`: once its cue has placed a province abroad in the
    # article, its other mentions there by the same name are that province
    # (asked only for a rejected name, and of a match with a province abroad in it: the containment test walks every
    # match, once per match it was asked of every match on the page)
    placed = {
        (s.form, s.entry.id)
        for start, end, bucket in (out if rejected else ())
        if any(s.entry.is_subdivision for s in bucket)
        and not any(
            a <= start and end <= b and b - a > end - start for a, b, _ in out
        )  # (not `Marne` in `Val de Marne`)
        for s in bucket
        if s.entry.is_subdivision
    }
    for start, end, abroad in rejected:
        partner = (
            _coordinated_city(doc.text, start, end, abroad, out)
            or _coordinated_region(doc.text, start, end, abroad, out)
            or _paired_province(doc.text, start, end, abroad, out, named)
        )
        again = [s for s in abroad if (s.form, s.entry.id) in placed]
        if partner is not None:
            out.append((start, end, (Surface(partner.form, partner.entry, False),)))
        elif len({s.entry.id for s in again}) == 1 and not _LOWER_LEVEL_BEFORE.search(
            doc.text[max(0, start - 20) : start]
        ):
            out.append((start, end, (Surface(again[0].form, again[0].entry, False),)))
    return sorted(out, key=lambda m: (m[0], -m[1]))


POSSESSIVE = re.compile(r"['’]s\s+")
"""A possessive after a name (`Australia's Victoria`, `Vietnam’s Ministry of …`): what it names belongs to it."""
_COORDINATED = re.compile(r"\s*(?:,|và|and|với|with|[-–—/])\s*")


def _coordinated_city(text: str, start: int, end: int, abroad: list[Surface], accepted: list[_Match]) -> Surface | None:
    """A city-province abroad named with no cue, coordinated with a province accepted on its own (`Hanoi and
    Moscow signed …`, `giữa Hà Nội và Mát-xcơ-va`): the pair names two places of one kind, so the city is the
    city-province. Only an unambiguous form of exactly one city-province; never a name that is also a word."""
    cities = [s for s in abroad if not s.ambiguous and s.entry.properties.get("city")]
    if len({s.entry.id for s in cities}) != 1:
        return None
    return cities[0] if _coordinated_with(text, start, end, accepted, (Label.PROVINCE,)) else None


def _coordinated_with(text: str, start: int, end: int, accepted: list[_Match], labels: tuple[str, ...]) -> bool:
    """Whether the match is coordinated (`and`, `và`, a comma, a dash, `with`) with an accepted place of a label."""
    for a, b, bucket in accepted:
        if not any(s.entry.label in labels for s in bucket):
            continue
        between = text[b:start] if b <= start else text[end:a] if end <= a else None
        if between is not None and _COORDINATED.fullmatch(between):
            return True
    return False


def _coordinated_region(
    text: str, start: int, end: int, abroad: list[Surface], accepted: list[_Match]
) -> Surface | None:
    """A province abroad of a name of two words or more, named with no cue and no country, coordinated with a
    country or a province read on its own (`ties between Vietnam and West Virginia`, `Lâm Đồng và Nam Úc`): the
    pair names two sides of one kind. Only an unambiguous form of exactly one province."""
    regions = [s for s in abroad if not s.ambiguous and " " in s.form]
    if len({s.entry.id for s in regions}) != 1:
        return None
    return regions[0] if _coordinated_with(text, start, end, accepted, (Label.PROVINCE, Label.COUNTRY)) else None


_PAIR_OPENER = re.compile(r"(?:between|giữa)\s+$", re.I)
_PAIR_JOIN = re.compile(r"\s+(?:and|và|với|with)\s+")


def _paired_province(
    text: str, start: int, end: int, abroad: list[Surface], accepted: list[_Match], named: set[str | None]
) -> Surface | None:
    """A province abroad whose form needs a cue (`Trat`, `Mie`: a short word), paired by `between … and` with a
    province read on its own (`friendship ties between Trat and Long An`), of a country the article names: a
    pair names two sides of one kind, and the country says which. Only when exactly one such province fits."""
    fits = [s for s in abroad if s.entry.label == Label.PROVINCE and s.entry.properties.get(Prop.COUNTRY) in named]
    if len({s.entry.id for s in fits}) != 1 or not fits[0].form[:1].isupper():
        return None
    if _CITY_CUE_AFTER.match(text[end : end + 25]) or _CITY_CUE_BEFORE.search(text[max(0, start - 20) : start]):
        return None  # `between HCM City and New York City`: the city, not its state
    for a, b, bucket in accepted:
        if not any(s.entry.label == Label.PROVINCE for s in bucket):
            continue
        if b <= start and _PAIR_JOIN.fullmatch(text, b, start):  # `between Long An and Trat`
            first = a
        elif end <= a and _PAIR_JOIN.fullmatch(text, end, a):  # `between Trat and Long An`
            first = start
        else:
            continue
        if _PAIR_OPENER.search(text, max(0, first - 10), first):
            return fits[0]
    return None


def _subdivision(
    text: str, start: int, end: int, surfaces: list[Surface], named: set[str | None], country_form: bool
) -> GazetteerEntry | None:
    """The province abroad this match names, or None (the rules are in the module docstring)."""
    before = text[max(0, start - 20) : start]
    after = text[end : end + 25]
    if _LOWER_LEVEL_BEFORE.search(before) or _HONORIFIC_BEFORE.search(before):
        return None  # `huyện X` is a lower level; `ông Yamaguchi` a person
    head = _HEAD_NAMED_OF.search(text, max(0, start - 60), start)
    city_before = bool(_CITY_CUE_BEFORE.search(before)) or bool(head and head.group("head") == "Mayor")
    cue_before = (
        city_before
        or bool(head)
        or bool(_CUE_BEFORE.search(before))
        or bool(_SHARED_CUE_BEFORE.search(text[max(0, start - 60) : start]))
        or bool(_LISTED_CUE_BEFORE.search(text, max(0, start - 90), start))
    )
    city_cue = city_before or bool(_CITY_CUE_AFTER.match(after))
    cue = (
        cue_before
        or city_cue
        or bool(_CUE_AFTER.match(after))
        or (not country_form and bool(_GOVERNMENT_AFTER.match(after)))
    )
    if _runs_on_abroad(text, end):
        return None
    if not cue_before and all(s.ambiguous for s in surfaces) and _after_capitalised(before):
        return None  # a word as well, inside a longer name: `the Mekong Delta province`
    if (
        not cue_before
        and all(s.ambiguous for s in surfaces)
        and _AREA_AFTER_THE.search(before)
        and _AREA_WORD_AFTER.match(after)
        and _generic(text[start:end])
    ):
        return None  # an area of the map, not the subdivision: `the Gulf region`, `the Gulf states`
    entries = list(dict.fromkeys(s.entry for s in surfaces))
    if city_cue:
        entries = [e for e in entries if e.properties.get("city")]
    elif not cue:
        if country_form:
            return None  # `Georgia` alone stays the country
        unambiguous = {s.entry for s in surfaces if not s.ambiguous}
        entries = [e for e in entries if e in unambiguous and e.properties.get(Prop.COUNTRY) in named]
    if not entries:
        return None
    if len({e.properties.get(Prop.COUNTRY) for e in entries}) > 1 and not any(
        e.properties.get(Prop.COUNTRY) in named for e in entries
    ):
        return None  # `Central Province`, `Punjab state`: several countries have one, and none is named

    def rank(entry: GazetteerEntry) -> tuple[int, int]:
        is_city = bool(entry.properties.get("city"))
        return (entry.properties.get(Prop.COUNTRY) in named, is_city if not cue or city_cue else not is_city)

    return max(entries, key=rank)


def _generic(form: str) -> bool:
    """Every word of the name is a generic word of places (`Gulf`, `North East`), none a proper name."""
    return all(w in GENERIC_PLACE_WORDS for w in re.split(r"[\s\-']+", fold(form)) if w)


def _after_capitalised(before: str) -> bool:
    """The name comes right after another capitalised word (`Mekong Delta`), so it is part of a longer name."""
    words = before.split()
    if words and (words[-1] in DETERMINERS or words[-1].endswith(("'s", "’s"))):
        return False  # `The Kaluga region …`, `Ukraine's Kharkiv region`: a word before the name, not of it
    return before.endswith(" ") and bool(words) and words[-1][:1].isupper() and words[-1][-1:].isalpha()


DETERMINERS = frozenset(
    {"The", "This", "That", "These", "Those", "A", "An", "Each", "Every", "Its", "Their", "Our", "His", "Her"}
    | {"Another", "Which", "Whose", "What", "One", "Both", "Any", "Some", "Such"}
)
"""English words that open a phrase before a place's name or its kind (`The Kaluga region`, `This province, Japan's
largest`): no word of the name. Read here and by the foreign cities' provinces abroad."""


def _runs_on_abroad(text: str, end: int) -> bool:
    """`_runs_on`, with the English cue words after a name (`Texas Governor`) keeping it the place."""
    m = _NEXT_WORDS.match(text, end)
    return bool(m and m.group(1) not in _CUE_WORDS_AFTER and _runs_on(text, end))


def _after_family_name(text: str, start: int, lex: Lexicon) -> bool:
    """A family name stands right before the name (`Nguyễn Hòa Bình`, `Vuong Dinh Hue`): a person's name ends here."""
    before = text[max(0, start - 12) : start]
    word_before = before.split()[-1] if before.split() else ""
    return (
        (word_before in lex.surnames or word_before in lex.plain_surnames)
        and before.endswith(" ")
        and not _is_place_word(word_before)
    )


def _given_names(text: str, candidates: list[_Match], lex: Lexicon) -> frozenset[str]:
    """Provinces' forms the article also writes at the end of a person's name (`Do Thanh Hai`, `Vuong Dinh Hue`):
    the person's given name, by which the story goes on to call him (`Thanh Hai added`, `Hue said`)."""
    return frozenset(
        text[start:end]
        for start, end, bucket in candidates
        if bucket[0].entry.label == Label.PROVINCE and _after_family_name(text, start, lex)
    )


def _cued(text: str, start: int, end: int) -> bool:
    """A place's cue stands before or after the name (`tỉnh Hòa Bình`, `Hue City`, `Thanh Hai province`)."""
    before = text[max(0, start - 20) : start]
    return bool(
        _CUE_BEFORE.search(before)
        or _CITY_CUE_BEFORE.search(before)
        or _CUE_AFTER.match(text, end)
        or _CITY_CUE_AFTER.match(text, end)
        or PLACE_WORD_AFTER.match(text, end)
    )


_OCEAN_AFTER = re.compile(r" dương(?!\w)")
"""`Ấn Độ dương`, `Thái Bình dương`: an ocean written with its last word in lowercase (`Thái Bình Dương` runs on with a
capitalised word and is dropped as a longer name), not the country or the province its first words name."""


_FUNCTION_WORD_VI = r"(?:và|với|tại|ở|của|cho|đã|sẽ|là|về|đến|từ|trong|sang|theo)(?!\w)"
"""Vietnamese words that join or govern (`và`, `tại`, `đã`): never a syllable of a name's word."""
_UNIVERSITY_BEFORE = compile_gated(
    r"(?<!\w)(?:University(?: of(?: [A-Z][\w&-]*)+)?,?"
    rf"|(?:Đại học|Học viện)(?: [{UPPER}][\w&-]*(?: (?!{_FUNCTION_WORD_VI})[{LOWER}]\w*)?)*) $"
)
"""`Vietnam National University, Hanoi`, `University of Economics Ho Chi Minh City`, `Đại học Hiroshima`, `Học viện
Nông nghiệp Hà Nội`: the seat that ends a university's name, as English and Vietnamese write it (each Vietnamese word
of the name capitalised on its first syllable, none a function word: `Đại học X và Hà Nội` names two sides); the
school, not a place the story tells of."""


def _filter(doc: ArticleDoc, candidates: list[_Match], lex: Lexicon) -> list[Span]:
    """The candidates the rules below accept, as spans, each with its one entry (`_choose`)."""
    text = doc.text
    accepted = _accepted(doc, candidates, lex)
    spans = []
    # (`_UNIVERSITY_BEFORE` opens with a look-behind, tried at each of its sixty characters: not on a page without its
    # words, most pages)
    schools = "University" in text or "Đại học" in text or "Học viện" in text
    for start, end, bucket in accepted:
        entry = _choose(doc, start, bucket, accepted)
        data: dict[str, object] = {"entry": entry}
        if schools and _UNIVERSITY_BEFORE.search(text, max(0, start - 60), start):
            data["school_seat"] = True  # the organisations read it into the university's name; no place of the story
        spans.append(Span(start, end, entry.id, entry.label, text[start:end], data))
    return spans


def _accepted_countries(doc: ArticleDoc, candidates: list[_Match], lex: Lexicon) -> list[tuple[int, GazetteerEntry]]:
    """What `_filter` would keep of the candidates as countries, (end, entry) in the page's order, without the spans
    it would make of every place: `_with_subdivisions` asks only which countries the page names. A match none of
    whose entries is a country cannot be chosen as one (`_choose` picks among them), so it is not weighed."""
    accepted = _accepted(doc, candidates, lex)
    out = []
    for start, end, bucket in accepted:
        if any(s.entry.label == Label.COUNTRY for s in bucket):
            entry = _choose(doc, start, bucket, accepted)
            if entry.label == Label.COUNTRY:
                out.append((end, entry))
    return out


def _accepted(doc: ArticleDoc, candidates: list[_Match], lex: Lexicon) -> list[_Match]:
    """The candidates kept by the rules of context (a currency, an ocean, a person's given name, a longer name
    running on …), the doubtful ones only beside an accepted neighbour, sorted by start."""
    text = doc.text
    firm: list[tuple[int, int, tuple[Surface, ...]]] = []
    doubtful: list[tuple[int, int, tuple[Surface, ...]]] = []
    given_names = _given_names(text, candidates, lex)
    for start, end, bucket in candidates:
        before = text[max(0, start - 12) : start]
        word_before = before.split()[-1] if before.split() else ""
        label = bucket[0].entry.label
        if before.lower().endswith("châu ") or text[end : end + 7].startswith((" Latinh", " La-tinh")):
            continue
        if _OCEAN_AFTER.match(text, end):
            continue
        if label == Label.COUNTRY and word_before in _COMPASS and before.endswith(" "):
            continue
        if label == Label.COUNTRY and (_CURRENCY_AFTER.match(text, end) or _CURRENCY_BEFORE.search(before)):
            continue  # `US$2 billion`, `đô la Mỹ`, `Singapore dollars`: a currency, no country of the story
        if label == Label.PROVINCE and _after_family_name(text, start, lex):
            continue
        if label == Label.PROVINCE and text[start:end] in given_names and not _cued(text, start, end):
            continue  # `Hue said`, after `Vuong Dinh Hue`: the person again, by his given name
        if _runs_on(text, end) and not bucket[0].entry.is_subdivision:  # already checked with its own cues
            continue
        if label == Label.PROVINCE and _LOWER_LEVEL_ABBREVIATED.search(before):
            continue  # `huyện Sơn Tây`, `tại P.Long An`: a district or a ward of that name, not the province
        if label == Label.PROVINCE and " " not in text[start:end] and _titled(text, start):
            continue  # `Minister Hue`, `Mr Hue`: a Vietnamese given name written without its marks
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
    return accepted


_TITLE_BEFORE_NAME = compile_gated(
    r"(?<![\w'’])(?:Minister|Chairman|Chairwoman|President|Premier|Secretary|Ambassador|Governor|Deputy|General"
    r"|Director)\s$"
)
"""An English title right before a one-word name: the name is a person's (`Minister Hue`)."""


def _titled(text: str, start: int) -> bool:
    """A title or an honorific (`Mr`, `Comrade`, `General`, the lexicon's) stands right before the name."""
    before = max(0, start - 30)
    return bool(_TITLE_BEFORE_NAME.search(text, before, start)) or any(
        m.end() == start for m in HONORIFICS.finditer(text, before, start + 1)
    )


_NEXT_WORDS = re.compile(r" ([^\W\d_][\w'’\-]*)(?: ([^\W\d_][\w'’\-]*))?")
# English words that follow a place's name and keep it that place (`Quang Ninh Province`, `Hanoi City`).
_PLACE_WORDS_EN = frozenset(
    {"Province", "City", "Municipality", "Region", "Prefecture", "Provincial", "Municipal", "State", "Autonomous"}
)


def _runs_on(text: str, end: int) -> bool:
    """The name goes on with one more capitalised word (`Thái Bình Dương`, `Hà Nam Ninh`): a longer name,
    not this place. Two or more capitalised words after it are more likely a person (`Trung Quốc Tập Cận Bình`)."""
    m = _NEXT_WORDS.match(text, end)
    if not m or not m.group(1)[0].isupper() or m.group(1) in _PLACE_WORDS_EN or m.group(1) in _DOCUMENT_WORDS_EN:
        return False  # (`the Vietnam-Laos Treaty of Amity`: the partners' names, then the document's)
    if m.group(2) and f"{m.group(1)} {m.group(2)}".lower() in _DOCUMENT_HEADS:
        return False  # `ký với tỉnh Vân Nam Bản ghi nhớ …`: a document's name begins, the place's has ended
    if m.group(2) in _NAME_PARTICLES or HONORIFICS.match(text, end + 1):
        return False  # `Saudi Arabia Faisal bin Fadhil`, `Saudi Arabia Hoàng tử Faisal`: a person's name follows
    if PERSON_INITIALS.match(text, end + 1):
        return False  # `Phó Thủ tướng Liên bang Nga M.Akimov`: a person's initial, no word of a place's name
    return not (m.group(2) and m.group(2)[0].isupper())


_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "da", "del", "van", "von", "der", "di", "la"})

# The first two words of the names of documents, which Vietnamese capitalises after the partner it names.
_DOCUMENT_HEADS = frozenset(
    {
        "bản ghi",
        "biên bản",
        "kế hoạch",
        "hiệp định",
        "thỏa thuận",
        "thoả thuận",
        "văn kiện",
        "chương trình",
        "danh mục",
        "nghị định",
        "tuyên bố",
    }
)


# English words a document's or a relationship's name goes on with after the partners it names.
_DOCUMENT_WORDS_EN = frozenset(
    {
        "Treaty",
        "Agreement",
        "Agreements",
        "Accord",
        "MoU",
        "MoUs",
        "MOU",
        "Memorandum",
        "Protocol",
        "Declaration",
        "Statement",
        "Partnership",
        "Cooperation",
        "Friendship",
        "Relations",
    }
)


def _is_place_word(word: str) -> bool:
    return word.lower() in ("tỉnh", "thành", "phố", "huyện")


def _in_context(text: str, cand: _Match, accepted: list[_Match], doubtful: list[_Match]) -> bool:
    start, end, _ = cand
    if text[max(0, start - 1) : start] == "(" and text[end : end + 1] == ")":
        return True
    if _CONTEXT_CUE.search(text[max(0, start - 25) : start]):
        return True
    for other in accepted:
        if other[0] == start:
            continue
        joined = text[other[1] : start]
        if (
            other[1] <= start
            and (_JOIN.match(joined) or _SEAT_AFTER_COUNTRY.match(joined))
            and other[2][0].entry.label == Label.COUNTRY
        ):
            return True
        if end <= other[0] and _JOIN.match(text[end : other[0]]) and other[2][0].entry.label == Label.COUNTRY:
            return True
    for other in doubtful:  # a pair of short forms: `Việt - Trung`, `Việt-Mỹ`
        if other is cand:
            continue
        gap = text[other[1] : start] if other[1] <= start else text[end : other[0]]
        if re.fullmatch(r"\s*[-–—]\s*", gap):
            return True
    return False


def _choose(doc: ArticleDoc, start: int, bucket: tuple[Surface, ...], accepted: list[_Match]) -> GazetteerEntry:
    """One entry for a form several share: a country when the others are provinces of China or Viet Nam (as the
    subdivisions abroad leave out those that are countries of their own: Puerto Rico, Aruba), else the country its
    neighbours point to, then the article's, then home."""
    entries = list(dict.fromkeys(s.entry for s in bucket))
    if len(entries) == 1:
        return entries[0]
    states = [e for e in entries if e.label == Label.COUNTRY]
    if len(states) == 1 and all(e.label == Label.PROVINCE and not e.is_subdivision for e in entries if e not in states):
        return states[0]  # `Taiwan`: a country of its own (ISO 3166-1), also listed as a province of China
    near: Counter[str] = Counter()
    whole: Counter[str] = Counter()
    for s, _e, b in accepted:
        if s == start or len({x.entry.id for x in b}) > 1:
            continue  # (another mention of a shared name points nowhere: `Ha Nam` again is no vote for Henan)
        for c in _countries_of(b[0].entry):
            whole[c] += 1
            if abs(s - start) <= _NEAR:
                near[c] += 3 if doc.sentence_index(s) == doc.sentence_index(start) else 1

    def score(entry: GazetteerEntry) -> tuple[int, int, int]:
        country = _countries_of(entry)[0] if _countries_of(entry) else ""
        return (near[country], whole[country], int(f"country:{country.lower()}" == doc.home_country))

    return max(entries, key=score)


def _countries_of(entry: GazetteerEntry) -> list[str]:
    if entry.label == Label.COUNTRY:
        return [entry.properties.get(Prop.ISO2, "")]
    country = entry.properties.get(Prop.COUNTRY)
    return [country] if country else []


_ENTITY_PROPS = frozenset({Prop.ISO2, "iso3", "iso", Prop.COUNTRY, Prop.KIND, Prop.STATUS})
"""The gazetteer properties a place's entity carries (a set made once, not a tuple built for every property)."""


def add_place_entity(doc: ArticleDoc, entry: GazetteerEntry, at: int | None) -> str:
    """The Country/Province entity (and a province's IN_COUNTRY and SUCCEEDED_BY); returns its id.

    The entry's aliases and properties are merged into the page's node once: a later mention of the same entry adds
    only its mention (merging them again changed nothing, as nothing takes an alias or a property off a node, and
    cost a scan of the node's aliases for each of the entry's, at every mention of Viet Nam on a page). A node
    made again (merged into another, then named) is merged again."""
    ent = doc.entities.get(entry.id)
    merged = doc.place_entries_merged.get(entry.id)
    if ent is not None and merged is not None and merged[0] is entry and merged[1] is ent:
        doc.entity(entry.id, entry.label, entry.name, at=at)
    else:
        props = {k: v for k, v in entry.properties.items() if k in _ENTITY_PROPS}
        ent = doc.entity(entry.id, entry.label, entry.name, aliases=entry.aliases, properties=props, at=at)
        doc.place_entries_merged[entry.id] = (entry, ent)
    if entry.label == Label.PROVINCE:
        country = entry.properties.get(Prop.COUNTRY)
        rel_at = at if at is not None else 0
        if country:
            country_entry = doc.lexicon.gaz.country(country)
            if country_entry is not None:
                if country_entry.id not in doc.entities:
                    add_place_entity(doc, country_entry, None)
                doc.relate(RelType.IN_COUNTRY, entry.id, country_entry.id, at=rel_at)
        successor = entry.properties.get("successor")
        if successor and successor in doc.lexicon.gaz.provinces:
            if successor not in doc.entities:
                add_place_entity(doc, doc.lexicon.gaz.provinces[successor], None)
            doc.relate(RelType.SUCCEEDED_BY, entry.id, successor, at=rel_at)
    return entry.id


def _add_entities(doc: ArticleDoc, lex: Lexicon) -> None:
    """The places' entities; one read by a form that is none of its names nor aliases (misspelt, a city's bare name,
    or a form that counts only after its cue: `tỉnh U-li-a-nốp` for Ulyanovsk, in any case: `tỉnh TUV` for Töv)
    carries that form as an alias too, so the node is found by what the page wrote."""
    for span in doc.places:
        entry = span.data["entry"]
        if span.data.get("school_seat"):
            continue
        add_place_entity(doc, entry, span.start)
        if span.data.get("misspelt") or span.data.get("bare") or _written_otherwise(span.text, entry):
            doc.entity(span.id, entry.label, entry.name, aliases=[span.text])


def _written_otherwise(form: str, entry: GazetteerEntry) -> bool:
    """The form read is neither the entry's name nor one of its aliases, in any case: one of the forms that count only
    after their cue (`Georgia` for the state, `Nhật` for Japan), or such a form in capitals (`TUV` for Töv's `Tuv`),
    as some pages write a foreign name."""
    if form == entry.name or form in entry.aliases:
        return False
    upper = form.upper()
    return upper != entry.name.upper() and all(upper != alias.upper() for alias in entry.aliases)
