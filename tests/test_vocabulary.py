"""The `.cypher` files speak only the vocabulary of `core.vocabulary`, and the API's allow-lists are its own.

Why a test: a label or a relationship type misspelt in a Cypher file (`:Organisation`, `[:PARTY]`) is not a
syntax error; the query just matches nothing. Every label (`(n:Label)`, `(:A|B)`, `WHERE n:Label`),
relationship type (`-[:TYPE]->`, `-[r:A|B*1..3]-`) and the type or label names compared as strings
(`type(r) <> 'MENTIONED_IN'`, `'Ministry' IN labels(n)`) of every file under `cypher/` must be a member
of `Label` or `RelType`. And no Python module of the product spells a label or a relationship type as a
string outside core/vocabulary.py (a short list of words of text excepted). No server needed.
"""

from __future__ import annotations

import ast
import re
from importlib import resources
from pathlib import Path

import pytest

from api import deps
from api.errors import InvalidParameter
from core import vocabulary
from core.vocabulary import Label, RelType
from graph import model

_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_NAME = r"`?[A-Za-z_]\w*`?"
_EXPR = rf"!?{_NAME}(?:\s*[|&:]\s*!?{_NAME})*"
"""A label or type expression: `A`, `A|B`, `A:B`, `A&!B`."""
_REL = re.compile(rf"-\[\s*\w*\s*:\s*({_EXPR})")
"""`-[:TYPE]`, `<-[r:A|B*1..3]`: a relationship pattern starts with `-[`, a list with `[` alone."""
_REL_PATTERN = re.compile(r"-\[[^\]]*\]")
"""A whole relationship pattern, blanked once its types are read (its `r:TYPE` is not a label predicate)."""
_NODE = re.compile(rf"\(\s*\w*\s*:\s*({_EXPR})")
"""`(n:Label`, `(:A|B {`: a colon right after the opening parenthesis (and a variable) is a label."""
_PREDICATE = re.compile(rf"(?<![\w.$])[a-z_]\w*:({_EXPR})")
"""`WHERE n:Ministry`: a variable, a colon and a name with no space between (map keys are written `key: value`)."""
_TYPE_STRING = re.compile(
    r"type\(\w+\)\s*(?:=|<>)\s*'(\w+)'|'(\w+)'\s+IN\s+labels\(|labels\(\w+\)\s*(?:=|<>)\s*'(\w+)'"
)
_PLACEHOLDER = re.compile(r"^__[A-Z]+__$")
"""`__LABEL__`, `__TYPE__`: filled by graph.writer with a name checked against the vocabulary."""

LABELS = {label.value for label in Label}
REL_TYPES = {rel.value for rel in RelType}


def _cypher_files() -> list[str]:
    root = resources.files("cypher")
    found: list[str] = []

    def walk(folder, prefix: str) -> None:  # type: ignore[no-untyped-def]
        for entry in folder.iterdir():
            if entry.is_dir():
                walk(entry, f"{prefix}{entry.name}/")
            elif entry.name.endswith(".cypher"):
                found.append(f"{prefix}{entry.name}")

    walk(root, "")
    return sorted(found)


CYPHER_FILES = _cypher_files()


def names_used(text: str) -> tuple[set[str], set[str]]:
    """The labels and relationship types a Cypher text names (placeholders and dynamic `$(…)` left out)."""
    text = _COMMENT.sub(" ", text)
    labels: set[str] = set()
    types: set[str] = set()
    for match in _TYPE_STRING.finditer(text):
        rel, label, label_eq = match.groups()
        if rel:
            types.add(rel)
        labels.update(x for x in (label, label_eq) if x)
    text = _STRING.sub("''", text)

    def split(expression: str) -> set[str]:
        return {part.strip("`!") for part in re.split(r"[|&:]", expression) if part.strip("`! ")}

    for match in _REL.finditer(text):
        types |= split(match.group(1))
    text = _REL_PATTERN.sub(" ", text)
    for pattern in (_NODE, _PREDICATE):
        for match in pattern.finditer(text):
            labels |= split(match.group(1))
    return (
        {x for x in labels if not _PLACEHOLDER.match(x)},
        {x for x in types if not _PLACEHOLDER.match(x)},
    )


