package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "The Kazakh capital" is the state's capital, the first place metonyms.tsv lists for the state,
 * not a seat of government listed after it (Akorda, the White House).
 */
class DemonymCapitalTest {

  @Test
  void theKazakhCapitalIsAstanaNotTheSeatOfGovernment() {
    assertEquals(
        Set.of("astana"),
        LinkedText.corefAdded(
            "The summit, held in the Kazakh capital, was hosted by President Tokayev.\n"));
    assertEquals(
        Set.of("washington_dc"),
        LinkedText.corefAdded("The five ministers later flew to the American capital.\n"));
  }
}
