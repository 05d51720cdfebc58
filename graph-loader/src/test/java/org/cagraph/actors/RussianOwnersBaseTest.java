package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A Russian base noun right after a state's feminine adjective (Российская база, российскую
 * авиабазу) refers back to the base named before, as a bare база does; a word of another base
 * before the adjective, or в and a place after the noun, leave it unlinked. Sentences written for
 * the test.
 */
class RussianOwnersBaseTest {
  @Test
  void aStatesBaseIsTheBaseNamedBefore() {
    assertTrue(
        LinkedText.corefAdded(
                "Авиабаза Кант открылась в 2003 году. Российская база с тех пор не закрывалась.\n")
            .contains("kant_air_base"));
    assertTrue(
        LinkedText.corefAdded(
                "Авиабаза Кант открылась в 2003 году. Москва обещала модернизировать российскую"
                    + " авиабазу к 2025 году.\n")
            .contains("kant_air_base"));
  }

  @Test
  void anotherBaseOrABasePlacedAfterStaysUnlinked() {
    assertFalse(
        LinkedText.corefAdded(
                "Авиабаза Кант открылась в 2003 году. Позже обсуждалась ещё одна российская база.\n")
            .contains("kant_air_base"));
    assertFalse(
        LinkedText.corefAdded(
                "Авиабаза Кант открылась в 2003 году. Российская база в Таджикистане крупнее.\n")
            .contains("kant_air_base"));
    // a kind, not a state: военная база stays a kind of its own
    assertFalse(
        LinkedText.corefAdded(
                "Авиабаза Кант открылась в 2003 году. Военная база требует больших расходов.\n")
            .contains("kant_air_base"));
  }
}
