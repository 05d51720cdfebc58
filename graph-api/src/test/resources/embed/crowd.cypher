// A hub for EmbedBrowserIT (issue 19), loaded after fixture.cypher into a graph of its own: China with 40 neighbours,
// more than the embed draws by default, names of every length in both scripts, evidence of 1 to 4 sentences a
// relation, periods starting before and after 2000, undated relations, and two SIGNED relations between one pair
// (the embed merges them into one edge). Statements are separated by semicolons at line ends.
CREATE (:Actor:Country {id: 'china', name: 'China', nameZh: '中國', nameZhHans: '中国', aliases: ['China', '中國', '中国'],
  aliasText: ' | China | 中國 | 中国', iso3: 'CHN', discovered: false})
CREATE (:Document {id: '009_crowd', title: '中國的中亞夥伴', authors: ['林小明', 'Anna Petrova', '王大同'], year: 2010,
  language: 'zh-Hant'});

UNWIND range(1, 160) AS i
MATCH (d:Document {id: '009_crowd'})
CREATE (s:Sentence {id: '009_crowd:' + i, doc: '009_crowd', text: '第' + i + '句：中國與夥伴的關係。',
  quote: '第' + i + '句：中國與夥伴的關係。', start: i * 100, end: i * 100 + 14, page: 1 + i / 20,
  article: CASE WHEN i % 2 = 0 THEN 'China and its partners, part two' ELSE null END,
  articleAuthors: CASE WHEN i % 2 = 0 THEN ['Anna Petrova'] ELSE null END})
CREATE (s)-[:IN]->(d);

UNWIND range(1, 40) AS i
WITH i, ['Organization', 'Company', 'Initiative', 'Place', 'Group'][i % 5] AS kind,
     ['Development Bank', 'Railway Corridor Authority', 'Pipeline Consortium', 'Free Trade Zone', 'Forum'][i % 5] AS en,
     ['開發銀行', '鐵路走廊管理局', '管線財團', '自由貿易區', '論壇'][i % 5] AS zh
CREATE (a:Actor {id: 'crowd_' + right('0' + toString(i), 2),
  name: CASE WHEN i % 3 = 0 THEN 'Central Asian ' ELSE '' END + 'Partner ' + i + ' ' + en,
  nameZh: '夥伴' + i + zh, aliases: [], aliasText: '', discovered: false})
FOREACH (_ IN CASE kind WHEN 'Organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE kind WHEN 'Company' THEN [1] ELSE [] END | SET a:Company)
FOREACH (_ IN CASE kind WHEN 'Initiative' THEN [1] ELSE [] END | SET a:Initiative)
FOREACH (_ IN CASE kind WHEN 'Place' THEN [1] ELSE [] END | SET a:Place)
FOREACH (_ IN CASE kind WHEN 'Group' THEN [1] ELSE [] END | SET a:Group);

// relations of China: evidence 1 to 4 sentences; i % 3 = 0 begins in 1991 + i (before and after 2000),
// i % 3 = 1 is undated, i % 3 = 2 runs from 2003 to 2008 + i % 10
MATCH (c:Actor {id: 'china'}), (a:Actor) WHERE a.id STARTS WITH 'crowd_'
WITH c, a, toInteger(substring(a.id, 6)) AS i
WITH c, a, i, [k IN range(1, 1 + i % 4) | '009_crowd:' + (i * 4 + k - 4)] AS evidence,
     CASE i % 3 WHEN 0 THEN toString(1991 + i) WHEN 1 THEN null ELSE '2003' END AS start,
     CASE i % 3 WHEN 2 THEN toString(2008 + i % 10) ELSE null END AS end
WITH c, a, i, evidence, start, end,
     CASE WHEN start IS NULL AND end IS NULL THEN {} ELSE {periodStart: [coalesce(start, '')],
       periodStartEvidence: [CASE WHEN start IS NULL THEN '' ELSE evidence[0] END], periodEnd: [coalesce(end, '')],
       periodEndEvidence: [CASE WHEN end IS NULL THEN '' ELSE evidence[-1] END],
       periodFrom: [CASE WHEN start IS NULL THEN '' ELSE start + '-01-01' END],
       periodTo: [CASE WHEN end IS NULL THEN '9999-12-31' ELSE end + '-12-31' END],
       readingKind: [x IN [start, end] WHERE x IS NOT NULL | CASE x WHEN start THEN 'start' ELSE 'end' END],
       readingDate: [x IN [start, end] WHERE x IS NOT NULL], readingSentence: [evidence[0]]} END AS time
WITH c, a, i, time, {roleKey: '', confidence: 0.8, rules: ['crowd'], evidence: evidence, date: start, since: start,
       until: end, dates: [x IN [start, end] WHERE x IS NOT NULL], periodStart: [], periodStartEvidence: [],
       periodEnd: [], periodEndEvidence: [], periodFrom: [], periodTo: [], readingKind: [], readingDate: [],
       readingSentence: [], conflictBound: [], conflictPeriod: [], conflictDate: [], conflictSentence: []} AS props
FOREACH (_ IN CASE i % 4 WHEN 0 THEN [1] ELSE [] END | CREATE (c)-[r:PARTNER_OF]->(a) SET r = props SET r += time)
FOREACH (_ IN CASE i % 4 WHEN 1 THEN [1] ELSE [] END | CREATE (c)-[r:AIDS]->(a) SET r = props SET r += time)
FOREACH (_ IN CASE i % 4 WHEN 2 THEN [1] ELSE [] END | CREATE (c)-[r:SIGNED]->(a) SET r = props SET r += time)
FOREACH (_ IN CASE i % 4 WHEN 3 THEN [1] ELSE [] END | CREATE (c)-[r:PARTICIPATES_IN]->(a) SET r = props SET r += time);

// a second SIGNED between China and crowd_02 (another role): drawn as one edge, ×2
MATCH (c:Actor {id: 'china'}), (a:Actor {id: 'crowd_02'})
CREATE (c)-[:SIGNED {roleKey: 'guarantor', role: 'guarantor', confidence: 0.7, rules: ['crowd'],
  evidence: ['009_crowd:157', '009_crowd:158'], date: '1994', since: '1994', dates: ['1994'],
  periodStart: ['1994'], periodStartEvidence: ['009_crowd:157'], periodEnd: [''], periodEndEvidence: [''],
  periodFrom: ['1994-01-01'], periodTo: ['9999-12-31'], readingKind: ['start'], readingDate: ['1994'],
  readingSentence: ['009_crowd:157'], conflictBound: [], conflictPeriod: [], conflictDate: [], conflictSentence: []}]->(a);

// China and Kazakhstan: the hub joins the fixture's graph
MATCH (c:Actor {id: 'china'}), (k:Actor {id: 'kazakhstan'})
CREATE (c)-[:PARTNER_OF {roleKey: '', confidence: 0.9, rules: ['crowd'],
  evidence: ['009_crowd:159', '009_crowd:160'], date: '2013-09', since: '2013-09', dates: ['2013-09'],
  periodStart: ['2013-09'], periodStartEvidence: ['009_crowd:159'], periodEnd: [''], periodEndEvidence: [''],
  periodFrom: ['2013-09-01'], periodTo: ['9999-12-31'], readingKind: ['start'], readingDate: ['2013-09'],
  readingSentence: ['009_crowd:159'], conflictBound: [], conflictPeriod: [], conflictDate: [], conflictSentence: []}]->(k)
