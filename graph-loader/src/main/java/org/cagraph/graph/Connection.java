package org.cagraph.graph;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
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
  private static final Set<String> SCHEMES =
      Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

  /**
   * A URI's user information ({@code bolt://user:password@host}): up to the last '@' before the
   * path.
   */
  private static final Pattern USER_INFO =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)@");

  /**
   * Credentials written into the URI ({@code bolt://user:password@host}) would show wherever the
   * URI is printed: they are taken out of it, and used when no password is given otherwise. {@link
   * #uri()} never carries them.
   */
  public Connection {
    Matcher m = uri == null ? null : USER_INFO.matcher(uri);
    if (m != null && m.find()) {
      String info = m.group(2);
      try {
        String decoded = URI.create(uri).getUserInfo();
        info = decoded == null ? info : decoded;
      } catch (IllegalArgumentException e) {
        // not a URI: open() says so, without the credentials
      }
      if (password == null || password.isEmpty()) {
        int colon = info.indexOf(':');
        username = colon < 0 ? info : info.substring(0, colon);
        password = colon < 0 ? "" : info.substring(colon + 1);
      }
      uri = m.group(1) + uri.substring(m.end());
    }
  }

  public static Connection fromEnvironment(String defaultUri) {
    return fromSettings(System.getenv(), defaultUri);
  }

  /** The same settings from any map of NEO4J_* names (the environment, or a test's own values). */
  public static Connection fromSettings(Map<String, String> settings, String defaultUri) {
    String uri = setting(settings, "NEO4J_URI", defaultUri);
    return new Connection(
        uri,
        setting(settings, "NEO4J_USERNAME", "neo4j"),
        setting(settings, "NEO4J_PASSWORD", ""),
        setting(settings, "NEO4J_DATABASE", null));
  }

  public static boolean remoteConfigured() {
    return remoteConfigured(System.getenv());
  }

  public static boolean remoteConfigured(Map<String, String> settings) {
    return setting(settings, "NEO4J_URI", null) != null;
  }

  private static String setting(Map<String, String> settings, String name, String fallback) {
    String v = settings.get(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /**
   * Opens a driver and checks it, retrying an unreachable server with backoff; errors are one line.
   */
  public Driver open(int attempts) {
    return open(attempts, System.err::println);
  }

  /** As {@link #open(int)}, telling {@code notices} about each retry. */
  public Driver open(int attempts, Consumer<String> notices) {
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
    Config config =
        Config.builder()
            .withConnectionTimeout(5, TimeUnit.SECONDS)
            .withLogging(org.neo4j.driver.Logging.none())
            .build();
    Driver driver = GraphDatabase.driver(uri, auth, config);
    long wait = 500;
    for (int i = 1; ; i++) {
      try {
        driver.verifyConnectivity();
        return driver;
      } catch (AuthenticationException e) {
        driver.close();
        throw new GraphUnavailable(
            "Neo4j at "
                + uri
                + " refused the credentials of user "
                + username
                + " (check NEO4J_USERNAME and NEO4J_PASSWORD)");
      } catch (ServiceUnavailableException
          | org.neo4j.driver.exceptions.SessionExpiredException e) {
        if (i >= attempts) {
          driver.close();
          throw new GraphUnavailable(
              "Neo4j at "
                  + uri
                  + " is not reachable after "
                  + attempts
                  + " attempts ("
                  + firstLine(e.getMessage())
                  + ")");
        }
        notices.accept(
            String.format(
                Locale.ROOT,
                "Neo4j at %s not reachable yet (attempt %d of %d), retrying in %.1f s",
                uri,
                i,
                attempts,
                wait / 1000.0));
        sleep(wait);
        wait = Math.min(wait * 2, 8000);
      }
    }
  }

  @Override
  public String toString() {
    return "Connection["
        + uri
        + ", user "
        + username
        + (database == null ? "" : ", database " + database)
        + "]";
  }

  public SessionConfig session() {
    return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
  }

  /** A read session: on a cluster ({@code neo4j://}) it is routed to a read server. */
  public SessionConfig readSession() {
    SessionConfig.Builder b = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
    return (database == null ? b : b.withDatabase(database)).build();
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