def test_there_are_cypher_files_to_check() -> None:
    assert len(CYPHER_FILES) > 40
    assert "schema.cypher" in CYPHER_FILES and "write/merge_relations.cypher" in CYPHER_FILES


@pytest.mark.parametrize("name", CYPHER_FILES)
def test_cypher_file_uses_only_the_vocabulary(name: str) -> None:
    import cypher

    labels, types = names_used(cypher.read(name))
    assert labels <= LABELS, f"{name}: unknown labels {sorted(labels - LABELS)}"
    assert types <= REL_TYPES, f"{name}: unknown relationship types {sorted(types - REL_TYPES)}"


def test_the_files_name_the_whole_vocabulary() -> None:
    """The parser is not blind: across the files every label and relationship type shows up."""
    import cypher

    labels: set[str] = set()
    types: set[str] = set()
    for name in CYPHER_FILES:
        more_labels, more_types = names_used(cypher.read(name))
        labels |= more_labels
        types |= more_types
    assert labels == LABELS
    assert types == REL_TYPES


@pytest.mark.parametrize(
    ("text", "labels", "types"),
    [
        ("MATCH (n:Organisation {id: $id}) RETURN n", {"Organisation"}, set()),
        (
            "MATCH (a:Agreement)<-[:PARTY|PARTY_TO]-(:Province:Capital) RETURN a",
            {"Agreement", "Province", "Capital"},
            {"PARTY", "PARTY_TO"},
        ),
        ("MATCH (n) WHERE n:Ministery RETURN n {.id, labels: labels(n)}", {"Ministery"}, set()),
        ("MATCH p = (a)-[r:ATTENDS*1..3]-(b) RETURN [x IN nodes(p) | x.id]", set(), {"ATTENDS"}),
        ("MATCH (s)-[r]->(t) WHERE type(r) <> 'MENTION_IN' RETURN r", set(), {"MENTION_IN"}),
        ("MATCH (n) WHERE 'Minstry' IN labels(n) RETURN n", {"Minstry"}, set()),
        ("MERGE (n:__LABEL__ {id: row.id}) SET n:$($extra) // (x:Commented)", set(), set()),
        ("RETURN {id: 'org:moit', kind: 'x:Y'} AS m", set(), set()),
    ],
)
def test_the_parser_finds_what_a_file_names(text: str, labels: set[str], types: set[str]) -> None:
    """An unknown label or type written in any of the usual places is found (so the check above fails)."""
    assert names_used(text) == (labels, types)


def test_an_unknown_label_fails_the_check() -> None:
    labels, _ = names_used("MATCH (p:Provinse)-[:IN_COUNTRY]->(c:Country) RETURN p")
    assert not labels <= LABELS


def test_the_api_allow_lists_are_the_vocabulary() -> None:
    """The API checks every label and relationship type of a request against these tuples and no others."""
    assert model.ALL_RELATIONSHIP_TYPES is vocabulary.ALL_RELATIONSHIP_TYPES
    assert model.NODE_LABELS is vocabulary.NODE_LABELS
    assert model.check_relationship_type is vocabulary.check_relationship_type
    assert deps.rel_types(None) == list(vocabulary.FACT_TYPES)
    assert deps.rel_types(",".join(vocabulary.ALL_RELATIONSHIP_TYPES)) == list(vocabulary.ALL_RELATIONSHIP_TYPES)
    assert deps.node_labels(",".join(vocabulary.NODE_LABELS)) == list(vocabulary.NODE_LABELS)
    for unknown in ("LISTED", "PARTY", "party_to"):
        with pytest.raises(InvalidParameter):
            deps.rel_types(unknown)
    for unknown in ("Source", "Organisation"):
        with pytest.raises(InvalidParameter):
            deps.node_labels(unknown)


