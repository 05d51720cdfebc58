package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Russian subject with an inserted clause after it and two predicates: the second predicate is
 * read in the view without the inserted clause ({@code InsertedClauses.secondPredicates} over each
 * cut of {@code InsertedClauses.russian}). Sentences written for the test.
 */
class RussianInsertedSecondPredicateTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theSecondPredicateReadsPastTheInsertedClause() throws Exception {
    List<String> f =
        facts(
            "Казахстан и Россия, связанные общей границей, в 2012 году вступили в ВТО, а в 2014"
                + " году учредили Евразийский экономический союз.");
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("russia MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void aNegatedSecondPredicateStaysNegated() throws Exception {
    List<String> f =
        facts(
            "Туркмения, граничащая с Ираном, в 1995 году провозгласила нейтралитет и так и не"
                + " вступила в ОДКБ.");
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
  }
}
