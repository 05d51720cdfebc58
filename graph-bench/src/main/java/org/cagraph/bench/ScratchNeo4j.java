package org.cagraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cagraph.embedded.EmbeddedNeo4j;
import org.cagraph.graph.Connection;
import org.neo4j.driver.Driver;

/**
 * A fresh embedded database for one measurement: Bolt only, a free port on 127.0.0.1, deleted on
 * close.
 */
public final class ScratchNeo4j implements AutoCloseable {
  final Path dir;
  final EmbeddedNeo4j neo4j;
  public final Driver driver;

  public ScratchNeo4j() throws IOException {
    dir = Files.createTempDirectory("kg-bench-db-");
    neo4j = EmbeddedNeo4j.start(freePort(), 0, dir, null);
    driver = new Connection(neo4j.boltUri().toString(), "neo4j", "", null).open(3);
  }

  public String boltUri() {
    return neo4j.boltUri().toString();
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws IOException {
    driver.close();
    neo4j.close();
    LoadBench.delete(dir);
  }
}
