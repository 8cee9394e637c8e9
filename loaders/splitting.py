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
from array import array
from collections import Counter
from collections.abc import Iterator
from itertools import compress
from zlib import crc32

from loaders.cleaning import Block, CleanDocument
from loaders.first_letters import compile_gated
from loaders.int_table import IntTable
from loaders.letters import UPPER
from loaders.models import Article, Sentence, is_synthetic

_MIN_ARTICLE_CHARS = 200
_TITLE_MAX_WORDS = 40

# Abbreviations after which a full stop does not end a sentence.
_PUNCT = re.compile(r"[^\w\s][^\w\s]*")  # (`[^\w\s]+` with its first character apart: a class first lets the scan skip)
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
        "prof",
        "assoc",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "gov",
        "sen",
        "rep",
        "amb",
        "hon",
        "h.e",
        "dept",
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
_BOUNDARY = compile_gated(rf"[.!?…][.!?…]*[\"”’»)]*(?=\s|[{UPPER}\"“(])|;(?=\s)")
"""(`[.!?…]+` written with its first character apart: a pattern that opens with a class is scanned for that class, one
that opens with a repeat is tried at every position.)"""
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
        if starts_new and _story_goes_on(groups[-1], block):
            groups[-1].append(block)
        elif starts_new and _article_like(block):
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
        article = make_article("\n".join(lines), doc.source, outlet=outlet, date=date)
        article.captions = [caption for b in group for caption in b.captions]
        articles.append(article)
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
    The last text's is remembered: the id and the duplicate check of an
    article both ask for it, one after the other.
    """
    global _last_normalised
    last = _last_normalised  # (one tuple read once: another thread may replace it, never change it)
    if last[0] is text:
        return last[1]
    out = " ".join(text.casefold().split())
    _last_normalised = (text, out)
    return out


_last_normalised: tuple[str, str] = ("", "")
"""The text `normalised` read last and its result (the same string object asked again: no comparison of texts)."""


def _absorb_meta(into: Block, meta: Block) -> None:
    into.outlet = into.outlet or meta.outlet
    into.date = into.date or meta.date
    into.ends_article = into.ends_article or meta.ends_article


_LEAD_CHARS = 600
_LEAD_LINES = 2
"""How much of a story stands before its body: its headline and its lead, a paragraph of a few hundred characters."""


def _story_goes_on(group: list[Block], block: Block) -> bool:
    """Whether `block`, found after a list of related links (`Tin liên quan`, `Related`), is the rest of the story
    before the list rather than a story of its own: sites print that list inside a story, mostly right under its lead,
    and the story so far is then no more than a headline and one paragraph, closed by no end mark; a second story printed
    after the first opens on a date line or a dateline of its own (`Thứ Năm, 08/05/2025 10:15`, `(TTXVN) - …`),
    and the first has its body and end."""
    if not block.after_furniture or block.date or block.outlet or group[-1].ends_article:
        return False
    lines = [line for b in group for line in b.lines]
    return len(lines) <= _LEAD_LINES and sum(map(len, lines)) < _LEAD_CHARS


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

    Why flat arrays: the index lives for the whole load, and at a million
    articles dicts of id strings and lists cost ~1 KB per article (measured:
    the largest part of what grew in `edkg load --bulk`). Here an article is a
    number (its id kept as the 64 bits of `article:<16 hex digits>`, its
    shingle count in an array), the text hashes and shingles are keys of
    `IntTable`s, and each shingle's articles are a chain of postings in three
    arrays (article, previous posting, length so far), read back in the order
    they were added: the same candidates in the same order as the lists had,
    so the same duplicates are found. An exact copy is recognised by the
    first 64 bits of its text hash, the bits its id is made of (two texts that
    share them would be one article in the graph anyway).
    """

    _WIDTH = 5
    _SAMPLE = 4
    _COMMON = 32
    _DROPPED = -2
    """A shingle's value in `_by_shingle` once it is common (it is in `_common` too, so never read again)."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._exact = IntTable()  # first 64 bits of the text hash -> article number
        self._exact_other: dict[str, int] = {}  # a text hash that is not 64 hex digits (an Article made by hand)
        self._ids = array("Q")  # article number -> the 64 bits of its id
        self._other_ids: dict[int, str] = {}  # article number -> an id not of the form article:<16 hex digits>
        self._numbers_by_hand: dict[str, int] = {}  # id -> number, for an id not made from its text hash
        self._sizes = array("I")  # article number -> its shingles
        self._by_shingle = IntTable()  # shingle -> its newest posting
        self._posting_article = array("I")
        self._posting_prev = array("i")  # the shingle's posting before this one, -1 for its first
        self._posting_count = array("B")  # the shingle's postings up to this one
        self._common: set[int] = set()

    def check(self, article: Article) -> str | None:
        """The id of an earlier article with the same (or nearly the same) text, else None; then remember this one."""
        exact = _hash_bits(article.text_hash)
        found = self._exact.get(exact) if exact is not None else self._exact_other.get(article.text_hash, -1)
        if found >= 0:
            return self._id(found)
        keys = self._keys(article.text) - self._common
        by_shingle, articles, previous = self._by_shingle, self._posting_article, self._posting_prev
        heads = [by_shingle.get(key) for key in keys]  # (each shingle's newest posting, asked once: kept below)
        postings: list[int] = []
        for at in heads:
            if at < 0:
                continue
            chain = []
            while at >= 0:
                chain.append(articles[at])
                at = previous[at]
            chain.reverse()  # oldest first, as the articles were added
            postings += chain
        counts = Counter(postings)  # (counted in C, each article first where it first comes, as a dict's were)
        size, sizes, threshold = len(keys), self._sizes, self.threshold
        # No candidate sharing fewer than threshold² of this article's shingles can pass (shared / smaller >= t
        # and smaller / larger >= t, larger >= size); the margin keeps float rounding out of it. Most candidates
        # share a stock phrase or two: they are passed over without a look.
        least = 0.99 * threshold * threshold * size if threshold > 0 else 0.0
        # (those that share enough, sorted by shared shingles, the first come first among equals: sorting only them
        # gives the same order)
        for other, shared in sorted([kv for kv in counts.items() if kv[1] >= least], key=lambda kv: -kv[1]):
            other_size = sizes[other]
            smaller, larger = (size, other_size) if size <= other_size else (other_size, size)
            if smaller and shared / smaller >= threshold and smaller / larger >= threshold:
                return self._id(other)
        number = self._number(article, exact, len(keys))
        if exact is not None:
            self._exact.set(exact, number)
        else:
            self._exact_other[article.text_hash] = number
        counted = self._posting_count
        for key, head in zip(keys, heads, strict=True):  # (the same order: the set is not changed in between)
            count = counted[head] + 1 if head >= 0 else 1
            if count > self._COMMON:
                self._common.add(key)
                by_shingle.set(key, self._DROPPED)
                continue
            by_shingle.set(key, len(articles))
            articles.append(number)
            previous.append(head)
            counted.append(count)
        return None

    def _number(self, article: Article, exact: int | None, size: int) -> int:
        """The number of the article's id: the one it had if an article with that id was added before (the
        index's answers are about ids, as they were when it kept ids), else the next one, with its size set."""
        derived = exact is not None and article.id == f"article:{article.text_hash[:16]}"
        number = self._numbers_by_hand.get(article.id, -1)
        bits = _id_bits(article.id)
        if number < 0 and not derived and bits is not None:
            # An id of the usual form read with another text hash: an earlier article derived it from its own
            # hash, so it is in `_exact` under those bits (only one article can be added under a key).
            earlier = self._exact.get(bits - (1 << 63))
            if earlier >= 0 and self._id(earlier) == article.id:
                number = earlier
        if number >= 0:
            self._sizes[number] = size
            return number
        number = len(self._sizes)
        self._sizes.append(size)
        self._ids.append(bits or 0)
        if bits is None:
            self._other_ids[number] = article.id
        if not derived:
            self._numbers_by_hand[article.id] = number
        return number

    def _id(self, number: int) -> str:
        other = self._other_ids.get(number)
        return other if other is not None else f"article:{self._ids[number]:016x}"

    def nbytes(self) -> int:
        """The bytes of the index's arrays (not counting the few dict entries of hand-made ids, nor `_common`)."""
        arrays = (self._ids, self._sizes, self._posting_article, self._posting_prev, self._posting_count)
        return self._exact.nbytes() + self._by_shingle.nbytes() + sum(len(a) * a.itemsize for a in arrays)

    @classmethod
    def _keys(cls, text: str) -> set[int]:
        words = _PUNCT.sub(" ", normalised(text)).split()
        starts = range(max(1, len(words) - cls._WIDTH + 1))
        # Sample by the shingle's first word (the same words anchor shingles in every copy): 1 in _SAMPLE.
        width = cls._WIDTH
        sampled = (
            {hash(" ".join(words[i : i + width])) for i in compress(starts, map(_ANCHORS.__getitem__, words))}
            if words
            else set()
        )
        if len(sampled) >= 8:
            return sampled
        return {hash(" ".join(words[i : i + width])) for i in starts}


