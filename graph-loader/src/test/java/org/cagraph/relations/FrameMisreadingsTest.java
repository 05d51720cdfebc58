package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frame readings that came from a misparse or a missing object: a state in apposition to a base
 * noun is not the base (the self slot).
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
}
