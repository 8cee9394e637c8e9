// @title MoU partners of MOIT among Chinese provinces
// @answers Which provinces of a country (China by default) have a memorandum of understanding (or another agreement type) with the Ministry of Industry and Trade, with the agreement's title, type, status, date and the sentence it was read from?
// @param country: ISO 3166-1 alpha-2 code of the provinces' country (default 'CN')
// @param partner: id of the Vietnamese party (default 'org:moit')
// @param type: agreement type: mou, agreement, action_plan, fta, partnership, other (default 'mou')
// A province is a party itself, or through an organisation based in it (its
// government, a department).
MATCH (c:Country {id: 'country:' + toLower(coalesce($country, 'CN'))})
MATCH (p:Province)-[:IN_COUNTRY]->(c)
MATCH (moit:Organization {id: coalesce($partner, 'org:moit')})-[mp:PARTY_TO]->(a:Agreement)
WHERE a.type = coalesce($type, 'mou')
MATCH (party)-[pp:PARTY_TO]->(a)
WHERE party = p OR (party:Organization AND (party)-[:BASED_IN]->(p))
RETURN DISTINCT p.id AS province_id, p.name AS province,
       coalesce(a.title, a.name) AS agreement, a.id AS agreement_id, a.type AS type, a.status AS status,
       a.date AS date, coalesce(head(pp.evidence), head(mp.evidence)) AS evidence,
       coalesce(head(pp.evidence_articles), head(mp.evidence_articles)) AS article_id
ORDER BY province, date, agreement;
