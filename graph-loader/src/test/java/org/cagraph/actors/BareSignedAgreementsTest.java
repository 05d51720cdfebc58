package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare agreement word a sentence signs and then states the content of (兩國簽署協定，將…) is an agreement
 * of that sentence ({@link Discovery#bareSignedZh}); a planned one, a word of a longer name, or one
 * without its content stated after it is not.
 */
class BareSignedAgreementsTest {

  private static List<String> words(String text) {
    return Discovery.bareSignedZh(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void aSigningThenTheContentIsOneAgreement() {
    assertEquals(List.of("協定"), words("2011年，兩國簽署協定，將兩座雷達站交由俄方管理。"));
    assertEquals(List.of("协议"), words("2016年，双方签订了协议，规定共同使用河水。"));
    assertEquals(List.of("協議"), words("普丁與拉赫蒙在杜尚別簽署協議，使該油田移交哈方。"));
  }

  @Test
  void twoInOneSentenceAreTwo() {
    assertEquals(2, Discovery.bareSignedZh("兩國簽署協議，將運費減半，又簽署協議，把關稅降低。").size());
  }

  @Test
  void plannedLongerOrWithoutContentIsNone() {
    assertEquals(List.of(), words("雙方計劃簽署協議，將爭議地區交由委員會管理。"));
    assertEquals(List.of(), words("兩國尚未簽署協定，將此事擱置。"));
    assertEquals(List.of(), words("兩國簽署協議書，將油田移交。"));
    assertEquals(List.of(), words("兩國簽署協定，此後關係改善。"));
    assertEquals(List.of(), words("兩國簽署邊界協定，將爭議地區劃歸塔方。"));
  }

  @Test
  void aSentenceScopedAgreementLinksInItsSentenceOnly() {
    Actor a =
        new Actor("x", "Agreement", "x", "協定", List.of("協定"), List.of(), null, null, true, "d:3@5");
    assertTrue(a.inPaper("d"));
    assertFalse(a.inPaper("e"));
    assertTrue(a.inSentence("d", "d:3"));
    assertFalse(a.inSentence("d", "d:4"));
  }
}
