package org.cagraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a gold quote in its document ignoring white space (hard wraps), as an original char range.
 */
final class GoldQuote {
  private final Map<String, String> stripped = new HashMap<>();
  private final Map<String, int[]> back = new HashMap<>();

  GoldQuote(Map<String, String> texts) {
    texts.forEach(
        (doc, t) -> {
          StringBuilder b = new StringBuilder();
          int[] map = new int[t.length()];
          for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
              map[b.length()] = i;
              b.append(c);
            }
          }
          stripped.put(doc, b.toString());
          back.put(doc, map);
        });
  }

  /** One annotated passage of a gold file, located in its document. */
  record Annotated(String doc, int[] span, JsonNode line) {}

  /**
   * Every passage of a gold file, each located; a quote not found in its document is an error
   * naming it.
   */
  List<Annotated> read(Path gold) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Annotated> out = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = json.readTree(line);
      String doc = g.get("doc").asText();
      int[] span = find(doc, g.get("quote").asText());
      if (span == null) {
        throw new IOException(
            gold + ": quote not found in " + doc + ": " + g.get("quote").asText());
      }
      out.add(new Annotated(doc, span, g));
    }
    return out;
  }

  /** [start, end) in the original text, or null when the quote is not in the document. */
  int[] find(String doc, String quote) {
    String s = stripped.get(doc);
    if (s == null) {
      return null;
    }
    String q = quote.replaceAll("[\\s\\u3000]+", "");
    int at = s.indexOf(q);
    if (at < 0 || q.isEmpty()) {
      return null;
    }
    int[] map = back.get(doc);
    return new int[] {map[at], map[at + q.length() - 1] + 1};
  }
}
