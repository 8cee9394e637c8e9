// Entity properties and provenance. One row per entity per batch, aggregated
// by graph.writer: {eid, name, name_key, date, scalars, dates, lists, aliases,
// first, last}. The articles that name an entity are its MENTIONED_IN
// relationships (no list of them on the node: see graph.writer).
// Merge rules: lists are unioned; a scalar is set when the node has none, and
// replaced only by a value read in a newer article (its date in `dates` later
// than the node's `last_seen`; same date: the greater value), so an emptier
// or older mention never overwrites.
// `_lock`: the node's write lock taken before its properties are read (Neo4j's documented way to avoid lost
// updates at read committed), so two writers of different articles naming the same entity merge in turn;
// removed again before the end of the statement, it is never committed.
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.eid
SET n._lock = true
WITH n, row, coalesce(n.last_seen, '') AS seen
SET n.name = CASE
    WHEN n.name IS NULL OR n.name = '' OR row.date > seen OR (row.date = seen AND row.name > n.name) THEN row.name
    ELSE n.name END
SET n.name_key = CASE WHEN n.name = row.name THEN row.name_key ELSE n.name_key END
FOREACH (k IN keys(row.scalars) | SET n[k] = CASE
    WHEN n[k] IS NULL OR n[k] = '' THEN row.scalars[k]
    WHEN row.dates[k] > seen THEN row.scalars[k]
    WHEN row.dates[k] = seen AND row.scalars[k] > n[k] THEN row.scalars[k]
    ELSE n[k] END)
FOREACH (k IN keys(row.lists) | SET n[k] = coalesce(n[k], []) + [x IN row.lists[k] WHERE NOT x IN coalesce(n[k], [])])
SET n.aliases = n.aliases + [x IN row.aliases WHERE NOT x IN n.aliases AND x <> n.name]
SET n.search_text = reduce(s = n.name, x IN n.aliases | s + ' | ' + x),
    n.first_seen = CASE WHEN row.first IS NOT NULL AND (n.first_seen IS NULL OR row.first < n.first_seen) THEN row.first ELSE n.first_seen END,
    n.last_seen = CASE WHEN row.last IS NOT NULL AND (n.last_seen IS NULL OR row.last > n.last_seen) THEN row.last ELSE n.last_seen END
REMOVE n._lock;
