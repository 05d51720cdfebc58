// The papers in the graph, a page at a time, with their articles (title and authors, in the order of the issue) and
// how many sentences and relations cite them.
// :param skip => 0
// :param limit => 50
MATCH (d:Document)
WITH count(d) AS total
RETURN total, COLLECT {
  MATCH (d:Document)
  WITH d ORDER BY d.id
  SKIP $skip
  LIMIT $limit
  CALL (d) {
    MATCH (s:Sentence)-[:IN]->(d) WHERE s.article IS NOT NULL
    WITH s.article AS title, s.articleAuthors AS authors, min(s.start) AS first
    ORDER BY first
    RETURN collect({title: title, authors: authors}) AS articles
  }
  RETURN {id: d.id, title: d.title, authors: d.authors, year: d.year, date: d.date, venue: d.venue,
          language: d.language,
          sentences: COUNT { (:Sentence)-[:IN]->(d) },
          articles: articles,
          relations: COUNT { MATCH (:Actor)-[r]->(:Actor) WHERE any(e IN r.evidence WHERE e STARTS WITH d.id + ':') }}
} AS documents
