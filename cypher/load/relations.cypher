// One batch of relations with this paper's evidence; properties are the corpus-wide aggregate.
UNWIND $rows AS row
MATCH (a:Actor {id: row.subject}), (b:Actor {id: row.object})
MERGE (a)-[r:$(row.predicate) {roleKey: row.roleKey}]->(b)
SET r.role = row.role, r.date = row.date, r.dates = row.dates, r.since = row.since, r.until = row.until,
    r.confidence = row.confidence, r.rules = row.rules,
    r.evidence = [e IN coalesce(r.evidence, []) WHERE NOT e IN row.evidence] + row.evidence
