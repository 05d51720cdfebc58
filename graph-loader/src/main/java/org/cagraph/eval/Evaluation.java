package org.cagraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cagraph.relations.RuleSet;

/**
 * Scores a statements file against sentence-level gold: each gold line quotes a sentence and lists
 * every relation it states, so predicted relations cited in an annotated sentence are hits or false
 * hits, and gold facts without a matching prediction are misses. A fact matches on subject, type and
 * object (either order for symmetric types); for MEMBER_OF, observers and dialogue partners are kept
 * apart from full members.
 */
public final class Evaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts for one relation type. */
  public static final class Score {
    public int tp;
    public int fp;
    public int fn;

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A miss or a false hit, with the sentence it is about. */
  public record Error(String kind, String fact, String doc, String quote) {
  }

  public record Report(Map<String, Score> byType, Score overall, List<Error> errors, int goldSentences, int goldFacts) {
  }

  private record Fact(String s, String p, String o, String roleClass) {
    static Fact of(String s, String p, String o, String role) {
      if (RuleSet.SYMMETRIC.contains(p) && s.compareTo(o) > 0) {
        String t = s;
        s = o;
        o = t;
      }
      String rc = p.equals("MEMBER_OF") && role != null && !role.equals("founding") && !role.equals("member") ? role : "";
      return new Fact(s, p, o, rc);
    }

    @Override
    public String toString() {
      return s + " " + p + " " + o + (roleClass.isEmpty() ? "" : " (" + roleClass + ")");
    }
  }

  /** {@code text} is the clean sentence: a stitched sentence's span encloses the footnote it skips. */
  private record Predicted(String doc, int start, int end, Fact fact, String quote, String text) {
  }

  private Evaluation() {
  }

  private static Map<String, String> sentenceTexts(Path sidecar) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.isRegularFile(sidecar)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        if ("sentence".equals(n.path("type").asText())) {
          out.put(n.get("id").asText(), n.get("text").asText());
        }
      }
    }
    return out;
  }

  /** Whether a gold quote and a predicted sentence share a run of text (not just an enclosing span). */
  static boolean sharesText(String gold, String sentence) {
    int k = Math.min(8, Math.min(gold.length(), sentence.length()));
    if (k == 0) {
      return false;
    }
    for (int i = 0; i + k <= gold.length(); i += Math.max(1, k / 2)) {
      if (sentence.contains(gold.substring(i, i + k))) {
        return true;
      }
    }
    return false;
  }

  public static Report run(Path gold, Path statements, Path corpus) throws IOException {
    Map<String, String> texts = new HashMap<>();
    try (var files = Files.list(corpus)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (n.endsWith(".txt") || n.endsWith(".md")) {
          String t = Files.readString(f, StandardCharsets.UTF_8);
          texts.put(n.substring(0, n.lastIndexOf('.')), t.startsWith("\uFEFF") ? t.substring(1) : t);
        }
      }
    }
    GoldQuote finder = new GoldQuote(texts);
    Map<String, String> sentenceTexts = sentenceTexts(org.cagraph.pipeline.Export.sidecar(statements));
    List<Predicted> predicted = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(statements, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        if (!"relation".equals(n.path("type").asText())) {
          continue;
        }
        Fact f = Fact.of(n.get("subject").asText(), n.get("predicate").asText(), n.get("object").asText(),
            n.path("role").isTextual() ? n.path("role").asText() : null);
        for (JsonNode c : n.path("citations")) {
          String doc = c.get("doc").asText();
          String t = texts.get(doc);
          if (t == null) {
            continue;
          }
          int s = t.offsetByCodePoints(0, c.get("start").asInt());
          int e = t.offsetByCodePoints(0, c.get("end").asInt());
          String quote = c.path("quote").asText();
          predicted.add(new Predicted(doc, s, e, f, quote,
              sentenceTexts.getOrDefault(c.path("sentence").asText(), quote).replaceAll("\\s+", "")));
        }
      }
    }
    Map<String, Score> byType = new TreeMap<>();
    RuleSet.TYPES.forEach(t -> byType.put(t, new Score()));
    List<Error> errors = new ArrayList<>();
    Set<Predicted> judged = new LinkedHashSet<>();
    Set<Predicted> correct = new LinkedHashSet<>();
    int sentences = 0;
    int facts = 0;
    for (GoldQuote.Annotated a : finder.read(gold)) {
      JsonNode g = a.line();
      String doc = a.doc();
      int[] span = a.span();
      sentences++;
      Set<Fact> expected = new LinkedHashSet<>();
      for (JsonNode f : g.path("facts")) {
        expected.add(Fact.of(f.get("subject").asText(), f.get("predicate").asText(), f.get("object").asText(),
            f.path("role").isTextual() ? f.path("role").asText() : null));
      }
      facts += expected.size();
      String stripped = g.get("quote").asText().replaceAll("[\\s\\u3000]+", "");
      List<Predicted> here = predicted.stream()
          .filter(p -> p.doc().equals(doc) && p.start() < span[1] && span[0] < p.end() && sharesText(stripped, p.text()))
          .toList();
      for (Fact f : expected) {
        boolean hit = false;
        for (Predicted p : here) {
          if (p.fact().equals(f)) {
            hit = true;
            correct.add(p);
          }
        }
        if (hit) {
          byType.get(f.p()).tp++;
        } else {
          byType.get(f.p()).fn++;
          errors.add(new Error("miss", f.toString(), doc, g.get("quote").asText()));
        }
      }
      judged.addAll(here);
    }
    Set<String> falseSeen = new LinkedHashSet<>();
    for (Predicted p : judged) {
      if (!correct.contains(p) && falseSeen.add(p.doc() + p.start() + p.fact())) {
        byType.get(p.fact().p()).fp++;
        errors.add(new Error("false", p.fact().toString(), p.doc(), p.quote()));
      }
    }
    Score all = new Score();
    byType.values().forEach(s -> {
      all.tp += s.tp;
      all.fp += s.fp;
      all.fn += s.fn;
    });
    return new Report(byType, all, errors, sentences, facts);
  }
}
