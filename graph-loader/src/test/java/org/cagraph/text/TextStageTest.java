package org.cagraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.cagraph.TestCorpus;
import org.junit.jupiter.api.Test;

class TextStageTest {

  @Test
  void everySentenceOfTheCorpusPointsAtItsOwnTextInTheOriginalFile() throws Exception {
    int sentences = 0;
    for (Path f : TestCorpus.files()) {
      Paper p = Paper.of(new DocumentReader().read(f));
      String original = p.source().text();
      for (Sentence s : p.sentences()) {
        sentences++;
        assertEquals(s.original(p.source()), original.substring(s.start(), s.end()));
        assertEquals(s.offsets()[0], s.start(), s.id());
        assertEquals(s.offsets()[s.offsets().length - 1] + 1, s.end(), s.id());
        // every clean char is the NFC form of the original char it maps to, in order
        int prev = -1;
        for (int i = 0; i < s.text().length(); i++) {
          int at = s.offsets()[i];
          assertTrue(at >= prev, s.id() + " offsets go backwards at " + i);
          prev = at;
          char c = s.text().charAt(i);
          String o =
              org.cagraph.text.Normalizer.radical(
                  Normalizer.normalize(String.valueOf(original.charAt(at)), Normalizer.Form.NFC));
          assertTrue(
              c == ' ' && Character.isWhitespace(original.charAt(at))
                  || o.indexOf(c) >= 0
                  || o.length() == 1
                      && c == org.cagraph.text.Normalizer.cyrillicDouble(o.charAt(0)),
              s.id() + " char " + i + " '" + c + "' vs original '" + original.charAt(at) + "'");
        }
      }
    }
    assertTrue(sentences > 1500, "sentences: " + sentences);
  }

  @Test
  void kangxiRadicalsFromAPdfTextLayerReadAsTheirIdeographsOneForOne() throws Exception {
    // ⼤ U+2F24, ⼀ U+2F00, ⼈ U+2F08, ⽇ U+2F47: what browsers and word processors write into a PDF's
    // text layer
    // and ⻑ U+2ED1, a radical supplement NFKC leaves alone (秘書⻑ for 秘書長)
    String unified = "中國國家主席習近平於2013年在哈薩克的納扎爾巴耶夫大學提出一帶一路倡議，日本人也關注，秘書長出席。";
    String kangxi =
        unified
            .replace('大', '\u2F24')
            .replace('一', '\u2F00')
            .replace('人', '\u2F08')
            .replace('日', '\u2F47')
            .replace('長', '\u2ED1');
    Path f = java.nio.file.Files.createTempDirectory("kangxi").resolve("k.txt");
    java.nio.file.Files.writeString(f, kangxi);
    Paper p = Paper.of(new DocumentReader().read(f));
    Sentence s = p.sentences().get(0);
    assertEquals(unified, s.text());
    assertEquals(kangxi, s.original(p.source()), "the citation still quotes the file as written");
    assertEquals(
        kangxi.indexOf('\u2F24'),
        s.offsets()[unified.indexOf('大')],
        "one clean char per original char");
  }

  @Test
  void latinLookAlikesInsideACyrillicWordReadAsCyrillicOneForOne() throws Exception {
    // Договорa with a Latin a, Казахстaн with one inside: as typed, or as a PDF's text layer gives
    // it
    String typed = "Узбекистан вышел из Договорa. Казахстaн остался. Kazakhstan stayed.";
    Path f = java.nio.file.Files.createTempDirectory("lookalike").resolve("r.txt");
    java.nio.file.Files.writeString(f, typed);
    Paper p = Paper.of(new DocumentReader().read(f));
    String clean = String.join(" ", p.sentences().stream().map(Sentence::text).toList());
    assertTrue(clean.contains("Договора."), clean);
    assertTrue(clean.contains("Казахстан остался"), clean);
    assertTrue(clean.contains("Kazakhstan stayed"), "a Latin word keeps its letters: " + clean);
    Sentence s = p.sentences().get(0);
    assertEquals(
        "Узбекистан вышел из Договорa.", s.original(p.source()), "the citation quotes the file");
  }

