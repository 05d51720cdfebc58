package org.cagraph.graph;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * Connection settings, one source each: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.
 * The password never appears in messages or logs.
 */
public record Connection(String uri, String username, String password, String database) {
  private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

  public static Connection fromEnvironment(String defaultUri) {
    String uri = env("NEO4J_URI", defaultUri);
    return new Connection(uri, env("NEO4J_USERNAME", "neo4j"), env("NEO4J_PASSWORD", ""), env("NEO4J_DATABASE", null));
  }

  public static boolean remoteConfigured() {
    String u = System.getenv("NEO4J_URI");
    return u != null && !u.isBlank();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** Opens a driver and checks it, retrying an unreachable server with backoff; errors are one line. */
  public Driver open(int attempts) {
    String scheme;
    try {
      scheme = URI.create(uri).getScheme();
    } catch (IllegalArgumentException e) {
      throw new GraphUnavailable("NEO4J_URI " + uri + " is not a URI");
    }
    if (scheme == null || !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
      throw new GraphUnavailable("NEO4J_URI " + uri + ": the scheme must be one of " + SCHEMES);
    }
    AuthToken auth = password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(username, password);
    // encryption follows the scheme (bolt+s, neo4j+s); nothing to set here
    Config config = Config.builder().withConnectionTimeout(5, TimeUnit.SECONDS)
        .withLogging(org.neo4j.driver.Logging.none()).build();
    Driver driver = GraphDatabase.driver(uri, auth, config);
    long wait = 500;
    for (int i = 1; ; i++) {
      try {
        driver.verifyConnectivity();
        return driver;
      } catch (AuthenticationException e) {
        driver.close();
        throw new GraphUnavailable("Neo4j at " + uri + " refused the credentials of user " + username
            + " (check NEO4J_USERNAME and NEO4J_PASSWORD)");
      } catch (ServiceUnavailableException | org.neo4j.driver.exceptions.SessionExpiredException e) {
        if (i >= attempts) {
          driver.close();
          throw new GraphUnavailable("Neo4j at " + uri + " is not reachable after " + attempts + " attempts ("
              + firstLine(e.getMessage()) + ")");
        }
        System.err.printf("Neo4j at %s not reachable yet, retrying in %.1f s%n", uri, wait / 1000.0);
        sleep(wait);
        wait = Math.min(wait * 2, 8000);
      }
    }
  }

  @Override
  public String toString() {
    return "Connection[" + uri + ", user " + username + (database == null ? "" : ", database " + database) + "]";
  }

  public SessionConfig session() {
    return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GraphUnavailable("interrupted while waiting for Neo4j");
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /** Neo4j cannot be used: the message is one line for the user. */
  public static final class GraphUnavailable extends RuntimeException {
    public GraphUnavailable(String message) {
      super(message);
    }
  }
}
