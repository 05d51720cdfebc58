package org.cagraph.api.support;

/** Makes user text a plain full-text query: every Lucene operator is escaped, so names are only names. */
public final class Lucene {
  private Lucene() {
  }

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
}
