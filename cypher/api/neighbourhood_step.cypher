// @title: One breadth-first step of a neighbourhood
// @answers: the relationships (with properties and evidence) from the frontier nodes to their neighbours,
//   at most per_node of each frontier node, with each neighbour's degree (so that a hub is shown, not expanded);
//   one row per relationship, as maps {source_id, element_id, degree, node, edge} in lists of `chunk`.
// @param frontier: element ids of the nodes reached at the previous step
// @param labels: labels a neighbour must carry (one of them), or [] for any
// @param with_articles: whether Article nodes may be reached
// @param hidden: property names not to return (search keys, provenance and evidence lists)
// @param evidence_limit: evidence entries kept per relationship (the first ones read)
// @param evidence_max_support: evidence is read only for relationships supported by at most
//   this many articles (a hub's lists hold tens of thousands of entries and cost more than
//   the rest of the answer); `article_count` always gives the support
// @param per_node: relationships read per frontier node (a hub at the root gives no more than this)
// @param max_rows: bound on the rows read (the caller flags truncation when it is reached)
// @param chunk: rows per record returned (the rows come as lists of at most this many maps, in order)
// Properties are read by key, leaving out the long lists (a hub is named by every article).
// The types to follow are written into the pattern (api/queries.py replaces the lists after
// /*rel_types*/ with names checked against graph.model): on a dense node Neo4j then reads only
// the relationship groups of those types, not the thousands of MENTIONED_IN of a hub, and the
// degrees (COUNT { } of those types, planned as getDegree) are read from the stored counts of a
// dense node instead of its relationships.
// The rows are returned as lists of `chunk` maps, one record per list: the driver's work per
// record (a message, callbacks, a dict) cost more than the few dozen rows of a neighbourhood step.
UNWIND $frontier AS element_id
MATCH (n) WHERE elementId(n) = element_id
CALL (n) {
  MATCH (n)-[r:/*rel_types*/HOLDS_POSITION|PART_OF|BASED_IN|IN_COUNTRY|SUCCEEDED_BY|PARTY_TO|ATTENDED|HELD_IN|SIGNED_AT|ABOUT|PARTICIPATED_IN]-(m)
  WHERE ($with_articles OR NOT m:Article)
    AND (size($labels) = 0 OR any(label IN labels(m) WHERE label IN $labels))
  RETURN r, m LIMIT $per_node
}
WITH n, r, m LIMIT $max_rows
WITH collect({
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
                 spans: coalesce(r.evidence_spans, r.spans)[..$evidence_limit]} END}}) AS rows
UNWIND range(0, size(rows) - 1, $chunk) AS start
RETURN rows[start..start + $chunk] AS rows;
