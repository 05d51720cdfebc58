// An actor's relations in time order, from their periods, a page at a time: one 'start' event per period start and
// one 'end' event per period end, each with the sentence behind it (citation). A relation no sentence starts, but
// which events or observations date, gives one 'held' event at the earliest of them. Undated relations give no event.
// One row: the actor (null when no actor has the id: the API answers 404 without a second query), whether a page
// follows (more), and this page's events; citations and periods are read for the page's events only.
// :param id => 'uzbekistan'
// :param skip => 0
// :param limit => 50
OPTIONAL MATCH (a:Actor {id: $id})
CALL (a) {
  MATCH (a)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(b:Actor)
  WITH a, r, b, coalesce(r.periodStart, []) AS starts, coalesce(r.periodEnd, []) AS ends,
       coalesce(r.readingKind, []) AS kinds
  WITH a, r, b, starts,
       [i IN range(0, size(starts) - 1) WHERE starts[i] <> '' |
         {at: starts[i], event: 'start', rank: 0, period: i, sentence: r.periodStartEvidence[i]}]
       + [i IN range(0, size(ends) - 1) WHERE ends[i] <> '' |
         {at: ends[i], event: 'end', rank: 2, period: i, sentence: r.periodEndEvidence[i]}] AS bounds,
       reduce(earliest = null, x IN [i IN range(0, size(kinds) - 1)
                                  WHERE kinds[i] IN ['event', 'observed'] AND r.readingDate[i] <> '' |
                                  {at: r.readingDate[i], event: 'held', rank: 1, period: null, sentence: r.readingSentence[i]}] |
         CASE WHEN earliest IS NULL OR x.at < earliest.at THEN x ELSE earliest END) AS seen
  UNWIND bounds + CASE WHEN seen IS NULL OR any(s IN starts WHERE s <> '') THEN [] ELSE [seen] END AS e
  WITH r, b, e, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction
  ORDER BY e.at, e.rank, type(r), b.id, e.period
  SKIP $skip
  LIMIT $limit + 1  // one more than the page: whether another page follows
  RETURN collect({r: r, b: b, e: e, direction: direction}) AS rows
}
CALL (rows) {
  UNWIND rows[0..$limit] AS row
  WITH row.r AS r, row.b AS b, row.e AS e, row.direction AS direction
  RETURN collect({at: e.at, event: e.event, period: e.period,
       citation: head(COLLECT {
         MATCH (cs:Sentence {id: e.sentence})-[:IN]->(cd:Document)
         RETURN {sentence: cs.id, quote: cs.quote, document: cd.id, title: coalesce(cs.article, cd.title),
                 authors: coalesce(cs.articleAuthors, cd.authors), year: cd.year, published: cd.date, page: cs.page}
       }),
       type: type(r), direction: direction,
       otherId: b.id, otherName: b.name, otherNameZh: b.nameZh, otherType: [l IN labels(b) WHERE l <> 'Actor'][0],
       role: r.role, date: r.date, dates: r.dates, since: r.since, until: r.until, confidence: r.confidence,
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
         WITH s, d ORDER BY d.id, s.start
         RETURN {sentence: s.id, quote: s.quote, start: s.start, end: s.end, document: d.id,
                 title: coalesce(s.article, d.title), authors: coalesce(s.articleAuthors, d.authors),
                 year: d.year, published: d.date, page: s.page}
       }}) AS events
}
RETURN CASE WHEN a IS NULL THEN null
         ELSE {id: a.id, name: a.name, nameZh: a.nameZh, type: [l IN labels(a) WHERE l <> 'Actor'][0]} END AS actor,
       size(rows) > $limit AS more, events
