package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relations read where an actor is named by a form the linker generates (a state's English
 * adjective, a one-character state before 政府, a capital acting), each with a near miss; sentences
 * written for the test.
 */
class GeneratedVariantsRelationsTest {
  @TempDir Path dir;

  @Test
  void aStateNamedByItsAdjectiveSigns() throws Exception {
    List<Statement> st =
        Sentences.extract(dir, "In 2016 the Qatari government signed the Paris Agreement.");
    assertTrue(Sentences.facts(st).contains("qatar SIGNED paris_agreement"), st.toString());
    // near miss: a lower-case verb that spells a state's adjective names no state
    List<Statement> verb =
        Sentences.extract(dir, "In 2016 polish drafters signed the Paris Agreement.");
    assertFalse(Sentences.facts(verb).contains("poland SIGNED paris_agreement"), verb.toString());
  }

  @Test
  void aOneCharacterStateBeforeGovernmentSigns() throws Exception {
    List<Statement> st = Sentences.extract(dir, "2016年，哈政府簽署了《巴黎協定》。");
    assertTrue(Sentences.facts(st).contains("kazakhstan SIGNED paris_agreement"), st.toString());
  }

  @Test
  void aCapitalActingIsItsStateAndListedWithAPlaceIsAPlace() throws Exception {
    List<Statement> st = Sentences.extract(dir, "In 2016 Riyadh signed the Paris Agreement.");
    assertTrue(Sentences.facts(st).contains("saudi_arabia SIGNED paris_agreement"), st.toString());
    List<Statement> place = Sentences.extract(dir, "2004年，俄羅斯第201軍事基地的兵力分駐杜尚別與博赫塔爾兩地。");
    assertFalse(
        Sentences.facts(place).stream().anyMatch(f -> f.contains("tajikistan")), place.toString());
  }
}
