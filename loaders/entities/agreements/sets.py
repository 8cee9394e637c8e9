"""Sets of documents named by their sides rather than item by item: `các văn kiện giữa A và B`, one between
each pair, a set signed by the sides of the sentence, and the plural subject of a set."""

from __future__ import annotations

import re

from core.vocabulary import AgreementStatus, AgreementType
from loaders.entities import agreement_parties
from loaders.entities.agreements.plural import _kind_of_each, _listed, _Plural, _singular_word
from loaders.entities.agreements.record import Mention
from loaders.entities.agreements.titles import _bare
from loaders.entities.agreements.words import _ANAPHOR, _GENERIC_MODIFIERS, _GIUA, _MOU_WORDS, _ONE_OF, _PLURAL_HEADS
from loaders.entities.doc import ArticleDoc
from loaders.first_letters import compile_gated

_SET_BETWEEN = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:(?P<verb>were|have been|had been|will be)\s+(?:signed|inked)\s+|(?:được\s+)?k[ýí]"
    r"(?: kết)?\s+)?(?:(?:on|về|in|trong)\s+(?:[\w-]+\s+){1,5}?)?(?:giữa|between)\s"
)  # (`Agreements on investment between A and B`: a field, then the sides)
_SET_SIDES_UNNAMED = re.compile(r"\s*(?:hai|the two|both)\b", re.I)
_SIGNING_OF = re.compile(r"\b(?:the signing of|lễ ký kết|lễ ký|ký kết)\s+(?:the\s+|các\s+)?(?:[\w-]+\s+)?$", re.I)
"""A set whose signing is told (`witnessed the signing of cooperation documents between the two countries`, `chứng
kiến lễ ký kết các văn kiện hợp tác giữa hai nước`): the set the two sides signed, even when the sides are only
`the two countries`."""
_SET_SIGNED = {
    "were": AgreementStatus.SIGNED,
    "have been": AgreementStatus.SIGNED,
    "had been": AgreementStatus.SIGNED,
    "will be": AgreementStatus.PLANNED,
}
_SET_OF_OTHERS = re.compile(r"documents|văn kiện")


def _set_between(doc: ArticleDoc, plural: _Plural, end: int) -> list[Mention]:
    """A plural head that names no document of its own but the two sides it binds (`the signing ceremony for
    cooperation documents between A Province and B Prefecture`, `22 MOUs between Korea and Vietnam`, `Lễ ký kết các
    văn kiện hợp tác giữa A và B`): the set, one document of the sides; mixed documents are of the `other` type."""
    between = _SET_BETWEEN.match(doc.text, plural.head_end)
    if between is None:
        return []
    if _SET_SIDES_UNNAMED.match(doc.text, between.end()) and not _SIGNING_OF.search(
        doc.text, max(0, plural.start - 40), plural.start
    ):
        return []  # (`triển khai các thỏa thuận giữa hai nước`: what the two have, no set of documents named)
    idx = doc.sentence_index(plural.start)
    if any(
        kind not in (AgreementType.FTA, AgreementType.PARTNERSHIP) and doc.lower[a:b] not in _PLURAL_HEADS
        for a, b, kind in plural.heads
        if idx < doc.sentence_index(a) <= idx + 2
    ):
        return []  # `Three documents between A and B were exchanged. The first was an MoU on …`: told one by one
    return _the_set(doc, plural, end, plural.status or _SET_SIGNED.get(between.group("verb") or ""))


_EACH_BETWEEN = re.compile(r"(?:\s*[,;]\s*(?:and\s+|và\s+)?|\s+(?:and|và)\s+)(?:between|giữa)\s+", re.I)


def _each_between(doc: ArticleDoc, plural: _Plural) -> list[Mention]:
    """A plural head whose complement names pairs one after another (`signed cooperation documents between A and B,
    between C and D, and between E and F`; `MoUs on cooperation between A and B; between C; and between D`): one
    document each, between the sides of its own clause."""
    text = doc.text
    sentence = doc.sentence_of(plural.start)
    first = _GIUA.search(text, plural.head_end, min(sentence.end, plural.head_end + 80))
    if first is None or any(plural.head_end <= a < first.start() for a, _, _ in plural.heads):
        return []
    starts = [first.end()]
    at = first.end()
    while (nxt := _EACH_BETWEEN.search(text, at, sentence.end)) is not None:
        if any(at <= a < nxt.start() for a, _, _ in plural.heads):
            break  # another document's head between: its own complement
        starts.append(nxt.end())
        at = nxt.end()
    if len(starts) < 2:
        return []
    head = _ONE_OF.sub(_singular_word, text[plural.start : plural.head_end])
    kind = _kind_of_each(doc, plural)
    out = []
    for i, clause_start in enumerate(starts):
        clause_end = (
            _EACH_BETWEEN.search(text, clause_start, sentence.end).start()  # type: ignore[union-attr]
            if i + 1 < len(starts)
            else agreement_parties.clause_end(text, clause_start, sentence.end)
        )
        sides = agreement_parties.party_ids_between(doc, clause_start, clause_end)
        if not sides:
            return []  # a clause naming nobody read: no list of pairs
        clause = text[clause_start:clause_end].strip(" ,;")
        joint = "between" if doc.article.lang == "en" else "giữa"
        out.append(_listed(plural, kind, (plural.start, clause_end), f"{head} {joint} {clause}", sides))
    return out


