// Entity nodes of one primary label (__LABEL__ is replaced by a label checked
// against graph.model; nothing else is ever substituted). Rows: {id}.
// Only the nodes here: their properties are set by update_entities.cypher at
// the end of the transaction, because once a hub's long `article_ids` list
// has changed in a transaction, every later statement touching that node in
// the same transaction slows down in proportion to the list.
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
ON CREATE SET n.article_ids = [], n.aliases = []
RETURN row.id AS id, elementId(n) AS eid;
