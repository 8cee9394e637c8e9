// @title: Shortest paths between two entities, as searched before hubs were avoided (benchmark baseline)
// Kept only for bench/api.py, which runs it through the driver beside the API's own query.
// @answers: the k shortest paths (up to max_hops relationships) from one entity to another, in order.
// @param source: id of the first entity
// @param target: id of the second entity
// @param hidden: property names not to return (search keys, provenance and evidence lists)
// @param evidence_limit: evidence entries kept per relationship (the first ones read)
// @param evidence_max_support: evidence is read only for relationships supported by at most
//   this many articles (a hub's lists hold tens of thousands of entries and cost more than
//   the rest of the answer); `article_count` always gives the support
// @param through_articles: whether a path may pass through Article nodes
// SHORTEST and the quantifier take no parameters: api/queries.py replaces the
// numbers after /*k*/ and /*max_hops*/ with validated integers, and the types after
// /*rel_types*/ with names checked against graph.model (a static type list lets Neo4j
// skip a hub's MENTIONED_IN groups). As written, the file runs in Neo4j Browser with
// k = 3, max_hops = 4 and every fact type.
MATCH (s:Official|Organization|Province|Country|Agreement|Topic|Event {id: $source})
MATCH (t:Official|Organization|Province|Country|Agreement|Topic|Event {id: $target})
// Both ends bound before the search (imported into the subquery), so that it runs from both
// sides at once (StatefulShortestPath(Into)) rather than from one end over the whole graph.
CALL (s, t) {
  MATCH p = SHORTEST /*k*/3 (s)(()-[r:/*rel_types*/HOLDS_POSITION|PART_OF|BASED_IN|IN_COUNTRY|SUCCEEDED_BY|PARTY_TO|ATTENDED|HELD_IN|SIGNED_AT|ABOUT|PARTICIPATED_IN]-(x)
                                  WHERE $through_articles OR NOT x:Article){1, /*max_hops*/4}(t)
  RETURN p
}
RETURN [n IN nodes(p) | n {.id, .name, .title, labels: labels(n),
          properties: [key IN keys(n) WHERE NOT key IN $hidden | [key, n[key]]],
          article_count: COUNT { (n)-[:MENTIONED_IN]->() }}] AS nodes,
       [rel IN relationships(p) |
         {type: type(rel), source: startNode(rel).id, target: endNode(rel).id,
           properties: [key IN keys(rel) WHERE NOT key IN $hidden | [key, rel[key]]],
           article_count: coalesce(rel.article_count, 1),
           evidence: CASE WHEN coalesce(rel.article_count, 1) <= $evidence_max_support THEN
             {sentences: rel.evidence[..$evidence_limit], articles: rel.evidence_articles[..$evidence_limit],
              spans: coalesce(rel.evidence_spans, rel.spans)[..$evidence_limit]} END}] AS edges
ORDER BY length(p);
