"""Which language an article is in: `vi` or `en`, the two the sources publish in.

Why a hand-made detector and not a library: the choice is between two
languages that look nothing alike in writing, it runs on every article, and
a dependency would be heavier than the rule. Three signals, each cheap:
letters only Vietnamese uses (`ă`, `ơ`, `ư`, `đ`, the tone-marked vowels),
frequent Vietnamese function words, frequent English function words.
Function words catch what letters miss: Vietnamese typed without diacritics
(`cua Bo Cong Thuong`, still Vietnamese) and English quoting Vietnamese
names (`Nguyễn Hồng Diên said…`, still English).
"""

from __future__ import annotations

import re

from core.text import strip_diacritics

VI, EN = "vi", "en"

_VI_MARKED = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_VI_LETTERS = re.compile(f"[{_VI_MARKED}{_VI_MARKED.upper()}]")
"""Both cases written out rather than `re.I`, which lowercases every character it tries (a fifth more work; the same
104 code points match, checked over all of Unicode)."""
_WORD = re.compile(r"[^\W\d_]+")
# Frequent words, written without diacritics so that unaccented Vietnamese counts too; rarely English words.
_VI_WORDS = frozenset(
    [
        "cua",
        "va",
        "cac",
        "nhung",
        "duoc",
        "trong",
        "cho",
        "voi",
        "tai",
        "nay",
        "la",
        "mot",
        "khong",
        "da",
        "se",
        "dang",
        "cung",
        "ve",
        "theo",
        "tu",
        "den",
        "khi",
        "nhu",
        "hai",
        "ben",
        "nam",
        "thang",
        "ngay",
        "bo",
        "truong",
        "thu",
        "tuong",
        "viec",
        "nuoc",
        "dong",
        "thoi",
        "hop",
        "tac",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "on",
        "for",
        "with",
        "that",
        "is",
        "was",
        "are",
        "were",
        "be",
        "by",
        "at",
        "as",
        "from",
        "this",
        "which",
        "has",
        "have",
        "said",
        "will",
        "its",
        "an",
        "it",
        "their",
        "between",
    ]
)
_SAMPLE = 4000  # characters: the head of an article is enough
_LETTER_SHARE = 0.015  # Vietnamese prose has several marked letters per sentence; English quoting names far fewer


_EN, _VI = 1, 2


class _Signals(dict[str, int]):
    """A word as written -> its signals (`_EN` if it is a frequent English word lowercased, `_VI` if a frequent
    Vietnamese one without its marks, both, or 0), each word weighed once: the same words come back in every
    article, and lowercasing and stripping each of them again cost most of `detect_lang`."""

    _LIMIT = 1 << 16

    def __missing__(self, word: str) -> int:
        lower = word.lower()
        value = (_EN if lower in _EN_WORDS else 0) | (_VI if strip_diacritics(lower) in _VI_WORDS else 0)
        if len(self) >= self._LIMIT:  # (names and rare words: bounded, the frequent ones come back at once)
            self.clear()
        self[word] = value
        return value


_SIGNALS = _Signals()


def detect_lang(text: str) -> str:
    """`vi` or `en` for a text (`en` for text with neither signal: the extractor's English rules are the generic ones)."""
    sample = text[:_SAMPLE]
    words = _WORD.findall(sample)
    if not words:
        return VI if _VI_LETTERS.search(sample) else EN
    signals = list(map(_SIGNALS.__getitem__, words))  # (each distinct word weighed once: a dict lookup, in C)
    both = signals.count(_EN | _VI)
    en = signals.count(_EN) + both
    vi = signals.count(_VI) + both
    if vi > 2 * en or vi < en:  # (the words alone decide: the marked letters are counted only between the two)
        return VI if vi > en else EN
    return VI if len(_VI_LETTERS.findall(sample)) > _LETTER_SHARE * len(sample) else EN
