// @title: Search entities by name or alias
// @answers: the entities whose name or aliases match: exact name/alias matches first, then names that hold the words together (a phrase), then by full-text score; when some hit holds the words together, hits where they are scattered are left out.
// @param lucene: the Lucene query built from the folded, escaped user text (api/search.py)
// @param phrase: the same words as one Lucene phrase (the same query as lucene for one word)
// @param key: the folded user text (loaders.text.fold), compared with name_key
// @param variants: lower-case forms of the user text, compared with each alias
// @param label: a label of graph.model or null
// @param offset: rows to skip
// @param limit: rows to return
// Full-text hits, plus the exact name keys the index may miss (a name made only of stop words).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
  RETURN node, score, false AS phrase
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node, score
  RETURN node, score, true AS phrase
  UNION
  MATCH (node:Official {name_key: $key}) RETURN node, 0.0 AS score, true AS phrase
  UNION
  MATCH (node:Organization {name_key: $key}) RETURN node, 0.0 AS score, true AS phrase
  UNION
  MATCH (node:Province {name_key: $key}) RETURN node, 0.0 AS score, true AS phrase
}
WITH node, max(score) AS score, max(CASE WHEN phrase THEN 1 ELSE 0 END) = 1 AS phrase
WHERE $label IS NULL OR $label IN labels(node)
WITH node, score, phrase,
     node.name_key = $key OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) IN $variants) AS exact
ORDER BY exact DESC, phrase DESC, score DESC, node.id
WITH collect({node: node, score: score, exact: exact, phrase: phrase}) AS hits
WITH CASE WHEN any(hit IN hits WHERE hit.phrase) THEN [hit IN hits WHERE hit.phrase] ELSE hits END AS hits
RETURN size(hits) AS total,
       [hit IN hits[$offset..$offset + $limit] |
         {id: hit.node.id, name: hit.node.name, labels: labels(hit.node), aliases: coalesce(hit.node.aliases, []),
          score: hit.score, exact: hit.exact}] AS items;
