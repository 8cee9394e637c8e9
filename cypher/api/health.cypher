// @title: Health of the graph
// @answers: Neo4j's name, version and edition, the node and relationship counts (from the count store), and
// when the graph last changed: the newest article's `loaded_at`, read from the end of the `article_loaded_at`
// index (null on an empty graph).
CALL dbms.components() YIELD name, versions, edition
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () {
  OPTIONAL MATCH (a:Article) WHERE a.loaded_at IS NOT NULL
  WITH a ORDER BY a.loaded_at DESC LIMIT 1
  RETURN toString(a.loaded_at) AS last_changed
}
RETURN name, versions[0] AS version, edition, nodes, relationships, last_changed;
