"""`ArticleDoc`: the shared state of one article while the entity stages run (like a spaCy `Doc`).

Each stage reads the spans the earlier ones found (places, organisations,
people, agreements, topics, events) and adds its own, plus entities and
relations. Entities and relations are merged by id / (type, from, to) as they
are added, each mention and fact carrying its `Evidence` (the sentence and its
offsets in `Article.text`).
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.vocabulary import Label, Prop, RelType
from loaders import datelines
from loaders.dates import DateMention
from loaders.entities.lexicon import Lexicon, TitleMatch
from loaders.models import Article, ArticleExtraction, Entity, Evidence, Relation, Sentence
from loaders.resolution import Resolver

_THIS_YEAR = date.today().year

VIETNAM = "country:vn"
"""Viet Nam's node: a Vietnamese page's home country, and the country of our officials on an English page."""
VIETNAM_ISO = "VN"
"""No page was written after this year: a later one it names is a target (`đến năm 2030`)."""


@dataclass(slots=True)
class Span:
    """A mention found in the article text, pointing at the entity it names."""

    start: int
    end: int
    id: str
    label: str
    text: str
    data: dict[str, Any] = field(default_factory=dict)


_start = operator.attrgetter("start")
"""A span's start: what `ArticleDoc.within` bisects a list of spans on."""


def overlaps(spans: list[Span], start: int, end: int) -> bool:
    """Whether any of `spans` shares a character with `start`-`end` (a reader that adds spans leaves words another read)."""
    return any(sp.start < end and start < sp.end for sp in spans)


