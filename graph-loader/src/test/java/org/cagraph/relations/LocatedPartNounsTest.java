package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LOCATED_IN frames over a place written as a part of another (the steppe of north-eastern
 * Kazakhstan, Kazakhstan's north) and over a settlement named in an of-phrase of its kind noun (the
 * enclave of Vorukh), each parse written by hand as CoreNLP gives it (no CoreNLP in this test).
 */
class LocatedPartNounsTest {
  @TempDir Path dir;

  @Test
  void aPartNounStandsForThePlaceItIsAPartOf() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "The Semipalatinsk Test Site, located in the steppe of north-eastern Kazakhstan, was"
                + " closed in 1991.",
            "The/DT Semipalatinsk/NNP Test/NNP Site/NNP ,/, located/VBN in/IN the/DT steppe/NN"
                + " of/IN north-eastern/JJ Kazakhstan/NNP ,/, was/VBD closed/VBN in/IN 1991/CD ./.",
            "3 0 det",
            "3 1 compound",
            "3 2 compound",
            "14 3 nsubj:pass",
            "3 4 punct",
            "3 5 acl",
            "8 6 case",
            "8 7 det",
            "5 8 obl",
            "11 9 case",
            "11 10 amod",
            "8 11 nmod",
            "3 12 punct",
            "14 13 aux:pass",
            "-1 14 root",
            "16 15 case",
            "14 16 obl",
            "14 17 punct");
    assertTrue(
        HandParsed.asserted(st, "semipalatinsk_test_site LOCATED_IN kazakhstan"), st.toString());
  }

  @Test
  void aSettlementsKindNounStandsForTheNameOfItsOfPhrase() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "The enclave of Vorukh lies inside Kyrgyzstan's Batken Region.",
            "The/DT enclave/NN of/IN Vorukh/NNP lies/VBZ inside/IN Kyrgyzstan/NNP 's/POS"
                + " Batken/NNP Region/NNP ./.",
            "1 0 det",
            "4 1 nsubj",
            "3 2 case",
            "1 3 nmod",
            "-1 4 root",
            "9 5 case",
            "9 6 nmod:poss",
            "6 7 case",
            "9 8 compound",
            "4 9 obl",
            "4 10 punct");
    assertTrue(HandParsed.asserted(st, "vorukh LOCATED_IN batken_region"), st.toString());
  }
}
