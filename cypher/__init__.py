"""All Cypher text of the project, in `.cypher` files, read through this module.

Why files: the same text serves the code, Neo4j Browser (copy, paste, run) and
reviewers; nothing builds Cypher by concatenating user input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_HEADER_FIELD = re.compile(r"^//\s*@(\w+)\s*:?\s*(.*)$")


def read(name: str) -> str:
    """The text of `cypher/<name>` (e.g. "schema.cypher", "queries/mou_partners.cypher")."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """The file's statements, split on `;` at line ends, comments removed."""
    lines = [line for line in read(name).splitlines() if not line.lstrip().startswith("//")]
    return [stmt.strip() for stmt in re.split(r";\s*(?:\n|$)", "\n".join(lines)) if stmt.strip()]


@dataclass(frozen=True, slots=True)
class SavedQuery:
    """A saved query with the header fields `// @title`, `// @answers`, `// @param name: meaning`."""

    name: str
    title: str
    answers: str
    params: dict[str, str]
    text: str


@lru_cache
def saved_query(name: str) -> SavedQuery:
    text = read(f"queries/{name}.cypher")
    title, answers, params = name, "", {}
    for line in text.splitlines():
        match = _HEADER_FIELD.match(line.strip())
        if not match:
            continue
        key, value = match.groups()
        if key == "title":
            title = value
        elif key == "answers":
            answers = value
        elif key == "param":
            pname, _, meaning = value.partition(":")
            params[pname.strip()] = meaning.strip()
    return SavedQuery(name=name, title=title, answers=answers, params=params, text=text)


def saved_query_names() -> list[str]:
    folder = resources.files(__name__).joinpath("queries")
    return sorted(p.name[: -len(".cypher")] for p in folder.iterdir() if p.name.endswith(".cypher"))
