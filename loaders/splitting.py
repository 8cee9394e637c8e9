"""Stage 3, splitting: `CleanDocument` -> `Article`s with sentences, and duplicate detection.

Takes the cleaned blocks of one page and gives its articles: a new article
starts after an explicit end (`/.`, `Nguồn:`, a copyright line) or after a
removed related-news list, when what follows reads as an article (a headline
and real paragraphs). Each article gets an id from its normalised text, a
title, the outlet and date the page stated, and sentences with offsets.

`DedupIndex` is kept by the caller across files: an article already read (the
same text, or the same text with tiny differences: a caption less, a typo)
is flagged `duplicate_of` the first one, so the graph stores it once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from zlib import crc32

from loaders.cleaning import Block, CleanDocument
from loaders.letters import UPPER
from loaders.models import Article, Sentence, is_synthetic

_MIN_ARTICLE_CHARS = 200
_TITLE_MAX_WORDS = 40

# Abbreviations after which a full stop does not end a sentence.
_PUNCT = re.compile(r"[^\w\s]+")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_ABBREV = frozenset(
    [
        "tp",
        "tx",
        "tt",
        "ts",
        "ths",
        "pgs",
        "gs",
        "bs",
        "ks",
        "ls",
        "nxb",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "co",
        "ltd",
        "inc",
        "corp",
        "jr",
        "sr",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "v.v",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
    ]
)
_BOUNDARY = re.compile(rf"[.!?…]+[\"”’»)]*(?=\s|[{UPPER}\"“(])|;(?=\s)")
_UPPER_START = re.compile(rf"\s*[\"“‘(«\[]?[{UPPER}0-9]")


def split_articles(doc: CleanDocument) -> list[Article]:
    """Group the blocks of one cleaned page into articles (without duplicate flags; see DedupIndex)."""
    groups: list[list[Block]] = []
    for block in doc.blocks:
        if not block.lines:
            if groups:  # a lone `Nguồn:` or dateline: it belongs to the article before it
                _absorb_meta(groups[-1][-1], block)
            else:
                groups.append([block])
            continue
        starts_new = (
            groups and any(b.lines for b in groups[-1]) and (groups[-1][-1].ends_article or block.after_furniture)
        )
        if starts_new and _article_like(block):
            groups.append([block])
        elif starts_new and block.after_furniture:
            continue  # what is left after a teaser list and is no article: furniture
        elif groups:
            groups[-1].append(block)
        else:
            groups.append([block])
    articles = []
    for group in groups:
        lines = [line for b in group for line in b.lines]
        if not lines:
            continue
        outlet = next((b.outlet for b in group if b.outlet), None)
        date = next((b.date for b in group if b.date), None)
        articles.append(make_article("\n".join(lines), doc.source, outlet=outlet, date=date))
    return articles


def make_article(
    text: str,
    source_file: str,
    *,
    outlet: str | None = None,
    date: str | None = None,
    title: str | None = None,
    url: str | None = None,
    lang: str = "vi",
) -> Article:
    """An Article from cleaned text: id and hash from the normalised text, title, sentences."""
    text_hash = hashlib.sha256(normalised(text).encode("utf-8")).hexdigest()
    sentences = list(split_sentences(text))
    return Article(
        id=f"article:{text_hash[:16]}",
        title=title or _title(text, sentences),
        text=text,
        text_hash=text_hash,
        source_file=source_file,
        outlet=outlet,
        url=url,
        date=date,
        lang=lang,
        synthetic=is_synthetic(text),
        sentences=sentences,
    )


def normalised(text: str) -> str:
    """The text an article is identified by: case-folded, whitespace collapsed (the text is NFC already).

    Why not `core.text.fold`: diacritics tell Vietnamese words apart, and
    folding every character of every article is the slowest step there is.
    """
    return " ".join(text.casefold().split())


def _absorb_meta(into: Block, meta: Block) -> None:
    into.outlet = into.outlet or meta.outlet
    into.date = into.date or meta.date
    into.ends_article = into.ends_article or meta.ends_article


def _article_like(block: Block) -> bool:
    """A headline and paragraphs, not a stray caption: enough text in more than one line or sentence."""
    chars = sum(len(line) for line in block.lines)
    if chars < _MIN_ARTICLE_CHARS:
        return False
    return len(block.lines) >= 2 or len(list(split_sentences(block.lines[0]))) >= 2


def _title(text: str, sentences: list[Sentence]) -> str:
    first = text.split("\n", 1)[0].strip()
    if len(first.split()) <= _TITLE_MAX_WORDS:
        return first
    sentence = sentences[0].text if sentences else first
    return sentence if len(sentence) <= 200 else sentence[:197].rsplit(" ", 1)[0] + "…"


def split_sentences(text: str) -> Iterator[Sentence]:
    """Vietnamese-aware sentences with offsets in `text`.

    Breaks at line ends, at `.`, `!`, `?`, `…` followed by a capital (even
    without a space, `kinh doanh.Ghi nhận`), and at `;` between list items.
    Never inside `TP.HCM`, `U.S.`, `265,4`, `1.000`, after an abbreviation or
    an initial (`J. Smith`).
    """
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = _skip_space(line, 0)
        for m in _BOUNDARY.finditer(line):
            end = m.end()
            if not _is_break(line, m.start(), end):
                continue
            if line[m.start()] == ";" and (m.start() - start < 30 or len(line) - end < 30):
                continue
            if end - start > 0 and line[start:end].strip():
                yield Sentence(
                    line[start:end].rstrip(), line_start + start, line_start + start + len(line[start:end].rstrip())
                )
            start = _skip_space(line, end)
        if start < len(line) and line[start:].strip():
            piece = line[start:].rstrip()
            yield Sentence(piece, line_start + start, line_start + start + len(piece))


def _skip_space(line: str, i: int) -> int:
    while i < len(line) and line[i].isspace():
        i += 1
    return i


def _is_break(line: str, at: int, end: int) -> bool:
    if line[at] == ";":
        return True
    before = line[:at]
    if not before:
        return False
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    bare = word.lstrip('"“(«[').casefold()
    if line[at] == "." and (
        bare in _ABBREV or (len(bare) == 1 and bare.isalpha()) or "/" in word[-1:] or _INITIALS.fullmatch(bare)
    ):
        return False  # (`Washington D.C. (Hoa Kỳ), …`, `the U.S. side`: initials, not the end of a sentence)
    glued = end < len(line) and not line[end].isspace()
    if glued:
        # `kinh doanh.Ghi nhận`: a lowercase letter before, a capitalised word after.
        nxt = line[end : end + 2]
        return before[-1].islower() and len(nxt) == 2 and nxt[0].isupper() and nxt[1].islower()
    return bool(_UPPER_START.match(line, end))


class DedupIndex:
    """Articles already read, by exact text hash and by sampled word shingles (for near-duplicates).

    Why shingles: a copy of an article that lost a caption or got a figure
    corrected still shares almost all its 5-word sequences. Only the shingles
    whose first word hashes to 0 mod `_SAMPLE` are kept (a fixed sample, the
    same in every copy), so the index stays small and hashing is cheap.

    Why a cap on each shingle's list: a shingle that many articles share (a
    stock phrase, a template) says nothing about duplication, and scanning its
    ever-growing list would make every check slower than the last (quadratic
    over a year of news). Past `_COMMON` articles a shingle is dropped for good.
    """

    _WIDTH = 5
    _SAMPLE = 4
    _COMMON = 32

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._exact: dict[str, str] = {}
        self._by_shingle: dict[int, list[str]] = {}
        self._sizes: dict[str, int] = {}
        self._common: set[int] = set()

    def check(self, article: Article) -> str | None:
        """The id of an earlier article with the same (or nearly the same) text, else None; then remember this one."""
        if article.text_hash in self._exact:
            return self._exact[article.text_hash]
        keys = self._keys(article.text) - self._common
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
            if len(posting) > self._COMMON:
                self._common.add(key)
                del self._by_shingle[key]
        return None

    @classmethod
    def _keys(cls, text: str) -> set[int]:
        words = _PUNCT.sub(" ", normalised(text)).split()
        starts = range(max(1, len(words) - cls._WIDTH + 1))
        # Sample by the shingle's first word (the same words anchor shingles in every copy): 1 in _SAMPLE.
        # crc32, not hash(): Python salts str hashes per process, and the sample must be the same in every run
        # (or a near-duplicate found today would be missed tomorrow).
        sampled = (
            {
                hash(" ".join(words[i : i + cls._WIDTH]))
                for i in starts
                if crc32(words[i].encode("utf-8")) % cls._SAMPLE == 0
            }
            if words
            else set()
        )
        if len(sampled) >= 8:
            return sampled
        return {hash(" ".join(words[i : i + cls._WIDTH])) for i in starts}
