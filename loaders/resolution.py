"""Stage 6, resolution: one canonical entity per real thing, across articles, files and languages.

Ids are readable and deterministic (`person:nguyen-hong-dien` = `person:` +
the slug of the name; gazetteer ids for countries, provinces and known
organisations), so the same person or ministry read in two files, or in a
Vietnamese and an English article, meets on one id: the slug drops the
marks, so `Nguyen Hong Dien` and `Nguyễn Hồng Diên` have the same one. The
`Resolver` is kept by the caller across files: it keeps a canonical name
per id (the first spelling, replaced by a spelling with Vietnamese marks
when one comes later: `Nguyễn Hồng Diên` over `Nguyen Hong Dien`), adds the
others as aliases (with the unaccented form), and maps a later short form of
a person's name (`Helberg`, `ông Diên`) to the full name already read.

Why people need more than the slug: dropping the marks also makes different
names one (`Lê Văn Thành`, `Lê Văn Thanh`), and an unaccented English name
may belong to either. So the resolver remembers, per slug, each person read
(the marked spelling, when read, and the country of the roles) and:
- a marked spelling meets the person with the same spelling, or the one read
  only unaccented; a different marked spelling is another person;
- an unaccented spelling meets the one person it fits, and so does a half-marked one: a family name without its
  marks before marked given names (`Pham Minh Chính`, `Bui Thanh Sơn`: English pages that keep some marks) is no
  Vietnamese spelling to tell namesakes apart by, as `Phạm Minh Chính` read elsewhere is the same person (a family
  name that is written unmarked, `Phan Văn Giang`, is a full spelling);
- a name read with a role in another country than the person of that name
  already known (a Vietnamese minister, a foreign governor) is another person;
- the same words in another order (`Muto Yoji`, `Yoji Muto`) are one person;
- a Chinese official (roles in China) is one person in Hán-Việt, pinyin and
  characters (`Lý Cường`, `Li Qiang`, 李强): `loaders.transliteration` tells
  whether two names can be written with the same characters, and a new name
  meets the one Chinese official read in another script it fits. Pinyin can
  be generated from Hán-Việt (one-to-few), so a Hán-Việt name also gets its
  likeliest pinyin forms as aliases (what search finds); Hán-Việt cannot be
  generated from pinyin uniquely, so a pinyin name is matched, never expanded.
  A name that fits two known officials, or one known under another name in
  its own script (`Lê Cường` is not `Lý Cường`, though both read `Li Qiang`),
  is kept apart. Vietnamese officials are never transliterated: most
  Vietnamese names are Hán-Việt too.
Where the choice is not clear, nothing is merged: the new mention gets an id
of its own (`person:<slug>-<country>`, or `-unresolved`) and the case is
recorded in `ambiguities` and logged as a warning (shown by `edkg extract`
on stderr).

What a resolver remembers changes only through the questions the stages ask it (`canonical`, `person`,
`remember_role`, `role_org`, `name`). So a worker process of `edkg load --jobs N` writes them down with their
answers (`log`) and the main process asks its own resolver the same ones in input order (`replay`): the answers
agree, or every change is taken back (`checkpoint`, `take_back`: an undo step per change, so a replay costs what
the questions cost, however much is remembered) and the document is read again there (`loaders.parallel`).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar, cast

from core.text import fold, slug, strip_diacritics
from loaders import transliteration
from loaders.gazetteer import load_gazetteer
from loaders.int_table import HashSet
from loaders.models import Entity
from loaders.str_map import StrMap

log = logging.getLogger(__name__)
V = TypeVar("V")
Call = tuple[str, tuple[Any, ...], Any]
"""One question a stage asked the resolver: the method, its arguments, the answer (`Resolver.log`)."""
_ABSENT = object()
"""What `Resolver._setdefault` reads for a key a mapping does not hold."""
AMBIGUITIES_KEPT = 1_000
"""Ambiguities a resolver keeps as objects (`Resolver.ambiguities`); the others are logged and counted only."""
CHINA = "CN"
"""The country whose officials' names are read across Hán-Việt, pinyin and characters."""


