package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verb frames over attachments the English parser gives in some sentences and not in others,
 * each parse written here by hand as CoreNLP gives it (no CoreNLP in this test): what a user sees
 * must not depend on which of them the parser chose.
 */
class FrameAttachmentTest {
  @TempDir Path dir;

  private List<Statement> read(String text, String parse, String... deps) throws Exception {
    return HandParsed.read(dir, text, parse, deps);
  }

  private static boolean asserted(List<Statement> st, String fact) {
    return HandParsed.asserted(st, fact);
  }

  private static final String[] JOINED_IN_SIGNING = {
    "1 0 nsubj",
    "-1 1 root",
    "4 2 det",
    "4 3 amod",
    "1 4 obj",
    "6 5 case",
    "1 6 %s",
    "11 7 det",
    "10 8 compound",
    "10 9 punct",
    "11 10 compound",
    "6 11 obj",
    "1 12 punct"
  };

  private List<Statement> joinedInSigning(String relation) throws Exception {
    String[] deps = JOINED_IN_SIGNING.clone();
    deps[6] = String.format(deps[6], relation);
    return read(
        "Bishkek joined the other republics in signing the Alma-Ata Declaration.",
        "Bishkek/NNP joined/VBD the/DT other/JJ republics/NNS in/IN signing/VBG the/DT Alma/NNP"
            + " -/HYPH Ata/NNP Declaration/NNP ./.",
        deps);
  }

  @Test
  void joinsInSigningSignsWhetherTheParserCallsItAnAdverbialClauseOrAnOblique() throws Exception {
    // in signing as advcl of joined (mark in), or as obl (case in): Bishkek signs either way
    for (String relation : List.of("advcl", "obl")) {
      List<Statement> st = joinedInSigning(relation);
      assertTrue(asserted(st, "kyrgyzstan SIGNED alma_ata_declaration"), relation + ": " + st);
    }
  }

  @Test
  void aParticipleClauseAfterACommaSharesTheMainVerbsSubject() throws Exception {
    // becoming hangs from signed as dep (or advcl); member is its xcomp: Kyrgyzstan is the member
    String text =
        "Kyrgyzstan signed the treaty in 1998, becoming a founding member of the World Trade"
            + " Organization.";
    String parse =
        "Kyrgyzstan/NNP signed/VBD the/DT treaty/NN in/IN 1998/CD ,/, becoming/VBG a/DT"
            + " founding/VBG member/NN of/IN the/DT World/NNP Trade/NNP Organization/NNP ./.";
    for (String relation : List.of("dep", "advcl")) {
      List<Statement> st =
          read(
              text,
              parse,
              "1 0 nsubj",
              "-1 1 root",
              "3 2 det",
              "1 3 obj",
              "5 4 case",
              "1 5 obl",
              "1 6 punct",
              "1 7 " + relation,
              "10 8 det",
              "10 9 amod",
              "7 10 xcomp",
              "15 11 case",
              "15 12 det",
              "15 13 compound",
              "15 14 compound",
              "10 15 nmod",
              "1 16 punct");
      assertTrue(asserted(st, "kyrgyzstan MEMBER_OF wto"), relation + ": " + st);
    }
  }

  @Test
  void aParticipleClauseMarkedWithoutStatesNothing() throws Exception {
    List<Statement> st =
        read(
            "Kyrgyzstan signed the treaty in 1998, without becoming a member of the World Trade"
                + " Organization.",
            "Kyrgyzstan/NNP signed/VBD the/DT treaty/NN in/IN 1998/CD ,/, without/IN becoming/VBG"
                + " a/DT member/NN of/IN the/DT World/NNP Trade/NNP Organization/NNP ./.",
            "1 0 nsubj",
            "-1 1 root",
            "3 2 det",
            "1 3 obj",
            "5 4 case",
            "1 5 obl",
            "1 6 punct",
            "8 7 mark",
            "1 8 advcl",
            "10 9 det",
            "8 10 xcomp",
            "15 11 case",
            "15 12 det",
            "15 13 compound",
            "15 14 compound",
            "10 15 nmod",
            "1 16 punct");
    assertFalse(asserted(st, "kyrgyzstan MEMBER_OF wto"), st.toString());
  }

