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
  void theStatesOfLaterClausesTakePartInTheProgrammeNamedFirst() throws Exception {
    List<String> f = read("北約的「和平夥伴關係計畫」於1994年啟動，哈薩克與吉爾吉斯均於當年加入。");
    assertTrue(f.contains("kazakhstan PARTICIPATES_IN partnership_for_peace"), f.toString());
    assertTrue(f.contains("kyrgyzstan PARTICIPATES_IN partnership_for_peace"), f.toString());
    // a body's copy is no participation
    List<String> g = read("上合組織擴員後，伊朗於2023年加入。");
    assertFalse(g.contains("iran PARTICIPATES_IN sco"), g.toString());
  }

  @Test
  void theBodyAStateActsOnFirstIsTheLaterJoinersToo() throws Exception {
    // the body the first clause's state joins, founds or proposes, closing that clause
    List<String> f = read("中國於2001年加入世界貿易組織，俄羅斯則在2012年加入。");
    assertTrue(f.contains("russia MEMBER_OF wto"), f.toString());
    List<String> g = read("中國於2013年提出「一帶一路」倡議，哈薩克隨即宣布加入。");
    assertTrue(g.contains("kazakhstan PARTICIPATES_IN bri"), g.toString());
    List<String> h = read("烏茲別克於2012年退出集體安全條約組織，亞塞拜然早在1999年就已退出。");
    assertTrue(h.contains("azerbaijan WITHDREW_FROM csto"), h.toString());
    // the other state's refusal is its own (土庫曼…拒絕加入…，亞塞拜然則於1994年加入)
    List<String> k = read("土庫曼始終拒絕加入集體安全條約組織，亞塞拜然則於1994年加入。");
    assertTrue(k.contains("azerbaijan MEMBER_OF csto"), k.toString());
    // a joining clause that negates reads nothing
    List<String> n = read("中國於2001年加入世界貿易組織，亞塞拜然則至今未加入。");
    assertFalse(n.contains("azerbaijan MEMBER_OF wto"), n.toString());
  }

  @Test
  void aLaterStatesRefusalDoesNotUndoAnEarlierStatesJoining() throws Exception {
    List<String> f = read("上合組織成立之初，烏茲別克即已加入，土庫曼則至今未加入。");
    assertTrue(f.contains("uzbekistan MEMBER_OF sco"), f.toString());
    assertFalse(f.contains("turkmenistan MEMBER_OF sco"), f.toString());
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

  @Test
  void aClauseListingTheFoundingPartiesKeepsTheBodyForTheLaterJoiner() throws Exception {
    for (String s :
        List.of(
            "1992年在塔什干簽署的《集體安全條約》，最初的締約國為俄、哈兩國，其後亞美尼亞亦於翌年加入。",
            "《集體安全條約》最初的締約國為俄羅斯與哈薩克，其後亞美尼亞亦於翌年加入。",
            "1992年在塔什干签署的《集体安全条约》，其后亚美尼亚于翌年加入。")) {
      List<String> f = read(s);
      assertTrue(f.contains("armenia SIGNED collective_security_treaty"), s + " " + f);
    }
    List<String> g = read("上海合作組織於2001年成立，創始成員國包括中國與俄羅斯，烏茲別克同年加入。");
    assertTrue(g.contains("uzbekistan MEMBER_OF sco"), g.toString());
    // a clause about the members that is no list of them ends the topic; so does a negated joining
    for (String s :
        List.of(
            "《集體安全條約》最初的締約國為俄、哈兩國，其後亞美尼亞始終未加入。",
            "1992年在塔什干簽署的《集體安全條約》，俄羅斯與哈薩克隨後批准，亞美尼亞則加入了北約。",
            "《集體安全條約》最初的締約國為俄、哈兩國，其後亞美尼亞計劃加入。")) {
      List<String> f = read(s);
      assertFalse(f.contains("armenia SIGNED collective_security_treaty"), s + " " + f);
      assertFalse(f.contains("armenia MEMBER_OF collective_security_treaty"), s + " " + f);
    }
  }

  @Test
  void aClauseWithNoActorAfterAJoinerIsTheJoinersActOnTheBody() throws Exception {
    // the joiner of the clause before, its verb closing a clause with no actor
    List<String> f = read("集體安全條約組織成立後，烏茲別克於2006年加入，但於2012年再次退出。");
    assertTrue(f.contains("uzbekistan MEMBER_OF csto"), f.toString());
    assertTrue(f.contains("uzbekistan WITHDREW_FROM csto"), f.toString());
    // the topic clause's own state, joining the body that closes it
    List<String> g = read("亞塞拜然於1994年加入集體安全條約組織，1999年又宣布退出。");
    assertTrue(g.contains("azerbaijan WITHDREW_FROM csto"), g.toString());
    // not a negated or planned act
    List<String> n = read("集體安全條約組織成立後，烏茲別克於2006年加入，但至今未退出。");
    assertFalse(n.contains("uzbekistan WITHDREW_FROM csto"), n.toString());
    List<String> m = read("集體安全條約組織成立後，烏茲別克於2006年加入，並計劃明年退出。");
    assertFalse(m.contains("uzbekistan WITHDREW_FROM csto"), m.toString());
  }

  @Test
  void aMemberNounWithNoBodyIsOfTheBodyNamedFirst() throws Exception {
    List<String> f = read("2024年7月，上合組織峰會在阿斯塔納舉行，白俄羅斯在會上正式成為成員國。");
    assertTrue(f.contains("belarus MEMBER_OF sco"), f.toString());
    List<String> g = read("歐亞經濟聯盟於2015年啟動，烏茲別克於2020年獲得觀察員地位。");
    assertTrue(g.contains("uzbekistan MEMBER_OF eaeu"), g.toString());
    // not one that plans it, nor one with a body of its own
    List<String> h = read("歐亞經濟聯盟於2015年啟動，烏茲別克計劃明年成為正式成員國。");
    assertFalse(h.contains("uzbekistan MEMBER_OF eaeu"), h.toString());
    List<String> k = read("歐亞經濟聯盟於2015年啟動，烏茲別克則成為獨立國協成員國。");
    assertFalse(k.contains("uzbekistan MEMBER_OF eaeu"), k.toString());
    // nor an organ of another body, whose members are the body's
    List<String> o = read("2020年12月的最高歐亞經濟理事會會議上，烏茲別克與古巴同時獲得觀察員地位。");
    assertFalse(o.contains("uzbekistan MEMBER_OF supreme_eurasian_economic_council"), o.toString());
  }

  @Test
  void aBodyItsLeaderLeadsIsTheTopicToo() throws Exception {
    List<String> f = read("俄羅斯所領導的歐亞經濟聯盟於2015年正式運作，亞美尼亞與吉爾吉斯同年加入。");
    assertTrue(f.contains("armenia MEMBER_OF eaeu"), f.toString());
    assertTrue(f.contains("kyrgyzstan MEMBER_OF eaeu"), f.toString());
    // a programme named first and its founder after 由
    List<String> h = read("中亞區域經濟合作計畫由亞洲開發銀行於1997年發起，目前有阿富汗、中國與哈薩克等國參與。");
    assertTrue(h.contains("afghanistan PARTICIPATES_IN carec"), h.toString());
    assertTrue(h.contains("kazakhstan PARTICIPATES_IN carec"), h.toString());
    List<String> n = read("中亞區域經濟合作計畫由亞洲開發銀行於1997年發起，目前阿富汗仍未參與。");
    assertFalse(n.contains("afghanistan PARTICIPATES_IN carec"), n.toString());
    // a programme an organisation launched
    List<String> g = read("北約於1994年推出「和平夥伴關係計畫」，哈薩克隨後加入。");
    assertTrue(g.contains("kazakhstan PARTICIPATES_IN partnership_for_peace"), g.toString());
  }
}
