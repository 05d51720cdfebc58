package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "X and his Kazakh counterpart Y signed …" ({@link Counterparts}): the first leader signs and
 * attends what his counterpart does; a title or anything else said of the counterpart alone stays
 * his. Sentences written for the test.
 */
class CounterpartsTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theFirstLeaderSignsAndAttendsWithHisCounterpart() throws Exception {
    List<String> f =
        facts(
            "Kazakh President Kassym-Jomart Tokayev and his Uzbek counterpart Shavkat Mirziyoyev signed a treaty on allied relations in 2021.");
    assertTrue(
        f.contains("shavkat_mirziyoyev SIGNED kazakhstan_uzbekistan_treaty_on_allied_relations"),
        f.toString());
    assertTrue(
        f.contains("kassym_jomart_tokayev SIGNED kazakhstan_uzbekistan_treaty_on_allied_relations"),
        f.toString());
    // the counterpart's title is his own state's, not the first leader's
    assertTrue(f.contains("shavkat_mirziyoyev HEAD_OF uzbekistan"), f.toString());
    assertFalse(f.contains("kassym_jomart_tokayev HEAD_OF uzbekistan"), f.toString());
    assertFalse(f.contains("shavkat_mirziyoyev HEAD_OF kazakhstan"), f.toString());
  }

  @Test
  void withoutTheCounterpartWordTheTwoAreNotOneSubject() throws Exception {
    List<String> f =
        facts(
            "Kazakh President Kassym-Jomart Tokayev met his Uzbek guests, and Shavkat Mirziyoyev signed a treaty on allied relations in 2021.");
    assertFalse(
        f.stream().anyMatch(x -> x.startsWith("kassym_jomart_tokayev SIGNED")), f.toString());
  }

  @Test
  void russianNewsWritesItTheSameWay() throws Exception {
    List<String> f =
        facts(
            "Президент Узбекистана Шавкат Мирзиёев и его казахстанский коллега Касым-Жомарт Токаев приняли участие в саммите ШОС.");
    List<String> tokayev =
        f.stream().filter(x -> x.startsWith("kassym_jomart_tokayev PARTICIPATES_IN ")).toList();
    assertFalse(tokayev.isEmpty(), f.toString());
    for (String t : tokayev) {
      String shared = t.replace("kassym_jomart_tokayev", "shavkat_mirziyoyev");
      assertTrue(f.contains(shared), f.toString());
    }
  }

  @Test
  void anAsideOrAnotherClauseAboutTheCounterpartAloneIsNotShared() throws Exception {
    List<String> f =
        facts(
            "Uzbek President Shavkat Mirziyoyev and his Kazakh counterpart Kassym-Jomart Tokayev met in Tashkent, a week after Tokayev attended the SCO summit.");
    assertFalse(
        f.stream().anyMatch(x -> x.startsWith("shavkat_mirziyoyev PARTICIPATES_IN")), f.toString());
    List<String> g =
        facts(
            "Президент Узбекистана Шавкат Мирзиёев и его казахстанский коллега Касым-Жомарт Токаев, принявший участие в саммите ШОС, встретились в Ташкенте.");
    assertFalse(
        g.stream().anyMatch(x -> x.startsWith("shavkat_mirziyoyev PARTICIPATES_IN")), g.toString());
  }
}
