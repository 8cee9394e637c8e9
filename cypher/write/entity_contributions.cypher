// Unloading, step 5: what the remaining articles say of each touched entity
// that survived (graph.rows.Contribution, on its MENTIONED_IN). Rows: element
// ids. An entity with a mention written before contributions were kept
// (read_name missing) is left as it is: it cannot be recomputed exactly.
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[m:MENTIONED_IN]->(a:Article)
WITH eid, collect({date: coalesce(a.date, ''), article: a.id, name: m.read_name, aliases: m.read_aliases,
                   properties: m.read_properties}) AS contributions
WHERE all(c IN contributions WHERE c.name IS NOT NULL)
RETURN eid, contributions;
