package org.cagraph.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cagraph.extract.Export;
import org.cagraph.relations.RelationTypes;

/**
 * A synthetic statements file and sidecar for load benchmarks: actors with a power-law (Zipf)
 * degree and the corpus's mix of actor and relation types, relations with one citation each, papers
 * of a fixed size. Seeded, so the same arguments give the same files.
 */
public final class Synthetic {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Actor labels and relation types weighted as in the five-paper corpus (kg extract of
   * data/corpus).
   */
  private static final String[] LABELS = {
    "Organization",
    "Country",
    "Person",
    "Place",
    "Agreement",
    "Initiative",
    "Facility",
    "Company",
    "Group"
  };

  private static final int[] LABEL_WEIGHTS = {78, 71, 69, 38, 35, 33, 17, 13, 11};

  /**
   * How often each relation type is stated in that corpus, in the order the generator has always
   * drawn them (so a seed gives the same file as before). Only a weight table, not the list of
   * types: the types are data/schema/relation-types.tsv's, and a type this table does not know gets
   * weight 1.
   */
  private static final Map<String, Integer> CORPUS_WEIGHTS = corpusWeights();

  private static final String[] PREDICATES = predicates();
  private static final int[] PREDICATE_WEIGHTS =
      Arrays.stream(PREDICATES).mapToInt(p -> CORPUS_WEIGHTS.getOrDefault(p, 1)).toArray();
  private static final String[] ROLES = {"founding", "observer", "dialogue partner"};

  private Synthetic() {}

  /** Writes {@code out} and its sidecar; returns the statements file. */
  public static Path write(Path out, int actors, int relations, int relationsPerPaper, long seed)
      throws IOException {
    if (actors < 2 || relations < 1 || relationsPerPaper < 1) {
      throw new IllegalArgumentException(
          "need at least 2 actors, 1 relation and 1 relation per paper");
    }
    Random rnd = new Random(seed);
    double[] zipf = cumulative(actors);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter st = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        BufferedWriter sc = Files.newBufferedWriter(Export.sidecar(out), StandardCharsets.UTF_8)) {
      for (int i = 0; i < actors; i++) {
        String label = pick(LABELS, LABEL_WEIGHTS, rnd);
        ObjectNode a =
            JSON.createObjectNode()
                .put("type", "actor")
                .put("id", actorId(i))
                .put("label", label)
                .put("name", "Actor " + i)
                .put("nameZh", "行為者" + i)
                .put("nameZhHans", "行为者" + i)
                .put("discovered", false);
        a.putArray("names").add("Actor " + i).add("行為者" + i).add("行为者" + i);
        line(st, a);
      }
      Set<String> seen = new HashSet<>();
      int papers = (relations + relationsPerPaper - 1) / relationsPerPaper;
      for (int p = 0; p < papers; p++) {
        String doc = String.format(Locale.ROOT, "syn_%06d", p);
        ObjectNode d =
            JSON.createObjectNode()
                .put("type", "document")
                .put("id", doc)
                .put("file", doc + ".txt")
                .put("title", "Synthetic paper " + p);
        d.putArray("authors");
        d.put("year", 2000 + p % 24).putNull("venue");
        d.put("language", "zh-Hant")
            .put("sha256", String.format(Locale.ROOT, "%064x", p))
            .put("format", "txt");
        line(sc, d);
        int offset = 0;
        for (int n = 0; n < relationsPerPaper && p * relationsPerPaper + n < relations; n++) {
          String subject;
          String object;
          String predicate;
          String role;
          do {
            subject = actorId(sample(zipf, rnd));
            object = actorId(sample(zipf, rnd));
            predicate = pick(PREDICATES, PREDICATE_WEIGHTS, rnd);
            role =
                predicate.equals("MEMBER_OF") && rnd.nextInt(4) == 0
                    ? ROLES[rnd.nextInt(ROLES.length)]
                    : null;
          } while (subject.equals(object)
              || !seen.add(subject + ' ' + predicate + ' ' + object + ' ' + role));
          String sid = doc + ":" + n;
          String date = Integer.toString(1991 + rnd.nextInt(33));
          String text = subject + "於" + date + "年與" + object + "建立" + predicate + "關係。";
          ObjectNode s =
              JSON.createObjectNode()
                  .put("type", "sentence")
                  .put("id", sid)
                  .put("doc", doc)
                  .put("index", n)
                  .put("kind", "BODY")
                  .put("section", "")
                  .put("text", text)
                  .put("start", offset)
                  .put("end", offset + text.length())
                  .put("quote", text);
          s.putArray("mentions")
              .add(JSON.createObjectNode().put("actor", subject))
              .add(JSON.createObjectNode().put("actor", object));
          line(sc, s);
          ObjectNode r =
              JSON.createObjectNode()
                  .put("type", "relation")
                  .put("subject", subject)
                  .put("predicate", predicate)
                  .put("object", object)
                  .put("role", role)
                  .put("date", date)
                  .putNull("since")
                  .putNull("until")
                  .put("confidence", 0.5 + rnd.nextInt(50) / 100.0);
          r.putArray("dates").add(date);
          r.putArray("rules").add("synthetic");
          r.putArray("citations")
              .addObject()
              .put("doc", doc)
              .put("sentence", sid)
              .put("start", offset)
              .put("end", offset + text.length())
              .put("quote", text)
              .put("rule", "synthetic");
          line(st, r);
          offset += text.length() + 1;
        }
      }
    }
    return out;
  }

  private static Map<String, Integer> corpusWeights() {
    Map<String, Integer> w = new LinkedHashMap<>();
    w.put("MEMBER_OF", 60);
    w.put("SIGNED", 38);
    w.put("AIDS", 33);
    w.put("PARTNER_OF", 25);
    w.put("ADVERSARY_OF", 21);
    w.put("HAS_MILITARY_PRESENCE_IN", 11);
    w.put("LOCATED_IN", 10);
    w.put("PROPOSED", 10);
    w.put("HEAD_OF", 9);
    w.put("PARTICIPATES_IN", 8);
    w.put("SANCTIONS", 8);
    w.put("BORDERS", 7);
    w.put("LEASES", 3);
    w.put("WITHDREW_FROM", 2);
    return w;
  }

  /**
   * The schema's types: those the weight table knows in its order, then any other in the schema's.
   */
  static String[] predicates() {
    List<String> types = RelationTypes.names();
    for (String t : CORPUS_WEIGHTS.keySet()) {
      if (!types.contains(t)) {
        throw new IllegalStateException(
            "Synthetic weighs " + t + ", which is no type of data/schema/relation-types.tsv");
      }
    }
    List<String> out = new ArrayList<>(CORPUS_WEIGHTS.keySet());
    types.stream().filter(t -> !out.contains(t)).forEach(out::add);
    return out.toArray(String[]::new);
  }

  static String actorId(int i) {
    return "actor_" + i;
  }

  private static double[] cumulative(int n) {
    double[] c = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1);
      c[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      c[i] /= sum;
    }
    return c;
  }

  private static int sample(double[] cumulative, Random rnd) {
    int i = Arrays.binarySearch(cumulative, rnd.nextDouble());
    return Math.min(cumulative.length - 1, i < 0 ? -i - 1 : i);
  }

  private static String pick(String[] values, int[] weights, Random rnd) {
    int total = Arrays.stream(weights).sum();
    int x = rnd.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private static void line(BufferedWriter w, ObjectNode n) throws IOException {
    w.write(JSON.writeValueAsString(n));
    w.write('\n');
  }
}
