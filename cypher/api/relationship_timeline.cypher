// @title: The relationship timeline of two entities
// @answers: what two entities did together, oldest first: the events both sides took part in (ATTENDED,
// PARTICIPATED_IN) and the agreements both are parties to (PARTY_TO), each with the links of each side and their
// evidence, plus the facts that join the two directly (any fact type, either direction). A side is the entity
// itself, the organisations PART_OF or BASED_IN it (up to two steps: a department of a province's government),
// and the officials holding a position in any of those: MOIT's side includes its minister, Guangxi's its
// People's Government and its party secretary. A country's side does not include its provinces (a province's
// talks are its own, as for topic partners).
// @param a: id of the first entity (org:moit)
// @param b: id of the second entity (province:cn-gx)
// @param evidence_limit: evidence entries kept per link
// @param limit: items to return (the total is counted before the cut)
MATCH (a:Official|Organization|Province|Country|Agreement|Topic|Event {id: $a})
MATCH (b:Official|Organization|Province|Country|Agreement|Topic|Event {id: $b})
CALL (a) {
  MATCH (body)-[:PART_OF|BASED_IN]->{0,2}(a)
  WITH DISTINCT body
  OPTIONAL MATCH (person:Official)-[:HOLDS_POSITION]->(body)
  WITH collect(DISTINCT body) AS bodies, collect(DISTINCT person) AS people
  RETURN bodies + [p IN people WHERE NOT p IN bodies] AS side_a
}
CALL (b) {
  MATCH (body)-[:PART_OF|BASED_IN]->{0,2}(b)
  WITH DISTINCT body
  OPTIONAL MATCH (person:Official)-[:HOLDS_POSITION]->(body)
  WITH collect(DISTINCT body) AS bodies, collect(DISTINCT person) AS people
  RETURN bodies + [p IN people WHERE NOT p IN bodies] AS side_b
}
CALL (side_a, side_b) {
  UNWIND side_b AS y
  MATCH (y)-[rb:ATTENDED|PARTICIPATED_IN|PARTY_TO]->(item:Event|Agreement)
  WITH side_a, item,
       collect({entity: y {.id, .name, .title, labels: labels(y)}, type: type(rb),
                evidence: {sentences: coalesce(rb.evidence, [])[..$evidence_limit],
                           articles: coalesce(rb.evidence_articles, [])[..$evidence_limit],
                           spans: coalesce(rb.evidence_spans, [])[..$evidence_limit]}}) AS links_b
  CALL (side_a, item) {
    MATCH (x)-[ra:ATTENDED|PARTICIPATED_IN|PARTY_TO]->(item)
    WHERE x IN side_a
    RETURN collect({entity: x {.id, .name, .title, labels: labels(x)}, type: type(ra),
                    evidence: {sentences: coalesce(ra.evidence, [])[..$evidence_limit],
                               articles: coalesce(ra.evidence_articles, [])[..$evidence_limit],
                               spans: coalesce(ra.evidence_spans, [])[..$evidence_limit]}}) AS links_a
  }
  WITH item, links_a, links_b WHERE size(links_a) > 0
  ORDER BY item.date IS NULL, item.date, item.id
  RETURN collect({id: item.id, name: coalesce(item.title, item.name), labels: labels(item),
                  kind: coalesce(item.kind, item.type), status: item.status, date: item.date,
                  location: item.location, links_a: links_a, links_b: links_b}) AS shared
}
CALL (a, b) {
  MATCH (a)-[r]-(b)
  WHERE type(r) <> 'MENTIONED_IN'
  RETURN collect({type: type(r), source: startNode(r).id, target: endNode(r).id,
                  first_seen: r.first_seen, last_seen: r.last_seen, article_count: r.article_count, title: r.title,
                  evidence: {sentences: coalesce(r.evidence, [])[..$evidence_limit],
                             articles: coalesce(r.evidence_articles, [])[..$evidence_limit],
                             spans: coalesce(r.evidence_spans, [])[..$evidence_limit]}}) AS direct
}
RETURN a {.id, .name, .title, labels: labels(a)} AS a,
       b {.id, .name, .title, labels: labels(b)} AS b,
       size(shared) AS total, shared[..$limit] AS items, direct;
