package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English frames over appositive and participial asides and light verbs, with parses written as
 * CoreNLP gives them: a participle set off after its names that the parser reads as the active verb
 * (India and Pakistan, admitted as full members of the SCO, took part); a full membership after a
 * status the patterns read of the same pair (Iran, which had held observer status in the SCO,
 * became the bloc's ninth full member); "took part" with an agent noun for its subject and a
 * together-with phrase on its verb.
 */
class EnglishAsidesFramesTest {
  @TempDir Path dir;

  private List<Statement> read(String text, String parse, String... deps) throws Exception {
    return HandParsed.read(dir, text, parse, deps);
  }

  private static boolean asserted(List<Statement> st, String fact) {
    return HandParsed.asserted(st, fact);
  }

  private static boolean withRole(List<Statement> st, String fact, String role) {
    return st.stream()
        .anyMatch(
            x ->
                x.asserted()
                    && (x.subject() + " " + x.predicate() + " " + x.object()).equals(fact)
                    && java.util.Objects.equals(x.role(), role));
  }

  private static final String ADMITTED_TEXT =
      "India and Pakistan, admitted as full members of the Shanghai Cooperation Organization in 2017, took part together in the bloc's counter-terrorism drills in Russia a year later.";

  private static final String ADMITTED_PARSE =
      "India/NNP and/CC Pakistan/NNP ,/, admitted/VBD as/IN full/JJ members/NNS of/IN"
          + " the/DT Shanghai/NNP Cooperation/NNP Organization/NNP in/IN 2017/CD ,/, took/VBD"
          + " part/NN together/RB in/IN the/DT bloc/NN 's/POS counter-terrorism/NN drills/NNS"
          + " in/IN Russia/NNP a/DT year/NN later/RB ./.";

  private static final String[] ADMITTED_DEPS = {
    "4 0 nsubj",
    "4 3 punct",
    "4 7 obl",
    "4 14 obl",
    "4 15 punct",
    "4 16 dep",
    "4 30 punct",
    "0 2 conj",
    "2 1 cc",
    "7 5 case",
    "7 6 amod",
    "7 12 nmod",
    "12 8 case",
    "12 9 det",
    "12 10 compound",
    "12 11 compound",
    "14 13 case",
    "16 17 obj",
    "16 18 advmod",
    "16 24 obl",
    "16 26 obl",
    "16 29 advmod",
    "24 19 case",
    "24 21 nmod:poss",
    "24 23 compound",
    "21 20 det",
    "21 22 case",
    "26 25 case",
    "28 27 det",
    "29 28 obl:npmod",
    "-1 4 root"
  };

  private static final String OBSERVER_THEN_MEMBER_TEXT =
      "Iran, which had held observer status in the Shanghai Cooperation Organization since 2005, became the bloc's ninth full member in 2023 after a long accession procedure.";

  private static final String OBSERVER_THEN_MEMBER_PARSE =
      "Iran/NNP ,/, which/WDT had/VBD held/VBN observer/NN status/NN in/IN the/DT"
          + " Shanghai/NNP Cooperation/NNP Organization/NNP since/IN 2005/CD ,/, became/VBD"
          + " the/DT bloc/NN 's/POS ninth/JJ full/JJ member/NN in/IN 2023/CD after/IN a/DT"
          + " long/JJ accession/NN procedure/NN ./.";

  private static final String[] OBSERVER_THEN_MEMBER_DEPS = {
    "15 0 nsubj",
    "15 14 punct",
    "15 21 xcomp",
    "15 23 obl",
    "15 28 obl",
    "15 29 punct",
    "0 1 punct",
    "0 4 acl:relcl",
    "4 2 nsubj",
    "4 3 aux",
    "4 6 obj",
    "4 11 obl",
    "4 13 obl",
    "6 5 compound",
    "11 7 case",
    "11 8 det",
    "11 9 compound",
    "11 10 compound",
    "13 12 case",
    "17 16 det",
    "17 18 case",
    "21 17 nmod:poss",
    "21 19 amod",
    "21 20 amod",
    "23 22 case",
    "28 24 case",
    "28 25 det",
    "28 26 amod",
    "28 27 compound",
    "-1 15 root"
  };

  private static final String TOGETHER_TEXT =
      "Russian troops, together with battalions from Kazakhstan, took part in the Vostok-2018 manoeuvres.";

  private static final String TOGETHER_PARSE =
      "Russian/JJ troops/NNS ,/, together/RB with/IN battalions/NNS from/IN Kazakhstan/NNP"
          + " ,/, took/VBD part/NN in/IN the/DT Vostok/NN -/HYPH 2018/CD manoeuvres/NNS ./.";

  private static final String[] TOGETHER_DEPS = {
    "1 0 amod",
    "9 1 nsubj",
    "9 2 punct",
    "9 5 obl",
    "9 8 punct",
    "9 10 obj",
    "9 16 obl",
    "9 17 punct",
    "5 3 advmod",
    "5 4 case",
    "5 7 nmod",
    "7 6 case",
    "16 11 case",
    "16 12 det",
    "16 13 compound",
    "13 14 punct",
    "13 15 nummod",
    "-1 9 root"
  };

  @Test
  void aParticipleSetOffAfterItsNamesIsSaidOfThem() throws Exception {
    List<Statement> st = read(ADMITTED_TEXT, ADMITTED_PARSE, ADMITTED_DEPS);
    assertTrue(asserted(st, "india MEMBER_OF sco"), st.toString());
    assertTrue(asserted(st, "pakistan MEMBER_OF sco"), st.toString());
  }

  @Test
  void aFullMembershipAfterAnObserverStatusIsASecondFact() throws Exception {
    List<Statement> st =
        read(OBSERVER_THEN_MEMBER_TEXT, OBSERVER_THEN_MEMBER_PARSE, OBSERVER_THEN_MEMBER_DEPS);
    assertTrue(withRole(st, "iran MEMBER_OF sco", "observer"), st.toString());
    assertTrue(withRole(st, "iran MEMBER_OF sco", "member"), st.toString());
  }

  @Test
  void tookPartSharesItsSubjectsAgentNounAndCoAgents() throws Exception {
    List<Statement> st = read(TOGETHER_TEXT, TOGETHER_PARSE, TOGETHER_DEPS);
    assertTrue(asserted(st, "russia PARTICIPATES_IN vostok_2018"), st.toString());
    assertTrue(asserted(st, "kazakhstan PARTICIPATES_IN vostok_2018"), st.toString());
  }

  @Test
  void helpersReadTheirShapesOnly() {
    assertTrue(RuleEngine.fullAfterStatus("MEMBER_OF", "member"));
    assertTrue(RuleEngine.fullAfterStatus("MEMBER_OF", null));
    assertTrue(!RuleEngine.fullAfterStatus("MEMBER_OF", "observer"));
    assertTrue(!RuleEngine.fullAfterStatus("PARTICIPATES_IN", null));
  }
}
