"""Bodies named beside a body in one list: `Central Retail Vietnam, MEDEF International and the Ministry of Industry
and Trade`, `T&T Group và Ørsted`, `between Petrovietnam and KPI`: the names a list joins with a body read by its
head word (or known) are bodies too, though no head word, legal form or kind word is written in them.

Why by the list and not by the name: news write many companies and agencies bare (`Marubeni`, `Bord Bia`, `UnionPay`),
which no rule on the name's own words can tell from other capitalised words; a list joined by `and`/`và` holds things
of one kind, so a bare name in the list of a body is a body. General by construction (no name is listed here): a
list with no body read in it, a list of commas only (an apposition: `VCCI, Hanoi`), or an item that is a place, a
title, a person's name or a word of a field is no list of bodies, and the list is read no further than such an item.

Read by both stages after their own readers, on the bodies they found; kept low (no import of the English stage)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.vocabulary import Label
from loaders.dates import CALENDAR_WORDS_EN
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.people import person_starts, romanised_holder_at, vietnamese_syllable
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_LETTERS = r"[\w&'’\-]*(?:\.[\w&'’\-]+)*"
"""The rest of a word: letters, `&`, an apostrophe, a hyphen, a full stop only inside it (`S.A`, not `Energy.`)."""
_WORD = rf"(?:[{UPPER}]{_LETTERS}|[\d][\w&\-]*)"
"""A word of a bare name: capitalised (`Ørsted`, `T&T`, `HaskoningDHV`), or a figure inside one (`Nam Neun 3`)."""
_CONNECTOR = "(?:of|de|la|du|des|del|van|von)"
_ITEM_AFTER = re.compile(rf"(?:[Tt]he )?([{UPPER}]{_LETTERS}(?: (?:{_WORD}|{_CONNECTOR}(?= [{UPPER}])))*)")
"""An item read forward from the joiner after a body (`the European Delegation`, `Verger de la Blottière`)."""
_ITEM_BEFORE = compile_gated(rf"(?<![\w&'’.\-])([{UPPER}]{_LETTERS}(?: (?:{_WORD}|{_CONNECTOR}))*)$")
"""An item read backward from the joiner before a body (its last word capitalised, so no connector ends it)."""
_REACH = 90
"""How far back an item before a joiner is looked for (six words of a name)."""
_MAX_WORDS = 6
_PARTNER = {
    "en": r"(?:,? (?:together|along|jointly|in (?:cooperation|collaboration|partnership|coordination)) with(?: the)?)",
    "vi": r"(?: (?:cùng với|cùng|phối hợp với|phối hợp cùng))",
}
"""What joins a body to its partner in one clause (`A, in cooperation with B, organised …`, `A phối hợp với B tổ
chức …`, `A cùng B đã ký …`): two of one kind, as `and` joins them."""
_JOIN_AFTER = {lang: re.compile(rf"(?:{_PARTNER[lang]}|,? {word}|,) ") for lang, word in (("en", "and"), ("vi", "và"))}
_JOIN_BEFORE = {
    lang: re.compile(rf"(?:{_PARTNER[lang]}|,? {word}|,) $") for lang, word in (("en", "and"), ("vi", "và"))
}
_JOIN_REACH = 32
"""How far back a joiner before an item is looked for (the longest partner's words)."""
_POSSESSIVE = re.compile(r"['’]s$")
_PLURAL_AFTER = re.compile(
    r" (?:compan(?:y|ies)|firms?|businesses|enterprises|officials|authorities|sides?|delegations?|governments?|"
    r"ministr(?:y|ies)|provinces?|cities|people|leaders|partners|counterparts|nationals|citizens|students|investors|"
    r"localities|region|market|markets)\b"
)
"""A noun right after a capitalised word: the word is its modifier (`Vietnamese and Japanese businesses`), no name."""
_REGION_WORDS = frozenset(
    [
        "Asia",
        "Asia-Pacific",
        "Pacific",
        "Europe",
        "Africa",
        "America",
        "Americas",
        "Middle",
        "East",
        "West",
        "North",
        "South",
        "Central",
        "Southeast",
        "Northeast",
        "Mekong",
        "Atlantic",
        "Indian",
        "Ocean",
        "Gulf",
        "Sea",
    ]
)
"""The words of a region's name (`Asia-Pacific`, `Middle East`): a list of forums and regions is no list of bodies."""
_PLACE_LAST = re.compile(
    r"(?:City|District|State|Province|Prefecture|County|Region|Municipality|Town|Village|Island|Islands|-[Dd]o)$"
)
"""The last word of a locality's name (`Seoul City`, `Gangnam District`, `Gyeongsangbuk-Do`): a place, no body."""
_NO_BODY_LAST = re.compile(
    r"(?:Partnership|Initiative|Agreement|Treaty|Programme|Program|Project|Plan|Strategy|Declaration|Statement|"
    r"Memorandum|Convention|Mechanism|Disease|Pandemic)$"
)
"""The last word of a document's or a framework's name (`Regional Comprehensive Economic Partnership`): no body."""
_APPOSITION_AFTER = re.compile(rf", (?!and |và )(?:[^\W\d_{UPPER}]|a |an |the )")
"""A comma and a lowercase word after a name (`X, chairman of …`, `Vietjet Air, a …`): said of what it names, which
a list of bodies does not do to a person's name."""


def list_mates(
    doc: ArticleDoc,
    lex: Lexicon,
    found: list[Span],
    data: dict[str, object],
    lang: str,
    not_names: Iterable[str] = (),
    fields: Iterable[str] = (),
) -> list[Span]:
    """The bare names listed with the bodies of `found` (`X, Y and <body>`): new Organization spans with `data`.
    A list is read both ways from each body, item by item, and stops at an item that is no name of a body; its
    names are kept only when one joiner of the list is `and`/`và` (commas alone may be an apposition). `not_names`:
    words no bare name begins with (a field of activity, a people's adjective, a head word); `fields`: the words of
    a ministry's fields, which a name read short may be followed or preceded by."""
    text = doc.text
    field_set = frozenset(not_names)
    field_words = frozenset(fields)
    out: list[Span] = []
    taken = sorted([*found, *doc.known_orgs], key=lambda sp: sp.start)
    for body in taken:
        items: list[tuple[int, int]] = []
        anded = False
        pos = _after_bracket(text, body.end)
        while (join := _JOIN_AFTER[lang].match(text, pos)) is not None:
            item = _ITEM_AFTER.match(text, join.end())
            if item is None:
                break
            start = _after_owner(doc, item.start(1), item.end(1))
            end = _own_end(text, start, item.end(1))
            ok = _bare_name(
                doc, lex, start, end, lang, field_set, aside=join.group(0).startswith(", ") and not _and(join)
            )
            if ok is None or (not items and _fields_go_on(text, body.end, start, end, field_words, before=False)):
                break
            anded = anded or join.group(0).strip(" ,") != ""
            items.append((start, end))
            pos = _after_bracket(text, ok)
        pos = _before_possessor(doc, body.start)
        pos = pos - 4 if text[max(0, pos - 4) : pos] in ("the ", "The ") else pos
        while (join := _JOIN_BEFORE[lang].search(text, max(0, pos - _JOIN_REACH), pos)) is not None:
            item = _ITEM_BEFORE.search(text, max(0, join.start() - _REACH), join.start())
            if item is None:
                break
            start = item.start(1)
            if text[start : start + 4] == "The ":
                start += 4
            start = _after_sentence_word(text, start, join.start())
            if start >= join.start() or _bare_name(doc, lex, start, join.start(), lang, field_set) is None:
                break
            if _INNER_AND_BEFORE.search(text, max(0, start - 40), start):
                break  # `TV and Radio Complex`, `Technical and Cultural Cooperation`: the words of one longer name
            if not any(i < start for i, _ in items) and _fields_go_on(
                text, body.start, start, join.start(), field_words, before=True
            ):
                break
            anded = anded or join.group(0).strip(" ,") != ""
            items.append((start, join.start()))
            pos = start - 4 if text[start - 4 : start] == "the " else start
        if not anded:
            continue
        for start, end in items:
            if any(sp.start < end and start < sp.end for sp in [*taken, *out]):
                continue
            out.append(Span(start, end, "", Label.ORGANIZATION, text[start:end], dict(data)))
    return out


def named_otherwise(
    doc: ArticleDoc,
    lex: Lexicon,
    start: int,
    end: int,
    lang: str,
    not_names: frozenset[str] = frozenset(),
    *,
    aside: bool = False,
) -> bool:
    """Whether the capitalised words from `start` to `end` are something else than a body's bare name (a place, a
    title, a person, a month, a field, a modifier of a noun): what another reader of bare names asks too. `aside`:
    the name is set off by commas, so a comma and a clause after it say nothing of a person (`_person_by_title`)."""
    return _bare_name(doc, lex, start, end, lang, not_names, aside=aside) is None


_BRACKET = re.compile(r" \([^()\n]{1,60}\)")
"""A bracket right after a list's item (`Tổng công ty Phát điện 3 (EVNGENCO3) và X`, `A (Belgium), B and C`): its
short form, country or share, said of it; the list goes on after it."""


def _after_bracket(text: str, end: int) -> int:
    """Where a list goes on after the item that ends at `end`: after a bracket said of the item, if one follows."""
    m = _BRACKET.match(text, end)
    return m.end() if m is not None else end


def _fields_go_on(text: str, edge: int, start: int, end: int, fields: frozenset[str], *, before: bool) -> bool:
    """Whether one plain word joined by `and` to a body's field is a field of the same name, read short (`Ministry
    of Climate, Energy and Utilities`, `Propaganda and Training Committee`): the body's word beside the joiner is a
    field's."""
    name = text[start:end]
    if " " in name or not _plain_word(name):
        return False
    word = (
        re.search(r"[\w'’\-]+$", text[max(0, edge - 30) : edge]) if not before else re.match(r"[\w'’\-]+", text[edge:])
    )
    return word is not None and word.group(0) in fields


def _own_end(text: str, start: int, end: int) -> int:
    """Where an item read forward ends: before a possessive (`Ørsted's pipeline`) and a trailing full stop."""
    name = text[start:end]
    if _POSSESSIVE.search(name):
        return end - 2
    return end - 1 if name.endswith(".") and name[-3:-1] != "Co" else end


def _and(join: re.Match[str]) -> bool:
    """Whether a list's joiner is a comma alone or `and`/`và`, not a partner's words."""
    return join.group(0).strip(" ,") in ("", "and", "và")


def _bare_name(
    doc: ArticleDoc, lex: Lexicon, start: int, end: int, lang: str, fields: frozenset[str], *, aside: bool = False
) -> int | None:
    """The end of a bare body's name from `start` to `end`, or None when these words are something else: a place (or
    places), a title, a person, a month or a day, a field of activity (`Rural Development`), a modifier of a noun,
    a Vietnamese word capitalised (`Phát`: in a Vietnamese list a bare name has a word of another language)."""
    text = doc.text
    name = text[start:end]
    words = name.split()
    if not words or len(words) > _MAX_WORDS or end - start < 2:
        return None
    if words[0] in CALENDAR_WORDS_EN or words[0] in fields or all(w in _REGION_WORDS for w in words):
        return None
    if _PLACE_LAST.search(name) or _NO_BODY_LAST.search(name) or _HONORIFIC.match(name):
        return None
    if len(words) == 1 and _plain_word(name) and _common_word(doc, start, end, name):
        return None
    if (lang == "vi" and len(name) <= 2) or (words[0].endswith("ies") and f"{words[0][:-3]}y" in fields):
        return None  # `VN`; `Ministries of Industry`: a ministry's name read short, no bare name
    if lang == "vi" and _LOCALITY_BEFORE.search(text, max(0, start - 12), start):
        return None  # `thành phố Fukuota`: a place, no body
    if (
        person_starts(lex, text, start)
        or _plain_vietnamese_name(lex, words)
        or _person_by_title(doc, start, end, aside=aside)
    ):
        return None
    if len(words) == 3 and romanised_holder_at(text, start):
        return None  # `Nam Jong Sub, Choi Jong Hyun`: people named syllable by syllable
    if lex.find(name, Label.COUNTRY) or lex.find(name, Label.PROVINCE):
        return None
    places = [p for p in doc.places if p.start < end and start < p.end]
    if places and sum(min(p.end, end) - max(p.start, start) for p in places) >= len(text[start:end].replace(" ", "")):
        return None  # `Hanoi`, `Lao Cai and Yunnan`: places, no body
    if any(p.start <= start < p.end and p.label == Label.COUNTRY for p in places) and len(words) == 1:
        return None
    if lang == "en" and _PLURAL_AFTER.match(text, end):
        return None
    if lang == "vi" and all(vietnamese_syllable(w) for w in words):
        return None
    if lang == "en" and len(words) == 1 and vietnamese_syllable(name) and not name.isupper():
        return None  # `…, Minh said`: a person's given name
    return end


_POST_OF_AFTER = re.compile(rf", (?:the |a |an )?(?:[^\W\d_{UPPER}][\w\-]* ){{1,3}}?(?:of|at|for|với|của) ")
"""A comma and a post held at a body (`, chairman of X`, `, general director at Y`): said of a person."""
_INNER_AND_BEFORE = re.compile(rf"[{UPPER}][\w'’\-]* (?:and|&|và) $")
"""A capitalised word and `and` right before an item read backward: the item may end a name that holds `and`."""
_LOWER_WORD_COMMA = re.compile(rf"(?<![\w\-])[^\W\d_{UPPER}][\w\-]*, $")
"""A lowercase word and a comma (`editor-in-chief, `): what an apposition's name follows."""
_LOCALITY_BEFORE = re.compile(r"(?:thành phố|tỉnh|huyện|quận|bang|vùng|thị xã|xã|thủ đô|châu) $")
_DETERMINER_BEFORE = compile_gated(r"(?:the|our|its|their|his|her|this|that) $", re.IGNORECASE)


def _plain_word(name: str) -> bool:
    """One word written as any word is at the head of a name (`Embassy`, `Petronas`): no initialism, no capital
    inside, no figure; what an English word and a brand share."""
    return name[1:].islower() and name.isalpha()


def _common_word(doc: ArticleDoc, start: int, end: int, name: str) -> bool:
    """Whether one plain capitalised word is a common word here, not a brand: the page writes it in lowercase too
    (`Government`), a determiner is before it (`the Embassy`, `our Assembly`), or it opens its sentence
    (`Notably, X and Y`)."""
    text = doc.text
    if _in_a_sentence(text, name.lower()):  # (a word of a sentence, not of the url)
        return True
    if _DETERMINER_BEFORE.search(text, max(0, start - 6), start):
        return True
    return start == 0 or text[start - 1] == "\n" or text[max(0, start - 2) : start] in (". ", '" ', "“ ")


def _in_a_sentence(text: str, word: str) -> bool:
    """Whether `word` stands in `text` after a space and before a space or a stop (` government,`): what
    `(?<= )word(?=[ ,.;:])` finds, by `str.find` (a pattern made and looked up for each name, then tried at every
    position of the page, cost most of this module's time)."""
    needle = f" {word}"
    at = text.find(needle)
    while at >= 0:
        after = at + len(needle)
        if after < len(text) and text[after] in _SENTENCE_AFTER:
            return True
        at = text.find(needle, at + 1)
    return False


_SENTENCE_AFTER = frozenset(" ,.;:")


def _standing_alone(text: str, word: str) -> bool:
    r"""Whether `word` is in `text` with no letter, digit, underscore, apostrophe or hyphen on either side: what
    `(?<![\w'’\-])word(?![\w'’\-])` finds, by `str.find` (no pattern made for each word)."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not _joins(text[at - 1])) and (after >= len(text) or not _joins(text[after])):
            return True
        at = text.find(word, at + 1)
    return False


def _joins(char: str) -> bool:
    r"""A character `[\w'’\-]` matches (`\w`: what `str.isalnum` says and the underscore)."""
    return char.isalnum() or char in "_'’-"


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Madam|Mme|Lt|Gen|Col|Prof|Sir|Dame|H\.E|HE)\b")


def _plain_vietnamese_name(lex: Lexicon, words: list[str]) -> bool:
    """`Nguyen Anh Tuan`: a family name written without its marks and two or three Vietnamese syllables."""
    return (
        3 <= len(words) <= 4
        and (words[0] in lex.plain_surnames or words[0] in lex.surnames)
        and all(vietnamese_syllable(w) for w in words[1:])
    )


def _person_by_title(doc: ArticleDoc, start: int, end: int, *, aside: bool = False) -> bool:
    """Whether a title is in the words, ends right before them (`Đại sứ Khamphao Ernthavanh`, `editor-in-chief,
    Khairdzir Md Yunus`) or is said of them after a comma (`Miguel Messmacher, Deputy Minister …`): a person. In an
    `aside` (a partner set off by commas: `A, in cooperation with B, opened …`) the comma after the name closes it, and
    only a post of something after that comma says a person (`…, chairman of X, …`)."""
    text = doc.text
    if any(start <= at < end for at in doc.titles):
        return True
    if _APPOSITION_AFTER.match(text, end) and (not aside or _POST_OF_AFTER.match(text, end)):
        return True
    if doc.title_at(end + 2) is not None:
        return True
    before = text[max(0, start - 40) : start]
    if before.endswith(", ") and _LOWER_WORD_COMMA.search(before) and not before.endswith(("and, ", "và, ")):
        return True  # `editor-in-chief, X`: a lowercase word and a comma before the name, an apposition
    return any(t.end() in (start - 1, start - 2) for t in doc.titles.values())


def _after_owner(doc: ArticleDoc, start: int, end: int) -> int:
    """Where a bare name begins after its country's possessive (`Vietnam's Becamex IDC`: at `Becamex`)."""
    text = doc.text
    if "'s " not in text[start : end + 2] and "’s " not in text[start : end + 2]:
        return start  # (no possessive inside: no place to look for)
    place = next((p for p in doc.places if p.start == start and p.end < end), None)
    if place is not None and text[place.end : place.end + 3] in ("'s ", "’s "):
        return place.end + 3
    return start


def _before_possessor(doc: ArticleDoc, start: int) -> int:
    """Where a body's list item begins when a country owns it (`Việt Nam's Ministry of …`): at the country's name."""
    text = doc.text
    if text[max(0, start - 3) : start - 1] in ("'s", "’s"):
        place = next((p for p in doc.places if p.end == start - 3), None)
        if place is not None:
            return place.start
    return start


def _after_sentence_word(text: str, start: int, end: int) -> int:
    """An item read backward that opens its sentence with a word the page also writes in lowercase (`Also Bord Bia`):
    the name begins after that word."""
    if not (start == 0 or text[start - 1] == "\n" or text[max(0, start - 2) : start] in (". ", '" ', "“ ")):
        return start
    space = text.find(" ", start, end)
    if space < 0:
        return start
    first = text[start:space]
    if _standing_alone(text, first.lower()):
        return space + 1
    return start
