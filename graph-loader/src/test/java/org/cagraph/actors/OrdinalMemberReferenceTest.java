package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The organisation with an ordinal member count (its ninth member) is not one the data file never
 * gives that many members.
 */
class OrdinalMemberReferenceTest {
  @Test
  void aCountTheBodyNeverHadLinksNothing() {
    assertFalse(
        LinkedText.corefAdded(
                "The CSTO held a summit in Minsk. Iran then became the organisation's ninth member.\n")
            .contains("csto"));
    assertFalse(
        LinkedText.corefAdded(
                "ОДКБ провела саммит в Минске. Иран стал девятым членом организации.\n")
            .contains("csto"));
    assertFalse(LinkedText.corefAdded("集體安全條約組織在明斯克舉行峰會。伊朗成為該組織第九個成員國。\n").contains("csto"));
  }

  @Test
  void aCountTheBodyHadStillLinksIt() {
    // near misses of the above: the SCO had nine members
    assertEquals(
        Set.of("sco"),
        LinkedText.corefAdded(
            "The SCO held a summit in Astana. Iran then became the organisation's ninth member.\n"));
    assertEquals(
        Set.of("sco"),
        LinkedText.corefAdded(
            "ШОС провела саммит в Астане. Иран стал девятым членом организации.\n"));
  }
}
