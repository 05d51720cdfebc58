package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.actors.Gazetteer;
import org.cagraph.actors.Linker;
import org.cagraph.actors.Mention;
import org.cagraph.nlp.AnnotatedSentence;
import org.cagraph.nlp.Dependency;
import org.cagraph.nlp.Token;
import org.cagraph.text.DocumentReader;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verb frames over attachments the English parser gives in some sentences and not in others,
 * each parse written here by hand as CoreNLP gives it (no CoreNLP in this test): what a user sees
 * must not depend on which of them the parser chose.
 */
class FrameAttachmentTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final Linker LINKER = new Linker(GAZETTEER);
  private static final RuleEngine ENGINE = new RuleEngine(RuleSet.load(), GAZETTEER::get);

  @TempDir Path dir;

  /**
   * The statements of {@code text}, parsed as {@code parse} says: one "word/TAG" a token, in order;
   * {@code deps} one "governor dependent relation" a dependency (token indices, -1 the root).
   */
  private List<Statement> read(String text, String parse, String... deps) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("h" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
    Paper p = Paper.of(new DocumentReader().read(f));
    assertTrue(p.sentences().size() == 1, p.sentences().toString());
    Sentence s = p.sentences().get(0);
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String t : parse.split(" ")) {
      int slash = t.lastIndexOf('/');
      String word = t.substring(0, slash);
      int b = s.text().indexOf(word, at);
      assertTrue(b >= 0, word + " not in " + s.text());
      tokens.add(new Token(word, t.substring(slash + 1), "O", b, b + word.length()));
      at = b + word.length();
    }
    List<Dependency> ds = new ArrayList<>();
    for (String d : deps) {
      String[] x = d.split(" ");
      ds.add(new Dependency(Integer.parseInt(x[0]), Integer.parseInt(x[1]), x[2]));
    }
    List<Mention> mentions = LINKER.link(p.sentences()).get(0);
    return ENGINE.extract(
        s,
        new AnnotatedSentence(s, s.text(), tokens, ds),
        mentions,
        new RuleEngine.PaperState(null));
  }

  private static boolean asserted(List<Statement> st, String fact) {
    return st.stream()
        .anyMatch(
            x ->
                x.asserted()
                    && (x.subject() + " " + x.predicate() + " " + x.object()).equals(fact));
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
}
