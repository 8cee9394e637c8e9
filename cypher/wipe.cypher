// Empty the database, keeping the schema. Relationships first, then nodes, in
// batches: one DETACH DELETE of a hub node can exceed a small heap's
// transaction memory. Auto-commit statements (IN TRANSACTIONS needs them).
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS;
MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS;
