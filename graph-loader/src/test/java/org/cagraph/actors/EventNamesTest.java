package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Summits, forums, exercises and dialogue formats that a text names are discovered as actors, in
 * each language, while a bloc's or a city's summit stays the bloc or the city.
 */
class EventNamesTest {
  private static final Linker LINKER = new Linker(Gazetteer.load());

  private static List<String> names(String text) {
    return Discovery.eventNames(text, LINKER.claimed(text)).stream()
        .map(s -> text.substring(s[0], s[1]))
        .toList();
  }

  @Test
  void aRussianNameInGuillemetsNextToItsKindIsAnEventAndKeepsItsQuotes() {
    assertEquals(
        List.of("«Взаимодействие»"),
        names("Совместные учения «Взаимодействие» проводятся почти ежегодно."));
    assertEquals(
        List.of("«Балтия — Центральная Азия»"),
        names("Планируется саммит «Балтия — Центральная Азия»."));
    // quotes without a kind of meeting next to them name no event
    assertEquals(List.of(), names("Компания «Лукойл» вышла из проекта."));
  }

  @Test
  void aBlocsAbbreviationMayStandBetweenTheKindAndTheQuotedName() {
    assertEquals(
        List.of("«Взаимодействие-2021»"),
        names("Армения и Белоруссия приняли участие в учениях ОДКБ «Взаимодействие-2021»."));
    assertEquals(
        "«Поиск-2022» учения",
        Discovery.eventWithKind(
            "Прошли учения ОДКБ «Поиск-2022».",
            "Прошли учения ОДКБ ".length(),
            "Прошли учения ОДКБ «Поиск-2022»".length()));
    // near miss: a bloc's abbreviation before quotes with no kind of meeting names no event
    assertEquals(List.of(), names("Представитель ОДКБ «Иванов» не ответил."));
  }

  @Test
  void aProgrammeOrAnInitiativeIsNamedAsAMeetingIs() {
    assertEquals(
        List.of("«Зелёный мост»"),
        names("Казахстан выдвинул программу «Зелёный мост» в 2011 году."));
    assertEquals(
        List.of("Green Bridge Initiative"),
        names("Kazakhstan launched the Green Bridge Initiative."));
    // near misses: a programme word alone, or with generic words only, names none
    assertEquals(List.of(), names("The Initiative was launched in 2011."));
    assertEquals(
        List.of(), names("They discussed the Economic Corridor and the Regional Programme."));
  }

  @Test
  void twoKnownPartiesJoinedByADashBeforeTheKindNameASummit() {
    assertEquals(List.of("日本—中亞峰會"), names("首相出席了首屆日本—中亞峰會。"));
    assertEquals(
        List.of("Korea–Central Asia summit"),
        names("He attended the first Korea–Central Asia summit."));
    assertEquals(
        List.of("Индия — Центральная Азия"),
        names("В Дели прошёл саммит Индия — Центральная Азия."));
  }

  @Test
  void aBlocsCouncilCountedByItsMeetingIsAnEvent() {
    assertEquals(List.of("獨立國協國家元首理事會第三十次會議"), names("獨立國協國家元首理事會第三十次會議於明斯克召開，各國元首出席。"));
    assertEquals(List.of("上合組織第十屆峰會"), names("俄羅斯總統出席上合組織第十屆峰會。"));
    // … the count before the council (上合組織第二十四次元首理事會會議: the council after the ordinal)
    assertEquals(List.of("上海合作組織第二十四次元首理事會會議"), names("習近平出席上海合作組織第二十四次元首理事會會議。"));
    assertEquals(List.of(), names("雙方舉行了第二次理事會會議。"));
    // near misses: a meeting counted without its bloc, a bloc's summit without its count
    assertEquals(List.of(), names("雙方在北京舉行了第七次會議。"));
    assertEquals(List.of(), names("各國元首出席獨立國協元首峰會。"));
  }

