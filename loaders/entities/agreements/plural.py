"""A plural head (`các văn kiện`, `MoUs`) and what its items share: the `_Plural` record, one mention per
listed item, the number a quantifier says, and the kind of each item.

The lists and sets of documents build on it, so it is kept below both."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.vocabulary import AgreementStatus, AgreementType
from loaders.entities.agreements.record import Mention
from loaders.entities.agreements.titles import _key
from loaders.entities.agreements.words import _FIELD_LIST, _MOU_WORDS, _NUMBER_WORDS, _PLURAL_HEADS
from loaders.entities.doc import ArticleDoc


def _count(quant: re.Match[str] | None) -> int | None:
    """The number a quantifier before a plural head says (`5 văn kiện`, `eight agreements`), if any."""
    if quant is None:
        return None
    if quant.group("n"):
        return int(quant.group("n"))
    word = quant.groupdict().get("w") or quant.group(0)  # (`four economic …`: the count, not its modifiers)
    return _NUMBER_WORDS.get(word.strip().lower())


@dataclass(frozen=True, slots=True)
class _Plural:
    """A plural or counted document head and what its sentence said of it: what the readers of a list of documents
    (by field, by title, by partner) start from."""

    kind: str
    start: int
    head_end: int
    quant: re.Match[str] | None
    status: str | None
    state: dict[str, str | None]
    spans: Sequence[tuple[int, int]]
    heads: Sequence[tuple[int, int, str]]  # every document head of the page (start, end, type)


def _listed(
    plural: _Plural, kind: str, span: tuple[int, int], title: str, parties: list[str], status: str | None = None
) -> Mention:
    """One document a plural head's reader found, with the status its sentence (or the reader) gave and the date
    the sentence carried."""
    m = Mention(
        kind,
        span[0],
        span[1],
        title,
        status=status or plural.status or plural.state["status"] or AgreementStatus.UNKNOWN,
        date=plural.state["date"],
        precision=plural.state["precision"],
    )
    m.parties = parties
    m.key = _key(title, kind)
    return m


_SINGULAR_WORD = {
    "agreements": "agreement",
    "mous": "MoU",
    "moas": "MoA",
    "memoranda": "memorandum",
    "memorandums": "memorandum",
    "deals": "deal",
    "documents": "document",
}

_SEMICOLON_ITEMS = 3  # fields: fewer may be one title with a semicolon in it


def _semicolon_fields(doc: ArticleDoc, plural: _Plural) -> bool:
    """A singular head followed by a field list whose items semicolons split (`the MoU on A; B; C; and D`)."""
    if plural.quant is not None or doc.lower[plural.start : plural.head_end] in _PLURAL_HEADS:
        return False
    opener = _FIELD_LIST.match(doc.text, plural.head_end)
    if opener is None:
        return False
    idx, semicolons = doc.sentence_index(plural.start), 0
    while idx < len(doc.sentences) and doc.text[: doc.sentences[idx].end].rstrip().endswith(";"):
        idx, semicolons = idx + 1, semicolons + 1  # (the splitter ends a sentence at each semicolon)
    list_end = doc.sentences[min(idx, len(doc.sentences) - 1)].end
    if any(opener.end() <= start < list_end for start, _, _ in plural.heads):
        return False  # `namely the Plan of Action on …; an agreement on …`: items with heads of their own
    return semicolons >= _SEMICOLON_ITEMS - 1


def _kind_of_each(doc: ArticleDoc, plural: _Plural) -> str:
    """The kind of each document a plural head stands for: a memorandum when the head says memoranda (`MoUs`,
    `memorandums of understanding`, read as generic agreements), one of the other kinds when it says protocols
    (`signed protocols on cooperation in …`), else the head's own kind."""
    if plural.kind == AgreementType.AGREEMENT and _MOU_WORDS.search(doc.lower, plural.start, plural.head_end):
        return AgreementType.MOU
    if plural.kind == AgreementType.AGREEMENT and _protocol_of_its_own(doc, plural.start, plural.head_end):
        return AgreementType.OTHER
    return plural.kind


_BETWEEN_GOVERNMENTS = re.compile(r"\s+between\s+the\s+[Gg]overnments?\b")


def _protocol_of_its_own(doc: ArticleDoc, start: int, head_end: int) -> bool:
    """An English `protocol` (`a protocol on the production and use of ethanol`, `signed protocols on cooperation in
    …`, `the Protocol of the 41st Session`) is a document of the other kinds, as news files a plant-quarantine
    protocol or a session's record, not an agreement; a protocol between governments (`the Protocol between the
    Government of A and the Government of B on road transport`) is a treaty's and stays one."""
    return doc.lower.startswith("protocol", start) and not _BETWEEN_GOVERNMENTS.match(doc.text, head_end)


def _singular_word(m: re.Match[str]) -> str:
    """A plural document word made singular, its capital kept (`Memoranda` -> `Memorandum`)."""
    lower = m.group(0).lower()
    word = _SINGULAR_WORD.get(lower, lower.removesuffix("s"))  # (`letters` -> `letter`)
    return word[0].upper() + word[1:] if m.group(0)[0].isupper() else word
