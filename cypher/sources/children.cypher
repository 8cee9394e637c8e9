// The sitemaps a sitemap index listed at its last full read (checked again
// even when the index itself answers 304: children change more often).
MATCH (s:Source {parent: $url})
RETURN s.url AS url
ORDER BY url;
