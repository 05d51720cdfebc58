// Every relation of a type (or of every type), a page at a time, each with the sentences that state it.
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
          citations: COLLECT {
            UNWIND r.evidence AS sid
            MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
            WITH s, d ORDER BY d.id, s.start
            RETURN {sentence: s.id, text: s.text, quote: s.quote, start: s.start, end: s.end, document: d.id,
                    title: coalesce(s.article, d.title), authors: d.authors, year: d.year}
          }}
} AS relations
