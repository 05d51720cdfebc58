package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Group references on the subject side that must resolve to the right set or to nothing: a pair
 * word after a list of three states (no pair, in every language), both sides after a state and an
 * organisation (those two, never two states named further back). Sentences written for the test.
 */
class GroupReferencePrecisionTest {
  private static final String THREE_RU =
      "Россия, Белоруссия и Казахстан подписали таможенный договор в 2010 году. ";

  @Test
  void aPairWordAfterAListOfThreeIsNoPair() {
    assertEquals(
        Set.of(), LinkedText.corefAdded(THREE_RU + "Обе страны вступили в ШОС позднее.\n"));
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Russia, Belarus and Kazakhstan signed a customs treaty in 2010. The two countries"
                + " joined the SCO later.\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("俄羅斯、白俄羅斯與哈薩克簽署協議。兩國同時加入了上海合作組織。\n"));
    // near misses: a list of two is the pair, in every language
    assertEquals(
        Set.of("belarus", "kazakhstan"),
        LinkedText.corefAdded(
            "Белоруссия и Казахстан подписали таможенный договор в 2010 году. Обе страны вступили в"
                + " ШОС позднее.\n"));
    assertEquals(
        Set.of("belarus", "kazakhstan"),
        LinkedText.corefAdded(
            "Belarus and Kazakhstan signed a customs treaty in 2010. The two countries joined the"
                + " SCO later.\n"));
  }

  @Test
  void bothSidesAfterAStateAndAnOrganisationAreThoseTwo() {
    assertEquals(
        Set.of("eu", "kazakhstan"),
        LinkedText.corefAdded(
            "Kazakhstan signed an agreement with the European Union in 2015. Both sides agreed to"
                + " deepen trade.\n"));
    assertEquals(
        Set.of("eu", "kazakhstan"),
        LinkedText.corefAdded(
            "Казахстан подписал соглашение с Евросоюзом в 2015 году. Обе стороны договорились"
                + " расширить торговлю.\n"));
    // near miss: states named further back are not the sides of a state and an organisation
    assertEquals(
        Set.of("eu", "kazakhstan"),
        LinkedText.corefAdded(
            "Глава 1.\n\nБелоруссия и Россия подписали таможенный договор.\n\nКазахстан подписал"
                + " соглашение с Евросоюзом в 2015 году. Обе стороны договорились расширить"
                + " торговлю.\n"));
    // near miss: three parties named before: no two sides
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Kazakhstan signed an agreement with the European Union and the SCO in 2015. Both sides"
                + " agreed to deepen trade.\n"));
  }

  @Test
  void bothAloneAndItsPronounsAreThePairOfTheClause() {
    Set<String> pair = Set.of("kazakhstan", "kyrgyzstan");
    assertEquals(
        pair,
        LinkedText.corefAdded(
            "Kazakhstan and Kyrgyzstan share a long border, and both joined the Eurasian Economic"
                + " Union in 2015.\n"));
    assertEquals(
        pair,
        LinkedText.corefAdded(
            "Kazakhstan and Kyrgyzstan signed a customs protocol. Both joined the Eurasian Economic"
                + " Union in 2015.\n"));
    assertEquals(
        pair,
        LinkedText.corefAdded(
            "Казахстан и Киргизия долго вели переговоры, и оба вступили в ЕАЭС в 2015 году.\n"));
    // a feminine обе after two names and no feminine word for the states, and 它們, are things
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Казахстан и Узбекистан построили по новой дороге, и обе присоединились к инициативе"
                + " «Один пояс, один путь».\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("哈薩克與吉爾吉斯簽署了海關議定書。它們於2015年加入歐亞經濟聯盟。\n"));
    // near misses: three states are no pair; both before a name is no subject; 它們 is no
    // persons
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Russia, Belarus and Kazakhstan met in Minsk, and both joined the CSTO later.\n"));
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Kazakhstan and Kyrgyzstan share a long border, and trade with both Russia and"
                + " China.\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("納札爾巴耶夫與普欽舉行會談。它們於2015年生效。\n"));
  }
}
