// The papers in the graph, a page at a time, with their articles and how many sentences and relations cite them.
// :param skip => 0
// :param limit => 50
MATCH (d:Document)
WITH count(d) AS total
RETURN total, COLLECT {
  MATCH (d:Document)
  WITH d ORDER BY d.id
  SKIP $skip
  LIMIT $limit
  RETURN {id: d.id, title: d.title, authors: d.authors, year: d.year, venue: d.venue, language: d.language,
          sentences: COUNT { (:Sentence)-[:IN]->(d) },
          articles: COLLECT { MATCH (s:Sentence)-[:IN]->(d) WHERE s.article IS NOT NULL RETURN DISTINCT s.article },
          relations: COUNT { MATCH (:Actor)-[r]->(:Actor) WHERE any(e IN r.evidence WHERE e STARTS WITH d.id + ':') }}
} AS documents
