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
 * Chinese coreference shapes (issue 15), each with sentences written for the test and a near miss
 * that must not resolve: a state's short form and a head's title (塔總統), a topic frame over the
 * Central Asian states (對中亞國家而言), a clause-initial 他 (the one person of the sentence before), a
 * bare head noun opening a clause (管道在…: the pipeline named before), an office taken with no
 * organisation named (出任秘書長), attending with no object (也出席了: the summit named before).
 */
class CoreferenceChineseShapesTest {
  /** The actor ids coreference and group words add to the last sentence of {@code text}. */
  private static Set<String> added(String text) {
    List<List<Mention>> all = LinkedText.link(text);
    return all.get(all.size() - 1).stream()
        .filter(m -> m.method().equals("coref") || m.method().equals("group"))
        .map(m -> m.actor().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aStatesShortFormAndAHeadsTitleIsItsHeadNamedBefore() {
    Set<String> got = added("塔吉克總統拉赫蒙於1994年當選。\n" + "多年以後，塔總統率領的政黨仍在議會選舉中取得多數席位。\n");
    assertTrue(got.contains("emomali_rahmon"), got.toString());
    got = added("哈薩克總統托卡耶夫出訪北京。\n" + "會談結束後，哈國總統宣布兩國將擴大能源合作。\n");
    assertTrue(got.contains("kassym_jomart_tokayev"), got.toString());
    // near miss: the paper never names a head of that state with a title
    got = added("拉赫蒙曾在國營農場工作。\n" + "多年以後，塔總統率領的政黨仍在議會選舉中取得多數席位。\n");
    assertFalse(got.contains("emomali_rahmon"), got.toString());
    // near miss: the title is part of an election, not the person
    got = added("塔吉克總統拉赫蒙於1994年當選。\n" + "此後，塔總統大選每七年舉行一次。\n");
    assertFalse(got.contains("emomali_rahmon"), got.toString());
  }

  @Test
  void thePairAfterALeadersVisitOrMeetingIsTheTwoStates() {
    // a leader visiting a city of another state: his state and the city's
    assertEquals(Set.of("russia", "tajikistan"), added("普丁訪問杜尚別時，兩國簽署協議，延長基地租期。\n"));
    assertEquals(Set.of("china", "uzbekistan"), added("习近平于2024年7月访问塔什干期间，双方签署了联合声明。\n"));
    // one leader meeting another: the two leaders' states
    assertEquals(Set.of("china", "kazakhstan"), added("2023年，習近平在西安會見了托卡耶夫，雙方簽署了聯合聲明。\n"));
    // near miss: a visit inside his own state is no pair of states, and three states are no pair
    assertFalse(added("普丁訪問莫斯科郊外時，兩國的代表已在等候。\n").contains("russia"));
    Set<String> three = added("習近平訪問阿斯塔納期間，中、哈、吉三國簽署了協議。\n");
    assertFalse(
        three.contains("china") && three.contains("kazakhstan") && three.size() == 2,
        three.toString());
  }

  @Test
  void aBareBodyBeforeAMembersOrAnOfficesWordIsTheOneNamedBefore() {
    Set<String> got = added("區域組織概覽\n\n上海合作組織成立於2001年。2017年，印度和巴基斯坦同時成為組織正式成員國。\n");
    assertTrue(got.contains("sco"), got.toString());
    got = added("區域組織概覽\n\n歐亞經濟委員會是歐亞經濟聯盟的常設機構。2024年，哈薩克前總理薩金塔耶夫出任委員會主席。\n");
    assertTrue(got.contains("eurasian_economic_commission"), got.toString());
    // near miss: two unions named before, which one is unsaid
    got = added("區域組織概覽\n\n歐亞經濟聯盟與歐洲聯盟近年都在擴大。塞爾維亞一直希望成為聯盟成員。\n");
    assertFalse(got.contains("eaeu") || got.contains("eu"), got.toString());
  }

  @Test
  void aTopicFrameOverTheCentralAsianStatesIsEachOfTheFive() {
    Set<String> got = added("對中亞國家而言，日本是重要的貸款來源與技術夥伴。\n");
    assertTrue(
        got.containsAll(
            Set.of("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan")),
        got.toString());
    got = added("在中亞各國看來，歐盟的市場比其援助更為重要。\n");
    assertTrue(got.contains("turkmenistan"), got.toString());
    // near miss: the region, not its states, and the states without a frame
    assertEquals(Set.of(), added("對中亞地區而言，水資源短缺是長期的挑戰。\n"));
    assertEquals(Set.of(), added("中亞國家的安全仍受阿富汗局勢影響。\n"));
  }

  @Test
  void theCountryAfterAPersonWhoThanksAStateIsThePersonsOwn() {
    // the state on the way only possesses the aid (中國的援助): the country is Rahmon's
    Set<String> got = added("拉赫蒙感謝中國的援助，該國也將參加聯合演習。\n");
    assertTrue(got.contains("tajikistan"), got.toString());
    assertFalse(got.contains("china"), got.toString());
    // near miss: a state named as a noun on the way is the nearest antecedent, as before
    got = added("拉赫蒙訪問中國，該國承諾提供貸款。\n");
    assertFalse(got.contains("tajikistan"), got.toString());
    // … and 該國 as the object of a verb in its clause: the state just named, not the person's
    for (String text : List.of("拉赫蒙感謝中國的援助，並稱讚該國的發展成就。\n", "拉赫蒙感謝中國的援助，表示希望該國繼續投資。\n")) {
      got = added(text);
      assertFalse(got.contains("tajikistan"), text + got);
    }
  }

  @Test
  void aClauseInitialHeIsTheOnePersonOfTheSentenceBefore() {
    Set<String> got = added("2015年，普丁在莫斯科會見了來訪的外國代表團。\n" + "他隨後宣布將提出新的區域經濟倡議。\n");
    assertTrue(got.contains("vladimir_putin"), got.toString());
    // near miss: two persons before, and 他國 (other states)
    got = added("普丁與習近平在莫斯科會晤。\n" + "他隨後宣布將提出新的區域經濟倡議。\n");
    assertFalse(got.contains("vladimir_putin") || got.contains("xi_jinping"), got.toString());
    got = added("普丁在莫斯科發表演說。\n" + "他國代表並未出席。\n");
    assertFalse(got.contains("vladimir_putin"), got.toString());
  }

  @Test
  void aBareHeadNounOpeningAClauseIsTheLastActorNamedWithIt() {
    Set<String> got = added("中國—中亞天然氣管道於2009年開始輸氣。" + "2015年，管道在烏茲別克境內完成第三條支線的建設。\n");
    assertTrue(got.contains("central_asia_china_gas_pipeline"), got.toString());
    // near miss: a longer noun ending in the head (輸油管道) and no pipeline named before
    got = added("中國—中亞天然氣管道於2009年開始輸氣。" + "2015年，輸油管道在烏茲別克境內完成建設。\n");
    assertFalse(got.contains("central_asia_china_gas_pipeline"), got.toString());
    assertEquals(Set.of(), added("哈薩克的經濟仍依賴能源出口。" + "管道在烏茲別克境內完成建設。\n"));
  }

  @Test
  void anOfficeTakenWithNoOrganisationNamedIsTheOfficeOfTheOneBefore() {
    Set<String> got = added("上海合作組織的常設機構設在北京。" + "一位前外交部長於2022年出任秘書長，任期三年。\n");
    assertTrue(got.contains("sco"), got.toString());
    // near miss: the sentence names its organisation, and a chair is no organisation's office here
    got = added("上海合作組織的常設機構設在北京。" + "一位前外交部長於2022年出任獨聯體執行委員會秘書長。\n");
    assertFalse(got.contains("sco"), got.toString());
    assertEquals(Set.of(), added("上海合作組織的常設機構設在北京。" + "一位前外交部長於2022年出任主席。\n"));
  }

  @Test
  void attendingWithNoObjectIsTheSummitNamedBefore() {
    Set<String> got = added("2023年5月，首屆中國—中亞峰會在西安舉行。" + "土庫曼雖保持中立，但土庫曼總統也出席了。\n");
    assertTrue(got.contains("china_central_asia_summit"), got.toString());
    // near miss: no state attends in the clause, and the verb has its own object
    got = added("2023年5月，首屆中國—中亞峰會在西安舉行。" + "許多記者也出席了。\n");
    assertFalse(got.contains("china_central_asia_summit"), got.toString());
    got = added("2023年5月，首屆中國—中亞峰會在西安舉行。" + "土庫曼總統出席了另一場活動。\n");
    assertFalse(got.contains("china_central_asia_summit"), got.toString());
  }

  @Test
  void aBareExerciseOpeningAClauseIsTheExerciseNamedBefore() {
    Set<String> got = added("和平使命演習於2021年在俄羅斯舉行。演習通常由東道國與中俄兩國共同組織。\n");
    assertTrue(got.contains("peace_mission"), got.toString());
    got = added("和平使命演习于2021年在俄罗斯举行。演习每两年举行一次。\n");
    assertTrue(got.contains("peace_mission"), got.toString());
    // near misses: a longer noun (戰略演習: another exercise), no exercise named before
    got = added("和平使命演習於2021年在俄羅斯舉行。戰略演習通常由俄羅斯組織。\n");
    assertFalse(got.contains("peace_mission"), got.toString());
    assertFalse(added("哈薩克於2001年加入上合組織。演習通常由中俄兩國共同組織。\n").contains("peace_mission"));
  }

  @Test
  void aPairWordIsTheLastPairNotTwoOfALongerListNorAStateNamedAsATime() {
    Set<String> got = added("哈薩克與吉爾吉斯於2019年簽署了水資源協定。兩國隨後又在邊境舉行會談。\n");
    assertTrue(got.containsAll(Set.of("kazakhstan", "kyrgyzstan")), got.toString());
    // a state named as a time (蘇聯時期) is no party of the pair
    got = added("俄軍自蘇聯時期即駐紮塔吉克。2004年，兩國簽署了新的駐軍協定。\n");
    assertEquals(Set.of("russia", "tajikistan"), got);
    // near miss: three states were just named, so 兩國 is none of them
    got = added("哈薩克、吉爾吉斯與塔吉克於2019年簽署了水資源協定。兩國隨後又在邊境舉行會談。\n");
    assertFalse(got.contains("kyrgyzstan") || got.contains("tajikistan"), got.toString());
    // near miss: the pair was named in the paragraph before
    got = added("哈薩克與吉爾吉斯於2019年簽署了水資源協定。\n兩國隨後又在邊境舉行會談。\n");
    assertEquals(Set.of(), got);
    // near miss: the rest of a group, not the last two named
    got = LinkedText.corefAdded("中亞五國中，哈薩克、吉爾吉斯與烏茲別克已相繼表態，其餘兩國仍在觀望。\n");
    assertFalse(got.contains("kyrgyzstan") || got.contains("uzbekistan"), got.toString());
  }

  @Test
  void aPairWordIsNoStateQualifyingAGroupButALeaderOfTheParagraphsState() {
    // the leader named in the sentence before stands for his state; 阿富汗 only qualifies the Taliban
    Set<String> got = added("烏茲別克位於中亞。\n卡里莫夫於2001年向美軍開放境內機場，以支援對阿富汗塔利班作戰。翌年，兩國簽署了合作協定。\n");
    assertEquals(Set.of("united_states", "uzbekistan"), got);
    // near miss: one state left, so 兩國 is nobody, not the state qualifying the group
    got = added("美軍於2001年進駐境內機場，以支援對阿富汗塔利班作戰。翌年，兩國簽署了合作協定。\n");
    assertFalse(got.contains("afghanistan"), got.toString());
  }

  @Test
  void aLeaderOfAnEarlierSentenceIsNoPartyWhenTheParagraphNamesTwoStates() {
    // the talks' host named in the sentence before does not displace the two states named there
    Set<String> got =
        added("美國長期關注南高加索的局勢。\n" + "亞塞拜然和亞美尼亞的外長於2023年在華盛頓會談，會談由布林肯主持。次年，兩國簽署了和平條約。\n");
    assertEquals(Set.of("armenia", "azerbaijan"), got);
    got = added("俄羅斯在中亞駐有軍隊。\n" + "塔吉克與吉爾吉斯在邊境爆發武裝衝突，普丁隨即呼籲雙方停火。2025年，兩國簽署了劃界條約。\n");
    assertEquals(Set.of("kyrgyzstan", "tajikistan"), got);
  }

  @Test
  void aStateConjoinedBeforeAGroupIsAPartyAllTheSame() {
    // 與 before 阿富汗: Afghanistan is the other party, not only the Taliban's qualifier
    Set<String> got = added("中國企業與阿富汗塔利班政府簽訂了銅礦開採合同，兩國的經貿往來由此升溫。\n");
    assertEquals(Set.of("afghanistan", "china"), got);
  }

  @Test
  void aCountIsAListOfThatManyOrTheFirstOfALongerOne() {
    Set<String> got = added("獲得觀察員地位的還有印度、巴基斯坦、伊朗和阿富汗，其中前三國後來均已轉為正式成員國。\n");
    assertTrue(got.containsAll(Set.of("india", "pakistan", "iran")), got.toString());
    assertFalse(got.contains("afghanistan"), got.toString());
    // near miss: a count larger than any list named
    assertEquals(Set.of(), added("哈薩克與吉爾吉斯簽署了協定。七國元首隨後發表聯合聲明。\n"));
    // near miss: the first four of a list of three, and 此前 (before that) is no "first"
    got = added("印度、巴基斯坦和伊朗獲得觀察員地位，其中前四國的申請仍在審議。\n");
    assertEquals(Set.of(), got);
    got = added("印度、巴基斯坦、伊朗和阿富汗獲得觀察員地位，此前三國曾多次提出申請。\n");
    assertEquals(Set.of(), got);
  }

  @Test
  void anOrganisationReferenceInALaterSectionIsTheOneTheTitleNames() {
    Set<String> got = added("歐亞經濟聯盟\n\n" + "區域整合的進程一波三折。\n\n" + "伊朗則先於2018年與聯盟簽署臨時自由貿易協定。\n");
    assertTrue(got.contains("eaeu"), got.toString());
    got = added("上海合作組織的擴員\n\n" + "壹、前言\n\n" + "伊朗直到2023年才獲准加入該組織。\n");
    assertTrue(got.contains("sco"), got.toString());
    // the title's, not an organisation an earlier sentence named on the way
    got = added("上海合作組織\n\n" + "伊朗長期受到聯合國制裁。白俄羅斯則在2024年成為組織的第十個成員國。\n");
    assertTrue(got.contains("sco") && !got.contains("un"), got.toString());
    // near miss: an earlier sentence of the paragraph opens with another organisation
    got = added("上海合作組織\n\n" + "集安組織於2002年成立。該組織總部設在莫斯科。\n");
    assertTrue(got.contains("csto") && !got.contains("sco"), got.toString());
    // near miss: the sentence names another organisation before the reference
    got = added("上海合作組織\n\n" + "亞美尼亞於2015年加入歐亞經濟聯盟，此後一直是該組織的成員。\n");
    assertTrue(got.contains("eaeu") && !got.contains("sco"), got.toString());
    // a status with no organisation named: the title's
    got = added("上海合作組織\n\n" + "2012年的北京峰會決定接納阿富汗為觀察員國。\n");
    assertTrue(got.contains("sco"), got.toString());
    got = added("上海合作組織\n\n" + "土耳其隨後也成為對話夥伴。\n");
    assertTrue(got.contains("sco"), got.toString());
    got = added("上海合作組織\n\n" + "蒙古於2004年率先獲得觀察員地位。\n");
    assertTrue(got.contains("sco"), got.toString());
    // near miss: a status that heads a relative clause (獲得觀察員地位的還有…: the states after it)
    got = added("上海合作組織\n\n" + "此後獲得觀察員地位的還有伊朗。\n");
    assertFalse(got.contains("sco"), got.toString());
    // near miss: the same status in a text whose title names no organisation
    got = added("中亞的多邊外交\n\n" + "上合組織成立多年。2012年的北京峰會決定接納阿富汗為觀察員國。\n");
    assertFalse(got.contains("sco"), got.toString());
    // a title run into the first sentence: the organisation it opens with
    got = added("集安組織：從條約到同盟集安組織成立於2002年。\n\n" + "2013年，阿富汗成為觀察員國。\n");
    assertTrue(got.contains("csto"), got.toString());
    // near miss: a first sentence that opens with a state
    got = added("俄羅斯於2002年主導成立集安組織。\n\n" + "2013年，阿富汗成為觀察員國。\n");
    assertFalse(got.contains("csto"), got.toString());
    // near miss: a title that names no organisation
    got = added("區域整合的進程\n\n" + "各方的意見並不一致。\n\n" + "伊朗則先於2018年與聯盟簽署臨時自由貿易協定。\n");
    assertFalse(got.contains("eaeu"), got.toString());
  }

  @Test
  void aStatusBeforeAnotherOrganisationOrAfterAListIsTheTitlesOrganisation() {
    // an organisation the sentence names only after the status word is not the status's
    Set<String> got = added("上海合作組織的擴員\n\n" + "蒙古雖於2004年獲得觀察員身分，卻因歐盟的壓力而遲遲未申請入會。\n");
    assertTrue(got.contains("sco"), got.toString());
    // near miss: the organisation named before the status word is the one it is held in
    got = added("上海合作組織的擴員\n\n" + "蒙古雖與歐盟往來密切，並於2004年獲得觀察員身分。\n");
    assertFalse(got.contains("sco"), got.toString());
    // states a count of observers closes, in a paragraph that names only the summit: the title's
    got = added("上合組織峰會落幕\n\n" + "上合組織元首理事會第八次會議在杜尚別開幕。蒙古、伊朗與印度三個觀察員國也派員出席。\n");
    assertTrue(got.contains("sco"), got.toString());
    // near miss: a title that names no organisation
    got = added("中亞的多邊外交\n\n" + "元首理事會第八次會議在杜尚別開幕。蒙古、伊朗與印度三個觀察員國也派員出席。\n");
    assertFalse(got.contains("sco"), got.toString());
  }

  @Test
  void aStatusBeforeALaterOrganisationOrAnUnrelatedCountIsNotTheTitlesOrganisation() {
    String title = "上海合作組織的擴員\n\n";
    // a later organisation after a clause that does not turn away from the status: not the title's
    for (String s :
        List.of(
            "科索沃於2013年獲得觀察員國地位，歐洲議會隨後以多數票通過相關報告。\n",
            "奧地利於1955年取得觀察員地位，直到1995年才加入歐盟。\n",
            "亞美尼亞於2005年獲得觀察員身分後，於2015年正式加入歐亞經濟聯盟。\n")) {
      assertFalse(added(title + s).contains("sco"), s);
    }
    // the organisation itself (該組織) holds the status: no empty mention of it before the status
    List<List<Mention>> all = LinkedText.link(title + "上合組織成立於2001年。該組織於2004年獲得觀察員地位，得以列席聯合國大會。\n");
    assertTrue(
        all.get(all.size() - 1).stream()
            .noneMatch(m -> m.method().equals("coref") && m.begin() == m.end()),
        all.get(all.size() - 1).toString());
    // a count of observers after a part of the title's organisation (its exercise): the title's
    String exercise = "「和平使命-2007」聯合反恐演習在車里雅賓斯克舉行。";
    assertTrue(added(title + exercise + "蒙古、伊朗與印度三個觀察員國也派員觀摩。\n").contains("sco"));
    // near misses: one of the states is a founder, or the paragraph names no part of it
    Set<String> got = added(title + exercise + "中國、印度與日本三個觀察員國也派員觀摩。\n");
    assertFalse(got.contains("sco"), got.toString());
    got = added(title + "南極條約協商會議在智利召開。蒙古、伊朗與印度三個觀察員國也派員出席。\n");
    assertFalse(got.contains("sco"), got.toString());
  }

  @Test
  void aStatusHeldOrTheFirstOneIsTheEntrysOrganisations() {
    // held (具有, 擔任) or the first one (成為首個觀察員以來), and Taiwan's 身分 beside 身份, in both scripts
    for (String s :
        List.of(
            "阿富汗自2012年起具有觀察員身分，但其代表已不再受邀出席峰會。",
            "阿富汗自2012年起具有观察员身份，但其代表已不再受邀出席峰会。",
            "伊朗在擔任觀察員國多年後，於2023年成為正式成員國。",
            "伊朗在担任观察员国多年后，于2023年成为正式成员国。",
            "蒙古自2004年成為首個觀察員以來，至今仍無意申請成為正式成員。",
            "德黑蘭於2005年與印、巴同時獲得觀察員身分。")) {
      Set<String> got = added("上海合作組織\n\n" + s + "\n");
      assertTrue(got.contains("sco"), s + " " + got);
    }
    // near misses: a status applied for, or sought as a guest, is none; no organisation in the
    // title
    for (String s : List.of("阿富汗自2012年起申請觀察員身分，但至今未獲批准。", "美方曾尋求以觀察員身分列席峰會，但遭到拒絕。")) {
      Set<String> got = added("上海合作組織\n\n" + s + "\n");
      assertFalse(got.contains("sco"), s + " " + got);
    }
    Set<String> got = added("中亞的多邊外交\n\n" + "阿富汗自2012年起具有觀察員身分。\n");
    assertFalse(got.contains("sco"), got.toString());
  }

  @Test
  void eachMemberStateIsEveryMemberTheOrganisationHadThatYear() {
    Set<String> got = LinkedText.corefAdded("上海合作組織於2001年成立。2005年7月，各成員國元首在阿斯塔納發表聯合宣言。\n");
    assertEquals(
        Set.of("china", "russia", "kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan"), got);
    got = LinkedText.corefAdded("上海合作組織的擴員仍在進行。2019年，各成員國同意加強反恐合作。\n");
    assertTrue(got.containsAll(Set.of("india", "pakistan")), got.toString());
    // near miss: no year, a year its membership changed, an organisation with no years
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織於2001年成立。各成員國元首每年會晤一次。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("上海合作組織持續擴員。2017年，各成員國元首在阿斯塔納會晤。\n"));
    assertEquals(Set.of(), LinkedText.corefAdded("北約於1949年成立。1999年，各成員國同意東擴。\n"));
  }

  @Test
  void anOrganisationsCharterNamedByItsKindIsTheOrganisationsOwn() {
    // bare after a verb: the organisation the paragraph named last, whose name ends in the noun
    assertTrue(added("集体安全条约组织成立于2002年。同年，六国在基希讷乌签署组织章程。\n").contains("csto_charter"));
    assertTrue(added("欧亚经济联盟于2015年运作。2014年，三国签署了联盟条约。\n").contains("eaeu_treaty"));
    // after the organisation referred to, with 的
    assertTrue(added("独立国家联合体成立于1991年。土库曼始终未批准该组织的宪章。\n").contains("cis_charter"));
    // near miss: an organisation with no charter the gazetteer knows names none
    assertEquals(Set.of(), added("东南亚国家联盟成立于1967年。各国随后签署了联盟条约。\n"));
  }
}
