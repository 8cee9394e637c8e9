"""The compact near-duplicate index finds what the dict-of-lists index it replaced found.

`Reference` below is the index as it was before it was made compact (dicts of id strings and lists of ids per
shingle); both read the same few hundred synthetic articles with exact copies, near-copies (a word changed, the
end cut off) and articles made by hand, and must give the same answer for each.
"""

from __future__ import annotations

import random

import pytest

from loaders.int_table import IntTable
from loaders.models import Article
from loaders.splitting import DedupIndex, make_article
from loaders.synth import article_text


class Reference:
    """The earlier DedupIndex: every article id a string, every shingle's articles a list."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._exact: dict[str, str] = {}
        self._by_shingle: dict[int, list[str]] = {}
        self._sizes: dict[str, int] = {}
        self._common: set[int] = set()

    def check(self, article: Article) -> str | None:
        if article.text_hash in self._exact:
            return self._exact[article.text_hash]
        keys = DedupIndex._keys(article.text) - self._common
        counts: dict[str, int] = {}
        for key in keys:
            for other in self._by_shingle.get(key, ()):
                counts[other] = counts.get(other, 0) + 1
        for other, shared in sorted(counts.items(), key=lambda kv: -kv[1]):
            smaller, larger = sorted((len(keys), self._sizes[other]))
            if smaller and shared / smaller >= self.threshold and smaller / larger >= self.threshold:
                return other
        self._exact[article.text_hash] = article.id
        self._sizes[article.id] = len(keys)
        for key in keys:
            posting = self._by_shingle.setdefault(key, [])
            posting.append(article.id)
            if len(posting) > DedupIndex._COMMON:
                self._common.add(key)
                del self._by_shingle[key]
        return None


def _articles(count: int, seed: int) -> list[Article]:
    """Synthetic articles, one in ten an exact copy of an earlier one, one in ten a near-copy, a few by hand."""
    rng = random.Random(seed)
    out: list[Article] = []
    for i in range(count):
        text = article_text(seed, i)
        roll = rng.random()
        if i > 5 and roll < 0.1:
            text = article_text(seed, rng.randrange(i))
        elif i > 5 and roll < 0.2:
            words = article_text(seed, rng.randrange(i)).split(" ")
            at = rng.randrange(len(words))
            words[at] += "x"
            if rng.random() < 0.5:
                words = words[: int(len(words) * rng.uniform(0.6, 1.0))]
            text = " ".join(words)
        article = make_article(text, f"{i}.txt")
        if roll > 0.97:  # an Article made by hand: an id and a text hash of other forms
            article = Article(id=f"hand-{i % 7}", title="t", text=text, text_hash=f"h{i % 11}", source_file="x")
        out.append(article)
    return out


def test_same_answers_as_the_reference_on_copies_and_near_copies():
    articles = _articles(600, seed=3)
    compact, reference = DedupIndex(), Reference()
    got = [compact.check(a) for a in articles]
    want = [reference.check(a) for a in articles]
    assert got == want
    exact = sum(1 for a, g in zip(articles, got, strict=True) if g and g == a.id)
    assert exact >= 30, "exact copies were found"
    assert sum(1 for a, g in zip(articles, got, strict=True) if g and g != a.id) >= 20, "near-copies were found"
    assert sum(1 for g in got if g and g.startswith("hand-")) >= 1, "a hand-made id is given back as it was"


def test_common_shingles_are_dropped_the_same_way():
    """Two hundred copies of one template with one word changed each: shingles pass the cap and are dropped."""
    base = article_text(5, 1).split(" ")
    articles = []
    for i in range(200):
        words = list(base)
        words[(i * 7) % len(words)] = f"từ{i}"
        articles.append(make_article(" ".join(words[: len(words) - (i % 40)]), f"{i}.txt"))
    compact, reference = DedupIndex(threshold=0.95), Reference(threshold=0.95)
    assert [compact.check(a) for a in articles] == [reference.check(a) for a in articles]
    assert compact._common == reference._common and compact._common


def test_int_table_grows_overwrites_and_takes_any_64_bit_key():
    table = IntTable(capacity=4)
    rng = random.Random(7)
    want: dict[int, int] = {}
    for i in range(5000):
        key = rng.randrange(-(1 << 63), 1 << 63) if i % 3 else rng.randrange(64)  # small keys collide in the mask
        want[key] = i
        table.set(key, i)
    assert len(table) == len(want)
    assert all(table.get(k) == v for k, v in want.items())
    assert table.get(1 << 62 | 12345) == -1 and (1 << 62 | 12345) not in table
    with pytest.raises(ValueError):
        table.set(1, -1)
