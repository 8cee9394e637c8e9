// @title: The root of a neighbourhood and its first breadth-first step
// @answers: the root entity (element id and summary, as node_ref gives it) and the relationships of its first
//   step, as neighbourhood_step gives them for the frontier [root]: at most per_node, with each neighbour's
//   degree, as maps {source_id, element_id, degree, node, edge} in lists of `chunk` (the root's summary on the
//   first record only); no record when the id names no entity.
// @param id: the root's id
// @param labels: labels a neighbour must carry (one of them), or [] for any
// @param with_articles: whether Article nodes may be reached
// @param hidden: property names not to return (search keys, provenance and evidence lists)
// @param evidence_limit: evidence entries kept per relationship (the first ones read)
// @param evidence_max_support: evidence is read only for relationships supported by at most
//   this many articles (see neighbourhood_step)
// @param per_node: relationships read from the root
// @param max_rows: bound on the rows read (the caller flags truncation when it is reached)
// @param chunk: rows per record returned
// Why one query for both: the root's lookup was a query (and a round trip) of its own before the first
// step, which reads from the root alone; a neighbourhood of depth 1 is now one query, of depth 2 two.
// The step is neighbourhood_step's, from one node: the same pattern, filters, limits and projection
// (keep them alike). OPTIONAL CALL keeps the root when it has no relationship to follow.
MATCH (n:Official|Organization|Province|Country|Agreement|Topic|Event|Article {id: $id})
OPTIONAL CALL (n) {
  MATCH (n)-[r:/*rel_types*/HOLDS_POSITION|PART_OF|BASED_IN|IN_COUNTRY|SUCCEEDED_BY|PARTY_TO|ATTENDED|HELD_IN|SIGNED_AT|ABOUT|PARTICIPATED_IN]-(m)
  WHERE ($with_articles OR NOT m:Article)
    AND (size($labels) = 0 OR any(label IN labels(m) WHERE label IN $labels))
  RETURN r, m LIMIT $per_node
}
WITH n, r, m LIMIT $max_rows
WITH n, collect(CASE WHEN r IS NOT NULL THEN {
       source_id: elementId(n),
       element_id: elementId(m),
       degree: COUNT { (m)-[:/*rel_types*/HOLDS_POSITION|PART_OF|BASED_IN|IN_COUNTRY|SUCCEEDED_BY|PARTY_TO|ATTENDED|HELD_IN|SIGNED_AT|ABOUT|PARTICIPATED_IN]-() },
       node: m {.id, .name, .title, labels: labels(m),
                properties: [key IN keys(m) WHERE NOT key IN $hidden | [key, m[key]]],
                article_count: COUNT { (m)-[:MENTIONED_IN]->() }},
       edge: {type: type(r), source: startNode(r).id, target: endNode(r).id,
              properties: [key IN keys(r) WHERE NOT key IN $hidden | [key, r[key]]],
              article_count: coalesce(r.article_count, 1),
              evidence: CASE WHEN coalesce(r.article_count, 1) <= $evidence_max_support THEN
                {sentences: r.evidence[..$evidence_limit], articles: r.evidence_articles[..$evidence_limit],
                 spans: coalesce(r.evidence_spans, r.spans)[..$evidence_limit]} END}} END) AS rows
UNWIND range(0, CASE WHEN size(rows) = 0 THEN 0 ELSE size(rows) - 1 END, $chunk) AS start
RETURN elementId(n) AS element_id,
       CASE WHEN start = 0 THEN
         n {.id, .name, .title, labels: labels(n),
            properties: [key IN keys(n) WHERE NOT key IN $hidden | [key, n[key]]],
            article_count: COUNT { (n)-[:MENTIONED_IN]->() }} END AS node,
       rows[start..start + $chunk] AS rows;
