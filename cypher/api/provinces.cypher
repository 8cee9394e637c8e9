// @title: Provinces and their agreements (the canonical question)
// @answers: which provinces (of a country) are party to agreements (of a type, with a partner), with the evidence.
// `?country=country:cn&partner=org:moit&agreement_type=mou`: which Chinese provinces have MoUs with MOIT.
// A province takes part either itself or through an organisation BASED_IN it (its People's Government).
// Provinces by name, agreements newest first, each one's sides and partner evidence by id: a stable answer.
// @param country: id of the country the provinces belong to (IN_COUNTRY), or null for all
// @param partner: id of an entity that must also be a party (directly, through a body PART_OF it, or, for a
// province or country, through its government BASED_IN it, for a government, through the place it governs, as in
// /agreements; for a province also through one of its departments BASED_IN it, its foreign affairs office or
// department of commerce, which sign for it as the province's own side does through any body BASED_IN it), other
// than the province's own side; or null
// @param agreement_type: agreement type, or null
// @param status: agreement status, or null
MATCH (p:Province)
WHERE $country IS NULL OR EXISTS { (p)-[:IN_COUNTRY]->(:Country {id: $country}) }
CALL (p) {
  MATCH (p)-[pt:PARTY_TO]->(a:Agreement)
  RETURN a, pt, p AS via
  UNION
  MATCH (p)<-[:BASED_IN]-(via:Organization)-[pt:PARTY_TO]->(a:Agreement)
  RETURN a, pt, via
}
WITH p, a, pt, via
WHERE ($agreement_type IS NULL OR a.type = $agreement_type)
  AND ($status IS NULL OR a.status = $status)
CALL (a, p, via) {
  OPTIONAL MATCH (q)-[qt:PARTY_TO]->(a)
  WHERE $partner IS NOT NULL AND q <> p AND q <> via
    AND (q.id = $partner OR EXISTS { (q)-[:PART_OF]->+({id: $partner}) }
         OR (q:Organization AND q.kind IN ['provincial_government', 'government']
             AND EXISTS { (q)-[:BASED_IN]->({id: $partner}) })
         OR (q:Organization AND q.kind = 'department' AND EXISTS { (q)-[:BASED_IN]->(:Province {id: $partner}) })
         OR ((q:Province OR q:Country)
             AND EXISTS { MATCH (g:Organization {id: $partner})-[:BASED_IN]->(q)
                          WHERE g.kind IN ['provincial_government', 'government'] }))
  WITH q, qt ORDER BY q.id
  RETURN collect(CASE WHEN qt IS NULL THEN null ELSE
                   {sentences: qt.evidence, articles: qt.evidence_articles, spans: qt.evidence_spans} END) AS partner_evidence
}
WITH p, a, pt, via, partner_evidence
WHERE $partner IS NULL OR size(partner_evidence) > 0
WITH p, a, pt, via, partner_evidence ORDER BY via.id
WITH p, a, collect({via: via {.id, .name, labels: labels(via)},
                    evidence: {sentences: pt.evidence, articles: pt.evidence_articles, spans: pt.evidence_spans}})
                  AS sides, partner_evidence
ORDER BY a.date IS NULL, a.date DESC, a.id
WITH p, collect({agreement: a {.id, .name, .title, .type, .status, .date}, sides: sides,
                 partner_evidence: partner_evidence}) AS agreements
ORDER BY p.name, p.id
RETURN p {.id, .name, .iso, .country, labels: labels(p)} AS province, agreements;
