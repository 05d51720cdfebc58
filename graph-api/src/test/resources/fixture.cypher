// A small graph in the loader's model, for the API's integration tests.
CREATE (kz:Actor:Country {id: 'kazakhstan', name: 'Kazakhstan', nameZh: '哈薩克', nameZhHans: '哈萨克', aliases: ['Kazakhstan', '哈薩克', '哈萨克', '哈薩克斯坦', 'Казахстан'], aliasText: ' | Kazakhstan | 哈薩克 | 哈萨克 | 哈薩克斯坦 | Казахстан', iso3: 'KAZ', discovered: false})
CREATE (ru:Actor:Country {id: 'russia', name: 'Russia', nameZh: '俄羅斯', nameZhHans: '俄罗斯', aliases: ['Russia', '俄羅斯', '俄罗斯'], aliasText: ' | Russia | 俄羅斯 | 俄罗斯', iso3: 'RUS', discovered: false})
CREATE (sco:Actor:Organization {id: 'sco', name: 'Shanghai Cooperation Organisation', nameZh: '上海合作組織', nameZhHans: '上海合作组织', aliases: ['SCO', '上海合作組織', '上海合作组织', '上合組織'], aliasText: ' | SCO | 上海合作組織 | 上海合作组织 | 上合組織', discovered: false})
CREATE (odd:Actor:Group {id: 'quote_group', name: 'The "Quote" `Group` {x}', nameZh: '引號組', aliases: ["') MATCH (n) DETACH DELETE n //"], aliasText: " | ') MATCH (n) DETACH DELETE n //", discovered: true})
CREATE (d:Document {id: '003_8dee7df64dc63a72', title: '國防情勢特刊 第34期', authors: ['李哲全'], year: 2023, language: 'zh-Hant'})
CREATE (s1:Sentence {id: '003_8dee7df64dc63a72:492', doc: '003_8dee7df64dc63a72', text: '和中亞四國及俄羅斯共同創立上海合作組織。', quote: '和中亞四國及俄羅斯共同創立上海合作組織。', start: 40378, end: 40724, article: '美國撤軍行動後中國與阿富汗塔利班政府的關係'})
CREATE (s2:Sentence {id: '003_8dee7df64dc63a72:10', doc: '003_8dee7df64dc63a72', text: '俄羅斯與哈薩克之間擁有長達 6500 公里的陸地邊界。', quote: '俄羅斯與哈薩克之間擁有長達 6500 公里的陸地邊界。', start: 100, end: 125})
CREATE (s1)-[:IN]->(d), (s2)-[:IN]->(d), (s1)-[:MENTIONS]->(kz), (s1)-[:MENTIONS]->(sco), (s2)-[:MENTIONS]->(ru), (s2)-[:MENTIONS]->(kz)
CREATE (kz)-[:MEMBER_OF {roleKey: 'founding', role: 'founding', date: '2001-06', dates: ['2001-06'], since: '2001-06', confidence: 0.9, rules: ['founded'], evidence: ['003_8dee7df64dc63a72:492']}]->(sco)
CREATE (ru)-[:MEMBER_OF {roleKey: 'founding', role: 'founding', date: '2001-06', dates: ['2001-06'], confidence: 0.9, rules: ['founded'], evidence: ['003_8dee7df64dc63a72:492']}]->(sco)
CREATE (kz)-[:BORDERS {roleKey: '', confidence: 0.9, dates: [], rules: ['border_pair'], evidence: ['003_8dee7df64dc63a72:10']}]->(ru);
