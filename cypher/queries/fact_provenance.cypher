// @title The provenance of a fact
// @answers Where the fact ($source)-[$type]->($target) was read: one row per evidence sentence, with its article (title, date, url, id), the "start:end" offsets of the sentence in the article's text and the text found at those offsets.
// @param source: the id of the entity the relationship starts from (default: person:nguyen-hong-dien)
// @param type: the relationship type, one of graph.model.RELATIONSHIP_TYPES (default: HOLDS_POSITION)
// @param target: the id of the entity the relationship points to (default: org:moit)
MATCH (source {id: $source})-[fact]->(target {id: $target})
WHERE type(fact) = $type
UNWIND range(0, size(coalesce(fact.evidence, [])) - 1) AS i
WITH source, fact, target, fact.evidence[i] AS sentence, fact.evidence_articles[i] AS article_id,
     fact.evidence_spans[i] AS span
OPTIONAL MATCH (article:Article {id: article_id})
WITH source, fact, target, sentence, article_id, span, article,
     toInteger(split(span, ':')[0]) AS span_start, toInteger(split(span, ':')[1]) AS span_end
RETURN source.name AS source,
       type(fact) AS relationship,
       target.name AS target,
       sentence,
       article.title AS article,
       article.date AS date,
       article.url AS url,
       article_id,
       span,
       substring(article.text, span_start, span_end - span_start) AS text_at_span
ORDER BY date, article_id, span_start;