def _is_han(text: str) -> bool:
    return len(text) > 1 and all("\u3400" <= c <= "\u9fff" for c in text)


def person_id(name: str) -> str:
    return f"person:{slug(name)}"


@cache
def _stripped_surnames() -> frozenset[str]:
    """Family names with their marks dropped that are no family name as written (`Pham`, `Bui`; not `Phan`)."""
    surnames = load_gazetteer().surnames
    return frozenset(plain for s in surnames if (plain := strip_diacritics(s)) != s and plain not in surnames)


def half_marked(name: str) -> bool:
    """Whether a name has marks on its given names but lost those of its family name (`Pham Minh Chính`)."""
    words = name.split()
    return len(words) > 1 and words[0] in _stripped_surnames() and strip_diacritics(name) != name


@dataclass(slots=True)
class Known:
    """One person read under a slug: the id given, the marked spelling (if read) and the roles' country."""

    id: str
    marked: str | None
    country: str | None


@dataclass(slots=True)
class ChineseNames:
    """A Chinese official and the forms of every name read for them (Hán-Việt, pinyin, characters)."""

    person: Known
    forms: list[transliteration.NameForms]


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A name that could be more than one person: kept apart, and why."""

    name: str
    candidates: tuple[str, ...]  # ids of the people it might be
    chosen: str  # the id it was given instead
    reason: str

    def __str__(self) -> str:
        return f"{self.name!r} kept as {self.chosen}: {self.reason} (also possible: {', '.join(self.candidates)})"


class Resolver:
    """Canonical names and aliases by id; kept across files (cheap: one small dict entry per entity)."""

    def __init__(self) -> None:
        # (`StrMap`s, not dicts: they hold every entity, name and role of the corpus, in every process of a load)
        self._names = StrMap()  # id -> canonical name
        self._roles = StrMap()  # (person id, title) -> organisation id
        self._people: dict[str, list[Known]] = {}  # slug -> people read under it
        self._by_words = StrMap()  # the name's words sorted -> slug (other word orders)
        self.ambiguities: list[Ambiguity] = []
        """The first AMBIGUITIES_KEPT ambiguities found (each is logged as it is found; `ambiguities_found` counts
        them all): a million synthetic articles find hundreds of thousands, each naming every namesake known."""
        self.ambiguities_found = 0
        self._reported = HashSet()  # the hashes of those found, so each is logged once (a list scan is quadratic)
        # the hash of each of transliteration.fit_keys of an official's first name read -> the official filed under
        # it, or a list of them (a hash, and one official without a list: most keys are one official's whole name,
        # and tuples of strings and a list for each cost ~160 bytes an official; a collision only adds a
        # candidate, which `compatible` turns away)
        self._chinese: dict[int, ChineseNames | list[ChineseNames]] = {}
        self._chinese_of: dict[str, ChineseNames] = {}  # person id -> the names read for them
        self._aliases: dict[str, list[str]] = {}  # id -> generated aliases (pinyin of a Hán-Việt name)
        self._undo: list[Callable[[], None]] | None = None  # while `checkpoint` is open: how to take back each change
        self._warnings: list[Ambiguity] = []  # ambiguities to log once the checkpoint is kept
        self.log: list[Call] | None = None
        """When a list, every question the stages ask (`canonical`, `person`, `remember_role`, `role_org`,
        `name`) is written down with its answer: a worker process's log, replayed in input order by the main
        process (`replay`, `loaders.parallel`)."""

    def replay(self, log: list[Call]) -> bool:
        """Ask this resolver a document's questions in order; whether every answer is the one in `log`.

        When it is, the document reads here as it read where `log` was written (a stage's output depends on the
        page and the resolver's answers only) and this resolver has learned what reading it here teaches; when
        not, the resolver is left as it was (its changes taken back) and the caller reads the document again."""
        self.checkpoint()
        for call in log:
            if self.answer(call) != call[2]:
                self.take_back()
                return False
        self.keep()
        return True

    def answer(self, call: Call) -> Any:
        """What this resolver answers to a question written down in a log (learning from it as the stage did)."""
        method, args, _ = call
        log, self.log = self.log, None
        try:
            if method == "canonical":
                entity_id, label, name, aliases = args
                named = self.canonical(Entity(entity_id, label, name, aliases=list(aliases)))
                return (named.name, tuple(named.aliases))
            return getattr(self, method)(*args)
        finally:
            self.log = log

    def checkpoint(self) -> None:
        """Start remembering how to take back every change, until `keep` or `take_back`.

        Why: `loaders.parallel` replays in input order what a worker process asked of its own resolver; when an
        answer differs from this resolver's, the document is read again here, from the state before it."""
        self._undo = []

    def keep(self) -> None:
        """Keep the changes since `checkpoint` (and log the ambiguities they found)."""
        self._undo = None
        for ambiguity in self._warnings:
            log.warning("ambiguous name: %s", ambiguity)
        self._warnings.clear()

    def take_back(self) -> None:
        """Undo every change since `checkpoint`, newest first: the resolver is as it was then."""
        undo, self._undo = self._undo or [], None
        for step in reversed(undo):
            step()
        self._warnings.clear()

    def _setdefault(self, mapping: MutableMapping[Any, V], key: Any, value: V) -> V:
        known = mapping.get(key, _ABSENT)  # (one lookup, not `in` then `[]`: a StrMap's costs a microsecond)
        if known is not _ABSENT:
            return cast(V, known)
        mapping[key] = value
        if self._undo is not None:
            self._undo.append(lambda: mapping.__delitem__(key))
        return value

    def _set(self, mapping: MutableMapping[Any, V], key: Any, value: V) -> None:
        if self._undo is not None:
            if key in mapping:
                old = mapping[key]
                self._undo.append(lambda: mapping.__setitem__(key, old))
            else:
                self._undo.append(lambda: mapping.__delitem__(key))
        mapping[key] = value

    def _append(self, items: list[V], item: V) -> None:
        items.append(item)
        if self._undo is not None:
            self._undo.append(lambda: items.__delitem__(-1))

    def _assign(self, person: Known, field: str, value: str | None) -> None:
        if self._undo is not None:
            old = getattr(person, field)
            self._undo.append(lambda: setattr(person, field, old))
        setattr(person, field, value)

    def canonical(self, entity: Entity) -> Entity:
        """The entity with its canonical name (the first one seen for its id, or a spelling with Vietnamese marks
        of it seen later) and the usual aliases."""
        asked = None if self.log is None else (entity.id, entity.label, entity.name, tuple(entity.aliases))
        first = self._setdefault(self._names, entity.id, entity.name)
        plain = strip_diacritics(first)
        if (
            entity.name != first
            and (first == plain or half_marked(first))
            and strip_diacritics(entity.name) == plain
            and not half_marked(entity.name)
        ):
            self._set(self._names, entity.id, entity.name)  # `Nguyễn Hồng Diên` after `Nguyen Hong Dien`
            first = entity.name
        if entity.name != first:
            entity.aliases.insert(0, entity.name)
            entity.name = first
        plain = strip_diacritics(entity.name)
        if plain != entity.name and plain not in entity.aliases:
            entity.aliases.append(plain)
        for alias in self._aliases.get(entity.id, ()):
            if alias != entity.name and alias not in entity.aliases:
                entity.aliases.append(alias)
        if asked is not None and self.log is not None:
            self.log.append(("canonical", asked, (entity.name, tuple(entity.aliases))))
        return entity

    def person(self, name: str, local: dict[str, str] | None = None, country: str | None = None) -> str:
        """The id for a person's name; a one-word name (a family name in Western order, a given name in
        Vietnamese) is mapped to the full name already read in this article (`local`: folded name -> id).
        `country` (ISO alpha-2) is the country of the roles the name was read with, if any."""
        pid = self._person(name, local, country)
        if self.log is not None:
            self.log.append(("person", (name, None if local is None else dict(local), country), pid))
        return pid

    def _person(self, name: str, local: dict[str, str] | None, country: str | None) -> str:
        key = fold(name)
        if local is not None:
            if key in local:
                return local[key]
            if " " not in key:
                hits = {pid for full, pid in local.items() if key in full.split()}
                if len(hits) == 1:
                    return hits.pop()
        if " " not in key and not _is_han(key):
            return person_id(name)
        return self._full_name(name, key, country)

    def _full_name(self, name: str, key: str, country: str | None) -> str:
        name_slug = slug(name)
        words = " ".join(sorted(key.split()))
        if name_slug not in self._people:
            name_slug = self._setdefault(self._by_words, words, name_slug)
        known = self._setdefault(self._people, name_slug, [])
        chinese = transliteration.forms(name) if country == CHINA else None
        if chinese is None:
            marked = name if strip_diacritics(name) != name and not half_marked(name) else None
            return self._by_slug(name, name_slug, known, marked, country)
        others: list[ChineseNames] = []
        if not known:  # a name not read before: the official read in another script, if exactly one fits
            others = self._chinese_fits(chinese)
            if len(others) == 1:  # every name read for them agrees with this one (`Lí Cường` with `Lý Cường`)
                person = others[0].person
                self._append(known, person)
                self._chinese_seen(person, chinese)
                return self._take(person, country)
        # Tone marks in pinyin are no Vietnamese spelling to tell namesakes apart by.
        marked = name if strip_diacritics(name) != name and chinese.script != "pinyin" else None
        pid = self._by_slug(name, name_slug, known, marked, country)
        if len(others) > 1:
            self._report(
                Ambiguity(
                    name,
                    tuple(sorted(o.person.id for o in others)),
                    pid,
                    "fits several Chinese officials read in another script",
                )
            )
        person = next(k for k in known if k.id == pid)
        self._chinese_seen(person, chinese)
        return pid

    def _chinese_fits(self, chinese: transliteration.NameForms) -> list[ChineseNames]:
        """The Chinese officials every name of whom can be written with the same characters as this one."""
        # Looked up by whole names (`fit_probes`), which find every official `compatible` with this name; of those,
        # the ones that share a surname key with it (`index_keys`, how officials were gathered before the finer
        # keys: the same officials fit, measured on the same corpora, the import files byte for byte).
        surnames = transliteration.index_keys(chinese)
        seen: dict[str, ChineseNames] = {}
        for key in transliteration.fit_probes(chinese):
            filed = self._chinese.get(hash(key))
            for entry in () if filed is None else filed if isinstance(filed, list) else (filed,):
                seen.setdefault(entry.person.id, entry)
        return [
            e
            for e in seen.values()
            if any(surnames & transliteration.index_keys(f) for f in e.forms)
            and all(transliteration.compatible(f, chinese) for f in e.forms)
        ]

    def _file(self, key: int, entry: ChineseNames) -> None:
        """File an official under a key of `_chinese` (alone, or in a list once a second comes)."""
        filed = self._chinese.get(key)
        if filed is None:
            self._set(self._chinese, key, entry)
        elif isinstance(filed, list):
            self._append(filed, entry)
        else:
            self._set(self._chinese, key, [filed, entry])

    def _chinese_seen(self, person: Known, chinese: transliteration.NameForms) -> None:
        """Remember a name read for a Chinese official (indexed for names read later in another script) and
        give a Hán-Việt name its likeliest pinyin forms, a name in characters both readings, as aliases."""
        entry = self._chinese_of.get(person.id)
        if entry is None:
            entry = ChineseNames(person, [])
            self._set(self._chinese_of, person.id, entry)
        if any(f.source == chinese.source for f in entry.forms):
            return
        if not entry.forms:  # filed under its first name only: a fitting name must fit that one too
            for key in transliteration.fit_keys(chinese):
                self._file(hash(key), entry)
        self._append(entry.forms, chinese)
        if chinese.script == "hanviet":
            generated = transliteration.pinyin_candidates(chinese.source)
        elif chinese.script == "han" and (readings := transliteration.han_readings(chinese.source)) is not None:
            generated = [*readings.hanviet, *readings.pinyin]
        else:
            generated = []
        aliases = self._setdefault(self._aliases, person.id, [])
        for alias in generated:
            if alias not in aliases:
                self._append(aliases, alias)

    def _by_slug(self, name: str, name_slug: str, known: list[Known], marked: str | None, country: str | None) -> str:
        """The person of a full name among those read under its slug (the namesake rules above)."""
        fits = [k for k in known if k.country is None or country is None or k.country == country]
        if marked is not None:
            same = [k for k in fits if k.marked == marked]
            unmarked = [k for k in fits if k.marked is None]
            if same:
                return self._take(same[0], country)
            if len(unmarked) == 1 and not any(k.marked for k in known):
                self._assign(unmarked[0], "marked", marked)
                return self._take(unmarked[0], country)
            reason = (
                "known with a role in another country"
                if any(k.marked == marked for k in known)
                else "several people have this unaccented name"
                if len(unmarked) > 1
                else "another spelling with Vietnamese marks is known"
                if any(k.marked for k in known)
                else "known with a role in another country"
            )
        else:
            if len(fits) == 1:
                return self._take(fits[0], country)
            reason = "several people have this unaccented name" if fits else "known with a role in another country"
        if not known:
            return self._new(known, f"person:{name_slug}", marked, country)
        pid = self._new_id(name_slug, marked, country, known)
        self._report(Ambiguity(name, tuple(k.id for k in known), pid, reason))
        return self._new(known, pid, marked, country)

    def _take(self, person: Known, country: str | None) -> str:
        if (kept := person.country or country) != person.country:
            self._assign(person, "country", kept)
        return person.id

    def _new(self, known: list[Known], pid: str, marked: str | None, country: str | None) -> str:
        existing = next((k for k in known if k.id == pid), None)
        if existing is None:
            self._append(known, Known(pid, marked, country))
        return pid

    @staticmethod
    def _new_id(name_slug: str, marked: str | None, country: str | None, known: list[Known]) -> str:
        """An id of its own for a person kept apart: by country, else by the marked spelling, else unresolved."""
        taken = {k.id for k in known}
        for suffix in (
            country.lower() if country else None,
            hashlib.sha256(marked.encode("utf-8")).hexdigest()[:6] if marked else None,
            "unresolved",
        ):
            if suffix and f"person:{name_slug}-{suffix}" not in taken:
                return f"person:{name_slug}-{suffix}"
        return f"person:{name_slug}-unresolved"

    def _report(self, ambiguity: Ambiguity) -> None:
        key = hash(ambiguity)
        if key in self._reported:
            return
        self._reported.add(key)
        self.ambiguities_found += 1
        if len(self.ambiguities) < AMBIGUITIES_KEPT:
            self._append(self.ambiguities, ambiguity)
        if self._undo is None:
            log.warning("ambiguous name: %s", ambiguity)
        else:
            self._undo.append(lambda: self._forget(key))
            self._warnings.append(ambiguity)

    def _forget(self, key: int) -> None:
        """Take back an ambiguity's report (its entry in `ambiguities` is taken back by its own undo step)."""
        self._reported.discard(key)
        self.ambiguities_found -= 1

    def remember_role(self, person: str, title: str, org: str) -> None:
        """Remember where a person holds a title, for a later article that names the title alone."""
        self._setdefault(self._roles, (person, title), org)
        if self.log is not None:
            self.log.append(("remember_role", (person, title, org), None))

    def role_org(self, person: str, title: str) -> str | None:
        org = self._roles.get((person, title))
        if self.log is not None:
            self.log.append(("role_org", (person, title), org))
        return org

    def name(self, entity_id: str) -> str | None:
        """The canonical name of an id already seen."""
        name = self._names.get(entity_id)
        if self.log is not None:
            self.log.append(("name", (entity_id,), name))
        return name
