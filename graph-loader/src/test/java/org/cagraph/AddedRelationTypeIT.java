package org.cagraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cagraph.embedded.EmbeddedNeo4j;
import org.cagraph.extract.Export;
import org.cagraph.extract.Extraction;
import org.cagraph.extract.Progress;
import org.cagraph.graph.Connection;
import org.cagraph.graph.Cypher;
import org.cagraph.graph.GraphLoader;
import org.cagraph.graph.Statements;
import org.cagraph.relations.Relation;
import org.cagraph.relations.RelationTypes;
import org.cagraph.relations.RuleExamples;
import org.cagraph.relations.RuleSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * A relation type is one row of {@code data/schema/relation-types.tsv} and one rules file
 * (CONTRIBUTING.md, issue 20): this test adds {@code TEST_TYPE} that way, in a copy of the data
 * folders under a temporary home, and follows it through the checked example of its rule, a real
 * extraction (CoreNLP included) of a one-sentence corpus, the export, the load into an in-process
 * Neo4j and the query the API asks ({@code actor-relations.cypher}). No Java names the type.
 * graph-api's {@code AddedRelationTypeIT} shows the API's half.
 *
 * <p><b>Why a JVM of its own.</b> The type list is read once per JVM into static fields ({@code
 * RelationTypes}, {@code RuleSet.TYPES} and its shared rules, {@code GraphLoader.PAPER}, {@code
 * GraphExport}'s symmetric types, the rule engine), which is what lets the hot path use them
 * freely. Making each of them reloadable for one test would spread a test's need over the loader;
 * instead this class runs in a failsafe execution of its own ({@code added-relation-type} in
 * graph-loader/pom.xml; the default execution excludes it), and sets {@code -Dkg.home} (read by
 * {@code DataFiles} before {@code $KG_HOME}) in {@link #home()}, before any of those classes is
 * loaded. If something had loaded them first, the first assertion (the type is in the list) fails
 * rather than the test passing on the shipped types. No other test shares this JVM, and this JVM
 * never sees the real list alone.
 */
class AddedRelationTypeIT {
  static final String ROW = "TEST_TYPE\tno\t-\tevent\ttest type\t測試\t#a3adb8";
  static final String RULES =
      """
      # TEST_TYPE: a relation type that exists only in this test's data folder.
      @example Kazakhstan befriends Russia. => kazakhstan TEST_TYPE russia
      befriends	0.9	-	S:C ~~10 (befriends|befriended) ~~10 O:C
      """;
  static final String SENTENCE = "Kazakhstan befriends Russia.";

  @TempDir static Path home;
  private static EmbeddedNeo4j neo4j;
  private static Driver driver;

  /**
   * A copy of the data folders the loader reads, one row and one rules file added; -Dkg.home points
   * at it.
   */
  @BeforeAll
  static void home() throws IOException {
    Path from = TestCorpus.root().resolve("data");
    for (String folder : List.of("schema", "rules", "gazetteer", "text")) {
      copy(from.resolve(folder), home.resolve("data").resolve(folder));
    }
    Files.writeString(
        home.resolve("data/schema/relation-types.tsv"),
        ROW + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Files.writeString(home.resolve("data/rules/TEST_TYPE.rules"), RULES, StandardCharsets.UTF_8);
    System.setProperty("kg.home", home.toString());
  }

  @AfterAll
  static void stop() {
    System.clearProperty("kg.home");
    if (driver != null) {
      driver.close();
    }
    if (neo4j != null) {
      neo4j.close();
    }
  }

  @Test
  void oneRowAndOneRulesFileCarryANewTypeThroughExtractionAndLoad(@TempDir Path work)
      throws Exception {
    assertTrue(
        RelationTypes.names().contains("TEST_TYPE"),
        "this JVM read the shipped types before -Dkg.home was "
            + "set: run the test in its own failsafe execution ("
            + RelationTypes.names()
            + ")");
    assertTrue(RuleSet.TYPES.contains("TEST_TYPE"), RuleSet.TYPES.toString());
    assertEquals(
        List.of(),
        RuleExamples.failures(RuleSet.load(), Files.createDirectories(work.resolve("examples"))),
        "the rule's @example");

    // extraction: the real pipeline over a one-sentence corpus
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Path paper =
        Files.writeString(corpus.resolve("t001.txt"), SENTENCE + "\n", StandardCharsets.UTF_8);
    Extraction.Options o =
        new Extraction.Options(
            1, false, org.cagraph.text.DocumentReader.DEFAULT_MAX_BYTES, System.err, null);
    Extraction.Result result = Extraction.run(corpus, List.of(paper), o);
    List<Relation> typed =
        result.relations().stream().filter(r -> r.predicate().equals("TEST_TYPE")).toList();
    assertEquals(1, typed.size(), result.relations().toString());
    assertEquals("kazakhstan", typed.get(0).subject());
    assertEquals("russia", typed.get(0).object());

    // export and load into an in-process Neo4j
    Path statements = work.resolve("statements.jsonl");
    Export.write(result, statements);
    assertTrue(Files.readString(statements).contains("TEST_TYPE"), "the statements file");
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    // not under a @TempDir: JUnit would delete it before @AfterAll stops the server
    neo4j = EmbeddedNeo4j.start(port, 0, Files.createTempDirectory("kg-type-it-"), null);
    driver = new Connection(neo4j.boltUri().toString(), "neo4j", "", null).open(3);
    new GraphLoader(driver, SessionConfig.defaultConfig())
        .load(Statements.read(statements, Export.sidecar(statements)), Progress.silent());

    try (Session s = driver.session()) {
      assertEquals(
          1,
          s.run(
                  "MATCH (:Actor {id: 'kazakhstan'})-[r:TEST_TYPE]->(:Actor {id: 'russia'}) RETURN count(r) AS n")
              .single()
              .get("n")
              .asInt());
      Map<String, Object> p = new HashMap<>();
      p.put("id", "kazakhstan");
      p.put("type", "TEST_TYPE");
      p.put("direction", "out");
      p.put("asOfLo", null);
      p.put("asOfHi", null);
      p.put("undated", false);
      p.put("minConfidence", null);
      p.put("skip", 0);
      p.put("limit", 100);
      p.put("symmetric", RuleSet.SYMMETRIC);
      // one row: the actor, whether a page follows, and this page's relations (as the API reads it)
      Map<String, Object> answer =
          s.run(asTheApiLoadsIt("queries/actor-relations.cypher"), p).single().asMap();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) answer.get("relations");
      assertEquals(1, rows.size(), rows.toString());
      assertEquals("russia", rows.get(0).get("otherId"));
      assertEquals("TEST_TYPE", rows.get(0).get("type"));
      List<?> citations = (List<?>) rows.get(0).get("citations");
      assertFalse(citations.isEmpty(), rows.toString());
      assertTrue(citations.get(0).toString().contains("befriends"), citations.toString());
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path f : (Iterable<Path>) all::iterator) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
  }

  /**
   * A named query with its relationship-type alternation written from relation-types.tsv, as
   * graph-api's GraphQueries.typed does when it loads one: the file spells out the shipped types so
   * that it pastes into Browser.
   */
  private static String asTheApiLoadsIt(String file) {
    return Cypher.load(file)
        .replaceAll(
            "(?<=\\[\\w{0,40}:)[A-Z][A-Z_]*(?:\\|[A-Z][A-Z_]*)+",
            java.util.regex.Matcher.quoteReplacement(String.join("|", RelationTypes.names())));
  }
}
