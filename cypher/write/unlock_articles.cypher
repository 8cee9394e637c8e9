// The last statement of every write transaction: delete the lock nodes of
// lock_articles.cypher (the locks themselves are released at commit).
UNWIND $names AS name
MATCH (l:WriteLock {name: name})
DELETE l;
