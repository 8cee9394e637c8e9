// @title Partners by topic
// @answers Who discussed $topic with $partner (by default MOIT): the events and agreements about the topic in which $partner took part (itself, a body PART_OF it, or one of their officials), and on the other side the delegations, the other parties and the posts of the other officials, each with where it belongs (BASED_IN, IN_COUNTRY, PART_OF up to three steps: an official of Guangxi counts for Guangxi and for China). $partner's own country is not a partner.
// @param topic: the topic id, e.g. topic:ai, topic:supply_chain (default: topic:power_interconnection)
// @param partner: the id of the side whose partners are listed (default: org:moit)
MATCH (topic:Topic {id: $topic})
MATCH (us:Official|Organization|Province|Country {id: $partner})
// Our side: the partner, the bodies PART_OF it, and the officials holding a post in one of them.
CALL (us) {
  OPTIONAL MATCH (body)-[:PART_OF]->+(us)
  WITH us, collect(body) AS bodies
  UNWIND [us] + bodies AS org
  OPTIONAL MATCH (official:Official)-[:HOLDS_POSITION]->(org)
  RETURN collect(DISTINCT org) AS ours, collect(official) AS our_officials
}
// The events and agreements about the topic in which our side took part.
MATCH (occasion:Event|Agreement)-[:ABOUT]->(topic)
WHERE (occasion:Agreement AND EXISTS { (side)-[:PARTY_TO]->(occasion) WHERE side IN ours })
   OR (occasion:Event AND (EXISTS { (side)-[:PARTICIPATED_IN]->(occasion) WHERE side IN ours }
                           OR EXISTS { (person:Official)-[:ATTENDED]->(occasion) WHERE person IN our_officials }))
// The other side: parties and delegations, and the posts of the other officials who attended.
CALL (occasion, ours, our_officials) {
  MATCH (other)-[:PARTY_TO|PARTICIPATED_IN]->(occasion)
  WHERE NOT other IN ours
  RETURN other
  UNION
  MATCH (person:Official)-[:ATTENDED]->(occasion)
  WHERE NOT person IN our_officials
  MATCH (person)-[:HOLDS_POSITION]->(other)
  WHERE NOT other IN ours
  RETURN other
}
// Each of them, and where it belongs.
MATCH (other)-[:BASED_IN|IN_COUNTRY|PART_OF]->{0,3}(partner:Organization|Province|Country)
WHERE partner <> us
  AND NOT coalesce(partner:Country AND partner.iso2 = us.country, false)
  AND NOT EXISTS { (us)-[:BASED_IN|PART_OF]->{1,3}(partner:Country) }
WITH partner, collect(DISTINCT coalesce(occasion.title, occasion.name)) AS through
RETURN partner.name AS partner,
       [label IN labels(partner) WHERE label <> 'Ministry'][0] AS kind,
       through,
       partner.id AS partner_id
ORDER BY size(through) DESC, partner;
