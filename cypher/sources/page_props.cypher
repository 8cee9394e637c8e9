// The original page of fetched articles, kept for a later re-extraction
// (gzip bytes), and the URL it was fetched from. Set once: an article already
// holding its page keeps it (a rerun changes nothing). Rows: {id, html, fetched_url}.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
WHERE a.html_gz IS NULL
SET a.html_gz = row.html, a.fetched_url = row.fetched_url;
