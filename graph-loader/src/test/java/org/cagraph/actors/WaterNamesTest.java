package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A state's name that names a sea, gulf, bay or strait (the Gulf of Oman, 阿曼灣, Оманский залив) is a
 * place of water, not the state: a tanker seized in the Gulf of Oman says nothing Oman did. Near
 * misses keep the state where only its navy or coast guard (日本海軍, 俄海警) or a preposition of place
 * (off Oman, in the gulf near Iran) follows.
 */
class WaterNamesTest {
  @Test
  void englishGulfOfAStateIsNoState() {
    assertFalse(
        LinkerShapesTest.linkOne("Iran seized a tanker in the Gulf of Oman in 2023.")
            .contains("oman"));
    assertFalse(
        LinkerShapesTest.linkOne("Russian and Chinese warships patrolled the Sea of Japan.")
            .contains("japan"));
    assertTrue(LinkerShapesTest.linkOne("Iran seized a tanker off Oman in 2023.").contains("oman"));
  }

  @Test
  void chineseBayOrStraitAfterAStateIsNoState() {
    assertFalse(LinkerShapesTest.linkOne("伊朗於2023年在阿曼灣扣押一艘油輪。").contains("oman"));
    assertTrue(LinkerShapesTest.linkOne("日本海軍與印度舉行聯合演習。").contains("japan"));
  }

  @Test
  void russianGulfAfterAStateAdjectiveIsNoState() {
    assertFalse(
        LinkerShapesTest.linkOne("В 2023 году Иран задержал танкер в Оманском заливе.")
            .contains("oman"));
    assertTrue(
        LinkerShapesTest.linkOne("В 2023 году Иран задержал танкер у берегов Омана.")
            .contains("oman"));
  }
}
