"""A body named by what it is, in lowercase, then by a foreign name (`Nhà máy đóng tàu Kerbensk`, `Trung tâm đào tạo
nông nghiệp FarmLab`, `Câu lạc bộ ngoại giao Lviv`, `Cơ quan lập pháp Hamburg`): the press writes a foreign plant's,
centre's or club's kind in Vietnamese and keeps its own name as written.

Apart from the name reader's loop, which reads a lowercase word after these heads as the sentence going on (and
`Cơ quan`'s description only up to a place): here the description must be closed by a word no Vietnamese syllable
spells, which a sentence in Vietnamese does not run into."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.people import person_starts, vietnamese_syllable
from loaders.entities.organizations.stops import _two_word_stop
from loaders.entities.organizations.words import _DESCRIBED_HEADS, _STOP, _verb_not_name

KIND_THEN_NAME_HEADS = frozenset({"Nhà máy", "Câu lạc bộ", "Trung tâm", "Cơ quan"})
"""Heads whose kind the press writes in lowercase before a foreign body's own name (`Nhà máy đóng tàu X`)."""
_KIND_WORD = re.compile(r"[^\W\d_]+(?= )")
"""One word of the kind (`đóng`, `tàu`): letters only, a space after it (in lowercase: asked of the word)."""
_MAX_KIND_WORDS = 4
_MAX_NAME_WORDS = 3
_NAME_WORD = re.compile(r"[^\W\d_][\w&'’\-]*(?= |$|[,.;:!?()\"“”])")
"""A word of the name, up to a space, a stop or a quotation mark (`"Câu lạc bộ ngoại giao Lviv"`)."""
_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
"""A word of a foreign person's name (`Ivan`, `Petrov`): two or more such words after the kind are whom it has."""
_NOT_KIND_FIRST = frozenset({"các", "những", "này", "đó", "mới", "cũ"})
"""Words that make the head a common noun (`các trung tâm`, `Trung tâm này`), no name's first word."""


def kind_then_foreign_name(doc: ArticleDoc, lex: Lexicon, head: str, head_end: int) -> tuple[int, Span | None] | None:
    """Where a body named by its lowercase kind and a foreign name ends (`Nhà máy đóng tàu Kerbensk` from after
    `Nhà máy`), and the place that name is when it is one (`Câu lạc bộ ngoại giao Lviv`); None unless one to four
    lowercase words that are no function word nor a verb after a name come first, then one to three capitalised
    words, the first no Vietnamese syllable nor in capitals only (`LNG`, `TTXVN`: what the kind is of, not its name),
    and no person's name; what follows the name is no capitalised word. A place closing `Cơ quan`'s description is
    left to the reader (`Cơ quan tín dụng xuất khẩu Phần Lan`: that country's)."""
    text = doc.text
    if text[head_end : head_end + 1] != " ":
        return None
    pos = head_end + 1
    kind_words = 0
    while kind_words < _MAX_KIND_WORDS and (word := _KIND_WORD.match(text, pos)) is not None:
        tok = word.group(0)
        if not tok.islower():
            break
        if (
            tok in _STOP
            or (kind_words == 0 and tok in _NOT_KIND_FIRST)
            or _verb_not_name(text, tok, word.end())
            or _two_word_stop(text, pos)
        ):
            return None
        kind_words += 1
        pos = word.end() + 1
    name_at = pos
    words: list[re.Match[str]] = []
    while len(words) <= _MAX_NAME_WORDS and (word := _NAME_WORD.match(text, pos)) is not None:
        if not word.group(0)[0].isupper():
            break
        words.append(word)
        pos = word.end() + 1
        if text[word.end() : pos] != " ":
            break
    first = words[0].group(0) if words else ""
    if (
        not kind_words
        or not words
        or len(words) > _MAX_NAME_WORDS
        or vietnamese_syllable(first)
        or first.replace("-", "").isupper()
        or (len(words) > 1 and all(_PLAIN_WORD.fullmatch(w.group(0)) for w in words))  # `Ivan Petrov`: a person
        or (head in _DESCRIBED_HEADS and doc.span_at(doc.places, name_at) is not None)
        or doc.title_at(name_at) is not None
        or person_starts(lex, text, name_at)
    ):
        return None
    end = words[-1].end()
    place = doc.span_at(doc.places, name_at)
    return end, place if place is not None and place.end == end else None
