// What two actors share and where they differ: every (relation type, direction, other actor) either holds,
// marked shared, onlyA or onlyB; relations between the two are marked between. A relation of a $symmetric type
// (data/schema/relation-types.tsv's, which the API passes) is 'out' from either side.
// One row: each actor (null when no actor has that id: the API answers 404 without a second query) and the entries.
// :param a => 'kazakhstan'
// :param b => 'uzbekistan'
// :param limit => 500
// :param symmetric => ['BORDERS', 'PARTNER_OF', 'ADVERSARY_OF']
OPTIONAL MATCH (actorA:Actor {id: $a})
OPTIONAL MATCH (actorB:Actor {id: $b})
CALL (actorA, actorB) {
  UNWIND CASE WHEN actorA IS NULL OR actorB IS NULL THEN [] ELSE [actorA, actorB] END AS x
  MATCH (x)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(o:Actor)
  WHERE NOT o.id IN [$a, $b] OR (x.id = $a AND o.id = $b)
  WITH x, r, o,
       CASE WHEN startNode(r) = x OR type(r) IN $symmetric THEN 'out' ELSE 'in' END AS direction,
       COLLECT {
         UNWIND r.evidence AS sid
         MATCH (s:Sentence {id: sid})-[:IN]->(d:Document)
         WITH s, d ORDER BY d.id, s.start
         RETURN {sentence: s.id, quote: s.quote, start: s.start, end: s.end, document: d.id,
                 title: coalesce(s.article, d.title), authors: coalesce(s.articleAuthors, d.authors),
                 year: d.year, published: d.date, page: s.page}
       } AS citations
  WITH type(r) AS type, direction, o,
       collect({actor: x.id, role: r.role, date: r.date, since: r.since, until: r.until, confidence: r.confidence,
                citations: citations}) AS held
  WITH type, direction, o, held,
       CASE WHEN o.id = $b THEN 'between'
            WHEN any(h IN held WHERE h.actor = $a) AND any(h IN held WHERE h.actor = $b) THEN 'shared'
            WHEN any(h IN held WHERE h.actor = $a) THEN 'onlyA'
            ELSE 'onlyB' END AS side
  ORDER BY side, type, o.id
  LIMIT $limit
  RETURN collect({side: side, type: type, direction: direction, otherId: o.id, otherName: o.name,
                  otherNameZh: o.nameZh, otherType: [l IN labels(o) WHERE l <> 'Actor'][0], held: held}) AS entries
}
RETURN CASE WHEN actorA IS NULL THEN null
         ELSE {id: actorA.id, name: actorA.name, nameZh: actorA.nameZh,
               type: [l IN labels(actorA) WHERE l <> 'Actor'][0]} END AS a,
       CASE WHEN actorB IS NULL THEN null
         ELSE {id: actorB.id, name: actorB.name, nameZh: actorB.nameZh,
               type: [l IN labels(actorB) WHERE l <> 'Actor'][0]} END AS b,
       entries
