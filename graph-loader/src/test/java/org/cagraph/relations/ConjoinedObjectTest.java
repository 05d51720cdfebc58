package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A noun trigger coordinated with a verb's object shares that verb (its {@code ^} slots): Russia
 * maintains an air base at Kant and a garrison in Tajikistan keeps the garrison too. A noun
 * coordinated with the verb's subject shares nothing.
 */
class ConjoinedObjectTest {
  @TempDir Path dir;

  @Test
  void theFirstConjunctOfAVerbsObjectIsWhereTheNounClimbs() {
    // 0 maintains 1 base(obj) 2 garrison(conj of base) 3 station(conj of a subject)
    int[] governor = {-1, 0, 1, 4, 0};
    String[] relation = {"root", "obj", "conj", "conj", "nsubj"};
    assertEquals(1, RuleEngine.conjoinedObject(2, governor, relation));
    assertEquals(3, RuleEngine.conjoinedObject(3, governor, relation));
    assertEquals(1, RuleEngine.conjoinedObject(1, governor, relation));
  }

  @Test
  void aGarrisonCoordinatedWithTheObjectIsKeptByTheSubject() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "Russia maintains an air base at Kant, some twenty kilometres from Bishkek, and a larger"
                + " garrison in Tajikistan.",
            "Russia/NNP maintains/VBZ an/DT air/NN base/NN at/IN Kant/NNP ,/, some/DT twenty/CD"
                + " kilometres/NNS from/IN Bishkek/NNP ,/, and/CC a/DT larger/JJR garrison/NN in/IN"
                + " Tajikistan/NNP ./.",
            "1 0 nsubj",
            "1 4 obj",
            "1 6 obl",
            "1 7 punct",
            "1 10 obj",
            "1 20 punct",
            "4 2 det",
            "4 3 compound",
            "6 5 case",
            "9 8 advmod",
            "10 9 nummod",
            "10 12 nmod",
            "10 13 punct",
            "10 17 conj",
            "12 11 case",
            "17 14 cc",
            "17 15 det",
            "17 16 amod",
            "17 19 nmod",
            "19 18 case",
            "-1 1 root");
    assertTrue(
        HandParsed.asserted(st, "russia HAS_MILITARY_PRESENCE_IN tajikistan"), st.toString());
  }

  @Test
  void aGarrisonCoordinatedWithTheSubjectIsNobodysPresence() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "An air base at Kant and a garrison in Tajikistan worry Russia.",
            "An/DT air/NN base/NN at/IN Kant/NNP and/CC a/DT garrison/NN in/IN Tajikistan/NNP"
                + " worry/VBP Russia/NNP ./.",
            "2 0 det",
            "2 1 compound",
            "4 3 case",
            "2 4 nmod",
            "7 5 cc",
            "7 6 det",
            "2 7 conj",
            "9 8 case",
            "7 9 nmod",
            "10 2 nsubj",
            "10 11 obj",
            "10 12 punct",
            "-1 10 root");
    assertFalse(
        HandParsed.asserted(st, "russia HAS_MILITARY_PRESENCE_IN tajikistan"), st.toString());
  }
}