def _the_set(
    doc: ArticleDoc, plural: _Plural, end: int, status: str | None = None, *, sides_unnamed: bool = False
) -> list[Mention]:
    """The one document a plural head's set stands for, between the sides its clause names (none unless two; with
    `sides_unnamed`, a set whose sides the clause leaves unnamed, `the countries' representatives signed nine new
    accords`, is the page's main two sides', as a document no mention gives a party of): an MoU when the head says
    memoranda, `other` when it says documents of mixed kinds."""
    found = agreement_parties.parties(doc, plural.start, plural.head_end, end, plural.start, False, plural.spans)
    if len(found) < 2 and not (sides_unnamed and not found):
        return []
    head = doc.lower[plural.start : plural.head_end]
    kind = (
        AgreementType.MOU
        if _MOU_WORDS.search(head)
        else AgreementType.OTHER
        if _SET_OF_OTHERS.search(head)
        else plural.kind
    )
    return [_listed(plural, kind, (plural.start, end), doc.text[plural.start : end].strip(" ,"), found, status)]


_PLURAL_SUBJECT = compile_gated(
    r"(?:(?<![\w-])(?:the|their|signed|inked)\s+|[,:–—]\s+)(?P<words>(?:[a-z][a-z-]+\s+(?:and\s+)?){1,3})$"
)
"""The words that say what an English plural head's documents are about, after a determiner, a past signing verb or
a list's comma (`the double taxation agreements`, `signed new trade agreements`, `…, trade projection agreements`)."""
_NO_SUBJECT_WORDS = frozenset(
    {
        "the",
        "their",
        "a",
        "an",
        "of",
        "on",
        "in",
        "for",
        "to",
        "with",
        "by",
        "at",
        "from",
        "or",
        "also",
        "all",
        "any",
        "some",
        "these",
        "those",
        "its",
        "his",
        "her",
        "our",
        "other",
        "more",
        "most",
        "many",
        "several",
        "such",
        "both",
        "each",
        "this",
        "that",
        "which",
        "who",
        "are",
        "is",
        "were",
        "was",
        "have",
        "has",
        "had",
        "be",
        "been",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "not",
        "no",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "cooperation",
        "cooperative",
        "agreement",
        "agreements",
        "economic",
        "international",
        "various",
        "major",
        "key",
        "main",
        "relevant",
        "nonbinding",
        "binding",
        "regional",
    }
)


def _plural_subject(text: str, start: int) -> re.Match[str] | None:
    """The subject before an English plural head (`the trade and investment agreements`, `signed new trade
    agreements`), when its words are common nouns of substance: not a determiner, count, verb or generic word."""
    found = _PLURAL_SUBJECT.search(text, max(0, start - 50), start)
    if found is None:
        return None
    words = [w for w in found.group("words").split() if w != "and"]
    if any(w in _NO_SUBJECT_WORDS or w.endswith("ed") for w in words) or not set(words) - _GENERIC_MODIFIERS:
        return None
    return found


_SOME = compile_gated(r"(?<!\w)(?:a number of|some|various|a series of|a raft of|một số)\s+(?:cooperation\s+)?$", re.I)


_WITNESSED_OR_ONE_OF = re.compile(
    r"\bchứng kiến\s+(?:lễ\s+)?(?:k[ýí](?:\s+kết)?|trao(?:\s+đổi)?)\s+(?:(?:các|những|\d+)\s+)?$"
    r"|\bmột trong(?:\s+số)?\s+(?:(?:các|những|\d+)\s+)?$",
    re.I,
)
"""`hai Thủ tướng chứng kiến lễ ký các văn kiện hợp tác`: a set its witnesses name, not its signers (the page lists
the documents where it tells them); `một trong 11 văn kiện mà hai bên ký`: the document just told, one of a set."""


