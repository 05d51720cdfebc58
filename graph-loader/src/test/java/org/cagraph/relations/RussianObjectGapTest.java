package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Russian second clause after ", а" that keeps only a new object after the first clause's
 * preposition and leaves the rest out for a dash (Узбекистан вышел из ЕврАзЭС в 2008 году, а из
 * ОДКБ — в 2012 году): the subject and verb of the first clause take the new object ({@code
 * InsertedClauses.objectGaps}). Sentences written for the test.
 */
class RussianObjectGapTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aGappedClauseWithTheSamePrepositionTakesTheFirstVerb() throws Exception {
    List<String> f = facts("Узбекистан вышел из ГУАМ в 2005 году, а из ОДКБ — в 2012 году.");
    assertTrue(f.contains("uzbekistan WITHDREW_FROM guam"), f.toString());
    assertTrue(f.contains("uzbekistan WITHDREW_FROM csto"), f.toString());
  }

  @Test
  void aMembershipGappedTheSameWay() throws Exception {
    List<String> f = facts("Армения вступила в ОДКБ в 1992 году, а в ЕАЭС — в 2015 году.");
    assertTrue(f.contains("armenia MEMBER_OF csto"), f.toString());
    assertTrue(f.contains("armenia MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void anotherPrepositionOrNoDashIsNoGap() throws Exception {
    List<String> f = facts("Узбекистан вышел из ГУАМ в 2005 году, а в ОДКБ — кризис.");
    assertFalse(f.contains("uzbekistan WITHDREW_FROM csto"), f.toString());
    assertFalse(f.contains("uzbekistan MEMBER_OF csto"), f.toString());
    List<String> g = facts("Узбекистан вышел из ГУАМ в 2005 году, а из ОДКБ ушли другие страны.");
    assertFalse(g.contains("uzbekistan WITHDREW_FROM csto"), g.toString());
  }

  @Test
  void aNegatedFirstClauseStaysNegated() throws Exception {
    List<String> f = facts("Туркмения не вступила в ОДКБ, а в ЕАЭС — тем более.");
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
    assertFalse(f.contains("turkmenistan MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void aGapThatDeniesTheActOrNamesAnotherActorReadsNothing() throws Exception {
    List<String> f = facts("Туркмения граничит с Ираном, а с Китаем — нет.");
    assertTrue(
        f.contains("iran BORDERS turkmenistan") || f.contains("turkmenistan BORDERS iran"),
        f.toString());
    assertFalse(
        f.stream().anyMatch(x -> x.contains("china") && x.contains("BORDERS")), f.toString());
    List<String> g = facts("Россия ввела санкции против Ирана, а против Китая — нет.");
    assertFalse(g.contains("russia SANCTIONS china"), g.toString());
    List<String> h = facts("США ввели санкции против Ирана, а против Белоруссии — Евросоюз.");
    assertFalse(h.contains("united_states SANCTIONS belarus"), h.toString());
  }
}
