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

/**
 * Scores linking against {@code mentions.jsonl}: for each annotated sentence, the set of actors it
 * mentions (names, abbreviations, group words, coreference) against the actors linked in the
 * sentences of the export that overlap the quote.
 */
public final class LinkEvaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  public record Report(int tp, int fp, int fn, List<String> errors) {
    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }
  }

  private record Linked(String doc, int start, int end, Set<String> actors, String quote) {}

  private LinkEvaluation() {}

  /**
   * @param sentences the {@code .sentences.jsonl} sidecar of an export
   */
  public static Report run(Path gold, Path sentences, Path corpus) throws IOException {
    Map<String, String> texts = new HashMap<>();
    List<Linked> linked = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(sentences, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = JSON.readTree(line);
        if (n.path("type").asText().equals("document")) {
          Path f = corpus.resolve(n.get("file").asText());
          if (Files.isRegularFile(f)) {
            texts.put(n.get("id").asText(), Files.readString(f, StandardCharsets.UTF_8));
          }
        } else if (n.path("type").asText().equals("sentence")) {
          Set<String> ids = new LinkedHashSet<>();
          n.path("mentions").forEach(m -> ids.add(m.get("actor").asText()));
          String doc = n.get("doc").asText();
          String t = texts.get(doc);
          int s =
              t == null ? n.get("start").asInt() : t.offsetByCodePoints(0, n.get("start").asInt());
          int e = t == null ? n.get("end").asInt() : t.offsetByCodePoints(0, n.get("end").asInt());
          linked.add(new Linked(doc, s, e, ids, n.get("text").asText()));
        }
      }
    }
    GoldQuote finder = new GoldQuote(texts);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> errors = new ArrayList<>();
    for (GoldQuote.Annotated passage : finder.read(gold)) {
      JsonNode g = passage.line();
      String doc = passage.doc();
      int[] span = passage.span();
      Set<String> expected = new LinkedHashSet<>();
      g.path("actors").forEach(a -> expected.add(a.asText()));
      Set<String> got = new LinkedHashSet<>();
      linked.stream()
          .filter(l -> l.doc().equals(doc) && l.start() < span[1] && span[0] < l.end())
          .forEach(l -> got.addAll(l.actors()));
      String q = g.get("quote").asText().replaceAll("\\s+", "");
      for (String a : expected) {
        if (got.contains(a)) {
          tp++;
        } else {
          fn++;
          errors.add("miss  " + a + "\t" + doc + "\t" + q);
        }
      }
      for (String a : got) {
        if (!expected.contains(a)) {
          fp++;
          errors.add("false " + a + "\t" + doc + "\t" + q);
        }
      }
    }
    return new Report(tp, fp, fn, errors);
  }
}
