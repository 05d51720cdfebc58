package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Russian references the relations read through (issues 15 and 16): этот полигон (the facility of
 * that kind the paragraph named), в республике after a sentence that names one state as a place,
 * стороны as a subject (the pair named last). Sentences written for the test, each with a near miss
 * read as nothing.
 */
class RussianReferencesTest {
  @TempDir Path dir;

  private List<String> facts(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void thisRangeIsTheRangeNamedBefore() throws Exception {
    String range = "Полигон Сары-Шаган находится в Казахстане. ";
    List<String> f = facts(range + "Россия арендует этот полигон у Казахстана.");
    assertTrue(f.contains("russia LEASES sary_shagan_test_site"), f.toString());
    // near misses: these ranges (several), this port (another kind)
    f = facts(range + "Россия арендует эти полигоны у Казахстана.");
    assertFalse(f.contains("russia LEASES sary_shagan_test_site"), f.toString());
    f = facts(range + "Россия арендует этот порт у Казахстана.");
    assertFalse(f.contains("russia LEASES sary_shagan_test_site"), f.toString());
  }

  @Test
  void theRepublicAsAPlaceIsTheStateNamedAsThePlaceBefore() throws Exception {
    String talks = "Россия, Китай и Киргизия в 2019 году провели переговоры. ";
    List<String> f =
        facts(
            talks
                + "Осенью учения прошли на территории Таджикистана, выбранной по просьбе Путина."
                + " В республике размещены российские войска.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    // near miss: the state named as a party (с Таджикистаном), not as the place
    f =
        facts(
            talks
                + "Осенью Россия подписала соглашение с Таджикистаном. В республике размещены"
                + " российские войска.");
    assertFalse(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }

  @Test
  void aStatePronounAfterAFrontedDateIsThePreviousSubject() throws Exception {
    List<String> f = facts("Узбекистан долго колебался. В 2012 году он вышел из ОДКБ.");
    assertTrue(f.contains("uzbekistan WITHDREW_FROM csto"), f.toString());
    f = facts("Армения граничит с Ираном. Тогда же она вступила в ЕАЭС.");
    assertTrue(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    f =
        facts(
            "Туркменистан провозгласил нейтралитет в 1995 году. С тех пор он не вступает в блоки,"
                + " но в 2005 году он стал ассоциированным членом СНГ.");
    assertTrue(f.contains("turkmenistan MEMBER_OF cis"), f.toString());
    // near miss: a state named before the pronoun in its own sentence may be what it stands for
    f =
        facts(
            "Узбекистан вышел из ОДКБ в 2012 году. Россия осталась в блоке, а в 2015 году она"
                + " вступила в ЕАЭС.");
    assertFalse(f.contains("uzbekistan MEMBER_OF eaeu"), f.toString());
    // near misses: a pronoun of the other gender (the bloc), a state that was no subject, two
    // states
    f = facts("Узбекистан вышел из ОДКБ в 2012 году. В 2015 году она вступила в ЕАЭС.");
    assertFalse(f.contains("uzbekistan MEMBER_OF eaeu"), f.toString());
    f = facts("Казахстан граничит с Россией. В 2014 году она ввела санкции против Украины.");
    assertFalse(f.contains("russia SANCTIONS ukraine"), f.toString());
    f = facts("Армения и Белоруссия граничат с Ираном. В 2015 году она вступила в ЕАЭС.");
    assertFalse(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    assertFalse(f.contains("belarus MEMBER_OF eaeu"), f.toString());
  }

  @Test
  void sidesAsASubjectAreThePair() throws Exception {
    List<String> f =
        facts(
            "Казахстан и Китай провели переговоры в Пекине. В 2019 году стороны стали"
                + " стратегическими партнёрами.");
    assertTrue(f.contains("china PARTNER_OF kazakhstan"), f.toString());
    f =
        facts(
            "Евросоюз остаётся крупнейшим инвестором в Узбекистане. В 2022 году стороны стали"
                + " стратегическими партнёрами.");
    assertTrue(f.contains("eu PARTNER_OF uzbekistan"), f.toString());
    // near miss: three states just named are no pair
    f =
        facts(
            "Россия, Китай и Индия провели переговоры. В 2022 году стороны стали стратегическими"
                + " партнёрами.");
    assertFalse(f.stream().anyMatch(x -> x.contains("PARTNER_OF")), f.toString());
  }

  @Test
  void sidesAfterAVisitAreTheVisitorsStateAndTheHosts() throws Exception {
    String lead =
        "Китай остаётся крупным инвестором в регионе. Летом Казахстан провёл досрочные выборы. ";
    List<String> f =
        facts(
            lead
                + "В 2019 году Касым-Жомарт Токаев прибыл в Пекин, где стороны стали"
                + " стратегическими партнёрами.");
    assertTrue(f.contains("china PARTNER_OF kazakhstan"), f.toString());
    // near miss: a visitor of a third state makes three, no pair
    f =
        facts(
            lead
                + "В 2019 году Касым-Жомарт Токаев и Владимир Путин прибыли в Пекин, где стороны"
                + " стали стратегическими партнёрами.");
    assertTrue(f.stream().noneMatch(x -> x.contains("PARTNER_OF")), f.toString());
  }

  @Test
  void theRepublicAsAPlaceAfterTheStateAsAPlaceInItsOwnSentence() throws Exception {
    List<String> f =
        facts(
            "Россия и Китай провели переговоры. Осенью учения прошли на территории Таджикистана,"
                + " и в республике размещены российские войска.");
    assertTrue(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
    // near miss: the state a party of the sentence, not its place
    f =
        facts(
            "Россия и Китай провели переговоры. Осенью Китай подписал соглашение с Таджикистаном,"
                + " и в республике размещены российские войска.");
    assertFalse(f.contains("russia HAS_MILITARY_PRESENCE_IN tajikistan"), f.toString());
  }
}
