package org.cagraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.cagraph.cli.ApiProcess;
import org.cagraph.cli.Corpus;
import org.cagraph.cli.LoadCommand;
import org.cagraph.cli.Paths;
import org.cagraph.cli.UserError;
import org.cagraph.extract.Export;
import org.cagraph.extract.Extraction;
import org.cagraph.extract.Progress;
import org.cagraph.graph.GraphLoader;
import org.cagraph.graph.Statements;
import org.cagraph.graph.Synthetic;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kg bench}: every stage timed against a baseline on this machine in this run, each ratio on
 * its own line. It never touches the graph or state a user works with (scratch databases, a scratch
 * state folder for start-up) and never fails on a timing.
 */
@Command(
    name = "bench",
    description =
        "Measure extraction, loading, queries, the API under load and start-up, "
            + "each against a baseline in the same run; --quick for a two-minute pass.")
final class BenchCommand implements Callable<Integer> {
  enum Section {
    EXTRACTION,
    LOAD,
    QUERIES,
    HTTP,
    STARTUP
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--quick",
      description =
          "a reduced pass within two minutes: a 3,000-character excerpt, the corpus graph's "
              + "questions 6 times each, wrk for 3 s, 5k relations once; no synthetic-graph queries, no start-up")
  boolean quick;

  @Option(
      names = "--only",
      split = ",",
      description = "sections to run: ${COMPLETION-CANDIDATES} (default: all)")
  Set<Section> only;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "10000,100000,1000000",
      description =
          "synthetic relation counts for loading, the largest also for queries (default: ${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Option(
      names = "--wrk-seconds",
      defaultValue = "60",
      description = "how long wrk runs (default: ${DEFAULT-VALUE})")
  int wrkSeconds;

  @Option(
      names = "--soak",
      description = "instead of the plain wrk run, a soak of this many seconds with heap samples")
  Integer soakSeconds;

  @Option(
      names = "--iterations",
      description = "timed requests per analyst question (default: 200, quick: 30)")
  Integer iterations;

  private PrintWriter out;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    Set<Section> run =
        only == null || only.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(only);
    for (int size : sizes) {
      if (size < 100) {
        throw new UserError("--sizes " + size + ": at least 100 relations");
      }
    }
    long t0 = System.nanoTime();
    header();
    if (run.contains(Section.EXTRACTION)) {
      extraction();
    }
    if (run.contains(Section.QUERIES) || run.contains(Section.HTTP)) {
      serve(run.contains(Section.QUERIES), run.contains(Section.HTTP));
    }
    boolean synthetic =
        run.contains(Section.QUERIES) && !quick; // --quick queries the corpus graph only
    if (run.contains(Section.LOAD)) {
      load(synthetic);
    } else if (synthetic) {
      syntheticQueries();
    }
    if (run.contains(Section.STARTUP) && quick) {
      section("start-up: skipped by --quick (./kg bench --only startup measures cold and warm)");
    } else if (run.contains(Section.STARTUP)) {
      startup();
    }
    out.printf(Locale.ROOT, "%nbench finished in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    return 0;
  }

  private void header() {
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    out.printf(
        Locale.ROOT,
        "kg bench%s  %s  %d cores, %.0f GB RAM, %s %s, Java %s, max heap %.1f GB%n",
        quick ? " --quick" : "",
        LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / 1e9,
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / 1e9);
    out.flush();
  }

  private void section(String title) {
    out.printf("%n== %s%n", title);
    out.flush();
  }

  // ---------------------------------------------------------------- extraction

  /**
   * Characters per second with 1 and 2 threads over the corpus (quick: its smallest paper), models
   * loaded first.
   */
  private void extraction() throws Exception {
    section("extraction (CoreNLP and the rules, no annotation cache)");
    Path dir = Paths.corpus();
    List<Path> papers = Corpus.papers(dir);
    Path smallest = papers.stream().min(Comparator.comparingLong(BenchCommand::size)).orElseThrow();
    Path excerpt = null;
    if (quick) {
      // the first 3,000 characters of the smallest paper, cut at a paragraph
      String text = Files.readString(smallest);
      int cut = text.indexOf("\n\n", Math.min(text.length(), 3000));
      excerpt = Files.createTempDirectory("kg-bench-corpus-").resolve(smallest.getFileName());
      Files.writeString(excerpt, cut < 0 ? text : text.substring(0, cut + 1));
      dir = excerpt.getParent();
    }
    List<Path> measured = quick ? List.of(excerpt) : papers;
    long warm0 = System.nanoTime();
    Extraction.nlp().loadAll(); // each language's models, untimed below
    Extraction.run(dir, measured.subList(0, 1), options(1)); // warms them
    out.printf(
        Locale.ROOT,
        "models loaded and warmed on %s in %.1f s%n",
        measured.get(0).getFileName(),
        (System.nanoTime() - warm0) / 1e9);
    double[] rate = new double[3];
    for (int threads = 1; threads <= 2; threads++) {
      Extraction.Result r = Extraction.run(dir, measured, options(threads));
      long chars =
          r.papers().stream()
              .flatMap(p -> p.sentences().stream())
              .mapToLong(s -> s.text().length())
              .sum();
      rate[threads] = chars / (r.timings().total() / 1e9);
      out.printf(
          Locale.ROOT,
          "%d thread%s: %,d chars in %.1f s = %,.0f chars/s; outside CoreNLP %.1f%% of the time%n",
          threads,
          threads == 1 ? " " : "s",
          chars,
          r.timings().total() / 1e9,
          rate[threads],
          100 * r.timings().outsideNlpShare());
      out.flush();
    }
    out.printf(Locale.ROOT, "extraction ratio 2 threads vs 1 thread: %.2f%n", rate[2] / rate[1]);
    out.println(
        "spark local[2] against 2 threads, alternately in one JVM without Neo4j (./kg bench-spark):");
    out.flush();
    double spark = spark(dir);
    if (spark > 0) {
      out.printf(
          Locale.ROOT,
          "extraction ratio spark local[2] vs 2 threads: %.2f; vs 1 thread: %.2f%n",
          spark,
          spark * rate[2] / rate[1]);
    }
    out.flush();
    if (excerpt != null) {
      LoadBench.delete(excerpt.getParent());
    }
    perLanguage();
  }

  /**
   * The Spark job on local[2] against the 2-thread extractor over the same papers: {@code ./kg
   * bench-spark}, a JVM of its own (Spark never shares one with Neo4j) that warms one pipeline and
   * then runs the two alternately, so a busy machine slows both alike. Prints its rounds; returns
   * the mean ratio, or -1 when it cannot run.
   */
  private double spark(Path corpus) throws Exception {
    Path kg = Paths.home().resolve("kg");
    if (!Files.isExecutable(kg)) {
      out.println("spark local[2]: skipped (no ./kg at " + kg + ")");
      return -1;
    }
    Process p =
        new ProcessBuilder(
                kg.toString(), "bench-spark", "--corpus", corpus.toString(), "--rounds", "2")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.getOutputStream().close();
    List<String> lines =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            .lines()
            .toList();
    int exit = p.waitFor();
    lines.stream().filter(l -> l.startsWith("round ")).forEach(l -> out.println("  " + l));
    java.util.regex.Matcher m =
        lines.stream()
            .map(
                java.util.regex.Pattern.compile("^spark local\\[2\\] vs 2 threads: ([\\d.]+)")
                    ::matcher)
            .filter(java.util.regex.Matcher::find)
            .findFirst()
            .orElse(null);
    if (exit != 0 || m == null) {
      out.println("spark local[2]: failed (exit " + exit + ")");
      return -1;
    }
    return Double.parseDouble(m.group(1));
  }

  /**
   * Characters per second on one thread for each language of the challenge set (six documents each;
   * quick: one), and the share of time outside CoreNLP: Russian skips CoreNLP, English runs its
   * English pipeline.
   */
  private void perLanguage() throws Exception {
    Path challenge = Paths.home().resolve("data/challenge/corpus");
    if (!Files.isDirectory(challenge)) {
      out.println("per language: no data/challenge/corpus, skipped");
      return;
    }
    com.fasterxml.jackson.databind.JsonNode docs =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(challenge.resolve("manifest.json").toFile())
            .path("documents");
    java.util.Map<String, List<Path>> byLanguage = new java.util.TreeMap<>();
    for (com.fasterxml.jackson.databind.JsonNode d : docs) {
      byLanguage
          .computeIfAbsent(d.path("language").asText("?"), k -> new java.util.ArrayList<>())
          .add(challenge.resolve(d.path("file").asText()));
    }
    out.println("per language, 1 thread, the challenge set's documents:");
    for (java.util.Map.Entry<String, List<Path>> e : byLanguage.entrySet()) {
      List<Path> files = quick ? e.getValue().subList(0, 1) : e.getValue();
      Extraction.Result r = Extraction.run(challenge, files, options(1));
      long chars =
          r.papers().stream()
              .flatMap(p -> p.sentences().stream())
              .mapToLong(s -> s.text().length())
              .sum();
      out.printf(
          Locale.ROOT,
          "  %-8s %,8d chars in %5.1f s = %,7.0f chars/s; outside CoreNLP %.1f%% of the time%n",
          e.getKey(),
          chars,
          r.timings().total() / 1e9,
          chars / (r.timings().total() / 1e9),
          100 * r.timings().outsideNlpShare());
      out.flush();
    }
  }

  private static Extraction.Options options(int threads) {
    return new Extraction.Options(threads, false, 20L * 1024 * 1024, System.err, null);
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  // ---------------------------------------------------------------- loading

  private void load(boolean thenQuery) throws IOException {
    section("loading (synthetic statements with the corpus's degree distribution and type mix)");
    List<Integer> run = quick ? List.of(5_000) : sizes;
    int largest = run.stream().max(Integer::compare).orElseThrow();
    for (int size : run) {
      out.printf(Locale.ROOT, "-- %,d relations%n", size);
      int rounds = quick || size >= 1_000_000 ? 1 : 2;
      LoadBench.Result r =
          LoadBench.run(
              out,
              size,
              null,
              200,
              rounds,
              1,
              false,
              thenQuery && size == largest ? db -> syntheticQueries(db, size) : null,
              !quick);
      out.printf(
          Locale.ROOT,
          "load ratio vs baseline at %,d relations: %.2f (same graph); %.2f (relations only)%n",
          size,
          r.ratio(),
          r.relationsRatio());
      out.flush();
    }
  }

  // ---------------------------------------------------------------- queries and the API under load

  /**
   * The corpus graph, then the largest synthetic graph, each served by graph-api; wrk on the corpus
   * graph.
   */
  private void serve(boolean queries, boolean http) throws Exception {
    int n = iterations != null ? iterations : quick ? 6 : 200;
    section(
        queries
            ? "queries on the corpus graph (API vs the same Cypher over Bolt)"
            : "the corpus graph, served by graph-api");
    Path statements = corpusStatements();
    try (ScratchNeo4j db = new ScratchNeo4j()) {
      Statements st = Statements.read(statements, Export.sidecar(statements));
      new GraphLoader(db.driver, SessionConfig.defaultConfig()).load(st, Progress.silent());
      try (ApiProcess api =
          ApiProcess.open(ScratchNeo4j.freePort(), db.boltUri(), scratchLog("graph-api-corpus"))) {
        if (queries) {
          QueryBench.run(
              out,
              db.driver,
              SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build(),
              api.base(),
              QueryBench.readme(),
              quick ? 1 : Math.max(5, n / 10),
              warmupFor(),
              n,
              null);
        }
        if (http) {
          wrk(api);
        }
      }
    }
  }

  /**
   * How long the query questions warm graph-api and the driver up before any is timed: long enough
   * for the API to run compiled (see {@link QueryBench#run}); none under {@code --quick}, a
   * two-minute smoke pass whose ratios are not the figure of record.
   */
  private Duration warmupFor() {
    return Duration.ofSeconds(quick ? 0 : 60);
  }

  /** The largest synthetic graph, written by the loader benchmark or here, served by graph-api. */
  private void syntheticQueries(ScratchNeo4j db, int size) throws Exception {
    int n = iterations != null ? iterations : quick ? 30 : 200;
    section(
        String.format(
            Locale.ROOT,
            "queries on the synthetic graph of %,d relations (API vs the same Cypher over Bolt)",
            size));
    try (ApiProcess api =
        ApiProcess.open(ScratchNeo4j.freePort(), db.boltUri(), scratchLog("graph-api-synthetic"))) {
      // actor_0 is the hub; actor_10 and actor_90 have the degree of a typical country and a minor
      // actor
      QueryBench.run(
          out,
          db.driver,
          org.neo4j.driver.SessionConfig.builder()
              .withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
              .build(),
          api.base(),
          QueryBench.forActors(List.of("actor_0", "actor_10", "actor_90")),
          Math.max(3, n / 20),
          warmupFor(),
          n,
          Duration.ofSeconds(20));
    }
  }

  private void syntheticQueries() throws Exception {
    int size = quick ? 10_000 : sizes.stream().max(Integer::compare).orElseThrow();
    Path dir = Files.createTempDirectory("kg-bench-graph-");
    try (ScratchNeo4j db = new ScratchNeo4j()) {
      Path file =
          Synthetic.write(dir.resolve("statements.jsonl"), Math.max(100, size / 10), size, 200, 1);
      Statements st = Statements.read(file, Export.sidecar(file));
      new GraphLoader(db.driver, SessionConfig.defaultConfig())
          .load(st, new Progress("loading", st.documents().size(), System.err));
      syntheticQueries(db, size);
    } finally {
      LoadBench.delete(dir);
    }
  }

  private void wrk(ApiProcess api) throws Exception {
    URI url = api.base().resolve("/api/actors/kazakhstan/relations");
    if (soakSeconds != null) {
      section(
          String.format(
              Locale.ROOT,
              "soak: wrk, 50 connections for %d s, heap of graph-api sampled",
              soakSeconds));
      HttpLoad.soak(
          out, url, 50, 2, Duration.ofSeconds(soakSeconds), api.pid(), Duration.ofSeconds(30));
      return;
    }
    int seconds = quick ? 3 : wrkSeconds;
    if (!quick) {
      HttpLoad.wrk(
          url,
          50,
          2,
          Duration.ofSeconds(10)); // untimed: the API's JIT warms up under the same load
    }
    section(
        String.format(
            Locale.ROOT,
            "the API under load: wrk, 50 connections for %d s on %s",
            seconds,
            url.getPath()));
    HttpLoad.Result r = HttpLoad.wrk(url, 50, 2, Duration.ofSeconds(seconds));
    out.printf(
        Locale.ROOT,
        "%,d requests in %.1f s: %,.0f requests/s, p50 %.1f ms, p99 %.1f ms, errors %d%n",
        r.requests(),
        r.seconds(),
        r.requestsPerSecond(),
        r.p50ms(),
        r.p99ms(),
        r.errors());
    out.flush();
  }

  /**
   * The corpus's statements: .kg's when they match the corpus and code, else extracted now (with
   * the NLP cache).
   */
  private Path corpusStatements() throws IOException {
    return LoadCommand.corpusStatements(spec);
  }

  private static Path scratchLog(String name) throws IOException {
    Path f = Files.createTempFile("kg-bench-" + name + "-", ".log");
    f.toFile().deleteOnExit();
    return f;
  }

  // ---------------------------------------------------------------- start-up

  /**
   * {@code ./kg up} in a scratch state folder on free ports, until the API answers: cold, then
   * warm.
   */
  private void startup() throws Exception {
    section("start-up: ./kg up until the API answers (scratch state folder, free ports)");
    Path state = Files.createTempDirectory("kg-bench-state-");
    try {
      double cold = -1;
      if (quick) {
        // primed like a second start: the annotation cache, the statements and their key copied
        // from .kg
        for (String f :
            List.of("statements.jsonl", "statements.sentences.jsonl", "statements.key")) {
          Path from = Paths.state().resolve(f);
          if (Files.isRegularFile(from)) {
            Files.copy(from, state.resolve(f), StandardCopyOption.REPLACE_EXISTING);
          }
        }
        Path cache = Paths.state().resolve("nlp-cache");
        if (Files.isDirectory(cache)) {
          Files.createDirectories(state.resolve("nlp-cache"));
          try (var files = Files.list(cache)) {
            for (Path f : files.toList()) {
              Files.copy(
                  f,
                  state.resolve("nlp-cache").resolve(f.getFileName()),
                  StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      } else {
        cold = up(state, "cold (no annotation cache, no statements, no store)");
      }
      double warm =
          up(state, quick ? "warm (caches from .kg, empty store)" : "warm (the same state again)");
      if (cold > 0) {
        out.printf(Locale.ROOT, "start-up ratio warm vs cold: %.2f%n", warm / cold);
      }
    } finally {
      LoadBench.delete(state);
    }
  }

  private double up(Path state, String what) throws Exception {
    int api = ScratchNeo4j.freePort();
    ProcessBuilder pb =
        new ProcessBuilder(
                Paths.home().resolve("kg").toString(),
                "up",
                "--api-port",
                Integer.toString(api),
                "--bolt-port",
                Integer.toString(ScratchNeo4j.freePort()),
                "--http-port",
                Integer.toString(ScratchNeo4j.freePort()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(state.resolve("up.log").toFile()));
    pb.environment().put("KG_STATE", state.toString());
    pb.environment().remove("NEO4J_URI");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest req =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + api + "/api/actors/kazakhstan/relations"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long t0 = System.nanoTime();
    Process p = pb.start();
    try {
      while (true) {
        if (!p.isAlive()) {
          throw new UserError(
              "./kg up stopped before the API answered; see " + state.resolve("up.log"), 1);
        }
        if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(10)) {
          throw new UserError(
              "./kg up did not answer within 10 minutes; see " + state.resolve("up.log"), 1);
        }
        try {
          if (http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            break;
          }
        } catch (IOException e) {
          // not listening yet
        }
        Thread.sleep(100);
      }
      double s = (System.nanoTime() - t0) / 1e9;
      out.printf(Locale.ROOT, "%-45s %6.1f s%n", what + ":", s);
      out.flush();
      return s;
    } finally {
      p.toHandle().descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }
}
