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

  private static Evaluation.Predicted read(String s, String p, String o) {
    return new Evaluation.Predicted(
        "d", 0, 10, Evaluation.Fact.of(s, p, o, null), "", "", "", "rule", List.of());
  }

  @Test
  void whatTheRulesReadInTheSentenceSortsAMiss() {
    // a list of joiners of which the rules took one: its type with one of its actors
    assertEquals(
        "type+actor read",
        Evaluation.readHere(JOINED, List.of(read("uzbekistan", "MEMBER_OF", "sco"))));
    // the fact's type between two other actors
    assertEquals(
        "type read", Evaluation.readHere(JOINED, List.of(read("india", "MEMBER_OF", "csto"))));
    assertEquals(
        "other type read",
        Evaluation.readHere(JOINED, List.of(read("kazakhstan", "SIGNED", "sco_charter"))));
    assertEquals("nothing read", Evaluation.readHere(JOINED, List.of()));
    // a hit is of its type with both its actors
    assertEquals(
        "type+actor read",
        Evaluation.readHere(JOINED, List.of(read("kazakhstan", "MEMBER_OF", "sco"))));
  }
}
