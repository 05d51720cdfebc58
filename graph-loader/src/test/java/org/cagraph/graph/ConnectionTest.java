package org.cagraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Connection settings never carry a password into what is printed: not in the URI, not in toString.
 */
class ConnectionTest {
  private static final String SECRET = "s3cret-in-the-uri";

  private static void assertNoSecret(Connection c, String secret) {
    assertFalse(c.uri().contains(secret), c.uri());
    assertFalse(c.toString().contains(secret), c.toString());
  }

  @Test
  void credentialsInTheUriAreTakenOutOfItAndUsed() {
    Connection c =
        Connection.fromSettings(
            Map.of("NEO4J_URI", "bolt://reader:" + SECRET + "@db.example.org:7687"), "x");
    assertEquals("bolt://db.example.org:7687", c.uri());
    assertEquals("reader", c.username());
    assertEquals(SECRET, c.password());
    assertEquals("Connection[bolt://db.example.org:7687, user reader]", c.toString());
    assertNoSecret(c, SECRET);
  }

  @Test
  void anExplicitPasswordWinsAndTheUriLosesItsCredentialsAnyway() {
    Connection c =
        Connection.fromSettings(
            Map.of(
                "NEO4J_URI",
                "neo4j+s://reader:" + SECRET + "@db.example.org/?policy=eu",
                "NEO4J_USERNAME",
                "writer",
                "NEO4J_PASSWORD",
                "other"),
            "x");
    assertEquals("neo4j+s://db.example.org/?policy=eu", c.uri());
    assertEquals("writer", c.username());
    assertEquals("other", c.password());
    assertNoSecret(c, SECRET);
  }

  @Test
  void encodedRawAndBrokenUserInformationNeverStays() {
    Connection encoded =
        new Connection("bolt://neo4j:p%40ss%3Aword@127.0.0.1:7687", "neo4j", "", null);
    assertEquals("bolt://127.0.0.1:7687", encoded.uri());
    assertEquals("p@ss:word", encoded.password());
    Connection raw = new Connection("bolt://neo4j:p@ss@127.0.0.1:7687", "neo4j", "", null);
    assertEquals("bolt://127.0.0.1:7687", raw.uri());
    assertEquals("p@ss", raw.password());
    assertNoSecret(new Connection("bolt://neo4j@127.0.0.1", "neo4j", "", null), "neo4j@");
  }

  @Test
  void aBadUriIsReportedWithoutTheCredentials() {
    String notAUri = "bolt://neo4j:" + SECRET + " x@host name:7687";
    Connection.GraphUnavailable e =
        assertThrows(
            Connection.GraphUnavailable.class,
            () -> new Connection(notAUri, "neo4j", "", null).open(1, line -> {}));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    Connection.GraphUnavailable scheme =
        assertThrows(
            Connection.GraphUnavailable.class,
            () ->
                new Connection("http://neo4j:" + SECRET + "@host:7474", "neo4j", "", null)
                    .open(1, line -> {}));
    assertTrue(
        scheme.getMessage().startsWith("NEO4J_URI http://host:7474: the scheme must be one of"),
        scheme.getMessage());
    assertFalse(scheme.getMessage().contains(SECRET), scheme.getMessage());
  }
}
