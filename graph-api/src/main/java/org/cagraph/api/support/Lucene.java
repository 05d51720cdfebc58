package org.cagraph.api.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes user text a plain full-text query: every Lucene operator is escaped, so names are only
 * names.
 */
public final class Lucene {
  private Lucene() {}

  public static String escape(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\+-!():^[]\"{}~*?|&/".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    String s = b.toString().strip();
    return s.isEmpty() ? "\"\"" : s.replaceAll("\\b(AND|OR|NOT)\\b", "\\\\$1");
  }

  /**
   * The escaped text, plus a fuzzy variant of every plain word of four letters or more, so that a
   * misspelt id ({@code kazakstan}) still finds its actor. Only words without operator characters
   * get the {@code ~}, and only words of at most {@link #MAX_FUZZY} characters: Lucene builds an
   * edit-distance automaton over the whole word, and a 5,000-letter unknown id took 2 to 3.5 s to
   * answer its 404 (ApiFuzzIT); no actor's name has a word that long.
   */
  static final int MAX_FUZZY = 40;

  public static String fuzzy(String text) {
    List<String> parts = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String escaped = escape(word);
      parts.add(escaped);
      if (word.length() >= 4
          && word.length() <= MAX_FUZZY
          && word.codePoints().allMatch(Character::isLetterOrDigit)
          && escaped.equals(word)) {
        parts.add(word + "~");
      }
    }
    return parts.isEmpty() ? "\"\"" : String.join(" ", parts);
  }
}
