package org.cagraph.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cagraph.extract.Progress;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a statements file to Neo4j: batched {@code UNWIND … MERGE}, one transaction per paper, so
 * a failure leaves the rest of the graph as it was and never half a paper. Re-running converges: a
 * paper's old sentences and evidence are replaced, relations left without evidence are removed, and
 * papers no longer in the corpus are retracted.
 */
public final class GraphLoader {
  public static final int BATCH = 1000;
  private final Driver driver;
  private final SessionConfig session;

  /** Test hook: throw after this many batches (a failure in the middle of a load). */
  int failAfterBatches = -1;

  private int batches;
  private final Map<String, long[]> timings = new LinkedHashMap<>();

  public GraphLoader(Driver driver, SessionConfig session) {
    this.driver = driver;
    this.session = session;
  }

  /** What a load did, for the summary line. */
  public record Summary(
      int actors, int documents, int sentences, int relations, int retracted, int unchanged) {}

  public void applySchema() {
    long t0 = System.nanoTime();
    try (Session s = driver.session(session)) {
      for (String stmt : Cypher.statements("schema/01-constraints.cypher")) {
        s.run(stmt).consume();
      }
    }
    time("(schema)", t0);
  }

  public Summary load(Statements st, Progress progress) {
    timings.clear();
    applySchema();
    batches = 0;
    write(
        tx ->
            batches(
                tx,
                "load/actors.cypher",
                st.actors().stream().map(GraphLoader::actorRow).toList(),
                Map.of()));
    // A second thread turns each paper into rows and its load hash while the previous paper is
    // being written:
    // the database, not the preparation, sets the pace (issue 6: within 0.8 of a bare
    // UNWIND/MERGE).
    ExecutorService prep =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "kg-load-prepare");
              t.setDaemon(true);
              return t;
            });
    int sentences = 0;
    int unchanged = 0;
    try {
      CompletableFuture<Map<String, List<Map<String, Object>>>> relByDoc =
          CompletableFuture.supplyAsync(() -> relationsByDocument(st.relations()), prep);
      Map<String, String> loaded =
          loadedHashes(st.documents().stream().map(d -> (String) d.get("id")).toList());
      Iterator<Map<String, Object>> docs = st.documents().iterator();
      Deque<Future<Paper>> ahead = new ArrayDeque<>();
      while (ahead.size() < LOOKAHEAD && docs.hasNext()) {
        Map<String, Object> d = docs.next();
        ahead.add(prep.submit(() -> prepare(st, d, relByDoc.join())));
      }
      while (!ahead.isEmpty()) {
        long t0 = System.nanoTime();
        Paper p = next(ahead.poll());
        time("(waiting for the next paper)", t0);
        if (docs.hasNext()) {
          Map<String, Object> d = docs.next();
          ahead.add(prep.submit(() -> prepare(st, d, relByDoc.join())));
        }
        sentences += p.sentences().size();
        if (p.doc().get("loadHash").equals(loaded.get(p.id()))) {
          unchanged++; // what this paper would write is already there, written by these queries
        } else {
          write(
              tx -> {
                if (loaded.containsKey(p.id())) {
                  retract(tx, p.id());
                }
                paperBatches(tx, p.doc(), p.sentences(), p.relations());
              });
        }
        progress.add(1);
      }
    } finally {
      prep.shutdownNow();
    }
    int retracted = retractMissing(st.documents().stream().map(d -> (String) d.get("id")).toList());
    write(
        tx ->
            run(
                tx,
                "load/prune-actors.cypher",
                Map.of("keep", st.actors().stream().map(a -> a.get("id")).toList())));
    return new Summary(
        st.actors().size(),
        st.documents().size(),
        sentences,
        st.relations().size(),
        retracted,
        unchanged);
  }

  /**
   * Papers prepared ahead of the one being written: enough to keep the writer busy, few enough to
   * stay small.
   */
  private static final int LOOKAHEAD = 4;

  /** One paper as the rows its transaction writes, with the hash of those rows. */
  private record Paper(
      String id,
      Map<String, Object> doc,
      List<Map<String, Object>> sentences,
      List<Map<String, Object>> relations) {}

  private Paper prepare(
      Statements st, Map<String, Object> doc, Map<String, List<Map<String, Object>>> relByDoc) {
    long t0 = System.nanoTime();
    String id = (String) doc.get("id");
    List<Map<String, Object>> sents =
        st.sentencesByDoc().getOrDefault(id, List.of()).stream()
            .map(GraphLoader::sentenceRow)
            .toList();
    List<Map<String, Object>> rels = relByDoc.getOrDefault(id, List.of());
    linkEvidence(sents, rels);
    Map<String, Object> docRow = documentRow(doc);
    docRow.put("loadHash", loadHash(docRow, sents, rels));
    time("(prepare, beside the writes)", t0);
    return new Paper(id, docRow, sents, rels);
  }

  /** The prepared paper, or what stopped its preparation, as thrown there. */
  private static Paper next(Future<Paper> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while preparing a paper", e);
    } catch (ExecutionException e) {
      Throwable c =
          e.getCause() instanceof CompletionException && e.getCause().getCause() != null
              ? e.getCause().getCause()
              : e.getCause();
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }

  /** The load hash of each of these papers already in the graph. */
  private Map<String, String> loadedHashes(List<String> ids) {
    long t0 = System.nanoTime();
    try (Session s = driver.session(session)) {
      Map<String, String> out = new HashMap<>();
      s.executeRead(
              tx -> tx.run(Cypher.load("load/document-state.cypher"), Map.of("ids", ids)).list())
          .forEach(
              r ->
                  out.put(
                      r.get("id").asString(),
                      r.get("loadHash").isNull() ? "" : r.get("loadHash").asString()));
      time("load/document-state.cypher", t0);
      return out;
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper CANONICAL =
      new com.fasterxml.jackson.databind.ObjectMapper()
          .configure(
              com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final String QUERIES =
      Cypher.load("load/paper.cypher") + Cypher.load("load/retract-document.cypher");

  /**
   * A hash of everything one paper's transaction writes, and of the queries that write it: a paper
   * whose hash is already on its Document node is skipped. Relation rows carry the corpus-wide
   * aggregate, so a paper is rewritten when another paper changes a relation they share.
   */
  static String loadHash(
      Map<String, Object> doc,
      List<Map<String, Object>> sentences,
      List<Map<String, Object>> relations) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      md.update(QUERIES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      Map<String, Object> d = new java.util.TreeMap<>(doc);
      d.remove("loadHash");
      md.update(CANONICAL.writeValueAsBytes(List.of(d, sentences, relations)));
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException
        | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private int retractMissing(List<String> keep) {
    List<String> gone;
    try (Session s = driver.session(session)) {
      gone =
          s.executeRead(
              tx ->
                  tx.run(Cypher.load("load/retracted-documents.cypher"), Map.of("keep", keep))
                      .list(r -> r.get("id").asString()));
    }
    for (String id : gone) {
      write(
          tx -> {
            retract(tx, id);
            run(tx, "load/delete-document.cypher", Map.of("doc", id));
          });
    }
    return gone.size();
  }

  private void retract(TransactionContext tx, String doc) {
    long t0 = System.nanoTime();
    for (String q : Cypher.statements("load/retract-document.cypher")) {
      tx.run(q, Map.of("doc", doc, "prefix", doc + ":")).consume();
    }
    time("load/retract-document.cypher", t0);
  }

  private void run(TransactionContext tx, String file, Map<String, Object> params) {
    long t0 = System.nanoTime();
    tx.run(Cypher.load(file), params).consume();
    time(file, t0);
  }

  private synchronized void time(String file, long t0) {
    long[] t = timings.computeIfAbsent(file, k -> new long[2]);
    t[0] += System.nanoTime() - t0;
    t[1]++;
  }

  /** Time spent in each Cypher file during the last load, in nanoseconds, and how often it ran. */
  public synchronized Map<String, long[]> timings() {
    return timings;
  }

  private interface Work {
    void run(TransactionContext tx);
  }

  private void write(Work w) {
    long[] end = new long[1];
    long t0 = System.nanoTime();
    try (Session s = driver.session(session)) {
      s.executeWriteWithoutResult(
          tx -> {
            time("(session, connection and begin)", t0);
            w.run(tx);
            end[0] = System.nanoTime();
          });
    }
    time("(commit and close)", end[0]);
  }

  private void batches(
      TransactionContext tx,
      String file,
      List<Map<String, Object>> rows,
      Map<String, Object> extra) {
    for (int i = 0; i < rows.size(); i += BATCH) {
      checkFailureHook();
      Map<String, Object> p = new HashMap<>(extra);
      p.put("rows", rows.subList(i, Math.min(rows.size(), i + BATCH)));
      run(tx, file, p);
      batches++;
    }
  }

  private void checkFailureHook() {
    if (failAfterBatches >= 0 && batches >= failAfterBatches) {
      throw new IllegalStateException("load stopped after " + batches + " batches (test hook)");
    }
  }

  /**
   * A paper in batches of up to {@link #BATCH} sentences and {@link #BATCH} relations, each batch
   * one query that also writes the Document node (idempotently): a paper of typical size is one
   * round trip and one commit.
   */
  private void paperBatches(
      TransactionContext tx,
      Map<String, Object> doc,
      List<Map<String, Object>> sentences,
      List<Map<String, Object>> relations) {
    for (Map<String, Object> r : relations) {
      if (!org.cagraph.relations.RuleSet.TYPES.contains((String) r.get("predicate"))) {
        throw new IllegalArgumentException(
            "relation type "
                + r.get("predicate")
                + " is not a type of data/schema/relation-types.tsv");
      }
    }
    int n = Math.max(sentences.size(), relations.size());
    for (int i = 0; i == 0 || i < n; i += BATCH) {
      checkFailureHook();
      long t0 = System.nanoTime();
      tx.run(
              PAPER,
              Map.of(
                  "doc",
                  doc,
                  "sentences",
                  slice(sentences, i),
                  "relations",
                  byType(slice(relations, i))))
          .consume();
      time("load/paper.cypher", t0);
      batches++;
    }
  }

  private static List<Map<String, Object>> slice(List<Map<String, Object>> rows, int from) {
    return from >= rows.size()
        ? List.of()
        : rows.subList(from, Math.min(rows.size(), from + BATCH));
  }

  /**
   * The rows of one batch under their relationship type, every type of the schema present (most
   * empty).
   */
  private static Map<String, List<Map<String, Object>>> byType(List<Map<String, Object>> rows) {
    Map<String, List<Map<String, Object>>> out = new HashMap<>();
    for (String type : org.cagraph.relations.RuleSet.TYPES) {
      out.put(type, new ArrayList<>());
    }
    for (Map<String, Object> r : rows) {
      out.get((String) r.get("predicate")).add(r);
    }
    return out;
  }

  /**
   * cypher/load/paper.cypher with its relation branch written once per type, joined by UNION ALL.
   */
  static final String PAPER = typed(Cypher.load("load/paper.cypher"));

  static String typed(String template) {
    String[] parts = template.split("[ \\t]*// BRANCH\\n");
    if (parts.length != 3) {
      throw new IllegalStateException(
          "cypher/load/paper.cypher: expected one block between two // BRANCH lines");
    }
    StringBuilder q = new StringBuilder(parts[0]);
    String sep = "";
    for (String type : org.cagraph.relations.RuleSet.TYPES) {
      q.append(sep).append(parts[1].replace("TYPE", type));
      sep = "    UNION ALL\n";
    }
    return q.append(parts[2]).toString();
  }

  /**
   * Makes every evidence sentence mention its relation's subject or object (the linker's mentions
   * nearly always do; a sentence that states a relation only through a form the linker did not list
   * gets the subject), so that a paper's relations are reachable from the actors its sentences
   * mention, which retraction relies on.
   */
  @SuppressWarnings("unchecked")
  static void linkEvidence(
      List<Map<String, Object>> sentences, List<Map<String, Object>> relations) {
    Map<String, List<String>> actors = new HashMap<>();
    for (Map<String, Object> s : sentences) {
      actors.put((String) s.get("id"), (List<String>) s.get("actors"));
    }
    for (Map<String, Object> r : relations) {
      for (String e : (List<String>) r.get("evidence")) {
        List<String> a = actors.get(e);
        if (a != null && !a.contains(r.get("subject")) && !a.contains(r.get("object"))) {
          a.add((String) r.get("subject"));
        }
      }
    }
  }

  /**
   * Each relation once per paper that states it, carrying that paper's sentence ids as evidence.
   */
  @SuppressWarnings("unchecked")
  static Map<String, List<Map<String, Object>>> relationsByDocument(
      List<Map<String, Object>> relations) {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    for (Map<String, Object> r : relations) {
      Map<String, Set<String>> evidence = new LinkedHashMap<>();
      for (Map<String, Object> c : (List<Map<String, Object>>) r.get("citations")) {
        evidence
            .computeIfAbsent((String) c.get("doc"), k -> new LinkedHashSet<>())
            .add((String) c.get("sentence"));
      }
      evidence.forEach(
          (doc, ids) -> {
            Map<String, Object> row = new HashMap<>();
            row.put("subject", r.get("subject"));
            row.put("object", r.get("object"));
            row.put("predicate", r.get("predicate"));
            row.put("role", r.get("role"));
            row.put("roleKey", r.get("role") == null ? "" : r.get("role"));
            row.put("date", r.get("date"));
            row.put("dates", r.getOrDefault("dates", List.of()));
            row.put("since", r.get("since"));
            row.put("until", r.get("until"));
            time(r, row);
            row.put("confidence", r.get("confidence"));
            row.put("rules", r.getOrDefault("rules", List.of()));
            row.put(
                "evidence",
                ids.stream().sorted(GraphLoader::byCodePoints).toList()); // as the graph keeps it
            out.computeIfAbsent(doc, k -> new ArrayList<>()).add(row);
          });
    }
    return out;
  }

  /**
   * A relation's periods, readings and conflicts as the list properties a relationship can hold
   * (one list per field, "" where a bound is unknown): {@code periodFrom}/{@code periodTo} are the
   * padded days each period is known to hold from and may hold until, which is all an as-of
   * question compares ({@link org.cagraph.relations.Periods.Period#holds}); {@code reading*} is
   * every time reading of every citing sentence; {@code conflict*} one row per side of each
   * disagreement.
   */
  @SuppressWarnings("unchecked")
  static void time(Map<String, Object> r, Map<String, Object> row) {
    List<String> start = new ArrayList<>();
    List<String> startEv = new ArrayList<>();
    List<String> end = new ArrayList<>();
    List<String> endEv = new ArrayList<>();
    List<String> from = new ArrayList<>();
    List<String> to = new ArrayList<>();
    for (Map<String, Object> p : (List<Map<String, Object>>) r.getOrDefault("periods", List.of())) {
      var period =
          new org.cagraph.relations.Periods.Period(
              (String) p.get("start"),
              (String) p.get("startSentence"),
              (String) p.get("end"),
              (String) p.get("endSentence"),
              (String) p.get("seen"));
      start.add(orEmpty(period.start()));
      startEv.add(orEmpty(period.startSentence()));
      end.add(orEmpty(period.end()));
      endEv.add(orEmpty(period.endSentence()));
      from.add(period.from());
      to.add(period.to());
    }
    List<String> kind = new ArrayList<>();
    List<String> date = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    for (Map<String, Object> c : (List<Map<String, Object>>) r.get("citations")) {
      for (Map<String, Object> t :
          (List<Map<String, Object>>) c.getOrDefault("readings", List.of())) {
        kind.add((String) t.get("kind"));
        date.add(orEmpty((String) t.get("date")));
        sentence.add((String) c.get("sentence"));
      }
    }
    List<String> cBound = new ArrayList<>();
    List<Long> cPeriod = new ArrayList<>();
    List<String> cDate = new ArrayList<>();
    List<String> cSentence = new ArrayList<>();
    for (Map<String, Object> c :
        (List<Map<String, Object>>) r.getOrDefault("conflicts", List.of())) {
      for (Map<String, Object> side : (List<Map<String, Object>>) c.get("sides")) {
        cBound.add((String) c.get("bound"));
        cPeriod.add(((Number) c.get("period")).longValue());
        cDate.add((String) side.get("date"));
        cSentence.add((String) side.get("sentence"));
      }
    }
    row.put("periodStart", start);
    row.put("periodStartEvidence", startEv);
    row.put("periodEnd", end);
    row.put("periodEndEvidence", endEv);
    row.put("periodFrom", from);
    row.put("periodTo", to);
    row.put("readingKind", kind);
    row.put("readingDate", date);
    row.put("readingSentence", sentence);
    row.put("conflictBound", cBound);
    row.put("conflictPeriod", cPeriod);
    row.put("conflictDate", cDate);
    row.put("conflictSentence", cSentence);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /**
   * String order by code point: how Neo4j orders stored strings, so a list sorted here reads back
   * sorted. (Java's compareTo, and Neo4j on parameter strings, order UTF-16 units; the two orders
   * differ only where a character past U+FFFF meets one from U+E000 to U+FFFF.)
   */
  static int byCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private static Map<String, Object> actorRow(Map<String, Object> a) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", a.get("id"));
    row.put("label", a.get("label"));
    row.put("name", a.get("name"));
    row.put("nameZh", a.get("nameZh"));
    row.put("nameZhHans", a.get("nameZhHans"));
    row.put("aliases", a.getOrDefault("names", List.of()));
    row.put("iso3", a.get("iso3"));
    row.put("discovered", Boolean.TRUE.equals(a.get("discovered")));
    return row;
  }

  private static Map<String, Object> documentRow(Map<String, Object> d) {
    Map<String, Object> row = new HashMap<>();
    for (String k :
        List.of("id", "title", "authors", "year", "date", "venue", "language", "sha256", "file")) {
      row.put(k, d.get(k));
    }
    return row;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> sentenceRow(Map<String, Object> s) {
    Map<String, Object> row = new HashMap<>();
    // an article's own authors (an issue's article names its two authors, not the seven)
    // and a PDF's page
    for (String k :
        List.of(
            "id",
            "index",
            "text",
            "quote",
            "start",
            "end",
            "section",
            "kind",
            "article",
            "articleAuthors",
            "page")) {
      row.put(k, s.get(k));
    }
    Set<String> actors = new LinkedHashSet<>();
    for (Map<String, Object> m :
        (List<Map<String, Object>>) s.getOrDefault("mentions", List.of())) {
      actors.add((String) m.get("actor"));
    }
    row.put("actors", new ArrayList<>(actors));
    return row;
  }
}