  @Test
  void aShortUnpunctuatedLineBetweenBlankLinesIsAHeadingNotTheNextSentencesStart()
      throws Exception {
    String text =
        "中亞觀察\n\n吉爾吉斯總統扎帕羅夫表示，俄羅斯將繼續租用坎特空軍基地。\n\n新的一章\n\n"
            + "哈薩克與吉爾吉斯於2019年簽署了邊界劃定協定，兩國\n\n同意\n\n加強合作。\n";
    Path f = java.nio.file.Files.createTempDirectory("title").resolve("t.txt");
    java.nio.file.Files.writeString(f, text);
    List<Sentence> ss = Paper.of(new DocumentReader().read(f)).sentences();
    assertEquals(Sentence.Kind.HEADING, ss.get(0).kind());
    assertEquals("中亞觀察", ss.get(0).text());
    assertEquals("吉爾吉斯總統扎帕羅夫表示，俄羅斯將繼續租用坎特空軍基地。", ss.get(1).text());
    assertEquals("中亞觀察", ss.get(1).section());
    assertEquals("新的一章", ss.get(2).text());
    // a hard wrap inside an open paragraph stays a wrap, however short the line
    assertEquals("哈薩克與吉爾吉斯於2019年簽署了邊界劃定協定，兩國同意加強合作。", ss.get(3).text());
  }

  @Test
  void aDocumentsFirstLineIsItsTitleEvenWithASubtitleAfterAColon() throws Exception {
    String text =
        "從瑪納斯到坎特：美俄在吉爾吉斯的基地之爭\n\n吉爾吉斯於2001年同意美軍使用瑪納斯機場。\n\n" + "俄羅斯與吉爾吉斯：\n\n兩國於2003年簽署協定。\n";
    Path f = java.nio.file.Files.createTempDirectory("colon").resolve("t.txt");
    java.nio.file.Files.writeString(f, text);
    List<Sentence> ss = Paper.of(new DocumentReader().read(f)).sentences();
    assertEquals(Sentence.Kind.HEADING, ss.get(0).kind());
    assertEquals("從瑪納斯到坎特：美俄在吉爾吉斯的基地之爭", ss.get(0).text());
    assertEquals("吉爾吉斯於2001年同意美軍使用瑪納斯機場。", ss.get(1).text());
    // only the first line: a later line that ends in a colon runs on into what it introduces
    assertEquals("俄羅斯與吉爾吉斯：兩國於2003年簽署協定。", ss.get(2).text());
    assertEquals(Sentence.Kind.BODY, ss.get(2).kind());

    String english =
        "Kant and Manas: Two Bases, One Small Republic\n\nKyrgyzstan hosted both bases in 2004.\n";
    Path g = java.nio.file.Files.createTempDirectory("colon").resolve("e.txt");
    java.nio.file.Files.writeString(g, english);
    List<Sentence> es = Paper.of(new DocumentReader().read(g)).sentences();
    assertEquals(Sentence.Kind.HEADING, es.get(0).kind());
    assertEquals("Kyrgyzstan hosted both bases in 2004.", es.get(1).text());
  }

  @Test
  void aTitleEndingInALetterThatIsAlsoAFunctionWordIsStillATitle() throws Exception {
    // Азии ends in и, Asia in a: the last letter of a word is no final Chinese character
    for (String text :
        List.of(
            "Россия наращивает военное присутствие в Центральной Азии\n\n"
                + "Председатель КНР Си Цзиньпин прибыл в Астану.\n",
            "Russia Expands Its Military Footprint in Central Asia\n\n"
                + "Xi Jinping arrived in Astana on Tuesday for the summit.\n")) {
      Path f = java.nio.file.Files.createTempDirectory("title").resolve("t.txt");
      java.nio.file.Files.writeString(f, text);
      List<Sentence> ss = Paper.of(new DocumentReader().read(f)).sentences();
      assertEquals(2, ss.size(), text);
      assertEquals(Sentence.Kind.HEADING, ss.get(0).kind(), text);
      assertEquals(Sentence.Kind.BODY, ss.get(1).kind(), text);
    }
  }

