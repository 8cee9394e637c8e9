// Which articles of a batch are already loaded: by id (unchanged or duplicate)
// and by key (an older version of the same article, to be replaced).
// Rows: {id, key}. Used by graph.writer inside the batch's write transaction.
UNWIND $rows AS row
OPTIONAL MATCH (same:Article {id: row.id})
OPTIONAL MATCH (older:Article {key: row.key})
WHERE older.id <> row.id
RETURN row.id AS id, same.key AS loaded_key, collect(older.id) AS older_ids;
