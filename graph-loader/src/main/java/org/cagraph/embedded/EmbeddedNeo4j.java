package org.cagraph.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;

/**
 * The embedded default: a real in-process Neo4j 5 server (neo4j-harness) bound to 127.0.0.1 only,
 * Bolt on 7687 and Neo4j Browser on http://127.0.0.1:7474/browser/, authentication off so that
 * Browser connects without the user typing anything.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
  public static final String HOST = "127.0.0.1";
  private final Neo4j neo4j;

  private EmbeddedNeo4j(Neo4j neo4j) {
    this.neo4j = neo4j;
  }

  /**
   * @param httpPort 0 for no HTTP server (Bolt only)
   * @param guideUrl played in Browser after it connects, or null
   */
  public static EmbeddedNeo4j start(int boltPort, int httpPort, Path workDir, String guideUrl) {
    return start(boltPort, httpPort, workDir, guideUrl, null);
  }

  /**
   * As {@link #start(int, int, Path, String)}, with the databases in {@code dataDir} when it is not
   * null. The harness works in a fresh folder under {@code workDir} and deletes that folder on
   * {@link #close()}, so a store kept there never outlives the server; one in {@code dataDir} does,
   * and a server started again on the same {@code dataDir} opens the store the last one left (a
   * restart).
   */
  public static EmbeddedNeo4j start(
      int boltPort, int httpPort, Path workDir, String guideUrl, Path dataDir) {
    var b =
        Neo4jBuilders.newInProcessBuilder(workDir)
            .withConfig(BoltConnector.enabled, true)
            .withConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
            .withConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
            .withConfig(GraphDatabaseSettings.auth_enabled, false)
            .withConfig(ServerSettings.allow_telemetry, false);
    if (dataDir != null) {
      b = b.withConfig(GraphDatabaseSettings.data_directory, dataDir.toAbsolutePath());
    }
    if (httpPort > 0) {
      b =
          b.withConfig(HttpConnector.enabled, true)
              .withConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort))
              .withConfig(HttpConnector.advertised_address, new SocketAddress(HOST, httpPort));
      if (guideUrl != null) {
        b =
            b.withConfig(ServerSettings.browser_post_connect_cmd, postConnect(guideUrl))
                .withConfig(
                    ServerSettings.browser_remote_content_hostname_whitelist,
                    "guides.neo4j.com,localhost," + HOST);
      }
    } else {
      b = b.withDisabledServer();
    }
    return new EmbeddedNeo4j(b.build());
  }

  /**
   * What Browser runs once connected: the style beside the guide (colours and Chinese captions by
   * actor type), then the guide. Browser splits the setting on semicolons.
   */
  static String postConnect(String guideUrl) {
    return "style " + URI.create(guideUrl).resolve("style.grass") + "; play " + guideUrl;
  }

  public URI boltUri() {
    return neo4j.boltURI();
  }

  /** Null when a port is free on the loopback address, else a one-line reason. */
  public static String portTaken(int port, String what) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      s.setReuseAddress(true);
      return null;
    } catch (IOException e) {
      return "port "
          + port
          + " ("
          + what
          + ") on "
          + HOST
          + " is already in use: is another ./kg up running?";
    }
  }

  @Override
  public void close() {
    neo4j.close();
  }
}
