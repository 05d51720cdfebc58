package org.cagraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cagraph.CorpusRun;
import org.cagraph.embedded.EmbeddedNeo4j;
import org.cagraph.extract.Export;
import org.cagraph.extract.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/** Loading the corpus into a real in-process Neo4j (Bolt only, a free port). */
class LoadIT {
  private static EmbeddedNeo4j neo4j;
  private static Driver driver;
  private static Statements statements;

  @BeforeAll
  static void start() throws Exception {
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    neo4j = EmbeddedNeo4j.start(port, 0, Files.createTempDirectory("kg-load-it-"), null);
    driver = new Connection(neo4j.boltUri().toString(), "neo4j", "", null).open(3);
    Path st = CorpusRun.statements();
    statements = Statements.read(st, Export.sidecar(st));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @BeforeEach
  void empty() {
    try (Session s = driver.session()) {
      s.run("MATCH (n) DETACH DELETE n").consume();
    }
  }

  private GraphLoader loader() {
    return new GraphLoader(driver, SessionConfig.defaultConfig());
  }

  /** Every node and relationship with all its properties, in a stable order. */
  private static List<String> snapshot() {
    return GraphSnapshot.of(driver);
  }

  @Test
  void twoLoadsInARowGiveTheSameGraph() {
    loader().load(statements, Progress.silent());
    List<String> first = snapshot();
    loader().load(statements, Progress.silent());
    assertSameGraph(first);
    assertTrue(first.size() > 1000, "graph size " + first.size());
  }

  @Test
  void aLoadThatFailsHalfWayThenRunsAgainConvergesToTheSameGraph() {
    loader().load(statements, Progress.silent());
    List<String> clean = snapshot();
    empty();
    GraphLoader failing = loader();
    failing.failAfterBatches = 3;
    assertThrows(IllegalStateException.class, () -> failing.load(statements, Progress.silent()));
    loader().load(statements, Progress.silent());
    assertSameGraph(clean);
  }

  @Test
  void kazakhstanMembershipsCarryTheirCitations() {
    loader().load(statements, Progress.silent());
    try (Session s = driver.session()) {
      Map<String, Object> answer =
          s.run(
                  org.cagraph.graph.Cypher.load("queries/actor-relations.cypher"),
                  parameters("kazakhstan", "MEMBER_OF"))
              .single()
              .asMap();
      assertEquals("kazakhstan", ((Map<?, ?>) answer.get("actor")).get("id"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) answer.get("relations");
      assertTrue(rows.stream().anyMatch(r -> r.get("otherId").equals("sco")), rows.toString());
      int fromIssue = 0;
      int english = 0;
      for (Map<String, Object> r : rows) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cites = (List<Map<String, Object>>) r.get("citations");
        assertTrue(!cites.isEmpty(), "uncited: " + r);
        assertTrue(r.get("periods") instanceof List, "periods as a list: " + r);
        for (Map<String, Object> c : cites) {
          // a sentence of the 2023 issue is cited with the authors of its article (one or two), the
          // issue's year
          // and date; never with the issue's seven
          if (String.valueOf(c.get("document")).startsWith("003_")) {
            fromIssue++;
            assertTrue(((List<?>) c.get("authors")).size() <= 2, "the issue's authors: " + c);
            if (((List<?>) c.get("authors")).contains("Chukubayev Yermek")) {
              assertEquals(
                  List.of("Chukubayev Yermek", "Kuzembayeva Assiya"),
                  c.get("authors"),
                  c.toString());
              english++;
            }
            assertEquals(2023L, c.get("year"), c.toString());
            assertEquals("2023-12-15", c.get("published"), c.toString());
          }
        }
      }
      assertTrue(fromIssue > 0, "no citation from the 2023 issue: " + rows);
      assertTrue(english > 0, "no citation from the issue's English article: " + rows);
      // an unknown actor is one row with no actor and no relations: the API's 404 needs no second
      // query
      Map<String, Object> unknown =
          s.run(
                  org.cagraph.graph.Cypher.load("queries/actor-relations.cypher"),
                  parameters("kazakstan", null))
              .single()
              .asMap();
      assertEquals(null, unknown.get("actor"));
      assertEquals(List.of(), unknown.get("relations"));
    }
  }

  @Test
  void aPaperRemovedFromTheCorpusIsRetracted() {
    loader().load(statements, Progress.silent());
    Statements fewer =
        new Statements(
            statements.actors(),
            statements.relations().stream()
                .map(r -> withoutDoc(r, "001_eb3f4b3faeb8891c"))
                .filter(r -> !((List<?>) r.get("citations")).isEmpty())
                .toList(),
            statements.documents().stream()
                .filter(d -> !d.get("id").equals("001_eb3f4b3faeb8891c"))
                .toList(),
            statements.sentencesByDoc());
    loader().load(fewer, Progress.silent());
    try (Session s = driver.session()) {
      assertEquals(
          0,
          s.run("MATCH (d:Document {id: '001_eb3f4b3faeb8891c'}) RETURN count(d) AS n")
              .single()
              .get("n")
              .asInt());
      assertEquals(
          0,
          s.run("MATCH (s:Sentence {doc: '001_eb3f4b3faeb8891c'}) RETURN count(s) AS n")
              .single()
              .get("n")
              .asInt());
      assertEquals(
          0,
          s.run(
                  "MATCH ()-[r]->() WHERE any(e IN r.evidence WHERE e STARTS WITH '001_') RETURN count(r) AS n")
              .single()
              .get("n")
              .asInt());
    }
  }

  @Test
  void evidenceIsDistinctAndInCypherOrderAlsoWhereSeveralPapersStateARelation() {
    loader().load(statements, Progress.silent());
    try (Session s = driver.session()) {
      // relations stated by several papers got their evidence merged into what an earlier paper
      // wrote
      int shared =
          s.run(
                  "MATCH (:Actor)-[r]->(:Actor) WHERE size(COLLECT { UNWIND r.evidence AS e "
                      + "RETURN DISTINCT split(e, ':')[0] }) > 1 RETURN count(r) AS n")
              .single()
              .get("n")
              .asInt();
      assertTrue(shared > 0, "some relation is stated by two papers");
      assertEquals(
          0,
          s.run(
                  "MATCH (:Actor)-[r]->(:Actor) WHERE size(r.evidence) = 0 OR r.evidence <> "
                      + "COLLECT { UNWIND r.evidence AS e RETURN DISTINCT e ORDER BY e } RETURN count(r) AS n")
              .single()
              .get("n")
              .asInt());
    }
  }

  @Test
  void loadingWhatIsAlreadyLoadedChangesNothing() {
    loader().load(statements, Progress.silent());
    List<String> first = snapshot();
    GraphLoader.Summary again = loader().load(statements, Progress.silent());
    assertEquals(
        statements.documents().size(), again.unchanged(), "every paper is recognised as loaded");
    assertSameGraph(first);
  }

  @Test
  void aChangedPaperReplacesItsSentencesAndEvidenceAndNothingElse() {
    String doc = "003_8dee7df64dc63a72";
    loader().load(statements, Progress.silent());
    // the paper loses its first twenty relation citations and one sentence is corrected
    List<Map<String, Object>> relations = new java.util.ArrayList<>();
    int dropped = 0;
    for (Map<String, Object> r : statements.relations()) {
      boolean cites =
          ((List<?>) r.get("citations"))
              .stream().anyMatch(c -> doc.equals(((Map<?, ?>) c).get("doc")));
      Map<String, Object> changed = r;
      if (cites && dropped < 20) {
        changed = withoutDoc(r, doc);
        dropped++;
      }
      if (!((List<?>) changed.get("citations")).isEmpty()) {
        relations.add(changed);
      }
    }
    Map<String, List<Map<String, Object>>> sentences =
        new java.util.LinkedHashMap<>(statements.sentencesByDoc());
    List<Map<String, Object>> docSentences = new java.util.ArrayList<>(sentences.get(doc));
    Map<String, Object> corrected = new java.util.HashMap<>(docSentences.get(5));
    corrected.put("text", corrected.get("text") + "（更正）");
    docSentences.set(5, corrected);
    sentences.put(doc, docSentences);
    Statements changed =
        new Statements(statements.actors(), relations, statements.documents(), sentences);

    GraphLoader.Summary s = loader().load(changed, Progress.silent());
    assertTrue(
        s.unchanged() >= 1 && s.unchanged() < statements.documents().size(),
        "unchanged papers: " + s.unchanged());
    List<String> updated = snapshot();
    empty();
    loader().load(changed, Progress.silent());
    List<String> fresh = snapshot();
    assertTrue(
        fresh.equals(updated),
        () ->
            "an update in place equals a fresh load of the changed statements\n"
                + GraphSnapshot.diff(fresh, updated));
  }

  private static void assertSameGraph(List<String> expected) {
    List<String> now = snapshot();
    assertTrue(expected.equals(now), () -> GraphSnapshot.diff(expected, now));
  }

  private static Map<String, Object> parameters(String id, String type) {
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("id", id);
    p.put("type", type);
    p.put("direction", "out");
    p.put("asOfLo", null);
    p.put("asOfHi", null);
    p.put("undated", false);
    p.put("minConfidence", null);
    p.put("skip", 0);
    p.put("limit", 100);
    p.put("symmetric", org.cagraph.relations.RuleSet.SYMMETRIC);
    return p;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutDoc(Map<String, Object> r, String doc) {
    Map<String, Object> copy = new java.util.HashMap<>(r);
    copy.put(
        "citations",
        ((List<Map<String, Object>>) r.get("citations"))
            .stream().filter(c -> !doc.equals(c.get("doc"))).toList());
    return copy;
  }
}
