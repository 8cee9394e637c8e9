"""The body or country a title belongs to as the chain reads it around the title: a company before a title, a
country's form (`nước Cộng hòa …`), a country glued to a name, a unit then its body, a body named after a name
(`X of the Y`), a place in brackets, an organisation inside the title's words, titles listed together sharing
their body.

Each is one place a body may be written; the chain tries them, and the lowercase English roles ask one
(`_company_before`) too, so they sit below both."""

from __future__ import annotations

import re

from core.text import slug
from core.vocabulary import Label, OrganizationKind, Prop, TitleKind
from loaders.entities import officials_en
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import NOT_NAME_START, Lexicon, TitleMatch
from loaders.entities.officials.name import _PHOTO_NOTE, _WORD, _WORLD_REGIONS
from loaders.entities.officials.record import Chain, Role
from loaders.entities.organizations import add_org_entity, vietnamese_syllable
from loaders.entities.places import add_place_entity
from loaders.first_letters import compile_gated
from loaders.letters import UPPER

_STATE_FORM = r"Cộng h(?:òa|oà) (?:(?:Liên bang|Dân chủ|Hồi giáo|Nhân dân|Ả Rập|Arab|[Xx]ã hội [Cc]hủ nghĩa) )*"
"""(`Xã hội Chủ nghĩa` as official texts capitalise it too: `Đại sứ nước Cộng hòa Xã hội Chủ nghĩa Việt Nam`)"""
_COUNTRY_FORM = re.compile(rf"nước (?:{_STATE_FORM})?")
_STATE_FORM_AFTER_NUOC = re.compile(_STATE_FORM)
"""After a title that ends in `nước` (`Chủ tịch nước Cộng hòa Xã hội Chủ nghĩa Việt Nam X`): the form alone."""


def _after_country_form(doc: ArticleDoc, at: int) -> int:
    """`Thủ tướng nước Cộng hòa Mozambique X`, `Tổng thống nước Cộng hòa Liên bang Y Z`: the words of a country's
    state form before its name (`nước`, `Cộng hòa`, …) that no gazetteer name begins with: where the country is
    named, so that the title's chain reads it; `at` itself otherwise."""
    after_nuoc = doc.text.endswith("nước ", 0, at)
    form = (_STATE_FORM_AFTER_NUOC if after_nuoc else _COUNTRY_FORM).match(doc.text, at)
    if form is None:
        return at
    for end in (form.end(), at if after_nuoc else at + len("nước ")):
        place = doc.span_at(doc.places, end)
        if place is not None and place.start == end and place.label == Label.COUNTRY:
            return end
    return at


_REGION_THEN_COMMA = re.compile(r" ([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}), ")


def _company_after_region(doc: ArticleDoc, role: Role, at: int) -> Span | None:
    """`Regional CEO Southeast Asia, PSA Holdings`, `Managing Director Asia Pacific, X Group`: a corporate title, the
    world region it covers, then after a comma the company it is held at (English business news)."""
    region = _REGION_THEN_COMMA.match(doc.text, at)
    if region is None or role.title.kind != TitleKind.CORPORATE or role.orgs or region.group(1) not in _WORLD_REGIONS:
        return None
    return doc.span_at(doc.orgs, region.end())


_NOTE_THEN_OF = re.compile(rf"{_PHOTO_NOTE}? of (?:the )?")


def _body_of_after_name(doc: ArticleDoc, end: int) -> Span | None:
    """`… Dang Van A of the Ministry of Industry and Trade`: the body named right after the name and `of (the)`
    (a caption's note between: `Director X (right) of the Ministry of …`)."""
    of = _NOTE_THEN_OF.match(doc.text, end)
    return doc.span_at(doc.orgs, of.end()) if of is not None else None


