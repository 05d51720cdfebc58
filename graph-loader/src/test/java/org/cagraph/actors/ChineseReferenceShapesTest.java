package org.cagraph.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Chinese references back to a body, treaty or state the gazetteer knows (issue 15): the parties of
 * a treaty with no treaty before them (簽署國包括…), a verb of joining or signing with no object
 * (烏茲別克於2006年加入。), an organisation's or a treaty's bare head as an object (加入聯盟), 前者 and 後者.
 * Sentences written for the test, Traditional and Simplified, each with near misses that must not
 * resolve.
 */
class ChineseReferenceShapesTest {
  @Test
  void aCountOfHeadsIsTheLastListOfTitledHeads() {
    String listed =
        "2019年6月，上合組織峰會在吉爾吉斯首都比什凱克舉行，中國國家主席習近平、俄羅斯總統普京、哈薩克總統托卡耶夫、塔吉克總統"
            + "拉赫蒙、烏茲別克總統米爾濟約耶夫與地主國總統熱恩別科夫出席。蒙古、伊朗、阿富汗與印度四個觀察員國也派代表團與會。";
    Set<String> six =
        Set.of("china", "russia", "kazakhstan", "tajikistan", "uzbekistan", "kyrgyzstan");
    assertEquals(six, LinkedText.corefAdded(listed + "峰會閉幕前，六國元首共同簽署了宣言。\n"));
    // near miss: a count of ministers is no count of the heads listed
    assertNotEquals(six, LinkedText.corefAdded(listed + "峰會閉幕前，六國外長共同簽署了議定書。\n"));
  }

  @Test
  void aCountOfAnOrganisationsMemberStatesIsItsMembersAtThatCount() {
    Set<String> eight =
        Set.of(
            "china",
            "russia",
            "kazakhstan",
            "kyrgyzstan",
            "tajikistan",
            "uzbekistan",
            "india",
            "pakistan");
    assertEquals(eight, LinkedText.corefAdded("這次聯合演習在新疆舉行，上合組織八個成員國都派出了部隊。\n"));
    assertEquals(eight, LinkedText.corefAdded("上海合作组织峰会在青岛举行。会后发表的宣言由八个成员国元首共同签署。\n"));
    assertEquals(
        Set.of("russia", "belarus", "armenia", "kazakhstan", "kyrgyzstan", "tajikistan"),
        LinkedText.corefAdded("上合組織峰會之後，集安組織六個成員國的國防部長在明斯克開會。\n"));
    // near misses: a count the organisation never had; the organisation named last is another one
    assertEquals(Set.of(), LinkedText.corefAdded("這次聯合演習在新疆舉行，上合組織十四個成員國都派出了部隊。\n"));
    assertNotEquals(eight, LinkedText.corefAdded("上合組織峰會之後，北約八個成員國的國防部長在布魯塞爾開會。\n"));
  }

  @Test
  void aDeterminerAModifierAndAKindNounIsTheOneNamedBeforeWhoseNameHoldsTheModifier() {
    assertEquals(
        Set.of("collective_security_treaty"),
        LinkedText.corefAdded("《集體安全條約》於1992年簽署。後來亞塞拜然退出了這個集體安全體系。\n"));
    assertEquals(Set.of("eaeu"), LinkedText.corefAdded("欧亚经济联盟于2015年成立。亚美尼亚随后加入该经济联盟。\n"));
    // near misses: the modifier is in no name named before (a description), and the name named
    // last holds it while another one is meant: only the one whose name holds it
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織於2001年成立。此一區域組織的影響力逐漸擴大。\n"));
    assertEquals(
        Set.of("eaeu"), LinkedText.corefAdded("歐亞經濟聯盟於2015年成立，上海合作組織則更早。亞美尼亞隨後加入該經濟聯盟。\n"));
  }

