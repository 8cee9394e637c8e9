// @title Cooperation documents of MOIT with Chinese provinces
// @answers Which provinces of a country (China by default) have any cooperation document (memorandum, agreement, action plan, programme; signed, planned, proposed or in force) with the Ministry of Industry and Trade, and what are they?
// @param country: ISO 3166-1 alpha-2 code of the provinces' country (default 'CN')
// @param partner: id of the Vietnamese party (default 'org:moit')
// A province is a party itself, or through an organisation based in it.
MATCH (c:Country {id: 'country:' + toLower(coalesce($country, 'CN'))})
MATCH (p:Province)-[:IN_COUNTRY]->(c)
MATCH (moit:Organization {id: coalesce($partner, 'org:moit')})-[mp:PARTY_TO]->(a:Agreement)
MATCH (party)-[pp:PARTY_TO]->(a)
WHERE party = p OR (party:Organization AND (party)-[:BASED_IN]->(p))
RETURN DISTINCT p.id AS province_id, p.name AS province,
       coalesce(a.title, a.name) AS agreement, a.id AS agreement_id, a.type AS type, a.status AS status,
       a.date AS date, coalesce(head(pp.evidence), head(mp.evidence)) AS evidence,
       coalesce(head(pp.evidence_articles), head(mp.evidence_articles)) AS article_id
ORDER BY province, type, date, agreement;
