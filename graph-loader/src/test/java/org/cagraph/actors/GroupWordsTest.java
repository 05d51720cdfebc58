package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Group words with an exception, group words and names inside longer names, and 該國 as an object,
 * each with sentences written for the test and a near miss.
 */
class GroupWordsTest {
  /** The actor ids linked in the last sentence of {@code text} by {@code method}. */
  private static Set<String> by(String method, String text) {
    return LinkedText.linkedBy(method, text);
  }

  private static Set<String> ids(String... ids) {
    return new TreeSet<>(List.of(ids));
  }

  private static final Set<String> CASPIAN =
      ids("azerbaijan", "iran", "kazakhstan", "russia", "turkmenistan");

  @Test
  void russianGroupWordWithAnExceptionLosesTheStatesItNames() {
    assertEquals(
        ids("kazakhstan", "kyrgyzstan", "uzbekistan"),
        by(
            "group",
            "Все тюркские государства Центральной Азии, кроме Туркменистана, вошли в совет."));
    assertEquals(
        ids("azerbaijan", "kazakhstan", "russia"),
        by(
            "group",
            "Прикаспийские государства, за исключением Ирана и Туркменистана, одобрили проект."));
    // near miss: an exception naming no member excepts something else, the group stays whole
    assertEquals(
        CASPIAN, by("group", "Все прикаспийские государства, кроме Китая, поддержали проект."));
    // near miss: помимо is "besides" as often as "except"
    assertEquals(
        CASPIAN, by("group", "Прикаспийские государства, помимо России, обсудили квоты на рыбу."));
  }

  @Test
  void russianCaspianStatesInEveryCase() {
    assertEquals(
        CASPIAN, by("group", "Лидеры остальных прикаспийских государств прибыли в Актау."));
    assertEquals(CASPIAN, by("group", "Конвенцию подписали пять прикаспийских государств."));
  }

  @Test
  void englishAndChineseGroupWordsWithAnException() {
    assertEquals(
        ids("azerbaijan", "kazakhstan", "turkmenistan"),
        by("group", "The Caspian littoral states except Iran and Russia backed the pipeline."));
    assertEquals(
        ids("kazakhstan", "kyrgyzstan", "turkmenistan", "uzbekistan"),
        by("group", "中亞五國除了塔吉克外都批准了這項公約。"));
    assertEquals(
        ids("kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan"),
        by("group", "五個中亞國家（土庫曼除外）都派出了觀察員。"));
    // near miss: "but" joins two clauses, no exception
    assertEquals(
        CASPIAN, by("group", "The Caspian littoral states met in Baku, but Iran left early."));
  }

  @Test
  void theFiveStatesOfCentralAsiaAreTheFive() {
    assertEquals(
        ids("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"),
        by("group", "The five states of Central Asia signed the treaty in Astana."));
    assertEquals(
        ids("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"),
        by("group", "Japan courted the five republics of Central Asia."));
    // near miss: a count that is not the region's five
    assertEquals(ids(), by("group", "The three states of Central Asia signed the treaty."));
  }

  @Test
  void nurekAloneIsTheTownNotTheDam() {
    assertEquals(ids("tajikistan"), by("name", "無人機在塔吉克的努列克上空被擊落。"));
    // near miss: the dam named as a dam
    assertEquals(ids("nurek_dam", "tajikistan"), by("name", "努列克水電站是塔吉克最大的電站。"));
  }

  @Test
  void kashgarIsNotReadInsideBalkhash() {
    assertEquals(ids("kazakhstan"), by("name", "哈薩克的巴爾喀什湖近年水位下降。"));
    // near miss: Kashgar on its own
    assertEquals(ids("kashgar"), by("name", "貨車從喀什出發前往邊境。"));
  }

  @Test
  void theCountryAsTheObjectOfAnotherStatesClauseIsTheNearestOtherState() {
    assertEquals(ids("kyrgyzstan"), by("coref", "俄羅斯在吉爾吉斯設有空軍基地，美國則向該國提供經濟援助。"));
    // near miss: 該國 the subject of its own clause stays the first clause's subject
    assertEquals(ids("kyrgyzstan"), by("coref", "吉爾吉斯境內有俄羅斯的基地，該國也是集安組織成員。"));
    // near miss: a state's president saying 該國 will…: his own state
    assertEquals(ids("kazakhstan"), by("coref", "哈薩克總統表示該國將擴大石油出口。"));
  }

