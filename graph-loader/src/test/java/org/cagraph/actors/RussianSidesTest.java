package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bare Russian стороны as a clause's subject after a sentence that names exactly two parties:
 * those two, over a pair coordinated further back. Sentences written for the test.
 */
class RussianSidesTest {
  @Test
  void theTwoPartiesOfThePreviousSentenceOverAnOlderPair() {
    assertEquals(
        Set.of("eu", "uzbekistan"),
        LinkedText.corefAdded(
            "Российские и узбекские военные проводят совместные учения. Евросоюз ввёл против"
                + " Узбекистана эмбарго. В 2022 году стороны парафировали соглашение.\n"));
    // near miss: the previous sentence names one party, the older pair stands
    assertEquals(
        Set.of("russia", "uzbekistan"),
        LinkedText.corefAdded(
            "Москва и Ташкент подписали договор о партнёрстве. Евросоюз выделил кредиты. В 2022"
                + " году стороны продлили договор.\n"));
    // near miss: a membership or a loan in the sentence before relates no sides
    assertEquals(
        Set.of("russia", "tajikistan"),
        LinkedText.corefAdded(
            "Россия и Таджикистан провели переговоры о базе. Ранее Таджикистан вступил в ОДКБ. В"
                + " 2012 году стороны подписали договор о дружбе.\n"));
    assertEquals(
        Set.of("russia", "tajikistan"),
        LinkedText.corefAdded(
            "Москва и Душанбе подписали соглашение о базе. Таджикистан получил кредит от ЕАБР."
                + " Стороны договорились продлить аренду.\n"));
  }
}
