package org.cagraph.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rule's trigger, asked only whether a sentence holds it: a sentence without it cannot match the
 * rule, so the whole pattern is not tried there. Most triggers are alternations of plain words or
 * stems ({@code (加入|加盟)}, {@code (вступ\p{L}*|присоедин\p{L}*)}); those are looked for as
 * substrings, a stem by its fixed part, which finds exactly what the regex would and is several
 * times cheaper than running the regex at every position of every sentence for every rule. Any
 * other trigger keeps its regex.
 */
final class TriggerWords {
  private static final String STEM = "\\p{L}*";

  private final Pattern pattern;
  private final String[] words;

  TriggerWords(String regex) {
    this.pattern = Pattern.compile(regex);
    List<String> plain = plainWords(regex);
    this.words = plain == null ? null : plain.toArray(String[]::new);
  }

  /** Whether the trigger occurs in the text. */
  boolean in(String text) {
    if (words == null) {
      return pattern.matcher(text).find();
    }
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  String regex() {
    return pattern.pattern();
  }

  /** Whether the trigger is read as plain words (for tests). */
  boolean plain() {
    return words != null;
  }

  /**
   * The words of an alternation of plain words, each perhaps ending in a stem's {@code \p{L}*},
   * within at most one pair of parentheses around the whole; null for anything else.
   */
  static List<String> plainWords(String regex) {
    String r = regex;
    if (r.startsWith("(") && r.endsWith(")") && closes(r) == r.length() - 1) {
      r = r.substring(1, r.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String alt : r.split("\\|", -1)) {
      String w = alt.endsWith(STEM) ? alt.substring(0, alt.length() - STEM.length()) : alt;
      if (w.isEmpty() || w.chars().anyMatch(c -> "\\[](){}.*+?^$|".indexOf(c) >= 0)) {
        return null;
      }
      out.add(w);
    }
    return out;
  }

  /** The index of the parenthesis that closes the one at 0, or -1. */
  private static int closes(String r) {
    int depth = 0;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
