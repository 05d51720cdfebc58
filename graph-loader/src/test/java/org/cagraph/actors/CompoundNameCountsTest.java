package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A count of governments or countries after a name that spells out its states joined by dashes (the
 * China-Kyrgyzstan-Uzbekistan railway … the three governments): those states. Sentences written for
 * the test, each with near misses that must not resolve.
 */
class CompoundNameCountsTest {
  @Test
  void aCountAfterADashCompoundNameIsItsStates() {
    assertEquals(
        Set.of("china", "kyrgyzstan", "uzbekistan"),
        LinkedText.corefAdded(
            "Work on the China-Kyrgyzstan-Uzbekistan railway stalled for years before the three"
                + " governments signed a deal in 2024.\n"));
    assertEquals(
        Set.of("turkmenistan", "afghanistan", "pakistan", "india"),
        LinkedText.corefAdded(
            "The Turkmenistan–Afghanistan–Pakistan–India pipeline was first proposed in the 1990s."
                + " The four governments approved its route in 2012.\n"));
  }

  @Test
  void aCountThatDoesNotAgreeOrAStateNamedOutsideTheNameResolvesNothing() {
    // two is not the three states of the name
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Work on the China-Kyrgyzstan-Uzbekistan railway stalled for years before the two"
                + " governments met again in 2024.\n"));
    // Russia named in the sentence: the count could take it in
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Russia watched the Turkmenistan–Afghanistan–Pakistan–India pipeline closely. The four"
                + " governments approved its route in 2012.\n"));
  }

  @Test
  void aStateNamedBetweenTheNameAndTheCountKeepsTheCountForItsOwnStates() {
    // the states named in between are the three governments, not the railway's
    assertEquals(
        Set.of("tajikistan", "iran", "afghanistan"),
        LinkedText.corefAdded(
            "The China-Kyrgyzstan-Uzbekistan railway was first proposed in 1997. Ten years later"
                + " Tajikistan hosted Iran and Afghanistan in Dushanbe. The three governments are"
                + " members of the Economic Cooperation Organization.\n"));
    // Russia named in between: the two governments are not the pipeline's China and Kazakhstan
    assertEquals(
        false,
        LinkedText.corefAdded(
                "The Kazakhstan-China oil pipeline opened in 2006. Russia began shipping its own oil"
                    + " through it in 2013. The two governments signed a transit protocol in"
                    + " 2014.\n")
            .containsAll(Set.of("china", "kazakhstan")));
  }

  @Test
  void onlyDashCompoundsOfStateNamesCount() {
    assertEquals(
        List.of("china", "kyrgyzstan", "uzbekistan"),
        Coreference.statesSpelledIn("China-Kyrgyzstan-Uzbekistan railway").stream()
            .map(Actor::id)
            .toList());
    // a compound of adjectives names its states as well
    assertEquals(
        List.of("china", "kazakhstan"),
        Coreference.statesSpelledIn("Sino-Kazakh pipeline").stream().map(Actor::id).toList());
    assertEquals(List.of(), Coreference.statesSpelledIn("Russian-led bloc"));
    assertEquals(List.of(), Coreference.statesSpelledIn("North-South transport corridor"));
    assertEquals(List.of(), Coreference.statesSpelledIn("Kazakhstan pipeline"));
  }
}
