// The per-row baseline of bench/load.py: one fact, one statement, one
// transaction (what a naive loader does). __SOURCE__, __TARGET__ and __TYPE__
// are checked against core.vocabulary and substituted as text for the reasons
// given in merge_entity_nodes.cypher and merge_relations.cypher (index use).
MERGE (s:__SOURCE__ {id: $source})
MERGE (t:__TARGET__ {id: $target})
MERGE (s)-[r:__TYPE__]->(t)
SET r.article_ids = coalesce(r.article_ids, []) + $article_id,
    r.evidence = coalesce(r.evidence, []) + $evidence;
