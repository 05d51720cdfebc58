package org.cagraph.api;

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
 * One Bolt-only in-process Neo4j per test JVM (Neo4j's HTTP server cannot start inside Spring
 * Boot), loaded from fixture.cypher with the project's schema, so the full-text index is the one
 * the loader creates.
 */
public final class GraphFixture {
  private static Neo4j neo4j;
  private static Driver driver;

  private GraphFixture() {}

  public static synchronized URI boltUri() {
    if (neo4j == null) {
      neo4j =
          Neo4jBuilders.newInProcessBuilder()
              .withDisabledServer()
              .withFixture(resource("/fixture.cypher"))
              .build();
      driver = GraphDatabase.driver(neo4j.boltURI());
      try (Session s = driver.session()) {
        for (String stmt :
            resource("/cypher/schema/01-constraints.cypher")
                .replaceAll("(?m)^//.*$", "")
                .split(";")) {
          if (!stmt.isBlank()) {
            s.run(stmt).consume();
          }
        }
        s.run("CALL db.awaitIndexes(60)").consume();
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    driver.close();
                    neo4j.close();
                  }));
    }
    return neo4j.boltURI();
  }

  public static Driver driver() {
    boltUri();
    return driver;
  }

  /** Nodes, relationships, labels and property keys in use: what any write would change. */
  public static String census() {
    boltUri();
    try (Session s = driver.session()) {
      return s.run(
              "MATCH (n) WITH count(n) AS nodes "
                  + "CALL { MATCH ()-[r]->() RETURN count(r) AS rels } "
                  + "CALL { MATCH (n) UNWIND labels(n) AS l RETURN collect(DISTINCT l) AS labels } "
                  + "CALL { MATCH (n) UNWIND keys(n) AS k RETURN count(k) AS nodeProps } "
                  + "CALL { MATCH ()-[r]->() UNWIND keys(r) AS k RETURN count(k) AS relProps } "
                  + "RETURN nodes, rels, labels, nodeProps, relProps")
          .single()
          .asMap()
          .toString();
    }
  }

  private static String resource(String name) {
    try (InputStream in = GraphFixture.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
