"""The public entry points: `Extractor.extract_file`, `extract_text`, `extract_paths`.

read -> clean -> split (+ duplicate check) -> per article: language, dates,
places, organisations, officials, topics, events, agreements, then the learned
last words: the events kept or dropped by `events.scored`, the agreements'
parties scored by `agreement_parties.scored` (which reads the events) ->
`ArticleExtraction`. Articles in English (`Article.lang` = `en`, from
`loaders.language`) go through the same stages with their English rules
(`organizations_en` for organisations; English forms inside the others), and
meet the Vietnamese ones on the same ids.

An `Extractor` holds what is worth keeping between files: the compiled
gazetteer and topic automata (shared by every Extractor of the process), the
`DedupIndex` (an article already read is flagged, even from another file) and
the `Resolver` (canonical names and roles by id). It is cheap to make and to
reuse; one per loader run or per API request batch. Files are processed one
at a time, so memory stays flat however many are given. Folders are walked by
`loaders.walking` (the one walker of `edkg extract` and `edkg load`).

Duplicates are flagged by whoever sees the articles in input order: the
Extractor itself when it reads every file, the main process when worker
processes extract (`loaders.parallel`; each worker's Extractor is made with
`dedup=False` and the main one calls `flag_duplicates` on each document in
order), so `--jobs N` flags exactly the articles one job flags.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from core.errors import InputError
from loaders.cleaning import clean
from loaders.dates import find_dates, url_date
from loaders.entities import agreements, cities, events, officials, organizations, organizations_en, places, topics
from loaders.entities.agreement_parties import scored
from loaders.entities.agreements import scored_status
from loaders.entities.doc import ArticleDoc
from loaders.entities.events import scored as events_scored
from loaders.entities.lexicon import Lexicon, lexicon
from loaders.entities.officials import captions
from loaders.language import detect_lang
from loaders.models import Article, ArticleExtraction, DocumentExtraction, RawDocument
from loaders.reading import MAX_BYTES, read_path, read_stream, read_text
from loaders.resolution import Resolver
from loaders.splitting import DedupIndex, split_articles
from loaders.walking import Refused, files

PartyScorer = Callable[[ArticleDoc], None]
"""The last stage but one: reads a page's rule-made agreements and may add parties (`scored.add_scored_parties`)."""
StatusScorer = Callable[[ArticleDoc], None]
"""The last stage: reads a page's agreements and may replace their status (`scored_status.rescore_statuses`)."""

EventScorer = Callable[[ArticleDoc], None]
"""The stage before the party scorer: reads a page's rule-made events and may drop some and add attendees (`events_scored.score_events`)."""