class ArticleDoc:
    def __init__(self, article: Article, resolver: Resolver, dates: list[DateMention], lexicon: Lexicon) -> None:
        self.article = article
        self.lexicon = lexicon
        self.text = article.text
        self.sentences: list[Sentence] = article.sentences or [Sentence(article.text, 0, len(article.text))]
        self._starts = [s.start for s in self.sentences]
        self.resolver = resolver
        self.dates = dates
        self._date_starts = [d.offset for d in dates]
        self.places: list[Span] = []
        self.known_orgs: list[Span] = []
        self.place_starts: set[int] = set()  # where a gazetteer place name begins, accepted or not
        self.main_ministry: str | None = None  # the ministry the article is about (most named)
        self.orgs: list[Span] = []
        self.people: list[Span] = []
        self.bare_titles: list[Span] = []
        self.agreements: list[Span] = []
        self.topics: list[Span] = []
        self.events: list[Span] = []
        self.entities: dict[str, Entity] = {}
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self._span_index: dict[tuple[int, int], dict[int, Span]] = {}
        # What a step reads of a stretch of the text (a sentence, a clause) and other steps ask again, kept by
        # (what, start, end) for the article's life: read once, not once per asker (`events.text._occasion_clauses`
        # is asked three to five times for each sentence). Only for readings of what no later step changes.
        self.memo: dict[tuple[str, int, int], Any] = {}
        # The sentences each entity and relation has evidence from (only `entity` and `relate` add any): a set
        # asked, not the list of an entity named in every sentence walked again at each mention.
        self._mentioned: set[tuple[str, int]] = set()
        self._evidenced: set[tuple[tuple[str, str, str], int]] = set()
        self.home_country = VIETNAM if article.lang == "vi" else None
        # The gazetteer entry whose aliases and properties `places.add_place_entity` merged into a node, by id, with
        # that node: a later mention of the same entry into the same node adds its mention only.
        self.place_entries_merged: dict[str, tuple[object, Entity]] = {}

    # --- positions -------------------------------------------------------
    def sentence_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def sentence_of(self, offset: int) -> Sentence:
        return self.sentences[self.sentence_index(offset)]

    def evidence(self, offset: int, confidence: float = 1.0) -> Evidence:
        s = self._sentence_at(offset)
        return Evidence(self.article.id, s.text, s.start, s.end, confidence)

    def _sentence_at(self, offset: int) -> Sentence:
        """`sentence_of` in one call (every mention and fact asks)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.sentences[i if i > 0 else 0]

    @functools.cached_property
    def lower(self) -> str:
        """The text lowercased with the same offsets (for case-insensitive matching without re.I, which is slow)."""
        lower = self.text.lower()
        if len(lower) != len(self.text):
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.text)
        return lower

    @functools.cached_property
    def datelines(self) -> datelines.Datelines:
        """Where the text's datelines stand, read once: places counts a place in capitals that opens one, agreement
        parties keeps the place a story was filed from out of what was signed."""
        return datelines.read(self.text)

    @functools.cached_property
    def present_year(self) -> int:
        """The page's present year: its own date's, else the latest past year it names (a page dated 2017 that
        speaks of a target, `until it reaches $5 billion in 2025`, still tells of 2017; a target year, `đến năm
        2030`, is no page's present); 0 when it names none. Events keep to days near it, agreements read a
        document signed in an earlier year as one that stands, not a signing the page reports."""
        own = self.article.date
        if own and own[:4].isdigit():
            return int(own[:4])
        return max((d.year for d in self.dates if d.year <= _THIS_YEAR and d.kind != "period"), default=0)

    @functools.cached_property
    def titles(self) -> dict[int, TitleMatch]:
        """Title mentions by start offset."""
        return self.lexicon.find_titles(self.text)

    @functools.cached_property
    def home_province(self) -> Span | None:
        """The Vietnamese province a page is about: the one it names most (the first among equals). Its bare
        provincial bodies (`UBND tỉnh`, `Tỉnh ủy`, `the provincial Party Committee`) are that province's. Read once
        the places are."""
        counts: dict[str, int] = {}
        first: dict[str, Span] = {}
        for sp in self.places:
            entry = sp.data.get("entry")
            if sp.label == Label.PROVINCE and entry is not None and entry.properties.get(Prop.COUNTRY) == "VN":
                counts[sp.id] = counts.get(sp.id, 0) + 1
                first.setdefault(sp.id, sp)
        if not counts:
            return None
        return first[max(counts, key=lambda pid: (counts[pid], -first[pid].start))]

    def title_at(self, offset: int) -> TitleMatch | None:
        return self.titles.get(offset)

    def within(self, spans: list[Span], start: int, end: int) -> list[Span]:
        """The spans (sorted by start) that start between two offsets (bisected on the spans themselves: a list of
        their starts made at each call cost more than the search, asked tens of times per sentence)."""
        return spans[bisect.bisect_left(spans, start, key=_start) : bisect.bisect_left(spans, end, key=_start)]

    def span_at(self, spans: list[Span], offset: int) -> Span | None:
        """The span of `spans` starting at `offset` (indexed once per list and length: stages call this a lot)."""
        key = (id(spans), len(spans))
        index = self._span_index.get(key)
        if index is None:
            index = {}
            for sp in spans:
                index.setdefault(sp.start, sp)
            self._span_index[key] = index
        return index.get(offset)

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        i = bisect.bisect_left(self._date_starts, start)
        out = []
        while i < len(self.dates) and self.dates[i].offset < end:
            if self.dates[i].end_offset <= end:
                out.append(self.dates[i])
            i += 1
        return out

    # --- facts -----------------------------------------------------------
    def entity(
        self,
        entity_id: str,
        label: str,
        name: str,
        *,
        labels: Sequence[str] = (),
        aliases: Sequence[str] = (),
        properties: dict[str, Any] | None = None,
        at: int | None = None,
        confidence: float = 1.0,
    ) -> Entity:
        """Add or merge an entity; `at` (an offset) records a mention, None means implied (no mention)."""
        ent = self.entities.get(entity_id)
        if ent is None:
            ent = self.resolver.canonical(Entity(entity_id, label, name, labels=list(labels)))
            self.entities[entity_id] = ent
        elif name and name != ent.name and name not in ent.aliases:
            ent.aliases.append(name)
        if labels:
            for extra in labels:
                if extra not in ent.labels:
                    ent.labels.append(extra)
        if aliases:
            for alias in aliases:
                if alias and alias != ent.name and alias not in ent.aliases:
                    ent.aliases.append(alias)
        if properties:
            for key, value in properties.items():
                if value is None:
                    continue
                if isinstance(value, list):
                    have = ent.properties.setdefault(key, [])
                    have.extend(v for v in value if v not in have)
                elif ent.properties.get(key) is None:
                    ent.properties[key] = value
        if at is not None:
            s = self._sentence_at(at)
            seen = (entity_id, s.start)
            if seen not in self._mentioned:  # (the Evidence made only when it is kept)
                self._mentioned.add(seen)
                ent.mentions.append(Evidence(self.article.id, s.text, s.start, s.end, confidence))
        return ent

    def relate(
        self,
        rel_type: str,
        source: str,
        target: str,
        *,
        at: int,
        properties: dict[str, Any] | None = None,
        confidence: float = 1.0,
    ) -> Relation | None:
        if source == target:
            return None
        key = (rel_type, source, target)
        rel = self.relations.get(key)
        if rel is None:
            rel = self.relations[key] = Relation(rel_type, source, target)
        if properties:
            for k, v in properties.items():
                if v is None:
                    continue
                old = rel.properties.get(k)
                if old is None:
                    rel.properties[k] = v
                elif k == Prop.TITLE and v not in str(old).split(", "):
                    rel.properties[k] = f"{old}, {v}"
        s = self._sentence_at(at)
        seen = (key, s.start)
        if seen not in self._evidenced:
            self._evidenced.add(seen)
            rel.evidence.append(Evidence(self.article.id, s.text, s.start, s.end, confidence))
        return rel

    def merge_entity(self, drop: str, keep: str) -> None:
        """Two nodes the page gave one body (`X Foods` and `X Foods, Inc`) become the one `keep`: its names, aliases,
        mentions and relations are the other's too, so what hangs on either (a party, a post) meets on one node."""
        gone, ent = self.entities.pop(drop), self.entities[keep]
        for alias in (gone.name, *gone.aliases):
            if alias and alias != ent.name and alias not in ent.aliases:
                ent.aliases.append(alias)
        for extra in gone.labels:
            if extra not in ent.labels:
                ent.labels.append(extra)
        for prop, value in gone.properties.items():
            if ent.properties.get(prop) is None:
                ent.properties[prop] = value
        for evidence in gone.mentions:
            if (keep, evidence.start) not in self._mentioned:
                self._mentioned.add((keep, evidence.start))
                ent.mentions.append(evidence)
        for key in [k for k in self.relations if drop in k[1:]]:
            rel = self.relations.pop(key)
            source, target = (keep if key[1] == drop else key[1]), (keep if key[2] == drop else key[2])
            if source == target:
                continue
            self._merge_relation(rel, (key[0], source, target))

    def _merge_relation(self, rel: Relation, key: tuple[str, str, str]) -> None:
        """A relation moved to another node, joined with the one already there (its evidence and properties)."""
        have = self.relations.get(key)
        if have is None:
            rel.source, rel.target = key[1], key[2]
            self.relations[key] = rel
            return
        for k, v in rel.properties.items():
            if have.properties.get(k) is None:
                have.properties[k] = v
        for evidence in rel.evidence:
            if (key, evidence.start) not in self._evidenced:
                self._evidenced.add((key, evidence.start))
                have.evidence.append(evidence)

    def employer(self, person: str) -> str | None:
        """The body (or, for a head of state or an ambassador with none read, the country or province) a person
        is there for: the last position read for them, the job a title chain ends with (`Ủy viên Trung ương
        Đảng …, Bí thư Khu ủy … Trần Cương`: the regional committee). The events and agreements stages both ask."""
        found = None
        for rel_type, source, target in self.relations:
            if (
                rel_type == RelType.HOLDS_POSITION
                and source == person
                and target in self.entities
                and target.startswith(("org:", "country:", "province:"))
            ):
                found = target
        return found

    def extraction(self) -> ArticleExtraction:
        return ArticleExtraction(self.article, list(self.entities.values()), list(self.relations.values()))
