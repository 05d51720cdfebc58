// Removes what one paper contributed: its evidence on relations (a relation left with none is deleted), then its
// sentences with their MENTIONS. Only run for a paper already in the graph. The relations are found from the
// actors the paper's sentences mention (the loader links every evidence sentence to the relation's subject or
// object), so a retraction costs the degree of those actors, not a scan of every relationship.
MATCH (:Sentence {doc: $doc})-[:MENTIONS]->(a:Actor)
WITH DISTINCT a
MATCH (a)-[r]-(:Actor)
WHERE any(e IN coalesce(r.evidence, []) WHERE e STARTS WITH $prefix)
WITH DISTINCT r
SET r.evidence = [e IN r.evidence WHERE NOT e STARTS WITH $prefix]
WITH r WHERE size(r.evidence) = 0
DELETE r;
MATCH (s:Sentence {doc: $doc})
DETACH DELETE s
