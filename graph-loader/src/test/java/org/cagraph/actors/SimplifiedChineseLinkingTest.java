package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names and shapes of mainland Simplified Chinese text (Xinhua, People's Daily, encyclopaedias:
 * issue 15), on sentences written for the test: the abbreviations and transliterations mainland
 * news uses (亚信, 欧亚经委会, 突厥委员会, 马明), a capital before the summit or declaration named after it
 * (阿斯塔纳峰会上: the city, not Kazakhstan acting), and a full or founding member with no organisation
 * named (于2017年成为正式成员国: the organisation the paragraph is about).
 */
class SimplifiedChineseLinkingTest {
  private static Set<String> ids(List<Mention> ms) {
    return ms.stream().map(m -> m.actor().id()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> one(String sentence) {
    List<List<Mention>> all = LinkedText.link(sentence);
    assertEquals(1, all.size(), "one sentence expected: " + sentence);
    return ids(all.get(0));
  }

  @Test
  void aSummitFormatNamedByItsPartiesJoinedByAConjunctionIsTheFormat() {
    assertEquals(
        Set.of("gcc_central_asia_summit", "saudi_arabia"),
        one("海湾阿拉伯国家合作委员会与中亚五国的第二届峰会将在沙特阿拉伯举行。"));
    assertEquals(
        Set.of("china_central_asia_summit", "shavkat_mirziyoyev"), one("米尔济约耶夫出席了中國同中亞國家元首峰會。"));
    // near misses: the parties without a meeting, and parties no format holds
    assertEquals(
        Set.of("china", "kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan"),
        one("中国与中亚五国的合作不断加深。"));
    assertTrue(one("中国与哈萨克斯坦的峰会在北京举行。").containsAll(Set.of("china", "kazakhstan")));
  }

  @Test
  void innerMongoliaIsARegionOfChinaNotTheStateMongolia() {
    assertEquals(Set.of("china", "inner_mongolia"), one("演习在中国内蒙古的一处靶场举行。"));
    assertEquals(Set.of("inner_mongolia", "mongolia"), one("內蒙古自治區與蒙古國接壤。"));
    // near miss: Mongolia itself stays the state
    assertEquals(Set.of("mongolia", "russia"), one("蒙古与俄罗斯签署了过境协定。"));
  }

  @Test
  void mainlandAbbreviationsAndTransliterationsLink() {
    assertEquals(Set.of("cica", "emomali_rahmon"), one("拉赫蒙出席了亚信第六次峰会。"));
    assertTrue(one("欧亚经委会发布了新的关税清单。").contains("eurasian_economic_commission"));
    assertTrue(one("匈牙利以观察员身份出席突厥委员会会议。").contains("organization_of_turkic_states"));
    assertTrue(one("集安组织集体快速反应部队于2022年1月抵达阿拉木图。").contains("csto_collective_rapid_reaction_force"));
    assertTrue(one("俄罗斯天然气工业股份公司与乌兹别克斯坦签署供气合同。").contains("gazprom"));
    assertTrue(one("哈萨克斯坦国家石油天然气公司扩大了炼油产能。").contains("kazmunaygas"));
    assertTrue(one("五国于2006年签署了塞米巴拉金斯克条约。").contains("canwfz_treaty"));
    assertTrue(one("美国于2014年关闭了玛纳斯转运中心。").contains("manas_air_base"));
    assertTrue(one("卡姆巴拉塔1号水电站的建设需要外资。").contains("kambarata_1_hpp"));
    assertTrue(one("总理马明出席了投资论坛。").contains("askar_mamin"));
    assertTrue(one("俄吉发展基金向当地企业发放贷款。").contains("russian_kyrgyz_development_fund"));
    assertTrue(one("两国同意共同管理坎皮拉瓦特水库。").contains("kempir_abad_reservoir"));
    // a pipeline named by its ends is the pipeline, not three states read off its first name
    assertEquals(Set.of("kazakhstan_china_oil_pipeline"), one("阿塔苏—阿拉山口原油管道于2006年投入运营。"));
    // near miss: 亚信 inside a word after a region (中亚信息) is no CICA
    assertFalse(one("中亚信息安全合作论坛在塔什干举行。").contains("cica"));
  }

  @Test
  void aCapitalBeforeTheEventNamedAfterItIsThePlace() {
    Set<String> got = one("白俄罗斯在2024年阿斯塔纳峰会上正式加入上合组织。");
    assertTrue(got.contains("astana"), got.toString());
    assertFalse(got.contains("kazakhstan"), got.toString());
    assertFalse(one("杜尚别宣言呼吁加强反恐合作。").contains("tajikistan"));
    // near miss: a capital acting (a government's seat standing for it) is still the state
    assertTrue(one("莫斯科对此表示强烈不满。").contains("russia"));
  }

  @Test
  void aFullOrFoundingMemberWithNoOrganisationIsTheParagraphs() {
    List<List<Mention>> all = LinkedText.link("上海合作组织成立于2001年。印度和巴基斯坦于2017年成为正式成员国。");
    assertTrue(ids(all.get(1)).contains("sco"), all.get(1).toString());
    all = LinkedText.link("欧亚经济联盟于2015年启动。亚美尼亚升格为正式成员国后，关税随之下调。");
    assertTrue(ids(all.get(1)).contains("eaeu"), all.get(1).toString());
    // a plain member word after 正式成为 (formally becoming a member is of one organisation)
    all = LinkedText.link("集体安全条约组织于2002年成立。亚美尼亚在会上正式成为成员国。");
    assertTrue(ids(all.get(1)).contains("csto"), all.get(1).toString());
    // near misses: a member of nothing in particular (成为重要成员) is no organisation's, nor is
    // a plain member word without 正式 (成为成员国的条件), nor 正式成为 before another word
    all = LinkedText.link("集体安全条约组织于2002年成立。亚美尼亚希望成为成员国。");
    assertFalse(ids(all.get(1)).contains("csto"), all.get(1).toString());
    all = LinkedText.link("集体安全条约组织于2002年成立。亚美尼亚正式成为成员国的观察对象。");
    assertFalse(ids(all.get(1)).contains("csto"), all.get(1).toString());
    all = LinkedText.link("上海合作组织成立于2001年。印度在地区事务中成为重要成员。");
    assertFalse(ids(all.get(1)).contains("sco"), all.get(1).toString());
  }

  /** The agreement titles of a sentence that discovery keeps, beside the names the linker took. */
  private static List<String> newTitles(String sentence) {
    List<List<Mention>> all = LinkedText.link(sentence);
    boolean[] taken = new boolean[sentence.length()];
    for (Mention m : all.get(0)) {
      for (int k = m.begin(); k < m.end(); k++) {
        taken[k] = true;
      }
    }
    return Discovery.newTitles(sentence, taken);
  }

  @Test
  void aQuotedTitleOpeningWithItsPartiesIsANewAgreement() {
    // mainland titles open with the parties' full names: the states inside are no reason to drop it
    assertEquals(
        List.of("中华人民共和国和吉尔吉斯共和国关于深化新时代全面战略伙伴关系的联合声明"),
        newTitles("两国元首签署了《中华人民共和国和吉尔吉斯共和国关于深化新时代全面战略伙伴关系的联合声明》。"));
    assertEquals(List.of("中哈国界补充协定"), newTitles("双方于1998年签署了《中哈国界补充协定》。"));
    // a government-to-government title runs past forty characters
    String longTitle = "中华人民共和国政府和哈萨克斯坦共和国政府关于在哈萨克斯坦共和国境内建设天然气管道的协定";
    assertEquals(List.of(longTitle), newTitles("两国政府签署了《" + longTitle + "》。"));
    // near miss: a known name covering the kind word is that agreement, not a new one
    assertEquals(List.of(), newTitles("塔吉克斯坦于1992年签署了《塔什干集体安全条约》。"));
    assertEquals(List.of(), newTitles("五国签署了《中亚无核武器区条约》。"));
  }
}
