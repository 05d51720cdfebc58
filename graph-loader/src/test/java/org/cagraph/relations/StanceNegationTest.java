package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A negation of one actor's stance toward another actor's act (stance-verbs.lex, {@link
 * Scope#stanceEnd}): the act stays stated; the negation still denies an act of the negated verb's
 * own subject.
 */
class StanceNegationTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void anotherActorsSanctionsStayStatedUnderANegatedStance() throws Exception {
    List<String> f = facts("Kazakhstan did not join the sanctions by the EU against Russia.");
    assertTrue(f.contains("eu SANCTIONS russia"), f.toString());
    assertFalse(f.contains("kazakhstan SANCTIONS russia"), f.toString());
    f = facts("Kazakhstan did not follow the EU sanctions on Russia.");
    assertTrue(f.contains("eu SANCTIONS russia"), f.toString());
    f = facts("Казахстан и Киргизия не присоединились к санкциям ЕС против России.");
    assertTrue(f.contains("eu SANCTIONS russia"), f.toString());
    assertFalse(f.contains("kazakhstan SANCTIONS russia"), f.toString());
  }

  @Test
  void supportAndRecognitionTakeProposalsAndClaimsSoTheNegationStillCoversThem() throws Exception {
    // support, recognise (поддержать, признать) name an idea, a proposal or a claim as often as an
    // act: nothing of what they name is stated
    List<String> f = facts("Казахстан не поддержал идею санкций ЕС против Ирана.");
    assertFalse(f.contains("eu SANCTIONS iran"), f.toString());
    f = facts("Kyrgyzstan did not support the American proposal to station troops in Tajikistan.");
    assertFalse(f.contains("united_states HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    f = facts("Uzbekistan did not recognise China's claim that it leases a base in Tajikistan.");
    assertFalse(f.contains("china HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void aCallOrADemandJoinedIsNoActSoTheNegationStillCoversIt() throws Exception {
    // joining a call, a demand or a proposal states nothing of the act it asks for
    List<String> f = facts("Kazakhstan did not join the US call for sanctions against Iran.");
    assertFalse(f.contains("united_states SANCTIONS iran"), f.toString());
    f = facts("Kazakhstan did not join Russia's demand that the CSTO deploy troops in Armenia.");
    assertFalse(f.contains("csto HAS_MILITARY_PRESENCE_IN armenia"), f.toString());
    f = facts("Киргизия не присоединилась к требованию США ввести санкции против Ирана.");
    assertFalse(f.contains("united_states SANCTIONS iran"), f.toString());
    f = facts("哈薩克沒有跟進美國對伊朗制裁的呼籲。");
    assertFalse(f.contains("united_states SANCTIONS iran"), f.toString());
    // the sanctions themselves, joined or not, stay stated
    f = facts("Kazakhstan did not join the sanctions imposed by the EU against Russia.");
    assertTrue(f.contains("eu SANCTIONS russia"), f.toString());
  }

  @Test
  void theNegatedVerbsOwnSubjectIsStillDenied() throws Exception {
    List<String> f = facts("Казахстан не ввёл санкции против России.");
    assertFalse(f.contains("kazakhstan SANCTIONS russia"), f.toString());
    f = facts("The EU did not impose sanctions on Russia, and Kazakhstan did not support them.");
    assertFalse(f.contains("eu SANCTIONS russia"), f.toString());
  }
}
