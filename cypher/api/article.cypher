// @title: One article and the facts read from it
// @answers: an article's metadata, the entities it mentions (with sentences and offsets), and every fact
// relationship it supports: those between entities, named by the article's `facts` list
// (`TYPE|source id|target id`), and the article's own (its topics). Only this article's evidence entries.
// @param id: the article id (article:<16 hex>)
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(a)
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE
           {entity: e {.id, .name, labels: labels(e)}, evidence: m.evidence, spans: m.spans} END) AS mentions
}
CALL (a) {
  CALL (a) {
    // Both ends of a listed fact are entities the article mentions: found from the article's side.
    UNWIND coalesce(a.facts, []) AS fact
    WITH a, split(fact, '|') AS key
    MATCH (a)<-[:MENTIONED_IN]-(s) WHERE s.id = key[1]
    MATCH (a)<-[:MENTIONED_IN]-(t) WHERE t.id = key[2]
    MATCH (s)-[r]->(t) WHERE type(r) = key[0]
    RETURN r
    UNION
    MATCH (a)-[r]->()
    WHERE type(r) <> 'MENTIONED_IN'
    RETURN r
  }
  // Only this article's evidence entries (a hub's relationship holds those of every article).
  WITH r, startNode(r) AS e, endNode(r) AS f,
       [i IN range(0, size(coalesce(r.evidence_articles, [])) - 1) WHERE r.evidence_articles[i] = a.id] AS mine
  RETURN collect({type: type(r), source: e {.id, .name, labels: labels(e)}, target: f {.id, .name, labels: labels(f)},
                  properties: r {.*, article_count: null, evidence: null, evidence_articles: null, evidence_spans: null,
                                 evidence_confidence: null},
                  article_count: coalesce(r.article_count, 1),
                  evidence: {sentences: [i IN mine | r.evidence[i]], articles: [i IN mine | a.id],
                             spans: [i IN mine | r.evidence_spans[i]]}}) AS facts
}
RETURN a {.id, .key, .title, .source, .url, .date, .lang, .file, .synthetic, .text_hash, loaded_at: toString(a.loaded_at)} AS article,
       mentions, facts;
