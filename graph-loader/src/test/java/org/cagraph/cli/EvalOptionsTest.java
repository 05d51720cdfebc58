package org.cagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A mistyped set or language of {@code kg eval} is one line naming the option, before any work. */
class EvalOptionsTest {
  @Test
  void anUnknownLanguageIsOneLineNamingTheOptionAndTheLanguagesThereAre() {
    Cli r = Cli.run(Map.of(), "eval", "--language", "en,kk");
    assertEquals(2, r.exitCode(), r.toString());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), r.toString());
    assertTrue(err.contains("--language kk"), r.toString());
    assertTrue(err.contains("en, ru, zh-Hans, zh-Hant"), r.toString());
    assertFalse(err.contains("Exception"), r.toString());
  }

  @Test
  void anUnknownSetIsOneLineNamingTheOption() {
    Cli r = Cli.run(Map.of(), "eval", "--set", "test");
    assertEquals(2, r.exitCode(), r.toString());
    assertTrue(r.err().strip().contains("--set test"), r.toString());
    assertEquals(1, r.err().strip().lines().count(), r.toString());
  }
}
