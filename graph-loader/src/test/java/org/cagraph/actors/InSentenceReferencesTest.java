package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A reference whose antecedent stands in its own sentence (its, there, it, he, their; его, её, их):
 * the nearest earlier clause subject of a compatible kind. Sentences written for the test, each
 * with a near miss that must not resolve.
 */
class InSentenceReferencesTest {
  /** The coref mentions of the last sentence, each as the text it covers mapped to its actor. */
  private static Map<String, String> refs(String text) {
    List<List<Mention>> all = LinkedText.link(text);
    String[] lines = text.strip().split("\n");
    String last = lines[lines.length - 1];
    Map<String, String> out = new TreeMap<>();
    for (Mention m : all.get(all.size() - 1)) {
      if (m.method().equals("coref") && m.end() <= last.length()) {
        out.put(last.substring(m.begin(), m.end()), m.actor().id());
      }
    }
    return out;
  }

  /** Every coref mention of the one sentence of {@code text}, as text=actor, sorted. */
  private static List<String> spans(String text) {
    return LinkedText.link(text).get(0).stream()
        .filter(m -> m.method().equals("coref"))
        .map(m -> text.substring(m.begin(), m.end()) + "=" + m.actor().id())
        .sorted()
        .toList();
  }

  @Test
  void itsIsTheNearestSubjectOfAStateOrAnOrganisation() {
    assertEquals(
        Map.of("its", "kazakhstan"),
        refs("Kazakhstan joined the EAEU in 2015, and its president later visited Minsk.\n"));
    assertEquals(
        Map.of("its", "russia"),
        refs("Russia has not objected, partly because its own exports to India use the route.\n"));
    // near misses: its after a noun no actor covers is that noun's (the delegation and its
    // leader); its before a noun the rules read as written (its war with)
    assertEquals(
        Map.of(), refs("Kazakhstan welcomed the delegation and its leader in Astana in 2004.\n"));
    assertEquals(
        Map.of(), refs("Russia backed Armenia in 1994, and its war with Azerbaijan ended.\n"));
    // near misses: its in the clause of its subject, a relative one included (the rules read the
    // subject itself)
    assertEquals(Map.of(), refs("Russia keeps its largest base abroad in Tajikistan.\n"));
    assertEquals(
        Map.of(), refs("Russia, which keeps its air base at Kant, has offered more aid.\n"));
    // near miss: a person opens the sentence; its has no state or organisation subject
    assertEquals(Map.of(), refs("Tokayev praised the plan, and its president agreed in 2020.\n"));
  }

