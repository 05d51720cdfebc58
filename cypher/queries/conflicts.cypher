// Relations whose sources disagree: dates that cannot both be right (neither is a coarser form of the other,
// so 1992 and 1992-05-15 agree, 1999 and 2012 do not). Each date lists the citations that spell its year.
// :param skip => 0
// :param limit => 50
MATCH (:Actor)-[r]->(:Actor)
WHERE any(x IN r.dates WHERE any(y IN r.dates WHERE NOT x STARTS WITH y AND NOT y STARTS WITH x))
WITH count(r) AS total
RETURN total, COLLECT {
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE any(x IN r.dates WHERE any(y IN r.dates WHERE NOT x STARTS WITH y AND NOT y STARTS WITH x))
  WITH a, r, b
  ORDER BY type(r), a.id, b.id
  SKIP $skip
  LIMIT $limit
  WITH a, r, b, COLLECT {
    UNWIND r.evidence AS sid
    MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
    WITH s, d ORDER BY d.id, s.start
    RETURN {sentence: s.id, text: s.text, quote: s.quote, start: s.start, end: s.end, document: d.id,
            title: coalesce(s.article, d.title), authors: d.authors, year: d.year}
  } AS citations
  RETURN {id: elementId(r), type: type(r), sourceId: a.id, sourceName: a.name, targetId: b.id, targetName: b.name,
          role: r.role, date: r.date, dates: r.dates, since: r.since, until: r.until, confidence: r.confidence,
          disagreement: 'dates',
          byDate: [x IN r.dates | {date: x, sentences: [c IN citations WHERE c.text CONTAINS left(x, 4) | c.sentence]}],
          citations: citations}
} AS conflicts