  @Test
  void aCooperationForumOfTwoKnownPartiesIsAnEvent() {
    assertEquals(List.of("土耳其—中亞合作論壇"), names("首屆土耳其—中亞合作論壇在伊斯坦堡舉行。"));
    assertEquals(List.of(), names("土耳其與中亞的合作日益密切。"));
  }

  @Test
  void anExercisesKindMayFollowAWordOfWhatKindOfExerciseItIs() {
    assertEquals(
        List.of("Zapad-2025 strategic manoeuvres"),
        names("Belarus staged the Zapad-2025 strategic manoeuvres with Russian units."));
    assertEquals(
        List.of("Cobalt Shield joint drills"),
        names("Troops from Tajikistan joined the Cobalt Shield joint drills."));
    // near misses: a state's own drills, a bare kind after a generic word
    assertEquals(List.of(), names("Kazakhstan watched the Russian strategic manoeuvres."));
    assertEquals(List.of(), names("Troops later held Annual joint drills."));
    assertEquals(List.of(), names("Mongolia hosted Soviet-era military drills in 1989."));
    assertEquals(List.of(), names("Armenia joined CSTO-led joint drills in 2015."));
  }

  @Test
  void aKnownExerciseAfterAWordDescribingItIsNoNewEvent() {
    // the linker has Kavkaz-2020 and Steppe Eagle; the possessive or the -led word names nothing
    assertEquals(
        List.of(), names("The Russian-led Kavkaz-2020 exercise drew troops from Armenia."));
    assertEquals(List.of(), names("Kazakhstan's Steppe Eagle exercise drew British troops."));
    // near miss: an exercise the gazetteer lacks keeps its whole name, the description with it
    assertEquals(
        List.of("Russia's Zapad-2021 exercise"),
        names("Russia's Zapad-2021 exercise drew troops from Belarus."));
  }

  @Test
  void aRussianBlocsSummitInACityIsOneMeeting() {
    assertEquals(
        List.of("ШОС в Астане"),
        names("В 2011 году на саммите ШОС в Астане министры обсудили тарифы."));
    assertEquals(
        List.of("ОДКБ 2022 года"), names("На саммите ОДКБ 2022 года лидеры приняли декларацию."));
    // near misses: the bloc's summit without a city, a city the gazetteer lacks
    assertEquals(List.of(), names("На саммите ШОС президенты обсудили нефтепровод."));
    assertEquals(List.of(), names("На саммите ШОС в Зеленограде президенты обсудили нефтепровод."));
  }

  @Test
  void aBlocsOrACitysSummitIsNoName() {
    assertEquals(List.of(), names("各國元首出席上合組織峰會。"));
    assertEquals(List.of(), names("The SCO Summit adopted a declaration in Astana."));
    assertEquals(List.of(), names("Leaders met at the Annual Forum."));
  }

  @Test
  void aBlocsSummitInAKnownCityOrOfAYearIsOneMeeting() {
    assertEquals(
        List.of("SCO summit in Bishkek"),
        names("The Kyrgyz president chaired the SCO summit in Bishkek as host."));
    assertEquals(
        List.of("CSTO summit in Dushanbe in September 2021"),
        names("Lukashenko flew to the CSTO summit in Dushanbe in September 2021."));
    assertEquals(List.of("2007 Bishkek summit"), names("Putin spoke at the 2007 Bishkek summit."));
    // the sentence's full stop is no part of the city's name: the summit named at the end of one
    // sentence is the one named inside the next (one actor, not "SCO summit in Astana.")
    assertEquals(
        List.of("SCO summit in Astana"), names("Xi Jinping attended the SCO summit in Astana."));
    assertEquals(
        List.of("ШОС в Астане"), names("Си Цзиньпин принял участие в саммите ШОС в Астане."));
    assertEquals(
        List.of("CIS summit in St. Petersburg"),
        names("Tokayev attended the CIS summit in St. Petersburg."));
    // near misses: the bloc's summit with no city or year (its meetings, or the bloc), a city the
    // gazetteer lacks, a summit in a year only
    assertEquals(List.of(), names("Kazakhstan has attended every SCO summit since 2001."));
    assertEquals(List.of(), names("Ministers met before the SCO summit in Foobarville."));
    assertEquals(List.of(), names("The SCO summit in 2019 adopted a declaration."));
  }

