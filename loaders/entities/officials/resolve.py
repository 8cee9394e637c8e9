"""Resolving mentions to people: every name read, whole or in part (`short_forms`), becomes a person's span, bare
titles go to the person already named, and each person's roles are added.

The step between reading the chains and writing the roles, kept apart from both."""

from __future__ import annotations

import re
from collections import Counter

from core.text import fold, strip_diacritics
from core.vocabulary import Label, Prop
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials.deputies import bodies_of_deputies
from loaders.entities.officials.holding import _add_roles, bodies_of_acronyms
from loaders.entities.officials.page import _home_iso
from loaders.entities.officials.record import Role
from loaders.entities.officials.short_forms import (
    _PATRONYMIC,
    _lone_name,
    _short_forms,
    _shorter_form_of,
    _tail_of,
    misspelt_form_of,
    without_middle_initials,
    written_in_full,
)
from loaders.entities.officials.styles import styled_form
from loaders.letters import LOWER, UPPER


def _cut_by_the_page_end(text: str, end: int) -> bool:
    """A name that runs to the end of a text ending with no punctuation, its last word the beginning of a longer
    word the text has before: the page was cut inside that word (`… Thị trưởng Willia`, after `William Mark X`),
    so the words read are no name. (A whole name the cut follows, `… with Prime Minister Yoshihiko Noda`, stays.)"""
    if text[end:].strip() or text.rstrip().endswith(_CLOSING_MARKS):
        return False
    last = text[:end].rsplit(None, 1)[-1]
    return re.search(r"(?<!\w)" + re.escape(last) + r"\w", text[: end - len(last)]) is not None


_CLOSING_MARKS = tuple(".!?…\"”’')]»")


