// Whether a paper was loaded before (a first load has nothing to retract).
MATCH (d:Document {id: $doc}) RETURN count(d) > 0 AS present
