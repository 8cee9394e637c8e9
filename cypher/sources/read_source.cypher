// One watched source's state (validators, pages to retry, pages that failed for good).
MATCH (s:Source {url: $url})
RETURN s {.*} AS source;
