// @title Who the minister met
// @answers The officials who attended the same events as $person (by default Minister Nguyễn Hồng Diên of MOIT): who they are, their posts and countries, at which event and when.
// @param person: the id of the official whose meetings are listed (default: person:nguyen-hong-dien)
MATCH (me:Official {id: $person})-[:ATTENDED]->(event:Event)<-[:ATTENDED]-(other:Official)
WHERE other <> me
OPTIONAL MATCH (other)-[position:HOLDS_POSITION]->(post)
OPTIONAL MATCH (post)-[:BASED_IN|IN_COUNTRY]->(postCountry:Country)
WITH event, other,
     collect(DISTINCT coalesce(position.title + ', ', '') + post.name) AS posts,
     collect(DISTINCT coalesce(postCountry.name, CASE WHEN post:Country THEN post.name END)) AS countries
RETURN other.name AS official,
       posts,
       CASE WHEN size(countries) > 0 THEN countries ELSE [c IN [other.country] WHERE c IS NOT NULL] END AS countries,
       event.name AS event,
       event.kind AS kind,
       event.date AS date,
       other.id AS official_id,
       event.id AS event_id
ORDER BY date, official;