_RUN_THEN_INITIAL = compile_gated(
    rf"(?<![\w'’\-])([{UPPER}][\w'’\-]*(?: (?:of |and |the )*[{UPPER}][\w'’\-]*){{0,4}}) (?=(?:[A-Z]h?|Ts)\. ?[{UPPER}])"
)
_AN_INITIAL = compile_gated(rf" (?:[A-Z]h?|Ts)\. ?[{UPPER}]")
"""The space and the initial `_RUN_THEN_INITIAL` looks ahead to. Looked for first: a page without one (most: no
synthetic page, one real page in fifteen) is not scanned, for the run is tried at every capitalised word."""


def _countries_before_initials(doc: ArticleDoc, lex: Lexicon) -> None:
    """`Phó Thủ tướng Bê-la-rút A.Cô-bi-a`, `Thứ trưởng Ngoại giao Kazakhstan K. Umarov`, `Ambassador of Mongolia to
    Vietnam B.Tsogt`: a country's name (as the gazetteer writes it) right before a first name's initial is that
    country, whose the title before it is. The places stage reads the initial as the place's name going on (a place
    and one more capitalised word is mostly a longer name); an initial with its full stop always begins a person's
    name. The country is added as a place read here, as `_country_glued_to_name` does."""
    text = doc.text
    if _AN_INITIAL.search(text) is None:
        return
    for run in _RUN_THEN_INITIAL.finditer(text):
        words = list(_WORD.finditer(text, run.start(1), run.end(1)))
        for word in words:  # the longest tail of the run that is a country's name
            written = text[word.start() : run.end(1)]
            entry = next(iter(lex.find(written, Label.COUNTRY)), None)
            if entry is None or written not in (entry.name, *entry.aliases):
                continue
            if not doc.span_at(doc.places, word.start()) and not doc.span_at(doc.orgs, word.start()):
                span = Span(word.start(), run.end(1), entry.id, Label.COUNTRY, written, {"entry": entry})
                doc.places = sorted([*doc.places, span], key=lambda sp: sp.start)
                add_place_entity(doc, entry, word.start())
            break


