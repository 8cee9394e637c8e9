"""Companies: those news names with no head word, by what the sentence says they are (a list after `companies such as`,
a name set beside `a joint venture`, `state oil firm Aramco`), by their executives' titles (`Tokyo Gas President …`)
and banks named in one word (`Eximbank`, `HDBank`).

Kept apart from the bodies read by their heads: a company is found by the words around its name, not in it."""

from __future__ import annotations

import re

from core.vocabulary import Label
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon, by_first_letter
from loaders.entities.officials_en import DEMONYMS, RANKS_BEFORE_TITLES
from loaders.entities.organizations.list_mates import _plain_word, named_otherwise
from loaders.entities.organizations_en.codes import _country
from loaders.entities.organizations_en.heads import _KIND_BY_HEAD
from loaders.entities.organizations_en.persons import _ends_with_person
from loaders.entities.organizations_en.possessed import _ENDS_CLAUSE, _named_as_person
from loaders.entities.organizations_en.words import _NOT_IN_NAME
from loaders.entities.phrases import matches_on_cued_lines
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_COMPANY_NOUNS = (
    r"companies|corporations|firms|groups|conglomerates|enterprises|businesses|carriers|airlines|banks|investors"
    r"|manufacturers|producers|developers|retailers|exporters|brands"
)
_LIST_INTRO = re.compile(by_first_letter(["such as ", "including ", "like ", "namely ", "include ", "included "]))
_COMPANIES_BEFORE = compile_gated(rf"(?<![\w-])(?:{_COMPANY_NOUNS})(?: [a-z][\w\-]*){{0,3}},? $")
"""A list of companies: the words that introduce it, then the plural before them, or up to three lowercase words
after the plural (`Malaysian companies operating here including X`: what they do, said before the list) (looked for
only where such a word is: a scan for the plurals first costs more, most articles having many `groups` and
`businesses` and no list)."""
_COMPANIES_REACH = 60
"""How far before the list's first word its plural is looked for (the plural and three words)."""
_ADJECTIVE_BEFORE = re.compile(rf"(?<![\w'’])([{UPPER}][a-z]+) (?:[a-z\-]+ ){{0,2}}$")
_COMPANY_KINDS = (
    r"joint venture|subsidiary|company|firm|group|corporation|conglomerate|carrier|airline|manufacturer|producer"
    r"|factory|developer|investor|operator|bank|exporter|retailer|brand|start-up|startup|maker|cooperative"
)
_COMPANY_PLURALS = (
    r"companies|firms|groups|corporations|conglomerates|cooperatives|manufacturers|producers|makers|exporters"
    r"|retailers|developers|operators|carriers|airlines|banks|enterprises|businesses"
)
_COMPANY_APPOSITIVE = re.compile(
    rf"(?:, | [–—] )(?:(?:a|an|the) (?:[\w\-’']+ ){{0,3}}?(?:{_COMPANY_KINDS})\b"
    r"(?! (?:director|chairman|chairwoman|executive|official|representative|spokesman|spokesperson|head|president"
    r"|leader|founder|employee|worker|owner|manager|chief|of the|in the))"
    rf"|one of (?:[\w\-’']+ ){{0,5}}?(?:{_COMPANY_PLURALS})\b)"
)
_DESCRIBED_KINDS = (
    r"group|firm|company|corporation|conglomerate|maker|giant|carrier|airline|operator|manufacturer|producer|exporter"
    r"|retailer|developer|utility|subsidiary|entity|agency|bank|fund|lender|insurer|investor"
)
_DESCRIBED_COMPANY = compile_gated(
    rf"(?:(?<![\w'’\-])[a-z][\w\-]*|(?:^|(?<=\n)|(?<=[.!?] ))[A-Z][a-z]+) (?P<kind>{_DESCRIBED_KINDS})(?: of)? (?=[A-Z])"
    rf"|(?<![\w'’\-])(?P<adjective>[A-Z][a-z]+) (?P<kind2>{_DESCRIBED_KINDS}) (?=[A-Z])"
    rf"|(?<![\w'’\-])[a-z][\w\-]* (?P<kind3>{_DESCRIBED_KINDS}), (?=[A-Z][^,.;:()]{{1,40}}(?:, |\.\s))",
    re.MULTILINE,
)
"""What a company is, in lowercase, said right before its name (`state oil firm Aramco`, `plane maker Embraer`, `the
nuclear energy group Ezmelon`, `wholly owned subsidiary X`); a word before the kind (`oil`, `plane`, `the`) makes it a
description, not a name's last word (`state procurement agency X`, `sovereign wealth fund Y` alike); so does a country's adjective (`the Belgian company X`, read as the company's
country) and the first word of a sentence (`Oil giant X …`). `of` after the kind only with a description (`the oil
group of Ezmelon`): `a group of Xs` is a number of them. Set off by commas, the name follows the description (`the
country's largest fund management company, X, …`)."""
_DESCRIBED_CUE = re.compile(rf" (?:{_DESCRIBED_KINDS})[ ,]")
"""The kind every match of `_DESCRIBED_COMPANY` holds, with the space before it and what follows it."""
_DESCRIBED_REACH = 1 + 40 + 2
"""How far past its end `_DESCRIBED_COMPANY`'s lookahead reads (a capital, forty characters, `, ` or `. `)."""
_ARTICLES = frozenset({"a", "an", "the"})
_WEEKDAY_AFTER = re.compile(r" (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_SUBSIDIARY_OF = re.compile(r" (?:subsidiary|unit|arm|affiliate) of ")
_ITEM = re.compile(rf"[{UPPER}][\w&.\-]*(?: (?:[{UPPER}]|\d)[\w&.\-]*){{0,3}}")
_ITEM_JOIN = re.compile(r",? and |, ")
_KIND_AFTER_NAME = re.compile(
    r" (?:company|group|firm|corporation|conglomerate)(?= of |[,.;:]| and | has | have | is | was | will | signed )"
)
"""A company's kind in lowercase right after its capitalised name (`the Zorvan Milk company of Vietnam`, `Qardan group
has …`), followed by what ends a noun phrase: the name says what it is after itself."""
_REGION_ADJECTIVES = frozenset({"Asian", "European", "African", "American", "Arab", "Nordic", "Latin", "Pacific"})
_JOINED_BEFORE = re.compile(rf"[{UPPER}][\w'’\-]* (?:and|of|&|for) $")
"""A joiner between a capitalised word and the capitalised words: they end a longer name (`Oil and Gas group`), not
begin one; after a lowercase word it is the sentence's (`leaders of Qardan group`: the group's whole name)."""
_JOINED_REACH = 30
_NAME_BEFORE_COMMA = re.compile(
    rf"(?<![\w'’\-])((?:[{UPPER}][\w&\-]*|\d+)(?: (?:(?:de|la|du|des|del|der|van|von) )*(?:[{UPPER}][\w&\-]*|\d+)){{0,3}})$"
)
"""The capitalised words of a name right before what is said of it, with the particles that join a European name's
words (`Verger de la Blottière`)."""


_PLURAL_THEN_NAMES = re.compile(rf" (?:{_COMPANY_NOUNS}|partners|partner) (?=[{UPPER}][\w&.\-]*[ ,.;:])")
"""Companies named right after what they are, with no word to introduce the list (`Hungarian pharma companies X and
Y`, `its partners X Algeria and Y Thailand`, `its long-standing partner X`): the plural (or `partner`) then the
names, read as a list after `such as` is."""
_COMPANIES_FROM = re.compile(rf"(?<![\w-])(?i:{_COMPANY_NOUNS}) (?:from|in|of|based in) (?:the )?$")
_PLACE_END = re.compile(r",? ")


def _place_of_companies(doc: ArticleDoc, intro: int) -> Span | None:
    """The place of the companies a list names when the plural is said with it (`businesses from Washington such as
    X and Y`, `firms in Japan, including X`): the place right before the list's first word, the plural and `from`,
    `in` or `of` right before the place; None when the words before the list are not these."""
    places = doc.within(doc.places, max(0, intro - 40), intro)
    place = places[-1] if places else None
    gap = _PLACE_END.fullmatch(doc.text, place.end, intro) if place is not None else None
    if place is None or gap is None or "entry" not in place.data:
        return None
    return place if _COMPANIES_FROM.search(doc.text, max(0, place.start - 30), place.start) else None


def _named_companies(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies news names with no head word, by what the sentence says they are: a list after a plural of
    companies (`German corporations such as Boehringer Ingelheim, BASF and Hornbach`, its adjective their country;
    `businesses from Washington such as X`, the place's)
    and a name set beside what it is (`RusVietpetro, a joint venture between …`, `Viettel Cambodia, a subsidiary of
    Viettel`, `the Garco 10, a leading garment factory`). Not a place, a person, a known or already read body."""
    text = doc.text
    out: list[Span] = []

    def add(start: int, end: int, country: str | None, *, described: bool = False) -> None:
        name = _WEEKDAY_AFTER.sub("", text[start:end].split(". ")[0].rstrip("."))  # (`X Gas Monday said`: when)
        end = start + len(name)
        taken = [*found, *out, *doc.known_orgs]
        if (
            len(name) < 2
            or any(sp.start < end and start < sp.end for sp in taken)
            or any(p.start <= start < p.end and (p.end >= end or not described) for p in doc.places)
            # (`Viettel Cambodia`: a company's country arm; `utility Tokyo Gas`: a name a place begins, described)
            or doc.title_at(start)
            or name.split(" ")[0] in _NOT_IN_NAME
            or _ends_with_person(lex, name)
            or (name.split(" ")[0] in DEMONYMS and not (described and " " in name))
        ):  # (a company described first may begin with its country's adjective: `Oil giant Saudi X`)
            return
        out.append(
            Span(start, end, "", Label.ORGANIZATION, name, {"head": "Company", "place": None, "company_of": country})
        )

    def add_listed(pos: int, country: str | None, *, one: bool = False) -> None:
        """The names listed from `pos` (`X, Y and Z`), each a company of `country`; only the first when `one`."""
        while (item := _ITEM.match(text, pos)) is not None:
            add(item.start(), item.end(), country)
            join = _ITEM_JOIN.match(text, item.end())
            if join is None or one:
                break
            pos = join.end()

    for m in _LIST_INTRO.finditer(text):
        plural = _COMPANIES_BEFORE.search(text, max(0, m.start() - _COMPANIES_REACH), m.start())
        where = _place_of_companies(doc, m.start()) if plural is None else None
        if plural is None and where is None:
            continue
        adjective = (
            _ADJECTIVE_BEFORE.search(text, max(0, plural.start() - 40), plural.start()) if plural is not None else None
        )
        country = DEMONYMS.get(adjective.group(1)) if adjective else _country(where) if where is not None else None
        add_listed(m.end(), country)
    for m in _PLURAL_THEN_NAMES.finditer(text):
        adjective = _ADJECTIVE_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
        add_listed(m.end(), DEMONYMS.get(adjective.group(1)) if adjective else None, one=m.group(0) == " partner ")
    for m in _COMPANY_APPOSITIVE.finditer(text):
        before = _NAME_BEFORE_COMMA.search(text, max(0, m.start() - 60), m.start())
        if before is not None:
            add(before.start(1), before.end(1), None)
        sub = _SUBSIDIARY_OF.match(text, m.end() - len(m.group(0).split(" ")[-1]) - 1)
        parent = _ITEM.match(text, sub.end()) if sub is not None else None
        if parent is not None:
            add(parent.start(), parent.end(), None)
    for m in _KIND_AFTER_NAME.finditer(text):  # `the Zorvan Milk company of Vietnam`, `leaders of Qardan group`
        before = _NAME_BEFORE_COMMA.search(text, max(0, m.start() - 60), m.start())
        if before is None or _JOINED_BEFORE.search(text, max(0, before.start(1) - _JOINED_REACH), before.start(1)):
            continue  # (`the Oil and Gas group`: the last words of a longer name)
        start, end = before.start(1), before.end(1)
        name = text[start:end]
        if any(w.endswith("-based") or w in _REGION_ADJECTIVES for w in name.split()):
            continue  # (`the Kolkata-based group`, `a Southeast Asian group`: where it is, no name)
        if " " not in name and _plain_word(name) and re.search(rf"(?<= ){re.escape(name.lower())}(?=[ ,.;:])", text):
            continue  # (`the Party group`: a common word capitalised, which the page writes in lowercase too)
        add(start, end, None)
    for m in matches_on_cued_lines(_DESCRIBED_COMPANY, text, _DESCRIBED_CUE, _DESCRIBED_REACH):
        if m.group("adjective") is not None and m.group("adjective") not in DEMONYMS:
            continue  # (`the Party Group X`: a capitalised word before the kind is a name's, unless a country's)
        item = _ITEM.match(text, m.end())
        if item is not None and not (" of " in m.group(0) and m.group(0).split(" ")[0] in _ARTICLES):
            kind = next(k for k in ("kind", "kind2", "kind3") if m.group(k))
            adjective = _ADJECTIVE_BEFORE.search(text, max(0, m.start(kind) - 40), m.start(kind))
            add(item.start(), item.end(), DEMONYMS.get(adjective.group(1)) if adjective else None, described=True)
    return out


_EXECUTIVE = re.compile(
    # (?<=[\w&] )(?:President(?: (?:&|and) CEO)?|CEO|[Cc]hairman|[Cc]hairwoman|(?:[Dd]eputy|[Vv]ice) [Cc]hairman|…),
    # its look-behind after each first letter: tried only where those letters stand, not at every position of a page
    r"(?:P(?<=[\w&] .)resident(?: (?:&|and) CEO)?|C(?<=[\w&] .)(?:EO|hairman|hairwoman|hief Executive(?: Officer)?)"
    r"|c(?<=[\w&] .)(?:hairman|hairwoman)|D(?<=[\w&] .)eputy [Cc]hairman|d(?<=[\w&] .)eputy [Cc]hairman"
    r"|V(?<=[\w&] .)ice [Cc]hairman|v(?<=[\w&] .)ice [Cc]hairman|G(?<=[\w&] .)eneral Director"
    r"|M(?<=[\w&] .)anaging Director)"
    rf" (?=[{UPPER}][\w'’\-]+ [{UPPER}])"
)
"""A company's executive's title between its name and his (`Tokyo Gas President Tsuyoshi Okamoto`, `Sembcorp deputy
chairman Tow Heng Tan`): a title and then at least two capitalised words."""
_EMPLOYER_BEFORE = compile_gated(rf"(?<![\w'’.\-])((?:[{UPPER}][\w'’\-]*|&)(?: (?:[{UPPER}][\w'’\-]*|&)){{0,2}}) $")
_SHORT_FORM_MIN = 3


def _employers_before_titles(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies named by their executives' titles (`Tokyo Gas President Tsuyoshi Okamoto`, `PV Gas President & CEO
    Do Khang Ninh`, `NVTC President Bobbie Killberg`): the one to three capitalised words right before the title are
    his employer, which no head word names. Not a country's adjective (`Lao President`), a place (`US President`),
    a title's words (`State President`, `Mayor X Meets President`), a body already read, a short form another body
    was given in brackets (`PPC Chairman`: the abbreviation's mentions are that body's) or one of two letters (`NA
    Chairman`)."""
    text = doc.text
    out: list[Span] = []
    for m in _EXECUTIVE.finditer(text):
        run = _EMPLOYER_BEFORE.search(text, max(0, m.start() - 50), m.start())
        if run is None:
            continue
        start, end = run.start(1), run.end(1)
        if _sentence_word_first(doc, start, end):  # `Said X chairman Y: …`: the sentence's verb, then the name
            start = text.index(" ", start) + 1
        name = text[start:end]
        words = name.split()
        if (
            _no_bare_employer(doc, lex, start, end, [*found, *out])
            or words[-1] in RANKS_BEFORE_TITLES
            or (len(words) == 1 and not name.isupper() and _opens_sentence(text, start))
            or any(t.end() in (start - 1, start - 2) for t in doc.titles.values())
            or f"({name})" in text
        ):
            continue
        out.append(_bare_company(start, end, name))
    return out


def _no_bare_employer(doc: ArticleDoc, lex: Lexicon, start: int, end: int, read: list[Span]) -> bool:
    """What rules out the capitalised words before an executive's title or a possessive as a bare company's name, for
    both readings: a people's adjective or a word no name holds first, a head word last (said of a body read), an
    ampersand at either end, one word shorter than a short form, a place, a title's words, a body already read (`read`
    and the page's remembered bodies) or a person's name."""
    name = doc.text[start:end]
    words = name.split()
    place = doc.span_at(doc.places, start)
    return (
        words[0] in DEMONYMS
        or words[0] in _NOT_IN_NAME
        or words[-1] in _KIND_BY_HEAD
        or "&" in (words[0], words[-1])
        or (len(words) == 1 and len(name) < _SHORT_FORM_MIN)
        or (place is not None and place.end >= end)
        or any(doc.title_at(w.start() + start) for w in re.finditer(r"\S+", name))
        or any(sp.start < end and start < sp.end for sp in [*read, *doc.known_orgs])
        or _ends_with_person(lex, name)
    )


def _bare_company(start: int, end: int, name: str) -> Span:
    """A company read from its context alone: no head word, no place, no country."""
    return Span(start, end, "", Label.ORGANIZATION, name, {"head": "Company", "place": None, "company_of": None})


_POSSESSIVE_EXECUTIVE = compile_gated(
    r"['’]s (?:CEO|[Cc]hairman|[Cc]hairwoman|[Pp]resident and CEO|[Cc]hief [Ee]xecutive|[Mm]anaging [Dd]irector"
    r"|[Gg]eneral [Dd]irector|[Ff]ounder|[Bb]oard of [Dd]irectors|[Mm]anagement [Bb]oard|[Ss]hareholders"
    r"|subsidiar(?:y|ies)|factor(?:y|ies)|plant|headquarters|stake)(?![\w\-])"
)
"""A company's executive, board or holdings after its name's possessive (`Qardan's CEO`, `Zorvan Energy's chairman`,
`X's board of directors`, `X's factory`, `X's subsidiary`): what only a company has (not `president`, `investment`
or `products`, which a country or a province has too)."""
_POSSESSOR = compile_gated(rf"(?<![\w'’.\-])((?:[{UPPER}][\w\-]*|&)(?: (?:[{UPPER}][\w\-]*|&)){{0,2}})$")
"""The one to three capitalised words right before a possessive's apostrophe."""


def _employers_by_possessive(doc: ArticleDoc, lex: Lexicon, found: list[Span]) -> list[Span]:
    """Companies named by their executives or board after a possessive (`Zorvan Energy's chairman said`): the one to
    three capitalised words before `'s`, which no head word names. Not a place (`Vietnam's`), a person (`Mr X`
    elsewhere, a Vietnamese name), a people's adjective, a head word alone (`the Group's CEO`: said of a body
    read), a title's words, a body already read, or one word that opens its sentence."""
    text = doc.text
    if "'s " not in text and "’s " not in text:
        return []
    out: list[Span] = []
    for m in _POSSESSIVE_EXECUTIVE.finditer(text):
        run = _POSSESSOR.search(text, max(0, m.start() - 50), m.start())
        if run is None:
            continue
        start, end = run.start(1), run.end(1)
        name = text[start:end]
        words = name.split()
        if (
            _no_bare_employer(doc, lex, start, end, [*found, *out])
            or (len(words) == 1 and _opens_sentence(text, start))
            or _named_as_person(text, words[-1], start)
        ):
            continue
        out.append(_bare_company(start, end, name))
    return out


_TITLE_OF = compile_gated(
    r"(?<![\w\-])(?:[Hh]ead|CEO|[Cc]hairman|[Cc]hairwoman|[Pp]resident|[Vv]ice[- ][Pp]resident|[Ff]ounder"
    r"|[Mm]anaging [Dd]irector|[Gg]eneral [Dd]irector|[Dd]irector[- ][Gg]eneral|[Ss]ecretary[- ][Gg]eneral"
    rf"|[Rr]epresentatives?) (?:of|at|from) (?:the )?(?=[{UPPER}])"
)
"""A post held at a body, or its representatives, right before the body's name (`head of Zorvan Construction`, `the
vice-president of the XYZ`, `representatives of Qardan`)."""
_BARE_NAME = re.compile(rf"[{UPPER}][\w&'’\-]*(?: [{UPPER}][\w&'’\-]*){{0,3}}")


def _employers_after_titles(doc: ArticleDoc, lex: Lexicon, found: list[Span], not_names: frozenset[str]) -> list[Span]:
    """Bodies named bare after a post held at them (`Pham Van A, head of Zorvan Construction, said`, `greetings to
    the vice-president of the XYZ`): one to four capitalised words that end their clause or come before a verb or a
    preposition, which no head word names. Not a place, a person, a title, a field or anything else a bare name is
    not (`named_otherwise`: `President of Vietnam`, `head of State`), nor a body already read."""
    text = doc.text
    out: list[Span] = []
    for m in _TITLE_OF.finditer(text):
        name = _BARE_NAME.match(text, m.end())
        if name is None:
            continue
        start, end = name.span()
        while end > start and text[end - 1] in "'’":
            end -= 1
        words = text[start:end].split()
        if (
            not _ENDS_CLAUSE.match(text, end)
            or len(words[-1]) == 1  # (`… of X Yasser M.Mufti`: a holder's initial)
            or (len(words) > 2 and text[max(0, m.start() - 2) : m.start()] != ", ")
            # (`and Chairman of the Employers' Federation Lars Haugen.`: a title before its holder's name, whose
            # body's name runs into the holder's; only an apposition after a comma ends with the body)
            or doc.span_at(doc.places, start) is not None  # (`President of Laos X Y`: the country, then its head)
            or name.group(0).split()[0] in _NOT_IN_NAME
            or any(sp.start < end and start < sp.end for sp in [*found, *out, *doc.known_orgs])
            or named_otherwise(doc, lex, start, end, "en", not_names, aside=True)
        ):
            continue
        out.append(
            Span(start, end, "", Label.ORGANIZATION, text[start:end], {"head": None, "place": None, "company_of": None})
        )
    return out


_BANK_IN_ONE_WORD = re.compile(rf"(?<![\w'’\-])[{UPPER}][A-Za-z]{{1,12}}(?<=[a-zA-Z])(?:bank|Bank)(?![\w'’\-])")
"""A bank's name written as one word with `bank` (`HDBank`, `Eximbank`, `Techcombank`): what only a bank is called."""
_BANK_CUE = re.compile("[bB]ank")
"""The word every match of `_BANK_IN_ONE_WORD` holds: the lines without it are not read (`matches_on_cued_lines`)."""


def _banks_in_one_word(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """Banks named in one word ending with `bank` (`Eximbank credit line`, `HDBank reached …`), which no head word
    (a separate `Bank`) names; not a body read or known there."""
    text = doc.text
    if "bank" not in text and "Bank" not in text:
        return []
    out: list[Span] = []
    for m in matches_on_cued_lines(_BANK_IN_ONE_WORD, text, _BANK_CUE):
        start, end = m.span()
        if any(sp.start < end and start < sp.end for sp in [*found, *out, *doc.known_orgs]):
            continue
        out.append(
            Span(start, end, "", Label.ORGANIZATION, m.group(0), {"head": "Bank", "place": None, "company_of": None})
        )
    return out


def _opens_sentence(text: str, at: int) -> bool:
    """Whether a word opens a line or a sentence, where any word is capitalised (`Yesterday Chairman X`: one such
    word says nothing of a company)."""
    return at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at] in (". ", '" ', "“ ")


def _sentence_word_first(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the first of several capitalised words opens a sentence and is a word the page also writes in
    lowercase (`Said`, `Meanwhile`): a sentence's word, capitalised for its place, no word of the name after it."""
    text = doc.text
    space = text.find(" ", start, end)
    if space < 0 or not _opens_sentence(text, start):
        return False
    return re.search(rf"(?<![\w'’\-]){re.escape(text[start:space].lower())}(?![\w'’\-])", text) is not None
