// Documents in the graph that the corpus no longer holds.
MATCH (d:Document) WHERE NOT d.id IN $keep
RETURN d.id AS id