  @Test
  void aWhichClauseOnAStateIsReadOfThatState() throws Exception {
    // the parser hangs the relative clause from its noun as dep (or acl:relcl): which is Kazakhstan
    for (String relation : List.of("dep", "acl:relcl")) {
      List<Statement> st =
          read(
              "Kazakhstan, which joined the World Trade Organization in 2015, now exports more"
                  + " grain.",
              "Kazakhstan/NNP ,/, which/WDT joined/VBD the/DT World/NNP Trade/NNP Organization/NNP"
                  + " in/IN 2015/CD ,/, now/RB exports/VBZ more/JJR grain/NN ./.",
              "12 0 nsubj",
              "0 1 punct",
              "3 2 nsubj",
              "0 3 " + relation,
              "7 4 det",
              "7 5 compound",
              "7 6 compound",
              "3 7 obj",
              "9 8 case",
              "3 9 obl",
              "0 10 punct",
              "12 11 advmod",
              "-1 12 root",
              "14 13 amod",
              "12 14 obj",
              "12 15 punct");
      assertTrue(asserted(st, "kazakhstan MEMBER_OF wto"), relation + ": " + st);
    }
  }

  @Test
  void aPassiveParticipleOnANounTriggerGivesItsAgentAndItsRecipient() throws Exception {
    String parse =
        "Aid/NN sent/VBN by/IN Kazakhstan/NNP to/IN Afghanistan/NNP included/VBD wheat/NN ./.";
    // as an acl of the noun, and as CoreNLP often parses it: the noun the participle's subject
    for (String[] head :
        List.of(new String[] {"6 0 nsubj", "0 1 acl"}, new String[] {"1 0 nsubj", "1 6 dep"})) {
      boolean acl = head[1].equals("0 1 acl");
      List<Statement> st =
          read(
              "Aid sent by Kazakhstan to Afghanistan included wheat.",
              parse,
              head[0],
              head[1],
              "3 2 case",
              "1 3 obl",
              "5 4 case",
              "1 5 obl",
              acl ? "-1 6 root" : "-1 1 root",
              "6 7 obj",
              "6 8 punct");
      assertTrue(asserted(st, "kazakhstan AIDS afghanistan"), String.join(",", head) + st);
    }
    // near miss: a participle of a verb that is no agent's act (criticised)
    List<Statement> st =
        read(
            "Aid criticised by Kazakhstan went to Afghanistan.",
            "Aid/NN criticised/VBN by/IN Kazakhstan/NNP went/VBD to/IN Afghanistan/NNP ./.",
            "4 0 nsubj",
            "0 1 acl",
            "3 2 case",
            "1 3 obl",
            "-1 4 root",
            "6 5 case",
            "4 6 obl",
            "4 7 punct");
    assertFalse(asserted(st, "kazakhstan AIDS afghanistan"), st.toString());
  }

  @Test
  void theSecondNounOfACoordinatedAppositionIsTheNamesToo() throws Exception {
    // as CoreNLP parses it: the second noun hangs from the first as conj, not from the name
    String text = "Armenia, a former Soviet republic and a member of the CSTO, hosted the summit.";
    String parse =
        "Armenia/NNP ,/, a/DT former/JJ Soviet/JJ republic/NN and/CC a/DT member/NN of/IN the/DT"
            + " CSTO/NNP ,/, hosted/VBD the/DT summit/NN ./.";
    List<String> deps =
        new ArrayList<>(
            List.of(
                "13 0 nsubj",
                "0 1 punct",
                "5 2 det",
                "5 3 amod",
                "5 4 amod",
                "0 5 appos",
                "8 6 cc",
                "8 7 det",
                "5 8 conj",
                "11 9 case",
                "11 10 det",
                "8 11 nmod",
                "0 12 punct",
                "-1 13 root",
                "15 14 det",
                "13 15 obj",
                "13 16 punct"));
    List<Statement> st = read(text, parse, deps.toArray(String[]::new));
    assertTrue(asserted(st, "armenia MEMBER_OF csto"), st.toString());
    // near miss: a noun coordinated with the name's own predicate noun, not with an apposition
    deps.set(5, "0 5 dep");
    st = read(text, parse, deps.toArray(String[]::new));
    assertFalse(asserted(st, "armenia MEMBER_OF csto"), st.toString());
  }

