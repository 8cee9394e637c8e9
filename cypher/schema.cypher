// The graph's schema: applied idempotently by `edkg schema apply` and before
// every load. Every statement uses IF NOT EXISTS, so applying it twice
// changes nothing.

// One node per id, for every label.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ministry_id IF NOT EXISTS FOR (n:Ministry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;

// The writer's transient lock nodes (cypher/write/lock_articles.cypher): the
// constraint is what makes a second MERGE of the same name wait for the first.
CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.name IS UNIQUE;

// Properties the queries filter on.
CREATE INDEX article_text_hash IF NOT EXISTS FOR (n:Article) ON (n.text_hash);
// An article's identity across versions (url, or file and position): finds the older version to replace.
CREATE INDEX article_key IF NOT EXISTS FOR (n:Article) ON (n.key);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);
CREATE INDEX agreement_type IF NOT EXISTS FOR (n:Agreement) ON (n.type);
CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status);
CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX province_country IF NOT EXISTS FOR (n:Province) ON (n.country);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX official_name_key IF NOT EXISTS FOR (n:Official) ON (n.name_key);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.name_key);
CREATE INDEX province_name_key IF NOT EXISTS FOR (n:Province) ON (n.name_key);
// When the graph last changed (GET /health): the newest article, read from the index's end.
CREATE INDEX article_loaded_at IF NOT EXISTS FOR (n:Article) ON (n.loaded_at);

// Watched feeds and sitemaps (`edkg watch`, graph/sources.py): one Source per URL;
// LISTED.url is the URL an entry was listed under, so a known entry is skipped unfetched.
CREATE CONSTRAINT source_url IF NOT EXISTS FOR (n:Source) REQUIRE n.url IS UNIQUE;
CREATE INDEX listed_url IF NOT EXISTS FOR ()-[r:LISTED]-() ON (r.url);

// Search by name or alias, in Vietnamese with or without diacritics, or in
// English: `search_text` holds the name and every alias; the folding analyzer
// strips accents (so `quang tay` finds `Quảng Tây`).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Official|Organization|Province|Country|Agreement|Topic|Event)
ON EACH [n.name, n.search_text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
