package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule's checked examples ({@link RuleExamples}): an {@code @example} yields its facts
 * through the rule it stands above, an {@code @nearmiss} no fact of the rule's type. Rule files
 * load with their names unique per type, so a duplicate name fails here too.
 */
class RuleExamplesTest {
  @TempDir Path dir;

  @Test
  void everyExampleYieldsItsFactsAndEveryNearMissNone() throws Exception {
    assertFalse(RuleSet.load().examples().isEmpty(), "the rule files hold no examples");
    List<String> failures = RuleExamples.failures(RuleSet.load(), dir);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void aRuleFileCannotUseAnUnknownMacro() {
    IllegalStateException ex =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class,
            () -> RuleSet.expand("S:C {NO_SUCH} O:O", java.util.Map.of(), "MEMBER_OF.rules:3"));
    assertTrue(
        ex.getMessage().contains("MEMBER_OF.rules:3") && ex.getMessage().contains("NO_SUCH"),
        ex.getMessage());
  }
}
