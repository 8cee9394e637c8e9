"""The graph's vocabulary: node labels, relationship types and id prefixes.

This is the allow-list the writers and the API check every label and
relationship type against: no label or type ever comes from article text or a
request without passing through here.

The graph shape (the writer in graph/writer.py and the API in api/ both keep to it):
- Article nodes: `(:Article {id, key, title, source, url, date, lang, text, text_hash, file, synthetic, facts, loaded_at})`; `facts` lists the fact relationships the article supports as `TYPE|source id|target id` (`graph.rows.fact_key`). `id` = `article:<16 hex of sha256(normalised text)>` (from the extractor). `key` = the article's identity across versions: its url when known, else `file:<basename>#<n>` (n = position of the article in its file); a new text under an existing key is a changed version of that article.
- Entity nodes, one per id, with their primary label (`Official`, `Organization`, `Province`, `Country`, `Agreement`, `Topic`, `Event`) plus extra labels (`Ministry`): properties `id, name, name_key` (= `core.text.fold(name)`), `aliases` (list of strings, unioned across articles, including the unaccented form), `search_text` (name and all aliases joined with " | ", for the full-text index `entity_search`), the entity's own scalar/list properties from the extraction flattened (e.g. Agreement: `type, status, date, date_precision, title`; Event: `kind, date, date_precision, location`; Province: `iso, country, kind, status`; Country: `iso2, iso3`; Official: `titles, country`; Organization: `kind, country, abbr`), and provenance `first_seen`, `last_seen` (ISO dates of the articles that mention it; the articles themselves are its MENTIONED_IN relationships, never a list on the node, which would grow with the corpus). Properties are merged, never overwritten by an emptier value.
- `(entity)-[:MENTIONED_IN {evidence: [sentences], spans: ["start:end", ...], read_name, read_aliases, read_properties}]->(:Article)` for every article naming it; the `read_*` properties are what that article says of the entity (`graph.rows.Contribution`, properties as JSON text), from which unloading another article recomputes the entity.
- Fact relationships between entities, types from `graph.model.RELATIONSHIP_TYPES` only (HOLDS_POSITION, PART_OF, BASED_IN, IN_COUNTRY, SUCCEEDED_BY, PARTY_TO, ATTENDED, HELD_IN, SIGNED_AT, ABOUT, PARTICIPATED_IN), one relationship per (type, from, to), with properties: the relation's own properties (e.g. HOLDS_POSITION `title`), `article_count` (distinct supporting articles; which ones: the Articles whose `facts` name it), `evidence` (list of sentences, at most `graph.writer.EVIDENCE_CAP` entries), `evidence_articles` (article id of each evidence entry, parallel list), `evidence_spans` (`"start:end"` offsets in that article's `text`, parallel list), `confidence` (max), `first_seen`, `last_seen`.
- Fetched articles (`edkg load URL`, `POST /articles {url}`, `edkg watch`) also carry `html_gz` (the page as fetched, gzip, for a later re-extraction) and `fetched_url`; watched feeds and sitemaps are `(:Source {url, kind, etag, last_modified, checked_at, status, errors, last_error, …})-[:LISTED {url, lastmod}]->(:Article)` (bookkeeping, see `WATCH_LABELS`).
- An entity or relationship exists exactly as long as at least one loaded article supports it (an entity: a MENTIONED_IN; a fact: `article_count` > 0).
- Ids: `person:nguyen-hong-dien`, `org:moit`, `province:cn-gx` (ISO 3166-2, lower case), `country:cn` (ISO 3166-1 alpha-2), `topic:ai`, `agreement:…`, `event:…`, `article:…`.
- Canonical question over this shape: provinces P with `(P)-[:IN_COUNTRY]->(:Country {iso2:'CN'})` and `(P)-[:PARTY_TO]->(a:Agreement {type:'mou'})<-[:PARTY_TO]-(:Organization {id:'org:moit'})`.
"""

from __future__ import annotations

from typing import Final

# Node labels. `Ministry` is an extra label on some `Organization` nodes.
ARTICLE: Final = "Article"
OFFICIAL: Final = "Official"
ORGANIZATION: Final = "Organization"
MINISTRY: Final = "Ministry"
PROVINCE: Final = "Province"
COUNTRY: Final = "Country"
AGREEMENT: Final = "Agreement"
TOPIC: Final = "Topic"
EVENT: Final = "Event"

ENTITY_LABELS: Final = (OFFICIAL, ORGANIZATION, MINISTRY, PROVINCE, COUNTRY, AGREEMENT, TOPIC, EVENT)
NODE_LABELS: Final = (ARTICLE, *ENTITY_LABELS)
PRIMARY_LABELS: Final = tuple(label for label in NODE_LABELS if label != MINISTRY)
"""Labels that own an `id` uniqueness constraint (a Ministry is always an Organization too)."""

# Relationship types between entities (facts), each with its evidence.
RELATIONSHIP_TYPES: Final = {
    "HOLDS_POSITION": "Official -> Organization|Country|Province: a role, `title` property",
    "PART_OF": "Organization -> Organization: a department of a ministry, a body of a government",
    "BASED_IN": "Organization -> Country|Province: where an organisation belongs",
    "IN_COUNTRY": "Province -> Country",
    "SUCCEEDED_BY": "Province -> Province: a Vietnamese province merged into its successor (2025)",
    "PARTY_TO": "Organization|Province|Country -> Agreement",
    "ATTENDED": "Official -> Event",
    "HELD_IN": "Event -> Province|Country|Organization: the place of an event",
    "SIGNED_AT": "Agreement -> Event: the event where an agreement was signed or handed over",
    "ABOUT": "Event|Agreement|Article -> Topic: the topics discussed or covered",
    "PARTICIPATED_IN": "Organization|Province|Country -> Event: a party present through its delegation",
}
PROVENANCE_TYPE: Final = "MENTIONED_IN"
"""Entity -> Article: every entity points to the articles that name it."""

ALL_RELATIONSHIP_TYPES: Final = (*RELATIONSHIP_TYPES, PROVENANCE_TYPE)

# The watcher's bookkeeping (`edkg watch`, graph/sources.py): not knowledge, so neither in NODE_LABELS nor in
# ALL_RELATIONSHIP_TYPES (never counted by /stats, drawn, searched or followed by a neighbourhood); its Cypher
# lives in cypher/sources/ and names only these two.
SOURCE: Final = "Source"
"""A watched feed or sitemap, one per `url` (constraint `source_url`): its HTTP validators, last check, errors."""
LISTED: Final = "LISTED"
"""Source -> Article: the source listed the article under `url` (with the entry's `lastmod`)."""
WATCH_LABELS: Final = (SOURCE,)
WATCH_RELATIONSHIP_TYPES: Final = (LISTED,)

ID_PREFIXES: Final = {
    OFFICIAL: "person",
    ORGANIZATION: "org",
    MINISTRY: "org",
    PROVINCE: "province",
    COUNTRY: "country",
    AGREEMENT: "agreement",
    TOPIC: "topic",
    EVENT: "event",
    ARTICLE: "article",
}


def check_label(label: str) -> str:
    """Return `label` if it is one of ours, else raise ValueError (never interpolate unknown text)."""
    if label not in NODE_LABELS:
        raise ValueError(f"unknown node label {label!r}")
    return label


def check_relationship_type(rel_type: str) -> str:
    """Return `rel_type` if it is one of ours, else raise ValueError."""
    if rel_type not in ALL_RELATIONSHIP_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r}")
    return rel_type
