package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule's role capture (&lt;role:aid|grants|…&gt;) starts a word, as its trigger does: after a gap
 * it does not match inside a longer word (the grants of migrants). Sentences written for the test.
 */
class RoleWordStartTest {
  @TempDir Path dir;

  @Test
  void migrantsAreNoGrants() throws Exception {
    List<String> f =
        Sentences.facts(Sentences.extract(dir, "Tajikistan sends most of its migrants to Russia."));
    assertFalse(f.contains("tajikistan AIDS russia"), f.toString());
    f =
        Sentences.facts(
            Sentences.extract(dir, "Remittances from migrants to Russia from Tajikistan fell."));
    assertFalse(f.contains("tajikistan AIDS russia"), f.toString());
  }

  @Test
  void aWholeRoleWordIsStillRead() throws Exception {
    List<String> f =
        Sentences.facts(
            Sentences.extract(dir, "Russia sent 300 million dollars in grants to Kyrgyzstan."));
    assertTrue(f.contains("russia AIDS kyrgyzstan"), f.toString());
    f = Sentences.facts(Sentences.extract(dir, "Grants to Kyrgyzstan from Russia rose in 2015."));
    assertTrue(f.contains("russia AIDS kyrgyzstan"), f.toString());
  }
}
