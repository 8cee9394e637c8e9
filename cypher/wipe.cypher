// Empty the database, keeping the schema. Relationships first, then nodes: one
// DETACH DELETE of a hub node can exceed a small heap's transaction memory.
// Each statement deletes at most $batch and says how many; the caller repeats it
// until none is left, each run its own transaction. One statement with CALL {
// } IN TRANSACTIONS keeps its outer transaction open for the whole graph, and
// the server's transaction timeout (300 s) stopped it half way through a graph
// of 100,000 articles (2.7 million relationships) on a busy machine.
MATCH ()-[r]->() WITH r LIMIT $batch DELETE r RETURN count(*) AS deleted;
MATCH (n) WITH n LIMIT $batch DELETE n RETURN count(*) AS deleted;
