// Record a check of a source: `$props` holds every property the check sets
// (a null removes one, e.g. the last error once a check succeeds). `id` is
// `source:<url>`, so that every node of the graph has an id.
MERGE (s:Source {url: $url})
ON CREATE SET s.added_at = $now, s.id = 'source:' + $url
SET s += $props;
