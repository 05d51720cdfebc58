// An actor's id, names and type by id: the check every actor-scoped endpoint makes before its own query.
// :param id => 'kazakhstan'
MATCH (a:Actor {id: $id})
RETURN a.id AS id, a.name AS name, a.nameZh AS nameZh, [l IN labels(a) WHERE l <> 'Actor'][0] AS type
