package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a Russian relative clause on an actor is put in a main clause's order. */
class RelativeClausesTest {
  private static final String O = String.valueOf(RuleSet.OPEN);
  private static final String C = String.valueOf(RuleSet.CLOSE);

  private static List<RelativeClauses.Clause> of(String masked) {
    List<Integer> toText = new ArrayList<>();
    for (int k = 0; k < masked.length(); k++) {
      toText.add(k);
    }
    return RelativeClauses.of(masked, toText);
  }

  @Test
  void thePronounBecomesTheActorAtTheClausesEnd() {
    String masked =
        "тема " + O + "C#0" + C + ", с которым " + O + "C#1" + C + " граничит по амударье.";
    List<RelativeClauses.Clause> cs = of(masked);
    assertEquals(1, cs.size());
    RelativeClauses.Clause c = cs.get(0);
    assertEquals(
        O + "C#1" + C + " граничит по амударье с " + O + "C#0" + C,
        c.masked().substring(c.from(), c.to()));
    assertTrue(c.masked().endsWith("."), c.masked());
  }

  @Test
  void aQuotedNameInsideAnActorDoesNotEndTheClause() {
    String treaty = O + "A#2~договор «о дружбе»" + C;
    String masked =
        "министр упомянул "
            + O
            + "C#0"
            + C
            + ", с которым "
            + O
            + "C#1"
            + C
            + " подписал "
            + treaty
            + ".";
    RelativeClauses.Clause c = of(masked).get(0);
    assertEquals(
        O + "C#1" + C + " подписал " + treaty + " с " + O + "C#0" + C,
        c.masked().substring(c.from(), c.to()));
  }

  @Test
  void aSubjectPronounGivesTheClauseTheAntecedentAsItsSubject() {
    RelativeClauses.Clause c =
        of(O + "C#0" + C + ", которая граничит с " + O + "C#1" + C + ", развивает торговлю.")
            .get(0);
    assertEquals(
        O + "C#0" + C + " граничит с " + O + "C#1" + C, c.masked().substring(c.from(), c.to()));
    assertTrue(c.masked().endsWith(", развивает торговлю."), c.masked());
  }

  @Test
  void aNominativeFormBeforeAnActorIsTheObjectOfThatActor() {
    // который is also the accusative: an actor leading the clause is its subject
    RelativeClauses.Clause c =
        of("министр упомянул " + O + "F#0" + C + ", который " + O + "C#1" + C + " арендует.")
            .get(0);
    assertEquals(
        O + "C#1" + C + " арендует " + O + "F#0" + C, c.masked().substring(c.from(), c.to()));
  }

  @Test
  void anObliquePronounWithAVerbFirstIsLeftAlone() {
    assertEquals(
        List.of(),
        of(O + "C#0" + C + ", которую критикуют члены " + O + "O#1" + C + ", провела выборы."));
  }
}
