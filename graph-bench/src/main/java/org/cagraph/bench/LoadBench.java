package org.cagraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.cagraph.extract.Export;
import org.cagraph.extract.Progress;
import org.cagraph.graph.Cypher;
import org.cagraph.graph.GraphLoader;
import org.cagraph.graph.Statements;
import org.cagraph.graph.Synthetic;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Write throughput of {@link GraphLoader} against bare {@code UNWIND … MERGE} batches, each on a
 * fresh embedded database, in one run on one machine: {@code ./kg bench-load --relations 100000}.
 * Two baselines are timed in one database: the same graph the loader writes (documents, sentences
 * with their IN and MENTIONS links, relations with their evidence), and, inside it, the relation
 * batches alone.
 */
@Command(
    name = "bench-load",
    hidden = true,
    description =
        "Time GraphLoader on a synthetic statements file against bare UNWIND/MERGE baselines.")
public final class LoadBench implements Callable<Integer> {
  static final String BASE_DOCUMENTS =
      "UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d += row.p";
  static final String BASE_SENTENCES =
      "UNWIND $rows AS row MATCH (d:Document {id: row.doc}) "
          + "MERGE (s:Sentence {id: row.id}) SET s += row.p MERGE (s)-[:IN]->(d) "
          + "WITH s, row UNWIND row.actors AS aid MATCH (a:Actor {id: aid}) MERGE (s)-[:MENTIONS]->(a)";

  /** The bare relation write: one relationship type, the key and properties as a map. */
  static final String BASE_RELATIONS =
      "UNWIND $rows AS row MATCH (a:Actor {id: row.s}), (b:Actor {id: row.o}) "
          + "MERGE (a)-[r:REL {k: row.k}]->(b) SET r += row.p";

  @Spec CommandSpec spec;

  @Option(
      names = "--relations",
      defaultValue = "10000",
      description = "relations to write (default: ${DEFAULT-VALUE})")
  int relations;

  @Option(names = "--actors", description = "actors (default: relations / 10, at least 100)")
  Integer actors;

  @Option(
      names = "--per-paper",
      defaultValue = "200",
      description = "relations per synthetic paper (default: ${DEFAULT-VALUE})")
  int perPaper;

  @Option(
      names = "--rounds",
      defaultValue = "2",
      description = "alternating rounds; the best of each is kept (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--breakdown", description = "print the loader's time per Cypher file")
  boolean breakdown;

