"""The typed contract between the pipeline stages and with the graph writer.

read -> clean -> split -> (dates, entities, agreements, topics, events) ->
resolve -> `ArticleExtraction`. The writer (`graph.writer`) consumes
`ArticleExtraction` objects one article at a time; the dry run (`edkg extract
--format json`) turns a file's extractions into the contract of
`../shared/eval/README.md` with `loaders.contract.to_document`.

Plain dataclasses with slots: the hot path builds many of them, and they carry
no validation cost; the API's pydantic models are separate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SYNTHETIC_SOURCE_LINE = "Nguồn: edkg-synth"
"""The last line of every article `loaders.synth` makes."""
SYNTHETIC_TITLE_MARK = "[synthetic]"
"""The first word of the title of every article `loaders.synth` makes."""


def is_synthetic(text: str) -> bool:
    """True for a text `loaders.synth` made (the title mark or the source line): such an article is marked
    `Article.synthetic` when it is read, so that the graph tells it apart from real news."""
    return text.lstrip().startswith(SYNTHETIC_TITLE_MARK) or SYNTHETIC_SOURCE_LINE in text


@dataclass(slots=True)
class RawDocument:
    """One input file (or stdin, or a request body) decoded to text."""

    source: str  # path or "-" / "request"; used in messages and the contract's "file"
    text: str  # NFC text, one tone-mark convention, page furniture not yet removed
    encoding: str  # "utf-8", "cp1258", ...
    meta: dict[str, str] = field(default_factory=dict)  # a leading `url: …` / `lang: …` header block, if any


@dataclass(slots=True)
class Sentence:
    text: str
    start: int  # character offsets in Article.text
    end: int


@dataclass(slots=True)
class Article:
    """One article found in a document, cleaned of page furniture."""

    id: str  # "article:<first 16 hex of sha256 of the normalised text>"
    title: str
    text: str  # cleaned article text (title first line included)
    text_hash: str  # full sha256 hex of the normalised text
    source_file: str
    outlet: str | None = None  # "congthuong.vn", "VTC News", ...
    url: str | None = None
    date: str | None = None  # publication date, ISO (YYYY, YYYY-MM or YYYY-MM-DD)
    lang: str = "vi"
    duplicate_of: str | None = None  # id of the article already read with the same text
    synthetic: bool = False  # made by loaders.synth (see is_synthetic), not real news
    sentences: list[Sentence] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # photo captions cleaning set aside: read for officials only


@dataclass(slots=True)
class Evidence:
    """Where a fact was read: the article, the sentence, its offsets, and how sure we are."""

    article_id: str
    sentence: str
    start: int  # offsets of the sentence in Article.text; a caption cleaning set aside: start == end == len(text)
    end: int
    confidence: float = 1.0


@dataclass(slots=True)
class Entity:
    id: str  # readable, stable: person:nguyen-hong-dien, org:moit, province:cn-gx ...
    label: str  # primary label, one of core.vocabulary.ENTITY_LABELS
    name: str  # canonical name (as written in Vietnamese where possible)
    labels: list[str] = field(default_factory=list)  # extra labels, e.g. [Label.ORGANIZATION, Label.MINISTRY]
    aliases: list[str] = field(default_factory=list)  # other spellings, incl. unaccented and English
    properties: dict[str, Any] = field(default_factory=dict)
    mentions: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Relation:
    type: str  # one of core.vocabulary.FACT_TYPES
    source: str  # entity id ("from" in the contract)
    target: str  # entity id ("to" in the contract)
    properties: dict[str, Any] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type, self.source, self.target)


@dataclass(slots=True)
class ArticleExtraction:
    """Everything read from one article: the unit the graph writer loads and unloads."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


@dataclass(slots=True)
class DocumentExtraction:
    """Everything read from one input file (it may hold several articles)."""

    source: str
    articles: list[ArticleExtraction] = field(default_factory=list)
    error: str | None = None  # set when the file could not be read; nothing else is then
