// @title: Search entities by name or alias
// @answers: the entities whose name or aliases match: exact name matches first, then exact alias matches, then names that hold the words together (a phrase), then by full-text score; when some hit holds the words together, hits where they are scattered are left out. When no name or alias is exactly the text, the relaxed forms of the text (without a place's kind word, a person's title; api/search.py) are searched too, their exact matches next after the text's own.
// @param lucene: the Lucene query built from the folded, escaped user text (api/search.py)
// @param phrase: the same words as one Lucene phrase (the same query as lucene for one word)
// @param key: the folded user text (loaders.text.fold), compared with name_key
// @param variants: lower-case forms of the user text, compared with each alias
// @param relaxed: list of maps {lucene, phrase, key, variants, rank} of the relaxed forms (lucene and phrase null: the key only), or []
// @param label: a label of graph.model or null
// @param offset: rows to skip
// @param limit: rows to return
// Planned once and kept (`replan=skip`): a load that changes the graph's size makes Neo4j plan a cached query again
// on its next use, and planning this union cold takes one to two seconds on a loaded machine, out of the search's
// budget of two (`API_SEARCH_TIMEOUT`): the first searches after a load were answered 504. Its plan does not depend on
// the graph's size (full-text calls and unique-key seeks), so a plan made on another graph serves as well.
CYPHER replan=skip
// Full-text hits, plus the exact name keys the index may miss (a name made only of stop words); `own`: a hit of
// the text itself, not only of a relaxed form.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
  RETURN node, score, false AS phrase, true AS own
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node, score
  RETURN node, score, true AS phrase, true AS own
  UNION
  MATCH (node:Official {name_key: $key}) RETURN node, 0.0 AS score, true AS phrase, true AS own
  UNION
  MATCH (node:Organization {name_key: $key}) RETURN node, 0.0 AS score, true AS phrase, true AS own
  UNION
  MATCH (node:Province {name_key: $key}) RETURN node, 0.0 AS score, true AS phrase, true AS own
  UNION
  UNWIND [form IN $relaxed WHERE form.lucene IS NOT NULL] AS form
  CALL db.index.fulltext.queryNodes('entity_search', form.lucene) YIELD node, score
  RETURN node, score, false AS phrase, false AS own
  UNION
  UNWIND [form IN $relaxed WHERE form.phrase IS NOT NULL] AS form
  CALL db.index.fulltext.queryNodes('entity_search', form.phrase) YIELD node, score
  RETURN node, score, true AS phrase, false AS own
  UNION
  UNWIND $relaxed AS form MATCH (node:Official {name_key: form.key}) RETURN node, 0.0 AS score, true AS phrase, false AS own
  UNION
  UNWIND $relaxed AS form MATCH (node:Organization {name_key: form.key})
  RETURN node, 0.0 AS score, true AS phrase, false AS own
  UNION
  UNWIND $relaxed AS form MATCH (node:Province {name_key: form.key}) RETURN node, 0.0 AS score, true AS phrase, false AS own
}
WITH node, max(score) AS score, max(CASE WHEN phrase THEN 1 ELSE 0 END) = 1 AS phrase,
     max(CASE WHEN own THEN 1 ELSE 0 END) = 1 AS own
WHERE $label IS NULL OR $label IN labels(node)
// rank: the text's own exact match is first, a name before an alias (`Bộ Công Thương` is MOIT's name, and may be
// an alias of Russia's ministry, `Bộ Công Thương Nga`); a relaxed form's exact match next (the earlier form first).
WITH node, score, phrase, own,
     CASE WHEN node.name_key = $key THEN 1000001
          WHEN any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) IN $variants) THEN 1000000
          ELSE reduce(best = 0, form IN $relaxed |
                      CASE WHEN node.name_key = form.key AND 2 * form.rank + 1 > best THEN 2 * form.rank + 1
                           WHEN 2 * form.rank > best
                                AND any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) IN form.variants)
                           THEN 2 * form.rank
                           ELSE best END) END AS rank
ORDER BY rank DESC, phrase DESC, score DESC, node.id
WITH collect({node: node, score: score, exact: rank > 0, rank: rank, phrase: phrase, own: own}) AS hits
// The relaxed forms count only when the text itself is no name: then the search is the text's alone.
WITH CASE WHEN any(hit IN hits WHERE hit.rank >= 1000000) THEN [hit IN hits WHERE hit.own] ELSE hits END AS hits
WITH CASE WHEN any(hit IN hits WHERE hit.phrase) THEN [hit IN hits WHERE hit.phrase] ELSE hits END AS hits
RETURN size(hits) AS total,
       [hit IN hits[$offset..$offset + $limit] |
         {id: hit.node.id, name: hit.node.name, labels: labels(hit.node), aliases: coalesce(hit.node.aliases, []),
          score: hit.score, exact: hit.exact}] AS items;
