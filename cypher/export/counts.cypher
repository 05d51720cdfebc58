// How much an export will write, for its progress bars.
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS relations }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
RETURN actors, relations, documents, sentences
