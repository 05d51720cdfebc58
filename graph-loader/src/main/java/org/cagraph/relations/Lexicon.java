package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cagraph.actors.Linker;

/**
 * A word list of {@code data/rules/*.lex}: one word or phrase a line, in either script, no regular
 * expressions. Words are matched over the Simplified, lower-case view; a Latin or Cyrillic word
 * only on word boundaries ("not" is not in "notably"), and {@code _} stands for a space. Longer
 * entries win, so a lexicon of exceptions can mask a phrase (不得不) before the words it contains (不)
 * are looked for. A Cyrillic entry ending in {@code ~} is the stem of a Russian participle or
 * adjective: it matches as itself and with one of the adjective's case endings or its short form's
 * ({@code свергнут~}: свергнут, свергнутый, свергнутого, свергнута …), and with nothing else (not
 * свергнуть): the stem must be at least five letters long, so a short stem cannot over-match.
 */
final class Lexicon {
  private final List<String> words;
  private final Pattern pattern;
  private final java.util.Set<String> stems = new java.util.HashSet<>();

  /**
   * The endings a {@code ~} stem takes: the long forms of a Russian adjective or participle in
   * every gender, number and case, and the short forms' (свергнута, свергнуто, свергнуты), longest
   * first.
   */
  static final List<String> ENDINGS =
      List.of(
          "ыми", "ими", "ого", "его", "ому", "ему", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые",
          "ие", "ым", "им", "ом", "ем", "ей", "ую", "юю", "ых", "их", "а", "о", "ы");

  private static final String ENDING = "(?:" + String.join("|", ENDINGS) + ")?";

  Lexicon(List<String> lines, String where) {
    List<String> ws = new ArrayList<>();
    for (String line : lines) {
      String w = line.strip();
      if (w.isEmpty() || w.startsWith("#")) {
        continue;
      }
      if (w.matches(".*[\\\\()\\[\\]{}|?*+^$].*")) {
        throw new IllegalStateException(
            where + ": '" + w + "': a lexicon holds plain words, not regular expressions");
      }
      boolean stem = w.endsWith("~");
      String k = Linker.key(stem ? w.substring(0, w.length() - 1) : w).replace("_", " ");
      if (stem) {
        if (k.length() < 5
            || !k.chars()
                .allMatch(
                    c ->
                        Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC
                            || c == ' ')) {
          throw new IllegalStateException(
              where + ": '" + w + "': a ~ stem is a Russian word of at least five letters");
        }
        stems.add(k);
      }
      ws.add(k);
    }
    ws.sort(Comparator.comparingInt(String::length).reversed());
    this.words = List.copyOf(ws);
    List<String> alts = new ArrayList<>();
    for (String w : ws) {
      String q = Pattern.quote(w);
      boolean wordy = w.chars().anyMatch(c -> Character.isLetter(c) && c < 0x2E80);
      alts.add(
          wordy
              ? "(?<![\\p{L}\\p{N}])" + q + (stems.contains(w) ? ENDING : "") + "(?![\\p{L}\\p{N}])"
              : q);
    }
    this.pattern = Pattern.compile(alts.isEmpty() ? "(?!)" : String.join("|", alts));
    Map<Character, List<String>> first = new HashMap<>();
    boolean surrogates = false;
    for (String w : ws) { // longest first, as the alternation tries them
      first.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
      surrogates |= w.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }
    Map<Character, String[]> byFirst = new HashMap<>();
    first.forEach((c, l) -> byFirst.put(c, l.toArray(String[]::new)));
    this.byFirst = surrogates ? null : byFirst;
  }

  /**
   * The entries by their first char, longest first; null when an entry holds a surrogate (the
   * pattern then reads code points, which {@link #find} does not).
   */
  private final Map<Character, String[]> byFirst;

  /**
   * The first entry found in {@code text} from {@code from}, as the pattern's {@code find} finds it
   * (the leftmost start, there the longest entry that stands between word boundaries where it must)
   * without trying every entry at every char: its start and end in {@code at}; false when none.
   */
  private boolean find(CharSequence text, int from, int[] at) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      String[] ws = byFirst.get(text.charAt(i));
      if (ws == null) {
        continue;
      }
      for (String w : ws) {
        int e = i + w.length();
        if (e <= n && startsWith(text, i, w)) {
          if (!wordy(w) || bounded(text, i, e)) {
            at[0] = i;
            at[1] = e;
            return true;
          }
          if (stems.contains(w)) {
            for (String end : ENDINGS) {
              int f = e + end.length();
              if (f <= n && text.subSequence(e, f).toString().equals(end) && bounded(text, i, f)) {
                at[0] = i;
                at[1] = f;
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean startsWith(CharSequence text, int i, String w) {
    for (int k = 1; k < w.length(); k++) {
      if (text.charAt(i + k) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A Latin or Cyrillic entry: it stands between word boundaries. */
  private static boolean wordy(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetter(c) && c < 0x2E80) {
        return true;
      }
    }
    return false;
  }

  /**
   * No letter or digit right before {@code b} nor at {@code e}, as {@code (?<![\\p{L}\\p{N}])} and
   * {@code (?![\\p{L}\\p{N}])} read them: the char before, the code point after.
   */
  private static boolean bounded(CharSequence text, int b, int e) {
    return (b == 0 || !letterOrNumber(text.charAt(b - 1)))
        && (e == text.length() || !letterOrNumber(Character.codePointAt(text, e)));
  }

  private static boolean letterOrNumber(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** The first entry found in {@code text} from {@code from}: its start and end in {@code at}. */
  boolean findFrom(CharSequence text, int from, int[] at) {
    if (byFirst != null) {
      return find(text, from, at);
    }
    java.util.regex.Matcher m = pattern.matcher(text);
    if (from > text.length() || !m.find(from)) {
      return false;
    }
    at[0] = m.start();
    at[1] = m.end();
    return true;
  }

  boolean foundIn(CharSequence text) {
    if (byFirst != null) {
      return find(text, 0, new int[2]);
    }
    return pattern.matcher(text).find();
  }

  /**
   * Whether an entry of at least {@code min} characters ends the text, white space aside (the
   * former before a title: "the former president"; a one-character 前 is too often 之前's).
   */
  boolean ends(CharSequence text, int min) {
    int end = text.toString().stripTrailing().length();
    if (byFirst != null) {
      int[] at = new int[2];
      for (int from = 0; find(text, from, at); from = at[1]) {
        if (at[1] == end && at[1] - at[0] >= min) {
          return true;
        }
      }
      return false;
    }
    java.util.regex.Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (m.end() == end && m.end() - m.start() >= min) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an entry starts before {@code limit} (it may run on past it: 將向 over the trigger 向).
   */
  boolean startsBefore(CharSequence text, int limit) {
    if (byFirst != null) {
      int[] at = new int[2];
      return find(text, 0, at) && at[0] < limit;
    }
    java.util.regex.Matcher m = pattern.matcher(text);
    return m.find() && m.start() < limit;
  }

  /** The text with every entry replaced by as many {@code □}: masking keeps offsets. */
  String mask(String text) {
    if (byFirst != null) {
      int[] at = new int[2];
      StringBuilder out = null;
      int done = 0;
      for (int from = 0; find(text, from, at); from = at[1]) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, done, at[0]).append("□".repeat(at[1] - at[0]));
        done = at[1];
      }
      return out == null ? text : out.append(text, done, text.length()).toString();
    }
    return pattern.matcher(text).replaceAll(r -> "□".repeat(r.group().length()));
  }

  List<String> words() {
    return words;
  }
}
