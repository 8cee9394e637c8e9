// @title The neighbourhood of an entity
// @answers Every fact relationship of the entity $id in either direction, with the neighbour at its other end and the number of articles that support it. Links to articles (MENTIONED_IN) are left out: fact_provenance shows them.
// @param id: the id of the entity at the centre (default: province:cn-gx)
MATCH (entity {id: $id})
MATCH path = (entity)-[fact]-(neighbour)
WHERE type(fact) <> 'MENTIONED_IN'
RETURN path,
       type(fact) AS relationship,
       startNode(fact) = entity AS outgoing,
       neighbour.name AS neighbour,
       [label IN labels(neighbour) WHERE label <> 'Ministry'][0] AS kind,
       neighbour.id AS neighbour_id,
       coalesce(fact.article_count, 0) AS articles
ORDER BY relationship, neighbour;
