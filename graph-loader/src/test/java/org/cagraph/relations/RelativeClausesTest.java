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
    // the end first, then с and the antecedent after each word past the leading actor
    // (RelativeClauses.earlierPlaces), never right after that actor
    assertEquals(3, cs.size());
    RelativeClauses.Clause c = cs.get(0);
    assertEquals(
        O + "C#1" + C + " граничит по амударье с " + O + "C#0" + C,
        c.masked().substring(c.from(), c.to()));
    assertTrue(c.masked().endsWith("."), c.masked());
    RelativeClauses.Clause early = cs.get(1);
    assertEquals(
        O + "C#1" + C + " граничит с " + O + "C#0" + C + " по амударье",
        early.masked().substring(early.from(), early.to()));
    assertTrue(early.ant() > 0, "a match there must take the antecedent");
  }

  @Test
  void aNounAnActorsAdjectiveLeadsIsTheSubjectOfItsClause() {
    String masked = O + "C#0" + C + " военная база, которая размещена в " + O + "C#1" + C + ".";
    List<RelativeClauses.Clause> cs = of(masked);
    assertEquals(1, cs.size());
    RelativeClauses.Clause c = cs.get(0);
    assertEquals(
        O + "C#0" + C + " военная база размещена в " + O + "C#1" + C,
        c.masked().substring(c.from(), c.to()));
    // near misses: a noun that does not agree with the pronoun, a preposition before the phrase
    assertEquals(0, of(O + "C#0" + C + " военный контингент, которая размещена.").size());
    assertEquals(
        0, of("в " + O + "C#0" + C + " военной базе, которая размещена в " + O + "C#1" + C).size());
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
    // what the clause denies or plans is read so, not asserted
    assertNotAsserted(
        "Эксперты упомянули ОДКБ, в состав которой не входит Азербайджан.",
        "azerbaijan",
        "MEMBER_OF",
        "csto");
    assertNotAsserted(
        "Эксперты упомянули ОДКБ, в состав которой может вступить Азербайджан.",
        "azerbaijan",
        "MEMBER_OF",
        "csto");
    assertNotAsserted(
        "Таджикистан, на территории которого Россия планирует разместить 201-ю базу, граничит с"
            + " Ираном.",
        "russia",
        "HAS_MILITARY_PRESENCE_IN",
        "russian_201st_military_base");
  }

  /** The sentence reads the relation, in a status other than asserted. */
  private void assertNotAsserted(String text, String s, String p, String o) throws Exception {
    List<Statement> st = Sentences.extract(dir, text);
    assertFalse(Sentences.facts(st).contains(s + " " + p + " " + o), text + " " + st);
    assertTrue(
        st.stream()
            .anyMatch(
                x ->
                    x.subject().equals(s)
                        && x.predicate().equals(p)
                        && x.object().equals(o)
                        && !x.asserted()),
        text + " " + st);
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
    // the live misreading there: the base's units read as Tajikistan's troops in Bokhtar
    assertTrue(
        pp.stream()
            .noneMatch(
                x ->
                    x.contains("HAS_MILITARY_PRESENCE_IN")
                        && x.contains("tajikistan")
                        && x.contains("bokhtar")),
        pp.toString());
    List<String> planned =
        facts(
            "Эксперты назвали 201-ю российскую базу, расположенную в Таджикистане, подразделения"
                + " которой могут быть размещены в Бохтаре.");
    assertFalse(
        planned.contains("russian_201st_military_base LOCATED_IN bokhtar"), planned.toString());
  }

  @Test
  void aParticiplesNounIsTheAntecedentOnlyWhenTheParticipleAgreesWithThePronoun() throws Exception {
    // сотрудничающий (masculine) is no которой's: the CSTO's members, not the EAEU's
    List<String> f =
        facts("ЕАЭС, сотрудничающий с ОДКБ, в состав которой входит Армения, критикует Японию.");
    assertFalse(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    // дислоцированная agrees with которой: the base's units
    List<String> g =
        facts(
            "Эксперты назвали 201-ю российскую базу, дислоцированную в Таджикистане, подразделения"
                + " которой размещены в Бохтаре.");
    assertTrue(g.contains("russian_201st_military_base LOCATED_IN bokhtar"), g.toString());
  }

  @Test
  void aPluralPronounIsNoGenitiveModifiersButAListsOrAPluralNamesOwn() throws Exception {
    // ЕАЭС is the partners' genitive modifier: the partners' members, not the EAEU's
    List<String> f = facts("Партнёры ЕАЭС, в состав которых входит Армения, критикуют Японию.");
    assertFalse(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    List<String> g = facts("Эксперты назвали ОДКБ и ЕАЭС, в состав которых входит Армения.");
    assertTrue(g.contains("armenia MEMBER_OF eaeu"), g.toString());
    assertTrue(g.contains("armenia MEMBER_OF csto"), g.toString());
    List<String> h =
        facts(
            "Эксперты назвали Казахстан и Киргизию, на территории которых расположена авиабаза Кант.");
    assertTrue(h.contains("kant_air_base LOCATED_IN kyrgyzstan"), h.toString());
  }

  @Test
  void aVerbsObjectAfterAPrepositionIsTheAntecedent() throws Exception {
    List<String> f = facts("Армения вступила в ЕАЭС, в состав которого входят Россия и Казахстан.");
    assertTrue(f.contains("russia MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    // a noun's prepositional phrase is no verb's object: the base's units, not Tajikistan's
    List<String> g =
        facts(
            "Эксперты назвали российскую базу в Таджикистане, подразделения которой размещены в Бохтаре.");
    assertTrue(
        g.stream().noneMatch(x -> x.contains("tajikistan") && x.contains("bokhtar")), g.toString());
  }
}
