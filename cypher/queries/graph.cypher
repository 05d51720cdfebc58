// Nodes and edges around an actor for drawing: actors up to $depth (1..3) relations away, breadth first,
// then every relation among them. $types narrows the relation types (null: all of them). $top keeps the centre's
// $top best-evidenced neighbours (the most citing sentences over their relations with it; null: all of them), and
// further hops go out from those only; neighbours counts them all, so that a drawing can say how many it left out.
// The relation-type alternation in the patterns is written from data/schema/relation-types.tsv when the API loads
// this query (GraphQueries.typed says why it is not a parameter); it is spelled out so that the query pastes as is.
// :param center => 'kazakhstan'
// :param depth => 2
// :param types => null
// :param top => 25
// :param limit => 500
MATCH (c:Actor {id: $center})
// hop 1, best-evidenced first
OPTIONAL MATCH (c)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(n:Actor)
WHERE ($types IS NULL OR type(r) IN $types) AND n <> c
WITH c, n, sum(size(coalesce(r.evidence, []))) AS evidence
ORDER BY evidence DESC, n.id
WITH c, collect(n) AS ranked
WITH size(ranked) AS neighbours, CASE WHEN $top IS NULL THEN ranked ELSE ranked[..$top] END AS next, [c] AS seen
WITH neighbours, seen + next AS seen, next AS frontier
// hop 2
UNWIND CASE WHEN $depth < 2 OR frontier = [] OR size(seen) >= $limit THEN [null] ELSE frontier END AS f
OPTIONAL MATCH (f)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(n:Actor)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT n IN seen
WITH neighbours, seen, collect(DISTINCT n) AS next
WITH neighbours, seen + next AS seen, next AS frontier
// hop 3
UNWIND CASE WHEN $depth < 3 OR frontier = [] OR size(seen) >= $limit THEN [null] ELSE frontier END AS f
OPTIONAL MATCH (f)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(n:Actor)
WHERE ($types IS NULL OR type(r) IN $types) AND NOT n IN seen
WITH neighbours, seen, collect(DISTINCT n) AS next
WITH neighbours, (seen + next)[..$limit] AS nodes
// every relation among the nodes
UNWIND nodes AS x
OPTIONAL MATCH (x)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]->(y:Actor)
WHERE ($types IS NULL OR type(r) IN $types) AND y IN nodes
WITH neighbours, nodes, x, r, y, COLLECT {
  UNWIND r.evidence AS sid
  MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
  WITH s, d ORDER BY d.id, s.start
  RETURN {sentence: s.id, quote: s.quote, start: s.start, end: s.end, document: d.id,
          title: coalesce(s.article, d.title), authors: coalesce(s.articleAuthors, d.authors), year: d.year,
          published: d.date, page: s.page}
} AS citations
// periods: start and end as the text gives them; from and to, the days the period is known to hold from and may
// hold until, as asOf reads them (the API's asOf and the embed's year slider answer alike)
WITH neighbours, nodes, collect(CASE WHEN r IS NULL THEN NULL ELSE
       {id: elementId(r), source: x.id, target: y.id, type: type(r), date: r.date, role: r.role,
        confidence: r.confidence, since: r.since, until: r.until,
        periods: [i IN range(0, size(coalesce(r.periodFrom, [])) - 1) |
          {start: CASE coalesce(r.periodStart[i], '') WHEN '' THEN null ELSE r.periodStart[i] END,
           end: CASE coalesce(r.periodEnd[i], '') WHEN '' THEN null ELSE r.periodEnd[i] END,
           from: CASE r.periodFrom[i] WHEN '' THEN null ELSE r.periodFrom[i] END,
           to: CASE r.periodTo[i] WHEN '' THEN null ELSE r.periodTo[i] END}],
        citations: citations} END) AS edges
RETURN neighbours, [n IN nodes | {id: n.id, name: n.name, nameZh: n.nameZh, type: [l IN labels(n) WHERE l <> 'Actor'][0]}] AS nodes,
       edges[..$limit] AS edges
