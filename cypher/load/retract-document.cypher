// Removes what one paper contributed: its sentences (with their MENTIONS) and its evidence on relations.
// Relations left without evidence are deleted by prune-relations.cypher.
MATCH (s:Sentence {doc: $doc})
DETACH DELETE s
WITH count(*) AS removed
MATCH (:Actor)-[r]->(:Actor)
WHERE any(e IN r.evidence WHERE e STARTS WITH $prefix)
SET r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $prefix]
