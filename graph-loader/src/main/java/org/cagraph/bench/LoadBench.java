package org.cagraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cagraph.graph.Connection;
import org.cagraph.graph.Cypher;
import org.cagraph.graph.GraphLoader;
import org.cagraph.graph.Statements;
import org.cagraph.graph.Synthetic;
import org.cagraph.pipeline.Export;
import org.cagraph.pipeline.Progress;
import org.cagraph.server.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Write throughput of {@link GraphLoader} against a bare {@code UNWIND … MERGE} of the same relations, each
 * on a fresh embedded database, in one run on one machine: {@code ./kg bench-load --relations 100000}.
 */
@Command(name = "bench-load", hidden = true,
    description = "Time GraphLoader on a synthetic statements file against a bare UNWIND/MERGE baseline.")
public final class LoadBench implements Callable<Integer> {
  /** The baseline of the issue: the least a relation write can cost, with the loader's batch size. */
  static final String BASELINE = "UNWIND $rows AS row MATCH (a:Actor {id: row.s}), (b:Actor {id: row.o}) "
      + "MERGE (a)-[r:REL {k: row.k}]->(b) SET r += row.p";

  @Spec
  CommandSpec spec;

  @Option(names = "--relations", defaultValue = "10000", description = "relations to write (default: ${DEFAULT-VALUE})")
  int relations;

  @Option(names = "--actors", description = "actors (default: relations / 10, at least 100)")
  Integer actors;

  @Option(names = "--per-paper", defaultValue = "200", description = "relations per synthetic paper (default: ${DEFAULT-VALUE})")
  int perPaper;

  @Option(names = "--seed", defaultValue = "1")
  long seed;

  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    int n = actors != null ? actors : Math.max(100, relations / 10);
    Path dir = Files.createTempDirectory("kg-bench-");
    try {
      // a small round of each first, so neither timed run pays for the JIT alone
      Statements warm = statements(dir.resolve("warm.jsonl"), 200, 2000);
      loader(warm);
      baseline(warm);
      Statements st = statements(dir.resolve("statements.jsonl"), n, relations);
      out.printf(Locale.ROOT, "%d actors, %d relations (1 citation each), %d papers of %d relations%n", n, relations,
          st.documents().size(), perPaper);
      out.flush();
      double loader = loader(st);
      double baseline = baseline(st);
      out.printf(Locale.ROOT, "loader:   %6.1f s  %,9.0f relations/s  (GraphLoader.load: schema, actors, papers, sentences, retraction)%n",
          loader, relations / loader);
      out.printf(Locale.ROOT, "baseline: %6.1f s  %,9.0f relations/s  (%s, batches of %d)%n", baseline,
          relations / baseline, "bare UNWIND/MERGE", batch());
      out.printf(Locale.ROOT, "load ratio vs baseline: %.2f%n", baseline / loader);
      out.flush();
      return 0;
    } finally {
      delete(dir);
    }
  }

  private Statements statements(Path file, int actorCount, int relationCount) throws IOException {
    Synthetic.write(file, actorCount, relationCount, perPaper, seed);
    return Statements.read(file, Export.sidecar(file));
  }

  /** Seconds for a whole {@link GraphLoader#load} into a fresh database. */
  private static double loader(Statements st) throws IOException {
    try (Fresh db = new Fresh()) {
      long t0 = System.nanoTime();
      new GraphLoader(db.driver, SessionConfig.defaultConfig()).load(st, new Progress("loader", st.documents().size(), System.err));
      return (System.nanoTime() - t0) / 1e9;
    }
  }

  /** Seconds for the relation writes alone (schema and actors are written first, untimed). */
  @SuppressWarnings("unchecked")
  private static double baseline(Statements st) throws IOException {
    try (Fresh db = new Fresh()) {
      GraphLoader g = new GraphLoader(db.driver, SessionConfig.defaultConfig());
      g.applySchema();
      List<Map<String, Object>> actors = new ArrayList<>();
      for (Map<String, Object> a : st.actors()) {
        actors.add(Map.of("id", a.get("id"), "label", a.get("label"), "name", a.get("name"), "aliases", a.get("names"),
            "discovered", false));
      }
      try (Session s = db.driver.session()) {
        for (int i = 0; i < actors.size(); i += batch()) {
          List<Map<String, Object>> rows = actors.subList(i, Math.min(actors.size(), i + batch()));
          s.executeWriteWithoutResult(tx -> tx.run(Cypher.load("load/actors.cypher"), Map.of("rows", rows)).consume());
        }
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Map<String, Object> r : st.relations()) {
        Map<String, Object> p = new HashMap<>();
        for (String k : List.of("role", "date", "dates", "since", "until", "confidence", "rules")) {
          p.put(k, r.get(k));
        }
        p.put("evidence", ((List<Map<String, Object>>) r.get("citations")).stream().map(c -> c.get("sentence")).toList());
        p.values().removeIf(java.util.Objects::isNull);
        rows.add(Map.of("s", r.get("subject"), "o", r.get("object"), "k",
            r.get("predicate") + "/" + (r.get("role") == null ? "" : r.get("role")), "p", p));
      }
      Progress progress = new Progress("baseline", rows.size(), System.err);
      long t0 = System.nanoTime();
      try (Session s = db.driver.session()) {
        for (int i = 0; i < rows.size(); i += batch()) {
          List<Map<String, Object>> b = rows.subList(i, Math.min(rows.size(), i + batch()));
          s.executeWriteWithoutResult(tx -> tx.run(BASELINE, Map.of("rows", b)).consume());
          progress.add(b.size());
        }
      }
      return (System.nanoTime() - t0) / 1e9;
    }
  }

  private static int batch() {
    return GraphLoader.BATCH;
  }

  /** A fresh embedded database on a free port, Bolt only. */
  private static final class Fresh implements AutoCloseable {
    final Path dir;
    final EmbeddedNeo4j neo4j;
    final Driver driver;

    Fresh() throws IOException {
      dir = Files.createTempDirectory("kg-bench-db-");
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      neo4j = EmbeddedNeo4j.start(port, 0, dir, null);
      driver = new Connection(neo4j.boltUri().toString(), "neo4j", "", null).open(3);
    }

    @Override
    public void close() throws IOException {
      driver.close();
      neo4j.close();
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
