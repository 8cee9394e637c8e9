// @title A shortest path between two entities
// @answers How $source and $target are connected: one shortest chain of fact relationships between them (in either direction, at most 10 hops; links to articles are not followed), with the names along it.
// @param source: the id of the entity at one end (default: person:nguyen-hong-dien)
// @param target: the id of the entity at the other end (default: province:cn-sd)
MATCH (source {id: $source}), (target {id: $target})
MATCH path = shortestPath((source)-[:HOLDS_POSITION|PART_OF|BASED_IN|IN_COUNTRY|SUCCEEDED_BY|PARTY_TO|ATTENDED|HELD_IN|SIGNED_AT|ABOUT|PARTICIPATED_IN*..10]-(target))
RETURN path,
       length(path) AS hops,
       [node IN nodes(path) | coalesce(node.name, node.id)] AS via,
       [fact IN relationships(path) | type(fact)] AS relationships;
