package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Considering an actor to be something is a judgement, no plan (Scope.EN_CONSIDERS_ACTOR):
 * considering joining or sending stays modal. Sentences written for the test.
 */
class ConsidersActorTest {
  @TempDir Path dir;

  @Test
  void consideringAStateAnAllyStatesTheAlliance() throws Exception {
    List<String> f =
        Sentences.facts(Sentences.extract(dir, "Russia considers Kazakhstan a strategic ally."));
    assertTrue(f.contains("kazakhstan PARTNER_OF russia"), f.toString());
    f = Sentences.facts(Sentences.extract(dir, "Uzbekistan considers China its key partner."));
    assertTrue(f.contains("china PARTNER_OF uzbekistan"), f.toString());
  }

  @Test
  void consideringAnActIsStillAPlan() throws Exception {
    List<String> f =
        Sentences.facts(
            Sentences.extract(dir, "Kyrgyzstan considered sending troops to Tajikistan."));
    assertFalse(f.contains("kyrgyzstan HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f =
        Sentences.facts(
            Sentences.extract(
                dir, "Uzbekistan is considering joining the Eurasian Economic Union."));
    assertFalse(f.contains("uzbekistan MEMBER_OF eaeu"), f.toString());
    f =
        Sentences.facts(
            Sentences.extract(
                dir, "Uzbekistan considered an application to join the Eurasian Economic Union."));
    assertFalse(f.contains("uzbekistan MEMBER_OF eaeu"), f.toString());
  }
}
