package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Organs named by their kind alone after their organisation (OrganDescriptions), on sentences
 * written for these tests: the organ of the one organisation named before; a state's chamber or
 * council (the Senate, Сенат) of the one state the sentence, else the paragraph, names.
 */
class OrganDescriptionsTest {
  private static List<Set<String>> actorsEach(String text) {
    return LinkedText.link(text).stream()
        .map(
            ms ->
                (Set<String>)
                    ms.stream()
                        .map(m -> m.actor().id())
                        .collect(Collectors.toCollection(TreeSet::new)))
        .toList();
  }

  @Test
  void aBareOrganWordIsTheOrganOfTheOrganisationNamedBefore() {
    List<Set<String>> got = actorsEach("上海合作組織成立於2001年。組織設在北京的秘書處負責日常工作。\n");
    assertEquals(true, got.get(1).contains("sco_secretariat"), got.toString());
    got = actorsEach("The SCO was founded in 2001. The secretariat works in Beijing.\n");
    assertEquals(true, got.get(1).contains("sco_secretariat"), got.toString());
    got = actorsEach("ШОС основана в 2001 году. Секретариат работает в Пекине.\n");
    assertEquals(true, got.get(1).contains("sco_secretariat"), got.toString());
  }

  @Test
  void noOrganisationWithThatOrganBeforeOrTwoLinkNothing() {
    // near miss: a state's secretariat is no organisation's organ
    List<Set<String>> got = actorsEach("哈薩克成立於1991年。設在阿斯塔納的秘書處負責日常工作。\n");
    assertEquals(false, got.get(1).contains("sco_secretariat"), got.toString());
    // near miss: a longer noun ending in the organ word
    got = actorsEach("上海合作組織成立於2001年。論壇秘書處設在北京。\n");
    assertEquals(false, got.get(1).contains("sco_secretariat"), got.toString());
  }

  @Test
  void aFacilityByItsPlaceAndKindIsTheOneWhoseNameHoldsBoth() {
    List<Set<String>> got = actorsEach("俄軍還在伊塞克湖畔的魚雷試驗站進行測試。\n");
    assertEquals(true, got.get(0).contains("issyk_kul_torpedo_test_base"), got.toString());
    // near miss: a place and a kind word alone, or a topic no facility of that place holds
    got = actorsEach("遊客常去伊塞克湖畔的度假村休息。\n");
    assertEquals(false, got.get(0).contains("issyk_kul_torpedo_test_base"), got.toString());
  }

  @Test
  void aStatesChamberNamedBareIsTheOneStatesOrgan() {
    List<Set<String>> got = actorsEach("Казахстан провёл выборы. Сенат одобрил поправки.\n");
    assertEquals(true, got.get(1).contains("kazakhstan_senate"), got.toString());
    got = actorsEach("Kazakhstan held elections in March. The Senate approved the amendments.\n");
    assertEquals(true, got.get(1).contains("kazakhstan_senate"), got.toString());
    got = actorsEach("In 2023 Turkmenistan revived the People's Council as its supreme body.\n");
    assertEquals(true, got.get(0).contains("peoples_council_of_turkmenistan"), got.toString());
    // near miss: a word the UN's organ shares is the UN's, in the paragraph or beside the state
    got = actorsEach("Kazakhstan held elections. The Security Council met in Astana.\n");
    assertEquals(false, got.get(1).contains("kazakhstan_security_council"), got.toString());
    got = actorsEach("Kazakhstan served on the Security Council in 2017 and 2018.\n");
    assertEquals(false, got.get(0).contains("kazakhstan_security_council"), got.toString());
    got = actorsEach("Россия созвала Совет Безопасности.\n");
    assertEquals(false, got.get(0).contains("russian_security_council"), got.toString());
    // a headship's word before it makes it the named state's own
    got =
        actorsEach(
            "Kazakhstan held elections. Nazarbayev kept the chairmanship of the Security Council.\n");
    assertEquals(true, got.get(1).contains("kazakhstan_security_council"), got.toString());
  }

  @Test
  void twoStatesOrASenatorLinkNoChamber() {
    // near miss: two states in the paragraph, no guess
    List<Set<String>> got =
        actorsEach("Kazakhstan and the United States held talks. The Senate approved the deal.\n");
    assertEquals(false, got.get(1).contains("kazakhstan_senate"), got.toString());
    // near miss: a senator is a person, not the chamber
    got = actorsEach("Казахстан провёл выборы. Сенатор одобрил поправки.\n");
    assertEquals(false, got.get(1).contains("kazakhstan_senate"), got.toString());
  }
}
