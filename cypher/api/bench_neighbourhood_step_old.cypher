// @title: One breadth-first step of a neighbourhood, as read before hubs were collapsed (benchmark baseline)
// Kept only for bench/api.py, which runs it through the driver beside the API's own query.
// @answers: the relationships (with properties and evidence) from the frontier nodes to their neighbours.
// @param frontier: element ids of the nodes reached at the previous step
// @param labels: labels a neighbour must carry (one of them), or [] for any
// @param with_articles: whether Article nodes may be reached
// @param hidden: property names not to return (search keys, provenance and evidence lists)
// @param evidence_limit: evidence entries kept per relationship (the first ones read)
// @param evidence_max_support: evidence is read only for relationships supported by at most
//   this many articles (a hub's lists hold tens of thousands of entries and cost more than
//   the rest of the answer); `article_count` always gives the support
// @param max_rows: bound on the rows read (the caller flags truncation when it is reached)
// Properties are read by key, leaving out the long lists (a hub is named by every article).
// The types to follow are written into the pattern (api/queries.py replaces the list after
// /*rel_types*/ with names checked against graph.model): on a dense node Neo4j then reads only
// the relationship groups of those types, not the thousands of MENTIONED_IN of a hub.
UNWIND $frontier AS element_id
MATCH (n) WHERE elementId(n) = element_id
MATCH (n)-[r:/*rel_types*/HOLDS_POSITION|PART_OF|BASED_IN|IN_COUNTRY|SUCCEEDED_BY|PARTY_TO|ATTENDED|HELD_IN|SIGNED_AT|ABOUT|PARTICIPATED_IN]-(m)
WHERE ($with_articles OR NOT m:Article)
  AND (size($labels) = 0 OR any(label IN labels(m) WHERE label IN $labels))
WITH r, m LIMIT $max_rows
RETURN elementId(m) AS element_id,
       m {.id, .name, .title, labels: labels(m),
          properties: [key IN keys(m) WHERE NOT key IN $hidden | [key, m[key]]],
          article_count: COUNT { (m)-[:MENTIONED_IN]->() }} AS node,
       {type: type(r), source: startNode(r).id, target: endNode(r).id,
        properties: [key IN keys(r) WHERE NOT key IN $hidden | [key, r[key]]],
        article_count: coalesce(r.article_count, 1),
        evidence: CASE WHEN coalesce(r.article_count, 1) <= $evidence_max_support THEN
          {sentences: r.evidence[..$evidence_limit], articles: r.evidence_articles[..$evidence_limit],
           spans: coalesce(r.evidence_spans, r.spans)[..$evidence_limit]} END} AS edge;
