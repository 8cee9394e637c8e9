// @title: The cleaned text of one article
// @answers: the text the facts were read from (their `start:end` offsets point into it), with its title and language.
// @param id: the article id (article:<16 hex>)
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.lang AS lang, a.text AS text;
