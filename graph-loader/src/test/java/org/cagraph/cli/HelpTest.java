package org.cagraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every verb answers -h and --help with its own usage on stdout and exit 0, as kg itself does. */
class HelpTest {
  @ParameterizedTest
  @ValueSource(strings = {"up", "extract", "load", "eval", "sentences", "actors", "export"})
  void everyVerbPrintsItsUsage(String verb) {
    for (String flag : new String[] {"--help", "-h"}) {
      Cli r = Cli.run(Map.of(), verb, flag);
      assertEquals(0, r.exitCode(), () -> verb + " " + flag + ": " + r);
      assertTrue(r.out().startsWith("Usage: kg " + verb), () -> verb + " " + flag + ": " + r);
      assertTrue(r.err().isEmpty(), () -> verb + " " + flag + ": " + r);
    }
  }
}
