// Article nodes of a batch (new articles only: graph.writer skips loaded ids).
// Rows: {id, props}; returns the element id each fact statement binds to.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.loaded_at = datetime()
RETURN row.id AS id, elementId(a) AS eid;
