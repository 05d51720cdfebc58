// An actor by id: names, type, its relation counts per type, its degree and how many sentences mention it.
// :param id => 'kazakhstan'
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[r:MEMBER_OF|WITHDREW_FROM|SIGNED|LEASES|SANCTIONS|HAS_MILITARY_PRESENCE_IN|BORDERS|PROPOSED|PARTICIPATES_IN|HEAD_OF|PARTNER_OF|AIDS|LOCATED_IN|ADVERSARY_OF]-(:Actor)
WITH a, type(r) AS type, count(r) AS n
ORDER BY type
WITH a, collect(CASE WHEN type IS NULL THEN NULL ELSE {type: type, count: n} END) AS relationCounts, sum(n) AS degree
RETURN a.id AS id, a.name AS name, a.nameZh AS nameZh, a.nameZhHans AS nameZhHans, a.aliases AS aliases,
       [l IN labels(a) WHERE l <> 'Actor'][0] AS type, a.iso3 AS iso3, a.discovered AS discovered,
       relationCounts, degree, COUNT { (:Sentence)-[:MENTIONS]->(a) } AS mentions
