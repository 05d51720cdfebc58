package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists read item by item ({@link RespectiveLists}) and lists read in their head's or their
 * pronoun's place ({@link ListHeads}): every item gets the relation, a crossed pair none; lists of
 * unequal length, no marker, a quantifier that does not cover every item and a negated clause are
 * near misses.
 */
class RespectiveListsTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aRespectiveMarkerPairsTwoListsItemByItem() throws Exception {
    for (String text :
        List.of(
            "Russia and China keep bases in Tajikistan and Kyrgyzstan respectively.",
            "Россия и Китай держат базы в Таджикистане и Киргизии соответственно.",
            "俄羅斯和中國分別在塔吉克和吉爾吉斯設有基地。",
            "俄罗斯和中国分别在塔吉克斯坦和吉尔吉斯斯坦设有基地。")) {
      List<String> f = facts(text);
      assertEquals(
          List.of(
              "china HAS_MILITARY_PRESENCE_IN kyrgyzstan",
              "russia HAS_MILITARY_PRESENCE_IN tajikistan"),
          f,
          text);
    }
    assertEquals(
        List.of("kazakhstan MEMBER_OF sco", "uzbekistan MEMBER_OF csto"),
        facts("Казахстан и Узбекистан вступили в ШОС и ОДКБ соответственно."));
    assertEquals(
        List.of("baikonur_cosmodrome LOCATED_IN kazakhstan", "kant_air_base LOCATED_IN kyrgyzstan"),
        facts("Kazakhstan and Kyrgyzstan host the Baikonur Cosmodrome and the Kant air base."));
    assertEquals(
        List.of("kazakhstan MEMBER_OF sco", "uzbekistan MEMBER_OF csto"),
        facts("哈薩克和烏茲別克分別加入了上海合作組織和集體安全條約組織。"));
  }

  @Test
  void aMarkerRightAfterTheFirstListPairsItWithTheListAfterTheVerb() throws Exception {
    for (String text :
        List.of(
            "Russia and China respectively keep bases in Tajikistan and Kyrgyzstan.",
            "Россия и Китай соответственно держат базы в Таджикистане и Киргизии.")) {
      List<String> f = facts(text);
      assertEquals(
          List.of(
              "china HAS_MILITARY_PRESENCE_IN kyrgyzstan",
              "russia HAS_MILITARY_PRESENCE_IN tajikistan"),
          f,
          text);
    }
  }

  @Test
  void соответственноSetOffByCommasIsAccordinglyAndPairsNothing() throws Exception {
    List<String> f =
        facts(
            "Казахстан и Киргизия граничат с Китаем и Россией и, соответственно, зависят от них.");
    assertTrue(f.contains("kazakhstan BORDERS russia"), f.toString());
    assertTrue(f.contains("china BORDERS kyrgyzstan"), f.toString());
  }

  @Test
  void withoutAMarkerOrWithListsOfUnequalLengthEveryItemTakesEveryOther() throws Exception {
    List<String> f = facts("Kazakhstan and Uzbekistan joined the SCO and the CSTO.");
    assertEquals(4, f.size(), f.toString());
    f = facts("Kazakhstan and Uzbekistan joined the SCO, the CSTO and the CIS respectively.");
    assertEquals(6, f.size(), f.toString());
    f = facts("哈薩克和烏茲別克分別加入了上海合作組織。");
    assertEquals(List.of("kazakhstan MEMBER_OF sco", "uzbekistan MEMBER_OF sco"), f);
    f = facts("Kazakhstan and Uzbekistan did not join the SCO and the CSTO respectively.");
    assertTrue(f.isEmpty(), f.toString());
  }

  @Test
  void aFacilityListLiesInTheListedStatesTheGazetteerPairsItWith() throws Exception {
    List<String> f =
        facts(
            "На территории Таджикистана и Киргизии размещены 201-я военная база и авиабаза Кант.");
    assertEquals(
        List.of(
            "kant_air_base LOCATED_IN kyrgyzstan",
            "russian_201st_military_base LOCATED_IN tajikistan"),
        f);
    f =
        facts(
            "Таджикистан и Киргизия — опора Москвы: на их территории размещены 201-я военная база и"
                + " авиабаза Кант.");
    assertEquals(
        List.of(
            "kant_air_base LOCATED_IN kyrgyzstan",
            "russian_201st_military_base LOCATED_IN tajikistan"),
        f);
  }

  @Test
  void aListThatAllOfWhichTakesUpIsTheSubjectOfItsClause() throws Exception {
    List<String> f =
        facts("Kazakhstan, Kyrgyzstan and Tajikistan, all of which joined the CSTO, border China.");
    assertTrue(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
    assertTrue(f.contains("kyrgyzstan MEMBER_OF csto"), f.toString());
    assertTrue(f.contains("tajikistan MEMBER_OF csto"), f.toString());
    f = facts("Kazakhstan and Kyrgyzstan, both of which joined the CSTO in 1992, border China.");
    assertTrue(f.contains("kyrgyzstan MEMBER_OF csto"), f.toString());
    f =
        facts(
            "Казахстан, Киргизия и Таджикистан, каждая из которых вступила в ОДКБ, граничат с"
                + " Китаем.");
    assertTrue(f.contains("tajikistan MEMBER_OF csto"), f.toString());
    for (String text :
        List.of(
            "Kazakhstan, Kyrgyzstan and Tajikistan, none of which joined NATO, border China.",
            "Kazakhstan, Kyrgyzstan and Tajikistan, most of which joined NATO, border China.",
            "Kazakhstan and Kyrgyzstan, neither of which joined NATO, border China.",
            "Казахстан, Киргизия и Таджикистан, ни одна из которых не вступила в НАТО, граничат с"
                + " Китаем.")) {
      f = facts(text);
      assertFalse(f.stream().anyMatch(x -> x.contains("MEMBER_OF nato")), text + " " + f);
    }
  }

  @Test
  void anIncludingListAfterTheObjectStandsForTheSubjectHead() throws Exception {
    List<String> f = facts("Several states joined the CSTO, including Armenia and Belarus.");
    assertEquals(List.of("armenia MEMBER_OF csto", "belarus MEMBER_OF csto"), f);
    f = facts("Several states joined the CSTO in 1992, such as Armenia and Kazakhstan.");
    assertTrue(f.contains("kazakhstan MEMBER_OF csto"), f.toString());
    for (String text :
        List.of(
            "No states joined the CSTO, including Armenia and Belarus.",
            "None of the states joined the CSTO, including Armenia and Belarus.",
            "Several states did not join the CSTO, including Armenia and Belarus.")) {
      f = facts(text);
      assertTrue(f.isEmpty(), text + " " + f);
    }
  }

  @Test
  void aRussianListInAnotherCaseAfterItsOpenerStandsForItsHead() throws Exception {
    List<String> f =
        facts("Китай граничит со странами региона, в том числе с Казахстаном и Киргизией.");
    assertEquals(List.of("china BORDERS kazakhstan", "china BORDERS kyrgyzstan"), f);
    f = facts("Россия разместила войска в странах региона, в том числе в Таджикистане и Киргизии.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN kyrgyzstan"), f.toString());
    f = facts("Китай не граничит со странами региона, в том числе с Казахстаном и Киргизией.");
    assertTrue(f.isEmpty(), f.toString());
  }
}