  @Test
  void aRelativeClauseWithASubjectOfItsOwnReadsItsNounAsTheObject() throws Exception {
    // no relative pronoun: the parser hangs the clause from bloc as dep (or acl:relcl), and bloc
    // is in apposition to the union, so the union is what the Kazakh government founded
    for (String relation : List.of("dep", "acl:relcl")) {
      List<Statement> st =
          read(
              "The Eurasian Economic Union, a bloc the Kazakh government founded with Moscow, met"
                  + " in Minsk.",
              "The/DT Eurasian/NNP Economic/NNP Union/NNP ,/, a/DT bloc/NN the/DT Kazakh/NNP"
                  + " government/NN founded/VBD with/IN Moscow/NNP ,/, met/VBD in/IN Minsk/NNP ./.",
              "3 0 det",
              "3 1 compound",
              "3 2 compound",
              "14 3 nsubj",
              "3 4 punct",
              "6 5 det",
              "3 6 appos",
              "9 7 det",
              "9 8 compound",
              "10 9 nsubj",
              "6 10 " + relation,
              "12 11 case",
              "10 12 obl",
              "3 13 punct",
              "-1 14 root",
              "16 15 case",
              "14 16 obl",
              "14 17 punct");
      assertTrue(asserted(st, "kazakhstan MEMBER_OF eaeu"), relation + ": " + st);
    }
  }

  @Test
  void aWhereClauseReadsItsNounAsThePlace() throws Exception {
    List<Statement> st =
        read(
            "Tajikistan, where Russia stationed troops in 1993, guards the Afghan border.",
            "Tajikistan/NNP ,/, where/WRB Russia/NNP stationed/VBN troops/NNS in/IN 1993/CD ,/,"
                + " guards/VBZ the/DT Afghan/JJ border/NN ./.",
            "9 0 nsubj",
            "0 1 punct",
            "4 2 advmod",
            "4 3 nsubj",
            "0 4 acl:relcl",
            "4 5 obj",
            "7 6 case",
            "4 7 obl",
            "0 8 punct",
            "-1 9 root",
            "12 10 det",
            "12 11 amod",
            "9 12 obj",
            "9 13 punct");
    assertTrue(asserted(st, "russia HAS_MILITARY_PRESENCE_IN tajikistan"), st.toString());
  }

  @Test
  void aRelativeClauseWithAnObjectOfItsOwnOrOnlyAPronounSubjectHasNoObjectGap() throws Exception {
    // Kazakhstan joined the exercises, not NATO
    List<Statement> own =
        read(
            "NATO, whose exercises Kazakhstan joined in 2003, praised its troops.",
            "NATO/NNP ,/, whose/WP$ exercises/NNS Kazakhstan/NNP joined/VBD in/IN 2003/CD ,/,"
                + " praised/VBD its/PRP$ troops/NNS ./.",
            "9 0 nsubj",
            "0 1 punct",
            "3 2 nmod:poss",
            "5 3 obj",
            "5 4 nsubj",
            "0 5 acl:relcl",
            "7 6 case",
            "5 7 obl",
            "0 8 punct",
            "-1 9 root",
            "11 10 nmod:poss",
            "9 11 obj",
            "9 12 punct");
    assertTrue(own.stream().noneMatch(x -> x.predicate().equals("MEMBER_OF")), own.toString());
    // which is the subject: the organisation joined a fight, it joined no organisation
    List<Statement> which =
        read(
            "The Shanghai Cooperation Organisation, which joined the fight against terrorism early,"
                + " met in Astana.",
            "The/DT Shanghai/NNP Cooperation/NNP Organisation/NNP ,/, which/WDT joined/VBD the/DT"
                + " fight/NN against/IN terrorism/NN early/RB ,/, met/VBD in/IN Astana/NNP ./.",
            "3 0 det",
            "3 1 compound",
            "3 2 compound",
            "13 3 nsubj",
            "3 4 punct",
            "6 5 nsubj",
            "3 6 acl:relcl",
            "8 7 det",
            "6 8 obj",
            "10 9 case",
            "8 10 nmod",
            "6 11 advmod",
            "3 12 punct",
            "-1 13 root",
            "15 14 case",
            "13 15 obl",
            "13 16 punct");
    assertTrue(which.stream().noneMatch(x -> x.predicate().equals("MEMBER_OF")), which.toString());
  }

