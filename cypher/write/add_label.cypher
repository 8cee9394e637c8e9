// An extra label (e.g. Ministry) on merged entities. Rows: element ids; $label
// is checked against core.vocabulary by graph.writer, and set as a dynamic
// label (Neo4j 5.26 `SET n:$(…)`): no text is substituted into this statement.
// Only nodes that lack it: setting a label a node already has is not free in
// Neo4j 5 (it costs about as much as touching every relationship of the node,
// 5 s per batch on a ministry named by 70,000 articles). 5.26 allows dynamic
// labels only in MATCH, CREATE, MERGE, SET and REMOVE, so the test is on labels(n).
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid AND NOT $label IN labels(n)
SET n:$($label);
