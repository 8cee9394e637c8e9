// The first statement of every write transaction: one lock node per article id
// and per article key the batch is about to classify (names `id:<id>`,
// `key:<key>`, sorted so that two batches always queue in the same order).
// Why: classification reads without locks (read committed), so two writers of
// the same article used to both find it absent and both add its
// contributions. MERGE under the uniqueness constraint `write_lock_name` takes
// the index entry's lock: a second transaction with the same name waits here
// until the first commits, then classifies what the first wrote. The nodes are
// deleted by unlock_articles.cypher before the same transaction commits, so
// none is ever visible; the lock is held to the end of the transaction anyway.
UNWIND $names AS name
MERGE (l:WriteLock {name: name});
