package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An agreement described by its kind whose parties only a reference names (兩國議會批准了邊界劃定協定; the two
 * governments signed a border agreement), read again after coreference; and an English description
 * by kind that opens at its own determiner, never over the count before it. Sentences written for
 * the test, with near misses.
 */
class ReferredPartiesAgreementsTest {
  /** Every actor linked in the last sentence of {@code text}. */
  private static Set<String> lastLinked(String text) {
    List<List<Mention>> all = LinkedText.link(text);
    return all.get(all.size() - 1).stream()
        .map(m -> m.actor().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aKindDescriptionTakesThePartiesAReferenceNames() {
    assertTrue(
        lastLinked("吉爾吉斯與烏茲別克的邊界問題懸宕了三十年。2022年11月，兩國議會先後批准了邊界劃定協定。")
            .contains("kyrgyzstan_uzbekistan_border_agreement"));
    Set<String> en =
        lastLinked(
            "Kyrgyzstan and Uzbekistan quarrelled over their frontier for three decades. In 2022 the"
                + " two governments signed a border agreement.");
    assertTrue(en.containsAll(Set.of("kyrgyzstan", "uzbekistan")), en.toString());
    assertTrue(en.contains("kyrgyzstan_uzbekistan_border_agreement"), en.toString());
  }

  @Test
  void aKindDescriptionWhosePartiesHaveNoSuchAgreementLinksNone() {
    // Russia and Belarus: no border agreement of theirs is known
    assertFalse(
        lastLinked("俄羅斯與白俄羅斯的關係向來密切。2022年，兩國議會先後批准了邊界劃定協定。").stream()
            .anyMatch(id -> id.contains("border")));
    // no kind word: a bare agreement is left to the other readers
    assertFalse(
        lastLinked("吉爾吉斯與烏茲別克的邊界問題懸宕了三十年。2022年11月，兩國議會先後批准了該協定。").stream()
            .anyMatch(id -> id.contains("border_agreement")));
  }

  @Test
  void anEnglishKindDescriptionLeavesTheCountBeforeItToTheReference() {
    // "the three governments signed an intergovernmental agreement": the description is the last
    // determiner's, and the count still names the railway's three states
    assertEquals(
        Set.of("china", "kyrgyzstan", "uzbekistan"),
        LinkedText.corefAdded(
            "Work on the China-Kyrgyzstan-Uzbekistan railway stalled for decades before the three"
                + " governments signed an intergovernmental agreement in Beijing in 2024.\n"));
  }
}
