package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coordinated pairs of a base and its state: the state of the first pair and the base of the second
 * are no list, and what the subject has in the first pair it has in the second. Sentences written
 * for the test.
 */
class ParallelPairsTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void russianPairsReadBothBasesAndTheirStates() throws Exception {
    List<String> f =
        facts("Россия располагает авиабазой Айни в Таджикистане и авиабазой Кант в Киргизии.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN kant_air_base"), f.toString());
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN kyrgyzstan"), f.toString());
    assertTrue(f.contains("ayni_air_base LOCATED_IN tajikistan"), f.toString());
    assertTrue(f.contains("kant_air_base LOCATED_IN kyrgyzstan"), f.toString());
    assertFalse(f.contains("kant_air_base LOCATED_IN tajikistan"), f.toString());
    // ", а также" between the pairs, as "и"
    f =
        facts(
            "Россия располагает авиабазой Айни в Таджикистане, а также авиабазой Кант в Киргизии.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN kyrgyzstan"), f.toString());
    assertTrue(f.contains("kant_air_base LOCATED_IN kyrgyzstan"), f.toString());
    assertFalse(f.contains("kant_air_base LOCATED_IN tajikistan"), f.toString());
  }

  @Test
  void aSecondThingNamedWithoutItsKindNounIsStillAPair() throws Exception {
    List<String> f =
        facts(
            "Россия располагает авиабазой Айни в Таджикистане и полигоном Сары-Шаган в Казахстане.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN sary_shagan_test_site"), f.toString());
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN kazakhstan"), f.toString());
    assertFalse(f.contains("sary_shagan_test_site LOCATED_IN tajikistan"), f.toString());
  }

  @Test
  void englishPairsKeepEachBaseInItsOwnState() throws Exception {
    List<String> f =
        facts("Russia keeps the Kant air base in Kyrgyzstan and the Ayni air base in Tajikistan.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN ayni_air_base"), f.toString());
    assertTrue(f.contains("ayni_air_base LOCATED_IN tajikistan"), f.toString());
    assertFalse(f.contains("ayni_air_base LOCATED_IN kyrgyzstan"), f.toString());
  }

  @Test
  void chinesePairsAfterARepeatedLocative() throws Exception {
    List<String> f = facts("俄羅斯在吉爾吉斯的坎特空軍基地和在塔吉克的第201軍事基地仍在運作。");
    assertTrue(
        f.contains("russia HAS_MILITARY_PRESENCE_IN russian_201st_military_base"), f.toString());
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void twoStatesAfterOnePrepositionStayAList() throws Exception {
    List<String> f = facts("Russia keeps military bases in Kyrgyzstan and Tajikistan.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN kyrgyzstan"), f.toString());
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }
}
