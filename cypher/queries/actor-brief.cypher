// An actor's id, names and type by id: the check /api/paths makes in its query's transaction and /api/graph before
// its query (actor-relations, timeline and compare look their actors up themselves).
// :param id => 'kazakhstan'
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.nameZh AS nameZh, [l IN labels(a) WHERE l <> 'Actor'][0] AS type
