package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cagraph.text.Paper;
import org.cagraph.text.Sentence;
import org.cagraph.text.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * The antecedent of a pair word in every language: the one pair a sentence coordinates, not the
 * last two states named (Киргизия и Таджикистан…, а Узбекистан… Обе страны); nothing where the two
 * would take one state of a list of three and another named apart from it; the two capitals only
 * after two states named by their capitals; and 該國 as the object of a later clause that names no
 * state, which refers past the state the sentence opens with. Sentences written for the test.
 */
class PairAndObjectReferencesTest {

  /** The actors coreference links at the first occurrence of {@code word} in the last sentence. */
  private static Set<String> at(String text, String word) {
    SourceDocument doc =
        new SourceDocument(
            "test_0000000000000000", Path.of("test.txt"), text, "txt", "0", List.of(0));
    List<Sentence> sentences = Paper.of(doc).sentences();
    List<List<Mention>> all = LinkedText.LINKER.link(sentences);
    String last = sentences.get(sentences.size() - 1).text();
    int begin = last.indexOf(word);
    return all.get(all.size() - 1).stream()
        .filter(m -> m.method().equals("coref") && m.begin() == begin)
        .map(m -> m.actor().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void thePairWordTakesTheOnePairASentenceCoordinates() {
    assertEquals(
        Set.of("kyrgyzstan", "tajikistan"),
        at("吉爾吉斯與塔吉克在2022年爆發邊境衝突，烏茲別克表示願意居中調停。兩國隨後同意劃定共同邊界。\n", "兩國"));
    assertEquals(
        Set.of("kyrgyzstan", "tajikistan"),
        at(
            "Киргизия и Таджикистан в 2022 году пережили вооружённый конфликт, а Узбекистан предложил"
                + " посредничество. Впоследствии обе страны договорились о делимитации границы.\n",
            "обе страны"));
    // near miss: no pair coordinated, the last two states named stay the antecedent
    assertEquals(
        Set.of("kazakhstan", "uzbekistan"), at("哈薩克在2021年與烏茲別克簽署同盟條約。兩國擁有漫長的共同邊界。\n", "兩國"));
  }

  @Test
  void aChineseCapitalStandsForItsStateWhenAPairLacksOne() {
    assertEquals(
        Set.of("kyrgyzstan", "uzbekistan"), at("烏茲別克總統多次訪問比什凱克，兩國在2022年解決了大部分邊界爭議。\n", "兩國"));
    // near miss: a state's own capital adds no second state
    assertEquals(Set.of(), at("哈薩克總統在阿斯塔納發表演說，兩國關係受到關注。\n", "兩國"));
  }

  @Test
  void oneOfAListOfThreeAndAnotherStateAreNoPair() {
    assertEquals(
        Set.of(),
        at(
            "Russia, China and Iran held joint naval drills in the Gulf of Oman in March. The two"
                + " countries are also discussing a defence pact.\n",
            "two countries"));
    assertEquals(Set.of(), at("俄羅斯、中國與伊朗在阿曼灣舉行聯合海上演習。兩國還在商討簽署防務協定。\n", "兩國"));
    assertEquals(
        Set.of(),
        at(
            "Россия, Китай и Иран провели учения в Оманском заливе, а затем и в Омане. Обе страны"
                + " обсуждают оборонный пакт.\n",
            "Обе страны"));
  }

  @Test
  void theTwoCapitalsAreTwoStatesNamedByTheirCapitals() {
    assertEquals(
        Set.of("china", "russia"),
        at(
            "Moscow and Beijing announced a partnership shortly before the invasion of Ukraine. Since"
                + " then the two capitals have held joint naval drills.\n",
            "the two capitals"));
    assertEquals(
        Set.of("china", "russia"),
        at(
            "Москва и Пекин объявили о партнёрстве в 2022 году. С тех пор обе столицы провели"
                + " совместные учения.\n",
            "обе столицы"));
    // near misses: a third state named by its capital (which two is not said), states named by
    // their names, and cities that stand for no state
    assertEquals(
        Set.of(),
        at(
            "Moscow and Beijing condemned the sanctions that Washington imposed. The two capitals"
                + " then signed a treaty.\n",
            "The two capitals"));
    assertEquals(
        Set.of(),
        at(
            "Russia and China announced a partnership in 2022. Since then the two capitals have held"
                + " joint drills.\n",
            "the two capitals"));
    assertEquals(
        Set.of(),
        at(
            "A new railway will run from the city of Almaty to the city of Bishkek. The two capitals"
                + " are 240 kilometres apart.\n",
            "The two capitals"));
  }

  @Test
  void theCountryIsNoOneStateOfAListItsSentenceCoordinates() {
    assertEquals(
        Set.of("uzbekistan"),
        at(
            "After Islam Karimov died in 2016, Uzbekistan opened its borders with Tajikistan and"
                + " Kyrgyzstan, and the country rejoined talks on water sharing.\n",
            "the country"));
    // nothing when no state stands before the list in the sentence
    assertEquals(
        Set.of(),
        at(
            "Turkmenistan stayed neutral. Kazakhstan and Kyrgyzstan joined the union in 2015, and the"
                + " country then raised its tariffs.\n",
            "the country"));
    // near miss: one state named alone stays the antecedent
    assertEquals(
        Set.of("kyrgyzstan"),
        at(
            "Kyrgyzstan, which hosts a Russian air base, joined the union in 2015, and the country now"
                + " sends most of its migrants to Russia.\n",
            "the country"));
  }

  @Test
  void aBareRussianRepublicAfterAnAdverbStillRefers() {
    assertEquals(
        Set.of("uzbekistan"),
        at(
            "Узбекистан дважды выходил из ОДКБ. Впервые республика вышла из этого блока в 1999 году.\n",
            "республика"));
    // near miss: an adjective before the noun makes it another state
    assertEquals(
        Set.of(),
        at(
            "Узбекистан дважды выходил из ОДКБ. Соседняя республика вышла из этого блока в 1999 году.\n",
            "республика"));
  }

  @Test
  void anObjectCountryOfALaterClauseIsNotTheSentencesSubject() {
    assertEquals(Set.of("tajikistan"), at("日本自1990年代起在塔吉克資助修建道路，其國際協力機構也為該國培訓邊防人員。\n", "該國"));
    assertEquals(Set.of("tajikistan"), at("中國在塔吉克修建公路，並為該國提供貸款。\n", "該國"));
    // a subject of two coordinated states: 該國 is neither of them
    assertEquals(Set.of("kyrgyzstan"), at("吉爾吉斯經濟困難。俄羅斯與中國簽署協議，並為該國提供貸款。\n", "該國"));
    // near miss: the reference as its clause's subject stays the sentence's subject
    assertEquals(Set.of("turkmenistan"), at("土庫曼奉行永久中立政策，該國從未加入集安組織。\n", "該國"));
  }
}
