package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A lexicon finds its words as the alternation of its entries would (longest first, Latin and
 * Cyrillic words between word boundaries), without trying every entry at every char.
 */
class LexiconTest {
  private static final List<String> WORDS =
      List.of("not", "never", "no longer", "不", "不得不", "не", "не_будет", "2023", "x1");

  @Test
  void aLatinOrCyrillicWordIsFoundOnlyAsAWord() {
    Lexicon lex = new Lexicon(WORDS, "test");
    assertTrue(lex.foundIn("kazakhstan did not join"));
    assertFalse(lex.foundIn("notably, kazakhstan joined"));
    assertFalse(lex.foundIn("the ax1 model"));
    assertTrue(lex.foundIn("in 20231")); // digits alone have no word boundaries to keep
    assertTrue(lex.foundIn("россия не будет"));
    assertFalse(lex.foundIn("неделя"));
    assertTrue(lex.foundIn("哈萨克不加入"));
  }

  @Test
  void theLongestEntryMasksFirst() {
    Lexicon lex = new Lexicon(WORDS, "test");
    assertEquals("哈萨克□□□加入", lex.mask("哈萨克不得不加入"));
    assertEquals("it is □□□□□□□□□ so", lex.mask("it is no longer so"));
    assertTrue(lex.ends("the state will never  ", 2));
    assertFalse(lex.ends("never the state", 2));
    assertTrue(lex.startsBefore("x not y", 3));
    assertFalse(lex.startsBefore("x y not", 3));
  }

  @Test
  void findsWhatTheAlternationFinds() {
    Lexicon lex = new Lexicon(WORDS, "test");
    Pattern p = alternation(WORDS);
    List<String> texts =
        List.of(
            "kazakhstan did not join, never again; no longer",
            "notnot not_ not1 1not nöt not",
            "не-будет не будет небудет",
            "不得不不不得",
            "x1 ax1 x1a x12 x1",
            "2023年 2023 12023",
            "",
            "n",
            "𠀀not𠀀 not");
    for (String t : texts) {
      assertEquals(p.matcher(t).find(), lex.foundIn(t), t);
      assertEquals(p.matcher(t).replaceAll(r -> "□".repeat(r.group().length())), lex.mask(t), t);
      for (int min = 1; min <= 3; min++) {
        assertEquals(endsRegex(p, t, min), lex.ends(t, min), t);
      }
      for (int limit = 0; limit <= t.length(); limit++) {
        java.util.regex.Matcher m = p.matcher(t);
        assertEquals(m.find() && m.start() < limit, lex.startsBefore(t, limit), t + " " + limit);
      }
    }
  }

  /** The lexicon's entries as one alternation, as its documentation reads them. */
  private static Pattern alternation(List<String> lines) {
    List<String> ws = new ArrayList<>();
    for (String l : lines) {
      ws.add(org.cagraph.actors.Linker.key(l).replace("_", " "));
    }
    ws.sort(Comparator.comparingInt(String::length).reversed());
    List<String> alts = new ArrayList<>();
    for (String w : ws) {
      boolean wordy = w.chars().anyMatch(c -> Character.isLetter(c) && c < 0x2E80);
      String q = Pattern.quote(w);
      alts.add(wordy ? "(?<![\\p{L}\\p{N}])" + q + "(?![\\p{L}\\p{N}])" : q);
    }
    return Pattern.compile(String.join("|", alts));
  }

  private static boolean endsRegex(Pattern p, String t, int min) {
    int end = t.stripTrailing().length();
    java.util.regex.Matcher m = p.matcher(t);
    while (m.find()) {
      if (m.end() == end && m.end() - m.start() >= min) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aStemEntryMatchesItsAdjectiveEndingsAndNothingElse() {
    Lexicon l = new Lexicon(List.of("свергнут~"), "test");
    for (String w :
        List.of(
            "свергнут", "свергнутый", "свергнутого", "свергнутая", "свергнута", "свергнутыми")) {
      org.junit.jupiter.api.Assertions.assertTrue(l.foundIn("бакиев, " + w + " в 2010 году"), w);
    }
    for (String w : List.of("свергнуть", "свергнутость", "низвергнутый")) {
      org.junit.jupiter.api.Assertions.assertFalse(l.foundIn("бакиев, " + w + " в 2010 году"), w);
    }
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class,
        () -> new Lexicon(List.of("был~"), "test"),
        "too short a stem");
  }
}
