package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cagraph.nlp.Dependency;
import org.cagraph.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames whose slot lands on a noun that is not itself the name: a facility's lower-case head word
 * after its name (the Rogun dam), and a that-clause the parser hung from a noun as a complement (an
 * organisation that China and Russia established). Parses written as CoreNLP gives them.
 */
class NounHeadFramesTest {
  @TempDir Path dir;

  private List<Statement> read(String text, String parse, String... deps) throws Exception {
    return HandParsed.read(dir, text, parse, deps);
  }

  private static boolean asserted(List<Statement> st, String fact) {
    return HandParsed.asserted(st, fact);
  }

  @Test
  void aFacilitysHeadWordStandsForTheFacilityNamedBeforeIt() throws Exception {
    List<Statement> st =
        read(
            "The Rogun dam, situated in Tajikistan, is still unfinished.",
            "The/DT Rogun/NNP dam/NN ,/, situated/VBN in/IN Tajikistan/NNP ,/, is/VBZ still/RB"
                + " unfinished/JJ ./.",
            "2 0 det",
            "2 1 compound",
            "2 3 punct",
            "2 4 acl",
            "10 2 nsubj",
            "10 7 punct",
            "10 8 cop",
            "10 9 advmod",
            "10 11 punct",
            "4 6 obl",
            "6 5 case",
            "-1 10 root");
    assertTrue(asserted(st, "rogun_dam LOCATED_IN tajikistan"), st.toString());
  }

  private static final String[] ESTABLISHED = {
    "3 0 det",
    "3 1 compound",
    "3 2 compound",
    "3 4 punct",
    "3 6 appos",
    "16 3 nsubj",
    "16 14 punct",
    "16 15 aux",
    "16 19 obl",
    "16 20 punct",
    "6 5 det",
    "6 11 ccomp",
    "11 7 mark",
    "11 8 nsubj",
    "11 13 obl",
    "8 10 conj",
    "10 9 cc",
    "13 12 case",
    "19 17 case",
    "19 18 compound",
    "-1 16 root"
  };

  @Test
  void aThatClauseOnANounWithNoObjectIsItsRelativeClause() throws Exception {
    List<Statement> st =
        read(
            "The Shanghai Cooperation Organisation, an organisation that China and Russia"
                + " established in 2001, has expanded to South Asia.",
            "The/DT Shanghai/NNP Cooperation/NNP Organisation/NNP ,/, an/DT organisation/NN"
                + " that/IN China/NNP and/CC Russia/NNP established/VBD in/IN 2001/CD ,/, has/VBZ"
                + " expanded/VBN to/IN South/NNP Asia/NNP ./.",
            ESTABLISHED);
    assertTrue(asserted(st, "china MEMBER_OF sco"), st.toString());
    assertTrue(asserted(st, "russia MEMBER_OF sco"), st.toString());
  }

