// Article nodes of a batch (new articles only: graph.writer skips loaded ids).
// Rows: {id, props}; returns the element id each fact statement binds to.
// $stamp: the write's own `loaded_at` (graph.writer.new_stamp), the same for
// every attempt of one write, so a retry recognises what it committed.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.loaded_at = $stamp
RETURN row.id AS id, elementId(a) AS eid;
