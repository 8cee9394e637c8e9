// @title: Watched sources
// @answers: every feed or sitemap `edkg watch` reads, with its last check, last new article and errors.
// @param offset: rows to skip
// @param limit: rows to return
// One row, even when nothing is watched: the total and the page of sources.
OPTIONAL MATCH (s:Source)
WITH s ORDER BY s.url
WITH collect(s) AS found
RETURN size(found) AS total,
       [s IN found[$offset..$offset + $limit] |
         s {.url, .kind, .title, .parent, .added_at, .checked_at, .status, .entries, .last_new_at, .last_new_url,
            .new_total, .errors, .last_error, .last_error_at, .page_errors, .retry_urls, .failed_urls,
            .last_modified, conditional: s.etag IS NOT NULL OR s.last_modified IS NOT NULL,
            articles: COUNT { (s)-[:LISTED]->(:Article) }}] AS sources;