  @Test
  void anEnglishTitleBeforeItsKindIsAnEvent() {
    assertEquals(
        List.of("Astana International Forum"),
        names("Tokayev spoke at the Astana International Forum in 2023."));
    assertEquals(
        List.of("Frontier Shield exercise"),
        names("Kazakh troops took part in the Frontier Shield exercise."));
    // a known exercise is the linker's
    assertEquals(List.of(), names("Kazakh troops took part in the Steppe Eagle exercise."));
    // a title's verb is no exercise, and one capitalised word opening a sentence is no name
    assertEquals(List.of(), names("How China Exercises Influence over Central Asia"));
    assertEquals(List.of(), names("Large exercises began in May."));
  }

  private static List<String> people(String text) {
    return Discovery.titledRussianNames(text, LINKER.claimed(text)).stream()
        .map(s -> text.substring(s[0], s[1]))
        .toList();
  }

  @Test
  void aRussianPersonIsKnownByTheTitleBeforeTheName() {
    assertEquals(
        List.of("Юрий Борисов"),
        people("Генеральный директор Роскосмоса Юрий Борисов не раз заявлял об этом."));
    assertEquals(
        List.of("Андрей Петров"), people("Министр транспорта Андрей Петров посетил Астану."));
    // a known person is the linker's, and an institution after a title is no person
    assertEquals(List.of(), people("Президент России Владимир Путин прибыл в Душанбе."));
    assertEquals(List.of(), people("Председатель Центрального банка Казахстана выступил."));
    // the titles the English list holds too: a diplomat, a deputy, a spokesman, a general
    assertEquals(
        List.of("Олег Сидоренко"),
        people("Обязанности генсека исполнял российский дипломат Олег Сидоренко."));
    assertEquals(
        List.of("Ирина Власова"),
        people("Заместитель министра иностранных дел Ирина Власова прибыла в Бишкек."));
    assertEquals(
        List.of("Тимур Ахмедов"), people("Пресс-секретарь президента Тимур Ахмедов заявил это."));
    assertEquals(
        List.of(),
        people("Представители Казахстана и Узбекистана обсудили границу."),
        "a title with no person's name after it");
    // a quoted name of what the title heads is one of its words
    assertEquals(
        List.of("Алексей Лихачёв"),
        people("Глава «Росатома» Алексей Лихачёв подписал соглашение."));
    assertEquals(
        List.of("Павел Осипов"),
        people("Гендиректор АО «Стальная магистраль» Павел Осипов посетил Ташкент."));
    // near misses: an unclosed quote, and a quoted name with no person after it
    assertEquals(List.of(), people("Глава «Росатома заявил, что Алексей Лихачёв уехал."));
    assertEquals(List.of(), people("Глава «Росатома» посетил Ташкент."));
    // a verb of taking the post between the title and the name, or a verb of heading before it
    assertEquals(
        List.of("Бахыт Султанов"),
        people("Председателем Евразийской экономической комиссии был назначен Бахыт Султанов."));
    assertEquals(
        List.of("Мейржан Юсупов"), people("Компанию «Казатомпром» возглавляет Мейржан Юсупов."));
    // near misses: a body after the verb of heading, a name after other words
    assertEquals(List.of(), people("Делегацию возглавляет Государственный комитет."));
    assertEquals(
        List.of(),
        people("Председатель комиссии выступил на заседании, где Бахыт Султанов молчал."));
  }
}
