package org.cagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;

/**
 * kg load and kg export against a server that asks for a password, as a remote Neo4j does: a second
 * in-process server with authentication on, its own port. The password, right or wrong, given in
 * NEO4J_PASSWORD or written into NEO4J_URI, never shows in what kg prints (its own output and the
 * JVM's console) nor in the files it writes.
 */
class RemoteIT {
  private static final String PASSWORD = "s3cret-Pa55word-for-RemoteIT";
  private static Neo4j server;
  private static Driver admin;
  private static String uri;

  @TempDir Path tmp;

  @BeforeAll
  static void start() throws Exception {
    int port = Cli.freePort();
    server =
        Neo4jBuilders.newInProcessBuilder(Files.createTempDirectory("kg-remote-it-"))
            .withDisabledServer()
            .withConfig(BoltConnector.enabled, true)
            .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .withConfig(GraphDatabaseSettings.auth_enabled, true)
            .withConfig(ServerSettings.allow_telemetry, false)
            .build();
    // the harness starts with neo4j/neo4j, change required; the system database takes the new
    // password
    server
        .databaseManagementService()
        .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", PASSWORD));
    uri = "bolt://127.0.0.1:" + port;
    admin = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD));
  }

  @AfterAll
  static void stop() {
    if (admin != null) {
      admin.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void empty() {
    try (Session s = admin.session()) {
      s.run("MATCH (n) DETACH DELETE n").consume();
    }
  }

  private static long nodes() {
    try (Session s = admin.session()) {
      return s.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
    }
  }

  private static void assertNoPassword(Cli run) {
    assertFalse(
        run.out().contains(PASSWORD) || run.err().contains(PASSWORD),
        "the password was printed:\n" + run);
  }

  /**
   * A run of kg and what went to the JVM's own stdout and stderr meanwhile (progress, retry
   * notices, libraries).
   */
  private record Captured(Cli cli, String console) {
    void assertNever(String secret) {
      assertFalse(cli.out().contains(secret) || cli.err().contains(secret), "printed:\n" + cli);
      assertFalse(console.contains(secret), "printed to the console:\n" + console);
    }
  }

  private static Captured capture(Map<String, String> env, String... args) {
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
    java.io.PrintStream both =
        new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    Cli run;
    try {
      run = Cli.run(env, args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String text = console.toString(java.nio.charset.StandardCharsets.UTF_8);
    err.print(text);
    return new Captured(run, text);
  }

  /**
   * No file written since {@code since} under {@code dir} (the .kg state, a test's output folder)
   * holds {@code secret}.
   */
  private static void assertNoFileHolds(
      Path dir, java.nio.file.attribute.FileTime since, String secret) throws Exception {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (Files.getLastModifiedTime(f).compareTo(since) >= 0) {
          assertFalse(
              new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)
                  .contains(secret),
              "the password is in " + f);
        }
      }
    }
  }

  @Test
  void loadAndExportWithTheRightCredentials() throws Exception {
    var since = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 1000);
    Map<String, String> env =
        Map.of("NEO4J_URI", uri, "NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", PASSWORD);
    Captured load = capture(env, "load", "--statements", Cli.fixture().toString());
    assertEquals(0, load.cli().exitCode(), load.cli().toString());
    assertTrue(
        load.cli().out().contains("loaded 5 papers") && load.cli().out().contains(uri),
        load.cli().out());
    load.assertNever(PASSWORD);
    try (Session s = admin.session()) {
      assertEquals(
          40,
          s.run("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n").single().get("n").asLong());
    }

    Captured export = capture(env, "export", "--out", tmp.resolve("remote.jsonl").toString());
    assertEquals(0, export.cli().exitCode(), export.cli().toString());
    export.assertNever(PASSWORD);
    assertNoFileHolds(tmp, since, PASSWORD);
    assertNoFileHolds(Paths.state(), since, PASSWORD);
  }

  /**
   * A cluster is reached through a routing URI: the driver asks the server for its routing table
   * and sends the loader's write transactions to the leader. A single server answers with itself,
   * so the same load works unchanged against one instance and against a cluster.
   */
  @Test
  void loadsThroughARoutingUriAsOnACluster() throws Exception {
    String routing = uri.replace("bolt://", "neo4j://");
    Captured load =
        capture(
            Map.of("NEO4J_URI", routing, "NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", PASSWORD),
            "load",
            "--statements",
            Cli.fixture().toString());
    assertEquals(0, load.cli().exitCode(), load.cli().toString());
    assertTrue(
        load.cli().out().contains("loaded 5 papers") && load.cli().out().contains(routing),
        load.cli().out());
    load.assertNever(PASSWORD);
    try (Session s = admin.session()) {
      assertEquals(
          40,
          s.run("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n").single().get("n").asLong());
    }
  }

  @Test
  void credentialsWrittenIntoTheUriAreUsedAndNeverShown() throws Exception {
    var since = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 1000);
    String withPassword = uri.replace("bolt://", "bolt://neo4j:" + PASSWORD + "@");
    Captured load =
        capture(
            Map.of("NEO4J_URI", withPassword), "load", "--statements", Cli.fixture().toString());
    assertEquals(0, load.cli().exitCode(), load.cli().toString());
    assertTrue(
        load.cli().out().contains("loaded 5 papers") && load.cli().out().contains(" into " + uri),
        load.cli().out());
    load.assertNever(PASSWORD);

    String wrong = "not-the-" + PASSWORD;
    long before = nodes();
    Captured refused =
        capture(
            Map.of("NEO4J_URI", uri.replace("bolt://", "bolt://neo4j:" + wrong + "@")),
            "load",
            "--statements",
            Cli.fixture().toString());
    assertEquals(4, refused.cli().exitCode(), refused.cli().toString());
    assertEquals(
        List.of(
            "kg load: Neo4j at "
                + uri
                + " refused the credentials of user neo4j (check NEO4J_USERNAME and"
                + " NEO4J_PASSWORD)"),
        refused.cli().err().lines().toList());
    refused.assertNever(wrong);
    refused.assertNever(PASSWORD);
    assertEquals(before, nodes());

    Captured export =
        capture(
            Map.of("NEO4J_URI", withPassword),
            "export",
            "--format",
            "csv",
            "--out",
            tmp.toString());
    assertEquals(0, export.cli().exitCode(), export.cli().toString());
    export.assertNever(PASSWORD);
    assertNoFileHolds(tmp, since, PASSWORD);
    assertNoFileHolds(Paths.state(), since, PASSWORD);
  }

  @Test
  void aWrongPasswordIsOneClearLineAndWritesNothing() throws Exception {
    String wrong = "not-the-" + PASSWORD;
    long before = nodes();
    Captured run =
        capture(
            Map.of("NEO4J_URI", uri, "NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", wrong),
            "load",
            "--statements",
            Cli.fixture().toString());
    run.assertNever(wrong);
    Cli load = run.cli();
    assertEquals(4, load.exitCode(), load.toString());
    List<String> lines = load.err().lines().toList();
    assertEquals(1, lines.size(), load.toString());
    assertTrue(
        lines
            .get(0)
            .startsWith("kg load: Neo4j at " + uri + " refused the credentials of user neo4j"),
        lines.get(0));
    assertFalse(
        load.out().contains(wrong) || load.err().contains(wrong),
        "the password was printed:\n" + load);
    assertNoPassword(load);
    assertEquals(before, nodes());
  }

  @Test
  void anUnreachableServerIsRetriedWithBackoffThenOneClearLine() throws Exception {
    String closed = "bolt://127.0.0.1:" + Cli.freePort();
    Cli load =
        Cli.run(
            Map.of("NEO4J_URI", closed, "NEO4J_PASSWORD", PASSWORD),
            "load",
            "--statements",
            Cli.fixture().toString());
    assertEquals(4, load.exitCode(), load.toString());
    List<String> lines = load.err().lines().toList();
    List<String> retries = lines.stream().filter(l -> l.contains("retrying in")).toList();
    assertEquals(4, retries.size(), load.toString());
    assertTrue(
        retries.get(0).contains("retrying in 0.5 s")
            && retries.get(3).contains("retrying in 4.0 s"),
        retries.toString());
    assertTrue(
        lines
            .get(lines.size() - 1)
            .startsWith("kg load: Neo4j at " + closed + " is not reachable after 5 attempts"),
        load.toString());
    assertEquals(5, lines.size(), load.toString());
    assertNoPassword(load);
  }
}
