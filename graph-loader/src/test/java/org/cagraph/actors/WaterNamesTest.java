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
    // "a sea of" is a figure: the state stays
    assertTrue(
        LinkerShapesTest.linkOne("Kazakh markets are drowning in a sea of Chinese goods.")
            .contains("china"));
  }

  @Test
  void chineseBayOrStraitAfterAStateIsNoState() {
    assertFalse(LinkerShapesTest.linkOne("伊朗於2023年在阿曼灣扣押一艘油輪。").contains("oman"));
    assertTrue(LinkerShapesTest.linkOne("日本海軍與印度舉行聯合演習。").contains("japan"));
    // 海峽 is left to the state (a bare 海峽 would be discovered as a place of its own)
    assertTrue(LinkerShapesTest.linkOne("土耳其海峽的通行規則由公約規定。").contains("turkey"));
  }

  @Test
  void russianGulfAfterAStateAdjectiveIsNoState() {
    assertFalse(
        LinkerShapesTest.linkOne("В 2023 году Иран задержал танкер в Оманском заливе.")
            .contains("oman"));
    assertTrue(
        LinkerShapesTest.linkOne("В 2023 году Иран задержал танкер у берегов Омана.")
            .contains("oman"));
    // a water word after the state's name in another case is no name of water: by sea, the strait
    assertTrue(
        LinkerShapesTest.linkOne("Товары из Китая морем идут в Европу через Каспий.")
            .contains("china"));
    assertTrue(
        LinkerShapesTest.linkOne("Сможет ли Иран пролив перекрыть, пока неясно.").contains("iran"));
  }
}
