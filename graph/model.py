"""The graph's shape, and its vocabulary under the names the writer and the API have always used.

The names themselves (labels, relationship types, id prefixes, the allow-list
the writers and the API check every label and relationship type against) are
spelled once, in `core.vocabulary`; this module re-exports them and describes
how they fit together. No label or type ever comes from article text or a
request without passing through that allow-list.

The graph shape (the writer in graph/writer.py and the API in api/ both keep to it):
- Article nodes: `(:Article {id, key, title, source, url, date, lang, text, text_hash, file, synthetic, facts, loaded_at})`; `facts` lists the fact relationships the article supports as `TYPE|source id|target id` (`graph.rows.fact_key`). `id` = `article:<16 hex of sha256(normalised text)>` (from the extractor). `key` = the article's identity across versions: its url when known, else `file:<basename>#<n>` (n = position of the article in its file); a new text under an existing key is a changed version of that article.
- Entity nodes, one per id, with their primary label (`Official`, `Organization`, `Province`, `Country`, `Agreement`, `Topic`, `Event`) plus extra labels (`Ministry`): properties `id, name, name_key` (= `core.text.fold(name)`), `aliases` (list of strings, unioned across articles, including the unaccented form), `search_text` (name and all aliases joined with " | ", for the full-text index `entity_search`), the entity's own scalar/list properties from the extraction flattened (e.g. Agreement: `type, status, date, date_precision, title`; Event: `kind, date, date_precision, location`; Province: `iso, country, kind, status`; Country: `iso2, iso3`; Official: `titles, country`; Organization: `kind, country, abbr`), and provenance `first_seen`, `last_seen` (ISO dates of the articles that mention it; the articles themselves are its MENTIONED_IN relationships, never a list on the node, which would grow with the corpus). Properties are merged, never overwritten by an emptier value.
- `(entity)-[:MENTIONED_IN {evidence: [sentences], spans: ["start:end", ...], read_name, read_aliases, read_properties}]->(:Article)` for every article naming it; the `read_*` properties are what that article says of the entity (`graph.rows.Contribution`, properties as JSON text), from which unloading another article recomputes the entity.
- Fact relationships between entities, types from `core.vocabulary.FACT_TYPES` only (HOLDS_POSITION, PART_OF, BASED_IN, IN_COUNTRY, SUCCEEDED_BY, PARTY_TO, ATTENDED, HELD_IN, SIGNED_AT, ABOUT, PARTICIPATED_IN), one relationship per (type, from, to), with properties: the relation's own properties (e.g. HOLDS_POSITION `title`), `article_count` (distinct supporting articles; which ones: the Articles whose `facts` name it), `evidence` (list of sentences, at most `graph.writer.EVIDENCE_CAP` entries), `evidence_articles` (article id of each evidence entry, parallel list), `evidence_spans` (`"start:end"` offsets in that article's `text`, parallel list), `confidence` (max), `first_seen`, `last_seen`.
- Fetched articles (`edkg load URL`, `POST /articles {url}`, `edkg watch`) also carry `html_gz` (the page as fetched, gzip, for a later re-extraction) and `fetched_url`; watched feeds and sitemaps are `(:Source {url, kind, etag, last_modified, checked_at, status, errors, last_error, …})-[:LISTED {url, lastmod}]->(:Article)` (bookkeeping, see `WATCH_LABELS`).
- An entity or relationship exists exactly as long as at least one loaded article supports it (an entity: a MENTIONED_IN; a fact: `article_count` > 0).
- Ids: `person:nguyen-hong-dien`, `org:moit`, `province:cn-gx` (ISO 3166-2, lower case), `country:cn` (ISO 3166-1 alpha-2), `topic:ai`, `agreement:…`, `event:…`, `article:…`.
- Canonical question over this shape: provinces P with `(P)-[:IN_COUNTRY]->(:Country {iso2:'CN'})` and `(P)-[:PARTY_TO]->(a:Agreement {type:'mou'})<-[:PARTY_TO]-(:Organization {id:'org:moit'})`.
"""

from __future__ import annotations

from typing import Final

from core.vocabulary import (
    ALL_RELATIONSHIP_TYPES,
    ENTITY_LABELS,
    ID_PREFIXES,
    NODE_LABELS,
    PRIMARY_LABELS,
    PROVENANCE_TYPE,
    WATCH_LABELS,
    WATCH_RELATIONSHIP_TYPES,
    Label,
    RelType,
    check_label,
    check_relationship_type,
)
from core.vocabulary import FACT_TYPES as RELATIONSHIP_TYPES

ARTICLE: Final = Label.ARTICLE
OFFICIAL: Final = Label.OFFICIAL
ORGANIZATION: Final = Label.ORGANIZATION
MINISTRY: Final = Label.MINISTRY
PROVINCE: Final = Label.PROVINCE
COUNTRY: Final = Label.COUNTRY
AGREEMENT: Final = Label.AGREEMENT
TOPIC: Final = Label.TOPIC
EVENT: Final = Label.EVENT
SOURCE: Final = Label.SOURCE
"""A watched feed or sitemap, one per `url` (constraint `source_url`): its HTTP validators, last check, errors."""
LISTED: Final = RelType.LISTED
"""Source -> Article: the source listed the article under `url` (with the entry's `lastmod`)."""

__all__ = [
    "AGREEMENT",
    "ALL_RELATIONSHIP_TYPES",
    "ARTICLE",
    "COUNTRY",
    "ENTITY_LABELS",
    "EVENT",
    "ID_PREFIXES",
    "LISTED",
    "MINISTRY",
    "NODE_LABELS",
    "OFFICIAL",
    "ORGANIZATION",
    "PRIMARY_LABELS",
    "PROVENANCE_TYPE",
    "PROVINCE",
    "RELATIONSHIP_TYPES",
    "SOURCE",
    "TOPIC",
    "WATCH_LABELS",
    "WATCH_RELATIONSHIP_TYPES",
    "check_label",
    "check_relationship_type",
]
