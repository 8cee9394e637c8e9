// After a bulk import: entity properties that are empty lists (`aliases: []` of an entity read under one
// name only). __LABEL__ is the entity's merge label, checked against graph.model. Rows: {id, keys}.
UNWIND $rows AS row
MATCH (n:__LABEL__ {id: row.id})
FOREACH (k IN row.keys | SET n[k] = []);
