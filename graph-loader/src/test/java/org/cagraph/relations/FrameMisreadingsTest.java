package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frame readings that came from a misparse or a missing object: a state in apposition to a base
 * noun is not the base (the self slot), and a symmetric trigger with an of-object does not pair its
 * coordinated subjects with each other.
 */
class FrameMisreadingsTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aStateInAppositionToABaseIsNotTheBase() throws Exception {
    List<String> f =
        facts("Tajikistan, where Russia keeps its largest foreign base, borders Afghanistan.");
    assertFalse(f.contains("russia HAS_MILITARY_PRESENCE_IN afghanistan"), f.toString());
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void partnersOfAThirdStateAreNoPair() throws Exception {
    assertFalse(
        facts("Uzbekistan and Kazakhstan, both strategic partners of China, signed the deal.")
            .contains("kazakhstan PARTNER_OF uzbekistan"));
    assertTrue(
        facts("Uzbekistan and Kazakhstan are strategic partners.")
            .contains("kazakhstan PARTNER_OF uzbekistan"));
  }
}
