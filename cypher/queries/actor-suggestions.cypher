// Up to five actors whose names resemble a text (full-text, any script).
// The API escapes user text for Lucene and adds a fuzzy variant of each word (kazakstan kazakstan~).
// :param q => 'kazakstan kazakstan~'
CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node, score
RETURN node.id AS id, node.name AS name, node.nameZh AS nameZh, score
ORDER BY score DESC
LIMIT 5
