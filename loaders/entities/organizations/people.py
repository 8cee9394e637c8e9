"""Where a person's name begins, which ends a body's name: a family name and one to three capitalised words, a
foreign name (no Vietnamese syllable first), a city's name run into the person's after it.

Read by the name reader, the governments' and the companies' rules, and by the officials stage
(`vietnamese_syllable`), so kept low."""

from __future__ import annotations

import re
import unicodedata

from loaders.entities.lexicon import Lexicon
from loaders.entities.organizations.words import _CAP_TOKEN, _TOKEN, _VI_SYLLABLE


def person_starts(lex: Lexicon, text: str, at: int) -> bool:
    """A family name followed by one to three capitalised words and then no more: a person, not the name."""
    tokens: list[str] = []
    for m in _TOKEN.finditer(text, at):
        if m.start() != at and text[at : m.start()].strip():
            break
        tok = m.group(0)
        if not tok[0].isupper():
            break
        if tokens and len(tok) >= _MIN_SHORT_FORM and tok.isupper():
            return False  # (`Văn phòng Đoàn ĐBQH tỉnh`: a body's short form, no word of a person's name after `Đoàn`)
        tokens.append(tok)
        at = m.end()
        if text[at : at + 1] != " ":
            break
        at += 1
        if len(tokens) > 4:
            return False
    return 2 <= len(tokens) <= 4 and tokens[0] in lex.surnames


_MIN_SHORT_FORM = 3


_MAX_CITY_WORDS = 3


def _city_before_person(lex: Lexicon, text: str, at: int) -> int | None:
    """Where a city's name from `at` ends when a person's name follows it with no break (`… thành phố Hòa Bình Lê
    Văn An`: the chair's name after his city's): one to three capitalised words, then a family name and one to three
    more words that end the run. A word may be a city's and a family name (`Long`, `Văn`): of several such splits,
    the one whose city the page names again on its own (`thành phố Hòa Bình và …`), else the one whose person has
    the three words most Vietnamese names have; None when no split is sure."""
    if person_starts(lex, text, at):
        return None
    ends: list[int] = []
    pos = at
    for _ in range(_MAX_CITY_WORDS):
        word = _TOKEN.match(text, pos)
        if word is None or not word.group(0)[0].isupper() or text[word.end() : word.end() + 1] != " ":
            break
        if person_starts(lex, text, word.end() + 1):
            ends.append(word.end())
        pos = word.end() + 1
    again = [e for e in ends if re.search(rf"(?<!\w){re.escape(text[at:e])}(?= [^\W\d_A-ZĐ]|[,.;:)]|$)", text)]
    three = [e for e in ends if _words_run(text, e + 1) == _USUAL_NAME_WORDS]
    return again[0] if len(again) == 1 else three[0] if len(three) == 1 else ends[0] if len(ends) == 1 else None


_USUAL_NAME_WORDS = 3


def _words_run(text: str, at: int) -> int:
    """How many capitalised words run from `at`, one space between each."""
    count, pos = 0, at
    while (word := _TOKEN.match(text, pos)) is not None and word.group(0)[0].isupper():
        count += 1
        if text[word.end() : word.end() + 1] != " ":
            break
        pos = word.end() + 1
    return count


def foreign_person_at(text: str, at: int) -> bool:
    """Two to four capitalised words and then no more, the first of which is no Vietnamese syllable (`Ivan Petrov`,
    `Oleg Smirnov`): a foreign person's name (a country's, read as a place, is never asked about)."""
    words: list[str] = []
    pos = at
    while len(words) <= 4:
        m = _CAP_TOKEN.match(text, pos)
        if m is None:
            break
        words.append(m.group(0))
        pos = m.end()
        if text[pos : pos + 1] != " ":
            break
        pos += 1
    return 2 <= len(words) <= 4 and not vietnamese_syllable(words[0])


def vietnamese_syllable(word: str) -> bool:
    plain = "".join(c for c in unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d")) if c.isascii())
    return _VI_SYLLABLE.fullmatch(plain.lower()) is not None


_ROMANISED_WORD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?= |$|[,.;:!?()])")
"""A word of a name romanised from another script (`Qijun`, `Tae-won`): a capital, then plain lowercase letters."""
_SYLLABLE_LETTERS = 5
"""At most this many letters in each of a three-word romanised name (`Chey Tae Won`, `Shim Won Hwan`: a Korean family
name and a given name written syllable by syllable); two-word names (`Fu Qijun`, `Honna Hitoshi`) may be longer."""
_NAME_WORD_LETTERS = 8
"""At most this many letters in each word of a two-word one (`Yasunaga`), fewer than in many words of a company's
English name (`Engineering Construction`)."""


def romanised_holder_at(text: str, at: int) -> bool:
    """Whether the capitalised words from `at` to the end of their run are a name romanised from another script: two
    such words, or three short ones (`… Tập đoàn Sinopec Fu Qijun cho biết`, `… Tập đoàn SK Chey Tae Won.`): the
    holder of the title before a foreign company, after the company's name."""
    words: list[re.Match[str]] = []
    pos = at
    while (word := _CAP_TOKEN.match(text, pos)) is not None:
        roman = _ROMANISED_WORD.match(text, pos)
        if roman is None or roman.end() != word.end() or len(words) == 3:
            return False
        words.append(roman)
        pos = word.end()
        if text[pos : pos + 1] != " ":
            break
        pos += 1
    letters = [len(w.group(0).replace("-", "")) for w in words]
    return (len(words) == 2 and max(letters) <= _NAME_WORD_LETTERS) or (
        len(words) == 3 and max(letters) <= _SYLLABLE_LETTERS
    )
