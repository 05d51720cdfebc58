package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English agreements described as news writes them: a contract, a deal or a roadmap beside the
 * treaty words, a term of years before it, inked or sealed as well as signed, a topic that runs on
 * past "of the", and a topic that names a known project (an intergovernmental agreement on the
 * Kambarata-1 hydropower plant).
 */
class EnglishDescribedAgreementsTest {

  @Test
  void aContractADealOrARoadmapWithAParticularWordIsAnAgreement() {
    assertEquals(
        List.of("30-year gas supply contract"),
        DiscoveryRuns.described("The two companies signed a 30-year gas supply contract in 2014."));
    assertEquals(
        List.of("water-sharing deal"),
        DiscoveryRuns.described("Kazakhstan and Kyrgyzstan inked a water-sharing deal in 2019."));
    assertEquals(
        List.of("roadmap on the development of the Middle Corridor"),
        DiscoveryRuns.described(
            "The three states signed a roadmap on the development of the Middle Corridor."));
    // near misses: a term of years alone, a sum of money and a bare deal name none
    assertEquals(
        List.of(), DiscoveryRuns.described("The two companies signed a 30-year contract in 2014."));
    assertEquals(
        List.of(),
        DiscoveryRuns.described("The two sides sealed a multibillion-dollar deal in May."));
    assertEquals(
        List.of(), DiscoveryRuns.described("Kazakhstan signed a deal with Rosatom in 2025."));
  }

  @Test
  void aTopicRunsOnPastOfTheButNotIntoThePartiesOrACount() {
    assertEquals(
        List.of("treaty on the demarcation of the state border"),
        DiscoveryRuns.described(
            "The two states signed a treaty on the demarcation of the state border in 2001."));
    assertEquals(
        List.of("agreement on the joint management of the Dostyk reservoir"),
        DiscoveryRuns.described(
            "The agreement on the joint management of the Dostyk reservoir was signed in 2018."));
    // near miss: the interests of the two countries make no topic particular
    assertEquals(
        List.of(),
        DiscoveryRuns.described(
            "The two states signed an agreement on cooperation of the two countries."));
  }

  @Test
  void theTopicOpensAfterTheKindWord() {
    String t = "They signed an intergovernmental agreement on the Kambarata-1 hydropower plant.";
    int[] span = Discovery.describedAgreements(t).get(0);
    assertEquals(
        "the Kambarata-1 hydropower plant.", t.substring(Discovery.englishTopicStart(t, span)));
    // an en dash between the states' adjectives is still English text
    String dash = "They signed an agreement on the Kazakh–Kyrgyz state border in 2001.";
    int[] border = Discovery.describedAgreements(dash).get(0);
    assertEquals(
        "the Kazakh–Kyrgyz state border in 2001.",
        dash.substring(Discovery.englishTopicStart(dash, border)));
    String none = "They signed a water-sharing deal.";
    int[] bare = Discovery.describedAgreements(none).get(0);
    assertEquals(bare[1], Discovery.englishTopicStart(none, bare));
  }

  @Test
  void aKnownProjectInTheTopicIsNoParty() {
    List<Actor> found =
        DiscoveryRuns.discover(
            List.of(
                DiscoveryRuns.paper(
                    "aaaa_0000000000000001",
                    "Kazakhstan, Kyrgyzstan and Uzbekistan signed an intergovernmental agreement on the"
                        + " Kambarata-1 hydropower plant in January 2025.")));
    assertTrue(
        found.stream()
            .anyMatch(
                a ->
                    a.names()
                        .contains(
                            "intergovernmental agreement on the Kambarata-1 hydropower plant")),
        found.toString());
    // near miss: a known name before the kind word is a party or the agreement itself, as before
    List<Actor> known =
        DiscoveryRuns.discover(
            List.of(
                DiscoveryRuns.paper(
                    "bbbb_0000000000000002",
                    "Kazakhstan and Uzbekistan signed a Kambarata-1 hydropower agreement in 2025.")));
    assertTrue(
        known.stream().noneMatch(a -> a.names().stream().anyMatch(n -> n.contains("Kambarata"))),
        known.toString());
  }

  @Test
  void aStateInTheTopicIsLeftOutsideWhenWhatIsLeftIsParticular() {
    // the Kazakh–Turkmen border stays the states' own mention (their border), the agreement is the
    // demarcation
    List<Actor> found =
        DiscoveryRuns.discover(
            List.of(
                DiscoveryRuns.paper(
                    "aaaa_0000000000000001",
                    "Kazakhstan and Turkmenistan signed an agreement on the demarcation of the"
                        + " Kazakh–Turkmen border in 2017.")));
    assertTrue(
        found.stream().anyMatch(a -> a.names().contains("agreement on the demarcation")),
        found.toString());
    // near miss: with nothing particular left (an agreement on), the description keeps the states
    List<Actor> whole =
        DiscoveryRuns.discover(
            List.of(
                DiscoveryRuns.paper(
                    "bbbb_0000000000000002",
                    "Kazakhstan and Kyrgyzstan signed an agreement on the Kazakh–Kyrgyz state border in"
                        + " 2001.")));
    assertTrue(
        whole.stream()
            .anyMatch(a -> a.names().contains("agreement on the Kazakh–Kyrgyz state border")),
        whole.toString());
  }
}
