// @title: Partners on a topic
// @answers: who discussed a topic with a partner (MOIT by default): the events and agreements ABOUT the
// topic in which the partner (itself, a body PART_OF it, or one of its officials) took part, and, for each,
// the jurisdictions on the other side. The other side is read from the delegations, the parties and the
// positions of the other officials; each of those stands for the nearest province, else the nearest country,
// it belongs to (itself, or BASED_IN / IN_COUNTRY / PART_OF, up to three steps): the US State Department and
// Jacob Helberg stand for the United States, the Guangxi party committee and Chen Gang for Guangxi. Companies,
// associations and international organisations stand for themselves, and so does a body of unknown place.
// Within one event or agreement a country is left out when one of its provinces is there: the talks with
// Guangxi's party secretary, which China's ambassador attended, are Guangxi's. Evidence: the ABOUT fact.
// @param topic: the topic id (topic:power_interconnection)
// @param partner: the id of our side (org:moit)
// @param domestic: whether partners of our own country count (false: only the other countries' side)
MATCH (t:Topic {id: $topic})
MATCH (us:Official|Organization|Province|Country {id: $partner})
// Our side: the partner, the bodies PART_OF it, the officials holding a position in either (or the partner
// itself, when it is an official).
CALL (us) {
  OPTIONAL MATCH (body)-[:PART_OF]->+(us)
  WITH us, collect(body) AS bodies
  WITH [us] + bodies AS orgs
  UNWIND orgs AS org
  OPTIONAL MATCH (official:Official)-[:HOLDS_POSITION]->(org)
  WITH us, orgs, collect(official) AS officials
  RETURN orgs, CASE WHEN us:Official THEN officials + us ELSE officials END AS officials
}
MATCH (x:Event|Agreement)-[about:ABOUT]->(t)
WHERE (x:Agreement AND EXISTS { (side)-[:PARTY_TO]->(x) WHERE side IN orgs })
   OR (x:Event AND (EXISTS { (side)-[:PARTICIPATED_IN]->(x) WHERE side IN orgs }
                    OR EXISTS { (side:Official)-[:ATTENDED]->(x) WHERE side IN officials }))
// The other side, directly.
CALL (x, orgs, officials) {
  MATCH (other)-[:PARTY_TO|PARTICIPATED_IN]->(x)
  WHERE NOT other IN orgs
  RETURN other
  UNION
  MATCH (person:Official)-[:ATTENDED]->(x)
  WHERE NOT person IN officials
  MATCH (person)-[:HOLDS_POSITION]->(other)
  WHERE NOT other IN orgs
  RETURN other
}
// ... and the jurisdiction each stands for: a province before a country, the nearer before the farther.
CALL (other) {
  OPTIONAL MATCH route = (other)-[:BASED_IN|IN_COUNTRY|PART_OF]->{0,3}(place:Province|Country)
  WHERE NOT (other:Organization AND other.kind IN ['company', 'association', 'international_org'])
  WITH other, place, route
  ORDER BY CASE WHEN place:Province THEN 0 ELSE 1 END, length(route)
  WITH other, collect(place) AS places
  RETURN coalesce(head(places), other) AS partner
}
WITH us, x, about, collect(DISTINCT partner) AS partners
UNWIND partners AS partner
WITH us, x, about, partner, partners
WHERE NOT (partner:Country AND any(p IN partners WHERE p:Province AND EXISTS { (p)-[:IN_COUNTRY]->(partner) }))
// Each partner's country: its own iso2, its `country` property, or the first country it belongs to.
WITH us, x, about, partner,
     coalesce(partner.iso2, partner.country,
              COLLECT { MATCH (partner)-[:IN_COUNTRY|BASED_IN|PART_OF]->{1,3}(c:Country) RETURN c.iso2 }[0]) AS country,
     coalesce(us.iso2, us.country,
              COLLECT { MATCH (us)-[:IN_COUNTRY|BASED_IN|PART_OF]->{1,3}(c:Country) RETURN c.iso2 }[0]) AS home
// Not our side, and (unless asked) nobody of our own country: the partners are the other side.
WHERE partner <> us AND ($domestic OR country IS NULL OR home IS NULL OR country <> home)
WITH partner, country, x, about
ORDER BY x.date IS NULL, x.date DESC, x.id
WITH partner, country, collect(DISTINCT {id: x.id, name: coalesce(x.title, x.name), kind: labels(x)[0], date: x.date,
                       evidence: {sentences: about.evidence, articles: about.evidence_articles, spans: about.evidence_spans}}) AS via
ORDER BY size(via) DESC,
         CASE WHEN partner:Country THEN 0 WHEN partner:Province THEN 1 ELSE 2 END, partner.name
RETURN partner {.id, .name, labels: labels(partner)} AS partner, country, via;
