package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * "The five littoral states" are the Caspian's five shores: never the five Central Asian states
 * named before them; a list of the shores still resolves the count.
 */
class CaspianCountTest {
  @Test
  void theLittoralStatesAreNoOtherFive() {
    var added =
        LinkedText.corefAdded(
            "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan met in Astana. The"
                + " convention was signed in Aktau by the five littoral states.\n");
    assertFalse(added.contains("kyrgyzstan"), added.toString());
    assertFalse(added.contains("uzbekistan"), added.toString());
  }

  @Test
  void aListOfTheShoresStillResolves() {
    assertEquals(
        java.util.Set.of("russia", "iran", "azerbaijan", "kazakhstan", "turkmenistan"),
        LinkedText.corefAdded(
            "Russia, Iran, Azerbaijan, Kazakhstan and Turkmenistan border the sea. The five"
                + " littoral states signed a convention in 2018.\n"));
  }
}
