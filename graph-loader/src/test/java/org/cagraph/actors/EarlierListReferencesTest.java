package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * References whose antecedents stand in an earlier sentence of the paragraph: a count of states
 * takes the last list of that many only while no longer list comes after it, and a Russian базы is
 * the base named before only as the genitive of one base. Sentences written for the test.
 */
class EarlierListReferencesTest {
  @Test
  void aCountTakesTheLastListOfThatMany() {
    assertEquals(
        Set.of("china", "kazakhstan"),
        LinkedText.corefAdded(
            "Kazakhstan and China held talks in Beijing in 2023. The two countries signed a visa"
                + " agreement.\n"));
    // a shorter list between leaves the list of three in view
    assertEquals(
        Set.of("belarus", "kazakhstan", "russia"),
        LinkedText.corefAdded(
            "Russia, Belarus and Kazakhstan launched the customs union in 2010. Armenia and"
                + " Kyrgyzstan joined it later. The three states had signed its code in 2009.\n"));
  }

  @Test
  void aLongerListAfterTheLastListOfThatManyNamesNone() {
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Kazakhstan and China held talks in Beijing in 2023. Kyrgyzstan, Tajikistan and"
                + " Uzbekistan met in Bishkek a month later. The two countries signed a border"
                + " treaty.\n"));
    assertEquals(
        Set.of(),
        LinkedText.corefAdded(
            "Казахстан и Китай провели переговоры в Пекине. Через месяц Киргизия, Таджикистан и"
                + " Узбекистан встретились в Бишкеке. Эти две страны подписали договор о"
                + " границе.\n"));
  }

  @Test
  void aGenitiveBaseIsTheBaseNamedBefore() {
    assertTrue(
        LinkedText.corefAdded(
                "Россия сохраняет 201-ю военную базу в Таджикистане. В 2012 году Москва"
                    + " добилась продления пребывания базы до 2042 года.\n")
            .contains("russian_201st_military_base"));
    assertTrue(
        LinkedText.corefAdded(
                "Россия арендует авиабазу Кант в Киргизии. Вопрос о выводе базы поднимают"
                    + " отдельные депутаты.\n")
            .contains("kant_air_base"));
  }

  @Test
  void pluralBasesAreNoBaseNamedBefore() {
    assertFalse(
        LinkedText.corefAdded(
                "Россия сохраняет 201-ю военную базу в Таджикистане. Военные базы НАТО в"
                    + " регионе отсутствуют.\n")
            .contains("russian_201st_military_base"));
    assertFalse(
        LinkedText.corefAdded(
                "Россия сохраняет 201-ю военную базу в Таджикистане. Базы других государств"
                    + " страна не принимает.\n")
            .contains("russian_201st_military_base"));
  }

  @Test
  void aRussianPipelineNounIsThePipelineNamedBefore() {
    assertTrue(
        LinkedText.corefAdded(
                "Газопровод Центральная Азия — Китай работает с 2009 года. Строительство"
                    + " трубопровода вела китайская компания.\n")
            .contains("central_asia_china_gas_pipeline"));
    assertTrue(
        LinkedText.corefAdded(
                "Ашхабад давно продвигает проект ТАПИ. В 2024 году началось строительство"
                    + " афганского участка газопровода.\n")
            .contains("tapi_pipeline"));
  }

  @Test
  void aPipelineNounWithItsOwnNameOrAKindIsAnother() {
    // a capitalised name right after the noun: its own pipeline, linked or not
    assertFalse(
        LinkedText.corefAdded(
                "Газопровод Центральная Азия — Китай работает с 2009 года. Пекин может"
                    + " профинансировать расширение газопровода Бейнеу — Шымкент.\n")
            .contains("central_asia_china_gas_pipeline"));
    // an adjective of kind: a new one
    assertFalse(
        LinkedText.corefAdded(
                "Газопровод Центральная Азия — Китай работает с 2009 года. Транскаспийский"
                    + " газопровод пока существует лишь на бумаге.\n")
            .contains("central_asia_china_gas_pipeline"));
    // an oil pipeline is not the gas pipeline named before
    assertFalse(
        LinkedText.corefAdded(
                "Газопровод Центральная Азия — Китай работает с 2009 года. Строительство"
                    + " нефтепровода затянулось.\n")
            .contains("central_asia_china_gas_pipeline"));
  }

  @Test
  void aRussianRangeNounIsTheRangeNamedBefore() {
    assertTrue(
        LinkedText.corefAdded(
                "Россия арендует полигон Сары-Шаган в Казахстане. На полигоне военные России"
                    + " испытывают противоракеты.\n")
            .contains("sary_shagan_test_site"));
    // its own name after it, or an adjective of kind: another range
    assertFalse(
        LinkedText.corefAdded(
                "Россия арендует полигон Сары-Шаган в Казахстане. Учения прошли на полигоне"
                    + " Фориш.\n")
            .contains("sary_shagan_test_site"));
    assertFalse(
        LinkedText.corefAdded(
                "Россия арендует полигон Сары-Шаган в Казахстане. Учения прошли на горном"
                    + " полигоне под Ошем.\n")
            .contains("sary_shagan_test_site"));
  }
}
