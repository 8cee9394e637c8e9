"""One body, one node: the entities of one body written in several ways on a page (with or without its place, its
legal form, its short form) are made one.

The last step of the stage (and of the English one), apart because it reads the entities, not the text."""

from __future__ import annotations

import functools
import itertools
import re

from core.text import fold
from core.vocabulary import Label, Prop, RelType
from loaders.entities.doc import ArticleDoc
from loaders.entities.organizations.words import _LEGAL_FORM
from loaders.first_letters import compile_gated

# --- one body, one node ------------------------------------------------------
_LEGAL_FORM_LAST = compile_gated(rf"(?:{_LEGAL_FORM.pattern}|,? (?:Plc|Berhad|Bhd)(?![\w.]))$")
_LEGAL_FORM_FIRST = re.compile(r"^Công ty (?:CP|cổ phần|Cổ phần|TNHH(?: MTV)?) (?=(?:Tập đoàn|Tổng công ty) )")
"""A company's legal form before the head of its name (`Công ty CP Tập đoàn X`: the group X is the company)."""


def _written_forms(name: str, aliases: list[str]) -> set[str]:
    """Every way the stage wrote a body (its name, its aliases: without its country, unaccented, its short form),
    each also without a legal form (`X Foods, Inc` is `X Foods`), folded."""
    out: set[str] = set()
    for form in (name, *aliases):
        out.update(_keys_of(form))
    out.discard("")
    return out


@functools.lru_cache(maxsize=8192)
def _keys_of(form: str) -> tuple[str, str, str]:
    """One written form folded as it is, without a legal form after it, and without one before it. Cached (the page's
    bodies are asked again on every page that names them): `_LEGAL_FORM_LAST`, anchored at the end, is tried at
    every position of the name."""
    return fold(form), fold(_without_legal_form(form)), fold(_LEGAL_FORM_FIRST.sub("", form))


@functools.lru_cache(maxsize=8192)
def _without_legal_form(form: str) -> str:
    """A name without its legal form after it (`X Foods, Inc` -> `X Foods`), cached for the reason `_keys_of` is."""
    return _LEGAL_FORM_LAST.sub("", form)


_PLACE_BEFORE = frozenset(
    {"of", "in", "the", "tai", "o", "cua", "tinh", "thanh", "pho", "tp", "bang", "province", "city"}
)
_PLACE_AFTER = frozenset({"province", "city", "prefecture", "state"})
_PLACE_CONNECTORS = frozenset({"of", "in", "tai", "o", "cua"})


def _page_places(doc: ArticleDoc) -> frozenset[str]:
    """The names of the countries and provinces the page named (with their aliases), folded."""
    return frozenset(
        fold(form)
        for ent in doc.entities.values()
        if ent.label in (Label.COUNTRY, Label.PROVINCE)
        for form in (ent.name, *ent.aliases)
    )


