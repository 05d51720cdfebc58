package org.cagraph.relations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body named at the head of a Chinese sentence, the states that joined or left it in the clauses
 * after ({@link FrontedBody}); no CoreNLP.
 */
class FrontedBodyTest {
  @TempDir Path dir;

  private List<String> read(String text) throws Exception {
    return Sentences.facts(Sentences.extract(dir, text));
  }

  @Test
  void theStatesOfLaterClausesJoinTheBodyNamedFirst() throws Exception {
    List<String> f = read("上合組織擴員後，伊朗於2023年加入，白俄羅斯於2024年加入。");
    assertTrue(f.contains("iran MEMBER_OF sco"), f.toString());
    assertTrue(f.contains("belarus MEMBER_OF sco"), f.toString());
  }

  @Test
  void aStateLeavesTheBodyNamedFirst() throws Exception {
    List<String> f = read("集體安全條約組織於2002年正式成立，烏茲別克於2012年退出。");
    assertTrue(f.contains("uzbekistan WITHDREW_FROM csto"), f.toString());
  }

  @Test
  void negationsPlansAndAnotherTopicReadNothing() throws Exception {
    for (String s :
        List.of(
            "上合組織擴員後，土庫曼始終未加入。",
            "上合組織擴員後，土庫曼計劃明年加入。",
            "北約成立後，蘇聯組建了集體安全條約組織，白俄羅斯隨即加入。",
            "上合組織擴員後，伊朗與中國簽署協定。")) {
      List<String> f = read(s);
      assertFalse(f.contains("turkmenistan MEMBER_OF sco"), s + " " + f);
      assertFalse(f.contains("belarus MEMBER_OF nato"), s + " " + f);
      assertFalse(f.contains("iran MEMBER_OF sco"), s + " " + f);
    }
  }
}
