// Relations whose every sentence is gone, and discovered actors nothing refers to any more.
MATCH (:Actor)-[r]->(:Actor)
WHERE r.evidence IS NOT NULL AND size(r.evidence) = 0
DELETE r
