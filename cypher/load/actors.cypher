// One batch of actors: {id, label, name, nameZh, nameZhHans, aliases, iso3, discovered}
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.nameZh = row.nameZh, a.nameZhHans = row.nameZhHans, a.aliases = row.aliases,
    a.aliasText = reduce(t = '', n IN row.aliases | t + ' | ' + n), a.iso3 = row.iso3, a.discovered = row.discovered
REMOVE a:Country:Organization:Person:Agreement:Initiative:Facility:Place:Group:Company
SET a:$(row.label)