class Extractor:
    """Reads files or text into `DocumentExtraction`s; keep one across files to dedupe and resolve across them.

    `status_scorer` is the last stage, the learned scorer of agreement statuses by default, `party_scorer` the one
    before it, the learned scorer of agreement parties, and `event_scorer` the one before that, the learned
    keep-or-drop of events. Whoever studies the rules alone (the scorers' training scripts, their tests) passes a
    callable that keeps the page instead: the pipeline is the same, with no patching of module attributes."""

    def __init__(
        self,
        *,
        max_bytes: int = MAX_BYTES,
        lex: Lexicon | None = None,
        dedup: bool = True,
        party_scorer: PartyScorer = scored.add_scored_parties,
        event_scorer: EventScorer = events_scored.score_events,
        status_scorer: StatusScorer = scored_status.rescore_statuses,
    ) -> None:
        self.max_bytes = max_bytes
        self.party_scorer = party_scorer
        self.event_scorer = event_scorer
        self.status_scorer = status_scorer
        self.lexicon = lex or lexicon()
        self.topics = topics.topic_matcher()
        self.dedup = DedupIndex()
        self.flags_duplicates = dedup
        self.resolver = Resolver()

    def extract_file(self, path: Path | str) -> DocumentExtraction:
        """One file; an unreadable file gives a DocumentExtraction with `error` set (never raises InputError)."""
        try:
            raw = read_path(path, max_bytes=self.max_bytes)
        except InputError as exc:
            return DocumentExtraction(source=str(path), error=exc.reason)
        return self._extract(raw)

    def extract_text(
        self,
        text: str,
        source: str = "request",
        *,
        url: str | None = None,
        title: str | None = None,
        date: str | None = None,
        lang: str | None = None,
    ) -> DocumentExtraction:
        """Text already decoded (a request body); the metadata given overrides what the text states."""
        try:
            raw = read_text(text, source, max_bytes=self.max_bytes)
        except InputError as exc:
            return DocumentExtraction(source=source, error=exc.reason)
        return self._extract(raw, url=url, title=title, date=date, lang=lang)

    def extract_stream(self, stream: BinaryIO | None = None, source: str = "-") -> DocumentExtraction:
        """Standard input (or any binary stream), decoded as a file is (encoding detected, size capped)."""
        try:
            raw = read_stream(stream, source, max_bytes=self.max_bytes)
        except InputError as exc:
            return DocumentExtraction(source=source, error=exc.reason)
        return self._extract(raw)

    def extract_paths(self, paths: Iterable[Path | str]) -> Iterator[DocumentExtraction]:
        """Files and folders (walked by `loaders.walking`), streamed one file at a time."""
        for path in files(paths):
            if isinstance(path, Refused):
                yield DocumentExtraction(source=str(path.path), error=path.reason)
            else:
                yield self.extract_file(path)

    def flag_duplicates(self, doc: DocumentExtraction) -> None:
        """Flag the document's articles already read (in this Extractor's order); for documents extracted
        elsewhere by an Extractor made with `dedup=False`."""
        for extraction in doc.articles:
            extraction.article.duplicate_of = self.dedup.check(extraction.article)

    def extract_article(self, article: Article) -> ArticleExtraction:
        """Every entity and relation of one article (the stages in order; each reads what the earlier found)."""
        doc = ArticleDoc(
            article,
            self.resolver,
            find_dates(article.text, pub_date=article.date),
            self.lexicon,
        )
        self._read_names(doc)
        topics.find_topics(doc, self.topics)
        events.find_events(doc)
        agreements.find_agreements(doc)
        self._read_captions(doc)  # (before the scorers: what they read is what their training scripts read)
        self.event_scorer(doc)  # (before the party scorer: it reads the signings' participants)
        self.party_scorer(doc)
        self.status_scorer(doc)
        return doc.extraction()

    def _read_captions(self, doc: ArticleDoc) -> None:
        """The officials the article's set-aside captions name with a post (`officials.captions`): their places,
        bodies and officials read as the text's are, apart, after the rules' stages (none of them sees a caption); the
        learned scorers, after it, read the page as their training scripts do, once every stage has run."""
        article = captions.caption_article(doc.article)
        if article is None:
            return
        read = ArticleDoc(article, self.resolver, find_dates(article.text, pub_date=article.date), self.lexicon)
        read.home_country = doc.home_country
        self._read_names(read)
        captions.add_captioned_officials(doc, read)

    def _read_names(self, doc: ArticleDoc) -> None:
        """The stages that read names — places, foreign cities, bodies, officials — in their order (each reads what
        the one before found); the text's and the set-aside captions' alike."""
        places.scan(doc, self.lexicon)
        cities.find_foreign_cities(doc)
        cities.name_countries_by_adjective(doc)
        if doc.article.lang == "en":
            organizations_en.find_organizations(doc, self.lexicon)
        else:
            organizations.find_organizations(doc, self.lexicon)
        officials.find_officials(doc, self.lexicon)

    def _extract(
        self,
        raw: RawDocument,
        *,
        url: str | None = None,
        title: str | None = None,
        date: str | None = None,
        lang: str | None = None,
    ) -> DocumentExtraction:
        articles = split_articles(clean(raw))
        if not articles:
            return DocumentExtraction(source=raw.source, error="no article text left after removing page furniture")
        out = DocumentExtraction(source=raw.source)
        meta = raw.meta
        url, date, lang, title = (
            url or meta.get("url"),
            date or meta.get("date"),
            lang or meta.get("lang"),
            title or meta.get("title"),
        )
        for article in articles:
            article.url = url or article.url
            article.date = date or article.date or url_date(article.url)  # (the day its address files it under)
            article.outlet = article.outlet or meta.get("source") or _host(url)
            article.lang = lang or detect_lang(article.text)
            if title and len(articles) == 1:
                article.title = title
            if self.flags_duplicates:
                article.duplicate_of = self.dedup.check(article)
            out.articles.append(self.extract_article(article))
        return out


def _host(url: str | None) -> str | None:
    """The outlet of a page is its host (`congthuong.vn`), when nothing in the text names it."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None
