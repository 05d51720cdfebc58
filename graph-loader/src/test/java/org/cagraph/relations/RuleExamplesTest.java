package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule's checked examples: an {@code @example} sentence must yield its facts, at least one of them through the
 * rule it stands above, and an {@code @nearmiss} must yield no fact of the rule's type. Rule files load with their
 * names unique per type, so a duplicate name fails here too.
 */
class RuleExamplesTest {
  @TempDir
  Path dir;

  @Test
  void everyExampleYieldsItsFactsAndEveryNearMissNone() throws Exception {
    List<RuleSet.Example> examples = RuleSet.load().examples();
    assertFalse(examples.isEmpty(), "the rule files hold no examples");
    List<String> failures = new ArrayList<>();
    for (RuleSet.Example e : examples) {
      List<Statement> st = Sentences.extract(dir, e.sentence());
      List<String> facts = Sentences.facts(st);
      if (e.nearMiss()) {
        st.stream().filter(s -> s.asserted() && s.predicate().equals(e.type())).forEach(s -> failures.add(e.where()
            + " " + e.rule() + ": near miss yields " + s.subject() + " " + s.predicate() + " " + s.object()));
        continue;
      }
      for (String f : e.facts()) {
        if (!facts.contains(f)) {
          failures.add(e.where() + " " + e.rule() + ": '" + e.sentence() + "' does not yield " + f + " (yields " + facts
              + ")");
        }
      }
      boolean byRule = st.stream().anyMatch(s -> s.asserted() && s.rule().equals(e.rule())
          && e.facts().contains(s.subject() + " " + s.predicate() + " " + s.object()));
      if (!byRule) {
        failures.add(e.where() + " " + e.rule() + ": its example is read by other rules, not by " + e.rule());
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void aRuleFileCannotUseAnUnknownMacro() {
    IllegalStateException ex = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> RuleSet.expand("S:C {NO_SUCH} O:O", java.util.Map.of(), "MEMBER_OF.rules:3"));
    assertTrue(ex.getMessage().contains("MEMBER_OF.rules:3") && ex.getMessage().contains("NO_SUCH"), ex.getMessage());
  }
}
