// @title: The timeline of one entity
// @answers: the events and agreements an entity took part in, oldest first, each with the link that ties it to
// the entity (who on its side, which relationship, the evidence sentences with their articles and offsets), the
// other participants and parties, and the topics. An entity's side is itself, the organisations PART_OF or
// BASED_IN it (up to two steps) and the officials holding a position in any of those, as for the relationship
// timeline: MOIT's timeline holds its minister's meetings. Filters: a period (ISO dates, an item without a date
// is kept only without a period), a partner (an id that must also take part, itself or through a body PART_OF
// or BASED_IN it), a topic (ABOUT), a kind (agreement type or event kind), a status (agreements).
// @param id: the entity id (org:moit, province:cn-gx, person:…)
// @param since: ISO date or null
// @param until: ISO date or null
// @param partner: id of another entity that must take part, or null
// @param topic: id of a topic the item must be ABOUT, or null
// @param kind: agreement type (mou, …) or event kind (meeting, …), or null
// @param status: agreement status, or null
// @param evidence_limit: evidence entries kept per link
// @param others_limit: other participants listed per item
// @param offset: items to skip
// @param limit: items to return (the total is counted before the cut)
MATCH (n:Official|Organization|Province|Country|Agreement|Topic|Event {id: $id})
CALL (n) {
  MATCH (body)-[:PART_OF|BASED_IN]->{0,2}(n)
  WITH DISTINCT body
  OPTIONAL MATCH (person:Official)-[:HOLDS_POSITION]->(body)
  WITH collect(DISTINCT body) AS bodies, collect(DISTINCT person) AS people
  RETURN bodies + [p IN people WHERE NOT p IN bodies] AS side
}
// The items first, without their evidence (a hub takes part in tens of thousands: only the page's links are
// read with their evidence lists, or the whole timeline's evidence would be held in memory at once).
CALL (side) {
  UNWIND side AS x
  MATCH (x)-[:ATTENDED|PARTICIPATED_IN|PARTY_TO]->(item:Event|Agreement)
  WHERE ($since IS NULL OR item.date >= $since)
    AND ($until IS NULL OR item.date <= $until + '~')
    AND ($kind IS NULL OR coalesce(item.type, item.kind) = $kind)
    AND ($status IS NULL OR item.status = $status)
    AND ($topic IS NULL OR EXISTS { (item)-[:ABOUT]->(:Topic {id: $topic}) })
    AND ($partner IS NULL OR EXISTS {
          MATCH (y)-[:ATTENDED|PARTICIPATED_IN|PARTY_TO]->(item)
          WHERE NOT y IN side
            AND (y.id = $partner OR EXISTS { (y)-[:PART_OF|BASED_IN|HOLDS_POSITION]->{1,3}({id: $partner}) }) })
  WITH DISTINCT item
  ORDER BY item.date IS NULL, item.date, item.id
  RETURN collect(item) AS items
}
WITH side, size(items) AS total, items[$offset..$offset + $limit] AS page
// an empty page still answers one row (item null) so that the total is returned
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS item
CALL (side, item) {
  OPTIONAL MATCH (x)-[r:ATTENDED|PARTICIPATED_IN|PARTY_TO]->(item)
  WHERE x IN side
  RETURN collect({entity: x {.id, .name, labels: labels(x)}, type: type(r),
                  evidence: {sentences: coalesce(r.evidence, [])[..$evidence_limit],
                             articles: coalesce(r.evidence_articles, [])[..$evidence_limit],
                             spans: coalesce(r.evidence_spans, [])[..$evidence_limit]}}) AS links
}
CALL (side, item) {
  OPTIONAL MATCH (y)-[:ATTENDED|PARTICIPATED_IN|PARTY_TO]->(item)
  WHERE NOT y IN side
  WITH y ORDER BY y.name LIMIT $others_limit
  RETURN collect(y {.id, .name, labels: labels(y)}) AS others
}
CALL (item) {
  OPTIONAL MATCH (item)-[:ABOUT]->(t:Topic)
  RETURN collect(t {.id, .name, labels: labels(t)}) AS topics
}
CALL (item) {
  OPTIONAL MATCH (item)-[:HELD_IN]->(place)
  RETURN collect(place {.id, .name, labels: labels(place)}) AS places
}
RETURN total, CASE WHEN item IS NULL THEN null ELSE item {.id, labels: labels(item), name: coalesce(item.title, item.name),
                    kind: coalesce(item.type, item.kind), .status, .date, .location} END AS item,
       links, others, topics, places;
