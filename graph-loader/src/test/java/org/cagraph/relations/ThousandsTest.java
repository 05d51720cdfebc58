package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comma inside a number (7,000) is no clause mark for the rules' gaps. Sentences written for the
 * test.
 */
class ThousandsTest {
  @TempDir Path dir;

  @Test
  void aHostOfSomeThousandTroops() throws Exception {
    List<String> f =
        Sentences.facts(Sentences.extract(dir, "Armenia hosts about 3,000 Russian troops."));
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN armenia"), f.toString());
  }

  @Test
  void aListAfterACommaStillEndsAtIt() throws Exception {
    List<String> f =
        Sentences.facts(
            Sentences.extract(dir, "Armenia hosts 3,000 troops, and Russia kept its embassy."));
    assertTrue(!f.contains("russia HAS_MILITARY_PRESENCE_IN armenia"), f.toString());
  }
}
