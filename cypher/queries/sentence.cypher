// One sentence with its document, the actors it mentions and the relations it is evidence for. In an issue, article
// and articleAuthors name the article the sentence is in; page is a PDF's.
// :param id => '003_8dee7df64dc63a72:492'
// :param limit => 500
MATCH (s:Sentence {id: $id})-[:IN]->(d:Document)
RETURN s.id AS id, s.text AS text, s.quote AS quote, s.start AS start, s.end AS end, s.section AS section,
       s.article AS article, s.articleAuthors AS articleAuthors, s.page AS page,
       {id: d.id, title: d.title, authors: d.authors, year: d.year, date: d.date, venue: d.venue,
        language: d.language} AS document,
       COLLECT {
         MATCH (s)-[:MENTIONS]->(a:Actor)
         WITH a ORDER BY a.id
         RETURN {id: a.id, name: a.name, nameZh: a.nameZh, type: [l IN labels(a) WHERE l <> 'Actor'][0]}
       } AS mentions,
       COLLECT {
         MATCH (a:Actor)-[r]->(b:Actor)
         WHERE $id IN r.evidence
         WITH a, r, b ORDER BY type(r), a.id, b.id
         LIMIT $limit
         RETURN {type: type(r), sourceId: a.id, sourceName: a.name, targetId: b.id, targetName: b.name, role: r.role,
                 date: r.date, since: r.since, until: r.until, confidence: r.confidence}
       } AS relations
