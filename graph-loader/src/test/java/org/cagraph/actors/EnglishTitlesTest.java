package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An English person named once is kept when a title stands with the name, before it or after. */
class EnglishTitlesTest {
  @Test
  void aTitleBeforeOrInAppositionAfterMakesAPersonInOffice() {
    assertTrue(Discovery.englishTitled("Turkmen Foreign Minister ", " said on Monday."));
    assertTrue(Discovery.englishTitled("the SCO's Secretary-General ", ", who"));
    assertTrue(Discovery.englishTitled("In Baku, ", ", Azerbaijan's president, said"));
    assertTrue(Discovery.englishTitled("", ", the prime minister of Kyrgyzstan,"));
  }

  @Test
  void aNameWithoutATitleIsNot() {
    assertFalse(Discovery.englishTitled("a book by ", " argues that"));
    assertFalse(Discovery.englishTitled("", ", who studied in Moscow, wrote"));
    assertFalse(Discovery.englishTitled("the president's son ", " never held office."));
  }
}
