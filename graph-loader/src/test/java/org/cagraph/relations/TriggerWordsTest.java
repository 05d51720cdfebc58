package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The trigger prefilter finds exactly what the trigger's regex finds, only cheaper. */
class TriggerWordsTest {

  @Test
  void alternationsOfWordsAndStemsAreReadAsWords() {
    assertEquals(List.of("加入", "加盟"), TriggerWords.plainWords("(加入|加盟)"));
    assertEquals(List.of("вступ", "join"), TriggerWords.plainWords("(вступ\\p{L}*|join)"));
    assertEquals(List.of("put forward"), TriggerWords.plainWords("put forward"));
  }

  @Test
  void anythingElseKeepsItsRegex() {
    assertNull(TriggerWords.plainWords("(партн[её]рств\\p{L}*|союз)"));
    assertNull(TriggerWords.plainWords("((成为|为)|被视为)"));
    assertNull(TriggerWords.plainWords("(a|b)(c|d)"));
    assertNull(TriggerWords.plainWords("(a||b)"));
    assertFalse(new TriggerWords("(a|b)(c|d)").plain());
  }

  @Test
  void findsWhatTheRegexFinds() {
    List<String> triggers =
        List.of(
            "(加入|加盟|入盟)",
            "(вступ\\p{L}*|присоедин\\p{L}*)",
            "(joined|accede\\p{L}*)",
            "(партн[её]рств\\p{L}*|союз)",
            "(a|b)(c|d)");
    List<String> texts =
        List.of(
            "哈萨克加入了组织",
            "哈萨克退出了组织",
            "казахстан вступил в одкб",
            "казахстан вышел из одкб",
            "kazakhstan joined the sco",
            "kazakhstan acceded",
            "kazakhstan accede",
            "стратегическое партнёрство",
            "bd",
            "");
    for (String t : triggers) {
      TriggerWords words = new TriggerWords(t);
      for (String text : texts) {
        assertEquals(
            Pattern.compile(t).matcher(text).find(), words.in(text), t + " in '" + text + "'");
      }
    }
    assertTrue(new TriggerWords("(вступ\\p{L}*|x)").in("вступил"));
  }
}
