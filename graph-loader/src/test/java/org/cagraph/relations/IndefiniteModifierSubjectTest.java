package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An actor right after a or an (a Russian air base) modifies a noun of the object phrase: it is no
 * subject of a predicate coordinated after it (EN_SUBJ in macros.rules); the clause's own subject
 * is.
 */
class IndefiniteModifierSubjectTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aDemonymInsideAnIndefiniteObjectIsNoSubject() throws Exception {
    List<String> f = facts("Kyrgyzstan hosts a Russian air base and is a member of the CSTO.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN kyrgyzstan"), f.toString());
    assertFalse(f.contains("russia MEMBER_OF csto"), f.toString());
  }
}
