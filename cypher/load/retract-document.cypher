// Removes what one paper contributed: its sentences (with their MENTIONS) and its evidence on relations;
// a relation left with no evidence is deleted. Only run for a paper already in the graph.
MATCH (s:Sentence {doc: $doc})
DETACH DELETE s
WITH count(*) AS removed
MATCH (:Actor)-[r]->(:Actor)
WHERE any(e IN r.evidence WHERE e STARTS WITH $prefix)
SET r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $prefix]
WITH r WHERE size(r.evidence) = 0
DELETE r
