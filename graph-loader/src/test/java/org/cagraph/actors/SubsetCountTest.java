package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 其中兩國 and 當中三國 are some of the states named before, which ones the text does not say: no reference
 * is read (the pair named last had given China and Uzbekistan CSTO membership). Sentences written
 * for the test, with the plain pair and count beside them, which still resolve.
 */
class SubsetCountTest {
  @Test
  void aPartOfAListIsNoReference() {
    assertEquals(Set.of(), LinkedText.corefAdded("吉爾吉斯、塔吉克和烏茲別克都與中國接壤，其中兩國還是集安組織成員。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("俄羅斯、哈薩克、吉爾吉斯、塔吉克和烏茲別克都是獨立國協成員，其中三國也是集安組織成員。\n"));
  }

  @Test
  void thePairAndTheCountStillResolve() {
    assertEquals(
        Set.of("kyrgyzstan", "tajikistan"),
        LinkedText.corefAdded("吉爾吉斯與塔吉克在2022年爆發邊境衝突。兩國軍隊在邊境交火。\n"));
    assertEquals(
        Set.of("kazakhstan", "kyrgyzstan", "tajikistan"),
        LinkedText.corefAdded("哈薩克、吉爾吉斯和塔吉克是集安組織成員。這三個國家也都是歐亞經濟聯盟的成員國。\n"));
  }
}