  @Test
  void aTitleFollowedByAShortDatelineIsStillATitle() throws Exception {
    // a dateline is as short as the last line of a wrapped sentence, but has a comma or a digit
    for (String text :
        List.of(
            "Казахстан и Киргизия подписали соглашение о границе в Бишкеке в июне\n\n"
                + "Бишкек, 12 июня.\n\nКиргизия граничит с Казахстаном.\n",
            "Kazakhstan and Kyrgyzstan sign a border treaty in Bishkek in June\n\n"
                + "Bishkek, June 12.\n\nKyrgyzstan borders Kazakhstan.\n")) {
      Path f = java.nio.file.Files.createTempDirectory("dateline").resolve("t.txt");
      java.nio.file.Files.writeString(f, text);
      List<Sentence> ss = Paper.of(new DocumentReader().read(f)).sentences();
      assertEquals(text.substring(0, text.indexOf('\n')), ss.get(0).text(), text);
      assertEquals(Sentence.Kind.HEADING, ss.get(0).kind(), text);
      assertEquals(Sentence.Kind.BODY, ss.get(ss.size() - 1).kind(), text);
    }
  }

  @Test
  void aFirstLineThatIsASentenceWrappedOverABlankLineIsNoTitle() throws Exception {
    for (String text :
        List.of(
            "Kazakhstan, Kyrgyzstan and Tajikistan became full members of the\n\n"
                + "Shanghai Cooperation Organisation in 2001.\n",
            "Kazakhstan and Kyrgyzstan agreed in 2019 to share the water of the river\n\n"
                + "that both of them depend on.\n",
            "2001年6月，哈薩克、吉爾吉斯與塔吉克的元首在上海宣布加入上海合作\n\n組織。\n",
            "В 2015 году Армения, Белоруссия, Казахстан и Россия стали членами\n\n"
                + "Евразийского экономического союза.\n")) {
      Path f = java.nio.file.Files.createTempDirectory("wrapped").resolve("t.txt");
      java.nio.file.Files.writeString(f, text);
      List<Sentence> ss = Paper.of(new DocumentReader().read(f)).sentences();
      assertEquals(1, ss.size(), text);
      assertEquals(Sentence.Kind.BODY, ss.get(0).kind(), text);
    }
  }

  @Test
  void aWrappedLineThatOpensAQuoteOrStartsWithASpacedYearIsNoHeading() throws Exception {
    String text =
        "烏茲別克已於當年加入了北約的外圍組織－「和平夥\n\n伴關係計畫」。\n\n"
            + "2005 年 7 月美軍撤出汗阿巴德基地，2005 年 11 月最\n\n後一批人員離境。\n\n"
            + "2 研究方法\n\n本文採文獻分析。\n";
    Path f = java.nio.file.Files.createTempDirectory("wrap").resolve("t.txt");
    java.nio.file.Files.writeString(f, text);
    List<Sentence> ss = Paper.of(new DocumentReader().read(f)).sentences();
    assertEquals("烏茲別克已於當年加入了北約的外圍組織－「和平夥伴關係計畫」。", ss.get(0).text());
    assertEquals(Sentence.Kind.BODY, ss.get(0).kind());
    assertEquals("2005年7月美軍撤出汗阿巴德基地，2005年11月最後一批人員離境。", ss.get(1).text());
    assertEquals(Sentence.Kind.BODY, ss.get(1).kind());
    // a section number with its title is still a heading
    assertEquals(Sentence.Kind.HEADING, ss.get(2).kind());
    assertEquals("2研究方法", ss.get(2).text());
  }

