package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name glued to "non-" (the non-SCO state, non-NATO allies) is not linked (Linker.nonPrefixed):
 * the actor is what the thing is not. Sentences written for the test.
 */
class NonPrefixTest {
  @TempDir Path dir;

  @Test
  void aNonBlocStateIsNoPartOfTheBloc() throws Exception {
    List<String> f =
        Sentences.facts(
            Sentences.extract(
                dir,
                "Mongolia was the only non-SCO state to take part in the Vostok-2018 exercise."));
    assertFalse(f.contains("sco PARTICIPATES_IN vostok_2018"), f.toString());
  }

  @Test
  void theOtherActorsAreStillRead() throws Exception {
    List<String> f =
        Sentences.facts(
            Sentences.extract(
                dir, "Kazakhstan, a non-NATO state, took part in the Steppe Eagle exercise."));
    assertTrue(f.contains("kazakhstan PARTICIPATES_IN steppe_eagle"), f.toString());
    assertFalse(f.contains("nato PARTICIPATES_IN steppe_eagle"), f.toString());
  }
}
