// Provenance: (entity)-[:MENTIONED_IN {evidence, spans}]->(:Article), one per
// entity and article. Rows: {n, a, evidence, spans} (element ids).
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.n
MATCH (a) WHERE elementId(a) = row.a
MERGE (n)-[m:MENTIONED_IN]->(a)
SET m.evidence = row.evidence, m.spans = row.spans;