def test_members_are_their_strings() -> None:
    """A member is usable wherever its text is: in f-strings, dict keys, JSON and driver parameters."""
    assert f"{Label.PROVINCE}" == "Province" and str(RelType.PARTY_TO) == "PARTY_TO"
    assert {"Province": 1}[Label.PROVINCE] == 1
    assert set(vocabulary.ID_PREFIXES) == set(vocabulary.NODE_LABELS)
    assert set(vocabulary.FACT_TYPES) | {vocabulary.PROVENANCE_TYPE, *vocabulary.WATCH_RELATIONSHIP_TYPES} == REL_TYPES
    assert set(vocabulary.NODE_LABELS) | set(vocabulary.WATCH_LABELS) | {Label.WRITE_LOCK} == LABELS


def test_the_gazetteer_kinds_are_the_vocabulary() -> None:
    """The kinds the gazetteer's files give organisations and titles are members (the extractor compares them)."""
    import csv
    from importlib import resources as res

    def kinds(name: str) -> set[str]:
        text = res.files("loaders").joinpath(f"gazetteers/{name}").read_text(encoding="utf-8")
        return {row["kind"] for row in csv.DictReader(text.splitlines())}

    assert kinds("organizations.csv") <= {k.value for k in vocabulary.OrganizationKind}
    assert kinds("titles.csv") == {k.value for k in vocabulary.TitleKind}


ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "loaders", "graph", "api", "edkg")
SPELLED_OUT_OK: dict[tuple[str, str], str] = {
    ("loaders/entities/organizations_en/heads.py", "Ministry"): "an English head word of a body's name "
    "(`Ministry of …`)",
    ("loaders/entities/organizations_en/heads.py", "Organization"): "an English head word (`World Trade Organization`)",
    ("loaders/entities/places.py", "Province"): "an English word that marks a place name (`Guangxi Province`)",
    ("loaders/entities/places.py", "Agreement"): "an English word a document's name goes on with after its partners "
    "(`the Vietnam-Laos Agreement`)",
    ("graph/captions.py", "Agreement"): "the caption's display word for the agreement type, not the label",
}
"""String literals equal to a label or a relationship type that are words of text, not the vocabulary (one
occurrence each)."""


def spelled_out(source: str) -> list[tuple[int, str]]:
    """The string literals of a module equal to a `Label` or `RelType` value: (line, text). Docstrings and the
    names listed in `__all__` (Python names, such as graph.model's `LISTED`) are not literals of the graph."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            skip.update(id(c) for c in ast.walk(node.value))
    names = LABELS | REL_TYPES
    return sorted(
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in names
        if id(node) not in skip
    )


def _modules() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


def test_labels_and_relationship_types_are_spelled_only_in_the_vocabulary() -> None:
    """A stage, a route or a query builder names `Label.AGREEMENT`, `RelType.PARTY_TO`; the text is written
    once, in core/vocabulary.py (a typo in a member is an AttributeError, in a string a silent miss)."""
    found: dict[tuple[str, str], list[int]] = {}
    for path in _modules():
        name = path.relative_to(ROOT).as_posix()
        if name == "core/vocabulary.py":
            continue
        for line, text in spelled_out(path.read_text(encoding="utf-8")):
            found.setdefault((name, text), []).append(line)
    # an exemption covers its one occurrence: a second `"Province"` in places.py is a label again
    unexpected = {
        f"{name}:{lines}: {text!r}"
        for (name, text), lines in found.items()
        if (name, text) not in SPELLED_OUT_OK or len(lines) > 1
    }
    assert not unexpected, f"use the core.vocabulary member instead: {sorted(unexpected)}"
    stale = set(SPELLED_OUT_OK) - set(found)
    assert not stale, f"exemptions no longer needed, remove them: {sorted(stale)}"


def test_the_spelling_check_finds_a_literal() -> None:
    """The check is not blind: a literal type or label in a stage is found; docstrings and `__all__` are not."""
    source = '''"""Writes PARTY_TO."""
__all__ = ["LISTED"]
def stage(doc):
    """Agreement"""
    doc.relate("PARTY_TO", "a", "b")
    return {"label": "Agreement", "kind": "mou"}
'''
    assert spelled_out(source) == [(5, "PARTY_TO"), (6, "Agreement")]
