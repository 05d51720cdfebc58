package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event held in one Chinese clause, its participants in the next with a verb that closes their
 * clause ({@link CarriedEvent}); no CoreNLP.
 */
class CarriedEventTest {
  @TempDir Path dir;

  private List<String> read(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theStatesOfTheNextClauseTakePartInTheExerciseHeldBefore() throws Exception {
    List<String> f = read("2022年，「和平使命」聯合反恐演習在新疆庫爾勒舉行，吉爾吉斯與塔吉克軍隊首度參訓。");
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN peace_mission"), f.toString());
    assertTrue(f.contains("tajikistan PARTICIPATES_IN peace_mission"), f.toString());
  }

  @Test
  void everyPersonOfATitledListAttendsTheSummitHeldBefore() throws Exception {
    // a body's summit (獨聯體峰會) is the event too; the list's last person after 與 and a title
    List<String> f = read("独联体峰会10日在阿什哈巴德开幕，俄罗斯总统普京、哈萨克斯坦总统托卡耶夫与东道国总统谢尔达尔·别尔德穆哈梅多夫悉数出席。");
    assertTrue(f.contains("vladimir_putin PARTICIPATES_IN cis"), f.toString());
    assertTrue(f.contains("kassym_jomart_tokayev PARTICIPATES_IN cis"), f.toString());
    assertTrue(f.contains("serdar_berdimuhamedow PARTICIPATES_IN cis"), f.toString());
  }

  @Test
  void aBodysSummitNamedByItsCityIsTheEventToo() throws Exception {
    // 上合組織撒馬爾罕峰會: the city between the body and its summit word
    List<String> f = read("上合組織撒馬爾罕峰會舉行，中國國家主席習近平與俄羅斯總統普丁出席。");
    assertTrue(f.contains("xi_jinping PARTICIPATES_IN sco"), f.toString());
    assertTrue(f.contains("vladimir_putin PARTICIPATES_IN sco"), f.toString());
    // a state between them is no summit's name: nothing is carried
    List<String> g = read("上合組織與中國峰會舉行，俄羅斯總統普丁出席。");
    assertFalse(g.contains("vladimir_putin PARTICIPATES_IN sco"), g.toString());
  }

  @Test
  void aHeadlineBeforeTheEventDoesNotHideIt() throws Exception {
    // another event earlier in the clause (a headline run into the sentence): the one the verb
    // holds is read
    List<String> f = read("「草原之鷹」落幕（本報綜合報導）中國—中亞峰會19日在西安登場，哈薩克總統托卡耶夫與吉爾吉斯總統扎帕羅夫全數出席。");
    assertTrue(
        f.contains("kassym_jomart_tokayev PARTICIPATES_IN china_central_asia_summit"),
        f.toString());
    assertTrue(f.contains("sadyr_japarov PARTICIPATES_IN china_central_asia_summit"), f.toString());
    assertFalse(f.stream().anyMatch(x -> x.endsWith("PARTICIPATES_IN steppe_eagle")), f.toString());
  }

  @Test
  void aShortAsideAndAFurtherActDoNotHideTheParticipants() throws Exception {
    List<String> f = read("中國—中亞峰會在西安舉行，為期兩天，哈薩克總統托卡耶夫率團出席並簽署了宣言。");
    assertTrue(
        f.contains("kassym_jomart_tokayev PARTICIPATES_IN china_central_asia_summit"),
        f.toString());
  }

  @Test
  void guestsPlansNegationsAndOtherActsTakeNoPart() throws Exception {
    for (String s :
        List.of(
            "「和平使命」聯合演習在奧倫堡舉行，蒙古以觀察員身分參訓。",
            "「和平使命」聯合演習預計下月在奧倫堡舉行，蒙古派員參訓。",
            "「和平使命」聯合演習在奧倫堡舉行，蒙古並未參訓。",
            "「和平使命」聯合演習結束後，蒙古與中國簽署了協定。",
            "「和平使命」聯合演習在奧倫堡舉行，蒙古與中國隨後簽署了協定。",
            "「和平使命」聯合演習在奧倫堡舉行。蒙古參訓。")) {
      List<String> f = read(s);
      assertFalse(f.stream().anyMatch(x -> x.startsWith("mongolia PARTICIPATES_IN")), s + " " + f);
    }
  }
}
