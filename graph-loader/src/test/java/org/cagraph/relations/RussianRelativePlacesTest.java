package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Russian relative clause opened by с которой, с которым (RelativeClauses.earlierPlaces): the
 * preposition and the antecedent are read right after each word of the clause as well as at its
 * end, so that a clause that goes on after the complement's noun (в конфликте … из-за Карабаха)
 * still reads it; the clause's own negation and modality still reach it.
 */
class RussianRelativePlacesTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theComplementIsReadBeforeTheRestOfTheClause() throws Exception {
    List<String> f =
        facts(
            "Армения, с которой Азербайджан с 1990-х годов находится в конфликте из-за Карабаха,"
                + " вступила в ОДКБ.");
    assertTrue(f.contains("armenia ADVERSARY_OF azerbaijan"), f.toString());
    f =
        facts(
            "Россия, с которой Ташкент связан договором о стратегическом партнёрстве, поставляет"
                + " оружие.");
    assertTrue(
        f.contains("russia SIGNED russia_uzbekistan_strategic_partnership_treaty"), f.toString());
  }

  @Test
  void theClausesOwnNegationAndPlanStillReachIt() throws Exception {
    List<String> f =
        facts(
            "Армения, с которой Азербайджан не находится в конфликте из-за Карабаха, вступила в"
                + " ОДКБ.");
    assertFalse(f.contains("armenia ADVERSARY_OF azerbaijan"), f.toString());
    f =
        facts(
            "Армения, с которой Азербайджан может оказаться в конфликте из-за Карабаха, вступила в"
                + " ОДКБ.");
    assertFalse(f.contains("armenia ADVERSARY_OF azerbaijan"), f.toString());
  }

  @Test
  void aClauseAgainstAThirdPartyReadsItsWithAsAlongside() throws Exception {
    // near miss: с is "alongside" when the clause acts against someone else
    List<String> f =
        facts("Турция, с которой Азербайджан воевал против Армении, поставила ему беспилотники.");
    assertFalse(f.contains("azerbaijan ADVERSARY_OF turkey"), f.toString());
  }
}
