package org.cagraph.actors;

import static org.cagraph.actors.LinkerShapesTest.linkOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * English names as sources spell them, on sentences written for the test: older transliterations of
 * the Central Asian states (Kirghizia, Kazakstan, Tadjikistan, Turkmenia) and British
 * "Co-operation" in organisation names, each with a near miss that must not link.
 */
class EnglishLinkingTest {
  private static Set<String> ids(String... ids) {
    return new TreeSet<>(List.of(ids));
  }

  @Test
  void olderTransliterationsOfTheStatesLinkTheirState() {
    assertEquals(
        ids("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan"),
        linkOne("Kirghizia, Kazakstan, Tadjikistan and Turkmenia signed the text in 1994."));
    assertTrue(
        linkOne("Tadzhikistan and Kirgizstan disputed the valley.")
            .containsAll(ids("tajikistan", "kyrgyzstan")));
    // near miss: a word that only begins like one is no state
    assertFalse(linkOne("The Turkmenian carpet museum opened.").contains("turkmenistan"));
  }

  @Test
  void coOperationWithAHyphenNamesTheOrganisation() {
    Set<String> got =
        linkOne(
            "Iran joined the Shanghai Co-operation Organisation and the Economic Co-operation"
                + " Organisation.");
    assertTrue(got.containsAll(ids("iran", "sco", "eco")), got.toString());
    assertFalse(got.contains("shanghai"), got.toString());
    assertTrue(
        linkOne("The Treaty on Collective Security was signed in 1992.")
            .contains("collective_security_treaty"));
    // near miss: co-operation alone names nothing
    assertEquals(ids(), linkOne("Economic co-operation grew in 1994."));
  }

  @Test
  void namesTypedInCapitalsCountOnlyInCapitals() {
    assertTrue(
        linkOne("The UK imposed sanctions on Russia in 2022, as did the U.K. Treasury.")
            .contains("united_kingdom"));
    // near miss: a British web address names no state
    assertFalse(
        linkOne("The report is at www.chathamhouse.org.uk/central-asia and was read widely.")
            .contains("united_kingdom"));
    assertEquals(ids(), linkOne("Let us talk about trade, he told us."));
    assertEquals(ids(), linkOne("The texts are at europa.eu/news and un.org/en."));
    assertEquals(ids("united_states", "eu", "un"), linkOne("The US, the EU and the UN met."));
  }
}
