package org.cagraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cagraph.cli.ApiProcess;
import org.cagraph.cli.UserError;
import org.cagraph.embedded.EmbeddedNeo4j;
import org.cagraph.extract.Export;
import org.cagraph.extract.Progress;
import org.cagraph.graph.Connection;
import org.cagraph.graph.GraphLoader;
import org.cagraph.graph.Statements;
import org.cagraph.graph.Synthetic;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Tries {@link ApiProcess}, {@link QueryBench} and {@link HttpLoad} by hand: a graph (a running
 * server, a statements file or a synthetic corpus loaded into an embedded server on free ports),
 * graph-api on a free port against it, the questions through both, then wrk on one endpoint.
 * Reports; never fails on a timing.
 */
@Command(
    name = "bench-queries",
    hidden = true,
    description =
        "API vs Bolt latency of the analyst questions, then wrk on /api/actors/<id>/relations.")
public final class QueryBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--bolt",
      description =
          "an already-running, loaded server (NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE apply)")
  String bolt;

  @Option(
      names = "--statements",
      description = "load this statements file into an embedded server on free ports")
  Path statements;

  @Option(
      names = "--synthetic",
      description = "load a synthetic corpus of this many relations into an embedded server")
  Integer synthetic;

  @Option(
      names = "--actors",
      split = ",",
      description =
          "ask the actor questions (QueryBench.forActors) for these ids "
              + "instead of the README's (default with --synthetic: actor_0,actor_1)")
  List<String> actors;

  @Option(
      names = "--warmup",
      defaultValue = "50",
      description =
          "untimed rounds of every question before any is timed (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "60",
      description =
          "first warm graph-api alone up for this long (GETs of every question on two threads): a "
              + "fresh API needs thousands of requests before it runs compiled (default: ${DEFAULT-VALUE})")
  int warmupSeconds;

  @Option(
      names = "--iterations",
      defaultValue = "200",
      description = "timed rounds per question (default: ${DEFAULT-VALUE})")
  int iterations;

  @Option(
      names = "--budget-seconds",
      defaultValue = "120",
      description =
          "time budget per question, 0 for none; at least 10 timed rounds (default: ${DEFAULT-VALUE})")
  int budgetSeconds;

  @Option(
      names = "--wrk-seconds",
      defaultValue = "20",
      description = "wrk duration, 0 for none (default: ${DEFAULT-VALUE})")
  int wrkSeconds;

  @Option(
      names = "--wrk-actor",
      description =
          "the actor of the wrk endpoint (default: kazakhstan, or actor_0 with --synthetic)")
  String wrkActor;

  @Option(
      names = "--connections",
      defaultValue = "50",
      description = "wrk connections (default: ${DEFAULT-VALUE})")
  int connections;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "wrk threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(
      names = "--soak-seconds",
      defaultValue = "0",
      description = "then a soak of this long with heap samples (default: none)")
  int soakSeconds;

  @Option(
      names = "--sample-seconds",
      defaultValue = "30",
      description = "soak heap sample interval (default: ${DEFAULT-VALUE})")
  int sampleSeconds;

  @Option(names = "--api-port", description = "graph-api port (default: a free one)")
  Integer apiPort;

  @Option(
      names = "--api-log",
      description = "graph-api's log (default: $KG_HOME/.kg/graph-api-bench.log)")
  Path apiLog;

  @Override
  public Integer call() throws Exception {
    int sources =
        (bolt != null ? 1 : 0) + (statements != null ? 1 : 0) + (synthetic != null ? 1 : 0);
    if (sources != 1) {
      throw new UserError("give one of --bolt URI, --statements FILE, --synthetic RELATIONS");
    }
    if (statements != null && !Files.isRegularFile(statements)) {
      throw new UserError("--statements " + statements + ": no such file");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path work = null;
    EmbeddedNeo4j neo = null;
    try {
      Connection c;
      if (bolt != null) {
        c =
            new Connection(
                bolt,
                env("NEO4J_USERNAME", "neo4j"),
                env("NEO4J_PASSWORD", ""),
                env("NEO4J_DATABASE", null));
      } else {
        work = Files.createTempDirectory("kg-bench-queries-");
        neo = EmbeddedNeo4j.start(freePort(), 0, work, null, null);
        c = new Connection(neo.boltUri().toString(), "neo4j", "", null);
      }
      try (Driver driver = c.open(5)) {
        if (bolt == null) {
          load(out, driver, c, work);
        }
        Path log = apiLog != null ? apiLog : home().resolve(".kg").resolve("graph-api-bench.log");
        long t0 = System.nanoTime();
        try (ApiProcess api = ApiProcess.open(apiPort != null ? apiPort : freePort(), c, log)) {
          out.printf(
              Locale.ROOT,
              "graph-api %s (pid %d, log %s) answered in %.1f s; Bolt %s%n",
              api.base(),
              api.pid(),
              log,
              (System.nanoTime() - t0) / 1e9,
              c.uri());
          out.flush();
          List<String> ids =
              actors != null ? actors : synthetic != null ? List.of("actor_0", "actor_1") : null;
          List<QueryBench.Question> qs =
              ids != null ? QueryBench.forActors(ids) : QueryBench.readme();
          QueryBench.run(
              out,
              driver,
              c.readSession(),
              api.base(),
              qs,
              warmup,
              Duration.ofSeconds(warmupSeconds),
              iterations,
              budgetSeconds > 0 ? Duration.ofSeconds(budgetSeconds) : null);
          String target =
              wrkActor != null ? wrkActor : synthetic != null ? "actor_0" : "kazakhstan";
          URI url = api.base().resolve("/api/actors/" + target + "/relations");
          if (wrkSeconds > 0) {
            out.printf(
                Locale.ROOT,
                "%nwrk: %d connections, %d threads, %d s on %s%n",
                connections,
                threads,
                wrkSeconds,
                url);
            out.flush();
            HttpLoad.Result r =
                HttpLoad.wrk(url, connections, threads, Duration.ofSeconds(wrkSeconds));
            out.printf(Locale.ROOT, "load: %s%n", r.describe());
            out.printf(Locale.ROOT, "load errors: %d%n", r.errors());
            out.flush();
          }
          if (soakSeconds > 0) {
            out.printf(
                Locale.ROOT,
                "%nsoak: %d connections, %d s on %s, heap of pid %d every %d s%n",
                connections,
                soakSeconds,
                url,
                api.pid(),
                sampleSeconds);
            out.flush();
            HttpLoad.soak(
                out,
                url,
                connections,
                threads,
                Duration.ofSeconds(soakSeconds),
                api.pid(),
                Duration.ofSeconds(sampleSeconds));
          }
        }
      }
    } finally {
      if (neo != null) {
        neo.close();
      }
      if (work != null) {
        delete(work);
      }
    }
    return 0;
  }

  private void load(PrintWriter out, Driver driver, Connection c, Path work) throws IOException {
    Path file = statements;
    if (synthetic != null) {
      file = work.resolve("synthetic.jsonl");
      Synthetic.write(file, Math.max(100, synthetic / 10), synthetic, 200, 1);
    }
    Statements st = Statements.read(file, Export.sidecar(file));
    long t0 = System.nanoTime();
    GraphLoader.Summary s =
        new GraphLoader(driver, c.session())
            .load(st, new Progress("loading", Math.max(1, st.documents().size()), System.err));
    try (Session session = driver.session(c.session())) {
      session
          .run("CALL db.awaitIndexes(300)")
          .consume(); // the full-text index behind search fills asynchronously
    }
    out.printf(
        Locale.ROOT,
        "loaded %d papers, %d sentences, %d actors, %d relations in %.1f s into %s%n",
        s.documents(),
        s.sentences(),
        s.actors(),
        s.relations(),
        (System.nanoTime() - t0) / 1e9,
        c.uri());
    out.flush();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static Path home() {
    String h = System.getenv("KG_HOME");
    return Path.of(h == null || h.isBlank() ? "." : h).toAbsolutePath().normalize();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
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
