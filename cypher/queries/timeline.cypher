// An actor's dated relations in time order: one event for the date (or start) of a relation, one for its end.
// :param id => 'uzbekistan'
// :param limit => 500
MATCH (a:Actor {id: $id})-[r]-(b:Actor)
UNWIND [e IN [{at: coalesce(r.date, r.since), event: 'date'}, {at: r.until, event: 'until'}] WHERE e.at IS NOT NULL] AS e
WITH a, r, b, e, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction
RETURN e.at AS at, e.event AS event, type(r) AS type, direction,
       b.id AS otherId, b.name AS otherName, b.nameZh AS otherNameZh, [l IN labels(b) WHERE l <> 'Actor'][0] AS otherType,
       r.role AS role, r.date AS date, r.dates AS dates, r.since AS since, r.until AS until, r.confidence AS confidence,
       COLLECT {
         UNWIND r.evidence AS sid
         MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
         WITH s, d ORDER BY d.id, s.start
         RETURN {sentence: s.id, text: s.text, quote: s.quote, start: s.start, end: s.end, document: d.id,
                 title: coalesce(s.article, d.title), authors: d.authors, year: d.year}
       } AS citations
ORDER BY at, event, type, otherId
LIMIT $limit
