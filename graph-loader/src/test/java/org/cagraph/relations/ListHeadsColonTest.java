package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A colon list whose head stands earlier in its clause, with the clause's object between the head
 * and the colon ({@link ListHeads}): the list stands in the head's place. No CoreNLP.
 */
class ListHeadsColonTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aColonListAfterTheObjectStandsForTheHeadBeforeIt() throws Exception {
    List<String> f =
        facts(
            "Seven states took part in the Peace Mission exercise: Russia, China and Kazakhstan.");
    assertTrue(f.contains("russia PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("kazakhstan PARTICIPATES_IN peace_mission"), f.toString());
    f = facts("В 1994 году три государства вступили в ОДКБ: Азербайджан, Грузия и Белоруссия.");
    assertTrue(f.contains("georgia MEMBER_OF csto"), f.toString());
    assertTrue(f.contains("belarus MEMBER_OF csto"), f.toString());
  }

  @Test
  void aNegatedClauseGivesItsListNothing() throws Exception {
    // near miss: the clause the list stands in is negated
    List<String> f =
        facts("Two states did not take part in the Peace Mission exercise: China and Kazakhstan.");
    assertFalse(f.contains("kazakhstan PARTICIPATES_IN peace_mission"), f.toString());
  }
}