_GLUED_RUN = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*){{1,3}}(?![\w'’\-]| [{UPPER}])")


def _ministry_then_its_country(doc: ArticleDoc, lex: Lexicon, role: Role) -> None:
    """`Bộ trưởng Bộ Công - Nông nghiệp Mông Cổ Kh. Battugal`: a ministry no gazetteer lists, which the organisations
    stage read without the country written right after it (the initial that follows made the country look like a
    longer name's first words; `_countries_before_initials` reads it later), is that country's ministry, named
    with it as `Bộ Ngoại giao Hàn Quốc` is; before, the title was held at a ministry of no country."""
    org = role.orgs[0] if role.orgs else None
    if org is None or org.data.get("head") != "Bộ" or org.data.get("place") is not None or org.data.get("entry"):
        return
    country = next((p for p in role.places if p.label == Label.COUNTRY and p.start == org.end + 1), None)
    if country is None or country.id == doc.home_country:
        return
    theirs = Span(org.start, country.end, "", Label.ORGANIZATION, doc.text[org.start : country.end], {**org.data})
    theirs.data["place"] = country
    add_org_entity(doc, lex, theirs)
    if theirs.id:
        role.orgs[0] = theirs


def _country_glued_to_name(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Tổng thống Nga Putin`, `Ngoại trưởng Hoa Kỳ Kerry`: after a title, a country's name and one foreign word (no
    Vietnamese syllable) in one capitalised run. The place stage leaves such a run alone (a place and one more
    capitalised word is mostly a longer name: `Thái Bình Dương`); after a title it is whose the title is, then the
    person's one-word name. The country is added as a place read here."""
    run = _GLUED_RUN.match(doc.text, at)
    if run is None or doc.span_at(doc.places, at) or doc.span_at(doc.orgs, at):
        return None
    *country_words, last = run.group(0).split(" ")
    if vietnamese_syllable(last) or last in lex.surnames:
        return None
    written = " ".join(country_words)
    entry = next(iter(lex.find(written, Label.COUNTRY)), None)
    if entry is None or written not in (entry.name, *entry.aliases):
        return None
    span = Span(at, at + len(written), entry.id, Label.COUNTRY, written, {"entry": entry})
    doc.places = sorted([*doc.places, span], key=lambda sp: sp.start)
    add_place_entity(doc, entry, at)
    return span


_UNIT_WORD = re.compile(r"(?:[-–]|và|[^\W\d_][\w'’]*)")
_MAX_UNIT_WORDS = 6


def _unit_then_body(doc: ArticleDoc, lex: Lexicon, at: int) -> Span | None:
    """`Kinh tế - Ngân sách HĐND tỉnh` after `Trưởng ban`: a unit's name (a capitalised word, then at most six
    words and dashes) and the body it belongs to, which the title then serves; None when a person's name or no
    body follows."""
    text = doc.text
    if not text[at : at + 1].isupper() or _person_at(doc, lex, at):
        return None
    pos = at
    for _ in range(_MAX_UNIT_WORDS):
        m = _UNIT_WORD.match(text, pos)
        if m is None or text[m.end() : m.end() + 1] != " ":
            return None
        pos = m.end() + 1
        body = doc.span_at(doc.orgs, pos)
        if body is not None and body.start == pos:
            # (`Đại sứ Khamphao Ernthavanh và Đại sứ quán Lào`: a body joined by `và` is another, not the unit's)
            return body if m.group(0) != "và" else None
        if doc.title_at(pos) or doc.span_at(doc.places, pos):
            return None
    return None


def _person_at(doc: ArticleDoc, lex: Lexicon, at: int) -> bool:
    """Whether a Vietnamese family name and a capitalised syllable start here (then a name, not a unit, follows a
    title; `Văn hoá - Xã hội` is a unit's name)."""
    word = _WORD.match(doc.text, at)
    after = _WORD.match(doc.text, word.end() + 1) if word is not None else None
    return word is not None and word.group(0) in lex.surnames and after is not None and after.group(0)[0].isupper()


def _country_in_title(doc: ArticleDoc, lex: Lexicon, title: TitleMatch) -> Span | None:
    """The country a title's own first words name (`US Secretary of State`, `U.S. Trade Representative`)."""
    words = title.group(0).split()
    for k in (2, 1):
        if len(words) <= k or doc.article.lang != "en":
            continue
        prefix = " ".join(words[:k])
        iso = officials_en.DEMONYMS.get(prefix)
        entry = lex.gaz.country(iso) if iso else next(iter(lex.find(prefix, Label.COUNTRY)), None)
        written = (entry.name, entry.properties.get("name_en"), *entry.aliases) if entry is not None else ()
        if entry is not None and entry.label == Label.COUNTRY and (iso or prefix in written):
            add_place_entity(doc, entry, title.start())
            return Span(title.start(), title.start() + len(prefix), entry.id, Label.COUNTRY, prefix, {"entry": entry})
    return None


_CAPITALISED_WORD = re.compile(r"[A-Z][\w&'’\-]*$")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’\-])[a-z][\w\-]* $")
_MAX_COMPANY_WORDS = 4
_HEADED_KINDS = frozenset({OrganizationKind.COMPANY, OrganizationKind.ASSOCIATION, OrganizationKind.OTHER})
"""Kinds of bodies a corporate title right after their name is held at (not a ministry or a government's)."""
_REPORTING_VERBS = frozenset({"Said", "Says", "Added", "Adds", "Noted", "Explained", "Told"})
"""A capitalised verb that opens a quote's attribution (`Said Keppel chairman X: …`): never a company's word."""


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _company_before(doc: ArticleDoc, lex: Lexicon, title_start: int) -> Span | None:
    """`Vietnam Airlines CEO X`, `Samsung Electronics Vietnam General Director Y`: the capitalised words right before
    a corporate title, after a sentence's start, a comma or a lowercase word, are the company it heads (a name no
    head word marks); not a place, a country's adjective, another body or a title."""
    text = doc.text
    known = next((o for o in doc.orgs if o.end == title_start - 1 and o.id in doc.entities), None)
    if known is not None and doc.entities[known.id].properties.get(Prop.KIND) in _HEADED_KINDS:
        return known  # `PETRONAS President and Group CEO, X`: a company a stage read, right before the title
    start, words, after_verb = title_start, 0, False
    while words < _MAX_COMPANY_WORDS and start >= 2 and text[start - 1] == " ":
        prev = _CAPITALISED_WORD.search(text, max(0, start - 40), start - 1)
        after_verb = prev is not None and prev.group(0) in _REPORTING_VERBS  # (`Said X chairman Y: …`: a verb)
        if (
            prev is None
            or after_verb
            or prev.group(0) in NOT_NAME_START
            or prev.group(0) in officials_en.DEMONYMS
            or (prev.group(0) in officials_en.RANKS_BEFORE_TITLES and (prev.group(0) != "Group" or words == 0))
        ):
            break  # (`Acting Chairman`, `Executive Director`, `President and Group CEO`: a rank, no company)
        start, words = prev.start(), words + 1
    if not words or start == title_start:
        return None
    before = text[max(0, start - 2) : start]
    after_word = after_verb or _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start) is not None
    # (`… were Vingroup Chairman`)
    opens = start == 0 or before[-1:] == "\n" or before in (". ", ", ", ": ", "; ") or after_word
    name = text[start : title_start - 1]
    overlaps = any(sp.start < title_start and start < sp.end for sp in doc.orgs) or any(
        sp.start == start and sp.end == title_start - 1 for sp in doc.places
    )  # (a place inside the name is the company's: `Vietnam Airlines`; a place alone is no company)
    if (
        not opens
        or overlaps
        or any(t.start() < title_start and start < t.end() for t in doc.titles.values() if t.start() != title_start)
    ):
        return None
    if name.split()[0] in ("The", "A", "An", "Its", "Their", "His", "Her") or name in officials_en.DEMONYMS:
        return None
    if all(w in officials_en.field_words(lex) or w == "and" for w in name.split()):
        return None  # `Agriculture Director X`: the head of a state department of that field, no company
    if words == 1 and not after_word and not name.isupper():
        return None  # (`Yesterday Chairman X`: one capitalised word opening a sentence says nothing)
    end = title_start - 1
    if (owner := _POSSESSIVE_END.search(name)) is not None:  # `Petrovia Oil's CEO X`: the company, not its `'s`
        name, end = name[: owner.start()], start + owner.start()
    org_id = f"org:{slug(name)}"
    span = Span(start, end, org_id, Label.ORGANIZATION, name, {"head": None, "place": None, "entry": None})
    doc.entity(org_id, Label.ORGANIZATION, name, properties={Prop.KIND: OrganizationKind.COMPANY}, at=start)
    doc.orgs.append(span)
    doc.orgs.sort(key=lambda sp: sp.start)
    return span


_BODY_RUN_THEN_END = re.compile(
    r" of (?:the )?([A-Z][\w&'’\-]*(?:(?: & | and | )[A-Z][\w&'’\-]*){0,5})(?=, [a-z]|,\n|[.;:]\s|[.;:]?$)", re.M
)
"""`of FCC Partners, said`: a capitalised run after a title's `of` that a clause's end closes (a comma then a
lowercase word, or a full stop), so no name of a holder after it can be inside."""
_FUNCTION_WORDS = frozenset(
    {"Marketing", "Sales", "Operations", "Engineering", "Human", "Product", "Products", "Supply", "Chain", "Customer"}
    | {"Corporate", "Services", "Logistics", "Procurement", "Legal", "Innovation", "Digital", "Data", "Risk"}
    | {"Compliance", "Quality", "Board", "Directors", "Management", "Communications", "Global", "Asia", "Pacific"}
)
"""Capitalised words of a company's own departments (`Director of Sales and Marketing`, `Chairman of the Board`):
after a corporate title they say which part of a company, not which company."""


def _company_after(doc: ArticleDoc, lex: Lexicon, role: Role, at: int) -> Span | None:
    """`CY Huang, Chairman of FCC Partners, said`, `X, CEO of Acme Robotics.`: after a name, a corporate title with
    no body a stage read, `of` and a capitalised run that ends its clause, is held at the company that run names (a
    name no head word such as `Group` or `Ltd` marks). Not a department (`Director of Sales and Marketing`), a place,
    a country's adjective, a field of government, nor one ordinary word (`Director of Operations`)."""
    run = _BODY_RUN_THEN_END.match(doc.text, at)
    if run is None or role.title.kind != TitleKind.CORPORATE or role.orgs or role.places or role.unnamed_body:
        return None
    start, end = run.span(1)
    name = run.group(1)
    words = [w for w in name.split() if w not in ("&", "and")]
    fields = officials_en.field_words(lex)
    if (
        any(sp.start < end and start < sp.end for sp in doc.orgs)
        or any(sp.start == start and sp.end == end for sp in doc.places)  # (a place inside is the name's: `X Vietnam`)
        or any(t.start() < end and start < t.end() for t in doc.titles.values())
        or all(w in fields or w in _FUNCTION_WORDS or w in officials_en.DEMONYMS for w in words)
        or (len(words) == 1 and not any(c.isupper() for c in name[1:]))  # (`VinFast`, `FPT`: one word, its own caps)
        or words[0] in NOT_NAME_START
    ):
        return None
    org_id = f"org:{slug(name)}"
    span = Span(start, end, org_id, Label.ORGANIZATION, name, {"head": None, "place": None, "entry": None})
    doc.entity(org_id, Label.ORGANIZATION, name, properties={Prop.KIND: OrganizationKind.COMPANY}, at=start)
    doc.orgs.append(span)
    doc.orgs.sort(key=lambda sp: sp.start)
    return span


def _inner_org(doc: ArticleDoc, title_start: int, title_end: int) -> Span | None:
    """An organisation whose name starts inside the title's words (`Phó Thủ tướng Chính phủ`)."""
    return next((o for o in doc.orgs if title_start < o.start < title_end <= o.end), None)


def _inner_province(doc: ArticleDoc, title_start: int, title_end: int) -> Span | None:
    """A province whose name starts inside the title's words and runs past them (`Phó Chủ tịch Khu tự trị` +
    `Khu tự trị dân tộc Choang Quảng Tây`): the title is held in that province, and the chain goes on after its
    name (before, it stopped inside the name, and the person after it was not read)."""
    return next(
        (p for p in doc.places if p.label == Label.PROVINCE and title_start < p.start < title_end < p.end), None
    )


def _share(roles: list[Role]) -> list[Role]:
    """`Tổng Bí thư, Chủ tịch nước Trung Quốc`: titles listed together share the organisation or country after them."""
    for i in range(len(roles) - 2, -1, -1):
        if not roles[i].orgs and not roles[i].places:
            roles[i].orgs, roles[i].places = list(roles[i + 1].orgs), list(roles[i + 1].places)
    return roles


_BRACKET_PLACE = re.compile(r"\s*\(\s*(?:bang|tỉnh|state of|province of)?\s*", re.I)


def _bracketed_place(doc: ArticleDoc, chain: Chain) -> None:
    """A place in brackets right after a name whose title names no body or place is where the role is."""
    if chain.name is None or not chain.roles or chain.roles[-1].orgs or chain.roles[-1].places:
        return
    m = _BRACKET_PLACE.match(doc.text, chain.name[1])
    if m is None:
        return
    place = doc.span_at(doc.places, m.end())
    if place is not None:
        chain.roles[-1].places.append(place)
