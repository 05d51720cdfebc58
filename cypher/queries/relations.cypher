// Every relation of a type (or of every type), a page at a time, each with its periods (the sentence behind each
// bound) and the sentences that state it.
// :param type => 'SANCTIONS'
// :param skip => 0
// :param limit => 50
MATCH (:Actor)-[r]->(:Actor)
WHERE $type IS NULL OR type(r) = $type
WITH count(r) AS total
RETURN total, COLLECT {
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE $type IS NULL OR type(r) = $type
  WITH a, r, b
  ORDER BY type(r), coalesce(r.date, r.since, '9999'), a.id, b.id
  SKIP $skip
  LIMIT $limit
  RETURN {id: elementId(r), type: type(r),
          sourceId: a.id, sourceName: a.name, sourceNameZh: a.nameZh, sourceType: [l IN labels(a) WHERE l <> 'Actor'][0],
          targetId: b.id, targetName: b.name, targetNameZh: b.nameZh, targetType: [l IN labels(b) WHERE l <> 'Actor'][0],
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
          }}
} AS relations
