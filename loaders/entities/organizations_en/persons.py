"""Where a person borders a body's name: a Vietnamese personal name that follows or ends it (`Ministry of Commerce Pen
Sovicheat`, `… Trade Nguyen Hong Dien and European Commission`), a title it is the body of (`Secretary of State of
the Ministry of …`), and capitalised words after a title (a person's name, whatever its language).

Kept apart because reading a name's left and right edges, the lowercase bodies and the companies all stop at a
person the same way."""

from __future__ import annotations

import re

from loaders.entities.doc import ArticleDoc
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials_en import field_words
from loaders.entities.organizations import vietnamese_syllable
from loaders.letters import UPPER


def _after_title(doc: ArticleDoc, start: int) -> bool:
    """`Secretary of State of the Ministry of Commerce …`, `Undersecretary of State in the Ministry of …`: the body
    of a title (or the one a title is held in or at), which a name follows."""
    m = re.search(r" (?:of|for|in|at)(?: the)? $", doc.text[max(0, start - 9) : start])
    return m is not None and any(t.end() == start - len(m.group(0)) for t in doc.titles.values())


def _before_name(doc: ArticleDoc, lex: Lexicon, head_end: int, end: int) -> int:
    """Where the body's name ends when a person's name follows it (`Ministry of Commerce Pen Sovicheat`): before
    the last two or more capitalised words that are no ministry's field words, keeping one word at least."""
    words = list(re.finditer(r"[\w'’\-]+", doc.text[head_end:end]))
    fields = field_words(lex)
    cut = len(words)
    while cut > 0 and words[cut - 1].group(0) not in fields and words[cut - 1].group(0)[0].isupper():
        cut -= 1
    cut = max(cut, 2)  # `of` plus one word at least stays the body's (`Council of Ministers Ricardo Cabrisas`)
    if len(words) - cut < 2:
        return end
    return head_end + words[cut - 1].end()


def _before_vietnamese_name(lex: Lexicon, text: str, head_end: int, end: int) -> int:
    """`Department of Foreign Affairs of Localities Nguyen Hoang Long`: a body's name read on into the Vietnamese
    personal name that follows it (a family name and two or three capitalised syllables) ends before it."""
    words = list(re.finditer(r"[\w'’\-]+", text[head_end:end]))
    for n in (4, 3):
        if len(words) > n and _ends_with_person(lex, " ".join(w.group(0) for w in words[-n:])):
            first = words[-n]
            if first.group(0) in lex.surnames or first.group(0) in lex.plain_surnames:
                return head_end + words[-n - 1].end()
    return end


def _ends_with_person(lex: Lexicon, before: str) -> bool:
    """Whether text ends with a Vietnamese personal name: a family name and one to three capitalised syllables
    (Vietnamese ones: `Binh Son Refining and …` is a company's name that a place begins, no person's)."""
    words = before.split()
    for n in (2, 3, 4):
        tail = words[-n:]
        if (
            len(tail) == n
            and all(w[:1].isupper() for w in tail)
            and (tail[0] in lex.surnames or tail[0] in lex.plain_surnames)
            and all(vietnamese_syllable(w) for w in tail[1:])
        ):
            return True
    return False


_NAME_WORDS = re.compile(rf"[{UPPER}][\w'’\-]*(?: [{UPPER}][\w'’\-]*){{0,3}}")


def _titled(doc: ArticleDoc, at: int) -> bool:
    """Whether the capitalised words before `and` at `at` follow a title (`… Vice Chairman Lee Jae-yong and Hanwha
    Group`): a person's name, whatever its language, which ends the name of the body after `and` on its left."""
    return any(
        at - 60 <= t.end() < at - 2 and _NAME_WORDS.fullmatch(doc.text, t.end() + 1, at - 1)
        for t in doc.titles.values()
    )