  @Test
  void thereIsAnEarlierClauseSubjectThatIsAState() {
    assertEquals(
        Map.of("there", "tajikistan"),
        refs("Tajikistan let coalition planes land at its airfields, and France kept jets there.\n")
            .entrySet()
            .stream()
            .filter(e -> e.getKey().equals("there"))
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    // near misses: an existential there; there in the clause of the state itself
    assertEquals(
        Map.of(), refs("Kazakhstan held elections in 2019, and there were protests in Almaty.\n"));
    assertEquals(Map.of(), refs("Russia keeps troops there as well.\n"));
  }

  @Test
  void itHeadingAClauseIsTheStateOfAnEarlierOne() {
    assertEquals(
        Map.of("it", "turkmenistan"),
        refs(
            "Turkmenistan announced in 2005 that it would take part in the CIS as an associate.\n"));
    // an object it: the subject of an earlier clause, not of its own
    assertEquals(
        Map.of("it", "russia"),
        refs("After Russia annexed Crimea in 2014, the EU sanctioned it.\n"));
    // they heading a clause: the list before it
    assertEquals(
        List.of("they=kazakhstan", "they=uzbekistan"),
        spans("Kazakhstan and Uzbekistan met in 2019, and they signed a pact on water.\n"));
    // near misses: an object it after a document; an expletive it is
    assertEquals(
        Map.of(),
        refs("Kyrgyzstan drafted the treaty in 1999, and Uzbekistan rejected it in 2000.\n"));
    assertEquals(
        Map.of(),
        refs("Uzbekistan left the CSTO in 2012, although it is unclear why it did so.\n"));
  }

  @Test
  void theCountryIsNotTheSubjectOfItsOwnClause() {
    assertEquals(
        Map.of("the country", "kyrgyzstan"),
        refs(
            "Kyrgyzstan hosted the summit in 2013, and in 2014 Japan granted loans to the country.\n"));
    // near miss: the subject of its own clause is the only state named
    assertEquals(Map.of(), refs("In 2014 Japan granted new loans to the country.\n"));
  }

  @Test
  void heIsThePersonThatOpensAnEarlierClause() {
    assertEquals(
        Map.of("he", "kassym_jomart_tokayev"),
        refs(
            "Tokayev disagreed with Moscow: at a forum in 2022, with Putin beside him, he said"
                + " Kazakhstan would not recognise the republics.\n"));
  }

  @Test
  void theirAndIhTakeACoordinatedList() {
    assertEquals(
        List.of("china", "russia"),
        LinkedText.link(
                "Russia and China founded the SCO in 2001, and their troops train together.\n")
            .get(0)
            .stream()
            .filter(m -> m.method().equals("coref"))
            .map(m -> m.actor().id())
            .sorted()
            .toList());
    assertEquals(
        List.of("kyrgyzstan", "tajikistan"),
        LinkedText.link(
                "Россия защищает Таджикистан и Киргизию: на их территории стоят российские базы.\n")
            .get(0)
            .stream()
            .filter(m -> m.method().equals("coref"))
            .map(m -> m.actor().id())
            .sorted()
            .toList());
    // near miss: their in the clause of the list that is its subject
    assertEquals(
        List.of(),
        LinkedText.link("Armenia, Belarus and Kazakhstan sent their delegations in 2014.\n")
            .get(0)
            .stream()
            .filter(m -> m.method().equals("coref"))
            .toList());
    // near miss: a single state is no antecedent of их
    assertEquals(
        List.of(),
        LinkedText.link("Россия передала их Казахстану в 2005 году.\n").get(0).stream()
            .filter(m -> m.method().equals("coref"))
            .toList());
  }

  /**
   * The actor ids the coreference adds to the one sentence of {@code text}, in the text's order.
   */
  private static List<String> corefIds(String text) {
    return LinkedText.link(text).get(0).stream()
        .filter(m -> m.method().equals("coref"))
        .map(m -> m.actor().id())
        .toList();
  }

  @Test
  void aRussianPronounIsNeverItsOwnClausesSubject() {
    // её: not Россия, the subject of its own clause, nor ЕАЭС (masculine): Киргизия
    assertEquals(
        List.of("kyrgyzstan"),
        corefIds("Киргизия вступила в ЕАЭС в 2015 году, и Россия поддержала её кредитами.\n"));
    // near miss: её членом is read by the membership rules as written
    assertEquals(
        List.of(), corefIds("Армения заморозила участие в ОДКБ, но остаётся её членом.\n"));
  }

  @Test
  void russianTamIsAnEarlierClausesState() {
    assertEquals(
        List.of("tajikistan"),
        corefIds("Таджикистан принял беженцев в 2021 году, и Россия разместила там войска.\n"));
    // near miss: там in the clause of the only state
    assertEquals(List.of(), corefIds("Россия разместила там войска в 2021 году.\n"));
  }

  @Test
  void russianEgoAndEeAgreeInGender() {
    assertEquals(
        List.of("uzbekistan"),
        LinkedText.link(
                "Узбекистан вышел из ОДКБ в 2012 году, но его президент сохранил связи с Москвой.\n")
            .get(0)
            .stream()
            .filter(m -> m.method().equals("coref"))
            .map(m -> m.actor().id())
            .toList());
  }
}
