package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A colon or dash that opens a clause with a subject of its own ends a negation's reach also when a
 * date or an adverb stands before that subject (Плата не взимается: взамен Россия списала Киргизии
 * долг; Туркмения не входит в ОДКБ: в 2012 году Армения вступила в ЕАЭС), as it does when the
 * subject follows the mark right away ({@code Scope.NEW_CLAUSE}). Sentences written for the test.
 */
class ColonClauseAdverbialTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void anAdverbBeforeTheNewSubjectStillEndsTheNegation() throws Exception {
    List<String> f =
        facts("Плата за аренду базы не взимается: взамен Россия списала Киргизии долг.");
    assertTrue(f.contains("russia AIDS kyrgyzstan"), f.toString());
  }

  @Test
  void aDateBeforeTheNewSubjectStillEndsTheNegation() throws Exception {
    List<String> f = facts("Туркмения не входит в ОДКБ: в 2015 году Армения вступила в ЕАЭС.");
    assertTrue(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
  }

  @Test
  void aListAfterTheNegatedVerbStaysNegated() throws Exception {
    List<String> f = facts("Туркмения не вступила ни в один блок: ни в ОДКБ, ни в ЕАЭС.");
    assertFalse(f.contains("turkmenistan MEMBER_OF csto"), f.toString());
    assertFalse(f.contains("turkmenistan MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void aModalBeforeTheMarkDoesNotReachTheNewClause() throws Exception {
    List<String> f =
        facts("Армения может выйти из ОДКБ: в 1995 году Россия разместила военную базу в Армении.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN armenia"), f.toString());
    assertFalse(f.contains("armenia WITHDREW_FROM csto"), f.toString());
  }

  @Test
  void aPairOfDashesAroundAnAsideCutsNeitherAModalNorANegation() throws Exception {
    List<String> f =
        facts("Kazakhstan may – it is said – have left the Eurasian Economic Union in 2030.");
    assertFalse(f.contains("kazakhstan WITHDREW_FROM eaeu"), f.toString());
    List<String> g = facts("Армения не — она сама так заявляет — вышла из ОДКБ.");
    assertFalse(g.contains("armenia WITHDREW_FROM csto"), g.toString());
  }
}
