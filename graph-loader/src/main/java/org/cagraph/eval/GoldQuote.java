package org.cagraph.eval;

import java.util.HashMap;
import java.util.Map;

/** Finds a gold quote in its document ignoring white space (hard wraps), as an original char range. */
final class GoldQuote {
  private final Map<String, String> stripped = new HashMap<>();
  private final Map<String, int[]> back = new HashMap<>();

  GoldQuote(Map<String, String> texts) {
    texts.forEach((doc, t) -> {
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
