package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Russian object named after its owner's adjective and its kind noun (к китайской инициативе
 * «Пояс и путь», в российских учениях «Центр-2019»): the object slot reads past the adjective and
 * the noun to the name ({@code RuleSet.LEADER}), and never past a place noun (китайской
 * провинцией). Sentences written for the test.
 */
class RussianOwnerAdjectiveTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void anInitiativeAfterItsOwnersAdjectiveIsTheObject() throws Exception {
    List<String> f =
        facts("Узбекистан присоединился к китайской инициативе «Пояс и путь» в 2017 году.");
    assertTrue(f.contains("uzbekistan PARTICIPATES_IN bri"), f.toString());
  }

  @Test
  void anExerciseAfterTwoAdjectivesIsTheObject() throws Exception {
    List<String> f =
        facts(
            "Казахстанские военные приняли участие в российских стратегических учениях «Центр-2019».");
    assertTrue(f.contains("kazakhstan PARTICIPATES_IN tsentr_2019"), f.toString());
  }

  @Test
  void aProvinceIsNoKindNounToReadPast() throws Exception {
    List<String> f = facts("Казахстан граничит с китайской провинцией Синьцзян.");
    assertTrue(f.contains("china BORDERS kazakhstan"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.contains("PARTICIPATES_IN")), f.toString());
  }
}
