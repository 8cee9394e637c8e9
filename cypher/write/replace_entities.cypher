// Unloading, step 6: set each recomputed entity to what its remaining articles
// say (graph.rows.recomputed_entity): name, aliases, search text, and its own
// properties, removing those no remaining article gives. Rows: {eid, name,
// name_key, aliases, props}; $kept: the writer's properties left alone (id,
// first_seen, last_seen).
UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.eid
WITH n, row, [k IN keys(n) WHERE NOT k IN $kept AND NOT k IN keys(row.props)
                                 AND NOT k IN ['name', 'name_key', 'aliases', 'search_text']] AS gone
FOREACH (k IN gone | SET n[k] = null)
SET n += row.props
SET n.name = row.name, n.name_key = row.name_key, n.aliases = row.aliases,
    n.search_text = reduce(s = row.name, x IN row.aliases | s + ' | ' + x);
