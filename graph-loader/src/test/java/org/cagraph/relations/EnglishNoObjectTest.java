package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * English: "no" before the object of a verb denies it as "did not" does (Scope's EN_NO_OBJECT and
 * the verb_no phrases of negation.lex), and so does a "no" opening the subject (EN_NO_SUBJECT), and
 * an actor ending a clause coordinated with an auxiliary (and has joined) or a copula (and is a
 * member of) is no subject of the next verb (the EN_SUBJ macro).
 */
class EnglishNoObjectTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void noBeforeTheObjectDeniesIt() throws Exception {
    List<String> f = facts("Kazakhstan joined no Western sanctions against Russia.");
    assertFalse(f.contains("kazakhstan SANCTIONS russia"), f.toString());
    assertFalse(f.contains("kazakhstan MEMBER_OF western_countries"), f.toString());
    // the sanctions joined or not stay the West's, as under "did not join"
    assertTrue(f.contains("western_countries SANCTIONS russia"), f.toString());
    f = facts("Russia imposed no sanctions on Kazakhstan.");
    assertFalse(f.contains("russia SANCTIONS kazakhstan"), f.toString());
    f = facts("Uzbekistan joined no bloc led by Russia and signed no treaty with the CSTO.");
    assertFalse(f.contains("uzbekistan MEMBER_OF csto"), f.toString());
  }

  @Test
  void noOpeningTheSubjectDeniesTheClause() throws Exception {
    List<String> f = facts("No American troops are stationed in Uzbekistan today.");
    assertFalse(f.contains("united_states HAS_MILITARY_PRESENCE_IN uzbekistan"), f.toString());
    f = facts("There are no Russian troops in Turkmenistan.");
    assertFalse(f.contains("russia HAS_MILITARY_PRESENCE_IN turkmenistan"), f.toString());
    // a "no" of a phrase of its own, or of another clause, leaves the fact stated
    f = facts("With no access to the sea, Kazakhstan joined the Eurasian Economic Union in 2015.");
    assertTrue(f.contains("kazakhstan MEMBER_OF eaeu"), f.toString());
    f = facts("Russia deployed troops to Tajikistan, and no one objected.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void noOfAComparisonOrATimeDeniesNothing() throws Exception {
    List<String> f = facts("Russia imposed sanctions on Ukraine no later than 2014.");
    assertTrue(f.contains("russia SANCTIONS ukraine"), f.toString());
    f = facts("The US imposed no fewer than 9 sanctions on Iran.");
    assertTrue(f.contains("united_states SANCTIONS iran"), f.toString());
  }

  @Test
  void anActorEndingACoordinatedClauseWithAnAuxiliaryIsNoSubject() throws Exception {
    List<String> f =
        facts("Armenia is a member of the CSTO and has joined the Eurasian Economic Union.");
    assertFalse(f.contains("csto MEMBER_OF eaeu"), f.toString());
    f = facts("Georgia borders Russia and has also joined the WTO.");
    assertFalse(f.contains("russia MEMBER_OF wto"), f.toString());
    // a copula after "and" too: the subject is the first clause's, not the actor before "and"
    f = facts("Kyrgyzstan borders China and is a member of the CSTO.");
    assertFalse(f.contains("china MEMBER_OF csto"), f.toString());
    f = facts("Kazakhstan, which borders Russia and is a member of the CSTO, hosted the summit.");
    assertFalse(f.contains("russia MEMBER_OF csto"), f.toString());
    // an actor before "and" that is a subject of its own stays one
    f = facts("Kazakhstan and Kyrgyzstan are members of the CSTO.");
    assertTrue(f.contains("kyrgyzstan MEMBER_OF csto"), f.toString());
  }

  @Test
  void anActorInsideAnAppositionIsNoSubject() throws Exception {
    List<String> f =
        facts("Mongolia, a NATO partner since 2012, has sent peacekeepers to South Sudan.");
    assertFalse(f.contains("nato HAS_MILITARY_PRESENCE_IN south_sudan"), f.toString());
  }
}
