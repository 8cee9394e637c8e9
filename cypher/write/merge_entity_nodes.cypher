// Entity nodes of one primary label (__LABEL__ is replaced by a label checked
// against graph.model; nothing else is ever substituted). Rows: {id}.
// Only the nodes here: their properties are set by update_entities.cypher at
// the end of the transaction.
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
ON CREATE SET n.aliases = []
RETURN row.id AS id, elementId(n) AS eid;