def _resolve(
    doc: ArticleDoc,
    lex: Lexicon,
    found: list[tuple[int, int, list[Role]]],
    introduced: frozenset[int] | set[int] = frozenset(),
) -> None:
    text = doc.text
    found = [f for f in found if not _cut_by_the_page_end(text, f[1])]
    usual = _usual_spellings([text[start:end] for start, end, _ in found])
    local: dict[str, str] = {}
    names: dict[str, str] = {}
    countries: dict[str, str] = {}  # folded name -> the country of its roles, which tells namesakes apart
    given: set[str] = set()  # one-word names the page brackets after a full name (`Joko Widodo (Jokowi)`)
    for start, end, roles in found:
        country = next((c for r in roles if (c := _role_country(doc, r))), None)
        if country:
            countries.setdefault(fold(text[start:end]), country)
    # Full names first so that a later short form (`Helberg`) finds them.
    # (a first name and patronymic last: the full name it stands for is read first, whatever their lengths)
    for start, end, roles in sorted(found, key=lambda f: (bool(_PATRONYMIC.search(text[f[0] : f[1]])), f[0] - f[1])):
        name = text[start:end]
        if " " not in name:
            if (roles or start in introduced) and fold(name) not in local and _lone_name(doc, lex, start, end):
                full = written_in_full(doc, lex, name)  # `Ambassador Salem` after `…, Mahmoud Salem, …`
                if full is not None and fold(full) not in local:
                    pid = doc.resolver.person(full, local, countries.get(fold(name)))
                    local[fold(full)] = local[fold(name)] = pid
                    names.setdefault(pid, full)
            if not roles:
                continue
        bracketed = _bracketed_after(doc, found, local, start, end) if " " not in name else None
        if bracketed is not None:  # `President Jokowi` after `Joko Widodo (Jokowi)`: the name the page gave him
            local.setdefault(fold(name), bracketed)
            given.add(name)
            continue
        tail = _tail_of(local, fold(name))
        if tail is None and name.split()[0] not in lex.plain_surnames:
            tail = _shorter_form_of(local, fold(name))
        if tail is None and fold(name) not in local:
            tail = misspelt_form_of(local, fold(name))
        if tail is not None:  # `Minister Tuan Anh` after `Tran Tuan Anh`: the given names alone
            local.setdefault(fold(name), tail)
            continue
        name = usual.get(name, name)  # `Nguyễn Hồng Điên` once on a page that writes `Nguyễn Hồng Diên` elsewhere
        pid = doc.resolver.person(name, local, countries.get(fold(name)))
        if " " in name:
            local.setdefault(fold(name), pid)
            names.setdefault(pid, name)
    roles_by_person: dict[str, list[tuple[int, Role]]] = {}
    for start, end, roles in found:
        name = text[start:end]
        pid = doc.resolver.person(name, local)
        if pid not in names:
            if " " not in name and not (
                (roles or start in introduced)
                and _lone_name(doc, lex, start, end)
                and not any(full.endswith(" " + fold(name)) for full in local)  # (two people's: whose, unsaid)
            ):
                continue  # a lone word that names nobody known
            names[pid] = name
        doc.people.append(Span(start, end, pid, Label.OFFICIAL, name))
        roles_by_person.setdefault(pid, []).extend((start, r) for r in roles)
        short = without_middle_initials(names[pid])
        styled = styled_form(doc, start, name)  # (`Md. X Y`: the style a page writes with the name, another name)
        written = _written_form(name, names[pid])  # (`Lula da Silva` of `Luiz Inácio Lula da Silva`)
        aliases = [a for a in (short, styled, written, name if name in given else None) if a]
        doc.entity(pid, Label.OFFICIAL, names[pid], aliases=aliases, at=start)
    for span in doc.bare_titles:
        span.id = _bare_title_person(doc, span, roles_by_person) or ""
        if span.id:
            doc.entity(span.id, Label.OFFICIAL, names[span.id], at=span.start)
            doc.people.append(Span(span.start, span.end, span.id, Label.OFFICIAL, span.text, {"bare": True}))
    _short_forms(doc, lex, names)
    doc.people.sort(key=lambda sp: sp.start)
    for placed_roles in roles_by_person.values():
        bodies_of_acronyms(doc, placed_roles)
    bodies_of_deputies(doc, roles_by_person)
    for pid, placed_roles in roles_by_person.items():
        _add_roles(doc, lex, pid, placed_roles)


_BRACKETED_NAME = re.compile(rf"[{UPPER}][{LOWER}'’\-]{{2,}}")
"""A one-word name in brackets after a person's full name (`Joko Widodo (Jokowi)`): a capital, then lowercase letters
(not an acronym: `Hun Sen (CPP)`)."""


def _bracketed_after(
    doc: ArticleDoc, found: list[tuple[int, int, list[Role]]], local: dict[str, str], start: int, end: int
) -> str | None:
    """The person a one-word name stands for when the page writes it in brackets right after that person's full
    name (`Indonesian President Joko Widodo (Jokowi) received …`, later `President Jokowi said`): the name the page
    itself gives him, which no part of his full name is, so the later mention was read as another person. None
    when the word is a place, a body or a title, or the page brackets it after no full name read."""
    text = doc.text
    word = text[start:end]
    if not _BRACKETED_NAME.fullmatch(word):
        return None
    written = f" ({word})"
    key = fold(word)
    for s, e, _ in found:
        if " " in text[s:e] and text.startswith(written, e):
            if doc.span_at(doc.places, e + 2) or doc.span_at(doc.orgs, e + 2) or doc.title_at(e + 2):
                return None
            pid = local.get(fold(text[s:e]))
            if pid is not None and key not in local:
                return pid
    return None


