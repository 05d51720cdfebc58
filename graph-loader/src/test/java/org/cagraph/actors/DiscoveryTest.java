package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English names seen once that say what they are (data/gazetteer/type-heads.tsv): kept with the
 * label of their head word; a medium, a state's ministry, a cited title, a sentence's first word, a
 * year's summit are not.
 */
class DiscoveryTest {
  private static List<String> names(String text) {
    return Discovery.typedNames(text).stream()
        .map(t -> text.substring(t.begin(), t.end()) + "/" + t.label())
        .toList();
  }

  @Test
  void aNameEndingInATypeWordIsReadWithItsLabel() {
    assertEquals(
        List.of("Pamir Regional Bank/Organization"),
        names("Dushanbe borrowed from the Pamir Regional Bank last year."));
    assertEquals(
        List.of("Vakhsh Cascade Dam/Facility"),
        names("Engineers inspected the Vakhsh Cascade Dam in spring."));
    assertEquals(
        List.of("Aral Shipping Consortium/Company"),
        names("The Aral Shipping Consortium was set up by three firms."));
    assertEquals(
        List.of("Conference on Steppe Water Sharing/Organization"),
        names("Both states joined the Conference on Steppe Water Sharing in 2019."));
    assertEquals(
        List.of("Steppe Grazing Action Plan/Agreement"),
        names("Both sides agreed a Steppe Grazing Action Plan with the bloc."));
    assertEquals(
        List.of("Organisation of Caspian Ports/Organization"),
        names("Kazakhstan joined the Organisation of Caspian Ports."));
    assertEquals(List.of("Alai district/Place"), names("A mudflow hit the Alai district in May."));
    assertEquals(
        List.of("Kulob airfield/Facility"), names("Indian engineers rebuilt the Kulob airfield."));
    assertEquals(
        List.of("Lyaur training range/Facility"),
        names("Troops drilled on the Lyaur training range in 2021."));
  }

  @Test
  void aFacilityOrRouteHeadMayBeInLowerCase() {
    assertEquals(
        List.of("Vakhsh Cascade hydropower plant/Facility"),
        names("Work resumed on the Vakhsh Cascade hydropower plant."));
    assertEquals(
        List.of("port of Kiyanly/Facility"), names("Ships now call at the port of Kiyanly."));
    assertEquals(
        List.of(), names("Leaders visited the bank of Kiyanly."), "an organisation's head is not");
    assertEquals(
        List.of(), names("Uzbekistan opened a Soviet-era pipeline."), "nothing particular");
  }

  @Test
  void aRangeOrAPlantNamedByItsPlaceIsAFacility() {
    assertEquals(
        List.of("Tersakkan training ground/Facility"),
        names("The battalions drilled at the Tersakkan training ground near the lake."));
    assertEquals(
        List.of("Sary-Shagan test site/Facility"),
        names("Moscow still rents the Sary-Shagan test site from Astana."));
    assertEquals(
        List.of("Shurtan gas processing plant/Facility"),
        names("A Korean bank lent money for the Shurtan gas processing plant last year."));
    assertEquals(
        List.of(),
        names("The brigades moved to a training ground in the north."),
        "no name before the head: anyone's range");
    assertEquals(
        List.of(), names("Engineers rebuilt the old military test site."), "generic words only");
  }

  @Test
  void aRegionNamedByItsPlaceIsAPlace() {
    assertEquals(
        List.of("Zarafshan Region/Place"),
        names("The mine lies in the Zarafshan Region of southern Tajikistan."));
    assertEquals(
        List.of("Tolkun province/Place"), names("Investors built a plant in the Tolkun province."));
    assertEquals(List.of("Kostroma Oblast/Place"), names("Troops drilled in the Kostroma Oblast."));
    assertEquals(List.of(), names("Security in the region has worsened."), "no name before it");
    assertEquals(
        List.of(), names("Trade grew in the Northern Region last year."), "generic words only");
  }

  @Test
  void wordsThatNameNoParticularBodyAreNot() {
    assertEquals(
        List.of(), names("Officials of the Foreign Ministry met the press."), "a ministry");
    assertEquals(List.of(), names("The National Bank raised its rate."), "generic words only");
    assertEquals(List.of(), names("Leaders met at the 2022 Summit."), "a year's summit");
    assertEquals(List.of(), names("Major Dam projects stalled."), "nothing particular");
    assertEquals(
        List.of(),
        names("See “Caspian Trade Routes and the Pamir Regional Bank,” Journal of Steppe Studies."),
        "a cited title");
    assertEquals(
        List.of("Pamir Regional Bank/Organization"),
        names("Tajikistan's Pamir Regional Bank lent the money."),
        "a possessive before the name is left out");
  }

  @Test
  void aBodyOfTwoKnownStatesOrACompanyWithItsStatesNameIsKept() {
    String text = "The Kazakh-Tajik Water Council met again. Uzbek Water Council staff left.";
    boolean[] claimed = new boolean[text.length()];
    for (String known : List.of("Kazakh", "Tajik", "Uzbek")) {
      int at = text.indexOf(known);
      java.util.Arrays.fill(claimed, at, at + known.length(), true);
    }
    List<String> found =
        Discovery.typedNames(text, claimed, List.of()).stream()
            .map(t -> text.substring(t.begin(), t.end()))
            .toList();
    assertEquals(
        List.of("Kazakh-Tajik Water Council"), found, "one state's council is the state's");
  }

  @Test
  void aHeadlineOrACommonFirstWordIsNoName() {
    String headline = "Kiyanly Opens New Port";
    List<org.cagraph.nlp.Token> tags =
        List.of(
            new org.cagraph.nlp.Token("Kiyanly", "NNP", "O", 0, 7),
            new org.cagraph.nlp.Token("Opens", "VBZ", "O", 8, 13),
            new org.cagraph.nlp.Token("New", "NNP", "O", 14, 17),
            new org.cagraph.nlp.Token("Port", "NNP", "O", 18, 22));
    assertEquals(List.of(), Discovery.typedNames(headline, new boolean[headline.length()], tags));
    String first = "Several Pamir Bank branches closed.";
    String common = "Pamir Bank branches closed.";
    List<org.cagraph.nlp.Token> commonTags =
        List.of(
            new org.cagraph.nlp.Token("Pamir", "NN", "O", 0, 5),
            new org.cagraph.nlp.Token("Bank", "NN", "O", 6, 10));
    assertEquals(
        List.of(),
        Discovery.typedNames(common, new boolean[common.length()], commonTags),
        "a sentence's first word the tagger calls a common noun");
    assertEquals(List.of("Pamir Bank/Organization"), names(first));
  }

  @Test
  void aOneMentionBankIsKeptButAMediumIsNot() {
    assertTrue(Discovery.plausible("Pamir Regional Bank", "Organization"));
    assertTrue(!Discovery.plausible("Steppe Times", "Organization"), "a newspaper reports");
    assertTrue(!Discovery.plausible("Caspian News Agency", "Organization"), "an agency reports");
  }
}
