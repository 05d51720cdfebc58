// Which relations does an actor have, with dates, roles, periods and the sentences that state them? A page at a time.
// One row: the actor (null when no actor has the id: the API answers 404 without a second query), whether a page
// follows (more), and this page's relations. Only the page's relations are read past their type, date and other
// actor: their periods and citations are never computed for the rows a page leaves out.
// asOf answers from periods (issue 17): a period holds at asOf when it is known to hold from a day no later than the
// last day of asOf ($asOfHi) and may hold until a day no earlier than its first ($asOfLo); the API pads asOf
// ('2005' is 2005-01-01 to 2005-12-31). A relation without periods is undated: left out under asOf unless $undated;
// under asOf each row says held: period or undated (without asOf it has no held).
// $symmetric: the symmetric types of data/schema/relation-types.tsv (the API passes them), which answer any direction.
// The expand names every relation type (written from data/schema/relation-types.tsv when the API loads the query, see
// GraphQueries.typed): an untyped one would also walk the hub's thousands of MENTIONS from sentences.
// :param id => 'kazakhstan'
// :param type => 'MEMBER_OF'
// :param direction => null
// :param asOfLo => '2005-01-01'
// :param asOfHi => '2005-12-31'
// :param undated => false
// :param minConfidence => null
// :param skip => 0
// :param limit => 50
// :param symmetric => ['BORDERS', 'PARTNER_OF', 'ADVERSARY_OF']
OPTIONAL MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(b:Actor)
  WHERE ($type IS NULL OR type(r) = $type)
    AND size(coalesce(r.evidence, [])) > 0
    AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  WITH a, r, b, coalesce(r.periodFrom, []) AS fromDays, coalesce(r.periodTo, []) AS toDays
  WHERE $asOfLo IS NULL
    OR (size(fromDays) = 0 AND $undated)
    OR any(i IN range(0, size(fromDays) - 1) WHERE fromDays[i] <= $asOfHi AND toDays[i] >= $asOfLo)
  WITH r, b, CASE WHEN $asOfLo IS NULL THEN null WHEN size(fromDays) = 0 THEN 'undated' ELSE 'period' END AS held,
       CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction
  WHERE $direction IS NULL OR direction = $direction
    OR type(r) IN $symmetric
  WITH r, b, direction, held ORDER BY type(r), coalesce(r.date, '9999'), b.id
  SKIP $skip
  LIMIT $limit + 1  // one more than the page: whether another page follows
  RETURN collect({r: r, b: b, direction: direction, held: held}) AS rows
}
CALL (rows) {
  UNWIND rows[0..$limit] AS row
  WITH row.r AS r, row.b AS b, row.direction AS direction, row.held AS held
  WITH held, {type: type(r), direction: direction, otherId: b.id, otherName: b.name, otherNameZh: b.nameZh,
       otherType: [l IN labels(b) WHERE l <> 'Actor'][0], role: r.role, date: r.date, dates: r.dates,
       since: r.since, until: r.until, confidence: r.confidence,
       periods: COLLECT {
         UNWIND range(0, size(coalesce(r.periodStart, [])) - 1) AS i
         OPTIONAL MATCH (ss:Sentence {id: r.periodStartEvidence[i]})-[:IN]->(sd:Document)
         OPTIONAL MATCH (es:Sentence {id: r.periodEndEvidence[i]})-[:IN]->(ed:Document)
         WITH i, ss, sd, es, ed ORDER BY i
         RETURN {start: CASE r.periodStart[i] WHEN '' THEN null ELSE r.periodStart[i] END,
                 end: CASE r.periodEnd[i] WHEN '' THEN null ELSE r.periodEnd[i] END,
                 startCitation: CASE WHEN ss IS NULL THEN null
                   ELSE {sentence: ss.id, quote: ss.quote, document: sd.id, title: coalesce(ss.article, sd.title),
                         authors: coalesce(ss.articleAuthors, sd.authors), year: sd.year, published: sd.date,
                         page: ss.page} END,
                 endCitation: CASE WHEN es IS NULL THEN null
                   ELSE {sentence: es.id, quote: es.quote, document: ed.id, title: coalesce(es.article, ed.title),
                         authors: coalesce(es.articleAuthors, ed.authors), year: ed.year, published: ed.date,
                         page: es.page} END}
       },
       citations: COLLECT {
         UNWIND r.evidence AS sid
         MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
         WITH s, d ORDER BY s.id
         RETURN {sentence: s.id, quote: s.quote, start: s.start, end: s.end, document: d.id,
                 title: coalesce(s.article, d.title), authors: coalesce(s.articleAuthors, d.authors),
                 year: d.year, published: d.date, page: s.page}
       }} AS relation
  RETURN collect(CASE WHEN held IS NULL THEN relation ELSE relation {.*, held: held} END) AS relations
}
RETURN CASE WHEN a IS NULL THEN null
         ELSE {id: a.id, name: a.name, nameZh: a.nameZh, type: [l IN labels(a) WHERE l <> 'Actor'][0]} END AS actor,
       size(rows) > $limit AS more, relations
