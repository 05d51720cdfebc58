// Which relations does an actor have, with dates, roles and the sentences that state them?
// :param id => 'kazakhstan'
// :param type => 'MEMBER_OF'
// :param direction => null
// :param asOf => null
// :param minConfidence => null
// :param limit => 500
MATCH (a:Actor {id: $id})-[r]-(b:Actor)
WHERE ($type IS NULL OR type(r) = $type)
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($asOf IS NULL OR (coalesce(r.since, r.date, '0000') <= $asOf AND (r.until IS NULL OR r.until >= $asOf)))
WITH a, r, b, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction
WHERE $direction IS NULL OR direction = $direction
  OR type(r) IN ['BORDERS', 'PARTNER_OF', 'ADVERSARY_OF']
UNWIND r.evidence AS sid
MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
WITH r, b, direction, s, d ORDER BY s.id
WITH r, b, direction, collect({sentence: s.id, text: s.text, quote: s.quote, start: s.start, end: s.end,
     document: d.id, title: coalesce(s.article, d.title), authors: d.authors, year: d.year}) AS citations
RETURN type(r) AS type, direction, b.id AS otherId, b.name AS otherName, b.nameZh AS otherNameZh,
       [l IN labels(b) WHERE l <> 'Actor'][0] AS otherType, r.role AS role, r.date AS date, r.dates AS dates,
       r.since AS since, r.until AS until, r.confidence AS confidence, citations
ORDER BY type, coalesce(date, '9999'), otherId
LIMIT $limit
