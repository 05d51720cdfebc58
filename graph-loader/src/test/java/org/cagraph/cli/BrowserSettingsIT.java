package org.cagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.cagraph.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * What Neo4j Browser reads from the embedded server once it connects (the settings it asks for with
 * dbms.clientConfig): the style first, then the guide, both from the API's own address.
 */
class BrowserSettingsIT {
  @Test
  void browserAppliesTheStyleAndPlaysTheGuideOnConnect(@TempDir Path work) throws Exception {
    int bolt = Cli.freePort();
    try (EmbeddedNeo4j neo4j =
            EmbeddedNeo4j.start(
                bolt, Cli.freePort(), work, "http://localhost:9123/browser/guide.html");
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
        Session s = driver.session()) {
      List<String> cmd =
          s.run(
                  "CALL dbms.clientConfig() YIELD name, value "
                      + "WHERE name = 'browser.post_connect_cmd' RETURN value")
              .list(r -> r.get("value").asString());
      assertEquals(
          List.of(
              "style http://localhost:9123/browser/style.grass; play http://localhost:9123/browser/guide.html"),
          cmd);
    }
  }
}
