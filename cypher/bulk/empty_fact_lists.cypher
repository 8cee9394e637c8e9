// After a bulk import: a fact relationship's empty evidence lists (a relation read without a sentence).
// __LABEL__ (the source's label) and __TYPE__ are checked against graph.model. Rows: {source, target, keys}.
UNWIND $rows AS row
MATCH (s:__LABEL__ {id: row.source})-[r:__TYPE__]->(t)
WHERE t.id = row.target
FOREACH (k IN row.keys | SET r[k] = []);
