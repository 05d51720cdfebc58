package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A Russian он / она as the subject of a later clause, and a dative ей / ему, standing for a state
 * named earlier in the same sentence, by gender. Sentences written for the test.
 */
class RussianStatePronounsTest {
  @Test
  void aSubjectPronounTakesTheEarlierClauseSubjectOfItsGender() {
    assertEquals(
        Set.of("russia"),
        LinkedText.corefAdded(
            "Россия покупает газ у Туркменистана, а в Киргизии она содержит авиабазу Кант.\n"));
    assertEquals(
        Set.of("kazakhstan"),
        LinkedText.corefAdded(
            "Казахстан продаёт нефть Белоруссии, но в Таджикистане он строит завод.\n"));
  }

  @Test
  void aDativePronounTakesTheNearestStateOfItsGenderThatIsNotItsOwnSubject() {
    assertEquals(
        Set.of("armenia"),
        LinkedText.corefAdded("Иран продал Армении газ, а Россия поставила ей оружие.\n"));
  }

  @Test
  void aPronounOfTheOtherGenderOrAfterAPersonResolvesNothing() {
    // the earlier subject is masculine: она is not Kazakhstan
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Казахстан покупает газ у Туркменистана, а в Киргизии она содержит авиабазу Кант.\n"));
    // a state of the same gender between: он could be China
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Казахстан продаёт уран Китаю, но в Таджикистане он строит завод.\n"));
    // a person nearer than the state: ему is the minister
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Министр Сергей Лавров прибыл в Душанбе, и Таджикистан вручил ему орден.\n"));
  }

  @Test
  void aSubjectPronounAfterARelativePronounTakesTheMainClauseSubject() {
    assertEquals(
        Set.of("russia"),
        LinkedText.corefAdded(
            "Россия сохраняет космодром Байконур в Казахстане, который она арендует у Астаны.\n"));
    // a phrase of besides before the subject ends at its comma: no list of Kant and Russia
    assertEquals(
        Set.of("russia"),
        LinkedText.corefAdded(
            "Помимо Канта, Россия располагает полигоном Сары-Шаган в Казахстане, который она"
                + " арендует.\n"));
    // near miss: the pronoun's gender fits no subject
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Казахстан сохраняет космодром Байконур, который она передала в аренду.\n"));
    // near miss: a list goes on after the comma, the subject is a list
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Помимо Китая, Россия и Казахстан создали союз, который она возглавляет.\n"));
  }
}
