package org.cagraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Splits clean blocks into sentences: Chinese at 。！？；, English at . ! ? before a capital. */
final class SentenceSplitter {
  private static final String CJK_END = "。！？；";
  private static final String CLOSERS = "」』”’）)】]»\"'";

  /**
   * Quotes that may open a Latin or Cyrillic sentence before its first letter («Росатом» строит…,
   * „Газпром“ купил…, ‘Astana’ was…).
   */
  private static final String OPENERS = "\"“«„‘'";

  /**
   * Words whose full stop ends no sentence (U.S., Gen., г., им.): data/text/abbreviations.txt,
   * lower-cased as the word before a stop is (the file is written in lower case; the linker's
   * matching view, which also simplifies Chinese, belongs to a later stage).
   */
  private static final Set<String> ABBREVIATIONS =
      Set.copyOf(
          org.cagraph.data.DataFiles.entries("text/abbreviations.txt").stream()
              .map(w -> w.toLowerCase(java.util.Locale.ROOT))
              .toList());

  private static final org.apache.lucene.analysis.CharArraySet STOP_WORDS = stopWords();

  private static org.apache.lucene.analysis.CharArraySet stopWords() {
    org.apache.lucene.analysis.CharArraySet s =
        new org.apache.lucene.analysis.CharArraySet(
            org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    s.addAll(org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet());
    return org.apache.lucene.analysis.CharArraySet.unmodifiableSet(s);
  }

  List<Sentence> split(String docId, NormalizedText norm, String original) {
    List<Block> blocks = new ArrayList<>(norm.blocks());
    blocks.sort(Comparator.comparingInt(b -> norm.map()[b.start()]));
    List<Sentence> out = new ArrayList<>();
    for (Block b : blocks) {
      int s = b.start();
      for (int i = b.start(); i < b.end(); i++) {
        if (b.kind() == Sentence.Kind.BODY || b.kind() == Sentence.Kind.FOOTNOTE) {
          int end = boundary(norm, original, s, i, b.end());
          if (end > 0) {
            add(out, docId, b, norm, s, end);
            s = end;
            i = end - 1;
          }
        }
      }
      add(out, docId, b, norm, s, b.end());
    }
    return out;
  }

  /** If a sentence ends at char i, the index just past it (closing quotes included), else -1. */
  private static int boundary(NormalizedText norm, String original, int from, int i, int limit) {
    String t = norm.clean();
    char c = t.charAt(i);
    int end;
    if (CJK_END.indexOf(c) >= 0) {
      end = i + 1;
    } else if ((c == '.' || c == '!' || c == '?')
        && (englishEnd(t, i, limit) || paragraphEnd(norm, original, from, i, limit))) {
      end = i + 1;
    } else {
      return -1;
    }
    while (end < limit && CLOSERS.indexOf(t.charAt(end)) >= 0) {
      end++;
    }
    return end;
  }

  private static boolean englishEnd(String t, int i, int limit) {
    if (i + 1 >= limit) {
      return true;
    }
    int j = i + 1;
    while (j < limit && CLOSERS.indexOf(t.charAt(j)) >= 0) {
      j++;
    }
    if (j >= limit || t.charAt(j) != ' ') {
      return j < limit
          && Normalizer.isCjk(t.charAt(j))
          && (t.charAt(i) != '.' || wordEndsSentence(t, i));
    }
    while (j < limit && t.charAt(j) == ' ') {
      j++;
    }
    if (j >= limit
        || !(t.charAt(j) == '"' || t.charAt(j) == '“' || opensWithCapital(t, j, limit))) {
      return false;
    }
    if (t.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(t.charAt(w - 1)) || t.charAt(w - 1) == '.')) {
      w--;
    }
    String word = t.substring(w, i).toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return false;
    }
    return word.length() != 1 || !Character.isUpperCase(t.charAt(w)) || !initialBefore(t, j, limit);
  }

  /**
   * A stop that closed its line, with a blank line before the text the clean text joined to it,
   * ends its sentence: the paragraph ended there. A Latin or Cyrillic sentence before a Chinese
   * paragraph ends whatever word the stop closes (…quit it in 2018. / 喬治亞於…; …с 2015 г. / 俄國…).
   * Before a Latin or Cyrillic line that opens with a capital or a digit, a stop ends it unless it
   * closes an abbreviation or an initial that the next word goes on from (…с 2015 г. / В 2016 году…
   * and …the U.S. / The treaty… end, since в and the are function words; chaired by Dr. / Smith,
   * signed on 15 Dec. / 1991, the U.S. / Air Force go on). Inside a Chinese sentence, the stop of
   * an abbreviation or an initial that a hard-wrapped line ends with ends nothing (美國總統G.W. / 布希);
   * before lower case, the sentence goes on; without the blank line, a number's stop stays inside
   * (2.5億).
   *
   * @param from where the sentence being read began
   */
  private static boolean paragraphEnd(
      NormalizedText norm, String original, int from, int i, int limit) {
    String t = norm.clean();
    int k = i + 1;
    while (k < limit && CLOSERS.indexOf(t.charAt(k)) >= 0) {
      k++;
    }
    int j = k;
    while (j < limit && t.charAt(j) == ' ') {
      j++;
    }
    if (j >= limit) {
      return false;
    }
    char next = t.charAt(j);
    boolean chineseNext = Normalizer.isCjk(next);
    if (!chineseNext && !opensWithCapital(t, j, limit)) {
      return false; // a sentence hard-wrapped over a blank line goes on in lower case
    }
    String between = original.substring(norm.ends()[k - 1], norm.map()[j]);
    if (!BLANK_LINE_BETWEEN.matcher(between).matches()) {
      return false;
    }
    if (t.charAt(i) != '.') {
      return true;
    }
    boolean insideChinese = hasCjk(t, from, i);
    if (chineseNext && !insideChinese) {
      return true;
    }
    int w = i;
    while (w > from && Character.isLetter(t.charAt(w - 1)) && !Normalizer.isCjk(t.charAt(w - 1))) {
      w--;
    }
    int dotted = w;
    while (dotted > from
        && (t.charAt(dotted - 1) == '.'
            || Character.isLetter(t.charAt(dotted - 1))
                && !Normalizer.isCjk(t.charAt(dotted - 1)))) {
      dotted--;
    }
    String word = t.substring(w, i).toLowerCase(java.util.Locale.ROOT);
    boolean afterStop = w > from && t.charAt(w - 1) == '.';
    boolean abbreviation =
        ABBREVIATIONS.contains(word)
            || ABBREVIATIONS.contains(t.substring(dotted, i).toLowerCase(java.util.Locale.ROOT));
    boolean initial = word.length() == 1 && Character.isUpperCase(t.charAt(w)) || afterStop;
    if (chineseNext) {
      return word.length() != 1 && !afterStop && !abbreviation;
    }
    return !(abbreviation || initial) || !initialBefore(t, j, limit);
  }

  /**
   * Whether the text at {@code j} opens with a capital or a digit, after any opening quotes
   * («Росатом» строит…; “The treaty…”): before lower case a sentence goes on.
   */
  private static boolean opensWithCapital(String t, int j, int limit) {
    int q = j;
    while (q < limit && OPENERS.indexOf(t.charAt(q)) >= 0) {
      q++;
    }
    return q < limit && (Character.isUpperCase(t.charAt(q)) || Character.isDigit(t.charAt(q)));
  }

  /** Blank lines only: line breaks, spaces, tabs, no-break and ideographic spaces. */
  private static final java.util.regex.Pattern BLANK_LINE_BETWEEN =
      java.util.regex.Pattern.compile("[\\h]*\\R[\\h]*\\R[\\h\\s]*");

  /** Whether Chinese text stands in {@code t} between {@code from} and {@code i}. */
  private static boolean hasCjk(String t, int from, int i) {
    for (int k = from; k < i; k++) {
      if (Normalizer.isCjk(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A stop glued to Chinese text after it ends its sentence when it closes a word of three letters
   * or more that is no abbreviation (…в Таджикистане.中國在…: a Russian or English paragraph before a
   * Chinese one), not after an initial, an abbreviation or a number (U.S.中, 2.5億).
   */
  private static boolean wordEndsSentence(String t, int i) {
    int w = i;
    while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    String word = t.substring(w, i).toLowerCase(java.util.Locale.ROOT);
    return word.length() >= 3
        && (w == 0 || t.charAt(w - 1) != '.')
        && !ABBREVIATIONS.contains(word)
        && word.codePoints().noneMatch(Normalizer::isCjk);
  }

  /**
   * Whether a single capital and its stop before {@code next} is an initial (A. Akaev, И. В.
   * Сталин) rather than a letter that ends its sentence (Line D. The pipeline …): an initial is
   * followed by a name or another initial, never by a function word (Lucene's English and Russian
   * stop word lists: the, in, it, в, и, он …).
   */
  private static boolean initialBefore(String t, int next, int limit) {
    int e = next;
    while (e < limit && Character.isLetter(t.charAt(e))) {
      e++;
    }
    if (e == next + 1 && e < limit && t.charAt(e) == '.') {
      return true;
    }
    char[] word = t.substring(next, e).toLowerCase(java.util.Locale.ROOT).toCharArray();
    return !(STOP_WORDS.contains(word, 0, word.length));
  }

  private static void add(
      List<Sentence> out, String docId, Block b, NormalizedText norm, int from, int to) {
    String t = norm.clean();
    while (from < to && Character.isWhitespace(t.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
      to--;
    }
    if (to <= from || !hasContent(t, from, to)) {
      return;
    }
    int[] offsets = java.util.Arrays.copyOfRange(norm.map(), from, to);
    out.add(
        new Sentence(
            docId,
            out.size(),
            b.section(),
            b.kind(),
            b.paragraph(),
            t.substring(from, to),
            offsets,
            offsets[0],
            norm.ends()[to - 1]));
  }

  private static boolean hasContent(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(
          t.codePointAt(i))) { // by code point: 𠀀 (U+20000) is a letter too
        return true;
      }
    }
    return false;
  }
}
