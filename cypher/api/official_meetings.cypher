// @title: Meetings of an official
// @answers: the events an official ATTENDED, newest first, with who else took part (officials and their
// positions, delegations), where, when, about what, the agreements signed there, and the evidence.
// `kinds` keeps events of those kinds (meeting, visit, signing, conference). `foreign` keeps only the other
// officials of another country than the official's own, and only the events with at least one of them: who
// the minister met abroad or received, not the leader he accompanied on a state visit. An official's country
// is its `country` property, else the country of the first body, province or country it holds a position in
// (BASED_IN / IN_COUNTRY / PART_OF, up to three steps); an official of unknown country is not known to be one
// of ours and counts as foreign; when the official's own country is unknown, nobody is filtered out.
// Every list of a row comes in a stable order (officials by name, the rest by id), the same graph the same answer.
// @param id: the official's id (person:nguyen-hong-dien)
// @param kinds: list of event kinds, or null for every kind
// @param foreign: whether to keep only officials of another country (and the events that have one)
// @param offset: rows to skip
// @param limit: rows to return
MATCH (o:Official {id: $id})
WITH o, coalesce(o.country, COLLECT { MATCH (o)-[:HOLDS_POSITION]->()-[:BASED_IN|IN_COUNTRY|PART_OF]->{0,3}(c:Country)
                                      RETURN c.iso2 }[0]) AS home
OPTIONAL MATCH (o)-[at:ATTENDED]->(e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND (NOT $foreign OR home IS NULL OR EXISTS {
        MATCH (x:Official)-[:ATTENDED]->(e) WHERE x <> o
        WITH x, coalesce(x.country, COLLECT { MATCH (x)-[:HOLDS_POSITION]->()-[:BASED_IN|IN_COUNTRY|PART_OF]->{0,3}(c:Country)
                                              RETURN c.iso2 }[0]) AS country
        WHERE country IS NULL OR country <> home })
WITH o, home, at, e ORDER BY e.date IS NULL, e.date DESC, e.id
WITH o, home, collect(CASE WHEN e IS NULL THEN null ELSE {at: at, e: e} END) AS attended
WITH o, home, size(attended) AS total, attended[$offset..$offset + $limit] AS page
// One row per event of the page (a single null row when the page is empty, to keep the total).
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS row
WITH o, home, total, row.at AS at, row.e AS e
CALL (o, e, home) {
  OPTIONAL MATCH (x:Official)-[xt:ATTENDED]->(e) WHERE x <> o
  WITH x, xt, coalesce(x.country, COLLECT { MATCH (x)-[:HOLDS_POSITION]->()-[:BASED_IN|IN_COUNTRY|PART_OF]->{0,3}(c:Country)
                                            RETURN c.iso2 }[0]) AS country
  WHERE x IS NULL OR NOT $foreign OR home IS NULL OR country IS NULL OR country <> home
  WITH x, xt, country ORDER BY x.name
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE
           {entity: x {.id, .name, labels: labels(x)}, country: country,
            positions: COLLECT { MATCH (x)-[hp:HOLDS_POSITION]->(place)
                                 RETURN {title: hp.title, at: place {.id, .name, labels: labels(place)}}
                                 ORDER BY place.id, hp.title },
            evidence: {sentences: xt.evidence, articles: xt.evidence_articles, spans: xt.evidence_spans}} END) AS officials
}
CALL (e) {
  OPTIONAL MATCH (y)-[yt:PARTICIPATED_IN]->(e)
  WITH y, yt ORDER BY y.id
  RETURN collect(CASE WHEN y IS NULL THEN null ELSE
           {entity: y {.id, .name, labels: labels(y)},
            evidence: {sentences: yt.evidence, articles: yt.evidence_articles, spans: yt.evidence_spans}} END) AS delegations
}
CALL (e) {
  OPTIONAL MATCH (e)-[:HELD_IN]->(place)
  WITH place ORDER BY place.id
  RETURN collect(place {.id, .name, labels: labels(place)}) AS places
}
CALL (e) {
  OPTIONAL MATCH (e)-[:ABOUT]->(t:Topic)
  WITH t ORDER BY t.id
  RETURN collect(t {.id, .name, labels: labels(t)}) AS topics
}
CALL (e) {
  OPTIONAL MATCH (a:Agreement)-[:SIGNED_AT]->(e)
  WITH a ORDER BY a.id
  RETURN collect(a {.id, .title, .name, .type, .status, .date}) AS agreements
}
RETURN total,
       collect(CASE WHEN e IS NULL THEN null ELSE
         {event: e {.id, .name, .kind, .date, .location},
          evidence: {sentences: at.evidence, articles: at.evidence_articles, spans: at.evidence_spans},
          officials: officials, delegations: delegations, places: places, topics: topics, agreements: agreements} END)
       AS items;
