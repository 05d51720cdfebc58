package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link EnglishReferences#zeroJoin}: joining or leaving with the organisation left unsaid. */
class ZeroJoinEnglishRussianTest {
  @Test
  void anEnglishVerbWithNoObjectTakesTheOrganisationNamedBefore() {
    assertEquals(
        Set.of("eaeu"),
        LinkedText.corefAdded(
            "The Eurasian Economic Union was launched in 2015. Armenia and Kyrgyzstan joined later"
                + " that year.\n"));
    assertEquals(
        Set.of("csto"),
        LinkedText.corefAdded(
            "The CSTO was created in 2002. Uzbekistan joined in 2006 and left again in 2012.\n"));
    assertEquals(
        Set.of("sco"),
        LinkedText.corefAdded("The SCO now has ten members after Belarus joined in 2024.\n"));
  }

  @Test
  void aRussianPronounAfterJoiningOrLeavingIsTheOrganisationNamedBefore() {
    assertEquals(
        Set.of("csto"),
        LinkedText.corefAdded(
            "ОДКБ была создана в 2002 году. Узбекистан вступил в неё в 2006 году.\n"));
    assertEquals(
        Set.of("eaeu"),
        LinkedText.corefAdded(
            "ЕАЭС начал работу в 2015 году. Киргизия присоединилась к нему в августе.\n"));
  }

  @Test
  void nearMisses() {
    // a campaign is joined (a state named last); a noun of the state leaves; the verb has a
    // word of its own after it; no state before the verb
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "The European Union imposed sanctions on Russia in 2014. Japan joined too.\n"));
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "The CSTO met in Moscow in 2010. Kazakhstan's president left early.\n"));
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "The SCO met in Astana. Kazakhstan joined in condemning the attack.\n"));
    assertEquals(
        Set.of(), LinkedText.corefAdded("The SCO met in Astana. Many companies joined in 2015.\n"));
  }
}
