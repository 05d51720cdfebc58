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

  @Test
  void aRuleFileNamesItsGuardsAndNeverWritesTheEnginesRawRegex() {
    for (String[] raw :
        new String[][] {
          {"(?<!與|和) S:C 加入 O:O", "NOTAFTER("},
          {"S:C 加入 O:O (?!的)", "NOTBEFORE("},
          {"S:C (?:\\ue000(?i:c+)#\\d+\\ue001)? 加入 O:O", "{ACTOR}"}
        }) {
      IllegalStateException ex =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalStateException.class,
              () -> RuleSet.expand(raw[0], java.util.Map.of(), "MEMBER_OF.rules:7"));
      assertTrue(
          ex.getMessage().startsWith("MEMBER_OF.rules:7: ") && ex.getMessage().contains(raw[1]),
          ex.getMessage());
    }
  }

  @Test
  void aGuardGluedToTheWordBeforeItIsAnErrorNotText() {
    IllegalStateException ex =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class,
            () ->
                RuleSet.expand(
                    "S:C exercises_withBEFORE(_troops) O:C", java.util.Map.of(), "PI.rules:9"));
    assertTrue(
        ex.getMessage().startsWith("PI.rules:9: 'withBEFORE('")
            && ex.getMessage().contains("(?:with)BEFORE("),
        ex.getMessage());
    assertTrue(
        RuleSet.expand("S:C (?:with)BEFORE(_troops) NOTAFTER(a) O:C", java.util.Map.of(), "t")
            .contains("(?=_troops)"),
        "after a bracket or a space the guard is read");
  }

  @Test
  void theEnginesNamesReadActorsAndGuards() {
    java.util.regex.Pattern p =
        java.util.regex.Pattern.compile(
            RuleSet.expand(
                "NOTAFTER(与|和){ACTOR:C}加入{ACTOR:O}NOTBEFORE(的)", java.util.Map.of(), "t"));
    String kz = RuleSet.OPEN + "C#1" + RuleSet.CLOSE;
    String sco = RuleSet.OPEN + "O#2" + RuleSet.CLOSE;
    String bri = RuleSet.OPEN + "I#3" + RuleSet.CLOSE;
    assertTrue(p.matcher(kz + "加入" + sco).find(), "a country joins an organisation");
    assertFalse(p.matcher("和" + kz + "加入" + sco).find(), "NOTAFTER(和) keeps the subject off");
    assertFalse(p.matcher(kz + "加入" + sco + "的").find(), "NOTBEFORE(的) keeps 的 off");
    assertFalse(p.matcher(kz + "加入" + bri).find(), "{ACTOR:O} reads no initiative");
    java.util.regex.Pattern words =
        java.util.regex.Pattern.compile(RuleSet.expand("{ACTOR:A~伙伴|同盟}", java.util.Map.of(), "t"));
    assertTrue(words.matcher(RuleSet.OPEN + "A#4~战略伙伴条约" + RuleSet.CLOSE).find());
    assertFalse(words.matcher(RuleSet.OPEN + "A#4~边界条约" + RuleSet.CLOSE).find());
    assertTrue(
        java.util.regex.Pattern.compile(
                RuleSet.expand("[^{ACTOR_MARKS}，]+", java.util.Map.of(), "t"))
            .matcher("加入")
            .matches());
  }
}
