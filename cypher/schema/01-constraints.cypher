// Applied at every load; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_name_zh IF NOT EXISTS FOR (a:Actor) ON (a.nameZh);
CREATE INDEX sentence_doc IF NOT EXISTS FOR (s:Sentence) ON (s.doc);
// Every name and alias in every script; the CJK analyzer splits Chinese into bigrams.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.nameZh, a.nameZhHans, a.aliasText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
