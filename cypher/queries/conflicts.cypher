// Where the sources truly disagree (issue 17): relations whose loader found two papers giving different dates for
// the same bound (start or end) of the same period, neither a more precise form of the other (1992 and 1992-05-15
// agree). Each conflict is one bound of one period (an index into periods) with one side per date: the date, the
// sentence that gives it, its quote and its paper. Different events on one relation are never a conflict.
// :param skip => 0
// :param limit => 50
MATCH (:Actor)-[r]->(:Actor)
WHERE size(coalesce(r.conflictBound, [])) > 0
WITH count(r) AS total
RETURN total, COLLECT {
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE size(coalesce(r.conflictBound, [])) > 0
  WITH a, r, b
  ORDER BY type(r), a.id, b.id
  SKIP $skip
  LIMIT $limit
  RETURN {id: elementId(r), type: type(r), sourceId: a.id, sourceName: a.name, sourceNameZh: a.nameZh,
          targetId: b.id, targetName: b.name, targetNameZh: b.nameZh,
          role: r.role, since: r.since, until: r.until, confidence: r.confidence,
          conflicts: COLLECT {
            // one conflict per (bound, period), led by its first row; its sides are the rows that share both
            UNWIND range(0, size(r.conflictBound) - 1) AS i
            WITH i WHERE none(j IN range(0, i - 1)
                              WHERE r.conflictBound[j] = r.conflictBound[i] AND r.conflictPeriod[j] = r.conflictPeriod[i])
            WITH i ORDER BY r.conflictPeriod[i], CASE r.conflictBound[i] WHEN 'start' THEN 0 ELSE 1 END
            RETURN {bound: r.conflictBound[i], period: r.conflictPeriod[i], sides: COLLECT {
              UNWIND range(0, size(r.conflictBound) - 1) AS k
              WITH k WHERE r.conflictBound[k] = r.conflictBound[i] AND r.conflictPeriod[k] = r.conflictPeriod[i]
              OPTIONAL MATCH (s:Sentence {id: r.conflictSentence[k]})-[:IN]->(d:Document)
              WITH k, s, d ORDER BY k
              RETURN {date: r.conflictDate[k], sentence: r.conflictSentence[k], quote: s.quote, document: d.id,
                      title: coalesce(s.article, d.title), authors: coalesce(s.articleAuthors, d.authors),
                      year: d.year, published: d.date, page: s.page}
            }}
          },
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
          }}
} AS conflicts
