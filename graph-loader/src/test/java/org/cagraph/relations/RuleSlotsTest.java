package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A rule is tried only on sentences whose actors can fill its slots. */
class RuleSlotsTest {
  private static Rule rule(Map<Character, String> slots) {
    return new Rule(
        "SIGNED",
        "t",
        0.9,
        null,
        Pattern.compile("x"),
        "x",
        false,
        false,
        slots,
        false,
        false,
        false,
        null,
        false,
        false);
  }

  private static boolean[] present(char... codes) {
    boolean[] p = new boolean[128];
    for (char c : codes) {
      p[c] = true;
    }
    return p;
  }

  @Test
  void everySlotNeedsAnActorOfOneOfItsTypes() {
    Rule signed = rule(Map.of('S', "CO", 'O', "A"));
    assertTrue(signed.slotsFillable(present('C', 'A')));
    assertTrue(signed.slotsFillable(present('O', 'A', 'P')));
    assertFalse(signed.slotsFillable(present('C', 'O')), "no agreement in the sentence");
    assertFalse(signed.slotsFillable(present('A')), "no state or organisation to sign it");
  }

  @Test
  void anySlotTakesAnyActor() {
    assertTrue(rule(Map.of('S', "*", 'O', "A")).slotsFillable(present('A')));
    assertTrue(rule(Map.of('P', "C")).slotsFillable(present('C')));
  }

  @Test
  void aSpaceInsideAGroupIsAnErrorNamingTheRule() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                RuleSet.compile(
                    "MEMBER_OF",
                    "t",
                    0.9,
                    "-",
                    "S:C (joined the|entered) O:O",
                    "MEMBER_OF.rules:7"));
    assertTrue(e.getMessage().startsWith("MEMBER_OF.rules:7: '(joined'"), e.getMessage());
    assertTrue(e.getMessage().contains("write _ for a space"), e.getMessage());
    RuleSet.compile("MEMBER_OF", "t", 0.9, "-", "S:C (joined_the|entered) O:O", "x");
  }

  @Test
  void bracketsInClassesAndEscapesNeedNoPartner() {
    assertTrue(RuleSet.balanced("[(（]?(加入|加盟)"));
    assertTrue(RuleSet.balanced("\\(x"));
    assertFalse(RuleSet.balanced("(a|b"));
    assertFalse(RuleSet.balanced("b)"));
  }
}
