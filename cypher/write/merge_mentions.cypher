// Provenance: (entity)-[:MENTIONED_IN {evidence, spans, read_name, read_aliases,
// read_properties}]->(:Article), one per entity and article. Rows: {n, a
// (element ids), evidence, spans, read}: `read` is what the article says of
// the entity (graph.rows.Contribution), kept so that unloading another article
// can recompute the entity from the articles that remain.
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.n
MATCH (a) WHERE elementId(a) = row.a
MERGE (n)-[m:MENTIONED_IN]->(a)
SET m.evidence = row.evidence, m.spans = row.spans, m += row.read;
