"""`PhraseFinder`: literal phrases found as whole words in one pass (Aho-Corasick), leftmost-longest.

Why not a regex alternation: Python's `re` tries every alternative at every
position of the text, which made the keyword scans of the agreement and event
stages the slowest part of the pipeline; an automaton reads the text once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import ahocorasick

_M = TypeVar("_M", bound=tuple[Any, ...])


class PhraseFinder:
    def __init__(self, phrases: Iterable[tuple[str, str]], *, lowercase: bool = True) -> None:
        """`phrases`: (phrase, tag) pairs; with `lowercase`, phrases are lowercased and matched on lowercased text."""
        self.lowercase = lowercase
        self._automaton = ahocorasick.Automaton()
        for phrase, tag in phrases:
            key = phrase.lower() if lowercase else phrase
            self._automaton.add_word(key, (len(key), tag))
        self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, tag) of each whole-word match, leftmost-longest, in order. `text` is already
        lowercased when the finder is (offsets must match the original text)."""
        n = len(text)
        found = []
        for end_idx, (length, tag) in self._automaton.iter(text):
            start, end = end_idx + 1 - length, end_idx + 1
            if (start and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
                continue
            found.append((start, end, tag))
        return leftmost_longest(found)


def leftmost_longest(matches: list[_M]) -> list[_M]:
    """Non-overlapping matches, each `(start, end, …)`: at each start the longest, earlier starts first.

    Why one function: every stage that finds names (places, agreements, topics, phrases) resolves overlaps
    the same way, so `Hải Nam` never fires inside `Chính quyền nhân dân tỉnh Hải Nam` twice."""
    out, last_end = [], -1
    for match in sorted(matches, key=lambda m: (m[0], -m[1])):
        if match[0] >= last_end:
            out.append(match)
            last_end = match[1]
    return out


def matches_on_cued_lines(
    pattern: re.Pattern[str], text: str, cue: re.Pattern[str], reach: int = 0
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, read only on the lines where `cue` is found: the same matches, in order, when
    every match of `pattern` lies within one line and holds a match of `cue`, and its lookarounds read at most
    `reach` characters past the end of its line. Why: a pattern with no literal to start from (a lowercase word,
    two hundred demonyms) is tried at every position of the text, though it can match only where its word is;
    the cue, a literal, is found fast, and the lines without it are never read by the pattern. Exact: the
    matches of a line are those of the whole text there (no match crosses a newline, so the scan of the whole
    text enters each line afresh), and lookbehinds still see what comes before the line's start."""
    line_end = -1
    for found in cue.finditer(text):
        if found.start() < line_end:
            continue  # (a second cue of a line already read)
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.start())
        if line_end < 0:
            line_end = len(text)
        for m in pattern.finditer(text, line_start, min(len(text), line_end + 1 + reach)):
            if m.start() >= line_end:
                break  # (a match of the next line, read there if that line has its cue)
            yield m
