// Every actor, in id order: the actor lines of the statements contract.
MATCH (a:Actor)
RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Actor'][0] AS label, a.name AS name, a.nameZh AS nameZh,
       a.nameZhHans AS nameZhHans, a.iso3 AS iso3, coalesce(a.discovered, false) AS discovered,
       coalesce(a.aliases, []) AS names
ORDER BY id
