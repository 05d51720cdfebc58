package org.cagraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FuzzScaleTest {
  @Test
  void absentOrBlankIsOne() {
    assertEquals(1, FuzzScale.scale(null));
    assertEquals(1, FuzzScale.scale(" "));
  }

  @Test
  void aNumberScales() {
    assertEquals(5, FuzzScale.scale("5"));
    assertEquals(0.5, FuzzScale.scale(" 0.5 "));
  }

  @Test
  void zeroNegativeOrTextNamesTheProperty() {
    for (String bad : new String[] {"0", "-2", "lots", "Infinity", "NaN"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> FuzzScale.scale(bad));
      assertEquals(true, e.getMessage().startsWith("-Dkg.fuzz.scale=" + bad), e.getMessage());
    }
  }
}