def _set_signed_by(doc: ArticleDoc, plural: _Plural, end: int) -> list[Mention]:
    """A counted plural head two named sides signed, naming no document of its own (`the MoIT and Guangxi province
    signed several memoranda of understanding`): the set, one document of the sides, as `_set_between` reads it. Not when
    the documents are told one by one after it, nor in a headline whose body names documents (`A and B sign
    memoranda of understanding`, then the body's); a head named back (`Các văn kiện này`, `The documents will …`)
    tells no document."""
    counted = plural.quant is not None or _SOME.search(doc.text, max(0, plural.start - 14), plural.start)
    if not counted or (plural.status or plural.state["status"]) != AgreementStatus.SIGNED:
        return []  # (`supported by the signing of MoUs`: documents in general, no set of them)
    between = _SET_BETWEEN.match(doc.text, plural.head_end)
    if between is not None and _SET_SIDES_UNNAMED.match(doc.text, between.end()):
        return []  # (`loạt văn kiện hợp tác giữa hai nước`: sides unnamed, as `_set_between` reads them)
    if _WITNESSED_OR_ONE_OF.search(doc.text, max(0, plural.start - 40), plural.start):
        return []  # `chứng kiến lễ ký các văn kiện hợp tác`: who watched, not who signed; `một trong 11 văn kiện`: one
    idx = doc.sentence_index(plural.start)
    text, english = doc.text, doc.article.lang == "en"
    title_end = dict(plural.spans)
    later = [
        (a, b, kind)
        for a, b, kind in plural.heads
        if a > plural.head_end
        and not _ANAPHOR.match(text, b)
        and not _bare(text, a, b, title_end.get(a, b), english=english)  # (`The documents will …`: named back)
    ]
    if idx == 0 and any(doc.sentence_index(a) > idx and (a, b) != (plural.start, plural.head_end) for a, b, _ in later):
        return []  # a headline's `A and B sign memoranda of understanding`: the body tells them
    if any(
        kind not in (AgreementType.FTA, AgreementType.PARTNERSHIP) and doc.lower[a:b] not in _PLURAL_HEADS
        for a, b, kind in later
        if doc.sentence_index(a) == idx
        or (0 < _told_after(doc, idx, doc.sentence_index(a)) <= 2 and _tells_them(doc, a))
    ):
        return []  # (`They signed three documents: an MoU on …`: told one by one)
    unnamed = (
        plural.kind != AgreementType.FTA
        and not _BY_BUSINESSES.search(text, doc.sentences[idx].start, plural.start)
        and not any(
            kind not in (AgreementType.FTA, AgreementType.PARTNERSHIP)
            and doc.lower[a:b] not in _PLURAL_HEADS
            and (a, b) != (plural.start, plural.head_end)  # (a Vietnamese plural's head is a singular word, counted)
            for a, b, kind in plural.heads
        )
    )  # (a set of unnamed sides stands for the page's documents only when the page tells none of them anywhere)
    return _the_set(doc, plural, end, sides_unnamed=unnamed)


_BY_BUSINESSES = re.compile(
    r"\b(?:companies|firms|businesses|enterprises|corporations|doanh nghiệp|công ty|tập đoàn)\b", re.I
)
"""`Vietnamese and Qatari companies signed several memoranda`: a set of firms' documents, not the two countries'."""


_LIST_NUMBER = re.compile(r"\s*(?:\d{1,2}\.)+\s*|\s*[a-zđ]\)\s*")
"""A sentence that is only a list item's number (`1.`, `1.1.`, `a)`): the splitter's cut, no sentence of its own."""


def _told_after(doc: ArticleDoc, idx: int, later: int) -> int:
    """How many sentences after sentence `idx` sentence `later` is, not counting a list item's number cut off as one
    (`… ký kết 10 văn kiện hợp tác. Những văn kiện này … 1.1. Bản ghi nhớ giữa …`: the next but one)."""
    return (
        sum(
            1
            for i in range(idx + 1, later + 1)
            if not _LIST_NUMBER.fullmatch(doc.text, doc.sentences[i].start, doc.sentences[i].end)
        )
        if later > idx
        else later - idx
    )


def _tells_them(doc: ArticleDoc, at: int) -> bool:
    """A document named in one of the sentences after a counted set is one of the set's, unless a quotation
    names it (`“… we are issuing a Joint Vision Document and a Plan of Action …”`: what a speaker adds)."""
    sentence = doc.sentence_of(at)
    opened = doc.text[sentence.start : at]
    return not (opened.count("“") > opened.count("”") or opened.count('"') % 2 == 1)