@functools.lru_cache(maxsize=64)
def _place_ends(places: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of a page's place names (a frozenset keeps its hash: asked once per page)."""
    return frozenset(p.split(" ")[0] for p in places), frozenset(p.split(" ")[-1] for p in places)


def _is_places(words: list[str], places: frozenset[str]) -> bool:
    """One place, or two the name is between (`vietnam laos`, what `Vietnam-Laos` folds to)."""
    firsts, lasts = _place_ends(places)
    if words[0] not in firsts or words[-1] not in lasts:
        return False  # (most runs of a name: no place begins or ends them, said before every cut is joined)
    return " ".join(words) in places or any(
        " ".join(words[:cut]) in places and " ".join(words[cut:]) in places for cut in range(1, len(words))
    )


def _without_place(name: str, places: frozenset[str], vietnamese: bool) -> set[str]:
    """A body's name without the place it names (`Hội đồng tỉnh X` -> `hoi dong tinh`, `Joint Working Group of X
    province` -> `joint working group`, `A-B Joint Committee` -> `joint committee`), folded: how the page may write
    the same body again once the place is said (not when what is left names a place). A place right after an English name is the name's (`X Cambodia`,
    a subsidiary of X), as after a Vietnamese one-word brand; after a Vietnamese head and name it says whose the
    body is (`Tập đoàn X Nhật Bản`)."""
    words = fold(name).split()
    out: set[str] = set()
    for cut in range(1, len(words)):
        rest = words[cut:]
        if not (rest[0] in _PLACE_CONNECTORS or (vietnamese and cut >= 2)):
            rest = []
        while rest and rest[0] in _PLACE_BEFORE:
            rest = rest[1:]
        while rest and rest[-1] in _PLACE_AFTER:
            rest = rest[:-1]
        if rest and _is_places(rest, places):
            out.add(" ".join(words[:cut]))
        if _is_places(words[:cut], places):
            out.add(" ".join(words[cut:]))
    return {bare for bare in out if not _names_a_place(bare.split(), places)}


def _names_a_place(words: list[str], places: frozenset[str]) -> bool:
    """A name that still names a place once one is taken off is another body (`Hội hữu nghị A – B tỉnh C`, a
    province's chapter, and `Hội hữu nghị A – B`, the national association)."""
    return any(" ".join(words[i:j]) in places for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _where(doc: ArticleDoc, org_id: str) -> tuple[str | None, frozenset[str]]:
    """A body's country and the provinces its name put it in: two bodies of two places are never one."""
    ent = doc.entities[org_id]
    provinces = frozenset(
        target
        for rel_type, source, target in doc.relations
        if rel_type == RelType.BASED_IN and source == org_id and target.startswith("province:")
    )
    return ent.properties.get(Prop.COUNTRY), provinces


def _may_be_one(one: tuple[str | None, frozenset[str]], other: tuple[str | None, frozenset[str]]) -> bool:
    return not (one[0] and other[0] and one[0] != other[0]) and not (one[1] and other[1] and one[1] != other[1])


def _keeper(doc: ArticleDoc, group: list[str], bare: set[str]) -> str:
    """The node a body's mentions meet on: a body the gazetteer knows (its id is every page's), else one not named
    only without its place (`Hội đồng tỉnh`, another page's council too), else one that has its country (`X Foods
    Nhật Bản`), else the shortest name (`X Foods` before `X Foods, Inc`), the shortest id (`so-ngoai-vu-vn-03`)."""
    known = doc.lexicon.gaz.organizations
    return min(
        group,
        key=lambda oid: (
            oid not in known,
            oid in bare,
            not doc.entities[oid].properties.get(Prop.COUNTRY),
            len(doc.entities[oid].name),
            len(oid),
            oid,
        ),
    )


def one_node_per_body(doc: ArticleDoc) -> None:
    """Within one page the mentions of one body are one entity: two organisations one of which the page writes as the
    other is written (the same name; the name plus its legal form, `X Foods, Inc`; plus its country, `X Foods Nhật
    Bản`, an alias the stage gave it; a short form in brackets the page defined) are one node, the others' names its
    aliases, so that a party, a post or a participant read on either meets on it. Not two of two countries or two
    provinces, nor two bodies the gazetteer knows apart; a name that could be either of two bodies stays apart."""
    orgs = [e for e in doc.entities.values() if e.label == Label.ORGANIZATION and e.id.startswith("org:")]
    if len(orgs) < 2:
        return
    known = doc.lexicon.gaz.organizations
    forms = {e.id: _written_forms(e.name, e.aliases) for e in orgs}
    places = {e.id: _where(doc, e.id) for e in orgs}
    partners: dict[str, set[str]] = {e.id: set() for e in orgs}
    page_places = _page_places(doc)
    vietnamese = doc.article.lang != "en"
    placeless = {e.id: _without_place(_without_legal_form(e.name), page_places, vietnamese) for e in orgs}
    bare: set[str] = set()
    for one, other in itertools.combinations(orgs, 2):
        if (one.id in known and other.id in known) or not _may_be_one(places[one.id], places[other.id]):
            continue
        if (
            fold(one.name) in forms[other.id]
            or fold(other.name) in forms[one.id]
            or (one.id not in known and fold(one.name) in placeless[other.id])
            or (other.id not in known and fold(other.name) in placeless[one.id])
        ):
            bare.update(e.id for e, o in ((one, other), (other, one)) if fold(e.name) in placeless[o.id])
            partners[one.id].add(other.id)
            partners[other.id].add(one.id)
    groups: dict[str, set[str]] = {}
    for oid in partners:  # (in the order the page names them)
        mates = partners[oid]
        if not mates or any(not _may_be_one(places[a], places[b]) for a, b in itertools.combinations(mates, 2)):
            continue
        group = set().union(*(groups.get(m, {m}) for m in (oid, *mates)))
        if sum(m in known for m in group) > 1 or any(
            not _may_be_one(places[a], places[b]) for a, b in itertools.combinations(sorted(group), 2)
        ):
            continue
        for member in group:
            groups[member] = group
    merged = {frozenset(g) for g in groups.values()}
    moved: dict[str, str] = {}
    for members in sorted(merged, key=sorted):
        keep = _keeper(doc, sorted(members), bare)
        for drop in sorted(members - {keep}):
            doc.merge_entity(drop, keep)
            moved[drop] = keep
    if moved:
        for span in doc.orgs:
            span.id = moved.get(span.id, span.id)
        if doc.main_ministry in moved:
            doc.main_ministry = moved[doc.main_ministry]
