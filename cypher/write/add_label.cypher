// An extra label (e.g. Ministry) on merged entities; __LABEL__ is checked
// against graph.model. Rows: element ids.
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
SET n:__LABEL__;
