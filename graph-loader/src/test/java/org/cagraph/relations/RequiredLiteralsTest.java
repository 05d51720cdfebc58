package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The strings a rule's pattern cannot match without: a sentence holding none of them is not
 * searched, so they must be in every match (never a sentence skipped that the rule reads).
 */
class RequiredLiteralsTest {

  @Test
  void plainRunsAndAlternationsAreRequired() {
    assertEquals(List.of("signed the "), RequiredLiterals.of("signed the \\d+"));
    assertEquals(List.of("加入", "加盟"), RequiredLiterals.of("(?:加入|加盟)"));
    // a stem keeps its fixed part; the longer of two required runs is kept
    assertEquals(
        List.of("вступ", "присоедин"), RequiredLiterals.of("(вступ\\p{L}*|присоедин\\p{L}*)"));
    assertEquals(List.of("a treaty on "), RequiredLiterals.of("a treaty on [a-z]+ with"));
    assertEquals(List.of("?x"), RequiredLiterals.of("\\x3fx"));
  }

  @Test
  void optionalRepeatedAndLookaroundPartsGiveNone() {
    assertEquals(List.of("joined"), RequiredLiterals.of("(?:former )?joined"));
    assertEquals(List.of("joined"), RequiredLiterals.of("(?<!not )joined(?! by)"));
    assertEquals(List.of("join"), RequiredLiterals.of("joine?"));
    assertEquals(List.of("ab"), RequiredLiterals.of("(?:x|)ab"));
    assertNull(RequiredLiterals.of("(?:x|\\d)"));
    assertNull(RequiredLiterals.of("[abc]+"));
    assertNull(RequiredLiterals.of("(?i)joined"));
    assertNull(RequiredLiterals.of("(?i:joined)"));
    assertNull(RequiredLiterals.of("(a)\\1"));
  }

  @Test
  void everyMatchHoldsOneOfTheStrings() {
    List<String> patterns =
        List.of(
            "(?:former )?(joined|acceded to) the",
            "(?<!not )(вступ\\p{L}*|присоедин\\p{L}*) (в|к)",
            "(签署|签订)(了)?[^，。]{0,12}(协定|协议)",
            "x{1,3}y|z+w",
            "(?:ab|cd)?ef(gh|ij)+",
            "members(,)? (such as|including)",
            "\\Qa.b\\E c");
    List<String> texts =
        List.of(
            "kazakhstan joined the sco",
            "kazakhstan former joined the",
            "uzbekistan acceded to the treaty",
            "казахстан вступил в одкб",
            "россия присоединилась к договору",
            "中国与哈萨克签署了合作协定",
            "双方签订合作协议",
            "xxy zzw",
            "cdefghij",
            "members, such as",
            "members including",
            "a.b c",
            "nothing here");
    for (String p : patterns) {
      List<String> need = RequiredLiterals.of(p);
      for (String t : texts) {
        java.util.regex.Matcher m = Pattern.compile(p).matcher(t);
        while (m.find()) {
          String found = m.group();
          assertTrue(
              need != null && need.stream().anyMatch(found::contains),
              p + " matched '" + found + "' holding none of " + need);
        }
      }
    }
  }

  @Test
  void everyRuleOfTheRuleFilesHasStrings() {
    // a rule without strings is tried at every char of every sentence: a pattern this reading
    // cannot follow should be noticed, not silently slow
    RuleSet rules = RuleSet.load();
    for (int k = 0; k < rules.rules().size(); k++) {
      List<String> need = rules.prefilter().of(k);
      String name = rules.rules().get(k).name();
      assertTrue(need != null && need.stream().noneMatch(String::isEmpty), name + ": " + need);
    }
  }
}
