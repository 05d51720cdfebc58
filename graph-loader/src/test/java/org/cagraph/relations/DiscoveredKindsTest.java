package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors the gazetteer lacks, discovered by the shape of their name (a summit of one meeting, a
 * station or base named after its place), and the facts a user then sees about them, read as {@code
 * kg extract} reads them ({@link NamedEventsTest#facts}). Sentences written for the test.
 */
class DiscoveredKindsTest {

  @Test
  void aChineseSummitOfAYearAndACityIsOneMeetingItsGuestsAttend() {
    List<String> f = NamedEventsTest.facts("印度總理莫迪出席了2019年比什凱克峰會。\n");
    assertTrue(f.contains("narendra_modi PARTICIPATES_IN bishkek_summit_2019"), f.toString());
  }

  @Test
  void aBlocsSummitAloneOrAKnownFormatStaysWhatItWas() {
    List<String> f = NamedEventsTest.facts("印度總理莫迪出席了上合組織峰會。\n");
    assertFalse(f.stream().anyMatch(x -> x.contains("summit")), f.toString());
    List<String> bloc = NamedEventsTest.facts("2017年上合組織比什凱克峰會接收印度為成員國。\n");
    assertTrue(bloc.contains("india MEMBER_OF sco"), "the bloc stays linked: " + bloc);
    List<String> format = NamedEventsTest.facts("哈薩克總統出席了2023年中國—中亞峰會。\n");
    assertFalse(format.stream().anyMatch(x -> x.contains("2023")), format.toString());
    List<String> city = NamedEventsTest.facts("印度總理莫迪出席了比什凱克峰會。\n");
    assertFalse(city.stream().anyMatch(x -> x.contains("summit")), "a city alone: " + city);
    List<String> state = NamedEventsTest.facts("印度總理莫迪出席了2019年吉爾吉斯峰會。\n");
    assertFalse(state.stream().anyMatch(x -> x.contains("summit")), "a state, no city: " + state);
    List<String> region = NamedEventsTest.facts("印度總理莫迪出席了2019年中亞峰會。\n");
    assertFalse(region.stream().anyMatch(x -> x.contains("summit")), "a region: " + region);
  }

  @Test
  void aCapitalBeforeTheSummitWordIsTheCity() {
    List<String> f = NamedEventsTest.facts("托卡耶夫在2024年阿斯塔納峰會上提出了一項倡議。\n");
    assertTrue(
        f.contains("kassym_jomart_tokayev PARTICIPATES_IN astana_summit_2024"), f.toString());
  }

  @Test
  void aCampNamedAfterItsKindWordHostsTroops() {
    List<String> f =
        NamedEventsTest.facts(
            "The United States deployed troops to Camp Vigilant Eagle in Tajikistan.\n");
    assertTrue(
        f.contains("united_states HAS_MILITARY_PRESENCE_IN camp_vigilant_eagle"), f.toString());
    assertTrue(f.contains("camp_vigilant_eagle LOCATED_IN tajikistan"), f.toString());
    List<String> accords =
        NamedEventsTest.facts("Egypt and Israel signed the Camp David Accords in 1978.\n");
    assertTrue(accords.contains("egypt SIGNED camp_david_accords"), "an agreement: " + accords);
  }
}
