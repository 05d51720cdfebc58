package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state named as the leader of a bloc inside the phrase that names the bloc (the Russian-led
 * bloc): the phrase is the bloc, and the state is no party of what the bloc signs. Sentences
 * written for the test.
 */
class NestedLeaderTest {
  @TempDir Path dir;

  private static List<String> signers(List<Statement> st) {
    return st.stream()
        .filter(s -> s.asserted() && s.predicate().equals("SIGNED"))
        .map(Statement::subject)
        .distinct()
        .sorted()
        .toList();
  }

  @Test
  void theLeaderOfABlocNamedByReferenceSignsNothingOfIt() throws Exception {
    List<Statement> st =
        Sentences.extract(
            dir,
            "Iran is not a member of the Eurasian Economic Union, although it signed the EAEU-Iran"
                + " Free Trade Agreement with the Russian-led bloc in 2023.");
    List<String> s = signers(st);
    assertTrue(!s.contains("russia"), st.toString());
    assertTrue(s.contains("eaeu"), st.toString());
    assertEquals(true, s.contains("iran"), st.toString());
  }
}
