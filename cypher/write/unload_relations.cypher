// Unloading, step 1: strip the articles' ids and evidence from the fact
// relationships they support. A fact an article supports always joins two
// entities the article mentions, so they are found from the article's side
// (few MENTIONED_IN), never by scanning relationships. Returns the element ids
// of the relationships touched, for prune_relations.cypher. Grouped by
// relationship, so that unloading several articles that support one fact
// filters its parallel lists once.
UNWIND $ids AS aid
MATCH (a:Article {id: aid})<-[:MENTIONED_IN]-(s)
MATCH (a)<-[:MENTIONED_IN]-(t)
MATCH (s)-[r]->(t)
WHERE aid IN r.article_ids
WITH r, collect(DISTINCT aid) AS aids
WITH r, aids, [i IN range(0, size(r.evidence_articles) - 1) WHERE NOT r.evidence_articles[i] IN aids] AS keep
SET r.article_ids = [x IN r.article_ids WHERE NOT x IN aids],
    r.evidence = [i IN keep | r.evidence[i]],
    r.evidence_spans = [i IN keep | r.evidence_spans[i]],
    r.evidence_confidence = [i IN keep | r.evidence_confidence[i]],
    r.evidence_articles = [i IN keep | r.evidence_articles[i]]
RETURN elementId(r) AS eid;
