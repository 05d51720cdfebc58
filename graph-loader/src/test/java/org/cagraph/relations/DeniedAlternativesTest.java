package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alternative a sentence denies beside the one it states ({@link DeniedAlternatives}): X, not
 * Y; X rather than Y; instead of Y; X而非Y; 不是Y，而是X; X, а не Y; вместо Y. Y fills no slot of any
 * reading; X, and "not only Y but also X", stay read. Also a place the sentence puts in a state
 * other than the gazetteer's, and almost or nearly before the act's verb.
 */
class DeniedAlternativesTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theDeniedAlternativeFillsNoSlot() throws Exception {
    List<String> f = facts("Russia, not China, deployed troops to Kazakhstan in January 2022.");
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN kazakhstan"), f.toString());
    f = facts("Russia, and not China, keeps troops in Tajikistan.");
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f = facts("China rather than Russia financed the new road in Tajikistan.");
    assertFalse(f.contains("russia AIDS tajikistan"), f.toString());
    assertTrue(f.contains("china AIDS tajikistan"), f.toString());
    f = facts("是中國而非俄羅斯在塔吉克斯坦設有基地。");
    assertFalse(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f = facts("美国而非哈萨克斯坦对俄罗斯实施了制裁。");
    assertFalse(f.contains("kazakhstan SANCTIONS russia"), f.toString());
    f = facts("哈薩克而非烏茲別克加入了歐亞經濟聯盟。");
    assertFalse(f.contains("uzbekistan MEMBER_OF eaeu"), f.toString());
    f = facts("Вместо ЕАЭС Узбекистан вступил в ВТО.");
    assertFalse(f.contains("eaeu MEMBER_OF wto"), f.toString());
    assertTrue(f.contains("uzbekistan MEMBER_OF wto"), f.toString());
  }

  @Test
  void theStatedAlternativeAndNotOnlyStayRead() throws Exception {
    // the comma after the cue's phrase closes it: the clause's subject is no denied alternative
    List<String> f = facts("Instead of the EAEU, Uzbekistan joined the WTO.");
    assertTrue(f.contains("uzbekistan MEMBER_OF wto"), f.toString());
    f = facts("China deployed troops to Kazakhstan in January 2022.");
    assertTrue(f.contains("china HAS_MILITARY_PRESENCE_IN kazakhstan"), f.toString());
    f = facts("Казахстан вступил не только в ОДКБ, но и в ШОС.");
    assertTrue(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
    assertTrue(f.contains("kazakhstan MEMBER_OF sco"), f.toString());
    f = facts("哈薩克加入了世貿組織，而不是歐盟。");
    assertTrue(f.contains("kazakhstan MEMBER_OF wto"), f.toString());
    assertFalse(f.contains("kazakhstan MEMBER_OF eu"), f.toString());
  }

  @Test
  void theStatedAlternativeBesideTheCueTakesTheDeniedOnesSlot() throws Exception {
    List<String> f = facts("Russia, not China, deployed troops to Kazakhstan in January 2022.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN kazakhstan"), f.toString());
    f = facts("哈薩克而非烏茲別克加入了歐亞經濟聯盟。");
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    f = facts("Россия, а не Китай, держит войска в Таджикистане.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    // no actor right before the cue: the denied one goes, nothing takes its place
    f = facts("Instead of Russia, China deployed troops to Tajikistan in 2016.");
    assertFalse(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void theNegationOfNotYButXIsYsAlone() throws Exception {
    List<String> f = facts("Not Russia but China deployed troops to Tajikistan in 2016.");
    assertTrue(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertFalse(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f = facts("Не Китай, а Россия держит войска в Таджикистане.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    // a plain negation still negates
    f = facts("China did not deploy troops to Tajikistan in 2016.");
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void aPlaceTheSentencePutsInAStateStandsForThatState() throws Exception {
    List<String> f = facts("中國軍隊在塔吉克斯坦的瓦罕走廊巡邏。");
    assertTrue(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN afghanistan"), f.toString());
    f = facts("Chinese troops patrol the Wakhan corridor in Tajikistan.");
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN afghanistan"), f.toString());
    // near a state is not in it
    f = facts("Chinese troops patrol the Wakhan corridor near Tajikistan.");
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    // no state named: the gazetteer's
    f = facts("Chinese troops patrol the Wakhan corridor.");
    assertTrue(f.contains("china HAS_MILITARY_PRESENCE_IN afghanistan"), f.toString());
  }

  @Test
  void almostBeforeTheVerbDeniesTheAct() throws Exception {
    List<String> f = facts("Kazakhstan almost joined the WTO in 2010.");
    assertFalse(f.contains("kazakhstan MEMBER_OF wto"), f.toString());
    f = facts("Туркменистан почти вступил в ЕАЭС в 2019 году.");
    assertFalse(f.contains("turkmenistan MEMBER_OF eaeu"), f.toString());
    f = facts("Kazakhstan has been a member of the WTO for almost ten years.");
    assertTrue(f.contains("kazakhstan MEMBER_OF wto"), f.toString());
    f = facts("Казахстан почти десять лет является членом ВТО.");
    assertTrue(f.contains("kazakhstan MEMBER_OF wto"), f.toString());
  }
}
