package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person who signs, named in apposition to the subject noun (the Kazakh president, Tokayev,
 * signed): the sign frame takes people as the pattern rules do (the parse written by hand, no
 * CoreNLP).
 */
class ApposedSignerTest {
  @TempDir Path dir;

  @Test
  void aNameInAppositionToTheSubjectSigns() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "The Kazakh president, Kassym-Jomart Tokayev, signed the Treaty on Eternal Friendship"
                + " between Kazakhstan and Uzbekistan.",
            "The/DT Kazakh/JJ president/NN ,/, Kassym-Jomart/NNP Tokayev/NNP ,/, signed/VBD the/DT"
                + " Treaty/NNP on/IN Eternal/NNP Friendship/NNP between/IN Kazakhstan/NNP and/CC"
                + " Uzbekistan/NNP ./.",
            "2 0 det",
            "2 1 amod",
            "7 2 nsubj",
            "2 3 punct",
            "5 4 compound",
            "2 5 appos",
            "2 6 punct",
            "-1 7 root",
            "9 8 det",
            "7 9 obj",
            "12 10 case",
            "12 11 compound",
            "9 12 nmod",
            "14 13 case",
            "12 14 nmod",
            "16 15 cc",
            "14 16 conj",
            "7 17 punct");
    assertTrue(
        HandParsed.asserted(
            st, "kassym_jomart_tokayev SIGNED kazakhstan_uzbekistan_treaty_on_eternal_friendship"),
        st.toString());
  }

  @Test
  void anAgentNounStandsForItsStateNeverForAPerson() throws Exception {
    // near miss: the cabinet a person owns acts, not the person (Tokayev's cabinet ratified it)
    List<Statement> st = possessedCabinetRatifies("Tokayev");
    assertFalse(
        HandParsed.asserted(st, "kassym_jomart_tokayev SIGNED paris_agreement"), st.toString());
    // the state's cabinet still stands for the state
    st = possessedCabinetRatifies("Kazakhstan");
    assertTrue(HandParsed.asserted(st, "kazakhstan SIGNED paris_agreement"), st.toString());
  }

  private List<Statement> possessedCabinetRatifies(String owner) throws Exception {
    return HandParsed.read(
        dir,
        "The Paris Agreement, which " + owner + "'s cabinet ratified in 2016, sets targets.",
        "The/DT Paris/NNP Agreement/NNP ,/, which/WDT "
            + owner
            + "/NNP 's/POS cabinet/NN ratified/VBD in/IN 2016/CD ,/, sets/VBZ targets/NNS ./.",
        "2 0 det",
        "2 1 compound",
        "12 2 nsubj",
        "2 3 punct",
        "8 4 obj",
        "7 5 nmod:poss",
        "5 6 case",
        "8 7 nsubj",
        "2 8 acl:relcl",
        "10 9 case",
        "8 10 obl",
        "2 11 punct",
        "-1 12 root",
        "12 13 obj",
        "12 14 punct");
  }
}
