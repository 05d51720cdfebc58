// Actors by any of their names in any script (Traditional, Simplified, English, Russian, aliases), best match first.
// The API escapes user text for Lucene, so operators in it are plain characters.
// :param q => '哈薩克'
// :param skip => 0
// :param limit => 20
CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node, score
WITH node, score, COUNT { (node)--(:Actor) } AS degree
RETURN node.id AS id, node.name AS name, node.nameZh AS nameZh, node.nameZhHans AS nameZhHans,
       [l IN labels(node) WHERE l <> 'Actor'][0] AS type, degree, score
ORDER BY score DESC, degree DESC, id
SKIP $skip
LIMIT $limit
