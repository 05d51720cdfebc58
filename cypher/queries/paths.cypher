// The shortest chains of actor-actor relations between two actors, with the evidence of every hop.
// Only the relation types are followed (never MENTIONS or IN); the pattern allows 6 hops, $maxHops narrows it.
// The relation-type alternation in the patterns is written from data/schema/relation-types.tsv when the API loads
// this query (GraphQueries.typed says why it is not a parameter); it is spelled out so that the query pastes as is.
// :param from => 'kyrgyzstan'
// :param to => 'nato'
// :param maxHops => 4
// :param limit => 50
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF*..6]-(b))
WITH p
WHERE length(p) <= $maxHops
WITH p
LIMIT $limit
UNWIND range(0, length(p) - 1) AS i
WITH p, i, relationships(p)[i] AS r
WITH p, i, r, COLLECT {
  UNWIND r.evidence AS sid
  MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
  WITH s, d ORDER BY d.id, s.start
  RETURN {sentence: s.id, text: s.text, quote: s.quote, start: s.start, end: s.end, document: d.id,
          title: coalesce(s.article, d.title), authors: coalesce(s.articleAuthors, d.authors), year: d.year,
          published: d.date, page: s.page}
} AS citations
ORDER BY i
WITH p, collect({type: type(r), source: startNode(r).id, target: endNode(r).id, role: r.role, date: r.date,
                 since: r.since, until: r.until, confidence: r.confidence, citations: citations}) AS hops
RETURN length(p) AS length,
       [n IN nodes(p) | {id: n.id, name: n.name, nameZh: n.nameZh, type: [l IN labels(n) WHERE l <> 'Actor'][0]}] AS nodes,
       hops
ORDER BY length, [n IN nodes(p) | n.id]
