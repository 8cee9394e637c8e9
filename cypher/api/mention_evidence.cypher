// @title: A few sentences that mention each entity
// @answers: for each id, up to `per_entity` sentences naming the entity, with their article and offsets: the
// evidence of a search hit or of an entity card (the MCP tools answer every question with evidence). The
// mentions read are the first found, not sorted: a hub (MOIT) has one per article of the corpus.
// @param ids: list of entity ids
// @param per_entity: sentences per entity
UNWIND $ids AS id
MATCH (n:Official|Organization|Province|Country|Agreement|Topic|Event {id: id})
CALL (n) {
  MATCH (n)-[m:MENTIONED_IN]->(article:Article)
  RETURN head(m.evidence) AS sentence, article.id AS article_id, head(coalesce(m.spans, [])) AS span
  LIMIT $per_entity
}
WITH id, collect({sentence: sentence, article_id: article_id, span: span}) AS evidence
RETURN id, [entry IN evidence WHERE entry.sentence IS NOT NULL] AS evidence;
