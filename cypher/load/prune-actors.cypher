// Actors the statements file no longer lists and nothing refers to.
MATCH (a:Actor) WHERE NOT a.id IN $keep AND NOT (a)--()
DELETE a
