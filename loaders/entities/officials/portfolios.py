"""A minister's portfolio of several fields written out before his name (`Minister of Foreign Affairs,
International Trade and Worship X Y`, `Minister of Energy Transition and Water Transformation X Y`): where the fields
end and the holder's name begins.

Its own module: the chain reads a ministry's fields when a word list or the gazetteer knows them all; a portfolio
with a field no list has (`Worship`, `Water Transformation`) ran into the name, and no one was read."""

from __future__ import annotations

import re

from loaders.entities import officials_en
from loaders.entities.doc import ArticleDoc
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials.name import _FIELD_WORD, _HEADLINE_VERBS, _POSTNOMINALS, _WORD, _name_at
from loaders.entities.officials.record import Role

_GOES_ON = re.compile(r"(?:,? (?:and|&) |, | (?:of|for) (?:the )?)(?=[A-Z])")
"""The portfolio after the title's `of` (`for`), or going on after the fields the chain read: a comma or `and`
(`&`) before a capitalised word."""
_JOIN = re.compile(r", (?=[A-Z])| (?:and|&) (?=[A-Z])| (?=[A-Z])")
"""Between two words of the portfolio and the name after it: a space, a comma or `and` before a capitalised word."""
_HOLDER_TITLES = ("Minister", "Secretary")


def _portfolio_then_holder(doc: ArticleDoc, lex: Lexicon, role: Role, pos: int) -> tuple[int, int] | None:
    """The holder's name after a minister's portfolio that goes on at `pos` with more items (joined by commas and
    `and`), the last one running into the name: the name is the words after the last field word of that item
    (`… and Security Affairs Wiranto`, `… Water Transformation Fadillah Yusof`), else its last two words when it has
    three or more (`… and Worship Santiago Cafiero`); the run ends where the clause goes on in lowercase. Nothing
    when a word of the run is a title, a place or a body a stage read (another item of a list, not a portfolio)."""
    if not any(word in role.title.title_en for word in _HOLDER_TITLES):
        return None
    text = doc.text
    start = _GOES_ON.match(text, pos)
    if start is None:
        return None
    item: list[re.Match[str]] = []
    at = start.end()
    while (word := _WORD.match(text, at)) is not None and word.group(0)[0].isupper():
        if word.group(0) in _HEADLINE_VERBS or (len(item) >= 2 and word.group(0) in _POSTNOMINALS):
            break  # (`… X Y Visits Hanoi`: a headline's verb; `X Y MP`: an office's letters; neither is a name's)
        if doc.title_at(word.start()) or doc.span_at(doc.places, word.start()) or doc.span_at(doc.orgs, word.start()):
            return None
        item.append(word)
        join = _JOIN.match(text, word.end())
        if join is None:
            break
        if join.group(0) != " ":
            item = []  # (a new item of the portfolio begins)
        at = join.end()
    if len(item) < 2:
        return None
    fields = officials_en.field_words(lex)
    last_field = max(
        (i for i, w in enumerate(item[:-1]) if w.group(0) in fields or _FIELD_WORD.fullmatch(w.group(0))), default=None
    )
    if last_field is not None:
        first = last_field + 1
    elif len(item) >= 3:
        first = len(item) - 2
    else:
        return None
    if item[first].group(0) in officials_en.DEMONYMS:
        return None
    name = _name_at(doc, lex, item[first].start())
    return name if name is not None and name[1] == item[-1].end() else None
