// An extra label (e.g. Ministry) on merged entities; __LABEL__ is checked
// against graph.model. Rows: element ids.
// Only nodes that lack it: setting a label a node already has is not free in
// Neo4j 5 (it costs about as much as touching every relationship of the node,
// 5 s per batch on a ministry named by 70,000 articles).
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid AND NOT n:__LABEL__
SET n:__LABEL__;