def _usual_spellings(read: list[str]) -> dict[str, str]:
    """A full name written once with one syllable's marks slipped, on a page that writes it another way at least
    twice (`Nguyễn Hồng Điên`, `Nguyên Hồng Diên` beside `Nguyễn Hồng Diên`): that spelling -> the usual one.

    Why: the page's person is resolved by the first of its spellings read, and the resolver keeps namesakes apart
    by their marks (`Nguyễn Thanh Phong`, `Nguyễn Thành Phong`), so a slip read first made the page's person another
    one than every other page's. Two spellings each written more than once stay as written (namesakes one mark
    apart, both named on the page), and so does a spelling with no marks at all (an English form)."""
    counts = Counter(name for name in read if " " in name)
    by_key: dict[str, list[str]] = {}
    for name in counts:
        by_key.setdefault(fold(name), []).append(name)
    usual: dict[str, str] = {}
    for spellings in by_key.values():
        if len(spellings) < 2:
            continue
        top = max(spellings, key=lambda s: counts[s])
        if counts[top] < 2 or sum(counts[s] == counts[top] for s in spellings) > 1:
            continue
        for other in spellings:
            if other != top and counts[other] == 1 and _one_syllable_apart(other, top):
                usual[other] = top
    return usual


def _one_syllable_apart(a: str, b: str) -> bool:
    """Two spellings of one folded name whose words differ in one word only (so in that word's marks only), each
    written with marks (`Nguyễn Hồng Điên`, `Lê Văn Thanh` for `Lê Văn Thành`; not a plain `Hong Dien`)."""
    words_a, words_b = a.split(), b.split()
    return (
        len(words_a) == len(words_b)
        and sum(x != y for x, y in zip(words_a, words_b, strict=True)) == 1
        and strip_diacritics(a) != a
        and strip_diacritics(b) != b
    )


def _written_form(name: str, full: str) -> str | None:
    """A shorter name of two words or more the page writes for a person it names in full too (`Lula da Silva` for
    `Luiz Inácio Lula da Silva`, `Tengku Zafrul` for `Zafrul Tengku Abdul Aziz`): an alias, as the page itself
    calls him so and readers (and search) look him up by it. A lone word is no alias (`Lula`: anyone's)."""
    if " " not in name or fold(name) == fold(full):
        return None
    return name


def _role_country(doc: ArticleDoc, role: Role) -> str | None:
    """The country (ISO alpha-2) a role is in: its country, its organisation's, its province's."""
    for place in role.places:
        props = place.data["entry"].properties
        if props.get(Prop.ISO2) or props.get(Prop.COUNTRY):
            return str(props.get(Prop.ISO2) or props.get(Prop.COUNTRY))
    for org in role.orgs:
        ent = doc.entities.get(org.id)
        if ent is not None and ent.properties.get(Prop.COUNTRY):
            return str(ent.properties[Prop.COUNTRY])
    return None


def _bare_title_person(doc: ArticleDoc, span: Span, roles_by_person: dict[str, list[tuple[int, Role]]]) -> str | None:
    """The person a title without a name refers to: same title (and organisation when given), the nearest
    one named before; else the only one with that title in the article."""
    roles: list[Role] = span.data["roles"]
    if not roles:
        return None
    want = roles[0]
    want_orgs = {o.id for o in want.orgs}
    # `Thủ tướng` with no body or country in a Vietnamese article is the home country's, never a foreign one's
    home = _home_iso(doc) if doc.article.lang == "vi" and not want.orgs and not want.places else None
    candidates = []
    for pid, items in roles_by_person.items():
        for start, role in items:
            if role.title.title_vi != want.title.title_vi:
                continue
            if want_orgs and not want_orgs & {o.id for o in role.orgs}:
                continue
            if home and (country := _role_country(doc, role)) and country != home:
                continue
            candidates.append((start, pid))
    before = [c for c in candidates if c[0] < span.start]
    if before:
        return max(before)[1]
    distinct = {pid for _, pid in candidates}
    if len(distinct) == 1:
        return distinct.pop()
    if candidates and doc.sentence_index(span.start) <= 1:
        return min(candidates)[1]  # a headline's `Thủ tướng tiếp …`: the first one the article then names
    return None
