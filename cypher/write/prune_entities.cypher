// Unloading, step 4: delete the touched entities no article mentions any more
// (their facts went in step 2); recompute first/last seen of the others when
// an unloaded article's date was one of them. Rows: {eid, dates}.
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.eid AND NOT EXISTS { (n)-[:MENTIONED_IN]->(:Article) }
DETACH DELETE n;

UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.eid AND (n.first_seen IN row.dates OR n.last_seen IN row.dates)
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(b:Article)
WITH n, min(b.date) AS first, max(b.date) AS last
SET n.first_seen = first, n.last_seen = last;
