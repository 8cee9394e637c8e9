// @title: One entity
// @answers: an entity's properties and labels, its degree by relationship type, and the latest articles that mention it.
// @param id: the entity id (person:nguyen-hong-dien, org:moit, province:cn-gx, ...)
// @param articles_limit: how many mentioning articles to list (newest first)
// @param hidden: property names not to return (search keys, provenance lists)
// Degrees read the degree store (one static type per entry); tests/test_api_contract.py
// checks that the map covers graph.model.
MATCH (n:Official|Organization|Province|Country|Agreement|Topic|Event {id: $id})
CALL (n) {
  MATCH (n)-[:MENTIONED_IN]->(a:Article)
  WITH a ORDER BY a.date DESC, a.id LIMIT $articles_limit
  RETURN collect({id: a.id, title: a.title, date: a.date, source: a.source, url: a.url}) AS articles
}
RETURN [key IN keys(n) WHERE NOT key IN $hidden | [key, n[key]]] AS properties, labels(n) AS labels, articles,
       {HOLDS_POSITION: COUNT { (n)-[:HOLDS_POSITION]-() },
        PART_OF: COUNT { (n)-[:PART_OF]-() },
        BASED_IN: COUNT { (n)-[:BASED_IN]-() },
        IN_COUNTRY: COUNT { (n)-[:IN_COUNTRY]-() },
        SUCCEEDED_BY: COUNT { (n)-[:SUCCEEDED_BY]-() },
        PARTY_TO: COUNT { (n)-[:PARTY_TO]-() },
        ATTENDED: COUNT { (n)-[:ATTENDED]-() },
        HELD_IN: COUNT { (n)-[:HELD_IN]-() },
        SIGNED_AT: COUNT { (n)-[:SIGNED_AT]-() },
        ABOUT: COUNT { (n)-[:ABOUT]-() },
        PARTICIPATED_IN: COUNT { (n)-[:PARTICIPATED_IN]-() },
        MENTIONED_IN: COUNT { (n)-[:MENTIONED_IN]-() }} AS degree;
