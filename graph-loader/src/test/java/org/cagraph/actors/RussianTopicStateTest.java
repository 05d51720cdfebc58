package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bare Russian республика or страна that nothing nearer resolves, in a text whose heading names
 * one state: that state, when the previous sentence names it among others or names none. Sentences
 * written for the test.
 */
class RussianTopicStateTest {
  private static final String HEADING = "Узбекистан между Востоком и Западом\n\n";

  @Test
  void aBareRepublicAfterTwoStatesIsTheHeadingsState() {
    assertEquals(
        Set.of("uzbekistan"),
        LinkedText.corefAdded(
            HEADING
                + "В 2005 году Ташкент закрыл американскую базу, а Евросоюз ввёл против"
                + " Узбекистана эмбарго. Сегодня ЕС остаётся одним из главных партнёров"
                + " республики.\n"));
  }

  @Test
  void noHeadingStateOrAnotherStateBeforeResolvesNothing() {
    // near miss: the heading names no state
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Между Востоком и Западом\n\n"
                + "В 2005 году Ташкент закрыл американскую базу, а Евросоюз ввёл против"
                + " Узбекистана эмбарго. Сегодня ЕС остаётся одним из главных партнёров"
                + " республики.\n"));
    // near miss: the previous sentence has moved on to two other states
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            HEADING
                + "В 2014 году Россия и Белоруссия создали союз с Казахстаном. Сегодня ЕС"
                + " остаётся одним из главных партнёров республики.\n"));
  }
}
