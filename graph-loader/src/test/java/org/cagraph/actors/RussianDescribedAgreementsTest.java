package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian agreements described with a known name inside their topic (соглашение о статусе авиабазы
 * Кант, соглашение о статусе российской авиабазы): the topic's first word is free of names, so the
 * words after it may name the base, the state or the place the agreement is about; a name on the
 * kind word or on the topic's first word still makes no description.
 */
class RussianDescribedAgreementsTest {

  @Test
  void theTopicOpensAfterItsFirstWord() {
    String t = "Россия и Киргизия подписали соглашение о статусе авиабазы Кант.";
    int[] span = Discovery.describedAgreements(t).get(0);
    assertEquals("авиабазы Кант.", t.substring(Discovery.englishTopicStart(t, span)));
  }

  @Test
  void aKnownBaseOrStateInTheTopicIsNoParty() {
    List<Actor> found =
        DiscoveryRuns.discover(
            List.of(
                DiscoveryRuns.paper(
                    "aaaa_0000000000000001",
                    "Соглашение о статусе авиабазы Кант, подписанное Россией и Киргизией в 2003"
                        + " году, было продлено в 2012 году.")));
    assertTrue(
        found.stream()
            .anyMatch(a -> a.names().stream().anyMatch(n -> n.contains("о статусе авиабазы Кант"))),
        found.toString());
    List<Actor> state =
        DiscoveryRuns.discover(
            List.of(
                DiscoveryRuns.paper(
                    "bbbb_0000000000000002",
                    "Россия и Таджикистан подписали соглашение о пребывании российской военной"
                        + " базы в 2012 году.")));
    assertTrue(
        state.stream()
            .anyMatch(
                a ->
                    a.label().equals("Agreement")
                        && a.names().stream()
                            .anyMatch(n -> n.startsWith("соглашение о пребывании"))),
        state.toString());
    // near miss: a known name right after о is the topic itself, not a description of it
    List<Actor> named =
        DiscoveryRuns.discover(
            List.of(
                DiscoveryRuns.paper(
                    "cccc_0000000000000003",
                    "Россия и Киргизия подписали соглашение о Канте в 2003 году.")));
    assertTrue(named.stream().noneMatch(a -> a.label().equals("Agreement")), named.toString());
  }
}
