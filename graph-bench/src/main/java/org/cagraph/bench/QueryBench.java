package org.cagraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.cagraph.graph.Cypher;
import org.cagraph.relations.Periods;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * Latency of the analyst questions through graph-api and as the same Cypher over Bolt. Each {@link
 * Question} is an API path and the one {@code cypher/queries/} file its controller runs, with
 * exactly the parameters the controller passes for that path (defaults included: a page is 50 rows,
 * an unpaged list's {@code limit} is {@code cagraph.max-rows} = 500), so the Bolt column is the
 * very query the API runs, minus HTTP, Spring and JSON.
 *
 * <p>An actor's relations, its timeline and compare look their actors up in their own query (issue
 * 19). Not in the Bolt column: paths and graph still check each named actor with {@code
 * actor-brief.cypher} (paths in its query's transaction, graph in a transaction of its own first);
 * the {@code +checks} column adds those, each in a session of its own.
 */
public final class QueryBench {
  /** As graph-api's {@code cagraph.max-rows} default: the {@code limit} of every unpaged list. */
  public static final int MAX_ROWS = 500;

  /** As graph-api's Page.DEFAULT_SIZE: a paged list without {@code size}. */
  public static final int PAGE_SIZE = 50;

  /** As graph-api's {@code cagraph.query-timeout}. */
  public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

  /**
   * As graph-api's GraphQueries passes to a query that uses $symmetric: the schema's symmetric
   * types.
   */
  static final List<String> SYMMETRIC = org.cagraph.relations.RuleSet.SYMMETRIC;

  /** The fewest timed rounds a time budget may cut a question to. */
  public static final int MIN_ITERATIONS = 10;

  private QueryBench() {}

  /**
   * One question: an API path (with its query string, percent-encoded) and the Cypher file under
   * {@code cypher/queries/} (without {@code .cypher}, as graph-api names it) with the parameters
   * its controller passes.
   */
  public record Question(String name, String path, String cypherFile, Map<String, Object> params) {
    public Question {
      // nulls are real parameter values here (type => null means every type): keep them, read-only
      params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public String cypher() {
      return Cypher.load("queries/" + cypherFile + ".cypher");
    }
  }

  /**
   * Milliseconds per side; errors are non-200 answers (API) or failed queries (Bolt). {@code
   * boltChecksP50} is the p50 of the question's query plus the {@code actor-brief.cypher} lookups
   * its controller runs first ({@link #checkedActors}), each in its own session as the API runs
   * them: what the API does over Bolt in all.
   */
  public record Row(
      String name,
      int iterations,
      double apiP50,
      double apiP99,
      double boltP50,
      double boltP99,
      double boltChecksP50,
      long apiErrors,
      long boltErrors,
      int apiBytes,
      int boltRecords) {
    /**
     * API p50 over Bolt p50 (the question's query): HTTP, Spring, JSON and the actor existence
     * checks.
     */
    public double p50Ratio() {
      return apiP50 / boltP50;
    }

    /**
     * API p50 over the p50 of the query and the actor checks over Bolt: HTTP, Spring and JSON
     * alone.
     */
    public double p50RatioWithChecks() {
      return apiP50 / boltChecksP50;
    }
  }

  /**
   * The README's ten analyst questions (the seventh as its two calls: search, then the actor page).
   */
  public static List<Question> readme() {
    List<Question> q = new ArrayList<>();
    q.add(
        actorRelations("1 memberships of kazakhstan", "kazakhstan", "MEMBER_OF", null, null, null));
    q.add(relations("2 who leases which base", "LEASES", 50));
    q.add(actorRelations("3 who sanctions russia", "russia", "SANCTIONS", "in", null, null));
    q.add(paths("4 kyrgyzstan to nato", "kyrgyzstan", "nato", 4));
    q.add(
        new Question(
            "5 timeline of uzbekistan",
            "/api/timeline?actor=uzbekistan",
            "timeline",
            params("skip", 0, "limit", PAGE_SIZE, "id", "uzbekistan")));
    q.add(
        new Question(
            "6 compare kazakhstan uzbekistan",
            "/api/compare?a=kazakhstan&b=uzbekistan",
            "compare",
            params(
                "a", "kazakhstan", "b", "uzbekistan", "limit", MAX_ROWS, "symmetric", SYMMETRIC)));
    // the API escapes search text for Lucene (Lucene.escape): 哈萨克 has no operator characters, so it
    // goes as it is
    q.add(
        new Question(
            "7 search 哈萨克",
            "/api/actors?q=" + encode("哈萨克"),
            "actor-search",
            params("skip", 0, "limit", PAGE_SIZE, "q", "哈萨克")));
    q.add(actor("7 actor page kazakhstan", "kazakhstan"));
    q.add(
        new Question(
            "8 conflicts", "/api/conflicts", "conflicts", params("skip", 0, "limit", PAGE_SIZE)));
    q.add(actorRelations("9 kazakhstan as of 2005", "kazakhstan", null, null, "2005", 0.8));
    q.add(relations("10 military presence", "HAS_MILITARY_PRESENCE_IN", 100));
    return q;
  }

  /**
   * Questions about the given actors (on the synthetic graph {@code actor_0} is the Zipf hub): for
   * each, all its relations (1 hop) and its memberships; for each consecutive pair, the paths
   * between them; for the first, its neighbourhood drawing at depth 1 and its actor page.
   */
  public static List<Question> forActors(List<String> actorIds) {
    List<Question> q = new ArrayList<>();
    for (String id : actorIds) {
      q.add(actorRelations("relations " + id, id, null, null, null, null));
      q.add(actorRelations("memberships " + id, id, "MEMBER_OF", null, null, null));
    }
    for (int i = 0; i + 1 < actorIds.size(); i++) {
      q.add(
          paths(
              "paths " + actorIds.get(i) + " to " + actorIds.get(i + 1),
              actorIds.get(i),
              actorIds.get(i + 1),
              4));
    }
    if (!actorIds.isEmpty()) {
      String id = actorIds.get(0);
      q.add(
          new Question(
              "graph " + id + " depth 1",
              "/api/graph?center=" + encode(id) + "&depth=1",
              "graph",
              params("center", id, "depth", 1, "types", null, "top", null, "limit", MAX_ROWS)));
      q.add(actor("actor page " + id, id));
    }
    return q;
  }

  /**
   * The actor ids a question's controller looks up with {@code actor-brief.cypher} before its own
   * query (Actors.require: a 404 with suggestions when one is missing): paths both, graph its
   * center. The others check none: an actor's relations, its timeline and compare find their actors
   * in their own query.
   */
  public static List<String> checkedActors(Question q) {
    List<String> keys =
        switch (q.cypherFile()) {
          case "paths" -> List.of("from", "to");
          case "graph" -> List.of("center");
          default -> List.of();
        };
    return keys.stream().map(k -> String.valueOf(q.params().get(k))).toList();
  }

  /**
   * GET /api/actors/{id}/relations: ActorRelationsController's parameters (direction both is null,
   * asOf as bounds), the first page of the default size.
   */
  private static Question actorRelations(
      String name, String id, String type, String direction, String asOf, Double minConfidence) {
    StringBuilder query = new StringBuilder();
    append(query, "type", type);
    append(query, "direction", direction);
    append(query, "asOf", asOf);
    append(query, "minConfidence", minConfidence == null ? null : minConfidence.toString());
    return new Question(
        name,
        "/api/actors/" + encode(id) + "/relations" + query,
        "actor-relations",
        params(
            "id",
            id,
            "type",
            type,
            "direction",
            "both".equals(direction) ? null : direction,
            // the API pads asOf as the loader pads period bounds (graph-api AsOf), and leaves
            // undated relations out
            "asOfLo",
            asOf == null ? null : Periods.low(asOf),
            "asOfHi",
            asOf == null ? null : Periods.high(asOf),
            "undated",
            false,
            "minConfidence",
            minConfidence,
            "skip",
            0,
            "limit",
            PAGE_SIZE,
            "symmetric",
            SYMMETRIC));
  }

  /** GET /api/relations?type=&size=: RelationsController's Page params (skip, limit) plus type. */
  private static Question relations(String name, String type, int size) {
    return new Question(
        name,
        "/api/relations?type=" + encode(type) + "&size=" + size,
        "relations",
        params("skip", 0, "limit", size, "type", type));
  }

  /**
   * GET /api/paths: PathsController passes limit = max-rows (the file's own comment says 50; the
   * API uses 500).
   */
  private static Question paths(String name, String from, String to, int maxHops) {
    return new Question(
        name,
        "/api/paths?from=" + encode(from) + "&to=" + encode(to) + "&maxHops=" + maxHops,
        "paths",
        params("from", from, "to", to, "maxHops", maxHops, "limit", MAX_ROWS));
  }

  /** GET /api/actors/{id}: the actor page (Actors.requireFull), one query. */
  private static Question actor(String name, String id) {
    return new Question(name, "/api/actors/" + encode(id), "actor", params("id", id));
  }

  private static void append(StringBuilder query, String key, String value) {
    if (value != null) {
      query.append(query.length() == 0 ? '?' : '&').append(key).append('=').append(encode(value));
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Map<String, Object> params(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /**
   * As {@link #run(PrintWriter, Driver, SessionConfig, URI, List, int, int)} on the server's
   * default database.
   */
  public static List<Row> run(
      PrintWriter out, Driver driver, URI api, List<Question> qs, int warmup, int iterations) {
    return run(
        out,
        driver,
        SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build(),
        api,
        qs,
        warmup,
        iterations);
  }

  /**
   * First {@code warmup} untimed rounds of every question, round-robin, so the API's JIT has seen
   * every endpoint before any is timed; then, question by question, {@code iterations} timed
   * rounds. A round is one HTTP GET (one keep-alive client, status 200 expected) and then one read
   * transaction over Bolt (a session per query, every record read into maps, as graph-api's
   * GraphQueries does), so both sides see the same machine at the same moment. Prints a table and
   * one ratio line per question, then the geometric mean of the ratios.
   */
  public static List<Row> run(
      PrintWriter out,
      Driver driver,
      SessionConfig session,
      URI api,
      List<Question> qs,
      int warmup,
      int iterations) {
    return run(out, driver, session, api, qs, warmup, Duration.ZERO, iterations, null);
  }

  /**
   * As above, with a warm-up in two parts and a time budget per question for slow graphs (a hub's
   * relations on the 1M graph take seconds). First the API alone, {@code warmupFor} of GETs of
   * every question's path, round-robin on two threads; then {@code warmup} rounds of every question
   * on both sides. A question's warm-up stops once it has used a fifth of {@code budget}, its timed
   * rounds once the budget is spent and at least {@link #MIN_ITERATIONS} are done; {@link
   * Row#iterations()} says how many were. A null budget runs them all.
   *
   * <p>The API gets a warm-up of its own because a freshly started graph-api needs thousands of
   * requests before Tomcat, Spring MVC and Jackson run compiled, far more than the driver's few
   * classes in this JVM: on the actor page, the API against Bolt went 1.65, 1.32 and 1.07 over
   * three successive runs of 800 requests against one fresh API. A few dozen rounds measured the
   * API's JIT, which the start-up section measures on its own, not the API's cost per request.
   */
  public static List<Row> run(
      PrintWriter out,
      Driver driver,
      SessionConfig session,
      URI api,
      List<Question> qs,
      int warmup,
      Duration warmupFor,
      int iterations,
      Duration budget) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1");
    }
    Runner runner = new Runner(driver, session, api);
    int width = Math.max(28, qs.stream().mapToInt(q -> columns(q.name())).max().orElse(0));
    long warmStart = System.nanoTime();
    long apiWarmups = runner.warmApi(qs, warmupFor, budget);
    long[] warmNs = new long[qs.size()];
    int rounds = 0;
    while (rounds < warmup) {
      boolean any = false;
      for (int k = 0; k < qs.size(); k++) {
        if (budget == null || warmNs[k] <= budget.toNanos() / 5) {
          long t0 = System.nanoTime();
          runner.round(qs.get(k));
          warmNs[k] += System.nanoTime() - t0;
          any = true;
        }
      }
      rounds++;
      if (!any) {
        break; // every question has used its share of the budget
      }
    }
    out.printf(
        Locale.ROOT,
        "queries: warm-up of %,d API requests on two threads for %d s, then %d rounds of all %d"
            + " questions on both sides (%.1f s in all); then %d timed rounds each; API %s vs Bolt%n",
        apiWarmups,
        warmupFor.toSeconds(),
        rounds,
        qs.size(),
        (System.nanoTime() - warmStart) / 1e9,
        iterations,
        api);
    out.flush();
    out.println(
        String.format(
            Locale.ROOT,
            "%s  %9s %9s  %9s %9s  %11s  %6s  %7s %7s",
            pad("question (ms)", width),
            "API p50",
            "API p99",
            "Bolt p50",
            "Bolt p99",
            "+checks p50",
            "ratio",
            "bytes",
            "records"));
    out.flush();
    List<Row> rows = new ArrayList<>();
    for (Question q : qs) {
      long[] apiNs = new long[iterations];
      long[] boltNs = new long[iterations];
      long[] withChecksNs = new long[iterations];
      long apiErrors = 0;
      long boltErrors = 0;
      Round last = null;
      String firstError = null;
      long started = System.nanoTime();
      int done = 0;
      while (done < iterations
          && (budget == null
              || done < MIN_ITERATIONS
              || System.nanoTime() - started <= budget.toNanos())) {
        last = runner.round(q);
        apiNs[done] = last.apiNs();
        boltNs[done] = last.boltNs();
        withChecksNs[done] = last.boltNs() + last.checksNs();
        apiErrors += last.apiFailure() == null ? 0 : 1;
        boltErrors += last.boltFailure() == null ? 0 : 1;
        if (firstError == null) {
          firstError = last.apiFailure() != null ? last.apiFailure() : last.boltFailure();
        }
        done++;
      }
      apiNs = Arrays.copyOf(apiNs, done);
      boltNs = Arrays.copyOf(boltNs, done);
      withChecksNs = Arrays.copyOf(withChecksNs, done);
      Row row =
          new Row(
              q.name(),
              done,
              ms(percentile(apiNs, 50)),
              ms(percentile(apiNs, 99)),
              ms(percentile(boltNs, 50)),
              ms(percentile(boltNs, 99)),
              ms(percentile(withChecksNs, 50)),
              apiErrors,
              boltErrors,
              last.bytes(),
              last.records());
      rows.add(row);
      out.printf(
          Locale.ROOT,
          "%s  %9.2f %9.2f  %9.2f %9.2f  %11.2f  %6.2f  %7d %7d%s%s%n",
          pad(q.name(), width),
          row.apiP50(),
          row.apiP99(),
          row.boltP50(),
          row.boltP99(),
          row.boltChecksP50(),
          row.p50Ratio(),
          row.apiBytes(),
          row.boltRecords(),
          done < iterations ? "  (" + done + " rounds: time budget)" : "",
          apiErrors + boltErrors > 0
              ? String.format(
                  Locale.ROOT, "  errors: API %d, Bolt %d (%s)", apiErrors, boltErrors, firstError)
              : "");
      out.flush();
    }
    out.println();
    for (Row r : rows) {
      out.printf(Locale.ROOT, "query p50 ratio API vs Bolt (%s): %.2f%n", r.name(), r.p50Ratio());
    }
    if (!rows.isEmpty()) {
      double logSum = rows.stream().mapToDouble(r -> Math.log(r.p50Ratio())).sum();
      out.printf(
          Locale.ROOT,
          "query p50 ratio API vs Bolt (geometric mean of %d questions): %.2f%n",
          rows.size(),
          Math.exp(logSum / rows.size()));
      double logChecks = rows.stream().mapToDouble(r -> Math.log(r.p50RatioWithChecks())).sum();
      out.printf(
          Locale.ROOT,
          "query p50 ratio API vs Bolt with the API's actor checks (geometric mean of %d questions): "
              + "%.2f%n",
          rows.size(),
          Math.exp(logChecks / rows.size()));
      out.printf(
          Locale.ROOT,
          "query errors: %d%n",
          rows.stream().mapToLong(r -> r.apiErrors() + r.boltErrors()).sum());
    }
    out.flush();
    return rows;
  }

  /** One round's timings; a failure is null when that side answered. */
  private record Round(
      long apiNs,
      long boltNs,
      long checksNs,
      String apiFailure,
      String boltFailure,
      int bytes,
      int records) {}

  /** The HTTP client, Bolt session and query texts shared by every round. */
  private static final class Runner {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final TransactionConfig tx =
        TransactionConfig.builder().withTimeout(QUERY_TIMEOUT).build();
    private final Map<String, String> texts = new java.util.HashMap<>();
    private final Driver driver;
    private final SessionConfig session;
    private final URI api;

    Runner(Driver driver, SessionConfig session, URI api) {
      this.driver = driver;
      this.session = session;
      this.api = api;
    }

    /**
     * GETs of every question's path, round-robin on two threads, for {@code duration}; a path whose
     * answer takes longer than a fifth of {@code budget} leaves the rotation. Returns how many were
     * sent.
     */
    long warmApi(List<Question> qs, Duration duration, Duration budget) {
      if (duration.isZero() || qs.isEmpty()) {
        return 0;
      }
      long deadline = System.nanoTime() + duration.toNanos();
      AtomicLong sent = new AtomicLong();
      Set<Integer> slow = ConcurrentHashMap.newKeySet();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int offset = t;
        Thread th =
            new Thread(
                () -> {
                  for (int i = offset;
                      System.nanoTime() < deadline && slow.size() < qs.size();
                      i++) {
                    int k = i % qs.size();
                    if (slow.contains(k)) {
                      continue;
                    }
                    long t0 = System.nanoTime();
                    try {
                      http.send(
                          HttpRequest.newBuilder(api.resolve(qs.get(k).path()))
                              .timeout(Duration.ofSeconds(30))
                              .GET()
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
                    } catch (IOException e) {
                      // the timed rounds count and report failures
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                    sent.incrementAndGet();
                    if (budget != null && System.nanoTime() - t0 > budget.toNanos() / 5) {
                      slow.add(k);
                    }
                  }
                },
                "api-warm-up-" + t);
        th.start();
        threads.add(th);
      }
      for (Thread th : threads) {
        try {
          th.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      return sent.get();
    }

    Round round(Question q) {
      HttpRequest get =
          HttpRequest.newBuilder(api.resolve(q.path()))
              .timeout(Duration.ofSeconds(30))
              .header("Accept", "application/json")
              .GET()
              .build();
      String cypher = texts.computeIfAbsent(q.cypherFile(), f -> q.cypher());
      int bytes = 0;
      String apiFailure = null;
      long t0 = System.nanoTime();
      try {
        HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        bytes = r.body().length;
        if (r.statusCode() != 200) {
          apiFailure =
              "API "
                  + r.statusCode()
                  + ": "
                  + firstLine(new String(r.body(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        apiFailure = "API " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      long t1 = System.nanoTime();
      int records = 0;
      String boltFailure = null;
      try (Session s = driver.session(session)) {
        records = s.executeRead(t -> t.run(cypher, q.params()).list(Record::asMap), tx).size();
      } catch (RuntimeException e) {
        boltFailure = "Bolt " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
      }
      long t2 = System.nanoTime();
      String actor =
          texts.computeIfAbsent("actor-brief", f -> Cypher.load("queries/actor-brief.cypher"));
      for (String id : checkedActors(q)) {
        try (Session s = driver.session(session)) {
          s.executeRead(t -> t.run(actor, Map.of("id", id)).list(Record::asMap), tx);
        } catch (RuntimeException e) {
          boltFailure =
              boltFailure != null
                  ? boltFailure
                  : "Bolt actor " + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        }
      }
      long t3 = System.nanoTime();
      return new Round(t1 - t0, t2 - t1, t3 - t2, apiFailure, boltFailure, bytes, records);
    }
  }

  /** The API's warm-up alone ({@link Runner#warmApi}), for a test against a stand-in server. */
  static long warmApi(URI api, List<Question> qs, Duration duration, Duration budget) {
    return new Runner(null, null, api).warmApi(qs, duration, budget);
  }

  /** Nearest-rank percentile of nanosecond timings. */
  static long percentile(long[] ns, double p) {
    long[] s = ns.clone();
    Arrays.sort(s);
    int rank = (int) Math.ceil(p / 100.0 * s.length);
    return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
  }

  /** Terminal columns: CJK ideographs, kana, hangul and full-width forms take two. */
  static int columns(String s) {
    return s.codePoints()
        .map(
            c ->
                (c >= 0x1100 && c <= 0x115F)
                        || (c >= 0x2E80 && c <= 0xA4CF)
                        || (c >= 0xAC00 && c <= 0xD7A3)
                        || (c >= 0xF900 && c <= 0xFAFF)
                        || (c >= 0xFE30 && c <= 0xFE4F)
                        || (c >= 0xFF00 && c <= 0xFF60)
                        || (c >= 0xFFE0 && c <= 0xFFE6)
                        || (c >= 0x20000 && c <= 0x3FFFD)
                    ? 2
                    : 1)
        .sum();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - columns(s)));
  }

  private static double ms(long ns) {
    return ns / 1e6;
  }

  private static String firstLine(String s) {
    String line = s == null ? "" : s.lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
