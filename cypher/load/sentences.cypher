// One batch of sentences of a paper, with the actors each mentions.
MATCH (d:Document {id: $doc})
UNWIND $rows AS row
CREATE (s:Sentence {id: row.id, doc: $doc, index: row.index, text: row.text, quote: row.quote, start: row.start,
                    end: row.end, section: row.section, kind: row.kind, article: row.article})
CREATE (s)-[:IN]->(d)
WITH s, row
UNWIND row.actors AS actorId
MATCH (a:Actor {id: actorId})
CREATE (s)-[:MENTIONS]->(a)  // the sentence was just created: no link exists yet
