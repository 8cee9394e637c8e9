// Entity nodes of one primary label (__LABEL__ is replaced by a label checked
// against core.vocabulary; nothing else is ever substituted). Rows: {id}.
// Why text and not a dynamic label (`MERGE (n:$($label) {id: row.id})`): in
// Neo4j 5.26 a dynamic label cannot use the `id` uniqueness constraint's index;
// EXPLAIN shows AllNodesScan + Filter under the Merge instead of
// NodeUniqueIndexSeek(Locking), a scan of the whole graph per row.
// Only the nodes here: their properties are set by update_entities.cypher at
// the end of the transaction.
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
ON CREATE SET n.aliases = []
RETURN row.id AS id, elementId(n) AS eid;
