package org.cagraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cagraph.pipeline.Progress;
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

  public GraphLoader(Driver driver, SessionConfig session) {
    this.driver = driver;
    this.session = session;
  }

  /** What a load did, for the summary line. */
  public record Summary(int actors, int documents, int sentences, int relations, int retracted) {
  }

  public void applySchema() {
    try (Session s = driver.session(session)) {
      for (String stmt : Cypher.statements("schema/01-constraints.cypher")) {
        s.run(stmt).consume();
      }
    }
  }

  public Summary load(Statements st, Progress progress) {
    applySchema();
    batches = 0;
    write(tx -> batches(tx, "load/actors.cypher", st.actors().stream().map(GraphLoader::actorRow).toList(), Map.of()));
    Map<String, List<Map<String, Object>>> relByDoc = relationsByDocument(st.relations());
    int sentences = 0;
    for (Map<String, Object> doc : st.documents()) {
      String id = (String) doc.get("id");
      List<Map<String, Object>> sents = st.sentencesByDoc().getOrDefault(id, List.of());
      List<Map<String, Object>> rels = relByDoc.getOrDefault(id, List.of());
      write(tx -> {
        if (tx.run(Cypher.load("load/document-exists.cypher"), Map.of("doc", id)).single().get("present").asBoolean()) {
          tx.run(Cypher.load("load/retract-document.cypher"), Map.of("doc", id, "prefix", id + ":")).consume();
        }
        tx.run(Cypher.load("load/document.cypher"), Map.of("doc", documentRow(doc))).consume();
        batches(tx, "load/sentences.cypher", sents.stream().map(GraphLoader::sentenceRow).toList(), Map.of("doc", id));
        relationBatches(tx, rels);
      });
      sentences += sents.size();
      progress.add(1);
    }
    int retracted = retractMissing(st.documents().stream().map(d -> (String) d.get("id")).toList());
    write(tx -> tx.run(Cypher.load("load/prune-actors.cypher"),
        Map.of("keep", st.actors().stream().map(a -> a.get("id")).toList())).consume());
    return new Summary(st.actors().size(), st.documents().size(), sentences, st.relations().size(), retracted);
  }

  private int retractMissing(List<String> keep) {
    List<String> gone;
    try (Session s = driver.session(session)) {
      gone = s.executeRead(tx -> tx.run(Cypher.load("load/retracted-documents.cypher"), Map.of("keep", keep))
          .list(r -> r.get("id").asString()));
    }
    for (String id : gone) {
      write(tx -> {
        tx.run(Cypher.load("load/retract-document.cypher"), Map.of("doc", id, "prefix", id + ":")).consume();
        tx.run(Cypher.load("load/delete-document.cypher"), Map.of("doc", id)).consume();
      });
    }
    return gone.size();
  }

  private interface Work {
    void run(TransactionContext tx);
  }

  private void write(Work w) {
    try (Session s = driver.session(session)) {
      s.executeWriteWithoutResult(w::run);
    }
  }

  private void batches(TransactionContext tx, String file, List<Map<String, Object>> rows, Map<String, Object> extra) {
    batchesOf(tx, Cypher.load(file), rows, extra);
  }

  private void batchesOf(TransactionContext tx, String q, List<Map<String, Object>> rows, Map<String, Object> extra) {
    for (int i = 0; i < rows.size(); i += BATCH) {
      if (failAfterBatches >= 0 && batches >= failAfterBatches) {
        throw new IllegalStateException("load stopped after " + batches + " batches (test hook)");
      }
      Map<String, Object> p = new HashMap<>(extra);
      p.put("rows", rows.subList(i, Math.min(rows.size(), i + BATCH)));
      tx.run(q, p).consume();
      batches++;
    }
  }

  /**
   * Relations grouped by type, each group through the relations query with its type written in: a typed
   * MERGE lets the planner expand by type. The type comes from the fixed list of fourteen, never from data.
   */
  private void relationBatches(TransactionContext tx, List<Map<String, Object>> rels) {
    Map<String, List<Map<String, Object>>> byType = new LinkedHashMap<>();
    for (Map<String, Object> r : rels) {
      String type = (String) r.get("predicate");
      if (!org.cagraph.relations.RuleSet.TYPES.contains(type)) {
        throw new IllegalArgumentException("relation type " + type + " is not one of the fourteen");
      }
      byType.computeIfAbsent(type, k -> new ArrayList<>()).add(r);
    }
    String template = Cypher.load("load/relations.cypher");
    byType.forEach((type, rows) -> batchesOf(tx, template.replace("$(row.predicate)", type), rows, Map.of()));
  }

  /** Each relation once per paper that states it, carrying that paper's sentence ids as evidence. */
  @SuppressWarnings("unchecked")
  static Map<String, List<Map<String, Object>>> relationsByDocument(List<Map<String, Object>> relations) {
    Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
    for (Map<String, Object> r : relations) {
      Map<String, Set<String>> evidence = new LinkedHashMap<>();
      for (Map<String, Object> c : (List<Map<String, Object>>) r.get("citations")) {
        evidence.computeIfAbsent((String) c.get("doc"), k -> new LinkedHashSet<>()).add((String) c.get("sentence"));
      }
      evidence.forEach((doc, ids) -> {
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
        row.put("confidence", r.get("confidence"));
        row.put("rules", r.getOrDefault("rules", List.of()));
        row.put("evidence", new ArrayList<>(ids));
        out.computeIfAbsent(doc, k -> new ArrayList<>()).add(row);
      });
    }
    return out;
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
    for (String k : List.of("id", "title", "authors", "year", "venue", "language", "sha256", "file")) {
      row.put(k, d.get(k));
    }
    return row;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> sentenceRow(Map<String, Object> s) {
    Map<String, Object> row = new HashMap<>();
    for (String k : List.of("id", "index", "text", "quote", "start", "end", "section", "kind", "article")) {
      row.put(k, s.get(k));
    }
    Set<String> actors = new LinkedHashSet<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) s.getOrDefault("mentions", List.of())) {
      actors.add((String) m.get("actor"));
    }
    row.put("actors", new ArrayList<>(actors));
    return row;
  }
}
