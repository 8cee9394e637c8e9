// Which of the URLs a feed or sitemap lists are already known: listed before by
// a source (with the `lastmod` recorded then) or the key of a loaded article
// (its canonical URL). Rows: $urls. Index-backed: LISTED.url, Article.key.
UNWIND $urls AS url
CALL (url) {
  OPTIONAL MATCH (:Source)-[l:LISTED {url: url}]->(:Article)
  RETURN count(l) AS listed, max(l.lastmod) AS lastmod
}
CALL (url) {
  OPTIONAL MATCH (a:Article {key: url})
  RETURN count(a) AS keyed
}
RETURN url, listed + keyed > 0 AS known, lastmod;
