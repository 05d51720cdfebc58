package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 該國 and эта страна as an object of a clause whose subject is a state (俄羅斯在該國駐有基地; Пекин оказывает
 * этой стране помощь) mean another state than that subject, which would say 本國 or свой: the one the
 * text named before. Sentences written for the test, with near misses where the reference is the
 * subject, or the state before it only qualifies a person.
 */
class ObjectCountryReferencesTest {
  @Test
  void chineseObjectWithoutACommaIsNotTheSubject() {
    assertEquals(Set.of("tajikistan"), LinkedText.corefAdded("塔吉克位於中亞東南部。俄羅斯在該國駐有第201軍事基地。\n"));
    assertEquals(Set.of("kyrgyzstan"), LinkedText.corefAdded("中國向吉爾吉斯提供了大量貸款。北京同時也向該國提供軍事援助。\n"));
  }

  @Test
  void aBorderClausesPartnerIsNotItsTopic() {
    // A與B接壤，C在該國…: the border clause is said of A, its topic; B only bounds it
    assertEquals(Set.of("tajikistan"), LinkedText.corefAdded("塔吉克與阿富汗接壤，俄羅斯在該國部署了第201軍事基地。\n"));
    // near miss: a partner of another verb stays the nearest state before the reference
    assertEquals(Set.of("tajikistan"), LinkedText.corefAdded("中國與塔吉克簽署協定，日本則向該國提供援助。\n"));
  }

  @Test
  void russianObliqueCaseIsNotTheSubject() {
    assertEquals(
        Set.of("kyrgyzstan"),
        LinkedText.corefAdded(
            "Китай предоставил Киргизии крупные кредиты. Пекин также оказывает этой стране военную помощь.\n"));
    assertEquals(
        Set.of("tajikistan"),
        LinkedText.corefAdded(
            "Таджикистан расположен на юго-востоке Центральной Азии. Россия держит в этой стране свою военную базу.\n"));
  }

  @Test
  void subjectReferencesAndQualifiedPersonsStayAsTheyWere() {
    // the reference as the subject: the state before it
    assertEquals(Set.of("turkmenistan"), LinkedText.corefAdded("土庫曼奉行永久中立政策。該國從未加入集安組織。\n"));
    assertEquals(
        Set.of("turkmenistan"),
        LinkedText.corefAdded(
            "Туркменистан придерживается политики нейтралитета. Эта страна никогда не вступала в ОДКБ.\n"));
    // a state that only qualifies a person opens the sentence: no subject state to pass over
    assertEquals(
        Set.of("uzbekistan"), LinkedText.corefAdded("烏茲別克與俄羅斯關係密切。烏茲別克總統米爾濟約耶夫在該國議會發表演說。\n"));
    // a state that only owns the subject (吉爾吉斯的動盪) is no subject to pass over
    assertEquals(
        Set.of("kyrgyzstan"), LinkedText.corefAdded("吉爾吉斯在2010年陷入動盪。吉爾吉斯的動盪促使俄羅斯向該國增派軍隊。\n"));
  }
}
