package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units a state sends or fields in a sentence that names no event take part in the exercise the
 * document named last (the linker's Contingents, the rules exercise_units_sent and
 * exercise_units_named); no CoreNLP.
 */
class ContingentsTest {
  @TempDir Path dir;

  private List<String> read(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void statesThatSendUnitsTakePartInTheExerciseNamedBefore() throws Exception {
    List<String> f =
        read(
            "Peace Mission 2021 opened in Orenburg on Monday. Kazakhstan and Kyrgyzstan sent about"
                + " 1,200 servicemen between them.");
    assertTrue(f.contains("kazakhstan PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN peace_mission"), f.toString());
    f = read("「和平使命」演習在新疆舉行。哈薩克與吉爾吉斯各派出一個連的分隊。");
    assertTrue(f.contains("kazakhstan PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN peace_mission"), f.toString());
  }

  @Test
  void unitsNamedByTheirStatesAdjectiveTakePartToo() throws Exception {
    List<String> f =
        read("Peace Mission 2021 opened in Orenburg on Monday. Kazakh paratroopers landed first.");
    assertTrue(f.contains("kazakhstan PARTICIPATES_IN peace_mission"), f.toString());
    f =
        read(
            "Учения «Мирная миссия» прошли в Оренбуржье. Киргизский батальон прибыл по железной дороге.");
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN peace_mission"), f.toString());
  }

  @Test
  void unitsAStateHostsOrThatAreStationedTakePartInNothing() throws Exception {
    // a garrison after an exercise was named: the host state's guests, or units stationed there
    List<String> f =
        read(
            "Peace Mission 2021 opened in Orenburg on Monday. Tajikistan has been home to Russian"
                + " troops since the civil war.");
    assertFalse(f.contains("russia PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f =
        read(
            "Peace Mission 2021 opened in Orenburg on Monday. Russian troops have been stationed"
                + " there since 2004.");
    assertFalse(f.contains("russia PARTICIPATES_IN peace_mission"), f.toString());
    f = read("Peace Mission 2021 opened in Orenburg on Monday. Russian paratroopers landed first.");
    assertTrue(f.contains("russia PARTICIPATES_IN peace_mission"), f.toString());
  }

  @Test
  void unitsSentElsewhereOrAfterAnotherProgrammeTakePartInNothing() throws Exception {
    // near misses: the units go to a place the clause names; a programme was named after the
    // exercise; the sentence names its own event; the sending is negated
    assertFalse(
        read("Peace Mission 2021 opened in Orenburg on Monday. Kazakhstan sent 300 troops to Syria.")
            .contains("kazakhstan PARTICIPATES_IN peace_mission"));
    assertFalse(
        read("Peace Mission 2021 opened in Orenburg on Monday. Kazakhstan joined the Belt and Road"
                + " Initiative in 2013. Kazakhstan later sent 300 troops.")
            .contains("kazakhstan PARTICIPATES_IN peace_mission"));
    assertFalse(
        read("Peace Mission 2021 opened in Orenburg on Monday. Kazakhstan sent no troops.")
            .contains("kazakhstan PARTICIPATES_IN peace_mission"));
    // an exercise named long before is not the one this sentence reports
    assertFalse(
        read("Peace Mission 2021 opened in Orenburg on Monday. Trade grew in the spring. Prices"
                + " rose in May. The rouble fell in June. Kazakhstan sent 300 troops.")
            .contains("kazakhstan PARTICIPATES_IN peace_mission"));
    assertFalse(
        read("「和平使命」演習在新疆舉行。哈薩克沒有派出任何部隊。").contains("kazakhstan PARTICIPATES_IN peace_mission"));
  }
}
