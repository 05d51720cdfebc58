package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A verb coordinated with another shares its subject whatever the voice of either (the base
 * belonged to the airport and was leased to the United States: the base is what was leased).
 */
class CoordinatedVoiceTest {
  @TempDir Path dir;

  @Test
  void aBareSubjectSlotHasAnOtherVoice() {
    Frame.Slot pass = new Frame.Slot(false, false, Set.of("nsubj:pass"), Set.of(), Set.of());
    assertEquals(Set.of("nsubj"), RuleEngine.otherVoice(pass).relations());
    Frame.Slot act = new Frame.Slot(false, false, Set.of("nsubj"), Set.of(), Set.of());
    assertEquals(Set.of("nsubj:pass"), RuleEngine.otherVoice(act).relations());
    // a slot with words, a case or from the governor keeps its voice
    assertNull(
        RuleEngine.otherVoice(new Frame.Slot(true, false, Set.of("nsubj"), Set.of(), Set.of())));
    assertNull(
        RuleEngine.otherVoice(new Frame.Slot(false, false, Set.of("obl"), Set.of("to"), Set.of())));
    assertNull(
        RuleEngine.otherVoice(
            new Frame.Slot(false, false, Set.of("nsubj"), Set.of(), Set.of("troops"))));
  }

  private static final String[] BELONGED_AND_LEASED = {
    "3 0 det", "3 1 compound", "3 2 compound", "4 3 nsubj", "4 9 obl", "4 12 conj", "4 19 punct",
    "9 5 case", "9 6 nmod:poss", "9 8 amod", "6 7 case", "12 10 cc", "12 11 aux:pass", "12 16 obl",
    "12 18 obl", "16 13 case", "16 14 det", "16 15 compound", "18 17 case", "-1 4 root"
  };

  @Test
  void thePassiveConjunctTakesTheActiveVerbsSubject() throws Exception {
    List<Statement> st =
        HandParsed.read(
            dir,
            "The Manas air base belonged to Kyrgyzstan's civil airport and was leased to the United"
                + " States until 2014.",
            "The/DT Manas/NNP air/NN base/NN belonged/VBD to/IN Kyrgyzstan/NNP 's/POS civil/JJ"
                + " airport/NN and/CC was/VBD leased/VBN to/IN the/DT United/NNP States/NNP until/IN"
                + " 2014/CD ./.",
            BELONGED_AND_LEASED);
    assertTrue(HandParsed.asserted(st, "united_states LEASES manas_air_base"), st.toString());
  }

  @Test
  void aVerbControlledByAnotherKeepsItsVoice() throws Exception {
    // near miss: xcomp, not conj (Kyrgyzstan wanted to be paid; no one leased Kyrgyzstan)
    List<Statement> st =
        HandParsed.read(
            dir,
            "Kyrgyzstan wanted to be leased to the United States.",
            "Kyrgyzstan/NNP wanted/VBD to/TO be/VB leased/VBN to/IN the/DT United/NNP States/NNP"
                + " ./.",
            "1 0 nsubj",
            "1 4 xcomp",
            "4 2 mark",
            "4 3 aux:pass",
            "4 8 obl",
            "8 5 case",
            "8 6 det",
            "8 7 compound",
            "1 9 punct",
            "-1 1 root");
    assertFalse(HandParsed.asserted(st, "united_states LEASES kyrgyzstan"), st.toString());
  }
}
