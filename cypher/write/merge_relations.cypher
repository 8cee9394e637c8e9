// Fact relationships of one type (__TYPE__ is checked against core.vocabulary).
// Why text and not a dynamic type (`MERGE (s)-[r:$($type)]->(t)`): in Neo4j
// 5.26 EXPLAIN shows Expand(Into) over every relationship between the two nodes
// and then a Filter on the type, instead of an Expand(Into) of that type alone;
// between two hubs (MOIT BASED_IN Việt Nam) that reads all their relationships.
// One row per (type, from, to) per batch, aggregated by graph.writer:
// {source, target (element ids), scalars, dates, lists, articles (how many of
// the batch's articles support it), evidence, evidence_articles,
// evidence_spans, evidence_confidence, first, last}.
// Same merge rules as update_entities.cypher; evidence lists are parallel.
// `article_count` is exact (the Article nodes' `facts` lists say which), but at
// most $cap evidence entries are kept (the first ones read): a fact every
// article repeats (MOIT is based in Viet Nam) would otherwise carry megabytes
// of identical sentences, rewritten by every batch.
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.source
MATCH (t) WHERE elementId(t) = row.target
MERGE (s)-[r:__TYPE__]->(t)
ON CREATE SET r.article_count = 0, r.evidence = [], r.evidence_articles = [], r.evidence_spans = [],
              r.evidence_confidence = []
// First the count: its SET reads the relationship, so Cypher takes the write lock before reading it; every
// read below (last seen, evidence room) then sees what a concurrent writer of another article committed.
SET r.article_count = r.article_count + row.articles
WITH r, row, coalesce(r.last_seen, '') AS seen, CASE WHEN size(r.evidence) >= $cap THEN 0 ELSE $cap - size(r.evidence) END AS room
FOREACH (k IN keys(row.scalars) | SET r[k] = CASE
    WHEN r[k] IS NULL OR r[k] = '' THEN row.scalars[k]
    WHEN row.dates[k] > seen THEN row.scalars[k]
    WHEN row.dates[k] = seen AND row.scalars[k] > r[k] THEN row.scalars[k]
    ELSE r[k] END)
FOREACH (k IN keys(row.lists) | SET r[k] = coalesce(r[k], []) + [x IN row.lists[k] WHERE NOT x IN coalesce(r[k], [])])
SET r.evidence = r.evidence + row.evidence[..room],
    r.evidence_articles = r.evidence_articles + row.evidence_articles[..room],
    r.evidence_spans = r.evidence_spans + row.evidence_spans[..room],
    r.evidence_confidence = r.evidence_confidence + row.evidence_confidence[..room],
    r.confidence = CASE WHEN row.confidence IS NOT NULL AND (r.confidence IS NULL OR row.confidence > r.confidence)
                        THEN row.confidence ELSE r.confidence END,
    r.first_seen = CASE WHEN row.first IS NOT NULL AND (r.first_seen IS NULL OR row.first < r.first_seen) THEN row.first ELSE r.first_seen END,
    r.last_seen = CASE WHEN row.last IS NOT NULL AND (r.last_seen IS NULL OR row.last > r.last_seen) THEN row.last ELSE r.last_seen END;