class _Anchors(dict[str, bool]):
    """Whether shingles starting with a word are kept (1 in `DedupIndex._SAMPLE`); remembered, since the same
    words come back in every article (a dict asked in C, bounded). crc32, not hash(): Python salts str hashes per
    process, and the sample must be the same in every run (or a near-duplicate found today would be missed
    tomorrow)."""

    _LIMIT = 1 << 16

    def __missing__(self, word: str) -> bool:
        kept = crc32(word.encode("utf-8")) % DedupIndex._SAMPLE == 0
        if len(self) >= self._LIMIT:
            self.clear()
        self[word] = kept
        return kept


_ANCHORS = _Anchors()


_SHA256 = re.compile(r"[0-9a-f]{64}")
_ARTICLE_ID = re.compile(r"article:([0-9a-f]{16})")


def _hash_bits(text_hash: str) -> int | None:
    """The first 64 bits of a sha256 hex digest as a signed 64-bit int (IntTable's keys), or None for another form."""
    return int(text_hash[:16], 16) - (1 << 63) if _SHA256.fullmatch(text_hash) else None


def _id_bits(article_id: str) -> int | None:
    """The 64 bits of an id `article:<16 lowercase hex digits>`, or None for an id of another form."""
    m = _ARTICLE_ID.fullmatch(article_id)
    return int(m.group(1), 16) if m else None
