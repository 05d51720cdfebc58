// Every sentence with the actors it mentions, by document and position: the sentence lines of the sidecar.
MATCH (s:Sentence)
CALL (s) {
  OPTIONAL MATCH (s)-[:MENTIONS]->(a:Actor)
  WITH a ORDER BY a.id
  RETURN collect(a.id) AS actors
}
RETURN s.id AS id, s.doc AS doc, s.index AS index, s.kind AS kind, s.section AS section, s.text AS text,
       s.start AS start, s.end AS end, s.quote AS quote, s.article AS article, s.articleAuthors AS articleAuthors,
       s.page AS page, actors
ORDER BY doc, index, id
