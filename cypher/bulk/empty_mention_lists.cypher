// After a bulk import: MENTIONED_IN properties that are empty lists (`read_aliases: []`, `evidence: []`),
// found from the article's side (a few mentions each). Rows: {entity, article, keys}.
UNWIND $rows AS row
MATCH (a:Article {id: row.article})<-[m:MENTIONED_IN]-(n)
WHERE n.id = row.entity
FOREACH (k IN row.keys | SET m[k] = []);
