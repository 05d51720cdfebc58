// Nodes and edges around an actor for drawing: actors up to $depth (1..3) relations away, breadth first,
// then every relation among them. $types narrows the relation types (null: all of them).
// The relation-type alternation in the patterns is written from data/schema/relation-types.tsv when the API loads
// this query (GraphQueries.typed says why it is not a parameter); it is spelled out so that the query pastes as is.
// :param center => 'kazakhstan'
// :param depth => 2
// :param types => null
// :param limit => 500
MATCH (c:Actor {id: $center})
WITH [c] AS seen, [c] AS frontier
// hop 1
UNWIND CASE WHEN $depth < 1 OR frontier = [] THEN [null] ELSE frontier END AS f
OPTIONAL MATCH (f)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(n:Actor)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT n IN seen
WITH seen, collect(DISTINCT n) AS next
WITH seen + next AS seen, next AS frontier
// hop 2
UNWIND CASE WHEN $depth < 2 OR frontier = [] OR size(seen) >= $limit THEN [null] ELSE frontier END AS f
OPTIONAL MATCH (f)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(n:Actor)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT n IN seen
WITH seen, collect(DISTINCT n) AS next
WITH seen + next AS seen, next AS frontier
// hop 3
UNWIND CASE WHEN $depth < 3 OR frontier = [] OR size(seen) >= $limit THEN [null] ELSE frontier END AS f
OPTIONAL MATCH (f)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(n:Actor)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT n IN seen
WITH seen, collect(DISTINCT n) AS next
WITH (seen + next)[..$limit] AS nodes
// every relation among the nodes
UNWIND nodes AS x
OPTIONAL MATCH (x)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]->(y:Actor)
WHERE ($types IS NULL OR type(r) IN $types) AND y IN nodes
WITH nodes, x, r, y, COLLECT {
  UNWIND r.evidence AS sid
  MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
  WITH s, d ORDER BY d.id, s.start
  RETURN {sentence: s.id, quote: s.quote, start: s.start, end: s.end, document: d.id,
          title: coalesce(s.article, d.title), authors: d.authors, year: d.year}
} AS citations
WITH nodes, collect(CASE WHEN r IS NULL THEN NULL ELSE
       {id: elementId(r), source: x.id, target: y.id, type: type(r), date: r.date, role: r.role,
        confidence: r.confidence, citations: citations} END) AS edges
RETURN [n IN nodes | {id: n.id, name: n.name, nameZh: n.nameZh, type: [l IN labels(n) WHERE l <> 'Actor'][0]}] AS nodes,
       edges[..$limit] AS edges
