package org.cagraph.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.cagraph.actors.Linker;

/**
 * A word list of {@code data/rules/*.lex}: one word or phrase a line, in either script, no regular
 * expressions. Words are matched over the Simplified, lower-case view; a Latin or Cyrillic word
 * only on word boundaries ("not" is not in "notably"), and {@code _} stands for a space. Longer
 * entries win, so a lexicon of exceptions can mask a phrase (不得不) before the words it contains (不)
 * are looked for.
 */
final class Lexicon {
  private final List<String> words;
  private final Pattern pattern;

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
      ws.add(Linker.key(w).replace("_", " "));
    }
    ws.sort(Comparator.comparingInt(String::length).reversed());
    this.words = List.copyOf(ws);
    List<String> alts = new ArrayList<>();
    for (String w : ws) {
      String q = Pattern.quote(w);
      boolean wordy = w.chars().anyMatch(c -> Character.isLetter(c) && c < 0x2E80);
      alts.add(wordy ? "(?<![\\p{L}\\p{N}])" + q + "(?![\\p{L}\\p{N}])" : q);
    }
    this.pattern = Pattern.compile(alts.isEmpty() ? "(?!)" : String.join("|", alts));
  }

  boolean foundIn(CharSequence text) {
    return pattern.matcher(text).find();
  }

  /**
   * Whether an entry of at least {@code min} characters ends the text, white space aside (the
   * former before a title: "the former president"; a one-character 前 is too often 之前's).
   */
  boolean ends(CharSequence text, int min) {
    int end = text.toString().stripTrailing().length();
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
    java.util.regex.Matcher m = pattern.matcher(text);
    return m.find() && m.start() < limit;
  }

  /** The text with every entry replaced by as many {@code □}: masking keeps offsets. */
  String mask(String text) {
    return pattern.matcher(text).replaceAll(r -> "□".repeat(r.group().length()));
  }

  List<String> words() {
    return words;
  }
}
