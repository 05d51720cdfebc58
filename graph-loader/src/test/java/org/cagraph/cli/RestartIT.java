package org.cagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cagraph.embedded.EmbeddedNeo4j;
import org.cagraph.graph.Connection;
import org.cagraph.graph.GraphSnapshot;
import org.cagraph.graph.Synthetic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The server stops in the middle of a {@code kg load}: the load ends in bounded time with one clear
 * line and exit code 4, the papers committed before the stop are on disk when the server comes back
 * on the same store, and loading again gives the graph an uninterrupted load gives.
 */
class RestartIT {
  /** 80 papers of 50 relations: seconds of loading, so the server can be stopped part-way. */
  private static final int PAPERS = 80;

  private static final int PER_PAPER = 50;

  /** The load gives up once the driver has retried for 30 s; this bounds "no hang". */
  private static final Duration GIVE_UP_WITHIN = Duration.ofSeconds(90);

  @TempDir Path tmp;

  @Test
  void aLoadCutByAServerStopFailsCleanlyAndTheNextLoadConverges() throws Exception {
    Path statements =
        Synthetic.write(tmp.resolve("synthetic.jsonl"), 500, PAPERS * PER_PAPER, PER_PAPER, 7);

    // a load into a server that stops part-way; the server's store outlives it
    int port = Cli.freePort();
    Path data = tmp.resolve("data");
    Map<String, String> env = Map.of("NEO4J_URI", "bolt://127.0.0.1:" + port);
    EmbeddedNeo4j server =
        EmbeddedNeo4j.start(port, 0, Files.createTempDirectory(tmp, "first-"), null, data);
    CompletableFuture<Cli> cut;
    long committed;
    long stopped;
    try (Driver probe = driver(server)) {
      cut =
          CompletableFuture.supplyAsync(
              () -> Cli.run(env, "load", "--statements", statements.toString()));
      committed = waitForDocuments(probe, 5, cut);
    } finally {
      server.close();
      stopped = System.nanoTime();
    }

    // while that load retries: the graph an uninterrupted load gives, in a fresh server
    List<String> expected;
    try (EmbeddedNeo4j fresh =
        EmbeddedNeo4j.start(Cli.freePort(), 0, Files.createTempDirectory(tmp, "fresh-"), null)) {
      Cli load =
          Cli.run(
              Map.of("NEO4J_URI", fresh.boltUri().toString()),
              "load",
              "--statements",
              statements.toString());
      assertEquals(0, load.exitCode(), load.toString());
      try (Driver d = driver(fresh)) {
        expected = GraphSnapshot.of(d);
      }
    }

    // the cut load ends, in bounded time, with one clear line and the exit code for "Neo4j
    // unreachable"
    Cli failed =
        cut.get(
            Math.max(1, GIVE_UP_WITHIN.toNanos() - (System.nanoTime() - stopped)),
            TimeUnit.NANOSECONDS);
    System.out.printf(
        "RestartIT: server stopped after %d of %d papers were committed; the load gave up %.1f s later:%n  %s%n",
        committed, PAPERS, (System.nanoTime() - stopped) / 1e9, failed.err().strip());
    assertEquals(4, failed.exitCode(), failed.toString());
    assertEquals("", failed.out(), failed.toString());
    List<String> lines = failed.err().lines().toList();
    assertEquals(1, lines.size(), failed.toString());
    assertTrue(
        lines.get(0).startsWith("kg load: lost the connection to Neo4j")
            && lines.get(0).contains("again"),
        lines.get(0));

    // the server comes back on the same store: what was committed is there, and loading again
    // converges
    try (EmbeddedNeo4j again =
            EmbeddedNeo4j.start(port, 0, Files.createTempDirectory(tmp, "second-"), null, data);
        Driver d = driver(again)) {
      long kept = documents(d);
      assertTrue(
          kept >= committed && kept < PAPERS,
          "papers after the restart: " + kept + ", committed before the stop: " + committed);
      assertNotEquals(expected, GraphSnapshot.of(d));
      Cli load = Cli.run(env, "load", "--statements", statements.toString());
      assertEquals(0, load.exitCode(), load.toString());
      assertTrue(load.out().startsWith("loaded " + PAPERS + " papers"), load.out());
      List<String> after = GraphSnapshot.of(d);
      assertEquals(expected.size(), after.size());
      assertEquals(expected, after);
    }
  }

  private static Driver driver(EmbeddedNeo4j server) {
    return new Connection(server.boltUri().toString(), "neo4j", "", null).open(3);
  }

  private static long documents(Driver d) {
    try (Session s = d.session()) {
      return s.run("MATCH (n:Document) RETURN count(n) AS n").single().get("n").asLong();
    }
  }

  /**
   * Polls until at least {@code n} papers are committed; fails if the load ends first or takes too
   * long.
   */
  private static long waitForDocuments(Driver d, long n, CompletableFuture<Cli> load)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (load.isDone()) {
        throw new AssertionError("the load ended before the server was stopped: " + load.join());
      }
      long c = documents(d);
      if (c >= n) {
        return c;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no " + n + " papers committed within 120 s");
  }
}
