package org.cagraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A fact between two linked actors is sorted by where they stand in the sentence: one clause or
 * across a comma, how far apart, among how many actors, in how long a sentence.
 */
class EvaluationShapeTest {
  private static final Evaluation.Fact JOINED =
      Evaluation.Fact.of("kazakhstan", "MEMBER_OF", "sco", null);

  @Test
  void aSubjectRightBeforeItsVerbAndObjectIsOneClauseAndNear() {
    String text = "哈薩克加入上合組織。";
    Evaluation.Linked s =
        new Evaluation.Linked(
            0,
            text.length(),
            Set.of("kazakhstan", "sco"),
            text,
            List.of(
                new Evaluation.Mention("kazakhstan", 0, 3), new Evaluation.Mention("sco", 5, 9)));
    assertEquals(
        List.of("one clause", "gap <=12", "actors 2", "length <80"),
        Evaluation.shapeOf(JOINED, List.of(s), 2, text.length()));
  }

  @Test
  void aSubjectCarriedPastACommaIsAcrossClausesEvenWhenAnotherMentionIsFarther() {
    String text = "哈薩克獨立後與俄羅斯簽署多項協定，並於2001年成為上合組織的創始成員國。";
    int sco = text.indexOf("上合組織");
    Evaluation.Linked s =
        new Evaluation.Linked(
            0,
            text.length(),
            Set.of("kazakhstan", "russia", "sco"),
            text,
            List.of(
                new Evaluation.Mention("kazakhstan", 0, 3),
                new Evaluation.Mention("russia", 7, 10),
                new Evaluation.Mention("sco", sco, sco + 4)));
    assertEquals(
        List.of("across clauses", "gap 13-40", "actors 3-5", "length <80"),
        Evaluation.shapeOf(JOINED, List.of(s), 3, text.length()));
  }
}