  @Test
  void actsStatedAsNounsTakeTheirAgentsAndObjectsFromTheNounPhrase() throws Exception {
    assertTrue(
        asserted(
            read(
                "Chinese lending to Tajikistan rose sharply.",
                "Chinese/JJ lending/NN to/IN Tajikistan/NNP rose/VBD sharply/RB ./.",
                "1 0 amod",
                "4 1 nsubj",
                "3 2 case",
                "1 3 nmod",
                "-1 4 root",
                "4 5 advmod",
                "4 6 punct"),
            "china AIDS tajikistan"));
    assertTrue(
        asserted(
            read(
                "Russia's rent for Baikonur is paid yearly.",
                "Russia/NNP 's/POS rent/NN for/IN Baikonur/NNP is/VBZ paid/VBN yearly/RB ./.",
                "2 0 nmod:poss",
                "0 1 case",
                "6 2 nsubj:pass",
                "4 3 case",
                "2 4 nmod",
                "6 5 aux:pass",
                "-1 6 root",
                "6 7 advmod",
                "6 8 punct"),
            "russia LEASES baikonur_cosmodrome"));
    assertTrue(
        asserted(
            read(
                "Uzbekistan's pullout from the CSTO came in 2012.",
                "Uzbekistan/NNP 's/POS pullout/NN from/IN the/DT CSTO/NNP came/VBD in/IN 2012/CD"
                    + " ./.",
                "2 0 nmod:poss",
                "0 1 case",
                "6 2 nsubj",
                "5 3 case",
                "5 4 det",
                "2 5 nmod",
                "-1 6 root",
                "8 7 case",
                "6 8 obl",
                "6 9 punct"),
            "uzbekistan WITHDREW_FROM csto"));
    // talks on the pullout: the act is under discussion, not done
    List<Statement> talks =
        read(
            "Talks on Uzbekistan's pullout from the CSTO stalled.",
            "Talks/NNS on/IN Uzbekistan/NNP 's/POS pullout/NN from/IN the/DT CSTO/NN stalled/VBN"
                + " ./.",
            "-1 0 root",
            "4 1 case",
            "4 2 nmod:poss",
            "2 3 case",
            "0 4 nmod",
            "7 5 case",
            "7 6 det",
            "4 7 nmod",
            "7 8 amod",
            "0 9 punct");
    assertFalse(asserted(talks, "uzbekistan WITHDREW_FROM csto"), talks.toString());
  }

  @Test
  void aSignatureOrAFoundingStatedAsANounIsReadUnlessPlanned() throws Exception {
    assertTrue(
        asserted(
            read(
                "Uzbekistan's signature on the Collective Security Treaty dates from 1992.",
                "Uzbekistan/NNP 's/POS signature/NN on/IN the/DT Collective/JJ Security/NN"
                    + " Treaty/NNP dates/VBZ from/IN 1992/CD ./.",
                "2 0 nmod:poss",
                "0 1 case",
                "8 2 nsubj",
                "6 3 case",
                "6 4 det",
                "6 5 amod",
                "2 6 nmod",
                "8 7 nsubj",
                "-1 8 root",
                "10 9 case",
                "8 10 obl",
                "8 11 punct"),
            "uzbekistan SIGNED collective_security_treaty"));
    List<Statement> founding =
        read(
            "Kazakhstan's co-founding of the SCO mattered.",
            "Kazakhstan/NNP 's/POS co-founding/NN of/IN the/DT SCO/NNP mattered/VBD ./.",
            "2 0 nmod:poss",
            "0 1 case",
            "6 2 nsubj",
            "5 3 case",
            "5 4 det",
            "2 5 nmod",
            "-1 6 root",
            "6 7 punct");
    assertTrue(
        founding.stream()
            .anyMatch(
                x ->
                    x.asserted()
                        && "founding".equals(x.role())
                        && (x.subject() + " " + x.predicate() + " " + x.object())
                            .equals("kazakhstan MEMBER_OF sco")),
        founding.toString());
    // a planned creation is no founding
    List<Statement> planned =
        read(
            "Russia's planned creation of the EAEU was announced in 2011.",
            "Russia/NNP 's/POS planned/VBN creation/NN of/IN the/DT EAEU/NNP was/VBD"
                + " announced/VBN in/IN 2011/CD ./.",
            "3 0 nmod:poss",
            "0 1 case",
            "3 2 amod",
            "8 3 nsubj:pass",
            "6 4 case",
            "6 5 det",
            "3 6 nmod",
            "8 7 aux:pass",
            "-1 8 root",
            "10 9 case",
            "8 10 obl",
            "8 11 punct");
    assertFalse(asserted(planned, "russia MEMBER_OF eaeu"), planned.toString());
  }

