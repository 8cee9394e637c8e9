// @title Agreements by province
// @answers For every province of $country (by default China), the cooperation documents it is a party to, itself or through an organisation based in it (e.g. a provincial department), with their type, status, date and all their parties.
// @param country: the id of the country whose provinces are listed (default: country:cn)
MATCH (province:Province)-[:IN_COUNTRY]->(:Country {id: $country})
MATCH (province)<-[:BASED_IN*0..1]-(party)-[:PARTY_TO]->(agreement:Agreement)
WITH DISTINCT province, agreement
MATCH (anyParty)-[:PARTY_TO]->(agreement)
RETURN province.name AS province,
       coalesce(agreement.title, agreement.name) AS agreement,
       agreement.type AS type,
       agreement.status AS status,
       agreement.date AS date,
       collect(DISTINCT anyParty.name) AS parties,
       province.id AS province_id,
       agreement.id AS agreement_id
ORDER BY province, date, agreement;
