package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English "the two presidents" after a sentence that names two heads (Tokayev received Mirziyoyev):
 * those two, not a pair coordinated sentences earlier. Sentences written for the test.
 */
class TwoPresidentsNearTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theTwoHeadsOfThePreviousSentence() throws Exception {
    List<String> f =
        facts(
            "Xi Jinping and Vladimir Putin met in Moscow in 2019. Last week Kassym-Jomart Tokayev"
                + " received Shavkat Mirziyoyev in Astana. The two presidents attended the SCO"
                + " summit in Samarkand.");
    assertFalse(f.stream().anyMatch(x -> x.startsWith("xi_jinping PARTICIPATES_IN")), f.toString());
    assertTrue(
        f.stream().anyMatch(x -> x.startsWith("kassym_jomart_tokayev PARTICIPATES_IN")),
        f.toString());
  }
}
