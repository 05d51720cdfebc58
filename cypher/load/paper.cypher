// One batch of one paper in one round trip: its Document node, a batch of its sentences with the actors each
// mentions, and a batch of the relations it states, carrying this paper's sentence ids as evidence (the other
// properties are the corpus-wide aggregate; evidence is kept sorted, so the graph does not depend on the order in
// which papers were loaded or reloaded). Parameters: $doc {id, title, authors, year, date, venue, language, sha256,
// file, loadHash}; $sentences [{id, index, text, quote, start, end, section, kind, article, articleAuthors, page,
// actors}] (article and articleAuthors for a sentence inside one article of an issue, page for a PDF's);
// $relations {TYPE: [{subject, object, role, roleKey, date, dates, since, until, confidence, rules, evidence,
// period*, reading*, conflict* (GraphLoader.time)}]}, the
// batch's relations by type. The loader writes the block between the BRANCH lines once per relationship type of
// the fixed fourteen, joined by UNION ALL, with the type in place of TYPE: a typed MERGE expands by type (a
// dynamic one scans every relationship), the branches of a union need no Eager between them (one CALL per type got
// one each), and each branch reads only its own type's rows.
// Every lookup goes through a uniqueness constraint, so the plan does not depend on the graph's size: replanning
// it each time the statistics move (a graph filling from empty) only costs compile time, which a profile of a
// 100k load measured at a fifth of the database's work.
CYPHER replan=skip
MERGE (d:Document {id: $doc.id})
SET d.title = $doc.title, d.authors = $doc.authors, d.year = $doc.year, d.date = $doc.date, d.venue = $doc.venue,
    d.language = $doc.language, d.sha256 = $doc.sha256, d.file = $doc.file, d.loadHash = $doc.loadHash
WITH d
CALL (d) {
  UNWIND $sentences AS row
  CREATE (s:Sentence {id: row.id, doc: d.id, index: row.index, text: row.text, quote: row.quote, start: row.start,
                      end: row.end, section: row.section, kind: row.kind, article: row.article,
                      articleAuthors: row.articleAuthors, page: row.page})
  CREATE (s)-[:IN]->(d)
  WITH s, row
  UNWIND row.actors AS actorId
  MATCH (a:Actor {id: actorId})
  CREATE (s)-[:MENTIONS]->(a)  // the paper's old sentences were retracted first: no link exists yet
}
CALL () {
  // BRANCH
  UNWIND $relations.TYPE AS row
  MATCH (a:Actor {id: row.subject}), (b:Actor {id: row.object})
  MERGE (a)-[r:TYPE {roleKey: row.roleKey}]->(b)
    ON CREATE SET r.evidence = row.evidence  // the loader sends it sorted and distinct
    ON MATCH SET r.evidence = reduce(ev = r.evidence, e IN row.evidence |  // each inserted into the sorted list
      CASE WHEN e IN ev THEN ev ELSE [x IN ev WHERE x < e] + e + [x IN ev WHERE x > e] END)
  SET r.role = row.role, r.date = row.date, r.dates = row.dates, r.since = row.since, r.until = row.until,
      r.confidence = row.confidence, r.rules = row.rules,
      r.periodStart = row.periodStart, r.periodStartEvidence = row.periodStartEvidence, r.periodEnd = row.periodEnd,
      r.periodEndEvidence = row.periodEndEvidence, r.periodFrom = row.periodFrom, r.periodTo = row.periodTo,
      r.readingKind = row.readingKind, r.readingDate = row.readingDate, r.readingSentence = row.readingSentence,
      r.conflictBound = row.conflictBound, r.conflictPeriod = row.conflictPeriod, r.conflictDate = row.conflictDate,
      r.conflictSentence = row.conflictSentence
  RETURN count(r) AS written
  // BRANCH
}
RETURN sum(written) AS relations
