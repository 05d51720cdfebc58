package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English frames over shapes the parser leaves loose: a second by-phrase of a gapped coordination
 * hung from the verb as its conjunct (joined by Armenia in January and by Kyrgyzstan in August), a
 * passive participle opening the sentence hung as dep (Founded in 2001 by China and Russia, the SCO
 * …), and a body headed by a person (en_headed_by).
 */
class EnglishGappedAgentsTest {
  @TempDir Path dir;

  private List<Statement> read(String text, String parse, String... deps) throws Exception {
    return HandParsed.read(dir, text, parse, deps);
  }

  @Test
  void aSecondByPhraseOfAGappedCoordinationIsAnotherAgent() throws Exception {
    List<Statement> st =
        read(
            "The Eurasian Economic Union was joined by Armenia in January 2015 and by Kyrgyzstan in"
                + " August.",
            "The/DT Eurasian/NNP Economic/NNP Union/NNP was/VBD joined/VBN by/IN Armenia/NNP in/IN"
                + " January/NNP 2015/CD and/CC by/IN Kyrgyzstan/NNP in/IN August/NNP ./.",
            "3 0 det",
            "3 1 compound",
            "3 2 compound",
            "5 3 nsubj:pass",
            "5 4 aux:pass",
            "-1 5 root",
            "7 6 case",
            "5 7 obl",
            "9 8 case",
            "5 9 obl",
            "9 10 nummod",
            "13 11 cc",
            "13 12 case",
            "5 13 conj",
            "15 14 case",
            "13 15 orphan",
            "5 16 punct");
    assertTrue(HandParsed.asserted(st, "armenia MEMBER_OF eaeu"), st.toString());
    assertTrue(HandParsed.asserted(st, "kyrgyzstan MEMBER_OF eaeu"), st.toString());
  }

  @Test
  void aDeniedByPhraseIsNoAgent() throws Exception {
    List<Statement> st =
        read(
            "The Eurasian Economic Union was joined by Armenia but not by Azerbaijan.",
            "The/DT Eurasian/NNP Economic/NNP Union/NNP was/VBD joined/VBN by/IN Armenia/NNP"
                + " but/CC not/RB by/IN Azerbaijan/NNP ./.",
            "3 0 det",
            "3 1 compound",
            "3 2 compound",
            "5 3 nsubj:pass",
            "5 4 aux:pass",
            "-1 5 root",
            "7 6 case",
            "5 7 obl",
            "11 8 cc",
            "11 9 advmod",
            "11 10 case",
            "5 11 conj",
            "5 12 punct");
    assertTrue(HandParsed.asserted(st, "armenia MEMBER_OF eaeu"), st.toString());
    assertFalse(HandParsed.asserted(st, "azerbaijan MEMBER_OF eaeu"), st.toString());
  }

  private static final String FOUNDED =
      "Founded/VBN in/IN 2001/CD by/IN China/NNP and/CC Russia/NNP ,/, the/DT Shanghai/NNP"
          + " Cooperation/NNP Organisation/NNP now/RB has/VBZ ten/CD members/NNS ./.";

  private static final String[] FOUNDED_DEPS = {
    "13 0 dep",
    "2 1 case",
    "0 2 obl",
    "4 3 case",
    "0 4 obl",
    "6 5 cc",
    "4 6 conj",
    "13 7 punct",
    "11 8 det",
    "11 9 compound",
    "11 10 compound",
    "13 11 nsubj",
    "13 12 advmod",
    "-1 13 root",
    "15 14 nummod",
    "13 15 obj",
    "13 16 punct"
  };

  @Test
  void aPassiveParticipleOpeningTheSentenceSaysItsActOfTheMainSubject() throws Exception {
    List<Statement> st =
        read(
            "Founded in 2001 by China and Russia, the Shanghai Cooperation Organisation now has ten"
                + " members.",
            FOUNDED,
            FOUNDED_DEPS);
    assertTrue(HandParsed.asserted(st, "china MEMBER_OF sco"), st.toString());
    assertTrue(HandParsed.asserted(st, "russia MEMBER_OF sco"), st.toString());
  }

  @Test
  void aConditionBeforeTheParticipleReadsNothing() throws Exception {
    String[] deps = new String[FOUNDED_DEPS.length + 1];
    deps[0] = "1 0 advmod";
    for (int i = 0; i < FOUNDED_DEPS.length; i++) {
      String[] x = FOUNDED_DEPS[i].split(" ");
      int g = Integer.parseInt(x[0]);
      deps[i + 1] = (g < 0 ? g : g + 1) + " " + (Integer.parseInt(x[1]) + 1) + " " + x[2];
    }
    List<Statement> st =
        read(
            "Once founded in 2001 by China and Russia, the Shanghai Cooperation Organisation now"
                + " has ten members.",
            "Once/RB " + FOUNDED.replace("Founded/VBN", "founded/VBN"),
            deps);
    assertFalse(HandParsed.asserted(st, "china MEMBER_OF sco"), st.toString());
  }

  @Test
  void aBodyHeadedByAPersonHasHimAtItsHead() throws Exception {
    List<Statement> st =
        read(
            "The Collective Security Treaty Organization, headed by Imangali Tasmagambetov, held a"
                + " summit in Minsk.",
            "The/DT Collective/JJ Security/NN Treaty/NNP Organization/NNP ,/, headed/VBN by/IN"
                + " Imangali/NNP Tasmagambetov/NNP ,/, held/VBD a/DT summit/NN in/IN Minsk/NNP ./.",
            "4 0 det",
            "2 1 amod",
            "4 2 compound",
            "4 3 compound",
            "11 4 nsubj",
            "4 5 punct",
            "4 6 acl",
            "9 7 case",
            "9 8 compound",
            "6 9 obl",
            "4 10 punct",
            "-1 11 root",
            "13 12 det",
            "11 13 obj",
            "15 14 case",
            "13 15 nmod",
            "11 16 punct");
    assertTrue(HandParsed.asserted(st, "imangali_tasmagambetov HEAD_OF csto"), st.toString());
  }

  @Test
  void aLessorsRelativeClauseLeasesTheNounToTheOneAfterTo() throws Exception {
    List<Statement> st =
        read(
            "The Baikonur Cosmodrome, which Kazakhstan leases to Russia, is in the steppe.",
            "The/DT Baikonur/NNP Cosmodrome/NNP ,/, which/WDT Kazakhstan/NNP leases/VBZ to/IN"
                + " Russia/NNP ,/, is/VBZ in/IN the/DT steppe/NN ./.",
            "2 0 det",
            "2 1 compound",
            "13 2 nsubj",
            "2 3 punct",
            "6 4 obj",
            "6 5 nsubj",
            "2 6 acl:relcl",
            "8 7 case",
            "6 8 obl",
            "2 9 punct",
            "13 10 cop",
            "13 11 case",
            "13 12 det",
            "-1 13 root",
            "13 14 punct");
    assertTrue(HandParsed.asserted(st, "russia LEASES baikonur_cosmodrome"), st.toString());
    assertFalse(HandParsed.asserted(st, "kazakhstan LEASES baikonur_cosmodrome"), st.toString());
  }
}
