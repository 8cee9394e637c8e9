// Indexes the writer needs beyond cypher/schema.cypher: finding an older
// version of an article by its key. Idempotent (IF NOT EXISTS).
CREATE INDEX article_key IF NOT EXISTS FOR (n:Article) ON (n.key);
