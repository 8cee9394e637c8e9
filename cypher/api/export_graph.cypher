// @title: The entity graph, for export
// @answers: up to `limit` entity nodes (by id) and the fact relationships between them.
// @param limit: how many nodes at most (one more is read to tell whether the graph was cut)
// The types to export follow /*rel_types*/ (replaced by names checked against graph.model).
// @param hidden: property names not to return (search keys, provenance and evidence lists)
// @param evidence_limit: evidence entries kept per relationship (the first ones read)
// @param evidence_max_support: evidence is read only for relationships supported by at most
//   this many articles (a hub's lists hold tens of thousands of entries and cost more than
//   the rest of the answer); `article_count` always gives the support
// @param labels: labels a node must carry (one of them), or [] for any entity
MATCH (n:Official|Organization|Province|Country|Agreement|Topic|Event)
WHERE size($labels) = 0 OR any(label IN labels(n) WHERE label IN $labels)
WITH n ORDER BY n.id LIMIT $limit + 1
WITH collect(n) AS read
WITH read[..$limit] AS kept, size(read) > $limit AS truncated
RETURN truncated,
       [n IN kept | n {.id, .name, .title, labels: labels(n),
          properties: [key IN keys(n) WHERE NOT key IN $hidden | [key, n[key]]],
          article_count: COUNT { (n)-[:MENTIONED_IN]->() }}] AS nodes,
       COLLECT {
         UNWIND kept AS a
         MATCH (a)-[r:/*rel_types*/HOLDS_POSITION|PART_OF|BASED_IN|IN_COUNTRY|SUCCEEDED_BY|PARTY_TO|ATTENDED|HELD_IN|SIGNED_AT|ABOUT|PARTICIPATED_IN]->(b)
         WHERE b IN kept
         RETURN {type: type(r), source: a.id, target: b.id,
                 properties: [key IN keys(r) WHERE NOT key IN $hidden | [key, r[key]]],
                 article_count: coalesce(r.article_count, 1),
                 evidence: CASE WHEN coalesce(r.article_count, 1) <= $evidence_max_support THEN
                   {sentences: r.evidence[..$evidence_limit], articles: r.evidence_articles[..$evidence_limit],
                    spans: coalesce(r.evidence_spans, r.spans)[..$evidence_limit]} END}
       } AS edges;
