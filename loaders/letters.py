"""Regex character classes of upper- and lowercase Latin letters, Vietnamese ones included.

Why not `[A-ZÀ-Ỹ]`: that range runs through lowercase letters too (`à`, `đ`,
`ạ` lie between `À` and `Ỹ`), and Python's `re` has no `\\p{Lu}`.
"""

from __future__ import annotations

_LATIN = [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]

UPPER = "".join(chr(c) for c in _LATIN if chr(c).isupper())
LOWER = "".join(chr(c) for c in _LATIN if chr(c).islower())
