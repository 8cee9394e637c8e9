"""Whole-page regular expressions the engine can skip through: a guard against the cost the speed-ups took out.

Why: `re` finds where a match may begin by a literal prefix or a set of first characters (`_compile_info`); a
pattern that opens with a look-behind, `\\b`, a class it cannot use or an optional group has neither and is tried
at every position of the text. Over a page that is most of a stage's cost of a pattern (the 22nd and 23rd sessions'
speed-ups were mostly such patterns rewritten with `lexicon.by_first_letter`, or asked only when a word they need is
on the page). This test reads the loaders' source for scans of a whole page (`X.finditer(text)`, `X.search(doc.lower)`,
`X.findall(lower)`: one argument, the page's text or its lowercase) and asks each module-level pattern so used
whether the engine can skip through the page for it. The ones that cannot when this test was written are listed
(some only run after a cheap test of the page, some on a sentence kept in a variable named `text`); a new one fails.
Open it with its first letters (`lexicon.by_first_letter`) or ask it only where a word every match holds is on the
page, or, if neither can be done, add it below with the reason.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re

import loaders
from loaders.first_letters import compile_gated, is_gated

_compiler = importlib.import_module("re._compiler")  # (the engine's own reading of a pattern: `re.compile`'s)
_parser = importlib.import_module("re._parser")

_PAGE_NAMES = frozenset({"text", "lower"})
_SCANS = frozenset({"finditer", "search", "findall"})

KNOWN_SLOW = frozenset(
    {
        "loaders.cleaning._CLOCK_OR_DATE",
        "loaders.dates._ANNIVERSARY_COUNT",
    }
)
"""The page scans the engine cannot skip through when the test was written (to be taken off as they are opened by
their letters, gated by them or by a word; those `compile_gated` gated since are off)."""


def _is_page(node: ast.expr) -> bool:
    """`text`, `lower`, `doc.text` or `doc.lower`: the page (or, in some readers, a sentence named so)."""
    if isinstance(node, ast.Name):
        return node.id in _PAGE_NAMES
    return (
        isinstance(node, ast.Attribute)
        and node.attr in _PAGE_NAMES
        and isinstance(node.value, ast.Name)
        and node.value.id == "doc"
    )


def _skippable(pattern: re.Pattern[str]) -> bool:
    """Whether the compiled pattern has a literal prefix or a set of first characters (what `re` skips by)."""
    code = _parser.parse(pattern.pattern, pattern.flags)
    if code.getwidth()[0] == 0:
        return False
    prefix, _, _ = _compiler._get_literal_prefix(code, pattern.flags)
    return bool(prefix) or bool(_compiler._get_charset_prefix(code, pattern.flags))


def _page_scans() -> dict[str, re.Pattern[str]]:
    """Every module-level pattern of `loaders` scanned over a whole page somewhere, by its dotted name."""
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(loaders.__path__, "loaders."):
        module = importlib.import_module(info.name)
        if not module.__file__:
            continue
        with open(module.__file__, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _SCANS
                and isinstance(node.func.value, ast.Name)
                and len(node.args) == 1
                and not node.keywords
                and _is_page(node.args[0])
            ):
                continue
            pattern = getattr(module, node.func.value.id, None)
            if isinstance(pattern, re.Pattern):
                found[f"{info.name}.{node.func.value.id}"] = pattern
    return found


def test_the_probe_tells_a_pattern_the_engine_skips_through_from_one_it_tries_everywhere() -> None:
    assert _skippable(re.compile(r"visit(?:s|ing)?\b"))
    assert _skippable(re.compile(r"(?:v(?<!\w.)isit|t(?<!\w.)hăm)\b"))
    assert not _skippable(re.compile(r"\b(?:visit|thăm)\b"))
    assert not _skippable(re.compile(r"(?<!\w)visit"))
    assert not _skippable(re.compile(r"visit", re.I))
    assert not _skippable(re.compile(r"(?:the )?visit"))
    assert is_gated(compile_gated(r"\b(?:visit|thăm)\b"))  # (one class test fails a position: counted as skipped)
    assert not is_gated(re.compile(r"\b(?:visit|thăm)\b"))


def test_the_page_scans_are_found() -> None:
    scans = _page_scans()
    assert "loaders.entities.events.visits._VISIT_NAMED" in scans
    assert "loaders.entities.organizations_en.plural._ADJECTIVES_BEFORE" in scans


def test_no_new_whole_page_scan_is_tried_at_every_position() -> None:
    slow = {name for name, pattern in _page_scans().items() if not (_skippable(pattern) or is_gated(pattern))}
    new = sorted(slow - KNOWN_SLOW)
    assert not new, (
        f"whole-page patterns the regex engine must try at every position: {new}; open them with their first letters "
        "(`loaders.entities.lexicon.by_first_letter`), compile them gated by those letters (`loaders.first_letters."
        "compile_gated`) or scan only pages with a word every match holds"
    )


def test_the_known_slow_ones_are_still_slow() -> None:
    """The list names only page scans the engine still tries everywhere: one gated since is taken off it, so that
    the list says what is left to open (the 36th session gated all but these two, which open with a digit class)."""
    scans = _page_scans()
    still = {name for name in KNOWN_SLOW if name in scans and not (_skippable(scans[name]) or is_gated(scans[name]))}
    assert still == KNOWN_SLOW
