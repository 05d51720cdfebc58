// Which relations does an actor have, with dates, roles and the sentences that state them?
// :param id => 'kazakhstan'
// :param type => 'MEMBER_OF'
// :param direction => null
// :param asOf => null
// :param minConfidence => null
// :param limit => 500
MATCH (a:Actor {id: $id})-[r]-(b:Actor)
WHERE ($type IS NULL OR type(r) = $type)
  AND size(coalesce(r.evidence, [])) > 0
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($asOf IS NULL OR (coalesce(r.since, r.date, '0000') <= $asOf AND (r.until IS NULL OR r.until >= $asOf)))
WITH a, r, b, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction
WHERE $direction IS NULL OR direction = $direction
  OR type(r) IN ['BORDERS', 'PARTNER_OF', 'ADVERSARY_OF']
WITH r, b, direction ORDER BY type(r), coalesce(r.date, '9999'), b.id
LIMIT $limit
// citations only for the relations returned: a hub's thousands of others are never read
RETURN type(r) AS type, direction, b.id AS otherId, b.name AS otherName, b.nameZh AS otherNameZh,
       [l IN labels(b) WHERE l <> 'Actor'][0] AS otherType, r.role AS role, r.date AS date, r.dates AS dates,
       r.since AS since, r.until AS until, r.confidence AS confidence,
       COLLECT {
         UNWIND r.evidence AS sid
         MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
         WITH s, d ORDER BY s.id
         RETURN {sentence: s.id, text: s.text, quote: s.quote, start: s.start, end: s.end, document: d.id,
                 title: coalesce(s.article, d.title), authors: d.authors, year: d.year}
       } AS citations
