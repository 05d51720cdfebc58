// One batch of relations with this paper's evidence; properties are the corpus-wide aggregate.
// The loader runs it once per relationship type with the type written in (typed MERGE is ~10x faster than a
// dynamic one); pasted into Browser as it is, the dynamic $(row.predicate) form works for any mix of types.
UNWIND $rows AS row
MATCH (a:Actor {id: row.subject}), (b:Actor {id: row.object})
MERGE (a)-[r:$(row.predicate) {roleKey: row.roleKey}]->(b)
SET r.role = row.role, r.date = row.date, r.dates = row.dates, r.since = row.since, r.until = row.until,
    r.confidence = row.confidence, r.rules = row.rules,
    r.evidence = [e IN coalesce(r.evidence, []) WHERE NOT e IN row.evidence] + row.evidence
