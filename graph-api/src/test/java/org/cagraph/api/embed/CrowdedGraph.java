package org.cagraph.api.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The fixture graph plus embed/crowd.cypher (a hub with 40 neighbours), in an in-process Neo4j of
 * its own: the shared GraphFixture must stay as the other ITs count it. One per test JVM, started
 * by the first browser test.
 */
final class CrowdedGraph {
  private static Neo4j neo4j;

  private CrowdedGraph() {}

  static synchronized URI boltUri() {
    if (neo4j == null) {
      neo4j =
          Neo4jBuilders.newInProcessBuilder()
              .withDisabledServer()
              .withFixture(resource("/fixture.cypher"))
              .build();
      try (Driver driver = GraphDatabase.driver(neo4j.boltURI());
          Session s = driver.session()) {
        run(s, resource("/cypher/schema/01-constraints.cypher"));
        run(s, resource("/embed/crowd.cypher"));
        s.run("CALL db.awaitIndexes(60)").consume();
      }
      Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
    }
    return neo4j.boltURI();
  }

  /** Statements separated by a semicolon at a line's end; whole-line comments dropped. */
  private static void run(Session s, String script) {
    for (String stmt : script.replaceAll("(?m)^\\s*//.*$", "").split(";\\s*(\\n|$)")) {
      if (!stmt.isBlank()) {
        s.run(stmt).consume();
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = CrowdedGraph.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