  @Test
  void aPossessedStandingStateIsStatedUnderAnotherPredicatesModal() throws Exception {
    // the modal is incompatible's: Armenia's membership is a fact
    List<Statement> st =
        read(
            "Moscow has warned that the deal would be incompatible with Armenia's membership of the"
                + " Eurasian Economic Union.",
            "Moscow/NNP has/VBZ warned/VBN that/IN the/DT deal/NN would/MD be/VB incompatible/JJ"
                + " with/IN Armenia/NNP 's/POS membership/NN of/IN the/DT Eurasian/NNP"
                + " Economic/NNP Union/NNP ./.",
            "2 0 nsubj",
            "2 1 aux",
            "-1 2 root",
            "8 3 mark",
            "5 4 det",
            "8 5 nsubj",
            "8 6 aux",
            "8 7 cop",
            "2 8 ccomp",
            "12 9 case",
            "12 10 nmod:poss",
            "10 11 case",
            "8 12 obl",
            "17 13 case",
            "17 14 det",
            "17 15 compound",
            "17 16 compound",
            "12 17 nmod",
            "2 18 punct");
    assertTrue(asserted(st, "armenia MEMBER_OF eaeu"), st.toString());
    // talks on the membership: the phrase modifies talks, and the talks may resume
    List<Statement> talks =
        read(
            "Talks on Armenia's membership of the WTO could resume soon.",
            "Talks/NNS on/IN Armenia/NNP 's/POS membership/NN of/IN the/DT WTO/NNP could/MD"
                + " resume/VB soon/RB ./.",
            "9 0 nsubj",
            "4 1 case",
            "4 2 nmod:poss",
            "2 3 case",
            "0 4 nmod",
            "7 5 case",
            "7 6 det",
            "4 7 nmod",
            "9 8 aux",
            "-1 9 root",
            "9 10 advmod",
            "9 11 punct");
    assertFalse(asserted(talks, "armenia MEMBER_OF wto"), talks.toString());
  }

  @Test
  void aSecondPredicateNounHungFromTheFirstOnesObjectSharesItsSubject() throws Exception {
    // member parsed as a conjunct of SCO, the observer's object: Belarus is still the member
    List<Statement> st =
        read(
            "Belarus is an observer in the SCO and a full member of the CSTO.",
            "Belarus/NNP is/VBZ an/DT observer/NN in/IN the/DT SCO/NNP and/CC a/DT full/JJ"
                + " member/NN of/IN the/DT CSTO/NNP ./.",
            "3 0 nsubj",
            "3 1 cop",
            "3 2 det",
            "-1 3 root",
            "6 4 case",
            "6 5 det",
            "3 6 nmod",
            "10 7 cc",
            "10 8 det",
            "10 9 amod",
            "6 10 conj",
            "13 11 case",
            "13 12 det",
            "10 13 nmod",
            "3 14 punct");
    assertTrue(asserted(st, "belarus MEMBER_OF csto"), st.toString());
    // member parsed as a conjunct of the date, an obl of became: the subject of became
    List<Statement> dated =
        read(
            "Uzbekistan became an observer in the EAEU in 2020 and a member of the CSTO.",
            "Uzbekistan/NNP became/VBD an/DT observer/NN in/IN the/DT EAEU/NNP in/IN 2020/CD"
                + " and/CC a/DT member/NN of/IN the/DT CSTO/NNP ./.",
            "1 0 nsubj",
            "-1 1 root",
            "3 2 det",
            "1 3 xcomp",
            "6 4 case",
            "6 5 det",
            "3 6 nmod",
            "8 7 case",
            "1 8 obl",
            "11 9 cc",
            "11 10 det",
            "8 11 conj",
            "14 12 case",
            "14 13 det",
            "11 14 nmod",
            "1 15 punct");
    assertTrue(asserted(dated, "uzbekistan MEMBER_OF csto"), dated.toString());
    // the chain ends at the object of a verb, which has no subject of its own: nothing is read
    List<Statement> hosts =
        read(
            "Kazakhstan hosts the offices of the SCO and the members of the CSTO.",
            "Kazakhstan/NNP hosts/VBZ the/DT offices/NNS of/IN the/DT SCO/NNP and/CC the/DT"
                + " members/NNS of/IN the/DT CSTO/NNP ./.",
            "1 0 nsubj",
            "-1 1 root",
            "3 2 det",
            "1 3 obj",
            "6 4 case",
            "6 5 det",
            "3 6 nmod",
            "9 7 cc",
            "9 8 det",
            "6 9 conj",
            "12 10 case",
            "12 11 det",
            "9 12 nmod",
            "1 13 punct");
    assertFalse(asserted(hosts, "kazakhstan MEMBER_OF csto"), hosts.toString());
  }
}
