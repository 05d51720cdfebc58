package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An as-phrase noun trigger (as a member of the CSTO) before its verb's subject is said of that
 * subject whatever the verb; after it, a verb of regarding, calling or counting still says it of
 * the verb's object (RuleEngine.asPhraseSubject). Sentences written for the test, parsed by hand as
 * CoreNLP parses them.
 */
class FrontedAsPhraseTest {
  @TempDir Path dir;

  @Test
  void aFrontedAsPhraseIsTheSubjects() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "As a member of the CSTO, Armenia called on its allies for help.",
            "As/IN a/DT member/NN of/IN the/DT CSTO/NNP ,/, Armenia/NNP called/VBD on/IN its/PRP$"
                + " allies/NNS for/IN help/NN ./.",
            "2 0 case",
            "2 1 det",
            "8 2 obl",
            "5 3 case",
            "5 4 det",
            "2 5 nmod",
            "8 6 punct",
            "8 7 nsubj",
            "-1 8 root",
            "11 9 case",
            "11 10 nmod:poss",
            "8 11 obl",
            "13 12 case",
            "8 13 obl",
            "8 14 punct");
    assertTrue(HandParsed.asserted(st, "armenia MEMBER_OF csto"), st.toString());
  }

  @Test
  void anAsPhraseAfterTheObjectOfCountingIsTheObjects() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "Moscow counts Minsk as a member of the CSTO.",
            "Moscow/NNP counts/VBZ Minsk/NNP as/IN a/DT member/NN of/IN the/DT CSTO/NNP ./.",
            "1 0 nsubj",
            "-1 1 root",
            "1 2 obj",
            "5 3 case",
            "5 4 det",
            "1 5 obl",
            "8 6 case",
            "8 7 det",
            "5 8 nmod",
            "1 9 punct");
    assertTrue(HandParsed.asserted(st, "belarus MEMBER_OF csto"), st.toString());
    assertFalse(HandParsed.asserted(st, "russia MEMBER_OF csto"), st.toString());
  }
}
