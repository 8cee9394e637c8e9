// @title: One article and the facts read from it
// @answers: an article's metadata, the entities it mentions (with sentences and offsets), and every fact
// relationship whose article_ids contain it (the caller keeps the evidence entries of this article).
// @param id: the article id (article:<16 hex>)
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a)
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE
           {entity: e {.id, .name, labels: labels(e)}, evidence: m.evidence, spans: m.spans} END) AS mentions
}
CALL (a) {
  CALL (a) {
    // Facts touching an entity the article names (one end is enough), and the article's own topics.
    MATCH (e)-[:MENTIONED_IN]->(a)
    MATCH (e)-[r]-()
    WHERE type(r) <> 'MENTIONED_IN' AND a.id IN r.article_ids
    RETURN r
    UNION
    MATCH (a)-[r:ABOUT]->()
    WHERE a.id IN r.article_ids
    RETURN r
  }
  // Only this article's evidence entries (a hub's relationship holds those of every article).
  WITH r, startNode(r) AS e, endNode(r) AS f,
       [i IN range(0, size(coalesce(r.evidence_articles, [])) - 1) WHERE r.evidence_articles[i] = a.id] AS mine
  RETURN collect({type: type(r), source: e {.id, .name, labels: labels(e)}, target: f {.id, .name, labels: labels(f)},
                  properties: r {.*, article_ids: null, evidence: null, evidence_articles: null, evidence_spans: null,
                                 evidence_confidence: null},
                  article_count: size(r.article_ids),
                  evidence: {sentences: [i IN mine | r.evidence[i]], articles: [i IN mine | a.id],
                             spans: [i IN mine | r.evidence_spans[i]]}}) AS facts
}
RETURN a {.id, .key, .title, .source, .url, .date, .lang, .file, .synthetic, .text_hash, loaded_at: toString(a.loaded_at)} AS article,
       mentions, facts;
