package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short aside of a claim right after the trigger's clause, with more of the sentence after it (…,
 * утверждают некоторые эксперты, однако…; …, critics claim, but…), attributes that clause as a
 * sentence-final one does: the relation is reported, not asserted. A claim that introduces the
 * clause after it (…, эксперты утверждают, что…) leaves the clause before it alone.
 */
class AttributedAsideTest {
  @TempDir Path dir;

  @Test
  void aShortClaimAsideAfterTheClauseAttributesIt() throws Exception {
    assertEquals(
        List.of(),
        Sentences.facts(
            Sentences.extract(
                dir,
                "Индия арендует у Таджикистана авиабазу Айни, утверждают некоторые эксперты, однако"
                    + " официально это не подтверждено.")));
    assertEquals(
        List.of(),
        Sentences.facts(
            Sentences.extract(
                dir,
                "India leases the Ayni air base from Tajikistan, some experts claimed, but officials"
                    + " never confirmed it.")));
  }

  @Test
  void aClaimIntroducingTheNextClauseLeavesThisOneStated() throws Exception {
    assertEquals(
        List.of("india LEASES ayni_air_base"),
        Sentences.facts(
            Sentences.extract(
                dir,
                "Индия арендует у Таджикистана авиабазу Айни, но эксперты утверждают, что это"
                    + " временно.")));
  }
}
