// Actors by any of their names in any script (Traditional, Simplified, English, Russian, aliases), best match first,
// a page at a time. One row: this page's actors and whether a page follows (more).
// The API escapes user text for Lucene, so operators in it are plain characters.
// :param q => '哈薩克'
// :param skip => 0
// :param limit => 50
CALL (){
  CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node, score
  WITH node, score, COUNT { (node)--(:Actor) } AS degree
  ORDER BY score DESC, degree DESC, node.id
  SKIP $skip
  LIMIT $limit + 1  // one more than the page: whether another page follows
  RETURN collect({node: node, score: score, degree: degree}) AS rows
}
RETURN size(rows) > $limit AS more,
       [row IN rows[0..$limit] | {id: row.node.id, name: row.node.name, nameZh: row.node.nameZh,
         nameZhHans: row.node.nameZhHans, type: [l IN labels(row.node) WHERE l <> 'Actor'][0], degree: row.degree,
         score: row.score}] AS actors
