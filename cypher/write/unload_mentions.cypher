// Unloading, step 3: remove the articles' MENTIONED_IN. Returns the entities
// touched with the dates of the articles taken from them, for
// prune_entities.cypher.
UNWIND $ids AS aid
MATCH (a:Article {id: aid})<-[m:MENTIONED_IN]-(n)
DELETE m
WITH n, collect(a.date) AS dates
RETURN elementId(n) AS eid, dates;