  @Option(names = "--seed", defaultValue = "1")
  long seed;

  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadBench()).execute(args));
  }

  /** Best-of-rounds seconds. */
  public record Result(int relations, double loader, double baseline, double baselineRelations) {
    public double ratio() {
      return baseline / loader;
    }

    public double relationsRatio() {
      return baselineRelations / loader;
    }
  }

  @Override
  public Integer call() throws Exception {
    run(spec.commandLine().getOut(), relations, actors, perPaper, rounds, seed, breakdown, null);
    return 0;
  }

  /**
   * Generates the file, warms up both sides, then alternates baseline and loader for {@code rounds}
   * rounds.
   */
  /**
   * What to do with the database the last loader round wrote, before it is deleted (e.g. query it).
   */
  public interface AfterLoad {
    void accept(ScratchNeo4j db) throws Exception;
  }

  public static Result run(
      PrintWriter out,
      int relations,
      Integer actors,
      int perPaper,
      int rounds,
      long seed,
      boolean breakdown,
      AfterLoad afterLoad)
      throws IOException {
    return run(out, relations, actors, perPaper, rounds, seed, breakdown, afterLoad, true);
  }

  /**
   * As above; without {@code warmUp} the first timed run of each side also pays for the JIT (quick
   * passes).
   */
  public static Result run(
      PrintWriter out,
      int relations,
      Integer actors,
      int perPaper,
      int rounds,
      long seed,
      boolean breakdown,
      AfterLoad afterLoad,
      boolean warmUp)
      throws IOException {
    int n = actors != null ? actors : Math.max(100, relations / 10);
    Path dir = Files.createTempDirectory("kg-bench-");
    try {
      // a small round of each first, so neither timed run pays for the JIT alone
      if (warmUp) {
        Statements warm = statements(dir.resolve("warm.jsonl"), 200, 2000, perPaper, seed);
        loader(warm, null, null);
        baseline(warm);
      }
      Statements st = statements(dir.resolve("statements.jsonl"), n, relations, perPaper, seed);
      int sentences = st.sentencesByDoc().values().stream().mapToInt(List::size).sum();
      out.printf(
          Locale.ROOT,
          "synthetic: %,d actors, %,d relations, %,d papers of %d relations, %,d sentences%n",
          n,
          relations,
          st.documents().size(),
          perPaper,
          sentences);
      out.flush();
      double bestLoader = Double.MAX_VALUE;
      double[] bestBase = {Double.MAX_VALUE, Double.MAX_VALUE};
      for (int r = 0; r < Math.max(1, rounds); r++) {
        boolean last = r == Math.max(1, rounds) - 1;
        double[] b = baseline(st);
        if (breakdown && last) {
          out.printf(
              Locale.ROOT,
              "  baseline: %.2f s in its queries, %.2f s in its commits%n",
              b[2],
              b[3]);
        }
        bestBase[0] = Math.min(bestBase[0], b[0]);
        bestBase[1] = Math.min(bestBase[1], b[1]);
        double l = loader(st, breakdown && last ? out : null, last ? afterLoad : null);
        bestLoader = Math.min(bestLoader, l);
        out.printf(
            Locale.ROOT,
            "  round %d: baseline %.1f s (relations %.1f s), loader %.1f s%n",
            r + 1,
            b[0],
            b[1],
            l);
        out.flush();
      }
      Result res = new Result(relations, bestLoader, bestBase[0], bestBase[1]);
      out.printf(
          Locale.ROOT,
          "loader:             %7.1f s  %,9.0f relations/s  (GraphLoader.load: one transaction per paper, "
              + "retraction check, load hashes)%n",
          res.loader(),
          relations / res.loader());
      out.printf(
          Locale.ROOT,
          "baseline:           %7.1f s  %,9.0f relations/s  (bare UNWIND/MERGE of the same documents, "
              + "sentences, links and relations, batches of %d)%n",
          res.baseline(),
          relations / res.baseline(),
          GraphLoader.BATCH);
      out.printf(
          Locale.ROOT,
          "baseline relations: %7.1f s  %,9.0f relations/s  (its relation batches alone)%n",
          res.baselineRelations(),
          relations / res.baselineRelations());
      out.printf(
          Locale.ROOT,
          "load ratio vs baseline (same graph, bare UNWIND/MERGE): %.2f%n",
          res.ratio());
      out.printf(
          Locale.ROOT, "load ratio vs relations-only baseline: %.2f%n", res.relationsRatio());
      out.flush();
      return res;
    } finally {
      delete(dir);
    }
  }

  private static Statements statements(
      Path file, int actorCount, int relationCount, int perPaper, long seed) throws IOException {
    Synthetic.write(file, actorCount, relationCount, perPaper, seed);
    return Statements.read(file, Export.sidecar(file));
  }

  /** Seconds for a whole {@link GraphLoader#load} into a fresh database. */
  private static double loader(Statements st, PrintWriter breakdown, AfterLoad afterLoad)
      throws IOException {
    try (ScratchNeo4j db = new ScratchNeo4j()) {
      long t0 = System.nanoTime();
      GraphLoader g = new GraphLoader(db.driver, SessionConfig.defaultConfig());
      g.load(st, new Progress("loader", st.documents().size(), System.err));
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (breakdown != null) {
        g.timings()
            .forEach(
                (file, t) ->
                    breakdown.printf(
                        Locale.ROOT, "  %-34s %8.2f s in %,d runs%n", file, t[0] / 1e9, t[1]));
        breakdown.flush();
      }
      if (afterLoad != null) {
        try {
          afterLoad.accept(db);
        } catch (IOException | RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return seconds;
    }
  }

  /**
   * Seconds for the bare writes of the same graph, for its relation batches alone, and of the whole
   * in its queries and in its commits. Schema and actors are written first, untimed (the loader's
   * timing includes them).
   */
  @SuppressWarnings("unchecked")
  private static double[] baseline(Statements st) throws IOException {
    try (ScratchNeo4j db = new ScratchNeo4j()) {
      GraphLoader g = new GraphLoader(db.driver, SessionConfig.defaultConfig());
      g.applySchema();
      List<Map<String, Object>> actors = new ArrayList<>();
      for (Map<String, Object> a : st.actors()) {
        actors.add(
            Map.of(
                "id",
                a.get("id"),
                "label",
                a.get("label"),
                "name",
                a.get("name"),
                "aliases",
                a.get("names"),
                "discovered",
                false));
      }
      batches(db.driver, Cypher.load("load/actors.cypher"), actors, null, new long[2]);
      List<Map<String, Object>> docs = new ArrayList<>();
      for (Map<String, Object> d : st.documents()) {
        docs.add(
            Map.of(
                "id",
                d.get("id"),
                "p",
                properties(d, "title", "authors", "year", "venue", "language", "sha256", "file")));
      }
      List<Map<String, Object>> sentences = new ArrayList<>();
      for (List<Map<String, Object>> ss : st.sentencesByDoc().values()) {
        for (Map<String, Object> s : ss) {
          List<Object> ids = new ArrayList<>();
          for (Map<String, Object> m :
              (List<Map<String, Object>>) s.getOrDefault("mentions", List.of())) {
            if (!ids.contains(m.get("actor"))) {
              ids.add(m.get("actor"));
            }
          }
          Map<String, Object> p =
              properties(s, "index", "text", "quote", "start", "end", "section", "kind", "article");
          p.put("doc", s.get("doc"));
          sentences.add(Map.of("id", s.get("id"), "doc", s.get("doc"), "actors", ids, "p", p));
        }
      }
      List<Map<String, Object>> rels = new ArrayList<>();
      for (Map<String, Object> r : st.relations()) {
        Map<String, Object> p =
            properties(r, "role", "date", "dates", "since", "until", "confidence", "rules");
        p.put(
            "evidence",
            ((List<Map<String, Object>>) r.get("citations"))
                .stream().map(c -> c.get("sentence")).toList());
        rels.add(
            Map.of(
                "s",
                r.get("subject"),
                "o",
                r.get("object"),
                "k",
                r.get("predicate") + "/" + (r.get("role") == null ? "" : r.get("role")),
                "p",
                p));
      }
      Progress progress =
          new Progress("baseline", docs.size() + sentences.size() + rels.size(), System.err);
      long[] split = new long[2];
      long t0 = System.nanoTime();
      batches(db.driver, BASE_DOCUMENTS, docs, progress, split);
      batches(db.driver, BASE_SENTENCES, sentences, progress, split);
      long t1 = System.nanoTime();
      batches(db.driver, BASE_RELATIONS, rels, progress, split);
      long t2 = System.nanoTime();
      return new double[] {(t2 - t0) / 1e9, (t2 - t1) / 1e9, split[0] / 1e9, split[1] / 1e9};
    }
  }

  private static Map<String, Object> properties(Map<String, Object> from, String... keys) {
    Map<String, Object> p = new HashMap<>();
    for (String k : keys) {
      if (from.get(k) != null) {
        p.put(k, from.get(k));
      }
    }
    return p;
  }

  /**
   * One transaction per batch of {@link GraphLoader#BATCH} rows; adds the nanoseconds spent in the
   * queries and in the commits to {@code split}.
   */
  private static void batches(
      Driver driver,
      String query,
      List<Map<String, Object>> rows,
      Progress progress,
      long[] split) {
    try (Session s = driver.session()) {
      for (int i = 0; i < rows.size(); i += GraphLoader.BATCH) {
        List<Map<String, Object>> b = rows.subList(i, Math.min(rows.size(), i + GraphLoader.BATCH));
        long[] end = new long[1];
        long t0 = System.nanoTime();
        s.executeWriteWithoutResult(
            tx -> {
              tx.run(query, Map.of("rows", b)).consume();
              end[0] = System.nanoTime();
            });
        split[0] += end[0] - t0;
        split[1] += System.nanoTime() - end[0];
        if (progress != null) {
          progress.add(b.size());
        }
      }
    }
  }

  /** Deletes a scratch folder and everything in it. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
