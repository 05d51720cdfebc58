package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A membership a state froze is ended, not asserted (ending.lex), in English as in Chinese and
 * Russian; "froze its assets" is no ending of a sanction beside it. Sentences written for the test.
 */
class FrozenMembershipTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aFrozenMembershipIsNoMembership() throws Exception {
    List<String> f = facts("Armenia froze its membership in the CSTO in 2024.");
    assertFalse(f.contains("armenia MEMBER_OF csto"), f.toString());
    List<String> g = facts("Armenia has been a member of the CSTO since 1992.");
    assertTrue(g.contains("armenia MEMBER_OF csto"), g.toString());
  }
}
