package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ordinal noun that completes a verb (made Armenia the first state; left Armenia the only
 * state), with its infinitive a frame's trigger: the infinitive's subject is the actor the noun is
 * predicated of, which the parser hangs from the noun as its nsubj; a noun with no ordinal (the
 * next state to host) is a plan and reads nothing.
 */
class OrdinalObjectPredicateTest {
  @TempDir Path dir;

  private List<Statement> read(String text, String tagged) throws Exception {
    return HandParsed.read(
        dir,
        text,
        tagged,
        "1 0 det",
        "2 1 nsubj",
        "-1 2 root",
        "2 6 xcomp",
        "6 3 nsubj",
        "6 4 det",
        "6 5 amod",
        "6 8 acl",
        "8 7 mark",
        "8 10 obj",
        "10 9 amod",
        "2 11 punct");
  }

  @Test
  void theFirstStateToHostIsTheObjectOfMade() throws Exception {
    List<Statement> st =
        read(
            "The deal made Armenia the first state to host Turkish troops.",
            "The/DT deal/NN made/VBD Armenia/NNP the/DT first/JJ state/NN to/TO host/VB"
                + " Turkish/JJ troops/NNS ./.");
    assertTrue(HandParsed.asserted(st, "turkey HAS_MILITARY_PRESENCE_IN armenia"), st.toString());
  }

  @Test
  void theNextStateToHostIsNoRecord() throws Exception {
    List<Statement> st =
        read(
            "The deal made Armenia the next state to host Turkish troops.",
            "The/DT deal/NN made/VBD Armenia/NNP the/DT next/JJ state/NN to/TO host/VB"
                + " Turkish/JJ troops/NNS ./.");
    assertFalse(HandParsed.asserted(st, "turkey HAS_MILITARY_PRESENCE_IN armenia"), st.toString());
  }
}
