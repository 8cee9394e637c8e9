"""`PhraseFinder`: literal phrases found as whole words in one pass (Aho-Corasick), leftmost-longest.

Why not a regex alternation: Python's `re` tries every alternative at every
position of the text, which made the keyword scans of the agreement and event
stages the slowest part of the pipeline; an automaton reads the text once.
"""
from __future__ import annotations

from collections.abc import Iterable

import ahocorasick


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
            found.append((start, -end, tag))
        found.sort()
        out, last_end = [], -1
        for start, neg_end, tag in found:
            if start >= last_end:
                out.append((start, -neg_end, tag))
                last_end = -neg_end
        return out
