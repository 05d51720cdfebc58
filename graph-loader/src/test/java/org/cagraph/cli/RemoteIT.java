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
 * in-process server with authentication on, its own port. The password never shows in what kg prints.
 */
class RemoteIT {
  private static final String PASSWORD = "s3cret-Pa55word-for-RemoteIT";
  private static Neo4j server;
  private static Driver admin;
  private static String uri;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() throws Exception {
    int port = Cli.freePort();
    server = Neo4jBuilders.newInProcessBuilder(Files.createTempDirectory("kg-remote-it-"))
        .withDisabledServer()
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .withConfig(GraphDatabaseSettings.auth_enabled, true)
        .withConfig(ServerSettings.allow_telemetry, false)
        .build();
    // the harness starts with neo4j/neo4j, change required; the system database takes the new password
    server.databaseManagementService().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally("ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", PASSWORD));
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
    assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD), "the password was printed:\n" + run);
  }

  @Test
  void loadAndExportWithTheRightCredentials() throws Exception {
    Map<String, String> env = Map.of("NEO4J_URI", uri, "NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", PASSWORD);
    Cli load = Cli.run(env, "load", "--statements", Cli.fixture().toString());
    assertEquals(0, load.exitCode(), load.toString());
    assertTrue(load.out().contains("loaded 5 papers") && load.out().contains(uri), load.out());
    assertNoPassword(load);
    try (Session s = admin.session()) {
      assertEquals(40, s.run("MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n").single().get("n").asLong());
    }

    Cli export = Cli.run(env, "export", "--out", tmp.resolve("remote.jsonl").toString());
    assertEquals(0, export.exitCode(), export.toString());
    assertNoPassword(export);
    assertTrue(Files.readString(tmp.resolve("remote.jsonl")).contains(PASSWORD) == false);
  }

  @Test
  void aWrongPasswordIsOneClearLineAndWritesNothing() throws Exception {
    String wrong = "not-the-" + PASSWORD;
    long before = nodes();
    Cli load = Cli.run(Map.of("NEO4J_URI", uri, "NEO4J_USERNAME", "neo4j", "NEO4J_PASSWORD", wrong),
        "load", "--statements", Cli.fixture().toString());
    assertEquals(4, load.exitCode(), load.toString());
    List<String> lines = load.err().lines().toList();
    assertEquals(1, lines.size(), load.toString());
    assertTrue(lines.get(0).startsWith("kg load: Neo4j at " + uri + " refused the credentials of user neo4j"), lines.get(0));
    assertFalse(load.out().contains(wrong) || load.err().contains(wrong), "the password was printed:\n" + load);
    assertNoPassword(load);
    assertEquals(before, nodes());
  }

  @Test
  void anUnreachableServerIsRetriedWithBackoffThenOneClearLine() throws Exception {
    String closed = "bolt://127.0.0.1:" + Cli.freePort();
    Cli load = Cli.run(Map.of("NEO4J_URI", closed, "NEO4J_PASSWORD", PASSWORD), "load", "--statements",
        Cli.fixture().toString());
    assertEquals(4, load.exitCode(), load.toString());
    List<String> lines = load.err().lines().toList();
    List<String> retries = lines.stream().filter(l -> l.contains("retrying in")).toList();
    assertEquals(4, retries.size(), load.toString());
    assertTrue(retries.get(0).contains("retrying in 0.5 s") && retries.get(3).contains("retrying in 4.0 s"), retries.toString());
    assertTrue(lines.get(lines.size() - 1).startsWith("kg load: Neo4j at " + closed + " is not reachable after 5 attempts"),
        load.toString());
    assertEquals(5, lines.size(), load.toString());
    assertNoPassword(load);
  }
}
