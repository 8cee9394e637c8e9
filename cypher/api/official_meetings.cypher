// @title: Meetings of an official
// @answers: the events an official ATTENDED, newest first, with who else took part (officials and their
// positions, delegations), where, when, about what, the agreements signed there, and the evidence.
// @param id: the official's id (person:nguyen-hong-dien)
// @param offset: rows to skip
// @param limit: rows to return
MATCH (o:Official {id: $id})
OPTIONAL MATCH (o)-[at:ATTENDED]->(e:Event)
WITH o, at, e ORDER BY e.date IS NULL, e.date DESC, e.id
WITH o, collect(CASE WHEN e IS NULL THEN null ELSE {at: at, e: e} END) AS attended
WITH o, size(attended) AS total, attended[$offset..$offset + $limit] AS page
// One row per event of the page (a single null row when the page is empty, to keep the total).
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS row
WITH o, total, row.at AS at, row.e AS e
CALL (o, e) {
  OPTIONAL MATCH (x:Official)-[xt:ATTENDED]->(e) WHERE x <> o
  WITH x, xt ORDER BY x.name
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE
           {entity: x {.id, .name, labels: labels(x)}, country: x.country,
            positions: COLLECT { MATCH (x)-[hp:HOLDS_POSITION]->(place)
                                 RETURN {title: hp.title, at: place {.id, .name, labels: labels(place)}} },
            evidence: {sentences: xt.evidence, articles: xt.evidence_articles, spans: xt.evidence_spans}} END) AS officials
}
CALL (e) {
  OPTIONAL MATCH (y)-[yt:PARTICIPATED_IN]->(e)
  RETURN collect(CASE WHEN y IS NULL THEN null ELSE
           {entity: y {.id, .name, labels: labels(y)},
            evidence: {sentences: yt.evidence, articles: yt.evidence_articles, spans: yt.evidence_spans}} END) AS delegations
}
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_IN]->(place)
  RETURN collect(place {.id, .name, labels: labels(place)}) AS places
}
CALL (e) {
  OPTIONAL MATCH (e)-[:ABOUT]->(t:Topic)
  RETURN collect(t {.id, .name, labels: labels(t)}) AS topics
}
CALL (e) {
  OPTIONAL MATCH (a:Agreement)-[:SIGNED_AT]->(e)
  RETURN collect(a {.id, .title, .name, .type, .status, .date}) AS agreements
}
RETURN total,
       collect(CASE WHEN e IS NULL THEN null ELSE
         {event: e {.id, .name, .kind, .date, .location},
          evidence: {sentences: at.evidence, articles: at.evidence_articles, spans: at.evidence_spans},
          officials: officials, delegations: delegations, places: places, topics: topics, agreements: agreements} END)
       AS items;
