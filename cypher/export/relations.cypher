// Every actor relation with the sentences that state it, in a stable order (subject, type, object, role;
// citations by document and sentence number): the relation lines of the statements contract. A citation names its
// source as the API does: the article's title and authors when the sentence is in one article of an issue, else
// the paper's; the paper's year and date (published); the page for a PDF.
MATCH (a:Actor)-[r]->(b:Actor)
CALL (r) {
  UNWIND coalesce(r.evidence, []) AS sid
  MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
  WITH s, d ORDER BY s.doc, s.index, s.id
  RETURN collect({doc: s.doc, sentence: s.id, start: s.start, end: s.end, quote: s.quote,
                  title: coalesce(s.article, d.title), authors: coalesce(s.articleAuthors, d.authors, []),
                  year: d.year, published: d.date, page: s.page}) AS citations
}
RETURN a.id AS subject, type(r) AS predicate, b.id AS object, r.role AS role, r.date AS date, r.since AS since,
       r.until AS until, r.confidence AS confidence, coalesce(r.dates, []) AS dates, coalesce(r.rules, []) AS rules,
       citations
ORDER BY subject, predicate, object, coalesce(r.roleKey, r.role, '')
