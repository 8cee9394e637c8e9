"""The text keys of `core.text`, under their old address.

Why kept: a few extraction modules still import them from here; they are the
same functions (one fold, one memo), not copies.
"""

from core.text import fold, normalize, slug, strip_diacritics

__all__ = ["fold", "normalize", "slug", "strip_diacritics"]
