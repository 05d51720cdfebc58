package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void aGenitivePronounAfterItsNounIsTheAntecedentInItsPlace() throws Exception {
    List<String> f =
        facts("Киргизия, на территории которой размещена авиабаза Кант, граничит с Китаем.");
    assertTrue(f.contains("kant_air_base LOCATED_IN kyrgyzstan"), f.toString());
    List<String> g =
        facts("Эксперты назвали 201-ю российскую базу, подразделения которой размещены в Бохтаре.");
    assertTrue(g.contains("russian_201st_military_base LOCATED_IN bokhtar"), g.toString());
    List<String> members = facts("Эксперты упомянули ОДКБ, в состав которой входит Армения.");
    assertTrue(members.contains("armenia MEMBER_OF csto"), members.toString());
    for (String s :
        List.of(
            "Эксперты упомянули ОДКБ, в состав которой не входит Азербайджан.",
            "Эксперты упомянули ОДКБ, в состав которой может войти Азербайджан.",
            "Таджикистан, на территории которого Россия планирует разместить базу, граничит с Ираном.")) {
      List<String> n = facts(s);
      assertFalse(n.contains("azerbaijan MEMBER_OF csto"), s + " " + n);
      assertFalse(n.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), s + " " + n);
    }
  }

  @Test
  void anActorInAPrepositionalPhraseIsNoAntecedentButTheNounOfItsParticipleClauseIs()
      throws Exception {
    List<String> f =
        facts(
            "Эксперты назвали 201-ю российскую базу, расположенную в Таджикистане, подразделения"
                + " которой размещены в Бохтаре.");
    assertTrue(f.contains("russian_201st_military_base LOCATED_IN bokhtar"), f.toString());
    List<String> pp =
        facts(
            "Эксперты назвали 201-ю российскую базу в Таджикистане, подразделения которой размещены в Бохтаре.");
    assertFalse(pp.contains("tajikistan LOCATED_IN bokhtar"), pp.toString());
    List<String> planned =
        facts(
            "Эксперты назвали 201-ю российскую базу, расположенную в Таджикистане, подразделения"
                + " которой могут быть размещены в Бохтаре.");
    assertFalse(
        planned.contains("russian_201st_military_base LOCATED_IN bokhtar"), planned.toString());
  }
}
