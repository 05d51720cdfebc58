package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A possessive pronoun (its, their) on a noun trigger that no reference resolved stands for the
 * subject of the noun's clause (Kazakhstan has been shaped by its membership in the CSTO), or that
 * subject's possessor when the subject links to nothing; not when the verb has an actor of its own
 * as its object (Kazakhstan praised Armenia for its membership: either could be the member).
 */
class PossessivePronounOwnerTest {
  @TempDir Path dir;

  @Test
  void itsIsTheClausesSubject() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "Kazakhstan has been shaped by its membership in the CSTO.",
            "Kazakhstan/NNP has/VBZ been/VBN shaped/VBN by/IN its/PRP$ membership/NN in/IN the/DT"
                + " CSTO/NNP ./.",
            "3 0 nsubj:pass",
            "3 1 aux",
            "3 2 aux:pass",
            "-1 3 root",
            "6 4 case",
            "6 5 nmod:poss",
            "3 6 obl",
            "9 7 case",
            "9 8 det",
            "6 9 nmod",
            "3 10 punct");
    assertTrue(HandParsed.asserted(st, "kazakhstan MEMBER_OF csto"), st.toString());
  }

  @Test
  void itsIsNobodysWhenTheVerbHasAnActorForItsObject() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "Kazakhstan praised Armenia for its membership in the CSTO.",
            "Kazakhstan/NNP praised/VBD Armenia/NNP for/IN its/PRP$ membership/NN in/IN the/DT"
                + " CSTO/NNP ./.",
            "1 0 nsubj",
            "-1 1 root",
            "1 2 obj",
            "5 3 case",
            "5 4 nmod:poss",
            "1 5 obl",
            "8 6 case",
            "8 7 det",
            "5 8 nmod",
            "1 9 punct");
    assertFalse(HandParsed.asserted(st, "kazakhstan MEMBER_OF csto"), st.toString());
  }
}
