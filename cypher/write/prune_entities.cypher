// Unloading, step 4: delete the touched entities no article mentions any more
// (their facts went in step 2); recompute first/last seen of the others.
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid AND size(n.article_ids) = 0
DETACH DELETE n;

UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(b:Article)
WITH n, min(b.date) AS first, max(b.date) AS last
SET n.first_seen = first, n.last_seen = last;
