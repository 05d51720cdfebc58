package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * He, 他 and он in an entry on a person (a profile whose lead opens with the person and where he was
 * born): where the sentence before names two persons, or speaks of "him" unnamed, the pronoun that
 * opens a clause is the entry's person. Sentences written for the test, with near misses that keep
 * another person's pronoun and leave text that is no profile alone.
 */
class EntryPersonPronounsTest {
  private static final String LEAD_ZH = "卡瑟姆若马尔特·托卡耶夫1953年生于阿拉木图，是哈萨克斯坦现任总统。\n";
  private static final String LEAD_EN =
      "Kassym-Jomart Tokayev, the second president of Kazakhstan, was born in Almaty in 1953.\n";
  private static final String LEAD_RU = "Касым-Жомарт Токаев родился в 1953 году в Алма-Ате.\n";

  @Test
  void heAfterTwoPersonsIsTheEntrysPerson() {
    assertEquals(
        Set.of("kassym_jomart_tokayev"),
        LinkedText.corefAdded(
            LEAD_EN
                + "When Nazarbayev resigned in March 2019, Tokayev was sworn in as acting head of"
                + " state. He won the snap election of June 2019.\n"));
    assertEquals(
        Set.of("kassym_jomart_tokayev"),
        LinkedText.corefAdded(LEAD_ZH + "2019年3月，纳扎尔巴耶夫宣布辞职，托卡耶夫接任代总统。同年6月，他在提前举行的总统选举中当选。\n"));
    assertEquals(
        Set.of("kassym_jomart_tokayev"),
        LinkedText.corefAdded(
            LEAD_RU
                + "В марте 2019 года Назарбаев ушёл в отставку, и Токаев стал главой государства. На"
                + " выборах 9 июня 2019 года он был избран президентом.\n"));
  }

  @Test
  void heAfterAnUnnamedHimIsTheEntrysPerson() {
    assertEquals(
        Set.of("kassym_jomart_tokayev"),
        LinkedText.corefAdded(LEAD_ZH + "2011年，时任联合国秘书长潘基文任命他为副秘书长。2013年，他返回阿斯塔纳，再次出任参议院议长。\n"));
  }

  @Test
  void heAfterThePartnerTheEntrysPersonMetIsTheEntrysPerson() {
    // the sentence before opens with the entry's person and names another only as the one he met
    assertEquals(
        Set.of("kassym_jomart_tokayev"),
        LinkedText.corefAdded(LEAD_ZH + "2023年，托卡耶夫赴莫斯科访问，并与普京举行会谈。同年10月，他出席了独联体峰会。\n"));
    assertEquals(
        Set.of("kassym_jomart_tokayev"),
        LinkedText.corefAdded(LEAD_ZH + "托卡耶夫在阿斯塔纳会见了普京和米尔济约耶夫。次日，他飞往北京。\n"));
  }

  @Test
  void anotherPersonAsASubjectOrNamedFirstKeepsThePronounUnresolved() {
    // the other person is a clause's own subject, not the entry's person's partner
    assertEquals(
        Set.of(), LinkedText.corefAdded(LEAD_ZH + "托卡耶夫抵达莫斯科，普京随后发表讲话。同年10月，他出席了独联体峰会。\n"));
    // the one met is named in a later clause that another subject opens
    assertEquals(Set.of(), LinkedText.corefAdded(LEAD_ZH + "托卡耶夫抵达莫斯科，普京与马克龙举行会谈。次日，他飞往巴黎。\n"));
  }

  @Test
  void anotherPersonsPronounOrNoProfileStaysAsItWas() {
    // the sentence before names only another person: "he" is that person's, not the entry's (and
    // the Security Council beside its chairmanship is the entry's state's, OrganDescriptions)
    assertEquals(
        Set.of("nursultan_nazarbayev", "kazakhstan_security_council"),
        LinkedText.corefAdded(
            LEAD_EN
                + "In 2019 Nazarbayev resigned. He kept the chairmanship of the Security"
                + " Council.\n"));
    // another person named last in the paragraph, the sentence before naming none
    assertEquals(
        Set.of(), LinkedText.corefAdded(LEAD_ZH + "2019年，纳扎尔巴耶夫宣布辞职。宪法随后作了修改。此后，他仍保留安全会议主席一职。\n"));
    // she: the entry's person is not known to be a woman
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            LEAD_EN + "Vladimir Putin met Tokayev in Astana. She said the talks went well.\n"));
    // no profile's lead (nobody born): two persons leave "he" unresolved
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Kassym-Jomart Tokayev visited Moscow in 2019.\nVladimir Putin met Tokayev in the"
                + " Kremlin. He said the talks went well.\n"));
    // a lead that opens with a state, not a person
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "哈萨克斯坦1991年独立，托卡耶夫生于阿拉木图。\n2019年，纳扎尔巴耶夫辞职，托卡耶夫接任代总统。同年6月，他在选举中当选。\n"));
  }
}