  @Test
  void hardWrappedSentencesOf001ComeOutWhole() throws Exception {
    Paper p = TestCorpus.paper("001_");
    // the file wraps this sentence over five lines with blank lines between them
    Sentence s = find(p, "美國在九一一事件後出兵阿富汗與伊拉克");
    assertEquals("美國在九一一事件後出兵阿富汗與伊拉克，軍事力量長驅直入中亞，全面介入中亞事務，益增中亞地區情勢的複雜性。", s.text());
    assertTrue(s.original(p.source()).contains("\n"), "the original spans several lines");
    // a sentence a footnote block interrupts mid-word (棉 | footnotes | 花)
    Sentence cotton = find(p, "烏茲別克的棉花");
    assertTrue(cotton.text().contains("烏茲別克的棉花、吉爾吉斯的煙草"), cotton.text());
    assertFalse(cotton.text().contains("蘇維埃"), "footnote text stays out of the body sentence");
  }

  @Test
  void scoFoundingSentenceOf003IsStitchedAcrossItsFootnoteBlock() throws Exception {
    Paper p = TestCorpus.paper("003_");
    Sentence s = find(p, "和中亞四國及俄羅斯共同創立上海合作組織");
    assertTrue(
        s.text().contains("共同創立上海合作組織（Shanghai Cooperation Organization, SCO），並定期舉行和平使命"),
        s.text());
    assertFalse(s.text().contains("馬蘇姆"), "the footnote is not inside the sentence");
    assertFalse(s.text().contains("<sup>"), "inline markers are lifted");
    Sentence note = find(p, "中國認為由維吾爾族宗教人士馬蘇姆");
    assertEquals(Sentence.Kind.FOOTNOTE, note.kind());
    assertTrue(
        note.text().startsWith("中國認為"),
        "the footnote number is not part of the note: " + note.text());
  }

  @Test
  void compatibilityIdeographsOf002AreNormalisedToUnifiedForms() throws Exception {
    Paper p = TestCorpus.paper("002_");
    boolean sawCompat = p.source().text().chars().anyMatch(c -> c >= 0xF900 && c <= 0xFAFF);
    assertTrue(sawCompat, "002 spells words with compatibility ideographs");
    for (Sentence s : p.sentences()) {
      assertTrue(s.text().chars().noneMatch(c -> c >= 0xF900 && c <= 0xFAFF), s.id());
    }
    // 俄羅斯 is written with U+F90F (羅) in 002: after normalisation it is the ordinary word
    assertTrue(p.sentences().stream().anyMatch(s -> s.text().contains("俄羅斯")));
  }

  @Test
  void footnoteMarkersAndHeadingsBecomeStructure() throws Exception {
    Paper p = TestCorpus.paper("000_");
    assertTrue(p.sentences().stream().noneMatch(s -> s.text().matches(".*[¹²³⁴⁵⁶⁷⁸⁹⁰].*")));
    Sentence heading = find(p, "第一節");
    assertEquals(Sentence.Kind.HEADING, heading.kind());
    Sentence later = find(p, "哈薩克成爲聯合國正式成員國");
    assertTrue(later.section().length() > 0, "body sentences carry their section");
  }

  @Test
  void aDateOpeningTheNextSentenceIsNoFootnoteMarker() {
    String text =
        "兩國另提供 500 萬美元用於能源項目。1 月 20 日，兩國元首在紐約會談。雙方簽署協定。2\n\n"
            + "---\n\n1. 某作者，〈文章〉。\n\n2. 另一作者，〈文章〉。\n";
    String clean = new org.cagraph.text.Normalizer().normalize(text).clean();
    assertTrue(clean.matches("(?s).*。1\\s*月\\s*20\\s*日.*"), clean);
    assertFalse(clean.contains("協定。2"), "a real marker is still lifted: " + clean);
  }

  static Sentence find(Paper p, String needle) {
    List<Sentence> hits = p.sentences().stream().filter(s -> s.text().contains(needle)).toList();
    assertEquals(
        1,
        hits.size(),
        "sentences containing " + needle + ": " + hits.stream().map(Sentence::text).toList());
    return hits.get(0);
  }
}
