// Unloading, step 1: take the articles out of the fact relationships they
// support: the Article node's `facts` lists them (`TYPE|source id|target id`,
// graph.rows.fact_key), and both ends are entities the article mentions, so
// they are found from the article's side (a few MENTIONED_IN), never by
// scanning a hub. `article_count` goes down and the articles' evidence entries
// go. Returns each touched relationship with the dates of the articles taken
// out of it, for prune_relations.cypher.
UNWIND $ids AS aid
MATCH (a:Article {id: aid})
UNWIND coalesce(a.facts, []) AS fact
WITH a, aid, split(fact, '|') AS key
MATCH (a)<-[:MENTIONED_IN]-(s) WHERE s.id = key[1]
MATCH (a)<-[:MENTIONED_IN]-(t) WHERE t.id = key[2]
MATCH (s)-[r]->(t) WHERE type(r) = key[0]
WITH r, collect(DISTINCT aid) AS aids, collect(a.date) AS dates
WITH r, aids, dates, [i IN range(0, size(r.evidence_articles) - 1) WHERE NOT r.evidence_articles[i] IN aids] AS keep
SET r.article_count = r.article_count - size(aids),
    r.evidence = [i IN keep | r.evidence[i]],
    r.evidence_spans = [i IN keep | r.evidence_spans[i]],
    r.evidence_confidence = [i IN keep | r.evidence_confidence[i]],
    r.evidence_articles = [i IN keep | r.evidence_articles[i]]
RETURN elementId(r) AS eid, dates;
