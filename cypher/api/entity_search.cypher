// @title: Search entities by name or alias
// @answers: the entities whose name or aliases match, exact name/alias matches first, then by full-text score.
// @param lucene: the Lucene query built from the folded, escaped user text (api/search.py)
// @param key: the folded user text (loaders.text.fold), compared with name_key
// @param variants: lower-case forms of the user text, compared with each alias
// @param label: a label of graph.model or null
// @param offset: rows to skip
// @param limit: rows to return
// Full-text hits, plus the exact name keys the index may miss (a name made only of stop words).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Official {name_key: $key}) RETURN node, 0.0 AS score
  UNION
  MATCH (node:Organization {name_key: $key}) RETURN node, 0.0 AS score
  UNION
  MATCH (node:Province {name_key: $key}) RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
WHERE $label IS NULL OR $label IN labels(node)
WITH node, score,
     node.name_key = $key OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) IN $variants) AS exact
ORDER BY exact DESC, score DESC, node.id
WITH collect({node: node, score: score, exact: exact}) AS hits
RETURN size(hits) AS total,
       [hit IN hits[$offset..$offset + $limit] |
         {id: hit.node.id, name: hit.node.name, labels: labels(hit.node), aliases: coalesce(hit.node.aliases, []),
          score: hit.score, exact: hit.exact}] AS items;
