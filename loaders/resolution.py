"""Stage 6, resolution: one canonical entity per real thing, across articles and files.

Ids are readable and deterministic (`person:nguyen-hong-dien` = `person:` +
the slug of the name; gazetteer ids for countries, provinces and known
organisations), so the same person or ministry read in two files meets on one
id. The `Resolver` is kept by the caller across files: it remembers the first
spelling of each id as the canonical name, adds the others as aliases (with
the unaccented form and the gazetteer's English forms), and maps a later short
form of a person's name (`Helberg`, `ông Diên`) to the full name already read.
"""
from __future__ import annotations

import functools

from loaders.models import Entity
from loaders.text import fold, slug, strip_diacritics

_plain = functools.lru_cache(maxsize=65536)(strip_diacritics)


def person_id(name: str) -> str:
    return f"person:{slug(name)}"


class Resolver:
    """Canonical names and aliases by id; kept across files (cheap: one small dict entry per entity)."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}
        self._roles: dict[tuple[str, str], str] = {}

    def canonical(self, entity: Entity) -> Entity:
        """The entity with its canonical name (the first one seen for its id) and the usual aliases."""
        first = self._names.setdefault(entity.id, entity.name)
        if entity.name != first:
            entity.aliases.insert(0, entity.name)
            entity.name = first
        plain = _plain(entity.name)
        if plain != entity.name and plain not in entity.aliases:
            entity.aliases.append(plain)
        return entity

    def person(self, name: str, local: dict[str, str] | None = None) -> str:
        """The id for a person's name; a one-word name (a family name in Western order, a given name in
        Vietnamese) is mapped to the full name already read in this article (`local`: folded name -> id)."""
        key = fold(name)
        if local is not None:
            if key in local:
                return local[key]
            if " " not in key:
                hits = {pid for full, pid in local.items() if key in full.split()}
                if len(hits) == 1:
                    return hits.pop()
        return person_id(name)

    def remember_role(self, person: str, title: str, org: str) -> None:
        """Remember where a person holds a title, for a later article that names the title alone."""
        self._roles.setdefault((person, title), org)

    def role_org(self, person: str, title: str) -> str | None:
        return self._roles.get((person, title))

    def name(self, entity_id: str) -> str | None:
        """The canonical name of an id already seen."""
        return self._names.get(entity_id)
