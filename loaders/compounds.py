"""Vietnamese compound words that hold `tiếp` without meaning "receive (a guest)".

`tiếp` alone is the verb of a reception (`Bộ trưởng A tiếp Đại sứ B`), but it is also a syllable of common compound
words: `tiếp xúc` (contact), `tiếp tục` (go on), `tiếp cận` (access), `tiếp nhận` (take in), `tiếp thị`
(marketing), `trực tiếp` (direct), `liên tiếp` (in a row) … Two stages must tell them apart: the events stage (a
reception trigger) and cleaning (a photo caption that tells a meeting is story, not furniture). Cleaning sits below
the entity stages, so the syllables are spelt here, once, at cleaning's level, and each stage builds the pattern it
needs from them.
"""

from __future__ import annotations

TIEP_COMPOUND_AFTER: tuple[str, ...] = (
    "xúc", "tục", "cận", "nhận", "theo", "nối", "giáp", "thị", "thu", "diễn", "sức", "tế", "quản", "vận", "liệu",
    "viện", "tuyến",
)  # fmt: skip
"""Second syllables after `tiếp` that make a compound word (`tiếp xúc cấp cao`, `tiếp giáp`, `tiếp tế`, `tiếp vận`)."""

TIEP_COMPOUND_BEFORE: tuple[str, ...] = ("trực", "gián", "kế", "liên")
"""First syllables before `tiếp` that make a compound word (`trực tiếp`, `gián tiếp`, `kế tiếp`, `liên tiếp`)."""


def tiep_compound_after_alternation() -> str:
    """The second syllables as one regex alternation (no group), for a lookahead or a match after `tiếp`."""
    return "|".join(TIEP_COMPOUND_AFTER)


def tiep_compound_before_lookbehinds() -> str:
    """One negative lookbehind per first syllable (Python's lookbehinds are fixed-width, so one each)."""
    return "".join(f"(?<!{syllable} )" for syllable in TIEP_COMPOUND_BEFORE)
