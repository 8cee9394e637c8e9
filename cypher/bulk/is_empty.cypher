// edkg load --bulk: how many nodes the database holds (from Neo4j's count store, instant on any size).
// The bulk import fills an empty database only.
MATCH (n)
RETURN count(n) AS nodes;
