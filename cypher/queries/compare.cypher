// What two actors share and where they differ: every (relation type, direction, other actor) either holds,
// marked shared, onlyA or onlyB; relations between the two are marked between.
// :param a => 'kazakhstan'
// :param b => 'uzbekistan'
// :param limit => 500
MATCH (x:Actor)-[r]-(o:Actor)
WHERE x.id IN [$a, $b] AND (NOT o.id IN [$a, $b] OR (x.id = $a AND o.id = $b))
WITH x, r, o,
     CASE WHEN startNode(r) = x OR type(r) IN ['BORDERS', 'PARTNER_OF', 'ADVERSARY_OF'] THEN 'out' ELSE 'in' END AS direction,
     COLLECT {
       UNWIND r.evidence AS sid
       MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
       WITH s, d ORDER BY d.id, s.start
       RETURN {sentence: s.id, text: s.text, quote: s.quote, start: s.start, end: s.end, document: d.id,
               title: coalesce(s.article, d.title), authors: coalesce(s.articleAuthors, d.authors),
               year: d.year, published: d.date, page: s.page}
     } AS citations
WITH type(r) AS type, direction, o,
     collect({actor: x.id, role: r.role, date: r.date, since: r.since, until: r.until, confidence: r.confidence,
              citations: citations}) AS held
WITH type, direction, o, held,
     CASE WHEN o.id = $b THEN 'between'
          WHEN any(h IN held WHERE h.actor = $a) AND any(h IN held WHERE h.actor = $b) THEN 'shared'
          WHEN any(h IN held WHERE h.actor = $a) THEN 'onlyA'
          ELSE 'onlyB' END AS side
RETURN side, type, direction, o.id AS otherId, o.name AS otherName, o.nameZh AS otherNameZh,
       [l IN labels(o) WHERE l <> 'Actor'][0] AS otherType, held
ORDER BY side, type, otherId
LIMIT $limit
