// One batch of one paper in one round trip: its Document node, a batch of its sentences with the actors each
// mentions, and a batch of the relations it states, carrying this paper's sentence ids as evidence (the other
// properties are the corpus-wide aggregate; evidence is kept sorted, so the graph does not depend on the order in
// which papers were loaded or reloaded). Parameters: $doc {id, title, authors, year, venue, language, sha256,
// file, loadHash}; $sentences [{id, index, text, quote, start, end, section, kind, article, actors}];
// $relations [{subject, predicate, object, role, roleKey, date, dates, since, until, confidence, rules, evidence}].
// The loader writes the block between the BRANCH lines once per relationship type of the fixed fourteen, joined
// by UNION ALL, with the type in place of TYPE: a typed MERGE expands by type (a dynamic one scans every
// relationship), and the branches of a union need no Eager between them (one CALL per type got one each).
MERGE (d:Document {id: $doc.id})
SET d.title = $doc.title, d.authors = $doc.authors, d.year = $doc.year, d.venue = $doc.venue,
    d.language = $doc.language, d.sha256 = $doc.sha256, d.file = $doc.file, d.loadHash = $doc.loadHash
WITH d
CALL (d) {
  UNWIND $sentences AS row
  CREATE (s:Sentence {id: row.id, doc: d.id, index: row.index, text: row.text, quote: row.quote, start: row.start,
                      end: row.end, section: row.section, kind: row.kind, article: row.article})
  CREATE (s)-[:IN]->(d)
  WITH s, row
  UNWIND row.actors AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (s)-[:MENTIONS]->(a)  // the paper's old sentences were retracted first: no link exists yet
}
CALL () {
  UNWIND $relations AS row
  MATCH (a:Actor {id: row.subject}), (b:Actor {id: row.object})
  CALL (a, b, row) {
    // BRANCH
    WITH * WHERE row.predicate = 'TYPE'
    MERGE (a)-[r:TYPE {roleKey: row.roleKey}]->(b)
    SET r.role = row.role, r.date = row.date, r.dates = row.dates, r.since = row.since, r.until = row.until,
        r.confidence = row.confidence, r.rules = row.rules,
        r.evidence = COLLECT { UNWIND coalesce(r.evidence, []) + row.evidence AS e RETURN DISTINCT e ORDER BY e }
    RETURN 1 AS written
    // BRANCH
  }
  RETURN count(written) AS relations
}
RETURN relations
