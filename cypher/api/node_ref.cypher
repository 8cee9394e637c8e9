// @title: Resolve ids to nodes
// @answers: for each id that names an entity or an article, its element id and summary (unknown ids are absent).
// @param ids: list of ids
// @param hidden: property names not to return (search keys, provenance and evidence lists)
UNWIND $ids AS id
MATCH (n:Official|Organization|Province|Country|Agreement|Topic|Event|Article {id: id})
RETURN id, elementId(n) AS element_id,
       n {.id, .name, .title, labels: labels(n),
         properties: [key IN keys(n) WHERE NOT key IN $hidden | [key, n[key]]],
         article_count: COUNT { (n)-[:MENTIONED_IN]->() }} AS node;