  @Test
  void thisPostIsTheOrganisationsOfficeNamedBefore() {
    // the post of the sentence before (the body's organisation) or of the clause before
    assertEquals(
        Set.of("sco"), LinkedText.corefAdded("諾羅夫於2019年至2021年擔任上海合作組織秘書長。2022年起，中國外交官張明接任這一職務。\n"));
    assertEquals(
        Set.of("eurasian_economic_commission"),
        LinkedText.corefAdded("欧亚经济委员会执委会主席一职由成员国轮流担任，2024年起则由萨金塔耶夫担任该职。\n"));
    // near misses: a state's office, a rotating chair, and no verb of taking office before 這一職務
    assertEquals(Set.of(), LinkedText.corefAdded("托卡耶夫曾任哈薩克總理。2002年起，塔斯馬加姆別托夫接任這一職務。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("上合組織輪值主席由哈薩克擔任。2025年起，中國接任這一職務。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("諾羅夫擔任上海合作組織秘書長。張明評論了這一職務。\n"));
  }

  @Test
  void aDeputyOrAssistantSecretaryGeneralIsNoHeadOffice() {
    // the exclusion of 副, 助理, 國家 and 輪值 holds for every title, not for 主席 alone
    assertEquals(Set.of(), LinkedText.corefAdded("李明曾任上合組織副秘書長，2022年起由張明接任這一職務。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("李明曾任上合組織助理秘書長，2022年起由張明接任這一職務。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("李明曾任上合組織副總幹事。2022年起，張明接任這一職務。\n"));
  }

  @Test
  void thePostIsTheTitleNamedLastOfAnyKind() {
    // the last title before 這一職務 is a state's office: no organisation's post
    assertFalse(
        LinkedText.corefAdded("諾羅夫曾任上合組織秘書長。此後他出任烏茲別克外長，2022年由張明接任這一職務。\n").contains("sco"));
    assertEquals(Set.of(), LinkedText.corefAdded("諾羅夫先任上海合作組織秘書長，後任烏茲別克總統，2022年起由張明接任這一職務。\n"));
    // the sentence before is read only when this one names no title
    assertEquals(Set.of(), LinkedText.corefAdded("諾羅夫曾任上海合作組織秘書長。張明曾任哈薩克議長，2022年起由李明接任這一職務。\n"));
    // near miss kept: the organisation's office named last stands
    assertEquals(
        Set.of("sco"), LinkedText.corefAdded("諾羅夫曾任烏茲別克外長，2019年起擔任上海合作組織秘書長，2022年由張明接任這一職務。\n"));
  }

  @Test
  void aStatesBodyOrAnOrganisationFarFromTheTitleIsNoPost() {
    // a body of a state (吉爾吉斯國家安全委員會, part of Kyrgyzstan) holds no organisation's post
    assertEquals(Set.of(), LinkedText.corefAdded("張明曾任吉爾吉斯國家安全委員會主席，2021年由李明接任這一職務。\n"));
    // the secretary general of a body the gazetteer lacks is not that of the organisation named
    // before it
    assertEquals(Set.of(), LinkedText.corefAdded("張明在上合組織峰會前擔任吉爾吉斯安全會議秘書長，2021年由李明接任這一職務。\n"));
  }

  @Test
  void thisIsTheEventOfAKindIsTheEventNamedBefore() {
    assertEquals(
        Set.of("peace_mission"),
        LinkedText.corefAdded("去年秋天，「和平使命」演習在新疆的一處訓練場舉行。這是哈薩克首次派出空軍參與的聯合軍演。\n"));
    assertEquals(
        Set.of("china_central_asia_summit"),
        LinkedText.corefAdded("首屆中國—中亞峰會在西安舉行。這是中國首次主辦的峰會。\n"));
    // near misses: the event named last is of another kind, and no event is named before
    assertEquals(Set.of(), LinkedText.corefAdded("首屆中國—中亞峰會在西安舉行。這是哈薩克首次派出空軍參與的聯合軍演。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("哈薩克的軍隊規模不大。這是哈薩克首次派出空軍參與的聯合軍演。\n"));
  }

  @Test
  void thePartiesOfATreatyNamedBefore() {
    assertEquals(
        Set.of("collective_security_treaty"),
        LinkedText.corefAdded("《集體安全條約》於1992年簽署。簽署國包括俄羅斯、哈薩克與吉爾吉斯。\n"));
    assertEquals(
        Set.of("collective_security_treaty"),
        LinkedText.corefAdded("《集体安全条约》于1992年签署，其缔约国包括俄罗斯与哈萨克斯坦。\n"));
    // near misses: no treaty named before; a state names the party itself
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織成立於2001年。簽署國包括俄羅斯與哈薩克。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("《集體安全條約》於1992年簽署。哈薩克是締約國之一。\n"));
  }

  @Test
  void aVerbOfJoiningOrSigningWithNoObjectTakesTheBodyOrTreatyBefore() {
    assertEquals(Set.of("csto"), LinkedText.corefAdded("集體安全條約組織成立於2002年。烏茲別克於2006年加入。\n"));
    assertEquals(
        Set.of("collective_security_treaty"),
        LinkedText.corefAdded("《集体安全条约》于1992年在塔什干签署。白俄罗斯于1993年签署。\n"));
    assertEquals(Set.of("eaeu"), LinkedText.corefAdded("歐亞經濟聯盟於2015年成立，亞美尼亞與吉爾吉斯同年加入。\n"));
    // a later clause of times and adverbs: the state opening the sentence is its subject too
    assertEquals(
        Set.of("csto", "uzbekistan"),
        LinkedText.corefAdded("集体安全条约组织成立于2002年。乌兹别克斯坦于2006年重新加入，2012年又退出。\n"));
    // the state of 該國 as the subject
    assertEquals(
        Set.of("csto", "uzbekistan"),
        LinkedText.corefAdded("集體安全條約組織成立於2002年。烏茲別克於1991年獨立，該國於2006年加入。\n"));
    // near misses: a campaign is joined (no body named before); signing takes no organisation; the
    // clause names its own object; no state as the subject; a body further back than the sentence
    // before
    assertEquals(Set.of(), LinkedText.corefAdded("俄羅斯對烏克蘭實施制裁。2022年，英國也加入。\n"));
    // the state is the subject of another verb (批評)
    assertEquals(Set.of(), LinkedText.corefAdded("集體安全條約組織成立於2002年。2012年，美國批評退出。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織成立於2001年。哈薩克於2001年簽署。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織成立於2001年。印度向北約提出申請並加入。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織成立於2001年。許多企業隨後也加入。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織成立於2001年。此後區域局勢多變。哈薩克的盟友也加入。\n"));
  }

  @Test
  void aBareHeadAsAnObjectOrOpeningAClauseIsTheBodyOrTreatyBefore() {
    assertEquals(Set.of("eaeu"), LinkedText.corefAdded("歐亞經濟聯盟成立於2015年。2015年，吉爾吉斯加入聯盟。\n"));
    assertEquals(Set.of("eaeu"), LinkedText.corefAdded("欧亚经济联盟成立于2015年。2019年，新加坡与联盟签署了合作备忘录。\n"));
    assertEquals(
        Set.of("collective_security_treaty"),
        LinkedText.corefAdded("《集體安全條約》於1992年簽署。1999年，烏茲別克退出條約。\n"));
    assertEquals(Set.of("csto"), LinkedText.corefAdded("集體安全條約組織成立於2002年。組織的成員包括俄羅斯與哈薩克。\n"));
    // near misses: no name ending in the noun named before; the noun heads a longer noun; 參與 is
    // no preposition
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織成立於2001年。2015年，吉爾吉斯加入聯盟。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("歐亞經濟聯盟成立於2015年。2015年，吉爾吉斯加入聯盟國家的行列。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("歐亞經濟聯盟成立於2015年。各國企業普遍參與聯盟的活動。\n"));
  }

  @Test
  void itsBeforeANounIsTheTopic() {
    assertEquals(Set.of("kazakhstan"), LinkedText.corefAdded("哈薩克是中亞面積最大的國家，其首都為阿斯塔納。\n"));
    assertEquals(
        Set.of("uzbekistan"), LinkedText.corefAdded("乌兹别克斯坦于1991年独立。其邻国包括哈萨克斯坦与吉尔吉斯斯坦。\n"));
    // the subject of its own clause, not the state named last
    assertEquals(Set.of("tajikistan"), LinkedText.corefAdded("塔吉克允許俄羅斯在其境內駐軍。\n"));
    // near misses: 其他 (the others); a member word (read as the organisation); a person as topic
    assertEquals(Set.of(), LinkedText.corefAdded("俄羅斯是哈薩克的重要夥伴。其他國家則保持觀望。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("托卡耶夫於2019年就任總統。其任內推動政治改革。\n"));
  }

  @Test
  void theFormerAndTheLatterAreThePairNamedLast() {
    assertEquals(
        Set.of("kazakhstan", "kyrgyzstan"),
        LinkedText.corefAdded("哈薩克與吉爾吉斯都是歐亞經濟聯盟成員。前者於1995年加入集體安全條約組織，後者則於2001年加入上海合作組織。\n"));
    assertEquals(
        Set.of("kyrgyzstan"), LinkedText.corefAdded("哈萨克斯坦与吉尔吉斯斯坦都是欧亚经济联盟成员。后者于1998年加入世界贸易组织。\n"));
    // near misses: a list of three is no pair; one state only
    assertEquals(Set.of(), LinkedText.corefAdded("哈薩克、吉爾吉斯與塔吉克都是歐亞經濟聯盟成員。後者於1998年加入世界貿易組織。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("哈薩克是歐亞經濟聯盟成員。後者於2015年成立。\n"));
  }

  @Test
  void membersWithNoOrganisationNamedAreOfTheOneBefore() {
    assertEquals(Set.of("sco"), LinkedText.corefAdded("上海合作組織成立於2001年。目前成員國包括中國、俄羅斯與哈薩克。\n"));
    assertEquals(Set.of("eaeu"), LinkedText.corefAdded("欧亚经济联盟成立于2015年。俄罗斯、哈萨克斯坦与白俄罗斯为创始成员国。\n"));
    // near misses: no organisation named before; the sentence names its own; a member word with no
    // modifier after 是 (a member of what is left open)
    assertEquals(Set.of(), LinkedText.corefAdded("哈薩克於1991年獨立。目前成員國包括中國與俄羅斯。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織成立於2001年。白俄羅斯為歐亞經濟聯盟創始成員國。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織成立於2001年。白俄羅斯是成員國。\n"));
  }
}
