// Unloading, step 3: remove the articles' MENTIONED_IN and their ids from the
// entities' `article_ids`. Returns the entities touched, for prune_entities.cypher.
UNWIND $ids AS aid
MATCH (a:Article {id: aid})<-[m:MENTIONED_IN]-(n)
DELETE m
WITH n, collect(aid) AS aids
SET n.article_ids = [x IN n.article_ids WHERE NOT x IN aids]
RETURN elementId(n) AS eid;