  private static final Set<String> FIVE =
      ids("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan");

  @Test
  void theRegionsFiveStatesAreNotTheLastListOfFiveWithOutsiders() {
    assertEquals(
        FIVE,
        by(
            "coref",
            "В 1996 году Китай, Россия, Казахстан, Киргизия и Таджикистан создали «Шанхайскую пятерку». "
                + "Позднее в Центральной Азии выросла торговля. "
                + "В 2018 году пять государств региона подписали декларацию."));
    // near miss: without the region the count is the list of five
    assertEquals(
        ids("china", "kazakhstan", "kyrgyzstan", "russia", "tajikistan"),
        by(
            "coref",
            "В 1996 году Китай, Россия, Казахстан, Киргизия и Таджикистан создали «Шанхайскую пятерку». "
                + "Эти пять государств подписали декларацию."));
  }

  @Test
  void headsOfCentralAsianStatesAreTheFiveNotTheLastMeetings() {
    assertEquals(
        FIVE,
        by(
            "coref",
            "Казахстан, Узбекистан и Киргизия провели встречу в Ташкенте. "
                + "Главы государств Центральной Азии подписали декларацию."));
    // near miss: the heads of state alone are the last meeting's
    assertEquals(
        ids("kazakhstan", "kyrgyzstan", "uzbekistan"),
        by(
            "coref",
            "Казахстан, Узбекистан и Киргизия провели встречу в Ташкенте. "
                + "Главы государств подписали декларацию."));
  }

  @Test
  void theHeadsOfStateAtASummitTheSentenceNamesAreNotAnEarlierMeetingsStates() {
    assertEquals(
        ids(),
        by(
            "coref",
            "The Tajik foreign minister met the Russian and Iranian ambassadors in Dushanbe. "
                + "At the EU-Central Asia Summit, the heads of state signed a declaration."));
    // an organisation's summit is a summit of its own too
    assertEquals(
        ids(),
        by(
            "coref",
            "The Tajik foreign minister met the Russian and Iranian ambassadors in Dushanbe. "
                + "At the SCO summit in Bishkek, the heads of state signed a declaration."));
    // near miss: a summit named by no name of its own is the earlier meeting's
    assertEquals(
        ids("kazakhstan", "kyrgyzstan", "uzbekistan"),
        by(
            "coref",
            "Kazakhstan, Uzbekistan and Kyrgyzstan held a summit in Tashkent. "
                + "At the summit, the heads of state signed a declaration."));
  }

  @Test
  void theOtherFourOfACentralAsianStateAreTheRegionsNotANearbyList() {
    assertEquals(
        ids("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan"),
        by("coref", "中亞的河流多半跨越國界。哈薩克、吉爾吉斯、塔吉克與中國簽署了水資源協議。烏茲別克與其他四國都有水源爭議。"));
    // near miss: no Central Asia named, the other four are the states named just before
    assertEquals(
        ids("china", "kazakhstan", "kyrgyzstan", "tajikistan"),
        by("coref", "哈薩克、吉爾吉斯、塔吉克與中國簽署了水資源協議。烏茲別克與其他四國都有水源爭議。"));
  }

  @Test
  void theOtherFourQualifiedByTheRegionItselfAreTheRegionsRest() {
    Set<String> rest = ids("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan");
    assertEquals(rest, by("coref", "烏茲別克與其他四個中亞國家以及阿富汗皆接壤。"));
    // a counted "Central Asian states" before 皆 is the count's, not the quantified five
    assertEquals(rest, by("coref", "烏茲別克與其他四個中亞國家皆接壤。"));
    assertEquals(ids(), by("group", "烏茲別克與其他四個中亞國家皆接壤。"));
    assertEquals(
        rest,
        by("coref", "Uzbekistan borders all four other Central Asian states and Afghanistan."));
    assertEquals(rest, by("coref", "Uzbekistan borders the four other Central Asian republics."));
    // near miss: no region, no states named before: the other four are no one's
    assertEquals(ids(), by("coref", "Uzbekistan borders all four other states."));
  }
}