  @Test
  void aThatClauseWithAnObjectStaysAComplement() {
    // the hope that Kazakhstan would join the WTO: join has its object, hope is no gap
    List<Token> tokens = new ArrayList<>();
    String[] words = {"The", "hope", "that", "Kazakhstan", "would", "join", "the", "WTO"};
    String[] tags = {"DT", "NN", "IN", "NNP", "MD", "VB", "DT", "NNP"};
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(words[i], tags[i], "O", i * 10, i * 10 + words[i].length()));
    }
    List<Dependency> deps =
        List.of(
            new Dependency(1, 5, "ccomp"),
            new Dependency(5, 2, "mark"),
            new Dependency(5, 3, "nsubj"),
            new Dependency(5, 4, "aux"),
            new Dependency(5, 7, "obj"));
    assertEquals(deps, RuleEngine.thatRelatives(deps, tokens));
    List<Dependency> gap = new ArrayList<>(deps.subList(0, 4));
    assertEquals("acl:relcl", RuleEngine.thatRelatives(gap, tokens).get(0).relation());
  }

  @Test
  void aFacilityByALandmarkIsWhereTheLandmarkIs() throws Exception {
    // "in Tajikistan" hangs from the river the plant stands on
    List<Statement> st =
        read(
            "The Rogun hydropower plant on the Vakhsh river in Tajikistan will be the world's"
                + " tallest dam.",
            "The/DT Rogun/NNP hydropower/NN plant/NN on/IN the/DT Vakhsh/NNP river/NN in/IN"
                + " Tajikistan/NNP will/MD be/VB the/DT world/NN 's/POS tallest/JJS dam/NN ./.",
            "3 0 det",
            "3 1 compound",
            "3 2 compound",
            "3 7 nmod",
            "16 3 nsubj",
            "16 10 aux",
            "16 11 cop",
            "16 13 nmod:poss",
            "16 15 amod",
            "16 17 punct",
            "7 4 case",
            "7 5 det",
            "7 6 compound",
            "7 9 nmod",
            "9 8 case",
            "13 12 det",
            "13 14 case",
            "-1 16 root");
    assertTrue(asserted(st, "rogun_dam LOCATED_IN tajikistan"), st.toString());
  }

  @Test
  void aFacilityWordPredicatedOfAFacilityPlacesIt() throws Exception {
    List<Statement> st =
        read(
            "The Kant air base is a Russian airfield in northern Kyrgyzstan.",
            "The/DT Kant/NNP air/NN base/NN is/VBZ a/DT Russian/JJ airfield/NN in/IN northern/JJ"
                + " Kyrgyzstan/NNP ./.",
            "3 0 det",
            "3 1 compound",
            "3 2 compound",
            "7 3 nsubj",
            "7 4 cop",
            "7 5 det",
            "7 6 amod",
            "7 10 nmod",
            "7 11 punct",
            "10 8 case",
            "10 9 amod",
            "-1 7 root");
    assertTrue(asserted(st, "kant_air_base LOCATED_IN kyrgyzstan"), st.toString());
    // the user the adjective names is no place of the base
    assertTrue(
        st.stream()
            .noneMatch(x -> x.predicate().equals("LOCATED_IN") && x.object().equals("russia")),
        st.toString());
  }

  @Test
  void theNameCoveringTheTriggerIsNoneOfItsArguments() throws Exception {
    // "201st base" is the base's name and the trigger's amod: the possessor is the subject
    List<Statement> st =
        read(
            "Russia's 201st base in Dushanbe is large.",
            "Russia/NNP 's/POS 201st/JJ base/NN in/IN Dushanbe/NNP is/VBZ large/JJ ./.",
            "3 0 nmod:poss",
            "3 2 amod",
            "3 5 nmod",
            "0 1 case",
            "7 3 nsubj",
            "7 6 cop",
            "7 8 punct",
            "5 4 case",
            "-1 7 root");
    assertTrue(asserted(st, "russia HAS_MILITARY_PRESENCE_IN tajikistan"), st.toString());
  }

  private static final String[] STAGING = {
    "2 0 nsubj",
    "2 1 aux",
    "2 4 xcomp",
    "2 8 punct",
    "2 9 dep",
    "2 20 punct",
    "4 3 mark",
    "4 7 obl",
    "7 5 case",
    "7 6 amod",
    "9 15 obj",
    "15 10 det",
    "15 13 nummod",
    "13 11 compound",
    "11 12 punct",
    "15 14 amod",
    "15 19 nmod",
    "19 16 case",
    "19 17 det",
    "19 18 compound",
    "-1 2 root"
  };

  @Test
  void anEventsHeadWordStandsForTheExerciseNamedBeforeIt() throws Exception {
    // the exercise's name hangs from its head word by its year (Vostok -compound-> 2022
    // -nummod-> manoeuvres), and a trailing participle of staging takes the clause's subject
    List<Statement> st =
        read(
            "Russia has continued to train with regional forces, staging the Vostok-2022 strategic"
                + " manoeuvres in the Far East.",
            "Russia/NNP has/VBZ continued/VBN to/TO train/VB with/IN regional/JJ forces/NNS ,/,"
                + " staging/VBG the/DT Vostok/NNP -/HYPH 2022/CD strategic/JJ manoeuvres/NNS in/IN"
                + " the/DT Far/NNP East/NNP ./.",
            STAGING);
    assertTrue(asserted(st, "russia PARTICIPATES_IN vostok_2022"), st.toString());
  }

  @Test
  void anEventsHeadWordStandsForNoBlocNamedBeforeIt() throws Exception {
    // the SCO summit: the bloc is no event the host takes part in
    List<Statement> st =
        read(
            "Kazakhstan, the chair that year, staged the SCO summit.",
            "Kazakhstan/NNP ,/, the/DT chair/NN that/DT year/NN ,/, staged/VBD the/DT SCO/NNP"
                + " summit/NN ./.",
            chairActsOnTheSummit());
    assertTrue(st.stream().noneMatch(x -> x.predicate().equals("PARTICIPATES_IN")), st.toString());
    // nor the bloc proposed, where the object slot takes an organisation too (en_propose: IOA)
    List<Statement> proposed =
        read(
            "Kazakhstan, the chair that year, proposed the SCO summit.",
            "Kazakhstan/NNP ,/, the/DT chair/NN that/DT year/NN ,/, proposed/VBD the/DT SCO/NNP"
                + " summit/NN ./.",
            chairActsOnTheSummit());
    assertTrue(
        proposed.stream().noneMatch(x -> x.predicate().equals("PROPOSED")), proposed.toString());
  }

  private static String[] chairActsOnTheSummit() {
    // Kazakhstan, the chair that year, <verb> the SCO summit.
    return new String[] {
      "7 0 nsubj",
      "0 1 punct",
      "0 3 appos",
      "3 2 det",
      "3 5 nmod:tmod",
      "5 4 det",
      "0 6 punct",
      "7 10 obj",
      "10 8 det",
      "10 9 compound",
      "7 11 punct",
      "-1 7 root"
    };
  }

  private static String[] alongside(int n) {
    // Troops from Mongolia joined the Steppe Eagle drills alongside British and American <n>.
    return new String[] {
      "3 0 nsubj",
      "0 2 nmod",
      "2 1 case",
      "3 7 obj",
      "7 4 det",
      "7 6 compound",
      "6 5 compound",
      "3 " + n + " obl",
      n + " 8 case",
      n + " 9 amod",
      "9 11 conj",
      "11 10 cc",
      "3 " + (n + 1) + " punct",
      "-1 3 root"
    };
  }

  @Test
  void battalionsNamedByTheirStatesAdjectiveAreThatStatesCoAgents() throws Exception {
    // agent-nouns.lex: battalions, like troops, stand for the state their adjective names
    List<Statement> st =
        read(
            "Troops from Mongolia joined the Steppe Eagle drills alongside British and American"
                + " battalions.",
            "Troops/NNS from/IN Mongolia/NNP joined/VBD the/DT Steppe/NNP Eagle/NNP drills/NNS"
                + " alongside/IN British/JJ and/CC American/JJ battalions/NNS ./.",
            alongside(12));
    assertTrue(asserted(st, "united_kingdom PARTICIPATES_IN steppe_eagle"), st.toString());
    assertTrue(asserted(st, "united_states PARTICIPATES_IN steppe_eagle"), st.toString());
    // companies are firms as often as soldiers, and units are a firm's as often as an army's
    // (British
    // units of Kazakh mining companies): no state's
    for (String noun : List.of("companies", "units")) {
      List<Statement> firms =
          read(
              "Troops from Mongolia joined the Steppe Eagle drills alongside British and American "
                  + noun
                  + ".",
              "Troops/NNS from/IN Mongolia/NNP joined/VBD the/DT Steppe/NNP Eagle/NNP drills/NNS"
                  + " alongside/IN British/JJ and/CC American/JJ "
                  + noun
                  + "/NNS ./.",
              alongside(12));
      assertTrue(
          firms.stream().noneMatch(x -> x.subject().equals("united_kingdom")), firms.toString());
    }
  }
}
