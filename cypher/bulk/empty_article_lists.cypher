// After a bulk import: the Article properties that are empty lists (an article supporting no fact has
// `facts: []`), which the import's CSV cannot carry (graph/bulk_files.py). Rows: {id, keys}.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
FOREACH (k IN row.keys | SET a[k] = []);
