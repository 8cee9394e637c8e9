"""The layers hold: no import runs upward, and no two modules import each other, not even inside a function.

Why a test: an upward import (the graph layer reaching for the command line's settings) or a loop hidden in
function-local imports works until someone moves a line, and then fails at import time in a place far from
the change. The order, lowest first:

    core < cypher < loaders < graph < api < edkg

`core` (settings, errors, vocabulary, text keys) imports nothing of the project; `cypher` only reads its
`.cypher` files; `loaders` reads and extracts; `graph` writes and reads Neo4j (it consumes the loaders'
extractions); `api` serves the graph; `edkg` is the command line, the roof. Every `import` and `from …
import` of every module of these packages is read with `ast` (module level, in functions, in classes,
under `if TYPE_CHECKING`). No server needed.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.settings import PROJECT_ROOT

LAYERS = ("core", "cypher", "loaders", "graph", "api", "edkg")
"""Lowest first: a module may import its own package and the packages before it, never one after it."""


@dataclass(frozen=True, slots=True)
class Import:
    source: str  # the importing module
    target: str  # the module imported (a package's `__init__` is the package's name)
    line: int
    local: bool  # inside a function or a class, not at module level

    def __str__(self) -> str:
        where = "in a function" if self.local else "at module level"
        return f"{self.source} -> {self.target} (line {self.line}, {where})"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    """Every Python module of the layered packages, by dotted name."""
    modules = {}
    for package in LAYERS:
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            if "static" not in path.relative_to(PROJECT_ROOT).parts:
                modules[_module_name(path)] = path
    return modules


MODULES = project_modules()


def _imports_of(name: str, path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    local_nodes = {
        id(node)
        for scope in ast.walk(tree)
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda))
        for node in ast.walk(scope)
        if node is not scope
    }
    found = []
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: from the package of this module, `level - 1` packages up
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            # `from pkg import sub` imports the package and, when `sub` is a module, the module too
            targets = [module, *(f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in MODULES)]
        for target in targets:
            if target.split(".")[0] in LAYERS:
                found.append(Import(name, target, node.lineno, id(node) in local_nodes))  # type: ignore[attr-defined]
    return found


IMPORTS = [imp for name, path in MODULES.items() for imp in _imports_of(name, path)]


def _layer(module: str) -> int:
    return LAYERS.index(module.split(".")[0])


def import_cycles(imports: list[Import]) -> list[list[str]]:
    """The strongly connected components of more than one module (each is at least one cycle)."""
    graph: dict[str, set[str]] = {}
    for imp in imports:
        if imp.target in MODULES and imp.target != imp.source:
            graph.setdefault(imp.source, set()).add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph.get(node, ())):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def test_the_walk_sees_every_package_and_local_imports() -> None:
    """Not vacuous: every layer has modules, and function-local imports are told apart from the others."""
    assert {name.split(".")[0] for name in MODULES} == set(LAYERS)
    assert len(MODULES) > 100
    assert any(imp.local for imp in IMPORTS) and any(not imp.local for imp in IMPORTS)


def test_no_import_runs_upward() -> None:
    upward = [str(imp) for imp in IMPORTS if _layer(imp.target) > _layer(imp.source)]
    assert not upward, "imports from a lower layer into a higher one:\n" + "\n".join(upward)


def test_the_ground_floor_imports_nothing_of_the_project() -> None:
    outside = [str(imp) for imp in IMPORTS if imp.source.startswith("core") and not imp.target.startswith("core")]
    assert not outside, "\n".join(outside)


def test_no_import_cycle() -> None:
    cycles = import_cycles(IMPORTS)
    assert not cycles, "modules importing each other (directly or round a loop):\n" + "\n".join(
        " <-> ".join(c) for c in cycles
    )


@pytest.mark.parametrize(
    ("imports", "cycles"),
    [
        ([Import("edkg.cli", "edkg.cli.load_cmds", 1, False), Import("edkg.cli.load_cmds", "edkg.cli", 9, True)], 1),
        ([Import("graph.rows", "loaders.models", 1, False), Import("api.main", "graph.rows", 1, False)], 0),
    ],
)
def test_the_cycle_finder_finds_a_loop_through_a_function(imports: list[Import], cycles: int) -> None:
    assert len(import_cycles(imports)) == cycles


def test_an_upward_import_would_be_seen() -> None:
    """`_layer` orders the packages as documented (a graph module importing the API would be caught)."""
    assert _layer("graph.rows") < _layer("api.convert") < _layer("edkg.cli")
    assert _layer("core.vocabulary") < _layer("cypher") < _layer("loaders.models") < _layer("graph.model")
