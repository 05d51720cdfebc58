package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Troops sent with no place said are in the state the sentences before named last (the linker's
 * Destinations, the rules en_contingents_with, en_troops_moved and zh_units_sent); no CoreNLP.
 */
class DestinationsTest {
  @TempDir Path dir;

  private List<String> read(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void troopsFlownInAreInTheStateNamedBefore() throws Exception {
    List<String> f =
        read(
            "Riots broke out in Azerbaijan in 2030. Within days some 900 troops, most of them"
                + " Turkish soldiers, were flown in, with smaller contingents from Pakistan and"
                + " Georgia.");
    assertTrue(f.contains("pakistan HAS_MILITARY_PRESENCE_IN azerbaijan"), f.toString());
    assertTrue(f.contains("georgia HAS_MILITARY_PRESENCE_IN azerbaijan"), f.toString());
    f = read("亞塞拜然爆發騷亂，總統請求集安組織協助。巴基斯坦與喬治亞也派出了小規模分隊。");
    assertTrue(f.contains("pakistan HAS_MILITARY_PRESENCE_IN azerbaijan"), f.toString());
    assertTrue(f.contains("georgia HAS_MILITARY_PRESENCE_IN azerbaijan"), f.toString());
  }

  @Test
  void aidFlownInOrUnitsSentToAnExerciseAreNoPresence() throws Exception {
    // near misses: no troops flown in; a place the clause names; an exercise; a state named
    // only as an adjective before
    assertFalse(
        read("Riots broke out in Azerbaijan in 2030. Within days aid was flown in, with smaller"
                + " shipments from Pakistan.")
            .contains("pakistan HAS_MILITARY_PRESENCE_IN azerbaijan"));
    assertFalse(
        read("亞塞拜然爆發騷亂。巴基斯坦也派出了小規模分隊參加演習。")
            .contains("pakistan HAS_MILITARY_PRESENCE_IN azerbaijan"));
    assertFalse(
        read("Azerbaijani officials met in Baku in 2030. Within days Turkish troops were flown"
                + " in.")
            .contains("turkey HAS_MILITARY_PRESENCE_IN azerbaijan"));
  }
}
