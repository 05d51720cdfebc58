package org.cagraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceSplitterTest {
  @TempDir Path dir;

  private List<String> sentences(String text) throws Exception {
    Path f = Files.writeString(dir.resolve("s.txt"), text);
    return Paper.of(new DocumentReader().read(f)).sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void abbreviationsAndInitialsEndNoSentenceInEnglishOrRussian() throws Exception {
    assertEquals(
        List.of("Gen. Petraeus met U.S. officials in Tashkent.", "Then he left."),
        sentences("Gen. Petraeus met U.S. officials in Tashkent. Then he left."));
    assertEquals(
        List.of(
            "В 1992 г. Казахстан вступил в ООН, т. е. стал её членом.", "Затем он вступил в СНГ."),
        sentences(
            "В 1992 г. Казахстан вступил в ООН, т. е. стал её членом. Затем он вступил в СНГ."));
    assertEquals(
        List.of("Университет им. Назарбаева открылся в Астане.", "Президент И. Каримов приехал."),
        sentences("Университет им. Назарбаева открылся в Астане. Президент И. Каримов приехал."));
  }

  @Test
  void aSentenceThatOpensWithAQuoteIsASentenceOfItsOwn() throws Exception {
    assertEquals(
        List.of(
            "Пекин стал крупнейшим кредитором страны.",
            "«Росатом» строит в Узбекистане атомную станцию."),
        sentences(
            "Пекин стал крупнейшим кредитором страны. «Росатом» строит в Узбекистане атомную станцию."));
    assertEquals(
        List.of("Пекин стал крупнейшим кредитором страны.", "„Газпром“ купил долю."),
        sentences("Пекин стал крупнейшим кредитором страны.\n\n„Газпром“ купил долю.\n"));
    assertEquals(
        List.of("The plant is in Jizzakh.", "‘Astana’ was its name then."),
        sentences("The plant is in Jizzakh. ‘Astana’ was its name then."));
    // after an abbreviation a quoted name goes on, as a capital does (В 2015 г. Казахстан…; т. н.)
    assertEquals(
        List.of("Россия подписала договор с т. н. «Исламским государством»."),
        sentences("Россия подписала договор с т. н. «Исламским государством»."));
    assertEquals(
        List.of("В 2015 г. «Росатом» начал стройку в Узбекистане."),
        sentences("В 2015 г. «Росатом» начал стройку в Узбекистане."));
  }

  @Test
  void aRussianOrEnglishParagraphBeforeAChineseOneEndsItsSentence() throws Exception {
    assertEquals(
        List.of("Россия разместила вертолёты на авиабазе в Таджикистане.", "中國在塔吉克興建水電站。"),
        sentences("Россия разместила вертолёты на авиабазе в Таджикистане.\n\n中國在塔吉克興建水電站。\n"));
    assertEquals(
        List.of("Kazakhstan joined the WTO.", "中國在塔吉克興建水電站。"),
        sentences("Kazakhstan joined the WTO.\n\n中國在塔吉克興建水電站。\n"));
    // a paragraph ends at its stop whatever the word before it, a year or a number too
    assertEquals(
        List.of("Georgia left the CIS in 2009, and Ukraine quit it in 2018.", "喬治亞於2009年退出獨立國協。"),
        sentences(
            "Georgia left the CIS in 2009, and Ukraine quit it in 2018.\n\n喬治亞於2009年退出獨立國協。\n"));
    assertEquals(
        List.of("Страна входит в ЕАЭС с 2015 г.", "俄國在塔吉克駐有第201軍事基地。"),
        sentences("Страна входит в ЕАЭС с 2015 г.\n\n俄國在塔吉克駐有第201軍事基地。\n"));
    assertEquals(
        List.of("Страна входит в ЕАЭС с 2015 г.", "В 2016 году она вступила в ВТО."),
        sentences("Страна входит в ЕАЭС с 2015 г.\n\nВ 2016 году она вступила в ВТО.\n"));
    assertEquals(
        List.of("Gen. Petraeus visited the U.S.", "The treaty was signed in Tashkent."),
        sentences("Gen. Petraeus visited the U.S.\n\nThe treaty was signed in Tashkent.\n"));
    assertEquals(
        List.of("The treaty was signed by President I. A. Karimov in 1992."),
        sentences("The treaty was signed by President I. A.\n\nKarimov in 1992.\n"));
    assertEquals(
        List.of("В 1992 г. Казахстан вступил в ООН."),
        sentences("В 1992 г.\nКазахстан вступил в ООН.\n"));
    assertEquals(
        List.of("Россия и Казахстан стали членами Евразийского экономического союза."),
        sentences("Россия и Казахстан стали членами\n\nЕвразийского экономического союза.\n"));
    // near misses: an abbreviation or an initial the next line goes on from, a Chinese heading
    // before the English paragraph, an indented Chinese paragraph
    assertEquals(
        List.of("The talks were chaired by Dr. Smith of the U.N.", "In 2016 Russia joined."),
        sentences(
            "The talks were chaired by Dr.\n\nSmith of the U.N.\n\nIn 2016 Russia joined.\n"));
    assertEquals(
        List.of("The treaty was signed on 15 Dec. 1991 in Almaty by the leaders."),
        sentences("The treaty was signed on 15 Dec.\n\n1991 in Almaty by the leaders.\n"));
    assertEquals(
        List.of("In 2001 the U.S. Air Force began using the Manas air base."),
        sentences("In 2001 the U.S.\n\nAir Force began using the Manas air base.\n"));
    assertEquals(
        List.of("中亞觀察", "Russia, China etc.", "中國於2001年加入世界貿易組織。"),
        sentences("中亞觀察\n\nRussia, China etc.\n\n中國於2001年加入世界貿易組織。\n"));
    assertEquals(
        List.of("Kazakhstan joined the WTO in 2015.", "中國於2001年加入世界貿易組織。"),
        sentences("Kazakhstan joined the WTO in 2015.\n\u00a0\n\u3000\u3000中國於2001年加入世界貿易組織。\n"));
    // near misses: a number's stop glued to Chinese on one line, an initial at a wrapped line's end
    assertEquals(List.of("人口達到2.5億。"), sentences("人口達到2.5億。\n"));
    assertEquals(List.of("美國總統G.W.布希訪問中亞。"), sentences("美國總統G.W.\n\n布希訪問中亞。\n"));
    // near miss: an abbreviation glued to Chinese is no sentence end
    assertEquals(List.of("美國與U.S.中亞政策一致。"), sentences("美國與U.S.中亞政策一致。\n"));
  }

  @Test
  void aCapitalLetterBeforeAFunctionWordEndsItsSentenceButAnInitialDoesNot() throws Exception {
    assertEquals(
        List.of("The pipeline follows Line D.", "The route crosses Tajikistan."),
        sentences("The pipeline follows Line D. The route crosses Tajikistan."));
    assertEquals(
        List.of("Газ идёт по линии D.", "В 2024 году её продлили."),
        sentences("Газ идёт по линии D. В 2024 году её продлили."));
    assertEquals(
        List.of("President I. A. Karimov signed it.", "И. В. Сталин умер в 1953 году."),
        sentences("President I. A. Karimov signed it. И. В. Сталин умер в 1953 году."));
  }

  @Test
  void russianSentencesAreToldFromChineseAndEnglishOnes() throws Exception {
    assertEquals(true, sentence("Казахстан вступил в ЕАЭС.").isRussian());
    // a Chinese sentence glossing a Russian name is Chinese
    assertEquals(false, sentence("1994年4月30日，納札爾巴耶夫與烏茲別克總統卡里莫夫(И.Каримов)簽署條約。").isRussian());
    assertEquals(
        false,
        sentence("Kazakhstan joined the Eurasian Economic Union (ЕАЭС) in 2015.").isRussian());
  }

  private static Sentence sentence(String text) {
    return new Sentence("d", 0, "", Sentence.Kind.BODY, 0, text, new int[0], 0, 0);
  }
}
