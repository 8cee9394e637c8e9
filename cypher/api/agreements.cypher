// @title: Agreements
// @answers: agreements with their parties, topics, dates, status and evidence, newest first, filtered; each
// row's parties and topics by id, its signing events by date, so that the same graph gives the same answer.
// @param party: id of an entity that must be a party (directly, through a body PART_OF it, or, for a province
// or country, through its government BASED_IN it: the People's Government of Hainan for Hainan; for a government,
// through the province or country it governs: Ho Chi Minh City for its People's Committee), or null
// @param country: id of a country (country:cn) a party must belong to (IN_COUNTRY/BASED_IN), or null
// @param type: agreement type (mou, agreement, action_plan, fta, partnership, other), or null
// @param status: status (signed, planned, proposed, in_force, under_negotiation, unknown), or null
// @param topic: id of a topic the agreement is ABOUT, or null
// @param since: ISO date (YYYY, YYYY-MM or YYYY-MM-DD); agreements dated on or after it, or null
// @param until: ISO date; agreements dated on or before it (a prefix counts as within), or null
// @param offset: rows to skip
// @param limit: rows to return
MATCH (a:Agreement)
WHERE ($type IS NULL OR a.type = $type)
  AND ($status IS NULL OR a.status = $status)
  AND ($since IS NULL OR a.date >= $since)
  AND ($until IS NULL OR a.date <= $until OR a.date STARTS WITH $until)
  AND ($topic IS NULL OR EXISTS { (a)-[:ABOUT]->(:Topic {id: $topic}) })
  AND ($party IS NULL OR EXISTS {
        (p)-[:PARTY_TO]->(a)
        WHERE p.id = $party OR EXISTS { (p)-[:PART_OF]->+({id: $party}) }
           OR (p:Organization AND p.kind IN ['provincial_government', 'government']
               AND EXISTS { (p)-[:BASED_IN]->({id: $party}) })
           OR ((p:Province OR p:Country)
               AND EXISTS { MATCH (g:Organization {id: $party})-[:BASED_IN]->(p)
                            WHERE g.kind IN ['provincial_government', 'government'] }) })
  AND ($country IS NULL OR EXISTS {
        (p)-[:PARTY_TO]->(a)
        WHERE p.id = $country OR EXISTS { (p)-[:IN_COUNTRY|BASED_IN|PART_OF]->{1,3}(:Country {id: $country}) } })
WITH a ORDER BY a.date IS NULL, a.date DESC, a.id
WITH collect(a) AS matched
RETURN size(matched) AS total,
       [a IN matched[$offset..$offset + $limit] | a {
         .id, .name, .title, .type, .status, .date,
         article_ids: COLLECT { MATCH (a)-[:MENTIONED_IN]->(b:Article) RETURN b.id ORDER BY b.id },
         parties: COLLECT {
           MATCH (p)-[pt:PARTY_TO]->(a)
           RETURN {entity: p {.id, .name, labels: labels(p)},
                   evidence: {sentences: pt.evidence, articles: pt.evidence_articles, spans: pt.evidence_spans}}
           ORDER BY p.id },
         topics: COLLECT { MATCH (a)-[:ABOUT]->(t:Topic) RETURN t {.id, .name, labels: labels(t)} ORDER BY t.id },
         signed_at: COLLECT { MATCH (a)-[:SIGNED_AT]->(e:Event) RETURN e {.id, .name, .kind, .date, .location}
                              ORDER BY e.date, e.id }
       }] AS items;
