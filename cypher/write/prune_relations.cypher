// Unloading, step 2: delete the touched relationships no article supports any
// more; recompute confidence and first/last seen of the others.
UNWIND $eids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid AND size(r.article_ids) = 0
DELETE r;

UNWIND $eids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid
OPTIONAL MATCH (b:Article) WHERE b.id IN r.article_ids
WITH r, min(b.date) AS first, max(b.date) AS last
SET r.first_seen = first, r.last_seen = last,
    r.confidence = reduce(m = null, c IN r.evidence_confidence | CASE WHEN m IS NULL OR c > m THEN c ELSE m END);
