package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * English "the base" and "this base" after a preposition refer back to the last base the paragraph
 * named (a facility whose name ends in base), as 該基地 and база do; a subject "the base" and one
 * before its own of stay unlinked. Sentences written for the test.
 */
class EnglishBareBaseTest {
  @Test
  void theBaseAfterAPrepositionIsTheBaseNamedBefore() {
    assertEquals(
        Set.of("kant_air_base"),
        LinkedText.corefAdded(
            "Russia opened the Kant air base near Bishkek in 2003. About five hundred Russian"
                + " airmen serve at the base today.\n"));
    assertEquals(
        Set.of("kant_air_base"),
        LinkedText.corefAdded(
            "Russia opened the Kant air base near Bishkek in 2003. New helicopters were flown to"
                + " this base in 2021.\n"));
  }

  @Test
  void aSubjectBaseOrNoBaseNamedStaysUnlinked() {
    // a subject: a sentence about the base's history
    assertFalse(
        LinkedText.corefAdded(
                "Russia opened the Kant air base near Bishkek in 2003. The base passed to a joint"
                    + " command in 2012.\n")
            .contains("kant_air_base"));
    // its own of: a description of its own
    assertFalse(
        LinkedText.corefAdded(
                "Russia opened the Kant air base near Bishkek in 2003. Troops gathered at the base"
                    + " of the mountains.\n")
            .contains("kant_air_base"));
    // no base named in the paragraph
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Kyrgyzstan joined the Eurasian Economic Union in 2015. Troops returned to the base in"
                + " May.\n"));
  }

  @Test
  void aBaseAnchoredToAnotherSiteIsNotTheOneNamedBefore() {
    // a facility named right after at: the noun is that facility's
    assertFalse(
        LinkedText.corefAdded(
                "India used the Ayni air base for years. The airfield at Manas was leased to the"
                    + " United States.\n")
            .contains("ayni_air_base"));
    // a place in another state than the antecedent's
    assertFalse(
        LinkedText.corefAdded(
                "German troops used the Termez air base until 2015. Russian troops remain at the"
                    + " base in Gyumri, Armenia.\n")
            .contains("termez_air_base"));
    // a place in the antecedent's own state still refers back
    assertEquals(
        Set.of("kant_air_base"),
        LinkedText.corefAdded(
            "Russia opened the Kant air base in 2003. About five hundred Russian airmen serve at"
                + " the base in Kyrgyzstan.\n"));
  }
}
