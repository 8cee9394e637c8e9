// Unloading, step 2: delete the touched relationships no article supports any
// more; recompute confidence and first/last seen of the others. Rows: {eid,
// dates} from unload_relations.cypher; $ids: the articles being unloaded.
// First/last seen are recomputed only when an unloaded article's date was one
// of them (it reads the articles of the source entity, which is a hub's whole
// history).
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.eid AND r.article_count <= 0
DELETE r;

UNWIND $rows AS row
MATCH (s)-[r]->(t) WHERE elementId(r) = row.eid
WITH s, r, t, r.first_seen IN row.dates OR r.last_seen IN row.dates AS stale
CALL (s, r, t, stale) {
  WITH s, r, t WHERE stale
  WITH s, type(r) + '|' + s.id + '|' + t.id AS key
  MATCH (s)-[:MENTIONED_IN]->(b:Article)
  WHERE key IN b.facts AND NOT b.id IN $ids
  RETURN min(b.date) AS first, max(b.date) AS last
}
SET r.first_seen = CASE WHEN stale THEN first ELSE r.first_seen END,
    r.last_seen = CASE WHEN stale THEN last ELSE r.last_seen END,
    r.confidence = reduce(m = null, c IN r.evidence_confidence | CASE WHEN m IS NULL OR c > m THEN c ELSE m END);
