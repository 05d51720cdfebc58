package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A treaty whose owner is a relative "whose" and that was signed (Kyrgyzstan, whose accession
 * treaty was signed in Moscow): the noun the relative clause modifies signed it, not the subject of
 * the sentence's main clause.
 */
class WhoseTreatySignedTest {
  @TempDir Path dir;

  @Test
  void whoseIsTheNounTheClauseModifies() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "Kazakhstan, whose Strategic Arms Reduction Treaty was signed in 1992, kept its word.",
            "Kazakhstan/NNP ,/, whose/WP$ Strategic/NNP Arms/NNPS Reduction/NNP Treaty/NNP was/VBD"
                + " signed/VBN in/IN 1992/CD ,/, kept/VBD its/PRP$ word/NN ./.",
            "12 0 nsubj",
            "0 1 punct",
            "6 2 nmod:poss",
            "6 3 compound",
            "6 4 compound",
            "6 5 compound",
            "8 6 nsubj:pass",
            "8 7 aux:pass",
            "0 8 acl:relcl",
            "10 9 case",
            "8 10 obl",
            "0 11 punct",
            "-1 12 root",
            "14 13 nmod:poss",
            "12 14 obj",
            "12 15 punct");
    assertTrue(HandParsed.asserted(st, "kazakhstan SIGNED start_i"), st.toString());
  }

  @Test
  void whoseIsNotTheMainClausesSubject() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "Kazakhstan praised Russia, whose Strategic Arms Reduction Treaty was signed in 1991.",
            "Kazakhstan/NNP praised/VBD Russia/NNP ,/, whose/WP$ Strategic/NNP Arms/NNPS"
                + " Reduction/NNP Treaty/NNP was/VBD signed/VBN in/IN 1991/CD ./.",
            "1 0 nsubj",
            "-1 1 root",
            "1 2 obj",
            "2 3 punct",
            "8 4 nmod:poss",
            "8 5 compound",
            "8 6 compound",
            "8 7 compound",
            "10 8 nsubj:pass",
            "10 9 aux:pass",
            "2 10 acl:relcl",
            "12 11 case",
            "10 12 obl",
            "1 13 punct");
    assertFalse(HandParsed.asserted(st, "kazakhstan SIGNED start_i"), st.toString());
    assertTrue(HandParsed.asserted(st, "russia SIGNED start_i"), st.toString());
  }
}
