// Which articles of a batch are already loaded: by id (unchanged or duplicate)
// and by key (an older version of the same article, to be replaced).
// Rows: {id, key}. Used by graph.writer inside the batch's write transaction,
// after lock_articles.cypher. `ours`: the loaded article carries this write's
// own stamp ($stamp, its `loaded_at`), i.e. an earlier attempt of this very
// write committed it and only the acknowledgement was lost.
UNWIND $rows AS row
OPTIONAL MATCH (same:Article {id: row.id})
OPTIONAL MATCH (older:Article {key: row.key})
WHERE older.id <> row.id
RETURN row.id AS id, same.key AS loaded_key, coalesce(same.loaded_at = $stamp, false) AS ours,
       collect(older.id) AS older_ids;
