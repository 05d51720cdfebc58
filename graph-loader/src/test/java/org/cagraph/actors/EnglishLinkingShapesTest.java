package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * English linking shapes of news prose, each with sentences written for the test and a near miss: a
 * counted group word with a state modifier after its count, a pair word after a sentence in which
 * two leaders met, a bloc word that passes over a body of an organisation, and a lower-case head
 * that ends a discovered name.
 */
class EnglishLinkingShapesTest {
  private static final Set<String> FIVE =
      Set.of("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan");

  /** The actor ids linked in the last sentence of {@code text} by {@code method}. */
  private static Set<String> by(String method, String text) {
    return LinkedText.linkedBy(method, text);
  }

  @Test
  void aStateModifierAfterTheCountKeepsTheGroup() {
    assertEquals(
        FIVE,
        by("group", "The five former Soviet republics of Central Asia joined the OSCE in 1992."));
    assertEquals(
        FIVE, by("group", "The five post-Soviet Central Asian states meet the US in one format."));
    assertEquals(
        FIVE, by("group", "Ministers of the five landlocked Central Asian countries met in Baku."));
    // near miss: a modifier outside the list is no group word of the five
    assertEquals(Set.of(), by("group", "The five largest Central Asian companies met in Almaty."));
    assertEquals(List.of(), Linker.modifiedCounts("Central Asia"));
  }

  @Test
  void aPairAfterTwoLeadersMetIsTheirStates() {
    String earlier = "Kyrgyzstan and Uzbekistan opened a new crossing in May. ";
    assertEquals(
        Set.of("kazakhstan", "russia"),
        LinkedText.corefAdded(
            earlier
                + "Putin and Tokayev held talks in Moscow in November. The two sides signed a"
                + " border treaty.\n"));
    assertEquals(
        Set.of("china", "kazakhstan", "kassym_jomart_tokayev", "xi_jinping"),
        LinkedText.corefAdded(
            earlier
                + "Kazakh President Kassym-Jomart Tokayev met Xi Jinping in Astana. The two leaders"
                + " agreed to deepen the partnership between the two countries.\n"));
    // near miss: the sentence before names a third state, so the leaders alone do not say the pair
    assertEquals(
        Set.of("kyrgyzstan", "uzbekistan"),
        LinkedText.corefAdded(
            earlier
                + "Putin and Tokayev discussed Kyrgyzstan and Uzbekistan in Moscow. The two"
                + " countries were not represented.\n"));
  }

  @Test
  void aBlocWordPassesOverABodyOfAnOrganisation() {
    assertEquals(
        Set.of("csto"),
        LinkedText.corefAdded(
            "The CSTO met in Moscow. The SCO Regional Anti-Terrorist Structure sits in Tashkent."
                + " The Russian-led military alliance held its drills in Belarus.\n"));
    assertEquals(
        Set.of("csto"),
        LinkedText.corefAdded(
            "The CSTO met in Moscow. The SCO Regional Anti-Terrorist Structure sits in Tashkent."
                + " The alliance held its drills in Belarus.\n"));
    // near miss: "the structure" is no bloc word and is left alone
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "The CSTO met in Moscow. The SCO Regional Anti-Terrorist Structure sits in Tashkent."
                + " The structure held its drills in Belarus.\n"));
  }

  @Test
  void aLowerCaseHeadEndsTheName() {
    String text =
        "Lukoil runs a plant in the Bukhara region of Uzbekistan and the Kandym gas fields.";
    boolean[] claimed = new boolean[text.length()];
    int at = text.indexOf("Uzbekistan");
    java.util.Arrays.fill(claimed, at, at + "Uzbekistan".length(), true);
    assertEquals(
        List.of("Bukhara region/Place", "Kandym gas fields/Facility"),
        Discovery.typedNames(text, claimed, List.of()).stream()
            .map(t -> text.substring(t.begin(), t.end()) + "/" + t.label())
            .toList());
    // near miss: a capitalised head keeps its topic
    String bank = "Tajikistan borrowed from the Development Bank of Kazakhstan.";
    assertEquals(
        List.of("Development Bank of Kazakhstan/Organization"),
        Discovery.typedNames(bank, new boolean[bank.length()], List.of()).stream()
            .map(t -> bank.substring(t.begin(), t.end()) + "/" + t.label())
            .toList());
  }
}
