// A source listed these articles: one LISTED per (source, url as listed), with
// the entry's `lastmod` and the page's validators when it was fetched.
// Rows: {id, url, lastmod, etag, last_modified}.
MATCH (s:Source {url: $source})
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
MERGE (s)-[l:LISTED {url: row.url}]->(a)
SET l.lastmod = row.lastmod, l.etag = row.etag, l.last_modified = row.last_modified;
