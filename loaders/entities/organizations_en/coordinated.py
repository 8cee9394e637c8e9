"""Two bodies joined by `and` before one head word: `Osaka Gas and Sojitz Corporation`, `Samruk Kazyna and Sovico
Group` are two companies, not one, where `Oil and Gas Group` or `Food and Agriculture Organization` is one name
whose fields `and` joins.

What tells them apart is the form, not a list of names: the words after `and` begin with a name's own word, no
field of activity (`Sojitz`, not `Gas`), and the words before it are a name of their own (two capitalised words, or
one written as an initialism, `DoA`, that no field is). Kept apart from the edges: it reads a name already read,
and gives the body before `and` the kind of the one after it (a company's partner named beside it)."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from core.vocabulary import Label, OrganizationKind
from loaders.entities.doc import ArticleDoc, Span
from loaders.entities.lexicon import Lexicon
from loaders.entities.officials_en import DEMONYMS, field_words
from loaders.entities.organizations_en.heads import _KIND_BY_HEAD
from loaders.entities.organizations_en.words import _NOT_IN_NAME
from loaders.letters import UPPER

_WORD = rf"[{UPPER}][\w'’\-]*"
_JOINED = re.compile(rf"(?P<left>{_WORD}(?: {_WORD}){{0,3}}) (?:and|&) (?P<right>{_WORD}(?: [\w'’\-&.]+)*)")
_PAIRED_KINDS = frozenset({OrganizationKind.COMPANY, OrganizationKind.ASSOCIATION, OrganizationKind.OTHER})
"""Kinds whose names are their own words (`Sovico Group`); a state body's words before its head are its fields."""
_NAME_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_INITIALISM = re.compile(rf"[{UPPER}]\w*[{UPPER}]")


@functools.lru_cache(maxsize=1)
def _topic_nouns() -> frozenset[str]:
    """The English words of the topics' keywords (`garment`, `chemical`, `gas`), in lowercase: what a company's
    activity is called (`Textile and Garment Corporation`), which no name's own word is."""
    raw = resources.files("loaders").joinpath("gazetteers", "topics.json").read_text(encoding="utf-8")
    words: set[str] = set()
    for topic in json.loads(raw)["topics"].values():
        for keyword in topic.get("keywords", []):
            if keyword.isascii():
                words.update(keyword.lower().split())
    return frozenset(words)


def _known_name_words(lex: Lexicon) -> frozenset[str]:
    """The words of the English names of the bodies the gazetteer knows, in lowercase (`footwear`, `leather`,
    `steel`): a word other bodies' names are made of, so no sign of a name of its own after `and`."""
    words: set[str] = set()
    for entry in lex.gaz.organizations.values():
        for name in (str(entry.properties.get("name_en") or ""), *entry.aliases):
            if name.isascii():
                words.update(w.lower() for w in _NAME_WORD.findall(name))
    return frozenset(words)


def _own_word(word: str, common: frozenset[str]) -> bool:
    """A word only a name has: no field of a ministry nor of the topics (`Garments`, `Chemicals`), no word of the
    known bodies' names, no country's adjective, no sentence's word."""
    lower = word.lower()
    return (
        lower not in common
        and lower.removesuffix("s") not in common
        and word not in DEMONYMS
        and word not in _NOT_IN_NAME
    )


@functools.lru_cache(maxsize=4)
def _common_words(lex: Lexicon) -> frozenset[str]:
    """Every word that says what a body does or is rather than which one it is, in lowercase."""
    return frozenset(w.lower() for w in field_words(lex)) | _topic_nouns() | _known_name_words(lex)


def _a_country(lex: Lexicon, word: str) -> bool:
    """A country's name (`Vietnam Academy of …`): a name of its own after `and`, as a country begins a body's name
    and is no field of one."""
    return bool(lex.find(word, Label.COUNTRY))


def split_coordinated(doc: ArticleDoc, found: list[Span]) -> list[Span]:
    """Each name read over `and` before its head that is two bodies' names, as the two: the one before `and` as
    written, with the kind of the one after it, and the one after it with the head, complements and data read."""
    out: list[Span] = []
    common = _common_words(doc.lexicon)
    for span in found:
        head = span.data.get("head") or ""
        m = _JOINED.fullmatch(span.text)
        at = span.text.find(head) if head else -1
        if (
            m is None
            or _KIND_BY_HEAD.get(head) not in _PAIRED_KINDS
            or not m.start("right") <= at
            or span.text.count(" and ", 0, at) + span.text.count(" & ", 0, at) != 1
        ):
            out.append(span)
            continue
        left, right = m.group("left"), m.group("right")
        left_words, first = left.split(" "), right.split(" ")[0]
        two = len(left_words) >= 2 or _INITIALISM.match(left_words[0]) is not None or _INITIALISM.match(first)
        before_head = right[: right.find(head)].split()
        if (
            first == head
            or not two
            or not all(_own_word(w, common) or _a_country(doc.lexicon, w) for w in before_head)
            or not _own_word(left_words[0], common)
        ):
            out.append(span)
            continue
        start = span.start + m.start("right")
        out.append(
            Span(
                span.start,
                span.start + len(left),
                "",
                span.label,
                left,
                {"head": head, "place": None, "company_of": None},
            )
        )
        out.append(Span(start, span.end, span.id, span.label, span.text[m.start("right") :], dict(span.data)))
    return out
