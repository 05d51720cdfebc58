package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A border named by two states' adjectives (the Tajik-Afghan border): a third state's troops on it
 * are in the first end; the second end's own guards are no presence in the first.
 */
class BorderEndPresenceTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theSecondEndsOwnGuardsAreNoPresenceInTheFirst() throws Exception {
    List<String> f = facts("Afghan border guards were guarding the Tajik-Afghan border.");
    assertFalse(f.contains("afghanistan HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f = facts("Chinese troops guarded the Kyrgyz-Chinese border.");
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN kyrgyzstan"), f.toString());
  }

  @Test
  void aThirdStatesTroopsAreStillInTheFirstEnd() throws Exception {
    List<String> f = facts("Russian border guards were guarding the Tajik-Afghan border.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }
}
